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
#include <stdio.h>
#include <string.h>

/* bit 0: letters, digits, apostrophe, every byte >= 0x80; bit 1: ASCII
 * letters (GNU range designators) */
const unsigned char cc_word_byte[256] = {
	['\''] = 1, ['0' ... '9'] = 1, ['A' ... 'Z'] = 3, ['a' ... 'z'] = 3, [0x80 ... 0xff] = 1,
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
	unsigned char c0, c1;
	int word0;

	if (!wl || wl > len)
		return NULL;
	/* the first byte decides most places: c0 and its other case */
	c0 = (unsigned char)w[0];
	c1 = (flags & CC_WS_CASE) ? c0 : (unsigned char)(cc_alpha(c0) ? c0 ^ 0x20 : c0);
	word0 = cc_wordch(w[0]);
	/* the places where the first byte (either case) is: memchr finds them
	 * far faster than a byte loop, and most spans hold few */
	const char *p0 = memchr(s, c0, len - wl + 1), *p1 = c1 != c0 ? memchr(s, c1, len - wl + 1) : NULL;

	while (p0 || p1) {
		const char *p = !p1 || (p0 && p0 < p1) ? p0 : p1;

		i = (size_t)(p - s);
		/* a word-initial phrase never starts inside a word */
		if (!(word0 && i > 0 && cc_wordch(s[i - 1])) && same(s + i, w, wl, flags) && bounded(s, len, i, w, wl))
			return s + i;
		if (p == p0)
			p0 = memchr(p0 + 1, c0, len - wl - i);
		else
			p1 = memchr(p1 + 1, c1, len - wl - i);
	}
	return NULL;
}

/* A position is tried only when its byte starts a phrase of the list and,
 * right after a word byte, only for phrases that do not start with one;
 * the phrases are chained by their first byte (folded), so a position
 * tries only the phrases that can match there. */
#define CHAIN_MAX 512 /* longer lists are tried phrase by phrase */

int cc_word_any(const char *s, size_t len, const char *const *list, unsigned flags)
{
	unsigned short head[256], next[CHAIN_MAX];
	size_t i, n, k;
	int all_word = 1;

	for (n = 0; list[n]; n++)
		;
	if (n > CHAIN_MAX) {
		for (k = 0; k < n; k++)
			if (list[k][0] && cc_word_find(s, len, list[k], flags))
				return 1;
		return 0;
	}
	memset(head, 0, sizeof head);
	for (k = n; k-- > 0;) {
		unsigned char c = (unsigned char)((flags & CC_WS_CASE) ? list[k][0] : cc_lower(list[k][0]));

		if (!list[k][0])
			continue;
		next[k] = head[c];
		head[c] = (unsigned short)(k + 1);
		if (!cc_wordch(c))
			all_word = 0;
	}
	for (i = 0; i < len; i++) {
		int mid = i > 0 && cc_wordch(s[i - 1]);
		unsigned c = (unsigned char)((flags & CC_WS_CASE) ? s[i] : cc_lower(s[i]));

		if ((mid && all_word) || !head[c])
			continue;
		for (k = head[c]; k; k = next[k - 1]) {
			const char *w = list[k - 1];
			size_t wl = strlen(w);

			if (wl > len - i || (mid && cc_wordch(*w)))
				continue;
			if (same(s + i, w, wl, flags) && bounded(s, len, i, w, wl))
				return 1;
		}
	}
	return 0;
}

void cc_word_index_init(cc_word_index *ix, const char *const *list, size_t n, unsigned short *next,
			unsigned char *len)
{
	size_t k;

	memset(ix->head, 0, sizeof ix->head);
	ix->next = next;
	ix->len = len;
	ix->all_word = 1;
	for (k = n; k-- > 0;) {
		size_t l = strlen(list[k]);
		unsigned char c = (unsigned char)cc_lower(list[k][0]);

		len[k] = (unsigned char)(l < 255 ? l : 0);
		next[k] = 0;
		if (!len[k])
			continue;
		next[k] = ix->head[c];
		ix->head[c] = (unsigned short)(k + 1);
		if (!cc_wordch(c))
			ix->all_word = 0;
	}
}

/* The phrases of ix that may start at s + i, tried there (i at a word
 * start when mid is 0). */
static int any_at(const char *s, size_t len, size_t i, int mid, const char *const *list, const cc_word_index *ix)
{
	size_t k;

	for (k = ix->head[(unsigned char)cc_lower(s[i])]; k; k = ix->next[k - 1]) {
		const char *w = list[k - 1];
		size_t wl = ix->len[k - 1];

		if (wl > len - i || (mid && cc_wordch(*w)))
			continue;
		if (same(s + i, w, wl, 0) && bounded(s, len, i, w, wl))
			return 1;
	}
	return 0;
}

int cc_word_any_ix(const char *s, size_t len, const char *const *list, const cc_word_index *ix)
{
	size_t i;

	if (ix->all_word) {
		/* every phrase starts with a word byte, so only word starts are
		 * tried: the loop steps over a whole word, not byte by byte
		 * asking whether each is inside one */
		for (i = 0; i < len;) {
			if (!cc_wordch(s[i])) {
				i++;
				continue;
			}
			if (ix->head[(unsigned char)cc_lower(s[i])] && any_at(s, len, i, 0, list, ix))
				return 1;
			for (i++; i < len && cc_wordch(s[i]); i++)
				;
		}
		return 0;
	}
	for (i = 0; i < len; i++) {
		int mid = i > 0 && cc_wordch(s[i - 1]);
		unsigned c = (unsigned char)cc_lower(s[i]);

		if (ix->head[c] && any_at(s, len, i, mid, list, ix))
			return 1;
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

/* Plural to singular, the cases group nouns need: "-ies" -> "-y",
 * "-sses" -> "-ss", a final "s" (not "ss") dropped; "'s" first. */
static void singular(char *w)
{
	size_t n = strlen(w);

	if (n > 2 && !strcmp(w + n - 2, "'s"))
		w[n -= 2] = '\0';
	if (n > 4 && !strcmp(w + n - 3, "ies"))
		strcpy(w + n - 3, "y");
	else if (n > 4 && !strcmp(w + n - 4, "sses"))
		w[n - 2] = '\0';
	else if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's')
		w[n - 1] = '\0';
}

void cc_word_head(const char *phrase, char *out, size_t cap)
{
	char word[64], last[64] = "";
	const char *p = phrase;
	size_t n;

	out[0] = '\0';
	if (!phrase)
		return;
	while (*p) {
		int stop;

		while (*p && !cc_wordch(*p) && *p != '-')
			if (*p++ == ',' && last[0])
				goto done;
		if (*p == '(' || *p == ',')
			break;
		for (n = 0; *p && (cc_wordch(*p) || *p == '-' || *p == '.'); p++)
			if (n + 1 < sizeof word)
				word[n++] = (char)cc_lower(*p);
		word[n] = '\0';
		while (n && word[n - 1] == '.')
			word[--n] = '\0';
		if (!n)
			continue;
		stop = cc_vocab_has(CC_V_HEAD_STOP, word);
		if (stop && last[0])
			break;
		if (stop || cc_vocab_has(CC_V_HEAD_SKIP, word) || (word[0] >= '0' && word[0] <= '9'))
			continue;
		memcpy(last, word, n + 1);
	}
done:
	singular(last);
	snprintf(out, cap, "%s", last);
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
