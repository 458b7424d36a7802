/*
 * checks_words.c -- the checks of what the words say about the figures
 * (29-32): figures called level that the poll separates, a shift asserted
 * with no earlier figure or a small change in strong words, a cause given
 * for a survey's figures, a majority of those with a view passed off as
 * everyone's.
 *
 * Stage: statistics. The words are read once by extract/cues.c into the
 * claims' cue bits (CC_CUE_TIE_WORDS, _CHANGE_WORDS, _STRONG_WORDS,
 * _CAUSAL_WORDS, from the classes of extract/lexicon/comparisons.tsv);
 * these checks judge the records, never the text. Each speaks once per
 * sentence: the words belong to the sentence, not to one of its figures.
 */
#include "checks_int.h"

#include <gsl/gsl_cdf.h>

/* A gap more than this many margins of the gap is not the pair the tie
 * words are about ("A and B neck and neck on 35%, C on 12%"). */
#define TIE_FAR_GAPS 2.5
/* The probability of a real lead from which "a tie" misleads (claimcheck default). */
#define TIE_LIKELY_AHEAD 0.90

/* The sample size behind claim i: its base, else the n a margin of error
 * stated for its survey implies (n = (z 0.5 / m)^2 at 95%, the convention of
 * a quoted margin; the margin among the MARGIN_SCAN claims either side);
 * 0 when neither is known. */
#define MARGIN_SCAN 64 /* claims either side searched for a stated margin: a constant per tie */
static double base_or_margin_n(const run *r, size_t i, int *implied)
{
	double n = ck_claim_n(r, i);
	long s = ck_claim_survey(r, i);
	size_t k, hi = i + MARGIN_SCAN < NCLAIMS(r) ? i + MARGIN_SCAN : NCLAIMS(r);

	*implied = 0;
	if (n > 0)
		return n;
	for (k = i > MARGIN_SCAN ? i - MARGIN_SCAN : 0; k < hi; k++) {
		const cc_claim *m = CL(r, k);

		if (m->kind != CC_KIND_MARGIN_OF_ERROR || !(m->value > 0 && m->value < 0.5))
			continue;
		if ((s >= 0 && ck_claim_survey(r, k) == s) ||
		    (s < 0 && (m->start > CL(r, i)->end ? m->start - CL(r, i)->end : CL(r, i)->start - m->end) < 600)) {
			*implied = 1;
			return floor(pow(1.959964 * 0.5 / m->value, 2) + 0.5);
		}
	}
	return 0;
}

/* Do shares i and j rest on one base: the same n, or both on no stated n
 * of the same survey (a poll that gives only its margin of error)? */
static int one_base(const run *r, size_t i, size_t j)
{
	if (ck_same_base(r, i, j))
		return 1;
	return !(ck_claim_n(r, i) > 0) && !(ck_claim_n(r, j) > 0) && ck_claim_survey(r, i) == ck_claim_survey(r, j) &&
	       !ck_different_groups(r, i, j);
}

/* The two largest shares of claim j's sentence that answer one question
 * (same base, no restatement, no from-to): *a, *b; 0 when there are not two. */
static int top_pair(const run *r, size_t j, size_t *a, size_t *b)
{
	size_t k, first = r->ci[j].first, i1 = NONE, i2 = NONE;

	for (k = first; k != NONE; k = r->ci[k].next) {
		if (!ck_is_prop(CL(r, k)) || ck_is_wide(CL(r, k)))
			continue;
		if (i1 != NONE && (!one_base(r, i1, k) || ck_restates(r, i1, k) || ck_from_to(r, i1, k)))
			continue;
		if (i1 == NONE || CL(r, k)->value > CL(r, i1)->value) {
			i2 = i1;
			i1 = k;
		} else if (i2 == NONE || CL(r, k)->value > CL(r, i2)->value)
			i2 = k;
	}
	if (i1 == NONE || i2 == NONE)
		return 0;
	*a = i1 < i2 ? i1 : i2;
	*b = i1 < i2 ? i2 : i1;
	return 1;
}

/* Does claim j's sentence hold a "from ... to" pair? */
static int from_to_in(const run *r, size_t j)
{
	size_t k, i;

	for (k = r->ci[j].first; k != NONE; k = r->ci[k].next)
		for (i = 0; i < EXT(r, k)->nrels; i++)
			if (EXT(r, k)->rels[i].kind & CC_REL_FROM_TO)
				return 1;
	return 0;
}

/* 29. "A statistical dead heat" for a lead the poll can see. */
void chk_TIE_MISSTATED(run *r)
{
	size_t j, a, b, done = NONE;
	cc_numbuf w, x, y, z, u, v, t;

	for (j = 0; j < NCLAIMS(r); j++) {
		double n, p1, p2, dd, m, zl, prob;
		int implied;

		if (!(EXT(r, j)->cues & CC_CUE_TIE_WORDS) || !ck_is_prop(CL(r, j)) || r->ci[j].first == done)
			continue;
		if (!top_pair(r, j, &a, &b) || from_to_in(r, j))
			continue; /* "up from 32% to 34% (within the margin of error)": about a change */
		done = r->ci[j].first;
		if (ck_selfselect(r, ck_claim_survey(r, a), a) || !((n = base_or_margin_n(r, a, &implied)) > 0))
			continue;
		p1 = CL(r, a)->value, p2 = CL(r, b)->value, dd = fabs(p1 - p2);
		if (p1 + p2 > 1 + ck_tolerance(CL(r, a)) + ck_tolerance(CL(r, b)) ||
		    cc_diff_exclusive_moe(&m, p1, p2, n, r->level) || !(m > 0))
			continue;
		if (dd > TIE_FAR_GAPS * m)
			continue; /* the tie words are about other figures */
		zl = cc_z_for_level(r->level);
		prob = gsl_cdf_ugaussian_P(dd / (m / zl));
		cc_fmt_pct(&w, p1), cc_fmt_pct(&x, p2), cc_fmt_num(&y, dd * 100, 1), cc_fmt_level(&z, r->level);
		cc_fmt_pts(&u, m), cc_fmt_num(&t, prob * 100, 0);
		if (implied)
			snprintf(v.s, sizeof v.s, "about %s, implied by the stated margin", cc_fmt_n(&(cc_numbuf){ { 0 } }, n));
		else
			cc_fmt_n(&v, n);
		if (dd > m)
			ck_say(r, b, CC_MSG_TIE_MISSTATED_FLAG, CC_SEV_WARNING, w.s, x.s, y.s, z.s, u.s, v.s, NULL);
		else if (prob >= TIE_LIKELY_AHEAD)
			ck_say(r, b, CC_MSG_TIE_MISSTATED_FLAG_LIKELY, CC_SEV_INFO, w.s, x.s, y.s, z.s, u.s, v.s, t.s, NULL);
		else
			ck_passed(r, b, CC_MSG_TIE_MISSTATED_PASS, w.s, x.s, y.s, z.s, u.s, v.s, t.s, NULL);
	}
}

/* Does the document give an earlier figure anywhere: a change (not a lead
 * or a relative risk), a figure put at another time ("last month ... 47 per
 * cent", "against 18% in 2013") or after "from", or shares of two years? */
static int earlier_figures(const run *r)
{
	size_t k, i;
	int year = 0;

	for (k = 0; k < NCLAIMS(r); k++) {
		const cc_claim_ext *e = EXT(r, k);

		if ((CL(r, k)->kind == CC_KIND_CHANGE && !(e->cues & (CC_CUE_RELATIVE_RISK | CC_CUE_LEAD))) ||
		    (e->cues & (CC_CUE_TIMED | CC_CUE_FROM | CC_CUE_EARLIER)))
			return 1;
		if (ck_is_prop(CL(r, k)) && e->period_y > 0) {
			if (year && e->period_y != year)
				return 1; /* shares of two years: "28% against 18% in 2013" */
			year = e->period_y;
		}
		for (i = 0; i < e->nrels; i++)
			if (e->rels[i].kind & CC_REL_FROM_TO)
				return 1;
	}
	return 0;
}

/* A change "small" for strong words: 3 points or less, or under 5%
 * relative; its size as written into *size. */
static int small_change(const cc_claim *c, cc_numbuf *size)
{
	double v = fabs(c->value);
	cc_numbuf t;

	if (c->traits & CC_TRAIT_MULTIPLIER)
		return 0;
	if (c->traits & CC_TRAIT_POINTS) {
		snprintf(size->s, sizeof size->s, "%s point%s", cc_fmt_num(&t, v, 1), v == 1 ? "" : "s");
		return v <= 3;
	}
	snprintf(size->s, sizeof size->s, "%s%%", cc_fmt_num(&t, v * 100, 1));
	return v < 0.05;
}

/* 30. A shift asserted with no earlier figure; a small change in strong words. */
void chk_CHANGE_UNSUPPORTED(run *r)
{
	size_t k, done = NONE;
	int earlier = -1;
	cc_numbuf size;

	for (k = 0; k < NCLAIMS(r); k++) {
		const cc_claim *c = CL(r, k);
		unsigned cues = EXT(r, k)->cues;

		if ((cues & CC_CUE_STRONG_WORDS) && c->kind == CC_KIND_CHANGE && !(cues & (CC_CUE_RELATIVE_RISK | CC_CUE_LEAD))) {
			if (small_change(c, &size))
				ck_say(r, k, CC_MSG_CHANGE_UNSUPPORTED_FLAG_STRONG, CC_SEV_WARNING, c->text, size.s, NULL);
			else
				ck_passed(r, k, CC_MSG_CHANGE_UNSUPPORTED_PASS_STRONG, c->text, size.s, NULL);
			done = r->ci[k].first;
			continue;
		}
		if (!(cues & (CC_CUE_CHANGE_WORDS | CC_CUE_STRONG_WORDS)) || r->ci[k].first == done)
			continue;
		/* a survey's figures said to have moved */
		if (ck_claim_survey(r, k) < 0 || !(ck_is_prop(c) || c->kind == CC_KIND_SAMPLE_SIZE))
			continue;
		done = r->ci[k].first;
		if (earlier < 0)
			earlier = earlier_figures(r);
		if (earlier)
			ck_passed(r, k, CC_MSG_CHANGE_UNSUPPORTED_PASS, NULL);
		else
			ck_say(r, k, CC_MSG_CHANGE_UNSUPPORTED_FLAG, CC_SEV_INFO, NULL);
	}
}

/* 31. A cause given for a survey's figures or their change. */
void chk_CAUSAL_FROM_SURVEY(run *r)
{
	size_t k, done = NONE;

	for (k = 0; k < NCLAIMS(r); k++) {
		const cc_claim *c = CL(r, k);
		unsigned cues = EXT(r, k)->cues;
		int moved;

		if (!(cues & CC_CUE_CAUSAL_WORDS) || r->ci[k].first == done)
			continue;
		if (!(ck_is_prop(c) || c->kind == CC_KIND_CHANGE) || ck_claim_survey(r, k) < 0)
			continue;
		/* a cause for a movement: a change in its sentence, or words of change */
		moved = r->ci[k].change >= 0 || (cues & (CC_CUE_CHANGE_WORDS | CC_CUE_STRONG_WORDS));
		if (!moved) {
			/* "stayed home because of the rain": a reason respondents gave */
			ck_passed(r, k, CC_MSG_CAUSAL_FROM_SURVEY_PASS, c->text, NULL);
			done = r->ci[k].first;
			continue;
		}
		done = r->ci[k].first;
		ck_say(r, k, CC_MSG_CAUSAL_FROM_SURVEY_FLAG, CC_SEV_INFO, c->text, "a survey", NULL);
	}
}

/* A share of claim i's paragraph (at most DK_SCAN claims each way) on the
 * full base (not after a don't-knows phrase), or the share of don't-knows
 * itself ("10 per cent undecided"): 1 when readers can see both. */
#define DK_SCAN 32
static int full_base_nearby(const run *r, size_t i)
{
	size_t s = CL(r, i)->sentence, p, d, n = NCLAIMS(r);

	if (s >= r->doc->nsentences)
		return 1; /* no paragraphs known: do not claim they are missing */
	p = r->doc->sentences[s].paragraph;
	for (d = 1; d <= DK_SCAN && (d <= i || i + d < n); d++) {
		size_t k;
		int side;

		for (side = 0; side < 2; side++) {
			if (side ? i + d >= n : d > i)
				continue;
			k = side ? i + d : i - d;
			if (CL(r, k)->sentence < r->doc->nsentences &&
			    r->doc->sentences[CL(r, k)->sentence].paragraph == p && ck_is_prop(CL(r, k)) &&
			    (!(EXT(r, k)->cues & CC_CUE_DK_EXCLUDED) || (EXT(r, k)->cues & CC_CUE_DK_SHARE)))
				return 1;
		}
	}
	return 0;
}

/* Does claim k's sentence claim a majority in words: a vague majority
 * ("a majority", "most") or "more than half"? */
static int majority_words(const run *r, size_t k)
{
	size_t j;

	for (j = r->ci[k].first; j != NONE; j = r->ci[j].next) {
		const cc_claim *c = CL(r, j);

		if (!ck_is_prop(c))
			continue;
		if ((c->traits & CC_TRAIT_VAGUE) && c->low >= 0.5 - 1e-9)
			return 1;
		if ((c->traits & CC_TRAIT_LOW_OPEN) && fabs(c->low - 0.5) < 1e-9)
			return 1;
	}
	return 0;
}

/* 32. A majority among those with a view, the don't-knows left out. */
void chk_DONT_KNOWS_EXCLUDED(run *r)
{
	size_t k;

	for (k = 0; k < NCLAIMS(r); k++) {
		const cc_claim *c = CL(r, k);

		if (!ck_is_prop(c) || !(EXT(r, k)->cues & CC_CUE_DK_EXCLUDED) || !(c->value > 0.5) || ck_is_wide(c))
			continue;
		/* the objection is a majority manufactured: only where the words
		 * claim one ("a majority", "most", "more than half") -- "excluding
		 * don't knows, Yes 52%, No 48%" is a convention, stated */
		if (!majority_words(r, k))
			continue;
		if (full_base_nearby(r, k))
			ck_passed(r, k, CC_MSG_DONT_KNOWS_EXCLUDED_PASS, c->text,
				  "figures with the don't-knows in (or their share)", NULL);
		else
			ck_say(r, k, CC_MSG_DONT_KNOWS_EXCLUDED_FLAG, CC_SEV_WARNING, c->text, NULL);
	}
}
