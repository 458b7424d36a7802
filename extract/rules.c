/*
 * rules.c -- the claim rules for a numeral (stage: extract): what a
 * figure is -- a proportion, a change, an amount, a count, a sample size,
 * a mean, a margin of error -- or that it is no claim (a year, a date, a
 * time, a score, a phone number, a name with a number). Must not: read
 * the text around a figure itself (around.c's tests do), link samples
 * (link.c) or compute statistics.
 */
#include "figure.h"

#include <string.h>

static int is_year(const cc_xt *x, const cc_num *n)
{
	size_t len = TK(n->t0)->e - TK(n->t0)->s;
	return (n->fl & NF_DIGITS) && !(n->fl & (NF_SEPARATORS | NF_SCALE | NF_PERCENT | NF_CURRENCY | NF_FRAC)) &&
	       len == 4 && n->value >= 1800 && n->value <= 2100 && n->t1 == n->t0 + 1;
}

static int is_phone(const cc_xt *x, size_t a)
{
	const cc_tok *t = TK(a);
	return IS_NUM(a) && x->t[t->s] == '0' && t->e - t->s >= 3 && !memchr(x->t + t->s, '.', t->e - t->s) &&
	       !memchr(x->t + t->s, ',', t->e - t->s);
}

/* Proportion or change for a percent / fraction / vague figure. */
static int percent_claim(cc_xt *x, cc_spec *p, const cc_num *n, size_t a)
{
	int level = 0, dir = cc_cx_change_before(x, a, &level);
	int cmp = cc_cx_change_after(x, n->t1);

	if (p->hedge && cc_tok_in(x, p->h0, WS(BEYOND))) {
		dir = 0; /* "may dip below 6%": a level crossed */
		level = 1;
	}

	if (!cmp)
		cmp = cc_cx_change_noun(x, a, n->t1);
	if (!dir && !cmp && !level)
		dir = cc_cx_change_list(x, n, a);
	if (!dir && !cmp && !level && cc_cx_period_on(x, n->t1))
		dir = 1; /* "8.8% on a year earlier", "9.5% year-on-year" */
	if (!dir && !cmp && !level && a >= 3 && cc_tok_is(x, a - 1, "or")) {
		/* "rose 31.2 points, or 0.4%", "rose by £20m or 12%": the
		 * figure before "or" (a claim or not) and its verb */
		size_t k = punct(x, a - 2, ',') ? a - 3 : a - 2, f = sent_first(x, a);
		int lv = 0;

		while (k > f && (IS_WORD(k) && (cc_tok_in(x, k, WS(PRICE_UNIT)) || HAS(W(x, k), LX_SCALE))))
			k--;
		while (k > f && (IS_NUM(k - 1) || TK(k - 1)->type == TK_SYM) && glued(x, k - 1))
			k--;
		if (IS_NUM(k) || TK(k)->type == TK_SYM)
			dir = cc_cx_change_before(x, k, &lv);
	}
	if (!dir && !cmp && !level && x->nci && x->ci[x->nci - 1].sent == TK(a)->sent &&
	    ((a >= 2 && cc_tok_is(x, a - 1, "or") && punct(x, a - 2, ',') && x->ci[x->nci - 1].t1 == a - 2) ||
	     (a >= 1 && (punct(x, a - 1, 'D') || punct(x, a - 1, '-') || punct(x, a - 1, '(')) &&
	      x->ci[x->nci - 1].t1 == a - 1))) {
		/* "rose 20 cents - 2.4% -", "fell 9p (3%)" too */
		/* "fell 12p, or 4%, to 290p": the same change as a percentage */
		const cc_claim *pc = &x->doc->claims[x->nci - 1];
		int lv = 0;

		if (pc->kind == CC_KIND_CHANGE)
			dir = pc->value < 0 ? -1 : 1;
		else if (pc->kind == CC_KIND_AMOUNT || pc->kind == CC_KIND_COUNT)
			dir = cc_cx_change_before(x, x->ci[x->nci - 1].t0, &lv);
	}

	if (cc_cx_moe_context(x, a)) {
		p->kind = CC_KIND_MARGIN_OF_ERROR;
		if (n->fl & NF_POINTS) {
			p->value /= 100;
			p->low /= 100;
			p->high /= 100;
		}
		return cc_spec_emit(x, p);
	}
	if (n->fl & NF_POINTS) {
		p->kind = CC_KIND_CHANGE;
		p->unit = "points";
		p->traits |= CC_TRAIT_POINTS;
		if (dir < 0 || cmp < 0 || (!dir && cc_tok_is(x, n->t1, "from") && 0)) {
			p->value = -p->value;
			p->low = p->high = p->value;
		}
		p->tolerance = (n->fl & NF_WORD) ? 0.5 : cc_tol_digits(n, 1);
		return cc_spec_emit(x, p);
	}
	if (dir || cmp || (!level && cc_cx_growth_context(x, a) && !cc_tok_is(x, n->t1, "of") && !cc_cx_interest_before(x, a)) ||
	    (level && cc_cx_growth_context(x, a) && !cc_cx_rate_context(x, a))) {
		int s = dir ? dir : cmp ? cmp : 1;
		p->kind = CC_KIND_CHANGE;
		if (s < 0) {
			double lo = -p->high, hi = -p->low;
			p->value = -p->value;
			p->low = lo;
			p->high = hi;
		}
		return cc_spec_emit(x, p);
	}
	p->kind = CC_KIND_PROPORTION;
	if (cc_cx_rate_context(x, a) || level)
		p->hints |= CI_OFFICIAL;
	cc_cx_subject_after(x, n->t1, &p->s0, &p->s1, 0);
	if (cc_cx_opinion_after(x, n->t1))
		p->hints |= CI_OPINION;
	return cc_spec_emit(x, p);
}

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

int cc_num_claim(cc_xt *x, const cc_num *n, size_t *next)
{
	size_t a = n->t0, e = n->t1;
	cc_spec p;
	int rc;
	cc_num r;

	*next = e;
	if (n->ordinal)
		return CC_OK;
	if (percent_range(x, n, &r))
		return cc_num_claim(x, &r, next);
	/* scores: "18-17", "5-0" (a range never runs downwards) */
	if ((n->fl & NF_DIGITS) && !(n->fl & (NF_PERCENT | NF_CURRENCY | NF_RANGE)) && punct(x, e, '-') &&
	    glued(x, e - 1) && IS_NUM(e + 1)) {
		*next = e + 2;
		return CC_OK;
	}
	if (cc_cx_time_before(x, a) || (!(n->fl & (NF_CURRENCY | NF_PERCENT | NF_POINTS)) && cc_cx_time_after(x, e)))
		return CC_OK;
	if (cc_cx_name_number(x, a, n))
		return CC_OK;
	if (n->fl & NF_RANGE && !(n->fl & (NF_PERCENT | NF_CURRENCY | NF_POINTS)) && n->low == floor(n->low) &&
	    !IS_WORD(e))
		return CC_OK; /* "16-18" bare: dates and scores */
	cc_spec_init(&p, CC_KIND_COUNT, a, e, n->value);
	p.decimals = n->decimals;
	if (n->fl & NF_RANGE) {
		p.low = n->low;
		p.high = n->high;
		p.traits |= CC_TRAIT_RANGE;
	}
	if (!cc_cx_in_brackets(x, a))
		cc_cx_with_hedge(x, &p, a);
	/* "children under 16", "the over-65s": a bound on an age, not a hedge */
	if (p.hedge && !(n->fl & (NF_PERCENT | NF_CURRENCY | NF_POINTS | NF_FRAC)) && p.h0 > 0 &&
	    HAS(W(x, p.h0 - 1), LX_GROUP) && p.hedge->v[1] <= 1.1 &&
	    (p.hedge->v[0] == 1 || p.hedge->v[1] == 1))
		return CC_OK;
	if ((n->fl & NF_CURRENCY) && e > a && IS_WORD(e - 1) && (TK(e - 1)->fl & TF_CAP) && !(TK(e - 1)->fl & TF_UPPER) &&
	    cc_tok_in(x, e - 1, WS(CENT)))
		return CC_OK; /* "the rapper 50 Cent" (a stage name): a name */
	if ((n->fl & NF_CURRENCY) && e > a && (cc_tok_is(x, e - 1, "pounds") || cc_tok_is(x, e - 1, "pound")) &&
	    punct(x, e, '(') && IS_NUM(e + 1) && IS_WORD(e + 2) &&
	    cc_tok_in(x, e + 2, WS(KG)))
		return CC_OK; /* "900 pounds (408kg)": a weight */
	if (n->fl & NF_CURRENCY) {
		p.kind = CC_KIND_AMOUNT;
		p.unit = n->cur;
		p.value = fabs(p.value);
		/* The scale factor is multiplied by 0 below: only its sign and
		 * whether it is finite reach the tolerance, and for a finite
		 * value (over a power of ten >= 1) they are the value's own, so
		 * the value stands in for it without pow and log10. */
		double sc = !(n->fl & NF_SCALE) ? 1 : isfinite(n->value) ? n->value
			    : n->value / pow(10, floor(log10(fabs(n->value) + 1)));

		p.tolerance = (n->fl & NF_WORD) ? 0 : cc_tol_digits(n, n->value / (n->value ? n->value : 1) * sc * 0);
		return cc_spec_emit(x, &p);
	}
	if (n->fl & (NF_PERCENT | NF_POINTS)) {
		p.traits |= CC_TRAIT_PERCENT;
		p.tolerance = (n->fl & NF_WORD) ? 0.005 : cc_tol_digits(n, (n->fl & NF_POINTS) ? 1 : 0.01);
		return percent_claim(x, &p, n, p.hedge ? p.h0 : a);
	}
	if (n->fl & (NF_FRAC | NF_RATIO | NF_COUNTED)) {
		size_t b = p.hedge ? p.h0 : a;
		/* "the second half of the year", "half an hour", "the preceding three quarters" */
		if (b > 0 && (cc_tok_in(x, b - 1, WS(PERIOD_DET)) || (IS_WORD(b - 1) && HAS(W(x, b - 1), LX_ORDINAL))))
			return CC_OK;
		if (cc_tok_is(x, e, "an") || cc_tok_is(x, e, "a")) {
			if (IS_WORD(e + 1) && HAS(W(x, e + 1), LX_DURATION))
				return CC_OK;
		}
		if (cc_tok_is(x, e, "of") && (cc_tok_is(x, e + 1, "the") || cc_tok_is(x, e + 1, "a")) &&
		    IS_WORD(e + 2) && HAS(W(x, e + 2), LX_DURATION))
			return CC_OK;
		if ((n->fl & NF_DIGITS) && !(n->fl & (NF_RATIO | NF_COUNTED)) && !(TK(a)->fl & TF_GLYPH))
			return CC_OK; /* "9/11", "2/10": not a share of a group */
		if (b >= 2 && cc_tok_is(x, b - 1, "and") && (cc_tok_is(x, a, "a") || cc_tok_is(x, a, "an")) &&
		    (IS_NUM(b - 2) || (IS_WORD(b - 2) && (W(x, b - 2) & ((1ull << LX_CUR_WORD) | (1ull << LX_CUR_BOTH) |
									(1ull << LX_DURATION) | (1ull << LX_UNIT))))))
			return CC_OK; /* "a cent and a half", "an hour and a half", "three and a half" */
		if ((n->fl & NF_WORD) && !(n->fl & (NF_RATIO | NF_COUNTED | NF_PERCENT | NF_POINTS)) && IS_WORD(e) &&
		    !(TK(e)->fl & TF_CAP) && (cc_tok_is(x, e, "point") || cc_tok_is(x, e, "percentage"))) {
			/* "a quarter point rise": a change in points */
			size_t q = cc_tok_is(x, e, "percentage") ? e + 1 : e;
			int sgn;

			if (cc_tok_is(x, q, "point") || cc_tok_is(x, q, "points")) {
				p.kind = CC_KIND_CHANGE;
				p.unit = "points";
				p.traits |= CC_TRAIT_POINTS;
				p.t1 = q + 1;
				*next = q + 1;
				sgn = cc_cx_change_before(x, b, &(int){0});
				if (!sgn && IS_WORD(q + 1) && tok_lex(x, q + 1, LX_DOWN))
					sgn = -1;
				if (sgn < 0) {
					p.value = -p.value;
					p.low = p.high = p.value;
				}
				p.tolerance = 0.005;
				return cc_spec_emit(x, &p);
			}
		}
		if ((n->fl & NF_WORD) && !(n->fl & (NF_RATIO | NF_COUNTED | NF_PERCENT | NF_POINTS)) && IS_WORD(e) &&
		    !(TK(e)->fl & TF_CAP) &&
		    (W(x, e) & ((1ull << LX_DENOM) | (1ull << LX_DURATION) | (1ull << LX_SPORT))) &&
		    !(W(x, e) & ((1ull << LX_OPINION) | (1ull << LX_STOP) | (1ull << LX_GROUP))))
			return CC_OK; /* "a third quarter", "a fourth title": ordinals */
		if ((n->fl & NF_WORD) && n->t1 == n->t0 + 1 && cc_tok_is(x, a, "half") && b == a && b > 0 &&
		    (cc_tok_in(x, b - 1, WS(PITCH_OWNER)) ||
		     (IS_WORD(b - 1) && (TK(b - 1)->fl & TF_CAP) && !(TK(b - 1)->fl & TF_SENT) &&
		      TK(b - 1)->e - TK(b - 1)->s >= 4 && x->t[TK(b - 1)->e - 1] != 'm')))
			return CC_OK; /* "in their own half", "the Welsh half": a half of a pitch */
		if ((n->fl & NF_WORD) && !(n->fl & (NF_RATIO | NF_COUNTED | NF_PERCENT | NF_POINTS)) && IS_WORD(e) &&
		    !W(x, e) && !(TK(e)->fl & TF_CAP)) {
			size_t l = TK(e)->e - TK(e)->s;
			const char *w = x->t + TK(e)->s;
			int plural = l > 3 && w[l - 1] == 's' && w[l - 2] != 's' && !cc_tok_is(x, e, "series");

			if (!(l > 3 && ((w[l - 2] == 'e' && w[l - 1] == 'd') || plural)) && !cc_cx_determiner(x, e + 1))
				return CC_OK; /* "a third round tie", "half time": an adjective; but
					       * "two-thirds paid their dues": a verb */
		}
		if ((n->fl & NF_WORD) && punct(x, e, '-') && glued(x, e - 1) && IS_WORD(e + 1))
			return CC_OK; /* "half-time", "two-thirds-majority" compounds */
		if ((n->fl & NF_WORD) && !(n->fl & (NF_RATIO | NF_COUNTED | NF_PERCENT | NF_POINTS)) && IS_WORD(e) &&
		    (TK(e)->fl & TF_CAP) && !(TK(e)->fl & TF_SENT) && !(TK(e)->fl & TF_UPPER))
			return CC_OK; /* "a fourth Premiership title": an ordinal before a name */
		p.kind = CC_KIND_PROPORTION;
		p.traits |= (n->fl & (NF_WORD | NF_RATIO)) ? CC_TRAIT_WORD_FRACTION : 0;
		p.tolerance = (n->fl & NF_COUNTED) ? 0 : (n->fl & NF_WORD) || (n->fl & NF_RATIO) ? 0.025 : 0.005;
		if (n->fl & NF_POINTS) {
			p.value *= 1;
			p.low = p.high = p.value;
			return percent_claim(x, &p, n, b);
		}
		if (n->fl & NF_COUNTED) {
			p.traits |= CC_TRAIT_COUNTED;
			p.sample_n = n->total;
			/* the counted noun: "12 of the 40 firms" */
			{
				size_t ue = cc_cx_noun_phrase(x, e, 0);
				if (ue > e) {
					p.s0 = e;
					p.s1 = ue;
					p.t1 = ue;
					*next = ue;
				}
			}
		} else {
			/* a fraction of something that is not a group: "half a billion" handled in numeral */
			cc_cx_subject_after(x, e, &p.s0, &p.s1, 1);
			if (p.s1 > p.s0 && p.s0 == e && IS_WORD(e) && HAS(W(x, e), LX_DURATION))
				return CC_OK;
		}
		if (cc_cx_opinion_after(x, e))
			p.hints |= CI_OPINION;
		if (cc_cx_rate_context(x, b))
			p.hints |= CI_OFFICIAL;
		if (cc_cx_change_before(x, b, &(int){0}) && !(n->fl & NF_COUNTED))
			return CC_OK;
		if (!(n->fl & NF_COUNTED) && IS_WORD(e) && HAS(W(x, e), LX_CMP)) {
			/* "a quarter more dogs than last winter": a relative change */
			int sgn = 0;
			size_t j;

			for (j = e + 1; !sgn && j < e + 9 && same_sent(x, e, j); j++)
				if (cc_tok_is(x, j, "than"))
					sgn = tok_lex(x, e, LX_CMP)->v[0] > 0 ? 1 : -1;
			if (sgn) {
				p.kind = CC_KIND_CHANGE;
				p.s0 = p.s1 = 0;
				if (sgn < 0) {
					double lo = -p.high, hi = -p.low;

					p.value = -p.value;
					p.low = lo;
					p.high = hi;
				}
			}
		}
		return cc_spec_emit(x, &p);
	}
	/* plain cardinals: counts and sample sizes */
	if (is_year(x, n) && !cc_cx_survey_before(x, p.hedge ? p.h0 : a) &&
	    !(IS_WORD(e) && (HAS(W(x, e), LX_GROUP) || HAS(W(x, e), LX_RESPONDENT))))
		return CC_OK; /* "1977 scripts" is a year; "2000 adults" only in a survey */
	if (is_phone(x, a)) {
		size_t j = e;
		while (IS_NUM(j))
			j++;
		*next = j;
		return CC_OK;
	}
	/* scores: "18-17", "5-0" */
	if ((n->fl & NF_DIGITS) && punct(x, e, '-') && glued(x, e - 1) && IS_NUM(e + 1)) {
		*next = e + 2;
		return CC_OK;
	}
	if (punct(x, e, '/') || (a > 0 && punct(x, a - 1, '/')) || punct(x, e, '.') ?
	    (punct(x, e, '/') || (a > 0 && punct(x, a - 1, '/'))) : 0)
		return CC_OK; /* "9/11" */
	if (n->fl & NF_SCALE && IS_WORD(e) && HAS(W(x, e), LX_SPORT))
		return CC_OK; /* "100m champion" */
	if ((n->fl & NF_SCALE) && !(n->fl & NF_SEPARATORS) && n->decimals == 0 && cc_tok_is(x, e - 1, "m") &&
	    glued(x, e - 2)) {
		/* race distances written "400m", "10,000m" before a word: events, not millions */
		static const double distances[] = { 60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000 };
		size_t d;
		for (d = 0; d < sizeof distances / sizeof distances[0]; d++)
			if (n->value == distances[d] * 1e6 && IS_WORD(e))
				return CC_OK;
	}
	if ((n->fl & NF_DIGITS) && IS_WORD(e) && glued(x, e - 1) && !(n->fl & NF_SCALE))
		return CC_OK; /* "5ive", "100ml" */
	if (IS_WORD(e) && (TK(e)->fl & TF_CAP) && !(n->fl & (NF_CURRENCY | NF_PERCENT)) &&
	    ((punct(x, e + 1, '\'') && glued(x, e) && cc_tok_is(x, e + 2, "s")) ||
	     (TK(e)->e - TK(e)->s > 2 && x->t[TK(e)->e - 1] == 's' && x->t[TK(e)->e - 2] == '\'')))
		return CC_OK; /* "50 Cent's manager": a name */
	if (cc_cx_mean_before(x, p.hedge ? p.h0 : a) && !(n->fl & (NF_RANGE | NF_SCALE))) {
		/* "a mean rating of 6.35": a mean, never a count */
		p.kind = CC_KIND_MEAN;
		p.tolerance = cc_tol_digits(n, 1);
		return cc_spec_emit(x, &p);
	}
	if ((n->fl & NF_DIGITS) && (n->fl & NF_SCALE) && cc_tok_is(x, e - 1, "m") && glued(x, e - 2) &&
	    n->value <= 1e5 && !(n->fl & NF_SEPARATORS) && 0)
		return CC_OK;
	{
		size_t b = p.hedge ? p.h0 : a;
		size_t ue = cc_cx_noun_phrase(x, e, 0);
		long prev = cc_last_in_sentence(x, TK(a)->sent);
		/* "the two firms" points back; "the 48,000 new homes" does not */
		int det = b > 0 && cc_tok_in(x, b - 1, WS(GROUP_DET));
		int anaphor = det && !cc_cx_big_group(x, n, ue);
		int ofthe = det && !(n->fl & NF_SCALE) && b > 1 && cc_tok_is(x, b - 1, "the") && cc_tok_is(x, b - 2, "of") && prev >= 0 &&
			    x->doc->claims[prev].kind == CC_KIND_PROPORTION && x->ci[prev].t1 + 6 >= b;
		int sampled = ue > e && (cc_cx_survey_before(x, b) || cc_cx_survey_after(x, ue, e, ue)) && !cc_cx_job_interview(x, ue);
		int direct = !det && ue > e && cc_cx_group_of_percent(x, n, b, ue, prev);

		if (n->fl & NF_SCALE && !(n->fl & NF_CURRENCY) && prev >= 0 &&
		    x->doc->claims[prev].kind == CC_KIND_AMOUNT && ue == e) {
			/* "12m euros, up from 9m": the currency of the paired figure */
			p.kind = CC_KIND_AMOUNT;
			p.unit = x->doc->claims[prev].unit;
			return cc_spec_emit(x, &p);
		}
		if (cc_tok_is(x, a, "one") && !p.hedge && !(n->fl & NF_SCALE))
			return CC_OK; /* "one analyst said", "the next one" */
		if (anaphor && !ofthe && !sampled)
			return CC_OK; /* "the two firms" */
		if (ue > e && cc_tok_is(x, ue, "out") && cc_tok_is(x, ue + 1, "of") && !(n->fl & (NF_SCALE | NF_RANGE)) &&
		    n->value == floor(n->value) && !cc_tok_is(x, ue - 1, "times")) {
			/* "38 councils out of 120": a counted share, n = the total */
			cc_num m;

			if (cc_num_parse(x, ue + 2, &m) && !(m.fl & (NF_PERCENT | NF_CURRENCY | NF_RANGE | NF_FRAC)) &&
			    !m.ordinal && m.value > n->value && m.value == floor(m.value)) {
				p.kind = CC_KIND_PROPORTION;
				p.value = p.low = p.high = n->value / m.value;
				p.traits |= CC_TRAIT_COUNTED;
				p.sample_n = m.value;
				p.s0 = e;
				p.s1 = ue;
				p.t1 = m.t1;
				*next = m.t1;
				return cc_spec_emit(x, &p);
			}
		}
		if (ue > e) {
			p.u0 = e;
			p.u1 = ue;
			p.t1 = ue;
			*next = ue;
			/* "Roughly 11,000 shoppers in 18 countries were questioned":
			 * the people are the sample, the countries a count */
			if (sampled && !ofthe && !direct && prev >= 0 && b > 0 && x->ci[prev].t1 == b - 1 &&
			    cc_tok_in(x, b - 1, WS(PLACE_PREP)) &&
			    x->doc->claims[prev].kind == CC_KIND_COUNT) {
				x->doc->claims[prev].kind = CC_KIND_SAMPLE_SIZE;
				return cc_spec_emit(x, &p);
			}
			/* "the 250 patients who..." after a proportion: its sample */
			if (ofthe || sampled || direct) {
				size_t s1 = ue;
				p.kind = CC_KIND_SAMPLE_SIZE;
				p.s0 = e;
				/* the population: "directors from government departments, ..." */
				if (cc_tok_in(x, ue, WS(PLACE_PREP) | WS(BASED))) {
					size_t j = ue + 1, end = sent_end(x, ue), lastw = ue;
					while (j < end) {
						unsigned long long c = W(x, j);
						if (IS_WORD(j) && (HAS(c, LX_OPINION) || HAS(c, LX_SURVEY_VERB) ||
								   cc_tok_in(x, j, WS(SUBJECT_END))))
							break;
						if (!IS_WORD(j) && !punct(x, j, ',') && !punct(x, j, '-') &&
						    !punct(x, j, '\'') && !punct(x, j, '&'))
							break;
						if (punct(x, j, ',') &&
						    (cc_tok_in(x, j + 1, WS(CLAUSE_JOIN)) || cc_tok_is(x, j + 1, "or")))
							break; /* ", and 21 said": the next clause */
						if (IS_WORD(j))
							lastw = j + 1;
						j++;
					}
					if (lastw > ue + 1)
						s1 = lastw;
				}
				p.s1 = s1;
				rc = cc_spec_emit(x, &p);
				if (!rc && ofthe) {
					x->ci[prev].ofthe = (long)x->nci - 1;
					x->doc->claims[prev].traits |= CC_TRAIT_SUBGROUP;
				} else if (!rc && direct) {
					/* "by 46% to 49% among 700 voters": both figures */
					long q = prev;
					size_t at = b;

					while (q >= 0 && x->doc->claims[q].kind == CC_KIND_PROPORTION &&
					       x->ci[q].sent == x->ci[prev].sent && x->ci[q].t1 + 3 >= at) {
						x->ci[q].ofthe = (long)x->nci - 1;
						at = x->ci[q].t0;
						q--;
					}
				}
				return rc;
			}
			if (cc_tok_is(x, a, "one"))
				return CC_OK;
			if ((n->fl & NF_WORD) && !p.hedge && n->value < 2)
				return CC_OK;
			return cc_spec_emit(x, &p);
		}
		/* bare figures: a list continuing a count ("40 trains on Monday, 75 on Tuesday") */
		if (n->fl & NF_WORD)
			return CC_OK;
		if (cc_tok_is(x, e, "of") && n->value >= 2 && n->value == floor(n->value) && !(n->fl & NF_RANGE) &&
		    !(b > 0 && (cc_tok_is(x, b - 1, "last") || cc_tok_is(x, b - 1, "final"))) &&
		    cc_tok_in(x, e + 1, WS(DEF_DET) | WS(POSS))) {
			/* "more than 9,000 of its tenants": a count of that group */
			size_t ne = cc_cx_noun_phrase(x, e + 2, 0);

			if (ne > e + 2) {
				p.u0 = e + 2;
				p.u1 = ne;
				return cc_spec_emit(x, &p);
			}
		}
		if (b >= 2 && cc_tok_is(x, b - 1, "of") && (cc_tok_is(x, b - 2, "majority") || cc_tok_is(x, b - 2, "total"))) {
			p.unit = cc_tok_is(x, b - 2, "majority") ? "votes" : NULL;
			return cc_spec_emit(x, &p);
		}
		if (b >= 3 && cc_tok_is(x, b - 2, "of") && cc_tok_is(x, b - 3, "majority")) {
			p.unit = "votes";
			return cc_spec_emit(x, &p);
		}
		if (b > 0 && (cc_tok_is(x, b - 1, "n") || cc_tok_is(x, b - 1, "N")))
			return CC_OK;
		if (b > 1 && punct(x, b - 1, '=') && (cc_tok_is(x, b - 2, "n"))) {
			p.kind = CC_KIND_SAMPLE_SIZE;
			return cc_spec_emit(x, &p);
		}
		if (prev >= 0 && (x->doc->claims[prev].kind == CC_KIND_COUNT ||
				  x->doc->claims[prev].kind == CC_KIND_SAMPLE_SIZE) &&
		    x->doc->claims[prev].unit && cc_cx_list_continues(x, n, b)) {
			p.kind = x->doc->claims[prev].kind;
			p.unit = x->doc->claims[prev].unit;
			return cc_spec_emit(x, &p);
		}
		if (cc_cx_survey_before(x, b)) {
			p.kind = CC_KIND_SAMPLE_SIZE;
			return cc_spec_emit(x, &p);
		}
		/* "grew from 35 to 410 stores": the first figure counts the
		 * same noun (not "from 1 to 10", the ends of a scale) */
		if (b > 0 && cc_tok_is(x, b - 1, "from") && cc_tok_is(x, e, "to") && n->value >= 2 &&
		    n->value == floor(n->value) && !is_year(x, n)) {
			cc_num m;

			if (cc_num_parse(x, e + 1, &m) && !(m.fl & (NF_PERCENT | NF_CURRENCY | NF_POINTS | NF_RANGE)) &&
			    !m.ordinal && m.value > 0) {
				size_t me = cc_cx_noun_phrase(x, m.t1, 0);

				if (me > m.t1 && !HAS(W(x, m.t1), LX_DURATION) && !HAS(W(x, m.t1), LX_MONTH)) {
					p.u0 = m.t1;
					p.u1 = me;
					return cc_spec_emit(x, &p);
				}
			}
		}
		/* "rose to 3.2 million", "nearly 4 million expected": a
		 * scale word makes a bare figure a count of something */
		if ((n->fl & NF_SCALE) && !(n->fl & NF_RANGE) && e >= 2 && !glued(x, e - 2) &&
		    TK(e - 1)->e - TK(e - 1)->s >= 2 && !(TK(e - 1)->fl & TF_CAP))
			return cc_spec_emit(x, &p);
		/* "unit sales were 4,120,000", "deliveries totalled 2,315,000":
		 * a large figure stated as the total of a plural noun */
		if ((n->fl & NF_SEPARATORS) && n->value >= 1000 && n->value == floor(n->value) && b >= 2 &&
		    (cc_tok_in(x, b - 1, WS(TOTALLED)) ||
		     ((cc_tok_is(x, b - 1, "were") || cc_tok_is(x, b - 1, "reached")) && IS_WORD(b - 2) &&
		      x->t[TK(b - 2)->e - 1] == 's' && !(TK(b - 2)->fl & TF_CAP))))
			return cc_spec_emit(x, &p);
		/* "sales to grow 12% to 310,000": the level a change reaches */
		if ((n->fl & NF_SEPARATORS) && n->value >= 1000 && n->value == floor(n->value) && b > 0 &&
		    cc_tok_is(x, b - 1, "to") && prev >= 0 && x->doc->claims[prev].kind == CC_KIND_CHANGE &&
		    x->ci[prev].t1 == b - 1 && !cc_cx_market_level(x, b))
			return cc_spec_emit(x, &p);
		/* "police numbers fell by 1,450": an absolute difference */
		if (b > 0 && cc_tok_is(x, b - 1, "by") && n->value >= 2 && n->value == floor(n->value) &&
		    !is_year(x, n) && cc_cx_change_before(x, b, &(int){0}))
			return cc_spec_emit(x, &p);
	}
	return CC_OK;
}
