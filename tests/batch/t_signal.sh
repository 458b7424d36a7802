#!/bin/sh
# t_signal.sh -- SIGINT and SIGTERM stop a batch run cleanly: exit
# 128+signal, a one-line note, everything committed kept, and a rerun
# completes to the same database as an uninterrupted run.
. "$(dirname "$0")/lib.sh"
name=batch-signal
tmp=$(mktemp -d /tmp/cc-batch-sig.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
R=$(refopt)

gen_corpus "$tmp/c.jsonl" 1500 5
"$bin" batch $R --quiet --db "$tmp/want.db" "$tmp/c.jsonl" >/dev/null 2>&1
dump "$tmp/want.db" >"$tmp/want"

for sig in INT TERM; do
	rm -f "$tmp/run.db"*
	CLAIMCHECK_BATCH_DELAY_US=2000 "$bin" batch $R --jobs 2 --db "$tmp/run.db" "$tmp/c.jsonl" >/dev/null 2>"$tmp/err" &
	pid=$!
	sleep 0.4
	kill -$sig $pid
	wait $pid
	rc=$?
	case $sig in INT) want=130 ;; TERM) want=143 ;; esac
	[ $rc -eq $want ] && ok || bad "SIG$sig: exit $rc, want $want"
	grep -q "interrupted; [0-9]* documents committed" "$tmp/err" && ok || bad "SIG$sig: no note: $(tail -2 "$tmp/err")"
	committed=$(sed -n 's/.*interrupted; \([0-9]*\) documents committed.*/\1/p' "$tmp/err")
	n=$(dump "$tmp/run.db" | grep -c '^D|')
	[ -n "$committed" ] && [ "$n" -eq "$committed" ] && [ "$n" -gt 0 ] && [ "$n" -lt 1500 ] && ok ||
		bad "SIG$sig: database holds $n documents, note says $committed"
	# every stored document is complete: its claim rows match its count
	dump "$tmp/run.db" | awk -F'|' '$1 == "D" { want[$2] = $7 } $1 == "C" { got[$2]++ }
		END { for (d in want) if (want[d] + 0 != got[d] + 0) { print "incomplete " d; exit 1 } }' && ok || bad "SIG$sig: incomplete document"
	"$bin" batch $R --quiet --db "$tmp/run.db" "$tmp/c.jsonl" >/dev/null 2>&1
	dump "$tmp/run.db" >"$tmp/got"
	cmp -s "$tmp/want" "$tmp/got" && ok || bad "SIG$sig: resumed database differs"
done
finish
