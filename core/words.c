/*
 * words.c -- the one word search and the matching tokenizer (core/words.h):
 * plain loops over a span. Must not: hold word lists (they are in the
 * vocabulary, core/vocab.h).
 */
#include "words.h"
#include "buf.h"
#include "vocab.h"

#include <assert.h>
#include <pthread.h>
#include <string.h>

/* letters, digits, apostrophe, every byte >= 0x80 (GNU range designators) */
const unsigned char cc_word_byte[256] = {
	['\''] = 1, ['0' ... '9'] = 1, ['A' ... 'Z'] = 1, ['a' ... 'z'] = 1, [0x80 ... 0xff] = 1,
};
_Static_assert(sizeof cc_word_byte == 256, "one entry per byte");

static int same(const char *a, const char *b, size_t n, unsigned flags)
{
	size_t k;

	if (flags & CC_WS_CASE)
		return !memcmp(a, b, n);
	for (k = 0; k < n; k++)
		if (cc_lower(a[k]) != cc_lower(b[k]))
			return 0;
	return 1;
}

/* Is a match of w (wl bytes) at s + i inside [s, s+len) at word boundaries? */
static int bounded(const char *s, size_t len, size_t i, const char *w, size_t wl)
{
	if (i > 0 && cc_wordch(s[i - 1]) && cc_wordch(w[0]))
		return 0;
	if (i + wl < len && cc_wordch(s[i + wl]) && cc_wordch(w[wl - 1]))
		return 0;
	return 1;
}

const char *cc_word_find(const char *s, size_t len, const char *w, unsigned flags)
{
	size_t wl = strlen(w), i;

	if (!wl || wl > len)
		return NULL;
	for (i = 0; i + wl <= len; i++)
		if (same(s + i, w, wl, flags) && bounded(s, len, i, w, wl))
			return s + i;
	return NULL;
}

/* A position is tried only when its byte starts a phrase of the list and,
 * right after a word byte, only for phrases that do not start with one. */
int cc_word_any(const char *s, size_t len, const char *const *list, unsigned flags)
{
	unsigned char first[256];
	const char *const *w;
	int all_word = 1;
	size_t i, wl;

	memset(first, 0, sizeof first);
	for (w = list; *w; w++) {
		if (!**w)
			continue;
		first[(unsigned char)((flags & CC_WS_CASE) ? **w : cc_lower(**w))] = 1;
		if (!cc_wordch(**w))
			all_word = 0;
	}
	for (i = 0; i < len; i++) {
		int mid = i > 0 && cc_wordch(s[i - 1]);

		if ((mid && all_word) || !first[(unsigned char)((flags & CC_WS_CASE) ? s[i] : cc_lower(s[i]))])
			continue;
		for (w = list; *w; w++) {
			wl = strlen(*w);
			if (!wl || wl > len - i || (mid && cc_wordch(**w)))
				continue;
			if (same(s + i, *w, wl, flags) && bounded(s, len, i, *w, wl))
				return 1;
		}
	}
	return 0;
}

long cc_word_first(const char *s, size_t len, const char *const *list, unsigned flags)
{
	long k;

	for (k = 0; list[k]; k++)
		if (cc_word_find(s, len, list[k], flags))
			return k;
	return -1;
}

/* ------------------------------------------------------------------ */
/* Matching words                                                      */
/* ------------------------------------------------------------------ */

/* cc_mword_next's body, inlined into cc_mwords_put's loop */
static inline size_t next_word(const char **pp, const char *end, char w[CC_MWORD_MAX], int *alpha_out)
{
	const char *p = *pp, *b;
	size_t n = 0;
	int alpha = 0;

	while (p < end && (*p == '\'' || !cc_wordch(*p)))
		p++;
	for (b = p; p < end; p++) {
		unsigned char c = (unsigned char)*p;

		if (!cc_wordch(c) || (c == '\'' && !cc_mword_byte(b, (size_t)(end - b), (size_t)(p - b))))
			break;
		if (c != '\'' && (unsigned)(c - '0') > 9)
			alpha = 1; /* a letter or a byte >= 0x80 */
		w[n] = (char)cc_lower(c);
		n += n + 1 < CC_MWORD_MAX; /* past the cut, bytes land where the NUL goes */
	}
	if (p + 1 < end && *p == '\'' && p[1] == 's')
		p += 2; /* the possessive */
	w[n] = '\0';
	*alpha_out = alpha;
	*pp = p;
	return n;
}

size_t cc_mword_next(const char **pp, const char *end, char w[CC_MWORD_MAX], int *alpha_out)
{
	return next_word(pp, end, w, alpha_out);
}

/* The stopwords in an open-addressed hash set, built once from the two
 * classes (every content word of a bag is looked up: a list walk would
 * cost more than the tokenizing). Slot flags: 1 stopword, 2 query stop. */
#define STOP_SLOTS 1024 /* a power of two, over twice the rows */

static struct {
	const char *w;
	unsigned char flags;
} stop_set[STOP_SLOTS];
static pthread_once_t stop_once = PTHREAD_ONCE_INIT;

static unsigned stop_hash(const char *w, size_t n)
{
	unsigned h = 2166136261u;
	size_t k;

	for (k = 0; k < n; k++)
		h = (h ^ (unsigned char)w[k]) * 16777619u;
	return h;
}

static void stop_add(const char *w, unsigned char flag)
{
	unsigned i = stop_hash(w, strlen(w)), probes;

	for (probes = 0; probes < STOP_SLOTS; probes++, i++) {
		i &= STOP_SLOTS - 1;
		if (!stop_set[i].w)
			stop_set[i].w = w;
		if (!strcmp(stop_set[i].w, w)) {
			stop_set[i].flags |= flag;
			return;
		}
	}
	assert(!"more stopwords than STOP_SLOTS / 2");
}

static void stop_build(void)
{
	const char *const *l;

	for (l = cc_vocab_list(CC_V_STOPWORD); *l; l++)
		stop_add(*l, 1);
	for (l = cc_vocab_list(CC_V_STOPWORD_QUERY); *l; l++)
		stop_add(*l, 2);
}

/* The stop flags of the n-byte word w (0: no stopword); stop_once done. */
static unsigned stop_flags(const char *w, size_t n)
{
	unsigned i;

	for (i = stop_hash(w, n);; i++) {
		i &= STOP_SLOTS - 1;
		if (!stop_set[i].w)
			return 0;
		if (!strncmp(stop_set[i].w, w, n) && !stop_set[i].w[n])
			return stop_set[i].flags;
	}
}

int cc_mword_stop(const char *w, int for_query)
{
	pthread_once(&stop_once, stop_build);
	return (stop_flags(w, strlen(w)) & (for_query ? 2 : 1)) != 0;
}

void cc_mword_stem(char dst[CC_MWORD_MAX], const char *w)
{
	size_t n = strlen(w);

	memmove(dst, w, n + 1);
	if (n > 3 && dst[n - 1] == 's' && dst[n - 2] != 's' && dst[n - 2] != 'u' && dst[n - 2] != 'i')
		dst[n - 1] = '\0';
	else if (n > 4 && !strcmp(dst + n - 3, "ies"))
		strcpy(dst + n - 3, "y");
}

size_t cc_mwords_put(cc_buf *out, size_t have, size_t max, const char *s, size_t len)
{
	const char *p = s, *end = s + len;
	char w[CC_MWORD_MAX];
	size_t n;
	int alpha;

	/* the words and their spaces take at most the span's bytes and one */
	if (have >= max || cc_buf_grow(out, len + 1))
		return have;
	pthread_once(&stop_once, stop_build);
	while (have < max && (n = next_word(&p, end, w, &alpha))) {
		if (!alpha || (stop_flags(w, n) & 1))
			continue;
		if (out->len)
			out->ptr[out->len++] = ' ';
		memcpy(out->ptr + out->len, w, n + 1);
		out->len += n;
		have++;
	}
	return have;
}
