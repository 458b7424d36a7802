/*
 * link.c -- each proportion to the sample it came from (stage: extract),
 * per the gold README "Linking a proportion to its sample":
 *  - counted forms ("12 of the 40 firms") carry their own n;
 *  - "of the 250 patients who..." links to that sample (a subgroup);
 *  - a survey named in the sentence by its name ("the Countryfile survey")
 *    links to the sample stated in a sentence naming it;
 *  - a sample stated in the same sentence;
 *  - else the latest sample stated earlier, or, when the figure is
 *    presented as a survey finding, the first one stated later;
 *  - a separate survey whose size is not stated, official figures and
 *    rates stay unlinked.
 * Cue word lists are word sets (lexicon/wordsets.tsv, cc_tok_in).
 * Must not compute anything about the samples.
 */
#include "xt.h"

#include <string.h>

#define TK(i) (&x->tok[i])
#define HAS(c, k) (((c) >> (k)) & 1ull)

static unsigned long long W(const cc_xt *x, size_t i)
{
	return i < x->ntok && x->tok[i].type == TK_WORD ? cc_tok_classes(x, i) : 0;
}

static size_t sent_end_tok(const cc_xt *x, size_t s)
{
	return s + 1 < x->nsent ? x->sfirst[s + 1] : x->ntok;
}

/* Sentence cues. */
enum { S_SURVEY = 1, S_NEWSURVEY = 2, S_SOURCE = 4, S_SURVEYWORD = 8 };

static unsigned sentence_cues(const cc_xt *x, size_t s)
{
	size_t a = x->sfirst[s], b = sent_end_tok(x, s), k;
	unsigned f = 0;
	for (k = a; k < b; k++) {
		unsigned long long c = W(x, k);
		if (HAS(c, LX_SURVEY_NOUN) || HAS(c, LX_SURVEY_VERB) || HAS(c, LX_RESPONDENT)) {
			f |= S_SURVEYWORD;
			if (HAS(c, LX_SURVEY_NOUN)) {
				/* "a separate survey", "a street survey", "another poll" */
				size_t j;
				for (j = k; j > a && j + 3 > k; j--) {
					if (HAS(W(x, j - 1), LX_NEWSURVEY) && !cc_tok_is(x, j - 1, "new"))
						f |= S_NEWSURVEY;
					if (cc_tok_is(x, j - 1, "a") || cc_tok_is(x, j - 1, "another"))
						f |= S_SURVEY;
					if (!(x->tok[j - 1].type == TK_WORD))
						break;
				}
			}
		}
		if (HAS(c, LX_SOURCE) && cc_tok_is(x, k, "according"))
			f |= S_SOURCE;
	}
	return f;
}

/* The capitalised name before "survey"/"poll" in sentence s ("Mail on
 * Sunday survey" -> "Mail on Sunday"); text offsets, 0 length if none. */
static int survey_name(const cc_xt *x, size_t s, size_t *ns, size_t *ne)
{
	size_t a = x->sfirst[s], b = sent_end_tok(x, s), k;
	for (k = a + 1; k < b; k++) {
		if (HAS(W(x, k), LX_SURVEY_NOUN) && (x->tok[k - 1].fl & TF_CAP) && x->tok[k - 1].type == TK_WORD) {
			size_t j = k - 1;
			while (j > a && ((x->tok[j - 1].type == TK_WORD && (x->tok[j - 1].fl & TF_CAP)) ||
					 ((cc_tok_is(x, j - 1, "on") || cc_tok_is(x, j - 1, "of")) && j - 1 > a &&
					  (x->tok[j - 2].fl & TF_CAP))))
				j--;
			if (j < k && (x->tok[j].fl & TF_SENT) && j + 1 < k)
				j++;
			if (cc_tok_in(x, j, WS(LINK_SKIP)))
				j++;
			if (j < k) {
				*ns = x->tok[j].s;
				*ne = x->tok[k - 1].e;
				return 1;
			}
		}
	}
	return 0;
}

static int sentence_has(const cc_xt *x, size_t s, const char *str, size_t n)
{
	size_t a = x->tok[x->sfirst[s]].s, b = x->tok[sent_end_tok(x, s) - 1].e, i;
	for (i = a; i + n <= b; i++)
		if (!memcmp(x->t + i, str, n))
			return 1;
	return 0;
}

/* "accounts for about a third of", "comprised 12% of the total",
 * "make up 9% of": a share of a whole, stated as a fact, not a survey
 * finding (only a sample in the same sentence or a named survey links it). */
static int share_of_whole(const cc_xt *x, size_t t0)
{
	size_t k = t0, n;

	for (n = 0; n < 3 && k > 0; n++) {
		k--;
		if (cc_tok_is(x, k, "for") && k > 0 &&
		    cc_tok_in(x, k - 1, WS(ACCOUNT)))
			return 1;
		if (cc_tok_in(x, k, WS(COMPRISE)))
			return 1;
		if (cc_tok_is(x, k, "up") && k > 0 &&
		    cc_tok_in(x, k - 1, WS(MAKE)))
			return 1;
		if (x->tok[k].type != TK_WORD)
			break;
	}
	return 0;
}

int cc_link_samples(cc_xt *x)
{
	cc_doc *doc = x->doc;
	size_t i, j, ns_ = 0, *samp, lo = 0;

	/* the sample_size claims, in document order */
	samp = cc_malloc(x->ctx, (x->nci ? x->nci : 1) * sizeof *samp);
	if (!samp)
		return cc_error_oom(x->ctx);
	for (j = 0; j < x->nci; j++)
		if (doc->claims[j].kind == CC_KIND_SAMPLE_SIZE)
			samp[ns_++] = j;
	for (i = 0; i < x->nci; i++) {
		cc_claim *c = &doc->claims[i];
		cc_cinfo *ci = &x->ci[i];
		unsigned cues;
		long best = -1, prior = -1, later = -1;
		size_t ns, ne, k;

		/* lo: first sample at or after claim i */
		while (lo < ns_ && samp[lo] < i)
			lo++;
		if (c->kind != CC_KIND_PROPORTION || (c->traits & CC_TRAIT_COUNTED))
			continue;
		if (ci->ofthe >= 0) {
			c->sample_claim = ci->ofthe;
			c->sample_n = doc->claims[ci->ofthe].value;
			continue;
		}
		if ((ci->hints & CI_OFFICIAL) || !ns_)
			continue;
		cues = sentence_cues(x, ci->sent);
		/* "almost two-thirds in 1999": the sample stated with that year */
		if (cc_tok_is(x, ci->t1, "in") && ci->t1 + 1 < x->ntok &&
		    x->tok[ci->t1 + 1].type == TK_NUM && x->tok[ci->t1 + 1].e - x->tok[ci->t1 + 1].s == 4) {
			const cc_tok *y = &x->tok[ci->t1 + 1];
			for (k = 0; k < ns_ && best < 0; k++)
				if (x->ci[samp[k]].sent != ci->sent && sentence_has(x, x->ci[samp[k]].sent, x->t + y->s, 4))
					best = (long)samp[k];
		}
		/* a survey named: link to the sample stated where the name is */
		if (best < 0 && survey_name(x, ci->sent, &ns, &ne)) {
			for (k = 0; k < ns_ && best < 0; k++)
				if (x->ci[samp[k]].sent == ci->sent ||
				    sentence_has(x, x->ci[samp[k]].sent, x->t + ns, ne - ns))
					best = (long)samp[k];
		}
		/* a sample in the same sentence */
		if (best < 0) {
			if (lo > 0 && x->ci[samp[lo - 1]].sent == ci->sent) {
				k = lo - 1;
				while (k > 0 && x->ci[samp[k - 1]].sent == ci->sent)
					k--;
				best = (long)samp[k];
			} else if (lo < ns_ && x->ci[samp[lo]].sent == ci->sent) {
				best = (long)samp[lo];
			}
		}
		if (lo > 0)
			prior = (long)samp[lo - 1];
		if (lo < ns_)
			later = (long)samp[lo];
		if (best < 0) {
			if (cues & S_SOURCE)
				continue;
			if ((cues & S_NEWSURVEY) || ((cues & S_SURVEY) && prior >= 0))
				continue; /* another survey, size not stated */
			if (share_of_whole(x, ci->t0))
				continue; /* "food accounts for a third of spending" */
			if (prior >= 0)
				best = prior;
			else if (later >= 0 && ((cues & S_SURVEYWORD) || (ci->hints & CI_OPINION))) {
				/* no other survey mentioned between here and the sample */
				size_t s;
				int other = 0;
				for (s = ci->sent + 1; s < x->ci[later].sent && s < ci->sent + 50; s++)
					if (sentence_cues(x, s) & S_NEWSURVEY)
						other = 1;
				if (!other && x->ci[later].sent < ci->sent + 50)
					best = later;
			}
		}
		if (best >= 0) {
			c->sample_claim = best;
			c->sample_n = doc->claims[best].value;
		}
	}
	cc_free(x->ctx, samp);
	return CC_OK;
}
