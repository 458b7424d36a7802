#!/bin/sh
# t_basic.sh -- batch basics: the JSON-line reader (escapes, surrogate
# pairs, line-numbered errors, bad lines skipped and counted), directory
# walks (sorted, include/exclude globs), resume by id and hash, options
# fingerprint, --summary in every format, --dump, exit codes.
. "$(dirname "$0")/lib.sh"
name=batch-basic
tmp=$(mktemp -d /tmp/cc-batch-basic.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
R=$(refopt)

# ---- JSON lines: good, escaped, and bad ones
cat >"$tmp/mixed.jsonl" <<'J'
{"id": "a", "text": "Almost two-thirds of the 100 managers surveyed agreed.", "date": "2020-05-01"}

{"id": 7, "text": "A poll of 2,000 adults found 45% support. \u00a3 sign, emoji \ud83d\ude00, lone \ud800 end", "url": "https://example.org/x"}
{"id": "c", "text": "broken
{"id": "d" "text": "missing colon"}
{"id": "e", "text": "bad escape \q"}
[1, 2, 3]
{"id": "f", "text": 12}
{"id": "g", "nested": {"a": [1, {"b": null}], "c": true}, "text": "Nested members are skipped: 30% of 50 people."}
{"id": "h"}
J
"$bin" batch $R --quiet --db "$tmp/m.db" "$tmp/mixed.jsonl" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ $rc -eq 2 ] && ok || bad "bad lines: exit $rc, want 2"
n=$(grep -c '^claimcheck: ' "$tmp/err")
[ "$n" -eq 6 ] && ok || bad "bad lines: $n error lines, want 6: $(cat "$tmp/err")"
grep -q "mixed.jsonl:4:" "$tmp/err" && ok || bad "error on line 4 not numbered"
grep -q "mixed.jsonl:5:12: bad JSON line: expected ',' or '}'" "$tmp/err" && ok || bad "line 5 message/column: $(grep ':5:' "$tmp/err")"
grep -q "mixed.jsonl:10:.*no \"text\"" "$tmp/err" && ok || bad "line 10: no text"
docs=$("$bin" batch --dump "$tmp/m.db" | grep -c '^D|')
[ "$docs" -eq 3 ] && ok || bad "good lines stored: $docs, want 3"
"$bin" batch --dump "$tmp/m.db" 2>/dev/null | grep -q "^D|'7'|" && ok || bad "numeric id kept as its literal"

# \u escapes decode to UTF-8 (checked through the stored claim text/offsets
# is extractor-dependent; check the decoder through a document of its own)
printf '{"id":"u","text":"\\u00a3\\ud83d\\ude00\\ud800x"}\n' >"$tmp/u.jsonl"
"$bin" batch --no-ref --quiet --format jsonl --db "$tmp/u.db" "$tmp/u.jsonl" >/dev/null 2>&1
# hash covers the decoded bytes: £ (c2 a3), U+1F600 (f0 9f 98 80), U+FFFD (ef bf bd), x
"$bin" batch --dump "$tmp/u.db" 2>/dev/null | grep -q "^D|'u'|'[0-9a-f]\{16\}'|10|" && ok || bad "decoded length: $("$bin" batch --dump "$tmp/u.db" | head -1)"

# ---- rerun: nothing doubled, everything skipped
"$bin" batch $R --quiet --db "$tmp/m.db" "$tmp/mixed.jsonl" >/dev/null 2>"$tmp/err2"
"$bin" batch --dump "$tmp/m.db" >"$tmp/d2"
[ "$(grep -c '^D|' "$tmp/d2")" -eq 3 ] && ok || bad "rerun doubled documents"
"$bin" batch $R --db "$tmp/m.db" "$tmp/mixed.jsonl" 2>&1 >/dev/null | grep -q "0 documents checked, 3 already done" && ok || bad "rerun did not skip"

# ---- other options: refused
"$bin" batch $R --quiet --level 0.9 --db "$tmp/m.db" "$tmp/mixed.jsonl" >/dev/null 2>"$tmp/err3"
rc=$?
[ $rc -eq 2 ] && grep -q "other options" "$tmp/err3" && ok || bad "options mismatch: exit $rc $(cat "$tmp/err3")"

# ---- directories: sorted, recursive, globs, hidden skipped
mkdir -p "$tmp/tree/b" "$tmp/tree/a/deep" "$tmp/tree/.hidden" "$tmp/tree/skipme"
echo "A survey of 300 nurses found 40% were planning to leave." >"$tmp/tree/b/2.txt"
echo "Only one in five of the 80 farmers asked agreed." >"$tmp/tree/a/deep/1.txt"
echo "Some 55% of 1,000 voters backed the plan." >"$tmp/tree/a/z.md"
echo "hidden 50% of 10" >"$tmp/tree/.hidden/h.txt"
echo "skipped 50% of 10" >"$tmp/tree/skipme/s.txt"
echo "not text" >"$tmp/tree/a/image.png"
"$bin" batch $R --quiet --include '*.txt,*.md' --exclude skipme --db "$tmp/t.db" "$tmp/tree" >/dev/null 2>&1
"$bin" batch --dump "$tmp/t.db" | grep '^D|' | cut -d'|' -f2 >"$tmp/ids"
printf "'%s'\n" "$tmp/tree/a/deep/1.txt" "$tmp/tree/a/z.md" "$tmp/tree/b/2.txt" >"$tmp/want"
cmp -s "$tmp/ids" "$tmp/want" && ok || bad "directory walk: $(cat "$tmp/ids")"
# order of the stream is the sorted walk order, whatever --jobs
"$bin" batch --no-ref --quiet --jobs 3 --include '*.txt,*.md' --exclude skipme --format jsonl "$tmp/tree" >"$tmp/s3" 2>/dev/null
"$bin" batch --no-ref --quiet --jobs 1 --include '*.txt,*.md' --exclude skipme --format jsonl "$tmp/tree" >"$tmp/s1" 2>/dev/null
cmp -s "$tmp/s1" "$tmp/s3" && ok || bad "jsonl stream differs between --jobs 1 and 3"

# ---- summary formats
for f in text md html json; do
	"$bin" batch --summary "$tmp/m.db" --format $f >"$tmp/sum.$f" 2>"$tmp/serr"
	rc=$?
	[ $rc -eq 0 ] && [ -s "$tmp/sum.$f" ] && ok || bad "--summary --format $f: exit $rc $(cat "$tmp/serr")"
done
grep -q '"documents": 3' "$tmp/sum.json" && ok || bad "summary json: $(cat "$tmp/sum.json")"
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$tmp/sum.json" && ok || bad "summary json does not parse"
grep -q 'Content-Security-Policy' "$tmp/sum.html" && ok || bad "summary html has no CSP"
"$bin" batch --summary "$tmp/m.db" --format yaml >/dev/null 2>&1; [ $? -eq 2 ] && ok || bad "--summary bad format"

# ---- the document's date: a line's "date" wins over the text's dateline;
# a line without one is checked and stored with the dateline's
cat >"$tmp/dated.jsonl" <<'J'
{"id": "given", "text": "Leeds, 14 March 2024 \u2014 Some 31% of 2,000 drivers had put off a service.", "date": "2020-05-01"}
{"id": "read", "text": "Leeds, 14 March 2024 \u2014 Some 31% of 2,000 drivers had put off a service."}
J
"$bin" batch --no-ref --quiet --format jsonl --db "$tmp/dated.db" "$tmp/dated.jsonl" >"$tmp/dated.out" 2>/dev/null
grep -q '"doc":"given","date":"2020-05-01","date_source":"given"' "$tmp/dated.out" && ok || bad "batch: a line's date does not win"
grep -q '"doc":"read","date":"2024-03-14","date_source":"dateline"' "$tmp/dated.out" && ok || bad "batch: dateline not read"
"$bin" batch --dump "$tmp/dated.db" 2>/dev/null | grep -q "^D|'given'|'[0-9a-f]*'|[0-9]*|'2020-05-01'" && ok || bad "batch: given date not stored"
"$bin" batch --dump "$tmp/dated.db" 2>/dev/null | grep -q "^D|'read'|'[0-9a-f]*'|[0-9]*|'2024-03-14'" && ok || bad "batch: read date not stored"

# ---- errors
"$bin" batch >/dev/null 2>&1; [ $? -eq 2 ] && ok || bad "no inputs: want exit 2"
"$bin" batch --summary "$tmp/none.db" >/dev/null 2>"$tmp/e"; rc=$?
[ $rc -eq 3 ] && [ "$(wc -l <"$tmp/e")" -eq 1 ] && ok || bad "--summary missing db: exit $rc $(cat "$tmp/e")"
echo "not a database" >"$tmp/junk.db"
"$bin" batch --quiet --no-ref --db "$tmp/junk.db" "$tmp/mixed.jsonl" >/dev/null 2>"$tmp/e"; rc=$?
[ $rc -eq 3 ] && ok || bad "junk --db: exit $rc $(cat "$tmp/e")"
"$bin" batch --jobs 0 "$tmp/mixed.jsonl" >/dev/null 2>&1; [ $? -eq 2 ] && ok || bad "--jobs 0"
"$bin" batch --quiet --no-ref --format jsonl "$tmp/nonexistent" >/dev/null 2>&1; [ $? -eq 3 ] && ok || bad "missing input: exit 3"
# a huge line is refused without reading it into memory
head -c 3000000 /dev/zero | tr '\0' 'x' | awk '{ printf "{\"id\":\"big\",\"text\":\"%s\"}\n", $0 }' >"$tmp/big.jsonl"
echo '{"id":"small","text":"A survey of 100 people."}' >>"$tmp/big.jsonl"
"$bin" batch --quiet --no-ref --max-doc 100000 --db "$tmp/b.db" "$tmp/big.jsonl" >/dev/null 2>"$tmp/e"; rc=$?
[ $rc -eq 2 ] && grep -q "big.jsonl:1: line longer" "$tmp/e" && "$bin" batch --dump "$tmp/b.db" 2>/dev/null | grep -q "^D|'small'" && ok || bad "oversized line: exit $rc $(cat "$tmp/e")"

finish
