#!/bin/sh
# cli.sh -- the command-line contract (shared/spec/cli.md): exit codes,
# one-line errors on stderr, every --format, -o replaced only on success.
# usage: sh tests/cli.sh ./claimcheck
# Prints "cli: N passed, M failed" last; exit status 1 on any failure.
bin=${1:-./claimcheck}
ex=examples/outsourcing-survey.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

# expect CODE DESC -- CMD...: exit status and, for errors, exactly one
# stderr line starting "claimcheck: "
expect() {
	want=$1; desc=$2; shift 3
	"$@" >"$tmp/out" 2>"$tmp/err"
	got=$?
	if [ "$got" != "$want" ]; then
		bad "$desc: exit $got, want $want ($(head -c 200 "$tmp/err"))"
		return
	fi
	if [ "$want" -ge 2 ]; then
		lines=$(wc -l <"$tmp/err")
		if [ "$lines" -ne 1 ] || ! grep -q '^claimcheck: ' "$tmp/err"; then
			bad "$desc: stderr is not one 'claimcheck: ' line: $(cat "$tmp/err")"
			return
		fi
	fi
	ok
}

# contains DESC PATTERN FILE
contains() {
	if grep -q -- "$2" "$3"; then ok; else bad "$1: '$2' not in output"; fi
}

expect 0 "top-level help" -- "$bin" --help
expect 2 "no command" -- "$bin"
expect 2 "unknown command" -- "$bin" frobnicate
for c in check extract explain ci compare binom grim grimmer debit pvalue samplesize ref batch; do
	expect 0 "$c --help" -- "$bin" $c --help
done
expect 2 "unknown option" -- "$bin" check --no-such-option $ex
expect 2 "bad --format" -- "$bin" check --format yaml $ex
expect 2 "bad --level" -- "$bin" check --level 1.5 $ex
expect 2 "bad --method" -- "$bin" check --method guess $ex
expect 2 "bad --date" -- "$bin" check --date 2024-13-45 $ex
expect 3 "missing input file" -- "$bin" check --no-ref "$tmp/does-not-exist.txt"
expect 3 "missing reference database" -- "$bin" check --ref "$tmp/nope.db" $ex

# the example article, every format
for f in text md json jsonl csv html; do
	expect 0 "check --format $f" -- "$bin" check --format $f $ex
done
"$bin" extract --format jsonl $ex >"$tmp/claims.jsonl" 2>/dev/null
contains "extract jsonl schema" '"schema":"claimcheck.claim/1"' "$tmp/claims.jsonl"
contains "extract two-thirds" '"text":"Almost two-thirds"' "$tmp/claims.jsonl"
contains "extract one in four" '"text":"only one in four"' "$tmp/claims.jsonl"
contains "extract pounds" '"unit":"GBP"' "$tmp/claims.jsonl"
contains "extract postings" '"unit":"postings"' "$tmp/claims.jsonl"
if grep -q '"text":"three years"' "$tmp/claims.jsonl"; then bad "duration reported as a claim"; else ok; fi
printf 'Some 63%% of 1,000 adults agreed.\n' | "$bin" extract --format jsonl - >"$tmp/stdin.jsonl" 2>/dev/null
contains "stdin input" '"doc":"-"' "$tmp/stdin.jsonl"

# the document's own date (a date line at its top) is the default --date:
# the reference check judges "in March 2021" against it; --date wins
printf 'Monday, 10 June 2024\nThe unemployment rate was 4.9%% in March 2021, according to the Office for National Statistics.\n' >"$tmp/dated.txt"
expect 0 "check dated text" -- "$bin" check --format jsonl "$tmp/dated.txt"
contains "date read from the date line" '"date":"2024-06-10","date_source":"dateline"' "$tmp/out"
contains "stale against the read date" '"code":"STALE_FIGURE"' "$tmp/out"
expect 0 "check dated text, --date" -- "$bin" check --format jsonl --date 2021-04-01 "$tmp/dated.txt"
contains "given date wins" '"date":"2021-04-01","date_source":"given"' "$tmp/out"
if grep -q '"code":"STALE_FIGURE"' "$tmp/out"; then bad "STALE_FIGURE with --date 2021-04-01"; else ok; fi
expect 0 "check dated text, text report" -- "$bin" check "$tmp/dated.txt"
contains "text report says the date" 'dated 2024-06-10, read from its dateline' "$tmp/out"
printf 'By Ana Ruiz, 3 April 2024\nSome 40%% of 1,000 adults agreed.\n' >"$tmp/byline.txt"
expect 0 "extract json, byline" -- "$bin" extract --format json "$tmp/byline.txt"
contains "report document date" '"date":"2024-04-03","date_source":"byline","claims"' "$tmp/out"
expect 0 "extract undated" -- "$bin" extract --format jsonl $ex
contains "no date: null" '"date":null,"date_source":null' "$tmp/out"

# --fail-on: the example has warnings and errors
expect 1 "fail-on warning" -- "$bin" check --fail-on warning --format jsonl $ex
expect 2 "bad fail-on" -- "$bin" check --fail-on loud $ex

# -o writes the report; an unwritable -o leaves nothing and exits 3
expect 0 "-o file" -- "$bin" check --format json -o "$tmp/report.json" $ex
contains "-o content" '"claimcheck.report/1"' "$tmp/report.json"
expect 3 "-o into missing dir" -- "$bin" check --format json -o "$tmp/no/such/dir/r.json" $ex
echo keep >"$tmp/keep.txt"
expect 3 "-o kept on input error" -- "$bin" check --format json -o "$tmp/keep.txt" "$tmp/missing-input.txt"
contains "-o untouched" 'keep' "$tmp/keep.txt"

# --format sqlite: a results database, one transaction per document; a
# rerun stores nothing twice; without -o it is a usage error
expect 0 "check --format sqlite" -- "$bin" check --format sqlite -o "$tmp/results.db" $ex
expect 0 "check --format sqlite again" -- "$bin" check --format sqlite -o "$tmp/results.db" $ex
"$bin" batch --summary "$tmp/results.db" --format json >"$tmp/summary.json" 2>/dev/null
contains "sqlite results summary" '"documents": *1' "$tmp/summary.json"
expect 2 "sqlite without -o" -- "$bin" check --format sqlite $ex

# calculators: JSON and bad arguments
expect 0 "ci json" -- "$bin" ci --x 25 --n 100 --format json
contains "ci wilson low" '"low": 0.17545' "$tmp/out"
expect 2 "ci n=0" -- "$bin" ci --x 0 --n 0
expect 2 "ci x>n" -- "$bin" ci --x 5 --n 4
expect 2 "ci x<0" -- "$bin" ci --x -1 --n 4
expect 2 "ci text" -- "$bin" ci --x abc --n 4
expect 2 "ci 1e400" -- "$bin" ci --x 1 --n 1e400
expect 2 "ci nan" -- "$bin" ci --x nan --n 10
expect 2 "ci level" -- "$bin" ci --x 1 --n 10 --level 0
expect 0 "samplesize" -- "$bin" samplesize --moe 0.03 --format json
contains "samplesize 1068" '"n": 1068' "$tmp/out"
expect 0 "pvalue quoted" -- "$bin" pvalue "t(28) = 2.20, p = .036" --format json
expect 0 "binom" -- "$bin" binom --x 60 --n 100 --alternative greater --format json
expect 0 "grim" -- "$bin" grim --mean 5.19 --n 28 --format json
contains "grim inconsistent" '"consistent": false' "$tmp/out"
expect 2 "grim --percent over 100" -- "$bin" grim --percent 150 --n 10
expect 0 "grim --percent as a switch" -- "$bin" grim --mean 521 --n 28 --percent --format json
contains "grim percent switch verdict" '"consistent": true' "$tmp/out"

# bad input never crashes
printf '\377\376t\000e\000x\000t\000' >"$tmp/utf16.txt"
expect 2 "utf-16 refused" -- "$bin" check --no-ref "$tmp/utf16.txt"
head -c 4096 /dev/urandom >"$tmp/binary.bin" 2>/dev/null || printf '\001\002\003' >"$tmp/binary.bin"
"$bin" check --no-ref --input text "$tmp/binary.bin" >/dev/null 2>&1
rc=$?; if [ $rc -le 2 ]; then ok; else bad "binary input: exit $rc"; fi
: >"$tmp/empty.txt"
expect 0 "empty file" -- "$bin" check --no-ref --format jsonl "$tmp/empty.txt"
expect 3 "directory as input" -- "$bin" check --no-ref "$tmp"

echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
