/*
 * bytemask.h -- bit masks of byte classes over 64 bytes of text at a time
 * (stage: extract; private). Bit j of a mask is set when byte j is in the
 * class. The extract passes that look at every byte of a document (the
 * survey word index, the scanner) take 64 bytes per step this way: with
 * SSE2 (every x86-64) four 16-byte compares per class, else (also when
 * built with -DCC_NO_SIMD) a test per byte. cc_bm_find_fold2 skips to the
 * next of a few rare bytes (the APA anchor scan) at about half an
 * instruction per byte. Classes are ASCII ranges and single bytes, so
 * the signed byte compares of SSE2 are exact (bytes >= 0x80 are negative
 * and never fall in an ASCII range). Must not allocate or know what the
 * bytes mean beyond their class.
 */
#ifndef CC_EXTRACT_BYTEMASK_H
#define CC_EXTRACT_BYTEMASK_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* The SSE2 paths below, unless built with -DCC_NO_SIMD (make test-scalar
 * runs the scalar paths). <emmintrin.h> is included whenever SSE2 is
 * there: an includer's own vector code has its own guard. */
#if defined(__SSE2__) && !defined(CC_NO_SIMD)
#define CC_BM_SSE2 1
#endif
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* The classes (bits of a class set). */
enum {
	BM_ALPHA = 1 << 0, /* A-Z a-z */
	BM_DIGIT = 1 << 1, /* 0-9 */
	BM_HIGH = 1 << 2,  /* bytes >= 0x80 (UTF-8 sequences) */
	BM_APOS = 1 << 3,  /* ' */
	BM_UNDER = 1 << 4, /* _ */
	BM_LOWER = 1 << 5  /* a-z */
};

#if defined(CC_BM_SSE2)
/* Mask of the 16 bytes at p in the class set `set` or equal to one of
 * the `nb` bytes of `bytes`. */
static inline unsigned cc_bm16(const unsigned char *p, unsigned set, const unsigned char *bytes, size_t nb)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)p), m = _mm_setzero_si128();
	size_t k;

	if (set & BM_ALPHA) {
		__m128i l = _mm_or_si128(x, _mm_set1_epi8(0x20)); /* ASCII letters to lower case */

		m = _mm_or_si128(m, _mm_and_si128(_mm_cmpgt_epi8(l, _mm_set1_epi8('a' - 1)),
						  _mm_cmplt_epi8(l, _mm_set1_epi8('z' + 1))));
	}
	if (set & BM_LOWER)
		m = _mm_or_si128(m, _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('a' - 1)),
						  _mm_cmplt_epi8(x, _mm_set1_epi8('z' + 1))));
	if (set & BM_DIGIT)
		m = _mm_or_si128(m, _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('0' - 1)),
						  _mm_cmplt_epi8(x, _mm_set1_epi8('9' + 1))));
	if (set & BM_HIGH)
		m = _mm_or_si128(m, _mm_cmplt_epi8(x, _mm_setzero_si128()));
	if (set & BM_APOS)
		m = _mm_or_si128(m, _mm_cmpeq_epi8(x, _mm_set1_epi8('\'')));
	if (set & BM_UNDER)
		m = _mm_or_si128(m, _mm_cmpeq_epi8(x, _mm_set1_epi8('_')));
	for (k = 0; k < nb; k++)
		m = _mm_or_si128(m, _mm_cmpeq_epi8(x, _mm_set1_epi8((char)bytes[k])));
	return (unsigned)_mm_movemask_epi8(m);
}
#endif

/* Is byte c in the class set or among the bytes? (the scalar reference) */
static inline int cc_bm_in(unsigned char c, unsigned set, const unsigned char *bytes, size_t nb)
{
	size_t k;

	if (((set & BM_ALPHA) && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) ||
	    ((set & BM_DIGIT) && c >= '0' && c <= '9') || ((set & BM_HIGH) && c >= 0x80) ||
	    ((set & BM_APOS) && c == '\'') || ((set & BM_UNDER) && c == '_') ||
	    ((set & BM_LOWER) && c >= 'a' && c <= 'z'))
		return 1;
	for (k = 0; k < nb; k++)
		if (c == bytes[k])
			return 1;
	return 0;
}

/* Mask of the m <= 64 bytes at p (bits m.. are 0). */
static inline uint64_t cc_bm64(const char *p, size_t m, unsigned set, const unsigned char *bytes, size_t nb)
{
	uint64_t r = 0;
	size_t j;

#if defined(CC_BM_SSE2)
	if (m == 64) {
		const unsigned char *u = (const unsigned char *)p;

		return (uint64_t)cc_bm16(u, set, bytes, nb) | (uint64_t)cc_bm16(u + 16, set, bytes, nb) << 16 |
		       (uint64_t)cc_bm16(u + 32, set, bytes, nb) << 32 | (uint64_t)cc_bm16(u + 48, set, bytes, nb) << 48;
	}
#endif
	for (j = 0; j < m; j++)
		r |= (uint64_t)cc_bm_in((unsigned char)p[j], set, bytes, nb) << j;
	return r;
}

/* Mask of the word bytes (core/words.h: letters, digits, the apostrophe,
 * bytes >= 0x80) among the m <= 64 bytes at p: the phrase index's pass
 * over every word of a document. With SSE2, per 16 bytes an unsigned
 * range test per class (x - lo <= hi - lo, by min and compare) and the
 * sign bits for the bytes >= 0x80: fewer operations than cc_bm64's
 * signed compares, and inlined so the constants stay in registers. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline uint64_t cc_bm_word64(const char *p, size_t m)
{
#if defined(__SSE2__)
	if (m == 64) {
		uint64_t r = 0;
		int k;

		for (k = 0; k < 4; k++) {
			__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * k));
			__m128i l = _mm_sub_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
			__m128i d = _mm_sub_epi8(x, _mm_set1_epi8('0'));
			__m128i w = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(l, _mm_set1_epi8(25)), l),
						 _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d));

			w = _mm_or_si128(_mm_or_si128(w, _mm_cmpeq_epi8(x, _mm_set1_epi8('\''))), x);
			r |= (uint64_t)(unsigned)_mm_movemask_epi8(w) << (16 * k);
		}
		return r;
	}
#endif
	return cc_bm64(p, m, BM_ALPHA | BM_DIGIT | BM_HIGH | BM_APOS, NULL, 0);
}

/* The first position j in [i, len) where (s[j] | 0x20) is b0 or b1
 * (len: none). b0 and b1 must have bit 0x20 set: a letter then matches in
 * either case, and any byte also matches the byte 0x20 below it (')'
 * 0x29 also finds a tab 0x09), so callers look at the byte found. For
 * bytes that are rare in the text: with SSE2 a 64-byte step is 4 loads,
 * 4 ors, 8 compares and one movemask (folding the case saves a compare
 * per load); the step holding a hit is placed with 4 more movemasks.
 * Loads never pass len (16-byte steps, then a byte at a time at the end). */
static inline size_t cc_bm_find_fold2(const char *s, size_t i, size_t len, unsigned char b0, unsigned char b1)
{
#if defined(CC_BM_SSE2)
	const __m128i v0 = _mm_set1_epi8((char)b0), v1 = _mm_set1_epi8((char)b1), f = _mm_set1_epi8(0x20);

#define CC_BM_EQ2(x) (y = _mm_or_si128(x, f), _mm_or_si128(_mm_cmpeq_epi8(y, v0), _mm_cmpeq_epi8(y, v1)))
	for (; i + 64 <= len; i += 64) {
		const __m128i *u = (const __m128i *)(const void *)(s + i);
		__m128i y, e0 = CC_BM_EQ2(_mm_loadu_si128(u)), e1 = CC_BM_EQ2(_mm_loadu_si128(u + 1)),
			   e2 = CC_BM_EQ2(_mm_loadu_si128(u + 2)), e3 = CC_BM_EQ2(_mm_loadu_si128(u + 3));

		if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(e0, e1), _mm_or_si128(e2, e3))))
			return i + (size_t)__builtin_ctzll((uint64_t)(unsigned)_mm_movemask_epi8(e0) |
							   (uint64_t)(unsigned)_mm_movemask_epi8(e1) << 16 |
							   (uint64_t)(unsigned)_mm_movemask_epi8(e2) << 32 |
							   (uint64_t)(unsigned)_mm_movemask_epi8(e3) << 48);
	}
	for (; i + 16 <= len; i += 16) {
		__m128i y;
		unsigned m = (unsigned)_mm_movemask_epi8(CC_BM_EQ2(_mm_loadu_si128((const __m128i *)(const void *)(s + i))));

		if (m)
			return i + (size_t)__builtin_ctz(m);
	}
#undef CC_BM_EQ2
#endif
	for (; i < len; i++) {
		unsigned char c = (unsigned char)s[i] | 0x20;

		if (c == b0 || c == b1)
			return i;
	}
	return len;
}

#endif
