/*
 * shares.c -- what is around a figure, for shares written without their
 * unit and for figures that are no claim at all (stage: extract): rows of
 * tables of shares ("LAB 35+1", "World 52 / 32"), pairs of vote shares
 * ("Labor ahead 53.5-46.5"), the numbers of a list ("1. Greece"),
 * citations ("[2,3]"), confidence levels ("95% CI") and the bounds of an
 * interval ("the interval runs from 14 to 20%"), hypothetical clauses
 * ("if the poll were repeated 20 times") and age bands after a count
 * ("four million 18 to 24-year-olds"). Like around.c, each test reads
 * tokens only and answers; the words it asks about are word sets
 * (lexicon/wordsets.tsv). Must not: make or change claims (rules.c
 * decides), or read more than a few lines around the figure.
 */
#include "figure.h"

#include <string.h>

/* A table row's label is at most this many tokens ("Australia/New
 * Zealand", "NZ First –"); a table is read at most this many rows up and
 * down, and its heading at most HEAD_LINES lines (HEAD_TOKENS tokens)
 * above it. Bounds, so that a figure costs a few lines at most. */
#define LABEL_TOKENS 8
#define TABLE_ROWS 12
#define HEAD_LINES 3
#define HEAD_TOKENS 60

/* Does token k open a line (or the text)? */
static int line_opens(const cc_xt *x, size_t k)
{
	return k == 0 || (TK(k)->fl & (TF_NL | TF_PARA));
}

/* ------------------------------------------------------------------ */
/* Pairs of vote shares                                                 */

/* The sentence of the pair at a has a word of a poll or a vote, and none
 * of a chamber's tally ("the Senate voted 52-48") or of sport. */
static int vote_pair_context(const cc_xt *x, size_t a)
{
	size_t k = sent_first(x, a), end = sent_end(x, a);
	int cue = 0;

	if (end > a + SENT_TOKENS)
		end = a + SENT_TOKENS;
	for (; k < end; k++) {
		unsigned long long c;

		if (!IS_WORD(k))
			continue;
		c = W(x, k);
		if (cc_tok_in(x, k, WS(TALLY_CUE)) || HAS(c, LX_SPORT))
			return 0;
		if (HAS(c, LX_SURVEY_NOUN) || cc_tok_in(x, k, WS(VOTE_CUE)))
			cue = 1;
	}
	if (!cue && TK(a)->sent > 0) {
		/* "A new poll is out. Labour leads 52-45.": the sentence before */
		size_t s0 = x->sfirst[TK(a)->sent - 1], s1 = x->sfirst[TK(a)->sent];

		for (k = s1 - s0 > SENT_TOKENS ? s1 - SENT_TOKENS : s0; k < s1 && !cue; k++)
			cue = HAS(W(x, k), LX_SURVEY_NOUN) || cc_tok_in(x, k, WS(VOTE_CUE));
	}
	return cue;
}

/* "Labor ahead 53.5-46.5", "backed it 60-40", "trails 45-52", "a 52/48
 * split": two shares written as a pair without % (gold convention 3) --
 * the numeral n, a dash or slash, a second figure -- when they make most
 * of a whole (50 to 101: not a score, "3-1") in a sentence about a poll
 * or a vote. A pair that rises ("45-52") was read as a range, one with a
 * slash as a fraction: their ends are the two, and they must make a
 * whole (90 to 101). The two figures into *a and *b (b may carry a %:
 * "53-47%"). */
int cc_cx_vote_pair(const cc_xt *x, const cc_num *n, cc_num *a, cc_num *b)
{
	size_t t = n->t0, d = (n->fl & (NF_RANGE | NF_FRAC)) ? t + 1 : n->t1;
	double va, vb;

	if ((n->fl & NF_FRAC) && !(punct(x, d, '/') && glued(x, d - 1) && glued(x, d) && IS_NUM(t) && n->t1 == t + 3))
		return 0; /* "a 52/48 split" (no fraction of a number) */
	if (!((punct(x, d, '-') || (n->fl & NF_FRAC)) && ((glued(x, d - 1) && glued(x, d)) || (TK(d)->fl & TF_DASH)) &&
	      cc_num_parse(x, d + 1, b) && (b->fl & NF_DIGITS) && !b->ordinal &&
	      !(b->fl & (NF_CURRENCY | NF_SCALE | NF_FRAC | NF_RATIO | NF_COUNTED | NF_POINTS | NF_RANGE))))
		return 0;
	*a = *n;
	if (n->fl & (NF_RANGE | NF_FRAC)) {
		const char *dot = memchr(x->t + TK(t)->s, '.', TK(t)->e - TK(t)->s);

		a->t1 = t + 1;
		a->value = (n->fl & NF_RANGE) ? n->low : round(n->value * b->value * 1e6) / 1e6; /* a/b times b */
		a->fl &= ~(NF_RANGE | NF_FRAC);
		a->decimals = dot ? (int)(x->t + TK(t)->e - dot - 1) : 0;
	}
	va = a->value;
	vb = (b->fl & NF_PERCENT) ? b->value * 100 : b->value;
	if (cc_cx_time_before(x, t) || (IS_WORD(b->t1) && glued(x, b->t1 - 1)) ||
	    (punct(x, b->t1, '-') && glued(x, b->t1 - 1)) || (IS_WORD(b->t1) && HAS(W(x, b->t1), LX_DURATION)))
		return 0; /* "aged 18-34", "18-34s", "25-34-year-olds", "18-24 year olds": ages */
	if ((n->fl & (NF_RANGE | NF_FRAC)) && va + vb < 90)
		return 0; /* a pair that rises is a range unless it makes a whole: "trails 47-53" */
	return va > 0 && vb > 0 && va <= 100 && vb <= 100 && va + vb >= 50 && va + vb <= 101 &&
	       vote_pair_context(x, t);
}

/* ------------------------------------------------------------------ */
/* Tables of shares                                                     */

/* The first figure of the row at line start p: a label of words (and
 * punctuation, no figure) up to LABEL_TOKENS long, then a bare figure of
 * 100 or less ("LAB 35+1", "Labour – 47 down 1", "One: 46 / 55") that no
 * word follows but a change ("down 1"): "(posted 14 February)" and "Greece
 * - 48 votes" are no rows. Its value in percent into *v (a figure written
 * with % counts too, *pct set), its token into *at; 0 when p opens no row. */
static int row_figure(const cc_xt *x, size_t p, double *v, int *pct, size_t *at)
{
	size_t j = p, words = 0;
	cc_num m;

	while (j < x->ntok && j - p < LABEL_TOKENS && !IS_NUM(j) && TK(j)->type != TK_SYM) {
		if (j > p && line_opens(x, j))
			return 0;
		words += IS_WORD(j);
		j++;
	}
	if (!IS_NUM(j) || !words || line_opens(x, j) || !cc_num_parse(x, j, &m) || m.ordinal ||
	    (m.fl & (NF_CURRENCY | NF_SCALE | NF_FRAC | NF_RATIO | NF_COUNTED | NF_POINTS)))
		return 0;
	if (IS_WORD(m.t1) && !line_opens(x, m.t1) && !HAS(W(x, m.t1), LX_UP) && !HAS(W(x, m.t1), LX_DOWN))
		return 0;
	*pct = (m.fl & NF_PERCENT) != 0;
	*v = *pct ? m.value * 100 : (m.fl & NF_RANGE) ? -1 : m.value;
	*at = j;
	return *v >= 0 && *v <= 100;
}

/* The line start after the line of token k (x->ntok when none near). */
static size_t next_line(const cc_xt *x, size_t k)
{
	size_t j;

	for (j = k + 1; j < x->ntok && j < k + 40; j++)
		if (line_opens(x, j))
			return j;
	return x->ntok;
}

/* The line start before the line that opens at p (p when none near). */
static size_t prev_line(const cc_xt *x, size_t p)
{
	size_t j = p;

	while (j > 0 && p - j < 40) {
		j--;
		if (line_opens(x, j))
			return j;
	}
	return p;
}

/* The figure at a in a row of a table: its line opens with a label, then
 * the figure, or figures before it after slashes ("World 52 / 32"). The
 * line's first token into *l0. */
int cc_cx_table_row(const cc_xt *x, size_t a, size_t *l0)
{
	size_t k = a, j, at;
	double v;
	int pct;

	while (k >= 2 && punct(x, k - 1, '/') && IS_NUM(k - 2) && !line_opens(x, k) && !line_opens(x, k - 1))
		k -= 2; /* "61 / 29": the row's first figure */
	if (line_opens(x, k))
		return 0;
	for (j = k; j > 0 && k - j < LABEL_TOKENS && !line_opens(x, j);)
		j--;
	if (!line_opens(x, j) || !row_figure(x, j, &v, &pct, &at) || at != k)
		return 0;
	*l0 = j;
	return 1;
}

/* A heading in the lines above p saying the table's figures are
 * percentages: a "%" of no figure ("Confidence in NGOs (%)") or a word
 * such as "percentages" ("All results are percentages"). */
static int share_heading(const cc_xt *x, size_t p)
{
	size_t k = p, lines = 0;

	while (k > 0 && p - k < HEAD_TOKENS && lines < HEAD_LINES) {
		k--;
		if (punct(x, k, '%') && !(k > 0 && IS_NUM(k - 1)))
			return 1;
		if (cc_tok_in(x, k, WS(PCT_TABLE)) && !(k > 0 && IS_NUM(k - 1)))
			return 1;
		lines += line_opens(x, k) != 0;
	}
	return 0;
}

/* A poll or a vote named in the two lines above p. */
static int poll_above(const cc_xt *x, size_t p)
{
	size_t k = p, lines = 0;

	while (k > 0 && p - k < HEAD_TOKENS && lines < 2) {
		k--;
		if (HAS(W(x, k), LX_SURVEY_NOUN) || cc_tok_in(x, k, WS(VOTE_CUE)))
			return 1;
		lines += line_opens(x, k) != 0;
	}
	return 0;
}

/* Is the table with a row at line l0 a table of shares? Its heading says
 * so, or, under a line naming a poll, its rows' first figures written
 * bare (three or more) make up a whole: 85 to 102 (rounding; the
 * undecided, written with %, left out: "Undecided – 11%"). */
int cc_cx_share_table(const cc_xt *x, size_t l0)
{
	size_t p = l0, top = l0, at, n = 0, rows = 0, r;
	double v, sum = 0;
	int pct;

	/* up to the first row, then down through the rows: a table has two
	 * rows or more (a line of prose opening with a name and a figure is
	 * none), which is also the cheap test most lines fail */
	for (r = 0; r < TABLE_ROWS; r++) {
		size_t q = prev_line(x, p);

		if (q == p || !row_figure(x, q, &v, &pct, &at))
			break;
		p = top = q;
	}
	for (p = top, r = 0; p < x->ntok && r < 2 * TABLE_ROWS && row_figure(x, p, &v, &pct, &at); r++) {
		if (!pct) {
			sum += v;
			n++;
		}
		rows++;
		p = next_line(x, at);
	}
	if (rows < 2)
		return 0;
	/* the heading above the row and above the first row: a heading with a
	 * figure ("Table 2 (%)") reads as a row itself */
	return share_heading(x, l0) || (top != l0 && share_heading(x, top)) ||
	       (n >= 3 && sum >= 85 && sum <= 102 && poll_above(x, top));
}

/* An item of an inline list of shares at k: a bare figure of 100 or less
 * after a capitalised label of one to three words, which a separator
 * (",", ";", ":", "|"), a line or the sentence opens: "CON 33" of
 * "YouGov: CON 33, LAB 30, LD 15". Its value into *v. */
static int list_item(const cc_xt *x, size_t k, size_t f, int lower, double *v)
{
	size_t j;
	cc_num m;

	if (!(IS_NUM(k) && k > f && IS_WORD(k - 1) && ((TK(k - 1)->fl & TF_CAP) || lower) &&
	      !HAS(W(x, k - 1), LX_MONTH)))
		return 0; /* (not "December 16: CON 33, ...": a date) */
	for (j = k - 1; j > f && k - j < 3 && IS_WORD(j - 1) && ((TK(j - 1)->fl & TF_CAP) || lower) && !line_opens(x, j);)
		j--;
	if (!(j == f || line_opens(x, j) || punct(x, j - 1, ',') || punct(x, j - 1, ';') || punct(x, j - 1, ':') ||
	      punct(x, j - 1, '|')))
		return 0;
	if (!cc_num_parse(x, k, &m) || m.ordinal ||
	    (m.fl & (NF_PERCENT | NF_CURRENCY | NF_SCALE | NF_FRAC | NF_RATIO | NF_COUNTED | NF_POINTS | NF_RANGE)))
		return 0;
	if (IS_WORD(m.t1) && !line_opens(x, m.t1) && !HAS(W(x, m.t1), LX_UP) && !HAS(W(x, m.t1), LX_DOWN))
		return 0;
	*v = m.value;
	return m.value >= 0 && m.value <= 100;
}

/* "The new YouGov poll: CON 33, LAB 30, LD 15, UKIP 12, GRN 6": the
 * figure at a is an item of a list of three or more labelled bare
 * figures in its sentence that make up a whole (85 to 102), in or after
 * a sentence about a poll or a vote. */
int cc_cx_share_list(const cc_xt *x, size_t a)
{
	size_t f = sent_first(x, a), end = sent_end(x, a), k, n = 0;
	double v, sum = 0;
	int cue = 0, header = 0;

	if (end > f + SENT_TOKENS)
		end = f + SENT_TOKENS;
	/* an item with lower-case labels allowed is one with capitals only
	 * too (list_item's walk back can only go further): most figures fail
	 * this, before the sentence is read for a header */
	if (!list_item(x, a, f, 1, &v))
		return 0;
	/* "Topline (% / change): Conservative 33 (-3), ..., other parties 19":
	 * a '%' on its own before the figures heads a list of shares, and
	 * its labels may be lower case */
	for (k = f; k < a && !header; k++)
		header = punct(x, k, '%') && !(k > f && IS_NUM(k - 1) && glued(x, k - 1));
	if (!header && !list_item(x, a, f, header, &v))
		return 0;
	for (k = f; k < end; k++) {
		if (list_item(x, k, f, header, &v)) {
			sum += v;
			n++;
		}
		cue = cue || HAS(W(x, k), LX_SURVEY_NOUN) || cc_tok_in(x, k, WS(VOTE_CUE));
	}
	cue = cue || header;
	if (!(n >= 3 && sum >= 85 && sum <= 102))
		return 0;
	if (!cue && TK(a)->sent > 0)
		for (k = x->sfirst[TK(a)->sent - 1]; k < f && !cue; k++)
			cue = HAS(W(x, k), LX_SURVEY_NOUN) || cc_tok_in(x, k, WS(VOTE_CUE));
	return cue;
}

/* ------------------------------------------------------------------ */
/* Numbers that are no claim                                            */

/* "1. Greece - 48 votes", "Options: 1. The next monarch ...": the number
 * of an item of a list -- a small whole number opening its line or
 * sentence (or after a colon), a stop or bracket glued after it, then a
 * capital. */
int cc_cx_list_number(const cc_xt *x, const cc_num *n)
{
	size_t a = n->t0, e = n->t1;

	if (!((punct(x, e, '.') || punct(x, e, ')')) && glued(x, e - 1) && !glued(x, e) && IS_WORD(e + 1) &&
	      (TK(e + 1)->fl & TF_CAP)))
		return 0; /* (most figures fail here, the cheapest test) */
	if (!((n->fl & NF_DIGITS) && e == a + 1 && n->value == floor(n->value) && n->value < 100))
		return 0;
	return line_opens(x, a) || (TK(a)->fl & TF_SENT) || (a > 0 && punct(x, a - 1, ':'));
}

/* "[1]", "[2,3]", "[4-6]": a citation, figures and commas or dashes in
 * square brackets. The token after its "]", 0 when a is in none. */
size_t cc_cx_citation(const cc_xt *x, size_t a)
{
	size_t j = a, k = a;

	while (j > 0 && a - j < 8 && (IS_NUM(j - 1) || punct(x, j - 1, ',') || punct(x, j - 1, '-')))
		j--;
	if (!(j > 0 && punct(x, j - 1, '[') && glued(x, j - 1)))
		return 0;
	while (k < x->ntok && k - a < 8 && (IS_NUM(k) || punct(x, k, ',') || punct(x, k, '-')))
		k++;
	return punct(x, k, ']') ? k + 1 : 0;
}

/* "95% confidence", "a 95% CI", "the 95% level of confidence", "95 per
 * cent confident", "a confidence level of 95%": a confidence level (gold
 * convention 8), b the figure's first token, e the token after it. */
int cc_cx_confidence_level(const cc_xt *x, size_t b, size_t e)
{
	size_t k;

	if (cc_tok_in(x, e, WS(CONF_WORD)))
		return 1;
	if ((cc_tok_is(x, e, "certain") || cc_tok_is(x, e, "sure")) && b > 0 && cc_tok_is(x, b - 1, "be"))
		return 1; /* "we can be 95% certain" (not "36% are certain to vote") */
	if (cc_tok_is(x, e, "level"))
		for (k = b; k > sent_first(x, b) && b - k < 6;)
			if (cc_tok_in(x, --k, WS(CONF_WORD)))
				return 1; /* "significant at the 5% level" */
	if (cc_tok_is(x, e, "level") && cc_tok_is(x, e + 1, "of") && cc_tok_in(x, e + 2, WS(CONF_WORD)))
		return 1;
	if (b >= 2 && cc_tok_is(x, b - 1, "of") &&
	    (cc_tok_in(x, b - 2, WS(CONF_WORD)) ||
	     (b >= 3 && cc_tok_is(x, b - 2, "level") && cc_tok_in(x, b - 3, WS(CONF_WORD)))))
		return 1;
	return 0;
}

/* The bounds of an interval, not a finding: a figure right after an
 * interval word ("95% CI 12% to 18%"), or after "from/to/and/between"
 * with one a few words before ("the interval runs from 14 to 20%"); or a
 * range whose half-width is the margin of error the text stated last
 * ("a margin of error of 2.06% ... between 97.94% and 102.06%"). */
int cc_cx_interval_bound(const cc_xt *x, const cc_num *n, size_t b)
{
	size_t f = sent_first(x, b), k;

	if (b > f && cc_tok_in(x, b - 1, WS(INTERVAL_WORD)))
		return 1;
	if (b > f + 1 && punct(x, b - 1, ':') && cc_tok_in(x, b - 2, WS(INTERVAL_WORD)))
		return 1; /* "(CI: 12%-18%)" */
	if (b > f && (cc_tok_in(x, b - 1, WS(RANGE_JOIN)) || cc_tok_is(x, b - 1, "from") ||
		      cc_tok_is(x, b - 1, "between") || (n->fl & NF_RANGE))) {
		for (k = b; k > f && b - k < 8;) {
			k--;
			if (cc_tok_in(x, k, WS(INTERVAL_WORD)))
				return 1;
		}
	}
	if ((n->fl & NF_RANGE) && n->high > n->low && x->nci) {
		/* the margin in this sentence or the one before, the estimate
		 * (the range's midpoint) claimed before it */
		size_t i = x->nci, est = 0, moe = 0;
		double mid = (n->high + n->low) / 2, half = (n->high - n->low) / 2;

		while (i-- > 0 && x->nci - i <= 20) {
			const cc_claim *c = &x->doc->claims[i];

			if (c->kind == CC_KIND_MARGIN_OF_ERROR && !moe)
				moe = fabs(half - c->value) < 0.0005 && x->ci[i].sent + 1 >= TK(b)->sent ? 1 : 2;
			if (c->kind == CC_KIND_PROPORTION && fabs(c->value - mid) < 0.0005)
				est = 1;
		}
		return moe == 1 && est;
	}
	return 0;
}

/* A clause opened by "if", "suppose", "imagine" before b in its sentence
 * ("if the survey were repeated 20 times"): what it counts is supposed. */
int cc_cx_hypothetical(const cc_xt *x, size_t b)
{
	size_t f = sent_first(x, b), k;

	for (k = b; k > f;) {
		k--;
		if (cc_tok_in(x, k, WS(HYPO_OPEN)))
			return 1;
		if (punct(x, k, ';') || punct(x, k, ':'))
			return 0;
	}
	return 0;
}

/* "18 to 24-year-olds", "18-24 year olds", "25- to 34-year-olds" right
 * at e (after a count: "four million 18 to 24-year-olds"): the end of the
 * age band, e when there is none. */
size_t cc_cx_age_band(const cc_xt *x, size_t e)
{
	size_t j = e;
	cc_num m;

	if (!IS_NUM(j) || !cc_num_parse(x, j, &m) || (m.fl & (NF_PERCENT | NF_CURRENCY | NF_SCALE)))
		return e;
	j = m.t1;
	if (!(m.fl & NF_RANGE)) {
		if (punct(x, j, '-') && glued(x, j - 1))
			j++; /* "25- to 34-year-olds" */
		if (!cc_tok_is(x, j, "to") || !IS_NUM(j + 1))
			return e;
		j += 2;
	}
	if (punct(x, j, '-') && glued(x, j - 1))
		j++;
	if (!(IS_WORD(j) && HAS(W(x, j), LX_DURATION)))
		return e; /* "year" */
	j++;
	if (punct(x, j, '-') && glued(x, j - 1))
		j++;
	return cc_tok_is(x, j, "olds") ? j + 1 : e;
}

/* "total 1038, 100%", "Total 250 (100%)": the 100% of a table's total
 * row (n at b), no finding. */
int cc_cx_table_total(const cc_xt *x, const cc_num *n, size_t b)
{
	size_t k;

	if (!(n->value == 1 && b >= 3 && (punct(x, b - 1, ',') || punct(x, b - 1, '(')) && IS_NUM(b - 2)))
		return 0;
	for (k = b - 2; k > 0 && b - 2 - k < 3;)
		if (cc_tok_is(x, --k, "total"))
			return 1;
	return 0;
}

/* The total of "x out of y" ("three out of 14"): y, 0 when the ratio n
 * is not written with "out of". */
double cc_cx_out_of_total(const cc_xt *x, const cc_num *n)
{
	size_t k;
	cc_num m;

	for (k = n->t0 + 1; k + 2 < n->t1; k++)
		if (cc_tok_is(x, k, "out") && cc_tok_is(x, k + 1, "of"))
			return cc_num_parse(x, k + 2, &m) ? m.value : 0;
	return 0;
}

/* "193 (77%) were registered", "2 (<1%)", "British monarch 477, 46%;":
 * a whole number n in digits followed by its own share -- in brackets, or
 * after a comma as an item of a list (";" after the share). */
int cc_cx_count_with_share(const cc_xt *x, const cc_num *n)
{
	size_t e = n->t1, k = e + 1;
	cc_num m;

	if (!(punct(x, e, '(') || punct(x, e, ',')) || (n->fl & NF_WORD) || n->value != floor(n->value))
		return 0;
	if (punct(x, k, '<') || punct(x, k, '>'))
		k++;
	if (!(cc_num_parse(x, k, &m) && (m.fl & NF_PERCENT) && !(m.fl & (NF_POINTS | NF_RANGE)) && m.value < 1))
		return 0;
	return punct(x, e, '(') ? punct(x, m.t1, ')') : punct(x, m.t1, ';');
}

/* Page furniture, no finding: a visit counter ("(Visited 12 times, 3
 * visits today)": a line opening with a counter word), a count of
 * comments or shares alone on its line ("12 comments"), or a slogan of
 * 100% and a word or two ("100% local", "100% local. 100% independent."
 * in a footer). */
int cc_cx_page_furniture(const cc_xt *x, const cc_num *n, size_t b)
{
	size_t k = b, e = n->t1;

	if (!(((n->fl & NF_PERCENT) && n->value == 1) ||
	      (IS_WORD(e) && (cc_tok_in(x, e, WS(PAGE_NOUN)) || cc_tok_is(x, e, "times") || cc_tok_is(x, e, "visits")))))
		return 0; /* a slogan's 100%, or a count of what a page counts */

	while (k > 0 && !line_opens(x, k) && b - k < 12)
		k--;
	if (!line_opens(x, k))
		return 0;
	if (punct(x, k, '(') && k + 1 < b)
		k++;
	if (cc_tok_in(x, k, WS(PAGE_COUNTER)))
		return 1;
	if (k == b && cc_tok_in(x, e, WS(PAGE_NOUN)) && (e + 1 >= x->ntok || punct(x, e + 1, '.') || line_opens(x, e + 1)))
		return 1; /* "1 comment." alone under a post */
	if (!((n->fl & NF_PERCENT) && n->value == 1 &&
	      (k == b || (TK(b)->fl & TF_SENT) || (b > 0 && punct(x, b - 1, ',') && IS_WORD(b - 2)))))
		return 0;
	/* "100% local. 100% independent.": a word or two, then the end of the
	 * line, sentence or slogan; no finding ("100% agreed.") */
	for (k = e; k < x->ntok && !line_opens(x, k); k++) {
		if (punct(x, k, '.') || punct(x, k, ',') || punct(x, k, '!') || punct(x, k, '|'))
			break;
		if (k - e > 2 || !IS_WORD(k) || HAS(W(x, k), LX_OPINION) || HAS(W(x, k), LX_SURVEY_VERB))
			return 0;
	}
	return k > e || line_opens(x, b);
}

/* "MPs voted 432 to 202", "the bill passed by 432 votes to 202": a tally
 * of votes in a chamber, no claim (convention 3). The figure n at b, then
 * "votes" or nothing, "to", a whole number; a vote word or a chamber in
 * the sentence; not "from 432 to 502". The token after the second
 * figure, 0 when n is no tally. */
size_t cc_cx_vote_tally(const cc_xt *x, const cc_num *n, size_t b)
{
	size_t j = n->t1, k, end;
	cc_num m;
	int cue = 0;

	if (n->value != floor(n->value) || (n->fl & (NF_PERCENT | NF_CURRENCY | NF_SCALE | NF_RANGE | NF_FRAC)) ||
	    (b > 0 && cc_tok_is(x, b - 1, "from")))
		return 0;
	if (cc_tok_is(x, j, "votes")) {
		j++;
		cue = 1;
	}
	if (!(cc_tok_is(x, j, "to") && cc_num_parse(x, j + 1, &m) && m.value == floor(m.value) &&
	      !(m.fl & (NF_PERCENT | NF_CURRENCY | NF_SCALE | NF_RANGE | NF_FRAC)) && !m.ordinal))
		return 0;
	if (!cue && !(m.value < n->value))
		return 0; /* "by 25 to 30 seats": a range; a tally puts the winners first */
	end = m.t1;
	if (cc_tok_is(x, end, "votes"))
		end++;
	for (k = sent_first(x, b); !cue && k < b; k++)
		cue = cc_tok_in(x, k, WS(TALLY_CUE)) || cc_tok_is(x, k, "voted");
	return cue ? end : 0;
}

/* A whole number at token k, its value into *v. */
static int whole_at(const cc_xt *x, size_t k, double *v)
{
	cc_num m;

	if (!IS_NUM(k) || !cc_num_parse(x, k, &m) || m.t1 != k + 1 || m.value != floor(m.value) ||
	    (m.fl & (NF_PERCENT | NF_CURRENCY | NF_SCALE | NF_RANGE | NF_FRAC | NF_SEPARATORS)))
		return 0;
	*v = m.value;
	return 1;
}

/* Is token k a joint of a list ("," "or" "and")? */
static int list_joint(const cc_xt *x, size_t k)
{
	return punct(x, k, ',') || cc_tok_is(x, k, "or") || cc_tok_is(x, k, "and");
}

/* "X can be 0, 1, 2, 3, 4 or 5", "rated 1, 2, 3, 4 or 5": the figure n is
 * one of three or more whole numbers in a row, each one more than the
 * last -- the values something can take, not counts. */
int cc_cx_enumeration(const cc_xt *x, const cc_num *n)
{
	size_t k = n->t0, run = 1;
	double v = n->value, w;

	if (n->t1 != k + 1 || n->value != floor(n->value))
		return 0;
	while (k >= 2 && run < 3 && list_joint(x, k - 1) && whole_at(x, k - 2, &w) && w == v - 1) {
		k -= 2;
		v = w;
		run++;
	}
	for (k = n->t0, v = n->value; run < 3 && list_joint(x, k + 1) && whole_at(x, k + 2, &w) && w == v + 1;) {
		k += 2;
		v = w;
		run++;
	}
	return run >= 3;
}

/* A sentence about a poll's method before b: a confidence, interval or
 * accuracy word ("accurate to within 3 points, 19 times out of 20"). */
int cc_cx_method_context(const cc_xt *x, size_t b)
{
	size_t k, end = sent_end(x, b);

	for (k = sent_first(x, b); k < end && k < b + 12; k++)
		if (cc_tok_in(x, k, WS(CONF_WORD) | WS(INTERVAL_WORD) | WS(METHOD_WORD)))
			return 1;
	return 0;
}

/* "'<1' means less than 0.5%", "* denotes less than 0.5%": the key of a
 * table's notation -- a sentence opening with a quoted mark or symbol and
 * a verb of meaning before the figure at b. */
int cc_cx_notation_key(const cc_xt *x, size_t b)
{
	size_t f = sent_first(x, b), k;

	if (!(punct(x, f, '\'') || punct(x, f, '"') || punct(x, f, '*') || TK(f)->type == TK_SYM))
		return 0;
	for (k = f + 1; k < b && k < f + 8; k++)
		if (cc_tok_in(x, k, WS(KEY_VERB)))
			return 1;
	return 0;
}
