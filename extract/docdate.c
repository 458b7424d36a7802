/*
 * docdate.c -- the date a document gives itself (stage: extract, the first
 * step after the input is converted: cc_extract_doc calls cc_docdate_read
 * before the tokens are made, so every later step and stage -- the survey
 * reading, the reference look-up, the checks -- sees it as it would see a
 * --date).
 *
 * Reads the top of the converted text:
 *  - a dateline: a line that starts with the date or with a place
 *    ("London, 4 April 2024 --", "WASHINGTON (AP) -- Jan. 5, 2021",
 *    "4 April 2024: ...", a line holding only "Wednesday, September 16,
 *    2009" or "13 Oct 2023");
 *  - a byline: a date after a cue ("By Staff, 1 May 2024", "Published
 *    12:01 BST, 3 March 2023", "Updated: March 3, 2023", "(posted 14
 *    February 2015)"); a publication cue beats an update cue;
 * and for HTML the publication date of the markup (input_date.c), which
 * beats the text when the markup says it is the publication date.
 * The date goes on the document only when none was given (--date, a batch
 * document's "date", the API's date): a given date always wins.
 *
 * Must not: read below the top lines (a date deep in the body is what the
 * story is about, not when it was written); take a date inside a sentence
 * for the document's ("a poll of 500 people from 10 to 13 November 2008,"
 * on the first line is fieldwork); guess between orders ("3/4/2021" is
 * skipped; "Jan. 5, 2021" and "5 January 2021" are certain); accept an
 * impossible date (31 February) or a two-digit year whose place is not
 * certain ("5 Jan 21 --" and "'21" are years, "Jan 5 21" is not); or list
 * words: month names are class month of context.tsv, day names, day
 * suffixes and byline cues classes of lexicon/dateline.tsv.
 */
#include "docdate.h"
#include "bytemask.h"
#include "../core/vocab.h"
#include "../core/words.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

/* The top of a document: its first TOP_LINES non-blank lines, within its
 * first TOP_BYTES bytes. A headline, a standfirst, a byline and a dateline
 * fit; so do the short lines of a poll round-up before its "(posted ...)". */
#define TOP_LINES 10
#define TOP_BYTES 1000
#define PLACE_MAX 60   /* a dateline's place: "WASHINGTON (AP)", "St. Louis, Mo." */
#define CUE_REACH 80   /* a byline's date starts within this many bytes of its cue */
#define BYLINE_MAX 160 /* a byline is no longer than this (a paragraph is) */
#define CUE_WORD_MAX 12 /* a byline cue's first word is no longer ("publication") */

typedef struct ymd {
	int y, m, d;
} ymd;

/* A reading of the text, ranked: lower is better. */
enum { RANK_DATELINE = 1, RANK_PUBLISHED, RANK_UPDATED, RANK_NONE };

typedef struct reading {
	ymd date;
	int rank;              /* RANK_* */
	size_t start, end;     /* the date's words (text offsets) */
} reading;

/* What the top lines give. */
typedef struct top {
	reading line;          /* the first dateline */
	reading best;          /* the best byline */
	int differ;            /* a later dateline gives another date: a list of dated entries */
	size_t bylines[CC_TOPDATES][2]; /* every byline date's words */
	size_t nbylines;
} top;

/* ------------------------------------------------------------ calendar */

int cc_docdate_valid(int y, int m, int d)
{
	static const int days[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > days[m - 1])
		return 0;
	return m != 2 || d < 29 || (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0));
}

static int digit(const char *p, const char *lim)
{
	return p < lim && *p >= '0' && *p <= '9';
}

/* The value of the digit run at p (at most `max` digits; a longer run is
 * not a date part): its length, 0 when none or too long. */
static size_t digits(const char *p, const char *lim, size_t max, int *v)
{
	size_t k = 0;

	*v = 0;
	while (digit(p + k, lim) && k <= max) {
		*v = *v * 10 + (p[k] - '0');
		k++;
	}
	return k > max ? 0 : k;
}

int cc_docdate_iso(const char *p, size_t n, int *y, int *m, int *d)
{
	const char *lim = p + n;

	while (p < lim && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
		p++;
	if (lim - p < 10 || digits(p, lim, 4, y) != 4 || p[4] != '-' || digits(p + 5, lim, 2, m) != 2 ||
	    p[7] != '-' || digits(p + 8, lim, 2, d) != 2)
		return 0;
	return cc_docdate_valid(*y, *m, *d);
}

/* ------------------------------------------------------------ words */

static int is_space(const char *p, const char *lim)
{
	return p < lim && (*p == ' ' || *p == '\t' ||
			   (*p == '\xC2' && p + 1 < lim && p[1] == '\xA0')); /* no-break space */
}

static const char *skip_sp(const char *p, const char *lim)
{
	while (is_space(p, lim))
		p += *p == '\xC2' ? 2 : 1;
	return p;
}

static size_t letters(const char *p, const char *lim)
{
	size_t k = 0;

	while (p + k < lim && cc_alpha((unsigned char)p[k]))
		k++;
	return k;
}

/* Which bytes open a row of the classes read here, in either case: a
 * test before each look-up (most words open with none of them), made
 * once from the rows themselves. */
static unsigned char opens[256];
static pthread_once_t opens_once = PTHREAD_ONCE_INIT;

static unsigned char class_bit(enum cc_vocab_id id)
{
	return id == CC_V_MONTH ? 1 : id == CC_V_WEEKDAY ? 2 : id == CC_V_DATE_CUE ? 4 : 8;
}

/* A second test, before the look-up itself: the first three bytes of
 * the rows, any case. Words that open like a row but are none ("The"
 * before "thu", "Mr" before "modified") are most of the capitalised
 * words of a top; they stop here. pre[slot][a * 26 + b] has bit c for
 * each row opening with the letters a, b, c (bit PRE_END: with a, b and
 * then no letter). A class with a row that does not open with two
 * letters is not filtered (prefilt 0). Made with opens. */
#define PRE_END 26
static uint32_t pre[5][26 * 26];
static unsigned char prefilt[5];

static int pre_slot(enum cc_vocab_id id)
{
	return id == CC_V_MONTH ? 0 : id == CC_V_WEEKDAY ? 1 : id == CC_V_DATE_CUE ? 2 : id == CC_V_DAY_SUFFIX ? 3 : 4;
}

/* A byte's letter number in either case (0 for a or A), else -1. */
static int pre_letter(unsigned char c)
{
	c = (unsigned char)cc_lower(c);
	return c >= 'a' && c <= 'z' ? c - 'a' : -1;
}

static void opens_build(void)
{
	static const enum cc_vocab_id ids[] = { CC_V_MONTH, CC_V_WEEKDAY, CC_V_DATE_CUE, CC_V_DAY_SUFFIX, CC_V_CLOCK };
	size_t k, i, n;

	for (k = 0; k < sizeof ids / sizeof ids[0]; k++) {
		const cc_vocab_row *r = cc_vocab_rows(ids[k], &n);
		int slot = pre_slot(ids[k]), ok = 1;

		for (i = 0; i < n; i++) {
			const unsigned char *ph = (const unsigned char *)r[i].phrase;
			unsigned char c = ph[0];
			int a, b, l2;

			opens[c] |= class_bit(ids[k]);
			opens[c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c] |= class_bit(ids[k]);
			if (!c || (a = pre_letter(c)) < 0 || (b = pre_letter(ph[1])) < 0) {
				ok = 0;
				continue;
			}
			l2 = pre_letter(ph[2]);
			pre[slot][a * 26 + b] |= (uint32_t)1 << (l2 < 0 ? PRE_END : l2);
		}
		prefilt[slot] = (unsigned char)ok;
	}
}

/* Can the n bytes at p spell a row of the class in slot (pre)? 0 only
 * when no row opens with their first three bytes. */
static int pre_may(int slot, const char *p, size_t n)
{
	int a, b, c;

	if (!prefilt[slot] || n < 2 || (a = pre_letter((unsigned char)p[0])) < 0 ||
	    (b = pre_letter((unsigned char)p[1])) < 0)
		return 1;
	c = n > 2 ? pre_letter((unsigned char)p[2]) : -1;
	return (int)(pre[slot][a * 26 + b] >> (c < 0 ? PRE_END : c)) & 1;
}

/* The row of class id that the n bytes at p spell, in any case (NULL none). */
static const cc_vocab_row *row_ci(enum cc_vocab_id id, const char *p, size_t n)
{
	char w[24];
	size_t k;

	if (!n || n >= sizeof w || !(opens[(unsigned char)*p] & class_bit(id)) || !pre_may(pre_slot(id), p, n))
		return NULL;
	for (k = 0; k < n; k++)
		w[k] = (char)cc_lower((unsigned char)p[k]);
	return cc_vocab_find(id, w, n);
}

/* A dash at p (em or en dash, "--", or a hyphen between spaces): the byte
 * after it, NULL when none. */
static const char *dash_at(const char *p, const char *lim)
{
	if (lim - p >= 3 && p[0] == '\xE2' && p[1] == '\x80' && (p[2] == '\x94' || p[2] == '\x93'))
		return p + 3;
	if (lim - p >= 2 && p[0] == '-' && p[1] == '-')
		return p + 2;
	if (p < lim && *p == '-' && (p + 1 == lim || p[1] == ' '))
		return p + 1;
	return NULL;
}

/* A word of class id at p (any case), with an optional dot ("Jan.",
 * "Thu."): the byte after it, NULL when none. */
static const char *class_word(enum cc_vocab_id id, const char *p, const char *lim, const cc_vocab_row **row)
{
	/* month and day names, full or cut, are 3 to 9 letters and open with
	 * one of few letters: no look-up for other words */
	size_t n = p < lim && (opens[(unsigned char)*p] & class_bit(id)) ? letters(p, lim) : 0;
	const cc_vocab_row *r = n >= 3 && n <= 9 ? row_ci(id, p, n) : NULL;

	if (!r)
		return NULL;
	if (row)
		*row = r;
	p += n;
	return p < lim && *p == '.' ? p + 1 : p;
}

/* A day at p: one or two digits, an optional suffix ("4th"), not followed
 * by a digit or a letter. */
static const char *day_at(const char *p, const char *lim, int *d)
{
	size_t k = digits(p, lim, 2, d), n;

	if (!k)
		return NULL;
	p += k;
	if ((n = letters(p, lim)) == 2 && row_ci(CC_V_DAY_SUFFIX, p, 2))
		p += 2;
	return p < lim && (cc_alpha((unsigned char)*p) || digit(p, lim)) ? NULL : p;
}

/* Two-digit years: 00-69 are 2000-2069 (POSIX strptime's %y). */
static int century(int yy)
{
	return yy < 70 ? 2000 + yy : 1900 + yy;
}

/* A year at p: four digits; an apostrophe and two ("'24", "’24"); or, when
 * two_ok (after a day and a month, where nothing else can stand), two
 * digits ending the date. Not followed by a digit or a letter. */
static const char *year_at(const char *p, const char *lim, int two_ok, int *y)
{
	size_t k;

	if (p < lim && *p == '\'')
		p++, two_ok = 2;
	else if (lim - p >= 3 && !memcmp(p, "\xE2\x80\x99", 3))
		p += 3, two_ok = 2;
	k = digits(p, lim, 4, y);
	if (k == 2 && two_ok)
		*y = century(*y);
	else if (k != 4 || two_ok == 2)
		return NULL;
	p += k;
	/* "14 May 11:30" is a time, not 2011 */
	if (k == 2 && p < lim && (*p == ':' || ((*p == '.' || *p == ',') && digit(p + 1, lim))))
		return NULL;
	return p < lim && cc_alpha((unsigned char)*p) ? NULL : p;
}

/* "3/4/2021", "25.12.2021": a date only when one order alone is possible
 * (or both read the same); four-digit years only. */
static const char *numeric_at(const char *p, const char *lim, ymd *out)
{
	int a, b, y;
	size_t k = digits(p, lim, 2, &a), k2;
	char sep;

	if (!k || p + k >= lim || (p[k] != '/' && p[k] != '.' && p[k] != '-'))
		return NULL;
	sep = p[k];
	p += k + 1;
	if (!(k2 = digits(p, lim, 2, &b)) || p + k2 >= lim || p[k2] != sep)
		return NULL;
	p += k2 + 1;
	if (digits(p, lim, 4, &y) != 4)
		return NULL;
	if (a > 12 && b <= 12)
		out->d = a, out->m = b;
	else if (b > 12 && a <= 12)
		out->m = a, out->d = b;
	else if (a == b)
		out->d = out->m = a;
	else
		return NULL; /* both orders are dates: never guess */
	out->y = y;
	return p + 4;
}

/*
 * A date starting at p, with an optional day name before it: "4 April
 * 2024", "4th of April '24", "Jan. 5, 2021", "Thu January 26, 2017",
 * "Saturday, 14 May 2011", "2024-04-04", "25/12/2021". The byte after it,
 * NULL when there is none (or it is not a day of the calendar).
 */
static const char *date_at(const char *p, const char *lim, ymd *out)
{
	const cc_vocab_row *mon = NULL;
	const char *q;
	int v;

	if ((q = class_word(CC_V_WEEKDAY, p, lim, NULL)) != NULL) {
		if (q < lim && *q == ',')
			q++;
		p = skip_sp(q, lim);
	}
	if (digit(p, lim)) {
		size_t k = digits(p, lim, 4, &v);

		if (k == 4) {
			if (!cc_docdate_iso(p, (size_t)(lim - p), &out->y, &out->m, &out->d) || digit(p + 10, lim))
				return NULL;
			return p + 10;
		}
		if ((q = numeric_at(p, lim, out)) != NULL) {
			p = q;
		} else {
			if (!(q = day_at(p, lim, &out->d)))
				return NULL;
			q = skip_sp(q, lim);
			if (lim - q > 3 && q[0] == 'o' && q[1] == 'f' && q[2] == ' ') /* "4th of April" */
				q += 3;
			if (!(q = class_word(CC_V_MONTH, q, lim, &mon)))
				return NULL;
			if (q < lim && *q == ',')
				q++;
			if (!(p = year_at(skip_sp(q, lim), lim, 1, &out->y)))
				return NULL;
			out->m = (int)mon->v[0];
		}
	} else {
		if (!(q = class_word(CC_V_MONTH, p, lim, &mon)))
			return NULL;
		if (!(q = day_at(skip_sp(q, lim), lim, &out->d)))
			return NULL;
		if (q < lim && *q == ',')
			q++;
		if (!(p = year_at(skip_sp(q, lim), lim, 0, &out->y)))
			return NULL;
		out->m = (int)mon->v[0];
	}
	return cc_docdate_valid(out->y, out->m, out->d) ? p : NULL;
}

/* A time of day after a date or before a byline's date ("12:01 BST",
 * "4:10 AM ET", "20:02 UTC", "07.00 GMT"): the byte after it, NULL none.
 * Zones are clock words or capitals of two to four letters. */
static const char *time_at(const char *p, const char *lim)
{
	int v;
	size_t k = digits(p, lim, 2, &v), n;

	if (!k || p + k + 2 >= lim || (p[k] != ':' && p[k] != '.') || digits(p + k + 1, lim, 2, &v) != 2)
		return NULL;
	p += k + 3;
	for (;;) {
		const char *q = skip_sp(p, lim), *w = q;

		n = 0;
		while (q + n < lim && (cc_alpha((unsigned char)q[n]) || q[n] == '.'))
			n++;
		if (!n)
			return p;
		if (!row_ci(CC_V_CLOCK, w, n)) {
			size_t u = 0;

			while (u < n && w[u] >= 'A' && w[u] <= 'Z')
				u++;
			if (u != n || n < 2 || n > 4)
				return p;
		}
		p = q + n;
	}
}

/* ------------------------------------------------------------ datelines */

/* Does the date ending at d end a dateline? It may be followed by a time,
 * then must end the line or be followed by a dash, a colon or a bar.
 * Returns just past the dateline, NULL when the date goes on into a
 * sentence ("4 April 2024 was the day ..."). */
static const char *ends_dateline(const char *d, const char *eol)
{
	const char *p = skip_sp(d, eol), *q;

	if ((q = time_at(p, eol)) != NULL)
		p = skip_sp(q, eol);
	if (p == eol)
		return p;
	if ((q = dash_at(p, eol)) != NULL)
		return q;
	return *p == ':' || *p == '|' ? p + 1 : NULL;
}

/*
 * A dateline on the line [s, eol): the date at its start, or after a
 * place -- capitalised words, an agency in brackets -- and a comma or a
 * dash. 1 with *out and the date's words [*ds, *de) set.
 */
static int dateline(const char *s, const char *eol, ymd *out, const char **ds, const char **de)
{
	const char *p = s, *d;
	int words = 0;

	/* a date or a place opens it: a digit or a capital (a paragraph
	 * opening in lower case or with a quote costs nothing more); a line
	 * opening with a byline's cue never comes here (read_top) */
	if (!digit(s, eol) && !(*s >= 'A' && *s <= 'Z'))
		return 0;
	for (;;) {
		const char *after = NULL;

		if ((d = date_at(p, eol, out)) != NULL && ends_dateline(d, eol)) {
			*ds = p;
			*de = d;
			return 1;
		}
		/* the place: walk to its next comma or dash */
		while (!after) {
			p = skip_sp(p, eol);
			if (p >= eol || p - s > PLACE_MAX)
				return 0;
			if (words)
				after = *p == ',' ? p + 1 : dash_at(p, eol);
			if (after)
				break;
			if (*p == '(') { /* an agency: "(AP)", "(Reuters)" */
				const char *c = memchr(p, ')', (size_t)(eol - p));

				if (!c || c - p > 24)
					return 0;
				p = c + 1;
			} else if (*p >= 'A' && *p <= 'Z') {
				while (p < eol && (cc_wordch((unsigned char)*p) || *p == '.' || *p == '-') &&
				       !((*p == '-' || *p == '\xE2') && dash_at(p, eol)))
					p++;
				words++;
			} else {
				return 0; /* a digit, a lower-case word, other punctuation: a sentence */
			}
		}
		p = skip_sp(after, eol);
	}
}

/* ------------------------------------------------------------ bylines */

/* A byline cue at w (a word start): its row, *after just past it. Two-word
 * cues ("last updated") first. */
static const cc_vocab_row *cue_at(const char *w, const char *eol, const char **after)
{
	size_t n = opens[(unsigned char)*w] & class_bit(CC_V_DATE_CUE) ? letters(w, eol) : 0, n2;
	const cc_vocab_row *r;

	if (!n || n > CUE_WORD_MAX)
		return NULL;
	if (w + n + 1 < eol && w[n] == ' ' && (n2 = letters(w + n + 1, eol)) != 0 &&
	    (r = row_ci(CC_V_DATE_CUE, w, n + 1 + n2)) != NULL) {
		*after = w + n + 1 + n2;
		return r;
	}
	*after = w + n;
	return row_ci(CC_V_DATE_CUE, w, n);
}

/* Does a cue at w stand where a byline's cue stands: at the line's start,
 * after a bracket or a bar, or capitalised after a full stop or a comma
 * ("By Dana Moreno, CNN. Updated ...")? */
static int cue_place(const char *s, const char *w)
{
	const char *p = w;

	while (p > s && (p[-1] == ' ' || p[-1] == '\t'))
		p--;
	if (p == s || p[-1] == '(' || p[-1] == '|' || p[-1] == '[')
		return 1;
	if (p - s >= 2 && !memcmp(p - 2, "\xC2\xB7", 2)) /* middle dot */
		return 1;
	if (p - s >= 3 && p[-3] == '\xE2' && p[-2] == '\x80' &&
	    (p[-1] == '\xA2' || p[-1] == '\x93' || p[-1] == '\x94')) /* bullet, en or em dash */
		return 1;
	return (p[-1] == '.' || p[-1] == ',' || p[-1] == ';') && *w >= 'A' && *w <= 'Z';
}

/* Between a publication or update cue and its date only this may stand:
 * a colon or a comma, "on" or "at", and a time ("Posted on: Friday, May 5,
 * 2006", "Published 12:01 BST, 3 March 2023"). The date's start, or NULL. */
static const char *cue_gap(const char *p, const char *eol)
{
	for (;;) {
		const char *q;
		size_t n;

		p = skip_sp(p, eol);
		if (p < eol && (*p == ':' || *p == ',')) {
			p++;
			continue;
		}
		if ((q = time_at(p, eol)) != NULL) {
			p = q;
			continue;
		}
		n = letters(p, eol);
		if (n == 2 && (!memcmp(p, "on", 2) || !memcmp(p, "at", 2))) {
			p += 2;
			continue;
		}
		return p;
	}
}

/* The date after a "By" cue: the first one within CUE_REACH of it, before
 * any other cue that stands in a cue's place (which owns what follows).
 * Its start in *ds. */
static const char *date_after_name(const char *s, const char *p, const char *eol, ymd *out, const char **ds)
{
	const char *lim = p + CUE_REACH < eol ? p + CUE_REACH : eol, *w, *e;
	size_t n = letters(skip_sp(p, eol), eol);

	w = skip_sp(p, eol);
	/* a name, capitalised, that is not the start of a date ("By 1 May",
	 * "By March", "By Friday") */
	if (!n || *w < 'A' || *w > 'Z' || row_ci(CC_V_MONTH, w, n) || row_ci(CC_V_WEEKDAY, w, n) ||
	    eol - s > BYLINE_MAX)
		return NULL;
	for (; w < lim; w++) {
		if (w > p && cc_wordch((unsigned char)w[-1]))
			continue;
		if (cc_alpha((unsigned char)*w) && cue_place(s, w) && cue_at(w, eol, &e))
			return NULL;
		if ((e = date_at(w, eol, out)) != NULL) {
			*ds = w;
			return e;
		}
	}
	return NULL;
}

/* The byline readings of the line [s, eol) (t: the text) into tp: the
 * best (a better rank, or the same rank earlier, wins), and every date's
 * words. A byline is a short line of its own; in a longer line (a
 * paragraph) only a cue that opens it counts. lastd: the line's last
 * digit -- a cue at or after it has no date after it, so the cues are
 * looked for only before it. */
static void bylines(const char *t, const char *s, const char *eol, const char *lastd, top *tp)
{
	/* the bytes a cue may follow (cue_place decides): the last byte of a
	 * bracket, bar, stop, comma, middle dot, bullet or dash; a sentence
	 * is passed over at one table test a byte */
	static const unsigned char before_cue[256] = {
		['('] = 1, ['['] = 1, ['|'] = 1, ['.'] = 1, [','] = 1, [';'] = 1,
		[0xB7] = 1, [0xA2] = 1, [0x93] = 1, [0x94] = 1,
	};
	const char *p = s, *w = s, *after, *d, *ds, *cues = eol - s > BYLINE_MAX ? s + 1 : lastd;

	while (w < cues) {
		const cc_vocab_row *cue;
		ymd got;
		int rank;

		if (cc_alpha((unsigned char)*w) && cue_place(s, w) && (cue = cue_at(w, eol, &after)) != NULL) {
			rank = cue->v[0] == 2 ? RANK_UPDATED : RANK_PUBLISHED;
			if (cue->v[0] == 3)
				d = date_after_name(s, after, eol, &got, &ds);
			else
				d = date_at(ds = cue_gap(after, eol), eol, &got);
			if (d && tp->nbylines < CC_TOPDATES) {
				tp->bylines[tp->nbylines][0] = (size_t)(ds - t);
				tp->bylines[tp->nbylines++][1] = (size_t)(d - t);
			}
			if (d && rank < tp->best.rank)
				tp->best = (reading){ got, rank, (size_t)(ds - t), (size_t)(d - t) };
			p = after;
		}
		/* the next place a cue may stand: after a byte before_cue marks */
		while (p < cues && !before_cue[(unsigned char)*p])
			p++;
		if (p >= cues)
			break;
		w = skip_sp(++p, eol);
	}
}

/* ------------------------------------------------------------ the top */

static void set_date(cc_doc *doc, const ymd *d, const char *source)
{
	doc->date_y = d->y;
	doc->date_m = d->m;
	doc->date_d = d->d;
	doc->date_source = source;
	snprintf(doc->date, sizeof doc->date, "%04u-%02u-%02u", (unsigned)d->y % 10000u, (unsigned)d->m % 100u,
		 (unsigned)d->d % 100u);
}

/* Every date has a digit (its day, its year), and most lines of a top --
 * a headline, a standfirst, a paragraph about no figure -- have none:
 * those lines are passed over at the cost of this mask, made 64 bytes a
 * step (bytemask.h), instead of at a few word look-ups each. Bit j of
 * dg[j / 64]: byte j of the top [t, t+n) is a digit (n <= TOP_BYTES). */
#define TOP_WORDS ((TOP_BYTES + 63) / 64)

static void digit_mask(const char *t, size_t n, uint64_t dg[TOP_WORDS])
{
	size_t j;

	for (j = 0; j < n; j += 64)
		dg[j / 64] = cc_bm64(t + j, n - j < 64 ? n - j : 64, BM_DIGIT, NULL, 0);
}

/* The last digit of [a, b) (dg from digit_mask): its offset + 1, 0 when
 * none. */
static size_t last_digit(const uint64_t *dg, size_t a, size_t b)
{
	while (b > a) {
		size_t lo = (b - 1) & ~(size_t)63; /* the 64-byte word of byte b - 1 */
		uint64_t w = dg[lo / 64];

		if (b - lo < 64)
			w &= ((uint64_t)1 << (b - lo)) - 1;
		if (a > lo)
			w &= ~(((uint64_t)1 << (a - lo)) - 1);
		if (w)
			return lo + 64 - (size_t)__builtin_clzll(w);
		b = lo;
	}
	return 0;
}

/* Record the words of a date the top lines give (doc->topdates). */
static void topdate(cc_doc *doc, size_t start, size_t end)
{
	if (doc->ntopdates < CC_TOPDATES) {
		doc->topdates[doc->ntopdates][0] = start;
		doc->topdates[doc->ntopdates++][1] = end;
	}
}

/*
 * Read the top lines into *text: the dateline, else the best byline. Two
 * datelines that differ are a list of dated entries ("12 May 2015: CON
 * 37"), not the document's date: neither counts. Every date that does
 * count goes to doc->topdates. *top_out: the text offset where the top
 * ends.
 */
static void read_top(cc_doc *doc, reading *text, size_t *top_out)
{
	const char *t = doc->text, *end = t + (doc->text_len < TOP_BYTES ? doc->text_len : TOP_BYTES), *s = t;
	uint64_t dg[TOP_WORDS];
	top tp;
	int lines = 0;
	size_t k, ld;

	memset(&tp, 0, sizeof tp);
	tp.line.rank = tp.best.rank = RANK_NONE;
	digit_mask(t, (size_t)(end - t), dg);
	while (s < end && lines < TOP_LINES) {
		const char *eol = memchr(s, '\n', (size_t)(end - s)), *ds, *de, *b = skip_sp(s, end), *stop;
		ymd got;

		if (!eol)
			eol = end;
		stop = eol > b && eol[-1] == '\r' ? eol - 1 : eol;
		if (b < stop && !(ld = last_digit(dg, (size_t)(b - t), (size_t)(stop - t)))) {
			lines++; /* no date without a digit: nothing to read */
		} else if (b < stop) {
			lines++;
			/* "By Staff, 1 May 2024", "Updated: ...": a byline, even
			 * though a capital opens it */
			if (cue_at(b, stop, &de) || !dateline(b, stop, &got, &ds, &de))
				bylines(t, b, stop, t + ld - 1, &tp);
			else if (tp.line.rank == RANK_NONE)
				tp.line = (reading){ got, RANK_DATELINE, (size_t)(ds - t), (size_t)(de - t) };
			else if (memcmp(&got, &tp.line.date, sizeof got))
				tp.differ = 1;
		}
		s = eol + 1;
	}
	*top_out = (size_t)((s < end ? s : end) - t);
	*text = tp.line.rank == RANK_DATELINE && !tp.differ ? tp.line : tp.best;
	if (tp.line.rank == RANK_DATELINE && !tp.differ)
		topdate(doc, tp.line.start, tp.line.end);
	for (k = 0; k < tp.nbylines; k++)
		topdate(doc, tp.bylines[k][0], tp.bylines[k][1]);
}

void cc_docdate_read(cc_doc *doc)
{
	reading text;
	cc_markup_date mk;
	size_t top;

	if (!doc || !doc->text)
		return;
	pthread_once(&opens_once, opens_build);
	read_top(doc, &text, &top);
	if (doc->date_source)
		return; /* a given date wins */
	memset(&mk, 0, sizeof mk);
	if (doc->input == CC_INPUT_HTML)
		cc_input_html_date(doc, doc->map ? doc->map[top] : top, &mk);
	if (mk.y && mk.strong)
		set_date(doc, &(ymd){ mk.y, mk.m, mk.d }, mk.source);
	else if (text.rank != RANK_NONE)
		set_date(doc, &text.date, text.rank == RANK_DATELINE ? "dateline" : "byline");
	else if (mk.y)
		set_date(doc, &(ymd){ mk.y, mk.m, mk.d }, mk.source);
}
