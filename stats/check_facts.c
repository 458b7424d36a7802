/*
 * check_facts.c -- what the checks know about each claim, computed from
 * the record: its sample, n and survey, its sentence window and
 * neighbours, intervals and margins, the head noun of its group, and
 * number formatting for messages.
 *
 * Stage: statistics (the checks of stats/checks.c's catalogue). Reads the
 * claim records, the survey records and the reference facts on the
 * document; never the document's text. Must not: print, touch files or the
 * database.
 */
#include "checks_int.h"


/* ------------------------------------------------------------ words */

int ck_in_list(const char *w, enum cc_vocab_id id)
{
	return !w[0] && id == CC_V_POINTER_GROUP ? 1 : cc_vocab_has(id, w);
}


/* Claim i's sentence window in the input (extract/cues.c: its sentence,
 * cut to 600 bytes either side of the figure, so that the checks that read
 * a claim's sentence stay linear in the document's length). */
void ck_span_calc(const run *r, size_t i, size_t *a, size_t *b)
{
	*a = EXT(r, i)->win_start;
	*b = EXT(r, i)->win_end;
}


/* The span, from the per-claim cache once index_claims has run. */
void ck_sent_span(const run *r, size_t i, size_t *a, size_t *b)
{
	if (r->ci) {
		*a = r->ci[i].sa;
		*b = r->ci[i].sb;
		return;
	}
	ck_span_calc(r, i, a, b);
}


int ck_same_sentence(const run *r, size_t i, size_t j)
{
	size_t a1, b1, a2, b2;

	if (r->ci)
		return r->ci[i].first == r->ci[j].first;
	ck_sent_span(r, i, &a1, &b1);
	ck_sent_span(r, j, &a2, &b2);
	return a1 == a2 && b1 == b2;
}


/* Do two claims' subjects name different groups ("men" vs "women")? */
int ck_different_groups(const run *r, size_t i, size_t j);
const char *ck_undated(const run *r, const char *p);
double ck_claim_n(const run *r, size_t i);

/* Does claim j name claim i in a comparison of kind `kind` (CC_REL_*)? */
int ck_related(const run *r, size_t i, size_t j, unsigned kind)
{
	const cc_claim_ext *e = EXT(r, j);
	size_t k;

	for (k = 0; k < e->nrels; k++)
		if (e->rels[k].other == i)
			return (e->rels[k].kind & kind) != 0;
	return 0;
}


/* Does claim j restate claim i (same figure, other words)? "A majority of
 * adults, 47 per cent, oppose", "almost two-thirds ... -- 140 of them --",
 * or a next sentence "That amounts to one in five" (the words: extract/cues.c).
 * The tests are ordered cheapest first; the pair loops call this for many pairs. */
int ck_restates(const run *r, size_t i, size_t j)
{
	const cc_claim *a = CL(r, i), *b = CL(r, j);
	size_t s, e, s2, e2;

	/* a restatement is close by: this bound also keeps the pair loops
	 * linear in practice on long documents */
	if (a->end > b->start || b->start - a->end > 400 || ck_different_groups(r, i, j))
		return 0;
	if (ck_same_sentence(r, i, j) && ck_related(r, i, j, CC_REL_RESTATES))
		return 1;
	/* a restating phrase just before j, in its sentence; i in the same
	 * sentence or the one before, about the same sample */
	ck_sent_span(r, j, &s, &e);
	if (b->start <= s || fabs(ck_claim_n(r, i) - ck_claim_n(r, j)) > 0.5)
		return 0;
	ck_sent_span(r, i, &s2, &e2);
	if (!((s2 == s && e2 == e) || (e2 <= s && s - e2 <= 3)))
		return 0;
	return (EXT(r, j)->cues & CC_CUE_RESTATES) != 0;
}


/* Pairs of claims that can restate or be compared with each other are
 * close together: claims are sorted by start, so walking back from j stops
 * once a claim starts this far before it (keeps the pair loops linear). */
#define PAIR_WINDOW 4000

/* The first claim that starts within PAIR_WINDOW bytes before claim j. */
size_t ck_window_start(const run *r, size_t j)
{
	size_t lo = 0, hi = j, from = CL(r, j)->start > PAIR_WINDOW ? CL(r, j)->start - PAIR_WINDOW : 0;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (CL(r, mid)->start < from)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}


/* At most this many candidates of one kind are compared with a figure, the
 * nearest ones (besides PAIR_WINDOW): a run of dense figures ("5% 6% 7%
 * ...") puts hundreds of claims inside the byte window, and a count bound
 * keeps each figure's pairs constant. Real articles stay far below it (the
 * BBC corpus has at most 25 proportions in a window). */
#define PAIR_MAX 256

/* The first position in L whose claim index is >= x. */
size_t ck_lbound(const idxlist *L, size_t x)
{
	return cc_first_at_least(L->v, L->n, x);
}


/* Positions [*lo, *hi) in L of claim j's candidates: the claims of L with
 * an index in [from, j), the PAIR_MAX nearest to j. */
void ck_candidates(const idxlist *L, size_t from, size_t j, size_t *lo, size_t *hi)
{
	*lo = ck_lbound(L, from);
	*hi = ck_lbound(L, j);
	if (*hi < *lo)
		*hi = *lo;
	if (*hi - *lo > PAIR_MAX)
		*lo = *hi - PAIR_MAX;
}


/* "from 58 per cent in 2021 to 53 per cent": i and j are two levels. */
int ck_from_to(const run *r, size_t i, size_t j)
{
	return ck_related(r, i, j, CC_REL_FROM_TO);
}


/* ------------------------------------------------------------ claim facts */

int ck_is_prop(const cc_claim *c)
{
	return c->kind == CC_KIND_PROPORTION;
}


/* A bare vague quantifier whose interval says little ("most": 0.5-1). */
int ck_is_wide(const cc_claim *c)
{
	return c->high - c->low > 0.2;
}


const cc_survey_info *ck_survey_at(const run *r, long s)
{
	return s >= 0 && (size_t)s < r->doc->nsurveys ? &r->doc->surveys[s] : NULL;
}


/* The record's readings (core/doc.c), from the per-run cache once
 * index_claims has filled it. */
long ck_claim_survey(const run *r, size_t i)
{
	return r->indexed ? r->ci[i].survey : cc_doc_claim_survey(r->doc, i);
}

double ck_survey_n(const run *r, long s)
{
	return cc_doc_survey_n(r->doc, s);
}

int ck_ignored_sample(const run *r, long sc)
{
	return sc >= 0 && (size_t)sc < NCLAIMS(r) && EXT(r, (size_t)sc)->sample_role == 3;
}

long ck_sample_of(const run *r, size_t i)
{
	return r->indexed ? r->ci[i].sample : cc_doc_claim_sample(r->doc, i);
}

double ck_claim_n(const run *r, size_t i)
{
	return r->indexed ? r->ci[i].n : cc_doc_claim_base(r->doc, i, NULL);
}

const cc_survey_ref *ck_claim_sref(const run *r, size_t i)
{
	long sc;

	if (EXT(r, i)->survey_ref)
		return EXT(r, i)->survey_ref;
	sc = ck_sample_of(r, i);
	if (sc >= 0 && EXT(r, (size_t)sc)->survey_ref)
		return EXT(r, (size_t)sc)->survey_ref;
	return NULL;
}


double ck_claim_deff(const run *r, size_t i)
{
	const cc_survey_info *sv = ck_survey_at(r, ck_claim_survey(r, i));
	const cc_survey_ref *sr = ck_claim_sref(r, i);

	if (sv && sv->deff >= 1)
		return sv->deff;
	if (sr && sr->deff >= 1)
		return sr->deff;
	return 1;
}


/* A group phrase without a trailing date ("... police forces in May"):
 * when the fieldwork month is glued to the population, say only who. */
const char *ck_undated(const run *r, const char *p)
{
	const char *const *months = cc_vocab_list(CC_V_MONTH);
	size_t n = strlen(p), k, e = n;
	char *copy;

	while (e && isdigit((unsigned char)p[e - 1]))
		e--;
	while (e && p[e - 1] == ' ')
		e--;
	/* the twelve full names, capitalised as written in a date */
	for (k = 0; k < 12 && months[k]; k++) {
		size_t ml = strlen(months[k]);

		if (e > ml + 4 && toupper((unsigned char)months[k][0]) == p[e - ml] &&
		    !strncmp(p + e - ml + 1, months[k] + 1, ml - 1) && isspace((unsigned char)p[e - ml - 1]) &&
		    !strncmp(p + e - ml - 4, " in", 3)) {
			copy = cc_doc_strndup(r->doc, p, e - ml - 4);
			return copy ? copy : p;
		}
	}
	return p;
}


/* Who the sample is ("human resources directors from ..."), or NULL. */
const char *ck_sample_pop_phrase(const run *r, size_t i)
{
	long sc = ck_sample_of(r, i);
	const cc_survey_info *sv = ck_survey_at(r, ck_claim_survey(r, i));

	if (sc >= 0 && CL(r, (size_t)sc)->subject && *CL(r, (size_t)sc)->subject)
		return ck_undated(r, CL(r, (size_t)sc)->subject);
	if (sv && sv->population && *sv->population)
		return ck_undated(r, sv->population);
	if (EXT(r, i)->sample_pop && EXT(r, i)->sample_pop->name)
		return EXT(r, i)->sample_pop->name;
	return NULL;
}


/* Rounding half-unit t of a figure as written (section 0). */
double ck_tolerance(const cc_claim *c)
{
	if (c->tolerance > 0)
		return c->tolerance;
	if (c->traits & CC_TRAIT_COUNTED)
		return 0;
	if (c->traits & CC_TRAIT_WORD_FRACTION)
		return P_WORD_FRACTION_TOLERANCE;
	if (c->traits & CC_TRAIT_PERCENT)
		return 0.5 * pow(10, -(c->decimals > 0 ? c->decimals : 0)) / 100;
	return 0;
}


/* Reading interval R(c) = [L - t, H + t]. */
void ck_reading(const cc_claim *c, double *lo, double *hi)
{
	double t = ck_tolerance(c);

	*lo = c->low - t;
	*hi = c->high + t;
}


/* A hedge that moves the figure one way ("almost", "more than", "up to"). */
int ck_directional_hedge(const cc_claim *c)
{
	if (!c->hedge || !*c->hedge)
		return 0;
	if (c->traits & (CC_TRAIT_LOW_OPEN | CC_TRAIT_HIGH_OPEN))
		return 1;
	/* one side moved, the other at the value: "up to", "at least" */
	return (c->low < c->value - 1e-9) != (c->high > c->value + 1e-9);
}


int ck_is_exact(const cc_claim *c)
{
	return !ck_directional_hedge(c) && fabs(c->high - c->low) < 1e-9 && !(c->traits & CC_TRAIT_VAGUE);
}


/* Worst-case margin F4 (with deff F5 and fpc F6), via cc_moe; when the
 * calculator fails, the same closed form here, so messages keep numbers. */
double ck_moe0(const run *r, double n, double deff, double N)
{
	double m;

	if (!(n > 0))
		return NAN;
	if (deff < 1)
		deff = 1;
	if (N > 0 && N < n)
		N = 0;
	if (cc_moe(&m, 0.5, n, r->level, deff, N) == CC_OK && isfinite(m))
		return m;
	return cc_z_for_level(r->level) * sqrt(0.25 * deff / n);
}


/* n for a margin E at p = 0.5 (F7). */
double ck_need_n(const run *r, double E, double N)
{
	double n, n0, z;

	if (cc_sample_size(&n, &n0, E, r->level, 0.5, N) == CC_OK && n > 0)
		return n;
	z = cc_z_for_level(r->level);
	return ceil(z * z * 0.25 / (E * E));
}


/* ------------------------------------------------------------ words */

/* The head noun of claim i's subject (extract/cues.c), "" without one. */
const char *ck_head_of(const run *r, size_t i)
{
	return EXT(r, i)->head ? EXT(r, i)->head : "";
}


int ck_different_groups(const run *r, size_t i, size_t j)
{
	const char *h1, *h2;

	if (!CL(r, i)->subject || !CL(r, j)->subject)
		return 0;
	h1 = ck_head_of(r, i);
	h2 = ck_head_of(r, j);
	return h1[0] && h2[0] && strcmp(h1, h2) && !ck_in_list(h1, CC_V_POINTER_GROUP) &&
	       !ck_in_list(h2, CC_V_POINTER_GROUP);
}


/* ------------------------------------------------------------ survey-level targets */

/* The claim a survey-level flag attaches to: the survey's sample_size
 * claim, else its first proportion, else its first claim; -1 none. */
long ck_survey_target(const run *r, long s)
{
	const cc_survey_info *sv = ck_survey_at(r, s);
	size_t i;
	long any = -1;

	if (!sv)
		return -1;
	if (r->target)
		return r->target[s];
	if (sv->sample_claim >= 0 && (size_t)sv->sample_claim < NCLAIMS(r))
		return sv->sample_claim;
	for (i = 0; i < NCLAIMS(r); i++) {
		if (ck_claim_survey(r, i) != s)
			continue;
		if (ck_is_prop(CL(r, i)))
			return (long)i;
		if (any < 0)
			any = (long)i;
	}
	return any;
}


/* Self-selection cue of claim i's survey (text or database), or NULL. */
const char *ck_selfselect(const run *r, long s, size_t i)
{
	return cc_doc_selfselect(r->doc, s, i);
}


/* Two proportions about the same people? (same n, same survey, the
 * subjects not two different groups) */
int ck_same_base(const run *r, size_t i, size_t j)
{
	const cc_claim *a = CL(r, i), *b = CL(r, j);
	double n1 = ck_claim_n(r, i), n2 = ck_claim_n(r, j);
	const char *h1, *h2;

	if (!(n1 > 0) || fabs(n1 - n2) > 0.5)
		return 0;
	if (ck_sample_of(r, i) != ck_sample_of(r, j))
		return 0;
	if (a->subject && b->subject) {
		h1 = ck_head_of(r, i);
		h2 = ck_head_of(r, j);
		if (h1[0] && h2[0] && strcmp(h1, h2) && !ck_in_list(h1, CC_V_POINTER_GROUP) &&
		    !ck_in_list(h2, CC_V_POINTER_GROUP))
			return 0;
	}
	return 1;
}
