/*
 * test_cases.c -- runner for the data-driven case files (tests/cases/).
 *
 * Layout (docs/style.md §9): a "### <id>" line, the input passage, a line
 * holding only ".", the expected records as JSON lines, a blank line.
 *  - cases/extract/NAME.case: one JSON object per expected claim, in document
 *    order, listing only the fields the case pins (kind, text, start, end,
 *    value, low, high, hedge, unit, subject, sample_n, sample_claim (1-based
 *    id or null), tolerance, decimals, sd, traits ["percent", ...]). A wrong
 *    field, a missing claim and an unexpected claim all fail.
 *  - cases/flags/NAME.case: one line {"fire": [...], "quiet": [...]} checked
 *    against the flag names of all findings of cc_check (no reference DB).
 * The case id picks the input kind by its extension (".html", ".md"),
 * plain text otherwise. Failures print file:line: case <id>: expected ... got ...
 * A built-in case that must be rejected proves the runner can fail.
 */
#include "test.h"

#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* A small JSON reader: one object of scalars and arrays of strings.    */

enum { JV_NULL, JV_NUM, JV_STR, JV_BOOL, JV_ARR };
#define JMAX 24
#define JARR 24

typedef struct jval {
	char key[32];
	int type;
	double num;
	char str[512];
	int n;                 /* array length */
	char arr[JARR][48];
} jval;

typedef struct jobj {
	int n;
	jval v[JMAX];
} jobj;

static void skipws(const char **p)
{
	while (**p == ' ' || **p == '\t' || **p == '\r' || **p == '\n')
		(*p)++;
}

static int jstring(const char **p, char *out, size_t cap)
{
	size_t k = 0;
	if (**p != '"')
		return -1;
	(*p)++;
	while (**p && **p != '"') {
		char c = **p;
		if (c == '\\') {
			(*p)++;
			c = **p == 'n' ? '\n' : **p == 't' ? '\t' : **p;
			if (**p == 'u') { /* \u00XX only */
				unsigned v = 0;
				int i;
				for (i = 1; i <= 4 && (*p)[i]; i++)
					v = v * 16 + (unsigned)((*p)[i] <= '9' ? (*p)[i] - '0' : ((*p)[i] | 32) - 'a' + 10);
				*p += 4;
				c = (char)v;
			}
		}
		if (k + 1 < cap)
			out[k++] = c;
		(*p)++;
	}
	if (**p != '"')
		return -1;
	(*p)++;
	out[k] = '\0';
	return 0;
}

/* Parse one object; 0 on success. */
static int jparse(const char *s, jobj *o)
{
	const char *p = s;
	memset(o, 0, sizeof *o);
	skipws(&p);
	if (*p++ != '{')
		return -1;
	skipws(&p);
	if (*p == '}')
		return 0;
	for (;;) {
		jval *v;
		if (o->n >= JMAX)
			return -1;
		v = &o->v[o->n++];
		skipws(&p);
		if (jstring(&p, v->key, sizeof v->key))
			return -1;
		skipws(&p);
		if (*p++ != ':')
			return -1;
		skipws(&p);
		if (*p == '"') {
			v->type = JV_STR;
			if (jstring(&p, v->str, sizeof v->str))
				return -1;
		} else if (!strncmp(p, "null", 4)) {
			v->type = JV_NULL;
			p += 4;
		} else if (!strncmp(p, "true", 4) || !strncmp(p, "false", 5)) {
			v->type = JV_BOOL;
			v->num = *p == 't';
			p += *p == 't' ? 4 : 5;
		} else if (*p == '[') {
			v->type = JV_ARR;
			p++;
			skipws(&p);
			while (*p && *p != ']') {
				if (v->n >= JARR || jstring(&p, v->arr[v->n++], sizeof v->arr[0]))
					return -1;
				skipws(&p);
				if (*p == ',')
					p++;
				skipws(&p);
			}
			if (*p++ != ']')
				return -1;
		} else {
			char *end;
			v->type = JV_NUM;
			v->num = strtod(p, &end);
			if (end == p)
				return -1;
			p = end;
		}
		skipws(&p);
		if (*p == ',') {
			p++;
			continue;
		}
		if (*p == '}')
			return 0;
		return -1;
	}
}

/* ------------------------------------------------------------------ */
/* Checking                                                             */

typedef struct report {
	const char *file;
	int failures;
	int quiet;              /* self-test: count, do not print */
} report;

static void fail(report *r, long line, const char *id, const char *fmt, const char *a, const char *b)
{
	r->failures++;
	if (r->quiet)
		return;
	fprintf(stderr, "%s:%ld: case %s: expected ", r->file, line, id);
	fprintf(stderr, fmt, a, b);
	fputc('\n', stderr);
}

static const char *const trait_names[] = {
	"word_fraction", "percent", "vague", "range", "low_open", "high_open",
	"counted", "points", "multiplier", "subgroup", "one_tailed_text",
};

static int num_eq(double want, double got)
{
	if (isnan(want) || isnan(got))
		return isnan(want) && isnan(got);
	return fabs(want - got) <= 1e-4 * (fabs(want) > 1 ? fabs(want) : 1);
}

static void fmtnum(char *b, size_t n, double v)
{
	if (isnan(v))
		snprintf(b, n, "null");
	else
		snprintf(b, n, "%.10g", v);
}

static void check_str(report *r, long line, const char *id, const char *field, const jval *v, const char *got)
{
	char want[600], g[600];
	if (v->type == JV_NULL ? got == NULL : (got && !strcmp(v->str, got)))
		return;
	snprintf(want, sizeof want, "%s %s%s%s", field, v->type == JV_NULL ? "" : "\"",
		 v->type == JV_NULL ? "null" : v->str, v->type == JV_NULL ? "" : "\"");
	snprintf(g, sizeof g, "%s%s%s", got ? "\"" : "", got ? got : "null", got ? "\"" : "");
	fail(r, line, id, "%s got %s", want, g);
}

static void check_num(report *r, long line, const char *id, const char *field, const jval *v, double got)
{
	char want[80], g[40], w[40];
	double wv = v->type == JV_NULL ? NAN : v->num;
	if (num_eq(wv, got))
		return;
	fmtnum(w, sizeof w, wv);
	fmtnum(g, sizeof g, got);
	snprintf(want, sizeof want, "%s %s", field, w);
	fail(r, line, id, "%s got %s", want, g);
}

static void check_claim(report *r, long line, const char *id, const jobj *o, const cc_doc *doc, size_t ci)
{
	const cc_claim *c = cc_doc_claim(doc, ci);
	int k;
	for (k = 0; k < o->n; k++) {
		const jval *v = &o->v[k];
		const char *f = v->key;
		if (!strcmp(f, "kind"))
			check_str(r, line, id, f, v, cc_kind_name(c->kind));
		else if (!strcmp(f, "text"))
			check_str(r, line, id, f, v, c->text);
		else if (!strcmp(f, "hedge"))
			check_str(r, line, id, f, v, c->hedge);
		else if (!strcmp(f, "unit"))
			check_str(r, line, id, f, v, c->unit);
		else if (!strcmp(f, "subject"))
			check_str(r, line, id, f, v, c->subject);
		else if (!strcmp(f, "value"))
			check_num(r, line, id, f, v, c->value);
		else if (!strcmp(f, "low"))
			check_num(r, line, id, f, v, c->low);
		else if (!strcmp(f, "high"))
			check_num(r, line, id, f, v, c->high);
		else if (!strcmp(f, "start"))
			check_num(r, line, id, f, v, (double)c->start);
		else if (!strcmp(f, "end"))
			check_num(r, line, id, f, v, (double)c->end);
		else if (!strcmp(f, "tolerance"))
			check_num(r, line, id, f, v, c->tolerance);
		else if (!strcmp(f, "decimals"))
			check_num(r, line, id, f, v, c->decimals);
		else if (!strcmp(f, "sd"))
			check_num(r, line, id, f, v, c->sd);
		else if (!strcmp(f, "sentence"))
			check_num(r, line, id, f, v, (double)c->sentence);
		else if (!strcmp(f, "sample_n"))
			check_num(r, line, id, f, v, c->sample_n > 0 ? c->sample_n : NAN);
		else if (!strcmp(f, "sample_claim"))
			check_num(r, line, id, f, v, c->sample_claim >= 0 ? (double)(c->sample_claim + 1) : NAN);
		else if (!strcmp(f, "traits")) {
			int t;
			for (t = 0; t < v->n; t++) {
				size_t b;
				for (b = 0; b < sizeof trait_names / sizeof trait_names[0]; b++)
					if (!strcmp(trait_names[b], v->arr[t]))
						break;
				if (b == sizeof trait_names / sizeof trait_names[0] || !(c->traits & (1u << b)))
					fail(r, line, id, "trait %s got %s", v->arr[t], "none");
			}
		} else {
			fail(r, line, id, "a known field, not %s%s", f, "");
		}
	}
}

static int has_flag(const cc_doc *doc, const char *name)
{
	size_t i, j, n = cc_doc_claim_count(doc);
	for (i = 0; i < n; i++) {
		const cc_finding *f = cc_doc_finding(doc, i);
		for (j = 0; f && j < f->nflags; j++)
			if (f->flags[j].name && !strcmp(f->flags[j].name, name))
				return 1;
	}
	return 0;
}

static const char *kind_of_id(const char *id)
{
	const char *dot = strrchr(id, '.');
	if (dot && (!strcmp(dot, ".html") || !strcmp(dot, ".htm") || !strcmp(dot, ".md")))
		return dot;
	return ".txt";
}

/* Run one case; expected lines are in exp[0..nexp). */
static void run_case(report *r, int flags, const char *id, long idline, const char *text, size_t len,
		     char **exp, long *explines, int nexp)
{
	cc_ctx *ctx = NULL;
	cc_doc *doc = NULL;
	char name[300];
	int rc, i;
	size_t n;

	snprintf(name, sizeof name, "%s%s", id, strchr(id, '.') ? "" : kind_of_id(id));
	if (cc_ctx_new(&ctx, NULL, NULL)) {
		fail(r, idline, id, "a context%s%s", "", "");
		return;
	}
	rc = flags ? cc_check(&doc, ctx, text, len, name) : cc_extract(&doc, ctx, text, len, name);
	if (rc) {
		fail(r, idline, id, "success got %s%s", cc_errmsg(ctx), "");
		cc_ctx_free(ctx);
		return;
	}
	n = cc_doc_claim_count(doc);
	if (flags) {
		jobj o;
		if (nexp != 1 || jparse(exp[0], &o)) {
			fail(r, idline, id, "one {\"fire\":..., \"quiet\":...} line%s%s", "", "");
		} else {
			int k, t;
			for (k = 0; k < o.n; k++) {
				int fire = !strcmp(o.v[k].key, "fire");
				for (t = 0; t < o.v[k].n; t++)
					if (has_flag(doc, o.v[k].arr[t]) != fire)
						fail(r, explines[0], id, fire ? "%s to fire, got %s" : "%s quiet, got %s",
						     o.v[k].arr[t], fire ? "quiet" : "fired");
			}
		}
	} else {
		for (i = 0; i < nexp; i++) {
			jobj o;
			if (jparse(exp[i], &o)) {
				fail(r, explines[i], id, "a JSON object, got %s%s", exp[i], "");
				continue;
			}
			if ((size_t)i >= n) {
				fail(r, explines[i], id, "claim %s got %s", exp[i], "nothing (missing)");
				continue;
			}
			check_claim(r, explines[i], id, &o, doc, (size_t)i);
		}
		for (; (size_t)i < n; i++) {
			const cc_claim *c = cc_doc_claim(doc, (size_t)i);
			char got[400];
			snprintf(got, sizeof got, "%s \"%s\"", cc_kind_name(c->kind), c->text ? c->text : "");
			fail(r, idline, id, "no more claims, got unexpected %s%s", got, "");
		}
	}
	cc_doc_free(doc);
	cc_ctx_free(ctx);
}

/* Run every case in a buffer (modified in place); returns failures. */
static int run_buffer(report *r, int flags, char *buf)
{
	char *p = buf, *lines[4096];
	long lno[4096];
	int nl = 0, i = 0;

	/* split into lines */
	while (*p && nl < 4096) {
		char *e = strchr(p, '\n');
		lno[nl] = nl + 1;
		lines[nl++] = p;
		if (!e)
			break;
		*e = '\0';
		p = e + 1;
	}
	while (i < nl) {
		char *id, *text, *exp[256];
		long explines[256];
		size_t tl = 0, cap = 1024;
		int nexp = 0, start;
		long idline;

		if (strncmp(lines[i], "### ", 4)) {
			i++;
			continue;
		}
		id = lines[i] + 4;
		idline = lno[i];
		start = ++i;
		text = malloc(cap);
		if (!text)
			return ++r->failures;
		text[0] = '\0';
		while (i < nl && strcmp(lines[i], ".")) {
			size_t l = strlen(lines[i]);
			if (tl + l + 2 > cap) {
				char *t;
				cap = (tl + l + 2) * 2;
				t = realloc(text, cap);
				if (!t) {
					free(text);
					return ++r->failures;
				}
				text = t;
			}
			if (i > start)
				text[tl++] = '\n';
			memcpy(text + tl, lines[i], l);
			tl += l;
			text[tl] = '\0';
			i++;
		}
		if (i >= nl) {
			fail(r, idline, id, "a line holding only \".\"%s%s", "", "");
			free(text);
			break;
		}
		i++;
		while (i < nl && lines[i][0] != '\0' && strncmp(lines[i], "### ", 4) && nexp < 256) {
			explines[nexp] = lno[i];
			exp[nexp++] = lines[i];
			i++;
		}
		run_case(r, flags, id, idline, text, tl, exp, explines, nexp);
		free(text);
	}
	return r->failures;
}

static int run_dir(const char *dir, int flags, int *ncases)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int failures = 0;
	if (!d)
		return -1;
	while ((e = readdir(d)) != NULL) {
		char path[1024], *buf;
		size_t l = strlen(e->d_name), n;
		FILE *f;
		report r;
		if (l < 6 || strcmp(e->d_name + l - 5, ".case"))
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		if (!(f = fopen(path, "rb")))
			continue;
		buf = malloc(1 << 20);
		n = buf ? fread(buf, 1, (1 << 20) - 1, f) : 0;
		fclose(f);
		if (!buf)
			return failures + 1;
		buf[n] = '\0';
		memset(&r, 0, sizeof r);
		r.file = path;
		failures += run_buffer(&r, flags, buf);
		{
			const char *q;
			for (q = buf; (q = strstr(q, "### ")); q += 4)
				(*ncases)++;
		}
		free(buf);
	}
	closedir(d);
	return failures;
}

static void test_extract_cases(void)
{
	int n = 0, f = run_dir("tests/cases/extract", 0, &n);
	if (f < 0)
		return; /* not run from the repository root */
	CU_ASSERT(n > 0);
	CU_ASSERT_EQUAL(f, 0);
}

static void test_flag_cases(void)
{
	int n = 0, f = run_dir("tests/cases/flags", 1, &n);
	if (f < 0)
		return;
	CU_ASSERT_EQUAL(f, 0);
}

/* The runner proves it can fail: each of these must be rejected. */
static void test_runner_rejects(void)
{
	static const char *const bad[] = {
		/* wrong value */
		"### self-wrong-value\nOnly 63% agreed.\n.\n{\"kind\": \"proportion\", \"value\": 0.64}\n\n",
		/* a missing claim */
		"### self-missing\nOnly 63% agreed.\n.\n{\"kind\": \"proportion\"}\n{\"kind\": \"count\"}\n\n",
		/* an unexpected claim */
		"### self-unexpected\nOnly 63% agreed and 20% did not.\n.\n{\"kind\": \"proportion\"}\n\n",
		/* a wrong string */
		"### self-wrong-hedge\nOnly 63% agreed.\n.\n{\"hedge\": \"almost\"}\n\n",
	};
	static const char good[] = "### self-good\nOnly 63% agreed.\n.\n{\"kind\": \"proportion\", \"value\": 0.63, \"hedge\": \"Only\"}\n\n";
	size_t i;
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		char buf[512];
		report r = { "self-test", 0, 1 };
		snprintf(buf, sizeof buf, "%s", bad[i]);
		CU_ASSERT(run_buffer(&r, 0, buf) > 0);
	}
	{
		char buf[512];
		report r = { "self-test", 0, 1 };
		snprintf(buf, sizeof buf, "%s", good);
		CU_ASSERT_EQUAL(run_buffer(&r, 0, buf), 0);
	}
}

static CU_TestInfo tests[] = {
	{ "runner rejects wrong expectations", test_runner_rejects },
	{ "tests/cases/extract", test_extract_cases },
	{ "tests/cases/flags", test_flag_cases },
	CU_TEST_INFO_NULL
};

CU_SuiteInfo cc_suites_cases[] = {
	{ .pName = "cases", .pTests = tests },
	CU_SUITE_INFO_NULL
};
