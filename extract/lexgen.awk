# lexgen.awk -- lexicon/*.tsv -> rows of the generated C table (build/.../lexicon.inc).
# Build-time only (stage: extract). Each data row "phrase<TAB>class<TAB>fields..." becomes
#   phrase<TAB>class<TAB>{ "phrase", LX_CLASS, {v0, v1, v2}, "str" },
# numeric fields fill v0..v2 in order, the first non-numeric field is str.
# The caller sorts the rows (C locale) and cuts the two key columns.
BEGIN { FS = "\t" }
/^#/ || NF < 2 { next }
{
	nv = 0; v[0] = "0"; v[1] = "0"; v[2] = "0"; s = "NULL"
	for (i = 3; i <= NF; i++) {
		if ($i ~ /^-?[0-9.]+(e[0-9]+)?$/) { if (nv < 3) v[nv++] = $i }
		else if ($i != "" && s == "NULL") s = "\"" $i "\""
	}
	printf "%s\t%s\t{ \"%s\", LX_%s, { %s, %s, %s }, %s },\n", $1, $2, $1, toupper($2), v[0], v[1], v[2], s
}
