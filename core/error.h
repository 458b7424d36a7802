/*
 * error.h -- the error slot on a cc_ctx and the allocator wrappers used
 * inside the library. Core: depends only on libc.
 *
 * The slot is a fixed array so that reporting out-of-memory needs no
 * allocation. Messages are one line, lower-case start, no final stop.
 */
#ifndef CC_CORE_ERROR_H
#define CC_CORE_ERROR_H

#include <stddef.h>
#include "claimcheck.h"

#define CC_ERRMSG_MAX 512

typedef struct cc_error_slot {
	int code;
	char msg[CC_ERRMSG_MAX];
	const char *file;  /* borrowed; valid while the caller's name lives */
	long line, col;    /* 1-based, 0 unknown */
} cc_error_slot;

/* Set the context's error and return `code` (for `return cc_error_set(...)`). */
int cc_error_set(cc_ctx *ctx, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Same, with a position. */
int cc_error_set_pos(cc_ctx *ctx, int code, const char *file, long line, long col,
		     const char *fmt, ...) __attribute__((format(printf, 6, 7)));
int cc_error_oom(cc_ctx *ctx);
void cc_error_clear(cc_ctx *ctx);

/* Allocation through the ctx hook; ctx may be NULL (libc). */
void *cc_malloc(cc_ctx *ctx, size_t n);
void *cc_calloc(cc_ctx *ctx, size_t count, size_t size);
void *cc_realloc(cc_ctx *ctx, void *p, size_t n);
void cc_free(cc_ctx *ctx, void *p);
char *cc_strndup(cc_ctx *ctx, const char *s, size_t n);
char *cc_strdup(cc_ctx *ctx, const char *s);

#endif
