/*
 * words.c -- the one word search (core/words.h): plain loops over a span.
 * Must not: hold word lists (they are in the vocabulary, core/vocab.h).
 */
#include "words.h"

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
