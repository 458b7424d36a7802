/*
 * arena.c -- bump allocator in chained blocks; cc_arena_dispose frees all.
 */
#include "arena.h"
#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define ARENA_BLOCK 16384

struct cc_arena_block {
	struct cc_arena_block *next;
	size_t used, cap;
	_Alignas(16) unsigned char data[];
};

void cc_arena_init(cc_arena *a, struct cc_ctx *ctx)
{
	a->ctx = ctx;
	a->head = NULL;
}

void *cc_arena_alloc(cc_arena *a, size_t n)
{
	struct cc_arena_block *b = a->head;
	void *p;

	n = (n + 15) & ~(size_t)15;
	if (n == 0)
		n = 16;
	if (!b || b->cap - b->used < n) {
		size_t cap = n > ARENA_BLOCK ? n : ARENA_BLOCK;

		if (cap > ((size_t)-1) - sizeof *b)
			return NULL;
		b = cc_malloc(a->ctx, sizeof *b + cap);
		if (!b)
			return NULL;
		b->cap = cap;
		b->used = 0;
		/* a large one-off block goes behind the head so the head keeps its room */
		if (a->head && n > ARENA_BLOCK) {
			b->next = a->head->next;
			a->head->next = b;
		} else {
			b->next = a->head;
			a->head = b;
		}
	}
	p = b->data + b->used;
	b->used += n;
	memset(p, 0, n);
	return p;
}

char *cc_arena_strndup(cc_arena *a, const char *s, size_t n)
{
	char *p = cc_arena_alloc(a, n + 1);

	if (p) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

char *cc_arena_strdup(cc_arena *a, const char *s)
{
	return cc_arena_strndup(a, s, strlen(s));
}

char *cc_arena_printf(cc_arena *a, const char *fmt, ...)
{
	va_list ap;
	int n;
	char *p;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return NULL;
	p = cc_arena_alloc(a, (size_t)n + 1);
	if (!p)
		return NULL;
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

void cc_arena_dispose(cc_arena *a)
{
	struct cc_arena_block *b = a->head, *next;

	while (b) {
		next = b->next;
		cc_free(a->ctx, b);
		b = next;
	}
	a->head = NULL;
}
