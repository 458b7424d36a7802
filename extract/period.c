/*
 * period.c -- the period a span of text names (stage: extract): "March
 * 2024", "Q1 2024", "the first quarter of 2024", "in 2023". Month names
 * are the first twelve rows of class month, quarter phrases and the words
 * before a bare year are rows of extract/lexicon/periods.tsv; words are
 * read whole (core/words.h). Must not: resolve the period against the
 * document's date or a reference row (reference/ does).
 */
#include "matching.h"
#include "wordstarts.h"
#include "../core/vocab.h"
#include "../core/words.h"

#include <pthread.h>
#include <string.h>

/* Where a reading may start (wordstarts.h): the months, the quarter
 * phrases, "Q1".."Q4" and a year 1900-2100; built once. */
static cc_wset starts;
static pthread_once_t starts_once = PTHREAD_ONCE_INIT;

static void starts_build(void)
{
	const char *const *months = cc_vocab_list(CC_V_MONTH), *const *l;
	int i;

	for (i = 0; i < 12 && months[i]; i++)
		cc_wset_add(&starts, months[i]);
	for (l = cc_vocab_list(CC_V_QUARTER_PHRASE); *l; l++)
		cc_wset_add(&starts, *l);
	cc_wset_add(&starts, "q1");
	cc_wset_add(&starts, "q2");
	cc_wset_add(&starts, "q3");
	cc_wset_add(&starts, "q4");
	cc_wset_add(&starts, "1900");
	cc_wset_add(&starts, "2000");
	cc_wset_add(&starts, "2100");
}

static int digit(char c)
{
	return c >= '0' && c <= '9';
}

/* A year 1900-2100 written as a whole word of four digits at s[k], or 0. */
static int year_at(const char *s, size_t len, size_t k)
{
	int y;

	if (k + 4 > len || !digit(s[k]) || !digit(s[k + 1]) || !digit(s[k + 2]) || !digit(s[k + 3]))
		return 0;
	if (k + 4 < len && cc_mword_byte(s, len, k + 4))
		return 0;
	if (k > 0 && cc_mword_byte(s, len, k - 1))
		return 0;
	y = (s[k] - '0') * 1000 + (s[k + 1] - '0') * 100 + (s[k + 2] - '0') * 10 + (s[k + 3] - '0');
	return y >= 1900 && y <= 2100 ? y : 0;
}

static size_t skip_spaces(const char *s, size_t len, size_t j)
{
	while (j < len && s[j] == ' ')
		j++;
	return j;
}

/* "March 2024" at the word start k: the month (1-12) and *y, or 0. A day
 * before the month makes it a date ("14 May 2024"), not a period. */
static int month_year_at(const char *s, size_t len, size_t k, int *y)
{
	const char *const *months = cc_vocab_list(CC_V_MONTH);
	int i;

	for (i = 0; i < 12 && months[i]; i++) {
		size_t ml, j, b;
		int yr;

		if (cc_lower(s[k]) != cc_lower(months[i][0]))
			continue;
		ml = strlen(months[i]);
		j = k + ml;
		if (j > len || !cc_same_ci(s + k, months[i], ml) || (j < len && cc_mword_byte(s, len, j)))
			continue;
		if (!(yr = year_at(s, len, skip_spaces(s, len, j))))
			continue;
		for (b = k; b > 0 && s[b - 1] == ' '; b--)
			;
		if (b > 0 && digit(s[b - 1]))
			continue;
		*y = yr;
		return i + 1;
	}
	return 0;
}

/* "Q1 2024" or "first quarter of 2024" at the word start k: the quarter
 * (1-4) and *y, or 0. */
static int quarter_year_at(const char *s, size_t len, size_t k, int *y)
{
	const cc_vocab_row *rows;
	size_t n, i;

	if ((s[k] == 'Q' || s[k] == 'q') && k + 1 < len && s[k + 1] >= '1' && s[k + 1] <= '4' &&
	    (*y = year_at(s, len, skip_spaces(s, len, k + 2))))
		return s[k + 1] - '0';
	rows = cc_vocab_rows(CC_V_QUARTER_PHRASE, &n);
	for (i = 0; i < n; i++) {
		size_t pl;

		if (cc_lower(s[k]) != cc_lower(rows[i].phrase[0]))
			continue;
		pl = strlen(rows[i].phrase);
		if (k + pl + 1 <= len && cc_same_ci(s + k, rows[i].phrase, pl) && s[k + pl] == ' ' &&
		    (*y = year_at(s, len, k + pl + 1)))
			return (int)rows[i].v[0];
	}
	return 0;
}

/* A bare year at k after a year_lead word ("in 2023") that starts a word. */
static int led_year_at(const char *s, size_t len, size_t k)
{
	const char *const *lead;
	int yr = year_at(s, len, k);
	size_t b;

	if (!yr)
		return 0;
	for (b = k; b > 0 && s[b - 1] == ' '; b--)
		;
	for (lead = cc_vocab_list(CC_V_YEAR_LEAD); *lead; lead++) {
		size_t ll = strlen(*lead);

		if (b >= ll && cc_same_ci(s + b - ll, *lead, ll) && (b == ll || !cc_mword_byte(s, len, b - ll - 1)))
			return yr;
	}
	return 0;
}

typedef struct reading {
	int y, m, q, bare;
} reading;

/* At a word start: a month or a quarter ends the search (1); the first
 * bare year is kept in case none follows. */
static int reading_at(const char *s, size_t len, size_t k, void *payload)
{
	reading *r = payload;

	if (!r->bare && digit(s[k]))
		r->bare = led_year_at(s, len, k);
	return (r->m = month_year_at(s, len, k, &r->y)) || (r->q = quarter_year_at(s, len, k, &r->y));
}

void cc_period_of(const char *s, size_t len, int *y, int *m, int *q)
{
	reading r = { 0, 0, 0, 0 };

	pthread_once(&starts_once, starts_build);
	/* every reading starts a word; a month or a quarter anywhere wins over
	   a bare year, the first in the text among them */
	if (cc_wstarts_each(&starts, s, len, reading_at, &r)) {
		*y = r.y;
		*m = r.m;
		*q = r.q;
	} else {
		*y = r.bare;
		*m = *q = 0;
	}
}
