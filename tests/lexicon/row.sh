#!/bin/sh
# tests/lexicon/row.sh -- words are data: one row added to a copy of the
# lexicon (extract/lexicon/*.tsv) reaches extraction and the checks alike,
# with no code changed. Rebuilds only what the rows generate (the
# tokenizer's table, extract/lexicon.c, and the vocabulary's lists,
# core/vocab.c), links them with the other objects of the build, and
# compares that program with the built one on passages that the new row
# must change.
#
#   row.sh CC "FLAGS" "OBJECTS" "LIBS" BITCLASSES PROGRAM "MORE TSV" VOCAB_IDS_H
# (MORE TSV: the vocabulary rows the build generates, e.g. the register's
# names, read after the lexicon as the build reads them)
set -eu
cc=$1 flags=$2 objs=$3 libs=$4 bits=$5 prog=$6 more=$7 ids=$8
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
mkdir -p "$tmp/lex" "$tmp/gen"
cp extract/lexicon/*.tsv "$tmp/lex/"

# the new rows: a hedge ("in the region of 63%" is about 63%, +-10%) and
# its class's file as any user would edit it
printf 'in the region of\thedge\t0.9\t1.1\t-\n' >> "$tmp/lex/hedges.tsv"
# and an opinion verb ("Nearly half of parents reckon ..." reports what
# people think: a survey finding)
printf 'reckon\topinion_verb\n' >> "$tmp/lex/attribution.tsv"

LC_ALL=C awk -v bits="$bits" -f extract/lexgen.awk "$tmp"/lex/*.tsv | LC_ALL=C sort -t '	' -k1,1 -k2,2 | cut -f3- \
  > "$tmp/gen/lexicon.inc"
LC_ALL=C awk -v out="$tmp/gen" -f extract/vocabgen.awk "$tmp"/lex/*.tsv $more
# a row of an existing class leaves the class ids as the build's (the
# other objects were compiled with them)
grep CC_V_ "$ids" > "$tmp/ids.build"
grep CC_V_ "$tmp/gen/vocab_ids.h" > "$tmp/ids.copy"
if ! cmp -s "$tmp/ids.build" "$tmp/ids.copy"; then
	echo "lexicon row: the copy's classes differ from the build's ($ids)"; exit 1
fi
# the generated headers of this copy come first on the include path (the
# row count of vocab_ids.h sizes vocab.c's tables)
$cc -I"$tmp/gen" $flags -c extract/lexicon.c -o "$tmp/lexicon.o" -MF /dev/null
$cc -I"$tmp/gen" $flags -c core/vocab.c -o "$tmp/vocab.o" -MF /dev/null
$cc $flags -o "$tmp/claimcheck" $objs "$tmp/lexicon.o" "$tmp/vocab.o" $libs

passage="A survey of 50 nurses found in the region of 63% plan to leave."
printf '%s\n' "$passage" > "$tmp/p.txt"
check() { # what name
	if [ "$2" ]; then echo "lexicon row: ok   $1"; else echo "lexicon row: FAIL $1"; fail=1; fi
}
before=$("$prog" extract --format jsonl "$tmp/p.txt" | grep '"kind":"proportion"')
after=$("$tmp/claimcheck" extract --format jsonl "$tmp/p.txt" | grep '"kind":"proportion"')
check "extraction without the row: the figure is '63%', no hedge" \
	"$(printf '%s' "$before" | grep '"text":"63%"' | grep '"hedge":null' || true)"
check "extraction with the row: 'in the region of 63%', hedged, 56.7% to 69.3%" \
	"$(printf '%s' "$after" | grep '"text":"in the region of 63%"' | grep '"hedge":"in the region of"' | grep '"low":0.567' || true)"
before=$("$prog" check --no-ref --format jsonl "$tmp/p.txt")
after=$("$tmp/claimcheck" check --no-ref --format jsonl "$tmp/p.txt")
check "check without the row: 63% of 50 is impossible (GRIM_PERCENT)" \
	"$(printf '%s' "$before" | grep 'GRIM_PERCENT' || true)"
check "check with the row: a hedged figure is no exact count (no GRIM_PERCENT)" \
	"$(printf '%s' "$after" | grep -c 'GRIM_PERCENT' | grep -x 0 || true)"

printf 'Nearly half of parents reckon homework is too hard.\n' > "$tmp/o.txt"
before=$("$prog" extract --format jsonl "$tmp/o.txt")
after=$("$tmp/claimcheck" extract --format jsonl "$tmp/o.txt")
check "extraction without the opinion row: 'Nearly half' is no survey finding" \
	"$(printf '%s' "$before" | grep '"text":"Nearly half"' | grep '"survey_finding":false' || true)"
check "extraction with the opinion row: 'Nearly half' is a survey finding" \
	"$(printf '%s' "$after" | grep '"text":"Nearly half"' | grep '"survey_finding":true' || true)"
before=$("$prog" check --no-ref --format jsonl "$tmp/o.txt")
after=$("$tmp/claimcheck" check --no-ref --format jsonl "$tmp/o.txt")
check "check without the opinion row: an unsourced figure (UNSOURCED_FIGURE)" \
	"$(printf '%s' "$before" | grep 'UNSOURCED_FIGURE' | grep -v 'SAMPLE_SIZE_UNKNOWN' || true)"
check "check with the opinion row: a finding with no sample size (SAMPLE_SIZE_UNKNOWN)" \
	"$(printf '%s' "$after" | grep 'SAMPLE_SIZE_UNKNOWN' | grep -v 'UNSOURCED_FIGURE' || true)"
exit $fail
