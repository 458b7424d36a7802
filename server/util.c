/*
 * util.c -- `claimcheck serve` plumbing (issue 10): growable buffers with
 * HTML/JSON escaping, request parameters, and a strict reader for the flat
 * JSON objects the API accepts. No HTTP, no statistics, no file access.
 */
#include "serve.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ buffers */

static int grow(srv_buf *b, size_t extra)
{
	size_t cap;
	char *d;

	if (b->oom)
		return -1;
	if (b->len + extra + 1 <= b->cap)
		return 0;
	cap = b->cap ? b->cap : 256;
	while (cap < b->len + extra + 1) {
		if (cap > ((size_t)-1) / 2) {
			b->oom = 1;
			return -1;
		}
		cap *= 2;
	}
	d = realloc(b->data, cap);
	if (!d) {
		b->oom = 1;
		return -1;
	}
	b->data = d;
	b->cap = cap;
	return 0;
}

int srv_buf_add(srv_buf *b, const void *p, size_t n)
{
	if (grow(b, n))
		return -1;
	if (n)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
	return 0;
}

int srv_buf_str(srv_buf *b, const char *s)
{
	return srv_buf_add(b, s, strlen(s));
}

int srv_buf_printf(srv_buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || grow(b, (size_t)n))
		return -1;
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
	return 0;
}

int srv_buf_html(srv_buf *b, const char *s, size_t n)
{
	static const char *const ent[256] = {
		['&'] = "&amp;", ['<'] = "&lt;", ['>'] = "&gt;", ['"'] = "&quot;", ['\''] = "&#39;",
	};
	size_t i, run = 0;

	for (i = 0; i < n; i++) {
		const char *e = ent[(unsigned char)s[i]];

		if (!e && s[i] != '\0')
			continue;
		srv_buf_add(b, s + run, i - run);
		srv_buf_str(b, e ? e : "\xef\xbf\xbd"); /* NUL: U+FFFD */
		run = i + 1;
	}
	return srv_buf_add(b, s + run, n - run);
}

int srv_buf_jstr(srv_buf *b, const char *s)
{
	const unsigned char *p;

	srv_buf_add(b, "\"", 1);
	for (p = (const unsigned char *)s; *p; p++) {
		if (*p == '"' || *p == '\\')
			srv_buf_printf(b, "\\%c", *p);
		else if (*p < 0x20 || *p == 0x7f)
			srv_buf_printf(b, "\\u%04x", *p);
		else if (*p == '<')
			srv_buf_str(b, "\\u003c"); /* never "</script>" in any context */
		else
			srv_buf_add(b, p, 1);
	}
	return srv_buf_add(b, "\"", 1);
}

int srv_buf_jnum(srv_buf *b, double v)
{
	char tmp[CC_JSON_NUMBER_MAX];

	return srv_buf_str(b, cc_json_number(tmp, sizeof tmp, v));
}

void srv_buf_free(srv_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

/* ------------------------------------------------------------ params */

const srv_param *srv_param_get(const srv_params *ps, const char *name)
{
	size_t i;

	for (i = ps->n; i-- > 0;)
		if (!strcmp(ps->p[i].name, name))
			return &ps->p[i];
	return NULL;
}

int srv_param_append(srv_params *ps, const char *name, const char *filename, const char *data, size_t n)
{
	srv_param *p = NULL;
	char *v;

	/* a multipart value arrives in pieces: the latest param of that name
	   continues; the caller starts a new one by passing data == NULL */
	if (ps->n && !strcmp(ps->p[ps->n - 1].name, name) && data)
		p = &ps->p[ps->n - 1];
	if (!p) {
		if (ps->n == SRV_MAX_PARAMS) {
			ps->overflow = 1;
			return -1;
		}
		p = &ps->p[ps->n];
		memset(p, 0, sizeof *p);
		if (!(p->name = strdup(name)) || !(p->val = calloc(1, 1)) ||
		    (filename && !(p->filename = strdup(filename)))) {
			free(p->name);
			free(p->val);
			return -1;
		}
		ps->n++;
	}
	if (!data || !n)
		return 0;
	v = realloc(p->val, p->len + n + 1);
	if (!v)
		return -1;
	memcpy(v + p->len, data, n);
	p->len += n;
	v[p->len] = '\0';
	p->val = v;
	return 0;
}

void srv_params_free(srv_params *ps)
{
	size_t i;

	for (i = 0; i < ps->n; i++) {
		free(ps->p[i].name);
		free(ps->p[i].val);
		free(ps->p[i].filename);
	}
	ps->n = 0;
}

/* ------------------------------------------------------------ JSON */

typedef struct jr {
	const char *s, *end;
	const char *err;
} jr;

static void ws(jr *j)
{
	while (j->s < j->end && (*j->s == ' ' || *j->s == '\t' || *j->s == '\n' || *j->s == '\r'))
		j->s++;
}

static int hex4(jr *j, unsigned *out)
{
	unsigned v = 0;
	int i;

	if (j->end - j->s < 4)
		return -1;
	for (i = 0; i < 4; i++) {
		char c = *j->s++;

		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= (unsigned)(c - '0');
		else if (c >= 'a' && c <= 'f')
			v |= (unsigned)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			v |= (unsigned)(c - 'A' + 10);
		else
			return -1;
	}
	*out = v;
	return 0;
}

static void utf8(srv_buf *b, unsigned cp)
{
	unsigned char u[4];
	size_t n;

	if (cp < 0x80) {
		u[0] = (unsigned char)cp;
		n = 1;
	} else if (cp < 0x800) {
		u[0] = (unsigned char)(0xc0 | cp >> 6);
		u[1] = (unsigned char)(0x80 | (cp & 0x3f));
		n = 2;
	} else if (cp < 0x10000) {
		u[0] = (unsigned char)(0xe0 | cp >> 12);
		u[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
		u[2] = (unsigned char)(0x80 | (cp & 0x3f));
		n = 3;
	} else {
		u[0] = (unsigned char)(0xf0 | cp >> 18);
		u[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3f));
		u[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
		u[3] = (unsigned char)(0x80 | (cp & 0x3f));
		n = 4;
	}
	srv_buf_add(b, u, n);
}

/* A string at j->s (on the opening quote) into b. */
static int jstring(jr *j, srv_buf *b)
{
	j->s++;
	while (j->s < j->end && *j->s != '"') {
		unsigned char c = (unsigned char)*j->s;

		if (c < 0x20) {
			j->err = "control character in a JSON string";
			return -1;
		}
		if (c != '\\') {
			const char *run = j->s;

			while (j->s < j->end && *j->s != '"' && *j->s != '\\' && (unsigned char)*j->s >= 0x20)
				j->s++;
			srv_buf_add(b, run, (size_t)(j->s - run));
			continue;
		}
		if (++j->s >= j->end)
			break;
		switch (*j->s++) {
		case '"': srv_buf_add(b, "\"", 1); break;
		case '\\': srv_buf_add(b, "\\", 1); break;
		case '/': srv_buf_add(b, "/", 1); break;
		case 'b': srv_buf_add(b, "\b", 1); break;
		case 'f': srv_buf_add(b, "\f", 1); break;
		case 'n': srv_buf_add(b, "\n", 1); break;
		case 'r': srv_buf_add(b, "\r", 1); break;
		case 't': srv_buf_add(b, "\t", 1); break;
		case 'u': {
			unsigned cp, lo;

			if (hex4(j, &cp)) {
				j->err = "bad \\u escape in a JSON string";
				return -1;
			}
			if (cp >= 0xd800 && cp < 0xdc00 && j->end - j->s >= 6 && j->s[0] == '\\' &&
			    j->s[1] == 'u') {
				const char *save = j->s;

				j->s += 2;
				if (!hex4(j, &lo) && lo >= 0xdc00 && lo < 0xe000)
					cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
				else
					j->s = save;
			}
			if (cp >= 0xd800 && cp < 0xe000)
				cp = 0xfffd; /* lone surrogate */
			utf8(b, cp);
			break;
		}
		default:
			j->err = "bad escape in a JSON string";
			return -1;
		}
	}
	if (j->s >= j->end) {
		j->err = "unterminated JSON string";
		return -1;
	}
	j->s++;
	return b->oom ? (j->err = "out of memory", -1) : 0;
}

/* A JSON number as written (validated by the JSON grammar). */
static int jnumber(jr *j, srv_buf *b)
{
	const char *p = j->s;

	if (p < j->end && *p == '-')
		p++;
	if (p < j->end && *p == '0')
		p++;
	else if (p < j->end && *p >= '1' && *p <= '9')
		while (p < j->end && *p >= '0' && *p <= '9')
			p++;
	else
		goto bad;
	if (p < j->end && *p == '.') {
		if (++p >= j->end || *p < '0' || *p > '9')
			goto bad;
		while (p < j->end && *p >= '0' && *p <= '9')
			p++;
	}
	if (p < j->end && (*p == 'e' || *p == 'E')) {
		p++;
		if (p < j->end && (*p == '+' || *p == '-'))
			p++;
		if (p >= j->end || *p < '0' || *p > '9')
			goto bad;
		while (p < j->end && *p >= '0' && *p <= '9')
			p++;
	}
	srv_buf_add(b, j->s, (size_t)(p - j->s));
	j->s = p;
	return 0;
bad:
	j->err = "bad JSON number";
	return -1;
}

int srv_json_object(srv_params *ps, const char *s, size_t n, const char **err)
{
	jr j = { s, s + n, NULL };
	srv_buf key = { 0 }, val = { 0 };
	int rc = -1;

	ws(&j);
	if (j.s >= j.end || *j.s != '{') {
		*err = "the body is not a JSON object";
		return -1;
	}
	j.s++;
	ws(&j);
	if (j.s < j.end && *j.s == '}') {
		j.s++;
		goto tail;
	}
	for (;;) {
		int skip = 0;

		key.len = 0;
		val.len = 0;
		ws(&j);
		if (j.s >= j.end || *j.s != '"') {
			j.err = "expected a JSON member name";
			goto out;
		}
		if (jstring(&j, &key))
			goto out;
		srv_buf_add(&key, "", 0);
		ws(&j);
		if (j.s >= j.end || *j.s != ':') {
			j.err = "expected ':' in a JSON object";
			goto out;
		}
		j.s++;
		ws(&j);
		if (j.s >= j.end) {
			j.err = "unexpected end of JSON";
			goto out;
		}
		if (*j.s == '"') {
			if (jstring(&j, &val))
				goto out;
		} else if (*j.s == '-' || (*j.s >= '0' && *j.s <= '9')) {
			if (jnumber(&j, &val))
				goto out;
		} else if (j.end - j.s >= 4 && !memcmp(j.s, "true", 4)) {
			srv_buf_str(&val, "true");
			j.s += 4;
		} else if (j.end - j.s >= 5 && !memcmp(j.s, "false", 5)) {
			srv_buf_str(&val, "false");
			j.s += 5;
		} else if (j.end - j.s >= 4 && !memcmp(j.s, "null", 4)) {
			skip = 1;
			j.s += 4;
		} else {
			j.err = *j.s == '{' || *j.s == '[' ? "nested JSON values are not accepted"
							  : "bad JSON value";
			goto out;
		}
		if (key.oom || val.oom) {
			j.err = "out of memory";
			goto out;
		}
		if (!skip) {
			if (srv_param_append(ps, key.data ? key.data : "", NULL, NULL, 0) ||
			    srv_param_append(ps, key.data ? key.data : "", NULL, val.data ? val.data : "", val.len)) {
				j.err = ps->overflow ? "too many JSON members" : "out of memory";
				goto out;
			}
		}
		ws(&j);
		if (j.s < j.end && *j.s == ',') {
			j.s++;
			continue;
		}
		if (j.s < j.end && *j.s == '}') {
			j.s++;
			break;
		}
		j.err = "expected ',' or '}' in a JSON object";
		goto out;
	}
tail:
	ws(&j);
	if (j.s != j.end) {
		j.err = "trailing data after the JSON object";
		goto out;
	}
	rc = 0;
out:
	srv_buf_free(&key);
	srv_buf_free(&val);
	if (rc)
		*err = j.err ? j.err : "bad JSON";
	return rc;
}
