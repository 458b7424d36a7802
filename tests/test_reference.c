/*
 * test_reference.c -- unit tests for reference/: periods, CSV import with
 * hostile files (line-numbered errors, all-or-nothing), export round trip,
 * search, claim matching and verdicts on data-driven cases, known surveys
 * and populations, and database failures (missing, corrupt, foreign,
 * newer, locked, read-only) that must give one clear error and the right
 * status. Test files live in tests/reference/; databases are made under a
 * mkdtemp directory and removed. Reference rows in lookup-figures.csv are
 * shaped like the fixtures of shared/bench/flags (ONS and BLS releases).
 */
#include "test.h"
#include "../reference/refdb.h"
#include "../core/doc.h"
#include "../extract/extract.h"
#include "../extract/matching.h"
#include "../core/buf.h"
#include "../core/words.h"

#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static char tmpdir[64];

static const char *tpath(const char *name)
{
	static char buf[4][256];
	static int k;

	k = (k + 1) % 4;
	snprintf(buf[k], sizeof buf[k], "%s/%s", tmpdir, name);
	return buf[k];
}

static int suite_init(void)
{
	strcpy(tmpdir, "/tmp/cc-reftest-XXXXXX");
	return mkdtemp(tmpdir) ? 0 : -1;
}

static int suite_clean(void)
{
	char cmd[128];

	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
	return system(cmd) == 0 ? 0 : -1;
}

/* A fresh database at tmpdir/name, opened read-write. */
/* A record made by hand, matched as cc_check matches it: the extract
 * stage's reading of the text onto the record, then the look-up. */
static int lookup(cc_doc *doc, cc_refdb *db)
{
	int rc = cc_extract_matching(doc, 1);

	return rc ? rc : cc_reference_lookup(doc, db);
}

static cc_refdb *fresh(cc_ctx *ctx, const char *name)
{
	cc_refdb *db = NULL;

	unlink(tpath(name));
	CU_ASSERT_EQUAL(cc_refdb_init(ctx, tpath(name)), CC_OK);
	CU_ASSERT_EQUAL(cc_refdb_open(&db, ctx, tpath(name), 1), CC_OK);
	return db;
}

struct counts {
	long figures, populations, surveys, pollsters, results;
};

static int count_row(int n, const char *const *names, const char *const *v, void *p)
{
	struct counts *c = p;
	long x = v[1] ? atol(v[1]) : 0;

	(void)n;
	(void)names;
	if (!strcmp(v[0], "figures"))
		c->figures = x;
	else if (!strcmp(v[0], "populations"))
		c->populations = x;
	else if (!strcmp(v[0], "surveys"))
		c->surveys = x;
	else if (!strcmp(v[0], "pollsters"))
		c->pollsters = x;
	else if (!strcmp(v[0], "survey_results"))
		c->results = x;
	return 0;
}

static struct counts counts_of(cc_refdb *db)
{
	struct counts c = { -1, -1, -1, -1, -1 };

	CU_ASSERT_EQUAL(cc_refdb_list(db, NULL, 0, count_row, &c), CC_OK);
	return c;
}

/* ------------------------------------------------------------------ */

static void test_periods(void)
{
	static const struct {
		const char *in, *start, *end;
	} cases[] = {
		{ "2024", "2024-01-01", "2024-12-31" },
		{ "2024-02", "2024-02-01", "2024-02-29" },
		{ "2023-02", "2023-02-01", "2023-02-28" },
		{ "2024-Q1", "2024-01-01", "2024-03-31" },
		{ "2024-Q4", "2024-10-01", "2024-12-31" },
		{ "2024-03-31", "2024-03-31", "2024-03-31" },
		{ "2023/24", "2023-04-01", "2024-03-31" },
		{ "1999/00", "1999-04-01", "2000-03-31" },
		{ "2024-Q5", NULL, NULL },
		{ "2024-13", NULL, NULL },
		{ "2023/25", NULL, NULL },
		{ "2023-02-29", NULL, NULL },
		{ "24", NULL, NULL },
		{ "", NULL, NULL },
		{ "2024-1", NULL, NULL },
		{ "March 2024", NULL, NULL },
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char s[11] = "", e[11] = "";
		int rc = cc_ref_period_parse(cases[i].in, s, e);

		if (cases[i].start) {
			CU_ASSERT_EQUAL(rc, 0);
			CU_ASSERT_STRING_EQUAL(s, cases[i].start);
			CU_ASSERT_STRING_EQUAL(e, cases[i].end);
		} else {
			CU_ASSERT_EQUAL(rc, -1);
		}
	}
	CU_ASSERT(cc_ref_date_valid("2024-02-29"));
	CU_ASSERT(!cc_ref_date_valid("2023-02-29"));
	CU_ASSERT(!cc_ref_date_valid("2024-2-29"));
}

/* Hostile and malformed files: each is rejected with its line, and the
 * database keeps exactly what it had. */
static void test_import_errors(void)
{
	static const struct {
		const char *file;
		int status;
		long line;
		const char *msg;
	} cases[] = {
		{ "bad-columns.csv", CC_EINVAL, 4, "expected 6 fields" },
		{ "bad-multiline.csv", CC_EINVAL, 4, "value: '4.x' is not a number" },
		{ "bad-date.csv", CC_EINVAL, 3, "not a date" },
		{ "bad-period.csv", CC_EINVAL, 2, "not a period" },
		{ "bad-quote.csv", CC_EINVAL, 3, "never closed" },
		{ "bad-header.csv", CC_EINVAL, 1, "header not recognised" },
		{ "bad-required.csv", CC_EINVAL, 3, "source: a value is required" },
		{ "bad-number.csv", CC_EINVAL, 2, "not a number" },
		{ "bad-stray-quote.csv", CC_EINVAL, 3, "quote inside an unquoted field" },
		{ "bad-result-survey.csv", CC_EINVAL, 2, "row rejected" },
		{ "bad-share.csv", CC_EINVAL, 2, "not a share" },
		{ "no-such-file.csv", CC_ENOTFOUND, 0, "cannot read" },
	};
	cc_ctx *ctx = NULL;
	cc_refdb *db;
	struct counts before, after;
	size_t i;

	CU_ASSERT_FATAL(cc_ctx_new(&ctx, NULL, NULL) == CC_OK);
	db = fresh(ctx, "errors.db");
	CU_ASSERT_FATAL(db != NULL);
	CU_ASSERT_EQUAL(cc_refdb_import(db, "tests/reference/lookup-figures.csv", NULL, NULL, NULL), CC_OK);
	before = counts_of(db);
	CU_ASSERT_EQUAL(before.figures, 9);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char path[128];
		const char *file = NULL;
		long line = -1, col = -1;
		int rc;

		snprintf(path, sizeof path, "tests/reference/%s", cases[i].file);
		rc = cc_refdb_import(db, path, NULL, NULL, NULL);
		CU_ASSERT_EQUAL(rc, cases[i].status);
		cc_errpos(ctx, &file, &line, &col);
		if (rc != cases[i].status || line != cases[i].line || !strstr(cc_errmsg(ctx), cases[i].msg))
			fprintf(stderr, "\n  %s: rc %d line %ld: %s\n", cases[i].file, rc, line, cc_errmsg(ctx));
		CU_ASSERT_EQUAL(line, cases[i].line);
		CU_ASSERT_PTR_NOT_NULL(strstr(cc_errmsg(ctx), cases[i].msg));
		after = counts_of(db);
		CU_ASSERT_EQUAL(after.figures, before.figures);
		CU_ASSERT_EQUAL(after.results, 0);
	}
	cc_refdb_close(db);
	cc_ctx_free(ctx);
}

/* Invalid UTF-8, NUL bytes and 1 MB fields, made in memory. */
static void test_import_bytes(void)
{
	cc_ctx *ctx = NULL;
	cc_refdb *db;
	const char *hdr = "indicator,geography,period,value,unit,source,notes\n";
	size_t big = 1 << 20, n;
	char *csv;
	long rows = 0, line = 0, col = 0;
	const char *file, *table = NULL;

	CU_ASSERT_FATAL(cc_ctx_new(&ctx, NULL, NULL) == CC_OK);
	db = fresh(ctx, "bytes.db");
	CU_ASSERT_FATAL(db != NULL);

	/* invalid UTF-8 on line 3 (an overlong encoding, then a lone continuation) */
	{
		static const char bad1[] = "indicator,geography,period,value,unit,source\n"
					   "a,UK,2024,1,percent,src\n"
					   "b\xC0\xAF,UK,2024,1,percent,src\n";
		static const char bad2[] = "indicator,geography,period,value,unit,source\n"
					   "a,UK,2024,1,percent,src\n"
					   "c,UK,2024,1,percent,src\n"
					   "d,UK,2024,1,percent,\x80src\n";
		static const char nul[] = "indicator,geography,period,value,unit,source\n"
					  "a,UK,2024,1,percent,s\0rc\n";

		CU_ASSERT_EQUAL(cc_refdb_import_mem(db, bad1, sizeof bad1 - 1, "bad1.csv", 0, NULL, NULL), CC_EINVAL);
		cc_errpos(ctx, &file, &line, &col);
		CU_ASSERT_EQUAL(line, 3);
		CU_ASSERT_PTR_NOT_NULL(strstr(cc_errmsg(ctx), "UTF-8"));
		CU_ASSERT_EQUAL(cc_refdb_import_mem(db, bad2, sizeof bad2 - 1, "bad2.csv", 0, NULL, NULL), CC_EINVAL);
		cc_errpos(ctx, &file, &line, &col);
		CU_ASSERT_EQUAL(line, 4);
		CU_ASSERT_EQUAL(cc_refdb_import_mem(db, nul, sizeof nul - 1, "nul.csv", 0, NULL, NULL), CC_EINVAL);
		CU_ASSERT_EQUAL(counts_of(db).figures, 0);
	}

	/* a 1 MB quoted field with quotes and newlines inside, then a good row */
	csv = malloc(2 * big + 256);
	CU_ASSERT_FATAL(csv != NULL);
	n = (size_t)sprintf(csv, "%s", hdr);
	n += (size_t)sprintf(csv + n, "big,UK,2024,1,percent,src,\"");
	for (size_t i = 0; i < big; i++)
		csv[n++] = i % 1000 == 999 ? '\n' : (i % 500 == 7 ? 'x' : 'a');
	memcpy(csv + n, "\"\"\"\n", 4); /* an escaped quote, then the closing one */
	n += 4;
	n += (size_t)sprintf(csv + n, "after,UK,2024,2,percent,src,short\n");
	CU_ASSERT_EQUAL(cc_refdb_import_mem(db, csv, n, "big.csv", 0, &table, &rows), CC_OK);
	CU_ASSERT_EQUAL(rows, 2);
	CU_ASSERT_STRING_EQUAL(table, "figures");
	/* the same with a bad value after the big field: the line counts the
	   field's embedded newlines (1048 of them) */
	memcpy(csv + n - strlen("after,UK,2024,2,percent,src,short\n"), "after,UK,2024,X,percent,src,short\n", 34);
	CU_ASSERT_EQUAL(cc_refdb_import_mem(db, csv, n, "big2.csv", 0, NULL, NULL), CC_EINVAL);
	cc_errpos(ctx, &file, &line, &col);
	CU_ASSERT_EQUAL(line, 2 + (long)(big / 1000) + 1);
	CU_ASSERT_EQUAL(counts_of(db).figures, 2);
	free(csv);
	cc_refdb_close(db);
	cc_ctx_free(ctx);
}

struct sink {
	char *buf;
	size_t len;
};

static int sink_write(const char *data, size_t len, void *p)
{
	struct sink *s = p;
	char *nb = realloc(s->buf, s->len + len + 1);

	if (!nb)
		return -1;
	memcpy(nb + s->len, data, len);
	s->len += len;
	nb[s->len] = '\0';
	s->buf = nb;
	return 0;
}

struct found {
	int n;
	char first_kind[32], first_name[128];
};

static int found_row(int n, const char *const *names, const char *const *v, void *p)
{
	struct found *f = p;

	(void)n;
	(void)names;
	if (!f->n++) {
		snprintf(f->first_kind, sizeof f->first_kind, "%s", v[0]);
		snprintf(f->first_name, sizeof f->first_name, "%s", v[2]);
	}
	return 0;
}

/* Tricky but valid files import; SQL in fields is data; export round-trips. */
static void test_import_export(void)
{
	static const char *const files[] = { "good-tricky.csv", "good-crlf.csv", "lookup-figures.csv" };
	cc_ctx *ctx = NULL;
	cc_refdb *db, *db2;
	struct sink a = { NULL, 0 }, b = { NULL, 0 };
	struct found f = { 0, "", "" };
	const char *table;
	size_t i;

	CU_ASSERT_FATAL(cc_ctx_new(&ctx, NULL, NULL) == CC_OK);
	db = fresh(ctx, "rt1.db");
	CU_ASSERT_FATAL(db != NULL);
	for (i = 0; i < sizeof files / sizeof files[0]; i++) {
		char path[128];

		snprintf(path, sizeof path, "tests/reference/%s", files[i]);
		CU_ASSERT_EQUAL(cc_refdb_import(db, path, NULL, NULL, NULL), CC_OK);
	}
	CU_ASSERT_EQUAL(counts_of(db).figures, 4 + 2 + 9);
	CU_ASSERT_EQUAL(counts_of(db).populations, 0);
	/* the injected text is stored verbatim */
	CU_ASSERT_EQUAL(cc_refdb_search(db, "DROP TABLE figures", 10, found_row, &f), CC_OK);
	CU_ASSERT_EQUAL(f.n, 1);
	CU_ASSERT_STRING_EQUAL(f.first_name, "'); DROP TABLE figures; --");
	/* search: keywords and names, prefix on the last word */
	memset(&f, 0, sizeof f);
	CU_ASSERT_EQUAL(cc_refdb_search(db, "jobless", 10, found_row, &f), CC_OK);
	CU_ASSERT_EQUAL(f.n, 2);
	CU_ASSERT_STRING_EQUAL(f.first_kind, "indicator");
	memset(&f, 0, sizeof f);
	CU_ASSERT_EQUAL(cc_refdb_search(db, "\"unclosed OR (NEAR", 10, found_row, &f), CC_OK);
	CU_ASSERT_EQUAL(f.n, 0);

	CU_ASSERT_EQUAL(cc_refdb_export(db, "figures", sink_write, &a), CC_OK);
	CU_ASSERT_PTR_NOT_NULL_FATAL(a.buf);
	CU_ASSERT_PTR_NOT_NULL(strstr(a.buf, "\"a note with \"\"quotes\"\", commas\nand an embedded newline\""));
	CU_ASSERT_PTR_NOT_NULL(strstr(a.buf, ",-42.5,"));
	db2 = fresh(ctx, "rt2.db");
	CU_ASSERT_FATAL(db2 != NULL);
	CU_ASSERT_EQUAL(cc_refdb_import_mem(db2, a.buf, a.len, "export.csv", 0, &table, NULL), CC_OK);
	CU_ASSERT_EQUAL(cc_refdb_export(db2, "figures", sink_write, &b), CC_OK);
	CU_ASSERT_PTR_NOT_NULL_FATAL(b.buf);
	CU_ASSERT_EQUAL(a.len, b.len);
	CU_ASSERT(a.len == b.len && !memcmp(a.buf, b.buf, a.len));
	CU_ASSERT_EQUAL(cc_refdb_export(db2, "nonsense", sink_write, &b), CC_EINVAL);

	/* one figure through `add`: same checks */
	{
		const char *names[] = { "indicator", "geography", "period", "value", "unit", "source" };
		const char *good[] = { "added", "UK", "2024-Q3", "7.25", "percent", "src" };
		const char *bad[] = { "added", "UK", "2024-Q9", "7.25", "percent", "src" };
		long long id = 0;

		CU_ASSERT_EQUAL(cc_refdb_add_figure(db2, 6, names, good, &id), CC_OK);
		CU_ASSERT(id > 0);
		CU_ASSERT_EQUAL(cc_refdb_add_figure(db2, 6, names, bad, &id), CC_EINVAL);
		CU_ASSERT_EQUAL(counts_of(db2).figures, 16);
	}
	/* surveys and their results, linked by title; a lexicon TSV */
	{
		static const char tsv[] = "# comment line\none\tunit\t1\n\nhalf\tdenom\t0.5\textra\tmore\r\n";
		long rows = 0;

		CU_ASSERT_EQUAL(cc_refdb_import(db2, "tests/reference/surveys.csv", NULL, &table, &rows), CC_OK);
		CU_ASSERT_STRING_EQUAL(table, "surveys");
		CU_ASSERT_EQUAL(cc_refdb_import(db2, "tests/reference/survey-results.csv", NULL, &table, &rows), CC_OK);
		CU_ASSERT_STRING_EQUAL(table, "survey_results");
		CU_ASSERT_EQUAL(rows, 2);
		free(a.buf);
		a.buf = NULL;
		a.len = 0;
		CU_ASSERT_EQUAL(cc_refdb_export(db2, "survey_results", sink_write, &a), CC_OK);
		CU_ASSERT_PTR_NOT_NULL(a.buf && strstr(a.buf, "\"Test poll, one\",the plan,support,0.52,1000,1,"));
		CU_ASSERT_EQUAL(cc_refdb_import_mem(db2, tsv, sizeof tsv - 1, "extract/lexicon/t.tsv", 1, &table, &rows),
				CC_OK);
		CU_ASSERT_STRING_EQUAL(table, "lexicon");
		CU_ASSERT_EQUAL(rows, 2);
	}
	/* a claim from that survey checked against its published result */
	{
		static const struct {
			double v;
			cc_verdict want;
		} rs[] = { { 0.52, CC_VERDICT_CONSISTENT }, { 0.62, CC_VERDICT_INCONSISTENT } };

		for (i = 0; i < sizeof rs / sizeof rs[0]; i++) {
			cc_doc *doc = NULL;
			cc_claim *n, *p;
			long k;

			static const char text[] = "A poll of 1,000 adults for Acme Ltd found 52% support the plan.";

			CU_ASSERT_FATAL(cc_doc_new(&doc, ctx, text, sizeof text - 1, "poll") == CC_OK);
			n = cc_doc_add_claim(doc);
			n->kind = CC_KIND_SAMPLE_SIZE;
			n->value = 1000;
			p = cc_doc_add_claim(doc);
			p->kind = CC_KIND_PROPORTION;
			p->value = p->low = p->high = rs[i].v;
			p->tolerance = 0.005;
			p->sent_end = doc->src_len;
			k = cc_doc_add_survey(doc);
			doc->surveys[k].sample_claim = 0;
			doc->surveys[k].commissioner = "Acme Ltd";
			doc->ext[1].survey = k;
			CU_ASSERT_EQUAL(lookup(doc, db2), CC_OK);
			CU_ASSERT_PTR_NOT_NULL(doc->ext[1].survey_ref);
			CU_ASSERT_EQUAL(doc->findings[1].has_ref, 1);
			CC_ASSERT_NEAR(doc->findings[1].ref.value, 52, 1e-9);
			CU_ASSERT_EQUAL(doc->findings[1].ref.verdict, rs[i].want);
			cc_doc_free(doc);
		}
	}
	free(a.buf);
	free(b.buf);
	cc_refdb_close(db);
	cc_refdb_close(db2);
	cc_ctx_free(ctx);
}

/* ------------------------------------------------------------------ */
/* Matching                                                            */
/* ------------------------------------------------------------------ */

static const struct match_case {
	const char *sentence;
	cc_kind kind;
	double value, tol;
	const char *unit;
	const char *date;          /* document date or NULL */
	const char *want_period;   /* NULL: no match */
	cc_verdict want;
	const char *want_newer;    /* period of the newer row, or NULL */
} match_cases[] = {
	{ "The UK unemployment rate stood at 4.3% in the first quarter of 2024.", CC_KIND_PROPORTION, 0.043, 0.0005,
	  NULL, "2024-06-01", "2024-Q1", CC_VERDICT_CONSISTENT, NULL },
	{ "The UK unemployment rate stood at 4.3% in the first quarter of 2024.", CC_KIND_PROPORTION, 0.043, 0.0005,
	  NULL, "2024-09-01", "2024-Q1", CC_VERDICT_CONSISTENT, "2024-Q2" },
	{ "Britain's jobless rate climbed to 4.6 per cent over the quarter ending March 2024.", CC_KIND_PROPORTION,
	  0.046, 0.0005, NULL, "2024-05-20", "2024-Q1", CC_VERDICT_INCONSISTENT, NULL },
	{ "Washington, Sept. 10, 2024 - The US unemployment rate stood at 3.7% in January 2024.", CC_KIND_PROPORTION,
	  0.037, 0.0005, NULL, "2024-09-10", "2024-01", CC_VERDICT_CONSISTENT, "2024-08" },
	{ "American unemployment is running at a rate of 4.1%.", CC_KIND_PROPORTION, 0.041, 0.0005, NULL,
	  "2024-07-10", "2024-06", CC_VERDICT_CONSISTENT, NULL },
	{ "The US unemployment rate is 3.9%.", CC_KIND_PROPORTION, 0.039, 0.0005, NULL, "2024-08-05", "2024-07",
	  CC_VERDICT_INCONSISTENT, NULL },
	{ "Scotland's unemployment rate was 4.3% in the first quarter of 2024.", CC_KIND_PROPORTION, 0.043, 0.0005,
	  NULL, "2024-06-01", NULL, CC_VERDICT_NONE, NULL },
	{ "England and Wales have 43 territorial police forces.", CC_KIND_COUNT, 43, 0, "forces", "2024-06-01",
	  "2024", CC_VERDICT_CONSISTENT, NULL },
	{ "England and Wales have 45 territorial police forces.", CC_KIND_COUNT, 45, 0, "forces", "2024-06-01",
	  "2024", CC_VERDICT_INCONSISTENT, NULL },
	{ "The 43 police forces took part.", CC_KIND_COUNT, 43, 0, "forces", "2024-06-01", NULL, CC_VERDICT_NONE,
	  NULL },
	{ "Sales of umbrellas in the UK rose 4% in March 2024.", CC_KIND_CHANGE, 0.04, 0.005, NULL, "2024-06-01",
	  NULL, CC_VERDICT_NONE, NULL },
	{ "The National Living Wage for the UK rises to £11.44 an hour in April 2024.", CC_KIND_AMOUNT, 11.44, 0.005,
	  "GBP", "2024-03-01", "2024/25", CC_VERDICT_CONSISTENT, NULL },
	{ "The National Living Wage for the UK rises to $11.44 an hour in April 2024.", CC_KIND_AMOUNT, 11.44, 0.005,
	  "USD", "2024-03-01", NULL, CC_VERDICT_NONE, NULL },
	{ "The UK unemployment rate stood at 4.3 per cent in 2019.", CC_KIND_PROPORTION, 0.043, 0.0005, NULL,
	  "2024-06-01", NULL, CC_VERDICT_NONE, NULL },
};

static cc_doc *doc_for(cc_ctx *ctx, const char *text, const char *date)
{
	cc_doc *doc = NULL;

	CU_ASSERT_FATAL(cc_doc_new(&doc, ctx, text, strlen(text), "case") == CC_OK);
	if (date) {
		doc->date_y = atoi(date);
		doc->date_m = atoi(date + 5);
		doc->date_d = atoi(date + 8);
	}
	return doc;
}

static cc_claim *add_claim(cc_doc *doc, cc_kind kind, double v, double tol, const char *unit)
{
	cc_claim *c = cc_doc_add_claim(doc);

	CU_ASSERT_FATAL(c != NULL);
	c->kind = kind;
	c->value = c->low = c->high = v;
	c->tolerance = tol;
	c->unit = unit ? cc_doc_strndup(doc, unit, strlen(unit)) : NULL;
	c->sent_start = 0;
	c->sent_end = doc->src_len;
	return c;
}

static void test_match(void)
{
	cc_ctx *ctx = NULL;
	cc_refdb *db = NULL;
	size_t i;

	CU_ASSERT_FATAL(cc_ctx_new(&ctx, NULL, NULL) == CC_OK);
	db = fresh(ctx, "match.db");
	CU_ASSERT_FATAL(db != NULL);
	CU_ASSERT_EQUAL(cc_refdb_import(db, "tests/reference/lookup-figures.csv", NULL, NULL, NULL), CC_OK);
	cc_refdb_close(db);
	CU_ASSERT_FATAL(cc_refdb_open(&db, ctx, tpath("match.db"), 0) == CC_OK);
	for (i = 0; i < sizeof match_cases / sizeof match_cases[0]; i++) {
		const struct match_case *m = &match_cases[i];
		cc_doc *doc = doc_for(ctx, m->sentence, m->date);
		const cc_finding *f;
		const cc_claim_ext *x;
		int ok;

		add_claim(doc, m->kind, m->value, m->tol, m->unit);
		CU_ASSERT_EQUAL(lookup(doc, db), CC_OK);
		f = &doc->findings[0];
		x = &doc->ext[0];
		if (m->want_period)
			ok = f->has_ref && f->ref.period && !strcmp(f->ref.period, m->want_period) && f->ref.verdict == m->want &&
			     (m->want_newer ? x->newer_ref && !strcmp(x->newer_ref->period, m->want_newer) : !x->newer_ref);
		else
			ok = !f->has_ref;
		if (!ok)
			fprintf(stderr, "\n  match case %zu (%s): has_ref %d period %s verdict %d newer %s\n", i, m->sentence,
				f->has_ref, f->has_ref ? f->ref.period : "-", f->has_ref ? (int)f->ref.verdict : -1,
				x->newer_ref ? x->newer_ref->period : "-");
		CU_ASSERT(ok);
		if (ok && m->want_period) {
			CU_ASSERT_PTR_NOT_NULL(f->ref.source);
			CU_ASSERT(x->ref_scale > 0);
			CU_ASSERT_PTR_NOT_NULL(x->ref_period_end);
		}
		cc_doc_free(doc);
	}
	cc_refdb_close(db);
	cc_ctx_free(ctx);
}

/* The shipped data: the example survey, its commissioner and the
 * populations of the over-generalisation. */
static void test_survey_population(void)
{
	static const char text[] =
		"Research commissioned by the job-listings website PublicSectorJobs Direct. "
		"The website carried out a survey of 100 human resources directors from government departments, "
		"local authorities, NHS trusts and police forces in May. "
		"Almost two-thirds of managers believed outsourcing would cut costs.";
	static const char *const data[] = { "reference/data/10-figures.csv", "reference/data/20-pollsters.csv",
					    "reference/data/30-populations.csv", "reference/data/40-surveys.csv" };
	cc_ctx *ctx = NULL;
	cc_refdb *db;
	cc_doc *doc;
	cc_claim *n, *p;
	cc_claim_ext *x;
	cc_survey_info *sv;
	long k;
	size_t i;

	CU_ASSERT_FATAL(cc_ctx_new(&ctx, NULL, NULL) == CC_OK);
	db = fresh(ctx, "shipped.db");
	CU_ASSERT_FATAL(db != NULL);
	for (i = 0; i < sizeof data / sizeof data[0]; i++)
		CU_ASSERT_EQUAL(cc_refdb_import(db, data[i], NULL, NULL, NULL), CC_OK);
	CU_ASSERT(counts_of(db).figures >= 200);
	CU_ASSERT_EQUAL(counts_of(db).surveys, 1);

	doc = doc_for(ctx, text, "2010-06-14");
	n = add_claim(doc, CC_KIND_SAMPLE_SIZE, 100, 0, NULL);
	n->subject = "human resources directors from government departments, local authorities, NHS trusts and police forces";
	p = add_claim(doc, CC_KIND_PROPORTION, 0.6667, 0, NULL);
	p->low = 0.60;
	p->subject = "managers";
	k = cc_doc_add_survey(doc);
	CU_ASSERT_FATAL(k >= 0);
	sv = &doc->surveys[k];
	sv->sample_claim = 0;
	sv->commissioner = "the job-listings website PublicSectorJobs Direct";
	sv->population = doc->claims[0].subject;
	sv->label = "survey of 100 human resources directors";
	doc->ext[1].survey = k; /* the proportion has no sample of its own */
	doc->ext[0].survey = k;
	CU_ASSERT_EQUAL(lookup(doc, db), CC_OK);
	x = &doc->ext[1];
	CU_ASSERT_PTR_NOT_NULL_FATAL(x->survey_ref);
	CU_ASSERT_STRING_EQUAL(x->survey_ref->commissioner, "PublicSectorJobs Direct");
	CU_ASSERT_STRING_EQUAL(x->survey_ref->commissioner_type, "company");
	CU_ASSERT_PTR_NOT_NULL(strstr(x->survey_ref->interests, "outsourcing"));
	CU_ASSERT_PTR_NOT_NULL(strstr(x->survey_ref->source, "FICTIONAL"));
	CC_ASSERT_NEAR(x->survey_ref->n, 100, 0);
	CU_ASSERT_EQUAL(x->survey_ref->probability_sample, 0);
	CC_ASSERT_NEAR(doc->claims[1].sample_n, 100, 0);
	CU_ASSERT_EQUAL(doc->claims[1].sample_claim, -1);
	CU_ASSERT_PTR_NOT_NULL_FATAL(x->org_ref);
	CU_ASSERT_STRING_EQUAL(x->org_ref->commissioner, "PublicSectorJobs Direct");
	CU_ASSERT_STRING_EQUAL(x->org_ref->commissioner_type, "company");
	/* over-generalisation: the sample is part of the subject's population */
	CU_ASSERT_PTR_NOT_NULL_FATAL(x->subject_pop);
	CU_ASSERT_STRING_EQUAL(x->subject_pop->name, "public sector managers");
	CU_ASSERT_PTR_NOT_NULL_FATAL(x->sample_pop);
	CU_ASSERT_STRING_EQUAL(x->sample_pop->name, "human resources directors in the public sector");
	CU_ASSERT_PTR_NOT_NULL_FATAL(x->sample_pop->parent);
	CU_ASSERT_EQUAL(strncmp(x->sample_pop->parent, "public sector managers;public sector workers", 44), 0);
	cc_doc_free(doc);

	/* structural population sizes the checks rely on */
	{
		static const struct {
			const char *subject;
			const char *name;
			double size;
		} pops[] = {
			{ "police forces in England and Wales", "police forces in England and Wales", 43 },
			{ "MPs", "members of parliament", 650 },
			{ "Scottish councils", "councils in Scotland", 32 },
			{ "the Welsh councils", "councils in Wales", 22 },
			{ "voters in Great Britain", "voters in Great Britain", 0 },
			{ "umbrella makers", NULL, 0 },
		};

		for (i = 0; i < sizeof pops / sizeof pops[0]; i++) {
			doc = doc_for(ctx, pops[i].subject, NULL);
			n = add_claim(doc, CC_KIND_SAMPLE_SIZE, 10, 0, NULL);
			n->subject = pops[i].subject;
			CU_ASSERT_EQUAL(lookup(doc, db), CC_OK);
			if (pops[i].name) {
				CU_ASSERT_PTR_NOT_NULL(doc->ext[0].subject_pop);
				if (doc->ext[0].subject_pop) {
					CU_ASSERT_STRING_EQUAL(doc->ext[0].subject_pop->name, pops[i].name);
					CC_ASSERT_NEAR(doc->ext[0].subject_pop->size, pops[i].size, 0);
				}
				CU_ASSERT_PTR_EQUAL(doc->ext[0].sample_pop, doc->ext[0].subject_pop);
			} else {
				CU_ASSERT_PTR_NULL(doc->ext[0].subject_pop);
			}
			cc_doc_free(doc);
		}
	}
	/* an organisation named in the text: a BPC pollster */
	doc = doc_for(ctx, "A Deltapoll survey of 1,523 adults found 47 per cent opposed.", NULL);
	add_claim(doc, CC_KIND_SAMPLE_SIZE, 1523, 0, NULL);
	k = cc_doc_add_survey(doc);
	doc->surveys[k].pollster = "Deltapoll";
	doc->surveys[k].start = 0;
	doc->surveys[k].end = doc->text_len;
	doc->ext[0].survey = k;
	CU_ASSERT_EQUAL(lookup(doc, db), CC_OK);
	CU_ASSERT_PTR_NULL(doc->ext[0].survey_ref);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc->ext[0].org_ref);
	CU_ASSERT_STRING_EQUAL(doc->ext[0].org_ref->fieldwork_org, "Deltapoll");
	CU_ASSERT_EQUAL(doc->ext[0].org_ref->pollster_bpc, 1);
	CU_ASSERT_PTR_NULL(doc->ext[0].org_ref->commissioner);
	cc_doc_free(doc);
	cc_refdb_close(db);
	cc_ctx_free(ctx);
}

/* ------------------------------------------------------------------ */
/* Broken databases                                                    */
/* ------------------------------------------------------------------ */

static void write_file(const char *path, const char *data, size_t len)
{
	FILE *f = fopen(path, "wb");

	CU_ASSERT_FATAL(f != NULL);
	CU_ASSERT(fwrite(data, 1, len, f) == len);
	fclose(f);
}

static int noop_row(int n, const char *const *names, const char *const *v, void *p)
{
	(void)n;
	(void)names;
	(void)v;
	(void)p;
	return 0;
}

static void test_bad_databases(void)
{
	cc_ctx *ctx = NULL;
	cc_refdb *db = NULL;
	char header[100];

	CU_ASSERT_FATAL(cc_ctx_new(&ctx, NULL, NULL) == CC_OK);

	/* missing: read-only open says so, with the path */
	CU_ASSERT_EQUAL(cc_refdb_open(&db, ctx, tpath("missing.db"), 0), CC_ENOTFOUND);
	CU_ASSERT_PTR_NULL(db);
	CU_ASSERT_PTR_NOT_NULL(strstr(cc_errmsg(ctx), "reference database not found: "));
	CU_ASSERT_PTR_NOT_NULL(strstr(cc_errmsg(ctx), "missing.db"));
	CU_ASSERT_EQUAL(cc_ctx_open_reference(ctx, tpath("missing.db")), CC_ENOTFOUND);

	/* not a database at all */
	write_file(tpath("text.db"), "hello, this is not a database\n", 30);
	CU_ASSERT_EQUAL(cc_refdb_open(&db, ctx, tpath("text.db"), 0), CC_ECORRUPT);
	CU_ASSERT_EQUAL(cc_refdb_open(&db, ctx, tpath("text.db"), 1), CC_ECORRUPT);
	CU_ASSERT_EQUAL(strchr(cc_errmsg(ctx), '\n'), NULL);

	/* an empty file: read-only says how to make one */
	write_file(tpath("empty.db"), "", 0);
	CU_ASSERT_EQUAL(cc_refdb_open(&db, ctx, tpath("empty.db"), 0), CC_ECORRUPT);
	CU_ASSERT_PTR_NOT_NULL(strstr(cc_errmsg(ctx), "ref init"));

	/* an sqlite header over garbage */
	memset(header, 0x5A, sizeof header);
	memcpy(header, "SQLite format 3", 16);
	write_file(tpath("garbage.db"), header, sizeof header);
	CU_ASSERT_EQUAL(cc_refdb_open(&db, ctx, tpath("garbage.db"), 0), CC_ECORRUPT);

	/* a real database with its pages smashed after the header */
	db = fresh(ctx, "smashed.db");
	CU_ASSERT_FATAL(db != NULL);
	CU_ASSERT_EQUAL(cc_refdb_import(db, "tests/reference/lookup-figures.csv", NULL, NULL, NULL), CC_OK);
	cc_refdb_close(db);
	db = NULL;
	{
		FILE *f = fopen(tpath("smashed.db"), "r+b");
		char junk[4096];

		CU_ASSERT_FATAL(f != NULL);
		memset(junk, 0xA5, sizeof junk);
		fseek(f, 4096, SEEK_SET);
		fwrite(junk, 1, sizeof junk, f);
		fwrite(junk, 1, sizeof junk, f);
		fclose(f);
	}
	{
		int rc = cc_refdb_open(&db, ctx, tpath("smashed.db"), 0);

		if (rc == CC_OK) {
			rc = cc_refdb_list(db, "figures", 0, noop_row, NULL);
			cc_refdb_close(db);
			db = NULL;
		}
		CU_ASSERT_EQUAL(rc, CC_ECORRUPT);
	}

	/* another program's sqlite database; a newer schema */
	db = fresh(ctx, "foreign.db");
	CU_ASSERT_FATAL(db != NULL);
	CU_ASSERT_EQUAL(cc_refdb_exec_sql(db, "PRAGMA user_version = 0"), CC_OK);
	cc_refdb_close(db);
	db = NULL;
	CU_ASSERT_EQUAL(cc_refdb_open(&db, ctx, tpath("foreign.db"), 0), CC_ECORRUPT);
	CU_ASSERT_PTR_NOT_NULL(strstr(cc_errmsg(ctx), "not a claimcheck reference database"));
	CU_ASSERT_EQUAL(cc_refdb_open(&db, ctx, tpath("foreign.db"), 1), CC_ECORRUPT);
	db = fresh(ctx, "newer.db");
	CU_ASSERT_FATAL(db != NULL);
	CU_ASSERT_EQUAL(cc_refdb_exec_sql(db, "PRAGMA user_version = 99"), CC_OK);
	cc_refdb_close(db);
	db = NULL;
	CU_ASSERT_EQUAL(cc_refdb_open(&db, ctx, tpath("newer.db"), 0), CC_ECORRUPT);
	CU_ASSERT_PTR_NOT_NULL(strstr(cc_errmsg(ctx), "newer"));

	/* read-only handle: changes refused */
	db = fresh(ctx, "ro.db");
	cc_refdb_close(db);
	CU_ASSERT_FATAL(cc_refdb_open(&db, ctx, tpath("ro.db"), 0) == CC_OK);
	CU_ASSERT_EQUAL(cc_refdb_import(db, "tests/reference/lookup-figures.csv", NULL, NULL, NULL), CC_EREADONLY);
	CU_ASSERT_EQUAL(cc_refdb_exec_sql(db, "CREATE TABLE t(x)"), CC_EREADONLY);
	cc_refdb_close(db);
	cc_ctx_free(ctx);
}

/* Another process holds the database locked: one clear CC_EBUSY. */
static void test_locked(void)
{
	cc_ctx *ctx = NULL;
	cc_refdb *db = NULL;
	int go[2], stop[2];
	pid_t pid;
	char c;

	CU_ASSERT_FATAL(cc_ctx_new(&ctx, NULL, NULL) == CC_OK);
	db = fresh(ctx, "locked.db");
	CU_ASSERT_FATAL(db != NULL);
	cc_refdb_close(db);
	db = NULL;
	CU_ASSERT_FATAL(pipe(go) == 0 && pipe(stop) == 0);
	pid = fork();
	CU_ASSERT_FATAL(pid >= 0);
	if (pid == 0) {
		cc_ctx *cctx = NULL;
		cc_refdb *cdb = NULL;
		int ok;

		/* the child must not hold the write end it waits on, and never
		   outlives a stuck parent */
		close(stop[1]);
		close(go[0]);
		alarm(20);
		ok = cc_ctx_new(&cctx, NULL, NULL) == CC_OK && cc_refdb_open(&cdb, cctx, tpath("locked.db"), 1) == CC_OK &&
			 cc_refdb_exec_sql(cdb, "BEGIN EXCLUSIVE") == CC_OK;

		c = ok ? 'y' : 'n';
		if (write(go[1], &c, 1) != 1)
			_exit(1);
		if (read(stop[0], &c, 1) < 0)
			_exit(1);
		_exit(0);
	}
	close(go[1]);
	close(stop[0]);
	CU_ASSERT(read(go[0], &c, 1) == 1 && c == 'y');
	CU_ASSERT_EQUAL(cc_refdb_open(&db, ctx, tpath("locked.db"), 0), CC_EBUSY);
	CU_ASSERT_PTR_NOT_NULL(strstr(cc_errmsg(ctx), "locked"));
	CU_ASSERT_EQUAL(cc_refdb_open(&db, ctx, tpath("locked.db"), 1), CC_EBUSY);
	close(stop[1]);
	kill(pid, SIGKILL); /* its lock dies with it */
	waitpid(pid, NULL, 0);
	close(go[0]);
	CU_ASSERT_EQUAL(cc_refdb_open(&db, ctx, tpath("locked.db"), 0), CC_OK);
	cc_refdb_close(db);
	cc_ctx_free(ctx);
}

/* ------------------------------------------------------------------ */
/* What the record carries for matching                                */
/* ------------------------------------------------------------------ */

/* The matching words (core/words.h), the place and the period a span
 * names (extract/place.c, period.c): what reference/ matches on. */
static void test_readings(void)
{
	static const struct {
		const char *text, *words;
	} bags[] = {
		{ "UK's jobless rate", "uk jobless rate" },
		{ "'Don't' say O'Neill's figures", "don't o'neill" }, /* quotes, possessive, stopwords */
		{ "2,000 adults in 2024", "adults" },                  /* numbers are no content words */
		{ "Supercalifragilisticexpialidocious!", "supercalifragilisticexpialidoci" }, /* cut at 31 bytes */
	};
	static const struct {
		const char *text, *place;
		int strength;
	} places[] = {
		{ "Britain's jobless rate", "UK", 2 },
		{ "the economy grew for us", NULL, 0 }, /* "US" only as written */
		{ "according to the ONS", "UK", 1 },
		{ "ONS figures for Scotland", "Scotland", 2 }, /* named beats implied */
		{ "'US' data", "US", 2 },
		{ "Wales and England and Wales", "England and Wales", 2 }, /* the first row among equals */
		{ "Londoners", NULL, 0 },
	};
	static const struct {
		const char *text;
		int y, m, q;
	} periods[] = {
		{ "in March 2024, up from 2019", 2024, 3, 0 },
		{ "on 14 March 2024", 0, 0, 0 }, /* a date, not a period */
		{ "Q1 2024", 2024, 0, 1 },
		{ "in 2019 and the first quarter of 2023", 2023, 0, 1 }, /* a quarter beats a bare year */
		{ "in 2023, up from 2019", 2023, 0, 0 },
		{ "since 2019", 0, 0, 0 },
		{ "Sept 2024", 0, 0, 0 },
	};
	size_t i;
	cc_buf b = CC_BUF_INIT;
	char st[CC_MWORD_MAX];

	for (i = 0; i < sizeof bags / sizeof bags[0]; i++) {
		cc_buf_clear(&b);
		cc_mwords_put(&b, 0, CC_MATCH_WORDS, bags[i].text, strlen(bags[i].text));
		CU_ASSERT_STRING_EQUAL(b.ptr, bags[i].words);
	}
	cc_buf_dispose(&b);
	cc_mword_stem(st, "rates");
	CU_ASSERT_STRING_EQUAL(st, "rate");
	cc_mword_stem(st, "studies");
	CU_ASSERT_STRING_EQUAL(st, "studie");
	cc_mword_stem(st, "census");
	CU_ASSERT_STRING_EQUAL(st, "census");
	CU_ASSERT(cc_mword_stop("the", 0));
	CU_ASSERT(!cc_mword_stop("rate", 0));
	CU_ASSERT(cc_mword_stop("rate", 1));
	for (i = 0; i < sizeof places / sizeof places[0]; i++) {
		int strength = -1;
		const char *p = cc_place_of(places[i].text, strlen(places[i].text), &strength);

		CU_ASSERT(places[i].place ? p && !strcmp(p, places[i].place) : !p);
		CU_ASSERT_EQUAL(strength, places[i].strength);
	}
	for (i = 0; i < sizeof periods / sizeof periods[0]; i++) {
		int y, m, q;

		cc_period_of(periods[i].text, strlen(periods[i].text), &y, &m, &q);
		if (y != periods[i].y || m != periods[i].m || q != periods[i].q)
			fprintf(stderr, "\n  period of '%s': %d %d %d\n", periods[i].text, y, m, q);
		CU_ASSERT(y == periods[i].y && m == periods[i].m && q == periods[i].q);
	}
}

static CU_TestInfo ref_tests[] = {
	{ "matching readings: words, places, periods", test_readings },
	{ "periods and dates", test_periods },
	{ "import: hostile files rejected by line, nothing written", test_import_errors },
	{ "import: invalid UTF-8, NUL, 1 MB fields", test_import_bytes },
	{ "import, search, export round trip, add", test_import_export },
	{ "claims matched to figures: verdicts, periods, newer rows", test_match },
	{ "known survey, organisations and populations", test_survey_population },
	{ "missing, corrupt, foreign, newer, read-only databases", test_bad_databases },
	{ "locked database", test_locked },
	CU_TEST_INFO_NULL,
};

CU_SuiteInfo cc_suites_reference[] = {
	{ .pName = "reference", .pInitFunc = suite_init, .pCleanupFunc = suite_clean, .pTests = ref_tests },
	CU_SUITE_INFO_NULL
};
