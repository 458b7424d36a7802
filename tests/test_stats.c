/*
 * test_stats.c -- unit tests for stats/ and extract/apa.c (suites
 * registered by tests/main.c).
 *
 * Data-driven suites read the .tsv tables in tests/stats/ (reference values from R,
 * statsmodels, exact arithmetic and scrutiny, copied as numbers from
 * shared/bench/; each file's header names its source and tolerance) and
 * check every row. Paths are relative to the repository root, where the
 * test runner is run. The reported-test suites use sentences written for
 * these tests; their expected p-values are R's (pt/pf/pchisq) and the
 * verdicts follow statcheck 1.6's rules.
 */
#include "test.h"
#include "../core/doc.h"
#include "../extract/apa.h"
#include "../stats/stats.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TSV_MAX_COLS 16

/* One table: column names and the rows, as strings. */
typedef struct tsv {
	char *buf;
	char *head[TSV_MAX_COLS];
	size_t ncols;
	char **cells; /* nrows * ncols */
	size_t nrows;
} tsv;

static void tsv_free(tsv *t)
{
	free(t->buf);
	free(t->cells);
	memset(t, 0, sizeof *t);
}

/* Split a line on tabs in place; returns the number of fields. */
static size_t split_tabs(char *line, char **out, size_t max)
{
	size_t n = 0;
	char *p = line;

	while (n < max) {
		out[n++] = p;
		p = strchr(p, '\t');
		if (!p)
			break;
		*p++ = '\0';
	}
	return n;
}

static int tsv_load(tsv *t, const char *path)
{
	FILE *f = fopen(path, "rb");
	long size;
	char *line, *next;
	size_t cap = 0;

	memset(t, 0, sizeof *t);
	if (!f)
		return -1;
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	fseek(f, 0, SEEK_SET);
	t->buf = malloc((size_t)size + 1);
	if (!t->buf || fread(t->buf, 1, (size_t)size, f) != (size_t)size) {
		fclose(f);
		tsv_free(t);
		return -1;
	}
	fclose(f);
	t->buf[size] = '\0';
	for (line = t->buf; line && *line; line = next) {
		char *fields[TSV_MAX_COLS];
		size_t n, i;

		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		if (*line == '#' || *line == '\0')
			continue;
		n = split_tabs(line, fields, TSV_MAX_COLS);
		if (!t->ncols) {
			t->ncols = n;
			for (i = 0; i < n; i++)
				t->head[i] = fields[i];
			continue;
		}
		if (n != t->ncols)
			continue;
		if ((t->nrows + 1) * t->ncols > cap) {
			char **nc;

			cap = cap ? cap * 2 : 1024 * t->ncols;
			nc = realloc(t->cells, cap * sizeof *nc);
			if (!nc) {
				tsv_free(t);
				return -1;
			}
			t->cells = nc;
		}
		for (i = 0; i < n; i++)
			t->cells[t->nrows * t->ncols + i] = fields[i];
		t->nrows++;
	}
	return 0;
}

static const char *cell(const tsv *t, size_t row, const char *col)
{
	size_t i;

	for (i = 0; i < t->ncols; i++)
		if (!strcmp(t->head[i], col))
			return t->cells[row * t->ncols + i];
	return "";
}

static double num(const tsv *t, size_t row, const char *col)
{
	const char *s = cell(t, row, col);

	return *s ? strtod(s, NULL) : NAN;
}

static double clip(double v, double lo, double hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

static int close_rel(double got, double want, double rel, double abs_tol)
{
	double tol = rel * fabs(want);

	return fabs(got - want) <= (tol > abs_tol ? tol : abs_tol);
}

static int alt_of(const char *s)
{
	return !strcmp(s, "greater") ? 1 : !strcmp(s, "less") ? -1 : 0;
}

#define LOAD_OR_FAIL(t, path)                                             \
	do {                                                              \
		if (tsv_load(&(t), path)) {                               \
			CU_FAIL("cannot read " path " (run from the repository root)"); \
			return;                                           \
		}                                                         \
		CU_ASSERT((t).nrows > 0);                                 \
	} while (0)

/* Report the first few failing rows, count all. */
static void report(const char *file, size_t row, const char *what)
{
	static int shown;

	if (shown++ < 10)
		fprintf(stderr, "\n  %s row %zu: %s", file, row + 1, what);
}

/* ------------------------------------------------------------ tables */

static void test_stats_proportion_ci_table(void)
{
	tsv t;
	size_t r, bad = 0;

	LOAD_OR_FAIL(t, "tests/stats/proportion_ci.tsv");
	for (r = 0; r < t.nrows; r++) {
		cc_ci_method m;
		double lo, hi;
		int rc = cc_ci_method_parse(&m, cell(&t, r, "method"));

		if (rc == CC_OK)
			rc = cc_ci_prop(&lo, &hi, num(&t, r, "x"), num(&t, r, "n"), num(&t, r, "level"), m);
		if (rc != CC_OK || fabs(lo - clip(num(&t, r, "low"), 0, 1)) > 1e-9 ||
		    fabs(hi - clip(num(&t, r, "high"), 0, 1)) > 1e-9) {
			char msg[200];

			snprintf(msg, sizeof msg, "%s x=%s n=%s level=%s: got [%.15g, %.15g]", cell(&t, r, "method"),
				 cell(&t, r, "x"), cell(&t, r, "n"), cell(&t, r, "level"), lo, hi);
			report("proportion_ci.tsv", r, msg);
			bad++;
		}
	}
	CU_ASSERT_EQUAL(bad, 0);
	tsv_free(&t);
}

static void test_stats_binom_table(void)
{
	tsv t;
	size_t r, bad = 0;

	LOAD_OR_FAIL(t, "tests/stats/binom_test.tsv");
	for (r = 0; r < t.nrows; r++) {
		double p;
		int rc = cc_binom_test(&p, num(&t, r, "x"), num(&t, r, "n"), num(&t, r, "p0"),
				       alt_of(cell(&t, r, "alternative")));

		if (rc != CC_OK || !close_rel(p, num(&t, r, "p_value"), 1e-9, 1e-15)) {
			report("binom_test.tsv", r, "p-value differs");
			bad++;
		}
	}
	CU_ASSERT_EQUAL(bad, 0);
	tsv_free(&t);
}

static void test_stats_two_prop_table(void)
{
	tsv t;
	size_t r, bad = 0;

	LOAD_OR_FAIL(t, "tests/stats/two_prop.tsv");
	for (r = 0; r < t.nrows; r++) {
		cc_diff_method m;
		double lo, hi;
		int rc = cc_diff_method_parse(&m, cell(&t, r, "method"));

		if (rc == CC_OK)
			rc = cc_diff_indep(&lo, &hi, num(&t, r, "x1"), num(&t, r, "n1"), num(&t, r, "x2"),
					   num(&t, r, "n2"), num(&t, r, "level"), m);
		if (rc != CC_OK || fabs(lo - clip(num(&t, r, "low"), -1, 1)) > 1e-9 ||
		    fabs(hi - clip(num(&t, r, "high"), -1, 1)) > 1e-9) {
			report("two_prop.tsv", r, cell(&t, r, "method"));
			bad++;
		}
	}
	CU_ASSERT_EQUAL(bad, 0);
	tsv_free(&t);
}

static void test_stats_ztest_table(void)
{
	tsv t;
	size_t r, bad = 0;

	LOAD_OR_FAIL(t, "tests/stats/two_prop_test.tsv");
	for (r = 0; r < t.nrows; r++) {
		double z, p;
		int rc = cc_ztest_2prop(&z, &p, num(&t, r, "x1"), num(&t, r, "n1"), num(&t, r, "x2"),
					num(&t, r, "n2"), alt_of(cell(&t, r, "alternative")));

		if (rc != CC_OK || !close_rel(z, num(&t, r, "z"), 1e-9, 1e-9) ||
		    !close_rel(p, num(&t, r, "p_value"), 1e-9, 1e-15)) {
			report("two_prop_test.tsv", r, "z or p differs");
			bad++;
		}
	}
	CU_ASSERT_EQUAL(bad, 0);
	tsv_free(&t);
}

static void test_stats_pvalue_table(void)
{
	static const struct {
		const char *name;
		cc_test_kind test;
	} tests[] = { { "t", CC_TEST_T }, { "F", CC_TEST_F }, { "chi2", CC_TEST_CHI2 },
		      { "r", CC_TEST_R }, { "z", CC_TEST_Z } };
	tsv t;
	size_t r, k, bad = 0;

	LOAD_OR_FAIL(t, "tests/stats/pvalues.tsv");
	for (r = 0; r < t.nrows; r++) {
		double p = NAN;
		int rc = CC_EINVAL;

		for (k = 0; k < sizeof tests / sizeof tests[0]; k++)
			if (!strcmp(cell(&t, r, "test"), tests[k].name))
				rc = cc_pvalue(&p, tests[k].test, num(&t, r, "statistic"), num(&t, r, "df1"),
					       num(&t, r, "df2"), (int)num(&t, r, "tails"));
		if (rc != CC_OK || !close_rel(p, num(&t, r, "p"), 1e-9, 1e-300)) {
			char msg[160];

			snprintf(msg, sizeof msg, "%s %s: got %.15g want %s", cell(&t, r, "test"),
				 cell(&t, r, "statistic"), p, cell(&t, r, "p"));
			report("pvalues.tsv", r, msg);
			bad++;
		}
	}
	CU_ASSERT_EQUAL(bad, 0);
	tsv_free(&t);
}

static void test_stats_sample_size_table(void)
{
	tsv t;
	size_t r, bad = 0;

	LOAD_OR_FAIL(t, "tests/stats/sample_size.tsv");
	for (r = 0; r < t.nrows; r++) {
		double n, n0, N = *cell(&t, r, "population") ? num(&t, r, "population") : 0;
		double alt = *cell(&t, r, "n_required_alt") ? num(&t, r, "n_required_alt") : num(&t, r, "n_required");
		int rc = cc_sample_size(&n, &n0, num(&t, r, "moe"), num(&t, r, "level"), num(&t, r, "p"), N);

		if (rc != CC_OK || (n != num(&t, r, "n_required") && n != alt) ||
		    !close_rel(n0, num(&t, r, "n0"), 1e-9, 1e-9)) {
			report("sample_size.tsv", r, "n differs");
			bad++;
		}
	}
	CU_ASSERT_EQUAL(bad, 0);
	tsv_free(&t);
}

static void grim_table(const char *path, const char *col, int percent)
{
	tsv t;
	size_t r, bad = 0;

	if (tsv_load(&t, path)) {
		CU_FAIL("cannot read a GRIM table");
		return;
	}
	for (r = 0; r < t.nrows; r++) {
		int ok = -1;
		double items = percent ? 1 : num(&t, r, "items");
		int rc = cc_grim(&ok, cell(&t, r, col), num(&t, r, "n"), items, percent, CC_ROUND_UP, 5);

		if (rc != CC_OK || ok != !strcmp(cell(&t, r, "consistent"), "true")) {
			report(path, r, cell(&t, r, col));
			bad++;
		}
	}
	CU_ASSERT(t.nrows > 0);
	CU_ASSERT_EQUAL(bad, 0);
	tsv_free(&t);
}

static void test_stats_grim_table(void)
{
	grim_table("tests/stats/grim.tsv", "reported_mean", 0);
	grim_table("tests/stats/grim_percent.tsv", "reported_percent", 1);
}

static void test_stats_granularity_table(void)
{
	tsv t;
	size_t r, bad = 0;

	LOAD_OR_FAIL(t, "tests/stats/granularity.tsv");
	for (r = 0; r < t.nrows; r++) {
		cc_rounding rd;
		int ok = -1, rc;
		const char *check = cell(&t, r, "check");
		double n = num(&t, r, "n"), items = num(&t, r, "items"), thr = num(&t, r, "threshold");

		rc = cc_rounding_parse(&rd, cell(&t, r, "rounding"));
		if (rc == CC_OK && !strcmp(check, "grim"))
			rc = cc_grim(&ok, cell(&t, r, "mean"), n, items, (int)num(&t, r, "percent"), rd, thr);
		else if (rc == CC_OK && !strcmp(check, "grimmer"))
			rc = cc_grimmer(&ok, cell(&t, r, "mean"), cell(&t, r, "sd"), n, items, rd, thr);
		else if (rc == CC_OK)
			rc = cc_debit(&ok, cell(&t, r, "mean"), cell(&t, r, "sd"), n, rd, thr);
		if (rc != CC_OK || ok != (int)num(&t, r, "consistent")) {
			report("granularity.tsv", r, cell(&t, r, "mean"));
			bad++;
		}
	}
	CU_ASSERT_EQUAL(bad, 0);
	tsv_free(&t);
}

/* ------------------------------------------------------------ domains */

static void test_stats_domains(void)
{
	double lo, hi, p, z, n, n0;
	int ok;

	CU_ASSERT_EQUAL(cc_ci_prop(&lo, &hi, 1, 0, 0.95, CC_CI_WILSON), CC_EDOMAIN);
	CU_ASSERT_EQUAL(cc_ci_prop(&lo, &hi, 11, 10, 0.95, CC_CI_WILSON), CC_EDOMAIN);
	CU_ASSERT_EQUAL(cc_ci_prop(&lo, &hi, -1, 10, 0.95, CC_CI_WILSON), CC_EDOMAIN);
	CU_ASSERT_EQUAL(cc_ci_prop(&lo, &hi, 1, 10, 1.0, CC_CI_WILSON), CC_EDOMAIN);
	CU_ASSERT_EQUAL(cc_ci_prop(&lo, &hi, 1, 10, 0.0, CC_CI_WILSON), CC_EDOMAIN);
	CU_ASSERT_EQUAL(cc_ci_prop(&lo, &hi, NAN, 10, 0.95, CC_CI_WILSON), CC_EDOMAIN);
	CU_ASSERT_EQUAL(cc_ci_prop(&lo, &hi, 1, INFINITY, 0.95, CC_CI_JEFFREYS), CC_EDOMAIN);
	CU_ASSERT_EQUAL(cc_ci_prop(&lo, &hi, 1, 10, 0.95, (cc_ci_method)99), CC_EINVAL);
	CU_ASSERT_EQUAL(cc_binom_test(&p, 3.5, 10, 0.5, 0), CC_EDOMAIN);
	CU_ASSERT_EQUAL(cc_binom_test(&p, 3, 10, 1.5, 0), CC_EDOMAIN);
	CU_ASSERT_EQUAL(cc_diff_indep(&lo, &hi, 1, 0, 1, 10, 0.95, CC_DIFF_SCORE), CC_EDOMAIN);
	CU_ASSERT_EQUAL(cc_ztest_2prop(&z, &p, 0, 10, 0, 10, 0), CC_EDOMAIN);
	CU_ASSERT_EQUAL(cc_pvalue(&p, CC_TEST_T, 2.0, NAN, 0, 2), CC_EDOMAIN);
	CU_ASSERT_EQUAL(cc_pvalue(&p, CC_TEST_R, 1.5, NAN, 20, 2), CC_EDOMAIN);
	CU_ASSERT_EQUAL(cc_pvalue(&p, CC_TEST_F, -1, 1, 20, 1), CC_EDOMAIN);
	CU_ASSERT_EQUAL(cc_pvalue(&p, CC_TEST_Z, 1.0, NAN, NAN, 3), CC_EDOMAIN);
	CU_ASSERT_EQUAL(cc_sample_size(&n, &n0, 0, 0.95, 0.5, 0), CC_EDOMAIN);
	CU_ASSERT_EQUAL(cc_grim(&ok, "5.1x", 20, 1, 0, CC_ROUND_UP_OR_DOWN, 5), CC_EINVAL);
	CU_ASSERT_EQUAL(cc_grim(&ok, "5.19", 0, 1, 0, CC_ROUND_UP_OR_DOWN, 5), CC_EINVAL);
	CU_ASSERT_EQUAL(cc_grim(&ok, "5.19", 28, 1, 0, CC_ROUND_UP_FROM, 12), CC_EINVAL);
}

/* Huge n, fractional x, clipping, exact ends. */
static void test_stats_edges(void)
{
	double lo, hi, m, mn, mx, n, n0;
	int i;

	for (i = 0; i < CC_CI_METHOD_COUNT; i++) {
		CU_ASSERT_EQUAL(cc_ci_prop(&lo, &hi, 4e8, 1e9, 0.95, (cc_ci_method)i), CC_OK);
		CU_ASSERT(lo > 0.3999 && lo < 0.4 && hi > 0.4 && hi < 0.4001);
		CU_ASSERT_EQUAL(cc_ci_prop(&lo, &hi, 0.67 * 30, 30, 0.9, (cc_ci_method)i), CC_OK);
		CU_ASSERT(lo >= 0 && lo < 0.67 && hi > 0.67 && hi <= 1);
		CU_ASSERT_EQUAL(cc_ci_prop(&lo, &hi, 0, 5, 0.95, (cc_ci_method)i), CC_OK);
		CU_ASSERT(lo >= 0 && hi <= 1);
	}
	CU_ASSERT_EQUAL(cc_ci_prop(&lo, &hi, 0, 5, 0.95, CC_CI_CLOPPER_PEARSON), CC_OK);
	CU_ASSERT_EQUAL(lo, 0);
	CU_ASSERT_EQUAL(cc_ci_prop(&lo, &hi, 5, 5, 0.95, CC_CI_CLOPPER_PEARSON), CC_OK);
	CU_ASSERT_EQUAL(hi, 1);
	/* Jeffreys keeps its lower bound above 0 at x = 0 */
	CU_ASSERT_EQUAL(cc_ci_prop(&lo, &hi, 0, 5, 0.95, CC_CI_JEFFREYS), CC_OK);
	CU_ASSERT(lo > 0);
	/* F4: n = 100 at 95 % -> 9.8 points; 1,068 -> 3.0 */
	CU_ASSERT_EQUAL(cc_moe(&m, 0.5, 100, 0.95, 1, 0), CC_OK);
	CC_ASSERT_NEAR(m, 0.0979982, 1e-6);
	CU_ASSERT_EQUAL(cc_moe(&m, 0.5, 100, 0.95, 2, 0), CC_OK);
	CC_ASSERT_NEAR(m, 0.0979982 * sqrt(2), 1e-6);
	/* F6: n = 500 of N = 1000 */
	CU_ASSERT_EQUAL(cc_moe(&m, 0.5, 500, 0.95, 1, 1000), CC_OK);
	CC_ASSERT_NEAR(m, 1.959963984540054 * sqrt(0.25 / 500) * sqrt(500.0 / 999), 1e-12);
	CU_ASSERT_EQUAL(cc_sample_size(&n, &n0, 0.03, 0.95, 0.5, 0), CC_OK);
	CU_ASSERT_EQUAL(n, 1068);
	CU_ASSERT_EQUAL(cc_sample_size(&n, &n0, 0.05, 0.95, 0.5, 0), CC_OK);
	CU_ASSERT_EQUAL(n, 385);
	/* F8: 45 % vs 40 % of 1,000, exclusive */
	CU_ASSERT_EQUAL(cc_diff_exclusive_moe(&m, 0.45, 0.40, 1000, 0.95), CC_OK);
	CC_ASSERT_NEAR(m, 1.959963984540054 * sqrt((0.85 - 0.0025) / 1000), 1e-12);
	/* F9: the margin range brackets the independent-looking one */
	CU_ASSERT_EQUAL(cc_diff_overlap_moe(&mn, &mx, 0.66, 0.25, 100, 0.95), CC_OK);
	CU_ASSERT(mn < mx);
	CC_ASSERT_NEAR(mn, 0.096, 0.001);
	CC_ASSERT_NEAR(mx, 0.169, 0.001);
	CU_ASSERT_EQUAL(cc_diff_exclusive_moe(&m, 0.7, 0.6, 100, 0.95), CC_EDOMAIN);
}

static void test_stats_names(void)
{
	cc_ci_method m;
	cc_diff_method d;
	cc_rounding r;
	int i;

	for (i = 0; i < CC_CI_METHOD_COUNT; i++) {
		CU_ASSERT_EQUAL(cc_ci_method_parse(&m, cc_ci_method_name((cc_ci_method)i)), CC_OK);
		CU_ASSERT_EQUAL(m, (cc_ci_method)i);
	}
	CU_ASSERT_EQUAL(cc_ci_method_parse(&m, "nope"), CC_EINVAL);
	CU_ASSERT_EQUAL(cc_diff_method_parse(&d, "newcomb"), CC_OK);
	CU_ASSERT_EQUAL(d, CC_DIFF_NEWCOMBE);
	CU_ASSERT_STRING_EQUAL(cc_diff_method_name(CC_DIFF_SCORE), "score");
	CU_ASSERT_EQUAL(cc_diff_method_parse(&d, "agresti-caffo"), CC_OK);
	CU_ASSERT_EQUAL(d, CC_DIFF_AGRESTI_CAFFO);
	CU_ASSERT_EQUAL(cc_rounding_parse(&r, "anti_trunc"), CC_OK);
	CU_ASSERT_EQUAL(r, CC_ROUND_ANTI_TRUNC);
	CU_ASSERT_EQUAL(cc_rounding_parse(&r, "sideways"), CC_EINVAL);
	CC_ASSERT_NEAR(cc_z_for_level(0.95), 1.959963984540054, 1e-15);
}

/* ------------------------------------------------------------ reported tests */

typedef struct apa_case {
	const char *text;      /* our own sentence */
	cc_one_tailed one_tailed;
	int p_zero_error, p_equal_alpha_sig;
	double alpha;
	int count;             /* results expected */
	cc_test_kind test;     /* of the first result */
	double df1, df2, stat;
	char pcmp;
	double p_rep;
	double p_comp;         /* R's value, 1e-9 relative */
	int error, decision_error, one_tailed_used;
} apa_case;

static const apa_case apa_cases[] = {
	/* t(28) = 2.20: two-tailed p = 0.0362254847788378 (R pt) */
	{ "Scores rose, t(28) = 2.20, p = .036, as predicted.", CC_ONE_TAILED_NEVER, 1, 1, 0.05, 1,
	  CC_TEST_T, NAN, 28, 2.2, '=', 0.036, 0.0362254847788378, 0, 0, 0 },
	/* .04 is .036 rounded to two decimals: consistent */
	{ "Scores rose, t(28) = 2.20, p = .04.", CC_ONE_TAILED_NEVER, 1, 1, 0.05, 1, CC_TEST_T, NAN, 28,
	  2.2, '=', 0.04, 0.0362254847788378, 0, 0, 0 },
	/* p < .05 with p = .036: fine; "p < .03": an error, not a decision error */
	{ "It held (t(28) = 2.20, p < .05).", CC_ONE_TAILED_NEVER, 1, 1, 0.05, 1, CC_TEST_T, NAN, 28, 2.2,
	  '<', 0.05, 0.0362254847788378, 0, 0, 0 },
	{ "It held, t(28) = 2.20, p < .03.", CC_ONE_TAILED_NEVER, 1, 1, 0.05, 1, CC_TEST_T, NAN, 28, 2.2,
	  '<', 0.03, 0.0362254847788378, 1, 0, 0 },
	/* a decision error: reported significant, is not */
	{ "Weak, t(28) = 1.20, p = .03.", CC_ONE_TAILED_NEVER, 1, 1, 0.05, 1, CC_TEST_T, NAN, 28, 1.2,
	  '=', 0.03, 0.240194589750221, 1, 1, 0 },
	/* "ns" reads p > alpha */
	{ "No change, t(28) = 2.20, ns.", CC_ONE_TAILED_NEVER, 1, 1, 0.05, 1, CC_TEST_T, NAN, 28, 2.2, 'n',
	  NAN, 0.0362254847788378, 1, 1, 0 },
	/* one-tailed wording accepted in auto mode, refused in never mode */
	{ "A one-sided test gave t(28) = 2.20, p = .018.", CC_ONE_TAILED_AUTO, 1, 1, 0.05, 1, CC_TEST_T,
	  NAN, 28, 2.2, '=', 0.018, 0.0181127423894189, 0, 0, 1 },
	{ "A one-sided test gave t(28) = 2.20, p = .018.", CC_ONE_TAILED_NEVER, 1, 1, 0.05, 1, CC_TEST_T,
	  NAN, 28, 2.2, '=', 0.018, 0.0362254847788378, 1, 0, 0 },
	{ "We saw t(28) = 2.20, p = .02.", CC_ONE_TAILED_ALWAYS, 1, 1, 0.05, 1, CC_TEST_T, NAN, 28, 2.2,
	  '=', 0.02, 0.0181127423894189, 0, 0, 1 },
	/* p = .000 */
	{ "Huge: t(28) = 22.20, p = .000.", CC_ONE_TAILED_NEVER, 1, 1, 0.05, 1, CC_TEST_T, NAN, 28, 22.2,
	  '=', 0, 2.58235745534099259e-19, 1, 0, 0 },
	{ "Huge: t(28) = 22.20, p = .000.", CC_ONE_TAILED_NEVER, 0, 1, 0.05, 1, CC_TEST_T, NAN, 28, 22.2,
	  '=', 0, 2.58235745534099259e-19, 0, 0, 0 },
	/* F, chi2 with N, Greek chi with superscript, r, z, Q */
	{ "Groups differed, F(2, 28) = 2.20, p = .15.", CC_ONE_TAILED_NEVER, 1, 1, 0.05, 1, CC_TEST_F, 2,
	  28, 2.2, '=', 0.15, 0.129593224474093, 1, 0, 0 },
	{ "Sphericity-corrected F(2.31, 64.80) = 3.50, p = .04.", CC_ONE_TAILED_NEVER, 1, 1, 0.05, 1,
	  CC_TEST_F, 2.31, 64.8, 3.5, '=', 0.04, 0.0300146136956224, 1, 0, 0 },
	{ "Choices shifted, \xCF\x87\xC2\xB2(1, N = 2,048) = 4.20, p = .04.", CC_ONE_TAILED_NEVER, 1, 1,
	  0.05, 1, CC_TEST_CHI2, 1, NAN, 4.2, '=', 0.04, 0.0404239793369087, 0, 0, 0 },
	{ "Linked, r(28) = .22, p = .26.", CC_ONE_TAILED_NEVER, 1, 1, 0.05, 1, CC_TEST_R, NAN, 28, 0.22, '=',
	  0.26, 0.242738987912712, 1, 0, 0 },
	{ "As a score, z = 2.20, p = .04.", CC_ONE_TAILED_NEVER, 1, 1, 0.05, 1, CC_TEST_Z, NAN, NAN, 2.2, '=',
	  0.04, 0.0278068950269972, 1, 0, 0 },
	{ "Heterogeneous, Qw(2) = 2.20, p = .33.", CC_ONE_TAILED_NEVER, 1, 1, 0.05, 1, CC_TEST_Q, 2, NAN, 2.2,
	  '=', 0.33, 0.332871083698079, 0, 0, 0 },
	/* a line break between the letter and its parenthesis; Unicode minus */
	{ "The gap was t\n(28) = \xE2\x88\x92" "2.20, p = .03 overall.", CC_ONE_TAILED_NEVER, 1, 1, 0.05, 1,
	  CC_TEST_T, NAN, 28, -2.2, '=', 0.03, 0.0362254847788378, 1, 0, 0 },
	/* p = alpha and the pEqualAlphaSig switch */
	{ "Borderline, t(28) = 2.00, p = .05.", CC_ONE_TAILED_NEVER, 1, 0, 0.05, 1, CC_TEST_T, NAN, 28, 2.0,
	  '=', 0.05, 0.0552852376419569, 0, 0, 0 },
	/* not results: capital T, brackets, two dfs for t, r beyond 1, p above 1 */
	{ .text = "The score T(28) = 2.20, p = .03 was noted.", .one_tailed = CC_ONE_TAILED_NEVER, .p_zero_error = 1, .p_equal_alpha_sig = 1, .alpha = 0.05, .count = 0 },
	{ .text = "Also B(28) = 2.20, p = .03 here.", .one_tailed = CC_ONE_TAILED_NEVER, .p_zero_error = 1, .p_equal_alpha_sig = 1, .alpha = 0.05, .count = 0 },
	{ .text = "Bracketed t[28] = 2.20, p = .03.", .one_tailed = CC_ONE_TAILED_NEVER, .p_zero_error = 1, .p_equal_alpha_sig = 1, .alpha = 0.05, .count = 0 },
	{ .text = "Odd t(2,28) = 2.20, p = .03.", .one_tailed = CC_ONE_TAILED_NEVER, .p_zero_error = 1, .p_equal_alpha_sig = 1, .alpha = 0.05, .count = 0 },
	{ .text = "Typo r(16) = 26.05, p = .10.", .one_tailed = CC_ONE_TAILED_NEVER, .p_zero_error = 1, .p_equal_alpha_sig = 1, .alpha = 0.05, .count = 0 },
	{ .text = "Typo t(28) = 2.20, p = 1.03.", .one_tailed = CC_ONE_TAILED_NEVER, .p_zero_error = 1, .p_equal_alpha_sig = 1, .alpha = 0.05, .count = 0 },
	{ .text = "Inequal t(38) >= 2.25, p = .03.", .one_tailed = CC_ONE_TAILED_NEVER, .p_zero_error = 1, .p_equal_alpha_sig = 1, .alpha = 0.05, .count = 0 },
};

static void test_stats_reported_tests(void)
{
	size_t k;

	for (k = 0; k < sizeof apa_cases / sizeof apa_cases[0]; k++) {
		const apa_case *e = &apa_cases[k];
		cc_options o = CC_OPTIONS_INIT;
		cc_ctx *ctx = NULL;
		cc_doc *doc = NULL;

		o.one_tailed = e->one_tailed;
		o.p_zero_error = e->p_zero_error;
		o.p_equal_alpha_sig = e->p_equal_alpha_sig;
		o.alpha = e->alpha;
		CU_ASSERT_EQUAL_FATAL(cc_ctx_new(&ctx, NULL, &o), CC_OK);
		CU_ASSERT_EQUAL_FATAL(cc_doc_new(&doc, ctx, e->text, strlen(e->text), "t"), CC_OK);
		CU_ASSERT_EQUAL(cc_apa_extract(doc), CC_OK);
		CU_ASSERT_EQUAL(cc_doc_prepare_findings(doc), CC_OK);
		CU_ASSERT_EQUAL(cc_stats_findings(doc), CC_OK);
		if ((int)doc->nclaims != e->count)
			fprintf(stderr, "\n  apa case %zu: %zu results, want %d", k, doc->nclaims, e->count);
		CU_ASSERT_EQUAL(doc->nclaims, (size_t)e->count);
		if (e->count && doc->nclaims) {
			const cc_claim *c = &doc->claims[0];
			const cc_finding *f = &doc->findings[0];
			int ok = c->kind == CC_KIND_TEST_STATISTIC && c->apa.test == e->test &&
				 (isnan(e->df1) ? isnan(c->apa.df1) : c->apa.df1 == e->df1) &&
				 (isnan(e->df2) ? isnan(c->apa.df2) : c->apa.df2 == e->df2) &&
				 fabs(c->apa.statistic - e->stat) < 1e-12 && c->apa.p_comparison == e->pcmp &&
				 (isnan(e->p_rep) ? isnan(c->apa.p_reported) : c->apa.p_reported == e->p_rep) &&
				 f->has_test && close_rel(f->p_computed, e->p_comp, 1e-6, 1e-300) &&
				 f->error == e->error && f->decision_error == e->decision_error &&
				 f->one_tailed == e->one_tailed_used;

			if (!ok)
				fprintf(stderr, "\n  apa case %zu (%s): p=%.15g error=%d dec=%d one=%d", k, e->text,
					f->p_computed, f->error, f->decision_error, f->one_tailed);
			CU_ASSERT(ok);
			/* the span covers the result in the input */
			CU_ASSERT(c->end > c->start && c->end <= strlen(e->text));
			CU_ASSERT_EQUAL(strncmp(c->text, e->text + c->start, c->end - c->start), 0);
		}
		cc_doc_free(doc);
		cc_ctx_free(ctx);
	}
}

/* Where cc_apa_extract looks (extract/apa.c, "anchors"): results are tried
 * only in the stretch before a ")" or "z"/"Z" followed by a comparison,
 * reaching back over the bytes read_result reads between a name and its
 * ")" plus the longest name. These pin that stretch: a long run (longer
 * than any name) before each kind of byte that may sit between name and
 * ")", the longest names, results at the very start and end of the text,
 * comparison bytes at the end, and results across every 16- and 64-byte
 * boundary of the SIMD scan. In the templates '@' stands for 40 spaces,
 * '#' for 20 NBSP, '%' for 20 thin and narrow spaces, '&' for 20 "\n\x01" (PDF
 * control bytes). Every case holds for the scan of every position too. */
typedef struct apa_where {
	const char *tmpl;
	int count;
	const char *first; /* the first result starts at its first occurrence */
	cc_test_kind test;
} apa_where;

static const apa_where apa_where_cases[] = {
	{ "t(28) = 2.20, p = .036", 1, "t(", CC_TEST_T },
	{ "z = 1.96, p = .05", 1, "z", CC_TEST_Z },
	{ "Z=1.96,p=.05", 1, "Z", CC_TEST_Z },
	{ "As shown, z = 1.96, p = .05", 1, "z", CC_TEST_Z },
	/* comparison bytes, anchors and names at the very end */
	{ "", 0, NULL, CC_TEST_T },
	{ ")", 0, NULL, CC_TEST_T },
	{ "z", 0, NULL, CC_TEST_T },
	{ "z =", 0, NULL, CC_TEST_T },
	{ "t(28) =", 0, NULL, CC_TEST_T },
	{ "t(28) = 2.20, p =", 0, NULL, CC_TEST_T },
	{ "t(28) = 2.20, p", 0, NULL, CC_TEST_T },
	{ "t(28)", 0, NULL, CC_TEST_T },
	{ "t(28) p", 0, NULL, CC_TEST_T },
	/* long runs before every kind of byte between a name and its ")" */
	{ "t@(28) = 2.20, p = .036", 1, "t", CC_TEST_T },
	{ "t(@28@) = 2.20, p = .036", 1, "t", CC_TEST_T },
	{ "t#(28%)&= 2.20, p = .036", 1, "t", CC_TEST_T },
	{ "F(#I,%28) = 2.20, p = .15", 1, "F", CC_TEST_F },
	{ "F(@l@,@28) = 2.20, p = .15", 1, "F", CC_TEST_F },
	{ "F(2.31@, 64.80) = 3.50, p = .04", 1, "F", CC_TEST_F },
	{ "r(@1,234) = .22, p = .26", 1, "r", CC_TEST_R },
	{ "chi2(1,&N@=@1,024) = 4.20, p = .04", 1, "chi2", CC_TEST_CHI2 },
	{ "chi2(1,@n@p 1,024) = 4.20, p = .04", 1, "chi2", CC_TEST_CHI2 },
	{ "t(28) p 2.20, p b .001", 1, "t", CC_TEST_T },
	/* the longest names, right after bytes that may sit before a ")" */
	{ "12 chi-squared^2(1) = 4.20, p = .04", 1, "chi", CC_TEST_CHI2 },
	{ "(1 chi squared\xC2\xB2@(1) = 4.20, p = .04", 1, "chi", CC_TEST_CHI2 },
	{ "n Q - Between(2) = 2.20, p = .33", 1, "Q", CC_TEST_Q },
	{ "=\xCF\x87\xC2\xB2(1, N = 2,048) = 4.20, p = .04", 1, "\xCF\x87", CC_TEST_CHI2 },
	/* anchors inside and around results; a refused z before a result */
	{ "z = t(28) = 2.20, p = .036", 1, "t", CC_TEST_T },
	{ "(t(28) = 2.20, p = .036)(z = 1.96, p = .05)", 2, "t", CC_TEST_T },
	{ "t(28) = 2.20, p = .036z = 1.96, p = .05", 1, "t", CC_TEST_T },
	{ "\t\tt(28)\t=\t2.20,\tp\t=\t.036\t", 1, "t", CC_TEST_T },
	{ "size (a) = 3, zoo (b) > 4, t(8) = 2.2, ns", 1, "t(8", CC_TEST_T },
};

/* The template with its run markers expanded (caller frees). */
static char *apa_expand(const char *tmpl)
{
	char *out = malloc(strlen(tmpl) * 60 + 1), *o = out;
	int k;

	if (!out)
		return NULL;
	for (; *tmpl; tmpl++) {
		switch (*tmpl) {
		case '@':
			for (k = 0; k < 40; k++)
				*o++ = ' ';
			break;
		case '#':
			for (k = 0; k < 20; k++)
				o += sprintf(o, "\xC2\xA0");
			break;
		case '%':
			for (k = 0; k < 20; k++)
				o += sprintf(o, k % 2 ? "\xE2\x80\x89" : "\xE2\x80\xAF");
			break;
		case '&':
			for (k = 0; k < 20; k++)
				o += sprintf(o, "\n\x01");
			break;
		default:
			*o++ = *tmpl;
		}
	}
	*o = '\0';
	return out;
}

/* cc_apa_extract on text; the number of results, the first one's start
 * and test kind in *start and *test. */
static int apa_run(const char *text, size_t *start, cc_test_kind *test)
{
	cc_ctx *ctx = NULL;
	cc_doc *doc = NULL;
	int n = -1;

	if (cc_ctx_new(&ctx, NULL, NULL) != CC_OK)
		return -1;
	if (cc_doc_new(&doc, ctx, text, strlen(text), "t") == CC_OK && cc_apa_extract(doc) == CC_OK) {
		n = (int)doc->nclaims;
		if (n) {
			*start = doc->claims[0].start;
			*test = doc->claims[0].apa.test;
		}
	}
	cc_doc_free(doc);
	cc_ctx_free(ctx);
	return n;
}

static void test_apa_where(void)
{
	static const char *const tails[] = { " t(28) = 2.20, p = .036", " z = 1.96, p = .05",
					     " t@(28) = 2.20, p = .036 and more", " t(28) =" };
	size_t k, pad, t;

	for (k = 0; k < sizeof apa_where_cases / sizeof apa_where_cases[0]; k++) {
		const apa_where *e = &apa_where_cases[k];
		char *text = apa_expand(e->tmpl);
		size_t start = 0;
		cc_test_kind test = CC_TEST_T;
		int n;

		CU_ASSERT_PTR_NOT_NULL_FATAL(text);
		n = apa_run(text, &start, &test);
		if (n != e->count || (n > 0 && (start != (size_t)(strstr(text, e->first) - text) || test != e->test)))
			fprintf(stderr, "\n  apa where case %zu (%s): %d results, first at %zu", k, e->tmpl, n, start);
		CU_ASSERT_EQUAL(n, e->count);
		if (n > 0 && e->count > 0) {
			CU_ASSERT_EQUAL(start, (size_t)(strstr(text, e->first) - text));
			CU_ASSERT_EQUAL(test, e->test);
		}
		free(text);
	}
	/* every offset of a result (and of a cut-off one) against the 16- and
	 * 64-byte steps of the scan, and texts of every length around them */
	for (t = 0; t < sizeof tails / sizeof tails[0]; t++) {
		char *tail = apa_expand(tails[t]);

		CU_ASSERT_PTR_NOT_NULL_FATAL(tail);
		for (pad = 0; pad <= 160; pad++) {
			char *text = malloc(pad + strlen(tail) + 1);
			size_t start = 0;
			cc_test_kind test = CC_TEST_T;
			int n;

			CU_ASSERT_PTR_NOT_NULL_FATAL(text);
			memset(text, 'x', pad);
			strcpy(text + pad, tail);
			n = apa_run(text, &start, &test);
			CU_ASSERT_EQUAL(n, t < 3);
			if (n == 1)
				CU_ASSERT_EQUAL(start, pad + 1);
			free(text);
		}
		free(tail);
	}
}

/* Proportion findings: the envelope over the counts a hedge allows. */
static void test_stats_proportion_findings(void)
{
	cc_ctx *ctx = NULL;
	cc_doc *doc = NULL;
	cc_claim *c;
	double lo, hi, lo2, hi2;

	CU_ASSERT_EQUAL_FATAL(cc_ctx_new(&ctx, NULL, NULL), CC_OK);
	CU_ASSERT_EQUAL_FATAL(cc_doc_new(&doc, ctx, "x", 1, "t"), CC_OK);
	c = cc_doc_add_claim(doc);
	CU_ASSERT_PTR_NOT_NULL_FATAL(c);
	c->kind = CC_KIND_PROPORTION;
	c->value = 0.25;
	c->low = c->high = 0.25;
	c->sample_n = 100;
	c = cc_doc_add_claim(doc); /* "almost two-thirds": [0.60, 0.6667), open top */
	CU_ASSERT_PTR_NOT_NULL_FATAL(c);
	c->kind = CC_KIND_PROPORTION;
	c->value = 2.0 / 3;
	c->low = 0.60;
	c->high = 2.0 / 3;
	c->traits = CC_TRAIT_HIGH_OPEN;
	c->sample_n = 30;
	CU_ASSERT_EQUAL(cc_doc_prepare_findings(doc), CC_OK);
	CU_ASSERT_EQUAL(cc_stats_findings(doc), CC_OK);
	CU_ASSERT(doc->findings[0].has_ci && doc->findings[0].has_moe);
	cc_ci_prop(&lo, &hi, 25, 100, 0.95, CC_CI_WILSON);
	CU_ASSERT_DOUBLE_EQUAL(doc->findings[0].ci_low, lo, 1e-15);
	CU_ASSERT_DOUBLE_EQUAL(doc->findings[0].ci_high, hi, 1e-15);
	CU_ASSERT_DOUBLE_EQUAL(doc->findings[0].moe, 1.959963984540054 * sqrt(0.25 * 0.75 / 100), 1e-12);
	/* the interval is the printed figure's (x = 2/3 * 30 = 20) ... */
	cc_ci_prop(&lo, &hi, 20, 30, 0.95, CC_CI_WILSON);
	CU_ASSERT(doc->findings[1].has_ci);
	CU_ASSERT_DOUBLE_EQUAL(doc->findings[1].ci_low, lo, 1e-15);
	CU_ASSERT_DOUBLE_EQUAL(doc->findings[1].ci_high, hi, 1e-15);
	/* ... and the wording's envelope is kept beside it: counts 18 (= 0.60 *
	 * 30) to 19 (20 = 2/3 * 30 is excluded) */
	cc_ci_prop(&lo, &hi, 18, 30, 0.95, CC_CI_WILSON);
	cc_ci_prop(&lo2, &hi2, 19, 30, 0.95, CC_CI_WILSON);
	CU_ASSERT(doc->findings[1].has_wording);
	CU_ASSERT_DOUBLE_EQUAL(doc->findings[1].wording_low, 0.60, 1e-15);
	CU_ASSERT_DOUBLE_EQUAL(doc->findings[1].wording_ci_low, lo, 1e-15);
	CU_ASSERT_DOUBLE_EQUAL(doc->findings[1].wording_ci_high, hi2, 1e-15);
	CU_ASSERT(!doc->findings[0].has_wording);
	cc_doc_free(doc);
	cc_ctx_free(ctx);
}

/* The finding of the last proportion of `text` run through the whole
 * pipeline (issue 17 section 1: one figure, one consistent statement). */
static void last_prop(const char *text, void (*fn)(const cc_finding *))
{
	cc_ctx *ctx = NULL;
	cc_doc *doc = NULL;
	size_t i;

	CU_ASSERT_EQUAL_FATAL(cc_ctx_new(&ctx, NULL, NULL), CC_OK);
	CU_ASSERT_EQUAL_FATAL(cc_check(&doc, ctx, text, strlen(text), "t"), CC_OK);
	for (i = doc->nclaims; i > 0 && doc->claims[i - 1].kind != CC_KIND_PROPORTION; i--)
		;
	CU_ASSERT_FATAL(i > 0);
	fn(cc_doc_finding(doc, i - 1));
	cc_doc_free(doc);
	cc_ctx_free(ctx);
}

static void selfselected(const cc_finding *f)
{
	CU_ASSERT(!f->has_ci && !f->has_moe && f->no_ci && f->no_ci_cue);
}

static void subgroup_unknown(const cc_finding *f)
{
	CU_ASSERT(!f->has_ci && !f->has_moe && f->no_ci && strstr(f->no_ci, "subgroup"));
}

static void hedged(const cc_finding *f)
{
	double lo, hi;

	/* the printed figure's interval: 2/3 of 1,000 (x not rounded) */
	cc_ci_prop(&lo, &hi, 1000.0 * 2 / 3, 1000, 0.95, CC_CI_WILSON);
	CU_ASSERT(f->has_ci && f->has_wording && !f->no_ci);
	CU_ASSERT_DOUBLE_EQUAL(f->ci_low, lo, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(f->ci_high, hi, 1e-12);
	CU_ASSERT(f->wording_ci_low < f->ci_low);
	CU_ASSERT_DOUBLE_EQUAL(f->moe, 1.959963984540054 * sqrt(2.0 / 9 / 1000), 1e-9);
}

/* How many flags `code` the whole pipeline raises on `text`. */
static size_t count_flags(const char *text, const char *code)
{
	cc_ctx *ctx = NULL;
	cc_doc *doc = NULL;
	size_t i, k, n = 0;

	CU_ASSERT_EQUAL_FATAL(cc_ctx_new(&ctx, NULL, NULL), CC_OK);
	CU_ASSERT_EQUAL_FATAL(cc_check(&doc, ctx, text, strlen(text), "t"), CC_OK);
	for (i = 0; i < doc->nclaims; i++) {
		const cc_finding *f = cc_doc_finding(doc, i);

		for (k = 0; f && k < f->nflags; k++)
			n += !strcmp(f->flags[k].name, code);
	}
	cc_doc_free(doc);
	cc_ctx_free(ctx);
	return n;
}

static void test_stats_one_statement(void)
{
	/* one problem, one flag: a survey's missing n is said once */
	CU_ASSERT_EQUAL(count_flags("A new Redfield poll puts Labour on 41%, the Conservatives on 27% and the Greens on 9%. "
				    "The Liberal Democrats are on 11%.\n",
				    "SAMPLE_SIZE_UNKNOWN"),
			1);
	last_prop("Readers of the paper voted in an online poll on its website: 71% of the 2,300 who took part backed the plan.",
		   selfselected);
	last_prop("A survey of 1,000 managers by Ipsos found 40% expect cuts. Among managers in Wales, 58% agreed.\n",
		   subgroup_unknown);
	last_prop("Almost two-thirds of the 1,000 managers surveyed by Ipsos expect cuts.", hedged);
}

static CU_TestInfo stats_tests[] = {
	{ "one figure, one statement: printed interval, wording range, no interval when none applies", test_stats_one_statement },
	{ "proportion intervals vs R/statsmodels (all rows, 1e-9)", test_stats_proportion_ci_table },
	{ "exact binomial test vs R (1e-9 rel)", test_stats_binom_table },
	{ "two-proportion intervals vs statsmodels/mpmath (1e-9)", test_stats_two_prop_table },
	{ "pooled z-test vs statsmodels (1e-9 rel)", test_stats_ztest_table },
	{ "p-values vs R (1e-9 rel)", test_stats_pvalue_table },
	{ "sample sizes (F7)", test_stats_sample_size_table },
	{ "GRIM tables", test_stats_grim_table },
	{ "GRIM/GRIMMER/DEBIT vs scrutiny", test_stats_granularity_table },
	{ "domain errors", test_stats_domains },
	{ "edges: huge n, fractional x, exact ends, margins", test_stats_edges },
	{ "method and rounding names", test_stats_names },
	CU_TEST_INFO_NULL
};

static CU_TestInfo apa_tests[] = {
	{ "reported test results: extraction and verdicts", test_stats_reported_tests },
	{ "reported test results: where the anchor scan looks", test_apa_where },
	{ "proportion findings: hedge envelope", test_stats_proportion_findings },
	CU_TEST_INFO_NULL
};

CU_SuiteInfo cc_suites_stats[] = {
	{ .pName = "stats", .pTests = stats_tests },
	{ .pName = "stats-findings", .pTests = apa_tests },
	CU_SUITE_INFO_NULL
};
