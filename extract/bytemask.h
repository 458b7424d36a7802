/*
 * bytemask.h -- bit masks of byte classes over 64 bytes of text at a time
 * (stage: extract; private). Bit j of a mask is set when byte j is in the
 * class. The extract passes that look at every byte of a document (the
 * survey word index, the APA candidate scan) take 64 bytes per step this
 * way: with SSE2 (every x86-64) four 16-byte compares per class, else a
 * table lookup per byte. Classes are ASCII ranges and single bytes, so
 * the signed byte compares of SSE2 are exact (bytes >= 0x80 are negative
 * and never fall in an ASCII range). Must not allocate or know what the
 * bytes mean beyond their class.
 */
#ifndef CC_EXTRACT_BYTEMASK_H
#define CC_EXTRACT_BYTEMASK_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

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

#if defined(__SSE2__)
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

#if defined(__SSE2__)
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

#endif
