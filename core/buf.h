/*
 * buf.h -- cc_buf, the one growable byte buffer.
 *
 * Invariants:
 *   - ptr is never NULL: a fresh buffer points at a shared empty string;
 *   - ptr[len] == '\0' always;
 *   - after an allocation failure the buffer is "oom": every later append
 *     is a no-op and cc_buf_oom() says so (sticky failure: check once);
 *   - cc_buf_detach() is the only way to take ownership of the bytes.
 */
#ifndef CC_CORE_BUF_H
#define CC_CORE_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct cc_ctx;

typedef struct cc_buf {
	char *ptr;
	size_t len;
	size_t cap;          /* 0 while ptr is the shared empty string */
	int oom;             /* sticky allocation failure */
	struct cc_ctx *ctx;  /* allocator owner, may be NULL (libc) */
} cc_buf;

extern char cc_buf__empty[1];
#define CC_BUF_INIT { cc_buf__empty, 0, 0, 0, NULL }

void cc_buf_init(cc_buf *b, struct cc_ctx *ctx);
int cc_buf_grow(cc_buf *b, size_t extra);
void cc_buf_put(cc_buf *b, const char *data, size_t len);
void cc_buf_puts(cc_buf *b, const char *s);
void cc_buf_putc(cc_buf *b, char c);
void cc_buf_printf(cc_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void cc_buf_vprintf(cc_buf *b, const char *fmt, va_list ap);
void cc_buf_clear(cc_buf *b);
void cc_buf_truncate(cc_buf *b, size_t len);
/* Take the bytes (NUL-terminated, free with cc_free(ctx, ...)); buffer reset.
 * Returns NULL if the buffer is oom. */
char *cc_buf_detach(cc_buf *b, size_t *len_out);
void cc_buf_dispose(cc_buf *b);
static inline int cc_buf_oom(const cc_buf *b) { return b->oom; }

#endif
