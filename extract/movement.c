/*
 * movement.c -- what is around a figure that moves in points or states a
 * lead (stage: extract): the context tests the change rules of rules.c ask
 * about point changes and leads between parties -- "four points behind",
 * "a seven-point lead", "(+2)", "CON 32% -1", "the Greens gain two", "LAB
 * 2 ahead", "the lead fell to 3 points", "missed it by 2%" -- and whether a
 * sentence is about shares at all (a poll's, not a sport's points or a
 * stock index's). Each reads tokens only and answers; the words are word
 * sets (lexicon/wordsets.tsv: lead_noun, point_noun, lead_next, lead_pos,
 * lead_adv, lead_neg, shortfall, net, tie_word, index_name, sport_word,
 * poll_word). Must not: make or change claims (rules.c decides), or read
 * further than the sentences before and after the figure's.
 */
#include "figure.h"

#include <string.h>

/* What a sentence holds, for the tests below (bits). */
enum {
	SH_PERCENT = 1, /* a percentage: "%", "per cent", "percent" */
	SH_POLL = 2,    /* a survey noun or a poll word ("approval", "vote") */
	SH_NOPOINTS = 4, /* a sport's or a stock index's words: points are no shares there */
	SH_RATE = 8      /* a rate or a rate of change ("interest rates", "inflation") */
};

/* What sentence s holds (its first 2 * SENT_TOKENS tokens: a list of
 * figures without full stops must not make every figure read all of it). */
static unsigned sent_holds(const cc_xt *x, size_t s)
{
	size_t k = x->sfirst[s], end = s + 1 < x->nsent ? x->sfirst[s + 1] : x->ntok;
	unsigned h = 0;

	if (end - k > 2 * SENT_TOKENS)
		end = k + 2 * SENT_TOKENS;
	for (; k < end; k++) {
		if (punct(x, k, '%')) {
			h |= SH_PERCENT;
			continue;
		}
		if (!IS_WORD(k))
			continue;
		if (cc_tok_in(x, k, WS(PERCENT_WORD)) || (cc_tok_is(x, k, "per") && cc_tok_is(x, k + 1, "cent")))
			h |= SH_PERCENT;
		else if (HAS(W(x, k), LX_SURVEY_NOUN) || cc_tok_in(x, k, WS(POLL_WORD)))
			h |= SH_POLL;
		else if (cc_tok_in(x, k, WS(SPORT_WORD) | WS(INDEX_NAME)))
			h |= SH_NOPOINTS;
		else if (W(x, k) & ((1ull << LX_RATE) | (1ull << LX_GROWTH)))
			h |= SH_RATE;
	}
	return h;
}

int cc_cx_points_context(const cc_xt *x, size_t a)
{
	return !(sent_holds(x, TK(a)->sent) & SH_NOPOINTS);
}

int cc_cx_rate_context_points(const cc_xt *x, size_t a)
{
	return (sent_holds(x, TK(a)->sent) & (SH_RATE | SH_NOPOINTS)) == SH_RATE;
}

int cc_cx_poll_context(const cc_xt *x, size_t a)
{
	size_t s = TK(a)->sent;
	unsigned h = sent_holds(x, s);

	if (h & SH_NOPOINTS)
		return 0;
	if (h & (SH_PERCENT | SH_POLL))
		return 1;
	/* "The Conservatives drop three" after the poll's sentence; a
	 * headline ("Voss Ahead by 2 Points") before it */
	return (s > 0 && (sent_holds(x, s - 1) & (SH_PERCENT | SH_POLL))) ||
	       (s + 1 < x->nsent && (sent_holds(x, s + 1) & (SH_PERCENT | SH_POLL)));
}

size_t cc_cx_points_after(const cc_xt *x, size_t e)
{
	if (cc_tok_in(x, e, WS(POINT)) && !(TK(e)->fl & TF_NL))
		return e + 1;
	/* "a seven-point lead", "a 3-point gap": a compound */
	if (punct(x, e, '-') && glued(x, e - 1) && glued(x, e) && cc_tok_is(x, e + 1, "point"))
		return e + 2;
	return e;
}

int cc_cx_point_noun(const cc_xt *x, size_t q)
{
	size_t j;
	const cc_lex *l;

	for (j = q; j < q + 2 && IS_WORD(j) && same_sent(x, q - 1, j) && !(TK(j)->fl & TF_CAP); j++) {
		if (cc_tok_in(x, j, WS(LEAD_NOUN) | WS(POINT_NOUN)))
			return 1;
		if ((l = tok_lex(x, j, LX_UP)) || (l = tok_lex(x, j, LX_DOWN)))
			return l->v[0] > 0 ? 1 : -1;
		if (W(x, j) & (1ull << LX_STOP))
			break; /* one modifier, a content word: "an 8 point poll lead" */
	}
	return 0;
}

int cc_cx_lead_after(const cc_xt *x, size_t e)
{
	if (!IS_WORD(e) || (TK(e)->fl & TF_NL))
		return 0;
	if (cc_tok_is(x, e, "now") && cc_tok_in(x, e + 1, WS(LEAD_ADV)))
		e++; /* "four points now separating the parties" */
	if (cc_tok_in(x, e, WS(LEAD_ADV)))
		/* "2 clear days" is no lead: "clear" ends the phrase or takes "of" */
		return cc_tok_is(x, e, "clear") && IS_WORD(e + 1) && !cc_tok_is(x, e + 1, "of") && same_sent(x, e, e + 1)
		       ? 0 : cc_tok_in(x, e, WS(LEAD_NEG)) ? -1 : 1;
	if (cc_tok_is(x, e, "short") && cc_tok_is(x, e + 1, "of"))
		return -1;
	if (cc_tok_is(x, e, "in") && cc_tok_is(x, e + 1, "front"))
		return 1;
	return 0;
}

int cc_cx_lead_by(const cc_xt *x, size_t a, size_t e)
{
	size_t f, k;

	/* "by as little as 7%", "by just 2 points": words of emphasis between */
	for (k = a; k > 1 && a - k < 4 && !cc_tok_is(x, k - 1, "by") &&
		    (HAS(W(x, k - 1), LX_HEDGE) || cc_tok_is(x, k - 1, "as") || cc_tok_is(x, k - 1, "little") ||
		     cc_tok_is(x, k - 1, "much"));)
		k--;
	a = k;
	if (a < 2 || !cc_tok_is(x, a - 1, "by"))
		return 0;
	/* "Labour lead the Conservatives by 39% to 34%": two shares */
	if (cc_tok_is(x, e, "to") && IS_NUM(e + 1))
		return 0;
	if (cc_tok_in(x, a - 2, WS(LEAD_POS) | WS(LEAD_NEG)))
		return cc_tok_in(x, a - 2, WS(LEAD_NEG)) ? -1 : 1;
	f = sent_first(x, a);
	for (k = a - 1; k > f && a - k < 7;) {
		k--;
		if (punct(x, k, ',') || punct(x, k, ';') || punct(x, k, ':'))
			break;
		if (cc_tok_in(x, k, WS(SHORTFALL)))
			return -1; /* "missed the target by half a point" */
	}
	/* "Sorensen (31%) leads Bloomfield (19%) by 12 points", "the
	 * Republican leads in the other two, by 6 points in Missouri", "trust
	 * fell by 18 points, and on the economy by ten points": the lead or
	 * the movement the clause has before its "by" */
	for (k = a - 1; k > f && a - k < 18;) {
		k--;
		if (punct(x, k, ';') || punct(x, k, ':'))
			break;
		if (cc_tok_in(x, k, WS(LEAD_POS) | WS(LEAD_NEG)))
			return cc_tok_in(x, k, WS(LEAD_NEG)) ? -1 : 1;
		if (HAS(W(x, k), LX_DOWN) || HAS(W(x, k), LX_UP))
			return HAS(W(x, k), LX_DOWN) ? -1 : 1;
	}
	return 0;
}

int cc_cx_lead_subject(const cc_xt *x, size_t a, int points)
{
	size_t f = sent_first(x, a), k;
	cc_wsmask nouns = WS(LEAD_NOUN) | (points ? WS(POINT_NOUN) : 0);

	for (k = a; k > f && a - k < 12;) {
		k--;
		if (IS_NUM(k) && !(k > 0 && cc_tok_is(x, k - 1, "from")))
			return 0; /* another figure: its own subject; but "fell from 19% to 9%" */
		if (punct(x, k, ';') || punct(x, k, ':') || punct(x, k, ',') || punct(x, k, '(') ||
		    cc_tok_in(x, k, WS(CLAUSE_JOIN)))
			return 0;
		if (cc_tok_in(x, k, nouns) && !(TK(k)->fl & TF_CAP) &&
		    (cc_tok_in(x, k + 1, WS(LEAD_NEXT)) || tok_lex(x, k + 1, LX_UP) || tok_lex(x, k + 1, LX_DOWN)) &&
		    !(cc_tok_is(x, k + 1, "of") && cc_tok_is(x, k + 2, "error")))
			return 1;
	}
	return 0;
}

int cc_cx_signed(const cc_xt *x, const cc_num *n)
{
	size_t a = n->t0, e = n->t1, p;

	if (n->value < 0 && cc_tok_in(x, a, WS(NEG_WORD)))
		return -1; /* "a net rating of minus 12" */
	if (a > 0 && cc_tok_is(x, a - 1, "plus") && !cc_tok_is(x, a, "or") && !IS_NUM(e) && !punct(x, e, '='))
		return 1; /* "a balance of plus 3" (not "4 plus 3 = 7") */
	if (a == 0 || !glued(x, a - 1) || !(punct(x, a - 1, '+') || punct(x, a - 1, '-')))
		return 0;
	p = a - 1;
	if (IS_NUM(e) || punct(x, e, '=') || punct(x, e, '+') || punct(x, e, '/'))
		return 0; /* "+44 20 7946 0000", "1+1=2", "+1/-1" */
	if (punct(x, p, '+'))
		/* not "C++1", "x = +2", "A+1" */
		return p > 0 && (punct(x, p - 1, '+') || punct(x, p - 1, '=') || (IS_WORD(p - 1) && glued(x, p - 1))) ? 0 : 1;
	/* a minus written apart from what precedes it ("(-1)", "CON 32%
	 * -1", "Con -2"); "14-1" is a score */
	return p > 0 && (punct(x, p - 1, '(') || (TK(p)->fl & TF_SP)) ? -1 : 0;
}

int cc_cx_movement_before(const cc_xt *x, size_t a, size_t *verb)
{
	size_t k;
	const cc_lex *l;

	if (a == 0)
		return 0;
	k = a - 1;
	if (cc_tok_is(x, k, "by") && k > 0)
		k--;
	if (!IS_WORD(k) || !same_sent(x, k, a))
		return 0;
	if (!((l = tok_lex(x, k, LX_UP)) || (l = tok_lex(x, k, LX_DOWN))))
		return 0;
	if ((cc_tok_is(x, k, "up") || cc_tok_is(x, k, "down")) && k > 0 && IS_WORD(k - 1) && same_sent(x, k - 1, k) &&
	    !(TK(k - 1)->fl & TF_CAP)) {
		/* a verb's particle: "picked up one", "made up 7", "setting up
		 * two"; but "the Greens are up two", "and down 2", "support
		 * down 3" */
		const char *w = x->t + TK(k - 1)->s;
		size_t len = TK(k - 1)->e - TK(k - 1)->s;

		if (cc_tok_in(x, k - 1, WS(PARTICLE_VERB)) ||
		    (len > 3 && ((w[len - 2] == 'e' && w[len - 1] == 'd') || !strncmp(w + len - 3, "ing", 3))))
			return 0;
	}
	*verb = k;
	return l->v[0] > 0 ? 1 : -1;
}

int cc_cx_share_beside(const cc_xt *x, size_t k, size_t e)
{
	size_t j = k;
	cc_num m;

	/* after: "down two to 13 per cent", "up two points on 32%"; "fell
	 * by 10 to 640" is a count */
	if ((cc_tok_in(x, e, WS(LEVEL_PREP)) || cc_tok_is(x, e, "on")) && cc_num_parse(x, e + 1, &m))
		return (m.fl & NF_PERCENT) ? 1 : (m.fl & (NF_CURRENCY | NF_SCALE)) || m.value > 100 ? -1 : 0;
	/* before the verb: "8 per cent, up one", "47 down 1", "on 32%, up two" */
	while (j > 0 && (punct(x, j - 1, ',') || punct(x, j - 1, '(')))
		j--;
	if (j == 0 || !same_sent(x, j - 1, k))
		return 0;
	j--;
	return IS_NUM(j) || punct(x, j, '%') || cc_tok_is(x, j, "cent") || cc_tok_in(x, j, WS(PERCENT_WORD));
}

int cc_cx_lead_of(const cc_xt *x, size_t b, int points)
{
	return b >= 2 && cc_tok_is(x, b - 1, "of") &&
	       cc_tok_in(x, b - 2, WS(LEAD_NOUN) | (points ? WS(POINT_NOUN) : 0)) && !(TK(b - 2)->fl & TF_CAP);
}

int cc_cx_net_before(const cc_xt *x, size_t a)
{
	size_t k;

	if (a > 0 && cc_tok_in(x, a - 1, WS(NET)))
		return 1;
	/* "a 'net' satisfaction rating of 49 percent": the balance named a few
	 * words before */
	for (k = a; k > 0 && a - k < 6 && (IS_WORD(k - 1) || punct(x, k - 1, '\'') || punct(x, k - 1, '"'));)
		if (cc_tok_in(x, --k, WS(NET)) && k + 1 < a && (punct(x, k + 1, '\'') || punct(x, k + 1, '"')))
			return 1;
	return 0;
}

size_t cc_cx_from_tie(const cc_xt *x, size_t b)
{
	size_t k = b, f = sent_first(x, b), j;

	if (k > f && cc_tok_in(x, k - 1, WS(INDEF_ART)))
		k--;
	if (!(k > f + 2 && cc_tok_is(x, k - 1, "to")))
		return b;
	/* "from a tie", "from a dead heat", "from level pegging" */
	for (j = k - 1; j > f && k - j < 5;) {
		j--;
		if (cc_tok_is(x, j, "from"))
			return j + 1 < k - 1 && cc_tok_in(x, k - 2, WS(TIE_WORD)) ? j : b;
		if (!IS_WORD(j))
			break;
	}
	return b;
}

int cc_cx_points_sign(const cc_xt *x, size_t b, size_t e, size_t q)
{
	int s = cc_cx_point_noun(x, q), level = 0;

	/* "a seven-point lead", "a one point fall": the noun says; any other
	 * noun after "N-point" makes a compound ("a five-point plan") */
	if (s)
		return s;
	if (q == e + 2 || (cc_tok_is(x, q - 1, "point") && IS_WORD(q) && !cc_cx_lead_after(x, q) &&
			   same_sent(x, q - 1, q) && !(W(x, q) & (1ull << LX_STOP))))
		return 0;
	if (cc_cx_lead_of(x, b, 1))
		return 1; /* "a reduced lead of 2 points": the lead's size */
	if ((s = cc_cx_lead_by(x, b, q)) != 0)
		return s;
	if ((s = cc_cx_change_before(x, b, &level)) != 0 || level)
		return level ? 1 : s; /* "cut the lead to 3 points": the lead's size */
	if ((s = cc_cx_lead_after(x, q)) != 0 || (s = cc_cx_change_after(x, q)) != 0)
		return s;
	return cc_cx_lead_subject(x, b, 1); /* "a gap of 18 points", "a margin of 10 points" */
}

int cc_cx_counted_before(const cc_xt *x, size_t a)
{
	long prev = cc_last_in_sentence(x, TK(a)->sent);
	const cc_claim *c;

	if (prev < 0)
		return 0;
	c = &x->doc->claims[prev];
	return c->kind == CC_KIND_COUNT && c->unit; /* (a poll's sample, "of 1,500 adults", is its base, not the noun) */
}
