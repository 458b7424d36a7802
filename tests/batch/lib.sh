# lib.sh -- helpers for the batch tests (sourced): pass/fail counters,
# synthetic corpora generated into a temporary directory, database dumps.
# The sentences below are our own; no corpus text is copied into the repo.

pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
finish() {
	echo "$name: $pass passed, $fail failed"
	[ "$fail" -eq 0 ]
}

# REF: the reference options every run of a test uses.
refopt() {
	if [ -n "$REFDB" ] && [ -s "$REFDB" ] && "$bin" check --ref "$REFDB" --format jsonl /dev/null >/dev/null 2>&1; then
		echo "--ref $REFDB"
	else
		echo "--no-ref"
	fi
}

# json_escape < text > one JSON string body (no quotes)
json_escape() {
	awk 'BEGIN { ORS = "" }
	{ gsub(/\\/, "\\\\"); gsub(/"/, "\\\""); gsub(/\t/, "\\t"); gsub(/\r/, "\\r");
	  if (NR > 1) print "\\n"; print }'
}

# gen_corpus FILE N SEED: N synthetic JSONL documents with survey figures,
# a few \u escapes (a pound sign, a surrogate pair) and the example article.
gen_corpus() {
	ex=$(json_escape <"${EXAMPLE:-examples/outsourcing-survey.txt}")
	EX=$ex awk -v n="$2" -v seed="$3" 'BEGIN {
		srand(seed);
		ex = ENVIRON["EX"];
		g[0] = "headteachers"; g[1] = "nurses"; g[2] = "small-business owners"; g[3] = "council tenants";
		g[4] = "bus drivers"; g[5] = "first-time buyers"; g[6] = "university students"; g[7] = "farmers";
		t[0] = "A survey of %N %G found that %P per cent expected budgets to fall next year.";
		t[1] = "Almost two-thirds of the %N %G questioned by the pollster said they were worried about costs.";
		t[2] = "Sales rose by %P% in the third quarter, the company said, taking revenue to \\u00a3%M million.";
		t[3] = "Only %P% of %G agreed with the plan, while %Q% disagreed, according to a poll of %N adults.";
		t[4] = "The trial reported t(%D) = 2.%T, p = .0%T, for the difference between the two groups.";
		t[5] = "Around %K complaints were logged across %F regional offices last month.";
		t[6] = "Nearly half of the %N respondents said the service had improved, with a margin of error of 3 points.";
		t[7] = "The meeting on Tuesday lasted most of the afternoon and ended without a vote \\ud83d\\ude00.";
		t[8] = "One in four %G said they had \\\"never\\\" been asked for their view.";
		t[9] = "Unemployment fell to %Q.%T% in the spring, the lowest rate for %F years.";
		for (i = 1; i <= n; i++) {
			if (i % 97 == 0) {
				printf "{\"id\": \"doc-%05d\", \"date\": \"2010-06-14\", \"url\": \"https://example.org/a/%d\", \"text\": \"%s\"}\n", i, i, ex;
				continue;
			}
			s = "";
			k = 3 + int(rand() * 8);
			for (j = 0; j < k; j++) {
				x = t[int(rand() * 10)];
				gsub(/%N/, 50 + int(rand() * 3000), x);
				gsub(/%G/, g[int(rand() * 8)], x);
				gsub(/%P/, 5 + int(rand() * 90), x);
				gsub(/%Q/, 2 + int(rand() * 40), x);
				gsub(/%M/, 1 + int(rand() * 900), x);
				gsub(/%D/, 10 + int(rand() * 90), x);
				gsub(/%T/, int(rand() * 10), x);
				gsub(/%K/, 100 + int(rand() * 5000), x);
				gsub(/%F/, 2 + int(rand() * 40), x);
				s = s (j ? (rand() < 0.3 ? "\\n\\n" : " ") : "") x;
			}
			printf "{\"id\": \"doc-%05d\", \"date\": \"20%02d-%02d-%02d\", \"url\": \"https://example.org/n/%d\", \"text\": \"%s\"}\n",
				i, 10 + int(rand() * 14), 1 + int(rand() * 12), 1 + int(rand() * 28), i, s;
		}
	}' >"$1"
}

# dump DB > sorted deterministic content
dump() { "$bin" batch --dump "$1"; }
