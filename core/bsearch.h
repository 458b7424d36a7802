/*
 * bsearch.h -- the one binary search over sorted offsets (core): offset
 * maps, claim indexes, running maxima of claim ends. Header-only; knows
 * nothing of what the numbers mean. Must not: allocate, or search
 * anything but a non-decreasing array of size_t.
 */
#ifndef CC_CORE_BSEARCH_H
#define CC_CORE_BSEARCH_H

#include <stddef.h>

/* The first i in [0, n) with v[i] >= key (v non-decreasing); n when none. */
static inline size_t cc_first_at_least(const size_t *v, size_t n, size_t key)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (v[mid] < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

#endif
