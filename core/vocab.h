/*
 * vocab.h -- the one vocabulary, as data: every word list any stage
 * searches or compares with (cue phrases, month names, group nouns,
 * commissioner types...), each a class of rows in the extract/lexicon TSV files,
 * generated into ordered tables at build time (extract/vocabgen.awk).
 * A new hedge, survey word, opinion verb or month spelling is one row, and
 * every stage that asks for its class sees it.
 *
 * The extract stage's tokenizer reads the same rows through its own hash
 * table (extract/lexicon.h); this interface is for ordered lists and
 * membership. Must not: hold words of its own (everything comes from the
 * generated vocab.inc).
 */
#ifndef CC_CORE_VOCAB_H
#define CC_CORE_VOCAB_H

#include <stddef.h>

#include "vocab_ids.h" /* generated: enum cc_vocab_id, CC_V_<CLASS> */
#include "words.h"

/* One row: the phrase as written, its string fields (NULL when absent;
 * "-" in the file is absent) and up to three numbers (0 when absent). */
typedef struct cc_vocab_row {
	const char *phrase;
	const char *str, *str2;
	double v[3];
} cc_vocab_row;

typedef struct cc_vocab_class {
	const char *name;          /* the class as named in the TSV files */
	const cc_vocab_row *rows;  /* in file order */
	const char *const *list;   /* the phrases alone, NULL-terminated (stable address) */
	size_t n;
} cc_vocab_class;

extern const cc_vocab_class cc_vocab_classes[CC_V_COUNT];

/* The phrases of class id, in file order, NULL-terminated. */
static inline const char *const *cc_vocab_list(enum cc_vocab_id id)
{
	return cc_vocab_classes[id].list;
}

/* The rows of class id and their number. */
static inline const cc_vocab_row *cc_vocab_rows(enum cc_vocab_id id, size_t *n_out)
{
	*n_out = cc_vocab_classes[id].n;
	return cc_vocab_classes[id].rows;
}

/* The first row of class id whose phrase equals w exactly (n bytes;
 * case-sensitive), or NULL. */
const cc_vocab_row *cc_vocab_find(enum cc_vocab_id id, const char *w, size_t n);

/* Is the NUL-terminated w a phrase of class id (exact compare)? */
int cc_vocab_has(enum cc_vocab_id id, const char *w);

/* Does a phrase of class id occur in [s, s+len) at word boundaries, case
 * folded (core/words.h's cc_word_any, through the class's index)? */
int cc_vocab_any(const char *s, size_t len, enum cc_vocab_id id);

/* The length of the phrase of class id that [s, s+len) starts with, whole
 * words, case folded (0 none): "to 24" starts with "to" of a class. */
size_t cc_vocab_starts(const char *s, size_t len, enum cc_vocab_id id);

/* The length of the phrase of class id that [s, s+len) ends with, whole
 * words, case folded (0 none): "six out of" ends with "out of". */
size_t cc_vocab_ends(const char *s, size_t len, enum cc_vocab_id id);

#endif
