/*
 * figure.h -- what the claim makers share (stage: extract; private to
 * claims.c, rules.c, around.c, movement.c, shares.c, sample_cx.c and
 * record.c): the record a rule fills in for a figure (cc_spec) and how it
 * becomes a claim (record.c), the context tests that read what is around a
 * figure (around.c; point changes and leads, movement.c; bare shares and
 * figures that are no claim, shares.c; sample forms, sample_cx.c: cc_cx_*),
 * and the rule table for numerals (rules.c). Token helpers are inline here:
 * every rule asks them of most tokens it looks at.
 * Must not: be included outside those files (the rest of extract/ sees
 * xt.h; other stages, extract.h).
 */
#ifndef CC_EXTRACT_FIGURE_H
#define CC_EXTRACT_FIGURE_H

#include "xt.h"

#include <math.h>

#define TK(i) (&x->tok[i])
#define IS_WORD(i) ((i) < x->ntok && x->tok[i].type == TK_WORD)
#define IS_NUM(i) ((i) < x->ntok && x->tok[i].type == TK_NUM)
#define HAS(c, k) (((c) >> (k)) & 1ull)

#define punct cc_tok_punct
#define glued cc_tok_glued
#define tok_lex cc_tok_lex

/* The lexicon classes of token i (0 unless a word). */
static inline unsigned long long W(const cc_xt *x, size_t i)
{
	return IS_WORD(i) ? cc_tok_classes(x, i) : 0;
}

static inline int same_sent(const cc_xt *x, size_t a, size_t b)
{
	return a < x->ntok && b < x->ntok && x->tok[a].sent == x->tok[b].sent;
}

/* Context scans look back at most this many tokens within a sentence: real
 * sentences are far shorter, and a run-on "sentence" (a list of figures
 * without full stops) must not make each figure cost its whole length. */
#define SENT_TOKENS 200

/* First token of i's sentence that context scans look at. */
static inline size_t sent_first(const cc_xt *x, size_t i)
{
	size_t f = x->sfirst[x->tok[i].sent];

	return i - f > SENT_TOKENS ? i - SENT_TOKENS : f;
}

/* The token after i's sentence. */
static inline size_t sent_end(const cc_xt *x, size_t i)
{
	size_t s = x->tok[i].sent;
	return s + 1 < x->nsent ? x->sfirst[s + 1] : x->ntok;
}

/* ------------------------------------------------------------------ */
/* The record of a figure (record.c)                                    */

/* What a rule says about a figure; cc_spec_emit makes the claim. */
typedef struct cc_spec {
	cc_kind kind;
	size_t t0, t1;           /* span tokens */
	size_t h0;               /* hedge first token (== t0 if none) */
	const cc_lex *hedge;
	double value, low, high, tolerance;
	int decimals;
	unsigned traits;
	const char *unit;        /* static or arena */
	size_t u0, u1;           /* unit words (tokens), when u1 > u0 */
	size_t s0, s1;           /* subject tokens, when s1 > s0 */
	double sample_n;
	unsigned hints;
	const char *rule;        /* the rule's name (static), kept on the claim (cc_claim_ext.rule) */
} cc_spec;

static inline void cc_spec_init(cc_spec *p, cc_kind k, size_t t0, size_t t1, double v)
{
	memset(p, 0, sizeof *p);
	p->kind = k;
	p->t0 = p->h0 = t0;
	p->t1 = t1;
	p->value = p->low = p->high = v;
}

/* Append the claim p describes (and its cc_cinfo). CC_OK or CC_ENOMEM. */
int cc_spec_emit(cc_xt *x, cc_spec *p);

/* Half a unit of the last digit written, in units of unitscale. */
static inline double cc_tol_digits(const cc_num *n, double unitscale)
{
	/* 10^-d as written: the correctly rounded double, the value pow
	 * returns for these (checked bit for bit), without its cost */
	static const double p10[] = { 1e0, 1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10, 1e-11,
				      1e-12, 1e-13, 1e-14, 1e-15, 1e-16, 1e-17, 1e-18, 1e-19, 1e-20, 1e-21, 1e-22 };
	int d = n->decimals;

	return 0.5 * (d >= 0 && d <= 22 ? p10[d] : pow(10, -d)) * unitscale;
}

/* The last claim made in the same sentence (its index), -1 none. */
static inline long cc_last_in_sentence(const cc_xt *x, size_t sent)
{
	if (x->nci && x->ci[x->nci - 1].sent == sent)
		return (long)x->nci - 1;
	return -1;
}

/* The ext fields of the claims made (levels "from 25% to 35%", the period
 * a claim names, explicit comparisons), once they are all made. */
void cc_claims_fill_ext(cc_xt *x);

/* ------------------------------------------------------------------ */
/* What is around a figure (around.c)                                   */

/* Each answers from the tokens only (around.c says more): a for the
 * figure's first token (or its hedge's), e for the token after it. */
int cc_cx_determiner(const cc_xt *x, size_t k);        /* "the/its/them" at k: a verb before it */
size_t cc_cx_noun_phrase(const cc_xt *x, size_t k, int allow_cap); /* end of the noun phrase at k (k: none) */
void cc_cx_subject_after(const cc_xt *x, size_t k, size_t *s0, size_t *s1, int direct); /* "of managers" */
int cc_cx_survey_before(const cc_xt *x, size_t a);    /* "polled 1,200", "a survey of" */
int cc_cx_survey_after(const cc_xt *x, size_t e, size_t u0, size_t u1); /* "adults were interviewed" */
int cc_cx_job_interview(const cc_xt *x, size_t e);    /* "interviewed for the post": no survey */
int cc_cx_change_before(const cc_xt *x, size_t a, int *level); /* sign of "rose", "fell by"; *level "to/at" */
int cc_cx_change_after(const cc_xt *x, size_t e);     /* sign of "5% higher", "up" */
int cc_cx_as_much(const cc_xt *x, size_t k);          /* "as likely", "as many" at k (not "as a player") */
int cc_cx_change_noun(const cc_xt *x, size_t a, size_t e); /* sign of "a 5% rise" */
int cc_cx_change_list(const cc_xt *x, const cc_num *n, size_t a); /* sign of a change list's next item */
int cc_cx_change_subject(const cc_xt *x, size_t a);   /* sign of "the rise was 0.4%", "put the rise at 0.9%" */
int cc_cx_period_on(const cc_xt *x, size_t e);        /* "on a year earlier", "year-on-year" */
int cc_cx_interest_before(const cc_xt *x, size_t a);  /* "interest rates ... 4.5%": a level */
int cc_cx_growth_context(const cc_xt *x, size_t a);   /* a sentence about growth */
int cc_cx_rate_context(const cc_xt *x, size_t a);     /* a sentence about a level rate */
int cc_cx_moe_context(const cc_xt *x, size_t a);      /* a margin of error */
size_t cc_cx_plus_minus(const cc_xt *x, size_t k);     /* "±" (1), "+/-", "plus or minus" (3) at k, else 0 */
int cc_cx_margin_named(const cc_xt *x, size_t from, size_t to); /* a margin word or a plus-minus in [from, to) */
int cc_cx_opinion_after(const cc_xt *x, size_t e);    /* "39% opposed": a finding */
int cc_cx_time_after(const cc_xt *x, size_t e);       /* "five years", "9.30am" */
int cc_cx_time_before(const cc_xt *x, size_t a);      /* "May 5", "aged 40", "No 10" */
int cc_cx_name_number(const cc_xt *x, size_t a, const cc_num *n); /* "Radio 4" */
void cc_cx_with_hedge(const cc_xt *x, cc_spec *p, size_t a); /* the hedge before a, onto p */
int cc_cx_mean_before(const cc_xt *x, size_t b);      /* "a mean rating of" */
int cc_cx_big_group(const cc_xt *x, const cc_num *n, size_t ue); /* "the 48,000 new homes": no anaphor */
int cc_cx_market_level(const cc_xt *x, size_t b);     /* a sentence about shares or an index */
int cc_cx_list_continues(const cc_xt *x, const cc_num *n, size_t b); /* "40 on Monday, 75 on Tuesday" */
int cc_cx_group_of_percent(const cc_xt *x, const cc_num *n, size_t b, size_t ue, long prev); /* "58% of 1,200 parents" */

/* Point changes and leads (movement.c): a for the figure's first token (b:
 * with its hedge), e the token after it, as above; q after its "points". */
int cc_cx_points_context(const cc_xt *x, size_t a);      /* not a sport's or a stock index's sentence */
int cc_cx_poll_context(const cc_xt *x, size_t a);        /* shares in a's sentence or one beside, no sport */
int cc_cx_rate_context_points(const cc_xt *x, size_t a); /* a rate's sentence: "rates rose 0.25 points" */
size_t cc_cx_points_after(const cc_xt *x, size_t e);     /* q after "points", "-point" at e (e: none) */
int cc_cx_point_noun(const cc_xt *x, size_t q);          /* sign of "lead", "rise", "fall" after the points */
int cc_cx_points_sign(const cc_xt *x, size_t b, size_t e, size_t q); /* sign of the points [e, q) of a figure
								      * from b: a noun, a direction, a lead */
int cc_cx_lead_after(const cc_xt *x, size_t e);          /* sign of "ahead", "clear", "behind", "short of" */
int cc_cx_lead_by(const cc_xt *x, size_t a, size_t e);   /* sign of "ahead by", "trails by", "missed ... by" */
int cc_cx_lead_of(const cc_xt *x, size_t b, int points); /* "a (narrow) lead of": a lead's size, any verb */
int cc_cx_lead_subject(const cc_xt *x, size_t a, int points); /* "the lead fell to 3 points": a lead's size
								  * (points: also "margin", "difference") */
size_t cc_cx_from_tie(const cc_xt *x, size_t b);         /* "from a tie to (a) 6 points": "from" (b: none) */
int cc_cx_signed(const cc_xt *x, const cc_num *n);       /* sign of "(+2)", "+35", "(-1)", "Con -2"; 0 none */
int cc_cx_movement_before(const cc_xt *x, size_t a, size_t *verb); /* sign of "up one", "gain two", "down by 2" */
int cc_cx_share_beside(const cc_xt *x, size_t k, size_t e); /* a share before the verb k or "to 13%" at e
							     * (1); a level that is no share, "to 640" (-1) */
int cc_cx_counted_before(const cc_xt *x, size_t a);      /* a count with its noun earlier in the sentence:
							  * "gained 30 seats and lost 12" elides seats */
int cc_cx_net_before(const cc_xt *x, size_t a);          /* "a net 13%" */

/* shares.c: shares written bare, and figures that are no claim */
int cc_cx_vote_pair(const cc_xt *x, const cc_num *n, cc_num *a, cc_num *b); /* "ahead 53.5-46.5": *a, *b */
int cc_cx_table_row(const cc_xt *x, size_t a, size_t *l0); /* "LAB 35", "World 52 / 32": *l0 its line */
int cc_cx_share_table(const cc_xt *x, size_t l0);     /* that row's table holds shares */
int cc_cx_share_list(const cc_xt *x, size_t a);       /* "poll: CON 33, LAB 30, LD 15" */
int cc_cx_list_number(const cc_xt *x, const cc_num *n); /* "1. Greece" */
size_t cc_cx_citation(const cc_xt *x, size_t a);      /* "[2,3]": the token after "]", 0 none */
int cc_cx_confidence_level(const cc_xt *x, size_t b, size_t e); /* "95% confidence", "95% CI" */
int cc_cx_interval_bound(const cc_xt *x, const cc_num *n, size_t b); /* "the interval runs from 14 to 20%" */
int cc_cx_hypothetical(const cc_xt *x, size_t b);     /* "if the survey were repeated 20 times" */
size_t cc_cx_age_band(const cc_xt *x, size_t e);      /* "18 to 24-year-olds" at e: its end, e none */
int cc_cx_table_total(const cc_xt *x, const cc_num *n, size_t b); /* "total 1038, 100%" */
double cc_cx_out_of_total(const cc_xt *x, const cc_num *n); /* "three out of 14": 14 */
int cc_cx_count_with_share(const cc_xt *x, const cc_num *n); /* "193 (77%)", "477, 46%;" */
int cc_cx_page_furniture(const cc_xt *x, const cc_num *n, size_t b); /* "(Visited 12 times)", "100% local" */
size_t cc_cx_vote_tally(const cc_xt *x, const cc_num *n, size_t b); /* "voted 432 to 202": the token after */
int cc_cx_enumeration(const cc_xt *x, const cc_num *n);  /* "can be 0, 1, 2, 3 or 4" */
int cc_cx_method_context(const cc_xt *x, size_t b);   /* "accurate ... 19 times out of 20" */
int cc_cx_notation_key(const cc_xt *x, size_t b);     /* "'<1' means less than 0.5%" */

/* sample_cx.c: the sample forms without "survey of" (b: the figure's first
 * token with its hedge, e its end, ue the end of its noun phrase). */
int cc_cx_people(const cc_xt *x, size_t e, size_t ue);       /* a noun of people in [e, ue) */
int cc_cx_survey_sentence(const cc_xt *x, size_t k);      /* a survey word in k's sentence */
int cc_cx_sample_label(const cc_xt *x, size_t b);           /* "Base: 120", "Interviews: 1,200" */
int cc_cx_sample_clause(const cc_xt *x, size_t b, size_t e, size_t ue); /* "with 1,045 people" in a poll's clause */
int cc_cx_sample_answered(const cc_xt *x, size_t e, size_t ue); /* "860 teachers responded" */
int cc_cx_sample_noun(const cc_xt *x, size_t k);            /* "sample", "cross-section", a survey noun */
int cc_cx_is_age_band(const cc_xt *x, size_t k);            /* "18-24", "over-65s", "aged ...": never a sample */
/* The tokens [p1, b) between a sample and the figure at b make the figure
 * one more of a list of samples ("1,200 parents, including 233 ...",
 * "took part: 1,441 online and 342 by post"); *part: a colon or "including"
 * opened the list (its figures are parts of the first sample). */
int cc_cx_sample_list(const cc_xt *x, size_t p1, size_t b, int *part);

/* After an amount "(£173)" in brackets: the conversion is exact. */
static inline int cc_cx_in_brackets(const cc_xt *x, size_t a)
{
	return a > 0 && punct(x, a - 1, '(');
}

/* ------------------------------------------------------------------ */
/* The numeral rules (rules.c)                                          */

/* Read the numeral n as a claim, or as none, by the first rule of the
 * table that decides; *next: the token to go on from. CC_OK or
 * CC_ENOMEM. */
int cc_num_claim(cc_xt *x, const cc_num *n, size_t *next);

#endif
