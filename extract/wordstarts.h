/*
 * wordstarts.h -- the word starts of a span at which a phrase of a set
 * may begin (stage: extract; private). The place and period readings look
 * for their cues at word starts only (core/words.h: a word byte after a
 * byte outside any word), over whole sentences and the whole document;
 * this finds the starts 64 bytes at a time through bytemask.h and passes
 * over those whose first byte, first two bytes or first run (of letters,
 * digits and bytes >= 0x80) no phrase of the set has ("of" is no start of
 * "office for national statistics"), at a few instructions a word. It
 * only narrows: the reader still compares each phrase. Must not: decide
 * what a word is (core/words.h does: its letters, digits and bytes >=
 * 0x80 are bytemask's BM_ALPHA | BM_DIGIT | BM_HIGH, and an apostrophe
 * belongs to a word as cc_mword_byte says).
 */
#ifndef CC_EXTRACT_WORDSTARTS_H
#define CC_EXTRACT_WORDSTARTS_H

#include "bytemask.h"
#include "../core/words.h"

#define CC_RUN_MAX 31 /* runs are measured up to this many bytes */

/* The phrases' first bytes, pairs and runs, in both cases (no folding
 * per word); 9 KB, built once by its reader with cc_wset_add. */
typedef struct cc_wset {
	uint32_t runs[256];        /* by first byte: bit n, a first run of n bytes */
	uint64_t pairs[65536 / 64]; /* first two bytes (a one-byte phrase: every pair) */
} cc_wset;

/* The run of letters, digits and bytes >= 0x80 at s[k], at most CC_RUN_MAX. */
static inline unsigned cc_run_at(const char *s, size_t len, size_t k)
{
	unsigned n = 0;

	while (k + n < len && n < CC_RUN_MAX && cc_wordch(s[k + n]) && s[k + n] != '\'')
		n++;
	return n;
}

static inline unsigned cc_other_case(unsigned c)
{
	return cc_ascii_alpha((int)c) ? c ^ 0x20 : c;
}

/* Add a phrase that starts with a letter, a digit or a byte >= 0x80. */
static inline void cc_wset_add(cc_wset *ws, const char *phrase)
{
	unsigned a = (unsigned char)phrase[0], b, k, run;

	if (!a)
		return;
	run = cc_run_at(phrase, strlen(phrase), 0);
	ws->runs[a] |= 1u << run;
	ws->runs[cc_other_case(a)] |= 1u << run;
	for (b = 0; b < 256; b++) {
		if (phrase[1] && cc_lower((int)b) != cc_lower(phrase[1]))
			continue;
		k = a | b << 8;
		ws->pairs[k >> 6] |= 1ull << (k & 63);
		k = cc_other_case(a) | b << 8;
		ws->pairs[k >> 6] |= 1ull << (k & 63);
	}
}

/*
 * Calls at(s, len, k, payload) at each word start k of [s, s+len) at which
 * a phrase of the set may begin, in text order, until it returns nonzero
 * (then returns that). Inline, with the state in locals: the caller's
 * `at` is inlined into the loop.
 */
static inline int cc_wstarts_each(const cc_wset *set, const char *s, size_t len,
				  int (*at)(const char *s, size_t len, size_t k, void *payload), void *payload)
{
	const unsigned char *u = (const unsigned char *)s;
	uint64_t w, bits, carry = 0;
	size_t blk, m;
	int r;

	for (blk = 0; blk < len; blk += m) {
		m = len - blk < 64 ? len - blk : 64;
		w = cc_bm64(s + blk, m, BM_ALPHA | BM_DIGIT | BM_HIGH, NULL, 0);
		bits = w & ~((w << 1) | carry);
		carry = w >> 63;
		while (bits) {
			size_t off = (size_t)__builtin_ctzll(bits), j = blk + off;
			uint32_t runs = set->runs[u[j]];
			unsigned n, p;

			bits &= bits - 1;
			if (!runs)
				continue;
			p = (unsigned)u[j] | (unsigned)(j + 1 < len ? u[j + 1] : 0) << 8;
			if (!((set->pairs[p >> 6] >> (p & 63)) & 1))
				continue;
			/* the run from the block's mask, unless it reaches the block's end */
			n = (unsigned)__builtin_ctzll(~(w >> off) | (1ull << 63));
			n = off + n >= 64 ? cc_run_at(s, len, j) : n < CC_RUN_MAX ? n : CC_RUN_MAX;
			if (!((runs >> n) & 1))
				continue;
			/* after an apostrophe inside a word ("don't") the word goes on */
			if (j > 0 && u[j - 1] == '\'' && cc_mword_byte(s, len, j - 1))
				continue;
			if ((r = at(s, len, j, payload)))
				return r;
		}
	}
	return 0;
}

#endif
