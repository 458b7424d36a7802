/*
 * hedge.c -- hedges as intervals (stage: extract). One rule per row of
 * lexicon/hedges.tsv (the gold README's table): a hedge directly before
 * a figure X gives [lo*|X|, hi*|X|], the sign kept, low <= high.
 * Must not decide whether a figure is a claim.
 */
#include "xt.h"

#include <math.h>

/* A blank as the lexicon's phrases see one (lexicon.c, normalise). */
static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

const cc_lex *cc_hedge_before(const cc_xt *x, size_t i, size_t *t0)
{
	size_t m = 0, n;

	/* A hedge before i ends with the word before it. */
	if (i == 0 || i > x->ntok || x->tok[i - 1].type != TK_WORD)
		return NULL;
	/* How many words before i can make one phrase: words, each after a
	 * blank, none opening a sentence inside the phrase (at most four).
	 * A phrase of n + 1 words needs one of n words, so the longest
	 * phrase is found first by counting down from m, as before. */
	while (m < 4 && m < i && x->tok[i - m - 1].type == TK_WORD &&
	       (m == 0 || ((x->tok[i - m].fl & TF_SP) && !(x->tok[i - m].fl & TF_SENT))))
		m++;
	/* Most words before a figure end no hedge of several words ("rose
	 * by the end of ..."): then only a one-word hedge can stand there,
	 * without the span look-ups (their first words, "the", "of", start
	 * many phrases). The phrase's last word is the token's bytes when a
	 * blank comes before it (a word token holds no blank). */
	if (m >= 2 && is_blank(x->t[x->tok[i - 1].s - 1]) &&
	    !cc_lex_may_end(x->t + x->tok[i - 1].s, x->tok[i - 1].e - x->tok[i - 1].s, LX_HEDGE))
		m = 1;
	for (n = m; n >= 1; n--) {
		size_t a = i - n;
		const cc_lex *l;

		/* the answers cc_tok_lex_span would give, without the call when
		 * they are known: a phrase of several words needs a first word
		 * that starts one (each next word follows a blank), one word
		 * needs the hedge class bit */
		if (n > 1 ? !(x->tok[a].fl & TF_STARTS) : !(x->tok[a].cls >> LX_HEDGE & 1))
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
