#!/bin/sh
# t_parallel.sh -- the scale-out recipes of docs/scale-out.md on this
# machine (GNU parallel, local jobs only, no network): (1) shards of a
# JSONL corpus checked by `batch --db part.db -` under parallel --pipe and
# merged with `batch --merge` give the same database as one batch run;
# (2) the streaming mapper (`check --jsonl-docs -`, or `batch --format
# jsonl -`) under parallel --pipe gives the same claim records.
. "$(dirname "$0")/lib.sh"
name=batch-parallel
tmp=$(mktemp -d /tmp/cc-batch-par.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
R=$(refopt)

if ! command -v parallel >/dev/null 2>&1; then
	echo "$name: GNU parallel not installed (apt-get install parallel); skipped"
	exit 0
fi
gen_corpus "$tmp/c.jsonl" 2000 3

"$bin" batch $R --quiet --db "$tmp/one.db" "$tmp/c.jsonl" >/dev/null 2>&1
dump "$tmp/one.db" >"$tmp/want"

# (1) shards -> databases -> merge (with a duplicate shard: dedupe)
mkdir "$tmp/parts"
parallel --will-cite --pipe --block 200k --jobs 4 -q \
	"$bin" batch $R --quiet --jobs 1 --db "$tmp/parts/part-{#}.db" - <"$tmp/c.jsonl"
[ $? -eq 0 ] && ok || bad "parallel --pipe batch failed"
nparts=$(ls "$tmp/parts"/part-*.db | wc -l)
[ "$nparts" -ge 2 ] && ok || bad "only $nparts shards"
"$bin" batch --quiet --merge "$tmp/merged.db" "$tmp/parts"/part-*.db "$tmp/parts/part-1.db"
[ $? -eq 0 ] && ok || bad "merge failed"
dump "$tmp/merged.db" >"$tmp/got"
cmp -s "$tmp/want" "$tmp/got" && ok || bad "merged shards differ from one run: $(diff "$tmp/want" "$tmp/got" | head -4)"
# merging again adds nothing
"$bin" batch --merge "$tmp/merged.db" "$tmp/one.db" 2>&1 | grep -q "merged 0 new documents" && ok || bad "re-merge added documents"
# a database made with other options is refused
"$bin" batch $R --quiet --level 0.9 --db "$tmp/other.db" "$tmp/c.jsonl" >/dev/null 2>&1
"$bin" batch --quiet --merge "$tmp/merged.db" "$tmp/other.db" 2>/dev/null; [ $? -eq 2 ] && ok || bad "merge of other options not refused"

# (2) the streaming mapper: same claim records as one run (order aside)
"$bin" batch $R --quiet --format jsonl "$tmp/c.jsonl" 2>/dev/null | sort >"$tmp/one.jsonl"
if "$bin" check --help 2>/dev/null | grep -q -- '--jsonl-docs'; then
	mapper="check --format jsonl --jsonl-docs"
else
	mapper="batch --quiet --jobs 1 --format jsonl"
fi
parallel --will-cite --pipe --block 200k --jobs 4 "$bin" $mapper $R - <"$tmp/c.jsonl" 2>/dev/null | sort >"$tmp/par.jsonl"
cmp -s "$tmp/one.jsonl" "$tmp/par.jsonl" && ok || bad "mapper ($mapper) records differ from one run"
echo "  mapper: claimcheck $mapper; $(wc -l <"$tmp/one.jsonl") claim records, $(grep -c '^D|' "$tmp/want") documents"
finish
