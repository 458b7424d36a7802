/*
 * error.c -- status texts (cc_strerror) and the ctx error slot.
 * Core: depends only on libc. Never allocates while reporting.
 */
#include "ctx.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct {
	int code;
	const char *text;
} status_texts[] = {
	{ CC_OK, "ok" },
	{ CC_ERROR, "error" },
	{ CC_EINVAL, "invalid input or argument" },
	{ CC_ENOMEM, "out of memory" },
	{ CC_ENOTFOUND, "not found" },
	{ CC_EIO, "input/output error" },
	{ CC_EBUSY, "database is locked" },
	{ CC_ECORRUPT, "database is corrupt or not a claimcheck database" },
	{ CC_EREADONLY, "read-only" },
	{ CC_EDOMAIN, "argument out of range" },
};

const char *cc_strerror(int status)
{
	size_t i;

	for (i = 0; i < sizeof status_texts / sizeof status_texts[0]; i++)
		if (status_texts[i].code == status)
			return status_texts[i].text;
	return "unknown error";
}

static int vset(cc_ctx *ctx, int code, const char *file, long line, long col,
		const char *fmt, va_list ap)
{
	if (!ctx)
		return code;
	ctx->err.code = code;
	ctx->err.file = file;
	ctx->err.line = line;
	ctx->err.col = col;
	vsnprintf(ctx->err.msg, sizeof ctx->err.msg, fmt, ap);
	/* one line: newlines and control characters from quoted input go */
	for (char *p = ctx->err.msg; *p; p++)
		if ((unsigned char)*p < 0x20)
			*p = ' ';
	return code;
}

int cc_error_set(cc_ctx *ctx, int code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vset(ctx, code, NULL, 0, 0, fmt, ap);
	va_end(ap);
	return code;
}

int cc_error_set_pos(cc_ctx *ctx, int code, const char *file, long line, long col,
		     const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vset(ctx, code, file, line, col, fmt, ap);
	va_end(ap);
	return code;
}

int cc_error_oom(cc_ctx *ctx)
{
	if (ctx) {
		ctx->err.code = CC_ENOMEM;
		ctx->err.file = NULL;
		ctx->err.line = ctx->err.col = 0;
		strcpy(ctx->err.msg, "out of memory");
	}
	return CC_ENOMEM;
}

void cc_error_clear(cc_ctx *ctx)
{
	if (ctx) {
		ctx->err.code = CC_OK;
		ctx->err.msg[0] = '\0';
		ctx->err.file = NULL;
		ctx->err.line = ctx->err.col = 0;
	}
}

const char *cc_errmsg(const cc_ctx *ctx)
{
	return ctx ? ctx->err.msg : "no context";
}

int cc_errcode(const cc_ctx *ctx)
{
	return ctx ? ctx->err.code : CC_ERROR;
}

void cc_errpos(const cc_ctx *ctx, const char **file_out, long *line_out, long *col_out)
{
	if (file_out)
		*file_out = ctx ? ctx->err.file : NULL;
	if (line_out)
		*line_out = ctx ? ctx->err.line : 0;
	if (col_out)
		*col_out = ctx ? ctx->err.col : 0;
}

void *cc_malloc(cc_ctx *ctx, size_t n)
{
	if (!n)
		n = 1;
	if (ctx && ctx->alloc.malloc_fn)
		return ctx->alloc.malloc_fn(n, ctx->alloc.payload);
	return malloc(n);
}

void *cc_calloc(cc_ctx *ctx, size_t count, size_t size)
{
	void *p;

	if (size && count > ((size_t)-1) / size)
		return NULL;
	p = cc_malloc(ctx, count * size);
	if (p)
		memset(p, 0, (count * size) != 0 ? count * size : 1);
	return p;
}

void *cc_realloc(cc_ctx *ctx, void *p, size_t n)
{
	if (!n)
		n = 1;
	if (ctx && ctx->alloc.realloc_fn)
		return ctx->alloc.realloc_fn(p, n, ctx->alloc.payload);
	return realloc(p, n);
}

void cc_free(cc_ctx *ctx, void *p)
{
	if (!p)
		return;
	if (ctx && ctx->alloc.free_fn)
		ctx->alloc.free_fn(p, ctx->alloc.payload);
	else
		free(p);
}

char *cc_strndup(cc_ctx *ctx, const char *s, size_t n)
{
	char *p = cc_malloc(ctx, n + 1);

	if (p) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

char *cc_strdup(cc_ctx *ctx, const char *s)
{
	return cc_strndup(ctx, s, strlen(s));
}
