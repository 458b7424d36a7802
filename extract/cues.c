/*
 * cues.c -- what the words around each figure say, as the checks need it
 * (stage: extract, the last step: after the claims are sorted, linked and
 * tied to their surveys).
 *
 * The checks (stats/) judge records, never text: every question a check
 * asks of the words near a figure is answered here, once, and stored on
 * the claim (cc_claim_ext.cues bits, .rels, .clause, .span_from/.span_to,
 * .mean_decimals, .subgroup_label, .modelled) or its survey (.chosen,
 * .topic_words); the sentence word cues are extract/cues_sentence.c's.
 * The word lists are classes of the vocabulary
 * (core/vocab.h: extract/lexicon/comparisons.tsv, clauses.tsv,
 * measures.tsv, groups.tsv), the searches the one word search of
 * core/words.h.
 *
 * Windows: a claim's "sentence" is its sentence's span in the input, cut to
 * SENT_WINDOW bytes either side of the figure (a run-on list or a text with
 * no full stops must not make every question cost the whole text); the
 * checks compute the same span from the claim's offsets (same_sentence).
 * Pairs: a comparison (cc_rel) needs the two figures close together (at
 * most 60 or 90 bytes apart in one sentence), found through the running
 * maximum of the claims' ends, so the pass stays linear in the document
 * however dense its figures.
 *
 * Reads doc->src at the claims' offsets (the input as given: what the
 * checks read before this stage existed). Must not: judge (no flags, no
 * statistics), or touch the database.
 */
#include "extract.h"
#include "cues.h"
#include "../core/bsearch.h"
#include "../core/vocab.h"
#include "../core/words.h"

#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define SENT_WINDOW CC_CUES_SENT_WINDOW
/* The longest gap between two figures a comparison can span. */
#define GAP_RESTATE 90
#define GAP_FROM_TO 60

const char *const cc_cue_names[CC_CUE_COUNT_OF_BITS] = {
	"closes", "restates", "from", "generalises", "margin", "percent-word", "points-word",
	"relative-risk", "baseline", "multiplier", "of-them", "elliptic", "asked", "grossed-up",
	"said", "scale", "all-none", "all", "timed", "rate-nearby",
	"tie-words", "change-words", "strong-words", "causal-words", "lead", "earlier", "new-clause", "compared", "to-level", "dk-excluded", "dk-share",
};

typedef struct cues {
	cc_doc *doc;
	const char *src;
	size_t len;
	size_t *sa, *sb;     /* each claim's sentence window */
	size_t *maxend;      /* running maximum of the claims' ends */
	/* the readings of the last window asked about: the claims of one
	 * sentence ask the same questions of it, one after the other */
	size_t wa, wb;       /* that window (wa > wb: none yet) */
	signed char wparsed, wmult; /* its "from A to B" found / multiplier word: -1 not read */
	double wfrom, wto;
} cues;

#define CL(q, i) (&(q)->doc->claims[(i)])
#define EXT(q, i) (&(q)->doc->ext[(i)])

static int find(const char *s, size_t len, const char *w)
{
	return cc_word_find(s, len, w, 0) != NULL;
}

static int any(const char *s, size_t len, enum cc_vocab_id id)
{
	return cc_vocab_any(s, len, id);
}

/* The claim's sentence window (see the file comment); the claim itself when
 * its sentence offsets do not hold it. */
static void window(const cues *q, size_t i, size_t *a, size_t *b)
{
	const cc_claim *c = CL(q, i);

	*a = c->sent_start;
	*b = c->sent_end;
	if (*b <= *a || *b > q->len || *a > c->start || *b < c->end) {
		*a = c->start;
		*b = c->end;
	}
	if (*b > q->len)
		*b = q->len;
	if (*a > *b)
		*a = *b;
	if (c->start > *a + SENT_WINDOW)
		*a = c->start - SENT_WINDOW;
	if (*b > c->end + SENT_WINDOW)
		*b = c->end + SENT_WINDOW;
}

static int same_window(const cues *q, size_t i, size_t j)
{
	return q->sa[i] == q->sa[j] && q->sb[i] == q->sb[j];
}

static int is_dash(const char *p, size_t avail)
{
	return avail >= 3 && (unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
	       ((unsigned char)p[2] == 0x94 || (unsigned char)p[2] == 0x93);
}

/* An aside ends right after claim j: ",", ")", ";", ".", "-", ":", an em
 * or en dash, or the end of the text, past an "of them" phrase (class
 * of_them). */
static int closes(const cues *q, size_t j)
{
	const char *p = q->src + CL(q, j)->end, *end = q->src + q->len;

	const char *const *list = cc_vocab_list(CC_V_OF_THEM);
	size_t k, n;

	while (p < end && *p == ' ')
		p++;
	/* the phrases are words: only a letter can start one, and only a
	 * phrase that starts with that letter (either case) is compared */
	for (k = 0; p < end && cc_alpha((unsigned char)*p) && list[k]; k++)
		if ((!list[k][0] || (list[k][0] | 0x20) == (*p | 0x20)) && (size_t)(end - p) >= (n = strlen(list[k])) &&
		    !strncasecmp(p, list[k], n) &&
		    (p + n == end || !cc_wordch((unsigned char)p[n]))) {
			p += n;
			break;
		}
	while (p < end && *p == ' ')
		p++;
	if (p >= end || *p == ',' || *p == ')' || *p == ';' || *p == '.' || *p == '-' || *p == ':')
		return 1;
	return is_dash(p, (size_t)(end - p));
}

/* A restating phrase ends at most 14 bytes before claim j, in its window,
 * with no move ("from", "up", "than") between ("That amounts to one in
 * five"). Only the last 48 bytes are read: the phrases are short. */
static int restate_phrase(const cues *q, size_t j)
{
	const cc_claim *b = CL(q, j);
	const char *const *list = cc_vocab_list(CC_V_RESTATE_PHRASE);
	size_t s = q->sa[j], k;

	if (b->start <= s)
		return 0;
	if (b->start - s > 48)
		s = b->start - 48;
	if (!any(q->src + s, b->start - s, CC_V_RESTATE_PHRASE))
		return 0;
	for (k = 0; list[k]; k++) {
		const char *p = cc_word_find(q->src + s, b->start - s, list[k], 0);
		size_t after;

		if (!p)
			continue;
		after = (size_t)(p - q->src) + strlen(list[k]);
		if (after > b->start || b->start - after > 14 ||
		    any(q->src + after, b->start - after, CC_V_RESTATE_MOVE))
			continue;
		return 1;
	}
	return 0;
}

/* The gap between claims i < j restates: j closes an aside, the gap holds
 * no verb and ends with ",", "(", ":", "-", a dash or " or" ("A majority
 * of adults, 47 per cent, oppose"; "almost two-thirds -- 140 of them"). */
static int restating_gap(const cues *q, size_t i, size_t j)
{
	const cc_claim *a = CL(q, i), *b = CL(q, j);
	const char *gap = q->src + a->end;
	size_t glen = b->start - a->end, k;

	if (glen > GAP_RESTATE || !closes(q, j) || any(gap, glen, CC_V_CLAUSE_VERB))
		return 0;
	/* a bracket closed or a ";" in between: the next item of a list
	 * ("kidnapping (28%), being beaten up (25%)", "in Calgary 11%; in
	 * Montreal, 22%", "[54%] {53%}"), not the same figure again */
	for (k = 0; k < glen; k++)
		if (gap[k] == ')' || gap[k] == ']' || gap[k] == '}' || gap[k] == ';')
			return 0;
	k = glen;
	while (k && isspace((unsigned char)gap[k - 1]))
		k--;
	/* a bracket or a colon after a comma or a dash in the gap opens the
	 * next item ("55% ..., ahead of bullying (52%)", "40% - Teen drug
	 * abuse: 39%"); "a majority of voters (68%)" has neither */
	if (k && (gap[k - 1] == '(' || gap[k - 1] == ':') &&
	    (memchr(gap, ',', k - 1) || memchr(gap, '-', k - 1) || memchr(gap, '\n', k - 1)))
		return 0;
	if (k == 1 && gap[0] == '-')
		return 0; /* "25-19-18 percent": a chain of shares */
	if (k && (gap[k - 1] == ',' || gap[k - 1] == '(' || gap[k - 1] == ':' || gap[k - 1] == '-'))
		return 1;
	if (k >= 3 && is_dash(gap + k - 3, 3))
		return 1;
	return k >= 3 && !strncasecmp(gap + k - 3, " or", 3);
}

/* "from 58 per cent in 2021 to 53 per cent": "from" just before i (a bit
 * of i) and "to" in the gap. */
static int from_to(const cues *q, size_t i, size_t j)
{
	const cc_claim *a = CL(q, i), *b = CL(q, j);

	return (EXT(q, i)->cues & CC_CUE_FROM) && b->start - a->end <= GAP_FROM_TO &&
	       find(q->src + a->end, b->start - a->end, "to");
}

/* A figure that can be a whole with parts: a count, a sample or an amount. */
static int whole_kind(const cc_claim *c)
{
	return c->kind == CC_KIND_COUNT || c->kind == CC_KIND_SAMPLE_SIZE || c->kind == CC_KIND_AMOUNT;
}

/* Claim i opens its clause after a part lead ("Of the 2,000 asked"): the
 * phrase ends right before it, with only a clause start before that. */
static int part_lead(const cues *q, size_t i)
{
	const char *const *list = cc_vocab_list(CC_V_PART_LEAD);
	size_t st = CL(q, i)->start, k, n, p;

	for (k = 0; list[k]; k++) {
		n = strlen(list[k]);
		if (st < n + 1 || q->src[st - 1] != ' ' || strncasecmp(q->src + st - 1 - n, list[k], n))
			continue;
		for (p = st - 1 - n; p > q->sa[i] && q->src[p - 1] == ' '; p--)
			;
		if (p <= q->sa[i] || (q->src[p - 1] && strchr(",;:(\n", q->src[p - 1])) || is_dash(q->src + p - (p >= 3 ? 3 : p), p >= 3 ? 3 : 0))
			return 1;
	}
	return 0;
}

/* Claim j is a part of the whole i: a part word between them ("1,200
 * jobs, of which 300 in Wales"; a share: "2,000 adults, of whom 45%"), or
 * i opens its clause after a part lead and the clause ends before j ("Of
 * the 2,000 asked, 500 said"). A part as large as its whole is none. */
static int part_of(const cues *q, size_t i, size_t j)
{
	const cc_claim *a = CL(q, i), *b = CL(q, j);
	const char *gap = q->src + a->end;
	size_t glen = b->start - a->end;

	if (!whole_kind(a) || !(whole_kind(b) || b->kind == CC_KIND_PROPORTION))
		return 0;
	if (whole_kind(b) && b->kind == a->kind && !(b->value < a->value))
		return 0;
	if (any(gap, glen, CC_V_PART_CUE) && !any(gap, glen, CC_V_CLAUSE_VERB))
		return 1;
	return memchr(gap, ',', glen) && part_lead(q, i);
}

/* Claim j is a lead in points over the share i of its sentence: a lead
 * word right before j ("a lead of 5 points") or right after it ("6
 * percentage points ahead"). */
static int lead_words(const cues *q, size_t j)
{
	const cc_claim *b = CL(q, j);
	size_t back = b->start - q->sa[j] < 16 ? b->start - q->sa[j] : 16;
	size_t fwd = q->sb[j] - b->end < 12 ? q->sb[j] - b->end : 12;

	return any(q->src + b->start - back, back, CC_V_LEAD_CUE) || any(q->src + b->end, fwd, CC_V_LEAD_AFTER);
}

static int lead_over(const cues *q, size_t i, size_t j)
{
	if (CL(q, i)->kind != CC_KIND_PROPORTION || !(CL(q, j)->traits & CC_TRAIT_POINTS))
		return 0;
	return lead_words(q, j);
}

/* Between the last share before claim i in its window and i: a ";" or
 * words that put what follows on another base (class base_restart). */
static int new_clause(const cues *q, size_t i)
{
	const cc_claim *c = CL(q, i);
	size_t k, a;

	for (k = i; k-- > 0;) {
		const cc_claim *p = CL(q, k);

		if (!same_window(q, k, i) || p->end > c->start)
			return 0;
		if (p->kind == CC_KIND_PROPORTION)
			break;
	}
	if (k == (size_t)-1 || c->start - CL(q, k)->end > 200)
		return 0; /* a new set starts close to the last share */
	a = CL(q, k)->end;
	return memchr(q->src + a, ';', c->start - a) != NULL || any(q->src + a, c->start - a, CC_V_BASE_RESTART);
}

/* Share i is the level a change just before it reached: "to" right
 * before it and the change at most 24 bytes before that, in its window
 * ("goes up by 2.5 per cent, to 20 per cent", "fell 3% to 41%"). */
static int to_level(const cues *q, size_t i)
{
	const cc_claim *c = CL(q, i), *p;
	size_t b = c->start, k;

	if (i == 0 || b < 4)
		return 0;
	p = CL(q, i - 1);
	if (p->kind != CC_KIND_CHANGE || !same_window(q, i - 1, i) || p->end > b || b - p->end > 24)
		return 0;
	k = b;
	while (k > p->end && q->src[k - 1] == ' ')
		k--;
	return k > p->end && cc_vocab_ends(q->src + p->end, k - p->end, CC_V_LEVEL_PREP) > 0;
}

/* Share i is an earlier figure: an earlier_cue word just before it ("up
 * from 12%", "against 18%"), or a year just after it ("18% in 2013"). */
static int earlier_share(const cues *q, size_t i)
{
	const cc_claim *c = CL(q, i);
	size_t back = c->start - q->sa[i] < 14 ? c->start - q->sa[i] : 14, e = c->end, k;
	const char *p = q->src;

	if (any(p + c->start - back, back, CC_V_EARLIER_CUE))
		return 1;
	/* " in 2013", " in 1998" */
	while (e < q->sb[i] && p[e] == ' ')
		e++;
	if (!(k = cc_vocab_starts(p + e, q->sb[i] - e, CC_V_YEAR_PREP)))
		return 0;
	e += k + 1;
	if (!(e + 4 <= q->sb[i] && p[e - 1] == ' '))
		return 0;
	for (k = e; k < e + 4; k++)
		if (!isdigit((unsigned char)p[k]))
			return 0;
	return (p[e] == '1' && p[e + 1] == '9') || (p[e] == '2' && p[e + 1] == '0');
}

/* The first claim whose end, or the end of a claim before it, reaches pos. */
static size_t first_ending_after(const cues *q, size_t pos)
{
	return cc_first_at_least(q->maxend, q->doc->nclaims, pos);
}

/* The comparisons claim j takes part in with earlier claims of its window. */
static int relations(cues *q, size_t j)
{
	const cc_claim *b = CL(q, j);
	size_t i, n = 0, cap = 0, from = first_ending_after(q, b->start > GAP_RESTATE ? b->start - GAP_RESTATE : 0);
	cc_rel *v = NULL;

	for (i = from; i < j; i++) {
		const cc_claim *a = CL(q, i);
		unsigned kind = 0;

		if (a->end > b->start || b->start - a->end > GAP_RESTATE || !same_window(q, i, j))
			continue;
		if (restating_gap(q, i, j))
			kind |= CC_REL_RESTATES;
		if (from_to(q, i, j))
			kind |= CC_REL_FROM_TO;
		if (part_of(q, i, j))
			kind |= CC_REL_PART_OF;
		if (lead_over(q, i, j))
			kind |= CC_REL_LEAD;
		if (!kind)
			continue;
		if (n == cap) {
			cc_rel *nv;

			cap = cap ? cap * 2 : 4;
			nv = cc_arena_alloc(&q->doc->arena, cap * sizeof *nv);
			if (!nv)
				return CC_ENOMEM;
			if (n)
				memcpy(nv, v, n * sizeof *v);
			v = nv;
		}
		v[n].other = i;
		v[n++].kind = kind;
	}
	EXT(q, j)->rels = v;
	EXT(q, j)->nrels = n;
	return CC_OK;
}

/* ------------------------------------------------------------ one claim */

/* A stated margin: "±" or "plus or minus" in it or right before it, or a
 * margin phrase in the 60 bytes before it with no "," or ";" between. */
static int margin(const cues *q, size_t k)
{
	const cc_claim *c = CL(q, k);
	const char *src = q->src, *const *list = cc_vocab_list(CC_V_MARGIN_PHRASE), *p;
	size_t back = c->start < 60 ? c->start : 60, i;

	if (memchr(src + c->start, 0xC2, c->end - c->start) || find(src + c->start, c->end - c->start, "plus or minus"))
		return 1; /* "±" is C2 B1 in UTF-8 */
	for (i = 0; list[i]; i++)
		if ((p = cc_word_find(src + c->start - back, back, list[i], 0))) {
			const char *e;

			for (e = p; e < src + c->start; e++)
				if (*e == ',' || *e == ';')
					break;
			if (e == src + c->start)
				return 1;
		}
	return c->start >= 2 && (unsigned char)src[c->start - 2] == 0xC2 && (unsigned char)src[c->start - 1] == 0xB1;
}

/* The unit words of a margin: within the figure and the 24 bytes after it. */
static unsigned margin_units(const cues *q, size_t k)
{
	const cc_claim *c = CL(q, k);
	size_t e = c->end + 24 < q->len ? c->end + 24 : q->len, len = e - c->start;
	const char *p = q->src + c->start;
	unsigned bits = 0;

	if (memchr(p, '%', c->end - c->start) || any(p, len, CC_V_PERCENT_WORD))
		bits |= CC_CUE_PERCENT_WORD;
	if (any(p, len, CC_V_POINTS_WORD))
		bits |= CC_CUE_POINTS_WORD;
	return bits;
}

/* "doubles the risk", "a 24% higher risk", "30% less likely", "an eightfold
 * increase in the odds": a change with the thing it multiplies named right
 * after it, before any punctuation (class risk_after, 32 bytes at most:
 * "tripled last year, the rate ..." is not a risk). */
static int risk_after(const cues *q, size_t k)
{
	const cc_claim *c = CL(q, k);
	size_t e = c->end + 32 < q->sb[k] ? c->end + 32 : q->sb[k], j;

	for (j = c->end; j < e; j++)
		if (strchr(",.;:()!?\"", q->src[j]))
			break;
	return j > c->end && any(q->src + c->end, j - c->end, CC_V_RISK_AFTER);
}

/* "raises the risk by 18 per cent": "by" right before the figure and a risk
 * word in the 50 bytes before it, inside its window; or, for a change, the
 * risk named right after it (risk_after). */
static int relative_risk(const cues *q, size_t k)
{
	const cc_claim *c = CL(q, k);
	size_t back = c->start - q->sa[k] < 50 ? c->start - q->sa[k] : 50;

	if (c->kind == CC_KIND_CHANGE && risk_after(q, k))
		return 1;
	if (c->start < 3 || !find(q->src + c->start - 3, 3, "by"))
		return 0;
	return any(q->src + c->start - back, back, CC_V_RISK_WORD);
}

/* A number word or digits at p ("four", "12", "1,204"); -1 when none. */
static double read_number(const char *p, const char *end, const char **after)
{
	static const enum cc_vocab_id words[] = { CC_V_UNIT, CC_V_TENS };
	double v = 0;
	int digits = 0;
	size_t w, k, n;

	while (p < end && isdigit((unsigned char)*p)) {
		v = v * 10 + (*p - '0');
		digits = 1;
		p++;
		if (p + 1 < end && *p == ',' && isdigit((unsigned char)p[1]))
			p++;
	}
	if (digits) {
		*after = p;
		return v;
	}
	for (w = 0; w < sizeof words / sizeof words[0]; w++) {
		const cc_vocab_row *r = cc_vocab_rows(words[w], &n);

		for (k = 0; k < n; k++) {
			size_t wl;

			/* the first byte turns most rows away before the length
			 * and the compare (no locale is set: ASCII case only) */
			if (p < end && r[k].phrase[0] && cc_lower((unsigned char)*p) != cc_lower((unsigned char)r[k].phrase[0]))
				continue;
			wl = strlen(r[k].phrase);
			if ((size_t)(end - p) >= wl && !strncasecmp(p, r[k].phrase, wl) &&
			    (p + wl == end || !isalpha((unsigned char)p[wl]))) {
				*after = p + wl;
				return r[k].v[0];
			}
		}
	}
	return -1;
}

/* "from A to B" in [s, s+len) ("from 11 families to 22", up to three words
 * between): the two counts; 0 when none. */
static int parse_from_to(const char *s, size_t len, double *a, double *b)
{
	const char *end = s + len, *p = s, *e;

	while ((p = cc_word_find(p, (size_t)(end - p), "from", 0))) {
		int words = 0;

		p += 4;
		while (p < end && *p == ' ')
			p++;
		*a = read_number(p, end, &e);
		if (*a < 0)
			continue;
		while (e < end && words <= 3) {
			while (e < end && *e == ' ')
				e++;
			if (end - e >= 3 && !strncasecmp(e, "to ", 3))
				break;
			while (e < end && isalpha((unsigned char)*e))
				e++;
			words++;
			if (e < end && *e != ' ')
				break;
		}
		if (end - e < 3 || strncasecmp(e, "to ", 3))
			continue;
		e += 3;
		*b = read_number(e, end, &e);
		if (*b >= 0 && !(e < end && (*e == '%' || *e == '.')))
			return 1;
	}
	return 0;
}

/* The counts of "from A to B" in claim i's window, when its own record
 * lacks them (changes and counts: the small-base check). */
/* Make the window cache hold claim i's window. */
static void window_cache(cues *q, size_t i)
{
	if (q->wa == q->sa[i] && q->wb == q->sb[i])
		return;
	q->wa = q->sa[i];
	q->wb = q->sb[i];
	q->wparsed = q->wmult = -1;
}

static void from_to_counts(cues *q, size_t i)
{
	cc_claim_ext *e = EXT(q, i);

	if (isfinite(e->base_count) && isfinite(e->after_count))
		return;
	window_cache(q, i);
	if (q->wparsed < 0)
		q->wparsed = (signed char)parse_from_to(q->src + q->sa[i], q->sb[i] - q->sa[i], &q->wfrom, &q->wto);
	if (q->wparsed) {
		e->span_from = q->wfrom;
		e->span_to = q->wto;
	}
}

/* A multiplier word in claim i's window. */
static int multiplier(cues *q, size_t i)
{
	window_cache(q, i);
	if (q->wmult < 0)
		q->wmult = (signed char)any(q->src + q->sa[i], q->sb[i] - q->sa[i], CC_V_MULTIPLIER_WORD);
	return q->wmult;
}

/* "140 of them": an "of them" phrase ends the count or follows it. */
static int of_them(const cues *q, size_t j)
{
	const cc_claim *c = CL(q, j);
	const char *const *list = cc_vocab_list(CC_V_OF_THEM);
	size_t k;

	for (k = 0; list[k]; k++) {
		size_t tl = strlen(list[k]) + 1; /* with the space before it */

		if ((c->end - c->start >= tl && q->src[c->end - tl] == ' ' &&
		     !strncasecmp(q->src + c->end - tl + 1, list[k], tl - 1)) ||
		    (c->end + tl <= q->len && q->src[c->end] == ' ' && !strncasecmp(q->src + c->end + 1, list[k], tl - 1)))
			return 1;
	}
	return 0;
}

/* No verb after claim k before the next figure or its window's end: an
 * elliptical list item ("39 per cent by car, 21 per cent by bus"). */
static int elliptic(const cues *q, size_t k)
{
	size_t end = q->sb[k];

	if (k + 1 < q->doc->nclaims && CL(q, k + 1)->start < end && CL(q, k + 1)->start >= CL(q, k)->end)
		end = CL(q, k + 1)->start;
	if (end <= CL(q, k)->end)
		return 1;
	return !any(q->src + CL(q, k)->end, end - CL(q, k)->end, CC_V_LIST_VERB);
}

/* A decimal count the text calls a mean ("a mean rating of 4.36"): its
 * decimals as written; 0 when it is not one. */
static int mean_decimals(const cues *q, size_t i)
{
	const cc_claim *c = CL(q, i);
	const char *dot = memchr(q->src + c->start, '.', c->end - c->start);
	size_t back = c->start < 24 ? c->start : 24;
	int d = 0;

	if (c->kind != CC_KIND_COUNT || !dot || c->value == floor(c->value))
		return 0;
	if (!any(q->src + c->start - back, back, CC_V_MEAN_WORD))
		return 0;
	for (dot++; dot < q->src + c->end && isdigit((unsigned char)*dot); dot++)
		d++;
	return d;
}

/* "all" / "none of" just before sample claim i, or "none of them", "all
 * said" in the 40 bytes after it (within its window). */
static unsigned all_none(const cues *q, size_t i)
{
	size_t st = CL(q, i)->start, back = st < 16 ? st : 16, en = CL(q, i)->end, len;

	if (any(q->src + st - back, back, CC_V_ALL_BEFORE))
		return CC_CUE_ALL_NONE | CC_CUE_ALL;
	if (any(q->src + st - back, back, CC_V_NONE_BEFORE))
		return CC_CUE_ALL_NONE;
	len = q->sb[i] > en ? (q->sb[i] - en < 40 ? q->sb[i] - en : 40) : 0;
	if (any(q->src + en, len, CC_V_NONE_AFTER))
		return CC_CUE_ALL_NONE;
	if (any(q->src + en, len, CC_V_ALL_AFTER))
		return CC_CUE_ALL_NONE | CC_CUE_ALL;
	return 0;
}

/* The crossbreak's words before a subgroup share: from the first digit of
 * its window past the number, up to a comma ("Among the 50 respondents aged
 * 65 and over, 61% ..." -> "respondents aged 65 and over"). */
static int subgroup_label(cues *q, size_t i, const char **out)
{
	const char *p = q->src + q->sa[i], *lim = q->src + CL(q, i)->start;
	size_t k = 0;

	while (p < lim && !isdigit((unsigned char)*p))
		p++;
	while (p < lim && (isdigit((unsigned char)*p) || *p == ',' || *p == ' '))
		p++;
	while (p + k < lim && p[k] != ',' && k + 1 < 160)
		k++;
	*out = k ? cc_doc_strndup(q->doc, p, k) : NULL;
	return k && !*out ? CC_ENOMEM : CC_OK;
}

/* The model-based wording of a margin's window, as the list spells it. */
static const char *modelled(const cues *q, size_t i)
{
	const char *const *list = cc_vocab_list(CC_V_MODELLED_PHRASE);
	size_t a = q->sa[i], b = q->sb[i], k;

	if (!any(q->src + a, b - a, CC_V_MODELLED_PHRASE))
		return NULL;
	for (k = 0; list[k]; k++)
		if (find(q->src + a, b - a, list[k]))
			return list[k];
	return "modelled";
}

/* ------------------------------------------------------------ clauses */

/* Clause words: at most QWORDS, each cut to QLEN - 1 bytes (long words
 * match on their first 15 letters). */
#define QWORDS 12
#define QLEN 16

/* The clause around claim i: the text between the neighbouring figures of
 * its window (a sample size inside it, "of the 100 tenants surveyed", is
 * part of it), cut at ";" and at "while", "but", "whereas"..., and with an
 * attribution set off by commas ("..., the union warned") cut off: it
 * says who, not what. */
static void clause_span(const cues *q, size_t i, size_t *lo_out, size_t *hi_out)
{
	const cc_claim *c = CL(q, i);
	const char *src = q->src, *const *breaks = cc_vocab_list(CC_V_CLAUSE_BREAK);
	size_t lo = q->sa[i], hi = q->sb[i], k, p;

	for (k = i; k-- > 0;)
		if (CL(q, k)->kind != CC_KIND_SAMPLE_SIZE) {
			if (same_window(q, k, i) && CL(q, k)->end <= c->start && CL(q, k)->end > lo)
				lo = CL(q, k)->end;
			break;
		}
	for (k = i + 1; k < q->doc->nclaims; k++)
		if (CL(q, k)->kind != CC_KIND_SAMPLE_SIZE) {
			if (same_window(q, i, k) && CL(q, k)->start >= c->end && CL(q, k)->start < hi)
				hi = CL(q, k)->start;
			break;
		}
	for (p = lo; p < c->start; p++)
		if (src[p] == ';')
			lo = p + 1;
	for (p = c->end; p < hi; p++)
		if (src[p] == ';') {
			hi = p;
			break;
		}
	for (k = 0; breaks[k]; k++) {
		const char *e = cc_word_find(src + c->end, hi - c->end, breaks[k], 0);
		const char *b = cc_word_find(src + lo, c->start - lo, breaks[k], 0);

		if (e)
			hi = (size_t)(e - src);
		while (b) {
			lo = (size_t)(b - src) + strlen(breaks[k]);
			b = cc_word_find(src + lo, c->start > lo ? c->start - lo : 0, breaks[k], 0);
		}
	}
	for (p = c->end; p < hi; p++)
		if (src[p] == ',') {
			size_t e = p + 1;

			while (e < hi && src[e] != ',')
				e++;
			if (any(src + p + 1, e - p - 1, CC_V_ATTRIBUTION_VERB)) {
				hi = p;
				break;
			}
		}
	for (p = c->start; p > lo; p--)
		if (src[p - 1] == ',') {
			size_t b = p - 1;

			while (b > lo && src[b - 1] != ',')
				b--;
			if (any(src + b, p - 1 - b, CC_V_ATTRIBUTION_VERB)) {
				lo = p;
				break;
			}
		}
	*lo_out = lo;
	*hi_out = hi;
}

/* Add word w (l bytes, lower case) to the clause list unless it is there. */
static size_t add_word(char words[][QLEN], size_t n, const char *w, size_t l)
{
	size_t k;

	for (k = 0; k < n && strcmp(words[k], w); k++)
		;
	if (k == n) {
		memcpy(words[n], w, l);
		words[n++][l] = '\0';
	}
	return n;
}

/* The content words of claim i's clause, lower case (the head noun of its
 * subject first), as one space-separated string; *timed: the clause holds a
 * word of another time or a comparison. */
static const char *clause_words(cues *q, size_t i, int *timed)
{
	const cc_claim *c = CL(q, i);
	const char *src = q->src;
	char words[QWORDS][QLEN], out[QWORDS * QLEN];
	size_t lo, hi, p, n = 0, k, o = 0;

	clause_span(q, i, &lo, &hi);
	*timed = any(src + lo, c->start > lo ? c->start - lo : 0, CC_V_OTHER_TIME) ||
		 any(src + c->end, hi > c->end ? hi - c->end : 0, CC_V_OTHER_TIME);
	if (c->subject) {
		char h[64];

		cc_word_head(c->subject, h, sizeof h);
		if (strlen(h) >= 3 && strlen(h) < QLEN && !cc_vocab_has(CC_V_POINTER_GROUP, h) &&
		    !cc_vocab_has(CC_V_CLAUSE_FILLER, h))
			n = add_word(words, n, h, strlen(h));
	}
	for (p = lo; p < hi && n < QWORDS;) {
		char w[QLEN];
		size_t l = 0;

		if (p >= c->start && p < c->end) {
			p = c->end;
			continue;
		}
		if (!isalpha((unsigned char)src[p])) {
			p++;
			continue;
		}
		while (p < hi && (isalpha((unsigned char)src[p]) || src[p] == '\'') && !(p >= c->start && p < c->end)) {
			if (l + 1 < sizeof w)
				w[l++] = (char)cc_lower(src[p]);
			p++;
		}
		w[l] = '\0';
		if (l > 2 && !strcmp(w + l - 2, "'s"))
			w[l -= 2] = '\0';
		if (l < 3 || cc_vocab_has(CC_V_CLAUSE_FILLER, w))
			continue;
		n = add_word(words, n, w, l);
	}
	for (k = 0; k < n; k++) {
		size_t l = strlen(words[k]);

		if (k)
			out[o++] = ' ';
		memcpy(out + o, words[k], l);
		o += l;
	}
	return cc_doc_strndup(q->doc, out, o);
}

/* ------------------------------------------------------------ the pass */

/* Is there a sample_size claim before count i in its window, smaller than
 * it ("20 hospitals ... 26 had")? Only then does its verb matter. The
 * NEAR_MAX nearest claims are asked (a run of figures every few bytes must
 * not make each one walk its whole window). */
#define NEAR_MAX 256

static int sample_before(const cues *q, size_t i)
{
	size_t k, lim = i > NEAR_MAX ? i - NEAR_MAX : 0;

	for (k = i; k-- > lim && CL(q, k)->start >= q->sa[i];)
		if (CL(q, k)->kind == CC_KIND_SAMPLE_SIZE && same_window(q, k, i) && CL(q, i)->value > CL(q, k)->value)
			return 1;
	return 0;
}

/* Claim i's paragraph index; SIZE_MAX when its sentence is not known. */
static size_t paragraph_of(const cues *q, size_t i)
{
	size_t s = CL(q, i)->sentence;

	return s < q->doc->nsentences ? q->doc->sentences[s].paragraph : SIZE_MAX;
}

/* A share or rate that is not itself a relative risk, in the paragraph of
 * relative risk i ("... about six women in 100 are diagnosed"): its base
 * may be stated there. At most RATE_SCAN claims each way, so a paragraph
 * dense with figures costs a constant per relative risk. */
#define RATE_SCAN 64
static int is_rate(const cues *q, size_t k, size_t p)
{
	return paragraph_of(q, k) == p && CL(q, k)->kind == CC_KIND_PROPORTION &&
	       !(EXT(q, k)->cues & CC_CUE_RELATIVE_RISK);
}

static int rate_nearby(const cues *q, size_t i)
{
	size_t p = paragraph_of(q, i), n = q->doc->nclaims, d;

	if (p == SIZE_MAX)
		return 1; /* no paragraphs known: do not claim the base is missing */
	for (d = 1; d <= RATE_SCAN && (d <= i || i + d < n); d++)
		if ((d <= i && is_rate(q, i - d, p)) || (i + d < n && is_rate(q, i + d, p)))
			return 1;
	return 0;
}

/* A baseline phrase before the shares of a window that holds a relative
 * risk ("from a baseline of 4 per cent ... raises the risk by 20%"): only
 * there does a share's baseline matter. */
static void baselines(cues *q)
{
	size_t i, k, n = q->doc->nclaims;

	for (i = 0; i < n; i++) {
		if (!(EXT(q, i)->cues & CC_CUE_RELATIVE_RISK))
			continue;
		if (rate_nearby(q, i))
			EXT(q, i)->cues |= CC_CUE_RATE_NEARBY;
		for (k = i; k-- > 0 && CL(q, k)->start >= q->sa[i];)
			;
		for (k = k + 1; k < n && CL(q, k)->start < q->sb[i]; k++) {
			const cc_claim *c = CL(q, k);
			size_t bb = c->start < 25 ? c->start : 25;

			if (c->kind == CC_KIND_PROPORTION && same_window(q, k, i) && !(EXT(q, k)->cues & CC_CUE_BASELINE) &&
			    any(q->src + c->start - bb, bb, CC_V_BASELINE_PHRASE))
				EXT(q, k)->cues |= CC_CUE_BASELINE;
		}
	}
}

/* The head noun of claim i's subject onto its record. */
static int head_of(cues *q, size_t i)
{
	char h[64];

	cc_word_head(CL(q, i)->subject, h, sizeof h);
	EXT(q, i)->head = h[0] ? cc_doc_strndup(q->doc, h, strlen(h)) : "";
	return EXT(q, i)->head ? CC_OK : CC_ENOMEM;
}

static long claim_survey(const cues *q, size_t i)
{
	return cc_doc_claim_survey(q->doc, i);
}

/* May proportion i be compared with another figure as the same quantity
 * (the checks need its clause then)? Not a bare "most", and with a base:
 * figures with none are never compared (stats: same_quantity). */
static int comparable(const cues *q, size_t i)
{
	const cc_claim *c = CL(q, i);
	const cc_claim_ext *e = EXT(q, i);

	return c->kind == CC_KIND_PROPORTION && !(c->high - c->low > 0.2) &&
	       (c->sample_claim >= 0 || claim_survey(q, i) >= 0 || c->sample_n > 0 || e->subgroup_n > 0);
}

/* The cues of one claim (every claim; the reading that only some kinds
 * need is made for those). */
static int read_claim(cues *q, size_t i)
{
	const cc_claim *c = CL(q, i);
	cc_claim_ext *e = EXT(q, i);
	size_t a = q->sa[i], b = q->sb[i], back = c->start < 12 ? c->start : 12;
	unsigned bits = 0;

	if (closes(q, i))
		bits |= CC_CUE_CLOSES;
	/* a restating phrase matters only after a figure it may restate (the
	 * checks compare figures at most 400 bytes apart) */
	if ((c->kind == CC_KIND_PROPORTION || c->kind == CC_KIND_SAMPLE_SIZE) && i > 0 &&
	    first_ending_after(q, c->start > 400 ? c->start - 400 : 0) < i && restate_phrase(q, i))
		bits |= CC_CUE_RESTATES;
	/* "from" matters only before a figure that a later one may follow
	 * ("from 58% ... to 53%"); relations() reads it of earlier claims */
	if (i + 1 < q->doc->nclaims && CL(q, i + 1)->start <= c->end + GAP_FROM_TO + 64 &&
	    find(q->src + c->start - back, back, "from"))
		bits |= CC_CUE_FROM;
	e->cues = bits;
	if (c->subject && head_of(q, i))
		return CC_ENOMEM;
	switch (c->kind) {
	case CC_KIND_PROPORTION: {
		int timed = 0;

		if (earlier_share(q, i))
			bits |= CC_CUE_EARLIER;
		if (new_clause(q, i))
			bits |= CC_CUE_NEW_CLAUSE;
		if (to_level(q, i))
			bits |= CC_CUE_TO_LEVEL;
		if (claim_survey(q, i) >= 0) {
			/* "excluding don't knows, 52% ...": in the 160 bytes before it
			 * (a survey's figures only: the check reads no others) */
			size_t d0 = c->start - a > 160 ? c->start - 160 : a;

			size_t d1 = c->end + 28 < b ? c->end + 28 : b;

			if (c->start > d0 && any(q->src + d0, c->start - d0, CC_V_BASE_RESTART))
				bits |= CC_CUE_DK_EXCLUDED;
			/* "10 per cent undecided", "13% said they did not know" */
			if (d1 > c->end && any(q->src + c->end, d1 - c->end, CC_V_DK_WORD))
				bits |= CC_CUE_DK_SHARE;
		}

		/* a finding of a survey: does its sentence generalise it? */
		if (claim_survey(q, i) >= 0 && any(q->src + a, b - a, CC_V_GENERALISING))
			bits |= CC_CUE_GENERALISES;
		if (!(c->traits & CC_TRAIT_POINTS) && relative_risk(q, i))
			bits |= CC_CUE_RELATIVE_RISK;
		if (e->subgroup_n > 0 && subgroup_label(q, i, &e->subgroup_label))
			return CC_ENOMEM;
		if (comparable(q, i)) {
			/* a figure with a base: it may be one of several answers
			 * to one question, or the same quantity stated twice */
			if (elliptic(q, i))
				bits |= CC_CUE_ELLIPTIC;
			if (find(q->src + a, b - a < 8 ? b - a : 8, "asked"))
				bits |= CC_CUE_ASKED;
			if (!(e->clause = clause_words(q, i, &timed)))
				return CC_ENOMEM;
			if (timed)
				bits |= CC_CUE_TIMED;
		}
		break;
	}
	case CC_KIND_CHANGE:
		if (!(c->traits & CC_TRAIT_POINTS) && relative_risk(q, i))
			bits |= CC_CUE_RELATIVE_RISK;
		if ((c->traits & CC_TRAIT_POINTS) && lead_words(q, i))
			bits |= CC_CUE_LEAD;
		/* a relative change ("doubled", "up 60%") may rest on two counts */
		if (!(c->traits & CC_TRAIT_POINTS) || (c->traits & CC_TRAIT_MULTIPLIER))
			from_to_counts(q, i);
		break;
	case CC_KIND_COUNT:
	case CC_KIND_AMOUNT: {
		size_t en = c->end + 30 < q->len ? c->end + 30 : q->len;

		if (c->kind == CC_KIND_COUNT) {
			/* a ratio of two counts "from A to B" with a multiplier word
			 * ("trebled from four to 12"); the rarer test first */
			from_to_counts(q, i);
			if ((isfinite(e->span_from) || (isfinite(e->base_count) && isfinite(e->after_count))) &&
			    multiplier(q, i))
				bits |= CC_CUE_MULTIPLIER;
			if (sample_before(q, i) && any(q->src + c->end, en - c->end, CC_V_ANSWER_VERB))
				bits |= CC_CUE_SAID;
			if ((e->mean_decimals = mean_decimals(q, i)) > 0 && any(q->src + a, b - a, CC_V_RATING_SCALE))
				bits |= CC_CUE_SCALE;
		}
		if (i > 0 && CL(q, i - 1)->kind == CC_KIND_PROPORTION) {
			const cc_claim *sh = CL(q, i - 1);

			if (sh->end <= c->start && c->start - sh->end <= 120 &&
			    any(q->src + sh->end, c->start - sh->end, CC_V_GROSSED_UP_PHRASE))
				bits |= CC_CUE_GROSSED_UP;
		}
		break;
	}
	case CC_KIND_SAMPLE_SIZE: {
		size_t en = c->end + 30 < q->len ? c->end + 30 : q->len;

		/* a count of answers read as a sample ("26 had"): extract/survey.c
		 * judged it no sample */
		if (e->sample_role == 3 && of_them(q, i))
			bits |= CC_CUE_OF_THEM;
		if (e->sample_role == 3 && any(q->src + c->end, en - c->end, CC_V_ANSWER_VERB))
			bits |= CC_CUE_SAID;
		bits |= all_none(q, i);
		break;
	}
	case CC_KIND_MARGIN_OF_ERROR:
		if (margin(q, i))
			bits |= CC_CUE_MARGIN;
		bits |= margin_units(q, i);
		e->modelled = modelled(q, i);
		break;
	case CC_KIND_MEAN:
		if (any(q->src + a, b - a, CC_V_RATING_SCALE))
			bits |= CC_CUE_SCALE;
		break;
	default:
		break;
	}
	e->cues = bits;
	return CC_OK;
}

/* The claim each survey's own findings hang on: its sample claim, else its
 * first proportion, else its first claim; -1 none (as the checks choose the
 * claim a survey-level flag goes on). One pass over the claims. */
static int survey_targets(const cues *q, long **out)
{
	size_t ns = q->doc->nsurveys, i;
	long *t = cc_malloc(q->doc->ctx, ns * sizeof *t), *first = cc_malloc(q->doc->ctx, ns * sizeof *first);

	if (!t || !first) {
		cc_free(q->doc->ctx, t);
		cc_free(q->doc->ctx, first);
		return CC_ENOMEM;
	}
	for (i = 0; i < ns; i++)
		t[i] = first[i] = -1;
	for (i = 0; i < q->doc->nclaims; i++) {
		long s = claim_survey(q, i);

		if (s < 0)
			continue;
		if (first[s] < 0)
			first[s] = (long)i;
		if (t[s] < 0 && CL(q, i)->kind == CC_KIND_PROPORTION)
			t[s] = (long)i;
	}
	for (i = 0; i < ns; i++) {
		const cc_survey_info *sv = &q->doc->surveys[i];

		if (sv->sample_claim >= 0 && (size_t)sv->sample_claim < q->doc->nclaims)
			t[i] = sv->sample_claim;
		else if (t[i] < 0)
			t[i] = first[i];
	}
	cc_free(q->doc->ctx, first);
	*out = t;
	return CC_OK;
}

/* How the survey says its respondents were chosen: the first phrase of
 * the chosen_phrase list in its target's window and its own mention. */
static const char *chosen(const cues *q, long s, long t)
{
	const cc_survey_info *sv = &q->doc->surveys[s];
	const char *const *list = cc_vocab_list(CC_V_CHOSEN_PHRASE);
	size_t a, b, k;

	if (t < 0)
		return NULL;
	a = q->sa[t];
	b = q->sb[t];
	/* sv->start/end are offsets into the text; they equal the input's for
	 * plain text, where this test always held */
	if (sv->end > sv->start && sv->end <= q->len) {
		if (sv->start < a)
			a = sv->start;
		if (sv->end > b)
			b = sv->end;
	}
	for (k = 0; list[k]; k++)
		if (find(q->src + a, b - a, list[k]))
			return list[k];
	return NULL;
}

/*
 * How often the commissioners' words occur in the text (words of 5 to 63
 * letters, folded to lower case, counts capped at 2). A word of letters
 * matches at word boundaries exactly where a whole run of word bytes
 * equals it, so one pass over the runs of the text counts every word of
 * every commissioner at once, however many surveys a long text has.
 */
typedef struct wcount {
	char key[64];            /* lower case, NUL-terminated */
	unsigned char count;
} wcount;

typedef struct wtab {
	wcount *slot;
	size_t mask;
	uint64_t lens;           /* bit n: some word has n letters (a quick refusal) */
} wtab;

static uint64_t whash(const char *w, size_t n)
{
	uint64_t h = 1469598103934665603ull;
	size_t k;

	for (k = 0; k < n; k++)
		h = (h ^ (unsigned char)cc_lower(w[k])) * 1099511628211ull;
	return h;
}

/* The slot of word w (n bytes, any case): its entry or the empty slot it
 * would take. */
static wcount *wslot(const wtab *t, const char *w, size_t n)
{
	size_t h = (size_t)whash(w, n) & t->mask;

	while (t->slot[h].key[0]) {
		const char *k = t->slot[h].key;
		size_t i;

		for (i = 0; i < n && k[i] == (char)cc_lower(w[i]); i++)
			;
		if (i == n && !k[n])
			return &t->slot[h];
		h = (h + 1) & t->mask;
	}
	return &t->slot[h];
}

/* Call fn(payload, word, n) for each word of 5 to 63 letters of the
 * commissioner's description other than the cue word that typed it. */
static int commissioner_words(const cc_survey_info *sv, int (*fn)(void *, const char *, size_t), void *payload)
{
	const char *p = sv->commissioner;
	char w[64];
	size_t n;

	while (p && *p) {
		while (*p && !isalpha((unsigned char)*p))
			p++;
		for (n = 0; *p && isalpha((unsigned char)*p); p++)
			if (n + 1 < sizeof w)
				w[n++] = (char)cc_lower(*p);
		w[n] = '\0';
		if (n >= 5 && strcmp(w, sv->commissioner_cue ? sv->commissioner_cue : "") && fn(payload, w, n))
			return 1;
	}
	return 0;
}

static int wtab_add(void *payload, const char *w, size_t n)
{
	wtab *t = payload;
	wcount *e = wslot(t, w, n);

	if (!e->key[0]) {
		memcpy(e->key, w, n + 1);
		t->lens |= 1ull << n;
	}
	return 0;
}

static int wtab_has2(void *payload, const char *w, size_t n)
{
	return wslot(payload, w, n)->count >= 2;
}

/* The table of the commissioners' words, counted over the text. */
static int wtab_build(cues *q, wtab *t)
{
	size_t i, words = 0, cap = 16;

	for (i = 0; i < q->doc->nsurveys; i++)
		words += q->doc->surveys[i].commissioner ? strlen(q->doc->surveys[i].commissioner) / 5 + 1 : 0;
	while (cap < 2 * words + 2)
		cap *= 2;
	if (!(t->slot = cc_calloc(q->doc->ctx, cap, sizeof *t->slot)))
		return CC_ENOMEM;
	t->mask = cap - 1;
	for (i = 0; i < q->doc->nsurveys; i++)
		commissioner_words(&q->doc->surveys[i], wtab_add, t);
	for (i = 0; i < q->len;) {
		size_t b = i, alpha = 1;
		wcount *e;

		if (!cc_wordch(q->src[i])) {
			i++;
			continue;
		}
		while (i < q->len && cc_wordch(q->src[i]))
			alpha &= cc_alpha(q->src[i++]);
		if (!alpha || i - b > 63 || !(t->lens >> (i - b) & 1))
			continue;
		e = wslot(t, q->src + b, i - b);
		if (e->key[0] && e->count < 2)
			e->count++;
	}
	return CC_OK;
}

/* The survey-level readings: how respondents were chosen, and whether a
 * word of the commissioner's description (other than the cue word that
 * typed it) is used at least twice in the text -- once is the description
 * itself -- so that its line of business is the article's topic. */
static int read_surveys(cues *q)
{
	cc_doc *doc = q->doc;
	wtab t = { NULL, 0, 0 };
	long *target = NULL;
	size_t i;
	int rc;

	if (!doc->nsurveys)
		return CC_OK;
	if ((rc = survey_targets(q, &target)))
		return rc;
	for (i = 0; i < doc->nsurveys; i++)
		if (doc->surveys[i].commissioner && !t.slot && (rc = wtab_build(q, &t)))
			goto done;
	for (i = 0; i < doc->nsurveys; i++) {
		cc_survey_info *sv = &doc->surveys[i];

		sv->chosen = chosen(q, (long)i, target[i]);
		sv->topic_words = sv->commissioner && commissioner_words(sv, wtab_has2, &t);
	}
done:
	cc_free(doc->ctx, t.slot);
	cc_free(doc->ctx, target);
	return rc;
}

int cc_cues_read(cc_doc *doc)
{
	cues q;
	size_t i, n = doc->nclaims;
	int rc = CC_OK;

	memset(&q, 0, sizeof q);
	q.doc = doc;
	q.src = doc->src;
	q.len = doc->src_len;
	q.wa = 1;
	q.wb = 0;
	if (!n)
		return CC_OK;
	/* the three per-claim arrays in one block: one allocation a document */
	_Static_assert(sizeof *q.sa == sizeof *q.sb && sizeof *q.sb == sizeof *q.maxend, "one block of size_t");
	if (!(q.sa = cc_malloc(doc->ctx, 3 * n * sizeof *q.sa)))
		return cc_error_oom(doc->ctx);
	q.sb = q.sa + n;
	q.maxend = q.sb + n;
	for (i = 0; i < n; i++) {
		window(&q, i, &q.sa[i], &q.sb[i]);
		doc->ext[i].win_start = q.sa[i];
		doc->ext[i].win_end = q.sb[i];
		q.maxend[i] = i && q.maxend[i - 1] > CL(&q, i)->end ? q.maxend[i - 1] : CL(&q, i)->end;
	}
	for (i = 0; i < n && !rc; i++)
		if (!(rc = read_claim(&q, i)))
			rc = relations(&q, i);
	if (!rc) {
		baselines(&q);
		cc_cues_sentences(doc);
	}
	if (!rc)
		rc = read_surveys(&q);
	cc_free(doc->ctx, q.sa); /* and sb, maxend */
	return rc == CC_ENOMEM ? cc_error_oom(doc->ctx) : rc;
}
