/*
 * numeral.c -- numerals over tokens: digits with separators and decimals,
 * scale words and suffixes, numbers in words, fractions ("two-thirds", "a
 * third", "one in four", "3/4", "½"), percentages, money, ordinals and
 * ranges -> value (stage: extract). cc_num_parse reads a numeral by
 * forms, one function each, in the order of the form tables (a currency
 * before it, its sign, the figure, what follows a cardinal, a fraction's
 * tail, its units). The raw numeral layer (cc_extract_numerals) is
 * numerals_list.c. Word lists (percent spellings, ordinal
 * suffixes...) are word sets in lexicon/wordsets.tsv. Must not decide
 * whether a numeral is a claim (rules.c does).
 */
#include "xt.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define TK(i) (&x->tok[i])
#define IS_WORD(i) ((i) < x->ntok && x->tok[i].type == TK_WORD)
#define IS_NUM(i) ((i) < x->ntok && x->tok[i].type == TK_NUM)
#define GLUED(i) glued(x, i)

#define punct cc_tok_punct
#define glued cc_tok_glued
#define tok_lex cc_tok_lex

/* digits_value for any digits token, through strtod. */
static double digits_value_strtod(const cc_xt *x, size_t i, int *dec, int *sep)
{
	char buf[64];
	size_t k = 0, p;
	const cc_tok *t = TK(i);
	int seen_dot = 0, d = 0, commas = 0;

	if (t->fl & TF_GLYPH) {
		const unsigned char *u = (const unsigned char *)x->t + t->s;
		*dec = 2;
		*sep = 0;
		if (u[0] == 0xC2)
			return u[1] == 0xBD ? 0.5 : u[1] == 0xBC ? 0.25 : 0.75;
		return u[2] == 0x93 ? 1.0 / 3 : 2.0 / 3;
	}
	for (p = t->s; p < t->e && k < sizeof buf - 1; p++) {
		char c = x->t[p];
		if (c == ',') {
			/* a separator when three digits follow, else a decimal comma ("5,00") */
			size_t d = p + 1;
			while (d < t->e && x->t[d] >= '0' && x->t[d] <= '9')
				d++;
			if (d - p - 1 == 3) {
				commas++;
				continue;
			}
			c = '.';
		}
		if (c == 'e' || c == 'E') {
			/* exponent: copy the rest as is */
			for (; p < t->e && k < sizeof buf - 1; p++)
				buf[k++] = x->t[p];
			break;
		}
		if (c == '.') {
			if (seen_dot)
				break; /* "192.168.1.2": stop at the second dot */
			seen_dot = 1;
		} else if (seen_dot) {
			d++;
		}
		buf[k++] = c;
	}
	buf[k] = '\0';
	*dec = d;
	*sep = commas > 0;
	return strtod(buf, NULL);
}

/* Value of a digits token; decimals and separators reported. Nearly
 * every figure is digits with separators and at most one decimal point
 * (or comma), at most 15 digits: its value is the integer m of its
 * digits over 10^d, and as m < 2^53 and 10^d (d <= 15) are exact doubles,
 * the one correctly rounded division is strtod's correctly rounded
 * result, bit for bit, at a tenth of the cost. The rest (exponents,
 * glyphs, long figures) is digits_value_strtod's. */
static double digits_value(const cc_xt *x, size_t i, int *dec, int *sep)
{
	static const double p10[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
				      1e12, 1e13, 1e14, 1e15 };
	const cc_tok *t = TK(i);
	unsigned long long m = 0;
	int nd = 0, d = 0, seen_dot = 0, commas = 0;
	size_t p;

	if (t->fl & TF_GLYPH)
		return digits_value_strtod(x, i, dec, sep);
	for (p = t->s; p < t->e; p++) {
		char c = x->t[p];

		if (c >= '0' && c <= '9') {
			m = m * 10 + (unsigned)(c - '0');
			nd++;
			d += seen_dot;
			continue;
		}
		if (c == ',') {
			/* as digits_value_strtod: a separator before three digits,
			 * else a decimal comma */
			size_t q = p + 1;
			while (q < t->e && x->t[q] >= '0' && x->t[q] <= '9')
				q++;
			if (q - p - 1 == 3) {
				commas++;
				continue;
			}
			c = '.';
		}
		if (c != '.' || nd > 15)
			return digits_value_strtod(x, i, dec, sep);
		if (seen_dot)
			break; /* "192.168.1.2": stop at the second dot */
		seen_dot = 1;
	}
	if (nd == 0 || nd > 15)
		return digits_value_strtod(x, i, dec, sep);
	*dec = d;
	*sep = commas > 0;
	return (double)m / p10[d];
}

/* Number of digits-token bytes before a second '.', for "192.168.1.2". */
static int multi_dot(const cc_xt *x, size_t i)
{
	size_t p;
	int dots = 0;

	if (TK(i)->e - TK(i)->s < 3)
		return 0; /* two dots need a digit after each */
	for (p = TK(i)->s; p < TK(i)->e; p++)
		dots += x->t[p] == '.';
	return dots > 1;
}

static unsigned long long wcls(const cc_xt *x, size_t i)
{
	return IS_WORD(i) ? cc_tok_classes(x, i) : 0;
}

#define HAS(c, k) (((c) >> (k)) & 1ull)

/* A cardinal in words starting at i ("three hundred and twenty-six", "a
 * dozen", "twenty-one trillion"). Returns the token after it, or i. */
static size_t word_cardinal(const cc_xt *x, size_t i, double *val)
{
	double total = 0, cur = 0, maxscale = 1, small = 0; /* small: units and tens since the last hundred */
	size_t j = i, end = i;
	int prev = 0; /* 0 none, 1 unit, 2 tens, 3 hundred, 4 scale, 5 a/an */
	int any = 0;

	if (IS_WORD(j) && cc_tok_in(x, j, WS(INDEF_ART))) {
		unsigned long long c = wcls(x, j + 1);
		if (!(HAS(c, LX_HUNDRED) || HAS(c, LX_SCALE) || HAS(c, LX_MISC)))
			return i;
		prev = 5;
		cur = 1;
		j++;
	}
	while (IS_WORD(j)) {
		unsigned long long c = wcls(x, j);
		const cc_lex *l;
		if (HAS(c, LX_TENS) && prev == 1 && cur >= 1 && cur < 10 && total == 0 && !GLUED(j - 1)) {
			/* "one twenty two" = 122 */
			l = tok_lex(x, j, LX_TENS);
			cur = cur * 100 + l->v[0];
			prev = 2;
			goto took;
		}
		if (HAS(c, LX_UNIT) && (prev == 0 || prev == 3 || prev == 4 || prev == 6 ||
					(prev == 2 && fmod(cur, 10) == 0))) {
			l = tok_lex(x, j, LX_UNIT);
			cur += l->v[0];
			small += l->v[0];
		} else if (HAS(c, LX_TENS) && (prev == 0 || prev == 3 || prev == 4 || prev == 6)) {
			l = tok_lex(x, j, LX_TENS);
			cur += l->v[0];
			small = l->v[0];
			prev = 2;
			goto took;
		} else if (HAS(c, LX_HUNDRED) && (prev == 1 || prev == 2 || prev == 5)) {
			cur = (cur ? cur : 1) * 100;
			small = 0;
			prev = 3;
			goto took;
		} else if (HAS(c, LX_SCALE) && (prev == 1 || prev == 2 || prev == 3 || prev == 5)) {
			double s;
			l = tok_lex(x, j, LX_SCALE);
			s = l->v[0];
			if (s > maxscale) {
				total = (total + (cur ? cur : 1)) * s;
				maxscale = s;
			} else {
				total += (cur ? cur : 1) * s;
			}
			cur = 0;
			small = 0;
			prev = 4;
			goto took;
		} else if (HAS(c, LX_MISC) && (prev == 1 || prev == 2 || prev == 5) &&
			   (l = tok_lex(x, j, LX_MISC)) && l->v[0] == 12) {
			/* "four hundred and three dozen": only the three is dozens (436) */
			if (small > 0 && small < cur)
				cur = cur - small + small * 12;
			else
				cur = (cur ? cur : 1) * 12;
			prev = 4;
			goto took;
		} else if (cc_tok_is(x, j, "and") && (prev == 3 || prev == 4) &&
			   (HAS(wcls(x, j + 1), LX_UNIT) || HAS(wcls(x, j + 1), LX_TENS)) &&
			   !(IS_WORD(j + 2) && HAS(wcls(x, j + 2), LX_DENOM) && !HAS(wcls(x, j + 1), LX_TENS))) {
			/* "and two fifths" is a mixed number's fraction; "and forty
			 * fifths" counts fifths (240/5) */
			prev = 6;
			j++;
			continue;
		} else {
			break;
		}
		prev = 1;
took:
		any = 1;
		j++;
		end = j;
		/* "twenty-one": a hyphen glued on both sides joins words */
		if (punct(x, j, '-') && IS_WORD(j + 1) && (prev == 2) && HAS(wcls(x, j + 1), LX_UNIT) &&
		    GLUED(j - 1) == GLUED(j))
			j++;
	}
	if (!any || prev == 5)
		return i;
	*val = total + cur;
	return end;
}

/* A plain cardinal at i: digits (with a glued or following scale) or words. */
static size_t cardinal(const cc_xt *x, size_t i, double *val, int *dec, unsigned *fl)
{
	size_t j;
	int sep = 0;

	if (IS_NUM(i)) {
		*val = digits_value(x, i, dec, &sep);
		*fl |= NF_DIGITS | (sep ? NF_SEPARATORS : 0) | ((TK(i)->fl & TF_GLYPH) ? NF_FRAC : 0);
		j = i + 1;
		/* "1 234 567": space-separated groups of exactly three digits */
		if (!sep && !*dec && TK(i)->e - TK(i)->s <= 3 && !(TK(i)->fl & TF_GLYPH)) {
			while (IS_NUM(j) && (TK(j)->e - TK(j)->s == 3 || (TK(j)->e - TK(j)->s > 4 && x->t[TK(j)->s + 3] == '.')) &&
			       (TK(j)->fl & TF_SP) && !(TK(j)->fl & TF_NL) && !(TK(j)->fl & TF_GLYPH) &&
			       !memchr(x->t + TK(j)->s, '.', 3) && !memchr(x->t + TK(j)->s, ',', TK(j)->e - TK(j)->s) &&
			       TK(j)->s - TK(j - 1)->e <= 3 && !(TK(j)->s - TK(j - 1)->e > 1 && (unsigned char)x->t[TK(j - 1)->e] < 0x80) &&
			       !(IS_NUM(j + 1) && TK(j + 1)->s == TK(j)->e + 1 && TK(j + 1)->e - TK(j + 1)->s != 3)) {
				int d2, s2;
				*val = *val * 1000 + digits_value(x, j, &d2, &s2);
				*fl |= NF_SEPARATORS;
				*dec = d2;
				j++;
				if (d2)
					break;
			}
		}
		/* "2½" */
		if (IS_NUM(j) && (TK(j)->fl & TF_GLYPH) && GLUED(j - 1)) {
			int d2, s2;
			*val += digits_value(x, j, &d2, &s2);
			j++;
		}
		return j;
	}
	j = word_cardinal(x, i, val);
	if (j > i) {
		*fl |= NF_WORD;
		*dec = 0;
	}
	return j;
}

/* Scale after a cardinal: glued suffix ("40bn"), word ("2 million"). */
static size_t scale(const cc_xt *x, size_t j, double *val, unsigned *fl, int glued_only)
{
	const cc_lex *l;

	/* every rule below needs a word of one of these classes */
	if (!IS_WORD(j) || !(TK(j)->cls & ((1ull << LX_SUFFIX) | (1ull << LX_SCALE) | (1ull << LX_HUNDRED) | (1ull << LX_MISC))))
		return j;
	if (IS_WORD(j) && GLUED(j - 1) && (l = tok_lex(x, j, LX_SUFFIX)) &&
	    !(IS_WORD(j + 1) && GLUED(j))) {
		/* "1m isn't": a suffix followed by an apostrophe word is still a suffix */
		*val *= l->v[0];
		*fl |= NF_SCALE;
		return j + 1;
	}
	if (glued_only)
		return j;
	if (IS_WORD(j) && !GLUED(j - 1) && (l = tok_lex(x, j, LX_SCALE))) {
		*val *= l->v[0];
		*fl |= NF_SCALE;
		j++;
		/* "twenty-one trillion and three hundred" is handled by word_cardinal */
		return j;
	}
	if (IS_WORD(j) && !GLUED(j - 1) && (l = tok_lex(x, j, LX_SUFFIX)) &&
	    (cc_tok_in(x, j, WS(SCALE_ABBR)) || !IS_WORD(j + 1))) {
		*val *= l->v[0];
		*fl |= NF_SCALE;
		return j + 1;
	}
	if (IS_WORD(j) && !GLUED(j - 1) && (l = tok_lex(x, j, LX_HUNDRED)) && (*fl & NF_DIGITS)) {
		*val *= 100;
		return scale(x, j + 1, val, fl, 0);
	}
	if (IS_WORD(j) && (l = tok_lex(x, j, LX_MISC)) && l->v[0] == 12 && !GLUED(j - 1)) {
		*val *= 12;
		return j + 1;
	}
	return j;
}

/* The longest currency word phrase at j (up to 3 words). */
static const cc_lex *currency_words(const cc_xt *x, size_t j, size_t *end, int weak_ok)
{
	int n;

	/* Only words name currencies, and a word of none of the classes
	 * that starts no phrase of several words (a blank after it) begins
	 * none: the loop below would find nothing. */
	if (!IS_WORD(j))
		return NULL;
	if (!(TK(j)->cls & ((1ull << LX_CUR_WORD) | (1ull << LX_CUR_BOTH) | (weak_ok ? 1ull << LX_CUR_WEAK : 0))) &&
	    !(TK(j)->fl & TF_STARTS) && (j + 1 >= x->ntok || (TK(j + 1)->fl & TF_SP)))
		return NULL;
	for (n = 3; n >= 1; n--) {
		size_t k = j + (size_t)n - 1;
		const cc_lex *l;
		int m;
		if (k >= x->ntok)
			continue;
		for (m = 0; m < n; m++)
			if (!IS_WORD(j + (size_t)m))
				break;
		if (m < n)
			continue;
		if (n == 1) {
			l = tok_lex(x, j, LX_CUR_WORD);
			if (!l)
				l = tok_lex(x, j, LX_CUR_BOTH);
			if (!l && weak_ok)
				l = tok_lex(x, j, LX_CUR_WEAK);
		} else {
			/* what cc_tok_lex_span answers for each class, with one
			 * look-up of the phrase (its first row and classes) */
			unsigned long long cls;
			long r;

			if (!(TK(j)->fl & TF_STARTS) && (TK(j + 1)->fl & TF_SP))
				continue;
			r = cc_lex_lookup(x->t + TK(j)->s, TK(k)->e - TK(j)->s, &cls);
			l = (cls >> LX_CUR_WORD & 1) ? cc_lex_row_class(r, LX_CUR_WORD) : NULL;
			if (!l && (cls >> LX_CUR_BOTH & 1))
				l = cc_lex_row_class(r, LX_CUR_BOTH);
			if (!l && weak_ok && (cls >> LX_CUR_WEAK & 1))
				l = cc_lex_row_class(r, LX_CUR_WEAK);
		}
		if (l) {
			*end = k + 1;
			return l;
		}
	}
	return NULL;
}

/* Currency written before a figure at i: "$", "£", "US$", "USD", "Rs." */
static const cc_lex *currency_prefix(const cc_xt *x, size_t i, size_t *next)
{
	const cc_lex *l = NULL;
	size_t j = i;

	if (i >= x->ntok)
		return NULL;
	if (TK(i)->type == TK_SYM) {
		l = cc_lex_find(x->t + TK(i)->s, TK(i)->e - TK(i)->s, LX_CUR_PRE);
		j = i + 1;
	} else if (IS_WORD(i)) {
		/* "US$", "HK$", "C$" */
		if (i + 1 < x->ntok && TK(i + 1)->type == TK_SYM && GLUED(i))
			l = cc_lex_find(x->t + TK(i)->s, TK(i + 1)->e - TK(i)->s, LX_CUR_PRE), j = i + 2;
		if (!l && ((TK(i)->fl & (TF_UPPER | TF_CAP)) || IS_NUM(i + 1) || punct(x, i + 1, '.'))) {
			l = tok_lex(x, i, LX_CUR_BOTH);
			if (!l)
				l = tok_lex(x, i, LX_CUR_PRE);
			j = i + 1;
			if (l && punct(x, j, '.') && GLUED(i))
				j++;
		}
	}
	if (!l && IS_WORD(i) && i + 2 < x->ntok && IS_WORD(i + 1) && IS_NUM(i + 2)) {
		/* "malaysian ringgits 80": a two-word currency name before the figure */
		l = cc_tok_lex_span(x, i, i + 1, LX_CUR_WORD);
		if (!l)
			l = cc_tok_lex_span(x, i, i + 1, LX_CUR_BOTH);
		j = i + 2;
	}
	if (!l)
		return NULL;
	if (!IS_NUM(j) && !(IS_WORD(j) && (HAS(wcls(x, j), LX_UNIT) || HAS(wcls(x, j), LX_TENS) ||
					  cc_tok_is(x, j, "a") || cc_tok_is(x, j, "half"))))
		return NULL;
	*next = j;
	return l;
}

/* Fraction denominators after a cardinal: "two-thirds", "three quarters". */
static size_t denominator(const cc_xt *x, size_t j, double *val, unsigned *fl, int single)
{
	const cc_lex *l;
	size_t k = j;
	if (punct(x, k, '-') && GLUED(k - 1) == GLUED(k))
		k++;
	if (!IS_WORD(k) || !(l = tok_lex(x, k, LX_DENOM)))
		return j;
	/* "one third" / "a third": singular; "two thirds": plural */
	{
		size_t len = TK(k)->e - TK(k)->s;
		int plural = x->t[TK(k)->e - 1] == 's' || x->t[TK(k)->e - 1] == 'S';
		if (cc_tok_is(x, k, "half"))
			plural = 0;
		if (single ? plural : (!plural && *val != 1))
			return j;
		(void)len;
	}
	*val = *val / l->v[0];
	*fl |= NF_FRAC;
	return k + 1;
}

/* Ordinal value of word k, also in the plural ("firsts", "fifths"); 0 if none. */
static double ordinal_value(const cc_xt *x, size_t k)
{
	const cc_lex *l;
	size_t n;
	if (!IS_WORD(k))
		return 0;
	if ((l = tok_lex(x, k, LX_ORDINAL)) && l->v[0] > 0)
		return l->v[0];
	n = TK(k)->e - TK(k)->s;
	if (n > 3 && (x->t[TK(k)->e - 1] == 's' || x->t[TK(k)->e - 1] == 'S') &&
	    (l = cc_lex_find(x->t + TK(k)->s, n - 1, LX_ORDINAL)) && l->v[0] > 0)
		return l->v[0];
	return 0;
}

/* "a twenty-first", "three twenty-fifths", "one one hundred and fifth":
 * a numerator and a compound ordinal denominator, standing alone. */
static int compound_fraction(const cc_xt *x, size_t j, double *val, size_t *end)
{
	const cc_lex *l;
	double num = 0, pre = 0, ord;
	size_t k = j;
	if (cc_tok_in(x, k, WS(INDEF_ART))) {
		num = 1;
		k++;
	} else if ((l = tok_lex(x, k, LX_UNIT)) || (l = tok_lex(x, k, LX_TENS))) {
		num = l->v[0];
		k++;
	} else {
		return 0;
	}
	if (num <= 0)
		return 0;
	/* the denominator's cardinal part: "twenty", "one hundred" */
	if ((l = tok_lex(x, k, LX_TENS))) {
		pre = l->v[0];
		k++;
	} else if (cc_tok_is(x, k, "one") && cc_tok_is(x, k + 1, "hundred")) {
		pre = 100;
		k += 2;
		if (cc_tok_is(x, k, "and"))
			k++;
	} else {
		return 0;
	}
	if (punct(x, k, '-'))
		k++;
	ord = ordinal_value(x, k);
	if (!ord || ord >= 10 || (IS_WORD(k + 1) && !(TK(k + 1)->fl & TF_CAP)))
		return 0;
	*val = num / (pre + ord);
	*end = k + 1;
	return 1;
}

/* ------------------------------------------------------------------ */
/* The parser: one function per form, tried in the order of the tables  */
/* of forms below (PREFIX_FORMS ... UNITS_FORMS), phase by phase        */

/*
 * A numeral being read. The forms of a phase read on from k (the token
 * after what is read so far), and may change any of these.
 */
typedef struct np {
	const cc_xt *x;
	cc_num *o;
	size_t i;            /* the numeral's first token */
	size_t j;            /* the figure's first token (after a currency and a sign) */
	size_t k;            /* the token after what is read */
	double v;            /* the value so far (a percentage in percent, money in written units) */
	int dec;             /* decimals of the figure as written */
	unsigned fl;         /* NF_* */
	const cc_lex *cur;   /* the currency, NULL none */
	double factor;       /* currency units per written unit */
	int neg;             /* a minus sign or word before it */
} np;

/*
 * The phases, in the order a numeral is read: what comes before the
 * figure (currency, sign), the figure itself (the first form that reads
 * one), what follows a cardinal (decimals in words, fractions, ordinal
 * suffixes, scales, ratios), the tail of a fraction, the units after the
 * figure (percent, currency, a range), and the end (the value made).
 */
enum { PH_PREFIX, PH_NUMBER, PH_AFTER, PH_FRACTION, PH_UNITS, PH_FINISH };

/* A form's answer: a phase (PH_*) to go on with, or one of these. */
enum {
	NP_NEXT = -1, /* not this form: the next form of the phase (after the last, the phase's next phase) */
	NP_DONE = -2, /* the numeral is read: the form filled in *o */
	NP_NONE = -3  /* no numeral here */
};

/* Before the figure: "$", "£", "US$", "USD", "Rs." (a symbol or a word:
 * most figures start with digits and skip the call) */
static inline __attribute__((always_inline)) int nf_currency_prefix(np *s)
{
	const cc_xt *x = s->x;
	size_t i = s->i;

	if ((TK(i)->type == TK_SYM || TK(i)->type == TK_WORD) && (s->cur = currency_prefix(x, i, &s->j)) != NULL) {
		s->factor = s->cur->v[0];
		s->fl |= NF_CURRENCY;
	} else {
		s->j = i;
	}
	return NP_NEXT;
}

/* A minus sign before digits, not glued to what precedes it; "minus",
 * "negative" (not "plus or minus") */
static inline __attribute__((always_inline)) int nf_sign(np *s)
{
	const cc_xt *x = s->x;
	size_t j = s->j;

	if (s->cur)
		return NP_NEXT;
	if (punct(x, j, '-') && IS_NUM(j + 1) && (GLUED(j) || j == 0) &&
	    (j == 0 || (TK(j)->fl & TF_SP) || TK(j - 1)->type == TK_PUNCT)) {
		s->neg = 1;
		s->j++;
	} else if (cc_tok_in(x, j, WS(NEG_WORD)) &&
		   !(j >= 2 && cc_tok_is(x, j - 1, "or") && cc_tok_is(x, j - 2, "plus")) &&
		   (IS_NUM(j + 1) || HAS(wcls(x, j + 1), LX_UNIT) || HAS(wcls(x, j + 1), LX_TENS))) {
		s->neg = 1;
		s->j++;
	}
	return NP_NEXT;
}

/* "a half", "a third", "one quarter" */
static inline __attribute__((always_inline)) int nf_a_fraction(np *s)
{
	const cc_xt *x = s->x;
	size_t j = s->j;
	const cc_lex *l;

	if (!(IS_WORD(j) && cc_tok_in(x, j, WS(A_ONE)) && IS_WORD(j + 1) && (l = tok_lex(x, j + 1, LX_DENOM)) &&
	      x->t[TK(j + 1)->e - 1] != 's'))
		return NP_NEXT;
	s->v = 1 / l->v[0];
	s->fl |= NF_FRAC | NF_WORD;
	s->k = j + 2;
	return PH_FRACTION;
}

/* "half" alone */
static inline __attribute__((always_inline)) int nf_half(np *s)
{
	const cc_xt *x = s->x;

	if (!(IS_WORD(s->j) && cc_tok_is(x, s->j, "half")))
		return NP_NEXT;
	s->v = 0.5;
	s->fl |= NF_FRAC | NF_WORD;
	s->k = s->j + 1;
	return PH_FRACTION;
}

/* "a twenty-first", "three twenty-fifths" */
static inline __attribute__((always_inline)) int nf_compound_fraction(np *s)
{
	const cc_xt *x = s->x;

	if (!(IS_WORD(s->j) && compound_fraction(x, s->j, &s->v, &s->k)))
		return NP_NEXT;
	s->fl |= NF_FRAC | NF_WORD;
	return PH_UNITS;
}

/* "point 77" (digits only: the decimal part refuses a separator, and "a
 * point 1,000 times" is no numeral) */
static inline __attribute__((always_inline)) int nf_point_digits(np *s)
{
	const cc_xt *x = s->x;
	size_t j = s->j;

	if (!(cc_tok_is(x, j, "point") && IS_NUM(j + 1) && !memchr(x->t + TK(j + 1)->s, '.', TK(j + 1)->e - TK(j + 1)->s) &&
	      !memchr(x->t + TK(j + 1)->s, ',', TK(j + 1)->e - TK(j + 1)->s)))
		return NP_NEXT;
	s->k = j;
	s->v = 0;
	s->fl |= NF_WORD;
	return PH_AFTER;
}

/* digits (with separators, a glued or following scale) or words */
static inline __attribute__((always_inline)) int nf_cardinal(np *s)
{
	s->k = cardinal(s->x, s->j, &s->v, &s->dec, &s->fl);
	return s->k == s->j ? NP_NONE : PH_AFTER;
}

/* "two hundred point seventy-one", "nine point nought four", "1 point 1" */
static inline __attribute__((always_inline)) int nf_point_decimals(np *s)
{
	const cc_xt *x = s->x;
	size_t q = s->k + 1;
	double frac = 0, place = 0.1;
	int nd = 0;

	if (!(cc_tok_is(x, s->k, "point") && !s->dec && !(s->fl & NF_SCALE)))
		return NP_NEXT;
	if (IS_NUM(q) && !memchr(x->t + TK(q)->s, '.', TK(q)->e - TK(q)->s) &&
	    !memchr(x->t + TK(q)->s, ',', TK(q)->e - TK(q)->s)) {
		size_t p;
		for (p = TK(q)->s; p < TK(q)->e && x->t[p] >= '0' && x->t[p] <= '9'; p++, nd++) {
			frac += (x->t[p] - '0') * place;
			place /= 10;
		}
		q++;
	} else {
		const cc_lex *u;
		while (IS_WORD(q)) {
			if ((u = tok_lex(x, q, LX_UNIT)) && u->v[0] < 10) {
				frac += u->v[0] * place;
				place /= 10;
				nd++;
				q++;
			} else if ((u = tok_lex(x, q, LX_UNIT)) && u->v[0] >= 10 && u->v[0] < 20 && nd == 0) {
				frac += u->v[0] / 100; /* "point twelve": .12 */
				nd = 2;
				q++;
				break;
			} else if ((u = tok_lex(x, q, LX_TENS)) && nd == 0) {
				double d2 = u->v[0] / 10;
				const cc_lex *u2;
				frac += d2 * place;
				place /= 10;
				nd++;
				q++;
				if (punct(x, q, '-') && IS_WORD(q + 1) && (u2 = tok_lex(x, q + 1, LX_UNIT)) && u2->v[0] < 10) {
					frac += u2->v[0] * place;
					place /= 10;
					nd++;
					q += 2;
				}
				break;
			} else {
				break;
			}
		}
	}
	if (nd) {
		s->v += frac;
		s->dec = nd;
		s->k = q;
	}
	return NP_NEXT;
}

/* "192.168.1.2": the first group only */
static inline __attribute__((always_inline)) int nf_dotted(np *s)
{
	if (!((s->fl & NF_DIGITS) && multi_dot(s->x, s->j)))
		return NP_NEXT;
	s->o->t1 = s->k;
	s->o->value = s->v;
	s->o->decimals = s->dec;
	s->o->fl = s->fl;
	return NP_DONE;
}

/* "1.1^23", "2.5^-1", "-1.1^--23" */
static inline __attribute__((always_inline)) int nf_power(np *s)
{
	const cc_xt *x = s->x;
	size_t k = s->k, q = k + 1;
	int minus = 0, d2, s2;

	if (!((s->fl & NF_DIGITS) && punct(x, k, '^') && GLUED(k - 1) && GLUED(k)))
		return NP_NEXT;
	while (q < x->ntok && (punct(x, q, '-') || punct(x, q, '+')) && GLUED(q)) {
		minus ^= punct(x, q, '-');
		q++;
	}
	if (!(IS_NUM(q) && GLUED(q - 1)))
		return NP_NEXT;
	{
		double ex = digits_value(x, q, &d2, &s2);

		s->v = pow(s->v, minus ? -ex : ex);
	}
	s->k = q + 1;
	return PH_FINISH;
}

/* "3/4", and mixed fractions "1 1/2" */
static inline __attribute__((always_inline)) int nf_slash_fraction(np *s)
{
	const cc_xt *x = s->x;
	size_t k = s->k;
	int d2, s2, d3, s3;

	if (!(s->fl & NF_DIGITS))
		return NP_NEXT;
	if (punct(x, k, '/') && GLUED(k - 1) && GLUED(k) && IS_NUM(k + 1)) {
		double den = digits_value(x, k + 1, &d2, &s2);

		if (den != 0 && !d2) {
			s->v = s->v / den;
			s->fl |= NF_FRAC;
			s->k += 2;
		}
	} else if (!s->dec && IS_NUM(k) && punct(x, k + 1, '/') && GLUED(k) && GLUED(k + 1) && IS_NUM(k + 2)) {
		double a = digits_value(x, k, &d2, &s2), b = digits_value(x, k + 2, &d3, &s3);

		if (b != 0 && a < b) {
			s->v += a / b;
			s->fl |= NF_FRAC;
			s->k += 3;
		}
	}
	return NP_NEXT;
}

/* "17th", "21st" */
static inline __attribute__((always_inline)) int nf_ordinal_suffix(np *s)
{
	const cc_xt *x = s->x;
	size_t k = s->k;

	if (!((s->fl & NF_DIGITS) && IS_WORD(k) && GLUED(k - 1) && cc_tok_in(x, k, WS(ORD_SUFFIX))))
		return NP_NEXT;
	s->o->t1 = k + 1;
	s->o->value = s->v;
	s->o->fl = s->fl | NF_ORDINAL;
	s->o->ordinal = 1;
	return NP_DONE;
}

/* "two hundred forty fifths" (no "and"): the tens word opens a compound
 * ordinal denominator, 200/45 (Recognizers-Text's reading); "two hundred
 * and forty fifths" keeps the tens in the numerator, 240/5 */
static inline __attribute__((always_inline)) int nf_compound_denominator(np *s)
{
	const cc_xt *x = s->x;
	size_t k = s->k, q = k;
	const cc_lex *t, *dn;

	if (!((s->fl & NF_WORD) && k >= s->j + 3 && IS_WORD(k - 1) && HAS(wcls(x, k - 1), LX_TENS) && IS_WORD(k - 2) &&
	      (HAS(wcls(x, k - 2), LX_HUNDRED) || HAS(wcls(x, k - 2), LX_SCALE))))
		return NP_NEXT;
	t = tok_lex(x, k - 1, LX_TENS);
	if (punct(x, q, '-') && GLUED(q - 1) && GLUED(q))
		q++;
	if (!(t && IS_WORD(q) && (dn = tok_lex(x, q, LX_DENOM)) && dn->v[0] < 10 &&
	      (x->t[TK(q)->e - 1] == 's' || x->t[TK(q)->e - 1] == 'S') && s->v > t->v[0]))
		return NP_NEXT;
	s->v = (s->v - t->v[0]) / (t->v[0] + dn->v[0]);
	s->fl |= NF_FRAC;
	s->k = q + 1;
	return PH_FRACTION;
}

/* "two-thirds", "three quarters" */
static inline __attribute__((always_inline)) int nf_word_fraction(np *s)
{
	size_t d;

	if (!(s->fl & NF_WORD))
		return NP_NEXT;
	d = denominator(s->x, s->k, &s->v, &s->fl, s->v == 1);
	if (d <= s->k)
		return NP_NEXT;
	s->k = d;
	return PH_FRACTION;
}

/* "40bn", "2 million", "3 hundred" */
static inline __attribute__((always_inline)) int nf_scale(np *s)
{
	s->k = scale(s->x, s->k, &s->v, &s->fl, 0);
	return NP_NEXT;
}

/* "twenty and three fifths", "one hundred and three quarters" */
static inline __attribute__((always_inline)) int nf_and_fifths(np *s)
{
	const cc_xt *x = s->x;
	size_t k = s->k;
	const cc_lex *l, *u;

	if (!(cc_tok_is(x, k, "and") && IS_WORD(k + 1) && HAS(wcls(x, k + 1), LX_UNIT) && IS_WORD(k + 2) &&
	      (l = tok_lex(x, k + 2, LX_DENOM))))
		return NP_NEXT;
	u = tok_lex(x, k + 1, LX_UNIT);
	s->v += u->v[0] / l->v[0];
	s->k += 3;
	return NP_NEXT;
}

/* "one and a half", "five and a quarter" */
static inline __attribute__((always_inline)) int nf_and_a_half(np *s)
{
	const cc_xt *x = s->x;
	size_t k = s->k;
	const cc_lex *l;

	if (!(cc_tok_is(x, k, "and") && cc_tok_is(x, k + 1, "a") && IS_WORD(k + 2) && (l = tok_lex(x, k + 2, LX_DENOM)) &&
	      x->t[TK(k + 2)->e - 1] != 's'))
		return NP_NEXT;
	s->v += 1 / l->v[0];
	s->k += 3;
	s->fl |= NF_FRAC;
	return NP_NEXT;
}

/* "one in four", "4 out of 5", "three of every ten", "two out of every
 * three", "5 over 9", and hyphened: "nine-in-ten", "1-in-5" */
static inline __attribute__((always_inline)) int nf_ratio(np *s)
{
	const cc_xt *x = s->x;
	size_t k = s->k, r = k, e;
	double d = 0;
	int dd = 0;
	unsigned f2 = 0;
	int hy = k < x->ntok && punct(x, k, '-') && GLUED(k - 1) && GLUED(k);

	if (hy)
		k = ++r;
	if (!IS_WORD(k))
		return NP_NEXT;
	/* "seven men in 100", "one adult in five": a group noun before "in"
	 * (the noun is part of the figure's words) */
	if (!hy && HAS(wcls(x, k), LX_GROUP) && cc_tok_is(x, k + 1, "in") && cardinal(x, k + 2, &d, &dd, &f2) > k + 2)
		k = ++r;
	if (cc_tok_in(x, r, WS(RATIO_JOIN)))
		r += cc_tok_is(x, r + 1, "every") && !cc_tok_is(x, r, "over") ? 2 : 1; /* "one in every five" */
	else if ((cc_tok_is(x, r, "out") && cc_tok_is(x, r + 1, "of")) || (cc_tok_is(x, r, "of") && cc_tok_is(x, r + 1, "every")))
		r += cc_tok_is(x, r + 2, "every") ? 3 : 2;
	else
		return NP_NEXT;
	if (hy) {
		if (!(r < x->ntok && punct(x, r, '-') && GLUED(r - 1) && GLUED(r)))
			return NP_NEXT;
		r++;
	}
	if (!(!(s->fl & (NF_SCALE | NF_CURRENCY)) && s->v > 0 && s->v == floor(s->v)))
		return NP_NEXT;
	e = cardinal(x, r, &d, &dd, &f2);
	if (!(e > r && !dd && d > s->v && (cc_tok_is(x, k, "over") ? 1 : d <= 1000) &&
	      !(IS_WORD(e) && tok_lex(x, e, LX_DURATION)) &&
	      !(IS_WORD(e) && (HAS(wcls(x, e), LX_HUNDRED) || HAS(wcls(x, e), LX_SCALE))) && !punct(x, e, '%')))
		return NP_NEXT;
	s->v = s->v / d;
	s->fl |= NF_FRAC | NF_RATIO;
	s->k = e;
	return PH_FRACTION;
}

/* "12 of the 40 firms", "3 of 14 councils": a counted share, the total
 * kept (without "the", only before a noun: not "page 2 of 5") */
static inline __attribute__((always_inline)) int nf_counted(np *s)
{
	const cc_xt *x = s->x;
	size_t k = s->k, e;
	double d = 0;
	int dd = 0;
	unsigned f2 = 0;

	size_t t = k + 2; /* the total's first token */

	if (!(IS_WORD(k) && cc_tok_is(x, k, "of") && !(s->fl & (NF_SCALE | NF_CURRENCY | NF_FRAC)) && s->v >= 1 &&
	      s->v == floor(s->v)))
		return NP_NEXT;
	if (!cc_tok_is(x, k + 1, "the")) {
		if (s->v < 2)
			return NP_NEXT; /* "one of 21 films": one among them, no share */
		t = k + 1; /* "3 of 14 councils": the total then its noun, below */
	}
	e = cardinal(x, t, &d, &dd, &f2);
	if (!(e > t && !dd && d > s->v && d >= 5 && !(f2 & NF_SCALE) && !(IS_WORD(e) && tok_lex(x, e, LX_DURATION)) &&
	      !punct(x, e, '%')))
		return NP_NEXT;
	if (t == k + 1 && !(IS_WORD(e) && !(TK(e)->fl & TF_CAP) && !(wcls(x, e) & ((1ull << LX_DURATION) | (1ull << LX_MONTH) |
										(1ull << LX_STOP) | (1ull << LX_SCALE) | (1ull << LX_HUNDRED)))))
		return NP_NEXT;
	if (d >= 1800 && d <= 2100 && !(f2 & (NF_SEPARATORS | NF_WORD)) && IS_WORD(e) && (TK(e)->fl & TF_CAP))
		return NP_NEXT; /* "Four of the 1905 All Blacks": a year before a name */
	s->o->total = d;
	s->v = s->v / d;
	s->fl |= NF_COUNTED;
	s->k = e;
	return PH_FRACTION;
}

/* Every fraction (the forms that read one go on here). */
static inline __attribute__((always_inline)) int nf_fraction(np *s)
{
	s->fl |= NF_FRAC;
	return NP_NEXT;
}

/* "a quarter of a percentage point", "half a point", "a quarter of a point" */
static inline __attribute__((always_inline)) int nf_of_a_point(np *s)
{
	const cc_xt *x = s->x;
	size_t k = s->k;

	size_t j = k;

	/* "of a", or "a" alone after a word fraction ("half a point") */
	if (cc_tok_is(x, j, "of"))
		j++;
	else if (!(s->fl & NF_WORD))
		return NP_NEXT;
	if (!cc_tok_is(x, j, "a"))
		return NP_NEXT;
	j++;
	if (cc_tok_is(x, j, "percentage"))
		j++;
	if (!cc_tok_in(x, j, WS(POINT)))
		return NP_NEXT;
	s->fl |= NF_POINTS;
	s->k = j + 1;
	return PH_FINISH;
}

/* "half a dozen" */
static inline __attribute__((always_inline)) int nf_half_a_dozen(np *s)
{
	const cc_xt *x = s->x;
	size_t k = s->k;
	const cc_lex *l;

	if (!(cc_tok_is(x, k, "a") && IS_WORD(k + 1) && (l = tok_lex(x, k + 1, LX_MISC)) && l->v[0] == 12 &&
	      !(s->fl & NF_RATIO)))
		return NP_NEXT;
	s->v *= 12;
	s->fl &= ~(unsigned)NF_FRAC;
	s->k += 2;
	return PH_UNITS;
}

/* "half a billion dollars" */
static inline __attribute__((always_inline)) int nf_half_a_billion(np *s)
{
	const cc_xt *x = s->x;
	size_t k = s->k;
	const cc_lex *l;

	if (!(cc_tok_is(x, k, "a") && IS_WORD(k + 1) && (l = tok_lex(x, k + 1, LX_SCALE))))
		return NP_NEXT;
	s->v *= l->v[0];
	s->fl |= NF_SCALE;
	s->fl &= ~(unsigned)NF_FRAC;
	s->k += 2;
	return NP_NEXT;
}

/* The tokens of a "point(s)" word at k, after a percent word or sign (0
 * none): "% points", "percentage-point". After "%" or "per cent" not the
 * verb ("40% points to a split"; but "down 2% points to 44%"). */
static size_t points_word(const cc_xt *x, size_t k, int verb_ok)
{
	size_t j = k;

	if (punct(x, j, '-') && glued(x, j - 1) && glued(x, j))
		j++;
	if (!(IS_WORD(j) && cc_tok_in(x, j, WS(POINT)) && !(TK(j)->fl & TF_NL)))
		return 0;
	if (!verb_ok && (cc_tok_is(x, j + 1, "to") || cc_tok_is(x, j + 1, "out")) && !IS_NUM(j + 2))
		return 0;
	return j + 1 - k;
}

/* "%", "per cent", "percent", "percentage points", "% points", "pp",
 * "-percentage-point" (not after money) */
static inline __attribute__((always_inline)) int nf_percent(np *s)
{
	const cc_xt *x = s->x;
	size_t k = s->k, u, p;
	int verb_ok = 0;

	if (s->fl & NF_CURRENCY)
		return NP_NEXT;
	if (punct(x, k, '-') && glued(x, k - 1) && glued(x, k) && IS_WORD(k + 1) &&
	    (cc_tok_in(x, k + 1, WS(PERCENT_WORD)) || (cc_tok_is(x, k + 1, "per") && cc_tok_is(x, k + 2, "cent"))))
		k++; /* "a 10-percentage-point lead", "a 10-percent rise": a compound */
	if (punct(x, k, '%')) {
		u = 1;
	} else if (cc_tok_is(x, k, "per") && cc_tok_is(x, k + 1, "cent")) {
		u = 2;
	} else if (cc_tok_in(x, k, WS(PERCENT_WORD))) {
		u = 1;
		verb_ok = cc_tok_is(x, k, "percentage");
	} else if (IS_WORD(k) && cc_tok_in(x, k, WS(PP_WORD))) {
		s->fl |= NF_POINTS; /* "up 0.3pp", "3 ppts" */
		s->k = k + 1;
		return NP_NEXT;
	} else {
		return NP_NEXT;
	}
	if ((p = points_word(x, k + u, verb_ok)) != 0) {
		s->fl |= NF_POINTS;
		s->k = k + u + p;
	} else {
		s->fl |= NF_PERCENT;
		s->k = k + u;
	}
	return NP_NEXT;
}

/* The currency written after the figure at k (up to three tokens),
 * *end after it; NULL none. scaled: a scale word came before ("9 trillion
 * won": a weak currency word counts then). */
static inline __attribute__((always_inline)) const cc_lex *currency_after(const cc_xt *x, size_t k, int scaled, size_t *end)
{
	const cc_lex *l;
	size_t e;

	*end = k + 1;
	if (IS_WORD(k) && GLUED(k - 1) && (l = tok_lex(x, k, LX_CUR_SUFFIX)) &&
	    !IS_WORD(k + 1 < x->ntok && GLUED(k) ? k + 1 : x->ntok))
		return l;
	if (k < x->ntok && TK(k)->type == TK_SYM && (l = cc_lex_find(x->t + TK(k)->s, TK(k)->e - TK(k)->s, LX_CUR_PRE)) &&
	    GLUED(k - 1))
		return l; /* "20€", "10.99$" */
	if (k < x->ntok && TK(k)->type == TK_SYM && (l = cc_lex_find(x->t + TK(k)->s, TK(k)->e - TK(k)->s, LX_CUR_WORD)))
		return l; /* "10¢" */
	*end = k + 2;
	if (IS_WORD(k) && GLUED(k - 1) && k + 1 < x->ntok && TK(k + 1)->type == TK_SYM && GLUED(k) &&
	    (l = cc_lex_find(x->t + TK(k)->s, TK(k + 1)->e - TK(k)->s, LX_CUR_PRE)))
		return l; /* "3.14US$" */
	if (IS_WORD(k) && GLUED(k - 1) &&
	    ((l = tok_lex(x, k, LX_CUR_BOTH)) || (l = tok_lex(x, k, LX_CUR_WORD)) || (l = tok_lex(x, k, LX_CUR_PRE)))) {
		/* "42MYR", "20Rs"; "3.14US$" */
		*end = k + 1 < x->ntok && TK(k + 1)->type == TK_SYM && GLUED(k) ? k + 2 : k + 1;
		return l;
	}
	if (punct(x, k, '-') && GLUED(k - 1) && GLUED(k) && IS_WORD(k + 1) && (l = tok_lex(x, k + 1, LX_CUR_WORD)))
		return l; /* "12-cent", "one-yen" */
	if (k + 1 < x->ntok && TK(k)->type == TK_SYM && IS_WORD(k + 1) && GLUED(k) &&
	    (l = cc_lex_find(x->t + TK(k)->s, TK(k + 1)->e - TK(k)->s, LX_CUR_WORD)))
		return l; /* "30 €ur": a symbol glued to letters */
	if (IS_WORD(k) && k + 2 < x->ntok && punct(x, k + 1, '.') && IS_WORD(k + 2) && GLUED(k) && GLUED(k + 1) &&
	    TK(k + 2)->e - TK(k + 2)->s == 1 && (l = cc_lex_find(x->t + TK(k)->s, TK(k + 2)->e - TK(k)->s, LX_CUR_WORD))) {
		/* "15 L.E", "15 l.e." */
		*end = k + 3;
		if (punct(x, k + 3, '.') && GLUED(k + 2) && !(k + 4 < x->ntok && (TK(k + 4)->fl & TF_SENT)))
			*end = k + 4;
		return l;
	}
	if ((l = currency_words(x, k, &e, scaled)) != NULL && !(cc_tok_is(x, k, "won") && !scaled)) {
		*end = e;
		return l;
	}
	return NULL;
}

/* "40 euros", "20€", "42MYR", "12-cent", "9 trillion won" */
static inline __attribute__((always_inline)) int nf_currency_after(np *s)
{
	const cc_xt *x = s->x;
	size_t k = s->k, e;
	const cc_lex *l;
	int scaled;

	if (s->fl & (NF_CURRENCY | NF_PERCENT | NF_POINTS))
		return NP_NEXT;
	scaled = (s->fl & NF_SCALE) || (k > 0 && IS_WORD(k - 1) && HAS(wcls(x, k - 1), LX_SCALE));
	if (!(l = currency_after(x, k, scaled, &e)))
		return NP_NEXT;
	s->cur = l;
	s->factor = l->v[0];
	s->fl |= NF_CURRENCY;
	s->k = e;
	return NP_NEXT;
}

/* "40-45%", "30-40 enterprises", "10-20 dollars", "3-4bn": the second
 * figure's unit (and scale) applies to the first when it has none */
static inline __attribute__((always_inline)) int nf_range(np *s)
{
	const cc_xt *x = s->x;
	size_t k = s->k;
	cc_num b;
	double a = s->v;
	unsigned bu;

	if (!(!(s->fl & (NF_FRAC | NF_RATIO | NF_COUNTED)) && k < x->ntok && punct(x, k, '-') && !(TK(k)->fl & TF_MINUS) &&
	      ((GLUED(k - 1) && GLUED(k)) || (TK(k)->fl & TF_DASH))))
		return NP_NEXT;
	if (!(cc_num_parse(x, k + 1, &b) && !b.ordinal && !(b.fl & (NF_FRAC | NF_RANGE)) &&
	      (b.fl & NF_WORD) == (s->fl & NF_WORD)))
		return NP_NEXT;
	bu = b.fl & (NF_PERCENT | NF_CURRENCY | NF_POINTS);
	if (s->fl & NF_PERCENT)
		a *= 0.01;
	else if (s->fl & NF_CURRENCY)
		a *= s->factor;
	else if (bu & NF_PERCENT)
		a *= 0.01;
	else if (bu & NF_CURRENCY)
		a *= b.factor;
	if ((b.fl & NF_SCALE) && !(s->fl & NF_SCALE) && a < 1000 && b.value >= 1000 * a) {
		/* "3-4bn": the second figure's scale applies to the first */
		double m = 1e3;
		while (m * 1e3 <= b.value && m < 1e12)
			m *= 1e3;
		a *= m;
	}
	if (!(b.value > a))
		return NP_NEXT;
	s->o->t1 = b.t1;
	s->o->low = a;
	s->o->high = b.value;
	s->o->value = (a + b.value) / 2;
	s->o->fl = s->fl | b.fl | NF_RANGE;
	s->o->cur = s->cur ? s->cur->str : b.cur;
	s->o->factor = s->cur ? s->factor : b.factor;
	s->o->decimals = s->dec > b.decimals ? s->dec : b.decimals;
	return NP_DONE;
}

/* "$20 43", "5 dollars and 20 cents", "£3 50p": whole money, then cents */
static inline __attribute__((always_inline)) int nf_cents(np *s)
{
	const cc_xt *x = s->x;
	size_t k = s->k, q = k, e2, ce = 0;
	double c = 0;
	int d2 = 0;
	unsigned f2 = 0;
	const cc_lex *sub = NULL;

	if (!((s->fl & NF_CURRENCY) && s->factor == 1 && s->v == floor(s->v) && !(s->fl & NF_SCALE)))
		return NP_NEXT;
	if (cc_tok_is(x, q, "and"))
		q++;
	e2 = cardinal(x, q, &c, &d2, &f2);
	if (!(e2 > q && !d2 && c < 100 && c == floor(c) && !(f2 & NF_SEPARATORS)))
		return NP_NEXT;
	if (IS_WORD(e2) && GLUED(e2 - 1) && tok_lex(x, e2, LX_CUR_SUFFIX))
		sub = tok_lex(x, e2, LX_CUR_SUFFIX), ce = e2 + 1;
	else
		sub = currency_words(x, e2, &ce, 0);
	if (sub && sub->v[0] < 1) {
		s->v += c / 100;
		s->k = ce;
	} else if (!sub && !IS_WORD(e2) && !(IS_NUM(e2)) && !punct(x, e2, '%') && !punct(x, e2, '.') &&
		   !(k < x->ntok && TK(k - 1)->type == TK_SYM)) {
		s->v += c / 100;
		s->k = e2;
	} else if (!sub && !IS_WORD(e2) && (TK(k - 1)->type == TK_SYM) && q == k && e2 >= x->ntok) {
		s->v += c / 100; /* "$20 43" */
		s->k = e2;
	}
	return NP_NEXT;
}

/* The numeral read: its sign, its value in units (a percentage as a
 * fraction, money in currency units), its tokens. */
static void np_finish(np *s)
{
	cc_num *o = s->o;
	double v = s->neg ? -s->v : s->v;

	o->t1 = s->k;
	o->decimals = s->dec;
	o->fl = s->fl;
	o->cur = s->cur ? s->cur->str : NULL;
	o->factor = s->factor;
	if (s->fl & NF_PERCENT)
		v *= 0.01;
	else if (s->fl & NF_CURRENCY)
		v *= s->factor;
	o->value = v;
	o->low = o->high = v;
}

/*
 * The forms of each phase, in the order they are tried: F(function,
 * name), the name saying what the form reads.
 */
#define PREFIX_FORMS(F) \
	F(nf_currency_prefix, "currency before the figure ($40, US$ 3, EUR 20)") \
	F(nf_sign, "sign (-3, minus 3)")
/* the first that reads a figure decides */
#define NUMBER_FORMS(F) \
	F(nf_a_fraction, "a fraction word (a third, one half)") \
	F(nf_half, "half") \
	F(nf_compound_fraction, "compound fraction (a twenty-first)") \
	F(nf_point_digits, "point and digits (point 77)") \
	F(nf_cardinal, "cardinal in digits or words (1,200, twenty-one)")
#define AFTER_FORMS(F) \
	F(nf_point_decimals, "decimals after point (nine point nought four)") \
	F(nf_dotted, "dotted groups (192.168.1.2)") \
	F(nf_power, "power (1.1^23)") \
	F(nf_slash_fraction, "slash fraction (3/4, 1 1/2)") \
	F(nf_ordinal_suffix, "ordinal suffix (17th)") \
	F(nf_compound_denominator, "compound denominator (two hundred forty fifths)") \
	F(nf_word_fraction, "word fraction (two-thirds)") \
	F(nf_scale, "scale (40bn, 2 million)") \
	F(nf_and_fifths, "and a fraction (twenty and three fifths)") \
	F(nf_and_a_half, "and a half (one and a half)") \
	F(nf_ratio, "ratio (one in four, 4 out of 5)") \
	F(nf_counted, "counted (12 of the 40)")
#define FRACTION_FORMS(F) \
	F(nf_fraction, "fraction") \
	F(nf_of_a_point, "of a point (a quarter of a percentage point, half a point)") \
	F(nf_half_a_dozen, "half a dozen") \
	F(nf_half_a_billion, "half a billion")
#define UNITS_FORMS(F) \
	F(nf_percent, "percent (5%, 5 per cent, 5 percentage points, 5% points, 5pp)") \
	F(nf_currency_after, "currency after the figure (40 euros, 20\xe2\x82\xac)") \
	F(nf_range, "range (40-45%, 3-4bn)") \
	F(nf_cents, "cents after money ($20 43, 5 dollars and 20 cents)")

/*
 * A phase tries its forms in the table's order: the first that does not
 * answer NP_NEXT says where to go on; when all do, the phase's next
 * phase follows (a figure not read by any NUMBER form: no numeral). The
 * lists expand into the calls at compile time, so the parser costs what
 * hand-written code would (it runs for every candidate token).
 */
#define TRY_FORM(fn, name) if ((r = fn(s)) != NP_NEXT) return r;
static inline __attribute__((always_inline)) int run_phase(int ph, np *s)
{
	int r;

	switch (ph) {
	case PH_PREFIX:
		PREFIX_FORMS(TRY_FORM)
		return PH_NUMBER;
	case PH_NUMBER:
		NUMBER_FORMS(TRY_FORM)
		return NP_NONE;
	case PH_AFTER:
		AFTER_FORMS(TRY_FORM)
		return PH_UNITS;
	case PH_FRACTION:
		FRACTION_FORMS(TRY_FORM)
		return PH_UNITS;
	case PH_UNITS:
		UNITS_FORMS(TRY_FORM)
		return PH_FINISH;
	default:
		np_finish(s);
		return NP_DONE;
	}
}

static int num_parse(const cc_xt *x, size_t i, cc_num *o)
{
	np s;
	int ph = PH_PREFIX;

	memset(o, 0, sizeof *o);
	o->t0 = i;
	if (i >= x->ntok)
		return 0;
	memset(&s, 0, sizeof s);
	s.x = x;
	s.o = o;
	s.i = s.j = s.k = i;
	s.factor = 1;
	do
		ph = run_phase(ph, &s);
	while (ph >= 0);
	return ph == NP_DONE;
}

int cc_num_parse(const cc_xt *x, size_t i, cc_num *o)
{
	cc_numcache *c = x->numc;
	size_t h = i % CC_NUMCACHE_N;
	int ok;

	if (!c || i >= x->ntok)
		return num_parse(x, i, o);
	if (c->key[h] == i + 1) {
		*o = c->n[h];
		return c->ok[h];
	}
	/* read into *o, not the slot: a range reads its second figure
	 * through here and may take the same slot. The whole answer is
	 * kept, failures too: callers see what a fresh parse leaves. */
	ok = num_parse(x, i, o);
	c->key[h] = i + 1;
	c->ok[h] = ok;
	c->n[h] = *o;
	return ok;
}
