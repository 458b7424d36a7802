/*
 * hedge.c -- hedges as intervals (stage: extract). One rule per row of
 * lexicon/hedges.tsv (the gold README's table): a hedge directly before
 * a figure X gives [lo*|X|, hi*|X|], the sign kept, low <= high.
 * Must not decide whether a figure is a claim.
 */
#include "xt.h"

#include <math.h>

const cc_lex *cc_hedge_before(const cc_xt *x, size_t i, size_t *t0)
{
	int n;
	/* longest phrase first: up to four words ending at token i-1 */
	for (n = 4; n >= 1; n--) {
		size_t a, k;
		const cc_lex *l;
		if (i < (size_t)n)
			continue;
		a = i - (size_t)n;
		for (k = a; k < i; k++)
			if (x->tok[k].type != TK_WORD || (k > a && !(x->tok[k].fl & TF_SP)))
				break;
		if (k < i)
			continue;
		/* not across a sentence start inside the phrase */
		for (k = a + 1; k < i; k++)
			if (x->tok[k].fl & TF_SENT)
				break;
		if (k < i)
			continue;
		l = cc_tok_lex_span(x, a, i - 1, LX_HEDGE);
		if (l) {
			*t0 = a;
			return l;
		}
	}
	return NULL;
}

void cc_hedge_apply(const cc_lex *h, double value, double *low, double *high, unsigned *traits)
{
	double m = fabs(value), a = h->v[0] * m, b = h->v[1] * m;
	if (value < 0) {
		double t = -b;
		b = -a;
		a = t;
	}
	*low = a;
	*high = b;
	if (h->str && h->str[0] == 'l')
		*traits |= value < 0 ? CC_TRAIT_HIGH_OPEN : CC_TRAIT_LOW_OPEN;
	if (h->str && h->str[0] == 'h')
		*traits |= value < 0 ? CC_TRAIT_LOW_OPEN : CC_TRAIT_HIGH_OPEN;
}
