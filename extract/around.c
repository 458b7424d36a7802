/*
 * around.c -- what is around a figure (stage: extract): the context tests
 * the claim rules ask ("is a change word before it?", "does an opinion
 * verb follow?", "is this the noun it counts?", "is it in a survey
 * sentence?"). Each reads tokens only and answers; the closed word lists
 * they ask about are word sets (lexicon/wordsets.tsv, cc_tok_in) or
 * lexicon classes. Must not: make or change claims (rules.c, claims.c
 * decide), or look further back than the sentence (SENT_TOKENS).
 */
#include "figure.h"
#include "../core/vocab.h"

#include <string.h>

/* A determiner or object pronoun at token k: the word before it is a verb. */
int cc_cx_determiner(const cc_xt *x, size_t k)
{
	return cc_tok_in(x, k, WS(DEF_DET) | WS(POSS) | WS(MY) | WS(OBJ_PRON));
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
/* Word j is a participle before a noun of people ("chosen residents",
 * "selected voters"): an adjective there, even when the word is also a
 * verb of opinion ("had chosen Labour"). */
static int participle_of_people(const cc_xt *x, size_t j)
{
	size_t len;
	const char *w;

	if (!IS_WORD(j) || !IS_WORD(j + 1) || !same_sent(x, j, j + 1) || (TK(j + 1)->fl & TF_CAP))
		return 0;
	len = TK(j)->e - TK(j)->s;
	w = x->t + TK(j)->s;
	if (len <= 4 || !((w[len - 2] == 'e' && (w[len - 1] == 'd' || w[len - 1] == 'n'))))
		return 0;
	if ((W(x, j + 1) & ((1ull << LX_GROUP) | (1ull << LX_RESPONDENT))) || cc_tok_in(x, j + 1, WS(PEOPLE_NOUN)))
		return 1;
	/* any plural noun ("chosen householders"): not "chosen this" */
	len = TK(j + 1)->e - TK(j + 1)->s;
	w = x->t + TK(j + 1)->s;
	return len > 3 && w[len - 1] == 's' && w[len - 2] != 's' && !W(x, j + 1);
}

/* "3,615 Penn State students", "400 Sinn Fein councillors": a name of
 * two or three capitalised words (not opening a line) before a lower-case
 * noun of people modifies it; the end of the name, else k. */
static size_t name_before_people(const cc_xt *x, size_t k)
{
	size_t j = k;

	while (j < k + 3 && IS_WORD(j) && (TK(j)->fl & TF_CAP) && !(TK(j)->fl & (TF_NL | TF_SENT)) && same_sent(x, k, j))
		j++;
	if (j < k + 2 || !IS_WORD(j) || (TK(j)->fl & TF_CAP) || !same_sent(x, k, j))
		return k;
	return ((W(x, j) & ((1ull << LX_GROUP) | (1ull << LX_RESPONDENT))) || cc_tok_in(x, j, WS(PEOPLE_NOUN))) ? j : k;
}

size_t cc_cx_noun_phrase(const cc_xt *x, size_t k, int allow_cap)
{
	size_t j = k, last = k;

	/* "six more nurses", "20,000 extra seats", "four other banks", "900 fewer posts" */
	if (cc_tok_in(x, k, WS(EXTRA)) &&
	    IS_WORD(k + 1) && same_sent(x, k, k + 1) && !cc_tok_is(x, k + 1, "than") &&
	    !(W(x, k + 1) & ((1ull << LX_STOP) | (1ull << LX_OPINION) | (1ull << LX_DURATION) | (1ull << LX_SURVEY_VERB))) &&
	    !(TK(k + 1)->fl & TF_CAP)) {
		size_t e = cc_cx_noun_phrase(x, k + 1, allow_cap);

		return e > k + 1 ? e : k;
	}
	size_t lim = k + 4, capok = name_before_people(x, k);

	while (j < x->ntok && j < lim && IS_WORD(j) && same_sent(x, k, j)) {
		unsigned long long c = W(x, j);
		size_t len = TK(j)->e - TK(j)->s;
		const char *w = x->t + TK(j)->s;
		if ((TK(j)->fl & (TF_NL | TF_CAP)) == (TF_NL | TF_CAP))
			break; /* "LAB 35+1\nCON 33": a capital opening the next line is its label */
		if (cc_tok_in(x, j, WS(SUBJECT_END)))
			break; /* "the poll of 1,200 found ...": a finding's verb */
		if (j == k && (cc_tok_in(x, j, WS(COMPLETE_VERB)) || cc_tok_in(x, j, WS(RESPOND_VERB))) &&
		    !(IS_WORD(j + 1) && x->t[TK(j + 1)->e - 1] == 's' && !W(x, j + 1)))
			break; /* "Some 1,500 took part", "and 860 answered the survey": a verb, no
				* noun (not "4,800 completed forms") */
		if (c & ((1ull << LX_STOP) | (1ull << LX_OPINION) | (1ull << LX_DURATION) | (1ull << LX_MONTH) |
			 (1ull << LX_CLOCK) | (1ull << LX_AGE) | (1ull << LX_SURVEY_VERB) | (1ull << LX_UP) |
			 (1ull << LX_DOWN) | (1ull << LX_CMP) | (1ull << LX_HEDGE) | (1ull << LX_UNIT) |
			 (1ull << LX_TENS) | (1ull << LX_SCALE)) &&
		    !((c & (1ull << LX_OPINION)) && participle_of_people(x, j)))
			break;
		if ((TK(j)->fl & TF_CAP) && !allow_cap && j >= capok && !(TK(j)->fl & TF_UPPER) && !plural_acronym(w, len) &&
		    !(w[len - 1] == 's' && len > 3 && (j == k || !(TK(j - 1)->fl & TF_CAP))) &&
		    !(j == k && !(TK(j)->fl & TF_SENT) && IS_WORD(j + 1) && same_sent(x, j, j + 1) &&
		      !(TK(j + 1)->fl & TF_CAP) && !(W(x, j + 1) & ~((1ull << LX_GROUP) | (1ull << LX_RESPONDENT))) &&
		      TK(j + 1)->e - TK(j + 1)->s > 3 &&
		      x->t[TK(j + 1)->e - 1] == 's' && x->t[TK(j + 1)->e - 2] != 's') &&
		    !(j == k && !(TK(j)->fl & TF_SENT) && IS_WORD(j + 1) && same_sent(x, j, j + 1) &&
		      plural_acronym(x->t + TK(j + 1)->s, TK(j + 1)->e - TK(j + 1)->s)))
			break; /* a name, unless it modifies a plural: "17 Green councillors", "34 Labour MPs" */
		if (len > 3 && ((w[len - 2] == 'e' && w[len - 1] == 'd') || (w[len - 2] == 'l' && w[len - 1] == 'y')) &&
		    (j > k || !((IS_WORD(j + 1) && !(W(x, j + 1) & ~((1ull << LX_GROUP) | (1ull << LX_RESPONDENT))) &&
				 !(TK(j + 1)->fl & TF_CAP)) ||
				participle_of_people(x, j + 1))) &&
		    !(j == k + 1 && w[len - 1] == 'd' && x->t[TK(k)->e - 1] == 'y' && IS_WORD(j + 1) && same_sent(x, j, j + 1) &&
		      ((W(x, j + 1) & ((1ull << LX_GROUP) | (1ull << LX_RESPONDENT))) || cc_tok_in(x, j + 1, WS(PEOPLE_NOUN)))))
			break; /* a verb or adverb, unless an adjective before a noun ("300 registered nurses",
				* "700 likely buyers", "400 randomly chosen residents") */
		if (len > 4 && w[len - 3] == 'i' && w[len - 2] == 'n' && w[len - 1] == 'g' && !(TK(j)->fl & TF_CAP) &&
		    !(j == k && IS_WORD(j + 1) && same_sent(x, j, j + 1) && !(TK(j + 1)->fl & TF_CAP) &&
		      (W(x, j + 1) & ((1ull << LX_GROUP) | (1ull << LX_RESPONDENT))) &&
		      !(W(x, j + 1) & ~((1ull << LX_GROUP) | (1ull << LX_RESPONDENT)))))
			break; /* a verb, unless before people ("30,000 nursing staff", "500 working
				* people"); "12 Airbus planes" is a name */
		j++;
		last = j;
		if (c & (1ull << LX_GROUP))
			break; /* "children", "people": a head noun */
		/* a noun phrase ends at its plural head */
		if (w[len - 1] == 's' && !(IS_WORD(j) && !W(x, j) && !(TK(j)->fl & TF_CAP) &&
					   x->t[TK(j)->e - 1] == 's' && x->t[TK(j)->e - 2] != 's' &&
					   !cc_tok_in(x, j, WS(FINDS))))
			break; /* "sales figures" continue; "farmers suggests" does not */
		/* hyphenated compounds: "city-dwellers"; the inner words of a
		 * longer one are no phrase's end ("412 face-to-face interviews") */
		if (punct(x, j, '-') && glued(x, j - 1) && glued(x, j) && IS_WORD(j + 1)) {
			while (punct(x, j + 2, '-') && glued(x, j + 1) && glued(x, j + 2) && IS_WORD(j + 3) && j + 3 < k + 10) {
				j += 2;
				lim += 2;
			}
			j++;
		}
	}
	return last;
}

/* Subject after a proportion: "of managers", "of those asked", "those
 * surveyed", "public sector managers". */
void cc_cx_subject_after(const cc_xt *x, size_t k, size_t *s0, size_t *s1, int direct)
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
		size_t e = cc_cx_noun_phrase(x, j, 1);
		if (e > j) {
			*s0 = j;
			*s1 = e;
		}
	}
}

/* Sample-size context before token a (the figure or its hedge). */
int cc_cx_survey_before(const cc_xt *x, size_t a)
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
	if (cc_tok_in(x, k, WS(SAMPLE_PREP))) {
		size_t j = k;

		if (j >= 2 && j - 1 > lim && punct(x, j - 1, ',') && cc_cx_sample_noun(x, j - 2))
			return 1; /* "A further poll, of 500 people" */
		while (j-- > lim) {
			if (cc_cx_sample_noun(x, j))
				return 1; /* "a poll of", "a cross-section of" */
			if (!IS_WORD(j) && !punct(x, j, '-'))
				break;
		}
	}
	/* "asked a total of 2,000" / "questioned a weighted sample of" handled above */
	return 0;
}

/* After the noun: "1,500 people were interviewed", "took part", respondents. */
int cc_cx_survey_after(const cc_xt *x, size_t e, size_t u0, size_t u1)
{
	size_t j;
	for (j = u0; j < u1; j++)
		if (HAS(W(x, j), LX_RESPONDENT))
			return 1;
	if (cc_tok_in(x, e, WS(BE_HAVE_PAST)) || cc_tok_is(x, e, "are")) {
		/* "were interviewed", "are interviewed each evening" (a
		 * tracking poll's method, in the present) */
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
int cc_cx_job_interview(const cc_xt *x, size_t e)
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

/* "take-up", "sign-up", "turn-down": "up"/"down" at k ending a hyphened
 * noun, no change verb. */
static int compound_tail(const cc_xt *x, size_t k)
{
	return k >= 2 && (cc_tok_is(x, k, "up") || cc_tok_is(x, k, "down")) && punct(x, k - 1, '-') &&
	       glued(x, k - 1) && glued(x, k - 2) && IS_WORD(k - 2);
}

/* Change direction from the words before the figure (0 when none). */
int cc_cx_change_before(const cc_xt *x, size_t a, int *level)
{
	size_t k = a, f = a < x->ntok ? sent_first(x, a) : 0;
	int n;
	*level = 0;
	if (k == 0 || k <= f)
		return 0;
	k--;
	if (k > f + 1 && IS_WORD(k) && !W(x, k) && !(TK(k)->fl & TF_CAP) && cc_tok_in(x, k - 1, WS(INDEF_ART)) &&
	    (cc_tok_in(x, k - 2, WS(CHANGE_PREP)) || tok_lex(x, k - 2, LX_UP) || tok_lex(x, k - 2, LX_DOWN)))
		k -= 2; /* "dropped by a whopping 7%", "rose a staggering 20%": an adjective of size */
	if (cc_tok_in(x, k, WS(LEVEL_PREP))) {
		*level = 1;
		return 0;
	}
	if (cc_tok_is(x, k, "between") && k > f)
		k--;
	if (cc_tok_in(x, k, WS(CHANGE_PREP)) && k > f) {
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
			if (compound_tail(x, j))
				break; /* "take-up of nearly two-thirds": a noun, the level taken up */
			if (HAS(c, LX_UP) && tok_lex(x, j, LX_UP))
				return 1;
			if (HAS(c, LX_DOWN) && tok_lex(x, j, LX_DOWN))
				return -1;
			if (HAS(c, LX_OPINION) || HAS(c, LX_SURVEY_VERB))
				break; /* "costs rose even faster by 9.1%" goes on */
		}
	}
	if (cc_tok_in(x, k, WS(CHANGE_PREP)) && k > f)
		k--;
	for (n = 0; n < 4 && k >= f; n++) {
		unsigned long long c = W(x, k);
		const cc_lex *l;
		if (compound_tail(x, k))
			return 0; /* "take-up of" */
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

/* "as likely", "as many", "as fast" after a multiple ("three times as
 * likely"), not the conjunction ("four times as a player", "twice as
 * Ulster pressed"): "as" and a lower-case word that opens no noun phrase. */
int cc_cx_as_much(const cc_xt *x, size_t k)
{
	return cc_tok_is(x, k, "as") && IS_WORD(k + 1) && same_sent(x, k, k + 1) && !(TK(k + 1)->fl & TF_CAP) &&
	       !cc_tok_in(x, k + 1, WS(ART) | WS(DEF_DET) | WS(POSS) | WS(MY) | WS(OBJ_PRON) | WS(PRON_PL));
}

/* "15% lower than", "20% more likely than" */
int cc_cx_change_after(const cc_xt *x, size_t e)
{
	const cc_lex *l;
	int lead = cc_cx_lead_after(x, e);

	if (lead)
		return lead; /* "5% ahead of", "11% points clear", "10% short of" */
	if (cc_tok_in(x, e, WS(BELOW_WORD) | WS(ABOVE_WORD))) {
		/* "10% under the NHS target", "2% above the average": a
		 * difference from a mark (not "15% under the age of 30") */
		size_t j;

		for (j = e + 1; j < e + 4 && IS_WORD(j) && same_sent(x, e, j); j++)
			if (cc_tok_in(x, j, WS(MARK_NOUN)))
				return cc_tok_in(x, e, WS(BELOW_WORD)) ? -1 : 1;
	}

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
int cc_cx_change_noun(const cc_xt *x, size_t a, size_t e)
{
	const cc_lex *l;
	size_t j = e;

	int art = (a > 0 && (cc_tok_in(x, a - 1, WS(ART) | WS(DEF_DET)) || cc_tok_is(x, a - 1, "this"))) ||
		  cc_tok_in(x, a, WS(INDEF_ART)) || /* "a half percentage point cut" (invented) */
		  (a > 0 && IS_WORD(a - 1) && TK(a - 1)->e - TK(a - 1)->s > 2 && x->t[TK(a - 1)->e - 1] == 's' &&
		   x->t[TK(a - 1)->e - 2] == '\''); /* "Friday's 3% gain" */

	if (art && cc_tok_in(x, j, WS(LEAD_NOUN)) && !(cc_tok_is(x, j + 1, "of") && cc_tok_is(x, j + 2, "error")))
		return 1; /* "a 2% lead", "Labour's 10% advantage": a lead is a change */
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
	if (art && j > e && cc_tok_in(x, j, WS(LEAD_NOUN)))
		return 1; /* "a 5% poll lead" */
	if ((l = tok_lex(x, j, LX_UP)) || (l = tok_lex(x, j, LX_DOWN))) {
		const char *w = x->t + TK(j)->s;
		size_t len = TK(j)->e - TK(j)->s;

		if (len > 3 && ((w[len - 2] == 'e' && w[len - 1] == 'd') || !strncmp(w + len - 3, "ing", 3)))
			return 0; /* a verb form: "the 5% rated" */
		return l->v[0] > 0 ? 1 : -1;
	}
	return 0;
}

/* "the quarterly rise was 0.4%", "put the rise at 0.9%", "the fall is
 * 2%": the figure is the size of a change named by a noun before its
 * copula or "at" (a determiner, maybe one modifier, then the noun; not a
 * verb: "prices rose at 5%" has none). Sign of the noun, 0 none. */
int cc_cx_change_subject(const cc_xt *x, size_t a)
{
	size_t k, n;
	const cc_lex *l;
	const char *w;

	if (a < 3 || !(cc_tok_is(x, a - 1, "at") || cc_tok_in(x, a - 1, WS(COPULA_MODAL))) || !same_sent(x, a - 3, a))
		return 0;
	n = a - 2;
	if (!((l = tok_lex(x, n, LX_UP)) || (l = tok_lex(x, n, LX_DOWN))))
		return 0;
	w = x->t + TK(n)->s;
	k = TK(n)->e - TK(n)->s;
	if (k > 3 && ((w[k - 2] == 'e' && w[k - 1] == 'd') || !strncmp(w + k - 3, "ing", 3)))
		return 0; /* "the prices quoted rose ...": a verb form */
	k = n - 1;
	if (IS_WORD(k) && !W(x, k) && k > 0 && !cc_tok_in(x, k, WS(ART) | WS(DEF_DET)))
		k--; /* one modifier: "the quarterly rise" */
	return cc_tok_in(x, k, WS(ART) | WS(DEF_DET) | WS(POSS)) || cc_tok_is(x, k, "this") ? (l->v[0] > 0 ? 1 : -1) : 0;
}

/* "takings slid 12% at one store and 7.5% at another": a percentage in a
 * list after a percentage change in the same clause takes its sign (0 when
 * not such a figure; a figure of something -- "of voters" -- or a finding
 * -- "40% said" -- never is). */
int cc_cx_change_list(const cc_xt *x, const cc_num *n, size_t a)
{
	long prev = x->nci ? (long)x->nci - 1 : -1;
	const cc_claim *c;

	if (prev >= 0 && a > 0 && x->ci[prev].sent == TK(a)->sent) {
		size_t k;

		for (k = x->ci[prev].t1; k < a && k < x->ci[prev].t1 + 8; k++)
			if (punct(x, k, ')'))
				return 0; /* "53% (up 7% from May) and 35% (down 6%)": a change in
					   * brackets is about the share before it; the list is of shares */
	}
	if (prev < 0 || a == 0 || x->ci[prev].sent != TK(a)->sent || x->ci[prev].t1 + 8 < a ||
	    !(cc_tok_in(x, a - 1, WS(LIST_CONT)) || punct(x, a - 1, ',') ||
	      (cc_tok_is(x, a - 1, "than") && a >= 2 && cc_tok_is(x, a - 2, "rather"))))
		return 0; /* "rose by 3% in the north and by 6.5% in the south", "grow by 4.1% rather than 4.5%" */
	{
		size_t k;

		for (k = x->ci[prev].t1; k < a; k++)
			if (punct(x, k, ')'))
				return 0; /* "53% back it (up 7%) and 35% oppose it": the change was an aside */
	}
	c = &x->doc->claims[prev];
	if (c->kind != CC_KIND_CHANGE || (c->traits & (CC_TRAIT_POINTS | CC_TRAIT_MULTIPLIER)) ||
	    !(c->traits & CC_TRAIT_PERCENT) || (n->fl & NF_POINTS))
		return 0;
	if (cc_tok_is(x, n->t1, "of") || cc_cx_opinion_after(x, n->t1))
		return 0;
	return c->value < 0 ? -1 : 1;
}

/* "on a year earlier", "on the month", "year-on-year" (as the tokens
 * year - on - year) right after the figure. */
int cc_cx_period_on(const cc_xt *x, size_t e)
{
	if (cc_tok_in(x, e, WS(PERIOD_UNIT)) && punct(x, e + 1, '-') && cc_tok_is(x, e + 2, "on"))
		return 1;
	return cc_tok_is(x, e, "on") && (cc_tok_is(x, e + 1, "a") || cc_tok_is(x, e + 1, "the")) &&
	       cc_tok_in(x, e + 2, WS(PERIOD_UNIT));
}

/* "interest rates from their current 4.5%": an interest rate is a level
 * even in a sentence about growth. */
int cc_cx_interest_before(const cc_xt *x, size_t a)
{
	size_t f = sent_first(x, a), k;

	for (k = a; k > f && a - k < 6;) {
		k--;
		if (cc_tok_in(x, k, WS(RATE_KIND)))
			return 1;
	}
	return 0;
}

/* A word of class c earlier in a's sentence; a level-rate word used as a
 * verb ("86% rate the South Pacific as important", "voters rate him")
 * is none. */
static int class_earlier(const cc_xt *x, size_t a, cc_lex_class c)
{
	size_t k;

	for (k = sent_first(x, a); k < a; k++)
		if (HAS(W(x, k), c) &&
		    !(c == LX_RATE && cc_tok_in(x, k + 1, WS(DEF_DET) | WS(OBJ_PRON) | WS(MY) | WS(INDEF_ART))))
			return 1;
	return 0;
}

/* A word of a rate of change (growth, inflation...) earlier in a's clause
 * (after the last ':' or ';': "the gap was on inflation: a majority (61%)
 * of the young" is a share). */
int cc_cx_growth_context(const cc_xt *x, size_t a)
{
	size_t k, f = sent_first(x, a);

	for (k = a; k > f;) {
		k--;
		if (punct(x, k, ':') || punct(x, k, ';'))
			return 0;
		if (HAS(W(x, k), LX_GROWTH))
			return 1;
	}
	return 0;
}

/* A word of a level rate (unemployment rate...) earlier in a's sentence. */
int cc_cx_rate_context(const cc_xt *x, size_t a)
{
	return class_earlier(x, a, LX_RATE);
}

/* A margin of error: "±" or "plus or minus" right before a, or "margin of
 * error" fewer than 12 tokens before it in the sentence. */
/* Does a margin phrase ending before token k reach the figure at a: no
 * bracket closed, no clause ended and no other figure between ("(within
 * the margin of error), the PQ falls four points" does not)? */
static int margin_reaches(const cc_xt *x, size_t k, size_t a)
{
	for (; k < a; k++)
		if (punct(x, k, ')') || punct(x, k, ';') || punct(x, k, ',') || IS_NUM(k))
			return 0;
	return 1;
}

int cc_cx_moe_context(const cc_xt *x, size_t a)
{
	size_t f = sent_first(x, a), k, j;

	/* "MOE 3.2% / 3.9% / 3.5%": a column of a labelled line of margins,
	 * read at the line's first figure */
	for (k = a; k > f + 2 && punct(x, k - 1, '/') && !glued(x, k - 2) && punct(x, k - 2, '%') && IS_NUM(k - 3);) {
		k -= 3;
		while (k > f && (IS_NUM(k - 1) || punct(x, k - 1, '.')) && glued(x, k - 1))
			k--; /* the whole of "3.2" */
	}
	if (k < a)
		return cc_cx_moe_context(x, k);
	if (a > 0 && punct(x, a - 1, 'P'))
		return 1;
	k = a;
	if (k > 0 && HAS(W(x, k - 1), LX_HEDGE))
		k--; /* "plus or minus about 4 points" */
	if (k >= 3 && cc_cx_plus_minus(x, k - 3) == 3)
		return 1; /* "plus or minus 3", "+/-2.4 percentage points" */
	if (k >= 1 && cc_tok_is(x, k - 1, "within") && cc_cx_margin_named(x, f, k))
		return 1; /* "a margin of error: ... the true value lies within 2.31% of the result" */
	/* "margin of error", "sampling error", "error margin", "MOE 3.2%":
	 * within a few words before the figure, in its clause */
	for (j = a > 12 ? a - 12 : 0; j < f; j++)
		;
	for (; j < a; j++)
		if (cc_tok_vocab(x, j, CC_V_MARGIN_WORD))
			return margin_reaches(x, j + 1, a);
	return 0;
}

size_t cc_cx_plus_minus(const cc_xt *x, size_t k)
{
	if (punct(x, k, 'P'))
		return 1;
	if ((cc_tok_is(x, k, "plus") && cc_tok_is(x, k + 1, "or") && cc_tok_is(x, k + 2, "minus")) ||
	    (punct(x, k, '+') && punct(x, k + 1, '/') && punct(x, k + 2, '-')))
		return 3;
	return 0;
}

int cc_cx_margin_named(const cc_xt *x, size_t from, size_t to)
{
	size_t j;

	for (j = from; j < to && j < x->ntok; j++)
		if (cc_tok_vocab(x, j, CC_V_MARGIN_WORD) || cc_cx_plus_minus(x, j))
			return 1;
	return 0;
}

/* An opinion verb soon after the figure and its subject ("39% opposed",
 * "a quarter of 14-16 year olds knew", "A majority, 52%, said"). */
int cc_cx_opinion_after(const cc_xt *x, size_t e)
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

/* Words after the figure that make it a date, time, duration or age
 * ("five years", "9.30am", "a two-year deal", "10:30", "40 years old"). */
int cc_cx_time_after(const cc_xt *x, size_t e)
{
	size_t j = e;
	if (punct(x, j, '-') && glued(x, j - 1) && IS_WORD(j + 1))
		return 1; /* "two-year", "46-year", "two-way": a compound adjective */
	if (IS_WORD(j) && glued(x, j - 1) && HAS(W(x, j), LX_CLOCK))
		return 1; /* "9.30am" */
	if (IS_WORD(j) && HAS(W(x, j), LX_MONTH) && (TK(j)->fl & TF_CAP))
		return 1;
	if (IS_WORD(j) && (HAS(W(x, j), LX_DURATION) || HAS(W(x, j), LX_CLOCK)) &&
	    !((TK(j)->fl & TF_UPPER) && TK(j)->e - TK(j)->s <= 3 && IS_WORD(j + 1) && !glued(x, j)))
		return 1; /* (not "500 HR directors": capitals before a noun are an abbreviation) */
	if (IS_WORD(j) && IS_WORD(j + 1) && HAS(W(x, j + 1), LX_DURATION) &&
	    cc_tok_in(x, j, WS(RUN_ADJ)))
		return 1;
	if (punct(x, j, ':') && IS_NUM(j + 1) && glued(x, j))
		return 1;
	if (cc_tok_is(x, j, "years") && cc_tok_is(x, j + 1, "old"))
		return 1;
	return 0;
}

/* Words before the figure that make it a date, an age or a label ("May
 * 5", "aged 40", "No 10", "over-65s", "G8", "#3"). */
int cc_cx_time_before(const cc_xt *x, size_t a)
{
	size_t k;
	if (a == 0)
		return 0;
	k = a - 1;
	if (IS_WORD(k) && HAS(W(x, k), LX_MONTH) && (TK(k)->fl & TF_CAP))
		return 1;
	if (k > 0 && punct(x, k, '.') && glued(x, k - 1) && IS_WORD(k - 1) && HAS(W(x, k - 1), LX_MONTH) &&
	    (TK(k - 1)->fl & TF_CAP) && TK(k - 1)->e - TK(k - 1)->s <= 4)
		return 1; /* "Sept. 6-8", "Jan. 5": a month cut short */
	if (IS_WORD(k) && HAS(W(x, k), LX_AGE))
		return 1;
	if (k > 0 && IS_WORD(k) && HAS(W(x, k), LX_HEDGE) && IS_WORD(k - 1) && HAS(W(x, k - 1), LX_AGE))
		return 1; /* "aged over 18", "those aged under 30": a bound of an age */
	if (k >= 2 && cc_tok_in(x, k, WS(RANGE_JOIN)) && IS_NUM(k - 1) && IS_WORD(k - 2) && HAS(W(x, k - 2), LX_AGE))
		return 1; /* "aged 8 to 17": the band's upper end */
	if (k > 0 && IS_WORD(k) && (HAS(W(x, k - 1), LX_AGE) || (k > 1 && HAS(W(x, k - 2), LX_AGE)))) {
		size_t h0;

		if (cc_hedge_before(x, a, &h0) && h0 > 0 && HAS(W(x, h0 - 1), LX_AGE))
			return 1; /* "adults aged over 18", "aged more than 65": an age band */
	}
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
int cc_cx_name_number(const cc_xt *x, size_t a, const cc_num *n)
{
	const cc_tok *t = TK(a);
	size_t k;

	/* A name is capitalised throughout: "One in four", "Two thirds of"
	 * have a word in lower case and are figures, not names */
	if (n->fl & NF_WORD)
		for (k = a + 1; k < n->t1; k++)
			if (IS_WORD(k) && !(TK(k)->fl & TF_CAP))
				return 0;
	/* a capital at the start of a line (after a byline or a heading
	 * with no full stop) opens a sentence, as after one */
	if ((n->fl & NF_WORD) && (t->fl & TF_CAP) && !(t->fl & (TF_SENT | TF_NL)) &&
	    !(a > 0 && punct(x, a - 1, '"')) && !(a > 0 && punct(x, a - 1, '(')))
		return 1;
	if ((n->fl & NF_WORD) && (t->fl & TF_CAP) && IS_WORD(n->t1) && (TK(n->t1)->fl & TF_CAP) &&
	    !(n->fl & (NF_PERCENT | NF_CURRENCY)))
		return 1; /* "Three Gorges", "Double Olympic" */
	if ((n->fl & NF_DIGITS) && !(n->fl & (NF_SEPARATORS | NF_SCALE | NF_PERCENT | NF_CURRENCY)) &&
	    n->value < 1000 && a > 0 && IS_WORD(a - 1) && (TK(a - 1)->fl & TF_CAP) && !(TK(a - 1)->fl & TF_SENT) &&
	    !HAS(W(x, a - 1), LX_MONTH) && !HAS(W(x, a - 1), LX_HEDGE) &&
	    !(cc_tok_in(x, a - 1, WS(ART)) && a >= 2 && punct(x, a - 2, '"') && glued(x, a - 2)))
		return 1; /* but 'said: "A 33 point gap': a quotation opens on an article */
	return 0;
}

/* The hedge before the figure at a, kept on p (not a bound of an age, "under
 * 16", nor a phrasal verb, "added up to", "handed over"). */
/* A word of income (lexicon class income_word). */
static int income_word(const cc_xt *x, size_t k)
{
	return cc_tok_vocab(x, k, CC_V_INCOME_WORD);
}

void cc_cx_with_hedge(const cc_xt *x, cc_spec *p, size_t a)
{
	size_t h0;
	const cc_lex *h = cc_hedge_before(x, a, &h0);

	if (!h && a > 0 && (punct(x, a - 1, '<') || punct(x, a - 1, '>')) && glued(x, a - 1)) {
		/* "2 (<1%)", ">90%": the signs read as "less than", "more than" */
		p->hedge = cc_lex_find(punct(x, a - 1, '<') ? "less than" : "more than", 9, LX_HEDGE);
		p->h0 = p->hedge ? a - 1 : p->h0;
		return;
	}
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
	/* "women earning more than £50,000", "salaries of over £100,000":
	 * the bound of a category of income */
	if (h0 > 0 && TK(a)->type == TK_SYM &&
	    (income_word(x, h0 - 1) || (h0 > 1 && (cc_tok_is(x, h0 - 1, "of") || cc_tok_is(x, h0 - 1, "on")) &&
					income_word(x, h0 - 2))))
		return;
	p->hedge = h;
	p->h0 = h0;
}

/* "a mean of", "a mean rating of", "an average score of" right before the
 * figure: a mean of ratings or scores ("an average of 3 goals" is not). */
int cc_cx_mean_before(const cc_xt *x, size_t b)
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
	return cc_tok_in(x, k - 1, WS(MEAN_WORD));
}

/* "the 48,000 new homes", "its 12,500 staff", "the 90 million mobile users":
 * a large figure written with separators or a scale word, before a plural
 * group, is a count even after "the" (which makes "the two firms" point
 * back); "the 30,000 mark", "the 50m note", "its 4G masts" are not. */
int cc_cx_big_group(const cc_xt *x, const cc_num *n, size_t ue)
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
int cc_cx_market_level(const cc_xt *x, size_t b)
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
int cc_cx_list_continues(const cc_xt *x, const cc_num *n, size_t b)
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
int cc_cx_group_of_percent(const cc_xt *x, const cc_num *n, size_t b, size_t ue, long prev)
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
	return cc_cx_opinion_after(x, ue);
}
