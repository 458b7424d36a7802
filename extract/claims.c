/*
 * claims.c -- claim patterns over numerals -> cc_claim records with exact
 * spans (stage: extract): proportion, sample_size, count, amount, change,
 * margin_of_error, mean; and what is not a claim (years, dates, times,
 * durations, ordinals, ages, scores, phone numbers, names with numbers).
 * Context words come from the lexicon; the closed word lists the rules ask
 * about ("a possessive?", "a change verb?") are word sets in
 * lexicon/wordsets.tsv, tested with cc_tok_in(x, i, WS(NAME)) -- add a word
 * there, not a cc_tok_is chain here. Must not link samples (link.c) or
 * compute statistics.
 */
#include "xt.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define TK(i) (&x->tok[i])
#define IS_WORD(i) ((i) < x->ntok && x->tok[i].type == TK_WORD)
#define IS_NUM(i) ((i) < x->ntok && x->tok[i].type == TK_NUM)
#define HAS(c, k) (((c) >> (k)) & 1ull)

#define punct cc_tok_punct
#define glued cc_tok_glued
#define tok_lex cc_tok_lex

static unsigned long long W(const cc_xt *x, size_t i)
{
	return IS_WORD(i) ? cc_tok_classes(x, i) : 0;
}

static int same_sent(const cc_xt *x, size_t a, size_t b)
{
	return a < x->ntok && b < x->ntok && x->tok[a].sent == x->tok[b].sent;
}

/* Context scans look back at most this many tokens within a sentence: real
 * sentences are far shorter, and a run-on "sentence" (a list of figures
 * without full stops) must not make each figure cost its whole length. */
#define SENT_TOKENS 200

/* First token of i's sentence that context scans look at. */
static size_t sent_first(const cc_xt *x, size_t i)
{
	size_t f = x->sfirst[x->tok[i].sent];

	return i - f > SENT_TOKENS ? i - SENT_TOKENS : f;
}

static size_t sent_end(const cc_xt *x, size_t i)
{
	size_t s = x->tok[i].sent;
	return s + 1 < x->nsent ? x->sfirst[s + 1] : x->ntok;
}


/* ------------------------------------------------------------------ */
/* Making claims                                                        */

typedef struct spec {
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
} spec;

static const char *tokstr(cc_xt *x, size_t a, size_t b)
{
	size_t s = cc_doc_src_offset(x->doc, TK(a)->s), e = cc_src_end(x->doc, TK(b - 1)->e);
	if (e < s)
		e = s;
	return cc_doc_strndup(x->doc, x->doc->src + s, e - s);
}

/* Is token k part of a time phrase ("in May 2004", "last year", "on 3
 * March", "this month")? */
static int time_word(const cc_xt *x, size_t k)
{
	const cc_tok *t = TK(k);

	if (t->type == TK_NUM)
		return 1; /* a year or a day of the month */
	if (t->type != TK_WORD)
		return punct(x, k, ',') || punct(x, k, '-');
	return HAS(W(x, k), LX_MONTH) || HAS(W(x, k), LX_DURATION) || cc_tok_in(x, k, WS(TIME_FILLER));
}

/* A subject's text ("fire crews in the north and west"): without a
 * trailing time phrase ("... in May", "... last year": when, not who), and
 * with every run of whitespace (newlines of a wrapped line) one space. */
static const char *subject_str(cc_xt *x, size_t s0, size_t s1)
{
	size_t k, cut = s1, len, i, o;
	char *str;

	for (k = s1; k-- > s0 + 1;) {
		if (cc_tok_in(x, k, WS(TIME_PREP))) {
			size_t j;
			int when = 0;

			for (j = k + 1; j < s1 && time_word(x, j); j++)
				when |= TK(j)->type == TK_NUM || HAS(W(x, j), LX_MONTH) || HAS(W(x, j), LX_DURATION);
			if (j == s1 && when)
				cut = k;
			break;
		}
		if (!time_word(x, k))
			break;
	}
	while (cut > s0 + 1 && punct(x, cut - 1, ','))
		cut--;
	/* from the converted text, not the source: no markup or entities */
	str = cc_doc_strndup(x->doc, x->t + TK(s0)->s, TK(cut - 1)->e - TK(s0)->s);
	if (!str)
		return NULL;
	len = strlen(str);
	for (i = o = 0; i < len; i++) {
		int sp = str[i] == ' ' || str[i] == '\n' || str[i] == '\r' || str[i] == '\t';

		if (sp && (o == 0 || str[o - 1] == ' '))
			continue;
		str[o++] = sp ? ' ' : str[i];
	}
	while (o && str[o - 1] == ' ')
		o--;
	str[o] = 0;
	return str;
}

static int emit(cc_xt *x, spec *p)
{
	cc_doc *doc = x->doc;
	cc_claim *c;
	size_t a = p->hedge ? p->h0 : p->t0, sent = TK(p->t0)->sent;
	cc_cinfo *ci;

	if (x->nci == x->capci) {
		size_t cap = x->capci ? x->capci * 2 : 32;
		cc_cinfo *n = cc_realloc(x->ctx, x->ci, cap * sizeof *n);
		if (!n)
			return cc_error_oom(x->ctx);
		x->ci = n;
		x->capci = cap;
	}
	c = cc_doc_add_claim(doc);
	if (!c)
		return cc_error_oom(x->ctx);
	c->kind = p->kind;
	c->start = cc_doc_src_offset(doc, TK(a)->s);
	c->end = cc_src_end(doc, TK(p->t1 - 1)->e);
	c->text = cc_doc_strndup(doc, doc->src + c->start, c->end - c->start);
	c->value = p->value;
	c->low = p->low;
	c->high = p->high;
	c->tolerance = p->tolerance;
	c->decimals = p->decimals;
	c->traits = p->traits;
	if (p->hedge) {
		c->hedge = tokstr(x, p->h0, p->t0);
		cc_hedge_apply(p->hedge, p->value, &c->low, &c->high, &c->traits);
		if (p->kind == CC_KIND_PROPORTION) {
			if (c->low < 0) c->low = 0;
			if (c->high > 1) c->high = 1;
		}
	}
	if (p->u1 > p->u0)
		c->unit = tokstr(x, p->u0, p->u1);
	else
		c->unit = p->unit;
	if (p->s1 > p->s0)
		c->subject = subject_str(x, p->s0, p->s1);
	c->sample_n = p->sample_n;
	c->sentence = sent;
	if (sent < doc->nsentences) {
		c->sent_start = cc_doc_src_offset(doc, doc->sentences[sent].start);
		c->sent_end = cc_src_end(doc, doc->sentences[sent].end);
	}
	if (!c->text)
		return cc_error_oom(x->ctx);
	ci = &x->ci[x->nci++];
	ci->t0 = a;
	ci->t1 = p->t1;
	ci->sent = sent;
	ci->hints = p->hints;
	ci->ofthe = -1;
	return CC_OK;
}

static void spec_init(spec *p, cc_kind k, size_t t0, size_t t1, double v)
{
	memset(p, 0, sizeof *p);
	p->kind = k;
	p->t0 = p->h0 = t0;
	p->t1 = t1;
	p->value = p->low = p->high = v;
}

/* ------------------------------------------------------------------ */
/* Context tests                                                        */

/* A determiner or object pronoun at token k: the word before it is a verb. */
static int determiner(const cc_xt *x, size_t k)
{
	return cc_tok_in(x, k, WS(DEF_DET) | WS(POSS) | WS(MY)) || cc_tok_is(x, k, "them") || cc_tok_is(x, k, "it");
}

/* "GPs", "CEOs", "NGOs": capitals then a plural s (a counted noun, not a name). */
static int plural_acronym(const char *w, size_t len)
{
	size_t i;

	if (len < 3 || w[len - 1] != 's')
		return 0;
	for (i = 0; i + 1 < len; i++)
		if (w[i] < 'A' || w[i] > 'Z')
			return 0;
	return 1;
}

/* A noun phrase right after token k: up to 3 content words. Returns its
 * end (== k when none). */
static size_t noun_phrase(const cc_xt *x, size_t k, int allow_cap)
{
	size_t j = k, last = k;

	/* "six more nurses", "20,000 extra seats", "four other banks", "900 fewer posts" */
	if (cc_tok_in(x, k, WS(EXTRA)) &&
	    IS_WORD(k + 1) && same_sent(x, k, k + 1) && !cc_tok_is(x, k + 1, "than") &&
	    !(W(x, k + 1) & ((1ull << LX_STOP) | (1ull << LX_OPINION) | (1ull << LX_DURATION) | (1ull << LX_SURVEY_VERB))) &&
	    !(TK(k + 1)->fl & TF_CAP)) {
		size_t e = noun_phrase(x, k + 1, allow_cap);

		return e > k + 1 ? e : k;
	}
	while (j < x->ntok && j < k + 4 && IS_WORD(j) && same_sent(x, k, j)) {
		unsigned long long c = W(x, j);
		size_t len = TK(j)->e - TK(j)->s;
		const char *w = x->t + TK(j)->s;
		if (c & ((1ull << LX_STOP) | (1ull << LX_OPINION) | (1ull << LX_DURATION) | (1ull << LX_MONTH) |
			 (1ull << LX_CLOCK) | (1ull << LX_AGE) | (1ull << LX_SURVEY_VERB) | (1ull << LX_UP) |
			 (1ull << LX_DOWN) | (1ull << LX_CMP) | (1ull << LX_HEDGE) | (1ull << LX_UNIT) |
			 (1ull << LX_TENS) | (1ull << LX_SCALE)))
			break;
		if ((TK(j)->fl & TF_CAP) && !allow_cap && !(TK(j)->fl & TF_UPPER) && !plural_acronym(w, len) &&
		    !(w[len - 1] == 's' && len > 3 && (j == k || !(TK(j - 1)->fl & TF_CAP))) &&
		    !(j == k && !(TK(j)->fl & TF_SENT) && IS_WORD(j + 1) && same_sent(x, j, j + 1) &&
		      !(TK(j + 1)->fl & TF_CAP) && !(W(x, j + 1) & ~((1ull << LX_GROUP) | (1ull << LX_RESPONDENT))) &&
		      TK(j + 1)->e - TK(j + 1)->s > 3 &&
		      x->t[TK(j + 1)->e - 1] == 's' && x->t[TK(j + 1)->e - 2] != 's'))
			break; /* a name, unless it modifies a plural: "17 Green councillors" */
		if (len > 3 && ((w[len - 2] == 'e' && w[len - 1] == 'd') || (w[len - 2] == 'l' && w[len - 1] == 'y')) &&
		    (j > k || !(IS_WORD(j + 1) && !(W(x, j + 1) & ~((1ull << LX_GROUP) | (1ull << LX_RESPONDENT))) &&
				!(TK(j + 1)->fl & TF_CAP))))
			break; /* a verb or adverb, unless an adjective before a noun ("300 registered nurses",
				* "700 likely buyers") */
		if (len > 4 && w[len - 3] == 'i' && w[len - 2] == 'n' && w[len - 1] == 'g' && !(TK(j)->fl & TF_CAP))
			break; /* a verb; "12 Airbus planes" is a name */
		j++;
		last = j;
		if (c & (1ull << LX_GROUP))
			break; /* "children", "people": a head noun */
		/* a noun phrase ends at its plural head */
		if (w[len - 1] == 's' && !(IS_WORD(j) && !W(x, j) && !(TK(j)->fl & TF_CAP) &&
					   x->t[TK(j)->e - 1] == 's' && x->t[TK(j)->e - 2] != 's' &&
					   !cc_tok_in(x, j, WS(FINDS))))
			break; /* "sales figures" continue; "farmers suggests" does not */
		/* hyphenated compounds: "city-dwellers" */
		if (punct(x, j, '-') && glued(x, j - 1) && glued(x, j) && IS_WORD(j + 1))
			j++;
	}
	return last;
}

/* Subject after a proportion: "of managers", "of those asked", "those
 * surveyed", "public sector managers". */
static void subject_after(const cc_xt *x, size_t k, size_t *s0, size_t *s1, int direct)
{
	size_t j = k;
	*s0 = *s1 = 0;
	if (cc_tok_is(x, j, "of"))
		j++;
	else if (!direct)
		return;
	if (cc_tok_in(x, j, WS(DEF_DET)) || cc_tok_is(x, j, "all"))
		j++;
	if (cc_tok_in(x, j, WS(PRON_PL))) {
		*s0 = j;
		*s1 = j + 1;
		if (IS_WORD(j + 1) && HAS(W(x, j + 1), LX_SURVEY_VERB))
			*s1 = j + 2;
		return;
	}
	{
		size_t e = noun_phrase(x, j, 1);
		if (e > j) {
			*s0 = j;
			*s1 = e;
		}
	}
}

/* Sample-size context before token a (the figure or its hedge). */
static int survey_before(const cc_xt *x, size_t a)
{
	size_t k, lim = a > 5 ? a - 5 : 0, f = a < x->ntok ? sent_first(x, a) : 0;
	if (a == 0)
		return 0;
	if (lim < f)
		lim = f;
	k = a - 1;
	if (punct(x, k, ':') && k > 0)
		k--; /* "Voters polled: 1,200 adults" */
	if (HAS(W(x, k), LX_SURVEY_VERB))
		return 1;
	{
		/* "surveyed all 31 trusts", "the poll covered the 31 health
		 * trusts": a determiner, then the act of asking or a census verb
		 * after a survey noun */
		size_t j = k, d = 0;

		while (j > f && d < 3 && (cc_tok_in(x, j, WS(ALL_DET)) || (d && cc_tok_is(x, j, "of")))) {
			j--;
			d++;
		}
		if (d && HAS(W(x, j), LX_SURVEY_VERB))
			return 1;
		if (d && cc_tok_in(x, j, WS(SPAN_VERB))) {
			size_t q;

			for (q = j; q-- > f && q + 5 > j;)
				if (HAS(W(x, q), LX_SURVEY_NOUN))
					return 1;
		}
	}
	if (cc_tok_is(x, k, "of") || cc_tok_is(x, k, "among")) {
		size_t j;
		for (j = k; j-- > lim;) {
			unsigned long long c = W(x, j);
			if (HAS(c, LX_SURVEY_NOUN))
				return 1;
			if (!IS_WORD(j) && !punct(x, j, '-'))
				break;
		}
	}
	/* "asked a total of 2,000" / "questioned a weighted sample of" handled above */
	return 0;
}

/* After the noun: "1,500 people were interviewed", "took part", respondents. */
static int survey_after(const cc_xt *x, size_t e, size_t u0, size_t u1)
{
	size_t j;
	for (j = u0; j < u1; j++)
		if (HAS(W(x, j), LX_RESPONDENT))
			return 1;
	if (cc_tok_in(x, e, WS(BE_HAVE_PAST))) {
		j = e + 1;
		if (cc_tok_is(x, j, "been"))
			j++;
		if (IS_WORD(j) && !HAS(W(x, j), LX_SURVEY_VERB) && IS_WORD(j + 1))
			j++; /* one adverb */
		return HAS(W(x, j), LX_SURVEY_VERB);
	}
	if (cc_tok_is(x, e, "took") && cc_tok_is(x, e + 1, "part"))
		return 1;
	if (HAS(W(x, e), LX_SURVEY_VERB) && !cc_tok_is(x, e, "asked"))
		return 1; /* "2,000 adults surveyed" */
	return 0;
}

/* "Three applicants were interviewed for the post": a hiring, not a survey. */
static int job_interview(const cc_xt *x, size_t e)
{
	size_t j;

	for (j = e; j < e + 5 && j < x->ntok; j++)
		if (cc_tok_is(x, j, "interviewed") && cc_tok_is(x, j + 1, "for")) {
			size_t k = j + 2;

			if (cc_tok_in(x, k, WS(ART)))
				k++;
			return cc_tok_in(x, k, WS(JOB_NOUN));
		}
	return 0;
}

/* Change direction from the words before the figure (0 when none). */
static int change_before(const cc_xt *x, size_t a, int *level)
{
	size_t k = a, f = a < x->ntok ? sent_first(x, a) : 0;
	int n;
	*level = 0;
	if (k == 0 || k <= f)
		return 0;
	k--;
	if (cc_tok_is(x, k, "to") || cc_tok_is(x, k, "at")) {
		*level = 1;
		return 0;
	}
	if (cc_tok_is(x, k, "between") && k > f)
		k--;
	if ((cc_tok_is(x, k, "by") || cc_tok_is(x, k, "of")) && k > f) {
		/* "lift its annual staff bonus by 12%": the verb before its
		 * object; "a rise in fares of 6.1%": the change noun */
		size_t j = k, lim = cc_tok_is(x, k, "by") ? 9 : 5;

		while (j > f && k - j < lim) {
			unsigned long long c;

			j--;
			if (punct(x, j, '-') && glued(x, j) && j > 0 && glued(x, j - 1))
				continue; /* "its second-half payout" */
			if (!IS_WORD(j) && !(TK(j)->type == TK_NUM))
				break;
			c = W(x, j);
			if ((cc_tok_is(x, j, "up") || cc_tok_is(x, j, "down")) && cc_tok_is(x, j + 1, "from"))
				break; /* "down from a high of 88%": a former level */
			if (HAS(c, LX_UP) && tok_lex(x, j, LX_UP))
				return 1;
			if (HAS(c, LX_DOWN) && tok_lex(x, j, LX_DOWN))
				return -1;
			if (HAS(c, LX_OPINION) || HAS(c, LX_SURVEY_VERB))
				break; /* "costs rose even faster by 9.1%" goes on */
		}
	}
	if ((cc_tok_is(x, k, "by") || cc_tok_is(x, k, "of")) && k > f)
		k--;
	for (n = 0; n < 4 && k >= f; n++) {
		unsigned long long c = W(x, k);
		const cc_lex *l;
		if (HAS(c, LX_UP) && (l = tok_lex(x, k, LX_UP)) &&
		    !(cc_tok_is(x, k, "up") && k > f &&
		      (cc_tok_in(x, k - 1, WS(MAKE)) || cc_tok_is(x, k - 1, "making"))))
			return 1; /* but "made up 7% of the whole": a share */
		if (HAS(c, LX_DOWN) && (l = tok_lex(x, k, LX_DOWN)))
			return -1;
		if (HAS(c, LX_GROWTH))
			return 1;
		/* "an increase of", "a rate of": one filler word */
		if (!(IS_WORD(k) && (cc_tok_in(x, k, WS(RATE_FILLER)) || HAS(c, LX_HEDGE) || (n == 0 && IS_WORD(k) && !c && !(TK(k)->fl & TF_CAP) && k > f &&
				      (HAS(W(x, k - 1), LX_UP) || HAS(W(x, k - 1), LX_DOWN))))))
			return 0;
		if (k == 0)
			break;
		k--;
	}
	return 0;
}

/* "15% lower than", "20% more likely than" */
static int change_after(const cc_xt *x, size_t e)
{
	const cc_lex *l;

	/* "ended 11% down at 2.40", "were 4% up on the month" */
	if ((cc_tok_is(x, e, "down") || cc_tok_is(x, e, "up")) && !cc_tok_is(x, e + 1, "to") &&
	    !cc_tok_is(x, e + 1, "from") && !(IS_WORD(e + 1) && HAS(W(x, e + 1), LX_OPINION)))
		return cc_tok_is(x, e, "up") ? 1 : -1;
	if (!IS_WORD(e) || !(l = tok_lex(x, e, LX_CMP)))
		return 0;
	/* "would have been 6% higher if ...": a comparative is a difference */
	if (!cc_tok_in(x, e, WS(CMP_MORE)) && !cc_tok_is(x, e, "longer"))
		return l->v[0] > 0 ? 1 : -1;
	if (cc_tok_in(x, e + 1, WS(CMP_NEXT)) || (IS_WORD(e + 1) && cc_tok_is(x, e + 2, "than")))
		return l->v[0] > 0 ? 1 : -1;
	{
		/* "spend 5.2% more over the winter than the year before" */
		size_t j;

		for (j = e + 1; j < e + 9 && j < x->ntok && x->tok[j].sent == x->tok[e].sent; j++) {
			if (cc_tok_is(x, j, "than"))
				return l->v[0] > 0 ? 1 : -1;
			if (x->tok[j].type == TK_PUNCT && !punct(x, j, '-'))
				break;
		}
	}
	/* "sales were 5% higher, ...", "prices 3% lower last year" */
	if (!cc_tok_in(x, e, WS(CMP_MORE)) &&
	    (punct(x, e + 1, ',') || punct(x, e + 1, '.') || punct(x, e + 1, ';') ||
	     cc_tok_in(x, e + 1, WS(AFTER_CHANGE)) || e + 1 >= x->ntok))
		return l->v[0] > 0 ? 1 : -1;
	return 0;
}

/* "a 2 per cent increase", "a 4% pay rise", "the 10% cut": the figure
 * modifies a change noun after it (sign of the noun; 0 when none). */
static int change_noun(const cc_xt *x, size_t a, size_t e)
{
	const cc_lex *l;
	size_t j = e;

	int art = (a > 0 && (cc_tok_in(x, a - 1, WS(ART) | WS(DEF_DET)) || cc_tok_is(x, a - 1, "this"))) ||
		  cc_tok_is(x, a, "a") || cc_tok_is(x, a, "an") || /* "a half percentage point cut" (invented) */
		  (a > 0 && IS_WORD(a - 1) && TK(a - 1)->e - TK(a - 1)->s > 2 && x->t[TK(a - 1)->e - 1] == 's' &&
		   x->t[TK(a - 1)->e - 2] == '\''); /* "Friday's 3% gain" */

	if (art && IS_WORD(j) && !W(x, j) && !(TK(j)->fl & TF_CAP) && IS_WORD(j + 1))
		j++; /* one modifier: "pay", "annual" */
	if (art && j > e && IS_WORD(j) && !W(x, j) && !(TK(j)->fl & TF_CAP) && IS_WORD(j + 1) &&
	    (tok_lex(x, j + 1, LX_UP) || tok_lex(x, j + 1, LX_DOWN)))
		j++; /* two: "a 2.5 per cent volume sales fall" */
	if (!IS_WORD(j) || cc_tok_is(x, j, "up") || cc_tok_is(x, j, "down"))
		return 0;
	/* without an article ("a stronger-than-hoped 6% jump"), only a word
	 * that cannot be a verb after a subject ("40% cut their spending") */
	if (!art && (a == 0 || (TK(a)->fl & TF_SENT) || !IS_WORD(a - 1)))
		return 0; /* "Thirty per cent fall into the band": a verb */
	if (!art && (cc_tok_in(x, j, WS(CHANGE_VERB)) ||
		     (x->t[TK(j)->e - 1] == 's' && !cc_tok_in(x, j, WS(CHANGE_S)))))
		return 0;
	if ((l = tok_lex(x, j, LX_UP)) || (l = tok_lex(x, j, LX_DOWN))) {
		const char *w = x->t + TK(j)->s;
		size_t len = TK(j)->e - TK(j)->s;

		if (len > 3 && ((w[len - 2] == 'e' && w[len - 1] == 'd') || !strncmp(w + len - 3, "ing", 3)))
			return 0; /* a verb form: "the 5% rated" */
		return l->v[0] > 0 ? 1 : -1;
	}
	return 0;
}

static int opinion_after(const cc_xt *x, size_t e);

/* "takings slid 12% at one store and 7.5% at another": a percentage in a
 * list after a percentage change in the same clause takes its sign (0 when
 * not such a figure; a figure of something -- "of voters" -- or a finding
 * -- "40% said" -- never is). */
static int change_list(const cc_xt *x, const cc_num *n, size_t a)
{
	long prev = x->nci ? (long)x->nci - 1 : -1;
	const cc_claim *c;

	if (prev < 0 || a == 0 || x->ci[prev].sent != TK(a)->sent || x->ci[prev].t1 + 8 < a ||
	    !(cc_tok_in(x, a - 1, WS(LIST_CONT)) || punct(x, a - 1, ',') ||
	      (cc_tok_is(x, a - 1, "than") && a >= 2 && cc_tok_is(x, a - 2, "rather"))))
		return 0; /* "rose by 3% in the north and by 6.5% in the south", "grow by 4.1% rather than 4.5%" */
	c = &x->doc->claims[prev];
	if (c->kind != CC_KIND_CHANGE || (c->traits & (CC_TRAIT_POINTS | CC_TRAIT_MULTIPLIER)) ||
	    !(c->traits & CC_TRAIT_PERCENT) || (n->fl & NF_POINTS))
		return 0;
	if (cc_tok_is(x, n->t1, "of") || opinion_after(x, n->t1))
		return 0;
	return c->value < 0 ? -1 : 1;
}

/* "on a year earlier", "on the month", "year-on-year" right after the figure. */
static int period_on(const cc_xt *x, size_t e)
{
	if (cc_tok_is(x, e, "year-on-year") || cc_tok_is(x, e, "month-on-month"))
		return 1;
	if (cc_tok_in(x, e, WS(PERIOD_UNIT)) && punct(x, e + 1, '-') && cc_tok_is(x, e + 2, "on"))
		return 1;
	return cc_tok_is(x, e, "on") && (cc_tok_is(x, e + 1, "a") || cc_tok_is(x, e + 1, "the")) &&
	       cc_tok_in(x, e + 2, WS(PERIOD_UNIT));
}

/* "interest rates from their current 4.5%": an interest rate is a level
 * even in a sentence about growth. */
static int interest_before(const cc_xt *x, size_t a)
{
	size_t f = sent_first(x, a), k;

	for (k = a; k > f && a - k < 6;) {
		k--;
		if (cc_tok_in(x, k, WS(RATE_KIND)))
			return 1;
	}
	return 0;
}

static int growth_context(const cc_xt *x, size_t a)
{
	size_t f = sent_first(x, a), k;
	for (k = f; k < a; k++)
		if (HAS(W(x, k), LX_GROWTH))
			return 1;
	return 0;
}

static int rate_context(const cc_xt *x, size_t a)
{
	size_t f = sent_first(x, a), k;
	for (k = f; k < a; k++)
		if (HAS(W(x, k), LX_RATE))
			return 1;
	return 0;
}

static int moe_context(const cc_xt *x, size_t a)
{
	size_t f = sent_first(x, a), k;
	if (a > 0 && punct(x, a - 1, 'P'))
		return 1;
	if (a >= 3 && cc_tok_is(x, a - 3, "plus") && cc_tok_is(x, a - 2, "or") && cc_tok_is(x, a - 1, "minus"))
		return 1;
	for (k = f; k + 2 < a; k++)
		if (x->tok[k].e - x->tok[k].s == 6 && /* (most words fail here, before the call) */
		    cc_tok_is(x, k, "margin") && cc_tok_is(x, k + 1, "of") && cc_tok_is(x, k + 2, "error"))
			return a - k < 12;
	return 0;
}

/* An opinion verb soon after the figure and its subject ("39% opposed",
 * "a quarter of 14-16 year olds knew", "A majority, 52%, said"). */
static int opinion_after(const cc_xt *x, size_t e)
{
	size_t j = e, n;
	for (n = 0; n < 8 && j < x->ntok && same_sent(x, e - 1, j); n++, j++) {
		if (HAS(W(x, j), LX_OPINION))
			return 1;
		if (punct(x, j, '.') || punct(x, j, ';') || punct(x, j, ':') ||
		    punct(x, j, 'D') || cc_tok_in(x, j, WS(CLAUSE_JOIN)) || cc_tok_is(x, j, "which"))
			return 0;
	}
	return 0;
}

/* Context that makes a figure a date, time, duration or age. */
static int time_after(const cc_xt *x, size_t e)
{
	size_t j = e;
	if (punct(x, j, '-') && glued(x, j - 1) && IS_WORD(j + 1))
		return 1; /* "two-year", "46-year", "two-way": a compound adjective */
	if (IS_WORD(j) && glued(x, j - 1) && HAS(W(x, j), LX_CLOCK))
		return 1; /* "9.30am" */
	if (IS_WORD(j) && HAS(W(x, j), LX_MONTH) && (TK(j)->fl & TF_CAP))
		return 1;
	if (IS_WORD(j) && (HAS(W(x, j), LX_DURATION) || HAS(W(x, j), LX_CLOCK)))
		return 1;
	if (IS_WORD(j) && IS_WORD(j + 1) && HAS(W(x, j + 1), LX_DURATION) &&
	    cc_tok_in(x, j, WS(RUN_ADJ)))
		return 1;
	if (punct(x, j, ':') && IS_NUM(j + 1) && glued(x, j))
		return 1;
	if (cc_tok_is(x, j, "years") && cc_tok_is(x, j + 1, "old"))
		return 1;
	return 0;
}

static int time_before(const cc_xt *x, size_t a)
{
	size_t k;
	if (a == 0)
		return 0;
	k = a - 1;
	if (IS_WORD(k) && HAS(W(x, k), LX_MONTH) && (TK(k)->fl & TF_CAP))
		return 1;
	if (IS_WORD(k) && HAS(W(x, k), LX_AGE))
		return 1;
	if (cc_tok_in(x, k, WS(LABEL_NOUN)))
		return 1;
	if (punct(x, k, '-') && glued(x, k) && k > 0 && IS_WORD(k - 1) && glued(x, k - 1))
		return 1; /* "over-65s", "Fly-half", "SCP-173" */
	if (IS_WORD(k) && glued(x, k) && TK(a)->type != TK_SYM)
		return 1; /* "G8", "5ive" (letters glued before digits); not "US$3m" */
	if (punct(x, k, '#'))
		return 1;
	return 0;
}

/* A name with a number: "Chapter 11", "Radio 4", "BBC One", "Xbox 2". */
static int name_number(const cc_xt *x, size_t a, const cc_num *n)
{
	const cc_tok *t = TK(a);
	if ((n->fl & NF_WORD) && (t->fl & TF_CAP) && !(t->fl & TF_SENT) &&
	    !(a > 0 && punct(x, a - 1, '"')) && !(a > 0 && punct(x, a - 1, '(')))
		return 1;
	if ((n->fl & NF_WORD) && (t->fl & TF_CAP) && IS_WORD(n->t1) && (TK(n->t1)->fl & TF_CAP) &&
	    !(n->fl & (NF_PERCENT | NF_CURRENCY)))
		return 1; /* "Three Gorges", "Double Olympic" */
	if ((n->fl & NF_DIGITS) && !(n->fl & (NF_SEPARATORS | NF_SCALE | NF_PERCENT | NF_CURRENCY)) &&
	    n->value < 1000 && a > 0 && IS_WORD(a - 1) && (TK(a - 1)->fl & TF_CAP) && !(TK(a - 1)->fl & TF_SENT) &&
	    !HAS(W(x, a - 1), LX_MONTH) && !HAS(W(x, a - 1), LX_HEDGE))
		return 1;
	return 0;
}

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

/* ------------------------------------------------------------------ */

static double tol_digits(const cc_num *n, double unitscale)
{
	/* 10^-d as written: the correctly rounded double, the value pow
	 * returns for these (checked bit for bit), without its cost */
	static const double p10[] = { 1e0, 1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10, 1e-11,
				      1e-12, 1e-13, 1e-14, 1e-15, 1e-16, 1e-17, 1e-18, 1e-19, 1e-20, 1e-21, 1e-22 };
	int d = n->decimals;

	return 0.5 * (d >= 0 && d <= 22 ? p10[d] : pow(10, -d)) * unitscale;
}

/* The last claim made in the same sentence (its index), -1 none. */
static long last_in_sentence(const cc_xt *x, size_t sent)
{
	if (x->nci && x->ci[x->nci - 1].sent == sent)
		return (long)x->nci - 1;
	return -1;
}

/* Proportion or change for a percent / fraction / vague figure. */
static int percent_claim(cc_xt *x, spec *p, const cc_num *n, size_t a)
{
	int level = 0, dir = change_before(x, a, &level);
	int cmp = change_after(x, n->t1);

	if (p->hedge && cc_tok_in(x, p->h0, WS(BEYOND))) {
		dir = 0; /* "may dip below 6%": a level crossed */
		level = 1;
	}

	if (!cmp)
		cmp = change_noun(x, a, n->t1);
	if (!dir && !cmp && !level)
		dir = change_list(x, n, a);
	if (!dir && !cmp && !level && period_on(x, n->t1))
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
			dir = change_before(x, k, &lv);
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
			dir = change_before(x, x->ci[x->nci - 1].t0, &lv);
	}

	if (moe_context(x, a)) {
		p->kind = CC_KIND_MARGIN_OF_ERROR;
		if (n->fl & NF_POINTS) {
			p->value /= 100;
			p->low /= 100;
			p->high /= 100;
		}
		return emit(x, p);
	}
	if (n->fl & NF_POINTS) {
		p->kind = CC_KIND_CHANGE;
		p->unit = "points";
		p->traits |= CC_TRAIT_POINTS;
		if (dir < 0 || cmp < 0 || (!dir && cc_tok_is(x, n->t1, "from") && 0)) {
			p->value = -p->value;
			p->low = p->high = p->value;
		}
		p->tolerance = (n->fl & NF_WORD) ? 0.5 : tol_digits(n, 1);
		return emit(x, p);
	}
	if (dir || cmp || (!level && growth_context(x, a) && !cc_tok_is(x, n->t1, "of") && !interest_before(x, a)) ||
	    (level && growth_context(x, a) && !rate_context(x, a))) {
		int s = dir ? dir : cmp ? cmp : 1;
		p->kind = CC_KIND_CHANGE;
		if (s < 0) {
			double lo = -p->high, hi = -p->low;
			p->value = -p->value;
			p->low = lo;
			p->high = hi;
		}
		return emit(x, p);
	}
	p->kind = CC_KIND_PROPORTION;
	if (rate_context(x, a) || level)
		p->hints |= CI_OFFICIAL;
	subject_after(x, n->t1, &p->s0, &p->s1, 0);
	if (opinion_after(x, n->t1))
		p->hints |= CI_OPINION;
	return emit(x, p);
}

/* The figure plus its hedge. */
static void with_hedge(const cc_xt *x, spec *p, size_t a)
{
	size_t h0;
	const cc_lex *h = cc_hedge_before(x, a, &h0);
	if (!h || !same_sent(x, h0, a))
		return;
	/* "children under 16", "adults aged 18 or over": bounds of an age */
	if (h0 > 0 && HAS(W(x, h0 - 1), LX_AGE))
		return;
	/* "exports added up to 900bn yen", "handed over $2,500", "have
	 * taken over 60% of the valley": phrasal verbs, not bounds */
	if (cc_tok_is(x, h0, "up") && h0 > 0 &&
	    cc_tok_in(x, h0 - 1, WS(ADD_UP)))
		return;
	if (cc_tok_is(x, h0, "over") && h0 + 1 == a && h0 > 0 &&
	    cc_tok_in(x, h0 - 1, WS(HAND_OVER)))
		return;
	p->hedge = h;
	p->h0 = h0;
}

/* After an amount "(£173)" in brackets: the conversion is exact. */
static int in_brackets(const cc_xt *x, size_t a)
{
	return a > 0 && punct(x, a - 1, '(');
}

/* "a mean of", "a mean rating of", "an average score of" right before the
 * figure: a mean of ratings or scores ("an average of 3 goals" is not). */
static int mean_before(const cc_xt *x, size_t b)
{
	size_t k;

	if (b < 2 || !cc_tok_in(x, b - 1, WS(MEAN_LINK)))
		return 0;
	k = b - 2;
	if (cc_tok_is(x, b - 1, "at") && cc_tok_is(x, k, "stood") && k > 0)
		k--; /* "the mean score stood at 5.9" */
	if (cc_tok_is(x, k, "mean"))
		return 1;
	if (!cc_tok_in(x, k, WS(RATING_NOUN)) || k == 0)
		return 0;
	return cc_tok_is(x, k - 1, "mean") || cc_tok_is(x, k - 1, "average");
}

/* "the 48,000 new homes", "its 12,500 staff", "the 90 million mobile users":
 * a large figure written with separators or a scale word, before a plural
 * group, is a count even after "the" (which makes "the two firms" point
 * back); "the 30,000 mark", "the 50m note", "its 4G masts" are not. */
static int big_group(const cc_xt *x, const cc_num *n, size_t ue)
{
	size_t h;
	const char *w;
	size_t len;

	if (ue <= n->t1 || (n->fl & (NF_RANGE | NF_WORD)) || !(n->fl & (NF_SEPARATORS | NF_SCALE)))
		return 0;
	if ((n->fl & NF_SCALE) && glued(x, n->t1 - 2))
		return 0; /* "50m", "3,000m": a glued suffix */
	h = ue - 1;
	if (HAS(W(x, h), LX_GROUP))
		return 1;
	w = x->t + TK(h)->s;
	len = TK(h)->e - TK(h)->s;
	return len > 3 && w[len - 1] == 's' && w[len - 2] != 's';
}

/* Does the sentence before token b talk about a share price or a market
 * index ("the index rose 1% to 4,120", "shares climbed 3% to
 * 512,000")? Then a bare level after it is a price or an index, not a count. */
static int market_level(const cc_xt *x, size_t b)
{
	size_t k, f = sent_first(x, b);

	for (k = f; k < b; k++)
		if (cc_tok_in(x, k, WS(MARKET)))
			return 1;
	return 0;
}

/* A bare number that continues a list of counts: "40 trains on Monday,
 * 75 on Tuesday", "polled 500 before and 700 after", "Of the 25 trusts
 * ..., 19 said", "employs 120 people while its rival employs 85". Never a
 * fraction of a count ("a design effect of 1.3", "a rating of 6.35"), a
 * property "of" something ("an index of 52"), the ends of a scale ("from
 * 1 to 10") or dates ("between 9 and 11 April"). */
static int list_continues(const cc_xt *x, const cc_num *n, size_t b)
{
	size_t e = n->t1;

	if (b == 0)
		return 0;
	if ((n->fl & NF_SCALE) && n->t1 >= 2 && !glued(x, n->t1 - 2) && (TK(n->t1 - 1)->fl & TF_CAP) &&
	    TK(n->t1 - 1)->e - TK(n->t1 - 1)->s == 1)
		return 0; /* "a bundle of 40 M&S lines": a name, not millions */
	if (n->fl & NF_SCALE)
		return 1; /* "to a new low of 2.8 million" */
	if (n->value != floor(n->value) || cc_tok_is(x, b - 1, "between"))
		return 0;
	if (b >= 2 && IS_WORD(b - 2) && HAS(W(x, b - 2), LX_AGE))
		return 0; /* "retirement age to 67" */
	if (cc_tok_in(x, b - 1, WS(RANK_ADJ)) || (IS_WORD(b - 1) && HAS(W(x, b - 1), LX_ORDINAL)))
		return 0; /* "the last 8", "the first 100 days" */
	if (cc_tok_is(x, b - 1, "of") && b >= 2 && cc_tok_in(x, b - 2, WS(PROPERTY)))
		return 0;
	if (cc_tok_is(x, b - 1, "from") && n->value <= 1 && cc_tok_is(x, e, "to"))
		return 0; /* "from 1 to 10" */
	if (cc_tok_is(x, b - 1, "to") && b >= 3 && IS_NUM(b - 2) && cc_tok_is(x, b - 3, "from")) {
		cc_num lo;

		if (cc_num_parse(x, b - 2, &lo) && lo.value <= 1)
			return 0;
	}
	if ((cc_tok_in(x, e, WS(RANGE_JOIN)) || punct(x, e, '-')) &&
	    IS_NUM(e + 1) && IS_WORD(e + 2) && (HAS(W(x, e + 2), LX_MONTH) || HAS(W(x, e + 2), LX_DURATION)))
		return 0; /* "9 and 11 April", "from 9 to 11 days" */
	return 1;
}

/* "Roughly 58% of 1,200 parents", "by 46% to 49% among 700 likely voters": a
 * whole number right after a proportion's "of" / "among" names the group the
 * percentage is of -- its sample -- when that group is people (a group or
 * respondent noun) or the proportion is a finding ("... said"). Millions
 * and money are populations and amounts, never a sample. */
static int group_of_percent(const cc_xt *x, const cc_num *n, size_t b, size_t ue, long prev)
{
	const cc_cinfo *pc;
	size_t j;

	if (prev < 0 || b == 0 || x->doc->claims[prev].kind != CC_KIND_PROPORTION ||
	    (n->fl & (NF_SCALE | NF_CURRENCY | NF_WORD | NF_RANGE | NF_FRAC)) || !(n->value >= 2) ||
	    n->value != floor(n->value))
		return 0;
	pc = &x->ci[prev];
	if (cc_tok_is(x, b - 1, "of")) {
		if (pc->t1 != b - 1)
			return 0;
	} else if (!(cc_tok_is(x, b - 1, "among") && pc->t1 + 3 >= b)) {
		return 0;
	}
	if (pc->hints & CI_OPINION)
		return 1;
	for (j = n->t1; j < ue; j++)
		if (HAS(W(x, j), LX_GROUP) || HAS(W(x, j), LX_RESPONDENT))
			return 1;
	return opinion_after(x, ue);
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

static int num_claim(cc_xt *x, const cc_num *n, size_t *next)
{
	size_t a = n->t0, e = n->t1;
	spec p;
	int rc;
	cc_num r;

	*next = e;
	if (n->ordinal)
		return CC_OK;
	if (percent_range(x, n, &r))
		return num_claim(x, &r, next);
	/* scores: "18-17", "5-0" (a range never runs downwards) */
	if ((n->fl & NF_DIGITS) && !(n->fl & (NF_PERCENT | NF_CURRENCY | NF_RANGE)) && punct(x, e, '-') &&
	    glued(x, e - 1) && IS_NUM(e + 1)) {
		*next = e + 2;
		return CC_OK;
	}
	if (time_before(x, a) || (!(n->fl & (NF_CURRENCY | NF_PERCENT | NF_POINTS)) && time_after(x, e)))
		return CC_OK;
	if (name_number(x, a, n))
		return CC_OK;
	if (n->fl & NF_RANGE && !(n->fl & (NF_PERCENT | NF_CURRENCY | NF_POINTS)) && n->low == floor(n->low) &&
	    !IS_WORD(e))
		return CC_OK; /* "16-18" bare: dates and scores */
	spec_init(&p, CC_KIND_COUNT, a, e, n->value);
	p.decimals = n->decimals;
	if (n->fl & NF_RANGE) {
		p.low = n->low;
		p.high = n->high;
		p.traits |= CC_TRAIT_RANGE;
	}
	if (!in_brackets(x, a))
		with_hedge(x, &p, a);
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

		p.tolerance = (n->fl & NF_WORD) ? 0 : tol_digits(n, n->value / (n->value ? n->value : 1) * sc * 0);
		return emit(x, &p);
	}
	if (n->fl & (NF_PERCENT | NF_POINTS)) {
		p.traits |= CC_TRAIT_PERCENT;
		p.tolerance = (n->fl & NF_WORD) ? 0.005 : tol_digits(n, (n->fl & NF_POINTS) ? 1 : 0.01);
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
				sgn = change_before(x, b, &(int){0});
				if (!sgn && IS_WORD(q + 1) && tok_lex(x, q + 1, LX_DOWN))
					sgn = -1;
				if (sgn < 0) {
					p.value = -p.value;
					p.low = p.high = p.value;
				}
				p.tolerance = 0.005;
				return emit(x, &p);
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

			if (!(l > 3 && ((w[l - 2] == 'e' && w[l - 1] == 'd') || plural)) && !determiner(x, e + 1))
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
				size_t ue = noun_phrase(x, e, 0);
				if (ue > e) {
					p.s0 = e;
					p.s1 = ue;
					p.t1 = ue;
					*next = ue;
				}
			}
		} else {
			/* a fraction of something that is not a group: "half a billion" handled in numeral */
			subject_after(x, e, &p.s0, &p.s1, 1);
			if (p.s1 > p.s0 && p.s0 == e && IS_WORD(e) && HAS(W(x, e), LX_DURATION))
				return CC_OK;
		}
		if (opinion_after(x, e))
			p.hints |= CI_OPINION;
		if (rate_context(x, b))
			p.hints |= CI_OFFICIAL;
		if (change_before(x, b, &(int){0}) && !(n->fl & NF_COUNTED))
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
		return emit(x, &p);
	}
	/* plain cardinals: counts and sample sizes */
	if (is_year(x, n) && !survey_before(x, p.hedge ? p.h0 : a) &&
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
	if (mean_before(x, p.hedge ? p.h0 : a) && !(n->fl & (NF_RANGE | NF_SCALE))) {
		/* "a mean rating of 6.35": a mean, never a count */
		p.kind = CC_KIND_MEAN;
		p.tolerance = tol_digits(n, 1);
		return emit(x, &p);
	}
	if ((n->fl & NF_DIGITS) && (n->fl & NF_SCALE) && cc_tok_is(x, e - 1, "m") && glued(x, e - 2) &&
	    n->value <= 1e5 && !(n->fl & NF_SEPARATORS) && 0)
		return CC_OK;
	{
		size_t b = p.hedge ? p.h0 : a;
		size_t ue = noun_phrase(x, e, 0);
		long prev = last_in_sentence(x, TK(a)->sent);
		/* "the two firms" points back; "the 48,000 new homes" does not */
		int det = b > 0 && cc_tok_in(x, b - 1, WS(GROUP_DET));
		int anaphor = det && !big_group(x, n, ue);
		int ofthe = det && !(n->fl & NF_SCALE) && b > 1 && cc_tok_is(x, b - 1, "the") && cc_tok_is(x, b - 2, "of") && prev >= 0 &&
			    x->doc->claims[prev].kind == CC_KIND_PROPORTION && x->ci[prev].t1 + 6 >= b;
		int sampled = ue > e && (survey_before(x, b) || survey_after(x, ue, e, ue)) && !job_interview(x, ue);
		int direct = !det && ue > e && group_of_percent(x, n, b, ue, prev);

		if (n->fl & NF_SCALE && !(n->fl & NF_CURRENCY) && prev >= 0 &&
		    x->doc->claims[prev].kind == CC_KIND_AMOUNT && ue == e) {
			/* "12m euros, up from 9m": the currency of the paired figure */
			p.kind = CC_KIND_AMOUNT;
			p.unit = x->doc->claims[prev].unit;
			return emit(x, &p);
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
				return emit(x, &p);
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
				return emit(x, &p);
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
				rc = emit(x, &p);
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
			return emit(x, &p);
		}
		/* bare figures: a list continuing a count ("40 trains on Monday, 75 on Tuesday") */
		if (n->fl & NF_WORD)
			return CC_OK;
		if (cc_tok_is(x, e, "of") && n->value >= 2 && n->value == floor(n->value) && !(n->fl & NF_RANGE) &&
		    !(b > 0 && (cc_tok_is(x, b - 1, "last") || cc_tok_is(x, b - 1, "final"))) &&
		    cc_tok_in(x, e + 1, WS(DEF_DET) | WS(POSS))) {
			/* "more than 9,000 of its tenants": a count of that group */
			size_t ne = noun_phrase(x, e + 2, 0);

			if (ne > e + 2) {
				p.u0 = e + 2;
				p.u1 = ne;
				return emit(x, &p);
			}
		}
		if (b >= 2 && cc_tok_is(x, b - 1, "of") && (cc_tok_is(x, b - 2, "majority") || cc_tok_is(x, b - 2, "total"))) {
			p.unit = cc_tok_is(x, b - 2, "majority") ? "votes" : NULL;
			return emit(x, &p);
		}
		if (b >= 3 && cc_tok_is(x, b - 2, "of") && cc_tok_is(x, b - 3, "majority")) {
			p.unit = "votes";
			return emit(x, &p);
		}
		if (b > 0 && (cc_tok_is(x, b - 1, "n") || cc_tok_is(x, b - 1, "N")))
			return CC_OK;
		if (b > 1 && punct(x, b - 1, '=') && (cc_tok_is(x, b - 2, "n"))) {
			p.kind = CC_KIND_SAMPLE_SIZE;
			return emit(x, &p);
		}
		if (prev >= 0 && (x->doc->claims[prev].kind == CC_KIND_COUNT ||
				  x->doc->claims[prev].kind == CC_KIND_SAMPLE_SIZE) &&
		    x->doc->claims[prev].unit && list_continues(x, n, b)) {
			p.kind = x->doc->claims[prev].kind;
			p.unit = x->doc->claims[prev].unit;
			return emit(x, &p);
		}
		if (survey_before(x, b)) {
			p.kind = CC_KIND_SAMPLE_SIZE;
			return emit(x, &p);
		}
		/* "grew from 35 to 410 stores": the first figure counts the
		 * same noun (not "from 1 to 10", the ends of a scale) */
		if (b > 0 && cc_tok_is(x, b - 1, "from") && cc_tok_is(x, e, "to") && n->value >= 2 &&
		    n->value == floor(n->value) && !is_year(x, n)) {
			cc_num m;

			if (cc_num_parse(x, e + 1, &m) && !(m.fl & (NF_PERCENT | NF_CURRENCY | NF_POINTS | NF_RANGE)) &&
			    !m.ordinal && m.value > 0) {
				size_t me = noun_phrase(x, m.t1, 0);

				if (me > m.t1 && !HAS(W(x, m.t1), LX_DURATION) && !HAS(W(x, m.t1), LX_MONTH)) {
					p.u0 = m.t1;
					p.u1 = me;
					return emit(x, &p);
				}
			}
		}
		/* "rose to 3.2 million", "nearly 4 million expected": a
		 * scale word makes a bare figure a count of something */
		if ((n->fl & NF_SCALE) && !(n->fl & NF_RANGE) && e >= 2 && !glued(x, e - 2) &&
		    TK(e - 1)->e - TK(e - 1)->s >= 2 && !(TK(e - 1)->fl & TF_CAP))
			return emit(x, &p);
		/* "unit sales were 4,120,000", "deliveries totalled 2,315,000":
		 * a large figure stated as the total of a plural noun */
		if ((n->fl & NF_SEPARATORS) && n->value >= 1000 && n->value == floor(n->value) && b >= 2 &&
		    (cc_tok_in(x, b - 1, WS(TOTALLED)) ||
		     ((cc_tok_is(x, b - 1, "were") || cc_tok_is(x, b - 1, "reached")) && IS_WORD(b - 2) &&
		      x->t[TK(b - 2)->e - 1] == 's' && !(TK(b - 2)->fl & TF_CAP))))
			return emit(x, &p);
		/* "sales to grow 12% to 310,000": the level a change reaches */
		if ((n->fl & NF_SEPARATORS) && n->value >= 1000 && n->value == floor(n->value) && b > 0 &&
		    cc_tok_is(x, b - 1, "to") && prev >= 0 && x->doc->claims[prev].kind == CC_KIND_CHANGE &&
		    x->ci[prev].t1 == b - 1 && !market_level(x, b))
			return emit(x, &p);
		/* "police numbers fell by 1,450": an absolute difference */
		if (b > 0 && cc_tok_is(x, b - 1, "by") && n->value >= 2 && n->value == floor(n->value) &&
		    !is_year(x, n) && change_before(x, b, &(int){0}))
			return emit(x, &p);
	}
	return CC_OK;
}

/* Vague quantifiers: "a majority", "most", "almost all". */
static int vague_claim(cc_xt *x, size_t i, size_t *next)
{
	const cc_lex *l = NULL;
	size_t e = i, k;
	int n;
	spec p;

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
		if (i > 0 && (cc_tok_is(x, i - 1, "the") || cc_tok_is(x, i - 1, "at") || cc_tok_is(x, i - 1, "for") == 2))
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
				size_t np2 = noun_phrase(x, j, 1);
				if (np2 == j || (x->t[TK(np2 - 1)->e - 1] != 's' && !HAS(W(x, np2 - 1), LX_GROUP)))
					return 1; /* "most of its lucrative asset": not a group */
			}
		} else {
			np = noun_phrase(x, e, 0);
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
	if (cc_tok_is(x, i, "majority") || cc_tok_is(x, i, "minority"))
		return 1;
	/* "the party does not have a majority", "won an overall majority": a
	 * majority in a parliament, not a share of a group */
	if ((cc_tok_is(x, e - 1, "majority") || cc_tok_is(x, e - 1, "minority")) && i > 0 && !cc_tok_is(x, e, "of") &&
	    cc_tok_in(x, i - 1, WS(HOLD_MAJORITY)))
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
	spec_init(&p, CC_KIND_PROPORTION, i, e, l->v[0]);
	p.low = l->v[1];
	p.high = l->v[2];
	p.traits = CC_TRAIT_VAGUE;
	p.tolerance = 0;
	with_hedge(x, &p, i);
	if (p.hedge) {
		/* "almost all" is a row of its own; other hedges before a vague
		 * quantifier keep the quantifier's interval */
		p.hedge = NULL;
	}
	subject_after(x, e, &p.s0, &p.s1, 1);
	if (opinion_after(x, e))
		p.hints |= CI_OPINION;
	return emit(x, &p) ? -1 : 1;
}

/* Multipliers: "doubled", "more than doubled", "almost double the figure". */
static int mult_claim(cc_xt *x, size_t i, size_t *next)
{
	const cc_lex *l = tok_lex(x, i, LX_MULT);
	size_t len;
	spec p;
	if (!l)
		return 0;
	*next = i + 1;
	len = TK(i)->e - TK(i)->s;
	spec_init(&p, CC_KIND_CHANGE, i, i + 1, l->v[0]);
	with_hedge(x, &p, i);
	if ((TK(i)->fl & TF_CAP) && IS_WORD(i + 1) && (TK(i + 1)->fl & TF_CAP))
		return 1; /* "Double Olympic champion" */
	if (!(x->t[TK(i)->e - 1] == 'd' || x->t[TK(i)->e - 1] == 'g') || len < 6) {
		/* base form: "almost double the figure" */
		if (!p.hedge && !cc_tok_in(x, i + 1, WS(DEF_DET)))
			return 1;
		if (punct(x, i + 1, '-'))
			return 1;
	}
	if (punct(x, i + 1, '-') && glued(x, i))
		return 1; /* "double-digit" */
	p.traits |= CC_TRAIT_MULTIPLIER;
	return emit(x, &p) ? -1 : 1;
}

/* "M = 3.44 (SD = 1.2), n = 25" -> a mean. */
static int mean_claim(cc_xt *x, size_t i, size_t *next)
{
	size_t j, end;
	cc_num m;
	spec p;
	cc_claim *c;
	if (!(cc_tok_is(x, i, "m") || cc_tok_is(x, i, "mean")) || !punct(x, i + 1, '=') ||
	    !cc_num_parse(x, i + 2, &m) || (m.fl & (NF_PERCENT | NF_CURRENCY | NF_RANGE)))
		return 0;
	if (cc_tok_is(x, i, "m") && !(TK(i)->fl & TF_CAP))
		return 0;
	spec_init(&p, CC_KIND_MEAN, i, m.t1, m.value);
	p.decimals = m.decimals;
	p.tolerance = tol_digits(&m, 1);
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
		if (emit(x, &p))
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
	spec p;
	size_t e = n->t1, t1;
	if (!(n->fl & NF_DIGITS || n->fl & NF_WORD) || (n->fl & (NF_PERCENT | NF_POINTS | NF_CURRENCY)))
		return 0;
	/* the words after the figure first: they are two token tests, the
	 * context a scan of the sentence (both only read the tokens) */
	if (cc_tok_is(x, e, "points") || cc_tok_is(x, e, "point")) {
		t1 = e + 1;
	} else if (cc_tok_is(x, e, "percentage") && (cc_tok_is(x, e + 1, "points") || cc_tok_is(x, e + 1, "point"))) {
		t1 = e + 2;
	} else if (!(n->t0 > 0 && punct(x, n->t0 - 1, 'P'))) {
		return 0;
	} else {
		t1 = e;
	}
	if (!moe_context(x, n->t0))
		return 0;
	spec_init(&p, CC_KIND_MARGIN_OF_ERROR, n->t0, e, n->value / 100);
	if (n->fl & NF_RANGE) {
		p.low = n->low / 100;
		p.high = n->high / 100;
	}
	p.t1 = t1;
	*next = p.t1;
	p.tolerance = tol_digits(n, 0.01);
	return emit(x, &p) ? -1 : 1;
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
	if ((a.fl & NF_CURRENCY) || (b.fl & NF_CURRENCY))
		return 0; /* "between 300 euros (£260) and 500 euros": two amounts */
	if (!((a.fl | b.fl) & (NF_PERCENT | NF_POINTS | NF_RANGE)) && b.value > a.value && moe_context(x, i) &&
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
		    b.value != floor(b.value) || !IS_WORD(b.t1) || (a.value >= 1800 && a.value <= 2100 && b.value <= 2100) ||
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
	return num_claim(x, &r, next) ? -1 : 1;
}

/* ext fields: levels "from 25% to 35%", counts "from 3 to 6", the period
 * a claim names ("in 2004", "in March 2004", "in the first quarter"). */
static void fill_ext(cc_xt *x)
{
	cc_doc *doc = x->doc;
	size_t i;
	for (i = 0; i < x->nci; i++) {
		cc_cinfo *a = &x->ci[i];
		cc_claim_ext *e = cc_doc_ext(doc, i);
		size_t k = a->t1;
		/* the period */
		if (cc_tok_in(x, k, WS(PERIOD_PREP))) {
			size_t q = k + 1;
			const cc_lex *m = NULL;
			if (IS_WORD(q) && (TK(q)->fl & TF_CAP) && HAS(W(x, q), LX_MONTH)) {
				static const char *const months[] = { "jan", "feb", "mar", "apr", "may", "jun",
								      "jul", "aug", "sep", "oct", "nov", "dec" };
				int mi;
				for (mi = 0; mi < 12; mi++)
					if (!strncasecmp(x->t + TK(q)->s, months[mi], 3))
						e->period_m = mi + 1;
				q++;
				(void)m;
			}
			if (IS_NUM(q) && TK(q)->e - TK(q)->s == 4 && !memchr(x->t + TK(q)->s, '.', 4) &&
			    !memchr(x->t + TK(q)->s, ',', 4)) {
				int y = atoi(x->t + TK(q)->s);
				if (y >= 1800 && y <= 2100)
					e->period_y = y;
				else
					e->period_m = 0;
			} else if (cc_tok_is(x, k + 1, "the") && IS_WORD(k + 2) && HAS(W(x, k + 2), LX_ORDINAL) &&
				   cc_tok_is(x, k + 3, "quarter")) {
				const cc_lex *o = tok_lex(x, k + 2, LX_ORDINAL);
				if (o && o->v[0] >= 1 && o->v[0] <= 4)
					e->period_q = (int)o->v[0];
			} else {
				e->period_m = 0;
			}
		}
		/* "from A to B": levels or counts, on both figures and on a change
		 * stated just before them in the sentence */
		if (i + 1 < x->nci && a->t0 > 0 && cc_tok_is(x, a->t0 - 1, "from") && cc_tok_is(x, a->t1, "to") &&
		    x->ci[i + 1].t0 == a->t1 + 1) {
			cc_claim *c1 = &doc->claims[i], *c2 = &doc->claims[i + 1];
			size_t j;
			if (c1->kind == c2->kind) {
				long chg = i > 0 && doc->claims[i - 1].kind == CC_KIND_CHANGE && x->ci[i - 1].sent == a->sent
					   ? (long)i - 1 : -1;
				for (j = 0; j < 3; j++) {
					long t = j == 0 ? (long)i : j == 1 ? (long)i + 1 : chg;
					cc_claim_ext *te;
					if (t < 0)
						continue;
					te = cc_doc_ext(doc, (size_t)t);
					if (c1->kind == CC_KIND_PROPORTION || c1->kind == CC_KIND_AMOUNT) {
						te->before = c1->value;
						te->after = c2->value;
					} else {
						te->base_count = c1->value;
						te->after_count = c2->value;
					}
				}
				cc_doc_ext(doc, i + 1)->compared_with = (long)i;
			}
		}
		/* "compared with 24%", "than 30%": an explicit comparison */
		if (i > 0 && a->t0 >= 2 && x->ci[i - 1].sent == a->sent &&
		    doc->claims[i - 1].kind == doc->claims[i].kind &&
		    ((cc_tok_is(x, a->t0 - 1, "with") && cc_tok_is(x, a->t0 - 2, "compared")) ||
		     (cc_tok_is(x, a->t0 - 1, "to") && cc_tok_is(x, a->t0 - 2, "compared")) || cc_tok_is(x, a->t0 - 1, "than")))
			e->compared_with = (long)i - 1;
	}
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
		return (cc_tok_is(x, i, "a") || cc_tok_is(x, i, "an")) &&
		       !(cn & ((1ull << LX_HUNDRED) | (1ull << LX_SCALE) | (1ull << LX_MISC) | (1ull << LX_DENOM)));
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
			    !(HAS(c, LX_TRIGGER) && (!(cc_tok_is(x, i, "a") || cc_tok_is(x, i, "an")) ||
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
			i = n.t1;
			continue;
		}
		r = moe_bare(x, &n, &next);
		if (r < 0)
			return CC_ENOMEM;
		if (r) {
			i = next;
			continue;
		}
		if (num_claim(x, &n, &next))
			return CC_ENOMEM;
		i = next > i ? next : i + 1;
	}
	fill_ext(x);
	return CC_OK;
}
