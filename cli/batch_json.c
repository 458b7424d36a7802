/*
 * batch_json.c -- the JSON-line document reader of batch runs (CLI layer):
 * one line holds one object {"id":..., "text":..., "date":..., "url":...}
 * (RFC 8259), parsed by json-c, the project's one JSON reader; only these
 * four members are read, any other member is parsed and ignored. Also the
 * JSON string writer for summaries.
 *
 * What json-c gives and this file relies on: the line's length bounds the
 * parse (the line is not NUL-terminated; a NUL byte ends the JSON text, so
 * what follows it must be white space); nesting is capped at 64 levels;
 * \u escapes decode to UTF-8, surrogate pairs joined, a lone surrogate
 * becoming U+FFFD; raw bytes >= 0x80 pass through undecoded (no UTF-8
 * validation: the library keeps invalid UTF-8 with its span, so the text's
 * byte offsets are those of the decoded string); a duplicate member: the
 * last one wins; a number keeps its spelling when it has a fraction or an
 * exponent (json-c prints integers back as read, except -0). json-c's
 * strict mode still takes raw control characters in strings and single-
 * quoted member names; one scan of the line refuses them (and finds where
 * an unterminated string opens), so the lines accepted are the RFC's, bar
 * NaN/Infinity/"1." inside members that are ignored anyway. A bad line
 * yields one message with its byte column, in this file's words, never a
 * crash. Must not: read beyond the line, or keep the parsed tree.
 */
#include "batch.h"

#include <json-c/json.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 64

/* json-c's errors in the words batch users see (the rest: json-c's own). */
static const struct {
	enum json_tokener_error e;
	const char *msg;
} errors[] = {
	{ json_tokener_error_depth, "nesting deeper than 64 levels" },
	{ json_tokener_error_parse_eof, "NUL byte in the JSON text" },
	{ json_tokener_error_parse_unexpected, "unexpected character" },
	{ json_tokener_error_parse_null, "unexpected character" },
	{ json_tokener_error_parse_boolean, "unexpected character" },
	{ json_tokener_error_parse_number, "bad number" },
	{ json_tokener_error_parse_array, "expected ',' or ']'" },
	{ json_tokener_error_parse_object_key_name, "expected a member name (a string)" },
	{ json_tokener_error_parse_object_key_sep, "expected ':'" },
	{ json_tokener_error_parse_object_value_sep, "expected ',' or '}'" },
	{ json_tokener_error_parse_string, "bad escape in string" },
};

static int is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* One message "bad JSON line: MSG" at byte offset `at` (column at + 1). */
static int bad(char *err, size_t errcap, long *col_out, size_t at, const char *msg)
{
	snprintf(err, errcap, "bad JSON line: %s", msg);
	*col_out = (long)at + 1;
	return CC_EINVAL;
}

/*
 * One pass over the line for what json-c does not say or lets through:
 * where an unterminated string opens (json-c only says the text is not
 * finished), a control character inside a string (RFC 8259 wants it
 * escaped; json-c keeps it) and a single-quoted string (json-c takes one
 * as a member name). Returns the offset of the first such problem with
 * its message in *msg, or n when there is none.
 */
static size_t scan(const char *s, size_t n, const char **msg)
{
	size_t i, open = 0;
	int in = 0;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (in) {
			if (c == '\\')
				i++;
			else if (c == '"')
				in = 0;
			else if (c < 0x20) {
				*msg = "control character in string";
				return i;
			}
		} else if (c == '"') {
			in = 1;
			open = i;
		} else if (c == '\'') {
			*msg = "unexpected character";
			return i;
		}
	}
	if (in) {
		*msg = "unterminated string";
		return open;
	}
	return n;
}

/* A member's value: a string (decoded copy), or for the id a number's
 * spelling; NULL for null. CC_EINVAL when it is of another type. */
static int member(char **out, size_t *len_out, json_object *v, int number_ok)
{
	const char *p;
	size_t n;

	*out = NULL;
	if (!v || json_object_is_type(v, json_type_null))
		return CC_OK;
	if (json_object_is_type(v, json_type_string)) {
		p = json_object_get_string(v);
		n = (size_t)json_object_get_string_len(v);
	} else if (number_ok && (json_object_is_type(v, json_type_int) || json_object_is_type(v, json_type_double))) {
		p = json_object_get_string(v);
		/* json-c also reads NaN and Infinity, which JSON has not */
		if (!p || !(p[p[0] == '-'] >= '0' && p[p[0] == '-'] <= '9'))
			return CC_EINVAL;
		n = strlen(p);
	} else {
		return CC_EINVAL;
	}
	if (!(*out = malloc(n + 1)))
		return CC_ENOMEM;
	memcpy(*out, p, n);
	(*out)[n] = '\0';
	if (len_out)
		*len_out = n;
	return CC_OK;
}

int batch_json_doc(batch_jdoc *out, const char *s, size_t n, char *err, size_t errcap, long *col_out)
{
	struct json_tokener *tok = NULL;
	json_object *root = NULL, *v;
	enum json_tokener_error e;
	size_t first = 0, end, at, i;
	const char *msg = NULL;
	int rc = CC_EINVAL;

	memset(out, 0, sizeof *out);
	*col_out = 0;
	if (errcap)
		err[0] = '\0';
	while (first < n && is_ws(s[first]))
		first++;
	if (first >= n || s[first] != '{')
		return bad(err, errcap, col_out, first, "expected an object '{'");
	if (n > INT_MAX)
		return bad(err, errcap, col_out, 0, "line too long");
	if (!(tok = json_tokener_new_ex(MAX_DEPTH)))
		return bad(err, errcap, col_out, 0, "out of memory");
	/* trailing text is this file's to report, with its own words */
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_ALLOW_TRAILING_CHARS);
	root = json_tokener_parse_ex(tok, s, (int)n);
	e = json_tokener_get_error(tok);
	end = e == json_tokener_continue ? n : json_tokener_get_parse_end(tok);
	at = scan(s, n, &msg);
	if (at < end || (at < n && e == json_tokener_success)) {
		bad(err, errcap, col_out, at, msg); /* the first problem of the line */
		goto done;
	}
	if (e != json_tokener_success || !root) {
		msg = e == json_tokener_continue ? "unexpected end of line" : json_tokener_error_desc(e);
		for (i = 0; i < sizeof errors / sizeof errors[0]; i++)
			if (errors[i].e == e)
				msg = errors[i].msg;
		bad(err, errcap, col_out, end, msg);
		goto done;
	}
	for (i = end; i < n && is_ws(s[i]); i++)
		;
	if (i < n) {
		bad(err, errcap, col_out, i, "text after the object");
		goto done;
	}
	/* the members we read; errors point at the object */
	{
		static const char *const names[] = { "text", "id", "date", "url" };
		char **slots[] = { &out->text, &out->id, &out->date, &out->url };

		for (i = 0; i < 4; i++) {
			int mrc;

			if (!json_object_object_get_ex(root, names[i], &v))
				continue;
			mrc = member(slots[i], i == 0 ? &out->text_len : NULL, v, i == 1);
			if (mrc == CC_ENOMEM) {
				bad(err, errcap, col_out, first, "out of memory");
				goto done;
			}
			if (mrc) {
				char what[48];

				snprintf(what, sizeof what, "\"%s\" is not a string%s", names[i],
					 i == 1 ? " or a number" : "");
				bad(err, errcap, col_out, first, what);
				goto done;
			}
		}
	}
	if (!out->text) {
		bad(err, errcap, col_out, first, "no \"text\" member");
		goto done;
	}
	rc = CC_OK;
done:
	json_object_put(root);
	json_tokener_free(tok);
	if (rc)
		batch_jdoc_dispose(out);
	return rc;
}

void batch_jdoc_dispose(batch_jdoc *d)
{
	free(d->id);
	free(d->text);
	free(d->date);
	free(d->url);
	memset(d, 0, sizeof *d);
}

void batch_json_str(FILE *f, const char *s)
{
	static const char hexd[] = "0123456789abcdef";

	if (!s) {
		fputs("null", f);
		return;
	}
	fputc('"', f);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\') {
			fputc('\\', f);
			fputc(c, f);
		} else if (c == '\n') {
			fputs("\\n", f);
		} else if (c == '\t') {
			fputs("\\t", f);
		} else if (c == '\r') {
			fputs("\\r", f);
		} else if (c < 0x20 || c == 0x7f) {
			fprintf(f, "\\u00%c%c", hexd[c >> 4], hexd[c & 15]);
		} else {
			fputc(c, f);
		}
	}
	fputc('"', f);
}
