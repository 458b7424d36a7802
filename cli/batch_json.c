/*
 * batch_json.c -- the JSON-line document reader of batch runs (CLI layer):
 * one line holds one object {"id":..., "text":..., "date":..., "url":...}
 * (RFC 8259). Only these four members are decoded; any other member is
 * validated and skipped. Also the JSON string writer for summaries.
 *
 * Robustness: every byte is bounds-checked against the line length (the
 * line is not NUL-terminated); nesting in skipped members is capped at 64
 * levels; a bad line yields one message with its byte column, never a
 * crash. Raw bytes >= 0x80 pass through undecoded (the library keeps
 * invalid UTF-8 with its span), so the text's byte offsets are those of
 * the decoded string. Must not: allocate beyond the line's own size.
 */
#include "batch.h"

#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 64

typedef struct jp {
	const char *s;
	size_t n, i;
	char *err;
	size_t errcap;
	long col;
} jp;

static int bad(jp *p, const char *msg)
{
	if (!p->col) {
		snprintf(p->err, p->errcap, "bad JSON line: %s", msg);
		p->col = (long)p->i + 1;
	}
	return CC_EINVAL;
}

static void ws(jp *p)
{
	while (p->i < p->n && (p->s[p->i] == ' ' || p->s[p->i] == '\t' || p->s[p->i] == '\r' || p->s[p->i] == '\n'))
		p->i++;
}

static int hex4(jp *p, unsigned *out)
{
	unsigned v = 0;
	size_t k;

	if (p->n - p->i < 4)
		return bad(p, "short \\u escape");
	for (k = 0; k < 4; k++) {
		char c = p->s[p->i + k];

		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= (unsigned)(c - '0');
		else if (c >= 'a' && c <= 'f')
			v |= (unsigned)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			v |= (unsigned)(c - 'A' + 10);
		else
			return bad(p, "bad hex digit in \\u escape");
	}
	p->i += 4;
	*out = v;
	return CC_OK;
}

static size_t put_utf8(char *o, unsigned cp)
{
	if (cp < 0x80) {
		o[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (char)(0xC0 | (cp >> 6));
		o[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (char)(0xE0 | (cp >> 12));
		o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (char)(0xF0 | (cp >> 18));
	o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

/*
 * A string at p->i (opening quote). With out != NULL the decoded bytes are
 * malloc'd into *out (NUL-terminated, *len_out bytes). Decoded text never
 * outgrows its source (each escape is at least as long as its UTF-8), so
 * the source span bounds the allocation.
 */
static int string(jp *p, char **out, size_t *len_out)
{
	size_t start, end, k = 0;
	char *o = NULL;

	if (p->i >= p->n || p->s[p->i] != '"')
		return bad(p, "expected a string");
	start = ++p->i;
	/* find the closing quote first, to size the buffer */
	for (end = start; end < p->n && p->s[end] != '"'; end++)
		if (p->s[end] == '\\')
			end++;
	if (end >= p->n)
		return bad(p, "unterminated string");
	if (out) {
		o = malloc(end - start + 1);
		if (!o)
			return bad(p, "out of memory");
	}
	while (p->i < end) {
		unsigned char c = (unsigned char)p->s[p->i];

		if (c < 0x20) {
			free(o);
			return bad(p, "control character in string");
		}
		if (c != '\\') {
			if (o)
				o[k++] = (char)c;
			p->i++;
			continue;
		}
		p->i++;
		c = (unsigned char)p->s[p->i++];
		switch (c) {
		case '"': case '\\': case '/':
			if (o) o[k++] = (char)c;
			break;
		case 'b': if (o) o[k++] = '\b'; break;
		case 'f': if (o) o[k++] = '\f'; break;
		case 'n': if (o) o[k++] = '\n'; break;
		case 'r': if (o) o[k++] = '\r'; break;
		case 't': if (o) o[k++] = '\t'; break;
		case 'u': {
			unsigned cp, lo;

			if (hex4(p, &cp)) {
				free(o);
				return CC_EINVAL;
			}
			if (cp >= 0xD800 && cp <= 0xDBFF) {
				/* a high surrogate: a low one must follow to make a pair */
				if (end - p->i >= 6 && p->s[p->i] == '\\' && p->s[p->i + 1] == 'u') {
					size_t save = p->i;

					p->i += 2;
					if (hex4(p, &lo)) {
						free(o);
						return CC_EINVAL;
					}
					if (lo >= 0xDC00 && lo <= 0xDFFF)
						cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
					else {
						cp = 0xFFFD;
						p->i = save;
					}
				} else {
					cp = 0xFFFD;
				}
			} else if (cp >= 0xDC00 && cp <= 0xDFFF) {
				cp = 0xFFFD; /* a lone low surrogate */
			}
			if (o)
				k += put_utf8(o + k, cp);
			break;
		}
		default:
			free(o);
			p->i--;
			return bad(p, "unknown escape in string");
		}
	}
	p->i = end + 1;
	if (o) {
		o[k] = '\0';
		*out = o;
		if (len_out)
			*len_out = k;
	}
	return CC_OK;
}

static int number(jp *p)
{
	size_t s = p->i;

	if (p->i < p->n && p->s[p->i] == '-')
		p->i++;
	if (p->i >= p->n || p->s[p->i] < '0' || p->s[p->i] > '9')
		return bad(p, "bad number");
	if (p->s[p->i] == '0')
		p->i++;
	else
		while (p->i < p->n && p->s[p->i] >= '0' && p->s[p->i] <= '9')
			p->i++;
	if (p->i < p->n && p->s[p->i] == '.') {
		p->i++;
		if (p->i >= p->n || p->s[p->i] < '0' || p->s[p->i] > '9')
			return bad(p, "bad number");
		while (p->i < p->n && p->s[p->i] >= '0' && p->s[p->i] <= '9')
			p->i++;
	}
	if (p->i < p->n && (p->s[p->i] == 'e' || p->s[p->i] == 'E')) {
		p->i++;
		if (p->i < p->n && (p->s[p->i] == '+' || p->s[p->i] == '-'))
			p->i++;
		if (p->i >= p->n || p->s[p->i] < '0' || p->s[p->i] > '9')
			return bad(p, "bad number");
		while (p->i < p->n && p->s[p->i] >= '0' && p->s[p->i] <= '9')
			p->i++;
	}
	return p->i > s ? CC_OK : bad(p, "bad number");
}

static int literal(jp *p, const char *word)
{
	size_t n = strlen(word);

	if (p->n - p->i < n || memcmp(p->s + p->i, word, n))
		return bad(p, "unexpected character");
	p->i += n;
	return CC_OK;
}

/* Validate and skip any value. */
static int skip_value(jp *p, int depth)
{
	char c;

	if (depth > MAX_DEPTH)
		return bad(p, "nesting deeper than 64 levels");
	ws(p);
	if (p->i >= p->n)
		return bad(p, "expected a value");
	c = p->s[p->i];
	if (c == '"')
		return string(p, NULL, NULL);
	if (c == '{' || c == '[') {
		char close = c == '{' ? '}' : ']';

		p->i++;
		ws(p);
		if (p->i < p->n && p->s[p->i] == close) {
			p->i++;
			return CC_OK;
		}
		for (;;) {
			if (c == '{') {
				ws(p);
				if (string(p, NULL, NULL))
					return CC_EINVAL;
				ws(p);
				if (p->i >= p->n || p->s[p->i] != ':')
					return bad(p, "expected ':'");
				p->i++;
			}
			if (skip_value(p, depth + 1))
				return CC_EINVAL;
			ws(p);
			if (p->i < p->n && p->s[p->i] == ',') {
				p->i++;
				continue;
			}
			if (p->i < p->n && p->s[p->i] == close) {
				p->i++;
				return CC_OK;
			}
			return bad(p, c == '{' ? "expected ',' or '}'" : "expected ',' or ']'");
		}
	}
	if (c == 't')
		return literal(p, "true");
	if (c == 'f')
		return literal(p, "false");
	if (c == 'n')
		return literal(p, "null");
	return number(p);
}

/* The members we read; the table keeps the parser free of if-chains. */
enum { F_ID, F_TEXT, F_DATE, F_URL, F_OTHER };
static const char *const fields[] = { "id", "text", "date", "url" };

int batch_json_doc(batch_jdoc *out, const char *s, size_t n, char *err, size_t errcap, long *col_out)
{
	jp p = { s, n, 0, err, errcap, 0 };
	char **slots[4];

	memset(out, 0, sizeof *out);
	slots[F_ID] = &out->id;
	slots[F_TEXT] = &out->text;
	slots[F_DATE] = &out->date;
	slots[F_URL] = &out->url;
	*col_out = 0;
	if (errcap)
		err[0] = '\0';
	ws(&p);
	if (p.i >= p.n || p.s[p.i] != '{') {
		bad(&p, "expected an object '{'");
		goto fail;
	}
	p.i++;
	ws(&p);
	if (p.i < p.n && p.s[p.i] == '}') {
		p.i++;
	} else {
		for (;;) {
			char *key = NULL;
			size_t klen = 0, f;

			ws(&p);
			if (string(&p, &key, &klen))
				goto fail;
			for (f = 0; f < F_OTHER; f++)
				if (klen == strlen(fields[f]) && !memcmp(key, fields[f], klen))
					break;
			free(key);
			ws(&p);
			if (p.i >= p.n || p.s[p.i] != ':') {
				bad(&p, "expected ':'");
				goto fail;
			}
			p.i++;
			ws(&p);
			if (f == F_OTHER || (p.i < p.n && p.s[p.i] == 'n')) {
				if (skip_value(&p, 1))
					goto fail;
				if (f != F_OTHER) { /* null: absent (a later duplicate may set it) */
					free(*slots[f]);
					*slots[f] = NULL;
				}
			} else if (p.i < p.n && p.s[p.i] == '"') {
				char *v = NULL;
				size_t vlen = 0;

				if (string(&p, &v, &vlen))
					goto fail;
				free(*slots[f]); /* a duplicate member: the last one wins */
				*slots[f] = v;
				if (f == F_TEXT)
					out->text_len = vlen;
			} else if (f == F_ID) {
				size_t st = p.i;

				if (number(&p))
					goto fail;
				free(out->id);
				out->id = strndup(s + st, p.i - st);
				if (!out->id) {
					bad(&p, "out of memory");
					goto fail;
				}
			} else {
				bad(&p, f == F_TEXT ? "\"text\" is not a string" : "member is not a string");
				goto fail;
			}
			ws(&p);
			if (p.i < p.n && p.s[p.i] == ',') {
				p.i++;
				continue;
			}
			if (p.i < p.n && p.s[p.i] == '}') {
				p.i++;
				break;
			}
			bad(&p, "expected ',' or '}'");
			goto fail;
		}
	}
	ws(&p);
	if (p.i != p.n) {
		bad(&p, "text after the object");
		goto fail;
	}
	if (!out->text) {
		p.i = 0;
		bad(&p, "no \"text\" member");
		goto fail;
	}
	return CC_OK;
fail:
	*col_out = p.col;
	batch_jdoc_dispose(out);
	return CC_EINVAL;
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
