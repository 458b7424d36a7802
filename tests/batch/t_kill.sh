#!/bin/sh
# t_kill.sh -- kill -9 a batch run at random points several times, rerun it
# to the end, and compare the database with an uninterrupted run's:
# identical (sorted dumps of documents, claims, flags; done_at and path
# are left out by --dump as they differ between runs by design).
. "$(dirname "$0")/lib.sh"
name=batch-kill
tmp=$(mktemp -d /tmp/cc-batch-kill.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
R=$(refopt)
KILLS=${KILLS:-6}

gen_corpus "$tmp/corpus.jsonl" 3000 11
# a directory part too: plain files are documents as well
mkdir -p "$tmp/dir/x" "$tmp/dir/y"
i=0
while [ $i -lt 40 ]; do
	echo "Report $i: a survey of $((100 + i * 7)) tenants found $((10 + i))% wanted repairs." >"$tmp/dir/x/f$i.txt"
	cp "${EXAMPLE:-examples/outsourcing-survey.txt}" "$tmp/dir/y/ex$i.txt"
	i=$((i + 1))
done

"$bin" batch $R --quiet --jobs 2 --db "$tmp/ref.db" "$tmp/corpus.jsonl" "$tmp/dir" >/dev/null 2>"$tmp/err0"
rc=$?
[ $rc -eq 0 ] && ok || bad "uninterrupted run: exit $rc $(head -3 "$tmp/err0")"
dump "$tmp/ref.db" >"$tmp/want"
total=$(grep -c '^D|' "$tmp/want")
[ "$total" -eq 3080 ] && ok || bad "uninterrupted run stored $total documents, want 3080"

# killed runs: a per-document delay makes the run last ~1.5 s so the
# kills land at different points of it
k=0
mid=0
while [ $k -lt "$KILLS" ]; do
	CLAIMCHECK_BATCH_DELAY_US=1000 "$bin" batch $R --quiet --jobs 2 --db "$tmp/run.db" "$tmp/corpus.jsonl" "$tmp/dir" >/dev/null 2>&1 &
	pid=$!
	# a random point: 50..400 ms
	ms=$(awk -v s="$k$$" 'BEGIN { srand(s); printf "%d", 50 + rand() * 350 }')
	sleep "$(awk -v m="$ms" 'BEGIN { printf "%.3f", m / 1000 }')"
	kill -9 $pid 2>/dev/null
	wait $pid 2>/dev/null
	n=$("$bin" batch --dump "$tmp/run.db" 2>/dev/null | grep -c '^D|')
	echo "  kill $((k + 1)) after ${ms} ms: $n documents committed"
	[ "$n" -gt 0 ] && [ "$n" -lt "$total" ] && mid=$((mid + 1))
	k=$((k + 1))
done
[ $mid -ge 2 ] && ok || bad "only $mid of $KILLS kills landed mid-run"

"$bin" batch $R --quiet --jobs 2 --db "$tmp/run.db" "$tmp/corpus.jsonl" "$tmp/dir" >/dev/null 2>"$tmp/err1"
rc=$?
[ $rc -eq 0 ] && ok || bad "resumed run: exit $rc $(head -3 "$tmp/err1")"
dump "$tmp/run.db" >"$tmp/got"
if cmp -s "$tmp/want" "$tmp/got"; then ok; else bad "resumed database differs: $(diff "$tmp/want" "$tmp/got" | head -5)"; fi
# the sqlite file itself is sound
"$bin" batch --summary "$tmp/run.db" --format json >/dev/null && ok || bad "summary of the resumed database"
echo "  $total documents, $(grep -c '^C|' "$tmp/want") claims, $(grep -c '^F|' "$tmp/want") flags compared"
finish
