/*
 * vocab.c -- the generated vocabulary tables (core/vocab.h) and exact
 * look-ups over them. The lists are short (at most a few hundred rows) and
 * asked about for words of spans and record strings. Must not: list words (vocab.inc is generated).
 */
#include "vocab.h"
#include "words.h"

#include <assert.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "vocab.inc"

/*
 * Membership is asked for every word of some spans (is it filler? a group
 * noun?), so the (class, phrase) pairs are hashed once, at the first
 * look-up of any thread (pthread_once): a look-up is one hash and a
 * compare. Slots hold the first row of a phrase in its class.
 */
#define VBITS 13
#define VSIZE (1u << VBITS)
static const cc_vocab_row *vslot[VSIZE];
static unsigned short vcls[VSIZE];
static int vok; /* the table holds every row (else the linear search) */
/* Each class's phrases chained by first byte (cc_vocab_any). */
static cc_word_index vix[CC_V_COUNT];
static unsigned short vnext[CC_VOCAB_ROWS];
static unsigned char vlen[CC_VOCAB_ROWS];
static pthread_once_t vonce = PTHREAD_ONCE_INIT;

static uint32_t vhash(unsigned id, const char *w, size_t n)
{
	uint64_t h = 1469598103934665603ull ^ id;
	size_t k;

	for (k = 0; k < n; k++)
		h = (h ^ (unsigned char)w[k]) * 1099511628211ull;
	return (uint32_t)(h >> 40) & (VSIZE - 1);
}

static void vbuild(void)
{
	size_t id, i, used = 0, at = 0;

	for (id = 0; id < CC_V_COUNT; id++) {
		/* vocab_ids.h and vocab.inc are made together: the rows fit */
		assert(at + cc_vocab_classes[id].n <= CC_VOCAB_ROWS);
		cc_word_index_init(&vix[id], cc_vocab_classes[id].list, cc_vocab_classes[id].n, vnext + at, vlen + at);
		at += cc_vocab_classes[id].n;
	}

	for (id = 0; id < CC_V_COUNT; id++)
		for (i = 0; i < cc_vocab_classes[id].n; i++) {
			const cc_vocab_row *r = &cc_vocab_classes[id].rows[i];
			size_t n = strlen(r->phrase);
			uint32_t h = vhash((unsigned)id, r->phrase, n);

			while (vslot[h] && !(vcls[h] == id && !strcmp(vslot[h]->phrase, r->phrase)))
				h = (h + 1) & (VSIZE - 1);
			if (vslot[h])
				continue; /* the phrase's first row stays */
			if (++used > VSIZE / 2)
				return; /* too full: look-ups stay linear */
			vslot[h] = r;
			vcls[h] = (unsigned short)id;
		}
	vok = 1;
}

const cc_vocab_row *cc_vocab_find(enum cc_vocab_id id, const char *w, size_t n)
{
	const cc_vocab_class *c = &cc_vocab_classes[id];
	size_t i;

	pthread_once(&vonce, vbuild);
	if (vok) {
		uint32_t h = vhash((unsigned)id, w, n);

		for (; vslot[h]; h = (h + 1) & (VSIZE - 1))
			if (vcls[h] == id && !strncmp(vslot[h]->phrase, w, n) && !vslot[h]->phrase[n])
				return vslot[h];
		return NULL;
	}
	for (i = 0; i < c->n; i++) {
		const char *p = c->rows[i].phrase;

		if (p[0] == (n ? w[0] : '\0') && strlen(p) == n && !memcmp(p, w, n))
			return &c->rows[i];
	}
	return NULL;
}

int cc_vocab_has(enum cc_vocab_id id, const char *w)
{
	return cc_vocab_find(id, w, strlen(w)) != NULL;
}

int cc_vocab_any(const char *s, size_t len, enum cc_vocab_id id)
{
	pthread_once(&vonce, vbuild);
	return cc_word_any_ix(s, len, cc_vocab_classes[id].list, &vix[id]);
}

size_t cc_vocab_starts(const char *s, size_t len, enum cc_vocab_id id)
{
	size_t n, k, l;
	const cc_vocab_row *r = cc_vocab_rows(id, &n);

	for (k = 0; k < n; k++) {
		l = strlen(r[k].phrase);
		if (l <= len && cc_same_ci(s, r[k].phrase, l) && (l == len || !cc_wordch(s[l])))
			return l;
	}
	return 0;
}

size_t cc_vocab_ends(const char *s, size_t len, enum cc_vocab_id id)
{
	size_t n, k, l;
	const cc_vocab_row *r = cc_vocab_rows(id, &n);

	for (k = 0; k < n; k++) {
		l = strlen(r[k].phrase);
		if (l <= len && cc_same_ci(s + len - l, r[k].phrase, l) && (l == len || !cc_wordch(s[len - l - 1])))
			return l;
	}
	return 0;
}
