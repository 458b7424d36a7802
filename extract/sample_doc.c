/*
 * sample_doc.c -- a survey's sample read from the whole document, when no
 * phrasing rule found one (stage: extract). The sample rules of
 * rules_count.c read the words around a figure ("polled 1,200 adults",
 * "860 teachers responded"); real copy has more phrasings than any list
 * of them. When a document reports shares of a survey and states no
 * sample in a form the rules know, the number of people that a sentence
 * about the survey states ("The Mumsnet survey had input from 1,062
 * parents", "Red C's poll for the paper, 1,000 adults, ...") is that
 * survey's sample: the first such count becomes a sample_size, which the
 * linking pass (link.c) then ties the survey's shares to.
 *
 * What stays a count: a number of people that a finding reports ("the
 * survey found 3,000 nurses had left": after a finding verb), a share's
 * group ("58% of 1,200 parents" is the percentage rule's), a population
 * (a scaled figure, or more than SAMPLE_MAX), a part "of" a larger group,
 * and any count in a document that already states a sample.
 * Runs after cc_claims_find, before cc_link_samples.
 */
#include "figure.h"

/* Samples of news surveys are rarely larger; a larger number of people is
 * a population or a register ("4.2 million households"). */
#define SAMPLE_MAX 200000

/* A finding verb or a clause opener between the sentence's start and
 * the count: the count is what the survey found, not who it asked. */
static int reported(const cc_xt *x, size_t f, size_t t0)
{
	size_t k;

	for (k = f; k < t0; k++)
		if (cc_tok_in(x, k, WS(SUBJECT_END)) || cc_tok_in(x, k, WS(SAY_VERB)))
			return 1;
	return 0;
}

/* Is claim j a count of people stated by a sentence about a survey? */
static int survey_count(const cc_xt *x, size_t j)
{
	const cc_claim *c = &x->doc->claims[j];
	const cc_cinfo *ci = &x->ci[j];
	size_t f = sent_first(x, ci->t0);

	if (c->kind != CC_KIND_COUNT || c->value < 20 || c->value > SAMPLE_MAX || c->value != floor(c->value) ||
	    (c->traits & CC_TRAIT_RANGE))
		return 0;
	if (!cc_cx_people(x, ci->t0, ci->t1) || cc_cx_is_age_band(x, ci->t0))
		return 0;
	if (ci->t1 < x->ntok && cc_tok_is(x, ci->t1, "of"))
		return 0; /* "2,000 of its members": a part (rules_count.c reads the forms that are samples) */
	if (ci->t0 > 0 && (cc_tok_is(x, ci->t0 - 1, "of") || cc_tok_is(x, ci->t0 - 1, "among")) && ci->t0 > f + 1 &&
	    IS_NUM(ci->t0 - 2))
		return 0; /* "58% of 1,200 parents" */
	return cc_cx_survey_sentence(x, ci->t0) && !reported(x, f, ci->t0);
}

int cc_samples_from_doc(cc_xt *x)
{
	size_t j, shares = 0;
	cc_doc *doc = x->doc;

	for (j = 0; j < x->nci; j++) {
		if (doc->claims[j].kind == CC_KIND_SAMPLE_SIZE)
			return CC_OK; /* the text states its sample in a form the rules read */
		shares += doc->claims[j].kind == CC_KIND_PROPORTION;
	}
	if (!shares)
		return CC_OK;
	for (j = 0; j < x->nci; j++)
		if (survey_count(x, j)) {
			doc->claims[j].kind = CC_KIND_SAMPLE_SIZE;
			cc_doc_ext(doc, j)->rule = "sample of a survey's sentence (the document states no other)";
			break;
		}
	return CC_OK;
}
