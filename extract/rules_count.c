/*
 * rules_count.c -- the claim rules for plain cardinals (stage: extract):
 * whether a number with no percent sign, currency or fraction is a count,
 * a survey's sample size, a subgroup's base, or no claim (a year, a phone
 * number, a score after a range, a measure, a tally, a list of values).
 * The rules are ordered tables at the end of the file, one named row per
 * behaviour, as in rules.c, which calls cc_rules_count for these figures.
 *
 * Must not: read the text around a figure itself (around.c and
 * sample_cx.c's tests do), link samples (link.c) or compute statistics.
 */
#include "rules_int.h"

#include <math.h>

/* Four digits from 1800 to 2100 alone: a year unless the context says more. */
static int is_year(const cc_xt *x, const cc_num *n)
{
	size_t len = TK(n->t0)->e - TK(n->t0)->s;
	return (n->fl & NF_DIGITS) && !(n->fl & (NF_SEPARATORS | NF_SCALE | NF_PERCENT | NF_CURRENCY | NF_FRAC)) &&
	       len == 4 && n->value >= 1800 && n->value <= 2100 && n->t1 == n->t0 + 1;
}

/* Digits with a leading 0 and no separators: a phone number. */
static int is_phone(const cc_xt *x, size_t a)
{
	const cc_tok *t = TK(a);
	return IS_NUM(a) && x->t[t->s] == '0' && t->e - t->s >= 3 && !memchr(x->t + t->s, '.', t->e - t->s) &&
	       !memchr(x->t + t->s, ',', t->e - t->s);
}

/* "children under 16", "the over-65s": a bound on an age, not a hedge
 * (only a plain cardinal has none of the flags refused) */
static int r_age_bound(cc_xt *x, fig *f)
{
	const cc_spec *p = &f->p;

	return p->hedge && !(f->n->fl & (NF_PERCENT | NF_CURRENCY | NF_POINTS | NF_FRAC)) && p->h0 > 0 &&
	       HAS(W(x, p->h0 - 1), LX_GROUP) && p->hedge->v[1] <= 1.1 && (p->hedge->v[0] == 1 || p->hedge->v[1] == 1)
	       ? CC_OK : RULE_ON;
}

/* ------------------------------------------------------------------ */
/* Plain cardinals: counts, sample sizes, and what is neither           */

/* "1977 scripts" is a year; "2000 adults", "2000 fans", "1906 GB adults"
 * are people (but "in 1999 firms ..." is a year), and so is a labelled
 * sample ("n=2000", "Sample size: 1906") */
static int r_year(cc_xt *x, fig *f)
{
	size_t e = f->e;

	/* "2019 Conservative voters", "2016 Remain voters": a year naming
	 * the vote, the capitalised word a party or side, not people */
	int vote_year = IS_WORD(e) && (TK(e)->fl & TF_CAP) && !cc_cx_people(x, e, e + 1) && cc_cx_people(x, e + 1, e + 2);

	return is_year(x, f->n) && !cc_cx_survey_before(x, f->b) && !cc_cx_sample_label(x, f->b) &&
	       !(cc_cx_people(x, e, e + 2) && !vote_year &&
		 !(f->b > 0 && cc_tok_in(x, f->b - 1, WS(PERIOD_PREP) | WS(TIME_PREP))))
	       ? CC_OK : RULE_ON;
}

/* "0800 123 456": the groups after it go with it */
static int r_phone(cc_xt *x, fig *f)
{
	size_t j = f->e;

	if (!is_phone(x, f->a))
		return RULE_ON;
	while (IS_NUM(j))
		j++;
	*f->next = j;
	return CC_OK;
}

/* "18-17" after a range the score rule let pass ("1.5-2-0") */
static int r_score_after_range(cc_xt *x, fig *f)
{
	size_t e = f->e;

	if (!((f->n->fl & NF_DIGITS) && punct(x, e, '-') && glued(x, e - 1) && IS_NUM(e + 1)))
		return RULE_ON;
	*f->next = e + 2;
	return CC_OK;
}

/* "9/11" */
static int r_slash_date(cc_xt *x, fig *f)
{
	size_t a = f->a, e = f->e;

	/* written close ("9/11", "24/7", "2016/17"); a slash with spaces
	 * parts the columns of a table ("Base (n): 1,056 / 354 / 320") */
	return (punct(x, e, '/') && glued(x, e - 1) && glued(x, e)) ||
	       (a > 1 && punct(x, a - 1, '/') && glued(x, a - 2) && glued(x, a - 1)) ||
	       (punct(x, e, '/') && !IS_NUM(e + 1) && !(cc_tok_is(x, e + 1, "n") && punct(x, e + 2, '='))) ||
	       (a > 1 && punct(x, a - 1, '/') && !IS_NUM(a - 2))
	       ? CC_OK : RULE_ON;
}

/* "100m champion" */
static int r_race_event(cc_xt *x, fig *f)
{
	return f->n->fl & NF_SCALE && IS_WORD(f->e) && HAS(W(x, f->e), LX_SPORT) ? CC_OK : RULE_ON;
}

/* race distances written "400m", "10,000m" before a word: events, not
 * millions (the distances: class race_distance of context.tsv) */
static int r_race_distance(cc_xt *x, fig *f)
{
	const cc_num *n = f->n;
	size_t e = f->e, d, nd;
	const cc_vocab_row *dist = cc_vocab_rows(CC_V_RACE_DISTANCE, &nd);

	if (!((n->fl & NF_SCALE) && !(n->fl & NF_SEPARATORS) && n->decimals == 0 && cc_tok_is(x, e - 1, "m") &&
	      glued(x, e - 2)))
		return RULE_ON;
	for (d = 0; d < nd; d++)
		if (n->value == dist[d].v[0] * 1e6 && IS_WORD(e))
			return CC_OK;
	return RULE_ON;
}

/* "5ive", "100ml" */
static int r_glued_unit(cc_xt *x, fig *f)
{
	return (f->n->fl & NF_DIGITS) && IS_WORD(f->e) && glued(x, f->e - 1) && !(f->n->fl & NF_SCALE) ? CC_OK : RULE_ON;
}

/* "143 calories", "50 grams", "about 6 teaspoons": a physical measure,
 * weight or dose, no claim */
static int r_measure(cc_xt *x, fig *f)
{
	return cc_tok_in(x, f->e, WS(MEASURE_UNIT)) ? CC_OK : RULE_ON;
}

/* "accurate to within 3 points, 19 times out of 20": a confidence level
 * (convention 8), no claim; "nine times out of ten they will die": a
 * rate, a ratio of the two; "if the poll were repeated 20 times":
 * supposed repetitions, no claim */
static int r_times_out_of(cc_xt *x, fig *f)
{
	size_t e = f->e;
	cc_num m;
	cc_spec *p = &f->p;

	if (!cc_tok_is(x, e, "times"))
		return RULE_ON;
	if (!(cc_tok_is(x, e + 1, "out") && cc_tok_is(x, e + 2, "of") && cc_num_parse(x, e + 3, &m) &&
	      !(m.fl & (NF_PERCENT | NF_CURRENCY | NF_SCALE | NF_RANGE)) && m.value > f->n->value))
		return cc_cx_hypothetical(x, f->b) ? CC_OK : RULE_ON;
	*f->next = m.t1;
	if (cc_cx_method_context(x, f->b))
		return CC_OK;
	p->kind = CC_KIND_PROPORTION;
	p->value = p->low = p->high = f->n->value / m.value;
	p->traits |= CC_TRAIT_WORD_FRACTION;
	p->tolerance = 0.025;
	p->t1 = m.t1;
	return cc_spec_emit(x, p);
}

/* "MPs voted 432 to 202", "passed by 432 votes to 202": a chamber's
 * tally, no claim (convention 3) */
static int r_vote_tally(cc_xt *x, fig *f)
{
	size_t e = cc_tok_is(x, f->e, "to") || cc_tok_is(x, f->e, "votes") ? cc_cx_vote_tally(x, f->n, f->b) : 0;

	if (!e)
		return RULE_ON;
	*f->next = e;
	return CC_OK;
}

/* "None of the 9 firms": a counted share of 0, n the total */
static int r_none_of(cc_xt *x, fig *f)
{
	size_t a = f->a, e = f->e, ue;
	cc_spec *p = &f->p;

	if (!(a >= 3 && cc_tok_in(x, a - 1, WS(DEF_DET)) && cc_tok_is(x, a - 2, "of") && cc_tok_is(x, a - 3, "none") &&
	      f->n->value >= 2 && f->n->value == floor(f->n->value) && !(f->n->fl & (NF_RANGE | NF_SCALE))))
		return RULE_ON;
	p->kind = CC_KIND_PROPORTION;
	p->t0 = p->h0 = a - 3;
	p->hedge = NULL;
	p->sample_n = f->n->value;
	p->value = p->low = p->high = 0;
	p->traits |= CC_TRAIT_COUNTED;
	ue = cc_cx_noun_phrase(x, e, 0);
	if (ue > e) {
		p->s0 = e;
		p->s1 = p->t1 = *f->next = ue;
	}
	return cc_spec_emit(x, p);
}

/* "50 Cent's manager": a name */
static int r_possessive_name(cc_xt *x, fig *f)
{
	size_t e = f->e;

	return IS_WORD(e) && (TK(e)->fl & TF_CAP) && !(f->n->fl & (NF_CURRENCY | NF_PERCENT)) &&
	       ((punct(x, e + 1, '\'') && glued(x, e) && cc_tok_is(x, e + 2, "s")) ||
		(TK(e)->e - TK(e)->s > 2 && x->t[TK(e)->e - 1] == 's' && x->t[TK(e)->e - 2] == '\'')) ? CC_OK : RULE_ON;
}

/* "a mean rating of 6.35": a mean, never a count */
static int r_mean_rating(cc_xt *x, fig *f)
{
	if (!(cc_cx_mean_before(x, f->b) && !(f->n->fl & (NF_RANGE | NF_SCALE))))
		return RULE_ON;
	f->p.kind = CC_KIND_MEAN;
	f->p.tolerance = cc_tol_digits(f->n, 1);
	return cc_spec_emit(x, &f->p);
}

/* "three times as likely", "five times higher": a multiple of another
 * figure, a relative change of N - 1 (as "tripled" is 2) */
static int r_times_as(cc_xt *x, fig *f)
{
	size_t e = f->e;

	if (!(cc_tok_is(x, e, "times") && f->n->value >= 1.5 &&
	      (cc_cx_as_much(x, e + 1) || (cc_tok_is(x, e + 1, "the") && IS_WORD(e + 2)) ||
	       (HAS(W(x, e + 1), LX_CMP) && tok_lex(x, e + 1, LX_CMP)->v[0] > 0))))
		return RULE_ON; /* (not "three times less": no clear reading); "about 10 times the
				 * bandwidth of 4G" is a multiple too */
	f->p.kind = CC_KIND_CHANGE;
	f->p.traits |= CC_TRAIT_MULTIPLIER;
	f->p.value -= 1;
	f->p.low -= 1;
	f->p.high -= 1;
	f->p.t1 = e + 1;
	*f->next = e + 1;
	f->p.tolerance = 0;
	return cc_spec_emit(x, &f->p);
}

/* "4G networks", "a 5G phone": a generation of mobile technology, not 4
 * billion (a capital G glued to the digits, a lower-case word after) */
static int r_network_generation(cc_xt *x, fig *f)
{
	size_t g = f->n->t1 - 1;

	return g > f->n->t0 && TK(g)->e - TK(g)->s == 1 && x->t[TK(g)->s] == 'G' && glued(x, g - 1) && IS_WORD(f->n->t1) &&
	       !(TK(f->n->t1)->fl & TF_CAP) ? CC_OK : RULE_ON;
}

/* "called 3 times", "four or five times a week", "repeated more than 20
 * times": how often something happened, no claim (gold: not a count) */
static int r_times_repeat(cc_xt *x, fig *f)
{
	return cc_tok_is(x, f->e, "times") && !(f->n->fl & (NF_PERCENT | NF_CURRENCY | NF_SCALE)) ? CC_OK : RULE_ON;
}

/* "posted 3,000 questionnaires and got 774 back": the answers received
 * (lexicon class got_back before the figure). */
static int got_back(const cc_xt *x, const fig *f)
{
	return cc_tok_is(x, f->e, "back") && f->b > 0 && cc_tok_vocab(x, f->b - 1, CC_V_GOT_BACK);
}

/* "9,000 people living in over 120 towns took part": a count of the
 * places a sample just stated in its sentence came from ("in", "across"
 * before the figure), not a second sample. */
static int places_of_sample(const cc_xt *x, const fig *f)
{
	size_t k = f->b;

	while (k > 0 && k + 3 > f->b && IS_WORD(k - 1) && HAS(W(x, k - 1), LX_HEDGE))
		k--; /* "in over 120 towns" */
	return k > 0 && (cc_tok_is(x, k - 1, "in") || cc_tok_is(x, k - 1, "across")) && f->prev >= 0 &&
	       x->doc->claims[f->prev].kind == CC_KIND_SAMPLE_SIZE && x->ci[f->prev].sent == TK(f->b)->sent;
}

/* Read a cardinal's surroundings once: the noun after it, the claim
 * before it in the sentence, a determiner before it and whether it
 * points back, and whether it is a sample (a subgroup "of the 250
 * patients", a survey's, a percentage's). */
static void count_read(cc_xt *x, fig *f)
{
	const cc_num *n = f->n;
	size_t b = f->b, e = f->e, ue;

	if (f->cnt_done)
		return;
	f->cnt_done = 1;
	f->ue = cc_cx_noun_phrase(x, e, 0);
	if (f->ue == e)
		f->ue = cc_cx_age_band(x, e); /* "four million 18 to 24-year-olds": the band is the noun */
	if (f->ue > e && cc_tok_in(x, e, WS(COME_BACK)) && cc_tok_is(x, e + 1, "back"))
		f->ue = e; /* "and 21 came back": a verb, the noun elided */
	if (got_back(x, f))
		f->ue = e; /* "and got 774 back" */
	if (f->ue == e && cc_tok_is(x, e, "of") && cc_tok_vocab(x, e + 1, CC_V_ADDRESSED))
		f->ue = e + 2; /* "the 142 of you who took part": the readers are the noun */
	f->prev = cc_last_in_sentence(x, TK(f->a)->sent);
	/* "the two firms" points back; "the 48,000 new homes" does not */
	f->det = b > 0 && cc_tok_in(x, b - 1, WS(GROUP_DET));
	f->anaphor = f->det && !cc_cx_big_group(x, n, f->ue);
	f->ofthe = f->det && !(n->fl & NF_SCALE) && b > 1 && cc_tok_is(x, b - 1, "the") && cc_tok_is(x, b - 2, "of") &&
		   f->prev >= 0 && x->doc->claims[f->prev].kind == CC_KIND_PROPORTION && x->ci[f->prev].t1 + 6 >= b;
	ue = f->ue;
	if (ue == e && cc_tok_is(x, e, "of") && cc_tok_in(x, e + 1, WS(DEF_DET)) && !cc_tok_is(x, e + 1, "the")) {
		size_t u = cc_cx_noun_phrase(x, e + 2, 0);

		if (u > e + 2 && cc_cx_people(x, e + 2, u))
			ue = u; /* "put its questions to 600 of its readers": the people asked */
	}
	f->sampled = ue > e &&
		     (cc_cx_survey_before(x, b) || cc_cx_survey_after(x, ue, e, ue) || cc_cx_sample_label(x, b) ||
		      cc_cx_sample_clause(x, b, e, ue) || cc_cx_sample_answered(x, e, ue) ||
		      /* "a sample of 500 16 to 20-year-olds and 500 21 to 25-year-olds": a
		       * second sample joined to the first */
		      (b > 0 && cc_tok_is(x, b - 1, "and") && f->prev >= 0 &&
		       x->doc->claims[f->prev].kind == CC_KIND_SAMPLE_SIZE && x->ci[f->prev].t1 + 12 >= b &&
		       cc_cx_people(x, e, f->ue))) &&
		     !cc_cx_job_interview(x, f->ue) && !places_of_sample(x, f) &&
		     !(f->ue > e && (cc_tok_is(x, f->ue - 1, "questions") || cc_tok_is(x, f->ue - 1, "question")));
	/* (not "We asked two questions") */
	f->direct = !f->det && f->ue > e && cc_cx_group_of_percent(x, n, b, f->ue, f->prev);
}

/* "12m euros, up from 9m": the currency of the paired figure */
static int r_paired_currency(cc_xt *x, fig *f)
{
	count_read(x, f);
	if (!(f->n->fl & NF_SCALE && !(f->n->fl & NF_CURRENCY) && f->prev >= 0 &&
	      x->doc->claims[f->prev].kind == CC_KIND_AMOUNT && f->ue == f->e))
		return RULE_ON;
	f->p.kind = CC_KIND_AMOUNT;
	f->p.unit = x->doc->claims[f->prev].unit;
	return cc_spec_emit(x, &f->p);
}

/* "one analyst said", "the next one" */
static int r_one(cc_xt *x, fig *f)
{
	return cc_tok_is(x, f->a, "one") && !f->p.hedge && !(f->n->fl & NF_SCALE) && f->n->value < 2 ? CC_OK : RULE_ON; /* not "one thousand" */
}

static size_t crossbreak_comma(cc_xt *x, fig *f);

/* "the two firms": a group named before (not "Among the 212 18-24s, ...") */
static int r_anaphor(cc_xt *x, fig *f)
{
	count_read(x, f);
	return f->anaphor && !f->ofthe && !f->sampled && !crossbreak_comma(x, f) ? CC_OK : RULE_ON;
}

/* "38 councils out of 120": a counted share, n = the total */
static int r_out_of(cc_xt *x, fig *f)
{
	const cc_num *n = f->n;
	cc_spec *p = &f->p;
	size_t e = f->e, ue;
	cc_num m;

	count_read(x, f);
	ue = f->ue;
	if (!(ue > e && cc_tok_is(x, ue, "out") && cc_tok_is(x, ue + 1, "of") && !(n->fl & (NF_SCALE | NF_RANGE)) &&
	      n->value == floor(n->value) && !cc_tok_is(x, ue - 1, "times")))
		return RULE_ON;
	if (!(cc_num_parse(x, ue + 2, &m) && !(m.fl & (NF_PERCENT | NF_CURRENCY | NF_RANGE | NF_FRAC)) && !m.ordinal &&
	      m.value > n->value && m.value == floor(m.value)))
		return RULE_ON;
	p->kind = CC_KIND_PROPORTION;
	p->value = p->low = p->high = n->value / m.value;
	p->traits |= CC_TRAIT_COUNTED;
	p->sample_n = m.value;
	p->s0 = e;
	p->s1 = ue;
	p->t1 = m.t1;
	*f->next = m.t1;
	return cc_spec_emit(x, p);
}

/* The noun phrase after a cardinal, when there is one (0 when none): the
 * claim's unit words, its span and where the finder goes on. */
static int take_noun(cc_xt *x, fig *f)
{
	count_read(x, f);
	if (f->ue <= f->e)
		return 0;
	f->p.u0 = f->e;
	f->p.u1 = f->ue;
	f->p.t1 = f->ue;
	*f->next = f->ue;
	return 1;
}

/* "Roughly 11,000 shoppers in 18 countries were questioned": the people
 * are the sample, the countries a count */
static int r_sample_in_places(cc_xt *x, fig *f)
{
	size_t b = f->b;
	long prev;

	prev = f->prev;
	if (!(f->sampled && !f->ofthe && !f->direct && prev >= 0 && b > 0 && x->ci[prev].t1 == b - 1 &&
	      cc_tok_in(x, b - 1, WS(PLACE_PREP)) && x->doc->claims[prev].kind == CC_KIND_COUNT))
		return RULE_ON;
	x->doc->claims[prev].kind = CC_KIND_SAMPLE_SIZE;
	cc_doc_ext(x->doc, (size_t)prev)->rule = f->p.rule; /* read again by this rule */
	return cc_spec_emit(x, &f->p);
}

/* A sample size with its population ("directors from government
 * departments, ..."): the words after "in/from/based" up to a finding
 * verb or the next clause. */
static int emit_sample(cc_xt *x, fig *f)
{
	cc_spec *p = &f->p;
	size_t ue = f->ue, s1 = ue;

	p->kind = CC_KIND_SAMPLE_SIZE;
	p->s0 = f->e;
	if (cc_tok_in(x, ue, WS(PLACE_PREP) | WS(BASED)) && !cc_tok_is(x, ue + 1, "total") &&
	    !cc_tok_is(x, ue + 1, "all")) { /* not "2,000 fans in total" */
		size_t j = ue + 1, end = sent_end(x, ue), lastw = ue;

		while (j < end) {
			unsigned long long c = W(x, j);

			if (IS_WORD(j) && HAS(c, LX_SURVEY_NOUN) && j < ue + 5) {
				lastw = ue; /* "fans in a scientific poll": the poll is not who */
				break;
			}
			if (IS_WORD(j) && (HAS(c, LX_OPINION) || HAS(c, LX_SURVEY_VERB) ||
					   cc_tok_in(x, j, WS(SUBJECT_END) | WS(RESPOND_VERB) | WS(COMPLETE_VERB))))
				break; /* "... across England took part" */
			if (!IS_WORD(j) && !punct(x, j, ',') && !punct(x, j, '-') && !punct(x, j, '\'') && !punct(x, j, '&'))
				break;
			if (punct(x, j, ',') && (cc_tok_in(x, j + 1, WS(CLAUSE_JOIN)) || cc_tok_is(x, j + 1, "or")))
				break; /* ", and 21 said": the next clause */
			if (IS_WORD(j))
				lastw = j + 1;
			j++;
		}
		if (lastw > ue + 1)
			s1 = lastw;
	}
	p->s1 = s1;
	return cc_spec_emit(x, p);
}

/* "of the 250 patients who...", after a proportion: its subgroup's sample */
static int r_subgroup_sample(cc_xt *x, fig *f)
{
	int rc;

	if (!f->ofthe)
		return RULE_ON;
	rc = emit_sample(x, f);
	if (!rc) {
		x->ci[f->prev].ofthe = (long)x->nci - 1;
		x->doc->claims[f->prev].traits |= CC_TRAIT_SUBGROUP;
	}
	return rc;
}

/* "58% of 1,200 parents", "by 46% to 49% among 700 voters": the sample
 * of the percentages just before */
static int r_sample_of_percent(cc_xt *x, fig *f)
{
	long q = f->prev;
	size_t at = f->b;
	int rc;

	if (!f->direct)
		return RULE_ON;
	rc = emit_sample(x, f);
	if (rc)
		return rc;
	while (q >= 0 && x->doc->claims[q].kind == CC_KIND_PROPORTION && x->ci[q].sent == x->ci[f->prev].sent &&
	       x->ci[q].t1 + 3 >= at) {
		x->ci[q].ofthe = (long)x->nci - 1;
		at = x->ci[q].t0;
		q--;
	}
	return CC_OK;
}

/* "1,200 parents, including 233 African American parents, 371 Hispanic
 * parents and 196 parents in ten major cities", "1,783 nurses took part:
 * 1,441 online and 342 by post": more samples after a sample in the
 * sentence, parts of it (a subgroup's base, never the survey's) when a
 * colon or "including" opens them. */
static int r_sample_list(cc_xt *x, fig *f)
{
	long prev;
	int part;

	count_read(x, f);
	prev = f->prev;
	if (!(prev >= 0 && x->doc->claims[prev].kind == CC_KIND_SAMPLE_SIZE && !(f->n->fl & (NF_SCALE | NF_RANGE)) &&
	      f->n->value >= 1 && f->n->value == floor(f->n->value) && cc_cx_sample_list(x, x->ci[prev].t1, f->b, &part)))
		return RULE_ON;
	if (part || (x->doc->claims[prev].traits & CC_TRAIT_SUBGROUP))
		f->p.traits |= CC_TRAIT_SUBGROUP;
	if (f->ue == f->e) {
		/* "233 African American parents": a name before the people */
		size_t ue = cc_cx_noun_phrase(x, f->e, 1);

		if (ue > f->e && cc_cx_people(x, ue - 1, ue)) {
			f->ue = ue;
			take_noun(x, f);
		}
	}
	if (f->ue > f->e && cc_cx_people(x, f->e, f->ue))
		return emit_sample(x, f);
	/* "1,441 online and 342 by post": the first sample's people */
	f->p.u1 = f->p.u0 = 0;
	f->p.t1 = f->e;
	*f->next = f->e;
	f->p.kind = CC_KIND_SAMPLE_SIZE;
	f->p.unit = x->doc->claims[prev].unit;
	return cc_spec_emit(x, &f->p);
}

/* "Among the 212 18-24-year-olds, 55% agreed", "Of the 161 respondents
 * in Wales, 41% said": a whole number after "among/of (the)" opening the
 * sentence or clause, closed by a comma before any other figure, is the
 * base of the shares after it. The comma's token, 0 when not such a
 * figure. */
static size_t crossbreak_comma(cc_xt *x, fig *f)
{
	const cc_num *n = f->n;
	size_t p = f->b, c;

	if (!(n->value >= 2 && n->value == floor(n->value) && !is_year(x, n) && !(n->fl & (NF_SCALE | NF_RANGE)) &&
	      (f->ue == f->e || cc_cx_people(x, f->e, f->ue)) && !cc_cx_is_age_band(x, f->a)))
		return 0; /* people, or an age band after them: not "Of the three answers, ...", and
			   * never the band itself ("Among 16 to 34 year olds, ...") */
	if (p > 0 && cc_tok_is(x, p - 1, "the"))
		p--;
	if (!(p > 0 && (cc_tok_is(x, p - 1, "among") || cc_tok_is(x, p - 1, "of"))))
		return 0;
	p--;
	if (p > sent_first(x, p) && cc_tok_in(x, p - 1, WS(CLAUSE_JOIN)))
		p--; /* "But of the 145 companies reporting, ..." */
	if (!(p == sent_first(x, p) || punct(x, p - 1, ';') || punct(x, p - 1, ':')))
		return 0;
	for (c = f->e; c < f->e + 12 && same_sent(x, f->e, c) && !punct(x, c, ','); c++)
		if (TK(c)->type == TK_SYM || cc_tok_in(x, c, WS(PERCENT_WORD)) || cc_tok_is(x, c, "per") || punct(x, c, '('))
			return 0;
	return punct(x, c, ',') && c > f->e ? c : 0;
}

/* The crossbreak's base (crossbreak_comma; link.c makes it a subgroup's
 * when a larger sample came before). Its people are the words up to the
 * comma when no noun follows the number (an age band). */
static int r_crossbreak_base(cc_xt *x, fig *f)
{
	size_t c;

	count_read(x, f);
	if (!(c = crossbreak_comma(x, f)))
		return RULE_ON;
	if (f->ue == f->e) {
		f->ue = c;
		take_noun(x, f);
	}
	f->p.hints |= CI_CROSSBREAK;
	return emit_sample(x, f);
}

/* "total 1038, 100%", "Total: 1,012 (100%)": the total row of a table of
 * answers, the base of its shares (its 100%: r_table_total) */
static int r_table_base(cc_xt *x, fig *f)
{
	size_t b = f->b, k = f->e;
	cc_num m;

	if (b > 0 && punct(x, b - 1, ':'))
		b--;
	if (!(b > 0 && cc_tok_is(x, b - 1, "total") && f->n->value >= 2 && f->n->value == floor(f->n->value)))
		return RULE_ON;
	if (punct(x, k, ',') || punct(x, k, '('))
		k++;
	if (!(cc_num_parse(x, k, &m) && (m.fl & NF_PERCENT) && m.value == 1))
		return RULE_ON;
	f->p.kind = CC_KIND_SAMPLE_SIZE;
	*f->next = m.t1 < x->ntok && punct(x, m.t1, ')') ? m.t1 + 1 : m.t1; /* its 100% is no finding */
	return cc_spec_emit(x, &f->p);
}

/* "surveyed 2,000 adults", "1,500 people were interviewed" */
static int r_sample_by_survey_words(cc_xt *x, fig *f)
{
	if (!f->sampled)
		return RULE_ON;
	if (crossbreak_comma(x, f))
		f->p.hints |= CI_CROSSBREAK; /* "Of the 161 respondents in Wales, ..." */
	return emit_sample(x, f);
}

/* "one of the firms", "the one place": no count */
static int r_one_noun(cc_xt *x, fig *f)
{
	return cc_tok_is(x, f->a, "one") ? CC_OK : RULE_ON;
}

/* "a single seat", "zero tolerance": a number word below two, no hedge */
static int r_word_below_two(cc_xt *x, fig *f)
{
	(void)x;
	return (f->n->fl & NF_WORD) && !f->p.hedge && f->n->value < 2 ? CC_OK : RULE_ON;
}

/* "40 trains", "3,000 more jobs" */
static int r_count_of_noun(cc_xt *x, fig *f)
{
	return cc_spec_emit(x, &f->p);
}

/* "193 (77%) were registered", "2 (<1%)", "British monarch 477, 46%;":
 * a count followed by its own share is two claims (convention 5), the
 * count here; the comma form only as an item of a list (";" after it) */
static int r_count_with_share(cc_xt *x, fig *f)
{
	if (!cc_cx_count_with_share(x, f->n))
		return RULE_ON;
	if (f->n->value >= 20 && cc_cx_sample_answered(x, f->e, f->e))
		f->p.kind = CC_KIND_SAMPLE_SIZE; /* "and 421 (84.4%) agreed to be interviewed" */
	return cc_spec_emit(x, &f->p);
}

/* "X can be 0, 1, 2, 3, 4 or 5": values in a row, not a list of counts */
static int r_enumeration(cc_xt *x, fig *f)
{
	return cc_cx_enumeration(x, f->n) ? CC_OK : RULE_ON;
}

/* "three", "ten" alone */
static int r_bare_word(cc_xt *x, fig *f)
{
	(void)x;
	return f->n->fl & NF_WORD ? CC_OK : RULE_ON;
}

/* "more than 9,000 of its tenants": a count of that group */
static int r_count_of_group(cc_xt *x, fig *f)
{
	const cc_num *n = f->n;
	size_t b = f->b, e = f->e, ne;

	if (!(cc_tok_is(x, e, "of") && n->value >= 2 && n->value == floor(n->value) && !(n->fl & NF_RANGE) &&
	      !(b > 0 && cc_tok_in(x, b - 1, WS(LAST_FINAL))) &&
	      cc_tok_in(x, e + 1, WS(DEF_DET) | WS(POSS))))
		return RULE_ON;
	ne = cc_cx_noun_phrase(x, e + 2, 0);
	if (ne <= e + 2)
		return RULE_ON;
	f->p.u0 = e + 2;
	f->p.u1 = ne;
	f->p.t1 = ne;
	if (cc_cx_sample_clause(x, b, e + 2, ne) || cc_cx_survey_before(x, b))
		f->p.kind = CC_KIND_SAMPLE_SIZE; /* "drawing on the responses of 6,263 of its members" */
	else
		f->p.t1 = e;
	return cc_spec_emit(x, &f->p);
}

/* "a majority of 5,907", "a majority of just 12": votes */
static int r_majority_votes(cc_xt *x, fig *f)
{
	size_t b = f->b;

	if (!((b >= 2 && cc_tok_is(x, b - 1, "of") && cc_tok_is(x, b - 2, "majority")) ||
	      (b >= 3 && cc_tok_is(x, b - 2, "of") && cc_tok_is(x, b - 3, "majority"))))
		return RULE_ON;
	f->p.unit = "votes";
	return cc_spec_emit(x, &f->p);
}

/* "a total of 40" */
static int r_total_of(cc_xt *x, fig *f)
{
	size_t b = f->b;

	return b >= 2 && cc_tok_is(x, b - 1, "of") && cc_tok_is(x, b - 2, "total") ? cc_spec_emit(x, &f->p) : RULE_ON;
}

/* "n 25": a label */
static int r_n_label(cc_xt *x, fig *f)
{
	return f->b > 0 && cc_tok_is(x, f->b - 1, "n") ? CC_OK : RULE_ON;
}

/* "n = 25": a sample */
static int r_n_equals(cc_xt *x, fig *f)
{
	size_t b = f->b;

	if (!(b > 1 && punct(x, b - 1, '=') && cc_tok_is(x, b - 2, "n")))
		return RULE_ON;
	f->p.kind = CC_KIND_SAMPLE_SIZE;
	return cc_spec_emit(x, &f->p);
}

/* "40 trains on Monday, 75 on Tuesday": a list of counts goes on */
static int r_list_of_counts(cc_xt *x, fig *f)
{
	const cc_claim *pc;

	count_read(x, f);
	if (f->prev < 0)
		return RULE_ON;
	if (f->b >= 3 && f->n->value <= 31 && (cc_tok_is(x, f->b - 1, "to") || cc_tok_is(x, f->b - 1, "and")) &&
	    IS_NUM(f->b - 2) && HAS(W(x, f->b - 3), LX_MONTH))
		return CC_OK; /* "from August 20 to 22": the last day of a date range */
	pc = &x->doc->claims[f->prev];
	if (!((pc->kind == CC_KIND_COUNT || pc->kind == CC_KIND_SAMPLE_SIZE) && pc->unit &&
	      cc_cx_list_continues(x, f->n, f->b)))
		return RULE_ON;
	if (pc->kind == CC_KIND_COUNT && (cc_cx_survey_after(x, f->e, f->e, f->e) || cc_cx_sample_answered(x, f->e, f->e)))
		return RULE_ON; /* "... 50 states (374 were interviewed ...)": a sample by its own verb */
	/* a sample's list goes on ("polled 500 before and 700 after"), but
	 * not into the places it was asked in ("17,607 voters at 130 polling
	 * places", "in all 50 states") or the total it was drawn from ("161
	 * teachers (out of 548)") */
	f->p.kind = pc->kind == CC_KIND_SAMPLE_SIZE && f->b > 0 &&
		    (cc_tok_in(x, f->b - 1, WS(PLACE_PREP) | WS(ALL_DET)) || cc_tok_is(x, f->b - 1, "at") ||
		     cc_tok_is(x, f->b - 1, "of"))
		    ? CC_KIND_COUNT : pc->kind;
	if (f->p.kind == CC_KIND_SAMPLE_SIZE)
		f->p.traits |= pc->traits & CC_TRAIT_SUBGROUP; /* "1,441 online and 342 by post" */
	f->p.unit = pc->unit;
	return cc_spec_emit(x, &f->p);
}

/* "polled 1,200", "Voters polled: 1,200 adults", "Base: 120", "the
 * survey covered 1,002 18 to 24 year olds" */
static int r_sample_after_survey(cc_xt *x, fig *f)
{
	if (!(cc_cx_survey_before(x, f->b) || cc_cx_sample_label(x, f->b) || cc_cx_sample_clause(x, f->b, f->e, f->e) ||
	      (f->n->fl & NF_DIGITS && f->n->value >= 20 &&
	       (cc_cx_survey_after(x, f->e, f->e, f->e) || cc_cx_sample_answered(x, f->e, f->e)))))
		return RULE_ON; /* ... and "1,127 were interviewed on a cell phone", "860 responded" */
	f->p.kind = CC_KIND_SAMPLE_SIZE;
	return cc_spec_emit(x, &f->p);
}

/* "posted 3,000 questionnaires and got 774 back": a sample, the answers */
static int r_got_back(cc_xt *x, fig *f)
{
	if (!got_back(x, f))
		return RULE_ON;
	f->p.kind = CC_KIND_SAMPLE_SIZE;
	return cc_spec_emit(x, &f->p);
}

/* "grew from 35 to 410 stores": the first figure counts the same noun
 * (not "from 1 to 10", the ends of a scale) */
/* "a steady slide in prosecutions in England and Wales, from 6,394 ...":
 * a noun of movement a few words before the comma at c, no figure
 * between. */
static int movement_noun_before(const cc_xt *x, size_t c)
{
	size_t k, f = sent_first(x, c);

	for (k = c; k-- > f && c - k <= 8;) {
		if (!IS_WORD(k))
			return 0;
		if (HAS(W(x, k), LX_UP) || HAS(W(x, k), LX_DOWN))
			return 1;
	}
	return 0;
}

/* "Prosecutions fell from 6,394 in 2016/17 to 3,025 in 2020/21",
 * "convictions went from 4,751 to 2,595": a movement between two bare
 * levels of the sentence's subject, both counts (the noun is elided).
 * fr is the "from" token; the level after "to" is returned through *to
 * (its first token), with a period between allowed ("in 2016/17"). */
static int bare_levels(cc_xt *x, size_t fr, size_t *to)
{
	size_t k;
	cc_num a, m;

	if (fr == 0 || !(HAS(W(x, fr - 1), LX_UP) || HAS(W(x, fr - 1), LX_DOWN) || cc_tok_in(x, fr - 1, WS(PARTICLE_VERB)) ||
			 (punct(x, fr - 1, ',') && movement_noun_before(x, fr - 1))))
		return 0;
	if (!cc_num_parse(x, fr + 1, &a) || (a.fl & (NF_PERCENT | NF_CURRENCY | NF_POINTS | NF_RANGE | NF_SCALE)) ||
	    a.ordinal || is_year(x, &a) || !(a.value >= 20 || (a.fl & NF_SEPARATORS)))
		return 0;
	k = a.t1;
	if (cc_tok_is(x, k, "in") || cc_tok_is(x, k, "at"))
		for (k++; k < a.t1 + 5 && !cc_tok_is(x, k, "to") && same_sent(x, fr, k) && !punct(x, k, ','); k++)
			;
	if (!cc_tok_is(x, k, "to") || !cc_num_parse(x, k + 1, &m) ||
	    (m.fl & (NF_PERCENT | NF_CURRENCY | NF_POINTS | NF_RANGE | NF_SCALE)) || m.ordinal || is_year(x, &m) ||
	    cc_cx_noun_phrase(x, m.t1, 0) > m.t1)
		return 0;
	*to = k + 1;
	return 1;
}

/* The two levels of bare_levels, each a count. */
static int r_bare_levels(cc_xt *x, fig *f)
{
	size_t b = f->b, k, to;

	if (b > 0 && cc_tok_is(x, b - 1, "from") && bare_levels(x, b - 1, &to))
		return cc_spec_emit(x, &f->p);
	if (!(b > 0 && cc_tok_is(x, b - 1, "to")))
		return RULE_ON;
	for (k = b - 1; k-- > 0 && b - k < 10 && same_sent(x, b, k);)
		if (cc_tok_is(x, k, "from"))
			return bare_levels(x, k, &to) && to == f->a ? cc_spec_emit(x, &f->p) : RULE_ON;
	return RULE_ON;
}

static int r_from_to_noun(cc_xt *x, fig *f)
{
	const cc_num *n = f->n;
	size_t b = f->b, e = f->e, me;
	cc_num m;

	if (!(b > 0 && cc_tok_is(x, b - 1, "from") && cc_tok_is(x, e, "to") && n->value >= 2 &&
	      n->value == floor(n->value) && !is_year(x, n)))
		return RULE_ON;
	if (!(cc_num_parse(x, e + 1, &m) && !(m.fl & (NF_PERCENT | NF_CURRENCY | NF_POINTS | NF_RANGE)) && !m.ordinal &&
	      m.value > 0))
		return RULE_ON;
	me = cc_cx_noun_phrase(x, m.t1, 0);
	if (!(me > m.t1 && !HAS(W(x, m.t1), LX_DURATION) && !HAS(W(x, m.t1), LX_MONTH)))
		return RULE_ON;
	f->p.u0 = m.t1;
	f->p.u1 = me;
	return cc_spec_emit(x, &f->p);
}

/* "rose to 3.2 million", "nearly 4 million expected", "between 150 and
 * 200 million": a scale word makes a bare figure a count of something (a
 * range only in words: "3-4m" may be metres) */
static int r_scaled_count(cc_xt *x, fig *f)
{
	size_t e = f->e;

	return (f->n->fl & NF_SCALE) && (!(f->n->fl & NF_RANGE) || cc_tok_is(x, f->a, "between")) && e >= 2 &&
	       !glued(x, e - 2) &&
	       TK(e - 1)->e - TK(e - 1)->s >= 2 && !(TK(e - 1)->fl & TF_CAP) ? cc_spec_emit(x, &f->p) : RULE_ON;
}

/* A large whole figure written with separators. */
static int big_whole(const cc_num *n)
{
	return (n->fl & NF_SEPARATORS) && n->value >= 1000 && n->value == floor(n->value);
}

/* "unit sales were 4,120,000", "deliveries totalled 2,315,000": a large
 * figure stated as the total of a plural noun */
static int r_stated_total(cc_xt *x, fig *f)
{
	size_t b = f->b;

	return big_whole(f->n) && b >= 2 &&
	       (cc_tok_in(x, b - 1, WS(TOTALLED)) ||
		(cc_tok_in(x, b - 1, WS(LEVEL_VERB)) && IS_WORD(b - 2) &&
		 x->t[TK(b - 2)->e - 1] == 's' && !(TK(b - 2)->fl & TF_CAP))) ? cc_spec_emit(x, &f->p) : RULE_ON;
}

/* "sales to grow 12% to 310,000": the level a change reaches (not a
 * price or an index: market_level) */
static int r_level_after_change(cc_xt *x, fig *f)
{
	size_t b = f->b;
	long prev;

	count_read(x, f);
	prev = f->prev;
	return big_whole(f->n) && b > 0 && cc_tok_is(x, b - 1, "to") && prev >= 0 &&
	       x->doc->claims[prev].kind == CC_KIND_CHANGE && x->ci[prev].t1 == b - 1 && !cc_cx_market_level(x, b)
	       ? cc_spec_emit(x, &f->p) : RULE_ON;
}

/* "police numbers fell by 1,450": an absolute difference */
static int r_absolute_change(cc_xt *x, fig *f)
{
	const cc_num *n = f->n;
	size_t b = f->b;

	return b > 0 && cc_tok_is(x, b - 1, "by") && n->value >= 2 && n->value == floor(n->value) && !is_year(x, n) &&
	       cc_cx_change_before(x, b, &(int){0}) ? cc_spec_emit(x, &f->p) : RULE_ON;
}

/* ------------------------------------------------------------------ */
/* The tables (rules.c explains a row)                                  */

/* plain cardinals */
#define COUNT_RULES(R) \
	R(r_network_generation, "mobile generation (4G networks)", NF_SCALE, NF_CURRENCY | NF_PERCENT) \
	R(r_age_bound, "age bound (children under 16)", 0, NF_PERCENT | NF_CURRENCY | NF_POINTS | NF_FRAC) \
	R(r_year, "year", NF_DIGITS, NF_SEPARATORS | NF_SCALE | NF_PERCENT | NF_CURRENCY | NF_FRAC) \
	R(r_phone, "phone number", 0, 0) \
	R(r_score_after_range, "score after a range", NF_DIGITS, 0) \
	R(r_slash_date, "slash date 9/11", 0, 0) \
	R(r_race_event, "race event (100m champion)", NF_SCALE, 0) \
	R(r_race_distance, "race distance (400m)", NF_SCALE, NF_SEPARATORS) \
	R(r_glued_unit, "unit glued to digits (100ml)", NF_DIGITS, NF_SCALE) \
	R(r_measure, "physical measure (143 calories, 50 grams)", 0, NF_CURRENCY | NF_PERCENT) \
	R(r_times_out_of, "N times out of M (a rate; 19 times out of 20 in a method)", 0, NF_RANGE | NF_SCALE) \
	R(r_vote_tally, "vote tally (voted 432 to 202)", 0, NF_RANGE | NF_SCALE) \
	R(r_none_of, "none of the N (a share of 0)", 0, NF_RANGE | NF_SCALE) \
	R(r_possessive_name, "possessive name (50 Cent's)", 0, NF_CURRENCY | NF_PERCENT) \
	R(r_mean_rating, "mean rating (a mean rating of 6.35)", 0, NF_RANGE | NF_SCALE) \
	R(r_times_as, "times as (three times as likely)", 0, NF_RANGE | NF_SCALE) \
	R(r_times_repeat, "times repeated (called 3 times, twice a week)", 0, NF_RANGE) \
	R(r_paired_currency, "currency of the paired figure (12m euros, up from 9m)", NF_SCALE, NF_CURRENCY) \
	R(r_one, "one (one analyst said)", 0, NF_SCALE) \
	R(r_anaphor, "anaphor (the two firms)", 0, 0) \
	R(r_out_of, "x out of y", 0, NF_SCALE | NF_RANGE)

/* plain cardinals before a noun (which is the claim's unit: take_noun) */
#define NOUN_RULES(R) \
	R(r_sample_in_places, "sample in places (11,000 shoppers in 18 countries)", 0, 0) \
	R(r_sample_list, "list of samples (1,200 parents, including 233 ...)", 0, 0) \
	R(r_subgroup_sample, "subgroup sample (of the 250 patients who)", 0, 0) \
	R(r_sample_of_percent, "sample of a percentage (58% of 1,200 parents)", 0, 0) \
	R(r_sample_by_survey_words, "sample by survey words (2,000 adults surveyed)", 0, 0) \
	R(r_crossbreak_base, "crossbreak base (Among the 212 18-24s, ...)", 0, NF_SCALE | NF_RANGE) \
	R(r_one_noun, "one before a noun", 0, 0) \
	R(r_word_below_two, "number word below two", NF_WORD, 0) \
	R(r_count_of_noun, "count of a noun", 0, 0)

/* plain cardinals with no noun after them */
#define BARE_RULES(R) \
	R(r_enumeration, "enumerated values (can be 0, 1, 2, 3 or 4)", NF_DIGITS, NF_RANGE | NF_SCALE | NF_CURRENCY | NF_PERCENT) \
	R(r_bare_word, "bare number word", NF_WORD, 0) \
	R(r_count_of_group, "count of a group (9,000 of its tenants)", 0, NF_RANGE) \
	R(r_majority_votes, "majority of N votes", 0, 0) \
	R(r_total_of, "a total of N", 0, 0) \
	R(r_table_base, "table total base (total 1038, 100%)", 0, NF_SCALE | NF_RANGE) \
	R(r_n_label, "n N (a label)", 0, 0) \
	R(r_n_equals, "n = N", 0, 0) \
	R(r_sample_list, "list of samples (1,200 parents, including 233 ...)", 0, 0) \
	R(r_crossbreak_base, "crossbreak base (Among the 212 18-24s, ...)", 0, NF_SCALE | NF_RANGE) \
	R(r_got_back, "answers received (got 774 back)", 0, NF_RANGE | NF_SCALE | NF_CURRENCY | NF_PERCENT) \
	R(r_count_with_share, "count with its share (193 (77%))", 0, NF_RANGE | NF_SCALE | NF_CURRENCY | NF_PERCENT) \
	R(r_list_of_counts, "list of counts (40 on Monday, 75 on Tuesday)", 0, 0) \
	R(r_sample_after_survey, "sample after survey words (polled 1,200)", 0, 0) \
	R(r_from_to_noun, "from N to M nouns", 0, 0) \
	R(r_bare_levels, "levels of a movement, noun elided (fell from 6,394 to 3,025)", 0, NF_PERCENT | NF_CURRENCY | NF_SCALE | NF_RANGE) \
	R(r_scaled_count, "scaled count (3.2 million)", NF_SCALE, 0) \
	R(r_stated_total, "stated total (deliveries totalled 2,315,000)", NF_SEPARATORS, 0) \
	R(r_level_after_change, "level after a change (grow 12% to 310,000)", NF_SEPARATORS, 0) \
	R(r_absolute_change, "absolute change (fell by 1,450)", 0, 0)

RULE_LIST(COUNT_RULES)
RULE_LIST(NOUN_RULES)
RULE_LIST(BARE_RULES)

int cc_rules_count(cc_xt *x, fig *f)
{
	int rc = try_COUNT_RULES(x, f);

	if (rc != RULE_ON)
		return rc;
	return take_noun(x, f) ? try_NOUN_RULES(x, f) : try_BARE_RULES(x, f);
}
