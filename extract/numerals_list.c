/*
 * numerals_list.c -- the raw numeral layer (stage: extract): every numeral
 * of a text, with its type and value, for `extract --numerals` and the
 * numeral scorers (cc_extract_numerals), over cc_num_parse; ranges in
 * words, ordinals, "N per cent of", approximate words. Must not decide
 * whether a numeral is a claim (rules.c does) or read numerals itself
 * (numeral.c does).
 */
#include "xt.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define TK(i) (&x->tok[i])
#define IS_WORD(i) ((i) < x->ntok && x->tok[i].type == TK_WORD)
#define IS_NUM(i) ((i) < x->ntok && x->tok[i].type == TK_NUM)

#define punct cc_tok_punct
#define glued cc_tok_glued
#define tok_lex cc_tok_lex
#define GLUED(i) glued(x, i)
#define HAS(c, k) (((c) >> (k)) & 1ull)

/* The lexicon classes of token i, 0 unless a word. */
static unsigned long long wcls(const cc_xt *x, size_t i)
{
	return IS_WORD(i) ? cc_tok_classes(x, i) : 0;
}

/* ------------------------------------------------------------------ */
/* The raw numeral layer                                                */

/* "between A and B" / "from A to B" as one range numeral */
static int range_words(const cc_xt *x, size_t i, cc_num *o)
{
	cc_num a, b;
	size_t j;
	int between = cc_tok_is(x, i, "between"), from = cc_tok_is(x, i, "from");
	if (!between && !from)
		return 0;
	if (!cc_num_parse(x, i + 1, &a) || a.ordinal || (a.fl & NF_RANGE))
		return 0;
	j = a.t1;
	if (!(between ? cc_tok_is(x, j, "and") : (cc_tok_is(x, j, "to") || cc_tok_is(x, j, "and"))))
		return 0;
	if (!cc_num_parse(x, j + 1, &b) || b.ordinal || (b.fl & NF_RANGE))
		return 0;
	if (!(a.fl & (NF_PERCENT | NF_CURRENCY)) && (b.fl & NF_PERCENT))
		a.value *= 0.01;
	else if (!(a.fl & (NF_PERCENT | NF_CURRENCY)) && (b.fl & NF_CURRENCY))
		a.value *= b.factor;
	if (!(b.value > a.value))
		return 0;
	if (from && !(b.fl & NF_CURRENCY))
		return 0;
	*o = b;
	o->t0 = i;
	o->low = a.value;
	o->high = b.value;
	o->value = (a.value + b.value) / 2;
	o->fl |= NF_RANGE | (a.fl & (NF_PERCENT | NF_CURRENCY));
	if (!o->cur)
		o->cur = a.cur;
	return 1;
}

/* Ordinal words ("first", "twenty-first") that are not fractions. */
static int ordinal_word(const cc_xt *x, size_t i, cc_num *o)
{
	const cc_lex *l;
	size_t j = i;
	double base = 0;
	if (IS_WORD(i) && (l = tok_lex(x, i, LX_TENS)) && punct(x, i + 1, '-') && GLUED(i) && GLUED(i + 1)) {
		base = l->v[0];
		j = i + 2;
	}
	if (!IS_WORD(j) || !(l = tok_lex(x, j, LX_ORDINAL)) || l->v[0] < 0)
		return 0;
	memset(o, 0, sizeof *o);
	o->t0 = i;
	o->t1 = j + 1;
	o->value = base + l->v[0];
	o->fl = NF_ORDINAL | NF_WORD;
	o->ordinal = 1;
	return 1;
}

/* "per cent of twenty-two", "percents of 10": the percent written first */
static int percent_of(const cc_xt *x, size_t i, cc_num *o)
{
	size_t j = i;
	if (cc_tok_is(x, j, "per") && cc_tok_is(x, j + 1, "cent"))
		j += 2;
	else if (cc_tok_is(x, j, "percent") || cc_tok_is(x, j, "percents"))
		j++;
	else
		return 0;
	if (!cc_tok_is(x, j, "of") || !cc_num_parse(x, j + 1, o) || (o->fl & (NF_PERCENT | NF_CURRENCY | NF_RANGE)))
		return 0;
	o->t0 = i;
	o->value *= 0.01;
	o->low = o->high = o->value;
	o->fl |= NF_PERCENT;
	return 1;
}

/* A coin or currency word worth its row's value, tokens [t0, t1). */
static int coin(cc_num *o, size_t t0, size_t t1, const cc_lex *l)
{
	memset(o, 0, sizeof *o);
	o->t0 = t0;
	o->t1 = t1;
	o->value = o->low = o->high = l->v[0];
	o->cur = l->str;
	o->factor = l->v[0];
	o->fl = NF_WORD | NF_CURRENCY;
	return 1;
}

/* Vague counts other recognisers report ("a couple of" 2), and "a dollar". */
static int approx_word(const cc_xt *x, size_t i, cc_num *o)
{
	int n;
	const cc_lex *l;
	for (n = 3; n >= 1; n--) {
		size_t last = i + (size_t)n - 1;
		if (last >= x->ntok)
			continue;
		l = cc_tok_lex_span(x, i, last, LX_APPROX);
		if (l) {
			memset(o, 0, sizeof *o);
			o->t0 = i;
			o->t1 = last + 1;
			o->value = o->low = o->high = l->v[0];
			o->fl = NF_WORD;
			return 1;
		}
	}
	if (IS_WORD(i) && (l = tok_lex(x, i, LX_CUR_WORD)) && l->v[0] < 1 && l->v[0] > 0.01 &&
	    x->t[TK(i)->e - 1] != 's') {
		return coin(o, i, i + 1, l); /* "dime", "nickel" */
	}
	if (IS_WORD(i) && ((l = tok_lex(x, i, LX_CUR_WORD)) || (l = tok_lex(x, i, LX_CUR_BOTH))) && l->v[0] == 1 &&
	    TK(i)->e - TK(i)->s > 2 && x->t[TK(i)->e - 1] != 's' && !(i > 0 && (IS_NUM(i - 1) || HAS(wcls(x, i - 1), LX_SCALE)))) {
		/* a currency named without a figure ("the dollar"): value unknown */
		memset(o, 0, sizeof *o);
		o->t0 = i;
		o->t1 = i + 1;
		o->value = o->low = o->high = NAN;
		o->cur = l->str;
		o->fl = NF_WORD | NF_CURRENCY;
		return 1;
	}
	if ((cc_tok_is(x, i, "a") || cc_tok_is(x, i, "one")) && IS_WORD(i + 1) &&
	    (l = tok_lex(x, i + 1, LX_CUR_WORD)) && x->t[TK(i + 1)->e - 1] != 's') {
		return coin(o, i, i + 2, l); /* "a penny" */
	}
	return 0;
}

int cc_extract_numerals(cc_ctx *ctx, const char *data, size_t len, cc_numeral_cb cb, void *payload)
{
	cc_xt x;
	size_t i;
	int rc;

	memset(&x, 0, sizeof x);
	x.ctx = ctx;
	x.t = data;
	x.len = len;
	if ((rc = cc_xt_scan(&x)) != CC_OK)
		goto out;
	if ((rc = cc_xt_sentences(&x)) != CC_OK)
		goto out;
	for (i = 0; i < x.ntok;) {
		cc_num n;
		cc_numeral nu;
		int ok = range_words(&x, i, &n) || percent_of(&x, i, &n) || cc_num_parse(&x, i, &n) ||
			 ordinal_word(&x, i, &n) || approx_word(&x, i, &n);
		if (!ok || n.t1 <= n.t0) { /* no tokens read: no numeral */
			i++;
			continue;
		}
		/* a figure glued to a unit we do not know ("180ml", "29km") is a
		 * quantity, not a bare number */
		if ((n.fl & NF_DIGITS) && !(n.fl & (NF_CURRENCY | NF_PERCENT | NF_SCALE)) && !n.ordinal &&
		    n.t1 < x.ntok && x.tok[n.t1].type == TK_WORD && glued(&x, n.t1 - 1)) {
			i = n.t1 + 1;
			continue;
		}
		/* a hedge bound: "less than 7 EUR" -> (, 7]; "over 1.42 dollars" -> [1.42, ) */
		memset(&nu, 0, sizeof nu);
		nu.start = x.tok[n.t0].s;
		nu.end = x.tok[n.t1 - 1].e;
		nu.value = n.value;
		nu.low = n.low;
		nu.high = n.high;
		nu.unit = n.cur;
		nu.type = n.ordinal ? CC_NUM_ORDINAL
			: (n.fl & NF_RANGE) ? CC_NUM_RANGE
			: (n.fl & NF_CURRENCY) ? CC_NUM_CURRENCY
			: (n.fl & NF_PERCENT) ? CC_NUM_PERCENT
			: (n.fl & NF_FRAC) && !(n.fl & NF_DIGITS) ? CC_NUM_FRACTION : CC_NUM_NUMBER;
		if (nu.type == CC_NUM_RANGE && (n.fl & NF_CURRENCY))
			nu.type = CC_NUM_CURRENCY;
		if (!(n.fl & NF_RANGE))
			nu.low = nu.high = NAN;
		{
			size_t h0;
			const cc_lex *h = cc_hedge_before(&x, n.t0, &h0);
			if (h && (n.fl & NF_CURRENCY) && !(n.fl & NF_RANGE) && h->v[0] != h->v[1] &&
			    (h->v[0] == 1 || h->v[1] == 1) && !(h->v[0] == 0.9 && h->v[1] == 1.1)) {
				nu.start = x.tok[h0].s;
				if (h->v[0] == 1) { nu.low = n.value; nu.high = NAN; }
				else { nu.high = n.value; nu.low = NAN; }
				nu.type = CC_NUM_CURRENCY;
			}
		}
		rc = cb(&nu, payload);
		if (rc)
			goto out;
		i = n.t1 > i ? n.t1 : i + 1;
	}
	rc = CC_OK;
out:
	cc_xt_free(&x);
	return rc;
}
