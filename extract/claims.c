/*
 * claims.c -- the claim finder (stage: extract): walks the tokens a rule
 * may start at and tries the claim makers on each -- vague quantifiers
 * ("a majority"), multipliers ("doubled"), one point ("up a point"),
 * reported means ("M = 3.44"), bare margins of error ("±3 points"),
 * ranges ("between 20% and 30%") and numerals (rules.c) -- then fills
 * the claims' ext fields (record.c).
 * Context words come from the lexicon; the closed word lists the rules
 * ask about ("a possessive?", "a change verb?") are word sets in
 * lexicon/wordsets.tsv, tested with cc_tok_in(x, i, WS(NAME)) -- add a
 * word there, not a cc_tok_is chain here. Must not link samples (link.c)
 * or compute statistics.
 */
#include "figure.h"

#include <string.h>

/* Vague quantifiers: "a majority", "most", "almost all". */
static int vague_claim(cc_xt *x, size_t i, size_t *next)
{
	const cc_lex *l = NULL;
	size_t e = i, k;
	int n;
	cc_spec p;

	/* "a slim majority", "the vast majority": an article and an adjective
	 * before the noun (met at the noun: the adjective starts no claim) */
	if (i >= 2 && cc_tok_in(x, i, WS(MAJORITY_NOUN)) && cc_tok_in(x, i - 1, WS(MAJORITY_ADJ)) &&
	    cc_tok_in(x, i - 2, WS(ART)) && same_sent(x, i - 2, i) && (!x->nci || x->ci[x->nci - 1].t1 <= i - 2)) {
		l = cc_tok_lex_span(x, i - 2, i, LX_VAGUE);
		if (!l)
			l = cc_tok_lex(x, i, LX_VAGUE);
		e = i + 1;
		i -= 2;
	}
	for (n = 3; n >= 1 && !l; n--) {
		size_t last = i + (size_t)n - 1;
		if (last >= x->ntok)
			continue;
		for (k = i; k <= last; k++)
			if (!IS_WORD(k))
				break;
		if (k <= last)
			continue;
		l = cc_tok_lex_span(x, i, last, LX_VAGUE);
		if (l)
			e = last + 1;
	}
	if (!l)
		return 0;
	*next = e;
	/* "most": a quantifier only over a group ("most people", "most of them"),
	 * never a superlative ("the most popular", "most profitable") */
	if (cc_tok_is(x, e - 1, "most")) {
		size_t np;
		if (i > 0 && cc_tok_in(x, i - 1, WS(SUPERL_DET)))
			return 1;
		if (i > 0 && (cc_tok_in(x, i - 1, WS(POSS) | WS(MY) | WS(COPULA_MODAL)) ||
			      (IS_WORD(i - 1) && (W(x, i - 1) & ((1ull << LX_UNIT) | (1ull << LX_TENS) | (1ull << LX_ORDINAL))))))
			return 1; /* "its most loyal fans", "the two most senior", "is most popular" */
		if (i > 1 && cc_tok_is(x, i - 1, "s") && punct(x, i - 2, '\'') && glued(x, i - 2))
			return 1; /* "the league's most admired clubs" (invented): a superlative */
		if (i > 0 && IS_WORD(i - 1) && TK(i - 1)->e - TK(i - 1)->s > 2 && x->t[TK(i - 1)->e - 1] == 's' &&
		    (x->t[TK(i - 1)->e - 2] == '\'' ||
		     (TK(i - 1)->e - TK(i - 1)->s > 4 && !strncmp(x->t + TK(i - 1)->e - 4, "\xe2\x80\x99s", 4))))
			return 1;
		if (cc_tok_is(x, e, "of")) {
			size_t j = e + 1;
			if (cc_tok_in(x, j, WS(DEF_DET)))
				j++;
			if (IS_WORD(j) && (HAS(W(x, j), LX_DURATION) || HAS(W(x, j), LX_MONTH)))
				return 1;
			if (!(cc_tok_in(x, j, WS(PRON_PL)) || cc_tok_is(x, j, "you"))) {
				size_t np2 = cc_cx_noun_phrase(x, j, 1);
				if (np2 == j || (x->t[TK(np2 - 1)->e - 1] != 's' && !HAS(W(x, np2 - 1), LX_GROUP)))
					return 1; /* "most of its lucrative asset": not a group */
			}
		} else {
			np = cc_cx_noun_phrase(x, e, 0);
			if (np == e && IS_WORD(e) && HAS(W(x, e), LX_OPINION) && !(TK(e)->fl & TF_CAP) &&
			    (HAS(W(x, e), LX_STOP) || cc_tok_is(x, e + 1, "that") ||
			     !(IS_WORD(e + 1) && !(W(x, e + 1) & ((1ull << LX_STOP) | (1ull << LX_OPINION))) &&
			       x->t[TK(e + 1)->e - 1] == 's'))) /* not "most admired players" */
				np = e + 1; /* "most agreed", "most said": over the group named before */
			else if (np == e || (x->t[TK(np - 1)->e - 1] != 's' && !HAS(W(x, np - 1), LX_GROUP)) ||
			    (TK(np - 1)->e - TK(np - 1)->s > 3 && !strncmp(x->t + TK(np - 1)->e - 3, "ous", 3)))
				return 1;
			if (np > e && IS_WORD(e) && HAS(W(x, e), LX_DURATION))
				return 1;
		}
	}
	/* "majority"/"minority" without an article is not a quantifier
	 * ("ethnic minority"); "a majority of 5,907" is a vote margin */
	if (cc_tok_in(x, i, WS(MAJORITY_NOUN)))
		return 1;
	/* "the party does not have a majority", "won an overall majority": a
	 * majority in a parliament, not a share of a group */
	if (cc_tok_in(x, e - 1, WS(MAJORITY_NOUN)) && i > 0 && !cc_tok_is(x, e, "of") &&
	    (cc_tok_in(x, i - 1, WS(HOLD_MAJORITY)) ||
	     ((cc_tok_is(x, i - 1, "for") || cc_tok_is(x, i - 1, "with")) && cc_tok_in(x, i, WS(INDEF_ART)))))
		return 1; /* and "aiming for a majority", "a government with a small majority" */
	/* "the majority partner", "majority rule": a noun it modifies */
	if (cc_tok_in(x, e - 1, WS(MAJORITY_NOUN)) && cc_tok_in(x, e, WS(MAJORITY_HEAD)))
		return 1;
	{
		size_t j = e;
		if (cc_tok_is(x, j, "of")) {
			j++;
			if (cc_tok_in(x, j, WS(JUST)))
				j++;
			if (IS_NUM(j))
				return 1;
		}
	}
	cc_spec_init(&p, CC_KIND_PROPORTION, i, e, l->v[0]);
	p.rule = "vague quantifier (a majority)";
	p.low = l->v[1];
	p.high = l->v[2];
	p.traits = CC_TRAIT_VAGUE;
	p.tolerance = 0;
	cc_cx_with_hedge(x, &p, i);
	if (p.hedge) {
		/* "almost all" is a row of its own; other hedges before a vague
		 * quantifier keep the quantifier's interval */
		p.hedge = NULL;
	}
	cc_cx_subject_after(x, e, &p.s0, &p.s1, 1);
	if (cc_cx_opinion_after(x, e))
		p.hints |= CI_OPINION;
	return cc_spec_emit(x, &p) ? -1 : 1;
}

/* Multipliers: "doubled", "more than doubled", "almost double the figure",
 * "twice as many". */
static int mult_claim(cc_xt *x, size_t i, size_t *next)
{
	const cc_lex *l = tok_lex(x, i, LX_MULT);
	size_t len;
	cc_spec p;
	if (!l)
		return 0;
	*next = i + 1;
	len = TK(i)->e - TK(i)->s;
	cc_spec_init(&p, CC_KIND_CHANGE, i, i + 1, l->v[0]);
	p.rule = "multiplier (doubled)";
	cc_cx_with_hedge(x, &p, i);
	if ((TK(i)->fl & TF_CAP) && IS_WORD(i + 1) && (TK(i + 1)->fl & TF_CAP))
		return 1; /* "Double Olympic champion" */
	if (cc_tok_in(x, i, WS(MULT_ADVERB)) && !cc_tok_in(x, i + 1, WS(DEF_DET) | WS(POSS)) && !cc_cx_as_much(x, i + 1))
		return 1; /* "twice the rate", "twice as likely"; not "tried at least twice to" */
	if (!((x->t[TK(i)->e - 1] | 0x20) == 'd' || (x->t[TK(i)->e - 1] | 0x20) == 'g') || len < 6) {
		/* base form: "almost double the figure" (the last letter in
		 * any case: "HALVED" in a headline is the past form) */
		if (!p.hedge && !cc_tok_in(x, i + 1, WS(DEF_DET)) && !cc_tok_in(x, i, WS(MULT_ADVERB)))
			return 1;
		if (punct(x, i + 1, '-'))
			return 1;
	}
	if (punct(x, i + 1, '-') && glued(x, i))
		return 1; /* "double-digit" */
	p.traits |= CC_TRAIT_MULTIPLIER;
	return cc_spec_emit(x, &p) ? -1 : 1;
}

/* "up a point", "lost a percentage point", "ahead by a point": one point
 * written with the article, after a change or lead word ("a point" alone
 * only among a poll's shares: a draw "gained a point" too) */
static int a_point_claim(cc_xt *x, size_t i, size_t *next)
{
	size_t q = i + 1;
	int pct = cc_tok_is(x, q, "percentage"), s, level = 0;
	cc_spec p;

	q += (size_t)pct;
	if (!cc_tok_is(x, q, "point") || cc_tok_is(x, q + 1, "of"))
		return 0; /* "raising a point of order" */
	s = cc_cx_lead_by(x, i, q + 1);
	if (!s)
		s = cc_cx_change_before(x, i, &level);
	if (!s)
		s = cc_cx_lead_after(x, q + 1);
	if (!s || (!pct && !cc_cx_poll_context(x, i)))
		return 0;
	cc_spec_init(&p, CC_KIND_CHANGE, i, q + 1, s);
	p.rule = "a point (up a point)";
	p.unit = "points";
	p.traits = CC_TRAIT_POINTS;
	p.tolerance = 0.5;
	*next = q + 1;
	return cc_spec_emit(x, &p) ? -1 : 1;
}

/* "M = 3.44 (SD = 1.2), n = 25" -> a mean. */
static int mean_claim(cc_xt *x, size_t i, size_t *next)
{
	size_t j, end;
	cc_num m;
	cc_spec p;
	cc_claim *c;
	if (!(cc_tok_is(x, i, "m") || cc_tok_is(x, i, "mean")) || !punct(x, i + 1, '=') ||
	    !cc_num_parse(x, i + 2, &m) || (m.fl & (NF_PERCENT | NF_CURRENCY | NF_RANGE)))
		return 0;
	if (cc_tok_is(x, i, "m") && !(TK(i)->fl & TF_CAP))
		return 0;
	cc_spec_init(&p, CC_KIND_MEAN, i, m.t1, m.value);
	p.rule = "reported mean (M = 3.44, SD = 1.2)";
	p.decimals = m.decimals;
	p.tolerance = cc_tol_digits(&m, 1);
	end = m.t1;
	for (j = m.t1; j < m.t1 + 14 && j < x->ntok && same_sent(x, i, j); j++) {
		cc_num v;
		if ((cc_tok_is(x, j, "sd") || cc_tok_is(x, j, "n")) && punct(x, j + 1, '=') &&
		    cc_num_parse(x, j + 2, &v)) {
			if (cc_tok_is(x, j, "sd")) {
				p.traits |= 0;
				p.unit = NULL;
				p.low = p.high = m.value;
				p.s0 = 0;
				p.decimals = m.decimals;
				end = v.t1;
				/* stored after emit */
				p.value = m.value;
				p.high = v.value; /* temp: sd */
				p.low = (double)v.decimals;
			} else {
				p.sample_n = v.value;
				end = v.t1;
			}
			j = v.t1 - 1;
		}
	}
	*next = end;
	{
		double sd = NAN;
		int sdd = 0;
		if (p.high != m.value || p.low != m.value) {
			sd = p.high;
			sdd = (int)p.low;
		}
		p.low = p.high = m.value;
		if (cc_spec_emit(x, &p))
			return -1;
		c = &x->doc->claims[x->doc->nclaims - 1];
		c->sd = sd;
		c->sd_decimals = sdd;
	}
	return 1;
}

/* "±3 points", "plus or minus 3 percentage points" with a bare figure */
static int moe_bare(cc_xt *x, const cc_num *n, size_t *next)
{
	cc_spec p;
	size_t e = n->t1, t1;
	if (!(n->fl & NF_DIGITS || n->fl & NF_WORD) || (n->fl & (NF_PERCENT | NF_POINTS | NF_CURRENCY)))
		return 0;
	/* the words after the figure first: they are two token tests, the
	 * context a scan of the sentence (both only read the tokens) */
	if (cc_tok_in(x, e, WS(POINT))) {
		t1 = e + 1;
	} else if (cc_tok_is(x, e, "percentage") && cc_tok_in(x, e + 1, WS(POINT))) {
		t1 = e + 2;
	} else if (!(n->t0 > 0 && punct(x, n->t0 - 1, 'P'))) {
		return 0;
	} else {
		t1 = e;
	}
	if (!cc_cx_moe_context(x, n->t0))
		return 0;
	cc_spec_init(&p, CC_KIND_MARGIN_OF_ERROR, n->t0, e, n->value / 100);
	p.rule = "margin of error in points (plus or minus 3 points)";
	if (n->fl & NF_RANGE) {
		p.low = n->low / 100;
		p.high = n->high / 100;
	}
	p.t1 = t1;
	*next = p.t1;
	p.tolerance = cc_tol_digits(n, 0.01);
	return cc_spec_emit(x, &p) ? -1 : 1;
}

/* "between 20% and 30%", "between 50 and 60%" */
static int between_claim(cc_xt *x, size_t i, size_t *next)
{
	cc_num a, b, r;
	size_t j;
	if (!cc_tok_is(x, i, "between") || !cc_num_parse(x, i + 1, &a) || a.ordinal)
		return 0;
	j = a.t1;
	if (!cc_tok_is(x, j, "and") || !cc_num_parse(x, j + 1, &b) || b.ordinal)
		return 0;
	if (((a.fl & NF_CURRENCY) || (b.fl & NF_CURRENCY)) &&
	    !(a.t1 == j && (b.fl & NF_CURRENCY) && (!(a.fl & NF_CURRENCY) || a.cur == b.cur)))
		return 0; /* "between 300 euros (£260) and 500 euros": two amounts; but "between £150 and
			   * £200m", "between $2bn and $3bn", "between 150 and 200 million pounds" are ranges */
	if ((b.fl & NF_SCALE) && !(a.fl & (NF_SCALE | NF_PERCENT | NF_POINTS)) && a.value > 0 && a.value < 1000 &&
	    b.value >= 1000 * a.value) {
		/* "between 150 and 200 million": the second figure's scale
		 * applies to the first (as in "3-4bn") */
		double m = 1e3;

		while (m * 1e3 <= b.value && m < 1e12)
			m *= 1e3;
		if (a.value * m < b.value) {
			a.value *= m;
			a.fl |= NF_SCALE;
		}
	}
	if (!((a.fl | b.fl) & (NF_PERCENT | NF_POINTS | NF_RANGE)) && b.value > a.value && cc_cx_moe_context(x, i) &&
	    (cc_tok_in(x, b.t1, WS(POINT)) || cc_tok_is(x, b.t1, "percentage"))) {
		/* "a margin of error of 1.5 to 3 points" said as "between ... and ..." */
		r = b;
		r.t0 = i;
		r.low = a.value;
		r.high = b.value;
		r.value = (a.value + b.value) / 2;
		r.fl |= NF_RANGE;
		{
			int rr = moe_bare(x, &r, next);

			if (rr)
				return rr;
		}
	}
	if (!(b.fl & (NF_PERCENT | NF_POINTS))) {
		/* "between four and 12 searches", "between 20,000 and 30,000
		 * tonnes": a counted range; never years ("between 2001 and 2003") */
		if ((a.fl | b.fl) & (NF_RANGE | NF_FRAC | NF_RATIO | NF_COUNTED) || a.value != floor(a.value) ||
		    b.value != floor(b.value) || !(IS_WORD(b.t1) || (b.fl & NF_SCALE)) ||
		    (a.value >= 1800 && a.value <= 2100 && b.value <= 2100) ||
		    ((a.fl & NF_SCALE) != (b.fl & NF_SCALE) && !(b.fl & NF_SCALE)))
			return 0;
	}
	r = b;
	r.t0 = i;
	r.low = (a.fl & (NF_PERCENT)) ? a.value : (b.fl & NF_PERCENT) ? a.value * 0.01 : a.value;
	r.high = b.value;
	if (!(r.high > r.low))
		return 0;
	r.value = (r.low + r.high) / 2;
	r.fl |= NF_RANGE;
	return cc_num_claim(x, &r, next) ? -1 : 1;
}

/* Does word t, of a class in CC_CLAIM_START or a letter alone, start
 * nothing after all? The
 * common cases, answered as the rules in cc_claims_find would answer them:
 * a hedge ("about", "over") starts a vague quantifier only before one or
 * before "all"; "a"/"an" starts a numeral only before a hundred, scale,
 * dozen or denominator word ("a million", "a third"), or a vague
 * quantifier ("a majority"). */
static int word_starts_nothing(const cc_xt *x, const cc_tok *t, const cc_tok *end)
{
	unsigned long long start = t->cls & CC_CLAIM_START, cn;
	size_t i = (size_t)(t - x->tok);

	if ((t->fl & TF_CAP) && t->e - t->s == 1)
		return 0; /* mean_claim's "M" */
	if (!start)
		return 1; /* a small letter alone of other classes ("m", "k"),
			   * listed by the scan with the capitals */
	cn = t + 1 < end && t[1].type == TK_WORD ? t[1].cls : 0;
	if (HAS(cn, LX_VAGUE))
		return 0;
	if (start == (1ull << LX_HEDGE))
		return !cc_tok_is(x, i + 1, "all");
	if (start == (1ull << LX_TRIGGER))
		return cc_tok_in(x, i, WS(INDEF_ART)) &&
		       !(cn & ((1ull << LX_HUNDRED) | (1ull << LX_SCALE) | (1ull << LX_MISC) | (1ull << LX_DENOM))) &&
		       !cc_tok_is(x, i + 1, "point") && !cc_tok_is(x, i + 1, "percentage"); /* "up a point" */
	return 0;
}

int cc_claims_find(cc_xt *x)
{
	size_t i = 0, next, k = 0;
	int r;

	while (i < x->ntok) {
		const cc_tok *t;
		cc_num n;

		{
			/* Go to the next token a rule may start from: the scan
			 * listed them (x->cand); no rule below starts from what
			 * it left out (punctuation, and words of no
			 * CC_CLAIM_START class that are not a letter alone with
			 * classes) -- most tokens. */
			const cc_tok *start = x->tok + i;

			while (k < x->ncand && x->cand[k] < i)
				k++;
			if (k == x->ncand)
				break;
			t = x->tok + x->cand[k];
			if (t->type == TK_WORD && word_starts_nothing(x, t, x->tok + x->ntok)) {
				i = x->cand[k] + 1;
				continue;
			}
			/* A word with classes before a vague quantifier starts one
			 * ("a majority"): the rules start there, as they did when
			 * each word looked at the next. */
			if (t > start && t->type == TK_WORD && HAS(t->cls, LX_VAGUE) && t[-1].type == TK_WORD && t[-1].cls)
				t--;
			i = (size_t)(t - x->tok);
		}
		if (t->type == TK_WORD) {
			unsigned long long c = t->cls;
			unsigned long long cn = W(x, i + 1);

			if (HAS(c, LX_VAGUE) || HAS(cn, LX_VAGUE) ||
			    (HAS(c, LX_HEDGE) && cc_tok_is(x, i + 1, "all"))) {
				r = vague_claim(x, i, &next);
				if (r < 0)
					return CC_ENOMEM;
				if (r) {
					i = next;
					continue;
				}
			}
			if (HAS(c, LX_MULT)) {
				r = mult_claim(x, i, &next);
				if (r < 0)
					return CC_ENOMEM;
				if (r) {
					i = next;
					continue;
				}
			}
			if (HAS(c, LX_TRIGGER) && cc_tok_in(x, i, WS(INDEF_ART)) &&
			    (cc_tok_is(x, i + 1, "point") || cc_tok_is(x, i + 1, "percentage"))) {
				r = a_point_claim(x, i, &next);
				if (r < 0)
					return CC_ENOMEM;
				if (r) {
					i = next;
					continue;
				}
			}
			if (HAS(c, LX_TRIGGER) && cc_tok_is(x, i, "between")) {
				r = between_claim(x, i, &next);
				if (r < 0)
					return CC_ENOMEM;
				if (r) {
					i = next;
					continue;
				}
			}
			if ((TK(i)->e - TK(i)->s == 1 && (TK(i)->fl & TF_CAP)) || (HAS(c, LX_TRIGGER) && cc_tok_is(x, i, "mean"))) {
				r = mean_claim(x, i, &next);
				if (r < 0)
					return CC_ENOMEM;
				if (r) {
					i = next;
					continue;
				}
			}
			if (!(c & ((1ull << LX_UNIT) | (1ull << LX_TENS) | (1ull << LX_DENOM) | (1ull << LX_CUR_PRE) |
				   (1ull << LX_CUR_BOTH) | (1ull << LX_MISC))) &&
			    !(HAS(c, LX_TRIGGER) && (!cc_tok_in(x, i, WS(INDEF_ART)) ||
						      (cn & ((1ull << LX_HUNDRED) | (1ull << LX_SCALE) | (1ull << LX_MISC) |
							     (1ull << LX_DENOM)))))) {
				i++;
				continue;
			}
		} else if (t->type == TK_WORD && 0) {
			i++;
			continue;
		}
		if (t->type == TK_WORD && (TK(i)->fl & TF_CAP) && cc_tok_is(x, i, "m")) {
			r = mean_claim(x, i, &next);
			if (r) {
				i = next;
				continue;
			}
		}
		if (t->type == TK_SYM && i > 0 && IS_WORD(i - 1) && glued(x, i - 1) &&
		    (!x->nci || x->ci[x->nci - 1].t1 <= i - 1) &&
		    cc_lex_find(x->t + TK(i - 1)->s, TK(i)->e - TK(i - 1)->s, LX_CUR_PRE) && cc_num_parse(x, i - 1, &n) &&
		    n.t1 > i) {
			/* "US$3m", "HK$40m": the currency is the word and the symbol */
		} else if (!cc_num_parse(x, i, &n) || n.t1 <= i) {
			i++;
			continue;
		}
		if (n.fl & NF_FRAC && !(n.fl & (NF_WORD | NF_RATIO | NF_COUNTED | NF_PERCENT)) && (n.fl & NF_DIGITS) &&
		    !(TK(n.t0)->fl & TF_GLYPH)) {
			cc_num va, vb;

			if (!cc_cx_vote_pair(x, &n, &va, &vb)) { /* but "a 52/48 split": rules.c */
				i = n.t1;
				continue;
			}
		}
		r = moe_bare(x, &n, &next);
		if (r < 0)
			return CC_ENOMEM;
		if (r) {
			i = next;
			continue;
		}
		if (cc_num_claim(x, &n, &next))
			return CC_ENOMEM;
		i = next > i ? next : i + 1;
	}
	cc_claims_fill_ext(x);
	return CC_OK;
}
