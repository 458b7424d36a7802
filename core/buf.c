/*
 * buf.c -- cc_buf: growable bytes, never NULL, always NUL-terminated,
 * sticky out-of-memory. Core: depends only on libc and the ctx allocator.
 */
#include "buf.h"
#include "error.h"

#include <stdio.h>
#include <string.h>

char cc_buf__empty[1];

void cc_buf_init(cc_buf *b, struct cc_ctx *ctx)
{
	b->ptr = cc_buf__empty;
	b->len = b->cap = 0;
	b->oom = 0;
	b->ctx = ctx;
}

int cc_buf_grow(cc_buf *b, size_t extra)
{
	size_t need, cap;
	char *p;

	if (b->oom)
		return -1;
	if (extra > ((size_t)-1) / 2 - b->len) {
		b->oom = 1;
		return -1;
	}
	need = b->len + extra + 1;
	if (need <= b->cap)
		return 0;
	cap = b->cap ? b->cap : 64;
	while (cap < need)
		cap += cap / 2 + 16;
	p = cc_realloc(b->ctx, b->cap ? b->ptr : NULL, cap);
	if (!p) {
		b->oom = 1;
		return -1;
	}
	if (!b->cap)
		p[0] = '\0';
	b->ptr = p;
	b->cap = cap;
	return 0;
}

void cc_buf_put(cc_buf *b, const char *data, size_t len)
{
	if (!len || cc_buf_grow(b, len))
		return;
	memcpy(b->ptr + b->len, data, len);
	b->len += len;
	b->ptr[b->len] = '\0';
}

void cc_buf_puts(cc_buf *b, const char *s)
{
	cc_buf_put(b, s, strlen(s));
}

void cc_buf_putc(cc_buf *b, char c)
{
	if (cc_buf_grow(b, 1))
		return;
	b->ptr[b->len++] = c;
	b->ptr[b->len] = '\0';
}

void cc_buf_vprintf(cc_buf *b, const char *fmt, va_list ap)
{
	va_list cp;
	int n;

	if (b->oom)
		return;
	va_copy(cp, ap);
	n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0 || cc_buf_grow(b, (size_t)n))
		return;
	vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void cc_buf_printf(cc_buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	cc_buf_vprintf(b, fmt, ap);
	va_end(ap);
}

void cc_buf_clear(cc_buf *b)
{
	b->len = 0;
	if (b->cap)
		b->ptr[0] = '\0';
}

void cc_buf_truncate(cc_buf *b, size_t len)
{
	if (len < b->len) {
		b->len = len;
		b->ptr[len] = '\0';
	}
}

char *cc_buf_detach(cc_buf *b, size_t *len_out)
{
	char *p;

	if (b->oom) {
		cc_buf_dispose(b);
		return NULL;
	}
	if (!b->cap) {
		p = cc_malloc(b->ctx, 1);
		if (p)
			p[0] = '\0';
	} else {
		p = b->ptr;
	}
	if (len_out)
		*len_out = p ? b->len : 0;
	cc_buf_init(b, b->ctx);
	return p;
}

void cc_buf_dispose(cc_buf *b)
{
	if (b->cap)
		cc_free(b->ctx, b->ptr);
	cc_buf_init(b, b->ctx);
}
