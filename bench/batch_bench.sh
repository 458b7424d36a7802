#!/bin/sh
# batch_bench.sh -- `make bench-batch` (issue 8): throughput of a batch run
# (MB/s and documents/s) on a >= 200 MB JSONL corpus with 1 and 2 jobs
# (results database on), and peak RSS for 200 MB and 1 GB corpora (JSONL
# stream to /dev/null) to show memory does not grow with the corpus.
#
# Corpora are generated in /tmp: the BBC articles of ../shared/corpus/bbc
# when present (read at bench time, never copied into the repository),
# shuffled and repeated with fresh ids; otherwise synthetic documents.
# usage: sh bench/batch_bench.sh ./claimcheck [reference.db]
# Wall-clock rates depend on what else the machine runs: the cpu column
# (user + system seconds) is given beside them, and the load average is
# printed first. At ~1.1 MB per CPU-second of checking (reference lookups
# on) the default runs take about 6 minutes on 2 idle cores.
# Environment: BENCH_BATCH_DIR (default /tmp/cc-bench-batch),
# BENCH_BATCH_MB (default 200), BENCH_BATCH_BIG_MB (default 1000; 0 skips).
set -e
bin=${1:-./claimcheck}
REFDB=${2:-}
dir=${BENCH_BATCH_DIR:-/tmp/cc-bench-batch}
mb=${BENCH_BATCH_MB:-200}
bigmb=${BENCH_BATCH_BIG_MB:-0}
smallmb=${BENCH_BATCH_SMALL_MB:-20}
here=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$dir"

R=--no-ref
if [ -n "$REFDB" ] && [ -s "$REFDB" ] && "$bin" check --ref "$REFDB" /dev/null >/dev/null 2>&1; then
	R="--ref $REFDB"
fi

# ---- the base corpus: one JSONL line per article
bbc=
for d in "$here/../shared/corpus/bbc" /work/shared/corpus/bbc; do
	[ -d "$d" ] && bbc=$d && break
done
if [ ! -s "$dir/base.jsonl" ]; then
	if [ -n "$bbc" ]; then
		find "$bbc" -name '*.txt' | sort | while read -r f; do
			printf '%s\t' "${f#$bbc/}"
			awk 'BEGIN { ORS = "" } { gsub(/\\/, "\\\\"); gsub(/"/, "\\\""); gsub(/\t/, "\\t"); gsub(/\r/, "");
			     if (NR > 1) print "\\n"; print } END { print "\n" }' "$f"
		done | awk -F'\t' '{ printf "{\"id\": \"%s\", \"date\": \"2005-01-01\", \"text\": \"%s\"}\n", $1, $2 }' >"$dir/base.jsonl"
		src="BBC News articles from $bbc"
	else
		. "$here/tests/batch/lib.sh"
		EXAMPLE=$here/examples/outsourcing-survey.txt gen_corpus "$dir/base.jsonl" 5000 1
		src="synthetic documents"
	fi
fi
src=${src:-"$dir/base.jsonl (cached)"}

# make FILE MB: repeat the base (shuffled with a fixed seed, ids made
# unique by a round prefix) until FILE holds at least MB megabytes
make_corpus() {
	[ -s "$1" ] && [ "$(stat -c %s "$1")" -ge $(($2 * 1000000)) ] && return 0
	: >"$1"
	r=0
	while [ "$(stat -c %s "$1")" -lt $(($2 * 1000000)) ]; do
		r=$((r + 1))
		yes "$r" | head -c 1000000 >"$dir/seed"
		shuf --random-source="$dir/seed" "$dir/base.jsonl" | sed "s|^{\"id\": \"|{\"id\": \"r$r/|" >>"$1"
	done
}

echo "bench-batch: corpus from $src"
make_corpus "$dir/c$mb.jsonl" "$mb"
size=$(stat -c %s "$dir/c$mb.jsonl")
docs=$(wc -l <"$dir/c$mb.jsonl")
echo "bench-batch: $(awk -v s="$size" 'BEGIN { printf "%.1f", s / 1e6 }') MB, $docs documents; $(nproc) cores (load average now: $(cut -d' ' -f1 /proc/loadavg)); reference: $R"

# run LABEL ARGS...: one timed batch run; prints its figures
run() {
	label=$1
	shift
	rm -f "$dir/out.db" "$dir/out.db-wal" "$dir/out.db-shm"
	/usr/bin/time -v "$bin" batch $R "$@" 2>"$dir/err" >/dev/null || { tail -5 "$dir/err"; exit 1; }
	line=$(grep '^batch: ' "$dir/err" | tail -1)
	rate=$(echo "$line" | sed -n 's/.*(\([0-9.]*\) MB\/s, \([0-9.]*\) docs\/s).*/\1/p')
	dps=$(echo "$line" | sed -n 's/.*(\([0-9.]*\) MB\/s, \([0-9.]*\) docs\/s).*/\2/p')
	secs=$(echo "$line" | sed -n 's/.* MB in \([0-9.]*\) s .*/\1/p')
	rss=$(awk '/Maximum resident set size/ { printf "%.1f", $NF / 1024 }' "$dir/err")
	claims=$(echo "$line" | sed -n 's/.*; \([0-9]*\) claims, \([0-9]*\) flags;.*/\1/p')
	cpu=$(awk '/User time|System time/ { t += $NF } END { printf "%.1f", t }' "$dir/err")
	printf '  %-30s %6s MB/s %7s docs/s %7s s  cpu %6s s  peak RSS %6s MB  claims %s\n' "$label" "$rate" "$dps" "$secs" "$cpu" "$rss" "$claims"
	last_rate=$rate
	last_rss=$rss
}

run "$mb MB, --jobs 1, --db" --jobs 1 --db "$dir/out.db" "$dir/c$mb.jsonl"
r1=$last_rate
run "$mb MB, --jobs 2, --db" --jobs 2 --db "$dir/out.db" "$dir/c$mb.jsonl"
r2=$last_rate
echo "  scaling 2 jobs / 1 job: $(awk -v a="$r2" -v b="$r1" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "n/a" }')"
rss_mb=$last_rss
make_corpus "$dir/c$smallmb.jsonl" "$smallmb"
run "$smallmb MB, --jobs 2, --db" --jobs 2 --db "$dir/out.db" "$dir/c$smallmb.jsonl"
echo "  peak RSS, --jobs 2 --db: $smallmb MB corpus $last_rss MB; $mb MB corpus $rss_mb MB"
if [ "$bigmb" -gt 0 ]; then
	run "$mb MB, --jobs 2, jsonl stream" --jobs 2 --format jsonl -o /dev/null "$dir/c$mb.jsonl"
	rss_small=$last_rss
	make_corpus "$dir/c$bigmb.jsonl" "$bigmb"
	run "$bigmb MB, --jobs 2, jsonl stream" --jobs 2 --format jsonl -o /dev/null "$dir/c$bigmb.jsonl"
	echo "  peak RSS, --jobs 2 jsonl stream: $mb MB corpus $rss_small MB; $bigmb MB corpus $last_rss MB"
fi
echo "  (bounded by design: at most 4*jobs+4 documents and 64 MiB of text in flight)"
rm -f "$dir/out.db" "$dir/out.db-wal" "$dir/out.db-shm" "$dir/err"
echo "bench-batch: corpora kept in $dir (delete to regenerate)"
