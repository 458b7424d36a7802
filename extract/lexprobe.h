/*
 * lexprobe.h -- the lexicon's packed word table and its branch-free probe
 * (stage: extract; private to the tokenizer, extract/scan.c, and to
 * extract/lexicon.c, which builds the table). Everything else looks words
 * up through lexicon.h (cc_lex_lookup_word, cc_lex_find, ...), whose
 * answers the probe must equal. Speed code: the probe compares two slots
 * with SSE2 (or, built with -DCC_NO_SIMD or without SSE2, with integer
 * compares; same answers). Must not: hold words, or be included outside
 * scan.c and lexicon.c.
 */
#ifndef CC_EXTRACT_LEXPROBE_H
#define CC_EXTRACT_LEXPROBE_H

#include <stddef.h>
#include <stdint.h>

#include "lexicon.h"

#if defined(__SSE2__) && !defined(CC_NO_SIMD)
#include <emmintrin.h>
#endif

/*
 * The packed word table behind cc_lex_lookup_word, for the tokenizer's
 * inline look-up (cc_lex_word_packed): one-word phrases of at most
 * CC_LEX_WMAX bytes keyed by their lower-case bytes packed little-endian
 * in a (bytes 0-7) and b (bytes 8-11), zero padded. Filled once by
 * cc_lex_init (which every look-up function also calls); read-only after.
 */
#define CC_LEX_WBITS 12
#define CC_LEX_WMAX 12 /* longest word in the table */
#define CC_LEX_WFILT_BITS 14
typedef struct cc_lex_wkey {
	uint64_t a;     /* bytes 0-7, lower case, zero padded */
	uint32_t b;     /* bytes 8-11 */
	uint16_t row1;  /* first row of the phrase + 1; 0: the word only starts phrases (or an empty slot) */
	uint8_t n;      /* length; 0: empty slot */
	uint8_t fl;     /* CC_LEX_* (lexicon.h); CC_LEX_FAR below */
} cc_lex_wkey;
/* CC_LEX_FAR (lexicon.h, a bit of the slot's fl): a word hashed to this
 * slot lies two or more slots on, so the probe must walk on. */
/* (one slot more: the last is a copy of the first, so the slot after any
 * slot is the next in memory) */
extern cc_lex_wkey cc_lex_wtab[(1u << CC_LEX_WBITS) + 1];
extern uint64_t cc_lex_wfilt[(1u << CC_LEX_WFILT_BITS) / 64];
/* Class bits of each phrase, on its first row r at [r + 1]; [0] is 0 (a
 * slot's row1 indexes it). */
extern unsigned long long cc_lex_classes1[];
void cc_lex_init(void);

static inline uint64_t cc_lex_whash(uint64_t a, uint64_t b, size_t n)
{
	return (a ^ (b * 0xC2B2AE3D27D4EB4Full) ^ n) * 0x9E3779B97F4A7C15ull;
}

/* The slot no word matched (row1 0, no flags). */
extern const cc_lex_wkey cc_lex_wmiss;

/* cc_lex_lookup_word for a word already packed (n <= CC_LEX_WMAX, after
 * cc_lex_init). Whether a word of the text is in the table cannot be
 * predicted, so the look-up has no branch on it: the table is a quarter
 * full, the build leaves every word within two slots of its hash's slot
 * (or marks that slot CC_LEX_FAR, then the probe loop runs), and both
 * slots are compared (SSE2: one byte compare of the whole key each) and
 * the matching slot, or cc_lex_wmiss, picked by masks. */
static inline long cc_lex_word_packed(uint64_t a, uint64_t b, size_t n, unsigned long long *classes, unsigned *flags)
{
	uint32_t w = (uint32_t)(cc_lex_whash(a, b, n) >> (64 - CC_LEX_WBITS));
	const cc_lex_wkey *k0 = &cc_lex_wtab[w], *k1 = k0 + 1, *k;
	const cc_lex_wkey *miss = &cc_lex_wmiss;
	unsigned m0, m1;

#if defined(__SSE2__) && !defined(CC_NO_SIMD)
	{
		/* the key as a slot holds it: a in bytes 0-7, b in 8-11, n in
		 * byte 14; bytes 12-13 (row1) and 15 (fl) are not compared */
		__m128i probe = _mm_set_epi64x((long long)(b | (uint64_t)n << 48), (long long)a);
		const unsigned keybytes = 0x4FFF;

		_Static_assert(offsetof(cc_lex_wkey, b) == 8 && offsetof(cc_lex_wkey, n) == 14,
			       "the probe above lays the key out as a slot does");
		m0 = ((unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)k0), probe)) &
		      keybytes) == keybytes;
		m1 = ((unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)k1), probe)) &
		      keybytes) == keybytes;
	}
#else
	m0 = (unsigned)(k0->a == a) & (unsigned)(k0->b == b) & (unsigned)(k0->n == n);
	m1 = (unsigned)(k1->a == a) & (unsigned)(k1->b == b) & (unsigned)(k1->n == n);
#endif
	_Static_assert(CC_LEX_FAR == 2, "the test below shifts the flag to bit 0");
	/* one test, rarely true (the && of two unpredictable tests would
	 * branch on the first) */
	if (__builtin_expect(((m0 | m1) ^ 1u) & ((unsigned)k0->fl >> 1), 0)) {
		for (w = (w + 2) & ((1u << CC_LEX_WBITS) - 1); cc_lex_wtab[w].n; w = (w + 1) & ((1u << CC_LEX_WBITS) - 1))
			if (cc_lex_wtab[w].a == a && cc_lex_wtab[w].b == b && cc_lex_wtab[w].n == n)
				break;
		k0 = &cc_lex_wtab[w]; /* an empty slot (row1 0, no flags) when not found */
		m0 = 1;
		m1 = 0;
	}
	/* k0, k1 or the miss slot, selected by masks (two keys never both
	 * match): gcc turns ?: over these loads into branches */
	k = (const cc_lex_wkey *)((uintptr_t)miss ^ (((uintptr_t)k0 ^ (uintptr_t)miss) & (0 - (uintptr_t)m0)) ^
				  (((uintptr_t)k1 ^ (uintptr_t)miss) & (0 - (uintptr_t)m1)));
	*flags = k->fl & ~(unsigned)CC_LEX_FAR;
	*classes = cc_lex_classes1[k->row1];
	return (long)k->row1 - 1;
}

#endif
