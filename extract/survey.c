/*
 * survey.c -- what the text says about the surveys it reports.
 *
 * Stage: extract, last step (cc_extract_doc calls cc_survey_extract
 * after the claims are extracted, sorted and linked). From cue-word tables it
 * finds each survey the text describes -- one per main sample_size claim,
 * or one for a survey noun phrase when no sample is given -- and fills
 * doc->surveys: commissioner and its type, fieldwork organisation or
 * pollster, fieldwork dates, mode, population, geography, selection,
 * question wording, self-selection cues, "new/latest", a stated design
 * effect and population size. It then sets each claim's ext->survey,
 * ext->attributed (the sentence or the one before names a source) and
 * ext->survey_context (the figure is presented as a survey finding).
 *
 * Never computes statistics, never touches the database, never flags:
 * the checks (stats/checks.c) judge what is recorded here. Never lists
 * words: the cue lists are classes of the vocabulary (core/vocab.h; the
 * extract/lexicon files survey-method.tsv, commissioners.tsv,
 * attribution.tsv, sample.tsv, and the month class of context.tsv).
 */
#include "survey.h"
#include "phrase.h"
#include "../core/vocab.h"
#include "../core/words.h"

#include <assert.h>
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ------------------------------------------------------------ cue lists */

/* A class of the vocabulary as a search list (stable address: the cue
 * index below knows it again in every document). */
#define VL(c) cc_vocab_list(CC_V_##c)

/* The row of class id whose phrase is the n bytes at w, ignoring ASCII
 * case; NULL when none. */
static const cc_vocab_row *row_ci(enum cc_vocab_id id, const char *w, size_t n)
{
	size_t k, nr;
	const cc_vocab_row *r = cc_vocab_rows(id, &nr);

	for (k = 0; k < nr; k++)
		if (strlen(r[k].phrase) == n && !strncasecmp(w, r[k].phrase, n))
			return &r[k];
	return NULL;
}

/* Does row r carry the flag `what` in its string column? */
static int row_is(const cc_vocab_row *r, const char *what)
{
	return r->str && !strcmp(r->str, what);
}

/* ------------------------------------------------------------ searches */

static inline int lc(int c)
{
	return cc_lower((unsigned char)c);
}

static inline int wordch(int c)
{
	return cc_wordch(c);
}

/* The searches, through the context's phrase search object (answers as
 * core/words.h's plain search, from an index of the document's words). */
static const char *find_w(cc_phrase *ph, const char *s, size_t len, const char *w, int cs)
{
	return cc_phrase_find(ph, s, len, w, cs);
}

/* The phrase of `list` found earliest in [s, s+len) (ties: the earlier in
 * the list), NULL none; *at (if not NULL) its position. */
static const char *first_cue(cc_phrase *ph, const char *s, size_t len, const char *const *list, int cs, const char **at)
{
	long k = cc_phrase_first(ph, s, len, list, cs, at);

	return k >= 0 ? list[k] : NULL;
}

/* The sets of lists whose absence from a sentence one search can prove
 * (cc_phrase_lacks), registered in this order (their ids). */
enum { SET_SOURCE, SET_SURVEY_SELF, SET_SURVEY_DATED, SET_SURVEY, SET_OPINION, NSETS };

static int span_lacks(cc_phrase *ph, int set, size_t a, size_t b)
{
	return cc_phrase_lacks(ph, set, a, b);
}

/* ------------------------------------------------------------ positions */

/* Text offset of input offset `src` (the map is non-decreasing). */
static size_t text_pos(const cc_doc *doc, size_t src)
{
	size_t lo = 0, hi = doc->text_len;

	if (!doc->map)
		return src < doc->text_len ? src : doc->text_len;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (doc->map[mid] < src)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Sentence index holding text position pos; the sentence count when the
 * document has no sentences (then everything is one sentence). */
static size_t sentence_at(const cc_doc *doc, size_t pos)
{
	size_t lo = 0, hi = doc->nsentences;

	if (!doc->nsentences)
		return 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (doc->sentences[mid].end <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < doc->nsentences ? lo : doc->nsentences - 1;
}

/* The first sentence a scope starting at sc_a can touch (the ones before
 * end at or before it): a scope's loops start here, so the surveys of a
 * document cost their own sentences, not every sentence each. */
static size_t scope_first_sentence_at(const cc_doc *doc, size_t sc_a)
{
	return doc->nsentences ? sentence_at(doc, sc_a) : 0;
}

static void sentence_span(const cc_doc *doc, size_t k, size_t *a, size_t *b)
{
	if (!doc->nsentences || k >= doc->nsentences) {
		*a = 0;
		*b = doc->text_len;
		return;
	}
	*a = doc->sentences[k].start;
	*b = doc->sentences[k].end;
	if (*b > doc->text_len)
		*b = doc->text_len;
	if (*a > *b)
		*a = *b;
}

static size_t paragraph_of(const cc_doc *doc, size_t k)
{
	return doc->nsentences && k < doc->nsentences ? doc->sentences[k].paragraph : 0;
}

static size_t claim_sentence(const cc_doc *doc, size_t i)
{
	const cc_claim *c = &doc->claims[i];

	if (doc->nsentences && c->sentence < doc->nsentences)
		return c->sentence;
	return sentence_at(doc, text_pos(doc, c->start));
}

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

/* The twelve full month names, January first (the first rows of class
 * month, lower case; v[0] is the month's number). */
static const cc_vocab_row *month_names(void)
{
	size_t n;
	const cc_vocab_row *r = cc_vocab_rows(CC_V_MONTH, &n);

	assert(n >= 12 && r[0].v[0] == 1 && r[11].v[0] == 12);
	return r;
}

/* The dateline's date ("Oxford, 2 April 2024 --", "Washington, Sept. 10,
 * 2024 --") when no --date was given and no earlier step set one: a
 * capitalised word starting with a month name's first three letters. */
static void dateline_date(cc_doc *doc, size_t body)
{
	const cc_vocab_row *month = month_names();
	const char *t = doc->text;
	size_t i;
	int d = 0, m = 0, y = 0;

	if (doc->date_y || !body)
		return;
	for (i = 0; i < body; i++) {
		if (isdigit((unsigned char)t[i])) {
			int v = 0;

			/* saturate: a long digit run must not overflow int (any value
			 * this large is neither a year nor a day) */
			while (i < body && isdigit((unsigned char)t[i])) {
				v = v < 100000 ? v * 10 + (t[i] - '0') : 100000;
				i++;
			}
			if (v >= 1900 && v <= 2100)
				y = v;
			else if (v >= 1 && v <= 31)
				d = v;
		}
		if (i + 3 <= body && isalpha((unsigned char)t[i]) && (i == 0 || !isalpha((unsigned char)t[i - 1]))) {
			size_t k;

			for (k = 0; k < 12; k++)
				if (!strncasecmp(t + i, month[k].phrase, 3) && isupper((unsigned char)t[i]))
					m = (int)month[k].v[0];
		}
	}
	if (y && m && d) {
		doc->date_y = y;
		doc->date_m = m;
		doc->date_d = d;
		snprintf(doc->date, sizeof doc->date, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u,
			 (unsigned)d % 100u);
	}
}

/* ------------------------------------------------------------ phrases */

/* A number at p ("1,234"); -1 when none. *end after it. */
static double number_at(const char *p, const char *lim, const char **end)
{
	double v = 0;
	int any = 0;

	while (p < lim && (isdigit((unsigned char)*p) || (*p == ',' && any && p + 1 < lim && isdigit((unsigned char)p[1])))) {
		if (*p != ',')
			v = v * 10 + (*p - '0');
		any = 1;
		p++;
	}
	if (p < lim && *p == '.' && p + 1 < lim && isdigit((unsigned char)p[1]) && any) {
		double f = 0.1;

		for (p++; p < lim && isdigit((unsigned char)*p); p++, f /= 10)
			v += (*p - '0') * f;
	}
	*end = p;
	return any ? v : -1;
}

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

static const char *pollster_in(cc_phrase *ph, const char *s, size_t len)
{
	return first_cue(ph, s, len, VL(POLLSTER), 1, NULL);
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

/* Commissioner patterns: "commissioned by X", "<survey> ... by X",
 * "<survey> for X", "X's <survey>", "X, which polled". */
static void find_commissioner(cc_phrase *ph, cc_doc *doc, cc_survey_info *s, const scope *sc)
{
	const char *t = doc->text, *lim = t + sc->b, *p;
	size_t k, nn;
	const cc_vocab_row *noun = cc_vocab_rows(CC_V_COMMISSION_NOUN, &nn);

	for (p = t + sc->a; (p = find_w(ph, p, (size_t)(lim - p), "commissioned by", 0)); p += 15) {
		size_t n = name_after(p + 16, lim);

		if (n) {
			set_commissioner(ph, doc, s, p + 16, n);
			return;
		}
	}
	/* "<survey noun> ... by X" within a short window, same sentence */
	for (k = 0; k < nn; k++) {
		for (p = t + sc->a; (p = find_w(ph, p, (size_t)(lim - p), noun[k].phrase, 0)); p++) {
			const char *q = p + strlen(noun[k].phrase), *w = q, *by;
			size_t win = 0;

			while (w < lim && win < 90 && *w != '.' && *w != ';' && *w != '\n') {
				w++;
				win++;
			}
			by = find_w(ph, q, (size_t)(w - q), "by", 0);
			if (!by) {
				/* "a poll of 1,200 adults for the campaign group X": "for"
				 * then a name (a capital, or "the" and a capital later) */
				const char *f = find_w(ph, q, (size_t)(w - q), "for", 0), *x;
				int named = 0;

				if (!f)
					continue;
				for (x = f + 4; x < w && x < f + 40 && *x != ','; x++)
					if (isupper((unsigned char)*x))
						named = 1;
				if (!named)
					continue;
				by = f + 3;
			} else {
				by += 2;
			}
			while (by < w && *by == ' ')
				by++;
			{
				size_t n = name_after(by, w);
				const char *cue, *type;

				if (!n)
					continue;
				type = classify(ph, by, n, &cue);
				/* "carried out by telephone": a mode, not a name */
				if (first_cue(ph, by, n, VL(NOT_NAME), 0, NULL))
					continue;
				if (type && !strcmp(type, "pollster")) {
					if (!s->pollster)
						s->pollster = cue;
					if (!s->fieldwork_org)
						s->fieldwork_org = cc_doc_strndup(doc, by, n);
					continue;
				}
				if (row_is(&noun[k], "fieldwork")) {
					/* "surveyed by the Gazette": commissioner and fieldwork */
					if (!s->fieldwork_org)
						s->fieldwork_org = cc_doc_strndup(doc, by, n);
				}
				set_commissioner(ph, doc, s, by, n);
				if (s->commissioner)
					return;
			}
		}
	}
	/* "X's (own|online|new|two...) survey" */
	for (k = 0; k < nn; k++) {
		if (!row_is(&noun[k], "possessive"))
			continue;
		for (p = t + sc->a; (p = find_w(ph, p, (size_t)(lim - p), noun[k].phrase, 0)); p++) {
			const char *q = p, *apos = NULL;
			int words = 0;

			/* walk back over up to two modifiers to a possessive */
			while (q > t + sc->a && words < 3) {
				const char *e;

				while (q > t + sc->a && q[-1] == ' ')
					q--;
				e = q;
				if (e - (t + sc->a) >= 2 && e[-1] == 's' && e[-2] == '\'') {
					apos = e - 2;
					break;
				}
				if (e - (t + sc->a) >= 4 && (unsigned char)e[-1] == 's' && (unsigned char)e[-2] == 0x99 &&
				    (unsigned char)e[-3] == 0x80 && (unsigned char)e[-4] == 0xE2) {
					apos = e - 4;
					break;
				}
				while (q > t + sc->a && (isalnum((unsigned char)q[-1]) || q[-1] == '-'))
					q--;
				if (q == e)
					break;
				words++;
			}
			if (apos) {
				const char *w = name_before(t + sc->a, apos);

				if (apos > w && strncasecmp(w, "its", 3)) {
					set_commissioner(ph, doc, s, w, (size_t)(apos - w));
					return;
				}
			}
		}
	}
	/* "The campaign group X commissioned Deltapoll to survey ..." */
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
				return;
		}
	}
	/* "X, which polled ...": the first "which polled" after ", " */
	{
		const cc_vocab_row *which = cc_vocab_rows(CC_V_COMMISSION_WHICH, &nn);

		for (k = 0; k < nn; k++) {
			for (p = t + sc->a; (p = find_w(ph, p, (size_t)(lim - p), which[k].phrase, 0)); p++)
				if (p - (t + sc->a) >= 2 && p[-2] == ',' && p[-1] == ' ')
					break;
			if (p) {
				const char *w = name_before(t + sc->a, p - 2);

				if (p - 2 > w) {
					set_commissioner(ph, doc, s, w, (size_t)(p - 2 - w));
					return;
				}
			}
		}
	}
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
			if (digits || find_w(ph, t + a, (size_t)(v - (t + a)), "survey", 0) ||
			    find_w(ph, t + a, (size_t)(v - (t + a)), "poll", 0))
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
		if (span_lacks(ph, SET_SURVEY_DATED, a, b) ||
		    (!first_cue(ph, t + a, b - a, VL(SURVEY_CUE), 0, NULL) && !first_cue(ph, t + a, b - a, VL(SURVEY_DATED), 0, NULL)))
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

/* A quoted question: an opening quote, then '?' before the closing one. */
static int find_wording(const cc_doc *doc, const scope *sc)
{
	const char *t = doc->text, *q = t + sc->a, *end = t + sc->b;
	size_t i, j;

	for (; q < end && (q = memchr(q, '?', (size_t)(end - q))); q++) {
		i = (size_t)(q - t);
		for (j = i; j > sc->a && i - j < 300; j--) {
			unsigned char c = (unsigned char)t[j - 1];

			if (c == '"' || (c == '\'' && (j < 2 || t[j - 2] == ' ' || t[j - 2] == ':')))
				return 1;
			if (j >= 3 && (unsigned char)t[j - 3] == 0xE2 && (unsigned char)t[j - 2] == 0x80 &&
			    (c == 0x9C || c == 0x98))
				return 1;
		}
	}
	return 0;
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
	/* weak cues ("users", "readers", "took part") give way to a stated
	 * random or representative selection */
	if (bestr && row_is(bestr, "weak") && first_cue(ph, t + sc->a, sc->b - sc->a, VL(RANDOM_SELECTION), 0, NULL)) {
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
	s->has_wording = find_wording(doc, sc);
	s->deff = find_deff(ph, doc, sc);
	if (s->sample_claim >= 0)
		s->population_size = find_population(ph, doc, sc, doc->claims[s->sample_claim].value);
}

/* ------------------------------------------------------------ claims */

/* How much a sample_size claim looks like the sample of a survey: a
 * survey word before it ("a survey of 20 hospitals", "polled 2,000"), a
 * group noun of its own; a verb right after it ("26 had cancelled") makes
 * it a count of answers instead. */
static int sample_score(cc_phrase *ph, const cc_doc *doc, size_t i)
{
	const cc_claim *c = &doc->claims[i];
	size_t a = text_pos(doc, c->start), e = text_pos(doc, c->end), back = a < 14 ? a : 14;
	size_t fwd = doc->text_len - e < 14 ? doc->text_len - e : 14;
	int score = 0;

	if (first_cue(ph, doc->text + a - back, back, VL(SAMPLE_BEFORE), 0, NULL))
		score += 2;
	if (c->subject && *c->subject)
		score += 1;
	if (first_cue(ph, doc->text + e, fwd, VL(SAMPLE_VERB_AFTER), 0, NULL) && !(c->subject && *c->subject))
		score -= 2;
	return score;
}

/* Is sample claim i a subgroup of a bigger sample in the document
 * ("Among the 50 respondents aged 65 and over" after "1,009 adults")? */
static int subgroup_sample(cc_phrase *ph, const cc_doc *doc, size_t i, const double *upto)
{
	const cc_claim *c = &doc->claims[i];
	size_t j, tp = text_pos(doc, c->start), back = tp < 24 ? tp : 24;
	int cue;

	if (c->traits & CC_TRAIT_SUBGROUP)
		return 1;
	cue = first_cue(ph, doc->text + tp - back, back, VL(SUBGROUP_CUE), 0, NULL) ||
	      (c->subject && first_cue(ph, c->subject, strlen(c->subject), VL(SUBGROUP_SUBJECT), 0, NULL));
	if (!cue)
		return 0;
	if (upto) /* the largest sample up to this sentence (claim i itself is not larger than itself) */
		return upto[claim_sentence(doc, i)] > c->value;
	for (j = 0; j < doc->nclaims; j++)
		if (j != i && doc->claims[j].kind == CC_KIND_SAMPLE_SIZE && doc->claims[j].value > c->value &&
		    claim_sentence(doc, j) <= claim_sentence(doc, i))
			return 1;
	return 0;
}

/* Per sentence s, the largest sample_size value among the claims of
 * sentences 0..s (-inf where none), for subgroup_sample: one pass, not a
 * pass over every claim per sample. *ns_out: its length. NULL when out of
 * memory (subgroup_sample then walks the claims). */
static double *sample_upto(const cc_doc *doc)
{
	size_t i, n = 0;
	double *m, run = -INFINITY;

	for (i = 0; i < doc->nclaims; i++)
		if (claim_sentence(doc, i) + 1 > n)
			n = claim_sentence(doc, i) + 1;
	m = cc_malloc(doc->ctx, (n ? n : 1) * sizeof *m);
	if (!m)
		return NULL;
	for (i = 0; i < n; i++)
		m[i] = -INFINITY;
	for (i = 0; i < doc->nclaims; i++) {
		const cc_claim *c = &doc->claims[i];
		size_t k = claim_sentence(doc, i);

		if (c->kind == CC_KIND_SAMPLE_SIZE && c->value > m[k])
			m[k] = c->value;
	}
	for (i = 0; i < n; i++) {
		if (m[i] > run)
			run = m[i];
		m[i] = run;
	}
	return m;
}

/* Lower-case head word of a group phrase (crude: the last word before a
 * preposition), for matching "most managers" to "two-thirds of managers". */
static void head_of(const char *s, char *out, size_t cap)
{
	char w[48];
	size_t n;

	out[0] = '\0';
	while (s && *s) {
		while (*s && !isalpha((unsigned char)*s))
			s++;
		for (n = 0; *s && (isalpha((unsigned char)*s) || *s == '-'); s++)
			if (n + 1 < sizeof w)
				w[n++] = (char)lc(*s);
		w[n] = '\0';
		if (!n)
			break;
		if (cc_vocab_has(CC_V_HEAD_STOP, w))
			break;
		if (!cc_vocab_has(CC_V_HEAD_SKIP, w))
			snprintf(out, cap, "%s", w);
	}
}

/* Does [a, b) hold a source cue? */
/* The first claim (sorted by start) starting at or after src - back. */
static size_t claims_from(const cc_doc *doc, size_t src, size_t back)
{
	size_t lo = 0, hi = doc->nclaims, from = src > back ? src - back : 0;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (doc->claims[mid].start < from)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Is the cue at p, the k-th row of class attribution, a source? A verb
 * of saying right after a figure ("one in four said") or after a
 * respondent word ("voters say") is not: a source only when a name says
 * it ("the council said"); any other cue is. */
static int source_at(const cc_doc *doc, size_t a, const char *p, size_t k)
{
	const char *t = doc->text, *w;
	size_t back, j, n;
	int figure = 0;

	if (!row_is(&cc_vocab_rows(CC_V_ATTRIBUTION, &n)[k], "saying"))
		return 1;
	/* the words just before the verb */
	back = (size_t)(p - (t + a)) < 40 ? (size_t)(p - (t + a)) : 40;
	w = p;
	while (w > p - back && w[-1] == ' ')
		w--;
	/* only claims that start shortly before the verb can end just
	   before it (claims are sorted by start) */
	for (j = claims_from(doc, cc_doc_src_offset(doc, (size_t)(p - t)), 400);
	     j < doc->nclaims && doc->claims[j].start <= cc_doc_src_offset(doc, (size_t)(p - t)); j++) {
		size_t ce = text_pos(doc, doc->claims[j].end);

		if (ce <= (size_t)(p - t) && (size_t)(p - t) - ce < 25 && !memchr(t + ce, ',', (size_t)(p - t) - ce))
			figure = 1; /* "one in four said", not "20 points, the council said" */
	}
	if (figure)
		return 0;
	{
		const char *ws = w;

		while (ws > t + a && isalpha((unsigned char)ws[-1]))
			ws--;
		if (row_ci(CC_V_RESPONDENT_WORD, ws, (size_t)(w - ws)))
			return 0;
	}
	return 1;
}

/* Does [a, b) hold an attribution cue that is a source (source_at)? */
static int source_cue(cc_phrase *ph, const cc_doc *doc, size_t a, size_t b)
{
	const char *p;
	size_t k;
	cc_phrase_iter it;

	cc_phrase_iter_start(&it, ph, doc->text + a, b - a, VL(ATTRIBUTION), 0);
	while ((p = cc_phrase_iter_next(&it, &k)))
		if (source_at(doc, a, p, k))
			return 1;
	return 0;
}

/* Does sentence k itself name a source? */
static int names_source(cc_phrase *ph, const cc_doc *doc, size_t k)
{
	const char *p;
	size_t a, b, i;
	cc_phrase_iter it;

	sentence_span(doc, k, &a, &b);
	if (span_lacks(ph, SET_SOURCE, a, b))
		return 0;
	if (source_cue(ph, doc, a, b) || first_cue(ph, doc->text + a, b - a, VL(POLLSTER), 1, NULL))
		return 1;
	/* an organisation's name: a capitalised org word not opening the sentence */
	cc_phrase_iter_start(&it, ph, doc->text + a, b - a, VL(ORG_WORD), 1);
	while ((p = cc_phrase_iter_next(&it, &i)))
		if (p > doc->text + a + 1)
			return 1;
	return 0;
}

/* Does the sentence or the one before name a source? `cache` (one entry
 * per sentence, -1: not known yet) keeps each sentence's answer, as each
 * sentence is asked about for itself and for the one after it. */
static int attributed(cc_phrase *ph, const cc_doc *doc, size_t sent, signed char *cache)
{
	size_t k;

	for (k = sent + 1; k-- > 0 && sent - k <= 1;) {
		if (!doc->nsentences || k >= doc->nsentences || !cache) {
			if (names_source(ph, doc, k))
				return 1;
		} else {
			if (cache[k] < 0)
				cache[k] = (signed char)names_source(ph, doc, k);
			if (cache[k])
				return 1;
		}
		if (!doc->nsentences)
			break;
	}
	return 0;
}

/* An opinion verb right after the figure, in the same clause ("Nearly
 * half of parents believe"): the words that end within 60 bytes of it.
 * A word cut by the bound is left out, not read as its front ("55% of
 * all passengers to the island and its pilots are reportedly" holds no
 * "reported"). */
static int opinion_after(cc_phrase *ph, const cc_doc *doc, size_t i)
{
	size_t a = text_pos(doc, doc->claims[i].end), b = a;

	while (b < doc->text_len && b - a < 60 && doc->text[b] != ',' && doc->text[b] != '.' &&
	       doc->text[b] != ';' && doc->text[b] != '\n')
		b++;
	if (b < doc->text_len && wordch(doc->text[b]))
		while (b > a && wordch(doc->text[b - 1]))
			b--;
	if (span_lacks(ph, SET_OPINION, a, b))
		return 0;
	return first_cue(ph, doc->text + a, b - a, VL(OPINION_VERB), 0, NULL) != NULL;
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

/* The sample size a survey's text gives when no sample_size claim carries
 * it: a count claim or a bare number in a survey sentence, after "of the",
 * "among", "each of", "interviewed"... or before "votes", "responses"
 * ("Of the 40 pupils surveyed", "among 800 likely voters", "attracted
 * 9,800 votes"). Years, percentages and money are not counts of people. */
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
			if (!(v >= 2) || v != floor(v) || (!comma && v >= 1900 && v <= 2100))
				goto next;
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

/* "Among the 50 respondents aged 65 and over, 61% said": the base of a
 * crossbreak named at the start of the proportion's sentence, when it is
 * smaller than its survey's sample and no sample claim carries it. */
static double crossbreak_n(const cc_doc *doc, size_t i, size_t a)
{
	const cc_claim *c = &doc->claims[i];
	const cc_survey_info *sv = &doc->surveys[doc->ext[i].survey];
	const char *t = doc->text, *p = t + a, *lim = t + text_pos(doc, c->start), *e;
	double n, main_n = 0;

	if (sv->sample_claim >= 0)
		main_n = doc->claims[sv->sample_claim].value;
	else
		main_n = sv->n;
	while (p < lim && isspace((unsigned char)*p))
		p++;
	if (lim - p > 6 && !strncasecmp(p, "among ", 6))
		p += 6;
	else if (lim - p > 3 && !strncasecmp(p, "of ", 3))
		p += 3;
	else
		return 0;
	if (lim - p > 4 && !strncasecmp(p, "the ", 4))
		p += 4;
	if (p >= lim || !isdigit((unsigned char)*p))
		return 0;
	n = number_at(p, lim, &e);
	if (!(n >= 1) || n != floor(n) || !(main_n > n))
		return 0;
	if (c->sample_claim >= 0 && (size_t)c->sample_claim < doc->nclaims &&
	    fabs(doc->claims[c->sample_claim].value - n) < 0.5)
		return 0; /* the extractor linked it already */
	return n;
}

/* A sample_size claim that can be a survey's sample: a whole number >= 2. */
static int eligible_sample(const cc_claim *c)
{
	return c->kind == CC_KIND_SAMPLE_SIZE && c->value >= 2 && c->value == floor(c->value);
}

/*
 * A set of (key, word) pairs, each with a value, for step 1's "a survey
 * with this sample size already" (key: the size's bits, word "") and step
 * 4's "a figure about the same group already tied to this survey" (key:
 * the survey, word: the head word): open addressing, a power-of-two table
 * at most half full; the first value added for a pair stays.
 */
typedef struct pairset {
	struct pslot { uint64_t key; size_t val; char w[48]; int used; } *t;
	size_t cap, n;
} pairset;

static size_t ps_slot(const pairset *m, uint64_t key, const char *w)
{
	/* whole numbers' doubles have dozens of zero low bits: fold the high
	 * half in, and take the product's high half */
	uint64_t x = (key ^ key >> 29) * 0x9E3779B97F4A7C15ull;
	size_t i;

	for (i = 0; w[i]; i++)
		x = (x ^ (unsigned char)w[i]) * 1099511628211ull;
	i = (size_t)(x >> 32) & (m->cap - 1);
	while (m->t[i].used && !(m->t[i].key == key && !strcmp(m->t[i].w, w)))
		i = (i + 1) & (m->cap - 1);
	return i;
}

/* The value of (key, w), or (size_t)-1. */
static size_t ps_find(const pairset *m, uint64_t key, const char *w)
{
	size_t i;

	if (!m->n)
		return (size_t)-1;
	i = ps_slot(m, key, w);
	return m->t[i].used ? m->t[i].val : (size_t)-1;
}

/* Add (key, w) -> val unless the pair is there; 0 when out of memory. */
static int ps_add(cc_doc *doc, pairset *m, uint64_t key, const char *w, size_t val)
{
	size_t i;

	if (2 * (m->n + 1) > m->cap) {
		pairset old = *m;

		m->cap = m->cap ? m->cap * 2 : 64;
		m->t = cc_calloc(doc->ctx, m->cap, sizeof *m->t);
		if (!m->t) {
			*m = old;
			return 0;
		}
		m->n = 0;
		for (i = 0; i < old.cap; i++)
			if (old.t[i].used) {
				m->t[ps_slot(m, old.t[i].key, old.t[i].w)] = old.t[i];
				m->n++;
			}
		cc_free(doc->ctx, old.t);
	}
	i = ps_slot(m, key, w);
	if (!m->t[i].used) {
		m->t[i].key = key;
		m->t[i].val = val;
		snprintf(m->t[i].w, sizeof m->t[i].w, "%s", w);
		m->t[i].used = 1;
		m->n++;
	}
	return 1;
}

static uint64_t ps_double(double v)
{
	uint64_t b;

	memcpy(&b, &v, sizeof b);
	return b;
}

/* The survey whose scope holds sentence `sent`: the last one starting at
 * or before it (first_sent ascending: a binary search), else the first. */
static size_t survey_for_sentence(const size_t *first_sent, size_t nsurveys, int sorted, size_t sent)
{
	size_t k, lo = 0, hi = nsurveys;

	if (!sorted) {
		for (k = nsurveys; k-- > 0;)
			if (first_sent[k] <= sent || k == 0)
				break;
		return k;
	}
	while (lo < hi) { /* the first k with first_sent[k] > sent */
		size_t mid = lo + (hi - lo) / 2;

		if (first_sent[mid] <= sent)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo ? lo - 1 : 0;
}

static int survey_extract(cc_phrase *ph, cc_doc *doc)
{
	size_t i, j, k, body = body_start(doc);
	size_t *first_sent = NULL;
	int *sent_cache = NULL;     /* per sentence: bit 0 survey cue, bit 1 a source; -1 not yet */
	signed char *attr_cache = NULL; /* per sentence: names a source (see attributed) */
	unsigned char *beaten = NULL; /* per claim: a sample beaten in its sentence (made when one is) */
	double *upto = NULL;          /* sample_upto */
	pairset vm = { NULL, 0, 0 };  /* surveys made here, by sample value */
	pairset hs = { NULL, 0, 0 };  /* (survey, head word) of the claims done in step 4 */
	size_t n0, hs_done = 0;
	int fs_sorted = 0;
	long s;

	if (!doc || !doc->text)
		return CC_OK;
	dateline_date(doc, body);
	/* which sample claims another in their sentence beats: the
	 * better-described sample wins, then the larger (one pass per
	 * sentence: claims are in text order, so a sentence's are together) */
	for (i = 0; i < doc->nclaims; i = j) {
		size_t sent = claim_sentence(doc, i), n = 0, best_k = (size_t)-1;
		int best = 0;
		double bestv = 0;

		for (j = i; j < doc->nclaims && claim_sentence(doc, j) == sent; j++)
			n += eligible_sample(&doc->claims[j]);
		if (n < 2)
			continue;
		if (!beaten && !(beaten = cc_calloc(doc->ctx, doc->nclaims, 1)))
			return cc_error_oom(doc->ctx);
		for (k = i; k < j; k++) {
			int sc;

			if (!eligible_sample(&doc->claims[k]))
				continue;
			sc = sample_score(ph, doc, k);
			if (best_k == (size_t)-1 || sc > best || (sc == best && doc->claims[k].value > bestv)) {
				best = sc;
				bestv = doc->claims[k].value;
				best_k = k;
			}
		}
		for (k = i; k < j; k++)
			if (eligible_sample(&doc->claims[k])) {
				int sc = sample_score(ph, doc, k);

				beaten[k] = sc < best || (sc == best && doc->claims[k].value < bestv);
			}
	}
	/* 1. one survey per main sample_size claim: whole, not a subgroup,
	 *    the largest in its sentence; a repeat of the same n is the same
	 *    survey. Fractions and stray small numbers beside a bigger sample
	 *    in one sentence ("between 4 and 17 March") are not samples. */
	n0 = doc->nsurveys;
	upto = sample_upto(doc);
	for (i = 0; i < doc->nclaims; i++) {
		const cc_claim *c = &doc->claims[i];

		if (c->kind != CC_KIND_SAMPLE_SIZE)
			continue;
		if (!(c->value >= 2) || c->value != floor(c->value)) {
			doc->ext[i].sample_role = 3;
			continue;
		}
		if (subgroup_sample(ph, doc, i, upto)) {
			doc->ext[i].sample_role = 2;
			continue;
		}
		if (beaten && beaten[i]) {
			doc->ext[i].sample_role = 3;
			continue;
		}
		doc->ext[i].sample_role = 1;
		/* a repeat of the same n: the surveys there before this pass
		 * (none in the pipeline) by the old rule, then the ones made
		 * here (whole numbers, so within 0.5 means equal) by value */
		for (k = 0; k < n0; k++)
			if (fabs(doc->claims[doc->surveys[k].sample_claim].value - c->value) < 0.5)
				break;
		if (k == n0 && (k = ps_find(&vm, ps_double(c->value), "")) == (size_t)-1)
			k = doc->nsurveys;
		if (k < doc->nsurveys) {
			doc->ext[i].survey = (long)k;
			continue;
		}
		if ((s = cc_doc_add_survey(doc)) < 0 || !ps_add(doc, &vm, ps_double(c->value), "", (size_t)s)) {
			cc_free(doc->ctx, beaten);
			cc_free(doc->ctx, upto);
			cc_free(doc->ctx, vm.t);
			return cc_error_oom(doc->ctx);
		}
		doc->surveys[s].sample_claim = (long)i;
		doc->ext[i].survey = s;
	}
	cc_free(doc->ctx, beaten);
	cc_free(doc->ctx, upto);
	cc_free(doc->ctx, vm.t);
	/* 2. no sample: a survey noun phrase still describes a survey
	 *    (after a pass over some spans only, every match the search can
	 *    accept is in them: see spans_hold_cues) */
	if (!doc->nsurveys) {
		const char *at;

		if (first_cue(ph, doc->text + body, doc->text_len - body, VL(SURVEY_CUE), 0, &at)) {
			size_t sent = sentence_at(doc, (size_t)(at - doc->text));

			if ((s = cc_doc_add_survey(doc)) < 0)
				return cc_error_oom(doc->ctx);
			sentence_span(doc, sent, &doc->surveys[s].start, &doc->surveys[s].end);
		}
	}
	if (!doc->nsurveys)
		goto claims;
	/* 3. each survey's scope: from its sentence to the next survey's */
	first_sent = cc_calloc(doc->ctx, doc->nsurveys, sizeof *first_sent);
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
	for (k = 1; k < doc->nsurveys && first_sent[k - 1] <= first_sent[k]; k++)
		;
	fs_sorted = k >= doc->nsurveys;
	for (k = 0; k < doc->nsurveys; k++) {
		cc_survey_info *sv = &doc->surveys[k];
		scope sc;
		size_t a, b;

		sc.a = 0;
		sc.b = doc->text_len;
		if (k > 0) {
			sentence_span(doc, first_sent[k], &a, &b);
			sc.a = a;
		}
		if (k + 1 < doc->nsurveys && first_sent[k + 1] > first_sent[k]) {
			sentence_span(doc, first_sent[k + 1], &a, &b);
			sc.b = a;
		}
		if (sc.b <= sc.a)
			sentence_span(doc, first_sent[k], &sc.a, &sc.b);
		if (sv->sample_claim >= 0) {
			const cc_claim *c = &doc->claims[sv->sample_claim];
			char nb[32];

			sv->population = c->subject && *c->subject ? c->subject : c->unit ? c->unit
											      : group_after(doc, c);
			snprintf(nb, sizeof nb, "%.0f", c->value);
			if (sv->population)
				sv->label = cc_doc_printf(doc, "survey of %s%s%s", nb, " ", sv->population);
			else
				sv->label = cc_doc_printf(doc, "survey of %s people", nb);
		}
		fill_survey(ph, doc, sv, &sc, body);
		if (sv->sample_claim < 0 && (sv->n = recover_n(ph, doc, &sc)) > 0)
			sv->population_size = find_population(ph, doc, &sc, sv->n);
	}

claims:
	/* 4. claims: survey, attribution, survey context (the sentence-level
	 *    answers cached, so long documents stay linear) */
	{
		size_t ns = doc->nsentences ? doc->nsentences : 1;

		/* both caches in one block (attr_cache after sent_cache) */
		sent_cache = cc_malloc(doc->ctx, ns * sizeof *sent_cache + ns);
		if (!sent_cache) {
			cc_free(doc->ctx, first_sent);
			return cc_error_oom(doc->ctx);
		}
		memset(sent_cache, 0xff, ns * sizeof *sent_cache);
		attr_cache = (signed char *)(sent_cache + ns);
		memset(attr_cache, 0xff, ns);
	}
	for (i = 0; i < doc->nclaims; i++) {
		cc_claim *c = &doc->claims[i];
		cc_claim_ext *e = &doc->ext[i];
		size_t sent = claim_sentence(doc, i), a, b, sk = doc->nsentences ? sent : 0;
		int cue_here;

		sentence_span(doc, sent, &a, &b);
		if (sent_cache[sk] < 0)
			sent_cache[sk] = (!span_lacks(ph, SET_SURVEY, a, b) &&
					  first_cue(ph, doc->text + a, b - a, VL(SURVEY_CUE), 0, NULL) != NULL) |
					 (attributed(ph, doc, sent, attr_cache) << 1);
		cue_here = sent_cache[sk] & 1;
		e->attributed = (sent_cache[sk] >> 1) & 1;
		if (c->kind == CC_KIND_SAMPLE_SIZE) {
			if (e->survey < 0 && doc->nsurveys) /* a subgroup: the survey whose scope holds it */
				e->survey = (long)survey_for_sentence(first_sent, doc->nsurveys, fs_sorted, sent);
			e->survey_context = 1;
			continue;
		}
		if (c->sample_claim >= 0 && (size_t)c->sample_claim < doc->nclaims &&
		    doc->ext[c->sample_claim].survey >= 0) {
			e->survey = doc->ext[c->sample_claim].survey;
		} else if (doc->nsurveys && (c->kind == CC_KIND_PROPORTION || c->kind == CC_KIND_MARGIN_OF_ERROR ||
					     c->kind == CC_KIND_MEAN || (c->kind == CC_KIND_CHANGE && cue_here))) {
			/* the survey whose scope holds the claim */
			k = survey_for_sentence(first_sent, doc->nsurveys, fs_sorted, sent);
			if (paragraph_of(doc, sent) == paragraph_of(doc, first_sent[k]) || cue_here ||
			    opinion_after(ph, doc, i) || c->kind == CC_KIND_MARGIN_OF_ERROR)
				e->survey = (long)k;
			else if (c->kind == CC_KIND_PROPORTION && c->subject) {
				/* same group as a figure already tied to this survey */
				char h1[48], h2[48];

				head_of(c->subject, h1, sizeof h1);
				if (h1[0]) {
					/* the pairs of the claims before this one, added
					 * as they come (their survey is settled by then) */
					for (; hs_done < i; hs_done++) {
						if (doc->ext[hs_done].survey < 0 || !doc->claims[hs_done].subject)
							continue;
						head_of(doc->claims[hs_done].subject, h2, sizeof h2);
						if (h2[0] && !ps_add(doc, &hs, (uint64_t)doc->ext[hs_done].survey, h2, 0)) {
							cc_free(doc->ctx, hs.t);
							cc_free(doc->ctx, first_sent);
							cc_free(doc->ctx, sent_cache);
							return cc_error_oom(doc->ctx);
						}
					}
					if (ps_find(&hs, (uint64_t)k, h1) != (size_t)-1)
						e->survey = (long)k;
				}
			}
		}
		if (c->kind == CC_KIND_PROPORTION && e->survey >= 0)
			e->subgroup_n = crossbreak_n(doc, i, a);
		if (e->survey >= 0 || cue_here)
			e->survey_context = 1;
		else if ((c->kind == CC_KIND_PROPORTION || c->kind == CC_KIND_MEAN) && opinion_after(ph, doc, i))
			e->survey_context = 1;
	}
	cc_free(doc->ctx, hs.t);
	cc_free(doc->ctx, first_sent);
	cc_free(doc->ctx, sent_cache); /* and attr_cache */
	return CC_OK;
}

static void phrase_scratch_free(void *ph)
{
	cc_phrase_free(ph);
}

/*
 * The phrase search object of ctx (made on its first document, kept on
 * the ctx for the next ones, so its index stays warm): told the core
 * lists, whose phrases every document with claims asks about (a survey
 * word in a sentence, a source, an opinion verb), and the sets. NULL when
 * out of memory.
 */
static cc_phrase *survey_phrase(cc_ctx *ctx)
{
	const cc_phrase_list core[] = {
		{ VL(SURVEY_CUE), 0 }, { VL(ATTRIBUTION), 0 }, { VL(POLLSTER), 1 }, { VL(ORG_WORD), 1 },
		{ VL(OPINION_VERB), 0 },
	};
	const cc_phrase_list sets[NSETS][3] = {
		[SET_SOURCE] = { { VL(ATTRIBUTION), 0 }, { VL(POLLSTER), 1 }, { VL(ORG_WORD), 1 } },
		[SET_SURVEY_SELF] = { { VL(SURVEY_CUE), 0 }, { VL(SELFSELECT), 0 } },
		[SET_SURVEY_DATED] = { { VL(SURVEY_CUE), 0 }, { VL(SURVEY_DATED), 0 } },
		[SET_SURVEY] = { { VL(SURVEY_CUE), 0 } },
		[SET_OPINION] = { { VL(OPINION_VERB), 0 } },
	};
	cc_phrase *ph;
	int k;

	if (ctx && ctx->extract_scratch)
		return ctx->extract_scratch;
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
	if (ctx) {
		ctx->extract_scratch = ph;
		ctx->extract_scratch_free = phrase_scratch_free;
	}
	return ph;
}

int cc_survey_extract(cc_doc *doc)
{
	size_t i;
	int rc, full = 0;
	cc_phrase *ph;

	if (!doc || !doc->text)
		return CC_OK;
	if (!doc->nclaims) {
		/* nothing to describe: surveys and attributions serve claims
		 * (the checks read a survey only through a claim tied to it);
		 * the dateline still dates the document */
		dateline_date(doc, body_start(doc));
		return CC_OK;
	}
	if (!(ph = survey_phrase(doc->ctx)))
		return cc_error_oom(doc->ctx);
	/* the core pass unless a sample claim will make a survey to describe */
	for (i = 0; i < doc->nclaims && !full; i++)
		full = eligible_sample(&doc->claims[i]);
	cc_phrase_begin(ph, doc->text, doc->text_len, full);
	rc = survey_extract(ph, doc);
	cc_phrase_end(ph);
	if (!doc->ctx)
		cc_phrase_free(ph);
	return rc;
}
