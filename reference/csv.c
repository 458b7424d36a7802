/*
 * csv.c -- a strict RFC 4180 reader (quoted fields, "" escapes, embedded
 * newlines, CRLF or LF) with line numbers for messages, a UTF-8 validator
 * and the field writer used by exports (stage: reference/). Fields may be
 * any length (a 1 MB field is just bytes in the buffer). Must not: accept
 * a malformed file silently -- every oddity is a line-numbered error.
 */
#include "csv.h"

#include <string.h>

void cc_csv_init(cc_csv *c, cc_ctx *ctx, const char *data, size_t len, char sep)
{
	memset(c, 0, sizeof *c);
	c->p = data;
	c->end = data + len;
	c->line = 1;
	c->sep = sep;
	cc_buf_init(&c->field, ctx);
	/* a UTF-8 byte-order mark is not part of the first header name */
	if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3))
		c->p += 3;
}

void cc_csv_dispose(cc_csv *c)
{
	cc_buf_dispose(&c->field);
	cc_free(c->field.ctx, c->off);
	cc_free(c->field.ctx, c->fields);
	c->off = NULL;
	c->fields = NULL;
}

static int push_field(cc_csv *c, cc_ctx *ctx)
{
	if (c->nfields == c->cap) {
		size_t cap = c->cap ? 2 * c->cap : 16;
		size_t *n = cc_realloc(ctx, c->off, cap * sizeof *n);

		if (!n)
			return cc_error_oom(ctx);
		c->off = n;
		c->cap = cap;
	}
	c->off[c->nfields++] = c->field.len;
	return CC_OK;
}

static int end_field(cc_csv *c, cc_ctx *ctx)
{
	cc_buf_putc(&c->field, '\0');
	return cc_buf_oom(&c->field) ? cc_error_oom(ctx) : CC_OK;
}

/* Point fields[] into the buffer once the record is complete. */
static int finish(cc_csv *c, cc_ctx *ctx)
{
	size_t i;

	if (c->fcap < c->nfields) {
		char **f = cc_realloc(ctx, c->fields, c->cap * sizeof *f);

		if (!f)
			return cc_error_oom(ctx);
		c->fields = f;
		c->fcap = c->cap;
	}
	for (i = 0; i < c->nfields; i++)
		c->fields[i] = c->field.ptr + c->off[i];
	return 1;
}

int cc_csv_next(cc_csv *c, cc_ctx *ctx, const char *label)
{
	const char *p = c->p, *e = c->end;
	int rc;

	/* skip blank lines */
	while (p < e && (*p == '\n' || (*p == '\r' && p + 1 < e && p[1] == '\n'))) {
		p += *p == '\r' ? 2 : 1;
		c->line++;
	}
	c->p = p;
	if (p >= e)
		return 0;
	cc_buf_clear(&c->field);
	c->nfields = 0;
	c->rec_line = c->line;
	for (;;) {
		if ((rc = push_field(c, ctx)))
			return rc;
		if (p < e && *p == '"') {
			long qline = c->line;

			p++;
			for (;;) {
				const char *q;

				if (p >= e)
					return cc_error_set_pos(ctx, CC_EINVAL, label, qline, 0,
								"quoted field never closed (opened on this line)");
				q = memchr(p, '"', (size_t)(e - p));
				if (!q)
					q = e;
				/* count the newlines inside the quoted run */
				for (const char *s = p; s < q; s++)
					if (*s == '\n')
						c->line++;
				cc_buf_put(&c->field, p, (size_t)(q - p));
				p = q;
				if (p >= e)
					continue;
				if (p + 1 < e && p[1] == '"') {
					cc_buf_putc(&c->field, '"');
					p += 2;
					continue;
				}
				p++;
				break;
			}
			if (p < e && *p != c->sep && *p != '\n' && !(*p == '\r' && p + 1 < e && p[1] == '\n'))
				return cc_error_set_pos(ctx, CC_EINVAL, label, c->line, 0,
							"unexpected character after a closing quote");
		} else {
			const char *s = p;

			while (p < e && *p != c->sep && *p != '\n' && !(*p == '\r' && p + 1 < e && p[1] == '\n')) {
				if (*p == '"' && c->sep == ',')
					return cc_error_set_pos(ctx, CC_EINVAL, label, c->line, 0,
								"quote inside an unquoted field (quote the whole field)");
				p++;
			}
			cc_buf_put(&c->field, s, (size_t)(p - s));
		}
		if ((rc = end_field(c, ctx)))
			return rc;
		if (p < e && *p == c->sep) {
			p++;
			continue;
		}
		if (p < e) {
			p += *p == '\r' ? 2 : 1;
			c->line++;
		}
		break;
	}
	c->p = p;
	return finish(c, ctx);
}

long cc_utf8_bad_line(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *e = p + n;
	long line = 1;

	while (p < e) {
		unsigned c = *p;
		size_t k;
		unsigned cp, min;

		if (c == '\n')
			line++;
		if (c == 0)
			return line;
		if (c < 0x80) {
			p++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF) {
			k = 1;
			cp = c & 0x1F;
			min = 0x80;
		} else if (c >= 0xE0 && c <= 0xEF) {
			k = 2;
			cp = c & 0x0F;
			min = 0x800;
		} else if (c >= 0xF0 && c <= 0xF4) {
			k = 3;
			cp = c & 0x07;
			min = 0x10000;
		} else {
			return line;
		}
		if ((size_t)(e - p) <= k)
			return line;
		for (size_t i = 1; i <= k; i++) {
			if ((p[i] & 0xC0) != 0x80)
				return line;
			cp = (cp << 6) | (p[i] & 0x3F);
		}
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return line;
		p += k + 1;
	}
	return 0;
}

void cc_csv_put_field(cc_buf *b, const char *s, int first)
{
	size_t n = s ? strlen(s) : 0;

	if (!first)
		cc_buf_putc(b, ',');
	if (!s)
		return;
	if (strpbrk(s, ",\"\r\n") || (n && (s[0] == ' ' || s[n - 1] == ' '))) {
		cc_buf_putc(b, '"');
		for (const char *q = s; *q; q++) {
			if (*q == '"')
				cc_buf_putc(b, '"');
			cc_buf_putc(b, *q);
		}
		cc_buf_putc(b, '"');
	} else {
		cc_buf_put(b, s, n);
	}
}
