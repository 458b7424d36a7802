/*
 * cues_sentence.c -- what each sentence's words say happened to its
 * figures (stage: extract, part of extract/cues.c's pass): levels called a
 * tie, a change asserted in words, a change called dramatic, a cause
 * given, figures set against each other. The word lists are classes of
 * extract/lexicon/comparisons.tsv; the bits go onto the claims' cues
 * (CC_CUE_TIE_WORDS ... CC_CUE_COMPARED), which stats/checks_words.c and
 * the gap check read. A class is searched only where a check reads it:
 * each search is a pass over the sentence's words.
 */
#include "extract.h"
#include "cues.h"
#include "../core/vocab.h"

#include <stdint.h>

#define SENT_WINDOW CC_CUES_SENT_WINDOW /* a run-on "sentence" is read from its start */
#define CL(d, i) (&(d)->claims[(i)])

static int any(const char *s, size_t len, enum cc_vocab_id id)
{
	return cc_vocab_any(s, len, id);
}

/* The words of sentence s that say what happened to the figures (classes
 * tie_phrase, change_phrase, strong_change, causal_phrase: CC_CUE_*_WORDS)
 * and whether it sets figures against each other (compare_cue); only the
 * classes in `need` are searched: each search is a pass over the words. */
static unsigned sentence_words(const cc_doc *doc, size_t s, unsigned need)
{
	const char *src = doc->src;
	size_t a = cc_doc_src_offset(doc, doc->sentences[s].start), b = cc_doc_src_offset(doc, doc->sentences[s].end);
	unsigned bits = 0;

	if (b > doc->src_len)
		b = doc->src_len;
	if (b <= a || !need)
		return 0;
	if (b - a > 2 * SENT_WINDOW)
		b = a + 2 * SENT_WINDOW; /* a run-on "sentence": its opening words */
	if ((need & CC_CUE_TIE_WORDS) && any(src + a, b - a, CC_V_TIE_PHRASE))
		bits |= CC_CUE_TIE_WORDS;
	if ((need & CC_CUE_CHANGE_WORDS) && any(src + a, b - a, CC_V_CHANGE_PHRASE))
		bits |= CC_CUE_CHANGE_WORDS;
	if ((need & CC_CUE_STRONG_WORDS) && any(src + a, b - a, CC_V_STRONG_CHANGE))
		bits |= CC_CUE_STRONG_WORDS;
	if ((need & CC_CUE_CAUSAL_WORDS) && any(src + a, b - a, CC_V_CAUSAL_PHRASE) &&
	    !any(src + a, b - a, CC_V_CAUSAL_NOT))
		bits |= CC_CUE_CAUSAL_WORDS;
	if ((need & CC_CUE_COMPARED) && any(src + a, b - a, CC_V_COMPARE_CUE))
		bits |= CC_CUE_COMPARED;
	return bits;
}

/* What sentence s holds: its claims' count, shares and changes, counted
 * from claim index *i on (claims are sorted by start, so their sentences
 * come in order). */
typedef struct sent_sum {
	size_t first, end;       /* its claims: [first, end) */
	unsigned props, changes, findings; /* findings: figures of a survey */
} sent_sum;

static void sum_sentence(const cc_doc *doc, size_t s, size_t from, sent_sum *o)
{
	size_t i = from, n = doc->nclaims;

	while (i < n && CL(doc, i)->sentence < s)
		i++;
	o->first = i;
	o->props = o->changes = o->findings = 0;
	for (; i < n && CL(doc, i)->sentence == s; i++) {
		o->props += CL(doc, i)->kind == CC_KIND_PROPORTION;
		o->changes += CL(doc, i)->kind == CC_KIND_CHANGE;
		o->findings += cc_doc_claim_survey(doc, i) >= 0;
	}
	o->end = i;
}

/* The classes worth searching in sentence s (the checks read them only
 * for these): tie words where there are shares (or just before a sentence
 * with shares), comparison words where there are two shares, words of
 * change and cause where a survey's figures are (strong words also beside
 * a change). A sentence with no figure matters only before one. */
static unsigned words_needed(const sent_sum *cur, const sent_sum *next, int next_same_par)
{
	unsigned need = 0;

	if (cur->end > cur->first) {
		if (cur->props >= 2) /* a tie or a comparison needs two shares */
			need |= CC_CUE_TIE_WORDS | CC_CUE_COMPARED;
		if (cur->findings)
			need |= CC_CUE_CHANGE_WORDS | CC_CUE_CAUSAL_WORDS | CC_CUE_STRONG_WORDS;
		if (cur->changes)
			need |= CC_CUE_STRONG_WORDS;
		return need;
	}
	if (next->end > next->first) {
		if (next->props && next_same_par)
			need |= CC_CUE_TIE_WORDS;
		if (next->findings)
			need |= CC_CUE_CHANGE_WORDS | CC_CUE_CAUSAL_WORDS | CC_CUE_STRONG_WORDS;
	}
	return need;
}

/* What each sentence says happened, onto its claims. A sentence with no
 * figure ("Opinion has shifted sharply." or a headline) passes its words to
 * the claims of the next sentence that has one, in its paragraph or the
 * next; tie words in a sentence with no share of its own reach the claims
 * of the next sentence of the paragraph too ("'We are within the margin of
 * error,' he said. The poll had ..."). */
#define CARRY_BYTES 400
void cc_cues_sentences(cc_doc *doc)
{
	size_t s, i, ns = doc->nsentences;
	unsigned carry = 0, tie = 0;
	size_t carry_end = 0, carry_par = SIZE_MAX, tie_par = SIZE_MAX;
	sent_sum cur, next;

	if (!ns)
		return;
	sum_sentence(doc, 0, 0, &next);
	for (s = 0; s < ns; s++) {
		unsigned bits, own;
		size_t par = doc->sentences[s].paragraph;

		cur = next;
		if (s + 1 < ns)
			sum_sentence(doc, s + 1, cur.end, &next);
		else
			next.first = next.end = cur.end, next.props = next.changes = 0;
		bits = sentence_words(doc, s, words_needed(&cur, &next,
							 s + 1 < ns && doc->sentences[s + 1].paragraph == par));
		if (carry && (cc_doc_src_offset(doc, doc->sentences[s].start) > carry_end + CARRY_BYTES ||
			      par > carry_par + 1))
			carry = 0;
		own = bits | (carry & ~CC_CUE_COMPARED) | (tie_par == par ? tie : 0);
		for (i = cur.first; i < cur.end; i++)
			doc->ext[i].cues |= own;
		if (cur.end == cur.first) { /* no figure here: pass the words on */
			if (bits) {
				carry |= bits;
				carry_end = cc_doc_src_offset(doc, doc->sentences[s].end);
				carry_par = par;
			}
		} else
			carry = 0;
		/* tie words with figures of their own are about those */
		tie = cur.props ? 0 : bits & CC_CUE_TIE_WORDS;
		tie_par = par;
	}
}
