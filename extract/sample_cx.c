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

/* Survey words: a survey noun or verb, a respondent noun, or a word of
 * doing a survey ("fieldwork", "pollsters"). */
static int survey_word(const cc_xt *x, size_t k)
{
	return (W(x, k) & ((1ull << LX_SURVEY_NOUN) | (1ull << LX_SURVEY_VERB) | (1ull << LX_RESPONDENT))) ||
	       cc_tok_in(x, k, WS(SURVEY_WORK));
}

/* A survey word in k's sentence. */
static int survey_sentence(const cc_xt *x, size_t k)
{
	size_t j, f = sent_first(x, k), end = sent_end(x, k);

	if (end > k + SENT_TOKENS)
		end = k + SENT_TOKENS;
	for (j = f; j < end; j++)
		if (survey_word(x, j))
			return 1;
	return 0;
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

int cc_cx_people(const cc_xt *x, size_t e, size_t ue)
{
	size_t j;

	for (j = e; j < ue; j++)
		if ((W(x, j) & ((1ull << LX_GROUP) | (1ull << LX_RESPONDENT))) || cc_tok_in(x, j, WS(PEOPLE_NOUN)))
			return 1;
	return 0;
}

int cc_cx_sample_label(const cc_xt *x, size_t b)
{
	size_t k, f;

	if (b < 2 || b >= x->ntok)
		return 0;
	f = sent_first(x, b);
	if (punct(x, b - 1, ':') && b - 2 >= f) {
		/* "Base: 120", "Interviews: 1,200", "Its sample: 3,955",
		 * "Sample size: 1,000" ("size" only after a sample word) */
		k = b - 2;
		if (cc_tok_is(x, k, "size"))
			return k > f && cc_tok_in(x, k - 1, WS(SAMPLE_LABEL));
		return cc_tok_in(x, k, WS(SAMPLE_LABEL)) || cc_cx_sample_noun(x, k);
	}
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

/* "with N", "among N": a survey word earlier in the clause ("ran the poll
 * by phone last month with 1,045 people", "fieldwork was done with 1,240
 * adults"), before any other figure or clause break. */
static int with_survey(const cc_xt *x, size_t w)
{
	size_t k, f = sent_first(x, w);

	for (k = w; k-- > f && w - k <= 10;) {
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

/* A span verb ("covered", "included", "spanned") whose subject is a
 * survey noun a few words before it: "The online ICM survey covered
 * 1,002 18 to 24 year olds". */
static int survey_spans(const cc_xt *x, size_t v)
{
	size_t k, f = sent_first(x, v);

	if (!cc_tok_in(x, v, WS(SPAN_VERB)))
		return 0;
	for (k = v; k-- > f && v - k <= 5;) {
		if (!IS_WORD(k))
			return 0;
		if (cc_cx_sample_noun(x, k))
			return 1;
	}
	return 0;
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
	if (cc_tok_is(x, b - 1, "from") && from_data(x, b - 1))
		return 1;
	/* "The pollsters spoke to 17,607 voters", in a survey's sentence */
	if (b >= 2 && cc_tok_is(x, b - 1, "to") && cc_tok_in(x, b - 2, WS(ASK_TO)) && survey_sentence(x, b))
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

int cc_cx_sample_answered(const cc_xt *x, size_t e, size_t ue)
{
	size_t j, k;

	for (j = e; j < ue; j++)
		if (cc_tok_in(x, j, WS(SAMPLE_UNIT)))
			return 1; /* "25 questionnaires", "1,200 interviews" */
	k = skip_aside(x, ue);
	if (cc_tok_in(x, k, WS(BE_HAVE_PAST)) && cc_tok_in(x, k + 1, WS(COMPLETE_VERB)) && !cc_tok_is(x, k + 1, "took"))
		k++; /* "had completed", "were returned" */
	if (cc_tok_in(x, k, WS(RESPOND_VERB)))
		return 1; /* "a total of 860 teachers responded" */
	if (cc_tok_in(x, k, WS(COME_BACK)) && cc_tok_is(x, k + 1, "back"))
		return 1; /* "9,500 postal questionnaires came back" */
	if (cc_tok_in(x, k, WS(COMPLETE_VERB))) {
		/* "completed the survey", "finished it", "filled in an online questionnaire" */
		for (j = k + 1; j < k + 5 && IS_WORD(j) && same_sent(x, k, j); j++)
			if (HAS(W(x, j), LX_SURVEY_NOUN) || (j == k + 1 && (cc_tok_in(x, j, WS(OBJ_PRON)) ||
									    cc_tok_is(x, j, "it"))))
				return 1;
	}
	/* "more than 3,000 listeners voted", in a poll's sentence */
	if (cc_tok_is(x, k, "voted") && cc_cx_people(x, e, ue) && survey_sentence(x, k))
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
