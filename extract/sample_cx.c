/*
 * sample_cx.c -- what makes a plain cardinal a survey's sample, and a
 * share one of a subgroup (stage: extract): the context tests the sample
 * rules of rules.c ask besides around.c's survey_before/after. A sample
 * needs no "survey of" (gold conventions 4 and 10): any stated number of
 * people interviewed or taking part is one -- labelled ("Base: 1,235"),
 * in a survey's clause ("fieldwork was done with 1,240 adults", "the
 * newest figures, from 1,900 adults", "the study spanned 4,200 people"),
 * by what the people did ("860 teachers responded", "9,500 questionnaires
 * came back"), the parts of a sample ("including 233 ...") and the base of
 * a crossbreak ("Among the 212 18-24-year-olds, ..."). The words are word
 * sets (lexicon/wordsets.tsv) and tokenizer classes (survey.tsv).
 * Must not: make or change claims (rules.c), link them (link.c), or look
 * further back than the sentence (SENT_TOKENS).
 */
#include "figure.h"
#include "../core/vocab.h"

/* Survey words: a survey noun or verb, a respondent noun, or a word of
 * doing a survey ("fieldwork", "pollsters"). */
static int survey_word(const cc_xt *x, size_t k)
{
	return (W(x, k) & ((1ull << LX_SURVEY_NOUN) | (1ull << LX_SURVEY_VERB) | (1ull << LX_RESPONDENT))) ||
	       cc_tok_in(x, k, WS(SURVEY_WORK));
}

/* A survey word in k's sentence. */
int cc_cx_survey_sentence(const cc_xt *x, size_t k)
{
	size_t j, f = sent_first(x, k), end = sent_end(x, k);

	if (end > k + SENT_TOKENS)
		end = k + SENT_TOKENS;
	for (j = f; j < end; j++)
		if (survey_word(x, j))
			return 1;
	return 0;
}

/* An age band at k: "aged ...", "18-24 year olds", "18 to 24", "over-65s",
 * "under 30s", "over 65", "16-year-olds", "older than 30". */
int cc_cx_is_age_band(const cc_xt *x, size_t k)
{
	size_t j = k;

	if (k >= x->ntok)
		return 0;
	if (HAS(W(x, k), LX_AGE))
		return 1;
	if ((cc_tok_is(x, k, "older") || cc_tok_is(x, k, "younger")) && cc_tok_is(x, k + 1, "than"))
		return 1;
	if (HAS(W(x, k), LX_HEDGE) && (cc_tok_is(x, k, "over") || cc_tok_is(x, k, "under"))) {
		j = k + 1;
		if (punct(x, j, '-') && glued(x, k))
			j++;
		return IS_NUM(j) && !(IS_WORD(j + 1) && !glued(x, j) && !HAS(W(x, j + 1), LX_DURATION) &&
				      !HAS(W(x, j + 1), LX_AGE) && W(x, j + 1)); /* not "over 60 firms" */
	}
	if (!IS_NUM(j))
		return 0;
	if ((punct(x, j + 1, '-') || cc_tok_is(x, j + 1, "to")) && IS_NUM(j + 2))
		return 1; /* "18-24", "35 to 44" */
	if (punct(x, j + 1, '-') && glued(x, j) && (cc_tok_is(x, j + 2, "year") || cc_tok_is(x, j + 2, "years")))
		return 1; /* "16-year-olds" */
	if (cc_tok_is(x, j + 1, "s") && glued(x, j))
		return 1; /* "30s" */
	return (cc_tok_is(x, j + 1, "year") || cc_tok_is(x, j + 1, "years")) && HAS(W(x, j + 2), LX_AGE);
}

/* The end of the age band at k (cc_cx_is_age_band(k)): its numbers, joins and
 * age words ("aged 55 and over", "18 to 24 year olds", "over-65s"). */
static size_t band_end(const cc_xt *x, size_t k)
{
	size_t j;

	for (j = k; j < k + 8 && same_sent(x, k, j); j++)
		if (!(IS_NUM(j) || punct(x, j, '-') || punct(x, j, '+') || HAS(W(x, j), LX_AGE) ||
		      cc_tok_vocab(x, j, CC_V_BAND_WORD) ||
		      ((cc_tok_is(x, j, "and") || cc_tok_is(x, j, "or")) && HAS(W(x, j + 1), LX_HEDGE)) || /* "55 and over" */
		      ((cc_tok_is(x, j, "over") || cc_tok_is(x, j, "under") ||
			(j > k && (cc_tok_is(x, j - 1, "and") || cc_tok_is(x, j - 1, "or")))) &&
		       HAS(W(x, j), LX_HEDGE)))) /* "aged 16 and above" */
			break;
	while (j > k + 1 && (punct(x, j - 1, '-') || cc_tok_is(x, j - 1, "and") || cc_tok_is(x, j - 1, "or") ||
			     cc_tok_is(x, j - 1, "to")))
		j--;
	return j;
}

/* "section" counts only after "cross", with or without its hyphen. */
int cc_cx_sample_noun(const cc_xt *x, size_t k)
{
	if (HAS(W(x, k), LX_SURVEY_NOUN))
		return 1;
	if (!cc_tok_in(x, k, WS(SAMPLE_NOUN)))
		return 0;
	if (!cc_tok_is(x, k, "section"))
		return 1;
	return k >= 2 && ((punct(x, k - 1, '-') && cc_tok_is(x, k - 2, "cross")) || cc_tok_is(x, k - 1, "cross"));
}

/* "Canadians", "South Africans", "New Zealanders": a capitalised plural
 * in -ans or -ers names the people of a place or party. */
static int demonym(const cc_xt *x, size_t j)
{
	size_t n;
	const char *w;

	if (!IS_WORD(j) || (TK(j)->fl & (TF_CAP | TF_UPPER)) != TF_CAP)
		return 0;
	n = TK(j)->e - TK(j)->s;
	w = x->t + TK(j)->s;
	return n > 5 && w[n - 1] == 's' &&
	       ((w[n - 3] == 'a' && w[n - 2] == 'n') || (w[n - 3] == 'e' && w[n - 2] == 'r'));
}

int cc_cx_people(const cc_xt *x, size_t e, size_t ue)
{
	size_t j;

	for (j = e; j < ue; j++)
		if ((W(x, j) & ((1ull << LX_GROUP) | (1ull << LX_RESPONDENT))) || cc_tok_in(x, j, WS(PEOPLE_NOUN)) ||
		    demonym(x, j))
			return 1;
	/* "1,002 18 to 24 year olds": an age band standing for its people
	   (shares.c reads it as the figure's noun) */
	return ue > e && cc_cx_age_band(x, e) == ue;
}

/* "Source: YouGov, 1,000 adults, 3-4 May": a line labelled with its
 * source (lexicon class source_label) naming the pollster, then the
 * figure at b after a comma. */
static int source_line(const cc_xt *x, size_t f, size_t b)
{
	size_t k = b - 1;

	if (!punct(x, k, ','))
		return 0;
	while (k > f && b - k < 8 && (IS_WORD(k - 1) || punct(x, k - 1, '/') || punct(x, k - 1, '&')) &&
	       !(TK(k - 1)->fl & (TF_NL | TF_PARA)))
		k--;
	return k > f && punct(x, k - 1, ':') && k - 2 >= f && cc_tok_vocab(x, k - 2, CC_V_SOURCE_LABEL) &&
	       (k - 2 == f || (TK(k - 2)->fl & (TF_NL | TF_PARA)));
}

/* "Suffolk University/USA Today (Jan. 23-26; 500 likely caucus-goers)":
 * a poll's bracket giving its dates, then after ';' the people asked. */
static int dated_bracket(const cc_xt *x, size_t f, size_t b)
{
	size_t k;
	int month = 0;

	if (!punct(x, b - 1, ';'))
		return 0;
	for (k = b - 1; k-- > f && b - k <= 10;) {
		if (punct(x, k, ')') || punct(x, k, ';'))
			return 0;
		if (HAS(W(x, k), LX_MONTH))
			month = 1;
		if (punct(x, k, '('))
			return month;
	}
	return 0;
}

/* After the figure at b, a qualifier of the people a poll asks ("1,000
 * likely voters", "800 registered voters"; lexicon class
 * voter_qualifier) among its next three words. */
static int voters_after(const cc_xt *x, size_t b)
{
	size_t k = b;

	while (k < x->ntok && (IS_NUM(k) || punct(x, k, ',')) && k < b + 5)
		k++;
	for (; k < b + 8 && IS_WORD(k); k++)
		if (cc_tok_vocab(x, k, CC_V_VOTER_QUALIFIER))
			return 1;
	return 0;
}

int cc_cx_sample_label(const cc_xt *x, size_t b)
{
	size_t k, f;

	if (b < 2 || b >= x->ntok)
		return 0;
	f = sent_first(x, b);
	if (source_line(x, f, b) || dated_bracket(x, f, b))
		return 1;
	/* "Base (n): 1,056 / 354 / 320", "Sample n=900 / n=600": a column of
	 * a labelled line of bases, read at the line's first base */
	for (k = b; k > f + 1 && punct(x, k - 1, '/') && !glued(x, k - 2) && !(TK(k)->fl & (TF_NL | TF_PARA));) {
		size_t j = k - 2;

		if (punct(x, j, '=') || !IS_NUM(j))
			return 0;
		while (j > f && (IS_NUM(j - 1) || punct(x, j - 1, ',')) && glued(x, j - 1))
			j--; /* the whole of "1,000" */
		if (j > f + 1 && punct(x, j - 1, '=') && cc_tok_is(x, j - 2, "n"))
			j -= 2; /* "n=600" */
		k = j;
	}
	if (k < b) /* k: the first base, or the "n" of its "n=" */
		return cc_cx_sample_label(x, cc_tok_is(x, k, "n") ? k + 2 : k);
	if (punct(x, b - 1, ':') && b - 2 >= f) {
		/* "Base: 120", "Interviews: 1,200", "Its sample: 3,955",
		 * "Sample size: 1,000" ("size" only after a sample word),
		 * "Base (n): 1,056" */
		k = b - 2;
		if (k >= f + 3 && punct(x, k, ')') && cc_tok_is(x, k - 1, "n") && punct(x, k - 2, '('))
			k -= 3;
		if (cc_tok_is(x, k, "size"))
			return k > f && (cc_tok_in(x, k - 1, WS(SAMPLE_LABEL)) || cc_cx_sample_noun(x, k - 1));
		if (cc_tok_in(x, k, WS(SAMPLE_LABEL)) || cc_cx_sample_noun(x, k))
			return 1;
		if ((k == f || (TK(k)->fl & (TF_NL | TF_PARA))) && cc_tok_is(x, k, "population") && voters_after(x, b))
			return 1; /* a topline's "Population: 1,000 likely voters" */
		if ((k == f || (TK(k)->fl & (TF_NL | TF_PARA))) && cc_tok_is(x, k, "n") && b == k + 2)
			return 1; /* a table's "N: 1,000" opening its line */
		/* "Base – all adults: 1,500": the label opens the line, its
		 * group's words and a dash between */
		for (; k > f && b - k < 10 && (IS_WORD(k) || punct(x, k, '-')); k--)
			;
		return k == f && cc_tok_in(x, k, WS(SAMPLE_LABEL)) && !cc_tok_is(x, k, "size");
	}
	if (((cc_tok_in(x, b - 1, WS(SAMPLE_LABEL)) && !cc_tok_is(x, b - 1, "size")) ||
	     (cc_tok_is(x, b - 1, "size") && cc_tok_in(x, b - 2, WS(SAMPLE_LABEL)))) &&
	    (b - 1 == f || punct(x, b - 2, '(') || punct(x, b - 2, ',') || cc_tok_vocab(x, b - 2, CC_V_LABEL_LEAD)))
		return 1; /* "(sample 1,700)", "Sample size 1,011", "unweighted base 980", "All respondents 1011" */
	if (cc_tok_in(x, b - 1, WS(TOTALLED)) && b - 2 >= f &&
	    (cc_cx_sample_noun(x, b - 2) || HAS(W(x, b - 2), LX_RESPONDENT)))
		return 1; /* "Respondents numbered 1,150", "the sample totalled 2,000" */
	if (b >= 3 && (cc_tok_is(x, b - 1, "was") || cc_tok_is(x, b - 1, "is")) && b - 2 >= f &&
	    (cc_cx_sample_noun(x, b - 2) ||
	     (cc_tok_is(x, b - 2, "size") && b - 3 >= f && cc_tok_in(x, b - 3, WS(SAMPLE_LABEL)))))
		return 1; /* "The sample size was 2,003", "the sample is 1,000" */
	if (punct(x, b - 1, '=') && (cc_tok_is(x, b - 2, "n") || cc_tok_in(x, b - 2, WS(SAMPLE_LABEL))))
		return 1; /* "(n = 1,000 adults)", "Sample = 1,830" */
	if (b >= 4 && punct(x, b - 1, ')') && cc_tok_is(x, b - 2, "n") && punct(x, b - 3, '(') &&
	    cc_tok_in(x, b - 4, WS(SAMPLE_LABEL)))
		return 1; /* "Base (n) 1,109" */
	if (punct(x, b - 1, '(') && ((cc_tok_in(x, b - 2, WS(SAMPLE_LABEL)) && !cc_tok_is(x, b - 2, "size")) ||
				     cc_cx_sample_noun(x, b - 2)))
		return 1; /* "Respondents (1,000)", "Base (1,011)", "The poll (1,000 adults, 3-5 June)" */
	if (punct(x, b - 1, '(') && cc_tok_is(x, b - 2, "total") && b - 2 == f && IS_NUM(b) &&
	    (punct(x, b + 1, ')') || (IS_NUM(b + 1) && glued(x, b)) || punct(x, b + 1, ',')))
		return 1; /* a table's "Total (1,000): Agree 45%, ..." */
	if (punct(x, b - 1, '(')) {
		/* "Base: all adults (1,235)": the number in brackets after a
		 * labelled group */
		for (k = b - 1; k-- > f && b - k < 10;) {
			if (punct(x, k, ':'))
				return k > f && cc_tok_in(x, k - 1, WS(SAMPLE_LABEL));
			if (!IS_WORD(k) && !punct(x, k, '-'))
				break;
		}
	}
	return 0;
}

/* A number of a date: a month at most six tokens before it or just
 * after it ("October 11-13, 2024", "2 October"). */
static int date_number(const cc_xt *x, size_t k)
{
	size_t j;

	if (HAS(W(x, k + 1), LX_MONTH))
		return 1;
	for (j = k; j-- > 0 && k - j <= 6;)
		if (HAS(W(x, j), LX_MONTH))
			return 1;
	return 0;
}

/* "with N", "among N": a survey word earlier in the clause ("ran the poll
 * by phone last month with 1,045 people", "fieldwork was done with 1,240
 * adults"), before any other figure or clause break. */
static int with_survey(const cc_xt *x, size_t w)
{
	size_t k, f = sent_first(x, w);

	for (k = w; k-- > f && w - k <= 16;) {
		if (IS_NUM(k) && date_number(x, k))
			continue; /* "ran from September 30 to October 2 among 1778 voters", "carried out
				   * October 11-13, 2024, among 3,145 registered voters": a date */
		if (IS_NUM(k) || punct(x, k, ';') || punct(x, k, ':') || punct(x, k, '(') || punct(x, k, ')') ||
		    cc_tok_in(x, k, WS(SUBJECT_END)))
			return 0;
		if (survey_word(x, k))
			return 1;
	}
	return 0;
}

/* "from N": a noun of answers or figures, or a survey noun, just before
 * ("data from 2,065 adults", "the newest figures, from 1,900 adults"). */
static int from_data(const cc_xt *x, size_t fr)
{
	size_t k, f = sent_first(x, fr);

	for (k = fr; k-- > f && fr - k <= 4;) {
		if (cc_tok_in(x, k, WS(DATA_NOUN)) || HAS(W(x, k), LX_SURVEY_NOUN))
			return 1;
		if (!IS_WORD(k) && !punct(x, k, ','))
			return 0;
	}
	return 0;
}

/* A span verb ("covered", "included", "spanned", "comprised") whose
 * subject is a survey noun a few words before it: "The online ICM survey
 * covered 1,002 18 to 24 year olds", "The sample comprised 1,000 adults". */
static int survey_spans(const cc_xt *x, size_t v)
{
	size_t k, f = sent_first(x, v);

	/* "The panel is made up of 5,000 consumers", "consists of" */
	if (cc_tok_is(x, v, "of") && v >= 2 &&
	    ((cc_tok_is(x, v - 1, "up") && cc_tok_is(x, v - 2, "made")) || cc_tok_vocab(x, v - 1, CC_V_CONSIST_VERB)))
		v -= cc_tok_is(x, v - 1, "up") ? 2 : 1;
	else if (!cc_tok_in(x, v, WS(SPAN_VERB) | WS(COMPRISE)))
		return 0;
	for (k = v; k-- > f && v - k <= 10;) {
		if (punct(x, k, ',') && v - k <= 8)
			continue; /* "The NUT poll, carried out by YouGov, involved 826 teachers" */
		if (!IS_WORD(k) || (v - k > 5 && !punct(x, v - 1, ',')))
			return 0;
		if (cc_cx_sample_noun(x, k))
			return 1;
	}
	return 0;
}

/* The subject of a study's verb at v: a research body, a survey word or
 * the first person a few words before it in its clause ("Pollsters
 * contacted", "The team at the university recruited", "we spoke to"). */
static int research_subject(const cc_xt *x, size_t v)
{
	size_t k, f = sent_first(x, v);

	for (k = v; k-- > f && v - k <= 8;) {
		if (k + 1 == v && (cc_tok_is(x, k, "which") || cc_tok_is(x, k, "that")) && k > f && punct(x, k - 1, ',')) {
			k--; /* "The research, which covered 6,000 people": the relative's antecedent */
			continue;
		}
		if (IS_NUM(k) || punct(x, k, ';') || punct(x, k, ':') || punct(x, k, '(') || punct(x, k, ')') ||
		    cc_tok_in(x, k, WS(SUBJECT_END)))
			return 0;
		if (cc_tok_in(x, k, WS(RESEARCH_AGENT)) || survey_word(x, k))
			return 1;
	}
	return 0;
}

/* The verb of speaking before "to" at t, at most three words of manner
 * or place between ("spoke on the doorstep to", "talked by phone to"):
 * its token, else t. */
static size_t ask_verb(const cc_xt *x, size_t t)
{
	size_t k, f = sent_first(x, t);

	for (k = t; k-- > f && t - k <= 4;) {
		if (!IS_WORD(k))
			return t;
		if (cc_tok_in(x, k, WS(ASK_TO)))
			return k;
	}
	return t;
}

/* A share and a verb of answering in the words after b, in its sentence
 * or the next ("spoke to 120 shoppers, and most said ...", "heard from
 * 900 carers; 64% felt ..."): lexicon classes share_word, finding_verb. */
static int finding_follows(const cc_xt *x, size_t b)
{
	size_t k, q, s = TK(b)->sent;

	for (k = b + 1; k < x->ntok && k < b + 40 && TK(k)->sent <= s + 1; k++) {
		int share = (IS_NUM(k) && (punct(x, k + 1, '%') || cc_tok_is(x, k + 1, "per") || cc_tok_is(x, k + 1, "percent"))) ||
			    cc_tok_vocab(x, k, CC_V_SHARE_WORD);

		if (!share)
			continue;
		for (q = k + 1; q < k + 6 && q < x->ntok && TK(q)->sent == TK(k)->sent; q++)
			if (cc_tok_vocab(x, q, CC_V_FINDING_VERB))
				return 1;
	}
	return 0;
}

/* "put its questions to", "posed the question to", "sent the
 * questionnaire to", "put questions on pay and staffing to" before "to"
 * at t: a verb of putting, at most two determiners or adjectives, a word
 * for the questions and at most ten words of topic (lexicon classes
 * put_verb, question_noun). */
static int put_question(const cc_xt *x, size_t t)
{
	size_t q, k, f = sent_first(x, t);

	/* "Questions were put to 1,000 adults" */
	if (t >= f + 3 && cc_tok_vocab(x, t - 1, CC_V_PUT_VERB) && cc_tok_in(x, t - 2, WS(BE_HAVE_PAST)) &&
	    cc_tok_vocab(x, t - 3, CC_V_QUESTION_NOUN))
		return 1;
	for (q = t; q-- > f && t - q <= 11 && !punct(x, q, ';') && !punct(x, q, ':');) {
		if (!cc_tok_vocab(x, q, CC_V_QUESTION_NOUN))
			continue;
		for (k = q; k > f && q - k <= 3 && IS_WORD(k - 1); k--)
			if (cc_tok_vocab(x, k - 1, CC_V_PUT_VERB))
				return 1;
		return 0;
	}
	return 0;
}

/* A study taking people in, just before the number at b: a research verb
 * ("the study tracked 12,000 women", "the trial enrolled 1,800
 * patients"), speaking to them ("we spoke to 750 owners") or hearing
 * from them ("the union heard from 4,500 members"), with a research body
 * as its subject. The verb alone is not enough: "the firm employed",
 * "the hospital treated" and "the club followed" take people too. */
static int research_act(const cc_xt *x, size_t b)
{
	size_t v;

	if (b < 2)
		return 0;
	v = b - 1;
	if (cc_tok_is(x, v, "to") && put_question(x, v))
		return 1;
	if (cc_tok_is(x, v, "to") || cc_tok_is(x, v, "with")) {
		if (!cc_tok_in(x, --v, WS(ASK_TO)))
			return 0;
	} else if (cc_tok_is(x, v, "from")) {
		if (!cc_tok_in(x, --v, WS(ASK_TO)))
			return 0;
	} else if (!cc_tok_in(x, v, WS(RESEARCH_VERB))) {
		return 0;
	}
	return research_subject(x, v) || (cc_tok_in(x, v, WS(ASK_TO)) && finding_follows(x, b));
}

int cc_cx_sample_clause(const cc_xt *x, size_t b, size_t e, size_t ue)
{
	int people = cc_cx_people(x, e, ue);
	size_t j;

	if (b == 0)
		return 0;
	if (survey_spans(x, b - 1) && (people || ue == e))
		return 1;
	if (!people)
		return 0;
	if ((cc_tok_is(x, b - 1, "with") || cc_tok_is(x, b - 1, "among")) && with_survey(x, b - 1))
		return 1; /* "The poll was carried out by phone among 1,003 adults" */
	if (b >= 2 && cc_tok_is(x, b - 1, "among") &&
	    (cc_tok_in(x, b - 2, WS(CONDUCT_VERB)) || (b >= 3 && cc_tok_is(x, b - 2, "out") && cc_tok_in(x, b - 3, WS(CONDUCT_VERB)))))
		return 1; /* "(the poll) was conducted among 1,003 registered voters" */
	/* "It canvassed the views of 2,000 adults": what a survey gathered */
	if (b >= 3 && cc_tok_is(x, b - 1, "of") && cc_tok_in(x, b - 2, WS(DATA_NOUN)) &&
	    (HAS(W(x, b - 2), LX_RESPONDENT) || with_survey(x, b - 2) ||
	     cc_tok_vocab(x, b - 3, CC_V_GATHER_VERB) ||
	     (b >= 4 && cc_tok_in(x, b - 3, WS(DEF_DET) | WS(ART)) && cc_tok_vocab(x, b - 4, CC_V_GATHER_VERB))))
		return 1; /* ... and "drawing on the responses of 6,263 of its members" */
	if (cc_tok_is(x, b - 1, "from") && from_data(x, b - 1))
		return 1;
	/* "The survey was completed by 1,500 nurses", "voted for by 4,000
	 * listeners": the act of answering, passive, after a survey word */
	if (b >= 2 && cc_tok_is(x, b - 1, "by") &&
	    (cc_tok_in(x, b - 2, WS(COMPLETE_VERB)) || cc_tok_is(x, b - 2, "taken") ||
	     /* "filled in by 640 readers" */
	     (b >= 3 && (cc_tok_is(x, b - 2, "in") || cc_tok_is(x, b - 2, "out")) &&
	      cc_tok_in(x, b - 3, WS(COMPLETE_VERB))) ||
	     (b >= 3 && cc_tok_is(x, b - 2, "for") && cc_tok_is(x, b - 3, "voted"))) &&
	    with_survey(x, b - 2))
		return 1; /* "The annual survey was voted for by nearly 4,000 listeners" */
	if (research_act(x, b))
		return 1;
	if (b >= 2 && cc_tok_in(x, b - 1, WS(SAMPLE_PREP)) && HAS(W(x, b - 2), LX_SURVEY_VERB))
		return 1; /* "Asked of 360 likely voters" */
	if (b >= 3 && cc_tok_is(x, b - 1, "the") && cc_tok_is(x, b - 2, "for") && cc_cx_margin_named(x, sent_first(x, b), b))
		return 1; /* "... +/-8.7 percent for the 127 GOP caucus-goers" */
	/* "The pollsters spoke to 17,607 voters", "we spoke on the doorstep
	 * to 1,109 residents", in a survey's sentence or just after one */
	if (b >= 2 && cc_tok_is(x, b - 1, "to") && (j = ask_verb(x, b - 1)) < b - 1 &&
	    (cc_cx_survey_sentence(x, b) || research_subject(x, j) ||
	     (sent_first(x, b) > 0 && cc_cx_survey_sentence(x, sent_first(x, b) - 1))))
		return 1;
	/* "about 1,000 fans in a scientific poll" */
	if (cc_tok_is(x, ue, "in"))
		for (j = ue + 1; j < ue + 5 && IS_WORD(j) && same_sent(x, ue, j); j++)
			if (HAS(W(x, j), LX_SURVEY_NOUN))
				return 1;
	return 0;
}

/* A bracketed aside right after the noun ("161 teachers (out of a total
 * of 548) completed the survey"): the token after it, else e. */
static size_t skip_aside(const cc_xt *x, size_t e)
{
	size_t j;

	if (!punct(x, e, '('))
		return e;
	for (j = e + 1; j < e + 14 && same_sent(x, e, j); j++)
		if (punct(x, j, ')'))
			return j + 1;
	return e;
}

/* A word that may be the verb after a sample's people. */
static int verbish(const cc_xt *x, size_t j)
{
	return cc_tok_in(x, j, WS(BE_HAVE_PAST) | WS(RESPOND_VERB) | WS(COMPLETE_VERB)) ||
	       (W(x, j) & ((1ull << LX_SURVEY_VERB) | (1ull << LX_OPINION))) || cc_tok_is(x, j, "is");
}

/* After the people, the words before the verb that makes them a sample:
 * their age band ("aged 18+", "16-75"), where they are ("in Great
 * Britain", "across England"), a relative pronoun ("who", "that had"). */
/* A word ending in "-ing" ("living", "residing", "working"). */
static int ing_word(const cc_xt *x, size_t k)
{
	size_t n = IS_WORD(k) ? TK(k)->e - TK(k)->s : 0;
	const char *w = n ? x->t + TK(k)->s : x->t;

	return n > 4 && w[n - 3] == 'i' && w[n - 2] == 'n' && w[n - 1] == 'g';
}

static size_t skip_qualifiers(const cc_xt *x, size_t k)
{
	int n;

	for (n = 0; n < 4 && k < x->ntok; n++) {
		if (cc_cx_is_age_band(x, k)) {
			k = band_end(x, k);
			if (cc_tok_is(x, k, "or") && cc_tok_vocab(x, k + 1, CC_V_BAND_OPEN))
				k += 2; /* "aged 18 or older" */
		} else if ((cc_tok_in(x, k, WS(PLACE_PREP)) || cc_tok_is(x, k, "at")) && IS_WORD(k + 1) && !verbish(x, k + 1) &&
			   !cc_tok_is(x, k + 1, "total") && !cc_tok_is(x, k + 1, "all")) {
			size_t j = k + 1;

			/* "across England, Scotland and Wales": a list of places;
			 * "in over 228 districts of the country": a count of them */
			while (j < k + 10 && (IS_WORD(j) || IS_NUM(j) || (punct(x, j, ',') && IS_WORD(j + 1))) &&
			       same_sent(x, k, j) && !verbish(x, j))
				j++;
			k = j;
		} else if (cc_tok_is(x, k, "of") && IS_WORD(k + 1) && (TK(k + 1)->fl & TF_CAP) && same_sent(x, k, k + 1)) {
			for (k++; IS_WORD(k) && (TK(k)->fl & TF_CAP) && same_sent(x, k - 1, k);)
				k++; /* "2,002 residents of Canada aged 18+ were surveyed" */
		} else if (ing_word(x, k) && (cc_tok_in(x, k + 1, WS(PLACE_PREP)) || cc_tok_is(x, k + 1, "at"))) {
			k++; /* "21,000 people residing in over 228 districts took part" */
		} else if (IS_WORD(k) && !verbish(x, k) && cc_tok_in(x, k + 1, WS(BE_HAVE_PAST)) &&
			   cc_cx_survey_after(x, k + 1, k + 1, k + 1)) {
			k++; /* "2,000 voters nationwide were interviewed": an adverb */
		} else if (cc_tok_is(x, k, "who") || cc_tok_is(x, k, "that")) {
			k++;
			if (cc_tok_in(x, k, WS(BE_HAVE_PAST)) || cc_tok_is(x, k, "have"))
				k++;
		} else {
			break;
		}
	}
	return k;
}

/* A passive of asking later in the people's clause, after words that
 * describe them ("1,207 people chosen to reflect the community at large
 * were interviewed", "400 randomly chosen residents from across the
 * District are interviewed by phone"): only words between, and no verb
 * of saying or "that" (then the people are a finding's subject: "2,000
 * workers said they were asked"). */
static int asked_later(const cc_xt *x, size_t ue)
{
	size_t k, j;

	for (k = ue; k < ue + 12 && (IS_WORD(k) || (punct(x, k, '\'') && glued(x, k))) && same_sent(x, ue, k); k++) {
		if (!(cc_tok_in(x, k, WS(BE_HAVE_PAST)) || cc_tok_is(x, k, "are") || cc_tok_is(x, k, "is"))) {
			if (cc_tok_in(x, k, WS(SAY_VERB)) || cc_tok_is(x, k, "that"))
				return 0;
			continue;
		}
		j = k + 1;
		if (cc_tok_is(x, j, "being") || cc_tok_is(x, j, "been"))
			j++;
		return HAS(W(x, j), LX_SURVEY_VERB);
	}
	return 0;
}

int cc_cx_sample_answered(const cc_xt *x, size_t e, size_t ue)
{
	size_t j, k;

	for (j = e; j < ue; j++)
		if (cc_tok_in(x, j, WS(SAMPLE_UNIT)))
			return 1; /* "25 questionnaires", "1,200 interviews" */
	k = skip_qualifiers(x, skip_aside(x, ue));
	if (cc_tok_in(x, k, WS(BE_HAVE_PAST)) && cc_tok_in(x, k + 1, WS(COMPLETE_VERB)) && !cc_tok_is(x, k + 1, "took"))
		k++; /* "had completed", "were returned" */
	if (k > ue && (cc_cx_survey_after(x, k, k, k) || (cc_tok_is(x, k, "took") && cc_tok_is(x, k + 1, "part"))))
		return 1; /* "1,000 people aged 16-75 were surveyed", "500 teachers across England took part" */
	if (cc_tok_in(x, k, WS(RESPOND_VERB)))
		return 1; /* "a total of 860 teachers responded" */
	if (k > ue && IS_WORD(k) && cc_tok_is(x, k + 1, "to") &&
	    ((cc_tok_is(x, k + 2, "be") && HAS(W(x, k + 3), LX_SURVEY_VERB)) ||
	     (cc_tok_is(x, k + 2, "take") && cc_tok_is(x, k + 3, "part")) || cc_tok_in(x, k + 2, WS(RESPOND_VERB))))
		return 1; /* "421 (84.4%) agreed to be interviewed", "1,200 chose to take part" */
	if (ue > e && cc_cx_people(x, e, ue) && cc_tok_vocab(x, k, CC_V_SAY_VERB)) {
		j = cc_tok_is(x, k + 1, "had") ? k + 2 : k + 1; /* "have had their say" */
		if (cc_tok_is(x, j, "their") && cc_tok_vocab(x, j + 1, CC_V_SAY_NOUN))
			return 1; /* "3,000 people had their say", "1,200 residents gave their views" */
	}
	if (ue > e && cc_cx_people(x, e, ue) && asked_later(x, ue))
		return 1;
	if (k > ue && cc_tok_in(x, k, WS(COMPLETE_VERB)) && cc_tok_in(x, k - 1, WS(BE_HAVE_PAST))) {
		for (j = e; j < ue; j++)
			if (cc_tok_in(x, j, WS(RESPONSE_FORM)))
				return 1; /* "9,500 postal forms were returned" */
		if (ue == e && cc_cx_survey_sentence(x, k))
			return 1; /* "Questionnaires were sent to 1,000 HR directors and 80 were returned" */
	}
	if (cc_tok_in(x, k, WS(COME_BACK)) && cc_tok_is(x, k + 1, "back"))
		return 1; /* "9,500 postal questionnaires came back" */
	if (cc_tok_in(x, k, WS(COMPLETE_VERB))) {
		/* "completed the survey", "finished it", "filled in an online questionnaire" */
		for (j = k + 1; j < k + 5 && IS_WORD(j) && same_sent(x, k, j); j++)
			if (HAS(W(x, j), LX_SURVEY_NOUN) || (j == k + 1 && (cc_tok_in(x, j, WS(OBJ_PRON)) ||
									    cc_tok_is(x, j, "it"))))
				return 1;
	}
	/* "2000 fans in total", "1,200 people in all", in a poll's sentence */
	if (cc_tok_is(x, k, "in") && (cc_tok_is(x, k + 1, "total") || cc_tok_is(x, k + 1, "all")) &&
	    cc_cx_people(x, e, ue) && cc_cx_survey_sentence(x, k))
		return 1;
	/* "more than 3,000 listeners voted", in a poll's sentence */
	if (cc_tok_is(x, k, "voted") && cc_cx_people(x, e, ue) && cc_cx_survey_sentence(x, k))
		return 1;
	return 0;
}

int cc_cx_sample_list(const cc_xt *x, size_t p1, size_t b, int *part)
{
	size_t k;
	int cue = 0, plain = 1;

	*part = 0;
	if (p1 > b || b - p1 > 14 || !same_sent(x, p1, b))
		return 0;
	for (k = p1; k < b; k++) {
		if (cc_tok_in(x, k, WS(SUBSAMPLE_CUE)) || punct(x, k, ':'))
			cue = 1;
		else if (!(punct(x, k, ',') || cc_tok_is(x, k, "and") || (cc_tok_is(x, k, "of") && cc_tok_is(x, k + 1, "whom"))))
			plain = 0;
	}
	/* "1,200 parents, including 233 ..., 371 ... and 196 ...": list
	 * words only; "1,783 nurses took part: 1,441 online" and "1,200
	 * parents of public school students, including 233": a few words
	 * and then the colon or cue that opens the parts */
	if (plain && b > p1) {
		*part = cue;
		return 1;
	}
	if (b > p1 && (punct(x, b - 1, ':') ? b - p1 <= 6 : cc_tok_in(x, b - 1, WS(SUBSAMPLE_CUE)))) {
		*part = 1;
		return 1;
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* Subgroups                                                            */

/* The verb of a relative clause at k ("who voted", "who had replied",
 * "that were asked"): does it name everyone asked ("of those who
 * replied") rather than some of them ("of people who voted Conservative")?
 * 1 everyone, 0 some, -1 no relative clause at k. */
static int relative_whole(const cc_xt *x, size_t k)
{
	size_t j;

	if (!(cc_tok_is(x, k, "who") || cc_tok_is(x, k, "that")))
		return -1;
	j = k + 1;
	if (cc_tok_in(x, j, WS(BE_HAVE_PAST)) || cc_tok_is(x, j, "are") || cc_tok_is(x, j, "have"))
		j++; /* "who were asked", "who had replied" */
	if (cc_tok_is(x, j, "been"))
		j++;
	if (IS_WORD(j) && cc_tok_is(x, j + 1, "to") && (cc_tok_in(x, j + 2, WS(WHOLE_SAMPLE_VERB)) ||
							 cc_tok_in(x, j + 2, WS(RESPOND_VERB))))
		j += 2; /* "who chose to respond", "who agreed to take part" */
	return cc_tok_in(x, j, WS(WHOLE_SAMPLE_VERB)) || HAS(W(x, j), LX_SURVEY_VERB) ||
	       (cc_tok_is(x, j, "took") && cc_tok_is(x, j + 1, "part")) || cc_tok_in(x, j, WS(RESPOND_VERB));
}

/* The end of a relative clause at k, for a label: up to a comma, a
 * figure, an opinion verb or a time ("last time") after its own verb, at
 * most 8 words. */
static size_t clause_end(const cc_xt *x, size_t k)
{
	size_t j;

	for (j = k + 2; j < k + 8 && IS_WORD(j) && same_sent(x, k, j) && !HAS(W(x, j), LX_OPINION) &&
			!cc_tok_in(x, j, WS(CLAUSE_JOIN) | WS(TIME_PREP));
	     j++)
		;
	return j;
}

/* Does the group phrase starting at j (after "of"/"among" and a
 * determiner) name a subgroup of those asked? *g1: where it ends. */
/* An age band [k, e) that is the whole adult population: open upwards
 * from 15 to 18 ("aged 18+", "18 and over", "aged 16 or older"). */
static int adult_band(const cc_xt *x, size_t k, size_t e)
{
	size_t j, lim = e + 2 < x->ntok ? e + 2 : x->ntok;
	int low = -1, open = 0;

	for (j = k; j < lim; j++) {
		if (IS_NUM(j) && low < 0) {
			size_t n = TK(j)->e - TK(j)->s;
			const char *p = x->t + TK(j)->s;

			low = n == 2 && p[0] >= '0' && p[0] <= '9' && p[1] >= '0' && p[1] <= '9' ? (p[0] - '0') * 10 + p[1] - '0' : 99;
		} else if (IS_NUM(j)) {
			return 0; /* an upper bound: "18 to 24" */
		}
		if (punct(x, j, '+') || cc_tok_vocab(x, j, CC_V_BAND_OPEN))
			open = 1;
	}
	return open && low >= 15 && low <= 18;
}

static int subgroup_phrase(const cc_xt *x, size_t j, size_t *g1)
{
	size_t ue, k;
	int r;

	*g1 = j;
	if (cc_cx_is_age_band(x, j)) {
		*g1 = band_end(x, j); /* "of 18-24 year olds", "of over-65s" */
		return 1;
	}
	if (cc_tok_in(x, j, WS(PRON_PL))) {
		k = j + 1;
		*g1 = k;
		if (HAS(W(x, k), LX_SURVEY_VERB))
			return 0; /* "of those surveyed" */
		if ((r = relative_whole(x, k)) >= 0) {
			*g1 = clause_end(x, k);
			return !r; /* "of those who voted Leave" */
		}
		if (cc_cx_is_age_band(x, k)) {
			*g1 = band_end(x, k);
			return 1; /* "of those aged 18 to 24" */
		}
		if ((cc_tok_in(x, k, WS(PLACE_PREP)) || cc_tok_is(x, k, "with") || cc_tok_is(x, k, "on")) &&
		    IS_WORD(k + 1) && same_sent(x, k, k + 1)) {
			*g1 = cc_cx_noun_phrase(x, k + 1, 1);
			if (*g1 <= k + 1)
				*g1 = k + 2;
			return 1; /* "those in work", "those with children" */
		}
		return 0;
	}
	ue = cc_cx_noun_phrase(x, j, 1);
	if (ue == j)
		return 0;
	*g1 = ue;
	for (k = j; k < ue; k++)
		if (cc_tok_in(x, k, WS(SUBGROUP_NOUN)))
			return 1; /* "of men", "of Voss backers" */
	/* "of respondents in the North East", "of participants from Wales":
	 * the people asked, narrowed by a place (a capitalised name) */
	if (ue == j + 1 && cc_tok_vocab(x, j, CC_V_SAMPLE_NOUN) && cc_tok_in(x, ue, WS(PLACE_PREP)) &&
	    same_sent(x, ue, ue + 1)) {
		k = ue + 1;
		if (cc_tok_in(x, k, WS(DEF_DET)))
			k++;
		if (IS_WORD(k) && (x->tok[k].fl & TF_CAP) && same_sent(x, ue, k)) {
			size_t t;

			*g1 = cc_cx_noun_phrase(x, k, 1);
			if (*g1 <= k)
				*g1 = k + 1;
			/* "respondents in the Sunday Times poll": the survey, not a place */
			for (t = k; t <= *g1 && t < x->ntok; t++)
				if (IS_WORD(t) && HAS(W(x, t), LX_SURVEY_NOUN)) {
					*g1 = j;
					return 0;
				}
			return 1;
		}
	}
	if (!cc_cx_people(x, j, ue))
		return 0;
	if ((r = relative_whole(x, ue)) >= 0) {
		*g1 = clause_end(x, ue);
		return !r; /* "of people who voted Conservative in 2010" */
	}
	if (cc_cx_is_age_band(x, ue)) {
		*g1 = band_end(x, ue);
		return !adult_band(x, ue, *g1); /* "of voters under 24", "people aged 18-30", "women younger
						  * than 30"; not "New Zealanders aged 18+", all adults */
	}
	return 0;
}

/* Is word k a group that stands for everyone ("people", "adults",
 * "Britons", "voters"; lexicon class general_group, singular heads)? */
static int general_group(const cc_xt *x, size_t k)
{
	size_t n = x->tok[k].e - x->tok[k].s;

	if (cc_tok_vocab(x, k, CC_V_GENERAL_GROUP))
		return 1;
	/* "adults": the class holds singular heads */
	return IS_WORD(k) && n > 3 && (x->t[x->tok[k].e - 1] | 0x20) == 's' && cc_tok_vocab_n(x, k, CC_V_GENERAL_GROUP, n - 1);
}

/* After "among": a group of people that is not everyone ("graduates",
 * "Labour voters", "men"; not "adults", "respondents", "those asked").
 * *g1: its end. */
static int among_people(const cc_xt *x, size_t j, size_t *g1)
{
	size_t ue;

	if (cc_tok_in(x, j, WS(DEF_DET)))
		j++;
	if (subgroup_phrase(x, j, g1))
		return 1;
	ue = cc_cx_noun_phrase(x, j, 1);
	if (ue == j || !cc_cx_people(x, j, ue) || HAS(W(x, ue - 1), LX_RESPONDENT) || general_group(x, ue - 1) ||
	    HAS(W(x, ue), LX_SURVEY_VERB) || relative_whole(x, ue) == 1)
		return 0;
	*g1 = ue;
	return 1;
}

/* An "among" in the share's clause, before it, with only words between
 * and at most six of them ("and among men 35%", "Among women the figure
 * was 45%"): its token, else 0. */
static size_t among_before(const cc_xt *x, size_t t0)
{
	size_t k, f = sent_first(x, t0);

	for (k = t0; k-- > f && t0 - k <= 7;) {
		if (cc_tok_is(x, k, "among"))
			return k;
		if (!IS_WORD(k))
			return 0;
	}
	return 0;
}

int cc_cx_subgroup_share(const cc_xt *x, size_t t0, size_t t1, size_t *g0, size_t *g1)
{
	size_t j = t1, f, k;

	*g0 = *g1 = 0;
	if (t0 >= x->ntok)
		return 0;
	/* "69% of under 30s", "66% among people aged 18-30" */
	if (cc_tok_is(x, j, "of") || cc_tok_is(x, j, "among")) {
		j++;
		if (cc_tok_is(x, j, "whom") && cc_tok_is(x, t1, "of") && t0 > 0 && punct(x, t0 - 1, ',')) {
			*g0 = j;
			*g1 = j + 1;
			return 2; /* "900 carers, 64% of whom ...": the people just named */
		}
		if (cc_tok_in(x, j, WS(DEF_DET)) || cc_tok_is(x, j, "all"))
			j++;
		if (cc_tok_in(x, j, WS(PRON_PL)) && (punct(x, j + 1, ',') || punct(x, j + 1, '.') || punct(x, j + 1, ';')) &&
		    !cc_tok_is(x, j, "them") && !cc_tok_is(x, j, "us")) {
			*g0 = j;
			*g1 = j + 1;
			return 2; /* "... 41% of those." */
		}
		if (subgroup_phrase(x, j, g1)) {
			*g0 = j;
			return 1;
		}
		if (cc_tok_is(x, t1, "among") && among_people(x, j, g1)) {
			*g0 = j;
			return 1; /* "support rises to 60% among graduates" */
		}
		return 0;
	}
	/* "Women were more supportive (45%) than men (35%)": a share in
	 * brackets right after a subgroup's noun */
	if (t0 >= 2 && punct(x, t0 - 1, '(') && punct(x, t1, ')') && cc_tok_in(x, t0 - 2, WS(SUBGROUP_NOUN))) {
		*g0 = t0 - 2;
		*g1 = t0 - 1;
		return 1;
	}
	/* "and among men 35%", "Among women the figure was 45%": "among" and
	 * a group just before the share, or opening its clause with no comma */
	if ((k = among_before(x, t0)) > 0 && among_people(x, k + 1, g1)) {
		*g0 = k + 1;
		return 1;
	}
	/* "Among women, 60% ...", "Of likely voters who pick a candidate,
	 * 83% ...", "Of those, 41% ...": a crossbreak opening the clause
	 * (a figure in it other than an age is another claim's) */
	f = sent_first(x, t0);
	if (t0 == 0)
		return 0;
	for (k = t0; k > f && t0 - k < 24 && !punct(x, k - 1, ';') && !punct(x, k - 1, ':'); k--)
		;
	if ((cc_tok_is(x, k + 1, "among") || cc_tok_is(x, k + 1, "of")) && cc_tok_in(x, k, WS(CLAUSE_JOIN)))
		k++; /* "But among women, ..." */
	if (!(cc_tok_is(x, k, "among") || cc_tok_is(x, k, "of")) ||
	    !(k == f || punct(x, k - 1, ';') || punct(x, k - 1, ':') || (cc_tok_in(x, k - 1, WS(CLAUSE_JOIN)) && k - 1 == f)))
		return 0;
	/* the lead ends at its comma, before the share ("Among 16 to 34 year
	 * olds, support stands at 62%"); a figure in it other than an age is
	 * a claim of its own */
	for (j = k + 1; j < t0 && !punct(x, j, ','); j++)
		if (IS_NUM(j) && !cc_cx_is_age_band(x, j) && !cc_cx_is_age_band(x, j - 1) && !(j > k + 2 && cc_cx_is_age_band(x, j - 2)) &&
		    !cc_cx_year_of(x, j))
			return 0; /* (a year is no figure: "Of people who voted Labour in 2019, ...") */
	if (j >= t0)
		return 0;
	j = k + 1;
	if (cc_tok_in(x, j, WS(DEF_DET)) || cc_tok_is(x, j, "all"))
		j++;
	if (IS_NUM(j) && !cc_cx_is_age_band(x, j))
		return 0; /* "Among the 212 ...": a stated base (rules.c) */
	if (cc_tok_in(x, j, WS(PRON_PL)) && punct(x, j + 1, ',') && !cc_tok_is(x, j, "them") && !cc_tok_is(x, j, "us")) {
		*g0 = j;
		*g1 = j + 1;
		return 2;
	}
	if (!subgroup_phrase(x, j, g1)) {
		/* "Among nurses working in Wales, 60% ...": a crossbreak led by
		 * "among" is a subgroup unless it names those asked ("Among
		 * respondents,", "Among those surveyed,", "Among all adults,") */
		size_t ue = cc_cx_noun_phrase(x, j, 1);

		if (!cc_tok_is(x, k, "among") || j > k + 1 || ue == j || HAS(W(x, ue - 1), LX_RESPONDENT) || general_group(x, ue - 1) ||
		    cc_tok_in(x, j, WS(PRON_PL)) || HAS(W(x, ue), LX_SURVEY_VERB) || relative_whole(x, ue) == 1)
			return 0;
		for (*g1 = ue; *g1 < t0 - 1 && *g1 < ue + 6 && !punct(x, *g1, ','); (*g1)++)
			;
	}
	*g0 = j;
	return 1;
}

/* ------------------------------------------------------------------ */
/* Earlier waves and official results                                   */

/* A past marker at j ("last month", "the previous poll", "a year ago",
 * "the week before"): 1 yes. */
static int past_marker(const cc_xt *x, size_t j)
{
	if (cc_tok_in(x, j, WS(PAST_ADJ)) && IS_WORD(j + 1) &&
	    (cc_tok_in(x, j + 1, WS(WAVE_NOUN)) || HAS(W(x, j + 1), LX_DURATION) || HAS(W(x, j + 1), LX_MONTH)))
		return 1; /* "last month", "the previous poll", "last March" */
	if (IS_WORD(j) && HAS(W(x, j), LX_DURATION) && cc_tok_in(x, j + 1, WS(AGO)))
		return 1; /* "a year ago", "the week before", "two weeks earlier" */
	return 0;
}

/* An official result after the figure, before any other figure or a
 * verb of saying: "the 7 per cent it won at the general election",
 * "voted in the 2004 presidential election" (not "at the next election",
 * a poll's intention). */
static int election_result(const cc_xt *x, size_t t1)
{
	size_t j, lim = sent_end(x, t1 ? t1 - 1 : 0);
	int won = 0;

	if (lim > t1 + 24)
		lim = t1 + 24;
	for (j = t1; j < lim; j++) {
		if (cc_cx_is_age_band(x, j)) {
			j = band_end(x, j) - 1; /* "citizens older than 18" */
			continue;
		}
		if (punct(x, j, ';') || cc_tok_in(x, j, WS(SAY_VERB)) ||
		    (IS_NUM(j) && !(x->tok[j].e - x->tok[j].s == 4 && IS_WORD(j + 1))))
			return 0;
		if (cc_tok_vocab(x, j, CC_V_METHOD_CLAUSE))
			return 0; /* "half, five points more than at the 2014 referendum": the poll's, compared;
				   * "53.5-46.5 when preferences are split as at the last election": a method */
		if (cc_tok_in(x, j, WS(WIN_VERB)))
			won = 1;
		if (cc_tok_in(x, j, WS(ELECTION_NOUN))) {
			size_t k;
			int past = won;

			for (k = j; k-- > t1 && j - k <= 3;) {
				if (cc_tok_in(x, k, WS(FUTURE_ADJ)))
					return 0;
				if (cc_tok_in(x, k, WS(PAST_ADJ)) || IS_NUM(k))
					past = 1; /* "the last election", "the 2004 election" */
			}
			return past;
		}
	}
	return 0;
}

/* The year token k names (four digits, 1900 to 2100), else 0. */
int cc_cx_year_of(const cc_xt *x, size_t k)
{
	const char *p;
	int y = 0, i;

	if (k >= x->ntok)
		return 0;
	p = x->t + x->tok[k].s;

	if (x->tok[k].type != TK_NUM || x->tok[k].e - x->tok[k].s != 4)
		return 0;
	for (i = 0; i < 4; i++) {
		if (p[i] < '0' || p[i] > '9')
			return 0;
		y = y * 10 + (p[i] - '0');
	}
	return y >= 1900 && y <= 2100 ? y : 0;
}
#define year_of cc_cx_year_of

int cc_cx_wave_reference(const cc_xt *x, size_t a, size_t w)
{
	size_t j = w;

	if (!cc_tok_in(x, w, WS(PAST_ADJ)))
		return 0;
	while (j > a && cc_tok_in(x, j - 1, WS(DEF_DET)))
		j--;
	return j > a && cc_tok_vocab(x, j - 1, CC_V_WAVE_REF);
}

/* "now" in the sentence before or after t0's ("now 45% use it. In 2003
 * the figure was 29%"): the year of t0's sentence is the earlier one. */
static int now_beside(const cc_xt *x, size_t t0)
{
	size_t s = TK(t0)->sent, k, a, b;

	a = s > 0 ? x->sfirst[s - 1] : x->sfirst[s];
	b = s + 2 < x->nsent ? x->sfirst[s + 2] : x->ntok;
	if (b > a + 120)
		return 0; /* long sentences: no contrast to read */
	for (k = a; k < b; k++)
		if (TK(k)->sent != s && cc_tok_is(x, k, "now"))
			return 1;
	return 0;
}

/* A month or weekday among the few words before word j of a clause that
 * starts at f ("On 27 September the same poll ..."). */
static int dated_before(const cc_xt *x, size_t f, size_t j)
{
	size_t k;

	for (k = j; k-- > f && j - k <= 5;)
		if (HAS(W(x, k), LX_MONTH) || cc_tok_vocab(x, k, CC_V_WEEKDAY))
			return 1;
	return 0;
}

/* "down from 40.5% on February 6 and 43% on October 27": the figure at
 * t0 after "and" continues a list of levels a movement came from. */
static int from_list(const cc_xt *x, size_t t0)
{
	size_t k, f = sent_first(x, t0);

	if (t0 < 3 || !cc_tok_is(x, t0 - 1, "and"))
		return 0;
	for (k = t0 - 1; k-- > f && t0 - k <= 10;) {
		if (punct(x, k, ',') || punct(x, k, ';') || punct(x, k, '(') || punct(x, k, ')') || cc_tok_is(x, k, "to"))
			return 0;
		if (cc_tok_is(x, k, "from"))
			return k > f && (HAS(W(x, k - 1), LX_UP) || HAS(W(x, k - 1), LX_DOWN));
	}
	return 0;
}

/* A verb of winning ("won", "took", "polled") between the election noun
 * at j and the figure at t0. */
static int won_between(const cc_xt *x, size_t j, size_t t0)
{
	size_t k;

	for (k = j + 1; k < t0; k++)
		if (cc_tok_in(x, k, WS(WIN_VERB)) && !cc_tok_is(x, k, "voted") && !cc_tok_is(x, k, "polled"))
			return 1;
	return 0;
}

/* An election noun at j with a year before the latest the text names, at
 * most three words before it ("the 2009 national election"). */
static int past_election_year(const cc_xt *x, size_t f, size_t j)
{
	size_t k;

	for (k = j; k-- > f && j - k <= 3;)
		if (year_of(x, k))
			return year_of(x, k) < x->last_year;
	return 0;
}

/* "71% rated them satisfactory, against 74% in autumn 2017 and the 81%
 * of autumn 2008": a figure set against the one before it ("against",
 * "compared with", "versus": lexicon class compare_open) and dated by a
 * year or month just after it -- another time's. */
static int dated_comparison(const cc_xt *x, size_t t0, size_t t1)
{
	size_t k = t0, j;

	while (k > 0 && t0 - k < 3 && (cc_tok_in(x, k - 1, WS(DEF_DET) | WS(ART)) || cc_tok_vocab(x, k - 1, CC_V_MARK_LEAD)))
		k--;
	if (k > 1 && cc_tok_is(x, k - 1, "and")) {
		/* "against 74% in 2017 and well below the 81% of 2008": the list goes on */
		size_t f = sent_first(x, k - 1);

		for (j = k - 1; j-- > f && k - j <= 12 && !cc_tok_vocab(x, j, CC_V_COMPARE_OPEN);)
			;
		if (j + 1 > f && k - j <= 12 && cc_tok_vocab(x, j, CC_V_COMPARE_OPEN))
			k = j + 1;
	}
	if (k == 0 || !cc_tok_vocab(x, k - 1, CC_V_COMPARE_OPEN))
		return 0;
	for (j = t1; j < t1 + 4 && j < x->ntok && same_sent(x, t1 ? t1 - 1 : 0, j); j++)
		if (year_of(x, j) || HAS(W(x, j), LX_MONTH) || past_marker(x, j))
			return 1;
	return 0;
}

/* "... well up on the first phase of the study in April. Then, 83%
 * wanted ...": a sentence opening "Then," (or "Back then,") after one
 * that names an earlier time (a month, a year, "earlier", "previous"). */
static int then_earlier(const cc_xt *x, size_t t0)
{
	size_t f = sent_first(x, t0), k, s = TK(t0)->sent;

	if (cc_tok_is(x, f, "back") && cc_tok_is(x, f + 1, "then"))
		f++;
	if (!cc_tok_is(x, f, "then") || !punct(x, f + 1, ',') || s == 0)
		return 0;
	for (k = x->sfirst[s - 1]; k < x->sfirst[s] && k < x->sfirst[s - 1] + 60; k++)
		if (HAS(W(x, k), LX_MONTH) || year_of(x, k) || cc_tok_in(x, k, WS(PAST_ADJ)))
			return 1;
	return 0;
}

/* "(38% in 2018; 68% nationally)": a bracket opening with a figure "in"
 * a year before the latest the text names, at token j. */
static int earlier_year_first(const cc_xt *x, size_t j)
{
	size_t k;

	if (!IS_NUM(j))
		return 0;
	for (k = j + 1; k < j + 6 && k < x->ntok && !IS_WORD(k); k++)
		;
	return cc_tok_is(x, k, "in") && year_of(x, k + 1) && year_of(x, k + 1) < x->last_year;
}

/* "77% like the area (against 65% in the 2018 survey and 83% in the
 * LGA's)": the figure at t0 is in a bracket opened by a word of
 * comparison (lexicon class compare_open), after a figure of its own. */
static int compare_bracket(const cc_xt *x, size_t t0)
{
	size_t k, f = sent_first(x, t0);

	for (k = t0; k-- > f && t0 - k <= 16;) {
		if (punct(x, k, ')'))
			return 0;
		if (punct(x, k, '('))
			return k > f && (IS_NUM(k - 1) || punct(x, k - 1, '%') || IS_WORD(k - 1)) &&
			       (cc_tok_vocab(x, k + 1, CC_V_COMPARE_OPEN) || earlier_year_first(x, k + 1));
	}
	return 0;
}

int cc_cx_earlier_figure(const cc_xt *x, size_t t0, size_t t1)
{
	size_t j;

	if (t0 >= x->ntok)
		return 0;
	if (from_list(x, t0))
		return 1;
	/* "up from 32%", "rose from 40% to 45%": the level it came from */
	if (t0 >= 2 && cc_tok_is(x, t0 - 1, "from") && same_sent(x, t0 - 1, t0)) {
		if (cc_tok_is(x, t1, "to") && (IS_NUM(t1 + 1) || HAS(W(x, t1 + 1), LX_HEDGE)))
			return 1;
		if (punct(x, t0 - 2, '('))
			return 1; /* "fell to 59% (from 61%)": the aside gives the level before */
		for (j = t0 - 1; j-- > 0 && t0 - j <= 4 && same_sent(x, j, t0);)
			if (HAS(W(x, j), LX_UP) || HAS(W(x, j), LX_DOWN))
				return 1;
	}
	if (compare_bracket(x, t0) || dated_comparison(x, t0, t1) || then_earlier(x, t0))
		return 1;
	/* "38% last month", "compared with 35% in the previous poll", "41% a
	 * year ago": a marker within a few words after it */
	for (j = t1; j < t1 + 4 && j < x->ntok && same_sent(x, t1 ? t1 - 1 : 0, j); j++) {
		if (past_marker(x, j))
			return 1;
		if (!IS_WORD(j) || !(cc_tok_in(x, j, WS(DEF_DET) | WS(ART) | WS(PLACE_PREP)) || cc_tok_is(x, j, "at")))
			break;
	}
	/* "When the question was last asked, ... around 40% wanted change",
	 * "In the previous poll, 38% ...", "A year ago, 35% ...": a wave
	 * marker earlier in the clause, before any other figure (not "in the
	 * last month", a period the answers cover) */
	{
		size_t f = sent_first(x, t0);

		for (j = t0; j-- > f && t0 - j <= 14;) {
			if ((IS_NUM(j) && x->tok[j].e - x->tok[j].s != 4) || punct(x, j, ';') || punct(x, j, ')') ||
			    (cc_tok_in(x, j, WS(CLAUSE_JOIN)) && !cc_tok_is(x, j, "and")) ||
			    cc_tok_vocab(x, j, CC_V_COMPARE_OPEN))
				break; /* another figure, an aside ("(up 2% on the poll a fortnight
					* earlier)"), another clause (", while ... last time"); "and"
					* joins dates as often ("in December and April"); "compared
					* with" opens what the figure is set against */
			if (cc_tok_in(x, j, WS(PAST_ADJ)) &&
			    (cc_tok_in(x, j + 1, WS(WAVE_NOUN)) || HAS(W(x, j + 1), LX_SURVEY_VERB)) &&
			    !cc_cx_wave_reference(x, f, j))
				return 1; /* (not "up one point on its previous poll") */
			if (HAS(W(x, j), LX_DURATION) && cc_tok_in(x, j + 1, WS(AGO)))
				return 1;
			if (cc_tok_in(x, j, WS(ELECTION_NOUN)) && (past_election_year(x, f, j) || won_between(x, j, t0)))
				return 1; /* "Turnout at the 2009 national election was 76%", "At the
					   * election the party won 32%" */
			if (cc_tok_in(x, j, WS(PAST_ADJ)) && HAS(W(x, j + 1), LX_DURATION) && t0 <= j + 4 &&
			    (j == f || punct(x, j - 1, ',') || punct(x, j - 1, ';')))
				return 1; /* "Last year, 35% said the same" opening its clause (not "polled 2,000
					   * adults last month and 54% said", "in the last year, 35% ...") */
			if (j > f && cc_tok_is(x, j - 1, "in") && year_of(x, j) &&
			    (year_of(x, j) < x->last_year || now_beside(x, t0)) && !cc_cx_survey_sentence(x, t0))
				return 1; /* "In 2003 only 4% of people ..." in a text that reaches 2005, or
					   * next to "Now the figure is 14%" */
		}
		/* "On 27 September the same poll had Labour on 43% and the
		 * Tories on 30%": every figure of the clause (not cut at a figure) */
		for (j = t0; j-- > f && t0 - j <= 24 && !punct(x, j, ';') &&
			     !(cc_tok_in(x, j, WS(CLAUSE_JOIN)) && !cc_tok_is(x, j, "and"));)
			if (cc_tok_is(x, j, "same") && cc_tok_in(x, j + 1, WS(WAVE_NOUN)) && dated_before(x, f, j))
				return 1;
	}
	return election_result(x, t1);
}
