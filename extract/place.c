/*
 * place.c -- the place a span of text names (stage: extract): the place
 * cues of extract/lexicon/places.tsv found as whole words (core/words.h),
 * the strongest winning. Must not: know the reference rows' spellings of
 * a place (reference/ maps them onto the same canonical names).
 */
#include "matching.h"
#include "wordstarts.h"
#include "../core/vocab.h"
#include "../core/words.h"

#include <assert.h>
#include <pthread.h>
#include <string.h>

/* The cues chained by their first byte (lower case), in file order, built
 * once: a span is read once whatever the number of cues, and only at its
 * word starts (every cue starts with a letter or a digit). */
#define PLACE_MAX 1024 /* cue rows at most (places.tsv has 33; asserted) */

static struct {
	const cc_vocab_row *rows;
	size_t n;
	unsigned short head[256]; /* first cue + 1 (0: none) */
	unsigned short next[PLACE_MAX];
	unsigned short cl[PLACE_MAX]; /* cue length */
	cc_wset starts;               /* where a cue may start */
} cues;
static pthread_once_t cues_once = PTHREAD_ONCE_INIT;

static void cues_index(void)
{
	size_t i;

	cues.rows = cc_vocab_rows(CC_V_PLACE, &cues.n);
	assert(cues.n <= PLACE_MAX);
	if (cues.n > PLACE_MAX)
		cues.n = PLACE_MAX;
	i = cues.n;
	while (i-- > 0) { /* from the end, so each chain is in file order */
		unsigned char c = (unsigned char)cc_lower(cues.rows[i].phrase[0]);

		assert(cc_wordch(c) && c != '\'');
		cues.cl[i] = (unsigned short)strlen(cues.rows[i].phrase);
		cc_wset_add(&cues.starts, cues.rows[i].phrase);
		cues.next[i] = cues.head[c];
		cues.head[c] = (unsigned short)(i + 1);
	}
}

/* Does row i beat row best (-1 none): named over implied, then file order? */
static int better(size_t i, long best)
{
	double a, b;

	if (best < 0)
		return 1;
	a = cues.rows[i].v[0];
	b = cues.rows[best].v[0];
	return a > b || (a == b && (long)i < best);
}

/* The cues that start at s[k] (a word start) and end at a word boundary:
 * the best so far is *best (row index, -1 none). */
static void cues_at(const char *s, size_t len, size_t k, long *best)
{
	size_t i;

	for (i = cues.head[(unsigned char)cc_lower(s[k])]; i; i = cues.next[i - 1]) {
		const cc_vocab_row *r = &cues.rows[i - 1];
		size_t cl = cues.cl[i - 1];

		if (!r->str || k + cl > len)
			continue;
		if ((r->v[1] ? !memcmp(s + k, r->phrase, cl) : cc_same_ci(s + k, r->phrase, cl)) &&
		    (k + cl == len || !cc_mword_byte(s, len, k + cl)) && better(i - 1, *best))
			*best = (long)i - 1;
	}
}

static int cues_at_k(const char *s, size_t len, size_t k, void *best)
{
	cues_at(s, len, k, best);
	return 0;
}

const char *cc_place_of(const char *s, size_t len, int *strength_out)
{
	long best = -1;

	pthread_once(&cues_once, cues_index);
	cc_wstarts_each(&cues.starts, s, len, cues_at_k, &best);
	if (best < 0) {
		*strength_out = 0;
		return NULL;
	}
	*strength_out = cues.rows[best].v[0] ? 2 : 1;
	return cues.rows[best].str;
}
