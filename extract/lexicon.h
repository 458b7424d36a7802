/*
 * lexicon.h -- lexicon row types and lookup (stage: extract).
 * The rows are data generated from the extract/lexicon TSV files; code never lists words.
 */
#ifndef CC_EXTRACT_LEXICON_H
#define CC_EXTRACT_LEXICON_H

#include <stddef.h>

typedef enum cc_lex_class {
	LX_UNIT, LX_TENS, LX_HUNDRED, LX_SCALE, LX_SUFFIX, LX_ORDINAL, LX_DENOM, LX_MISC, LX_APPROX,
	LX_CUR_PRE, LX_CUR_WORD, LX_CUR_BOTH, LX_CUR_SUFFIX, LX_CUR_WEAK, LX_SPORT,
	LX_HEDGE, LX_VAGUE,
	LX_SURVEY_NOUN, LX_SURVEY_VERB, LX_RESPONDENT, LX_OPINION,
	LX_DURATION, LX_MONTH, LX_CLOCK, LX_AGE, LX_STOP, LX_UP, LX_DOWN, LX_CMP,
	LX_MULT, LX_SOURCE, LX_GROWTH, LX_RATE, LX_NEWSURVEY, LX_ABBREV, LX_GROUP, LX_TRIGGER,
	LX_NCLASSES
} cc_lex_class;

typedef struct cc_lex {
	const char *phrase;   /* lower case, words separated by one space */
	cc_lex_class cls;
	double v[3];          /* class-specific numbers (value, low/high multipliers...) */
	const char *str;      /* class-specific string (ISO code, traits) or NULL */
} cc_lex;

/* Row for `phrase` (n bytes, any case; runs of spaces count as one) in class
 * cls, or NULL. */
const cc_lex *cc_lex_find(const char *phrase, size_t n, cc_lex_class cls);
/* The first row of `phrase` (-1 if unknown) and its class bits. */
long cc_lex_lookup(const char *phrase, size_t n, unsigned long long *classes);
/* cc_lex_lookup for one word as the tokenizer makes it (no byte <= ' '),
 * with `avail` bytes readable from word (reads up to 16 when avail allows):
 * a word of up to 16 bytes costs one hash and two integer compares. */
long cc_lex_lookup_word(const char *word, size_t n, size_t avail, unsigned long long *classes);
/* The row of class cls among the rows of the phrase starting at row r. */
const cc_lex *cc_lex_row_class(long r, cc_lex_class cls);
/* Bit set of the classes `phrase` has (1u << cls), 0 when unknown. */
unsigned long long cc_lex_classes(const char *phrase, size_t n);

#endif
