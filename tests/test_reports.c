/*
 * test_reports.c -- unit tests for reports/: escaping per context, the
 * sink (temp file + rename, abort, sticky failure), and golden files of
 * every format for hand-built documents (tests/golden/;
 * CC_UPDATE_GOLDEN=1 rewrites them). JSON output is parsed with json-c
 * (plus UTF-8 and control-character checks) and validated against
 * docs/claims.schema.json by a small JSON Schema subset validator (type,
 * required, properties, items, enum, const, minimum, $ref, allOf, oneOf,
 * if/then). Number formatting is tested with core (tests/test_core.c).
 */
#include "test.h"
#include "../core/doc.h"
#include "../reports/reports.h"

#include <dirent.h>
#include <errno.h>
#include <float.h>
#include <json-c/json.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---------------------------------------------------------------- memory sink */

typedef struct membuf {
	char *p;
	size_t len, cap;
	int calls;       /* write callback calls */
	int fail_after;  /* fail the call numbered fail_after+1 and later (0: never) */
	int fail_all;    /* fail every call */
} membuf;

static int mem_write(const char *data, size_t len, void *payload)
{
	membuf *m = payload;

	m->calls++;
	if (m->fail_all || (m->fail_after && m->calls > m->fail_after))
		return -1;
	if (m->len + len + 1 > m->cap) {
		size_t cap = (m->len + len + 1) * 2;
		char *np = realloc(m->p, cap);

		if (!np)
			return -1;
		m->p = np;
		m->cap = cap;
	}
	memcpy(m->p + m->len, data, len);
	m->len += len;
	m->p[m->len] = '\0';
	return 0;
}

static cc_ctx *new_ctx(void)
{
	cc_ctx *ctx = NULL;

	CU_ASSERT_FATAL(cc_ctx_new(&ctx, NULL, NULL) == CC_OK);
	return ctx;
}

/* Run one escaper over (p, n) and return the output (malloc'd). */
static char *escaped(void (*fn)(cc_sink *, const char *, size_t), const char *p, size_t n)
{
	cc_ctx *ctx = new_ctx();
	cc_sink *s = NULL;
	membuf m = { 0 };

	CU_ASSERT_FATAL(cc_sink_new(&s, ctx, mem_write, &m) == CC_OK);
	fn(s, p, n);
	CU_ASSERT(cc_sink_close(s) == CC_OK);
	cc_ctx_free(ctx);
	if (!m.p)
		m.p = calloc(1, 1);
	return m.p;
}

/* ---------------------------------------------------------------- JSON, read with json-c */

/* A parsed value; json-c's null is a NULL pointer, so presence of a member
 * is asked with jhas(). */
typedef json_object jv;

static void jv_free(jv *v)
{
	json_object_put(v);
}

/*
 * Parse exactly one JSON value from s[0..n); NULL when invalid. Stricter
 * than json-c alone, since these tests check that our output is valid
 * JSON: the text must be valid UTF-8 (cc_utf8_next: no overlong forms, no
 * surrogates) and hold no raw control character but white space between
 * tokens (json-c takes raw control characters inside strings).
 */
static jv *json_parse(const char *s, size_t n)
{
	struct json_tokener *tok;
	jv *v;
	size_t i = 0, l;
	unsigned cp;
	int in = 0, ok;

	while (i < n) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x20 && (in || (c != ' ' && c != '\n' && c != '\t' && c != '\r')))
			return NULL;
		if (in && c == '\\')
			i++;
		else if (c == '"')
			in = !in;
		if (c >= 0x80) {
			if (!(l = cc_utf8_next(s + i, n - i, &cp)))
				return NULL;
			i += l;
		} else {
			i++;
		}
	}
	if (n > INT_MAX || !(tok = json_tokener_new()))
		return NULL;
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT);
	v = json_tokener_parse_ex(tok, s, (int)n);
	ok = json_tokener_get_error(tok) == json_tokener_success && json_tokener_get_parse_end(tok) == n;
	/* a scalar at the very end is not finished until json-c sees the end */
	if (json_tokener_get_error(tok) == json_tokener_continue && !v) {
		v = json_tokener_parse_ex(tok, "", 1);
		ok = json_tokener_get_error(tok) == json_tokener_success;
	}
	json_tokener_free(tok);
	if (!ok) {
		json_object_put(v);
		return NULL;
	}
	return v;
}

/* Whether object o has member key (null members too). */
static int jhas(const jv *o, const char *key)
{
	return o && json_object_is_type(o, json_type_object) && json_object_object_get_ex(o, key, NULL);
}

/* Member key of o; NULL when absent or null. */
static jv *jget(const jv *o, const char *key)
{
	jv *v = NULL;

	if (o && json_object_is_type(o, json_type_object))
		json_object_object_get_ex(o, key, &v);
	return v;
}

static double jnum(const jv *v)
{
	return v ? json_object_get_double(v) : NAN;
}

static const char *jstr(const jv *v)
{
	return v && json_object_is_type(v, json_type_string) ? json_object_get_string((jv *)v) : "";
}

/* Items of an array (0 for anything else). */
static size_t jlen(const jv *v)
{
	return v && json_object_is_type(v, json_type_array) ? json_object_array_length(v) : 0;
}

static jv *jat(const jv *v, size_t i)
{
	return json_object_array_get_idx(v, i);
}

/* ---------------------------------------------------------------- JSON Schema subset */

static int type_is(const jv *inst, const char *t)
{
	if (!strcmp(t, "null")) return inst == NULL;
	if (!inst) return 0;
	if (!strcmp(t, "boolean")) return json_object_is_type(inst, json_type_boolean);
	if (!strcmp(t, "number")) return json_object_is_type(inst, json_type_int) || json_object_is_type(inst, json_type_double);
	if (!strcmp(t, "integer")) return json_object_is_type(inst, json_type_int);
	if (!strcmp(t, "string")) return json_object_is_type(inst, json_type_string);
	if (!strcmp(t, "array")) return json_object_is_type(inst, json_type_array);
	if (!strcmp(t, "object")) return json_object_is_type(inst, json_type_object);
	return 0;
}

static int jv_equal(const jv *a, const jv *b)
{
	if (!a || !b)
		return a == b;
	if (type_is(a, "number") && type_is(b, "number"))
		return jnum(a) == jnum(b);
	if (json_object_get_type(a) != json_object_get_type(b))
		return 0;
	switch (json_object_get_type(a)) {
	case json_type_boolean: return json_object_get_boolean(a) == json_object_get_boolean(b);
	case json_type_string: return !strcmp(jstr(a), jstr(b));
	default: return 0;
	}
}

static char schema_err[512];

static int validate(const jv *root, const jv *schema, const jv *inst, const char *where);

static int fail(const char *where, const char *what)
{
	if (!schema_err[0])
		snprintf(schema_err, sizeof schema_err, "%s: %s", where, what);
	return 0;
}

static int validate(const jv *root, const jv *schema, const jv *inst, const char *where)
{
	const jv *k;
	size_t i;
	char sub[256];

	if ((k = jget(schema, "$ref"))) {
		const char *ref = jstr(k);

		if (strncmp(ref, "#/$defs/", 8))
			return fail(where, "unsupported $ref");
		k = jget(jget(root, "$defs"), ref + 8);
		if (!k)
			return fail(where, "dangling $ref");
		if (!validate(root, k, inst, where))
			return 0;
	}
	if ((k = jget(schema, "type"))) {
		int ok = 0;

		if (type_is(k, "string"))
			ok = type_is(inst, jstr(k));
		for (i = 0; i < jlen(k); i++)
			ok |= type_is(inst, jstr(jat(k, i)));
		if (!ok)
			return fail(where, "wrong type");
	}
	if (jhas(schema, "const") && !jv_equal(jget(schema, "const"), inst))
		return fail(where, "const mismatch");
	if ((k = jget(schema, "enum")) && inst) {
		int ok = 0;

		for (i = 0; i < jlen(k); i++)
			ok |= jv_equal(jat(k, i), inst);
		if (!ok)
			return fail(where, "not in enum");
	}
	if ((k = jget(schema, "minimum")) && type_is(inst, "number") && jnum(inst) < jnum(k))
		return fail(where, "below minimum");
	if (type_is(inst, "object")) {
		if ((k = jget(schema, "required")))
			for (i = 0; i < jlen(k); i++)
				if (!jhas(inst, jstr(jat(k, i)))) {
					snprintf(sub, sizeof sub, "%s.%s", where, jstr(jat(k, i)));
					return fail(sub, "required field missing");
				}
		if ((k = jget(schema, "properties"))) {
			json_object_object_foreach((jv *)k, key, prop) {
				snprintf(sub, sizeof sub, "%s.%s", where, key);
				if (jhas(inst, key) && !validate(root, prop, jget(inst, key), sub))
					return 0;
			}
		}
	}
	if (type_is(inst, "array") && (k = jget(schema, "items")))
		for (i = 0; i < jlen(inst); i++) {
			snprintf(sub, sizeof sub, "%s[%zu]", where, i);
			if (!validate(root, k, jat(inst, i), sub))
				return 0;
		}
	if ((k = jget(schema, "allOf")))
		for (i = 0; i < jlen(k); i++)
			if (!validate(root, jat(k, i), inst, where))
				return 0;
	if ((k = jget(schema, "if"))) {
		char saved[sizeof schema_err];
		int cond;

		memcpy(saved, schema_err, sizeof saved);
		cond = validate(root, k, inst, where);
		memcpy(schema_err, saved, sizeof saved);
		if (cond && (k = jget(schema, "then")) && !validate(root, k, inst, where))
			return 0;
	}
	if ((k = jget(schema, "oneOf"))) {
		char saved[sizeof schema_err];
		int matches = 0;

		memcpy(saved, schema_err, sizeof saved);
		for (i = 0; i < jlen(k); i++)
			matches += validate(root, jat(k, i), inst, where);
		memcpy(schema_err, saved, sizeof saved);
		if (matches != 1)
			return fail(where, "oneOf: not exactly one match");
	}
	return 1;
}

static char *read_all(const char *path, size_t *len_out)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t)n + 1);
	if (fread(buf, 1, (size_t)n, f) != (size_t)n) {
		free(buf);
		fclose(f);
		return NULL;
	}
	buf[n] = '\0';
	fclose(f);
	if (len_out)
		*len_out = (size_t)n;
	return buf;
}

static jv *load_schema(void)
{
	static const char *const paths[] = { "docs/claims.schema.json", "../docs/claims.schema.json" };
	size_t i, n;

	for (i = 0; i < 2; i++) {
		char *s = read_all(paths[i], &n);

		if (s) {
			jv *v = json_parse(s, n);

			free(s);
			return v;
		}
	}
	return NULL;
}

/* Validate inst against the schema's definition `def` ("claim", "report"). */
static int schema_ok(const jv *schema, const char *def, const jv *inst)
{
	const jv *d = jget(jget(schema, "$defs"), def);

	schema_err[0] = '\0';
	if (!d)
		return 0;
	if (!validate(schema, d, inst, def)) {
		fprintf(stderr, "\nschema: %s\n", schema_err);
		return 0;
	}
	return 1;
}

/* ---------------------------------------------------------------- escaping */

static void test_reports_escape_json(void)
{
	static const char in[] = "a\"b\\c\n\x01\x1f\x7f</script>\xff\xc3(\xe2\x80\xa8ok \xc3\xa9";
	char *out = escaped(cc_esc_json, in, sizeof in - 1);
	jv *v = json_parse(out, strlen(out));

	CU_ASSERT_PTR_NOT_NULL(v);
	if (v) {
		CU_ASSERT(type_is(v, "string"));
		CU_ASSERT(strstr(jstr(v), "\xef\xbf\xbd") != NULL); /* U+FFFD for the bad bytes */
		CU_ASSERT(strstr(jstr(v), "\xc3\xa9") != NULL);     /* é survives */
	}
	CU_ASSERT(strstr(out, "\\u0001") != NULL);
	CU_ASSERT(strstr(out, "\\u001f") != NULL);
	CU_ASSERT(strstr(out, "\\u2028") != NULL);
	jv_free(v);
	free(out);

	/* every single byte value yields valid JSON */
	{
		int c;

		for (c = 0; c < 256; c++) {
			char b = (char)c;
			char *o = escaped(cc_esc_json, &b, 1);
			jv *w = json_parse(o, strlen(o));

			CU_ASSERT_PTR_NOT_NULL(w);
			jv_free(w);
			free(o);
		}
	}
	/* truncated and overlong sequences, surrogates */
	{
		static const char *const bad[] = { "\xe2\x82", "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xf0\x9f\x98" };
		size_t k;

		for (k = 0; k < sizeof bad / sizeof bad[0]; k++) {
			char *o = escaped(cc_esc_json, bad[k], strlen(bad[k]));
			jv *w = json_parse(o, strlen(o));

			CU_ASSERT_PTR_NOT_NULL(w);
			if (w)
				CU_ASSERT(strstr(jstr(w), "\xef\xbf\xbd") != NULL);
			jv_free(w);
			free(o);
		}
	}
}

static void test_reports_escape_html(void)
{
	static const char *const attacks[] = {
		"<script>alert(1)</script>",
		"\"><img src=x onerror=alert(1)>",
		"'><svg onload=alert(1)>",
		"javascript:alert(1)",
		"<svg><script>alert(1)</script></svg>",
		"&lt;script&gt;",
	};
	size_t k;
	char *o;

	for (k = 0; k < sizeof attacks / sizeof attacks[0]; k++) {
		o = escaped(cc_esc_html, attacks[k], strlen(attacks[k]));
		CU_ASSERT(strchr(o, '<') == NULL);
		CU_ASSERT(strchr(o, '>') == NULL);
		CU_ASSERT(strchr(o, '"') == NULL);
		CU_ASSERT(strchr(o, '\'') == NULL);
		free(o);
	}
	o = escaped(cc_esc_html, attacks[0], strlen(attacks[0]));
	CU_ASSERT_STRING_EQUAL(o, "&lt;script&gt;alert(1)&lt;/script&gt;");
	free(o);
	o = escaped(cc_esc_html, attacks[1], strlen(attacks[1]));
	CU_ASSERT_STRING_EQUAL(o, "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
	free(o);
	o = escaped(cc_esc_html, attacks[5], strlen(attacks[5]));
	CU_ASSERT_STRING_EQUAL(o, "&amp;lt;script&amp;gt;");
	free(o);
	o = escaped(cc_esc_html, "a\x01" "b\x1b[31mc\xff\n", 11);
	CU_ASSERT_STRING_EQUAL(o, "ab[31mc\xef\xbf\xbd\n");
	free(o);
}

static void test_reports_escape_csv_md_term(void)
{
	char *o;

	o = escaped(cc_esc_csv, "plain", 5);
	CU_ASSERT_STRING_EQUAL(o, "plain");
	free(o);
	o = escaped(cc_esc_csv, "a,\"b\"\nc", 7);
	CU_ASSERT_STRING_EQUAL(o, "\"a,\"\"b\"\"\nc\"");
	free(o);
	o = escaped(cc_esc_csv, "=HYPERLINK(1)", 13);
	CU_ASSERT_STRING_EQUAL(o, "\"'=HYPERLINK(1)\"");
	free(o);
	o = escaped(cc_esc_md, "a|b *c* _d_ [x](javascript:y) <b> `e`", 37);
	CU_ASSERT_STRING_EQUAL(o, "a\\|b \\*c\\* \\_d\\_ \\[x\\](javascript:y) &lt;b&gt; \\`e\\`");
	free(o);
	o = escaped(cc_esc_md, "- item\nnext", 11);
	CU_ASSERT_STRING_EQUAL(o, "\\- item next");
	free(o);
	{
		static const char t[] = "red \x1b[31mX\x07\x9b \xc2\x9b\n\xe2\x80\x94";

		o = escaped(cc_esc_term, t, sizeof t - 1);
	}
	CU_ASSERT(strchr(o, 0x1b) == NULL);
	CU_ASSERT(strchr(o, 0x07) == NULL);
	CU_ASSERT(strstr(o, "\xc2\x9b") == NULL);
	CU_ASSERT(strstr(o, "\xe2\x80\x94") != NULL);
	CU_ASSERT_STRING_EQUAL(o, "red ?[31mX?\xef\xbf\xbd ? \xe2\x80\x94");
	free(o);
}

/* ---------------------------------------------------------------- sinks */

static char tmpdir[64];

static void make_tmpdir(void)
{
	strcpy(tmpdir, "/tmp/cc-test-reports-XXXXXX");
	CU_ASSERT_FATAL(mkdtemp(tmpdir) != NULL);
}

static int dir_entries(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	if (!d)
		return -1;
	while ((e = readdir(d)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
			n++;
	closedir(d);
	return n;
}

static void write_file(const char *path, const char *s)
{
	FILE *f = fopen(path, "wb");

	CU_ASSERT_FATAL(f != NULL);
	fputs(s, f);
	fclose(f);
}

static void test_reports_sink_file(void)
{
	cc_ctx *ctx = new_ctx();
	cc_sink *s = NULL;
	char path[128], *got;
	int i;
	struct stat st;

	make_tmpdir();
	snprintf(path, sizeof path, "%s/report.txt", tmpdir);
	write_file(path, "old report\n");

	/* committed: the old file is replaced only at close */
	CU_ASSERT_FATAL(cc_sink_open_file(&s, ctx, path) == CC_OK);
	for (i = 0; i < 5000; i++)
		cc_sink_printf(s, "line %d\n", i);
	got = read_all(path, NULL);
	CU_ASSERT(got && !strcmp(got, "old report\n"));
	free(got);
	CU_ASSERT(dir_entries(tmpdir) == 2); /* the target and the temporary file */
	CU_ASSERT(cc_sink_close(s) == CC_OK);
	got = read_all(path, NULL);
	CU_ASSERT(got && !strncmp(got, "line 0\nline 1\n", 14) && strstr(got, "line 4999\n"));
	free(got);
	CU_ASSERT(dir_entries(tmpdir) == 1);
	CU_ASSERT(stat(path, &st) == 0 && (st.st_mode & 0600) == 0600);

	/* aborted: the old file stays, the temporary file goes */
	CU_ASSERT_FATAL(cc_sink_open_file(&s, ctx, path) == CC_OK);
	cc_sink_puts(s, "half a report");
	cc_sink_abort(s);
	got = read_all(path, NULL);
	CU_ASSERT(got && !strncmp(got, "line 0\n", 7));
	free(got);
	CU_ASSERT(dir_entries(tmpdir) == 1);

	/* a new file */
	snprintf(path, sizeof path, "%s/new.json", tmpdir);
	CU_ASSERT_FATAL(cc_sink_open_file(&s, ctx, path) == CC_OK);
	cc_sink_puts(s, "{}\n");
	CU_ASSERT(cc_sink_close(s) == CC_OK);
	got = read_all(path, NULL);
	CU_ASSERT(got && !strcmp(got, "{}\n"));
	free(got);
	unlink(path);

	/* a device is written in place, never replaced by a file */
	CU_ASSERT_FATAL(cc_sink_open_file(&s, ctx, "/dev/null") == CC_OK);
	cc_sink_puts(s, "into the void\n");
	CU_ASSERT(cc_sink_close(s) == CC_OK);
	CU_ASSERT(stat("/dev/null", &st) == 0 && S_ISCHR(st.st_mode));

	/* through a symbolic link: the target is replaced, the link stays */
	{
		char link[160];
		struct stat lst;

		snprintf(path, sizeof path, "%s/target.txt", tmpdir);
		snprintf(link, sizeof link, "%s/link.txt", tmpdir);
		write_file(path, "old\n");
		CU_ASSERT_FATAL(symlink("target.txt", link) == 0);
		CU_ASSERT_FATAL(cc_sink_open_file(&s, ctx, link) == CC_OK);
		cc_sink_puts(s, "new\n");
		CU_ASSERT(cc_sink_close(s) == CC_OK);
		CU_ASSERT(lstat(link, &lst) == 0 && S_ISLNK(lst.st_mode));
		got = read_all(path, NULL);
		CU_ASSERT(got && !strcmp(got, "new\n"));
		free(got);
		unlink(link);
		unlink(path);
	}

	/* cannot create: a missing directory, a directory as target */
	snprintf(path, sizeof path, "%s/no/such/dir/r.txt", tmpdir);
	s = NULL;
	CU_ASSERT(cc_sink_open_file(&s, ctx, path) == CC_EIO);
	CU_ASSERT(s == NULL);
	CU_ASSERT(strstr(cc_errmsg(ctx), "no/such/dir") != NULL);
	CU_ASSERT(cc_sink_open_file(&s, ctx, tmpdir) == CC_EIO);

	snprintf(path, sizeof path, "%s/report.txt", tmpdir);
	unlink(path);
	rmdir(tmpdir);
	cc_ctx_free(ctx);
}

static void test_reports_sink_sticky(void)
{
	cc_ctx *ctx = new_ctx();
	cc_sink *s = NULL;
	membuf m = { 0 };
	char big[20000];
	int i, calls;

	memset(big, 'x', sizeof big);
	m.fail_after = 1;
	CU_ASSERT_FATAL(cc_sink_new(&s, ctx, mem_write, &m) == CC_OK);
	/* small writes are buffered: no callback per write */
	for (i = 0; i < 100; i++)
		cc_sink_write(s, "abc", 3);
	CU_ASSERT(m.calls == 0);
	CU_ASSERT(!cc_sink_failed(s));
	cc_sink_write(s, big, sizeof big); /* flush (call 1, succeeds) + big block (call 2, fails) */
	CU_ASSERT(cc_sink_failed(s));
	calls = m.calls;
	for (i = 0; i < 10; i++)
		cc_sink_write(s, big, sizeof big);
	cc_sink_printf(s, "%d", 42);
	CU_ASSERT(m.calls == calls); /* later writes are no-ops */
	CU_ASSERT(cc_sink_close(s) == CC_EIO);
	CU_ASSERT(cc_errcode(ctx) == CC_EIO);
	CU_ASSERT(strstr(cc_errmsg(ctx), "cannot write") != NULL);
	CU_ASSERT(m.len == 300);
	free(m.p);

	/* a printf longer than the stack buffer */
	memset(&m, 0, sizeof m);
	CU_ASSERT_FATAL(cc_sink_new(&s, ctx, mem_write, &m) == CC_OK);
	big[sizeof big - 1] = '\0';
	cc_sink_printf(s, "<%s>", big);
	CU_ASSERT(cc_sink_close(s) == CC_OK);
	CU_ASSERT(m.len == sizeof big + 1);
	free(m.p);
	cc_ctx_free(ctx);
}

/* ---------------------------------------------------------------- documents */

static const char article[] =
	"Outsourcing will cut costs but not improve services, say HR chiefs\n"
	"\n"
	"Public sector employers expect outsourcing to save money but doubt that it\n"
	"will improve services, according to research commissioned by a job-listings website.\n"
	"\n"
	"The website carried out a survey of 100 human resources directors in May.\n"
	"Almost two-thirds of managers believed outsourcing would cut costs, while\n"
	"only one in four said it would deliver better quality services.\n"
	"\n"
	"The findings come as departments look for \xC2\xA3" "40 billion of savings. Listings for\n"
	"commissioning roles had risen to 326 postings last month.\n";

static const char hostile[] =
	"A trial of 30 patients found t(28) = 2.20, p = .036, and M = 3.44 (SD = 1.2).\n"
	"<script>document.title='PWNED'</script> \"><img src=x onerror=alert(1)> said 55% "
	"of *readers* | of [a](javascript:alert(1)) \x1b[31mred\x1b[0m \xff\xfe end.\n";

/* Sentence bounds around [start, end): from the last ". " or blank line
 * before to the next ". " / ".\n" after; enough for these fixtures. */
static void sentence_of(const char *text, size_t len, size_t start, size_t end, size_t *a, size_t *b)
{
	size_t i = start;

	while (i > 0 && !(text[i - 1] == '\n' && i > 1 && text[i - 2] == '\n') &&
	       !(i > 1 && text[i - 2] == '.' && (text[i - 1] == ' ' || text[i - 1] == '\n')))
		i--;
	*a = i;
	i = end;
	while (i < len && !(text[i] == '.' && (i + 1 == len || text[i + 1] == ' ' || text[i + 1] == '\n')))
		i++;
	*b = i < len ? i + 1 : len;
}

static cc_claim *add(cc_doc *doc, const char *text, cc_kind kind, double value, double low, double high)
{
	cc_claim *c = cc_doc_add_claim(doc);
	const char *at = strstr(doc->src, text);

	CU_ASSERT_FATAL(c != NULL && at != NULL);
	c->kind = kind;
	c->start = (size_t)(at - doc->src);
	c->end = c->start + strlen(text);
	c->text = cc_doc_strndup(doc, text, strlen(text));
	c->value = value;
	c->low = low;
	c->high = high;
	sentence_of(doc->src, doc->src_len, c->start, c->end, &c->sent_start, &c->sent_end);
	return c;
}

static void set_ci(cc_doc *doc, size_t i, double lo, double hi, double moe)
{
	cc_finding *f = &doc->findings[i];

	f->has_ci = 1;
	f->ci_method = CC_CI_WILSON;
	f->ci_level = 0.95;
	f->ci_low = lo;
	f->ci_high = hi;
	f->has_moe = 1;
	f->moe = moe;
}

static cc_doc *make_article(cc_ctx *ctx)
{
	cc_doc *doc = NULL;
	cc_claim *c;
	cc_finding *f;

	CU_ASSERT_FATAL(cc_doc_new(&doc, ctx, article, sizeof article - 1, "examples/outsourcing.txt") == CC_OK);
	c = add(doc, "survey of 100 human resources directors", CC_KIND_SAMPLE_SIZE, 100, 100, 100);
	c->subject = "human resources directors";
	c = add(doc, "Almost two-thirds", CC_KIND_PROPORTION, 2.0 / 3, 0.6, 2.0 / 3);
	c->hedge = "almost";
	c->subject = "managers";
	c->sample_n = 100;
	c->sample_claim = 0;
	c->traits = CC_TRAIT_WORD_FRACTION | CC_TRAIT_HIGH_OPEN;
	c = add(doc, "one in four", CC_KIND_PROPORTION, 0.25, 0.25, 0.25);
	c->hedge = "only";
	c->sample_n = 100;
	c->sample_claim = 0;
	c->traits = CC_TRAIT_WORD_FRACTION;
	c = add(doc, "\xC2\xA3" "40 billion", CC_KIND_AMOUNT, 4e10, 4e10, 4e10);
	c->unit = "GBP";
	c = add(doc, "326 postings", CC_KIND_COUNT, 326, 326, 326);
	c->unit = "postings";
	CU_ASSERT_FATAL(cc_doc_prepare_findings(doc) == CC_OK);
	/* Wilson 95% intervals for 66.7/100 and 25/100 (R: binom::binom.confint) */
	set_ci(doc, 1, 0.5696, 0.7514, 0.0924);
	set_ci(doc, 2, 0.1754, 0.3430, 0.0849);
	f = &doc->findings[3];
	f->has_ref = 1;
	f->ref.id = 7;
	f->ref.indicator = "Planned departmental savings";
	f->ref.geography = "UK";
	f->ref.period = "2010-2014";
	f->ref.value = 4e10;
	f->ref.unit = "GBP";
	f->ref.source = "Spending review (test fixture)";
	f->ref.url = "https://example.org/spending?a=1&b=2";
	f->ref.verdict = CC_VERDICT_CONSISTENT;
	CU_ASSERT(cc_doc_add_flag(doc, 1, 3, "SUBGROUP_MISMATCH", CC_SEV_WARNING,
				  "The survey asked 100 human resources directors, but the figure is about managers.") == CC_OK);
	CU_ASSERT(cc_doc_add_flag(doc, 1, 5, "COMMISSIONED", CC_SEV_INFO,
				  "The survey was commissioned by a job-listings website with an interest in the result.") == CC_OK);
	CU_ASSERT(cc_doc_add_flag(doc, 2, 8, "SMALL_SAMPLE", CC_SEV_WARNING,
				  "With 100 respondents the 95% interval runs from 17.5% to 34.3%.") == CC_OK);
	return doc;
}

static cc_doc *make_hostile(cc_ctx *ctx)
{
	cc_doc *doc = NULL;
	cc_claim *c;
	cc_finding *f;

	CU_ASSERT_FATAL(cc_doc_new(&doc, ctx, hostile, sizeof hostile - 1, "x\"><script>alert(1)</script>.txt") == CC_OK);
	c = add(doc, "30 patients", CC_KIND_SAMPLE_SIZE, 30, 30, 30);
	c = add(doc, "t(28) = 2.20, p = .036", CC_KIND_TEST_STATISTIC, 0.036, 0.036, 0.036);
	c->apa.test = CC_TEST_T;
	c->apa.df1 = NAN;
	c->apa.df2 = 28;
	c->apa.statistic = 2.2;
	c->apa.test_comparison = '=';
	c->apa.p_comparison = '=';
	c->apa.p_reported = 0.036;
	c = add(doc, "M = 3.44 (SD = 1.2)", CC_KIND_MEAN, 3.44, 3.44, 3.44);
	c->sd = 1.2;
	c->sample_n = 30;
	c->sample_claim = 0;
	c = add(doc, "55%", CC_KIND_PROPORTION, 0.55, 0.545, 0.555);
	c->subject = "<img src=x onerror=alert(1)>";
	c->hedge = NULL;
	c->tolerance = 0.005;
	c->traits = CC_TRAIT_PERCENT;
	CU_ASSERT_FATAL(cc_doc_prepare_findings(doc) == CC_OK);
	f = &doc->findings[1];
	f->has_test = 1;
	f->p_computed = 0.0362254847788378;
	f = &doc->findings[3];
	f->has_ref = 1;
	f->ref.id = 9;
	f->ref.value = 0.5;
	f->ref.source = "<b>Source</b> & \"quotes\"";
	f->ref.url = "javascript:alert(1)";
	f->ref.verdict = CC_VERDICT_INCONSISTENT;
	CU_ASSERT(cc_doc_add_flag(doc, 3, 1, "NO_SAMPLE", CC_SEV_ERROR,
				  "No sample size: <script>alert(1)</script> \x1b[2J \"quoted\" | pipe \xff") == CC_OK);
	return doc;
}

/* Render the documents in `format` into a malloc'd string. */
static char *render(cc_doc **docs, size_t ndocs, cc_format format, int with_findings)
{
	cc_ctx *ctx = new_ctx();
	cc_sink *s = NULL;
	cc_report *rep = NULL;
	cc_render_options ro = CC_RENDER_OPTIONS_INIT;
	membuf m = { 0 };
	size_t i;

	ro.with_findings = with_findings;
	CU_ASSERT_FATAL(cc_sink_new(&s, ctx, mem_write, &m) == CC_OK);
	CU_ASSERT_FATAL(cc_report_begin(&rep, ctx, s, format, &ro) == CC_OK);
	for (i = 0; i < ndocs; i++)
		CU_ASSERT(cc_report_add(rep, docs[i]) == CC_OK);
	CU_ASSERT(cc_report_end(rep) == CC_OK);
	CU_ASSERT(cc_sink_close(s) == CC_OK);
	cc_ctx_free(ctx);
	if (!m.p)
		m.p = calloc(1, 1);
	return m.p;
}

static void check_golden(const char *name, const char *got)
{
	char path[256];
	const char *upd = getenv("CC_UPDATE_GOLDEN");
	char *want;

	snprintf(path, sizeof path, "tests/golden/%s", name);
	if (upd && *upd == '1') {
		write_file(path, got);
		return;
	}
	want = read_all(path, NULL);
	if (!want) {
		fprintf(stderr, "\ngolden file %s missing (run with CC_UPDATE_GOLDEN=1)\n", path);
		CU_FAIL("golden file missing");
		return;
	}
	if (strcmp(want, got)) {
		char out[300];
		size_t k = 0;

		while (want[k] && want[k] == got[k])
			k++;
		snprintf(out, sizeof out, "/tmp/cc-golden-%s", name);
		write_file(out, got);
		fprintf(stderr, "\ngolden %s differs at byte %zu (output in %s)\n", path, k, out);
		CU_FAIL("output differs from golden file");
	}
	free(want);
}

struct golden_case {
	const char *file;
	cc_format format;
	int with_findings;
};

static const struct golden_case goldens[] = {
	{ "report.txt", CC_FORMAT_TEXT, 1 },
	{ "report.md", CC_FORMAT_MD, 1 },
	{ "report.csv", CC_FORMAT_CSV, 1 },
	{ "report.json", CC_FORMAT_JSON, 1 },
	{ "report.jsonl", CC_FORMAT_JSONL, 1 },
	{ "report.html", CC_FORMAT_HTML, 1 },
	{ "explain.txt", CC_FORMAT_EXPLAIN, 1 },
	{ "extract.jsonl", CC_FORMAT_JSONL, 0 },
	{ "extract.csv", CC_FORMAT_CSV, 0 },
};

static void test_reports_golden(void)
{
	cc_ctx *ctx = new_ctx();
	cc_doc *docs[2];
	size_t k;

	docs[0] = make_article(ctx);
	docs[1] = make_hostile(ctx);
	for (k = 0; k < sizeof goldens / sizeof goldens[0]; k++) {
		char *out = render(docs, 2, goldens[k].format, goldens[k].with_findings);

		check_golden(goldens[k].file, out);
		free(out);
	}
	cc_doc_free(docs[0]);
	cc_doc_free(docs[1]);
	cc_ctx_free(ctx);
}

/* Every JSON output parses and matches docs/claims.schema.json. */
static void test_reports_json_schema(void)
{
	cc_ctx *ctx = new_ctx();
	cc_doc *docs[2];
	jv *schema = load_schema();
	char *out, *line, *save = NULL;
	int with, nlines;

	CU_ASSERT_PTR_NOT_NULL_FATAL(schema);
	docs[0] = make_article(ctx);
	docs[1] = make_hostile(ctx);
	for (with = 0; with <= 1; with++) {
		jv *v;
		const jv *d;

		out = render(docs, 2, CC_FORMAT_JSON, with);
		v = json_parse(out, strlen(out));
		CU_ASSERT_PTR_NOT_NULL(v);
		CU_ASSERT(v && schema_ok(schema, "report", v));
		d = jget(v, "documents");
		CU_ASSERT(jlen(d) == 2);
		if (jlen(d) == 2) {
			const jv *claims = jget(jat(d, 0), "claims");

			CU_ASSERT(jlen(claims) == 5);
			CU_ASSERT(jlen(jget(jat(d, 1), "claims")) == 4);
			CU_ASSERT(jnum(jget(jget(jat(d, 0), "summary"), "flagged")) == (with ? 2 : 0));
		}
		jv_free(v);
		free(out);

		out = render(docs, 2, CC_FORMAT_JSONL, with);
		nlines = 0;
		for (line = strtok_r(out, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
			jv *r = json_parse(line, strlen(line));

			nlines++;
			CU_ASSERT_PTR_NOT_NULL(r);
			if (!r)
				continue;
			CU_ASSERT(schema_ok(schema, "claim", r));
			CU_ASSERT(schema_ok(schema, "claim", r) && jget(schema, "oneOf") != NULL);
			CU_ASSERT(jhas(r, "flags") == with);
			if (!strcmp(jstr(jget(r, "kind")), "test_statistic")) {
				CU_ASSERT(jhas(r, "df1") && jget(r, "df1") == NULL);
				CU_ASSERT(jnum(jget(r, "df2")) == 28);
				CU_ASSERT(!strcmp(jstr(jget(r, "test")), "t"));
				CU_ASSERT(jnum(jget(r, "statistic")) == 2.2);
				if (with)
					CU_ASSERT(jnum(jget(r, "p_computed")) == 0.0362254847788378);
			}
			if (!strcmp(jstr(jget(r, "text")), "Almost two-thirds")) {
				const jv *smp = jget(r, "sample");

				CU_ASSERT(jnum(jget(r, "value")) == 2.0 / 3);
				CU_ASSERT(jnum(jget(r, "id")) == 2);
				CU_ASSERT(smp && jnum(jget(smp, "n")) == 100 && jnum(jget(smp, "claim")) == 1);
				if (with) {
					CU_ASSERT(jnum(jget(jget(r, "ci"), "low")) == 0.5696);
					CU_ASSERT(!strcmp(jstr(jget(jget(r, "ci"), "method")), "wilson"));
					CU_ASSERT(jlen(jget(r, "flags")) == 2);
				}
			}
			jv_free(r);
		}
		CU_ASSERT(nlines == 9);
		free(out);
	}
	/* the schema rejects what the contract forbids */
	{
		static const char *const bad[] = {
			"{\"schema\":\"claimcheck.claim/1\",\"doc\":\"d\",\"id\":0,\"kind\":\"proportion\",\"text\":\"x\",\"start\":0,\"end\":1,"
			"\"value\":1,\"low\":1,\"high\":1,\"hedge\":null,\"unit\":null,\"subject\":null,\"sample\":null}",
			"{\"schema\":\"claimcheck.claim/1\",\"doc\":\"d\",\"id\":1,\"kind\":\"percent\",\"text\":\"x\",\"start\":0,\"end\":1,"
			"\"value\":1,\"low\":1,\"high\":1,\"hedge\":null,\"unit\":null,\"subject\":null,\"sample\":null}",
			"{\"schema\":\"claimcheck.claim/1\",\"doc\":\"d\",\"id\":1,\"kind\":\"test_statistic\",\"text\":\"x\",\"start\":0,\"end\":1,"
			"\"value\":1,\"low\":1,\"high\":1,\"hedge\":null,\"unit\":null,\"subject\":null,\"sample\":null}",
			"{\"schema\":\"claimcheck.claim/1\",\"doc\":\"d\",\"id\":1,\"kind\":\"count\",\"text\":\"x\",\"start\":0,\"end\":1,"
			"\"value\":1,\"low\":1,\"high\":1,\"hedge\":null,\"unit\":null,\"subject\":null}",
		};
		size_t k;

		for (k = 0; k < sizeof bad / sizeof bad[0]; k++) {
			jv *r = json_parse(bad[k], strlen(bad[k]));

			CU_ASSERT_PTR_NOT_NULL(r);
			schema_err[0] = '\0';
			CU_ASSERT(r && !validate(schema, jget(jget(schema, "$defs"), "claim"), r, "claim"));
			jv_free(r);
		}
	}
	jv_free(schema);
	cc_doc_free(docs[0]);
	cc_doc_free(docs[1]);
	cc_ctx_free(ctx);
}

/* The HTML report: every claim marked and carded, nothing from the input
 * unescaped, no script, a CSP that forbids loads. */
static void test_reports_html_safe(void)
{
	cc_ctx *ctx = new_ctx();
	cc_doc *docs[2];
	char *out, id[64];
	size_t d, i;

	docs[0] = make_article(ctx);
	docs[1] = make_hostile(ctx);
	out = render(docs, 2, CC_FORMAT_HTML, 1);
	CU_ASSERT(strstr(out, "Content-Security-Policy") != NULL);
	CU_ASSERT(strstr(out, "default-src 'none'") != NULL);
	CU_ASSERT(strstr(out, "<script") == NULL);
	CU_ASSERT(strstr(out, "<img") == NULL);
	CU_ASSERT(strstr(out, "onerror=alert(1)>") == NULL);
	CU_ASSERT(strstr(out, "href=\"javascript") == NULL);
	CU_ASSERT(strstr(out, "&lt;script&gt;document.title") != NULL);
	CU_ASSERT(strstr(out, "\x1b") == NULL);
	CU_ASSERT(strstr(out, "href=\"https://example.org/spending?a=1&amp;b=2\"") != NULL);
	CU_ASSERT(strstr(out, "<svg class=\"forest\"") != NULL);
	for (d = 0; d < 2; d++)
		for (i = 0; i < docs[d]->nclaims; i++) {
			snprintf(id, sizeof id, "<mark id=\"d%zu-m%zu\"", d + 1, i + 1);
			CU_ASSERT(strstr(out, id) != NULL);
			snprintf(id, sizeof id, "id=\"d%zu-c%zu\"", d + 1, i + 1);
			CU_ASSERT(strstr(out, id) != NULL);
		}
	free(out);
	cc_doc_free(docs[0]);
	cc_doc_free(docs[1]);
	cc_ctx_free(ctx);
}

/* Nested and overlapping spans still give one well-formed mark each. */
static void test_reports_html_overlap(void)
{
	cc_ctx *ctx = new_ctx();
	cc_doc *doc = NULL;
	cc_claim *c;
	char *out;
	const char *p;
	int open = 0, close = 0;
	static const char text[] = "Of 200 voters, 55% of 200 voters agreed.";

	CU_ASSERT_FATAL(cc_doc_new(&doc, ctx, text, sizeof text - 1, "o.txt") == CC_OK);
	c = add(doc, "55% of 200 voters", CC_KIND_PROPORTION, 0.55, 0.55, 0.55);
	c = add(doc, "200 voters agreed", CC_KIND_SAMPLE_SIZE, 200, 200, 200);
	c->start = 22; /* overlaps the first claim's end */
	c->end = 39;
	c = add(doc, "55%", CC_KIND_PROPORTION, 0.55, 0.55, 0.55);
	c->start = 15, c->end = 18;
	CU_ASSERT_FATAL(cc_doc_sort_claims(doc) == CC_OK);
	CU_ASSERT_FATAL(cc_doc_prepare_findings(doc) == CC_OK);
	out = render(&doc, 1, CC_FORMAT_HTML, 1);
	for (p = out; (p = strstr(p, "<mark id=\"d1-m")); p++)
		open++;
	for (p = out; (p = strstr(p, "</mark><sup")); p++)
		close++;
	CU_ASSERT(open == 3);
	CU_ASSERT(close == 3);
	CU_ASSERT(strstr(out, "Of 200 voters, <mark") != NULL);
	free(out);
	cc_doc_free(doc);
	cc_ctx_free(ctx);
}

/* HTML input: the article is shown as the extracted text, the marks placed
 * through the offset map, the sentence read from the text. */
static void test_reports_html_input(void)
{
	static const char src[] = "<p>Of <b>100</b> voters, 55% agreed.</p><script>x()</script>";
	static const char txt[] = "Of 100 voters, 55% agreed.";
	cc_ctx *ctx = new_ctx();
	cc_doc *doc = NULL;
	cc_claim *c;
	char *out;
	size_t i, k = 0;

	CU_ASSERT_FATAL(cc_doc_new(&doc, ctx, src, sizeof src - 1, "in.html") == CC_OK);
	doc->text = cc_strdup(ctx, txt);
	doc->text_len = sizeof txt - 1;
	doc->map = cc_malloc(ctx, (doc->text_len + 1) * sizeof *doc->map);
	CU_ASSERT_FATAL(doc->text && doc->map);
	/* text byte i comes from src byte map[i]: skip the tags */
	for (i = 0; i < sizeof src - 1 && k < doc->text_len; i++) {
		if (src[i] == '<') {
			while (src[i] != '>')
				i++;
			continue;
		}
		doc->map[k++] = i;
	}
	doc->map[k] = (size_t)(strstr(src, "</p>") - src);
	c = cc_doc_add_claim(doc);
	c->kind = CC_KIND_PROPORTION;
	c->start = (size_t)(strstr(src, "55%") - src);
	c->end = c->start + 3;
	c->text = "55%";
	c->value = c->low = c->high = 0.55;
	c->sent_start = 3;
	c->sent_end = doc->map[k];
	CU_ASSERT_FATAL(cc_doc_prepare_findings(doc) == CC_OK);
	out = render(&doc, 1, CC_FORMAT_HTML, 1);
	CU_ASSERT(strstr(out, "Of 100 voters, <mark id=\"d1-m1\"") != NULL);
	CU_ASSERT(strstr(out, "title=\"claim 1: proportion\">55%</mark>") != NULL);
	CU_ASSERT(strstr(out, "<blockquote>Of 100 voters, 55% agreed.</blockquote>") != NULL);
	CU_ASSERT(strstr(out, "&lt;p&gt;") == NULL);
	free(out);
	out = render(&doc, 1, CC_FORMAT_TEXT, 1);
	CU_ASSERT(strstr(out, "    Of 100 voters, 55% agreed.\n") != NULL);
	free(out);
	cc_doc_free(doc);
	cc_ctx_free(ctx);
}

/* Terminal: colour codes only when asked and only ours; lines wrapped. */
static void test_reports_text_color_width(void)
{
	cc_ctx *ctx = new_ctx();
	cc_doc *doc = make_hostile(ctx);
	cc_sink *s = NULL;
	cc_report *rep = NULL;
	cc_render_options ro = CC_RENDER_OPTIONS_INIT;
	membuf m = { 0 };
	const char *p;
	char *plain;

	plain = render(&doc, 1, CC_FORMAT_TEXT, 1);
	CU_ASSERT(strchr(plain, 0x1b) == NULL);
	free(plain);
	ro.color = 1;
	ro.width = 50;
	CU_ASSERT_FATAL(cc_sink_new(&s, ctx, mem_write, &m) == CC_OK);
	CU_ASSERT_FATAL(cc_report_begin(&rep, ctx, s, CC_FORMAT_TEXT, &ro) == CC_OK);
	CU_ASSERT(cc_report_add(rep, doc) == CC_OK);
	CU_ASSERT(cc_report_end(rep) == CC_OK);
	CU_ASSERT(cc_sink_close(s) == CC_OK);
	CU_ASSERT(strstr(m.p, "\x1b[1;31m") != NULL);
	for (p = m.p; (p = strchr(p, 0x1b)); p++) {
		static const char *const ours[] = { "\x1b[0m", "\x1b[1m", "\x1b[36m", "\x1b[33m", "\x1b[1;31m" };
		size_t k;
		int ok = 0;

		for (k = 0; k < 5; k++)
			ok |= !strncmp(p, ours[k], strlen(ours[k]));
		CU_ASSERT(ok);
	}
	/* sentence lines wrap at 50 columns (words are short here) */
	for (p = m.p; *p;) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);

		if (!memchr(p, 0x1b, len) && !memchr(p, ':', len))
			CU_ASSERT(cc_utf8_width(p, len) <= 50);
		p += len + (nl != NULL);
	}
	free(m.p);
	cc_doc_free(doc);
	cc_ctx_free(ctx);
}

/* Nonsense in the records (offsets past the end, NaN, infinities, dangling
 * links, a missing text) must render without a crash in every format,
 * and JSON must stay valid. */
static void test_reports_garbage_records(void)
{
	cc_ctx *ctx = new_ctx();
	cc_doc *doc = NULL;
	cc_claim *c;
	cc_format f;
	int k;

	CU_ASSERT_FATAL(cc_doc_new(&doc, ctx, "tiny", 4, "g.txt") == CC_OK);
	for (k = 0; k < 8; k++) {
		c = cc_doc_add_claim(doc);
		c->kind = (cc_kind)k;
		c->start = k % 2 ? 1000 : 3;
		c->end = k % 3 ? 1 : 5000;
		c->text = k == 3 ? NULL : "x";
		c->value = k % 2 ? NAN : 1e300;
		c->low = -INFINITY;
		c->high = INFINITY;
		c->sample_n = k == 1 ? NAN : 1e30;
		c->sample_claim = k == 2 ? 99 : -5;
		c->sent_start = 4000;
		c->sent_end = 2;
		c->apa.test = (cc_test_kind)(k % 6);
		c->apa.df1 = k == 4 ? INFINITY : 3;
		c->apa.statistic = NAN;
	}
	CU_ASSERT_FATAL(cc_doc_prepare_findings(doc) == CC_OK);
	for (k = 0; k < 8; k++) {
		cc_finding *fd = &doc->findings[k];

		fd->has_ci = fd->has_moe = fd->has_ref = fd->has_test = 1;
		fd->ci_method = (cc_ci_method)(k % CC_CI_METHOD_COUNT);
		fd->ci_low = NAN;
		fd->ci_high = -1e308;
		fd->ci_level = 2;
		fd->ref.value = k % 2 ? NAN : -1e200;
		fd->p_computed = NAN;
		CU_ASSERT(cc_doc_add_flag(doc, (size_t)k, k, NULL, (cc_severity)(k % 4), NULL) == CC_OK);
	}
	for (f = CC_FORMAT_TEXT; f <= CC_FORMAT_EXPLAIN; f++) {
		char *out = render(&doc, 1, f, 1);

		CU_ASSERT(out[0] != '\0');
		if (f == CC_FORMAT_HTML)
			CU_ASSERT(strstr(out, "nan") == NULL && strstr(out, "inf\"") == NULL);
		if (f == CC_FORMAT_JSON) {
			jv *v = json_parse(out, strlen(out));

			CU_ASSERT_PTR_NOT_NULL(v);
			jv_free(v);
		}
		free(out);
	}
	cc_doc_free(doc);
	cc_ctx_free(ctx);
}

static void test_reports_empty_and_numerals(void)
{
	cc_ctx *ctx = new_ctx();
	cc_doc *doc = NULL;
	cc_sink *s = NULL;
	membuf m = { 0 };
	cc_numeral num = { CC_NUM_PERCENT, 4, 7, 0.55, NAN, NAN, NULL };
	char *out;
	jv *v;

	CU_ASSERT_FATAL(cc_doc_new(&doc, ctx, "no figures here", 15, "empty.txt") == CC_OK);
	CU_ASSERT_FATAL(cc_doc_prepare_findings(doc) == CC_OK);
	out = render(&doc, 1, CC_FORMAT_JSONL, 1);
	CU_ASSERT_STRING_EQUAL(out, "");
	free(out);
	out = render(&doc, 1, CC_FORMAT_JSON, 1);
	v = json_parse(out, strlen(out));
	CU_ASSERT(v && jlen(jget(v, "documents")) == 1 && jhas(jat(jget(v, "documents"), 0), "claims") &&
		  jlen(jget(jat(jget(v, "documents"), 0), "claims")) == 0);
	jv_free(v);
	free(out);
	out = render(&doc, 1, CC_FORMAT_HTML, 1);
	CU_ASSERT(strstr(out, "no figures here") != NULL);
	CU_ASSERT(strstr(out, "</html>\n") != NULL);
	free(out);
	cc_doc_free(doc);

	CU_ASSERT_FATAL(cc_sink_new(&s, ctx, mem_write, &m) == CC_OK);
	CU_ASSERT(cc_numeral_write_json(s, &num, "say 55% of", "n.txt") == CC_OK);
	CU_ASSERT(cc_sink_close(s) == CC_OK);
	CU_ASSERT_STRING_EQUAL(m.p, "{\"doc\":\"n.txt\",\"text\":\"55%\",\"start\":4,\"end\":7,\"type\":\"percent\","
				    "\"value\":0.55,\"low\":null,\"high\":null,\"unit\":null}\n");
	free(m.p);
	cc_ctx_free(ctx);
}

/* A failing sink makes the report fail at close with CC_EIO, not crash. */
static void test_reports_failing_sink(void)
{
	cc_ctx *ctx = new_ctx();
	cc_doc *doc = make_article(ctx);
	cc_format f;

	for (f = CC_FORMAT_TEXT; f <= CC_FORMAT_EXPLAIN; f++) {
		cc_sink *s = NULL;
		cc_report *rep = NULL;
		membuf m = { 0 };

		m.fail_all = 1;
		CU_ASSERT_FATAL(cc_sink_new(&s, ctx, mem_write, &m) == CC_OK);
		CU_ASSERT_FATAL(cc_report_begin(&rep, ctx, s, f, NULL) == CC_OK);
		cc_report_add(rep, doc);
		cc_report_add(rep, doc);
		cc_report_end(rep);
		CU_ASSERT(cc_sink_close(s) == CC_EIO);
		CU_ASSERT(m.calls == 1);
		free(m.p);
	}
	cc_doc_free(doc);
	cc_ctx_free(ctx);
}

static CU_TestInfo escape_tests[] = {
	{ "json: controls, invalid UTF-8, every byte", test_reports_escape_json },
	{ "html: script, attribute break-out", test_reports_escape_html },
	{ "csv, markdown, terminal", test_reports_escape_csv_md_term },
	CU_TEST_INFO_NULL
};

static CU_TestInfo sink_tests[] = {
	{ "file sink: temp file, rename, abort", test_reports_sink_file },
	{ "sticky failure, buffering", test_reports_sink_sticky },
	{ "failing sink under every renderer", test_reports_failing_sink },
	CU_TEST_INFO_NULL
};

static CU_TestInfo render_tests[] = {
	{ "golden files of every format", test_reports_golden },
	{ "json/jsonl against docs/claims.schema.json", test_reports_json_schema },
	{ "html: every claim marked, nothing unescaped", test_reports_html_safe },
	{ "html: overlapping spans", test_reports_html_overlap },
	{ "html: HTML input through the offset map", test_reports_html_input },
	{ "text: colour only ours, wrapping", test_reports_text_color_width },
	{ "nonsense records in every format", test_reports_garbage_records },
	{ "empty document, numerals", test_reports_empty_and_numerals },
	CU_TEST_INFO_NULL
};

CU_SuiteInfo cc_suites_reports[] = {
	{ .pName = "reports/escape", .pTests = escape_tests },
	{ .pName = "reports/sink", .pTests = sink_tests },
	{ .pName = "reports/render", .pTests = render_tests },
	CU_SUITE_INFO_NULL
};
