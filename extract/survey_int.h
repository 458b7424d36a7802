/*
 * survey_int.h -- what the survey stage's two files share (extract/survey.c
 * describes each survey, extract/survey_link.c ties claims to surveys):
 * (and extract/attribution.c, a sentence's source for survey_link.c):
 * the searches, through the context's phrase search object, and the
 * document positions. Nothing else includes it. Must not: hold words (the
 * lists are vocabulary classes, VL()).
 */
#ifndef CC_EXTRACT_SURVEY_INT_H
#define CC_EXTRACT_SURVEY_INT_H

#include "survey.h"
#include "phrase.h"
#include "../core/vocab.h"
#include "../core/words.h"

#include <ctype.h>
#include <math.h>
#include <string.h>
#include <strings.h>

/* ------------------------------------------------------------ cue lists */

/* A class of the vocabulary as a search list (a stable address: the
 * phrase search object knows it again in every document). */
#define VL(c) cc_vocab_list(CC_V_##c)

/* The row of class id whose phrase is the n bytes at w, ignoring ASCII
 * case; NULL when none. */
static inline const cc_vocab_row *row_ci(enum cc_vocab_id id, const char *w, size_t n)
{
	size_t k, nr;
	const cc_vocab_row *r = cc_vocab_rows(id, &nr);

	for (k = 0; k < nr; k++)
		if (strlen(r[k].phrase) == n && !strncasecmp(w, r[k].phrase, n))
			return &r[k];
	return NULL;
}

/* Does row r carry the flag `what` in its string column? */
static inline int row_is(const cc_vocab_row *r, const char *what)
{
	return r->str && !strcmp(r->str, what);
}

/* ------------------------------------------------------------ searches */

static inline int lc(int c)
{
	return cc_lower((unsigned char)c);
}

static inline int wordch(int c)
{
	return cc_wordch(c);
}

/* The searches, through the context's phrase search object (answers as
 * core/words.h's plain search, from an index of the document's words). */
static inline const char *find_w(cc_phrase *ph, const char *s, size_t len, const char *w, int cs)
{
	return cc_phrase_find(ph, s, len, w, cs);
}

/* The phrase of `list` found earliest in [s, s+len) (ties: the earlier in
 * the list), NULL none; *at (if not NULL) its position. */
static inline const char *first_cue(cc_phrase *ph, const char *s, size_t len, const char *const *list, int cs,
				    const char **at)
{
	long k = cc_phrase_first(ph, s, len, list, cs, at);

	return k >= 0 ? list[k] : NULL;
}

/* The sets of lists whose absence from a sentence one search can prove
 * (cc_phrase_lacks), registered in this order (their ids). */
enum { SET_SOURCE, SET_SURVEY_SELF, SET_SURVEY_DATED, SET_SURVEY, SET_OPINION, NSETS };

static inline int span_lacks(cc_phrase *ph, int set, size_t a, size_t b)
{
	return cc_phrase_lacks(ph, set, a, b);
}

/* ------------------------------------------------------------ positions */

/* Text offset of input offset `src` (core/doc.c's inverse map). */
static inline size_t text_pos(const cc_doc *doc, size_t src)
{
	return cc_doc_text_offset(doc, src);
}

/* Sentence index holding text position pos; the sentence count when the
 * document has no sentences (then everything is one sentence). */
static inline size_t sentence_at(const cc_doc *doc, size_t pos)
{
	size_t lo = 0, hi = doc->nsentences;

	if (!doc->nsentences)
		return 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (doc->sentences[mid].end <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < doc->nsentences ? lo : doc->nsentences - 1;
}

/* The first sentence a scope starting at sc_a can touch (the ones before
 * end at or before it): a scope's loops start here, so the surveys of a
 * document cost their own sentences, not every sentence each. */
static inline size_t scope_first_sentence_at(const cc_doc *doc, size_t sc_a)
{
	return doc->nsentences ? sentence_at(doc, sc_a) : 0;
}

static inline void sentence_span(const cc_doc *doc, size_t k, size_t *a, size_t *b)
{
	if (!doc->nsentences || k >= doc->nsentences) {
		*a = 0;
		*b = doc->text_len;
		return;
	}
	*a = doc->sentences[k].start;
	*b = doc->sentences[k].end;
	if (*b > doc->text_len)
		*b = doc->text_len;
	if (*a > *b)
		*a = *b;
}

static inline size_t paragraph_of(const cc_doc *doc, size_t k)
{
	return doc->nsentences && k < doc->nsentences ? doc->sentences[k].paragraph : 0;
}

static inline size_t claim_sentence(const cc_doc *doc, size_t i)
{
	const cc_claim *c = &doc->claims[i];

	if (doc->nsentences && c->sentence < doc->nsentences)
		return c->sentence;
	return sentence_at(doc, text_pos(doc, c->start));
}

/* A number at p ("1,234"); -1 when none. *end after it. */
static inline double number_at(const char *p, const char *lim, const char **end)
{
	double v = 0;
	int any = 0;

	while (p < lim && (isdigit((unsigned char)*p) || (*p == ',' && any && p + 1 < lim && isdigit((unsigned char)p[1])))) {
		if (*p != ',')
			v = v * 10 + (*p - '0');
		any = 1;
		p++;
	}
	if (p < lim && *p == '.' && p + 1 < lim && isdigit((unsigned char)p[1]) && any) {
		double f = 0.1;

		for (p++; p < lim && isdigit((unsigned char)*p); p++, f /= 10)
			v += (*p - '0') * f;
	}
	*end = p;
	return any ? v : -1;
}

/* A sample_size claim that can be a survey's sample: a whole number >= 2. */
static inline int eligible_sample(const cc_claim *c)
{
	return c->kind == CC_KIND_SAMPLE_SIZE && c->value >= 2 && c->value == floor(c->value);
}

/* ------------------------------------------------------------ the steps */

/* survey_link.c: which sample_size claims are a survey's sample (one
 * survey per main sample: doc->surveys, ext->survey, ext->sample_role).
 * CC_OK or CC_ENOMEM. */
int cc_survey_link_samples(cc_phrase *ph, cc_doc *doc);

/* survey_link.c: each claim's survey, attribution, survey context and
 * crossbreak base (ext->survey, attributed, survey_context, subgroup_n),
 * once the surveys are described; first_sent[k] is survey k's first
 * sentence (NULL when there are no surveys). CC_OK or CC_ENOMEM. */
int cc_survey_link_claims(cc_phrase *ph, cc_doc *doc, const size_t *first_sent);

/* What a sentence says about the source of its figures (attribution.c). */
typedef struct cc_attr {
	const char *source; /* the source as written, NULL when no name could be read */
	const char *cue;    /* the words that name it, as written ("according to", "said") */
} cc_attr;

/* attribution.c: does sentence k name a source? 1 yes (*out filled, its
 * strings in the document's arena), 0 no, CC_ENOMEM. */
int cc_attr_sentence(cc_phrase *ph, cc_doc *doc, size_t k, cc_attr *out);

#endif
