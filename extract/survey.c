/*
 * survey.c -- what the text says about the surveys it reports (stage:
 * extract, last step: cc_extract_doc calls cc_survey_extract after the
 * claims are extracted, sorted and linked).
 *
 * Finds each survey the text describes -- one per main sample_size claim
 * (survey_link.c decides which), or one for a survey noun phrase when no
 * sample is given -- and fills doc->surveys: commissioner and its type,
 * fieldwork organisation or pollster, fieldwork dates, mode, population,
 * geography, selection, question wording, self-selection cues,
 * "new/latest", a stated design effect and population size, and the
 * sample size read from the text when no claim gives it. Then
 * survey_link.c ties the claims to them. (The document's date is read
 * before, by docdate.c.)
 *
 * Must not: tie claims to surveys (survey_link.c), compute statistics,
 * touch the database, flag (stats/ judges what is recorded here), or list
 * words: the cue lists are classes of the vocabulary (core/vocab.h: the
 * extract/lexicon files survey-method.tsv, commissioners.tsv,
 * attribution.tsv, sample.tsv, the month class of context.tsv, and the
 * register of pollsters).
 */
#include "survey_int.h"

#include <assert.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

/* ------------------------------------------------------------ the dateline */

/* Where the article body starts: after a dateline ("Oxford, 2 April 2024
 * --") so its month is not read as fieldwork. */
static size_t body_start(const cc_doc *doc)
{
	const char *t = doc->text;
	size_t n = doc->text_len < 80 ? doc->text_len : 80, i;


	/* a dash only counts after a digit */
	for (i = 0; i < n && !isdigit((unsigned char)t[i]); i++)
		;
	for (; i < n; i++) {
		unsigned char c = (unsigned char)t[i];

		if (c == 0xE2) {
			if (i + 3 <= doc->text_len && (unsigned char)t[i + 1] == 0x80 &&
			    ((unsigned char)t[i + 2] == 0x94 || (unsigned char)t[i + 2] == 0x93))
				return i + 3;
		} else if (c == '-') {
			if (i + 2 < doc->text_len && t[i + 1] == '-')
				return i + 2;
		} else if (c == '\n') {
			break;
		}
	}
	return 0;
}

/* Does text offset `at` lie in a date the top lines give (docdate.c: a
 * dateline's or a byline's), which dates the article, not its fieldwork? */
static int in_topdate(const cc_doc *doc, size_t at)
{
	size_t k;

	for (k = 0; k < doc->ntopdates; k++)
		if (at >= doc->topdates[k][0] && at < doc->topdates[k][1])
			return 1;
	return 0;
}

/* The twelve full month names, January first (the first rows of class
 * month, lower case; v[0] is the month's number). */
static const cc_vocab_row *month_names(void)
{
	size_t n;
	const cc_vocab_row *r = cc_vocab_rows(CC_V_MONTH, &n);

	assert(n >= 12 && r[0].v[0] == 1 && r[11].v[0] == 12);
	return r;
}

/* ------------------------------------------------------------ names */

/* The noun phrase after "by " at p: words up to punctuation or a stop
 * word, at most 8 words. Returns its length (0 none). */
static size_t name_after(const char *p, const char *lim)
{
	const char *q = p, *end = p;
	int words = 0;

	while (q < lim && words < 8) {
		const char *w = q;
		size_t n;

		while (q < lim && (wordch(*q) || *q == '-' || *q == '&' || *q == '.'))
			q++;
		n = (size_t)(q - w);
		while (n && w[n - 1] == '.')
			n--;
		if (!n || row_ci(CC_V_NAME_STOP, w, n))
			break;
		end = w + n;
		words++;
		if (q < lim && *q == ' ')
			q++;
		else
			break;
	}
	return (size_t)(end - p);
}

/* The noun phrase that ends at p (backwards to a sentence start, comma or
 * a lower-case function word), for "X's survey" and "X, which polled". */
static const char *name_before(const char *start, const char *p)
{
	const char *q = p;
	int words = 0;

	while (q > start && words < 6) {
		const char *e = q, *w;

		while (q > start && q[-1] == ' ')
			q--;
		e = q;
		while (q > start && (wordch(q[-1]) || q[-1] == '-' || q[-1] == '&' || q[-1] == '.'))
			q--;
		w = q;
		if (w == e)
			break;
		words++;
		if (w == start || !(w[-1] == ' '))
			return w;
		/* stop after a determiner */
		if (row_ci(CC_V_NAME_DET, w, (size_t)(e - w)))
			return w;
	}
	return q;
}

/* The first pollster or public statistics body named in [s, s+len) (the
 * register's names and aliases, reference/data/20-pollsters.csv, as
 * written; the longest at a place), NULL none. */
static const char *pollster_in(cc_phrase *ph, const char *s, size_t len)
{
	return first_cue(ph, s, len, VL(REGISTER_POLLSTER), 1, NULL);
}

/* Type of a commissioner phrase; the cue word through *cue. */
static const char *classify(cc_phrase *ph, const char *s, size_t len, const char **cue)
{
	size_t k, n;
	const cc_vocab_row *r = cc_vocab_rows(CC_V_COMMISSIONER_TYPE, &n);

	*cue = NULL;
	if (pollster_in(ph, s, len)) {
		*cue = pollster_in(ph, s, len);
		return "pollster";
	}
	/* (any of them at all first: one search for most names) */
	if (!first_cue(ph, s, len, VL(COMMISSIONER_TYPE), 0, NULL))
		return NULL;
	for (k = 0; k < n; k++)
		if (find_w(ph, s, len, r[k].phrase, 0)) {
			*cue = r[k].phrase;
			return r[k].str;
		}
	return NULL;
}

/* ------------------------------------------------------------ survey fields */

typedef struct scope {
	size_t a, b;            /* text span the survey's cues are read from */
} scope;

static void set_commissioner(cc_phrase *ph, cc_doc *doc, cc_survey_info *s, const char *p, size_t n)
{
	const char *cue;
	const char *type;

	while (n && (p[n - 1] == ' ' || p[n - 1] == ','))
		n--;
	if (!n || s->commissioner)
		return;
	type = classify(ph, p, n, &cue);
	if (type && !strcmp(type, "pollster") && !s->fieldwork_org)
		s->fieldwork_org = cc_doc_strndup(doc, p, n);
	s->commissioner = cc_doc_strndup(doc, p, n);
	s->commissioner_type = type;
	s->commissioner_cue = cue;
}

/*
 * The commissioner patterns, tried in turn (find_commissioner); each
 * returns 1 when the search is over (a commissioner named, or a pattern
 * that settles it), 0 to try the next.
 */
typedef int commission_pattern(cc_phrase *ph, cc_doc *doc, cc_survey_info *s, const scope *sc);

/* "commissioned by X" */
static int commissioned_by(cc_phrase *ph, cc_doc *doc, cc_survey_info *s, const scope *sc)
{
	const char *t = doc->text, *lim = t + sc->b, *p;

	for (p = t + sc->a; (p = find_w(ph, p, (size_t)(lim - p), "commissioned by", 0)); p += 15) {
		size_t n = name_after(p + 16, lim);

		if (n) {
			set_commissioner(ph, doc, s, p + 16, n);
			return 1;
		}
	}
	return 0;
}

/* After the survey noun of row `noun`, in the window [q, w): "by X", or
 * "for X" when a capital follows ("a poll of 1,200 adults for the
 * campaign group X"). A pollster named there did the fieldwork; another
 * name commissioned the survey. 1 when a commissioner is named. */
static int noun_by_name(cc_phrase *ph, cc_doc *doc, cc_survey_info *s, const cc_vocab_row *noun, const char *q,
			const char *w)
{
	const char *by = find_w(ph, q, (size_t)(w - q), "by", 0), *cue, *type;
	size_t n;

	if (!by) {
		const char *f = find_w(ph, q, (size_t)(w - q), "for", 0), *x;
		int named = 0;

		if (!f)
			return 0;
		for (x = f + 4; x < w && x < f + 40 && *x != ','; x++)
			if (isupper((unsigned char)*x))
				named = 1;
		if (!named)
			return 0;
		by = f + 3;
	} else {
		by += 2;
	}
	while (by < w && *by == ' ')
		by++;
	if (!(n = name_after(by, w)))
		return 0;
	type = classify(ph, by, n, &cue);
	/* "carried out by telephone": a mode, not a name */
	if (first_cue(ph, by, n, VL(NOT_NAME), 0, NULL))
		return 0;
	if (type && !strcmp(type, "pollster")) {
		if (!s->pollster)
			s->pollster = cue;
		if (!s->fieldwork_org)
			s->fieldwork_org = cc_doc_strndup(doc, by, n);
		return 0;
	}
	/* "surveyed by the Gazette": commissioner and fieldwork */
	if (row_is(noun, "fieldwork") && !s->fieldwork_org)
		s->fieldwork_org = cc_doc_strndup(doc, by, n);
	set_commissioner(ph, doc, s, by, n);
	return s->commissioner != NULL;
}

/* "<survey noun> ... by X" within a short window, same sentence */
static int noun_by(cc_phrase *ph, cc_doc *doc, cc_survey_info *s, const scope *sc)
{
	const char *t = doc->text, *lim = t + sc->b, *p;
	size_t k, nn;
	const cc_vocab_row *noun = cc_vocab_rows(CC_V_COMMISSION_NOUN, &nn);

	for (k = 0; k < nn; k++)
		for (p = t + sc->a; (p = find_w(ph, p, (size_t)(lim - p), noun[k].phrase, 0)); p++) {
			const char *q = p + strlen(noun[k].phrase), *w = q;
			size_t win = 0;

			while (w < lim && win < 90 && *w != '.' && *w != ';' && *w != '\n') {
				w++;
				win++;
			}
			if (noun_by_name(ph, doc, s, &noun[k], q, w))
				return 1;
		}
	return 0;
}

/* The possessive ("X's", "X’s") that ends at most three words before p,
 * within [start, p); NULL when none. */
static const char *possessive_before(const char *start, const char *p)
{
	const char *q = p;
	int words = 0;

	while (q > start && words < 3) {
		const char *e;

		while (q > start && q[-1] == ' ')
			q--;
		e = q;
		if (e - start >= 2 && e[-1] == 's' && e[-2] == '\'')
			return e - 2;
		if (e - start >= 4 && (unsigned char)e[-1] == 's' && (unsigned char)e[-2] == 0x99 &&
		    (unsigned char)e[-3] == 0x80 && (unsigned char)e[-4] == 0xE2)
			return e - 4;
		while (q > start && (isalnum((unsigned char)q[-1]) || q[-1] == '-'))
			q--;
		if (q == e)
			break;
		words++;
	}
	return NULL;
}

/* "X's (own|online|new|two...) survey" */
static int possessive(cc_phrase *ph, cc_doc *doc, cc_survey_info *s, const scope *sc)
{
	const char *t = doc->text, *lim = t + sc->b, *p, *apos;
	size_t k, nn;
	const cc_vocab_row *noun = cc_vocab_rows(CC_V_COMMISSION_NOUN, &nn);

	for (k = 0; k < nn; k++) {
		if (!row_is(&noun[k], "possessive"))
			continue;
		for (p = t + sc->a; (p = find_w(ph, p, (size_t)(lim - p), noun[k].phrase, 0)); p++) {
			const char *w;

			if (!(apos = possessive_before(t + sc->a, p)))
				continue;
			w = name_before(t + sc->a, apos);
			if (apos > w && strncasecmp(w, "its", 3)) {
				set_commissioner(ph, doc, s, w, (size_t)(apos - w));
				return 1;
			}
		}
	}
	return 0;
}

/* "The campaign group X commissioned Deltapoll to survey ..." */
static int subject_commissioned(cc_phrase *ph, cc_doc *doc, cc_survey_info *s, const scope *sc)
{
	const char *t = doc->text, *lim = t + sc->b, *p;

	for (p = t + sc->a; (p = find_w(ph, p, (size_t)(lim - p), "commissioned", 0)); p += 12) {
		const char *w;

		if (lim - p > 15 && !strncasecmp(p + 12, " by", 3))
			continue;
		w = name_before(t + sc->a, p);
		if (p > w + 1 && isupper((unsigned char)*w) == 0 && strncasecmp(w, "the ", 4))
			continue;
		if (p > w + 1) {
			set_commissioner(ph, doc, s, w, (size_t)(p - w));
			if (s->commissioner)
				return 1;
		}
	}
	return 0;
}

/* "X, which polled ...": the first "which polled" after ", " */
static int which_polled(cc_phrase *ph, cc_doc *doc, cc_survey_info *s, const scope *sc)
{
	const char *t = doc->text, *lim = t + sc->b, *p;
	size_t k, nn;
	const cc_vocab_row *which = cc_vocab_rows(CC_V_COMMISSION_WHICH, &nn);

	for (k = 0; k < nn; k++) {
		for (p = t + sc->a; (p = find_w(ph, p, (size_t)(lim - p), which[k].phrase, 0)); p++)
			if (p - (t + sc->a) >= 2 && p[-2] == ',' && p[-1] == ' ')
				break;
		if (p) {
			const char *w = name_before(t + sc->a, p - 2);

			if (p - 2 > w) {
				set_commissioner(ph, doc, s, w, (size_t)(p - 2 - w));
				return 1;
			}
		}
	}
	return 0;
}

/* Who commissioned the survey (and, on the way, a pollster or fieldwork
 * body named after "by"): the first pattern that settles it. */
static void find_commissioner(cc_phrase *ph, cc_doc *doc, cc_survey_info *s, const scope *sc)
{
	static commission_pattern *const patterns[] = {
		commissioned_by, noun_by, possessive, subject_commissioned, which_polled,
	};
	size_t k;

	for (k = 0; k < sizeof patterns / sizeof patterns[0]; k++)
		if (patterns[k](ph, doc, s, sc))
			return;
}

/* "X carried out a survey", "Ipsos interviewed ...": the fieldwork body. */
static void find_fieldwork(cc_phrase *ph, cc_doc *doc, cc_survey_info *s, const scope *sc)
{
	const char *t = doc->text, *lim = t + sc->b, *p, *who;
	size_t k, i, nby, nsubj;
	const cc_vocab_row *by = cc_vocab_rows(CC_V_FIELDWORK_BY, &nby);
	const cc_vocab_row *subj = cc_vocab_rows(CC_V_FIELDWORK_VERB, &nsubj);

	if ((who = pollster_in(ph, t + sc->a, sc->b - sc->a))) {
		s->pollster = who;
		if (!s->fieldwork_org)
			s->fieldwork_org = who;
	}
	if (s->fieldwork_org)
		return;
	for (k = 0; k < nby; k++)
		for (p = t + sc->a; (p = find_w(ph, p, (size_t)(lim - p), by[k].phrase, 0)); p++) {
			const char *q = p + strlen(by[k].phrase) + 1;
			size_t n = q < lim ? name_after(q, lim) : 0;

			if (n && !first_cue(ph, q, n, VL(PHONE_WORD), 0, NULL)) {
				s->fieldwork_org = cc_doc_strndup(doc, q, n);
				return;
			}
		}
	/* a sentence that opens "<Name> <verb>" */
	for (i = scope_first_sentence_at(doc, sc->a); i < doc->nsentences || i == 0; i++) {
		size_t a, b;

		sentence_span(doc, i, &a, &b);
		if (a >= sc->b) /* this one and all after lie past the scope */
			break;
		if (a < sc->a || b > sc->b)
			continue;
		while (a < b && isspace((unsigned char)t[a]))
			a++;
		/* most sentences hold none of the verbs: one search says so */
		for (k = first_cue(ph, t + a, b - a < 50 ? b - a : 50, VL(FIELDWORK_VERB), 0, NULL) ? 0 : nsubj; k < nsubj; k++) {
			const char *v = find_w(ph, t + a, b - a < 50 ? b - a : 50, subj[k].phrase, 0);
			const char *x;
			int digits = 0;

			if (!v || v == t + a)
				continue;
			for (x = t + a; x < v; x++)
				if (isdigit((unsigned char)*x) || *x == ',')
					digits = 1;
			if (digits || first_cue(ph, t + a, (size_t)(v - (t + a)), VL(NOT_FIELDWORK_NAME), 0, NULL))
				continue;
			s->fieldwork_org = cc_doc_strndup(doc, t + a, (size_t)(v - (t + a)) - 1);
			return;
		}
		if (!doc->nsentences)
			break;
	}
}

/* Fieldwork dates: a month named in a survey sentence ("between 1 and
 * 15 August 2023", "from March 1 to 20", "in May"). The last one read
 * is the end of fieldwork. */
static void find_dates(cc_phrase *ph, cc_doc *doc, cc_survey_info *s, const scope *sc, size_t body)
{
	const char *t = doc->text;
	const cc_vocab_row *month = month_names();
	size_t i, k;

	for (i = scope_first_sentence_at(doc, sc->a); i < doc->nsentences || i == 0; i++) {
		size_t a, b;

		sentence_span(doc, i, &a, &b);
		if (a >= sc->b) /* this one and all after lie past the scope */
			break;
		if (b <= sc->a || a >= sc->b)
			continue;
		if (a < body)
			a = body < b ? body : b;
		/* (dated: the other words that make a survey sentence here) */
		if (span_lacks(ph, SET_SURVEY_DATED, a, b) || (!first_cue(ph, t + a, b - a, VL(SURVEY_CUE), 0, NULL) &&
							       !first_cue(ph, t + a, b - a, VL(SURVEY_DATED), 0, NULL)))
			continue;
		if (find_w(ph, t + a, b - a, "fieldwork", 0))
			s->has_dates = 1;
		/* most survey sentences name no month: one search says so (over
		 * every month word, in any case: only ever more than the names) */
		for (k = first_cue(ph, t + a, b - a, VL(MONTH), 0, NULL) ? 0 : 12; k < 12; k++) {
			const char *p = t + a, *lim = t + b;
			size_t ml = strlen(month[k].phrase);

			for (; (p = find_w(ph, p, (size_t)(lim - p), month[k].phrase, 0)); p++) {
				const char *q = p + ml, *e;
				double y = -1;
				int look;

				/* the name as written: capitalised ("May", not "may") */
				if (*p != toupper((unsigned char)month[k].phrase[0]) || memcmp(p + 1, month[k].phrase + 1, ml - 1))
					continue;
				/* a dateline's or a byline's month dates the article */
				if (in_topdate(doc, (size_t)(p - t)))
					continue;
				s->has_dates = 1;
				/* a year within a few bytes after the month */
				for (look = 0; q < lim && look < 8 && y < 0; look++, q++)
					if (isdigit((unsigned char)*q)) {
						y = number_at(q, lim, &e);
						if (y < 1900 || y > 2100) {
							y = -1;
							q = e;
						}
					}
				if (y > 0 && (s->fieldwork_end_y * 12 + s->fieldwork_end_m) <= (int)y * 12 + (int)month[k].v[0]) {
					s->fieldwork_end_y = (int)y;
					s->fieldwork_end_m = (int)month[k].v[0];
				}
				p += ml - 1;
			}
		}
		if (!doc->nsentences)
			break;
	}
}

/* A quoted question: an opening quote, then '?' before the closing one.
 * The question as written, from after the quote to the '?' (NULL none). */
static const char *find_wording(cc_doc *doc, const scope *sc)
{
	const char *t = doc->text, *q = t + sc->a, *end = t + sc->b;
	size_t i, j;

	for (; q < end && (q = memchr(q, '?', (size_t)(end - q))); q++) {
		i = (size_t)(q - t);
		for (j = i; j > sc->a && i - j < 300; j--) {
			unsigned char c = (unsigned char)t[j - 1];

			if (c == '"' || (c == '\'' && (j < 2 || t[j - 2] == ' ' || t[j - 2] == ':')))
				return cc_doc_strndup(doc, t + j, i + 1 - j);
			if (j >= 3 && (unsigned char)t[j - 3] == 0xE2 && (unsigned char)t[j - 2] == 0x80 &&
			    (c == 0x9C || c == 0x98))
				return cc_doc_strndup(doc, t + j, i + 1 - j);
		}
	}
	return NULL;
}

/* Stated population size: "146 of the 650 MPs", "covered the 43 police
 * forces", "all 43 forces were surveyed". */
static double find_population(cc_phrase *ph, const cc_doc *doc, const scope *sc, double n)
{
	const char *t = doc->text, *lim = t + sc->b, *p, *e;
	size_t k, nc;
	const cc_vocab_row *census = cc_vocab_rows(CC_V_CENSUS, &nc);
	double N;

	for (p = t + sc->a; (p = find_w(ph, p, (size_t)(lim - p), "of the", 0)); p += 6) {
		const char *b = p, *q = p + 7;

		if (q >= lim || !isdigit((unsigned char)*q))
			continue;
		N = number_at(q, lim, &e);
		/* the number just before "of the" must be the sample */
		while (b > t + sc->a && b[-1] == ' ')
			b--;
		while (b > t + sc->a && (isdigit((unsigned char)b[-1]) || b[-1] == ','))
			b--;
		if (b < p && isdigit((unsigned char)*b) && fabs(number_at(b, p, &e) - n) < 0.5 && N > 0)
			return N;
	}
	for (k = 0; k < nc; k++)
		for (p = t + sc->a; (p = find_w(ph, p, (size_t)(lim - p), census[k].phrase, 0)); p++) {
			const char *q = p + strlen(census[k].phrase);

			while (q < lim && *q == ' ')
				q++;
			if (q < lim && isdigit((unsigned char)*q) && fabs((N = number_at(q, lim, &e)) - n) < 0.5)
				return N;
		}
	return 0;
}

/* "a design effect of 1.4", "weighting efficiency of 70%": the first
 * number after the first such cue (class deff_cue, whose row says how
 * the number reads), when it is in range. */
static double find_deff(cc_phrase *ph, const cc_doc *doc, const scope *sc)
{
	const char *t = doc->text, *lim = t + sc->b, *p, *e;
	size_t k, n;
	const cc_vocab_row *r = cc_vocab_rows(CC_V_DEFF_CUE, &n);
	double v;

	for (k = 0; k < n; k++) {
		if (!(p = find_w(ph, t + sc->a, sc->b - sc->a, r[k].phrase, 0)))
			continue;
		for (p += strlen(r[k].phrase); p < lim && !isdigit((unsigned char)*p) && *p != '.'; p++)
			;
		if (p >= lim)
			continue;
		v = number_at(p, lim, &e);
		if (row_is(&r[k], "deff") && v >= 1 && v < 20)
			return v;
		if (row_is(&r[k], "efficiency") && v > 1 && v <= 100)
			return 100 / v;
	}
	return 0;
}

/* A self-selection cue, skipping capitalised words inside a name ("the
 * Rail Users Campaign" is not a cue; "Readers who..." opening a sentence is). */
static const char *selfselect_cue(cc_phrase *ph, const cc_doc *doc, const scope *sc, const char **at)
{
	const char *t = doc->text, *lim = t + sc->b, *best = NULL, *p;
	size_t k = 0, n;
	const cc_vocab_row *r = cc_vocab_rows(CC_V_SELFSELECT, &n), *bestr = NULL;

	/* none of the cues in the scope (the usual case): one search says so */
	if (!first_cue(ph, t + sc->a, sc->b - sc->a, VL(SELFSELECT), 0, NULL))
		k = n;
	for (; k < n; k++)
		for (p = t + sc->a; (p = find_w(ph, p, (size_t)(lim - p), r[k].phrase, 0)); p++) {
			const char *q = p;

			if (isupper((unsigned char)*p)) {
				while (q > t && q[-1] == ' ')
					q--;
				if (q > t && q[-1] != '.' && q[-1] != '\n' && q[-1] != '"' && q[-1] != '!' &&
				    q[-1] != '?')
					continue;
			}
			if (!best || p < best) {
				best = p;
				bestr = &r[k];
			}
			break;
		}
	/* weak cues ("readers", "took part", "online poll") give way to a
	 * stated random or representative selection, or to a pollster of the
	 * register doing the fieldwork (its online polls are panels it weights) */
	if (bestr && row_is(bestr, "weak") &&
	    (first_cue(ph, t + sc->a, sc->b - sc->a, VL(RANDOM_SELECTION), 0, NULL) ||
	     first_cue(ph, t + sc->a, sc->b - sc->a, VL(REGISTER_POLLSTER), 1, NULL))) {
		bestr = NULL;
		best = NULL;
	}
	*at = best;
	return bestr ? bestr->phrase : NULL;
}

/* "new" or "latest" shortly before a survey noun ("a new online poll"). */
static int new_survey(cc_phrase *ph, const cc_doc *doc, const scope *sc)
{
	const char *t = doc->text, *lim = t + sc->b, *p;
	size_t k, n;
	const cc_vocab_row *adj = cc_vocab_rows(CC_V_NEW_ADJ, &n);

	for (k = 0; k < n; k++)
		for (p = t + sc->a; (p = find_w(ph, p, (size_t)(lim - p), adj[k].phrase, 0)); p++) {
			size_t w = (size_t)(lim - p) < 30 ? (size_t)(lim - p) : 30;

			if (first_cue(ph, p, w, VL(COMMISSION_NOUN), 0, NULL))
				return 1;
		}
	return 0;
}

static void fill_survey(cc_phrase *ph, cc_doc *doc, cc_survey_info *s, const scope *sc, size_t body)
{
	const char *t = doc->text, *at, *cue;
	size_t k, n;
	const cc_vocab_row *mode = cc_vocab_rows(CC_V_SURVEY_MODE, &n);

	find_commissioner(ph, doc, s, sc);
	find_fieldwork(ph, doc, s, sc);
	find_dates(ph, doc, s, sc, body);
	for (k = first_cue(ph, t + sc->a, sc->b - sc->a, VL(SURVEY_MODE), 0, NULL) ? 0 : n; k < n; k++)
		if (find_w(ph, t + sc->a, sc->b - sc->a, mode[k].phrase, 0)) {
			s->has_mode = 1;
			s->mode = mode[k].str;
			break;
		}
	if (first_cue(ph, t + sc->a, sc->b - sc->a, VL(SURVEY_SELECTION), 0, NULL))
		s->has_selection = 1;
	if ((cue = selfselect_cue(ph, doc, sc, &at)))
		s->selfselect_cue = cc_doc_strndup(doc, at, strlen(cue));
	if (first_cue(ph, t + sc->a, sc->b - sc->a, VL(OPTIN), 0, NULL))
		s->opt_in = 1;
	if (first_cue(ph, t + sc->a, sc->b - sc->a, VL(NEW_SURVEY), 0, NULL) || new_survey(ph, doc, sc))
		s->is_new = 1;
	if (first_cue(ph, t + sc->a, sc->b - sc->a, VL(SURVEY_GEO), 1, NULL))
		s->has_geography = 1;
	s->question = find_wording(doc, sc);
	s->has_wording = s->question != NULL;
	s->deff = find_deff(ph, doc, sc);
	if (s->sample_claim >= 0)
		s->population_size = find_population(ph, doc, sc, doc->claims[s->sample_claim].value);
}

/* The group named right after a sample figure when the claim carries
 * none ("1,006 British adults online ..."): up to five words, to the
 * first function word or punctuation. NULL when there is none. */
static const char *group_after(cc_doc *doc, const cc_claim *c)
{
	const char *t = doc->text, *lim = t + doc->text_len, *p = t + text_pos(doc, c->end), *start, *end;
	int words = 0;

	while (p < lim && *p == ' ')
		p++;
	start = end = p;
	while (p < lim && words < 5) {
		const char *w = p;
		size_t n;

		while (p < lim && (isalpha((unsigned char)*p) || *p == '-' || *p == '\''))
			p++;
		n = (size_t)(p - w);
		if (!n || row_ci(CC_V_GROUP_STOP, w, n))
			break;
		end = p;
		words++;
		if (p < lim && *p == ' ')
			p++;
		else
			break;
	}
	return end > start ? cc_doc_strndup(doc, start, (size_t)(end - start)) : NULL;
}

/*
 * The group a survey asked when the text names it without a number ("a
 * survey of members of the lobby group", "polled users of the company's
 * app", "a poll of people who chose to respond"): the words after the
 * first population cue in the survey's scope, past its determiner, up to
 * a group_stop word (but on through one "of", and a relative "who" clause
 * with its "to"),
 * punctuation or eight words. NULL when the cue is followed by a number
 * (that is a sample claim's) or nothing.
 */
static const char *population_words(cc_phrase *ph, cc_doc *doc, const scope *sc)
{
	const char *t = doc->text, *lim = t + sc->b, *at, *cue, *p, *start, *end;
	int words = 0, of = 0, who = 0;

	if (!(cue = first_cue(ph, t + sc->a, sc->b - sc->a, VL(POPULATION_CUE), 0, &at)))
		return NULL;
	p = at + strlen(cue);
	for (;;) {
		const char *w;

		while (p < lim && *p == ' ')
			p++;
		for (w = p; p < lim && (isalpha((unsigned char)*p) || *p == '\''); p++)
			;
		if (p == w || !row_ci(CC_V_POPULATION_DET, w, (size_t)(p - w))) {
			p = w;
			break;
		}
	}
	if (p >= lim || !isalpha((unsigned char)*p))
		return NULL; /* a number: a sample claim's */
	start = end = p;
	while (p < lim && words < 8) {
		const char *w = p;
		size_t n;

		while (p < lim && (isalpha((unsigned char)*p) || *p == '-' || *p == '\'' || (unsigned char)*p >= 0x80))
			p++;
		n = (size_t)(p - w);
		if (!n)
			break;
		if (row_ci(CC_V_GROUP_STOP, w, n) && !(who && n == 2 && !strncasecmp(w, "to", 2))) {
			if (n == 2 && !strncasecmp(w, "of", 2) && !of && words)
				of = 1; /* "members of the lobby group" */
			else if (n == 3 && !strncasecmp(w, "who", 3) && words && !who)
				who = 1; /* "people who chose to respond" */
			else if (!(of == 1 && row_ci(CC_V_POPULATION_DET, w, n)))
				break;
		}
		if (of == 1 && !(n == 2 && !strncasecmp(w, "of", 2)) && !row_ci(CC_V_POPULATION_DET, w, n))
			of = 2;
		end = p;
		words++;
		if (p < lim && *p == ' ')
			p++;
		else
			break;
	}
	while (end > start && (end[-1] == ' '))
		end--;
	/* not ending on a joining word ("members of") */
	if (end - start > 3 && !strncasecmp(end - 3, " of", 3))
		end -= 3;
	return end > start ? cc_doc_strndup(doc, start, (size_t)(end - start)) : NULL;
}

/* The sample size a survey's text gives when no sample_size claim carries
 * it: a count claim or a bare number in a survey sentence, after "of the",
 * "among", "each of", "interviewed"... or before "votes", "responses"
 * ("Of the 40 pupils surveyed", "among 800 likely voters", "attracted
 * 9,800 votes"). Years, percentages and money are not counts of people. */
#define RECOVER_MIN 2
static double recover_n(cc_phrase *ph, const cc_doc *doc, const scope *sc)
{
	const char *t = doc->text, *p, *e;
	size_t i, nb, nn, np;
	const cc_vocab_row *n_before = cc_vocab_rows(CC_V_N_BEFORE, &nb);
	const cc_vocab_row *n_nouns = cc_vocab_rows(CC_V_N_NOUN, &nn);
	const cc_vocab_row *not_people = cc_vocab_rows(CC_V_NOT_PEOPLE, &np);

	for (i = scope_first_sentence_at(doc, sc->a); i < doc->nsentences || i == 0; i++) {
		size_t a, b;

		sentence_span(doc, i, &a, &b);
		if (a >= sc->b) /* this one and all after lie past the scope */
			break;
		if (b <= sc->a || a >= sc->b)
			continue;
		if (span_lacks(ph, SET_SURVEY_SELF, a, b) ||
		    (!first_cue(ph, t + a, b - a, VL(SURVEY_CUE), 0, NULL) && !first_cue(ph, t + a, b - a, VL(SELFSELECT), 0, NULL)))
			continue;
		for (p = t + a; p < t + b; p++) {
			double v;
			const char *q, *w;
			size_t k, back;
			int ok = 0, comma;

			if (!isdigit((unsigned char)*p) || (p > t && (isalnum((unsigned char)p[-1]) || p[-1] == '.' ||
							       p[-1] == ',' || (unsigned char)p[-1] >= 0x80 || p[-1] == '$')))
				continue;
			comma = 0;
			for (q = p; q < t + b && (isdigit((unsigned char)*q) || *q == ','); q++)
				comma |= *q == ',';
			v = number_at(p, t + b, &e);
			if (e < t + b && (*e == '%' || *e == '.' || *e == ':'))
				goto next;
			w = e;
			while (w < t + b && *w == ' ')
				w++;
			for (k = 0; k < np; k++) {
				size_t nl = strlen(not_people[k].phrase);

				if ((size_t)(t + b - w) >= nl && !strncasecmp(w, not_people[k].phrase, nl))
					break;
			}
			if (k < np)
				goto next;
			/* a fallback must not read a ratio, a range, an age band or a
			 * scaled figure as a sample: "six out of 10", "1 in 6", "28-29
			 * September", "18 to 24-year-olds", "37-million adults" */
			if (!(v >= RECOVER_MIN) || v != floor(v) || (!comma && v >= 1900 && v <= 2100))
				goto next;
			if (e < t + b && *e == '-')
				goto next;
			if (e + 1 < t + b && *e == ' ' && (k = cc_vocab_starts(e + 1, (size_t)(t + b - e - 1), CC_V_RANGE_JOIN)) &&
			    e + 2 + k < t + b && e[1 + k] == ' ' && isdigit((unsigned char)e[2 + k]))
				goto next; /* "18 to 24" */
			if (p - 1 > t + a && p[-1] == ' ' && cc_vocab_ends(t + a, (size_t)(p - 1 - (t + a)), CC_V_RATIO_BEFORE))
				goto next; /* "six out of 10", "1 in 6" */
			back = (size_t)(p - (t + a)) < 14 ? (size_t)(p - (t + a)) : 14;
			for (k = 0; k < nb && !ok; k++) {
				size_t wl = strlen(n_before[k].phrase);

				if (back >= wl + 1 && !strncasecmp(p - wl - 1, n_before[k].phrase, wl) && p[-1] == ' ' &&
				    (p - wl - 1 == t + a || !isalpha((unsigned char)*(p - wl - 2))))
					ok = 1;
			}
			for (k = 0; k < nn && !ok; k++) {
				size_t nl = strlen(n_nouns[k].phrase);

				if ((size_t)(t + b - w) >= nl && !strncasecmp(w, n_nouns[k].phrase, nl) &&
				    (w + nl == t + b || !isalpha((unsigned char)w[nl])))
					ok = 1;
			}
			/* "of the 650 MPs" after a first number is a population */
			if (ok && back >= 7 && !strncasecmp(p - 7, "of the ", 7)) {
				const char *x = p - 7;

				while (x > t + a && x[-1] == ' ')
					x--;
				if (x > t + a && isdigit((unsigned char)x[-1]))
					ok = 0;
			}
			if (ok)
				return v;
		next:
			p = e > p ? e - 1 : p;
		}
		if (!doc->nsentences)
			break;
	}
	return 0;
}

/* ------------------------------------------------------------ the surveys */

/* No sample: a survey noun phrase in the body still describes a survey,
 * the first one's sentence. CC_OK or CC_ENOMEM. */
static int survey_from_noun(cc_phrase *ph, cc_doc *doc, size_t body)
{
	const char *at;
	long s;

	if (!first_cue(ph, doc->text + body, doc->text_len - body, VL(SURVEY_CUE), 0, &at))
		return CC_OK;
	if ((s = cc_doc_add_survey(doc)) < 0)
		return cc_error_oom(doc->ctx);
	sentence_span(doc, sentence_at(doc, (size_t)(at - doc->text)), &doc->surveys[s].start, &doc->surveys[s].end);
	return CC_OK;
}

/* Survey k's scope: from its sentence to the next survey's (the first
 * survey's from the start, the last one's to the end). */
static void survey_scope(const cc_doc *doc, const size_t *first_sent, size_t k, scope *sc)
{
	size_t a, b;

	sc->a = 0;
	sc->b = doc->text_len;
	if (k > 0) {
		sentence_span(doc, first_sent[k], &a, &b);
		sc->a = a;
	}
	if (k + 1 < doc->nsurveys && first_sent[k + 1] > first_sent[k]) {
		sentence_span(doc, first_sent[k + 1], &a, &b);
		sc->b = a;
	}
	if (sc->b <= sc->a)
		sentence_span(doc, first_sent[k], &sc->a, &sc->b);
}

/* "survey of 1,006 British adults": its population and label from its
 * sample claim. */
static void survey_label(cc_doc *doc, cc_survey_info *sv)
{
	const cc_claim *c = &doc->claims[sv->sample_claim];
	char nb[32];

	sv->population = c->subject && *c->subject ? c->subject : c->unit ? c->unit : group_after(doc, c);
	snprintf(nb, sizeof nb, "%.0f", c->value);
	if (sv->population)
		sv->label = cc_doc_printf(doc, "survey of %s%s%s", nb, " ", sv->population);
	else
		sv->label = cc_doc_printf(doc, "survey of %s people", nb);
}

/* Describe every survey from its scope; *first_sent_out (allocated) gets
 * each survey's first sentence. CC_OK or CC_ENOMEM. */
static int describe_surveys(cc_phrase *ph, cc_doc *doc, size_t body, size_t **first_sent_out)
{
	size_t k, *first_sent = cc_calloc(doc->ctx, doc->nsurveys, sizeof *first_sent);

	*first_sent_out = first_sent;
	if (!first_sent)
		return cc_error_oom(doc->ctx);
	for (k = 0; k < doc->nsurveys; k++) {
		cc_survey_info *sv = &doc->surveys[k];

		if (sv->sample_claim >= 0) {
			first_sent[k] = claim_sentence(doc, (size_t)sv->sample_claim);
			sentence_span(doc, first_sent[k], &sv->start, &sv->end);
		} else {
			first_sent[k] = sentence_at(doc, sv->start);
		}
	}
	for (k = 0; k < doc->nsurveys; k++) {
		cc_survey_info *sv = &doc->surveys[k];
		scope sc;

		survey_scope(doc, first_sent, k, &sc);
		if (sv->sample_claim >= 0)
			survey_label(doc, sv);
		fill_survey(ph, doc, sv, &sc, body);
		if (sv->sample_claim < 0 && (sv->n = recover_n(ph, doc, &sc)) > 0)
			sv->population_size = find_population(ph, doc, &sc, sv->n);
		if (sv->sample_claim < 0 && !sv->population)
			sv->population = population_words(ph, doc, &sc);
	}
	return CC_OK;
}

/* The stage's steps, in order: the surveys from the
 * sample claims (survey_link.c), else from a survey noun, their
 * descriptions, then every claim's survey and attribution. */
static int survey_extract(cc_phrase *ph, cc_doc *doc)
{
	size_t body = body_start(doc), *first_sent = NULL;
	int rc;

	if ((rc = cc_survey_link_samples(ph, doc)) != CC_OK)
		return rc;
	if (!doc->nsurveys && (rc = survey_from_noun(ph, doc, body)) != CC_OK)
		return rc;
	if (doc->nsurveys && (rc = describe_surveys(ph, doc, body, &first_sent)) != CC_OK)
		goto done;
	rc = cc_survey_link_claims(ph, doc, first_sent);
done:
	cc_free(doc->ctx, first_sent);
	return rc;
}

static void phrase_scratch_free(void *ph)
{
	cc_phrase_free(ph);
}

/*
 * A new phrase search object told the core lists, whose phrases every
 * document with claims asks about (a survey word in a sentence, a source,
 * an opinion verb), and the sets. NULL when out of memory.
 */
static cc_phrase *phrase_new(cc_ctx *ctx)
{
	const cc_phrase_list core[] = {
		{ VL(SURVEY_CUE), 0 }, { VL(ATTRIBUTION), 0 }, { VL(REGISTER_POLLSTER), 1 }, { VL(ORG_WORD), 1 },
		{ VL(OPINION_VERB), 0 },
	};
	const cc_phrase_list sets[NSETS][3] = {
		[SET_SOURCE] = { { VL(ATTRIBUTION), 0 }, { VL(REGISTER_POLLSTER), 1 }, { VL(ORG_WORD), 1 } },
		[SET_SURVEY_SELF] = { { VL(SURVEY_CUE), 0 }, { VL(SELFSELECT), 0 } },
		[SET_SURVEY_DATED] = { { VL(SURVEY_CUE), 0 }, { VL(SURVEY_DATED), 0 } },
		[SET_SURVEY] = { { VL(SURVEY_CUE), 0 } },
		[SET_OPINION] = { { VL(OPINION_VERB), 0 } },
	};
	cc_phrase *ph;
	int k;

	if (cc_phrase_new(&ph, ctx))
		return NULL;
	/* (if the core lists cannot all be indexed, every pass is a full one) */
	(void)cc_phrase_core(ph, core, sizeof core / sizeof core[0], 0);
	for (k = 0; k < NSETS; k++) {
		size_t n = 0;
		int id;

		while (n < 3 && sets[k][n].list)
			n++;
		id = cc_phrase_add_set(ph, sets[k], n);
		assert(id == k); /* the ids are the SET_* names */
		(void)id;
	}
	return ph;
}

/* The phrase search object of ctx: made on its first document and kept
 * on the ctx for the next ones, so its index stays warm (*temp 0); one for
 * this document alone (*temp 1) when there is no ctx or its slot holds
 * something else. NULL when out of memory. */
static cc_phrase *survey_phrase(cc_ctx *ctx, int *temp)
{
	cc_phrase *ph;

	*temp = 0;
	if (ctx && ctx->extract_scratch && ctx->extract_scratch_free == phrase_scratch_free)
		return ctx->extract_scratch;
	if (!(ph = phrase_new(ctx)))
		return NULL;
	if (ctx && !ctx->extract_scratch) {
		ctx->extract_scratch = ph;
		ctx->extract_scratch_free = phrase_scratch_free;
	} else {
		*temp = 1;
	}
	return ph;
}

int cc_survey_extract(cc_doc *doc)
{
	size_t i;
	int rc, full = 0, temp;
	cc_phrase *ph;

	if (!doc || !doc->text)
		return CC_OK;
	if (!doc->nclaims) {
		/* nothing to describe: surveys and attributions serve claims
		 * (the checks read a survey only through a claim tied to it) */
		return CC_OK;
	}
	if (!(ph = survey_phrase(doc->ctx, &temp)))
		return cc_error_oom(doc->ctx);
	/* the core pass unless a sample claim will make a survey to describe */
	for (i = 0; i < doc->nclaims && !full; i++)
		full = eligible_sample(&doc->claims[i]);
	cc_phrase_begin(ph, doc->text, doc->text_len, full);
	rc = survey_extract(ph, doc);
	cc_phrase_end(ph);
	if (temp)
		cc_phrase_free(ph);
	return rc;
}
