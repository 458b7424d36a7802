#!/bin/sh
# run.sh -- the batch-run tests (issue 8): runs every tests/batch/t_*.sh
# with the program and the reference database; exit status 1 on failure.
# usage: sh tests/batch/run.sh ./claimcheck [reference.db]
bin=${1:-./claimcheck}
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
REFDB=${2:-}
case $REFDB in /*|"") ;; *) REFDB=$(pwd)/$REFDB ;; esac
export bin REFDB
status=0
for t in "$(dirname "$0")"/t_*.sh; do
	sh "$t" || status=1
done
[ $status -eq 0 ] && echo "test-batch: all passed" || echo "test-batch: FAILED"
exit $status
