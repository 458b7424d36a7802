/*
 * vocab.c -- the generated vocabulary tables (core/vocab.h) and exact
 * look-ups over them. The lists are short (at most a few hundred rows) and
 * asked about for record strings, not for every word of a text, so a
 * linear compare is enough. Must not: list words (vocab.inc is generated).
 */
#include "vocab.h"

#include <string.h>

#include "vocab.inc"

const cc_vocab_row *cc_vocab_find(enum cc_vocab_id id, const char *w, size_t n)
{
	const cc_vocab_class *c = &cc_vocab_classes[id];
	size_t i;

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
