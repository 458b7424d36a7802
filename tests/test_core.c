/*
 * test_core.c -- unit tests for core/: buffers, arena, errors, documents.
 */
#include "test.h"
#include "../core/buf.h"
#include "../core/arena.h"
#include "../core/doc.h"
#include "../core/numfmt.h"

#include <float.h>
#include <stdlib.h>
#include <string.h>

static void test_core_buf_invariants(void)
{
	cc_buf b = CC_BUF_INIT;

	CU_ASSERT_PTR_NOT_NULL(b.ptr);
	CU_ASSERT_STRING_EQUAL(b.ptr, "");
	cc_buf_puts(&b, "abc");
	cc_buf_printf(&b, "-%d-", 42);
	cc_buf_putc(&b, 'z');
	CU_ASSERT_STRING_EQUAL(b.ptr, "abc-42-z");
	CU_ASSERT_EQUAL(b.len, 8);
	cc_buf_truncate(&b, 3);
	CU_ASSERT_STRING_EQUAL(b.ptr, "abc");
	cc_buf_dispose(&b);
	CU_ASSERT_STRING_EQUAL(b.ptr, "");
}

static void test_core_buf_grows(void)
{
	cc_buf b = CC_BUF_INIT;
	size_t i;

	for (i = 0; i < 100000; i++)
		cc_buf_putc(&b, (char)('a' + i % 26));
	CU_ASSERT_EQUAL(b.len, 100000);
	CU_ASSERT_EQUAL(b.ptr[26], 'a');
	CU_ASSERT_EQUAL(b.ptr[b.len], '\0');
	cc_buf_dispose(&b);
}

static int fail_after;
static void *failing_malloc(size_t n, void *p) { (void)p; if (fail_after-- <= 0) return NULL; return malloc(n); }
static void *failing_realloc(void *q, size_t n, void *p) { (void)p; if (fail_after-- <= 0) return NULL; return realloc(q, n); }
static void plain_free(void *q, void *p) { (void)p; free(q); }

static void test_core_buf_sticky_oom(void)
{
	cc_allocator a = { failing_malloc, failing_realloc, plain_free, NULL };
	cc_ctx *ctx;
	cc_buf b;

	fail_after = 100;
	CU_ASSERT_EQUAL_FATAL(cc_ctx_new(&ctx, &a, NULL), CC_OK);
	cc_buf_init(&b, ctx);
	fail_after = 0;
	cc_buf_puts(&b, "hello");
	CU_ASSERT(cc_buf_oom(&b));
	fail_after = 100;
	cc_buf_puts(&b, "world"); /* sticky: no-op */
	CU_ASSERT_EQUAL(b.len, 0);
	CU_ASSERT_PTR_NULL(cc_buf_detach(&b, NULL));
	cc_ctx_free(ctx);
}

static void test_core_arena(void)
{
	cc_arena a;
	char *s, *big;
	int i;

	cc_arena_init(&a, NULL);
	for (i = 0; i < 5000; i++) {
		s = cc_arena_printf(&a, "claim-%d", i);
		CU_ASSERT_PTR_NOT_NULL_FATAL(s);
	}
	CU_ASSERT_STRING_EQUAL(s, "claim-4999");
	big = cc_arena_alloc(&a, 100000);
	CU_ASSERT_PTR_NOT_NULL(big);
	CU_ASSERT_EQUAL(((size_t)big) % 16, 0);
	CU_ASSERT_STRING_EQUAL(cc_arena_strndup(&a, "abcdef", 3), "abc");
	cc_arena_dispose(&a);
}

static void test_core_errors(void)
{
	cc_ctx *ctx;
	cc_options o = CC_OPTIONS_INIT;

	CU_ASSERT_EQUAL(cc_ctx_new(&ctx, NULL, NULL), CC_OK);
	CU_ASSERT_STRING_EQUAL(cc_errmsg(ctx), "");
	cc_error_set(ctx, CC_EINVAL, "bad value '%s'\nsecond line", "x");
	CU_ASSERT_EQUAL(cc_errcode(ctx), CC_EINVAL);
	CU_ASSERT_STRING_EQUAL(cc_errmsg(ctx), "bad value 'x' second line");
	o.level = 1.5;
	CU_ASSERT_EQUAL(cc_ctx_set_options(ctx, &o), CC_EINVAL);
	o.level = 0.9;
	o.date_y = 2024; o.date_m = 2; o.date_d = 30;
	CU_ASSERT_EQUAL(cc_ctx_set_options(ctx, &o), CC_EINVAL);
	o.date_d = 29;
	CU_ASSERT_EQUAL(cc_ctx_set_options(ctx, &o), CC_OK);
	CU_ASSERT_STRING_EQUAL(cc_strerror(CC_EBUSY), "database is locked");
	cc_ctx_free(ctx);
	cc_ctx_free(NULL);
}

static void test_core_doc_claims_sorted(void)
{
	cc_ctx *ctx;
	cc_doc *doc;
	cc_claim *c;

	CU_ASSERT_EQUAL_FATAL(cc_ctx_new(&ctx, NULL, NULL), CC_OK);
	CU_ASSERT_EQUAL_FATAL(cc_doc_new(&doc, ctx, "abcdef", 6, "t"), CC_OK);
	c = cc_doc_add_claim(doc);
	c->start = 4; c->end = 5; c->kind = CC_KIND_PROPORTION;
	c = cc_doc_add_claim(doc);
	c->start = 0; c->end = 2; c->kind = CC_KIND_SAMPLE_SIZE;
	doc->claims[0].sample_claim = 1;
	CU_ASSERT_EQUAL(cc_doc_sort_claims(doc), CC_OK);
	CU_ASSERT_EQUAL(doc->claims[0].kind, CC_KIND_SAMPLE_SIZE);
	CU_ASSERT_EQUAL(doc->claims[1].sample_claim, 0);
	CU_ASSERT_EQUAL(cc_doc_prepare_findings(doc), CC_OK);
	CU_ASSERT_EQUAL(cc_doc_add_flag(doc, 1, 3, "X", CC_SEV_INFO, "first"), CC_OK);
	CU_ASSERT_EQUAL(cc_doc_add_flag(doc, 1, 3, "X", CC_SEV_ERROR, "worse"), CC_OK);
	CU_ASSERT_EQUAL(cc_doc_finding(doc, 1)->nflags, 1);
	CU_ASSERT_STRING_EQUAL(cc_doc_finding(doc, 1)->flags[0].message, "worse");
	CU_ASSERT_EQUAL(cc_doc_worst(doc), CC_SEV_ERROR);
	cc_doc_free(doc);
	cc_ctx_free(ctx);
}

static void test_core_names(void)
{
	cc_severity s;

	CU_ASSERT_STRING_EQUAL(cc_kind_name(CC_KIND_MARGIN_OF_ERROR), "margin_of_error");
	CU_ASSERT_EQUAL(cc_severity_parse(&s, "warning"), CC_OK);
	CU_ASSERT_EQUAL(s, CC_SEV_WARNING);
	CU_ASSERT_EQUAL(cc_severity_parse(&s, "loud"), CC_EINVAL);
}

/* The pipeline end to end: checks that were evaluated and passed are
 * recorded with their reasons (for `explain`), and none of them fired. */
static void test_core_pipeline_passed_checks(void)
{
	static const char text[] = "A survey of 2,000 adults by YouGov found 71% backed the plan.";
	cc_ctx *ctx;
	cc_doc *doc;
	size_t i, k;
	int seen_small = 0, seen_majority = 0;

	CU_ASSERT_EQUAL_FATAL(cc_ctx_new(&ctx, NULL, NULL), CC_OK);
	CU_ASSERT_EQUAL_FATAL(cc_check(&doc, ctx, text, sizeof text - 1, "t.txt"), CC_OK);
	for (i = 0; i < cc_doc_claim_count(doc); i++) {
		const cc_finding *f = cc_doc_finding(doc, i);

		for (k = 0; k < f->npassed; k++) {
			CU_ASSERT_EQUAL(f->passed[k].severity, CC_SEV_NONE);
			if (!strcmp(f->passed[k].name, "SMALL_SAMPLE")) {
				seen_small = 1;
				CU_ASSERT_PTR_NOT_NULL(strstr(f->passed[k].message, "±2.2 points"));
			}
			if (!strcmp(f->passed[k].name, "MAJORITY_NOT_SUPPORTED")) {
				seen_majority = 1;
				CU_ASSERT_PTR_NOT_NULL(strstr(f->passed[k].message, "69%"));
			}
		}
		for (k = 0; k < f->nflags; k++)
			CU_ASSERT(strcmp(f->flags[k].name, "SMALL_SAMPLE") && strcmp(f->flags[k].name, "MAJORITY_NOT_SUPPORTED"));
	}
	CU_ASSERT(seen_small);
	CU_ASSERT(seen_majority);
	cc_doc_free(doc);
	cc_ctx_free(ctx);
}

/* The reason recorded for `code` passing on some claim of `text`, or NULL;
 * the check must not also have fired. */
static int passed_with(const char *text, const char *code, const char *needle)
{
	cc_ctx *ctx;
	cc_doc *doc;
	size_t i, k;
	int found = 0, fired = 0;

	if (cc_ctx_new(&ctx, NULL, NULL) != CC_OK)
		return 0;
	if (cc_check(&doc, ctx, text, strlen(text), "t.txt") != CC_OK) {
		cc_ctx_free(ctx);
		return 0;
	}
	for (i = 0; i < cc_doc_claim_count(doc); i++) {
		const cc_finding *f = cc_doc_finding(doc, i);

		for (k = 0; k < f->npassed; k++)
			if (!strcmp(f->passed[k].name, code) && strstr(f->passed[k].message, needle))
				found = 1;
		for (k = 0; k < f->nflags; k++)
			if (!strcmp(f->flags[k].name, code))
				fired = 1;
	}
	cc_doc_free(doc);
	cc_ctx_free(ctx);
	return found && !fired;
}

static void test_core_pipeline_pass_reasons(void)
{
	CU_ASSERT(passed_with("A survey of 1,200 nurses by YouGov found 57% of nurses planned to stay. "
			      "The margin of error is 3 points.",
			      "MOE_STATED_WRONG", "±2.8 points that 1,200 respondents allow"));
	CU_ASSERT(passed_with("A survey of 1,200 nurses by YouGov found 57% of nurses planned to stay.",
			      "POPULATION_MISMATCH", "the same kind of group"));
	CU_ASSERT(passed_with("In the trial, t(28) = 2.20, p = .036.", "PVALUE_INCONSISTENT", "p = .036"));
	CU_ASSERT(passed_with("A survey of 400 drivers found 37.5% had been fined.", "GRIM_PERCENT",
			      "37.5% is possible with 400 respondents (about 150 of them)"));
	CU_ASSERT(passed_with("The council spent £3m on the scheme, according to its annual accounts.",
			      "UNSOURCED_FIGURE", "says where the figure comes from"));
	/* the reasons added for the remaining checks, through the whole pipeline */
	CU_ASSERT(passed_with("Deltapoll asked 900 adults how they travel to work: 44 per cent said by car, 38 per "
			      "cent by bus and 12 per cent on foot.",
			      "PARTS_EXCEED_WHOLE", "add up to 94%, within 100% (at most 101.5%"));
	CU_ASSERT(passed_with("A survey of 2,000 homeowners by YouGov found 62 per cent worry about heating bills.",
			      "INTERESTED_COMMISSIONER", "credited to the polling firm YouGov"));
	CU_ASSERT(passed_with("A YouGov survey of 5,000 adults found 47 per cent had no savings, equivalent to 3.47 "
			      "million people in the region.",
			      "FALSE_PRECISION", "±1.4 points or ±2.9% of its value"));
	CU_ASSERT(passed_with("A Savanta survey of 1,200 teachers found that a quarter of teachers expect to leave the "
			      "profession within five years. Unions have called for a pay rise. Some 26 per cent of "
			      "teachers expect to leave the profession within five years, Savanta said.",
			      "INCONSISTENT_FIGURES", "'a quarter' allows 22.5% to 27.5%"));
}

/* ------------------------------------------------------------ numfmt */

/* One rounding for every display form: half away from zero on the decimal
 * value as written (core/numfmt.h). 0.0305 is stored a hair below 0.0305,
 * and 0.0305 * 100 a hair below 3.05: printf alone says "3.0". */
static void test_core_numfmt_rounding(void)
{
	cc_numbuf b;

	CU_ASSERT_STRING_EQUAL(cc_fmt_pts(&b, 0.0305), "3.1");
	CU_ASSERT_STRING_EQUAL(cc_fmt_pctd(&b, 0.0305, 1), "3.1");
	CU_ASSERT_STRING_EQUAL(cc_fmt_percent(&b, 0.0305, -1), "3.1%");
	CU_ASSERT_STRING_EQUAL(cc_fmt_num(&b, 3.05, 1), "3.1");
	CU_ASSERT_STRING_EQUAL(cc_fmt_num(&b, 1.005, 2), "1.01");
	CU_ASSERT_STRING_EQUAL(cc_fmt_num(&b, 2.5, 0), "3");     /* an exact half: not to even */
	CU_ASSERT_STRING_EQUAL(cc_fmt_num(&b, 0.125, 2), "0.13");
	CU_ASSERT_STRING_EQUAL(cc_fmt_num(&b, -2.5, 0), "-3");   /* away from zero both ways */
	CU_ASSERT_STRING_EQUAL(cc_fmt_pts(&b, -0.0305), "-3.1");
	CU_ASSERT_STRING_EQUAL(cc_fmt_pct(&b, 0.125), "13");
	CU_ASSERT_STRING_EQUAL(cc_fmt_pct(&b, 0.665), "67");
	CU_ASSERT_STRING_EQUAL(cc_fmt_n(&b, 999.5), "1,000");
	CU_ASSERT_STRING_EQUAL(cc_fmt_count(&b, 2.005), "2.01");
	CU_ASSERT_STRING_EQUAL(cc_fmt_plain(&b, 0.03625), "0.0363");
	CU_ASSERT_STRING_EQUAL(cc_fmt_p(&b, 0.0125), ".013");
	/* not a half: no nudge changes it */
	CU_ASSERT_STRING_EQUAL(cc_fmt_pts(&b, 0.0304), "3.0");
	CU_ASSERT_STRING_EQUAL(cc_fmt_num(&b, 3.0499, 1), "3");
	/* a half far above 1e-9's reach is still rounded up */
	CU_ASSERT_STRING_EQUAL(cc_fmt_n(&b, 10000000000.5), "10,000,000,001");
	/* and no digit beyond a double's precision is made up */
	CU_ASSERT_STRING_EQUAL(cc_fmt_count(&b, 16e12), "16,000,000,000,000");
	CU_ASSERT_STRING_EQUAL(cc_fmt_count(&b, 1e18 - 128), "999,999,999,999,999,872");
}

static void test_core_numfmt_forms(void)
{
	cc_numbuf b;

	/* whole numbers with separators */
	CU_ASSERT_STRING_EQUAL(cc_fmt_n(&b, 1068), "1,068");
	CU_ASSERT_STRING_EQUAL(cc_fmt_n(&b, 0), "0");
	CU_ASSERT_STRING_EQUAL(cc_fmt_n(&b, 100), "100");
	CU_ASSERT_STRING_EQUAL(cc_fmt_n(&b, 1000), "1,000");
	CU_ASSERT_STRING_EQUAL(cc_fmt_n(&b, -1234567), "-1,234,567");
	CU_ASSERT_STRING_EQUAL(cc_fmt_n(&b, -0.4), "0");
	CU_ASSERT_STRING_EQUAL(cc_fmt_n(&b, 450.00000000000006), "450");
	CU_ASSERT_STRING_EQUAL(cc_fmt_n(&b, 999999999999999999.0), "1e+18");
	/* counts keep up to two decimals */
	CU_ASSERT_STRING_EQUAL(cc_fmt_count(&b, 1234567), "1,234,567");
	CU_ASSERT_STRING_EQUAL(cc_fmt_count(&b, -12345.5), "-12,345.5");
	CU_ASSERT_STRING_EQUAL(cc_fmt_count(&b, 7), "7");
	/* whole percentages and percentages with d decimals */
	CU_ASSERT_STRING_EQUAL(cc_fmt_pct(&b, 0.502), "50");
	CU_ASSERT_STRING_EQUAL(cc_fmt_pct(&b, 0.004), "0");
	CU_ASSERT_STRING_EQUAL(cc_fmt_pct(&b, -0.004), "0");
	CU_ASSERT_STRING_EQUAL(cc_fmt_pct(&b, 1), "100");
	CU_ASSERT_STRING_EQUAL(cc_fmt_pctd(&b, 0.5, 2), "50.00");
	CU_ASSERT_STRING_EQUAL(cc_fmt_pctd(&b, 0.5, -3), "50");
	CU_ASSERT_STRING_EQUAL(cc_fmt_pctd(&b, 0.123456789, 9), "12.345679");
	/* points: one decimal, kept */
	CU_ASSERT_STRING_EQUAL(cc_fmt_pts(&b, 0.03), "3.0");
	CU_ASSERT_STRING_EQUAL(cc_fmt_pts(&b, 0.0924), "9.2");
	CU_ASSERT_STRING_EQUAL(cc_fmt_pts(&b, -0.0004), "0.0");
	/* plain numbers: trailing zeros cut */
	CU_ASSERT_STRING_EQUAL(cc_fmt_num(&b, 95.0, 1), "95");
	CU_ASSERT_STRING_EQUAL(cc_fmt_num(&b, 1.2345, 3), "1.235");
	CU_ASSERT_STRING_EQUAL(cc_fmt_num(&b, -0.04, 1), "0");
	CU_ASSERT_STRING_EQUAL(cc_fmt_num(&b, -1.25, 1), "-1.3");
	CU_ASSERT_STRING_EQUAL(cc_fmt_num(&b, 1234.5, 0), "1235");
	CU_ASSERT_STRING_EQUAL(cc_fmt_num(&b, 12.5, 6), "12.5");
	/* APA p-values */
	CU_ASSERT_STRING_EQUAL(cc_fmt_p(&b, 0.24), ".240");
	CU_ASSERT_STRING_EQUAL(cc_fmt_p(&b, 0.0362), ".036");
	CU_ASSERT_STRING_EQUAL(cc_fmt_p(&b, 0.001), ".001");
	CU_ASSERT_STRING_EQUAL(cc_fmt_p(&b, 0.000999), "< .001");
	CU_ASSERT_STRING_EQUAL(cc_fmt_p(&b, 0), "< .001");
	CU_ASSERT_STRING_EQUAL(cc_fmt_p(&b, 1), "1.000");
	/* confidence levels */
	CU_ASSERT_STRING_EQUAL(cc_fmt_level(&b, 0.95), "95");
	CU_ASSERT_STRING_EQUAL(cc_fmt_level(&b, 0.9), "90");
	CU_ASSERT_STRING_EQUAL(cc_fmt_level(&b, 0.995), "99.5");
	/* report percentages carry the sign */
	CU_ASSERT_STRING_EQUAL(cc_fmt_percent(&b, 0.6667, -1), "66.7%");
	CU_ASSERT_STRING_EQUAL(cc_fmt_percent(&b, 0.25, -1), "25%");
	CU_ASSERT_STRING_EQUAL(cc_fmt_percent(&b, 0.5696, 1), "57.0%");
	CU_ASSERT_STRING_EQUAL(cc_fmt_percent(&b, -0.0001, -1), "0%");
	CU_ASSERT_STRING_EQUAL(cc_fmt_percent(&b, 2e12, -1), "2e+14%");
	/* four significant digits */
	CU_ASSERT_STRING_EQUAL(cc_fmt_plain(&b, 2.2), "2.2");
	CU_ASSERT_STRING_EQUAL(cc_fmt_plain(&b, 0.036225), "0.0362");
	CU_ASSERT_STRING_EQUAL(cc_fmt_plain(&b, 1.959963984540054), "1.96");
	CU_ASSERT_STRING_EQUAL(cc_fmt_plain(&b, 123.456), "123.5");
	CU_ASSERT_STRING_EQUAL(cc_fmt_plain(&b, 9999.7), "10,000");
	CU_ASSERT_STRING_EQUAL(cc_fmt_plain(&b, 12345), "12,345");
	CU_ASSERT_STRING_EQUAL(cc_fmt_plain(&b, 0.00002), "2e-05");
	CU_ASSERT_STRING_EQUAL(cc_fmt_plain(&b, -0.00001), "-1e-05");
	CU_ASSERT_STRING_EQUAL(cc_fmt_plain(&b, 0), "0");
	CU_ASSERT_STRING_EQUAL(cc_fmt_plain(&b, -3), "-3");
	/* money */
	CU_ASSERT_STRING_EQUAL(cc_fmt_money(&b, 4e10, "GBP"), "\xC2\xA3" "40 billion");
	CU_ASSERT_STRING_EQUAL(cc_fmt_money(&b, 2.5e6, "USD"), "$2.5 million");
	CU_ASSERT_STRING_EQUAL(cc_fmt_money(&b, 1.125e6, "USD"), "$1.13 million");
	CU_ASSERT_STRING_EQUAL(cc_fmt_money(&b, 94000, "USD"), "$94,000");
	CU_ASSERT_STRING_EQUAL(cc_fmt_money(&b, 1200, "CHF"), "1,200 CHF");
	CU_ASSERT_STRING_EQUAL(cc_fmt_money(&b, 12, NULL), "12");
}

/* NaN and infinities never print as "nan" or "inf". */
static void test_core_numfmt_nonfinite(void)
{
	cc_numbuf b;

	CU_ASSERT_STRING_EQUAL(cc_fmt_n(&b, NAN), "n/a");
	CU_ASSERT_STRING_EQUAL(cc_fmt_n(&b, INFINITY), "infinity");
	CU_ASSERT_STRING_EQUAL(cc_fmt_count(&b, -INFINITY), "-infinity");
	CU_ASSERT_STRING_EQUAL(cc_fmt_pct(&b, NAN), "n/a");
	/* a share that overflowed reads as every other form does ("1% and
	   infinity% add up to infinity%", not "n/a%") */
	CU_ASSERT_STRING_EQUAL(cc_fmt_pctd(&b, INFINITY, 2), "infinity");
	CU_ASSERT_STRING_EQUAL(cc_fmt_pts(&b, -INFINITY), "-infinity");
	CU_ASSERT_STRING_EQUAL(cc_fmt_percent(&b, INFINITY, 1), "infinity");
	CU_ASSERT_STRING_EQUAL(cc_fmt_pts(&b, NAN), "n/a");
	CU_ASSERT_STRING_EQUAL(cc_fmt_num(&b, -INFINITY, 1), "-infinity");
	CU_ASSERT_STRING_EQUAL(cc_fmt_p(&b, NAN), "?");
	CU_ASSERT_STRING_EQUAL(cc_fmt_level(&b, NAN), "n/a");
	CU_ASSERT_STRING_EQUAL(cc_fmt_percent(&b, NAN, -1), "n/a");
	CU_ASSERT_STRING_EQUAL(cc_fmt_plain(&b, INFINITY), "infinity");
	CU_ASSERT_STRING_EQUAL(cc_fmt_money(&b, NAN, "GBP"), "n/a");
	CU_ASSERT_STRING_EQUAL(cc_fmt_json(&b, NAN), "null");
	/* the largest doubles fit the buffer in every form */
	CU_ASSERT(strlen(cc_fmt_num(&b, -DBL_MAX, 9)) < CC_NUMBUF);
	CU_ASSERT(strlen(cc_fmt_pctd(&b, -DBL_MAX, 6)) < CC_NUMBUF);
	CU_ASSERT(strlen(cc_fmt_percent(&b, -DBL_MAX, 6)) < CC_NUMBUF);
	CU_ASSERT(strlen(cc_fmt_count(&b, -9.99e17)) < CC_NUMBUF);
	CU_ASSERT(strlen(cc_fmt_money(&b, -9.99e17, "EUR")) < CC_NUMBUF);
}

/* JSON numbers: the shortest form that reads back as the same double. */
static void test_core_numfmt_json(void)
{
	static const double vals[] = {
		0.1, 1.0 / 3, 2.0 / 3, 0.6667, 0.5696, 1e-300, 5e-324, DBL_MAX, -DBL_MAX, 123456789.123,
		1e21, 0.036225484778837, 3.0e15 + 0.5, -2.5, 1e15, 4e10, 1.7976931348623157e308, 0.30000000000000004,
	};
	char small[4];
	cc_numbuf b;
	size_t i;

	for (i = 0; i < sizeof vals / sizeof vals[0]; i++) {
		cc_fmt_json(&b, vals[i]);
		CU_ASSERT(strtod(b.s, NULL) == vals[i]);
		CU_ASSERT(strlen(b.s) < CC_JSON_NUMBER_MAX);
	}
	CU_ASSERT_STRING_EQUAL(cc_fmt_json(&b, 100), "100");
	CU_ASSERT_STRING_EQUAL(cc_fmt_json(&b, -0.0), "0");
	CU_ASSERT_STRING_EQUAL(cc_fmt_json(&b, 0.1), "0.1");
	CU_ASSERT_STRING_EQUAL(cc_fmt_json(&b, 0.6667), "0.6667");
	CU_ASSERT_STRING_EQUAL(cc_fmt_json(&b, 4e10), "40000000000");
	CU_ASSERT_STRING_EQUAL(cc_fmt_json(&b, 1e15), "1e+15");
	CU_ASSERT_STRING_EQUAL(cc_fmt_json(&b, 0.30000000000000004), "0.30000000000000004");
	CU_ASSERT_STRING_EQUAL(cc_fmt_json(&b, NAN), "null");
	CU_ASSERT_STRING_EQUAL(cc_fmt_json(&b, INFINITY), "null");
	CU_ASSERT_STRING_EQUAL(cc_fmt_json(&b, -INFINITY), "null");
	/* the public spelling is the same function; a short cap truncates */
	CU_ASSERT_STRING_EQUAL(cc_json_number(small, sizeof small, 12345), "123");
	/* a sample of random doubles round-trips */
	{
		unsigned long long x = 88172645463325252ULL;
		int k;

		for (k = 0; k < 2000; k++) {
			double d;

			x ^= x << 13, x ^= x >> 7, x ^= x << 17;
			memcpy(&d, &x, sizeof d);
			if (!isfinite(d))
				continue;
			cc_fmt_json(&b, d);
			CU_ASSERT(strtod(b.s, NULL) == d);
		}
	}
}

/* The JSON writer's fast path (whole numbers, short decimals) writes what
 * the general shortest-round-trip path writes: whole numbers, decimals of
 * 0 to 8 places over many magnitudes, their negatives, values next to
 * them, and the report's usual shares and bounds. */
static void test_core_numfmt_json_fast(void)
{
	static const double scale[] = { 1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8 };
	char fast[CC_JSON_NUMBER_MAX], slow[CC_JSON_NUMBER_MAX];
	unsigned long long x = 0x9E3779B97F4A7C15ULL;
	int k, bad = 0, n = 0;

	for (k = 0; k < 200000; k++) {
		double m, v;
		int d;

		x ^= x << 13, x ^= x >> 7, x ^= x << 17;
		d = (int)(x % 9);
		m = (double)((x >> 8) % (k % 3 == 0 ? 1000ULL : k % 3 == 1 ? 10000000ULL : 1000000000000000ULL));
		v = m / scale[d];
		if (k & 1)
			v = -v;
		if (k % 7 == 0)
			v = nextafter(v, 2 * v + 1);
		n++;
		cc_json_number(fast, sizeof fast, v);
		cc_json_number_general(slow, sizeof slow, v);
		if (strcmp(fast, slow)) {
			if (bad++ < 5)
				fprintf(stderr, "\njson number %.17g: fast %s, general %s\n", v, fast, slow);
		}
	}
	CU_ASSERT_EQUAL(bad, 0);
	CU_ASSERT(n == 200000);
	CU_ASSERT_STRING_EQUAL(cc_json_number(fast, sizeof fast, 0.0001), "0.0001");
	CU_ASSERT_STRING_EQUAL(cc_json_number(fast, sizeof fast, -0.047), "-0.047");
	CU_ASSERT_STRING_EQUAL(cc_json_number(fast, sizeof fast, 0.7000000000000001), "0.7000000000000001");
	CU_ASSERT_STRING_EQUAL(cc_json_number(fast, sizeof fast, 123456.5), "123456.5");
	CU_ASSERT_STRING_EQUAL(cc_json_number(fast, sizeof fast, 999999999999999), "999999999999999");
}

static CU_TestInfo core_tests[] = {
	{ "pipeline records pass reasons per check", test_core_pipeline_pass_reasons },
	{ "pipeline records passed checks", test_core_pipeline_passed_checks },
	{ "buf invariants", test_core_buf_invariants },
	{ "buf grows", test_core_buf_grows },
	{ "buf sticky oom", test_core_buf_sticky_oom },
	{ "arena", test_core_arena },
	{ "errors and options", test_core_errors },
	{ "doc claims sorted and flags", test_core_doc_claims_sorted },
	{ "names", test_core_names },
	CU_TEST_INFO_NULL
};

static CU_TestInfo numfmt_tests[] = {
	{ "one rounding: half away from zero on the decimal", test_core_numfmt_rounding },
	{ "every form", test_core_numfmt_forms },
	{ "NaN, infinities, huge values", test_core_numfmt_nonfinite },
	{ "json numbers round-trip", test_core_numfmt_json },
	{ "json numbers: the fast path writes the general path's digits", test_core_numfmt_json_fast },
	CU_TEST_INFO_NULL
};

CU_SuiteInfo cc_suites_core[] = {
	{ .pName = "core", .pTests = core_tests },
	{ .pName = "core/numfmt", .pTests = numfmt_tests },
	CU_SUITE_INFO_NULL
};
