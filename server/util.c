/*
 * util.c -- `claimcheck serve` plumbing (issue 10): growable buffers with
 * HTML/JSON escaping, request parameters, and the flat JSON objects the API
 * accepts, read with json-c (the project's one JSON reader). No HTTP, no
 * statistics, no file access.
 */
#include "serve.h"

#include <json-c/json.h>
#include <limits.h>
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

/* A member's value as a parameter: strings decoded, numbers as written
 * (json-c keeps the spelling of a number with a fraction or exponent),
 * booleans as "true"/"false". Returns NULL for values that are not
 * accepted (nested objects and arrays, NaN and Infinity). */
static const char *member_text(json_object *v, size_t *len_out)
{
	const char *p;

	switch (json_object_get_type(v)) {
	case json_type_string:
		*len_out = (size_t)json_object_get_string_len(v);
		return json_object_get_string(v);
	case json_type_int:
	case json_type_double:
	case json_type_boolean:
		p = json_object_get_string(v);
		/* json-c also reads NaN and Infinity, which JSON has not */
		if (!json_object_is_type(v, json_type_boolean) && !(p[p[0] == '-'] >= '0' && p[p[0] == '-'] <= '9'))
			return NULL;
		*len_out = strlen(p);
		return p;
	default:
		return NULL;
	}
}

int srv_json_object(srv_params *ps, const char *s, size_t n, const char **err)
{
	struct json_tokener *tok;
	json_object *root = NULL;
	enum json_tokener_error e;
	size_t end;
	int rc = -1;

	*err = NULL;
	if (n > INT_MAX) {
		*err = "the JSON body is too large";
		return -1;
	}
	if (!(tok = json_tokener_new_ex(SRV_JSON_DEPTH))) {
		*err = "out of memory";
		return -1;
	}
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_ALLOW_TRAILING_CHARS);
	root = json_tokener_parse_ex(tok, s, (int)n);
	e = json_tokener_get_error(tok);
	end = json_tokener_get_parse_end(tok);
	if (e == json_tokener_continue) {
		*err = "unexpected end of JSON";
		goto out;
	}
	if (e != json_tokener_success) {
		*err = json_tokener_error_desc(e); /* json-c's static text */
		goto out;
	}
	while (end < n && strchr(" \t\r\n", s[end]) && s[end])
		end++;
	if (end < n) {
		*err = "trailing data after the JSON object";
		goto out;
	}
	if (!json_object_is_type(root, json_type_object)) {
		*err = "the body is not a JSON object";
		goto out;
	}
	{
		json_object_object_foreach(root, key, v) {
			const char *val;
			size_t len = 0;

			if (!v)
				continue; /* null: as if absent */
			if (!(val = member_text(v, &len))) {
				*err = json_object_is_type(v, json_type_object) || json_object_is_type(v, json_type_array)
					       ? "nested JSON values are not accepted"
					       : "bad JSON number";
				goto out;
			}
			if (srv_param_append(ps, key, NULL, NULL, 0) || srv_param_append(ps, key, NULL, val, len)) {
				*err = ps->overflow ? "too many JSON members" : "out of memory";
				goto out;
			}
		}
	}
	rc = 0;
out:
	json_object_put(root);
	json_tokener_free(tok);
	if (rc && !*err)
		*err = "bad JSON";
	return rc;
}
