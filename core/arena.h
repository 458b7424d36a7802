/*
 * arena.h -- per-document arena: many small allocations, one release.
 * Core: depends only on libc and the ctx allocator.
 */
#ifndef CC_CORE_ARENA_H
#define CC_CORE_ARENA_H

#include <stddef.h>

struct cc_ctx;
struct cc_arena_block;

typedef struct cc_arena {
	struct cc_ctx *ctx;
	struct cc_arena_block *head;
} cc_arena;

void cc_arena_init(cc_arena *a, struct cc_ctx *ctx);
/* Aligned to 16 bytes, zero-filled; NULL on out-of-memory. */
void *cc_arena_alloc(cc_arena *a, size_t n);
/* NUL-terminated copy of s[0..n); NULL on out-of-memory. */
char *cc_arena_strndup(cc_arena *a, const char *s, size_t n);
char *cc_arena_strdup(cc_arena *a, const char *s);
char *cc_arena_printf(cc_arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void cc_arena_dispose(cc_arena *a);

#endif
