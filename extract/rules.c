/*
 * rules.c -- the claim rules for a numeral (stage: extract): what a
 * figure is -- a proportion, a change, an amount, a count, a sample size,
 * a mean, a margin of error -- or that it is no claim (a year, a date, a
 * time, a score, a phone number, a name with a number).
 *
 * The rules are ordered tables (at the end of the file), one row per
 * behaviour, each with a name a maintainer can search for; the name of
 * the rule that makes a claim is kept on it (cc_claim_ext.rule). A
 * numeral is tried against the rules for every figure, then those for its
 * kind of figure (money, percentages, shares, plain cardinals), in order,
 * until one decides: it makes a claim, or says the figure is none. Rules
 * share the figure (struct fig): the record made for every
 * numeral (its value, range and hedge) and what some rules read around
 * it, read once on first use (pct_read, count_read).
 *
 * Must not: read the text around a figure itself (around.c's tests do),
 * link samples (link.c) or compute statistics.
 */
#include "rules_int.h"

#include <stdlib.h>
#include <string.h>


/* ------------------------------------------------------------------ */
/* Figure tests                                                         */



/* "a forecast of 4% to 5%", "expected to be 6% to 7%": one range, when
 * the first figure is not a starting level ("from 20% to 35%") or a change
 * ("up 0.2% to 5.1%", "by 41% to 36%") -- only after a word that opens a
 * figure -- and the second is above the first but not far above it. */
static int percent_range(const cc_xt *x, const cc_num *n, cc_num *r)
{
	size_t a = n->t0, h0;
	cc_num m;

	if (!(n->fl & NF_PERCENT) || (n->fl & (NF_RANGE | NF_POINTS)) || !cc_tok_is(x, n->t1, "to") ||
	    !cc_num_parse(x, n->t1 + 1, &m) || !(m.fl & NF_PERCENT) || (m.fl & (NF_RANGE | NF_POINTS)) ||
	    !(m.value > n->value) || m.value > 2 * n->value + 0.005)
		return 0;
	if (cc_hedge_before(x, a, &h0) && h0 < a)
		a = h0;
	if (a == 0)
		return 0;
	if (!cc_tok_in(x, a - 1, WS(PCT_OPEN)))
		return 0;
	*r = m;
	r->t0 = n->t0;
	r->low = n->value;
	r->high = m.value;
	r->value = (n->value + m.value) / 2;
	r->fl |= NF_RANGE;
	return 1;
}

/* The figure as the first rules see it: the numeral and its kind. */
static void fig_init(fig *f, const cc_num *n, size_t *next)
{
	f->n = n;
	f->a = n->t0;
	f->e = n->t1;
	f->next = next;
	*next = f->e;
	f->kind = (n->fl & NF_CURRENCY) ? FIG_AMOUNT : (n->fl & (NF_PERCENT | NF_POINTS)) ? FIG_PERCENT
		  : (n->fl & (NF_FRAC | NF_RATIO | NF_COUNTED)) ? FIG_SHARE : FIG_COUNT;
	f->pct_done = f->cnt_done = 0;
}

/* The record every figure that passes the first rules starts with: a
 * count of its value (and range), with the hedge before it, unless it is
 * in brackets ("(£173)": an exact conversion). */
static void fig_record(cc_xt *x, fig *f)
{
	const cc_num *n = f->n;

	cc_spec_init(&f->p, CC_KIND_COUNT, f->a, f->e, n->value);
	f->p.decimals = n->decimals;
	if (n->fl & NF_RANGE) {
		f->p.low = n->low;
		f->p.high = n->high;
		f->p.traits |= CC_TRAIT_RANGE;
	}
	if (!cc_cx_in_brackets(x, f->a))
		cc_cx_with_hedge(x, &f->p, f->a);
	f->b = f->p.hedge ? f->p.h0 : f->a;
}

/* Turn the record's value (and interval) to its opposite: a fall. */
static void negate(cc_spec *p)
{
	double lo = -p->high, hi = -p->low;

	p->value = -p->value;
	p->low = lo;
	p->high = hi;
}

/* ------------------------------------------------------------------ */
/* Every figure: what is no claim before its kind is known              */

static int r_ordinal(cc_xt *x, fig *f)
{
	(void)x;
	return f->n->ordinal ? CC_OK : RULE_ON;
}

static int r_percent_range(cc_xt *x, fig *f)
{
	cc_num r;

	if (!percent_range(x, f->n, &r))
		return RULE_ON;
	return cc_num_claim(x, &r, f->next);
}

/* A share written bare, in percent ("53.5" of "53.5-46.5", "LAB 35"; m
 * may carry its own %): a proportion of m's tokens. */
static int emit_bare_share(cc_xt *x, const fig *f, const cc_num *m)
{
	cc_spec p;

	cc_spec_init(&p, CC_KIND_PROPORTION, m->t0, m->t1, (m->fl & NF_PERCENT) ? m->value : m->value / 100);
	p.rule = f->p.rule;
	p.decimals = m->decimals;
	p.traits = CC_TRAIT_PERCENT; /* a percentage with its sign left out */
	p.tolerance = cc_tol_digits(m, 0.01);
	return cc_spec_emit(x, &p);
}

/* "1. Greece - 48 votes": the number of an item of a list */
static int r_list_number(cc_xt *x, fig *f)
{
	return cc_cx_list_number(x, f->n) ? CC_OK : RULE_ON;
}

/* "[1]", "[2,3]": a citation, with the figures after it in its brackets */
static int r_citation(cc_xt *x, fig *f)
{
	size_t e = cc_cx_citation(x, f->a);

	if (!e)
		return RULE_ON;
	*f->next = e;
	return CC_OK;
}

/* "(Visited 12 times, 3 visits today)", "100% local" alone on a line */
static int r_page_furniture(cc_xt *x, fig *f)
{
	return cc_cx_page_furniture(x, f->n, f->a) ? CC_OK : RULE_ON;
}

/* "Labor ahead 53.5-46.5", "backed it 60-40": two shares written as a
 * pair without % in a poll or a vote (convention 3; shares.c) */
static int r_vote_pair(cc_xt *x, fig *f)
{
	cc_num a, b;
	int rc;

	if (!((f->n->fl & (NF_RANGE | NF_FRAC)) || punct(x, f->e, '-')) || !cc_cx_vote_pair(x, f->n, &a, &b))
		return RULE_ON;
	if ((rc = emit_bare_share(x, f, &a)) != CC_OK)
		return rc;
	*f->next = b.t1;
	return emit_bare_share(x, f, &b);
}

/* "LAB 35+1", "Labour – 47 down 1", "World 52 / 32": a bare figure in a
 * row of a table of shares (shares.c: a heading says they are
 * percentages, or the rows make up a whole under a poll) */
static int r_share_table(cc_xt *x, fig *f)
{
	size_t l0;

	if (!(f->n->value <= 100 && cc_cx_table_row(x, f->a, &l0) && cc_cx_share_table(x, l0)))
		return RULE_ON;
	return emit_bare_share(x, f, f->n);
}

/* "The new YouGov poll: CON 33, LAB 30, LD 15, UKIP 12": a bare figure
 * in an inline list of shares that make up a whole (shares.c) */
static int r_share_list(cc_xt *x, fig *f)
{
	return f->a > 0 && IS_WORD(f->a - 1) && cc_cx_share_list(x, f->a)
	       ? emit_bare_share(x, f, f->n) : RULE_ON;
}

static double token_value(const cc_xt *x, size_t k);

/* "ahead by 51 per cent to 47", "from 40% to 47.": a bare number right
 * after "to" that follows a percentage is a share with its unit left out
 * (the two make up at most a whole, and no noun follows it) */
static int r_share_to_elided(cc_xt *x, fig *f)
{
	size_t a = f->a, u;
	double v0;

	if (a < 3 || !cc_tok_is(x, a - 1, "to") || !same_sent(x, a - 1, a))
		return RULE_ON;
	u = a - 2; /* the unit of the figure before "to" */
	if (punct(x, u, '%') || cc_tok_is(x, u, "percent"))
		;
	else if (cc_tok_is(x, u, "cent") && cc_tok_is(x, u - 1, "per") && u >= 2)
		u--;
	else
		return RULE_ON;
	if ((v0 = token_value(x, u - 1)) < 0 || v0 > 100 || f->n->value > 100 || v0 + f->n->value > 101)
		return RULE_ON;
	if (f->e < x->ntok && IS_WORD(f->e) && !HAS(W(x, f->e), LX_STOP))
		return RULE_ON; /* "to 47 points", "to 12 seats" */
	if (punct(x, f->e, '-') || punct(x, f->e, '/'))
		return RULE_ON;
	return emit_bare_share(x, f, f->n);
}

/* The value of the digits token k (a whole number or a decimal, at most
 * 12 bytes), -1 if it is not one. */
static double token_value(const cc_xt *x, size_t k)
{
	char buf[16], *end;
	size_t n;
	double v;

	if (!IS_NUM(k) || (n = TK(k)->e - TK(k)->s) >= sizeof buf || n > 12)
		return -1;
	memcpy(buf, x->t + TK(k)->s, n);
	buf[n] = 0;
	v = strtod(buf, &end);
	return end == buf + n ? v : -1;
}

/* "leading the field, 25-19-18-13-8 percent": a chain of shares joined by
 * dashes, the unit after the last; three or more, or a pair that runs
 * downwards ("ahead 54-41 per cent": a range never does). Each is a
 * proportion; together they make up at most a whole. */
static int r_share_chain(cc_xt *x, fig *f)
{
	size_t k = f->n->t0, j, m = 0, at[16];
	double v[16], sum = 0;
	cc_spec p;
	int rc;

	/* the cheap test first: every figure comes by */
	if (!(punct(x, k + 1, '-') && IS_NUM(k + 2) && glued(x, k) && glued(x, k + 1)) ||
	    (k > 0 && punct(x, k - 1, '-') && glued(x, k - 1)))
		return RULE_ON;
	for (j = k; m < 16 && IS_NUM(j); j += 2) {
		at[m++] = j;
		if (!(punct(x, j + 1, '-') && glued(x, j) && glued(x, j + 1) && IS_NUM(j + 2)))
			break;
	}
	j = at[m - 1] + 1;
	if (m < 2 || !(punct(x, j, '%') || cc_tok_is(x, j, "percent") || (cc_tok_is(x, j, "per") && cc_tok_is(x, j + 1, "cent"))))
		return RULE_ON; /* (the unit first, then the values) */
	for (j = 0; j < m; j++)
		if ((v[j] = token_value(x, at[j])) < 0)
			return RULE_ON;
		else
			sum += v[j];
	if ((m == 2 && v[0] <= v[1]) || sum > 101)
		return RULE_ON;
	for (j = 0; j < m; j++) {
		cc_spec_init(&p, CC_KIND_PROPORTION, at[j], at[j] + 1, v[j] / 100);
		p.rule = f->p.rule;
		p.traits = CC_TRAIT_PERCENT;
		p.tolerance = 0.005;
		if ((rc = cc_spec_emit(x, &p)) != CC_OK)
			return rc;
	}
	*f->next = at[m - 1] + 1 + (cc_tok_is(x, at[m - 1] + 1, "per") ? 2 : 1);
	return CC_OK;
}

/* "18-17", "5-0" (a range never runs downwards) */
static int r_score(cc_xt *x, fig *f)
{
	size_t e = f->e;

	if (!((f->n->fl & NF_DIGITS) && !(f->n->fl & (NF_PERCENT | NF_CURRENCY | NF_RANGE)) && punct(x, e, '-') &&
	      glued(x, e - 1) && IS_NUM(e + 1)))
		return RULE_ON;
	*f->next = e + 2;
	return CC_OK;
}

/* "May 5", "aged 40", "No 10", "G8", "#3" */
static int r_label_before(cc_xt *x, fig *f)
{
	if ((f->n->fl & NF_PERCENT) && f->a > 0 && cc_tok_is(x, f->a - 1, "no") && !glued(x, f->a - 1))
		return RULE_ON; /* "Yes 63%. No 37%": an answer and its share, not "No 10" */
	return cc_cx_time_before(x, f->a) ? CC_OK : RULE_ON;
}

/* "five years", "9.30am", "a two-year deal", "10:30" */
static int r_time_after(cc_xt *x, fig *f)
{
	return !(f->n->fl & (NF_CURRENCY | NF_PERCENT | NF_POINTS)) && cc_cx_time_after(x, f->e) ? CC_OK : RULE_ON;
}

/* "a 1,000-person survey", "the 2,000-strong panel", "a 1,200-voter
 * poll": a sample written as a compound adjective of a survey noun, which
 * r_time_after would otherwise take for a compound of time ("a two-year
 * study"); the span runs through the compound. */
static int r_sample_compound(cc_xt *x, fig *f)
{
	size_t e = f->e, j;

	if (!(punct(x, e, '-') && glued(x, e - 1) && glued(x, e) && cc_tok_in(x, e + 1, WS(SAMPLE_COMPOUND))))
		return RULE_ON;
	for (j = e + 2; j < e + 5 && IS_WORD(j) && same_sent(x, e, j); j++)
		if (cc_cx_sample_noun(x, j) || cc_tok_in(x, j, WS(SAMPLE_COMPOUND))) {
			const char *rule = f->p.rule;

			fig_record(x, f); /* (an ANY rule runs before the record is set up) */
			f->p.rule = rule;
			f->p.kind = CC_KIND_SAMPLE_SIZE;
			f->p.t1 = e + 2;
			*f->next = e + 2;
			return cc_spec_emit(x, &f->p);
		}
	return RULE_ON;
}

/* "Chapter 11", "Radio 4", "BBC One" */
static int r_name_number(cc_xt *x, fig *f)
{
	return cc_cx_name_number(x, f->a, f->n) ? CC_OK : RULE_ON;
}

/* "16-18" bare: dates and scores (not "between 2 and 3 million") */
static int r_bare_range(cc_xt *x, fig *f)
{
	const cc_num *n = f->n;

	return n->fl & NF_RANGE && !(n->fl & (NF_PERCENT | NF_CURRENCY | NF_POINTS | NF_SCALE)) &&
	       n->low == floor(n->low) && !IS_WORD(f->e) ? CC_OK : RULE_ON;
}


/* ------------------------------------------------------------------ */
/* Point changes and leads written without "percentage" (movement.c    */
/* reads around them): tried before the rules that would take the      */
/* figure for a name ("LAB 2"), a compound ("seven-point") or "one"     */

/* The figure as a change in points over its tokens (from t0, a sign
 * before it, when t0 < a; through t1), of sign s. */
static int emit_points(cc_xt *x, fig *f, size_t t0, size_t t1, int s)
{
	cc_spec *p = &f->p;
	const char *rule = p->rule; /* the record is made here, after the rule named it */

	fig_record(x, f);
	p->rule = rule;
	if (t0 < p->t0) {
		p->t0 = t0;
		if (!p->hedge)
			p->h0 = t0;
	}
	p->t1 = t1;
	*f->next = t1;
	p->kind = CC_KIND_CHANGE;
	p->unit = "points";
	p->traits |= CC_TRAIT_POINTS;
	if ((s < 0) != (p->value < 0))
		negate(p);
	p->tolerance = (f->n->fl & NF_WORD) ? 0.5 : cc_tol_digits(f->n, 1);
	return cc_spec_emit(x, p);
}

/* "up two points", "four points behind", "a seven-point lead", "a one
 * point fall", "the lead fell to 3 points", "a gap of 18 points": points
 * of a poll's shares (never a sport's or a stock index's, nor "at one
 * point"), with a direction, a lead word or a lead before them */
static int r_points_word(cc_xt *x, fig *f)
{
	size_t a = f->a, e = f->e, q = cc_cx_points_after(x, e), b, tie;
	const cc_lex *h;
	int s;

	if (q == e || !(f->n->value > 0 && f->n->value <= 100))
		return RULE_ON;
	if (a > 0 && cc_tok_is(x, a - 1, "at") && f->n->value == 1 && cc_tok_is(x, q - 1, "point"))
		return RULE_ON; /* "at one point": a moment */
	if (!cc_cx_poll_context(x, a) && !cc_cx_rate_context_points(x, a))
		return RULE_ON; /* a poll's shares, or a rate ("interest rates rose 0.25 points") */
	h = cc_hedge_before(x, a, &b);
	if (!h || !same_sent(x, b, a))
		b = a;
	if ((tie = cc_cx_from_tie(x, b)) < b && cc_cx_point_noun(x, q) >= 0) {
		/* "anything from a tie to a 6-point lead": one change, [0, 6] */
		int rc = emit_points(x, f, tie, q, 1);

		if (rc == CC_OK) {
			cc_claim *c = &x->doc->claims[x->doc->nclaims - 1];

			c->low = 0;
			c->high = c->value;
			c->value /= 2;
			c->traits |= CC_TRAIT_RANGE;
		}
		return rc;
	}
	s = cc_cx_points_sign(x, b, e, q);
	if (!s)
		return RULE_ON;
	return emit_points(x, f, a, q, s);
}

/* "CON 43% (+2)", "GRN 4% +1", "LAB 35+1", "(-15)", "a net rating of
 * +35": a signed movement, in points */
static int r_signed_movement(cc_xt *x, fig *f)
{
	int s = cc_cx_signed(x, f->n);

	if (!s || f->n->value > 100 || !cc_cx_poll_context(x, f->a))
		return RULE_ON; /* (a net rating runs from -100 to +100) */
	/* from the sign ("+2"; "minus 12" is one numeral), through "pts" ("(+2pts)") */
	return emit_points(x, f, cc_tok_in(x, f->a, WS(NEG_WORD)) ? f->a : f->a - 1, cc_cx_points_after(x, f->e), s);
}

/* "the Greens gain two", "up by eight to 19 per cent", "8 per cent, up
 * one", "47 down 1": a poll's movement with its unit, points, left out
 * (no noun after it: "up 3 seats" is a count) */
static int r_elided_points(cc_xt *x, fig *f)
{
	size_t e = f->e, verb;
	int s, share;

	if (!(f->n->value > 0 && f->n->value <= 50) || !(s = cc_cx_movement_before(x, f->a, &verb)))
		return RULE_ON;
	if (IS_WORD(e) && !(TK(e)->fl & TF_NL) &&
	    (cc_cx_noun_phrase(x, e, 0) > e || cc_tok_is(x, e, "of") || cc_cx_time_after(x, e)))
		return RULE_ON; /* "up 3 seats", "lost 12 of their 14", "rising by three months" */
	if ((share = cc_cx_share_beside(x, verb, e)) < 0 || !(share || cc_cx_poll_context(x, f->a)) ||
	    !cc_cx_points_context(x, f->a) || (!share && cc_cx_counted_before(x, f->a)))
		return RULE_ON; /* "gained 30 seats and lost 12": seats */
	return emit_points(x, f, f->a, e, s);
}

/* "the lead shrank from 12 points to 4": the second end takes the first's
 * unit (a lead's size: positive) */
static int r_points_to(cc_xt *x, fig *f)
{
	size_t a = f->a;
	long prev;

	if (!(a >= 2 && cc_tok_is(x, a - 1, "to") && f->n->value <= 100))
		return RULE_ON;
	prev = cc_last_in_sentence(x, TK(a)->sent);
	if (!(prev >= 0 && x->ci[prev].t1 == a - 1 && x->doc->claims[prev].kind == CC_KIND_CHANGE &&
	      (x->doc->claims[prev].traits & CC_TRAIT_POINTS) && x->ci[prev].t0 > 0 &&
	      cc_tok_is(x, x->ci[prev].t0 - 1, "from")))
		return RULE_ON;
	return emit_points(x, f, a, f->e, 1);
}

/* "LAB 2 ahead", "the Tories are 4 behind": a lead with its unit left out */
static int r_bare_lead(cc_xt *x, fig *f)
{
	int s;

	if (!(f->n->value > 0 && f->n->value <= 50) || !cc_tok_in(x, f->e, WS(LEAD_ADV)) ||
	    !(s = cc_cx_lead_after(x, f->e)) || !cc_cx_poll_context(x, f->a) || cc_cx_counted_before(x, f->a))
		return RULE_ON; /* not "its 301 MPs were 17 short of", "320 seats, 30 ahead": seats */
	return emit_points(x, f, f->a, f->e + 1, s);
}

/* ------------------------------------------------------------------ */
/* Money                                                                */

/* "the rapper 50 Cent": a name */
static int r_stage_name(cc_xt *x, fig *f)
{
	size_t a = f->a, e = f->e;

	return e > a && IS_WORD(e - 1) && (TK(e - 1)->fl & TF_CAP) && !(TK(e - 1)->fl & TF_UPPER) &&
	       cc_tok_in(x, e - 1, WS(CENT)) ? CC_OK : RULE_ON;
}

/* "900 pounds (408kg)": a weight */
static int r_weight_pounds(cc_xt *x, fig *f)
{
	size_t a = f->a, e = f->e;

	return e > a && (cc_tok_is(x, e - 1, "pounds") || cc_tok_is(x, e - 1, "pound")) && punct(x, e, '(') &&
	       IS_NUM(e + 1) && IS_WORD(e + 2) && cc_tok_in(x, e + 2, WS(KG)) ? CC_OK : RULE_ON;
}

/* "it was 30C", "a high of 86F": degrees, not cents (a capital glued
 * after the digits, no currency before them) */
static int r_temperature(cc_xt *x, fig *f)
{
	size_t e = f->e;

	return e == f->a + 2 && IS_NUM(f->a) && glued(x, f->a) && TK(e - 1)->e - TK(e - 1)->s == 1 &&
	       (x->t[TK(e - 1)->s] == 'C' || x->t[TK(e - 1)->s] == 'F') ? CC_OK : RULE_ON;
}

static int r_amount(cc_xt *x, fig *f)
{
	const cc_num *n = f->n;
	cc_spec *p = &f->p;
	double sc;

	p->kind = CC_KIND_AMOUNT;
	p->unit = n->cur;
	p->value = fabs(p->value);
	/* The scale factor is multiplied by 0 below: only its sign and
	 * whether it is finite reach the tolerance, and for a finite value
	 * (over a power of ten >= 1) they are the value's own, so the value
	 * stands in for it without pow and log10. */
	sc = !(n->fl & NF_SCALE) ? 1 : isfinite(n->value) ? n->value : n->value / pow(10, floor(log10(fabs(n->value) + 1)));
	p->tolerance = (n->fl & NF_WORD) ? 0 : cc_tol_digits(n, n->value / (n->value ? n->value : 1) * sc * 0);
	return cc_spec_emit(x, p);
}

/* ------------------------------------------------------------------ */
/* Percentages                                                          */

/* The record of a percentage: its trait and the tolerance of its digits. */
static void pct_record(fig *f)
{
	const cc_num *n = f->n;

	f->p.traits |= CC_TRAIT_PERCENT;
	f->p.tolerance = (n->fl & NF_WORD) ? 0.005 : cc_tol_digits(n, (n->fl & NF_POINTS) ? 1 : 0.01);
}

/* A restated change: "rose 31.2 points, or 0.4%", "rose by £20m or 12%"
 * (the figure before "or", a claim or not, and its verb); "fell 12p, or
 * 4%, to 290p", "rose 20 cents - 2.4% -", "fell 9p (3%)" (the claim just
 * made, the same change as a percentage). Its sign, 0 none. */
static int restated_change(cc_xt *x, size_t a)
{
	int lv = 0;

	if (a >= 3 && cc_tok_is(x, a - 1, "or")) {
		size_t k = punct(x, a - 2, ',') ? a - 3 : a - 2, f = sent_first(x, a);

		while (k > f && (IS_WORD(k) && (cc_tok_in(x, k, WS(PRICE_UNIT)) || HAS(W(x, k), LX_SCALE))))
			k--;
		while (k > f && (IS_NUM(k - 1) || TK(k - 1)->type == TK_SYM) && glued(x, k - 1))
			k--;
		if (IS_NUM(k) || TK(k)->type == TK_SYM) {
			int d = cc_cx_change_before(x, k, &lv);

			if (d)
				return d;
		}
	}
	if (x->nci && x->ci[x->nci - 1].sent == TK(a)->sent &&
	    ((a >= 2 && cc_tok_is(x, a - 1, "or") && punct(x, a - 2, ',') && x->ci[x->nci - 1].t1 == a - 2) ||
	     (a >= 1 && (punct(x, a - 1, 'D') || punct(x, a - 1, '-') || punct(x, a - 1, '(')) &&
	      x->ci[x->nci - 1].t1 == a - 1))) {
		const cc_claim *pc = &x->doc->claims[x->nci - 1];

		if (pc->kind == CC_KIND_CHANGE)
			return pc->value < 0 ? -1 : 1;
		if (pc->kind == CC_KIND_AMOUNT || pc->kind == CC_KIND_COUNT)
			return cc_cx_change_before(x, x->ci[x->nci - 1].t0, &lv);
	}
	return 0;
}

/* Read the change around a percentage once: a change word before it
 * ("rose 5%"), a comparative or change noun after it ("5% higher", "a 5%
 * rise"), or, when neither and no level, a list of changes ("slid 12% at
 * one store and 7.5% at another"), "on a year earlier", a restatement. */
/* A share written after a lead in its sentence that continues it:
 * "Labour's lead is 7% among women but just 4% among men" (the same
 * "among ..." after both), "strong leads among 18-34 year olds (18%)"
 * (in brackets after "leads among ..."). The lead's sign, else 0. */
static int lead_follow_on(cc_xt *x, fig *f)
{
	long prev = cc_last_in_sentence(x, TK(f->a)->sent);
	size_t k, f0 = sent_first(x, f->a);

	if (prev >= 0 && x->doc->claims[prev].kind == CC_KIND_CHANGE && cc_tok_is(x, f->e, "among") &&
	    cc_tok_is(x, x->ci[prev].t1, "among"))
		return x->doc->claims[prev].value < 0 ? -1 : 1;
	if (!(f->a > 0 && punct(x, f->a - 1, '(') && punct(x, f->e, ')')))
		return 0;
	for (k = f->a - 1; k > f0 && f->a - k < 10; k--) {
		if (IS_NUM(k - 1) && !cc_cx_is_age_band(x, k - 1) && !(k > 1 && cc_cx_is_age_band(x, k - 2)) &&
		    !(k > 2 && cc_cx_is_age_band(x, k - 3)))
			return 0; /* another figure between (an age band is not one) */
		if (cc_tok_in(x, k - 1, WS(LEAD_POS) | WS(LEAD_NEG)) && cc_tok_is(x, k, "among"))
			return cc_tok_in(x, k - 1, WS(LEAD_NEG)) ? -1 : 1;
		if (punct(x, k - 1, ';') || punct(x, k - 1, '.'))
			return 0;
	}
	return 0;
}

static void pct_read(cc_xt *x, fig *f)
{
	size_t a = f->b, e = f->e;

	if (f->pct_done)
		return;
	f->pct_done = 1;
	f->dir = cc_cx_lead_of(x, a, 0) ? 1 : cc_cx_change_before(x, a, &f->level);
	if (!f->dir)
		f->dir = cc_cx_lead_by(x, a, e); /* "ahead by 5%", "missed it by 2%" */
	if (!f->dir && !f->level)
		f->dir = lead_follow_on(x, f);
	if (!f->dir && (f->dir = cc_cx_change_subject(x, a)) != 0)
		f->level = 0; /* "put the rise at 0.9%": the change's size, not a level */
	f->cmp = cc_cx_change_after(x, e);
	if (f->p.hedge && cc_tok_in(x, f->p.h0, WS(BEYOND))) {
		f->dir = 0; /* "may dip below 6%": a level crossed */
		f->level = 1;
	}
	if (!f->cmp)
		f->cmp = cc_cx_change_noun(x, a, e);
	if (f->dir || f->cmp || f->level)
		return;
	f->dir = cc_cx_change_list(x, f->n, a);
	if (!f->dir && cc_cx_period_on(x, e))
		f->dir = 1; /* "8.8% on a year earlier", "9.5% year-on-year" */
	if (!f->dir)
		f->dir = restated_change(x, a);
}

/* "95% confidence", "(95% CI 0.4 to 1.9)", "at the 95% level of
 * confidence": a confidence level is method, not a claim (convention 8) */
static int r_confidence_level(cc_xt *x, fig *f)
{
	return cc_cx_confidence_level(x, f->b, f->e) ? CC_OK : RULE_ON;
}

static int threshold_noun(const cc_xt *x, size_t k)
{
	return cc_tok_vocab(x, k, CC_V_THRESHOLD_NOUN);
}

/* Method, not a finding: a threshold ("the 15-percent bar for a
 * debate place", "around the 50% mark"), and the 50% a margin of error
 * is stated for ("the error for a result near 50%", "where 50% give a
 * particular answer, ... within 2.31%") in a sentence about the margin. */
static int r_pct_method(cc_xt *x, fig *f)
{
	size_t e = f->e, s0, s1;

	if (punct(x, e, '-') && glued(x, e - 1) && glued(x, e) && threshold_noun(x, e + 1))
		return CC_OK;
	if (threshold_noun(x, e) && f->b > 0 && cc_tok_is(x, f->b - 1, "the"))
		return CC_OK;
	if (f->n->value != 0.5)
		return RULE_ON;
	s0 = sent_first(x, f->a);
	s1 = sent_end(x, f->a);
	if (!cc_cx_margin_named(x, s0, s1 < s0 + SENT_TOKENS ? s1 : s0 + SENT_TOKENS))
		return RULE_ON;
	return f->p.hedge || (f->b > 0 && (cc_tok_is(x, f->b - 1, "where") || cc_tok_is(x, f->b - 1, "if") ||
					  cc_tok_is(x, f->b - 1, "the")))
	       ? CC_OK : RULE_ON;
}

/* "the interval runs from 14 to 20%", "lies between 97.94% and 102.06%"
 * (the estimate plus or minus the margin): the bounds of an interval */
static int r_interval_bound(cc_xt *x, fig *f)
{
	return cc_cx_interval_bound(x, f->n, f->b) ? CC_OK : RULE_ON;
}

/* "'<1' means less than 0.5%": the key of a table's notation */
static int r_notation_key(cc_xt *x, fig *f)
{
	return cc_cx_notation_key(x, f->b) ? CC_OK : RULE_ON;
}

/* "total 1038, 100%", "Total 250 (100%)": the total row of a table */
static int r_table_total(cc_xt *x, fig *f)
{
	return cc_cx_table_total(x, f->n, f->b) ? CC_OK : RULE_ON;
}

/* "a majority (61%) of 18-24-year-olds", "eight in ten drivers (79%)",
 * "nearly two-thirds (64%)": a percentage in brackets restating the share
 * just named is a share too, never a change (the words about growth or a
 * change around the phrase are about it) */
static int r_pct_restates_share(cc_xt *x, fig *f)
{
	size_t a = f->b, k;
	long prev;

	if (!(a > 0 && punct(x, a - 1, '(') && punct(x, f->e, ')')))
		return RULE_ON;
	if (!cc_tok_is(x, f->e + 1, "of")) { /* "a plurality (43%) of over-65s": of a group */
		prev = cc_last_in_sentence(x, TK(a)->sent);
		if (prev < 0 || x->doc->claims[prev].kind != CC_KIND_PROPORTION || x->ci[prev].t1 + 4 < a)
			return RULE_ON;
		for (k = x->ci[prev].t1; k < a - 1; k++)
			if (!IS_WORD(k))
				return RULE_ON; /* the phrase's own words only ("drivers") */
	}
	pct_record(f);
	f->p.kind = CC_KIND_PROPORTION;
	return cc_spec_emit(x, &f->p);
}

/* "a margin of error of 3%", "±3%" */
static int r_pct_moe(cc_xt *x, fig *f)
{
	cc_spec *p = &f->p;
	size_t s0;

	if (!cc_cx_moe_context(x, f->b))
		return RULE_ON;
	pct_record(f);
	p->kind = CC_KIND_MARGIN_OF_ERROR;
	s0 = f->b > 0 && HAS(W(x, f->b - 1), LX_HEDGE) ? f->b - 1 : f->b; /* "plus or minus about 4 points" */
	if (s0 >= 3 && cc_cx_plus_minus(x, s0 - 3) == 3) {
		/* the span takes "plus or minus" and "+/-", as it takes a "±" */
		p->h0 = s0 - 3;
		if (!p->hedge)
			p->t0 = p->h0;
	}
	if (f->n->fl & NF_POINTS) {
		p->value /= 100;
		p->low /= 100;
		p->high /= 100;
	}
	return cc_spec_emit(x, p);
}

/* "(+2%)", "LAB 34% (-3%)": a signed percentage is a change, read as written */
static int r_pct_signed(cc_xt *x, fig *f)
{
	int s = cc_cx_signed(x, f->n);

	if (!s)
		return RULE_ON;
	pct_record(f);
	f->p.kind = CC_KIND_CHANGE;
	if (f->n->fl & NF_POINTS) {
		f->p.unit = "points";
		f->p.traits |= CC_TRAIT_POINTS;
		f->p.tolerance = cc_tol_digits(f->n, 1);
	}
	if (!f->p.hedge && f->a > 0 && !cc_tok_in(x, f->a, WS(NEG_WORD)))
		f->p.t0 = f->p.h0 = f->a - 1; /* the span takes the sign (a "minus" word is the figure's own) */
	if ((s < 0) != (f->p.value < 0))
		negate(&f->p);
	return cc_spec_emit(x, &f->p);
}

/* "fell 2.5 percentage points" */
static int r_pct_points(cc_xt *x, fig *f)
{
	cc_spec *p = &f->p;

	if (!(f->n->fl & NF_POINTS))
		return RULE_ON;
	pct_record(f);
	pct_read(x, f);
	p->kind = CC_KIND_CHANGE;
	p->unit = "points";
	p->traits |= CC_TRAIT_POINTS;
	if (f->dir < 0 || f->cmp < 0) {
		p->value = -p->value;
		p->low = p->high = p->value;
	}
	p->tolerance = (f->n->fl & NF_WORD) ? 0.5 : cc_tol_digits(f->n, 1);
	return cc_spec_emit(x, p);
}

/* "rose 5%", "5% higher", "a 5% rise", "a 2% lead", a percentage in a
 * sentence about growth ("inflation was 2.1%": not an interest rate), the
 * size of a lead ("the lead fell from 19% to 9%") or a net balance ("a
 * net 13% of men") */
static int r_pct_change(cc_xt *x, fig *f)
{
	size_t a = f->b;
	int s;

	pct_read(x, f);
	if (!(f->dir || f->cmp ||
	      (!f->level && cc_cx_growth_context(x, a) && !cc_tok_is(x, f->e, "of") && !cc_cx_interest_before(x, a)) ||
	      (f->level && cc_cx_growth_context(x, a) && !cc_cx_rate_context(x, a)) ||
	      cc_cx_lead_subject(x, a, 0) || cc_cx_net_before(x, a)))
		return RULE_ON;
	pct_record(f);
	s = f->dir ? f->dir : f->cmp ? f->cmp : 1;
	f->p.kind = CC_KIND_CHANGE;
	if (s < 0)
		negate(&f->p);
	return cc_spec_emit(x, &f->p);
}

/* "39% of voters", "41% said": a proportion (a rate or a level is an
 * official figure, never linked to a sample) */
static int r_pct_of_group(cc_xt *x, fig *f)
{
	cc_spec *p = &f->p;

	pct_read(x, f);
	pct_record(f);
	p->kind = CC_KIND_PROPORTION;
	if (cc_cx_rate_context(x, f->b))
		p->hints |= CI_OFFICIAL;
	cc_cx_subject_after(x, f->e, &p->s0, &p->s1, 0);
	if (cc_cx_opinion_after(x, f->e))
		p->hints |= CI_OPINION;
	return cc_spec_emit(x, p);
}

/* ------------------------------------------------------------------ */
/* Fractions, ratios, "12 of the 40"                                    */

/* A word fraction that is neither a ratio nor counted ("a third", "half"). */
static int plain_word_fraction(const cc_num *n)
{
	return (n->fl & NF_WORD) && !(n->fl & (NF_RATIO | NF_COUNTED | NF_PERCENT | NF_POINTS));
}

/* "the second half of the year", "the preceding three quarters" */
static int r_period_part(cc_xt *x, fig *f)
{
	size_t b = f->b;

	return b > 0 && (cc_tok_in(x, b - 1, WS(PERIOD_DET)) || (IS_WORD(b - 1) && HAS(W(x, b - 1), LX_ORDINAL)))
	       ? CC_OK : RULE_ON;
}

/* "half an hour", "three quarters of the year" */
static int r_part_of_period(cc_xt *x, fig *f)
{
	size_t e = f->e;

	if (cc_tok_in(x, e, WS(INDEF_ART)) && IS_WORD(e + 1) && HAS(W(x, e + 1), LX_DURATION))
		return CC_OK;
	if (cc_tok_is(x, e, "of") && (cc_tok_is(x, e + 1, "the") || cc_tok_is(x, e + 1, "a")) && IS_WORD(e + 2) &&
	    HAS(W(x, e + 2), LX_DURATION))
		return CC_OK;
	return RULE_ON;
}

/* "9/11", "2/10": not a share of a group */
static int r_digit_fraction(cc_xt *x, fig *f)
{
	const cc_num *n = f->n;

	return (n->fl & NF_DIGITS) && !(n->fl & (NF_RATIO | NF_COUNTED)) && !(TK(f->a)->fl & TF_GLYPH) ? CC_OK : RULE_ON;
}

/* "a cent and a half", "an hour and a half", "three and a half" */
static int r_and_a_half(cc_xt *x, fig *f)
{
	size_t a = f->a, b = f->b;

	return b >= 2 && cc_tok_is(x, b - 1, "and") && cc_tok_in(x, a, WS(INDEF_ART)) &&
	       (IS_NUM(b - 2) || (IS_WORD(b - 2) && (W(x, b - 2) & ((1ull << LX_CUR_WORD) | (1ull << LX_CUR_BOTH) |
									 (1ull << LX_DURATION) | (1ull << LX_UNIT)))))
	       ? CC_OK : RULE_ON;
}

/* "a quarter point rise": a change in points */
static int r_fraction_points(cc_xt *x, fig *f)
{
	size_t e = f->e, q;
	cc_spec *p = &f->p;
	int sgn;

	if (!(plain_word_fraction(f->n) && IS_WORD(e) && !(TK(e)->fl & TF_CAP) &&
	      (cc_tok_is(x, e, "point") || cc_tok_is(x, e, "percentage"))))
		return RULE_ON;
	q = cc_tok_is(x, e, "percentage") ? e + 1 : e;
	if (!cc_tok_in(x, q, WS(POINT)))
		return RULE_ON;
	p->kind = CC_KIND_CHANGE;
	p->unit = "points";
	p->traits |= CC_TRAIT_POINTS;
	p->t1 = q + 1;
	*f->next = q + 1;
	sgn = cc_cx_change_before(x, f->b, &(int){0});
	if (!sgn && IS_WORD(q + 1) && tok_lex(x, q + 1, LX_DOWN))
		sgn = -1;
	if (sgn < 0) {
		p->value = -p->value;
		p->low = p->high = p->value;
	}
	p->tolerance = 0.005;
	return cc_spec_emit(x, p);
}

/* "a third quarter", "a fourth title": ordinals */
static int r_ordinal_before_noun(cc_xt *x, fig *f)
{
	size_t e = f->e;

	return plain_word_fraction(f->n) && IS_WORD(e) && !(TK(e)->fl & TF_CAP) &&
	       (W(x, e) & ((1ull << LX_DENOM) | (1ull << LX_DURATION) | (1ull << LX_SPORT))) &&
	       !(W(x, e) & ((1ull << LX_OPINION) | (1ull << LX_STOP) | (1ull << LX_GROUP))) ? CC_OK : RULE_ON;
}

/* "in their own half", "the Welsh half": a half of a pitch */
static int r_half_pitch(cc_xt *x, fig *f)
{
	const cc_num *n = f->n;
	size_t a = f->a, b = f->b;

	return (n->fl & NF_WORD) && n->t1 == n->t0 + 1 && cc_tok_is(x, a, "half") && b == a && b > 0 &&
	       (cc_tok_in(x, b - 1, WS(PITCH_OWNER)) ||
		(IS_WORD(b - 1) && (TK(b - 1)->fl & TF_CAP) && !(TK(b - 1)->fl & TF_SENT) &&
		 TK(b - 1)->e - TK(b - 1)->s >= 4 && x->t[TK(b - 1)->e - 1] != 'm')) ? CC_OK : RULE_ON;
}

/* "a third round tie", "half time": an adjective; but "two-thirds paid
 * their dues" is a verb */
static int r_fraction_adjective(cc_xt *x, fig *f)
{
	size_t e = f->e, l;
	const char *w;
	int plural;

	if (!(plain_word_fraction(f->n) && IS_WORD(e) && !W(x, e) && !(TK(e)->fl & TF_CAP)))
		return RULE_ON;
	l = TK(e)->e - TK(e)->s;
	w = x->t + TK(e)->s;
	plural = l > 3 && w[l - 1] == 's' && w[l - 2] != 's' && !cc_tok_is(x, e, "series");
	return !(l > 3 && ((w[l - 2] == 'e' && w[l - 1] == 'd') || plural)) && !cc_cx_determiner(x, e + 1) ? CC_OK
													   : RULE_ON;
}

/* "half-time", "two-thirds-majority" compounds */
static int r_fraction_compound(cc_xt *x, fig *f)
{
	size_t e = f->e;

	return (f->n->fl & NF_WORD) && punct(x, e, '-') && glued(x, e - 1) && IS_WORD(e + 1) ? CC_OK : RULE_ON;
}

/* "a fourth Premiership title": an ordinal before a name */
static int r_ordinal_before_name(cc_xt *x, fig *f)
{
	size_t e = f->e;

	return plain_word_fraction(f->n) && IS_WORD(e) && (TK(e)->fl & TF_CAP) && !(TK(e)->fl & TF_SENT) &&
	       !(TK(e)->fl & TF_UPPER) ? CC_OK : RULE_ON;
}

/* The record of a share: a proportion, its tolerance by how it is
 * written, and the hints link.c reads (a finding; a rate). */
static void share_record(cc_xt *x, fig *f)
{
	const cc_num *n = f->n;
	cc_spec *p = &f->p;

	p->kind = CC_KIND_PROPORTION;
	p->traits |= (n->fl & (NF_WORD | NF_RATIO)) ? CC_TRAIT_WORD_FRACTION : 0;
	p->tolerance = (n->fl & NF_COUNTED) ? 0 : (n->fl & NF_WORD) || (n->fl & NF_RATIO) ? 0.025 : 0.005;
	if (cc_cx_opinion_after(x, f->e))
		p->hints |= CI_OPINION;
	if (cc_cx_rate_context(x, f->b))
		p->hints |= CI_OFFICIAL;
}

/* "12 of the 40 firms": a counted share, n = the total, the counted noun
 * its subject */
static int r_counted(cc_xt *x, fig *f)
{
	cc_spec *p = &f->p;
	size_t e = f->e, ue;

	if (!(f->n->fl & NF_COUNTED))
		return RULE_ON;
	share_record(x, f);
	p->traits |= CC_TRAIT_COUNTED;
	p->sample_n = f->n->total;
	ue = cc_cx_noun_phrase(x, e, 0);
	if (ue > e) {
		p->s0 = e;
		p->s1 = ue;
		p->t1 = ue;
		*f->next = ue;
	}
	return cc_spec_emit(x, p);
}

/* "all but two of the 30 schools": the rest of a counted whole (28 of
 * the 30); "not one of the 12 trusts": none of it (0); n the total */
static int r_all_but(cc_xt *x, fig *f)
{
	size_t b = f->b;
	cc_spec *p = &f->p;

	if (b >= 2 && cc_tok_is(x, b - 1, "but") && cc_tok_is(x, b - 2, "all")) {
		p->t0 = p->h0 = b - 2;
		p->value = p->low = p->high = 1 - f->n->value;
	} else if (b >= 1 && cc_tok_is(x, b - 1, "not") && cc_tok_is(x, f->a, "one")) {
		p->t0 = p->h0 = b - 1;
		p->value = p->low = p->high = 0;
	} else {
		return RULE_ON;
	}
	p->hedge = NULL;
	return r_counted(x, f);
}

/* "just three out of 14 councils", "28 out of 90 trusts": a count out of
 * a stated total carries its n (the total); a ratio out of a round base
 * ("eight out of 10", "one out of three", "19 out of 20") is a rate and
 * takes the survey's n */
/* Things, not people, counted after a total at e ("25 train companies"). */
static int counted_things(const cc_xt *x, size_t e)
{
	size_t ue = cc_cx_noun_phrase(x, e, 0);

	return ue > e && !HAS(W(x, ue - 1), LX_RESPONDENT) && !HAS(W(x, ue - 1), LX_GROUP) &&
	       !cc_tok_vocab(x, ue - 1, CC_V_GENERAL_GROUP) && !cc_tok_vocab_n(x, ue - 1, CC_V_GENERAL_GROUP, TK(ue - 1)->e - TK(ue - 1)->s - 1);
}

static int r_out_of_total(cc_xt *x, fig *f)
{
	double y = cc_cx_out_of_total(x, f->n);
	cc_spec *p = &f->p;

	if (!(y > 10 && fmod(y, 100) != 0 && ((y != 20 && y != 25 && y != 50) || counted_things(x, f->e))))
		return RULE_ON; /* "one out of 20 people" is a ratio; "two out of 25 train companies" counts */
	share_record(x, f);
	p->traits = (p->traits & ~CC_TRAIT_WORD_FRACTION) | CC_TRAIT_COUNTED;
	p->tolerance = 0;
	p->sample_n = y;
	cc_cx_subject_after(x, f->e, &p->s0, &p->s1, 1);
	return cc_spec_emit(x, p);
}

/* "accurate 19 out of 20 times": a confidence level said as a ratio
 * (convention 8) */
static int r_ratio_times(cc_xt *x, fig *f)
{
	if (!(cc_tok_is(x, f->e, "times") && cc_cx_method_context(x, f->b)))
		return RULE_ON;
	*f->next = f->e + 1;
	return CC_OK;
}

/* "a two-thirds majority in Parliament": a threshold for a vote, not a
 * share of a group ("a two-thirds majority of MPs" stays a share) */
static int r_fraction_majority(cc_xt *x, fig *f)
{
	size_t e = f->e;

	if (!(cc_tok_in(x, e, WS(MAJORITY_NOUN)) && !cc_tok_is(x, e + 1, "of")))
		return RULE_ON;
	*f->next = e + 1;
	return CC_OK;
}

/* "two-thirds of the season": a share of a time, not of a group */
static int r_share_of_duration(cc_xt *x, fig *f)
{
	size_t e = f->e, s0, s1;

	cc_cx_subject_after(x, e, &s0, &s1, 1);
	return s1 > s0 && s0 == e && IS_WORD(e) && HAS(W(x, e), LX_DURATION) ? CC_OK : RULE_ON;
}

/* "up by a third", "fallen by around half", "cut in half": the size of a
 * change, not a share; without "by" ("cut a third of its staff") no claim */
static int r_share_after_change(cc_xt *x, fig *f)
{
	size_t b = f->b;
	int s, in_half = b > 1 && cc_tok_is(x, b - 1, "in") && f->n->value == 0.5 && !cc_tok_is(x, f->e, "of");

	/* "cut in half": the change word is before the "in" */
	if (!(s = cc_cx_change_before(x, in_half ? b - 1 : b, &(int){0})))
		return RULE_ON;
	if (!(in_half || (b > 0 && cc_tok_is(x, b - 1, "by"))) || cc_tok_is(x, f->e, "of"))
		return CC_OK;
	share_record(x, f);
	f->p.kind = CC_KIND_CHANGE;
	if (s < 0)
		negate(&f->p);
	return cc_spec_emit(x, &f->p);
}

/* "a quarter more dogs than last winter", "costs are a quarter lower.": a
 * relative change (a comparative with "than", or ending its clause) */
static int r_share_more_than(cc_xt *x, fig *f)
{
	size_t e = f->e, j;
	int sgn = 0, dir;

	if (!(IS_WORD(e) && HAS(W(x, e), LX_CMP)))
		return RULE_ON;
	dir = tok_lex(x, e, LX_CMP)->v[0] > 0 ? 1 : -1;
	for (j = e + 1; !sgn && j < e + 9 && same_sent(x, e, j); j++)
		if (cc_tok_is(x, j, "than"))
			sgn = dir;
	if (!sgn && (e + 1 >= x->ntok || punct(x, e + 1, '.') || punct(x, e + 1, ',') || punct(x, e + 1, ';') ||
		     cc_tok_in(x, e + 1, WS(AFTER_CHANGE))))
		sgn = dir;
	if (!sgn)
		return RULE_ON;
	share_record(x, f);
	f->p.kind = CC_KIND_CHANGE;
	if (sgn < 0)
		negate(&f->p);
	return cc_spec_emit(x, &f->p);
}

/* "two-thirds of voters", "one in four adults", "half said" */
static int r_share_of_group(cc_xt *x, fig *f)
{
	cc_spec *p = &f->p;

	share_record(x, f);
	cc_cx_subject_after(x, f->e, &p->s0, &p->s1, 1);
	return cc_spec_emit(x, p);
}

/* ------------------------------------------------------------------ */
/* The table                                                            */

/*
 * The rules, in the order they are tried: first those for every figure
 * (what is no claim before its kind is known; they read the numeral and
 * the text, not the record, which is made after them), then those for
 * its kind. The first rule that decides ends the figure; a figure no
 * rule decides is no claim.
 *
 * A row: R(function, name, need, refuse). The name says what the rule
 * reads and is kept on the claims it makes (cc_claim_ext.rule). need and
 * refuse: the numeral flags (NF_*) the rule needs all of and refuses any
 * of -- conditions of its own, tested before the call.
 */
/* what a movement in points is not: a share, money, a scaled figure... */
#define MOVE_REFUSE (NF_PERCENT | NF_CURRENCY | NF_POINTS | NF_SCALE | NF_FRAC | NF_RATIO | NF_COUNTED | NF_ORDINAL)

/* every figure: no claim, or another figure */
#define ANY_RULES(R) \
	R(r_ordinal, "ordinal", NF_ORDINAL, 0) \
	R(r_share_chain, "chain of shares (25-19-18-13-8 percent)", 0, NF_CURRENCY | NF_SCALE | NF_WORD) \
	R(r_percent_range, "percent range 4% to 5%", NF_PERCENT, NF_RANGE | NF_POINTS) \
	R(r_label_before, "label before (May 5, aged 40, No 10)", 0, 0) \
	R(r_list_number, "list number (1. Greece)", NF_DIGITS, 0) \
	R(r_citation, "citation [2,3]", NF_DIGITS, NF_PERCENT | NF_CURRENCY) \
	R(r_page_furniture, "page furniture (Visited 12 times, 100% local)", NF_DIGITS, NF_CURRENCY | NF_RANGE) \
	R(r_vote_pair, "vote-share pair (ahead 53.5-46.5)", NF_DIGITS, NF_PERCENT | NF_CURRENCY | NF_SCALE | NF_FRAC | NF_POINTS) \
	R(r_share_table, "share in a table of shares (LAB 35, World 52 / 32)", NF_DIGITS, NF_PERCENT | NF_CURRENCY | NF_SCALE | NF_FRAC | NF_RATIO | NF_COUNTED | NF_POINTS | NF_RANGE) \
	R(r_share_list, "share in a list of shares (poll: CON 33, LAB 30)", NF_DIGITS, NF_PERCENT | NF_CURRENCY | NF_SCALE | NF_FRAC | NF_RATIO | NF_COUNTED | NF_POINTS | NF_RANGE) \
	R(r_share_to_elided, "share with its unit left out (51 per cent to 47)", NF_DIGITS, NF_PERCENT | NF_CURRENCY | NF_SCALE | NF_FRAC | NF_RATIO | NF_COUNTED | NF_POINTS | NF_RANGE) \
	R(r_score, "score 18-17", NF_DIGITS, NF_PERCENT | NF_CURRENCY | NF_RANGE) \
	R(r_points_word, "points (four points behind, a seven-point lead)", 0, MOVE_REFUSE) \
	R(r_signed_movement, "signed movement in points ((+2), CON 32% -1)", NF_DIGITS, MOVE_REFUSE) \
	R(r_elided_points, "elided points (the Greens gain two, up one)", 0, MOVE_REFUSE | NF_RANGE) \
	R(r_bare_lead, "bare lead (LAB 2 ahead)", 0, MOVE_REFUSE | NF_RANGE) \
	R(r_points_to, "points to (from 12 points to 4)", 0, MOVE_REFUSE | NF_RANGE) \
	R(r_sample_compound, "sample as a compound (a 1,000-person survey)", NF_DIGITS, NF_PERCENT | NF_CURRENCY | NF_POINTS | NF_SCALE | NF_RANGE | NF_FRAC) \
	R(r_time_after, "time or duration after (five years, 9.30am)", 0, NF_CURRENCY | NF_PERCENT | NF_POINTS) \
	R(r_name_number, "name with a number (Radio 4)", 0, NF_POINTS) \
	R(r_bare_range, "bare range 16-18", NF_RANGE, NF_PERCENT | NF_CURRENCY | NF_POINTS | NF_SCALE)

/* money */
#define AMOUNT_RULES(R) \
	R(r_stage_name, "stage name (50 Cent)", 0, 0) \
	R(r_weight_pounds, "weight in pounds (900 pounds (408kg))", 0, 0) \
	R(r_temperature, "temperature (30C)", 0, 0) \
	R(r_amount, "amount", 0, 0)

/* percentages */
#define PERCENT_RULES(R) \
	R(r_confidence_level, "confidence level (95% confidence, 95% CI)", 0, NF_POINTS) \
	R(r_interval_bound, "interval bound (the interval runs from 14 to 20%)", 0, NF_POINTS) \
	R(r_pct_method, "threshold or the 50% a margin is stated for (the 15-percent bar)", 0, NF_POINTS | NF_RANGE) \
	R(r_table_total, "table total (total 1038, 100%)", 0, NF_POINTS | NF_RANGE) \
	R(r_notation_key, "notation key ('<1' means less than 0.5%)", 0, 0) \
	R(r_pct_moe, "margin of error in percent", 0, 0) \
	R(r_pct_signed, "signed percentage ((+2%))", NF_DIGITS, 0) \
	R(r_pct_points, "change in percentage points", NF_POINTS, 0) \
	R(r_pct_restates_share, "share restated in brackets (a majority (61%))", 0, NF_POINTS | NF_RANGE) \
	R(r_pct_change, "percent change", 0, 0) \
	R(r_pct_of_group, "percent of group", 0, 0)

/* fractions, ratios, counted shares */
#define SHARE_RULES(R) \
	R(r_period_part, "part of a period (the second half)", 0, 0) \
	R(r_fraction_majority, "voting threshold (a two-thirds majority)", 0, NF_PERCENT | NF_POINTS) \
	R(r_ratio_times, "confidence as a ratio (19 out of 20 times)", NF_RATIO, 0) \
	R(r_out_of_total, "x out of y with its total (three out of 14)", NF_RATIO, 0) \
	R(r_part_of_period, "fraction of a period (half an hour)", 0, 0) \
	R(r_vote_pair, "vote-share pair (a 52/48 split)", NF_DIGITS, NF_RATIO | NF_COUNTED | NF_WORD | NF_PERCENT) \
	R(r_digit_fraction, "digit fraction 9/11", NF_DIGITS, NF_RATIO | NF_COUNTED) \
	R(r_and_a_half, "and a half", 0, 0) \
	R(r_fraction_points, "fraction of a point (a quarter point rise)", NF_WORD, NF_RATIO | NF_COUNTED | NF_PERCENT | NF_POINTS) \
	R(r_ordinal_before_noun, "ordinal before a noun (a third quarter)", NF_WORD, NF_RATIO | NF_COUNTED | NF_PERCENT | NF_POINTS) \
	R(r_half_pitch, "half of a pitch", NF_WORD, 0) \
	R(r_fraction_adjective, "fraction as adjective (half time)", NF_WORD, NF_RATIO | NF_COUNTED | NF_PERCENT | NF_POINTS) \
	R(r_fraction_compound, "fraction in a compound (half-time)", NF_WORD, 0) \
	R(r_ordinal_before_name, "ordinal before a name (a fourth Premiership title)", NF_WORD, NF_RATIO | NF_COUNTED | NF_PERCENT | NF_POINTS) \
	R(r_all_but, "all but x of the y (all but two of the 30, not one of the 12)", NF_COUNTED, 0) \
	R(r_counted, "x of the y (12 of the 40 firms)", NF_COUNTED, 0) \
	R(r_share_of_duration, "share of a duration", 0, 0) \
	R(r_share_after_change, "share after a change (cut by a third)", 0, 0) \
	R(r_share_more_than, "share more than (a quarter more than, a third lower)", 0, 0) \
	R(r_share_of_group, "share of group", 0, 0)


RULE_LIST(ANY_RULES)
RULE_LIST(AMOUNT_RULES)
RULE_LIST(PERCENT_RULES)
RULE_LIST(SHARE_RULES)

/* The rules for f's kind of figure. */
static int try_kind_rules(cc_xt *x, fig *f)
{
	switch (f->kind) {
	case FIG_AMOUNT:
		return try_AMOUNT_RULES(x, f);
	case FIG_PERCENT:
		return try_PERCENT_RULES(x, f);
	case FIG_SHARE:
		return try_SHARE_RULES(x, f);
	default:
		return cc_rules_count(x, f);
	}
}

int cc_num_claim(cc_xt *x, const cc_num *n, size_t *next)
{
	fig f;
	int rc;

	fig_init(&f, n, next);
	rc = try_ANY_RULES(x, &f);
	if (rc != RULE_ON)
		return rc;
	fig_record(x, &f);
	rc = try_kind_rules(x, &f);
	return rc == RULE_ON ? CC_OK : rc;
}
