/*
 * test_cases.c -- runner for the data-driven case files (tests/cases/).
 *
 * Layout (docs/style.md §9): a "### <id>" line, the input passage, a line
 * holding only ".", the expected records as JSON lines, a blank line.
 *  - cases/extract/NAME.case: one JSON object per expected claim, in document
 *    order, listing only the fields the case pins (kind, text, start, end,
 *    value, low, high, hedge, unit, subject, sample_n, sample_claim (1-based
 *    id or null), tolerance, decimals, sd, traits ["percent", ...], the
 *    document's "date" and "date_source" (as every record shows them), and
 *    "frame": the fields of the claim's frame it pins, as the JSON report
 *    shows them -- an object pins only the keys it lists, anything else
 *    must equal). A wrong field, a missing claim and an unexpected claim
 *    all fail. An "options: date=..." line may come first, as below.
 *  - cases/flags/NAME.case: one line {"fire": [...], "quiet": [...]} checked
 *    against the flag names of all findings of cc_check (no reference DB),
 *    after an optional "options: date=2024-06-01 level=0.99
 *    method=clopper-pearson" line (the options the case runs with).
 * The case id picks the input kind by its extension (".html", ".md"),
 * plain text otherwise. Failures print file:line: case <id>: expected ... got ...
 * A built-in case that must be rejected proves the runner can fail.
 */
#include "test.h"

#include <dirent.h>
#include <json-c/json.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Where the case files are: the source tree, whatever the working
 * directory (tests/module.mk passes it as CC_SRCDIR). */
#ifndef CC_SRCDIR
#define CC_SRCDIR "."
#endif

/* Fewer cases than these in a directory means it was not found or lost
 * files: the suite fails rather than passing on nothing (about three
 * quarters of the cases there are when this was written: 166 and 80). */
#define MIN_EXTRACT_CASES 120
#define MIN_FLAG_CASES 60

/* ------------------------------------------------------------------ */
/* Expected records: one JSON object per line, read with json-c.        */

/* Parse one object (the whole line); NULL when it is not one. */
static json_object *jparse(const char *s)
{
	struct json_tokener *tok = json_tokener_new();
	json_object *o;

	if (!tok)
		return NULL;
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT);
	o = json_tokener_parse_ex(tok, s, (int)strlen(s) + 1); /* with the NUL: the end */
	if (o && (json_tokener_get_error(tok) != json_tokener_success || !json_object_is_type(o, json_type_object))) {
		json_object_put(o);
		o = NULL;
	}
	json_tokener_free(tok);
	return o;
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

/* A string field: v is a JSON string or null (json-c: NULL). */
static void check_str(report *r, long line, const char *id, const char *field, json_object *v, const char *got)
{
	char want[600], g[600];
	const char *w = v ? json_object_get_string(v) : NULL;

	if (!w ? got == NULL : (got && !strcmp(w, got)))
		return;
	snprintf(want, sizeof want, "%s %s%s%s", field, w ? "\"" : "", w ? w : "null", w ? "\"" : "");
	snprintf(g, sizeof g, "%s%s%s", got ? "\"" : "", got ? got : "null", got ? "\"" : "");
	fail(r, line, id, "%s got %s", want, g);
}

/* A number field: v is a JSON number or null (NaN). */
static void check_num(report *r, long line, const char *id, const char *field, json_object *v, double got)
{
	char want[80], g[40], w[40];
	double wv = v ? json_object_get_double(v) : NAN;

	if (num_eq(wv, got))
		return;
	fmtnum(w, sizeof w, wv);
	fmtnum(g, sizeof g, got);
	snprintf(want, sizeof want, "%s %s", field, w);
	fail(r, line, id, "%s got %s", want, g);
}

static void check_claim(report *r, long line, const char *id, json_object *o, const cc_doc *doc, size_t ci)
{
	const cc_claim *c = cc_doc_claim(doc, ci);

	json_object_object_foreach(o, f, v) {
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
		else if (!strcmp(f, "date"))
			check_str(r, line, id, f, v, cc_doc_date(doc));
		else if (!strcmp(f, "date_source"))
			check_str(r, line, id, f, v, cc_doc_date_source(doc));
		else if (!strcmp(f, "sample_claim"))
			check_num(r, line, id, f, v, c->sample_claim >= 0 ? (double)(c->sample_claim + 1) : NAN);
		else if (!strcmp(f, "traits") && json_object_is_type(v, json_type_array)) {
			size_t t, nt = json_object_array_length(v);

			for (t = 0; t < nt; t++) {
				const char *name = json_object_get_string(json_object_array_get_idx(v, t));
				size_t b;

				for (b = 0; name && b < sizeof trait_names / sizeof trait_names[0]; b++)
					if (!strcmp(trait_names[b], name))
						break;
				if (!name || b == sizeof trait_names / sizeof trait_names[0] || !(c->traits & (1u << b)))
					fail(r, line, id, "trait %s got %s", name ? name : "null", "none");
			}
		} else {
			fail(r, line, id, "a known field, not %s%s", f, "");
		}
	}
}

/* ------------------------------------------------------------ frames */

static int stream_write(const char *data, size_t len, void *payload)
{
	return fwrite(data, 1, len, payload) == len ? 0 : -1;
}

/* The document's JSON report, parsed (NULL on failure): the claims'
 * frames as users see them. */
static json_object *report_of(cc_ctx *ctx, const cc_doc *doc)
{
	char *text = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&text, &len);
	cc_sink *s = NULL;
	cc_report *rep = NULL;
	json_object *o = NULL;
	int ok;

	if (!m)
		return NULL;
	ok = cc_sink_new(&s, ctx, stream_write, m) == CC_OK && cc_report_begin(&rep, ctx, s, CC_FORMAT_JSON, NULL) == CC_OK &&
	     cc_report_add(rep, doc) == CC_OK && cc_report_end(rep) == CC_OK;
	if (s && cc_sink_close(s) != CC_OK)
		ok = 0;
	if (fclose(m) == 0 && ok && text)
		o = jparse(text);
	free(text);
	return o;
}

/* Does got hold want: every key of an object want (recursively), any
 * other value equal (numbers by value)? */
static int holds(json_object *want, json_object *got)
{
	if (json_object_is_type(want, json_type_object)) {
		if (!json_object_is_type(got, json_type_object))
			return 0;
		json_object_object_foreach(want, k, v) {
			json_object *g = NULL;

			if (!json_object_object_get_ex(got, k, &g) || !holds(v, g))
				return 0;
		}
		return 1;
	}
	if ((json_object_is_type(want, json_type_int) || json_object_is_type(want, json_type_double)) &&
	    (json_object_is_type(got, json_type_int) || json_object_is_type(got, json_type_double)))
		return json_object_get_double(want) == json_object_get_double(got);
	return !strcmp(json_object_to_json_string_ext(want, JSON_C_TO_STRING_PLAIN),
		       json_object_to_json_string_ext(got, JSON_C_TO_STRING_PLAIN));
}

/* Claim ci's frame in the parsed report (NULL none). */
static json_object *frame_of(json_object *rep, size_t ci)
{
	json_object *docs, *claims, *fr;

	if (!rep || !json_object_object_get_ex(rep, "documents", &docs) ||
	    !json_object_object_get_ex(json_object_array_get_idx(docs, 0), "claims", &claims) ||
	    !json_object_object_get_ex(json_object_array_get_idx(claims, ci), "frame", &fr))
		return NULL;
	return fr;
}

static void check_frame(report *r, long line, const char *id, json_object *want, json_object *rep, size_t ci)
{
	json_object *got = frame_of(rep, ci);

	if (!got)
		fail(r, line, id, "a frame, got %s%s", "none", "");
	else if (!holds(want, got))
		fail(r, line, id, "frame holding %s, got %s", json_object_to_json_string_ext(want, JSON_C_TO_STRING_PLAIN),
		     json_object_to_json_string_ext(got, JSON_C_TO_STRING_PLAIN));
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

int cc_test_case_options(const char *line, cc_options *o)
{
	char buf[256], *tok, *save = NULL;

	if (strncmp(line, "options: ", 9))
		return 0;
	snprintf(buf, sizeof buf, "%s", line + 9);
	for (tok = strtok_r(buf, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
		char *eq = strchr(tok, '='), *end;

		if (!eq)
			return -1;
		*eq++ = '\0';
		if (!strcmp(tok, "date")) {
			if (sscanf(eq, "%4d-%2d-%2d", &o->date_y, &o->date_m, &o->date_d) != 3)
				return -1;
		} else if (!strcmp(tok, "level")) {
			o->level = strtod(eq, &end);
			if (*end || !(o->level > 0 && o->level < 1))
				return -1;
		} else if (!strcmp(tok, "method")) {
			if (cc_ci_method_parse(&o->method, eq) != CC_OK)
				return -1;
		} else {
			return -1;
		}
	}
	return 1;
}

/* Run one case; expected lines are in exp[0..nexp). */
static void run_case(report *r, int flags, const char *id, long idline, const char *text, size_t len,
		     char **exp, long *explines, int nexp)
{
	cc_ctx *ctx = NULL;
	cc_doc *doc = NULL;
	json_object *rep = NULL; /* the JSON report, parsed when a case pins a frame */
	char name[300];
	int rc, i;
	size_t n;
	cc_options opts = CC_OPTIONS_INIT;

	snprintf(name, sizeof name, "%s%s", id, strchr(id, '.') ? "" : kind_of_id(id));
	/* an options line first: the options the case runs with */
	if (nexp > 0 && (rc = cc_test_case_options(exp[0], &opts)) != 0) {
		if (rc < 0) {
			fail(r, explines[0], id, "valid options, got %s%s", exp[0], "");
			return;
		}
		exp++, explines++, nexp--;
	}
	if (cc_ctx_new(&ctx, NULL, &opts)) {
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
		json_object *o = nexp == 1 ? jparse(exp[0]) : NULL;

		if (!o) {
			fail(r, idline, id, "one {\"fire\":..., \"quiet\":...} line%s%s", "", "");
		} else {
			json_object_object_foreach(o, key, names) {
				int fire = !strcmp(key, "fire");
				size_t t, nt = json_object_is_type(names, json_type_array) ? json_object_array_length(names) : 0;

				if (strcmp(key, "fire") && strcmp(key, "quiet")) {
					fail(r, explines[0], id, "\"fire\" or \"quiet\", not %s%s", key, "");
					continue;
				}
				for (t = 0; t < nt; t++) {
					const char *name = json_object_get_string(json_object_array_get_idx(names, t));

					if (!name || has_flag(doc, name) != fire)
						fail(r, explines[0], id, fire ? "%s to fire, got %s" : "%s quiet, got %s",
						     name ? name : "null", fire ? "quiet" : "fired");
				}
			}
		}
		json_object_put(o);
	} else {
		for (i = 0; i < nexp; i++) {
			json_object *o = jparse(exp[i]);

			if (!o) {
				fail(r, explines[i], id, "a JSON object, got %s%s", exp[i], "");
				continue;
			}
			if ((size_t)i >= n) {
				fail(r, explines[i], id, "claim %s got %s", exp[i], "nothing (missing)");
			} else {
				json_object *fr = NULL;

				/* "frame" pins the report's view; the rest the record's */
				if (json_object_object_get_ex(o, "frame", &fr)) {
					json_object_get(fr);
					json_object_object_del(o, "frame");
					if (!rep)
						rep = report_of(ctx, doc);
					check_frame(r, explines[i], id, fr, rep, (size_t)i);
					json_object_put(fr);
				}
				check_claim(r, explines[i], id, o, doc, (size_t)i);
			}
			json_object_put(o);
		}
		for (; (size_t)i < n; i++) {
			const cc_claim *c = cc_doc_claim(doc, (size_t)i);
			char got[400];
			snprintf(got, sizeof got, "%s \"%s\"", cc_kind_name(c->kind), c->text ? c->text : "");
			fail(r, idline, id, "no more claims, got unexpected %s%s", got, "");
		}
	}
	json_object_put(rep);
	cc_doc_free(doc);
	cc_ctx_free(ctx);
}

/* Run every case in a buffer (modified in place); returns failures. Any
 * number of lines and expected records (no silent cut-off). */
static int run_buffer(report *r, int flags, char *buf)
{
	char *p = buf, **lines = NULL;
	size_t nl = 0, cap = 0, i = 0;

	/* split into lines */
	while (*p) {
		char *e = strchr(p, '\n');

		if (nl == cap) {
			char **t = realloc(lines, (cap = cap ? 2 * cap : 256) * sizeof *lines);

			if (!t) {
				free(lines);
				return ++r->failures;
			}
			lines = t;
		}
		lines[nl++] = p;
		if (!e)
			break;
		*e = '\0';
		p = e + 1;
	}
	while (i < nl) {
		char *id, *text;
		size_t tl = 0, tcap = 1024, start, e0;
		long idline;

		if (strncmp(lines[i], "### ", 4)) {
			i++;
			continue;
		}
		id = lines[i] + 4;
		idline = (long)i + 1;
		start = ++i;
		text = malloc(tcap);
		if (!text)
			break;
		text[0] = '\0';
		while (i < nl && strcmp(lines[i], ".")) {
			size_t l = strlen(lines[i]);
			if (tl + l + 2 > tcap) {
				char *t;
				tcap = (tl + l + 2) * 2;
				t = realloc(text, tcap);
				if (!t) {
					free(text);
					text = NULL;
					break;
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
		if (!text) {
			r->failures++;
			break;
		}
		if (i >= nl) {
			fail(r, idline, id, "a line holding only \".\"%s%s", "", "");
			free(text);
			break;
		}
		e0 = ++i;
		while (i < nl && lines[i][0] != '\0' && strncmp(lines[i], "### ", 4))
			i++;
		{
			size_t k, nexp = i - e0;
			long *explines = malloc((nexp + 1) * sizeof *explines);

			if (!explines) {
				free(text);
				r->failures++;
				break;
			}
			for (k = 0; k < nexp; k++)
				explines[k] = (long)(e0 + k) + 1;
			run_case(r, flags, id, idline, text, tl, lines + e0, explines, (int)nexp);
			free(explines);
		}
		free(text);
	}
	free(lines);
	return r->failures;
}

/* The whole file, NUL-terminated; NULL when it cannot be read. */
static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	long n;

	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
	    (buf = malloc((size_t)n + 1)) != NULL) {
		if (fread(buf, 1, (size_t)n, f) != (size_t)n) {
			free(buf);
			buf = NULL;
		} else {
			buf[n] = '\0';
		}
	}
	fclose(f);
	return buf;
}

/*
 * Run every NAME.case of the directory `rel` (under the source tree);
 * returns the failures, counting a missing directory or an unreadable file
 * as one each, and the number of cases in *ncases.
 */
static int run_dir(const char *rel, int flags, int *ncases)
{
	char dir[1024];
	DIR *d;
	struct dirent *e;
	int failures = 0;

	snprintf(dir, sizeof dir, "%s/%s", CC_SRCDIR, rel);
	if (!(d = opendir(dir))) {
		fprintf(stderr, "\n%s: cannot open the case directory\n", dir);
		return 1;
	}
	while ((e = readdir(d)) != NULL) {
		char path[2048], *buf;
		const char *q;
		size_t l = strlen(e->d_name);
		report r;

		if (l < 6 || strcmp(e->d_name + l - 5, ".case"))
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		if (!(buf = slurp(path))) {
			fprintf(stderr, "\n%s: cannot read\n", path);
			failures++;
			continue;
		}
		for (q = buf; (q = strstr(q, "### ")); q += 4)
			if (q == buf || q[-1] == '\n')
				(*ncases)++;
		memset(&r, 0, sizeof r);
		r.file = path;
		failures += run_buffer(&r, flags, buf);
		free(buf);
	}
	closedir(d);
	return failures;
}

static void test_extract_cases(void)
{
	int n = 0, f = run_dir("tests/cases/extract", 0, &n);

	CU_ASSERT(n >= MIN_EXTRACT_CASES);
	if (n < MIN_EXTRACT_CASES)
		fprintf(stderr, "\ntests/cases/extract: %d cases, want at least %d\n", n, MIN_EXTRACT_CASES);
	CU_ASSERT_EQUAL(f, 0);
}

static void test_flag_cases(void)
{
	int n = 0, f = run_dir("tests/cases/flags", 1, &n);

	CU_ASSERT(n >= MIN_FLAG_CASES);
	if (n < MIN_FLAG_CASES)
		fprintf(stderr, "\ntests/cases/flags: %d cases, want at least %d\n", n, MIN_FLAG_CASES);
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
		/* a wrong frame field, and a frame key that is not there */
		"### self-wrong-frame\nOnly 63% agreed.\n.\n{\"frame\": {\"attributed\": true}}\n\n",
		"### self-unknown-frame\nOnly 63% agreed.\n.\n{\"frame\": {\"no_such_field\": null}}\n\n",
	};
	static const char good[] = "### self-good\nOnly 63% agreed.\n.\n{\"kind\": \"proportion\", \"value\": 0.63, \"hedge\": \"Only\", "
				   "\"frame\": {\"attributed\": false, \"attribution\": null}}\n\n";
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
	/* flag cases: a bad options line, and the options reaching the check
	   (GRIM_PERCENT fires at the default level and is quiet nowhere else,
	   so the date case proves only that a valid line is taken) */
	{
		static const char *const fbad[] = {
			"### self-bad-options\nOnly 63% of 50 agreed.\n.\noptions: level=2\n{\"fire\": [], \"quiet\": []}\n\n",
			"### self-unknown-option\nOnly 63% agreed.\n.\noptions: colour=red\n{\"fire\": [], \"quiet\": []}\n\n",
		};
		static const char fgood[] = "### self-options\nA survey of 50 nurses found 63% plan to leave.\n.\n"
					    "options: date=2024-06-01 level=0.99 method=clopper-pearson\n"
					    "{\"fire\": [\"GRIM_PERCENT\"], \"quiet\": []}\n\n";
		char buf[512];

		for (i = 0; i < sizeof fbad / sizeof fbad[0]; i++) {
			report r = { "self-test", 0, 1 };
			snprintf(buf, sizeof buf, "%s", fbad[i]);
			CU_ASSERT(run_buffer(&r, 1, buf) > 0);
		}
		{
			report r = { "self-test", 0, 1 };
			snprintf(buf, sizeof buf, "%s", fgood);
			CU_ASSERT_EQUAL(run_buffer(&r, 1, buf), 0);
		}
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
