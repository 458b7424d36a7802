# lexgen.awk -- lexicon/*.tsv -> rows of the generated C table (build/.../lexicon.inc).
# Build-time only (stage: extract). Each data row "phrase<TAB>class<TAB>fields..." becomes
#   phrase<TAB>class<TAB>{ "phrase", LX_CLASS, {v0, v1, v2}, "str", sets },
# numeric fields fill v0..v2 in order, the first non-numeric field is str.
# Word sets (wordsets.tsv): a row "word<TAB>set<TAB>name" puts the phrase in
# set WS(NAME). Every row of a phrase carries the union of its sets; a phrase
# that is in no class gets one LX_WORDSET row to carry them.
# Last comes "#define CC_LEX_WORDS n" (its key sorts after every phrase): how
# many one-word keys the word table of lexicon.c holds at most (one-word
# phrases, first and last words of longer ones), for its size check.
# The caller sorts the rows (C locale) and cuts the two key columns.
# -v bits="unit tens ...": the classes of the LX_* enum (lexicon.h); rows of
# any other class are vocabulary lists only (vocabgen.awk, core/vocab.h).
BEGIN { FS = "\t"; nb = split(bits, b, " "); for (i = 1; i <= nb; i++) bit[b[i]] = 1 }
/^#/ || NF < 2 { next }
$2 == "set" {
	if (NF < 3 || $3 == "") {
		print FILENAME ": " FNR ": a set row needs a set name" > "/dev/stderr"
		exit 1
	}
	m = "WS(" toupper($3) ")"
	if ($1 in sets)
		sets[$1] = sets[$1] " | " m
	else {
		sets[$1] = m
		order[nset++] = $1
	}
	next
}
# rows of a class the tokenizer does not know are vocabulary lists only,
# and so are the rows that include another class ("@class")
!($2 in bit) || $1 ~ /^@/ { next }
{ line[n++] = $0; hasrow[$1] = 1 }
END {
	for (k = 0; k < nset; k++)
		if (!(order[k] in hasrow)) {
			line[n++] = order[k] "\tset"
			hasrow[order[k]] = 1
		}
	for (k = 0; k < n; k++) {
		$0 = line[k]
		nv = 0; v[0] = "0"; v[1] = "0"; v[2] = "0"; s = "NULL"
		cls = $2 == "set" ? "WORDSET" : toupper($2)
		for (i = 3; i <= NF; i++) {
			if ($i ~ /^-?[0-9.]+(e[0-9]+)?$/) { if (nv < 3) v[nv++] = $i }
			else if ($i != "" && s == "NULL") s = "\"" $i "\""
		}
		ws = ($1 in sets) ? sets[$1] : "0"
		printf "%s\t%s\t{ \"%s\", LX_%s, { %s, %s, %s }, %s, %s },\n", $1, $2, $1, cls, v[0], v[1], v[2], s, ws
	}
	for (p in hasrow) {
		w = p
		sub(/ .*/, "", w)
		if (!(w in key)) { key[w] = 1; nw++ }
		w = p
		sub(/.* /, "", w)
		if (!(w in key)) { key[w] = 1; nw++ }
	}
	printf "\377\t\t#define CC_LEX_WORDS %d\n", nw
}
