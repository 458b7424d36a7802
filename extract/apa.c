/*
 * apa.c -- reported test results in APA style ("t(28) = 2.20, p = .036"):
 * one test_statistic claim per result found in doc->text.
 * Stage: extract. Reads the plain text, appends claims; computes no
 * statistics (stats/findings.c recomputes p and judges the result).
 *
 * What is read (statcheck 1.6's layouts, plus the typographic variants
 * it misses):
 *   TEST (DF) CMP VALUE , p CMP P   |   TEST (DF) CMP VALUE , ns
 *   TEST: t, r, F (also Brown-Forsythe BF), Q / Qw / Qb (Qwithin,
 *         Q-between, ...), z / Z (no df), chi-square as chi2, chi^2,
 *         chi_2, chi², χ2, χ², Χ2, X2, x2, chi-square(d), "?2" (a chi
 *         lost in PDF conversion), likelihood-ratio G2 and Kruskal-Wallis
 *         H (both chi-square distributed);
 *   DF:   t, r, Q: one number (28, 27.35, 1,234); F: two ("l" or "I" for a
 *         typeset 1); chi2: one, optionally ", N = 1,024";
 *   CMP:  = < > (not <=, >=); VALUE: thousands commas allowed; 1-3
 *         stray non-alphanumeric characters glued to the number (a
 *         mis-encoded minus, U+2212) read as a minus sign;
 *   P:    .036, 0.036, .5e-3, "5.81 × 10−48", "p<.001", "ns", "n.s.";
 *   any whitespace, line breaks and stray control bytes included, between
 *   the parts; an "MSE = 1.2," between the statistic and p is skipped;
 *   PDF damage statcheck also repairs: "p" for "=", "pb.001" / "p ! .05"
 *   for "<".
 * Refused, as statcheck refuses them (its test suite pins these): a
 * capital T or any other letter used as chi2 ("T(28)", "B(28)"), t[28],
 * t(2,28), z(28), a semicolon before p, a minus sign followed by a space,
 * r beyond +-1, p above 1, Qb with an N.
 * A claim gets CC_TRAIT_ONE_TAILED_TEXT when the document says
 * one-tailed, one-sided or directional anywhere (statcheck's rule); the
 * document is searched for these words only once it has a result.
 * The spellings (chi-square's, Q's kinds, "ns", the one-tailed words) are
 * rows of lexicon/test-results.tsv; the one-letter names are grammar here.
 * Speed: results are looked for only just before an "anchor" (a ")" or
 * "z" followed by a comparison), found with a SIMD byte scan; see the
 * anchors section for why that finds exactly what trying every position
 * would.
 */
#include "apa.h"
#include "bytemask.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/vocab.h"

/* A cursor over the text. */
typedef struct cur {
	const char *s;
	size_t len, i;
} cur;

static int at(const cur *c, size_t k)
{
	return c->i + k < c->len ? (unsigned char)c->s[c->i + k] : -1;
}

static int is_digit(int ch)
{
	return ch >= '0' && ch <= '9';
}

static int is_alpha(int ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

/* Skip spaces, tabs, line breaks, NBSP (C2 A0) and thin/narrow spaces
 * (E2 80 89, E2 80 AF). */
static void ws(cur *c)
{
	for (;;) {
		int ch = at(c, 0);

		if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' ||
		    (ch >= 0x01 && ch < 0x20)) /* PDF extraction leaves control bytes */
			c->i++;
		else if (ch == 0xC2 && at(c, 1) == 0xA0)
			c->i += 2;
		else if (ch == 0xE2 && at(c, 1) == 0x80 && (at(c, 2) == 0x89 || at(c, 2) == 0xAF))
			c->i += 3;
		else
			return;
	}
}

static int lit(cur *c, const char *w)
{
	size_t n = strlen(w);

	if (c->i + n <= c->len && !memcmp(c->s + c->i, w, n)) {
		c->i += n;
		return 1;
	}
	return 0;
}

/* A plain number: digits [. digits] or . digits; `thousands` allows
 * ",ddd" groups. Returns 1 with value and decimals. */
static int number(cur *c, double *v_out, int *dec_out, int thousands)
{
	char buf[64];
	size_t k = 0, start = c->i;
	int dec = 0, nd = 0;

	while (is_digit(at(c, 0)) && k < 40) {
		buf[k++] = (char)at(c, 0);
		c->i++;
		nd++;
		if (thousands && nd > 0 && at(c, 0) == ',' && is_digit(at(c, 1)) && is_digit(at(c, 2)) &&
		    is_digit(at(c, 3)) && !is_digit(at(c, 4)))
			c->i++; /* thousands separator */
	}
	if (at(c, 0) == '.' && is_digit(at(c, 1))) {
		buf[k++] = '.';
		c->i++;
		while (is_digit(at(c, 0)) && k < 60) {
			buf[k++] = (char)at(c, 0);
			c->i++;
			dec++;
		}
	}
	if (nd + dec == 0) {
		c->i = start;
		return 0;
	}
	buf[k] = '\0';
	*v_out = strtod(buf, NULL);
	*dec_out = dec;
	return 1;
}

/* [<>=], refusing <=, >=, =<, => and the Unicode signs. `damaged`
 * also accepts what PDF conversion makes of them in some journals
 * (statcheck's clean-ups): "p" for "=", and in the p part "b" or "!"
 * for "<", each followed by a space, a dot or a digit. */
static int comparison_ex(cur *c, char *out, int damaged)
{
	int ch = at(c, 0), nx = at(c, 1);

	if (damaged && (ch == 'p' || ch == 'b' || ch == '!') &&
	    (nx == ' ' || nx == '.' || is_digit(nx) || (nx >= 0x01 && nx < 0x20))) {
		if (ch == 'p' || damaged > 1) {
			*out = ch == 'p' ? '=' : '<';
			c->i++;
			return 1;
		}
	}
	if (ch != '<' && ch != '>' && ch != '=')
		return 0;
	if (nx == '=' || nx == '<' || nx == '>')
		return 0;
	*out = (char)ch;
	c->i++;
	return 1;
}


/* Leading stray bytes read as a minus sign: '-' or 1-3 characters that
 * are not letters, digits, dots or spaces, glued to the number.
 * Returns 1 (minus), 0 (none), -1 (refuse: minus then a space). */
static int weird_minus(cur *c)
{
	size_t start = c->i, chars = 0;

	while (chars < 3) {
		int ch = at(c, 0);

		if (ch < 0 || is_digit(ch) || is_alpha(ch) || ch == '.' || ch == ' ' || ch == '\t' ||
		    ch == '\n' || ch == '\r' || ch == ',' || ch == ';')
			break;
		if (ch >= 0xC0) { /* one UTF-8 character */
			c->i++;
			while (at(c, 0) >= 0x80 && at(c, 0) < 0xC0)
				c->i++;
		} else {
			c->i++;
		}
		chars++;
	}
	if (c->i == start)
		return 0;
	if (is_digit(at(c, 0)) || (at(c, 0) == '.' && is_digit(at(c, 1))))
		return 1;
	c->i = start;
	return -1;
}

/* The test name at the cursor; advances past it. */
typedef struct test_name {
	cc_test_kind test;
	char q_type[4];
} test_name;

static int ascii_ieq(const char *a, const char *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		int x = (unsigned char)a[i], y = (unsigned char)b[i];

		if (x >= 'A' && x <= 'Z')
			x += 32;
		if (y >= 'A' && y <= 'Z')
			y += 32;
		if (x != y)
			return 0;
	}
	return 1;
}

/*
 * The spellings the reader knows are rows of lexicon/test-results.tsv
 * (chi_square, squared, q_statistic, not_significant, one_tailed). The
 * byte tables that let a position be refused at once are made from them
 * once (notation_init), so a new spelling is one row.
 */
static unsigned char chi_first[256];  /* the first byte of a chi_square spelling (either case where it says) */
static unsigned char two_first[256];  /* the first byte of a squared spelling */
static unsigned char start_byte[256]; /* a test name may start with this byte */
static unsigned char tail_first[256]; /* the first byte of a one_tailed word, lower case */
static size_t name_max;               /* the longest test name read_test reads (see the anchors) */
static pthread_once_t notation_once = PTHREAD_ONCE_INIT;

/* The first bytes of the one-letter test names of read_test's switch (B:
 * Brown-Forsythe's BF): grammar, not spellings. */
static const unsigned char letter_name[256] = {
	['t'] = 1, ['r'] = 1, ['F'] = 1, ['Q'] = 1, ['z'] = 1, ['Z'] = 1, ['H'] = 1, ['B'] = 1,
};

static size_t longest(enum cc_vocab_id id)
{
	size_t n, k, m = 0;
	const cc_vocab_row *r = cc_vocab_rows(id, &n);

	for (k = 0; k < n; k++)
		if (strlen(r[k].phrase) > m)
			m = strlen(r[k].phrase);
	return m;
}

static void notation_build(void)
{
	size_t n, k, q;
	const cc_vocab_row *r = cc_vocab_rows(CC_V_CHI_SQUARE, &n);

	for (k = 0; k < n; k++) {
		unsigned char b = (unsigned char)r[k].phrase[0];

		chi_first[b] = 1;
		if (r[k].v[0] && ((b | 0x20) >= 'a' && (b | 0x20) <= 'z'))
			chi_first[b ^ 0x20] = 1;
	}
	r = cc_vocab_rows(CC_V_SQUARED, &n);
	for (k = 0; k < n; k++)
		two_first[(unsigned char)r[k].phrase[0]] = 1;
	r = cc_vocab_rows(CC_V_ONE_TAILED, &n);
	for (k = 0; k < n; k++)
		tail_first[(unsigned char)r[k].phrase[0] | 0x20] = 1;
	for (k = 0; k < 256; k++)
		start_byte[k] = letter_name[k] | chi_first[k];
	/* a chi-square spelling and its "2"; "Q", up to " - ", its kind; "BF" */
	name_max = longest(CC_V_CHI_SQUARE) + longest(CC_V_SQUARED);
	q = 1 + 3 + longest(CC_V_Q_STATISTIC);
	if (q > name_max)
		name_max = q;
}

static void notation_init(void)
{
	pthread_once(&notation_once, notation_build);
}

/* a "2", "²" or "^2" (the squared rows) */
static int two(cur *c)
{
	size_t n, k;
	const cc_vocab_row *r = cc_vocab_rows(CC_V_SQUARED, &n);

	for (k = 0; k < n; k++)
		if (lit(c, r[k].phrase))
			return 1;
	return 0;
}

static int read_test(cur *c, test_name *t)
{
	int ch = at(c, 0);
	size_t k;

	memset(t, 0, sizeof *t);
	if (ch >= 0 && chi_first[ch]) {
		size_t nw;
		const cc_vocab_row *w = cc_vocab_rows(CC_V_CHI_SQUARE, &nw);

		for (k = 0; k < nw; k++) {
			size_t n, save = c->i;
			int w0 = (unsigned char)w[k].phrase[0], icase = w[k].v[0] != 0, needs_two = w[k].v[1] != 0;

			/* the first byte rejects almost every position (chi: c or C) */
			if (ch != w0 && !(icase && (ch | 0x20) == (w0 | 0x20)))
				continue;
			n = strlen(w[k].phrase);
			if (c->i + n > c->len)
				continue;
			if (icase ? !ascii_ieq(c->s + c->i, w[k].phrase, n) : memcmp(c->s + c->i, w[k].phrase, n))
				continue;
			c->i += n;
			if (needs_two && !two(c)) {
				c->i = save;
				continue;
			}
			if (!needs_two)
				two(c); /* "chi-square2" is odd but harmless */
			t->test = CC_TEST_CHI2;
			return 1;
		}
	}
	if (ch == 'B' && at(c, 1) == 'F' && (at(c, 2) == '(' || at(c, 2) == ' ')) {
		c->i += 2; /* Brown-Forsythe F */
		t->test = CC_TEST_F;
		return 1;
	}
	switch (ch) {
	case 't':
		t->test = CC_TEST_T;
		break;
	case 'r':
		t->test = CC_TEST_R;
		break;
	case 'F':
		t->test = CC_TEST_F;
		break;
	case 'H': /* Kruskal-Wallis H: chi-square distributed */
		t->test = CC_TEST_CHI2;
		break;
	case 'z':
	case 'Z':
		t->test = CC_TEST_Z;
		break;
	case 'Q': {
		size_t save, nq;
		const cc_vocab_row *q = cc_vocab_rows(CC_V_Q_STATISTIC, &nq);

		c->i++;
		t->test = CC_TEST_Q;
		strcpy(t->q_type, "Q");
		save = c->i;
		lit(c, " ");
		lit(c, "-");
		lit(c, " ");
		for (k = 0; k < nq; k++)
			if (lit(c, q[k].phrase)) {
				snprintf(t->q_type, sizeof t->q_type, "%s", q[k].str);
				return 1;
			}
		c->i = save;
		return 1;
	}
	default:
		return 0;
	}
	c->i++;
	return 1;
}

/* A reported p: [-]number, optionally "× 10−48" or "e-3". */
/* The largest exponent a p-value is read with ("p < 1e-300"): beyond it
 * the number is not a p-value, and its decimals would overflow an int. */
#define P_EXP_MAX 400

static int p_number(cur *c, double *p_out, int *dec_out)
{
	double v, e;
	int dec, edec, neg = 0;
	size_t save;

	if (lit(c, "-") || lit(c, "\xE2\x88\x92"))
		neg = 1;
	if (!number(c, &v, &dec, 0))
		return 0;
	save = c->i;
	if ((at(c, 0) == 'e' || at(c, 0) == 'E')) {
		int sign = 1;

		c->i++;
		if (lit(c, "-") || lit(c, "\xE2\x88\x92"))
			sign = -1;
		if (number(c, &e, &edec, 0) && edec == 0 && e <= P_EXP_MAX) {
			v *= pow(10.0, sign * e);
			dec -= (int)(sign * e); /* decimals of the plain value */
		} else {
			c->i = save;
		}
	} else {
		ws(c);
		if (lit(c, "\xC3\x97") || lit(c, "x") || lit(c, "*")) { /* × 10^-48 */
			int sign = 1;

			ws(c);
			if (!lit(c, "10")) {
				c->i = save;
			} else {
				lit(c, "^");
				if (lit(c, "-") || lit(c, "\xE2\x88\x92") || lit(c, "\xE2\x80\x93"))
					sign = -1;
				if (number(c, &e, &edec, 0) && edec == 0 && e <= P_EXP_MAX) {
					v *= pow(10.0, sign * e);
					dec -= (int)(sign * e);
				} else {
					c->i = save;
				}
			}
		} else {
			c->i = save;
		}
	}
	*p_out = neg ? -v : v;
	*dec_out = dec;
	return 1;
}

/* "ns", "n.s." ... (the not_significant rows, in order) */
static int not_significant(cur *c)
{
	size_t n, k;
	const cc_vocab_row *r = cc_vocab_rows(CC_V_NOT_SIGNIFICANT, &n);

	for (k = 0; k < n; k++)
		if (lit(c, r[k].phrase))
			return 1;
	return 0;
}

/* Try to read one result starting at c->i; fill the apa record and the
 * end offset. The cursor is left anywhere. */
static int read_result(cur *c, cc_apa *a, size_t *end_out)
{
	test_name tn;
	double v, df1 = NAN, df2 = NAN, dummy;
	int dec, neg, dd;
	char cmp;

	if (!read_test(c, &tn))
		return 0;
	memset(a, 0, sizeof *a);
	a->test = tn.test;
	memcpy(a->q_type, tn.q_type, sizeof a->q_type);
	a->df1 = a->df2 = NAN;
	ws(c);
	if (tn.test != CC_TEST_Z) {
		if (!lit(c, "("))
			return 0;
		ws(c);
		if (tn.test == CC_TEST_F) {
			if (lit(c, "l") || lit(c, "I"))
				df1 = 1;
			else if (!number(c, &df1, &dd, 0))
				return 0;
			ws(c);
			if (!lit(c, ","))
				return 0;
			ws(c);
			if (!number(c, &df2, &dd, 1))
				return 0;
		} else {
			if (!number(c, &v, &dd, 1))
				return 0;
			if (tn.test == CC_TEST_CHI2 || tn.test == CC_TEST_Q)
				df1 = v;
			else
				df2 = v;
			ws(c);
			if (tn.test == CC_TEST_CHI2 && lit(c, ",")) {
				ws(c);
				if (!lit(c, "N") && !lit(c, "n"))
					return 0;
				ws(c);
				if (!lit(c, "=") && !(at(c, 0) == 'p' && at(c, 1) == ' ' && lit(c, "p")))
					return 0;
				ws(c);
				if (!number(c, &dummy, &dd, 1))
					return 0;
			}
		}
		ws(c);
		if (!lit(c, ")"))
			return 0;
		ws(c);
	}
	if (!comparison_ex(c, &cmp, 1))
		return 0;
	a->test_comparison = cmp;
	ws(c);
	neg = weird_minus(c);
	if (neg < 0)
		return 0;
	if (!number(c, &v, &dec, 1))
		return 0;
	a->statistic = neg ? -v : v;
	a->stat_decimals = dec;
	ws(c);
	if (!lit(c, ","))
		return 0;
	ws(c);
	/* "MSE = 1.2," between the statistic and p */
	if (lit(c, "MSE")) {
		ws(c);
		if (!lit(c, "="))
			return 0;
		ws(c);
		if (!number(c, &dummy, &dd, 1))
			return 0;
		ws(c);
		if (!lit(c, ","))
			return 0;
		ws(c);
	}
	if (not_significant(c)) {
		if (is_alpha(at(c, 0)))
			return 0;
		a->p_comparison = 'n';
		a->p_reported = NAN;
		a->p_decimals = 0;
	} else {
		if (!lit(c, "p"))
			return 0;
		ws(c);
		if (!comparison_ex(c, &cmp, 2))
			return 0;
		ws(c);
		if (!p_number(c, &a->p_reported, &a->p_decimals))
			return 0;
		if (a->p_reported > 1)
			return 0;
		a->p_comparison = cmp;
	}
	/* impossible statistics are not results (statcheck drops them) */
	if (a->test == CC_TEST_R && fabs(a->statistic) > 1)
		return 0;
	a->df1 = df1;
	a->df2 = df2;
	*end_out = c->i;
	return 1;
}

/* May a test name start at i? Only at a start byte, and not inside a word
 * (letters, digits or _ before it). */
static int may_start(const char *s, size_t i)
{
	unsigned char prev = i ? (unsigned char)s[i - 1] : ' ';

	/* one branch, not three: text bytes make these hard to predict */
	return start_byte[(unsigned char)s[i]] & !(is_alpha(prev) | is_digit(prev) | (prev == '_'));
}

/* May the chi-square spelling that starts with byte `first` go on with
 * `next` (-1: the end)? Its second byte, or, for a spelling of one byte,
 * the first byte of its "2" when it needs one. */
static int chi_continues(int first, int next)
{
	size_t n, k;
	const cc_vocab_row *r = cc_vocab_rows(CC_V_CHI_SQUARE, &n);

	for (k = 0; k < n; k++) {
		const unsigned char *w = (const unsigned char *)r[k].phrase;
		int icase = r[k].v[0] != 0;

		if (!(w[0] == first || (icase && (w[0] | 0x20) == (first | 0x20))))
			continue;
		if (w[1] ? next == w[1] || (icase && next >= 0 && (next | 0x20) == (w[1] | 0x20))
			 : !r[k].v[1] || (next >= 0 && two_first[next]))
			return 1;
	}
	return 0;
}

/* Can the byte after a start byte continue a test name? read_test and
 * read_result refuse these at once: t r F H are one letter followed by a
 * "(" (never a letter), a chi-square spelling goes on as one of them does
 * (chi_continues). Other start bytes (z Z Q B) are left to read_result.
 * `next` is -1 at the end. */
static int may_continue(int first, int next)
{
	switch (first) {
	case 't': case 'r': case 'F': case 'H':
		return !is_alpha(next);
	default:
		return chi_first[first] ? chi_continues(first, next) : 1;
	}
}

/* ---------------------------------------------------------------- anchors
 *
 * Trying read_result at every test-name start costs ~10 instructions per
 * byte of text, and news text has almost no results. So the positions
 * tried are narrowed down first, without changing what is found:
 *
 * Every result read_result accepts has an anchor: the byte just before the
 * ws() and the comparison_ex(.., 1) that precede the statistic. It is the
 * ")" closing the degrees of freedom, or for z the name "z" / "Z" itself.
 * These three bytes are about one in a thousand in news text
 * (cc_bm_find_fold2 skips to them at about 0.6 instructions per byte), and
 * almost never followed by a comparison (is_anchor).
 *
 * Where can a result whose anchor is at a begin? Between the end of its
 * name and a, read_result reads only ws(), "(", numbers (digits , .), F's
 * "l" / "I" for a 1, and chi2's ", N =" (or "n", or "p " for "="): bytes
 * for which in_gap() is true. So the name ends at or after r, the start of
 * the run of in_gap bytes that ends at a, and as no name is longer than
 * TEST_NAME_MAX bytes, the result begins at or after r - TEST_NAME_MAX.
 * Only [r - TEST_NAME_MAX, a] is tried for a.
 *
 * The anchor bytes are not in_gap bytes, so a later anchor's run starts
 * after an earlier anchor: the stretches come in text order, and positions
 * are tried in the order, and with the results, of trying every position
 * (a position left out is one where read_result fails). The runs and the
 * stretches of successive anchors do not overlap: linear time. */

/* TEST_NAME_MAX: the longest name read_test reads (name_max, from the
 * spellings: "chi-squared" (11) with "^2" (2) is 13; "Q - Between" 11). */
#define TEST_NAME_MAX name_max

/* Can read_result read byte ch between a test name and its anchor? (ws()
 * bytes, including those of NBSP and the thin/narrow spaces; the df
 * numbers; "l", "I"; chi2's "N = ", "n", "p"). Never an anchor byte. */
static int in_gap(unsigned char ch)
{
	if ((ch >= 0x01 && ch <= 0x20) || is_digit(ch))
		return 1;
	switch (ch) {
	case 0xC2: case 0xA0: case 0xE2: case 0x80: case 0x89: case 0xAF:
	case '(': case ',': case '.': case 'N': case 'n': case '=': case 'p': case 'l': case 'I':
		return 1;
	default:
		return 0;
	}
}

/* Does the anchor byte at a have ws() and a comparison after it, as in
 * every result? */
static int is_anchor(const char *s, size_t len, size_t a)
{
	cur c = { s, len, a + 1 };
	char cmp;

	if (s[a] != ')' && s[a] != 'z' && s[a] != 'Z')
		return 0;
	ws(&c);
	return comparison_ex(&c, &cmp, 1);
}

/* Does the document say one-tailed anywhere (a one_tailed row, any case)? */
static int says_one_tailed(const char *s, size_t len)
{
	size_t i, k, n;
	const cc_vocab_row *w = cc_vocab_rows(CC_V_ONE_TAILED, &n);

	for (i = 0; i < len; i++) {
		if (!tail_first[(unsigned char)s[i] | 0x20]) /* ASCII lower case */
			continue;
		for (k = 0; k < n; k++) {
			size_t m = strlen(w[k].phrase);

			if (i + m <= len && ascii_ieq(s + i, w[k].phrase, m))
				return 1;
		}
	}
	return 0;
}

int cc_apa_extract(cc_doc *doc)
{
	const char *s = doc->text;
	size_t len = doc->text_len;
	size_t pos = 0;  /* every position before pos is tried or inside a result */
	size_t from = 0; /* where the next anchor byte is looked for */
	int one_tailed = -1; /* computed on the first result */

	notation_init();

	/* ')' and 'z' in either case (and tabs: is_anchor refuses them) */
	while ((from = cc_bm_find_fold2(s, from, len, ')', 'z')) < len) {
		size_t a = from++, r = a, i, end = 0;
		cc_apa a_rec;
		cc_claim *cl;
		size_t so, eo;

		if (!is_anchor(s, len, a))
			continue;
		while (r > pos && in_gap((unsigned char)s[r - 1]))
			r--;
		for (i = r >= pos + TEST_NAME_MAX ? r - TEST_NAME_MAX : pos; i <= a; i++) {
			cur c = { s, len, i };

			if (may_start(s, i) &&
			    may_continue((unsigned char)s[i], i + 1 < len ? (unsigned char)s[i + 1] : -1) &&
			    read_result(&c, &a_rec, &end))
				break;
		}
		if (i > a) { /* none in this stretch */
			pos = a + 1;
			continue;
		}
		if (one_tailed < 0)
			one_tailed = says_one_tailed(s, len);
		so = cc_doc_src_offset(doc, i);
		eo = cc_doc_src_offset(doc, end);
		cl = cc_doc_add_claim(doc);
		if (!cl)
			return cc_error_oom(doc->ctx);
		cl->kind = CC_KIND_TEST_STATISTIC;
		cc_doc_ext(doc, doc->nclaims - 1)->rule = "APA test result";
		cl->start = so;
		cl->end = eo;
		cl->text = cc_doc_strndup(doc, doc->src + so, eo - so);
		if (!cl->text)
			return cc_error_oom(doc->ctx);
		cl->apa = a_rec;
		cl->value = cl->low = cl->high = a_rec.p_reported;
		cl->decimals = a_rec.p_decimals;
		cl->tolerance = a_rec.p_comparison == '=' ? 0.5 * pow(10.0, -a_rec.p_decimals) : 0;
		if (one_tailed)
			cl->traits |= CC_TRAIT_ONE_TAILED_TEXT;
		pos = from = end; /* continue after this result (end > a) */
	}
	return CC_OK;
}
