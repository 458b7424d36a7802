/*
 * checks.c -- the weak-inference catalogue evaluated over one document
 * (shared/docs/weak-inferences.md; the rows live in stats/checks.def).
 *
 * Stage: statistics, last step. Runs after extraction (claims, sample
 * links, survey descriptions from extract/survey.c), the reference
 * lookup (finding.ref, ext->survey_ref, ext->subject_pop/sample_pop) and
 * cc_stats_findings (intervals, recomputed p-values). Reads all of that,
 * calls the public calculators (cc_ci_prop, cc_moe, cc_sample_size,
 * cc_binom_test, cc_diff_*, cc_grim...) and adds flags with messages.
 * Pure: no I/O, and no reading of the document: what the words between and
 * around claims say (restatements, "from X to Y", comparison cues, the
 * clause a figure sits in) was read by extract/cues.c onto the record, the
 * survey facts by extract/survey.c. Record strings (subjects, population
 * names) are compared with the one word search and vocabulary of core/. A check that applies to a claim and does not fire
 * records why (pass(), shown by `explain`), with its numbers.
 *
 * Every check is one function chk_<CODE>, listed in the table built from
 * checks.def, so the catalogue, the names and the dispatch are one list.
 * A calculator that fails (domain error, or the stats stage not built
 * yet) makes the check skip that claim: a missing flag is better than a
 * wrong number. Numbers in messages: percentages as whole numbers,
 * margins to one decimal place, counts with thousands separators.
 *
 * Cost: linear in the document, whatever its shape (docs/robustness.md,
 * rows L02, L04, L06). index_claims computes each claim's sentence span,
 * n, survey and sample once and groups the claims of a sentence; a pair
 * loop compares a figure only with candidates of the right kind within
 * PAIR_WINDOW bytes, at most PAIR_MAX of them; head nouns are cached per
 * claim. Must not: read the document, or loop over all claims per pair.
 */
#include "stats.h"
#include "../core/vocab.h"
#include "../core/words.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ------------------------------------------------------------ the table */

enum {
#define CC_CHECK(code, sev, summary, sevtext, message, note, sources) CC_CHECK_##code,
#include "checks.def"
	CC_CHECK_COUNT
};

#define CC_PARAM(name, value, doc) static const double P_##name = (value);
#include "checks.def"

typedef struct check_row {
	const char *name;
	cc_severity sev;
	const char *summary, *sevtext, *message, *note, *sources;
} check_row;

static const check_row rows[] = {
#define CC_CHECK(code, sev, summary, sevtext, message, note, sources) \
	{ #code, sev, summary, sevtext, message, note, sources },
#include "checks.def"
};

size_t cc_check_count(void)
{
	return CC_CHECK_COUNT;
}

const char *cc_check_name(size_t i)
{
	return i < CC_CHECK_COUNT ? rows[i].name : NULL;
}

const char *cc_check_summary(size_t i)
{
	return i < CC_CHECK_COUNT ? rows[i].summary : NULL;
}

cc_severity cc_check_default_severity(size_t i)
{
	return i < CC_CHECK_COUNT ? rows[i].sev : CC_SEV_NONE;
}

const char *cc_check_note(size_t i)
{
	return i < CC_CHECK_COUNT ? rows[i].note : NULL;
}

const char *cc_check_sources(size_t i)
{
	return i < CC_CHECK_COUNT ? rows[i].sources : NULL;
}

/* ------------------------------------------------------------ run state */

/* Per-claim facts the pair loops read for every pair, computed once per
 * run (index_claims): with a figure every few bytes a pair window holds
 * hundreds of candidates, so a pair must cost a constant, not a rescan of
 * the sentence. Filled before the first check; the claims do not change
 * while the checks run (flags and passes are stored beside them). */
struct cinfo {
	size_t sa, sb;          /* the sentence span (sent_span) */
	size_t first, next;     /* claims with the same span: the first (lowest index), the next; NONE at the end */
	long change;            /* the first change claim with the same span, -1 none */
	long survey, sample;    /* claim_survey(), sample_of() */
	double n;               /* claim_n() */
	unsigned char head_done;
	char head[64];          /* cc_word_head(subject), once head_done */
};

#define NONE ((size_t)-1)

/* A sorted list of claim indices (candidates of one kind for the pair loops). */
typedef struct idxlist {
	size_t *v, n;
} idxlist;

typedef struct run {
	cc_doc *doc;
	cc_ctx *ctx;
	double level;
	cc_ci_method method;
	unsigned char on[CC_CHECK_COUNT];
	int rc;                  /* first failure (OOM); sticky */
	struct clause *clauses;  /* per claim, filled on first use (same_quantity) */
	struct cinfo *ci;        /* per claim (index_claims) */
	size_t *maxend;          /* maxend[i]: the largest end of claims 0..i */
	idxlist props;           /* proportions that are not wide */
	idxlist hedged, exact;   /* proportions with a directional hedge; exact proportions */
	long *target;            /* per survey: survey_target() */
	size_t *sv_off, *sv_idx; /* per survey s: its claims (claim_survey == s) are sv_idx[sv_off[s] .. sv_off[s+1]) */
	unsigned char *sampled;  /* sampled[i]: some proportion rests on sample claim i (sample_of) */
	int indexed;             /* ci[].survey, .sample, .n are filled */
	struct headkey *maj;     /* supporting_figure(): majority figures by head noun, */
	struct headkey *majs;    /* ... and by head noun and survey (built on first use) */
	size_t nmaj;
	int maj_done;
} run;

#define NCLAIMS(r) ((r)->doc->nclaims)
#define CL(r, i) (&(r)->doc->claims[(i)])
#define EXT(r, i) (&(r)->doc->ext[(i)])

static void flag(run *r, size_t i, int code, cc_severity sev, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

static void flag(run *r, size_t i, int code, cc_severity sev, const char *fmt, ...)
{
	char msg[1600];
	va_list ap;
	int rc;

	if (r->rc || i >= NCLAIMS(r))
		return;
	char *w, *q;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	/* phrases quoted from the text may span lines: one space each */
	for (w = q = msg; *q; q++) {
		if (isspace((unsigned char)*q)) {
			if (w > msg && w[-1] != ' ')
				*w++ = ' ';
			continue;
		}
		*w++ = *q;
	}
	*w = '\0';
	/* a sentence opened by a phrase from the database starts with a capital */
	for (q = msg; *q; q++)
		if ((q == msg || (q >= msg + 2 && q[-1] == ' ' && (q[-2] == '.' || q[-2] == '?'))) &&
		    islower((unsigned char)*q))
			*q = (char)toupper((unsigned char)*q);
	rc = cc_doc_add_flag(r->doc, i, code, rows[code].name, sev, msg);
	if (rc)
		r->rc = rc;
}

/* Record that a check was evaluated on claim i and did not fire, and why
 * (shown by `explain`). */
static void pass(run *r, size_t i, int code, const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void pass(run *r, size_t i, int code, const char *fmt, ...)
{
	char msg[600];
	va_list ap;
	int rc;

	if (r->rc || i >= NCLAIMS(r))
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	rc = cc_doc_add_pass(r->doc, i, code, rows[code].name, msg);
	if (rc)
		r->rc = rc;
}

/* ------------------------------------------------------------ formatting */

typedef struct nbuf { char s[48]; } nbuf;

/* A whole number with thousands separators: 1068 -> "1,068". */
static const char *fmt_n(nbuf *b, double v)
{
	char tmp[40];
	int len, i, o = 0, neg = v < 0;

	if (!isfinite(v) || fabs(v) > 1e15) {
		snprintf(b->s, sizeof b->s, "%g", v);
		return b->s;
	}
	len = snprintf(tmp, sizeof tmp, "%.0f", fabs(v));
	if (neg)
		b->s[o++] = '-';
	for (i = 0; i < len; i++) {
		if (i && (len - i) % 3 == 0)
			b->s[o++] = ',';
		b->s[o++] = tmp[i];
	}
	b->s[o] = '\0';
	return b->s;
}

/* A fraction as a whole percentage: 0.502 -> "50". */
static const char *fmt_pct(nbuf *b, double frac)
{
	double v = frac * 100;

	snprintf(b->s, sizeof b->s, "%.0f", fabs(v) < 0.5 ? 0.0 : v + (v > 0 ? 1e-9 : -1e-9));
	return b->s;
}

/* A fraction as a percentage with d decimals, trailing zeros kept. */
static const char *fmt_pctd(nbuf *b, double frac, int d)
{
	snprintf(b->s, sizeof b->s, "%.*f", d < 0 ? 0 : d > 6 ? 6 : d, frac * 100 + 1e-9);
	return b->s;
}

/* Points (a fraction) to one decimal: 0.098 -> "9.8". */
static const char *fmt_pts(nbuf *b, double frac)
{
	snprintf(b->s, sizeof b->s, "%.1f", frac * 100 + 1e-9);
	return b->s;
}

/* A plain number with up to `d` significant decimals, trailing zeros cut. */
static const char *fmt_num(nbuf *b, double v, int d)
{
	char *p;

	snprintf(b->s, sizeof b->s, "%.*f", d, v);
	if (strchr(b->s, '.')) {
		p = b->s + strlen(b->s) - 1;
		while (*p == '0')
			*p-- = '\0';
		if (*p == '.')
			*p = '\0';
	}
	return b->s;
}

/* A p-value in APA style: ".240", "< .001". */
static const char *fmt_p(nbuf *b, double p)
{
	if (!isfinite(p))
		snprintf(b->s, sizeof b->s, "?");
	else if (p < 0.001)
		snprintf(b->s, sizeof b->s, "< .001");
	else {
		snprintf(b->s, sizeof b->s, "%.3f", p);
		if (b->s[0] == '0')
			memmove(b->s, b->s + 1, strlen(b->s));
	}
	return b->s;
}

static const char *level_pct(nbuf *b, double level)
{
	return fmt_num(b, level * 100, 1);
}

/* ------------------------------------------------------------ words */

/* The checks compare record strings (subjects, population names from the
 * database) with the one word search and the one vocabulary (core/); the
 * document's text was read by extract/cues.c. */
static const char *find_word(const char *s, size_t len, const char *w)
{
	return cc_word_find(s, len, w, 0);
}

static int has_any(const char *s, size_t len, enum cc_vocab_id id)
{
	return cc_vocab_any(s, len, id);
}

static int in_list(const char *w, enum cc_vocab_id id)
{
	return !w[0] && id == CC_V_POINTER_GROUP ? 1 : cc_vocab_has(id, w);
}

/* Claim i's sentence window in the input (extract/cues.c: its sentence,
 * cut to 600 bytes either side of the figure, so that the checks that read
 * a claim's sentence stay linear in the document's length). */
static void span_calc(const run *r, size_t i, size_t *a, size_t *b)
{
	*a = EXT(r, i)->win_start;
	*b = EXT(r, i)->win_end;
}

/* The span, from the per-claim cache once index_claims has run. */
static void sent_span(const run *r, size_t i, size_t *a, size_t *b)
{
	if (r->ci) {
		*a = r->ci[i].sa;
		*b = r->ci[i].sb;
		return;
	}
	span_calc(r, i, a, b);
}

static int same_sentence(const run *r, size_t i, size_t j)
{
	size_t a1, b1, a2, b2;

	if (r->ci)
		return r->ci[i].first == r->ci[j].first;
	sent_span(r, i, &a1, &b1);
	sent_span(r, j, &a2, &b2);
	return a1 == a2 && b1 == b2;
}

/* Do two claims' subjects name different groups ("men" vs "women")? */
static int different_groups(const run *r, size_t i, size_t j);
static const char *undated(const run *r, const char *p);
static double claim_n(const run *r, size_t i);

/* Does claim j name claim i in a comparison of kind `kind` (CC_REL_*)? */
static int related(const run *r, size_t i, size_t j, unsigned kind)
{
	const cc_claim_ext *e = EXT(r, j);
	size_t k;

	for (k = 0; k < e->nrels; k++)
		if (e->rels[k].other == i)
			return (e->rels[k].kind & kind) != 0;
	return 0;
}

/* Does claim j restate claim i (same figure, other words)? "A majority of
 * adults, 47 per cent, oppose", "almost two-thirds ... -- 140 of them --",
 * or a next sentence "That amounts to one in five" (the words: extract/cues.c).
 * The tests are ordered cheapest first; the pair loops call this for many pairs. */
static int restates(const run *r, size_t i, size_t j)
{
	const cc_claim *a = CL(r, i), *b = CL(r, j);
	size_t s, e, s2, e2;

	/* a restatement is close by: this bound also keeps the pair loops
	 * linear in practice on long documents */
	if (a->end > b->start || b->start - a->end > 400 || different_groups(r, i, j))
		return 0;
	if (same_sentence(r, i, j) && related(r, i, j, CC_REL_RESTATES))
		return 1;
	/* a restating phrase just before j, in its sentence; i in the same
	 * sentence or the one before, about the same sample */
	sent_span(r, j, &s, &e);
	if (b->start <= s || fabs(claim_n(r, i) - claim_n(r, j)) > 0.5)
		return 0;
	sent_span(r, i, &s2, &e2);
	if (!((s2 == s && e2 == e) || (e2 <= s && s - e2 <= 3)))
		return 0;
	return (EXT(r, j)->cues & CC_CUE_RESTATES) != 0;
}

/* Pairs of claims that can restate or be compared with each other are
 * close together: claims are sorted by start, so walking back from j stops
 * once a claim starts this far before it (keeps the pair loops linear). */
#define PAIR_WINDOW 4000

/* The first claim that starts within PAIR_WINDOW bytes before claim j. */
static size_t window_start(const run *r, size_t j)
{
	size_t lo = 0, hi = j, from = CL(r, j)->start > PAIR_WINDOW ? CL(r, j)->start - PAIR_WINDOW : 0;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (CL(r, mid)->start < from)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* At most this many candidates of one kind are compared with a figure, the
 * nearest ones (besides PAIR_WINDOW): a run of dense figures ("5% 6% 7%
 * ...") puts hundreds of claims inside the byte window, and a count bound
 * keeps each figure's pairs constant. Real articles stay far below it (the
 * BBC corpus has at most 25 proportions in a window). */
#define PAIR_MAX 256

/* The first position in L whose claim index is >= x. */
static size_t lbound(const idxlist *L, size_t x)
{
	size_t lo = 0, hi = L->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (L->v[mid] < x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Positions [*lo, *hi) in L of claim j's candidates: the claims of L with
 * an index in [from, j), the PAIR_MAX nearest to j. */
static void candidates(const idxlist *L, size_t from, size_t j, size_t *lo, size_t *hi)
{
	*lo = lbound(L, from);
	*hi = lbound(L, j);
	if (*hi < *lo)
		*hi = *lo;
	if (*hi - *lo > PAIR_MAX)
		*lo = *hi - PAIR_MAX;
}

/* The first claim whose end, or the end of a claim before it, reaches
 * `pos`: no claim before it ends at or after pos (claims are sorted by
 * start, not by end, so this reads the running maximum of the ends). */
static size_t first_ending_after(const run *r, size_t pos)
{
	size_t lo = 0, hi = NCLAIMS(r);

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (r->maxend[mid] < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* "from 58 per cent in 2021 to 53 per cent": i and j are two levels. */
static int from_to(const run *r, size_t i, size_t j)
{
	return related(r, i, j, CC_REL_FROM_TO);
}

/* ------------------------------------------------------------ claim facts */

static int is_prop(const cc_claim *c)
{
	return c->kind == CC_KIND_PROPORTION;
}

/* A bare vague quantifier whose interval says little ("most": 0.5-1). */
static int is_wide(const cc_claim *c)
{
	return c->high - c->low > 0.2;
}

static const cc_survey_info *survey_at(const run *r, long s)
{
	return s >= 0 && (size_t)s < r->doc->nsurveys ? &r->doc->surveys[s] : NULL;
}

static long claim_survey(const run *r, size_t i)
{
	const cc_claim *c = CL(r, i);

	if (r->indexed)
		return r->ci[i].survey;
	if (EXT(r, i)->survey >= 0 && (size_t)EXT(r, i)->survey < r->doc->nsurveys)
		return EXT(r, i)->survey;
	if (c->sample_claim >= 0 && (size_t)c->sample_claim < NCLAIMS(r)) {
		long s = EXT(r, (size_t)c->sample_claim)->survey;

		if (s >= 0 && (size_t)s < r->doc->nsurveys)
			return s;
	}
	return -1;
}

static double survey_n(const run *r, long s)
{
	const cc_survey_info *sv = survey_at(r, s);

	if (sv && sv->sample_claim >= 0 && (size_t)sv->sample_claim < NCLAIMS(r) &&
	    CL(r, (size_t)sv->sample_claim)->value > 0)
		return CL(r, (size_t)sv->sample_claim)->value;
	if (sv && sv->n > 0)
		return sv->n;
	return 0;
}

/* A linked sample_size claim extract/survey.c judged not to be a sample
 * (a stray number beside the real one)? */
static int ignored_sample(const run *r, long sc)
{
	return sc >= 0 && (size_t)sc < NCLAIMS(r) && EXT(r, (size_t)sc)->sample_role == 3;
}

/* The sample claim a claim rests on, -1 none. */
static long sample_of(const run *r, size_t i)
{
	const cc_claim *c = CL(r, i);
	const cc_survey_info *sv;

	if (r->indexed)
		return r->ci[i].sample;
	if (c->kind == CC_KIND_SAMPLE_SIZE)
		return (long)i;
	if (c->sample_claim >= 0 && (size_t)c->sample_claim < NCLAIMS(r) &&
	    CL(r, (size_t)c->sample_claim)->kind == CC_KIND_SAMPLE_SIZE && !ignored_sample(r, c->sample_claim))
		return c->sample_claim;
	sv = survey_at(r, claim_survey(r, i));
	if (sv && sv->sample_claim >= 0 && (size_t)sv->sample_claim < NCLAIMS(r) &&
	    (!(c->sample_n > 0) || ignored_sample(r, c->sample_claim)))
		return sv->sample_claim;
	return -1;
}

/* n for claim i: its own link, its survey's sample, the matched survey. */
static double claim_n(const run *r, size_t i)
{
	const cc_claim *c = CL(r, i);
	const cc_claim_ext *e = EXT(r, i);
	long sc;
	double n;

	if (r->indexed)
		return r->ci[i].n;
	if (c->kind == CC_KIND_SAMPLE_SIZE)
		return c->value;
	if (e->subgroup_n > 0)
		return e->subgroup_n;
	if (c->sample_n > 0 && !ignored_sample(r, c->sample_claim))
		return c->sample_n;
	sc = sample_of(r, i);
	if (sc >= 0 && CL(r, (size_t)sc)->value > 0)
		return CL(r, (size_t)sc)->value;
	if ((n = survey_n(r, claim_survey(r, i))) > 0)
		return n;
	if (e->survey_ref && e->survey_ref->n > 0)
		return e->survey_ref->n;
	return 0;
}

static const cc_survey_ref *claim_sref(const run *r, size_t i)
{
	long sc;

	if (EXT(r, i)->survey_ref)
		return EXT(r, i)->survey_ref;
	sc = sample_of(r, i);
	if (sc >= 0 && EXT(r, (size_t)sc)->survey_ref)
		return EXT(r, (size_t)sc)->survey_ref;
	return NULL;
}

static double claim_deff(const run *r, size_t i)
{
	const cc_survey_info *sv = survey_at(r, claim_survey(r, i));
	const cc_survey_ref *sr = claim_sref(r, i);

	if (sv && sv->deff >= 1)
		return sv->deff;
	if (sr && sr->deff >= 1)
		return sr->deff;
	return 1;
}

/* Population size N behind claim i's sample, 0 unknown. */
static double claim_N(const run *r, size_t i)
{
	const cc_survey_info *sv = survey_at(r, claim_survey(r, i));
	const cc_survey_ref *sr = claim_sref(r, i);
	long sc = sample_of(r, i);

	if (sv && sv->population_size > 0)
		return sv->population_size;
	if (sc >= 0 && EXT(r, (size_t)sc)->sample_pop && EXT(r, (size_t)sc)->sample_pop->size > 0)
		return EXT(r, (size_t)sc)->sample_pop->size;
	if (EXT(r, i)->sample_pop && EXT(r, i)->sample_pop->size > 0)
		return EXT(r, i)->sample_pop->size;
	if (sr && sr->population_size > 0)
		return sr->population_size;
	return 0;
}

/* A group phrase without a trailing date ("... police forces in May"):
 * when the fieldwork month is glued to the population, say only who. */
static const char *undated(const run *r, const char *p)
{
	const char *const *months = cc_vocab_list(CC_V_MONTH);
	size_t n = strlen(p), k, e = n;
	char *copy;

	while (e && isdigit((unsigned char)p[e - 1]))
		e--;
	while (e && p[e - 1] == ' ')
		e--;
	/* the twelve full names, capitalised as written in a date */
	for (k = 0; k < 12 && months[k]; k++) {
		size_t ml = strlen(months[k]);

		if (e > ml + 4 && toupper((unsigned char)months[k][0]) == p[e - ml] &&
		    !strncmp(p + e - ml + 1, months[k] + 1, ml - 1) && isspace((unsigned char)p[e - ml - 1]) &&
		    !strncmp(p + e - ml - 4, " in", 3)) {
			copy = cc_doc_strndup(r->doc, p, e - ml - 4);
			return copy ? copy : p;
		}
	}
	return p;
}

/* Who the sample is ("human resources directors from ..."), or NULL. */
static const char *sample_pop_phrase(const run *r, size_t i)
{
	long sc = sample_of(r, i);
	const cc_survey_info *sv = survey_at(r, claim_survey(r, i));

	if (sc >= 0 && CL(r, (size_t)sc)->subject && *CL(r, (size_t)sc)->subject)
		return undated(r, CL(r, (size_t)sc)->subject);
	if (sv && sv->population && *sv->population)
		return undated(r, sv->population);
	if (EXT(r, i)->sample_pop && EXT(r, i)->sample_pop->name)
		return EXT(r, i)->sample_pop->name;
	return NULL;
}

/* Rounding half-unit t of a figure as written (section 0). */
static double tolerance(const cc_claim *c)
{
	if (c->tolerance > 0)
		return c->tolerance;
	if (c->traits & CC_TRAIT_COUNTED)
		return 0;
	if (c->traits & CC_TRAIT_WORD_FRACTION)
		return P_WORD_FRACTION_TOLERANCE;
	if (c->traits & CC_TRAIT_PERCENT)
		return 0.5 * pow(10, -(c->decimals > 0 ? c->decimals : 0)) / 100;
	return 0;
}

/* Reading interval R(c) = [L - t, H + t]. */
static void reading(const cc_claim *c, double *lo, double *hi)
{
	double t = tolerance(c);

	*lo = c->low - t;
	*hi = c->high + t;
}

/* A hedge that moves the figure one way ("almost", "more than", "up to"). */
static int directional_hedge(const cc_claim *c)
{
	if (!c->hedge || !*c->hedge)
		return 0;
	if (c->traits & (CC_TRAIT_LOW_OPEN | CC_TRAIT_HIGH_OPEN))
		return 1;
	/* one side moved, the other at the value: "up to", "at least" */
	return (c->low < c->value - 1e-9) != (c->high > c->value + 1e-9);
}

static int is_exact(const cc_claim *c)
{
	return !directional_hedge(c) && fabs(c->high - c->low) < 1e-9 && !(c->traits & CC_TRAIT_VAGUE);
}

/* Counts [x_min, x_max] the wording allows out of n (section 6 and
 * Clarification 2); 0 when no whole count fits. */
static int count_range(const cc_claim *c, double n, double *xmin, double *xmax)
{
	double eps = 5e-5 * n + 1e-9, lo = c->low * n, hi = c->high * n;

	*xmin = ceil(lo - eps);
	if ((c->traits & CC_TRAIT_LOW_OPEN) && fabs(*xmin - lo) <= eps)
		*xmin += 1;
	*xmax = floor(hi + eps);
	if ((c->traits & CC_TRAIT_HIGH_OPEN) && fabs(*xmax - hi) <= eps)
		*xmax -= 1;
	if (*xmin < 0)
		*xmin = 0;
	if (*xmax > n)
		*xmax = n;
	return *xmin <= *xmax;
}

/* Interval for the figure: F1 (or --method) at the exact value, or the
 * envelope over the counts a hedged wording allows (section 6). */
static int figure_ci(const run *r, const cc_claim *c, double n, double *lo, double *hi)
{
	double xmin, xmax, l2, h2;
	int rc;

	if (c->high - c->low > 1e-9 && count_range(c, n, &xmin, &xmax)) {
		if ((rc = cc_ci_prop(lo, &h2, xmin, n, r->level, r->method)))
			return rc;
		if ((rc = cc_ci_prop(&l2, hi, xmax, n, r->level, r->method)))
			return rc;
		return CC_OK;
	}
	return cc_ci_prop(lo, hi, c->value * n, n, r->level, r->method);
}

/* Worst-case margin F4 (with deff F5 and fpc F6), via cc_moe; when the
 * calculator fails, the same closed form here, so messages keep numbers. */
static double moe0(const run *r, double n, double deff, double N)
{
	double m;

	if (!(n > 0))
		return NAN;
	if (deff < 1)
		deff = 1;
	if (N > 0 && N < n)
		N = 0;
	if (cc_moe(&m, 0.5, n, r->level, deff, N) == CC_OK && isfinite(m))
		return m;
	return cc_z_for_level(r->level) * sqrt(0.25 * deff / n);
}

/* n for a margin E at p = 0.5 (F7). */
static double need_n(const run *r, double E, double N)
{
	double n, n0, z;

	if (cc_sample_size(&n, &n0, E, r->level, 0.5, N) == CC_OK && n > 0)
		return n;
	z = cc_z_for_level(r->level);
	return ceil(z * z * 0.25 / (E * E));
}

/* ------------------------------------------------------------ words */

/* cc_word_head() of claim i's subject ("" without one), once per claim. */
static const char *head_of(const run *r, size_t i)
{
	struct cinfo *q = &r->ci[i];

	if (!q->head_done) {
		cc_word_head(CL(r, i)->subject, q->head, sizeof q->head);
		q->head_done = 1;
	}
	return q->head;
}

static int different_groups(const run *r, size_t i, size_t j)
{
	const char *h1, *h2;

	if (!CL(r, i)->subject || !CL(r, j)->subject)
		return 0;
	h1 = head_of(r, i);
	h2 = head_of(r, j);
	return h1[0] && h2[0] && strcmp(h1, h2) && !in_list(h1, CC_V_POINTER_GROUP) &&
	       !in_list(h2, CC_V_POINTER_GROUP);
}

/* ------------------------------------------------------------ survey-level targets */

/* The claim a survey-level flag attaches to: the survey's sample_size
 * claim, else its first proportion, else its first claim; -1 none. */
static long survey_target(const run *r, long s)
{
	const cc_survey_info *sv = survey_at(r, s);
	size_t i;
	long any = -1;

	if (!sv)
		return -1;
	if (r->target)
		return r->target[s];
	if (sv->sample_claim >= 0 && (size_t)sv->sample_claim < NCLAIMS(r))
		return sv->sample_claim;
	for (i = 0; i < NCLAIMS(r); i++) {
		if (claim_survey(r, i) != s)
			continue;
		if (is_prop(CL(r, i)))
			return (long)i;
		if (any < 0)
			any = (long)i;
	}
	return any;
}

static const char *survey_label(const run *r, long s, char *buf, size_t cap)
{
	const cc_survey_info *sv = survey_at(r, s);
	nbuf nb;
	double n = survey_n(r, s);

	if (n > 0 && sv && sv->population && *sv->population)
		snprintf(buf, cap, "the survey of %s %s", fmt_n(&nb, n), undated(r, sv->population));
	else if (sv && sv->label && *sv->label)
		snprintf(buf, cap, "the %s", undated(r, sv->label));
	else if (n > 0)
		snprintf(buf, cap, "the survey of %s people", fmt_n(&nb, n));
	else
		snprintf(buf, cap, "this survey");
	if (!strncmp(buf, "the the ", 8) || !strncmp(buf, "the a ", 6) || !strncmp(buf, "the an ", 7))
		memmove(buf, buf + 4, strlen(buf + 4) + 1);
	return buf;
}

/* Self-selection cue of claim i's survey (text or database), or NULL. */
static const char *selfselect(const run *r, long s, size_t i)
{
	const cc_survey_info *sv = survey_at(r, s);
	const cc_survey_ref *sr = claim_sref(r, i);

	if (sv && sv->selfselect_cue)
		return sv->selfselect_cue;
	if (sr && sr->probability_sample == 0 && sr->selection &&
	    (strstr(sr->selection, "open") || strstr(sr->selection, "self")))
		return sr->selection;
	return NULL;
}

/* ====================================================================== */
/* The checks, in catalogue order.                                        */
/* ====================================================================== */

/* 1. A survey figure with no n anywhere (text, link, known survey). */
static void chk_SAMPLE_SIZE_UNKNOWN(run *r)
{
	size_t i;
	nbuf a, b, c, d;

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *cl = CL(r, i);

		if (!(is_prop(cl) || cl->kind == CC_KIND_MEAN || cl->kind == CC_KIND_CHANGE))
			continue;
		if (EXT(r, i)->survey_context && claim_n(r, i) > 0 && is_prop(cl)) {
			nbuf nn;

			pass(r, i, CC_CHECK_SAMPLE_SIZE_UNKNOWN, "the sample size is known: n = %s.",
			     fmt_n(&nn, claim_n(r, i)));
			continue;
		}
		if (!EXT(r, i)->survey_context || claim_n(r, i) > 0)
			continue;
		if (cl->kind == CC_KIND_CHANGE && (cl->traits & CC_TRAIT_POINTS) == 0)
			continue;
		if (is_prop(cl) && !is_wide(cl))
			flag(r, i, CC_CHECK_SAMPLE_SIZE_UNKNOWN, CC_SEV_WARNING,
			     "'%s' is presented as a survey result, but the article never says how many people "
			     "were asked. Without that, no one can tell whether %s%% is good to ±%s points "
			     "(about 1,000 people) or ±%s points (50 people); a sample of about %s would give "
			     "±3 points.",
			     cl->text, fmt_pct(&a, cl->value), fmt_pts(&b, moe0(r, 1000, 1, 0)),
			     fmt_pts(&c, moe0(r, 50, 1, 0)), fmt_n(&d, need_n(r, 0.03, 0)));
		else
			flag(r, i, CC_CHECK_SAMPLE_SIZE_UNKNOWN, CC_SEV_WARNING,
			     "'%s' is presented as a survey result, but the article never says how many people "
			     "were asked. Without that, no one can tell whether it is good to ±%s points "
			     "(about 1,000 people) or ±%s points (50 people).",
			     cl->text, fmt_pts(&b, moe0(r, 1000, 1, 0)), fmt_pts(&c, moe0(r, 50, 1, 0)));
	}
}

/* A database field that really supplies the item: the surveys table
 * records what an article leaves out as "not stated" / "not published". */
static int stated(const char *s)
{
	size_t n, k;
	const cc_vocab_row *blank = cc_vocab_rows(CC_V_NOT_STATED, &n);

	if (!s || !*s)
		return 0;
	for (k = 0; k < n; k++)
		if (!strcasecmp(s, blank[k].phrase))
			return 0;
	return 1;
}

/* 2. The eight disclosure items (BPC 1, 3, 4, 5, 6; AAPOR 2, 7; both 8). */
static void chk_DISCLOSURE_INCOMPLETE(run *r)
{
	size_t s;

	for (s = 0; s < r->doc->nsurveys; s++) {
		const cc_survey_info *sv = &r->doc->surveys[s];
		long t = survey_target(r, (long)s);
		const cc_survey_ref *sr = t >= 0 ? claim_sref(r, (size_t)t) : NULL;
		const char *missing[8];
		char list[400], label[300];
		size_t m = 0, k;
		int have[8];

		if (t < 0)
			continue;
		have[0] = sv->commissioner || (sr && stated(sr->commissioner));
		have[1] = sv->fieldwork_org || sv->pollster || (sr && stated(sr->fieldwork_org));
		have[2] = sv->has_dates || (sr && (stated(sr->fieldwork_start) || stated(sr->fieldwork_end)));
		have[3] = sv->has_mode || (sr && stated(sr->mode));
		have[4] = (sv->population && *sv->population) || (sr && stated(sr->population));
		have[5] = survey_n(r, (long)s) > 0 || (sr && sr->n > 0);
		have[6] = sv->has_selection || (sr && stated(sr->selection));
		have[7] = sv->has_wording;
		{
			static const char *const item[8] = {
				"who commissioned it", "who did the fieldwork", "when", "by what method",
				"whom it sampled", "how many people were asked",
				"how respondents were selected", "the question wording"
			};
			for (k = 0; k < 8; k++)
				if (!have[k])
					missing[m++] = item[k];
		}
		if (!m) {
			nbuf nn;

			pass(r, (size_t)t, CC_CHECK_DISCLOSURE_INCOMPLETE,
			     "all 8 items a poll report should give are there for %s: who commissioned it%s%s%s, "
			     "who did the fieldwork, when, by what method, whom it sampled, how many were asked "
			     "(n = %s), how they were selected and the question wording.",
			     survey_label(r, (long)s, label, sizeof label), sv->commissioner ? " (" : "",
			     sv->commissioner ? sv->commissioner : "", sv->commissioner ? ")" : "",
			     fmt_n(&nn, survey_n(r, (long)s) > 0 ? survey_n(r, (long)s) : sr ? sr->n : 0));
			continue;
		}
		list[0] = '\0';
		for (k = 0; k < m; k++) {
			size_t len = strlen(list);

			snprintf(list + len, sizeof list - len, "%s%s",
				 k == 0 ? "" : (k + 1 == m ? (m > 2 ? ", or " : " or ") : ", "), missing[k]);
		}
		flag(r, (size_t)t, CC_CHECK_DISCLOSURE_INCOMPLETE,
		     m >= P_DISCLOSURE_WARN_MISSING ? CC_SEV_WARNING : CC_SEV_INFO,
		     "The article doesn't say %s for %s (%zu of the 8 items a poll report should give). "
		     "Pollsters who belong to the British Polling Council must publish these; ask the "
		     "source for them (and the full data tables) before relying on the figures.",
		     list, survey_label(r, (long)s, label, sizeof label), m);
	}
}

/* Commissioner types with a stake (Clarification 6; vocabulary class
 * commissioner_stake: type, 1 when the kind itself is the stake, the
 * interest). Types come from the database, or from extract/survey.c's cue
 * word. */
/* 3. Commissioned by someone with a stake. */
static void chk_INTERESTED_COMMISSIONER(run *r)
{
	size_t s;

	for (s = 0; s < r->doc->nsurveys; s++) {
		const cc_survey_info *sv = &r->doc->surveys[s];
		long t = survey_target(r, (long)s);
		const cc_survey_ref *sr = t >= 0 ? claim_sref(r, (size_t)t) : NULL;
		const char *who = sv->commissioner, *type = sv->commissioner_type, *why;
		const cc_vocab_row *stake;
		int from_db = 0, overlap = 0;
		char interest[300];

		if (t < 0)
			continue;
		if (sr && sr->commissioner && sr->commissioner_type) {
			who = sr->commissioner;
			type = sr->commissioner_type;
			from_db = 1;
		} else if (EXT(r, (size_t)t)->org_ref && EXT(r, (size_t)t)->org_ref->commissioner_type && who) {
			/* the register knows the commissioner the text names */
			sr = EXT(r, (size_t)t)->org_ref;
			type = sr->commissioner_type;
			from_db = 1;
		}
		if (!who && sv->pollster) {
			pass(r, (size_t)t, CC_CHECK_INTERESTED_COMMISSIONER,
			     "the survey is credited to the polling firm %s, and no client with a stake in the "
			     "findings is named as paying for it.",
			     sv->pollster);
			continue;
		}
		if (!who)
			continue;
		if (!type) {
			pass(r, (size_t)t, CC_CHECK_INTERESTED_COMMISSIONER,
			     "the survey was commissioned by %s, but neither the article (no word such as "
			     "\"company\", \"campaign\" or \"union\") nor the reference database marks it as a "
			     "body with a commercial or campaigning stake.",
			     who);
			continue;
		}
		stake = cc_vocab_find(CC_V_COMMISSIONER_STAKE, type, strlen(type));
		if (!stake) {
			const cc_vocab_row *kind = cc_vocab_find(CC_V_COMMISSIONER_KIND, type, strlen(type));
			const char *what = kind && kind->str ? kind->str : type;

			/* the extractor's phrase may keep its preposition: "of Opinium" */
			if (!strncmp(who, "of ", 3) || !strncmp(who, "by ", 3))
				who += 3;
			pass(r, (size_t)t, CC_CHECK_INTERESTED_COMMISSIONER,
			     "the survey was commissioned by %s, %s%s; such commissioners sell or campaign for "
			     "nothing the findings could favour, so there is no stake to declare.",
			     who, what, from_db ? " (reference database)" : "");
			continue;
		}
		why = stake->str;
		if (from_db && sr->interests && *sr->interests) {
			/* "a; b; c" -> "a, b and c" */
			const char *p = sr->interests, *last = strrchr(p, ';');
			size_t o = 0;

			for (; *p && o + 6 < sizeof interest; p++) {
				if (*p == ';') {
					const char *sep = p == last ? " and" : ",";

					while (*sep && o + 1 < sizeof interest)
						interest[o++] = *sep++;
					continue;
				}
				interest[o++] = *p;
			}
			interest[o] = '\0';
			why = interest;
			overlap = 1;
		} else {
			/* topic overlap: a content word of the commissioner's
			 * description used elsewhere in the article (read by
			 * extract/cues.c for the commissioner the article names) */
			overlap = sv->topic_words;
		}
		if (!from_db && !stake->v[0] && sv->commissioner_cue) {
			/* "the insulation company WarmWall": its line of business */
			const char *cue = find_word(who, strlen(who), sv->commissioner_cue);
			const char *b0 = who;

			if (!strncasecmp(b0, "the ", 4))
				b0 += 4;
			else if (!strncasecmp(b0, "a ", 2))
				b0 += 2;
			else if (!strncasecmp(b0, "an ", 3))
				b0 += 3;
			if (cue && cue > b0 + 1) {
				snprintf(interest, sizeof interest, "%.*s business", (int)(cue - 1 - b0), b0);
				why = interest;
			}
		}
		if (why != interest)
			snprintf(interest, sizeof interest, "%s", why);
		flag(r, (size_t)t, CC_CHECK_INTERESTED_COMMISSIONER,
		     stake->v[0] || overlap ? CC_SEV_WARNING : CC_SEV_INFO,
		     "This survey was commissioned by %s, which has an interest in %s. Say so in the copy "
		     "and treat the findings with extra caution. (%s)",
		     who, interest,
		     from_db ? "High confidence: the commissioner and its interests are in the reference database."
			     : "Medium confidence: the commissioner's type is inferred from the word used to describe it.");
	}
}

/* Is `name` one of the ';'-separated ancestors in `chain`? */
static int in_chain(const char *chain, const char *name)
{
	size_t n;
	const char *p = chain;

	if (!chain || !name || !*name)
		return 0;
	n = strlen(name);
	while (p && *p) {
		const char *e = strchr(p, ';');
		size_t len = e ? (size_t)(e - p) : strlen(p);

		if (len == n && !strncasecmp(p, name, n))
			return 1;
		p = e ? e + 1 : NULL;
	}
	return 0;
}

/* Do the head nouns a and b name the same group (equal, or a pair of
 * synonyms of the vocabulary)? */
static int same_group(const char *a, const char *b)
{
	size_t n, k;
	const cc_vocab_row *syn = cc_vocab_rows(CC_V_GROUP_SYNONYM, &n);

	if (!strcmp(a, b))
		return 1;
	for (k = 0; k < n; k++)
		if ((!strcmp(a, syn[k].phrase) && !strcmp(b, syn[k].str)) ||
		    (!strcmp(b, syn[k].phrase) && !strcmp(a, syn[k].str)))
			return 1;
	return 0;
}

/* 4. The result reported for a wider or different group than was asked. */
static void chk_POPULATION_MISMATCH(run *r)
{
	size_t i;
	nbuf a, b;

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *c = CL(r, i);
		const cc_claim_ext *e = EXT(r, i);
		const char *P = sample_pop_phrase(r, i), *S = c->subject;
		char hs[64], hp[64];
		double n = claim_n(r, i);
		int sev = 0;

		if (!is_prop(c) || !S || !P || !(n > 0))
			continue;
		/* "the nurses questioned", "those surveyed": the sample itself */
		if (has_any(S, strlen(S), CC_V_BACK_POINTER))
			continue;
		if (e->subject_pop && e->sample_pop) {
			if (e->subject_pop->id == e->sample_pop->id ||
			    in_chain(e->subject_pop->parent, e->sample_pop->name)) {
				/* the same group, or S is part of P: fine */
				pass(r, i, CC_CHECK_POPULATION_MISMATCH,
				     "the figure is about %s, and the %s people asked were %s (population table): "
				     "the result is reported for the group that was surveyed.",
				     S, fmt_n(&a, n), P);
				continue;
			}
			sev = CC_SEV_ERROR;
		} else {
			cc_word_head(S, hs, sizeof hs);
			cc_word_head(P, hp, sizeof hp);
			if (in_list(hs, CC_V_POINTER_GROUP) || in_list(hp, CC_V_GENERAL_GROUP) || same_group(hs, hp) ||
			    /* the subject's head word appears in the sample's description */
			    find_word(P, strlen(P), hs) || (strlen(hs) > 3 && strstr(P, hs))) {
				pass(r, i, CC_CHECK_POPULATION_MISMATCH,
				     "the figure is about %s and the %s people asked were %s: the same kind of "
				     "group, as far as the wording shows.",
				     S, fmt_n(&a, n), P);
				continue;
			}
			sev = CC_SEV_WARNING;
		}
		if (sev == CC_SEV_ERROR && in_chain(e->sample_pop->parent, e->subject_pop->name))
			flag(r, i, CC_CHECK_POPULATION_MISMATCH, CC_SEV_ERROR,
			     "The survey asked %s %s, but the article reports the result as the view of %s. "
			     "%s are only part of %s (population table%s%s%s); the figure tells you what the "
			     "people asked think, not what %s think.",
			     fmt_n(&a, n), P, S, e->sample_pop->name, e->subject_pop->name,
			     e->sample_pop->size > 0 && e->subject_pop->size > 0 ? ": about " : "",
			     e->sample_pop->size > 0 && e->subject_pop->size > 0
				     ? fmt_num(&b, 100 * e->sample_pop->size / e->subject_pop->size, 1) : "",
			     e->sample_pop->size > 0 && e->subject_pop->size > 0 ? "% of them" : "", S);
		else if (sev == CC_SEV_ERROR)
			flag(r, i, CC_CHECK_POPULATION_MISMATCH, CC_SEV_ERROR,
			     "The survey asked %s %s, but the article reports the result as the view of %s. "
			     "The population table has %s and %s as different groups; the figure tells you "
			     "what the people asked think, not what %s think.",
			     fmt_n(&a, n), P, S, e->sample_pop->name, e->subject_pop->name, S);
		else
			flag(r, i, CC_CHECK_POPULATION_MISMATCH, CC_SEV_WARNING,
			     "The survey asked %s %s, but the article reports the result as the view of %s. "
			     "Those are different groups (\"%ss\" vs \"%ss\"): at most the people asked are part "
			     "of %s, so the figure tells you what the people asked think, not what %s think.",
			     fmt_n(&a, n), P, S, hp, hs, S, S);
	}
}

/* 5. Respondents chose themselves. */
static void chk_SELF_SELECTED_SAMPLE(run *r)
{
	size_t s, i, k2;

	for (s = 0; s < r->doc->nsurveys; s++) {
		long t = survey_target(r, (long)s);
		const char *cue, *pop = NULL;
		int general = 0;

		if (t < 0)
			continue;
		if (!(cue = selfselect(r, (long)s, (size_t)t))) {
			const cc_survey_info *sv = &r->doc->surveys[s];
			const cc_survey_ref *sr = claim_sref(r, (size_t)t);
			const char *how = sv->chosen; /* read by extract/cues.c */
			nbuf nn;

			if (!sv->has_selection && !(sr && sr->probability_sample == 1))
				continue;
			if (!how && !(sr && sr->probability_sample == 1))
				continue;
			pass(r, (size_t)t, CC_CHECK_SELF_SELECTED_SAMPLE,
			     "%s how the %s respondents were chosen (%s%s%s), and nothing suggests they picked "
			     "themselves: no opt-in panel, reader poll, phone-in or similar.",
			     how ? "the article says" : "the reference database records",
			     fmt_n(&nn, survey_n(r, (long)s) > 0 ? survey_n(r, (long)s) : claim_n(r, (size_t)t)),
			     how ? "\"" : "", how ? how : "a probability sample", how ? "\"" : "");
			continue;
		}
		for (k2 = r->sv_off[s]; k2 < r->sv_off[s + 1]; k2++) {
			i = r->sv_idx[k2]; /* the survey's claims, in order */
			if (!is_prop(CL(r, i)))
				continue;
			if (!pop && CL(r, i)->subject)
				pop = CL(r, i)->subject;
			if (EXT(r, i)->cues & CC_CUE_GENERALISES)
				general = 1;
		}
		if (!pop)
			pop = sample_pop_phrase(r, (size_t)t);
		flag(r, (size_t)t, CC_CHECK_SELF_SELECTED_SAMPLE, general ? CC_SEV_ERROR : CC_SEV_WARNING,
		     "The people in this survey chose to take part (\"%s\"). Self-selected samples "
		     "over-represent people with strong views, so the result can't be read as what %s "
		     "think -- however many responded. No margin of error applies; a random sample would "
		     "be needed to generalise.",
		     cue, pop ? pop : "the wider population");
	}
}

static int all_none_cue(const run *r, size_t i, int *all);

/* A sample_size claim read as "all/none of n" with no proportion of its
 * own, and not a census; *all says which. */
static int allnone_sample(const run *r, size_t i, int *all)
{
	size_t j;
	int a;

	if (CL(r, i)->kind != CC_KIND_SAMPLE_SIZE || !all_none_cue(r, i, &a))
		return 0;
	/* a proportion resting on it (index_claims marks those) */
	if (r->sampled) {
		if (r->sampled[i])
			return 0;
	} else {
		for (j = 0; j < NCLAIMS(r); j++)
			if (j != i && is_prop(CL(r, j)) && sample_of(r, j) == (long)i)
				return 0;
	}
	if (claim_N(r, i) > 0 && claim_N(r, i) <= CL(r, i)->value * P_POPULATION_SLACK)
		return 0; /* a census: "all 43 forces" */
	if (all)
		*all = a;
	return 1;
}

/* 6. Margin wider than 5 points (error above 15). */
static void chk_SMALL_SAMPLE(run *r)
{
	size_t i;
	nbuf a, b, c, d, e, f;

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *cl = CL(r, i);
		double n = claim_n(r, i), deff, N, m0, lo, hi, n3;
		const char *P;
		cc_severity sev;

		if (cl->kind == CC_KIND_SAMPLE_SIZE && allnone_sample(r, i, NULL)) {
			/* "All 25 head teachers surveyed said": the figure is n of n */
			m0 = moe0(r, n, claim_deff(r, i), 0);
			if (!(m0 > P_SMALL_SAMPLE_WARN_MOE))
				continue;
			flag(r, i, CC_CHECK_SMALL_SAMPLE, m0 > P_SMALL_SAMPLE_ERROR_MOE ? CC_SEV_ERROR : CC_SEV_WARNING,
			     "Based on %s %s, any share from this survey is only good to about ±%s points. "
			     "About %s people would be needed for ±3 points.",
			     fmt_n(&a, n), cl->subject ? cl->subject : "people", fmt_pts(&b, m0),
			     fmt_n(&e, need_n(r, 0.03, 0)));
			continue;
		}
		if (!is_prop(cl) || is_wide(cl) || !(n > 0))
			continue;
		deff = claim_deff(r, i);
		N = claim_N(r, i);
		m0 = moe0(r, n, deff, N);
		if (N > 0 && n >= N) {
			nbuf nn;

			pass(r, i, CC_CHECK_SMALL_SAMPLE,
			     "the %s asked are the whole population (about %s), a census: there is no sampling "
			     "error to speak of, provided all of them answered.",
			     fmt_n(&a, n), fmt_n(&nn, N));
			continue;
		}
		if (!(m0 > P_SMALL_SAMPLE_WARN_MOE)) {
			pass(r, i, CC_CHECK_SMALL_SAMPLE,
			     "with %s people the worst-case margin of error is ±%s points, within the ±%s "
			     "points this check allows.",
			     fmt_n(&a, n), fmt_pts(&b, m0), fmt_pts(&c, P_SMALL_SAMPLE_WARN_MOE));
			continue;
		}
		sev = m0 > P_SMALL_SAMPLE_ERROR_MOE ? CC_SEV_ERROR : CC_SEV_WARNING;
		P = sample_pop_phrase(r, i);
		n3 = need_n(r, 0.03, N > n ? N : 0);
		if (figure_ci(r, cl, n, &lo, &hi) == CC_OK)
			flag(r, i, CC_CHECK_SMALL_SAMPLE, sev,
			     "Based on %s %s, this figure is only good to about ±%s points: the true share "
			     "could be anywhere from %s%% to %s%% (%s%% %s interval). About %s people would be "
			     "needed for ±3 points.",
			     fmt_n(&a, n), P ? P : "people", fmt_pts(&b, m0), fmt_pct(&c, lo),
			     fmt_pct(&d, hi), level_pct(&f, r->level), cc_ci_method_name(r->method),
			     fmt_n(&e, n3));
		else
			flag(r, i, CC_CHECK_SMALL_SAMPLE, sev,
			     "Based on %s %s, this figure is only good to about ±%s points. About %s people "
			     "would be needed for ±3 points.",
			     fmt_n(&a, n), P ? P : "people", fmt_pts(&b, m0), fmt_n(&e, n3));
	}
}

/* 7. A figure nobody is named for. */
static void chk_UNSOURCED_FIGURE(run *r)
{
	size_t i;

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *c = CL(r, i);
		const cc_claim_ext *e = EXT(r, i);

		if (!(c->kind == CC_KIND_AMOUNT || c->kind == CC_KIND_COUNT || c->kind == CC_KIND_CHANGE ||
		      c->kind == CC_KIND_PROPORTION))
			continue;
		if (e->survey_context || claim_survey(r, i) >= 0 || c->sample_claim >= 0)
			continue;
		if (e->attributed) {
			pass(r, i, CC_CHECK_UNSOURCED_FIGURE,
			     "the sentence (or the one before it) says where the figure comes from.");
			continue;
		}
		if (r->doc->findings[i].has_ref) {
			pass(r, i, CC_CHECK_UNSOURCED_FIGURE,
			     "the figure matches the reference database, which names its source.");
			continue;
		}
		flag(r, i, CC_CHECK_UNSOURCED_FIGURE, CC_SEV_INFO,
		     "'%s' isn't attributed to anyone. Say where the figure comes from and what period it "
		     "covers, so readers can check it.",
		     c->text);
	}
}

/* Is sample claim sc a subgroup of its survey's main sample? */
static int is_subgroup_sample(const run *r, long sc, double *main_n)
{
	long s;
	const cc_survey_info *sv;

	if (sc < 0 || EXT(r, (size_t)sc)->sample_role == 3)
		return 0;
	s = EXT(r, (size_t)sc)->survey;
	sv = survey_at(r, s);
	if (!sv || sv->sample_claim < 0 || sv->sample_claim == sc)
		return 0;
	*main_n = CL(r, (size_t)sv->sample_claim)->value;
	return *main_n > 0;
}

/* 8. A crossbreak too small for its own headline. */
static void chk_SUBGROUP_TOO_SMALL(run *r)
{
	size_t i;
	nbuf a, b, c, d, e;

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *cl = CL(r, i);
		long sc = sample_of(r, i);
		double nsub, nall = 0;
		const char *label;

		if (!is_prop(cl))
			continue;
		if (EXT(r, i)->subgroup_n > 0) {
			/* a crossbreak named in the text, "Among the 50 respondents aged 65 and over" */
			nsub = EXT(r, i)->subgroup_n;
			nall = survey_n(r, claim_survey(r, i));
			label = EXT(r, i)->subgroup_label ? EXT(r, i)->subgroup_label : "a subgroup";
		} else {
			if (sc < 0 || !is_subgroup_sample(r, sc, &nall))
				continue;
			nsub = CL(r, (size_t)sc)->value;
			label = CL(r, (size_t)sc)->subject ? CL(r, (size_t)sc)->subject : CL(r, (size_t)sc)->text;
		}
		if (!(nsub > 0) || !(nsub < nall))
			continue;
		if (nsub >= P_SUBGROUP_WARN_N) {
			pass(r, i, CC_CHECK_SUBGROUP_TOO_SMALL,
			     "the figure describes a subgroup of %s of the %s surveyed (%s), enough for a margin "
			     "of about ±%s points.",
			     fmt_n(&a, nsub), fmt_n(&b, nall), label, fmt_pts(&c, moe0(r, nsub, 1, 0)));
			continue;
		}
		flag(r, i, CC_CHECK_SUBGROUP_TOO_SMALL,
		     nsub < P_SUBGROUP_ERROR_N ? CC_SEV_ERROR : CC_SEV_WARNING,
		     "This figure describes only %s people (%s), part of the %s surveyed, so its margin of "
		     "error is about ±%s points -- not the ±%s for the whole poll. At least %s people in "
		     "the subgroup would bring it under ±10 points.",
		     fmt_n(&a, nsub), label, fmt_n(&b, nall), fmt_pts(&c, moe0(r, nsub, 1, 0)),
		     fmt_pts(&d, moe0(r, nall, 1, 0)), fmt_n(&e, need_n(r, 0.0999, 0)));
	}
}

/* Two proportions about the same people? (same n, same survey, the
 * subjects not two different groups) */
static int same_base(const run *r, size_t i, size_t j)
{
	const cc_claim *a = CL(r, i), *b = CL(r, j);
	double n1 = claim_n(r, i), n2 = claim_n(r, j);
	const char *h1, *h2;

	if (!(n1 > 0) || fabs(n1 - n2) > 0.5)
		return 0;
	if (sample_of(r, i) != sample_of(r, j))
		return 0;
	if (a->subject && b->subject) {
		h1 = head_of(r, i);
		h2 = head_of(r, j);
		if (h1[0] && h2[0] && strcmp(h1, h2) && !in_list(h1, CC_V_POINTER_GROUP) &&
		    !in_list(h2, CC_V_POINTER_GROUP))
			return 0;
	}
	return 1;
}

/* 9. A lead inside one poll's noise (F8 for one question, F9 otherwise). */
static void chk_GAP_WITHIN_MOE(run *r)
{
	size_t i, j;
	nbuf a, b, c, d, e, f;

	for (j = 0; j < NCLAIMS(r); j++) {
		size_t q, lo, hi;

		if (!is_prop(CL(r, j)) || is_wide(CL(r, j)))
			continue;
		/* the proportions that are not wide, in the window, nearest PAIR_MAX */
		candidates(&r->props, window_start(r, j), j, &lo, &hi);
		for (q = lo; q < hi; q++) {
			const cc_claim *x, *y = CL(r, j);
			double n, p1, p2 = y->value, dd, m, mmin, mmax, m0;
			int linked;
			const char *ap;

			i = r->props.v[q];
			x = CL(r, i);
			p1 = x->value;
			linked = EXT(r, j)->compared_with == (long)i || EXT(r, i)->compared_with == (long)j;
			if (!linked && !same_sentence(r, i, j))
				continue;
			if (!same_base(r, i, j) || restates(r, i, j) || from_to(r, i, j))
				continue;
			if (selfselect(r, claim_survey(r, i), i))
				continue;
			n = claim_n(r, i);
			dd = fabs(p1 - p2);
			m0 = moe0(r, n, 1, 0);
			ap = dd < m0 ? "about even" : dd < 2 * m0 ? "only slightly apart" : "apart";
			if (p1 + p2 <= 1 + tolerance(x) + tolerance(y) && same_sentence(r, i, j)) {
				/* (a) one question: answers compete for the same people */
				if (cc_diff_exclusive_moe(&m, p1, p2, n, r->level))
					continue;
				if (!(dd <= m)) {
					pass(r, j, CC_CHECK_GAP_WITHIN_MOE,
					     "%s%% vs %s%% is a gap of %s points, larger than its ±%s-point margin "
					     "with %s respondents: the gap is real.",
					     fmt_pct(&a, p1), fmt_pct(&b, p2), fmt_num(&c, dd * 100, 1), fmt_pts(&e, m),
					     fmt_n(&d, n));
					continue;
				}
				flag(r, j, CC_CHECK_GAP_WITHIN_MOE, CC_SEV_WARNING,
				     "%s%% vs %s%% is a gap of %s points, but with %s respondents the margin of "
				     "error on that gap is ±%s points. The poll can't tell which is really ahead "
				     "(AP's rule: %s).",
				     fmt_pct(&a, p1), fmt_pct(&b, p2), fmt_num(&c, dd * 100, 1), fmt_n(&d, n),
				     fmt_pts(&e, m), ap);
			} else {
				/* (b) different questions, overlap unknown (Frechet bounds) */
				if (cc_diff_overlap_moe(&mmin, &mmax, p1, p2, n, r->level))
					continue;
				if (!(dd <= mmax)) {
					pass(r, j, CC_CHECK_GAP_WITHIN_MOE,
					     "%s%% vs %s%% is a gap of %s points; with %s respondents the gap's margin "
					     "is at most ±%s points however the two answers overlap, so the gap is real.",
					     fmt_pct(&a, p1), fmt_pct(&b, p2), fmt_num(&c, dd * 100, 1), fmt_n(&d, n),
					     fmt_pts(&f, mmax));
					continue;
				}
				flag(r, j, CC_CHECK_GAP_WITHIN_MOE, dd <= mmin ? CC_SEV_WARNING : CC_SEV_INFO,
				     "%s%% vs %s%% is a gap of %s points, but with %s respondents the margin of "
				     "error on that gap is between ±%s and ±%s points, depending on how the two "
				     "answers overlap. %s",
				     fmt_pct(&a, p1), fmt_pct(&b, p2), fmt_num(&c, dd * 100, 1), fmt_n(&d, n),
				     fmt_pts(&e, mmin), fmt_pts(&f, mmax),
				     dd <= mmin ? "The poll can't tell which is really ahead."
						: "Without the cross-tabulation no one can tell whether the gap is real.");
			}
		}
	}
}

/* Is there a change claim in claim j's sentence (to carry a pair's flag)? */
static long change_in_sentence(const run *r, size_t j)
{
	size_t k;

	if (r->ci)
		return r->ci[j].change;
	for (k = 0; k < NCLAIMS(r); k++)
		if (CL(r, k)->kind == CC_KIND_CHANGE && same_sentence(r, k, j))
			return (long)k;
	return -1;
}

/* Newcombe (F10) for p1 -> p2 with n1, n2; flags target if it holds 0. */
static void change_test(run *r, size_t target, double p1, double n1, double p2, double n2)
{
	double lo, hi;
	nbuf a, b, c, d, e, f, g, h;

	if (cc_diff_indep(&lo, &hi, p2 * n2, n2, p1 * n1, n1, r->level, CC_DIFF_NEWCOMBE))
		return;
	if (!(lo <= 0 && hi >= 0)) {
		pass(r, target, CC_CHECK_CHANGE_WITHIN_MOE,
		     "the move from %s%% to %s%% between surveys of %s and %s people has a %s%% interval "
		     "of %s to %s points, which excludes no change.",
		     fmt_pct(&a, p1), fmt_pct(&b, p2), fmt_n(&d, n1), fmt_n(&e, n2), level_pct(&h, r->level),
		     fmt_num(&f, lo * 100, 1), fmt_num(&g, hi * 100, 1));
		return;
	}
	flag(r, target, CC_CHECK_CHANGE_WITHIN_MOE, CC_SEV_WARNING,
	     "The move from %s%% to %s%% (%s%s points) is within what chance alone produces between "
	     "two surveys of %s and %s people (%s%% interval for the change: %s to %s points). It may "
	     "be no real change.",
	     fmt_pct(&a, p1), fmt_pct(&b, p2), p2 >= p1 ? "+" : "", fmt_num(&c, (p2 - p1) * 100, 1),
	     fmt_n(&d, n1), fmt_n(&e, n2), level_pct(&h, r->level), fmt_num(&f, lo * 100, 1),
	     fmt_num(&g, hi * 100, 1));
}

/* 10. A rise or fall between two surveys inside the noise. */
static void chk_CHANGE_WITHIN_MOE(run *r)
{
	size_t i, j, q, lo, hi, f, from;

	for (j = 0; j < NCLAIMS(r); j++) {
		const cc_claim *y = CL(r, j);

		/* a change claim that knows its levels and its sample */
		if (y->kind == CC_KIND_CHANGE && isfinite(EXT(r, j)->before) && isfinite(EXT(r, j)->after) &&
		    EXT(r, j)->before >= 0 && EXT(r, j)->before <= 1 && EXT(r, j)->after >= 0 &&
		    EXT(r, j)->after <= 1 && claim_n(r, j) > 0) {
			change_test(r, j, EXT(r, j)->before, claim_n(r, j), EXT(r, j)->after, claim_n(r, j));
			continue;
		}
		if (!is_prop(y) || is_wide(y))
			continue;
		/* from_to() needs i to end at most 60 bytes before j */
		from = window_start(r, j);
		f = first_ending_after(r, y->start > 60 ? y->start - 60 : 0);
		candidates(&r->props, f > from ? f : from, j, &lo, &hi);
		for (q = lo; q < hi; q++) {
			const cc_claim *x;
			long t;

			i = r->props.v[q];
			x = CL(r, i);
			if (!from_to(r, i, j))
				continue;
			if (!(claim_n(r, i) > 0) || !(claim_n(r, j) > 0))
				continue;
			t = change_in_sentence(r, j);
			change_test(r, t >= 0 ? (size_t)t : j, x->value, claim_n(r, i), y->value, claim_n(r, j));
		}
	}
}

/* Levels p0 -> p1 for change claim k: its own, or a "from X to Y" pair of
 * proportions earlier in its sentence. */
static int change_levels(const run *r, size_t k, double *p0, double *p1)
{
	size_t i, j;

	if (isfinite(EXT(r, k)->before) && isfinite(EXT(r, k)->after) && EXT(r, k)->before > 0 &&
	    EXT(r, k)->before <= 1 && EXT(r, k)->after >= 0 && EXT(r, k)->after <= 1) {
		*p0 = EXT(r, k)->before;
		*p1 = EXT(r, k)->after;
		return 1;
	}
	/* the two levels sit just before the change, in its sentence */
	for (j = k; j-- > 0 && k - j <= 6 && same_sentence(r, j, k);)
		for (i = j; i-- > 0 && j - i <= 3;)
			if (is_prop(CL(r, i)) && is_prop(CL(r, j)) && from_to(r, i, j) && CL(r, i)->value > 0) {
				*p0 = CL(r, i)->value;
				*p1 = CL(r, j)->value;
				return 1;
			}
	return 0;
}

/* 11. Per cent vs percentage points. */
static void chk_PERCENT_POINTS_CONFUSION(run *r)
{
	size_t k;
	nbuf a, b, c, d;

	for (k = 0; k < NCLAIMS(r); k++) {
		const cc_claim *cl = CL(r, k);
		unsigned cue = EXT(r, k)->cues;

		if (cl->kind == CC_KIND_MARGIN_OF_ERROR) {
			if ((cue & CC_CUE_MARGIN) && (cue & CC_CUE_PERCENT_WORD) && !(cl->traits & CC_TRAIT_POINTS) &&
			    !(cl->unit && !strcmp(cl->unit, "points")) && !(cue & CC_CUE_POINTS_WORD))
				flag(r, k, CC_CHECK_PERCENT_POINTS_CONFUSION, CC_SEV_INFO,
				     "Margins of error are in percentage points: '±%s points', not '%s'.",
				     fmt_num(&a, cl->value * 100, 1), cl->text);
			else if ((cue & CC_CUE_MARGIN) && ((cl->traits & CC_TRAIT_POINTS) ||
							   (cl->unit && !strcmp(cl->unit, "points")) || (cue & CC_CUE_POINTS_WORD)))
				pass(r, k, CC_CHECK_PERCENT_POINTS_CONFUSION,
				     "the margin of error, '%s', is given in percentage points (±%s points), the "
				     "right unit for a margin.",
				     cl->text, fmt_num(&a, cl->value * 100, 1));
			continue;
		}
		if (cl->kind == CC_KIND_CHANGE) {
			double p0, p1, dpts, rel, cval, t;
			int points = (cl->traits & CC_TRAIT_POINTS) || (cl->unit && !strcmp(cl->unit, "points"));

			if (!change_levels(r, k, &p0, &p1))
				continue;
			dpts = fabs(100 * (p1 - p0));
			rel = fabs(100 * (p1 - p0) / p0);
			cval = fabs(points ? cl->value : cl->value * 100);
			t = 0.5 * pow(10, -(cl->decimals > 0 ? cl->decimals : 0)) + 1e-9;
			if ((points && fabs(cval - dpts) > t && fabs(cval - rel) <= t) ||
			    (!points && fabs(cval - dpts) <= t && fabs(cval - rel) > t))
				flag(r, k, CC_CHECK_PERCENT_POINTS_CONFUSION, CC_SEV_ERROR,
				     "The rate went from %s%% to %s%%: a %s of %s percentage points, or %s%% in "
				     "relative terms. The article's '%s' mixes the two: it should say %s.",
				     fmt_num(&a, p0 * 100, 1), fmt_num(&b, p1 * 100, 1), p1 >= p0 ? "rise" : "fall",
				     fmt_num(&c, dpts, 1), fmt_num(&d, rel, 1), cl->text,
				     points ? "per cent (or give the points)" : "percentage points");
			else if (fabs(cval - (points ? dpts : rel)) <= t)
				pass(r, k, CC_CHECK_PERCENT_POINTS_CONFUSION,
				     "the rate went from %s%% to %s%%: %s percentage points, or %s%% in relative "
				     "terms. The article's '%s' matches the %s figure and is labelled that way.",
				     fmt_num(&a, p0 * 100, 1), fmt_num(&b, p1 * 100, 1), fmt_num(&c, dpts, 1),
				     fmt_num(&d, rel, 1), cl->text, points ? "points" : "relative (per cent)");
		}
	}
}

/* "A" or "An" before a number as read aloud: an 8, an 11, an 18, an 80. */
static const char *an_for(const char *num)
{
	if (num[0] == '8' || ((!strncmp(num, "11", 2) || !strncmp(num, "18", 2)) && (num[2] == '\0' || num[2] == '.')))
		return "An";
	return "A";
}

/* "raises the risk by 18 per cent": a relative risk, whatever its kind. */
static int relative_risk(const run *r, size_t k)
{
	const cc_claim *c = CL(r, k);

	if (!(c->kind == CC_KIND_CHANGE || c->kind == CC_KIND_PROPORTION) || (c->traits & CC_TRAIT_POINTS))
		return 0;
	return (EXT(r, k)->cues & CC_CUE_RELATIVE_RISK) != 0;
}

/* The base rate behind relative risk k: its stated level, or a
 * proportion "from a baseline of 4 per cent" in its sentence; 0 none. */
static double base_rate(const run *r, size_t k)
{
	size_t j;

	if (isfinite(EXT(r, k)->before) && EXT(r, k)->before > 0 && EXT(r, k)->before < 1)
		return EXT(r, k)->before;
	/* the claims of k's sentence, in order */
	for (j = r->ci[k].first; j != NONE; j = r->ci[j].next)
		if (j != k && is_prop(CL(r, j)) && (EXT(r, j)->cues & CC_CUE_BASELINE))
			return CL(r, j)->value;
	return 0;
}

/* 12. Relative change on a tiny base. */
static void chk_SMALL_BASE_RELATIVE_CHANGE(run *r)
{
	size_t k;
	nbuf a, b, c, d, e;

	for (k = 0; k < NCLAIMS(r); k++) {
		const cc_claim *cl = CL(r, k);
		const cc_claim_ext *ex = EXT(r, k);
		double A = ex->base_count, B = ex->after_count, lo, hi, rlo, rhi;
		int relative;

		if (relative_risk(r, k)) {
			/* (b) "raises the risk by 18 per cent" on a low base rate */
			double p0 = base_rate(r, k), rr = fabs(cl->value), dabs;

			if (p0 >= P_SMALL_BASE_RATE && p0 < 1 && rr > 0) {
				pass(r, k, CC_CHECK_SMALL_BASE_RELATIVE_CHANGE,
				     "the %s%% relative rise is on a baseline of %s%%, not a rare rate (under %s%%): "
				     "it means %s percentage points, about one extra case in every %s people.",
				     fmt_num(&a, rr * 100, 1), fmt_num(&b, p0 * 100, 2),
				     fmt_num(&e, P_SMALL_BASE_RATE * 100, 0), fmt_num(&c, p0 * rr * 100, 2),
				     fmt_n(&d, ceil(1 / (p0 * rr))));
				continue;
			}
			if (!(p0 > 0 && p0 < P_SMALL_BASE_RATE) || !(rr > 0))
				continue;
			dabs = p0 * rr;
			flag(r, k, CC_CHECK_SMALL_BASE_RELATIVE_CHANGE, CC_SEV_INFO,
			     "%s %s%% increase on a baseline of %s%% is only %s percentage points -- about one "
			     "extra case in every %s people. Give the absolute risk as well as the relative one.",
			     an_for(fmt_num(&a, rr * 100, 1)), a.s, fmt_num(&b, p0 * 100, 2), fmt_num(&c, dabs * 100, 2),
			     fmt_n(&d, ceil(1 / dabs)));
			continue;
		}
		relative = (cl->kind == CC_KIND_CHANGE &&
			    ((cl->traits & CC_TRAIT_MULTIPLIER) ||
			     (!(cl->traits & CC_TRAIT_POINTS) && fabs(cl->value) >= P_RELATIVE_CHANGE_MIN)));
		if (!relative) {
			/* no change claim: a count "from four to 12" with a multiplier word */
			if (cl->kind != CC_KIND_COUNT)
				continue;
			if (!(ex->cues & CC_CUE_MULTIPLIER))
				continue;
			if (change_in_sentence(r, k) >= 0)
				continue;
		}
		if (!(isfinite(A) && isfinite(B))) {
			/* "from 11 families to 22" in its sentence (extract/cues.c) */
			if (!isfinite(ex->span_from))
				continue;
			A = ex->span_from;
			B = ex->span_to;
		}
		if (!relative && !(fabs(cl->value - B) < 1e-9))
			continue; /* carry it on the "to" count only */
		if (A >= P_SMALL_BASE_COUNT || A < 0 || B < 0 || A + B <= 0) {
			/* (b) a low base rate and no absolute figure */
			double p0 = ex->before;

			if (cl->kind == CC_KIND_CHANGE && isfinite(p0) && p0 > 0 && p0 < P_SMALL_BASE_RATE &&
			    !(cl->traits & CC_TRAIT_POINTS)) {
				double dabs = p0 * fabs(cl->value);

				flag(r, k, CC_CHECK_SMALL_BASE_RELATIVE_CHANGE, CC_SEV_INFO,
				     "%s %s%% increase on a baseline of %s%% is %s percentage points -- about one "
				     "extra case in every %s people.",
				     an_for(fmt_num(&a, cl->value * 100, 0)), a.s, fmt_num(&b, p0 * 100, 2),
				     fmt_num(&c, dabs * 100, 2), fmt_n(&d, ceil(1 / dabs)));
			} else if (A >= P_SMALL_BASE_COUNT && B >= 0) {
				pass(r, k, CC_CHECK_SMALL_BASE_RELATIVE_CHANGE,
				     "'%s' is a change from %s to %s: the starting count is not small (%s or more), "
				     "so the relative change does not rest on a handful of cases.",
				     cl->text, fmt_n(&a, A), fmt_n(&b, B), fmt_n(&c, P_SMALL_BASE_COUNT));
			}
			continue;
		}
		/* (a) exact conditional interval: B of (A + B) by Clopper-Pearson
		 * (F2), ratio = u / (1 - u) */
		if (cc_ci_prop(&lo, &hi, B, A + B, r->level, CC_CI_CLOPPER_PEARSON))
			continue;
		rlo = lo / (1 - lo);
		rhi = hi >= 1 ? INFINITY : hi / (1 - hi);
		if (!(rlo <= 1 && rhi >= 1)) {
			pass(r, k, CC_CHECK_SMALL_BASE_RELATIVE_CHANGE,
			     "'%s' is a change from %s to %s; even with numbers this small the %s%% interval for "
			     "the ratio, %s to %s, excludes 1 (no change), so chance alone doesn't explain it.",
			     cl->text, fmt_n(&a, A), fmt_n(&b, B), level_pct(&e, r->level), fmt_num(&c, rlo, 2),
			     isfinite(rhi) ? fmt_num(&d, rhi, 1) : "infinity");
			continue;
		}
		flag(r, k, CC_CHECK_SMALL_BASE_RELATIVE_CHANGE, CC_SEV_WARNING,
		     "'%s' is a change from %s to %s; numbers this small swing by chance (%s%% interval for "
		     "the ratio: %s to %s, which includes no change at all). Give the actual numbers.",
		     cl->text, fmt_n(&a, A), fmt_n(&b, B), level_pct(&e, r->level), fmt_num(&c, rlo, 2),
		     isfinite(rhi) ? fmt_num(&d, rhi, 1) : "infinity");
	}
}

/* A figure that may support a "most" claim: a proportion, not wide, at
 * least half (supporting_figure's backward scan), with its head noun. */
struct headkey {
	const char *head;
	long survey;
	size_t i;
};

static int maj_figure(const cc_claim *p)
{
	return is_prop(p) && !is_wide(p) && !(p->low < 0.5);
}

static int headkey_cmp_i(const void *x, const void *y)
{
	const struct headkey *p = x, *q = y;
	int c = strcmp(p->head, q->head);

	return c ? c : p->i < q->i ? -1 : p->i > q->i;
}

static int headkey_cmp_si(const void *x, const void *y)
{
	const struct headkey *p = x, *q = y;
	int c = strcmp(p->head, q->head);

	if (c)
		return c;
	if (p->survey != q->survey)
		return p->survey < q->survey ? -1 : 1;
	return p->i < q->i ? -1 : p->i > q->i;
}

/* The last entry of sorted v[0..n) below `key` (cmp) that has key's head
 * (and, with `by_survey`, its survey); -1 none. */
static long headkey_before(const struct headkey *v, size_t n, const struct headkey *key,
			   int (*cmp)(const void *, const void *), int by_survey)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (cmp(&v[mid], key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (!lo || strcmp(v[lo - 1].head, key->head) || (by_survey && v[lo - 1].survey != key->survey))
		return -1;
	return (long)v[lo - 1].i;
}

/* Build the two sorted lists of majority figures with a subject (once). */
static int maj_index(run *r)
{
	size_t i, n = 0;

	if (r->maj_done)
		return r->maj ? 0 : -1;
	r->maj_done = 1;
	for (i = 0; i < NCLAIMS(r); i++)
		n += maj_figure(CL(r, i)) && CL(r, i)->subject;
	r->maj = cc_calloc(r->ctx, n ? n : 1, sizeof *r->maj);
	r->majs = cc_calloc(r->ctx, n ? n : 1, sizeof *r->majs);
	if (!r->maj || !r->majs) {
		cc_free(r->ctx, r->maj);
		cc_free(r->ctx, r->majs);
		r->maj = r->majs = NULL;
		if (!r->rc)
			r->rc = cc_error_oom(r->ctx);
		return -1;
	}
	for (i = 0; i < NCLAIMS(r); i++)
		if (maj_figure(CL(r, i)) && CL(r, i)->subject) {
			r->maj[r->nmaj].head = head_of(r, i);
			r->maj[r->nmaj].survey = claim_survey(r, i);
			r->maj[r->nmaj++].i = i;
		}
	memcpy(r->majs, r->maj, r->nmaj * sizeof *r->maj);
	qsort(r->maj, r->nmaj, sizeof *r->maj, headkey_cmp_i);
	qsort(r->majs, r->nmaj, sizeof *r->majs, headkey_cmp_si);
	return 0;
}

/* The proportion that supports vague claim i ("a majority, 47 per cent";
 * "most managers" after "almost two-thirds of managers"), -1 none: a
 * restatement just after it, else the nearest figure before it that
 * restates it or is about the same group. Near i (where a restatement can
 * be) the claims are walked back one by one; beyond, the nearest figure of
 * the same group is looked up in the head-noun lists (maj_index), so a
 * run of "most" claims costs no rescan of the document. */
static long supporting_figure(run *r, size_t i)
{
	const cc_claim *c = CL(r, i);
	const char *h1;
	size_t j, f;
	long si = claim_survey(r, i);
	struct headkey key;

	/* restates() needs j within 400 bytes after i */
	for (j = i + 1; j < NCLAIMS(r) && CL(r, j)->start <= c->end + 400; j++)
		if (is_prop(CL(r, j)) && !is_wide(CL(r, j)) && restates(r, i, j))
			return (long)j;
	h1 = head_of(r, i);
	/* claims from f on may end within 400 bytes before i (restates(j, i)) */
	f = first_ending_after(r, c->start > 400 ? c->start - 400 : 0);
	for (j = i; j-- > f;) {
		const cc_claim *p = CL(r, j);

		if (!maj_figure(p))
			continue;
		if (restates(r, j, i))
			return (long)j;
		if (!h1[0] || !p->subject)
			continue;
		if (!strcmp(h1, head_of(r, j)) && (claim_survey(r, i) == claim_survey(r, j) || claim_survey(r, i) < 0))
			return (long)j;
	}
	if (!h1[0] || f == 0 || f > i || maj_index(r))
		return -1;
	/* before f: the nearest figure of the same group (and survey) */
	key.head = h1;
	key.survey = si;
	key.i = f;
	if (si < 0)
		return headkey_before(r->maj, r->nmaj, &key, headkey_cmp_i, 0);
	return headkey_before(r->majs, r->nmaj, &key, headkey_cmp_si, 1);
}

/* Lower end a majority test starts from: the wording's low, except that
 * a symmetric hedge ("some 52 per cent", "about 55%") is read as its
 * figure (the labelled passages read "some 52 per cent" as 52%). */
static double majority_low(const cc_claim *c)
{
	if (c->hedge && !directional_hedge(c) && c->low < c->value && c->high > c->value)
		return c->value;
	return c->low;
}

/* 13. "Most" that the interval doesn't support. */
static void chk_MAJORITY_NOT_SUPPORTED(run *r)
{
	size_t i;
	nbuf a, b, c, d, e;

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *cl = CL(r, i), *sup;
		int vague = (cl->traits & CC_TRAIT_VAGUE) && cl->low >= 0.5 - 1e-9 && is_wide(cl);
		long sj;
		double n, xmin, xmax, lo, hi, pb = NAN;
		const char *S;

		if (!is_prop(cl))
			continue;
		if (!vague && !(majority_low(cl) > 0.5 + 1e-9 ||
				(fabs(cl->low - 0.5) < 1e-9 && (cl->traits & CC_TRAIT_LOW_OPEN))))
			continue;
		sj = vague ? supporting_figure(r, i) : (long)i;
		if (sj < 0) {
			if (EXT(r, i)->survey_context || claim_n(r, i) > 0)
				flag(r, i, CC_CHECK_MAJORITY_NOT_SUPPORTED, CC_SEV_INFO,
				     "'%s' claims a majority, but no figure is given for it, so there is no way to "
				     "tell how far over half it is, or whether it is at all. Ask for the share and "
				     "the number of people asked.",
				     cl->text);
			continue;
		}
		sup = CL(r, (size_t)sj);
		n = claim_n(r, (size_t)sj);
		if (!(n > 0))
			n = claim_n(r, i);
		S = cl->subject ? cl->subject : sup->subject ? sup->subject : "people";
		if (sup->value <= 0.5 + 1e-9 && !(sup->traits & CC_TRAIT_LOW_OPEN)) {
			flag(r, i, CC_CHECK_MAJORITY_NOT_SUPPORTED, CC_SEV_ERROR,
			     "'%s' claims a majority, but the figure given is %s%%, which is not more than "
			     "half. A plurality is not a majority; say \"%s%%\" instead.",
			     cl->text, fmt_pctd(&a, sup->value, sup->decimals > 0 ? sup->decimals : 0),
			     fmt_pctd(&b, sup->value, sup->decimals > 0 ? sup->decimals : 0));
			continue;
		}
		if (!(n > 0))
			continue;
		/* x_min (Clarification 2): ceil(low n), or floor(low n) + 1 when open */
		xmin = ceil(majority_low(sup) * n - 5e-5 * n - 1e-9);
		if ((sup->traits & CC_TRAIT_LOW_OPEN) && fabs(xmin - majority_low(sup) * n) <= 5e-5 * n + 1e-9)
			xmin += 1;
		if (xmin > n || xmin < 0)
			continue;
		(void)xmax;
		if (cc_ci_prop(&lo, &hi, xmin, n, r->level, r->method))
			continue;
		if (cc_binom_test(&pb, xmin, n, 0.5, 1))
			pb = NAN;
		if (lo <= 0.5)
			flag(r, i, CC_CHECK_MAJORITY_NOT_SUPPORTED, CC_SEV_WARNING,
			     "'%s' claims a majority, but with %s respondents the wording allows as few as %s "
			     "of them, and then the share could be as low as %s%% (%s%% %s interval) -- under "
			     "half. The survey doesn't show that most %s agree (exact one-sided p = %s against "
			     "an even split).",
			     cl->text, fmt_n(&a, n), fmt_n(&b, xmin), fmt_num(&c, lo * 100, 1),
			     level_pct(&e, r->level), cc_ci_method_name(r->method), S, fmt_p(&d, pb));
		else if (lo < P_MAJORITY_JUST_OVER)
			flag(r, i, CC_CHECK_MAJORITY_NOT_SUPPORTED, CC_SEV_INFO,
			     "'%s': with %s respondents and at least %s of them agreeing, the lowest plausible "
			     "share is %s%% (%s%% %s interval), only just over half (exact one-sided p = %s).",
			     cl->text, fmt_n(&a, n), fmt_n(&b, xmin), fmt_num(&c, lo * 100, 1),
			     level_pct(&e, r->level), cc_ci_method_name(r->method), fmt_p(&d, pb));
		else
			pass(r, i, CC_CHECK_MAJORITY_NOT_SUPPORTED,
			     "with %s respondents and at least %s of them agreeing, even the lowest plausible "
			     "share, %s%% (%s%% %s interval), is clearly over half.",
			     fmt_n(&a, n), fmt_n(&b, xmin), fmt_num(&c, lo * 100, 1), level_pct(&e, r->level),
			     cc_ci_method_name(r->method));
	}
}

/* Decimals of a reference value as stored (4.3 -> 1). */
static int value_decimals(double v)
{
	char s[64], *dot;
	int d;

	snprintf(s, sizeof s, "%.10g", v);
	if (strchr(s, 'e'))
		return 0;
	dot = strchr(s, '.');
	if (!dot)
		return 0;
	d = (int)strlen(dot + 1);
	return d > 6 ? 6 : d;
}

/* Reference value in the claim's units (percent rows become fractions). */
static double ref_in_claim_units(const cc_claim *c, const cc_refmatch *m)
{
	int pct = c->kind == CC_KIND_PROPORTION || (c->traits & CC_TRAIT_PERCENT);
	int ref_pct = m->unit && (strstr(m->unit, "percent") || strstr(m->unit, "%") || strstr(m->unit, "per cent"));

	if (pct && (ref_pct || m->value > 1))
		return m->value / 100;
	return m->value;
}

/* Period of a reference row: "2024-Q1" -> last month 2024*12+3; 0 unknown. */
static int period_end_month(const char *p, int *gran)
{
	int y = 0, m = 0, q = 0;

	*gran = 0;
	if (!p)
		return 0;
	if (sscanf(p, "%4d-Q%1d", &y, &q) == 2 && q >= 1 && q <= 4) {
		*gran = 3;
		return y * 12 + q * 3;
	}
	if (sscanf(p, "%4d-%2d", &y, &m) == 2 && m >= 1 && m <= 12) {
		*gran = 1;
		return y * 12 + m;
	}
	if (sscanf(p, "%4d/%2d", &y, &m) == 2) {
		*gran = 12;
		return (y + 1) * 12 + 3; /* fiscal year ends in March */
	}
	if (sscanf(p, "%4d", &y) == 1 && y > 1000) {
		*gran = 12;
		return y * 12 + 12;
	}
	return 0;
}

/* The period claim i names, as an end month; granularity in *gran. */
static int claim_period(const run *r, size_t i, int *gran)
{
	const cc_claim_ext *e = EXT(r, i);

	*gran = 0;
	if (e->period_y <= 0)
		return 0;
	if (e->period_q >= 1 && e->period_q <= 4) {
		*gran = 3;
		return e->period_y * 12 + e->period_q * 3;
	}
	if (e->period_m >= 1 && e->period_m <= 12) {
		*gran = 1;
		return e->period_y * 12 + e->period_m;
	}
	*gran = 12;
	return e->period_y * 12 + 12;
}

static int doc_month(const run *r)
{
	return r->doc->date_y > 0 ? r->doc->date_y * 12 + r->doc->date_m : 0;
}

/* 14. The figure disagrees with the reference database. */
static void chk_REFERENCE_MISMATCH(run *r)
{
	size_t i;
	nbuf a, b, c;

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *cl = CL(r, i);
		const cc_finding *f = &r->doc->findings[i];
		double v, eps, lo, hi, dist, g;
		int pct, cp, rp, g1, g2;

		if (!f->has_ref || !isfinite(f->ref.value))
			continue;
		/* a claim that names another period is a staleness question */
		cp = claim_period(r, i, &g1);
		rp = period_end_month(f->ref.period, &g2);
		if (cp && rp && cp != rp)
			continue;
		pct = cl->kind == CC_KIND_PROPORTION || (cl->traits & CC_TRAIT_PERCENT);
		if (EXT(r, i)->ref_scale > 0) {
			/* the lookup's own unit conversion and the reference's precision */
			v = f->ref.value / EXT(r, i)->ref_scale;
			eps = EXT(r, i)->ref_eps > 0 ? EXT(r, i)->ref_eps / EXT(r, i)->ref_scale
						     : 0.5 * pow(10, -value_decimals(f->ref.value)) / EXT(r, i)->ref_scale;
		} else {
			v = ref_in_claim_units(cl, &f->ref);
			eps = 0.5 * pow(10, -value_decimals(f->ref.value)) * (v != f->ref.value ? 0.01 : 1);
		}
		reading(cl, &lo, &hi);
		dist = lo > v + eps ? lo - (v + eps) : (v - eps) > hi ? (v - eps) - hi : 0;
		if (!(dist > 1e-12)) {
			pass(r, i, CC_CHECK_REFERENCE_MISMATCH,
			     "%s gives %s%s for %s%s%s, which the figure's wording allows (rounding included).",
			     f->ref.source ? f->ref.source : "the reference database", fmt_num(&a, f->ref.value, 6),
			     pct ? (f->ref.value == v ? "" : "%") : "",
			     f->ref.indicator ? f->ref.indicator : "this figure", f->ref.period ? ", " : "",
			     f->ref.period ? f->ref.period : "");
			continue;
		}
		g = v != 0 ? dist / fabs(v) : INFINITY;
		flag(r, i, CC_CHECK_REFERENCE_MISMATCH, g > P_REFERENCE_ERROR_GAP ? CC_SEV_ERROR : CC_SEV_WARNING,
		     "The article says %s; %s gives %s%s for %s%s%s. The claim is off by %s%s (%s%% of the "
		     "reference value), more than rounding explains.",
		     cl->text, f->ref.source ? f->ref.source : "the reference database",
		     fmt_num(&a, f->ref.value, 6), pct ? (f->ref.value == v ? "" : "%") : "",
		     f->ref.indicator ? f->ref.indicator : "this figure", f->ref.period ? ", " : "",
		     f->ref.period ? f->ref.period : "", fmt_num(&b, pct && v != f->ref.value ? dist * 100 : dist, 3),
		     pct && v != f->ref.value ? " points" : "", fmt_num(&c, g * 100, 1));
	}
}

static int months_between(int later, int earlier)
{
	return later - earlier;
}

/* 15. Superseded or old figures, old fieldwork presented as new. */
static void chk_STALE_FIGURE(run *r)
{
	size_t i, s;
	int now = doc_month(r);
	nbuf a;

	if (!now)
		return;
	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_finding *f = &r->doc->findings[i];
		const cc_refmatch *nw = EXT(r, i)->newer_ref;
		int g, rg, cp = claim_period(r, i, &g), rp, window, age;

		/* (a) the reference lookup found a newer row of the same series,
		 * public by the document's date */
		if (f->has_ref && nw && isfinite(nw->value)) {
			double scale = EXT(r, i)->ref_scale > 0 ? EXT(r, i)->ref_scale : 1, lo, hi, v = nw->value / scale;
			int differs;

			reading(CL(r, i), &lo, &hi);
			differs = v < lo - 1e-12 || v > hi + 1e-12;
			flag(r, i, CC_CHECK_STALE_FIGURE, differs ? CC_SEV_WARNING : CC_SEV_INFO,
			     "This matches %s for %s, but a newer figure (%s, %s) was published%s%s, before "
			     "this article.%s",
			     f->ref.source ? f->ref.source : "the reference figure", f->ref.period ? f->ref.period : "an earlier period",
			     fmt_num(&a, nw->value, 6), nw->period ? nw->period : "a later period",
			     nw->released ? " on " : "", nw->released ? nw->released : "",
			     differs ? " Quote the latest figure, or say which period this one covers." : "");
			continue;
		}
		/* (a) the matched row is newer than the period the claim names */
		if (f->has_ref && cp && (rp = period_end_month(f->ref.period, &rg)) > cp) {
			double v = ref_in_claim_units(CL(r, i), &f->ref), lo, hi;
			int differs;

			reading(CL(r, i), &lo, &hi);
			differs = v < lo || v > hi;
			flag(r, i, CC_CHECK_STALE_FIGURE, differs ? CC_SEV_WARNING : CC_SEV_INFO,
			     "This is the figure for an earlier period, but a newer one (%s, %s) was "
			     "published%s%s, before this article.",
			     fmt_num(&a, f->ref.value, 6), f->ref.period, f->ref.released ? " on " : "",
			     f->ref.released ? f->ref.released : "");
			continue;
		}
		/* (b) the period is older than its frequency's freshness window */
		if (!cp && f->has_ref && f->ref.period) {
			pass(r, i, CC_CHECK_STALE_FIGURE,
			     "it matches %s for %s, and the reference database holds no newer figure of that "
			     "series published before this article.",
			     f->ref.source ? f->ref.source : "the reference figure", f->ref.period);
			continue;
		}
		if (!cp || !(f->has_ref || (EXT(r, i)->attributed && !EXT(r, i)->survey_context)))
			continue;
		window = g == 1 ? (int)P_STALE_MONTHLY_MONTHS : g == 3 ? (int)P_STALE_QUARTERLY_MONTHS
							    : (int)P_STALE_ANNUAL_MONTHS;
		age = months_between(now, cp);
		if (age >= 0 && age <= window)
			pass(r, i, CC_CHECK_STALE_FIGURE,
			     "'%s' is for a period that ended about %d month%s before this article, within the "
			     "%d months a %s figure stays current.",
			     CL(r, i)->text, age, age == 1 ? "" : "s", window,
			     g == 1 ? "monthly" : g == 3 ? "quarterly" : "yearly");
		else if (age > window)
			flag(r, i, CC_CHECK_STALE_FIGURE, CC_SEV_INFO,
			     "'%s' is for a period that ended about %d months before this article; figures "
			     "published %s are usually replaced within %d months. Check whether a newer "
			     "figure exists and say which period this one covers.",
			     CL(r, i)->text, age, g == 1 ? "monthly" : g == 3 ? "quarterly" : "yearly", window);
	}
	/* (c) a "new" survey whose fieldwork is more than a year old */
	for (s = 0; s < r->doc->nsurveys; s++) {
		const cc_survey_info *sv = &r->doc->surveys[s];
		long t = survey_target(r, (long)s);
		int end, age;

		if (t < 0 || !sv->is_new || sv->fieldwork_end_y <= 0)
			continue;
		end = sv->fieldwork_end_y * 12 + (sv->fieldwork_end_m > 0 ? sv->fieldwork_end_m : 12);
		age = months_between(now, end);
		if (age >= 0 && age <= (int)P_STALE_FIELDWORK_MONTHS)
			pass(r, (size_t)t, CC_CHECK_STALE_FIGURE,
			     "the survey is presented as new, and its fieldwork ended about %d month%s before "
			     "this article, within %d months.",
			     age, age == 1 ? "" : "s", (int)P_STALE_FIELDWORK_MONTHS);
		else if (age > (int)P_STALE_FIELDWORK_MONTHS)
			flag(r, (size_t)t, CC_CHECK_STALE_FIGURE, CC_SEV_INFO,
			     "The survey is presented as new, but its fieldwork ended about %d months before "
			     "this article. Say when the interviews took place.",
			     age);
	}
}

/* ---- the same quantity stated twice (checks 16 and 17) ---- */

#define QWORDS 12
#define QLEN 16   /* a clause word as extract/cues.c cuts it: at most 15 letters */
#define QPAIRS 64 /* candidate figures compared with each figure (checks 16, 17) */

/* A claim's clause words (extract/cues.c, ext->clause), split once per run:
 * the pair loops of checks 16 and 17 compare every figure with many others. */
struct clause {
	unsigned char done, timed, n;
	char w[QWORDS][QLEN];
};

/* Split claim i's clause words into q. */
static void clause_load(const run *r, size_t i, struct clause *q)
{
	const char *p = EXT(r, i)->clause;

	q->n = 0;
	q->timed = (EXT(r, i)->cues & CC_CUE_TIMED) != 0;
	while (p && *p && q->n < QWORDS) {
		size_t l = strcspn(p, " ");

		if (l >= QLEN)
			l = QLEN - 1;
		memcpy(q->w[q->n], p, l);
		q->w[q->n++][l] = '\0';
		p += strcspn(p, " ");
		while (*p == ' ')
			p++;
	}
	q->done = 1;
}

/* Same word, give or take an ending: "plan"/"planned", "cost"/"costs". */
static int word_match(const char *x, const char *y)
{
	size_t lx = strlen(x), ly = strlen(y), k = 0, m = lx < ly ? lx : ly;

	while (k < m && x[k] == y[k])
		k++;
	return k == m ? m >= 3 : k >= 4 && k * 4 >= m * 3;
}

/* Are claims i < j the same quantity stated twice: proportions of the same
 * linked sample and group, for the same period, whose clauses say the
 * same thing -- every content word of the shorter clause (three at least)
 * is in the longer one ("one in four nurses plan to quit" / "a third of
 * the nurses plan to quit their jobs")? Restatements always are. */
static int same_quantity(const run *r, size_t i, size_t j)
{
	size_t ni, nj, k, l, hit = 0;
	int ti, tj;
	char (*sm)[QLEN], (*lg)[QLEN];
	size_t ns, nl;

	if (restates(r, i, j))
		return 1;
	if (same_sentence(r, i, j) || from_to(r, i, j) || different_groups(r, i, j))
		return 0;
	/* the same survey, linked: figures with no sample are only compared
	   when one restates the other */
	{
		long si = sample_of(r, i), sj = sample_of(r, j), vi = claim_survey(r, i), vj = claim_survey(r, j);

		/* a count "162 of the 300 tenants" carries its n but no link */
		if ((si != sj && si >= 0 && sj >= 0) || (vi != vj && vi >= 0 && vj >= 0) ||
		    (si < 0 && sj < 0 && vi < 0 && vj < 0) || fabs(claim_n(r, i) - claim_n(r, j)) > 0.5 ||
		    !(claim_n(r, i) > 0))
			return 0;
	}
	if (EXT(r, i)->period_y != EXT(r, j)->period_y || EXT(r, i)->period_m != EXT(r, j)->period_m ||
	    EXT(r, i)->period_q != EXT(r, j)->period_q)
		return 0;
	if (!r->clauses)
		return 0;
	for (k = 0; k < 2; k++) {
		struct clause *q = &r->clauses[k ? j : i];

		if (!q->done)
			clause_load(r, k ? j : i, q);
	}
	ni = r->clauses[i].n;
	nj = r->clauses[j].n;
	ti = r->clauses[i].timed;
	tj = r->clauses[j].timed;
	if (ti || tj || ni < 3 || nj < 3)
		return 0;
	sm = ni <= nj ? r->clauses[i].w : r->clauses[j].w;
	lg = ni <= nj ? r->clauses[j].w : r->clauses[i].w;
	ns = ni <= nj ? ni : nj;
	nl = ni <= nj ? nj : ni;
	for (k = 0; k < ns; k++)
		for (l = 0; l < nl; l++)
			if (word_match(sm[k], lg[l])) {
				hit++;
				break;
			}
	return hit == ns;
}

/* 16. One figure stated two incompatible ways (section 16: same kind,
 * subject, sample and period; reading intervals R(c) disjoint). */
static void chk_INCONSISTENT_FIGURES(run *r)
{
	size_t i, j;
	nbuf a, b, c, d, e, f;

	for (j = 0; j < NCLAIMS(r); j++) {
		size_t tried = 0, q, lo, hi;

		if (!is_prop(CL(r, j)) || is_wide(CL(r, j)))
			continue;
		/* nearest first; the first statement of the same quantity decides,
		   and at most QPAIRS candidates of the same survey are compared
		   (of the PAIR_MAX nearest proportions in the window) */
		candidates(&r->props, window_start(r, j), j, &lo, &hi);
		for (q = hi; q-- > lo && tried < QPAIRS;) {
			const cc_claim *x, *y = CL(r, j);
			double l1, h1, l2, h2;

			i = r->props.v[q];
			x = CL(r, i);
			/* a hedge against an exact figure is check 17's business */
			if (directional_hedge(x) != directional_hedge(y))
				continue;
			tried++;
			if (!same_quantity(r, i, j))
				continue;
			reading(x, &l1, &h1);
			reading(y, &l2, &h2);
			if (l1 <= h2 + 1e-12 && l2 <= h1 + 1e-12) {
				pass(r, j, CC_CHECK_INCONSISTENT_FIGURES,
				     "'%s' and '%s' state the same figure, and they agree: '%s' allows %s%% to %s%% "
				     "and '%s' allows %s%% to %s%% (rounding included), and those ranges overlap.",
				     x->text, y->text, x->text, fmt_num(&a, l1 * 100, 1), fmt_num(&b, h1 * 100, 1),
				     y->text, fmt_num(&c, l2 * 100, 1), fmt_num(&d, h2 * 100, 1));
				break;
			}
			flag(r, j, CC_CHECK_INCONSISTENT_FIGURES, CC_SEV_ERROR,
			     "The article gives the same figure two ways that don't agree: '%s' (%s%%) and "
			     "'%s' (%s%%). Even allowing for rounding they can't both be right (%s%% to %s%% "
			     "against %s%% to %s%%); check the source.",
			     x->text, fmt_num(&a, x->value * 100, 1), y->text, fmt_num(&b, y->value * 100, 1),
			     fmt_num(&c, l1 * 100, 1), fmt_num(&d, h1 * 100, 1), fmt_num(&e, l2 * 100, 1),
			     fmt_num(&f, h2 * 100, 1));
			break;
		}
	}
}

/* A count of the sample written "140 of them" that came out as a
 * sample_size claim: its share of the survey's n. */
static int counted_of_them(const run *r, size_t j, double *v, double *n)
{
	const cc_claim *c = CL(r, j);

	if (c->kind != CC_KIND_SAMPLE_SIZE || EXT(r, j)->sample_role != 3)
		return 0;
	*n = survey_n(r, claim_survey(r, j));
	if (!(*n > 0) || !(c->value <= *n) || !(EXT(r, j)->cues & CC_CUE_OF_THEM))
		return 0;
	*v = c->value / *n;
	return 1;
}

/* 17. A hedge that moves the figure the wrong way. */
static void chk_HEDGE_CONTRADICTS_FIGURE(run *r)
{
	size_t i, j;
	nbuf a, b, c, d;

	for (j = 0; j < NCLAIMS(r); j++) {
		/* a pair is a hedged proportion and an exact one (or a count "140
		 * of them"): j's partners come from one list, nearest PAIR_MAX */
		const idxlist *L;
		size_t q, lo0, hi0;
		double cv = 0, cn = 0;
		int counted = counted_of_them(r, j, &cv, &cn);

		if (counted || (is_prop(CL(r, j)) && is_exact(CL(r, j))))
			L = &r->hedged;
		else if (is_prop(CL(r, j)) && directional_hedge(CL(r, j)))
			L = &r->exact;
		else
			continue;
		candidates(L, window_start(r, j), j, &lo0, &hi0);
		for (q = lo0; q < hi0; q++) {
			size_t h, x;
			const cc_claim *hc, *xc;
			double lo, hi, n;
			int meets;
			const char *dir;

			i = L->v[q];
			if (counted && restates(r, i, j)) {
				/* "almost two-thirds ... -- 140 of them --" read as a sample claim */
				const cc_claim *hc2 = CL(r, i);

				if (!(cv >= hc2->low - 1e-12 && cv <= hc2->high + 1e-12) ||
				    ((hc2->traits & CC_TRAIT_HIGH_OPEN) && cv >= hc2->high - 1e-9) ||
				    ((hc2->traits & CC_TRAIT_LOW_OPEN) && cv <= hc2->low + 1e-9))
					flag(r, i, CC_CHECK_HEDGE_CONTRADICTS_FIGURE, CC_SEV_WARNING,
					     "'%s' suggests %s %s%%, but the survey's own figure is %s of %s (%s%%). "
					     "Use the exact figure.",
					     hc2->text, (hc2->traits & CC_TRAIT_HIGH_OPEN) ? "a little under" : "a little over",
					     fmt_num(&a, hc2->value * 100, 1), fmt_n(&b, CL(r, j)->value), fmt_n(&c, cn),
					     fmt_num(&d, cv * 100, 1));
				continue;
			}
			if (!is_prop(CL(r, i)) || !is_prop(CL(r, j)))
				continue;
			if (directional_hedge(CL(r, i)) && is_exact(CL(r, j))) {
				h = i;
				x = j;
			} else if (directional_hedge(CL(r, j)) && is_exact(CL(r, i))) {
				h = j;
				x = i;
			} else {
				continue;
			}
			if (!same_quantity(r, i, j))
				continue;
			hc = CL(r, h);
			xc = CL(r, x);
			lo = xc->value - tolerance(xc);
			hi = xc->value + tolerance(xc);
			meets = hi >= hc->low - 1e-12 && lo <= hc->high + 1e-12;
			if (meets && (hc->traits & CC_TRAIT_HIGH_OPEN) && lo >= hc->high - 1e-9)
				meets = 0;
			if (meets && (hc->traits & CC_TRAIT_LOW_OPEN) && hi <= hc->low + 1e-9)
				meets = 0;
			if (meets) {
				pass(r, h, CC_CHECK_HEDGE_CONTRADICTS_FIGURE,
				     "the exact figure '%s' (%s%%) lies in the range the hedge allows (%s%% to %s%%).",
				     xc->text, fmt_num(&d, xc->value * 100, 1), fmt_num(&a, hc->low * 100, 1),
				     fmt_num(&b, hc->high * 100, 1));
				continue;
			}
			dir = (hc->traits & CC_TRAIT_HIGH_OPEN) ? "a little under"
			      : (hc->traits & CC_TRAIT_LOW_OPEN) ? "a little over"
			      : hc->high > hc->value + 1e-9 ? "at least" : "at most";
			n = claim_n(r, x);
			if ((xc->traits & CC_TRAIT_COUNTED) && n > 0)
				flag(r, h, CC_CHECK_HEDGE_CONTRADICTS_FIGURE, CC_SEV_WARNING,
				     "'%s' suggests %s %s%%, but the survey's own figure is %s of %s (%s%%). Use "
				     "the exact figure.",
				     hc->text, dir, fmt_num(&a, hc->value * 100, 1), fmt_n(&b, xc->value * n),
				     fmt_n(&c, n), fmt_num(&d, xc->value * 100, 1));
			else
				flag(r, h, CC_CHECK_HEDGE_CONTRADICTS_FIGURE, CC_SEV_WARNING,
				     "'%s' suggests %s %s%%, but the article's own figure is '%s' (%s%%). Use the "
				     "exact figure.",
				     hc->text, dir, fmt_num(&a, hc->value * 100, 1), xc->text,
				     fmt_num(&d, xc->value * 100, 1));
		}
	}
}

/* 18. Shares of one single-choice question adding to over 100%. */
static void chk_PARTS_EXCEED_WHOLE(run *r)
{
	size_t i, j, k;
	nbuf a, b, c;

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *x = CL(r, i);
		size_t grp[16], g = 0, s0, s1;
		int asked;
		double sum, max;
		char list[400];

		if (!is_prop(x) || is_wide(x) || !(claim_n(r, i) > 0))
			continue;
		/* i must open its group: no earlier member in the sentence. The
		 * scans walk the claims of i's sentence only (index_claims). */
		sent_span(r, i, &s0, &s1);
		for (k = r->ci[i].first; k < i; k = r->ci[k].next)
			if (is_prop(CL(r, k)) && same_base(r, k, i) && !is_wide(CL(r, k)))
				break;
		if (k < i)
			continue;
		asked = (EXT(r, i)->cues & CC_CUE_ASKED) != 0;
		grp[g++] = i;
		for (j = r->ci[i].next; j != NONE && g < 16 && CL(r, j)->start < s1; j = r->ci[j].next) {
			const cc_claim *y = CL(r, j);
			size_t p;
			int skip = 0;

			if (!is_prop(y) || is_wide(y) || !same_base(r, i, j))
				continue;
			for (p = 0; p < g; p++)
				if (restates(r, grp[p], j) || from_to(r, grp[p], j))
					skip = 1;
			if (skip || !(asked || (EXT(r, j)->cues & CC_CUE_ELLIPTIC)))
				continue;
			grp[g++] = j;
		}
		if (g < 2)
			continue;
		sum = 0;
		max = 1;
		list[0] = '\0';
		for (k = 0; k < g; k++) {
			size_t len = strlen(list);

			sum += CL(r, grp[k])->value;
			max += tolerance(CL(r, grp[k]));
			snprintf(list + len, sizeof list - len, "%s%s%%",
				 k == 0 ? "" : (k + 1 == g ? " and " : ", "),
				 fmt_pctd(&a, CL(r, grp[k])->value, CL(r, grp[k])->decimals));
		}
		if (!(sum > max + 1e-9)) {
			static const char *const howmany[] = { "", "", "two", "three", "four", "five", "six",
							       "seven", "eight", "nine", "ten" };
			char gn[16];

			if (g < sizeof howmany / sizeof howmany[0])
				snprintf(gn, sizeof gn, "%s", howmany[g]);
			else
				snprintf(gn, sizeof gn, "%zu", g);
			pass(r, grp[g - 1], CC_CHECK_PARTS_EXCEED_WHOLE,
			     "the %s shares of the same %s people (%s) add up to %s%%, within 100%% (at most "
			     "%s%% allowing for rounding).",
			     gn, fmt_n(&b, claim_n(r, i)), list, fmt_num(&a, sum * 100, 1), fmt_num(&c, max * 100, 2));
			continue;
		}
		flag(r, grp[g - 1], CC_CHECK_PARTS_EXCEED_WHOLE, CC_SEV_ERROR,
		     "These shares (%s) add up to %s%% of the same %s people, but answers to one question "
		     "can't add up to more than 100%% (allowing for rounding, at most %s%%). Check the "
		     "figures, or whether people could give more than one answer.",
		     list, fmt_num(&a, sum * 100, 1), fmt_n(&b, claim_n(r, i)), fmt_num(&c, max * 100, 2));
	}
}

/* 19. A quoted margin smaller than n allows. */
static void chk_MOE_STATED_WRONG(run *r)
{
	size_t i;
	nbuf a, b, c, d, e;

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *cl = CL(r, i);
		double n = claim_n(r, i), N, m;

		if (cl->kind != CC_KIND_MARGIN_OF_ERROR || !(n > 0) || !(cl->value > 0))
			continue;
		N = claim_N(r, i);
		m = moe0(r, n, 1, N);
		if (!(cl->value < m - P_MOE_ROUNDING)) {
			pass(r, i, CC_CHECK_MOE_STATED_WRONG,
			     "the quoted ±%s points is at least the ±%s points that %s respondents allow "
			     "(half a point is left for rounding).",
			     fmt_num(&a, cl->value * 100, 1), fmt_pts(&c, m), fmt_n(&b, n));
			continue;
		}
		flag(r, i, CC_CHECK_MOE_STATED_WRONG, cl->value < m / 2 ? CC_SEV_ERROR : CC_SEV_WARNING,
		     "The article says the margin of error is ±%s points, but for %s respondents it is at "
		     "least ±%s points (more if the data were weighted). A margin of ±%s would need about "
		     "%s people.",
		     fmt_num(&a, cl->value * 100, 1), fmt_n(&b, n), fmt_pts(&c, m), fmt_num(&d, cl->value * 100, 1),
		     fmt_n(&e, need_n(r, cl->value, N > n ? N : 0)));
	}
}

/* 20. A margin of error for volunteers. */
static void chk_MOE_ON_NONPROBABILITY(run *r)
{
	size_t i;

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *cl = CL(r, i);
		long s = claim_survey(r, i);
		const cc_survey_info *sv = survey_at(r, s);
		const cc_survey_ref *sr = claim_sref(r, i);
		nbuf nb;

		if (cl->kind != CC_KIND_MARGIN_OF_ERROR)
			continue;
		if (!((sv && (sv->selfselect_cue || sv->opt_in)) || (sr && sr->probability_sample == 0))) {
			nbuf nn;
			double n = claim_n(r, i);

			pass(r, i, CC_CHECK_MOE_ON_NONPROBABILITY,
			     "the margin of error ±%s points belongs to a survey%s%s%s that neither the article "
			     "nor the reference database describes as opt-in or self-selected, so a sampling "
			     "margin can apply.",
			     fmt_num(&nn, cl->value * 100, 1), n > 0 ? " of " : "", n > 0 ? fmt_n(&nb, n) : "",
			     n > 0 ? " people" : "");
			continue;
		}
		if (EXT(r, i)->modelled) {
			pass(r, i, CC_CHECK_MOE_ON_NONPROBABILITY,
			     "the respondents volunteered, but the article presents the ±%s points as a "
			     "model-based figure (\"%s\"), the kind AAPOR accepts for opt-in samples, not as a "
			     "sampling margin.",
			     fmt_num(&nb, cl->value * 100, 1), EXT(r, i)->modelled);
			continue;
		}
		flag(r, i, CC_CHECK_MOE_ON_NONPROBABILITY, CC_SEV_WARNING,
		     "A margin of error is quoted for a survey whose respondents volunteered%s%s%s. AAPOR "
		     "says sampling error can't be calculated for self-selected samples and quoting one "
		     "misleads; at most a model-based 'credibility interval' applies, with its assumptions "
		     "stated.",
		     sv && sv->selfselect_cue ? " (\"" : "", sv && sv->selfselect_cue ? sv->selfselect_cue : "",
		     sv && sv->selfselect_cue ? "\")" : "");
	}
}

/* The first number written in digits in `text`: its span [*b, *e) and
 * its significant figures as written ("3.47 million" -> 3; "2,400,000" ->
 * 2: trailing zeros of a whole number are not significant); 0 when the
 * text has no digits. */
static int sig_figs(const char *text, size_t *b, size_t *e)
{
	const char *p = text, *q;
	int n = 0, dot = 0, zeros = 0, lead = 1;

	while (*p && !isdigit((unsigned char)*p))
		p++;
	if (!*p)
		return 0;
	*b = (size_t)(p - text);
	for (q = p; *q; q++) {
		if (*q == ',' && isdigit((unsigned char)q[1]) && !dot)
			continue;
		if (*q == '.' && !dot && isdigit((unsigned char)q[1])) {
			dot = 1;
			continue;
		}
		if (!isdigit((unsigned char)*q))
			break;
		if (lead && *q == '0')
			continue;
		lead = 0;
		n++;
		zeros = *q == '0' ? zeros + 1 : 0;
	}
	*e = (size_t)(q - text);
	if (!dot)
		n -= zeros;
	return n > 0 ? n : 1;
}

/* `text` with its number rounded to s significant figures:
 * "3.47 million" at 2 -> "3.5 million", "3,472,118" at 2 -> "3,500,000". */
static void round_text(const char *text, int s, char *out, size_t cap)
{
	size_t b, e, k, o = 0;
	char num[64], tmp[64];
	double x, mag, r;
	int dec, commas;

	if (!sig_figs(text, &b, &e) || e - b >= sizeof num) {
		snprintf(out, cap, "%s", text);
		return;
	}
	commas = memchr(text + b, ',', e - b) != NULL;
	for (k = b; k < e; k++)
		if (text[k] != ',')
			num[o++] = text[k];
	num[o] = '\0';
	x = atof(num);
	if (!(x > 0)) {
		snprintf(out, cap, "%s", text);
		return;
	}
	mag = floor(log10(x));
	dec = s - 1 - (int)mag;
	r = dec >= 0 ? x : round(x / pow(10, -dec)) * pow(10, -dec);
	if (commas && dec <= 0) {
		nbuf nb;

		snprintf(tmp, sizeof tmp, "%s", fmt_n(&nb, r));
	} else {
		snprintf(tmp, sizeof tmp, "%.*f", dec > 0 ? dec : 0, r);
	}
	snprintf(out, cap, "%.*s%s%s", (int)b, text, tmp, text + e);
}

/* 21 (b). A count grossed up from survey share j: its stated relative
 * precision 0.5 10^-(s-1) against a tenth of the share's relative
 * half-width m/p (F3 at p; claimcheck default). */
static void false_precision_gross(run *r, size_t k)
{
	const cc_claim *c = CL(r, k), *sh;
	size_t j, b, e;
	double n, N, m, p, rel, step;
	int s, s2;
	char rounded[160];
	nbuf a, bb, cc, d, f;

	if (!(c->kind == CC_KIND_COUNT || c->kind == CC_KIND_AMOUNT) || k == 0)
		return;
	j = k - 1;
	sh = CL(r, j);
	n = claim_n(r, j);
	if (!is_prop(sh) || is_wide(sh) || !(n > 0) || !(sh->value > 0) || !(c->value > n))
		return;
	/* "equivalent to", "which means" between the share and the count */
	if (!(EXT(r, k)->cues & CC_CUE_GROSSED_UP))
		return;
	if (!(s = sig_figs(c->text, &b, &e)))
		return;
	N = claim_N(r, j);
	p = sh->value;
	if (cc_moe(&m, p, n, r->level, claim_deff(r, j), N >= n ? N : 0) || !(m > 0))
		return;
	rel = m / p;
	step = 0.5 * pow(10, -(s - 1));
	/* the most figures the survey supports: 0.5 10^-(s2-1) >= rel/10 */
	s2 = (int)floor(1 + log10(5 / rel) + 1e-9);
	if (s2 < 1)
		s2 = 1;
	if (!(step < rel / P_FALSE_PRECISION_GROSS_RATIO)) {
		pass(r, k, CC_CHECK_FALSE_PRECISION,
		     "'%s' grosses up the %s%% share of %s respondents; its %d significant figure%s (good to "
		     "±%s%%) are not much finer than the share's own uncertainty, ±%s points or ±%s%% of its "
		     "value.",
		     c->text, fmt_num(&a, p * 100, 1), fmt_n(&bb, n), s, s == 1 ? "" : "s",
		     fmt_num(&cc, step * 100, 3), fmt_pts(&d, m), fmt_num(&f, rel * 100, 1));
		return;
	}
	round_text(c->text, s2, rounded, sizeof rounded);
	flag(r, k, CC_CHECK_FALSE_PRECISION, CC_SEV_INFO,
	     "'%s' is the %s%% share of %s respondents grossed up to the whole population and given to %d "
	     "significant figures, but the share is uncertain by ±%s points (±%s%% of its value), so the "
	     "total is too. 'About %s' says as much without implying precision the survey doesn't have.",
	     c->text, fmt_num(&a, p * 100, 1), fmt_n(&bb, n), s, fmt_pts(&d, m), fmt_num(&f, rel * 100, 1),
	     rounded);
}

/* 21. Decimals finer than the sample can support: (a) a percentage's
 * decimals, (b) the figures of a count grossed up from a survey share. */
static void chk_FALSE_PRECISION(run *r)
{
	size_t i;
	nbuf a, b, c;

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *cl = CL(r, i);
		double n = claim_n(r, i), m, N, step;

		false_precision_gross(r, i);
		if (!is_prop(cl) || !(cl->traits & CC_TRAIT_PERCENT) || cl->decimals < 1 || !(n > 0))
			continue;
		N = claim_N(r, i);
		/* F3 at the stated value (Clarification 3), in points */
		if (cc_moe(&m, cl->value, n, r->level, claim_deff(r, i), N >= n ? N : 0) || !(m > 0))
			continue;
		step = pow(10, -cl->decimals);
		if (!(step < m * 100 / P_FALSE_PRECISION_RATIO)) {
			pass(r, i, CC_CHECK_FALSE_PRECISION,
			     "%d decimal place%s is not much finer than the ±%s-point margin of %s respondents.",
			     cl->decimals, cl->decimals == 1 ? "" : "s", fmt_pts(&b, m), fmt_n(&a, n));
			continue;
		}
		flag(r, i, CC_CHECK_FALSE_PRECISION, CC_SEV_INFO,
		     "'%s' is given to %d decimal place%s, but with %s respondents it is uncertain by ±%s "
		     "points. '%s%%' says as much without implying precision the survey doesn't have.",
		     cl->text, cl->decimals, cl->decimals == 1 ? "" : "s", fmt_n(&a, n), fmt_pts(&b, m),
		     fmt_pct(&c, cl->value));
	}
}

/* GRIM: the calculator (round half up or down, as scrutiny's default),
 * or truncation, checked here on the whole counts next to value * n. */
static int grim_ok(const char *str, double n, double items, int percent, double value, int d)
{
	double scale = percent ? 100 : 1, step = pow(10, -d), nk = n * items;
	double k = floor(value * nk / scale);
	int ok = 0, t;

	for (t = -1; t <= 2; t++) {
		double v = (k + t) * scale / nk;

		if (k + t >= 0 && v >= value - 1e-9 && v < value + step - 1e-9)
			return 1; /* truncation */
	}
	if (cc_grim(&ok, str, n, items, percent, CC_ROUND_UP_OR_DOWN, 0) == CC_OK)
		return ok;
	for (t = -1; t <= 2; t++) {
		double v = (k + t) * scale / nk;

		if (k + t >= 0 && fabs(v - value) <= step / 2 + 1e-9)
			return 1;
	}
	return 0;
}

/* 22. A percentage no count of n people can give. */
static void chk_GRIM_PERCENT(run *r)
{
	size_t i;
	nbuf a, b, c, d, e, f;

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *cl = CL(r, i);
		const cc_survey_ref *sr = claim_sref(r, i);
		double n = claim_n(r, i), v = cl->value * 100, k1, k2;
		int d0 = cl->decimals > 0 ? cl->decimals : 0, weighted;
		char str[48];

		if (!is_prop(cl) || !(cl->traits & CC_TRAIT_PERCENT) || !is_exact(cl) || cl->hedge)
			continue;
		if (cl->traits & (CC_TRAIT_COUNTED | CC_TRAIT_RANGE | CC_TRAIT_VAGUE))
			continue;
		if (!(n >= 1) || n != floor(n) || n > 1e7 || !(100 / n > pow(10, -d0)))
			continue;
		weighted = claim_deff(r, i) > 1 || (sr && sr->weighted == 1);
		if (weighted)
			continue;
		snprintf(str, sizeof str, "%.*f", d0, v);
		if (grim_ok(str, n, 1, 1, atof(str), d0)) {
			pass(r, i, CC_CHECK_GRIM_PERCENT,
			     "%s%% is possible with %s respondents (about %s of them).", str, fmt_n(&a, n),
			     fmt_n(&b, floor(v * n / 100 + 0.5)));
			continue;
		}
		k1 = floor(v * n / 100 + 1e-9);
		k2 = k1 + 1;
		flag(r, i, CC_CHECK_GRIM_PERCENT, sr && sr->weighted == 0 ? CC_SEV_ERROR : CC_SEV_WARNING,
		     "With %s respondents each person is %s points, so every percentage must be a multiple "
		     "of that. %s%% isn't possible -- the nearest are %s%% (%s people) and %s%% (%s people). "
		     "Either the figure or the sample size is wrong, or the data were weighted.",
		     fmt_n(&a, n), fmt_num(&b, 100 / n, 2), str, fmt_num(&c, 100 * k1 / n, 2), fmt_n(&d, k1),
		     fmt_num(&e, 100 * k2 / n, 2), fmt_n(&f, k2));
	}
}

/* 23. Weighting costs precision the quoted margin ignores. */
static void chk_DESIGN_EFFECT_IGNORED(run *r)
{
	size_t s, i, k;
	nbuf a, b, c, d, e, f;

	for (s = 0; s < r->doc->nsurveys; s++) {
		long t = survey_target(r, (long)s);
		double n = survey_n(r, (long)s), deff, msrs, madj, mq = 0;
		int quoted = 0, ignores = 0;

		if (t < 0)
			continue;
		if (!(n > 0))
			n = claim_n(r, (size_t)t);
		deff = claim_deff(r, (size_t)t);
		if (!(n > 0))
			continue;
		msrs = moe0(r, n, 1, 0);
		madj = moe0(r, n, deff, 0);
		if (deff < P_DEFF_MIN) {
			const cc_survey_ref *sr = claim_sref(r, (size_t)t);

			/* only a design effect someone stated: 1 is also "unknown" */
			if ((r->doc->surveys[s].deff >= 1 || (sr && sr->deff >= 1)) &&
			    strcmp(fmt_pts(&c, madj), fmt_pts(&d, msrs)))
				pass(r, (size_t)t, CC_CHECK_DESIGN_EFFECT_IGNORED,
				     "the design effect of %s is under %s, so weighting barely changes the "
				     "margin: about ±%s points rather than ±%s for %s respondents.",
				     fmt_num(&e, deff, 2), fmt_num(&a, P_DEFF_MIN, 1), c.s, d.s, fmt_n(&b, n));
			else if (r->doc->surveys[s].deff >= 1 || (sr && sr->deff >= 1))
				pass(r, (size_t)t, CC_CHECK_DESIGN_EFFECT_IGNORED,
				     "the design effect of %s is under %s, so weighting leaves the margin for %s "
				     "respondents at about ±%s points.",
				     fmt_num(&e, deff, 2), fmt_num(&a, P_DEFF_MIN, 1), fmt_n(&b, n), c.s);
			continue;
		}
		/* with several surveys, the margins of this one (its claim list) */
		for (k = r->doc->nsurveys > 1 ? r->sv_off[s] : 0;
		     k < (r->doc->nsurveys > 1 ? r->sv_off[s + 1] : NCLAIMS(r)); k++) {
			i = r->doc->nsurveys > 1 ? r->sv_idx[k] : k;
			if (CL(r, i)->kind != CC_KIND_MARGIN_OF_ERROR)
				continue;
			if (!quoted)
				mq = CL(r, i)->value;
			quoted = 1;
			if (fabs(CL(r, i)->value - msrs) <= P_DEFF_MOE_MATCH)
				ignores = 1;
		}
		if (quoted && !ignores) {
			pass(r, (size_t)t, CC_CHECK_DESIGN_EFFECT_IGNORED,
			     "the poll was weighted (design effect %s, so its %s respondents count as about %s), "
			     "and the quoted margin, ±%s points, is not the unweighted ±%s: it allows for the "
			     "weighting (about ±%s).",
			     fmt_num(&e, deff, 2), fmt_n(&a, n), fmt_n(&b, n / deff), fmt_num(&f, mq * 100, 1),
			     fmt_pts(&d, msrs), fmt_pts(&c, madj));
			continue;
		}
		flag(r, (size_t)t, CC_CHECK_DESIGN_EFFECT_IGNORED, CC_SEV_INFO,
		     "The poll was weighted (design effect %s), which cuts its effective sample from %s to "
		     "about %s; the margin of error is nearer ±%s points than ±%s.",
		     fmt_num(&e, deff, 2), fmt_n(&a, n), fmt_n(&b, n / deff), fmt_pts(&c, madj),
		     fmt_pts(&d, msrs));
	}
}

/* 24. A sizeable share of a small population. */
static void chk_FINITE_POPULATION(run *r)
{
	size_t s;
	nbuf a, b, c, d, e, f;

	for (s = 0; s < r->doc->nsurveys; s++) {
		long t = survey_target(r, (long)s);
		double n, N, m, mf;
		const char *P;

		if (t < 0)
			continue;
		n = survey_n(r, (long)s);
		if (!(n > 0))
			n = claim_n(r, (size_t)t);
		N = claim_N(r, (size_t)t);
		if (!(n > 0) || !(N > 0) || n > N * P_POPULATION_SLACK)
			continue;
		if (n / N < P_FPC_MIN_FRACTION) {
			pass(r, (size_t)t, CC_CHECK_FINITE_POPULATION,
			     "%s of about %s is under %s%% of the population, so the finite population "
			     "correction would change the margin by almost nothing.",
			     fmt_n(&a, n), fmt_n(&b, N), fmt_num(&c, 100 * P_FPC_MIN_FRACTION, 0));
			continue;
		}
		P = sample_pop_phrase(r, (size_t)t);
		m = moe0(r, n, 1, 0);
		if (n >= N) {
			flag(r, (size_t)t, CC_CHECK_FINITE_POPULATION, CC_SEV_INFO,
			     "All %s %s were surveyed (the whole population), so there is no sampling error "
			     "to speak of: the results are counts, not estimates -- provided every one of them "
			     "answered. A margin of error of ±%s points would overstate the uncertainty.",
			     fmt_n(&a, N), P ? P : "members of the population", fmt_pts(&b, m));
			continue;
		}
		mf = moe0(r, n, 1, N);
		flag(r, (size_t)t, CC_CHECK_FINITE_POPULATION, CC_SEV_INFO,
		     "%s of roughly %s %s were surveyed (%s%% of them), so the margin of error is slightly "
		     "smaller: about ±%s points rather than ±%s (finite population correction %s). This "
		     "holds only if they were chosen at random.",
		     fmt_n(&a, n), fmt_n(&b, N), P ? P : "people", fmt_num(&c, 100 * n / N, 0), fmt_pts(&d, mf),
		     fmt_pts(&e, m), fmt_num(&f, sqrt((N - n) / (N - 1)), 3));
	}
}

/* Does "all" / "none of" open or close sample claim i (extract/cues.c)? */
static int all_none_cue(const run *r, size_t i, int *all)
{
	unsigned c = EXT(r, i)->cues;

	*all = (c & CC_CUE_ALL) != 0;
	return (c & CC_CUE_ALL_NONE) != 0;
}

/* 25. "None" or "all" from a small sample. */
static void chk_ZERO_OR_ALL_SMALL_N(run *r)
{
	size_t i;
	nbuf a, b, c, d;
	double alpha = 1 - r->level;

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *cl = CL(r, i);
		double n = claim_n(r, i), v;
		int all;

		if (is_prop(cl) && fabs(cl->high - cl->low) < 1e-9 && (cl->value <= 1e-9 || cl->value >= 1 - 1e-9)) {
			all = cl->value >= 0.5;
		} else if (allnone_sample(r, i, &all)) {
			/* "All 25 head teachers surveyed said" with no proportion */
		} else {
			continue;
		}
		if (!(n >= 1))
			continue;
		/* F12: one-sided bound 1 - alpha^(1/n) */
		v = 1 - pow(alpha, 1 / n);
		if (n >= P_ZERO_ALL_MAX_N) {
			pass(r, i, CC_CHECK_ZERO_OR_ALL_SMALL_N,
			     "%s of the %s surveyed gave this answer, and with %s or more the one-sided %s%% "
			     "bound puts the true share %s %s%%, close enough to %s to say so.",
			     all ? "all" : "none", fmt_n(&a, n), fmt_n(&d, P_ZERO_ALL_MAX_N), level_pct(&c, r->level),
			     all ? "above" : "below", fmt_num(&b, (all ? 1 - v : v) * 100, 2), all ? "everyone" : "zero");
			continue;
		}
		if (all)
			flag(r, i, CC_CHECK_ZERO_OR_ALL_SMALL_N, CC_SEV_INFO,
			     "All %s people surveyed gave this answer, but that only shows the true share is "
			     "probably above %s%% (one-sided %s%% bound), not that it is everyone.",
			     fmt_n(&a, n), fmt_num(&b, (1 - v) * 100, 1), level_pct(&c, r->level));
		else
			flag(r, i, CC_CHECK_ZERO_OR_ALL_SMALL_N, CC_SEV_INFO,
			     "None of the %s people surveyed gave this answer, but that only shows the true "
			     "rate is probably below %s%% (one-sided %s%% bound; the rule of three gives %s%%), "
			     "not that it is zero.",
			     fmt_n(&a, n), fmt_num(&b, v * 100, 1), level_pct(&c, r->level),
			     fmt_num(&d, 300 / n, 1));
	}
}

/* 26. More surveyed (or answering) than exist. */
static void chk_SAMPLE_EXCEEDS_POPULATION(run *r)
{
	size_t i, j, w;
	nbuf a, b;

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *cl = CL(r, i);
		double n = claim_n(r, i), N, main_n = 0;

		if (cl->kind == CC_KIND_SAMPLE_SIZE && EXT(r, i)->sample_role == 3) {
			/* "A survey of 20 hospitals found 26 had...": a count of answers */
			double main = survey_n(r, claim_survey(r, i));

			if (main > 0 && cl->value > main && (EXT(r, i)->cues & CC_CUE_SAID))
				flag(r, i, CC_CHECK_SAMPLE_EXCEEDS_POPULATION, CC_SEV_ERROR,
				     "The article says %s gave this answer, but only %s were surveyed. One of these "
				     "numbers is wrong.",
				     fmt_n(&a, cl->value), fmt_n(&b, main));
			continue;
		}
		if (cl->kind == CC_KIND_SAMPLE_SIZE) {
			N = claim_N(r, i);
			if (N > 0 && !(n > N * P_POPULATION_SLACK))
				pass(r, i, CC_CHECK_SAMPLE_EXCEEDS_POPULATION,
				     "%s surveyed out of about %s in the population: possible.", fmt_n(&a, n),
				     fmt_n(&b, N));
			if (N > 0 && n > N * P_POPULATION_SLACK) {
				const cc_population_ref *pr = EXT(r, i)->sample_pop;

				flag(r, i, CC_CHECK_SAMPLE_EXCEEDS_POPULATION, CC_SEV_ERROR,
				     "The article says %s %s were surveyed, but there are only about %s (%s). "
				     "One of these numbers is wrong.",
				     fmt_n(&a, n), cl->subject ? cl->subject : "people", fmt_n(&b, N),
				     pr && pr->source ? pr->source : "as the article itself says");
			} else if (is_subgroup_sample(r, (long)i, &main_n) && n > main_n) {
				flag(r, i, CC_CHECK_SAMPLE_EXCEEDS_POPULATION, CC_SEV_ERROR,
				     "This group of %s is larger than the %s people surveyed in all. One of these "
				     "numbers is wrong.",
				     fmt_n(&a, n), fmt_n(&b, main_n));
			}
			continue;
		}
		/* a count of answers above the sample: "Of the 30 surveyed, 40 said" */
		if (is_prop(cl) && (cl->traits & CC_TRAIT_COUNTED) && cl->value > 1 + 1e-9 && n > 0) {
			flag(r, i, CC_CHECK_SAMPLE_EXCEEDS_POPULATION, CC_SEV_ERROR,
			     "'%s' is more than the %s people surveyed. One of these numbers is wrong.",
			     cl->text, fmt_n(&a, n));
			continue;
		}
		if (cl->kind != CC_KIND_COUNT)
			continue;
		/* the sample claims before it in its sentence (and its window) */
		for (j = r->ci[i].first, w = window_start(r, i); j < i; j = r->ci[j].next) {
			const cc_claim *sc = CL(r, j);

			if (j < w || sc->kind != CC_KIND_SAMPLE_SIZE || !(cl->value > sc->value))
				continue;
			if (!(EXT(r, i)->cues & CC_CUE_SAID) && !(cl->unit && sc->subject && strstr(sc->subject, cl->unit)))
				continue;
			flag(r, i, CC_CHECK_SAMPLE_EXCEEDS_POPULATION, CC_SEV_ERROR,
			     "The article says %s gave this answer, but only %s were surveyed. One of these "
			     "numbers is wrong.",
			     fmt_n(&a, cl->value), fmt_n(&b, sc->value));
			break;
		}
	}
}

/* A decimal figure the text calls a mean ("a mean rating of 4.36") that
 * came out as a count: read it as a mean, decimals as written. */
static int prose_mean(const run *r, size_t i, int *decimals)
{
	if (CL(r, i)->kind != CC_KIND_COUNT || !(EXT(r, i)->mean_decimals > 0))
		return 0;
	*decimals = EXT(r, i)->mean_decimals;
	return 1;
}

/* 27. A mean no set of n whole-number answers can give. */
static void chk_GRIM_MEAN(run *r)
{
	size_t i;
	nbuf a, b, c, d, e;

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *cl = CL(r, i);
		double n = claim_n(r, i), k = cl->items >= 1 ? cl->items : 1, nk, lo, hi;
		int dd = cl->decimals, ok, integer, prose = prose_mean(r, i, &dd);
		char str[48], sd[48];

		if ((cl->kind == CC_KIND_MEAN || prose) && !(n > 0)) {
			/* "12 patients rated ... a mean of 5.46": a head count before it */
			size_t j;

			for (j = r->ci[i].first; j < i; j = r->ci[j].next)
				if ((CL(r, j)->kind == CC_KIND_COUNT || CL(r, j)->kind == CC_KIND_SAMPLE_SIZE) &&
				    CL(r, j)->unit && CL(r, j)->value >= 2 &&
				    CL(r, j)->value == floor(CL(r, j)->value)) {
					n = CL(r, j)->value;
					break;
				}
		}
		if ((cl->kind != CC_KIND_MEAN && !prose) || !(n >= 1) || dd < 1 || dd > 6 || n != floor(n))
			continue;
		nk = n * k;
		if (!(nk < pow(10, dd)))
			continue; /* not testable: every mean is possible */
		snprintf(str, sizeof str, "%.*f", dd, cl->value);
		ok = grim_ok(str, n, k, 0, atof(str), dd);
		if (ok && isfinite(cl->sd) && cl->sd_decimals > 0) {
			int ok2 = 1;

			snprintf(sd, sizeof sd, "%.*f", cl->sd_decimals, cl->sd);
			if (cc_grimmer(&ok2, str, sd, n, k, CC_ROUND_UP_OR_DOWN, 0) == CC_OK && !ok2) {
				flag(r, i, CC_CHECK_GRIM_MEAN, CC_SEV_WARNING,
				     "A mean of %s with a standard deviation of %s isn't possible for %s people "
				     "answering on a whole-number scale (GRIMMER test). Ask for the data.",
				     str, sd, fmt_n(&a, n));
				continue;
			}
		}
		if (ok) {
			pass(r, i, CC_CHECK_GRIM_MEAN,
			     "a mean of %s is possible for %s people answering whole numbers (some total "
			     "divided by %s rounds to it)%s.",
			     str, fmt_n(&a, n), fmt_n(&b, nk),
			     isfinite(cl->sd) && cl->sd_decimals > 0 ? ", and so is its standard deviation" : "");
			continue;
		}
		integer = (EXT(r, i)->cues & CC_CUE_SCALE) != 0;
		lo = floor(cl->value * nk) / nk;
		hi = ceil(cl->value * nk) / nk;
		flag(r, i, CC_CHECK_GRIM_MEAN, integer ? CC_SEV_ERROR : CC_SEV_WARNING,
		     "A mean of %s from %s people answering on a whole-number scale isn't possible; the "
		     "nearest possible means are %s and %s (totals of %s and %s).",
		     str, fmt_n(&a, n), fmt_num(&b, lo, dd + 1), fmt_num(&c, hi, dd + 1), fmt_n(&d, lo * nk),
		     fmt_n(&e, hi * nk));
	}
}

/* 28. A p-value its own test statistic contradicts (verdicts from
 * cc_stats_findings, statcheck's rules). */
static void chk_PVALUE_INCONSISTENT(run *r)
{
	size_t i;
	nbuf a, b;

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *cl = CL(r, i);
		const cc_finding *f = &r->doc->findings[i];
		char rep[64];

		if (cl->kind == CC_KIND_TEST_STATISTIC && f->has_test && !f->error) {
			pass(r, i, CC_CHECK_PVALUE_INCONSISTENT,
			     "recomputed from the statistic and its degrees of freedom, p = %s%s, which agrees "
			     "with the reported value once rounding is allowed for.",
			     fmt_p(&b, f->p_computed), f->one_tailed ? " (one-tailed)" : "");
			continue;
		}
		if (cl->kind != CC_KIND_TEST_STATISTIC || !f->has_test || !f->error)
			continue;
		if (cl->apa.p_comparison == 'n')
			snprintf(rep, sizeof rep, "ns");
		else
			snprintf(rep, sizeof rep, "p %c %s", cl->apa.p_comparison, fmt_p(&a, cl->apa.p_reported));
		flag(r, i, CC_CHECK_PVALUE_INCONSISTENT, f->decision_error ? CC_SEV_ERROR : CC_SEV_WARNING,
		     "The reported result '%s' gives p = %s when recomputed%s, not %s. %s",
		     cl->text, fmt_p(&b, f->p_computed), f->one_tailed ? " (one-tailed)" : "", rep,
		     f->decision_error
			     ? "That changes the conclusion: one says significant at the chosen level, the other not."
			     : "The conclusion at the chosen significance level stands, but the numbers need checking.");
	}
}

/* ------------------------------------------------------------ per-run index */

typedef struct spankey {
	size_t a, b, i;
} spankey;

static int spankey_cmp(const void *x, const void *y)
{
	const spankey *p = x, *q = y;

	if (p->a != q->a)
		return p->a < q->a ? -1 : 1;
	if (p->b != q->b)
		return p->b < q->b ? -1 : 1;
	return p->i < q->i ? -1 : p->i > q->i;
}

static void list_add(idxlist *L, size_t i)
{
	L->v[L->n++] = i;
}

/* Fill the per-claim cache and the candidate lists the checks read (see
 * struct cinfo): sentence spans and their classes, the running maximum of
 * claim ends, the lists of proportions by kind, each survey's claims and
 * target. O(n log n) once, so that the pair loops cost a constant a pair. */
static int index_claims(run *r)
{
	size_t n = NCLAIMS(r), i, k, ns = r->doc->nsurveys;
	spankey *key;
	size_t *fa = NULL, *fp = NULL;

	if (!n)
		return CC_OK;
	r->ci = cc_calloc(r->ctx, n, sizeof *r->ci);
	r->maxend = cc_calloc(r->ctx, n, sizeof *r->maxend);
	r->props.v = cc_calloc(r->ctx, n, sizeof *r->props.v);
	r->hedged.v = cc_calloc(r->ctx, n, sizeof *r->hedged.v);
	r->exact.v = cc_calloc(r->ctx, n, sizeof *r->exact.v);
	r->sampled = cc_calloc(r->ctx, n, 1);
	key = cc_calloc(r->ctx, n, sizeof *key);
	if (!r->ci || !r->maxend || !r->props.v || !r->hedged.v || !r->exact.v || !r->sampled || !key) {
		cc_free(r->ctx, key);
		return cc_error_oom(r->ctx); /* cc_calloc leaves no message */
	}
	for (i = 0; i < n; i++) {
		struct cinfo *q = &r->ci[i];
		const cc_claim *c = CL(r, i);
		long sc;

		span_calc(r, i, &q->sa, &q->sb);
		q->survey = claim_survey(r, i);
		q->sample = sample_of(r, i);
		q->n = claim_n(r, i);
		key[i].a = q->sa;
		key[i].b = q->sb;
		key[i].i = i;
		r->maxend[i] = i && r->maxend[i - 1] > c->end ? r->maxend[i - 1] : c->end;
		if (!is_prop(c))
			continue;
		if (!is_wide(c))
			list_add(&r->props, i);
		if (directional_hedge(c))
			list_add(&r->hedged, i);
		if (is_exact(c))
			list_add(&r->exact, i);
		if ((sc = q->sample) >= 0 && (size_t)sc < n)
			r->sampled[sc] = 1;
	}
	r->indexed = 1;
	/* claims with the same span (same_sentence): chained in index order */
	qsort(key, n, sizeof *key, spankey_cmp);
	for (i = 0; i < n; i = k) {
		long change = -1;

		for (k = i; k < n && key[k].a == key[i].a && key[k].b == key[i].b; k++) {
			r->ci[key[k].i].first = key[i].i;
			r->ci[key[k].i].next = k + 1 < n && key[k + 1].a == key[i].a && key[k + 1].b == key[i].b
						       ? key[k + 1].i
						       : NONE;
			if (change < 0 && CL(r, key[k].i)->kind == CC_KIND_CHANGE)
				change = (long)key[k].i;
		}
		for (k = i; k < n && key[k].a == key[i].a && key[k].b == key[i].b; k++)
			r->ci[key[k].i].change = change;
	}
	cc_free(r->ctx, key);
	if (!ns)
		return CC_OK;
	/* each survey's claims, and the claim its survey-level flags go on */
	r->target = cc_calloc(r->ctx, ns, sizeof *r->target);
	r->sv_off = cc_calloc(r->ctx, ns + 1, sizeof *r->sv_off);
	r->sv_idx = cc_calloc(r->ctx, n, sizeof *r->sv_idx);
	fa = cc_calloc(r->ctx, ns, sizeof *fa);
	fp = cc_calloc(r->ctx, ns, sizeof *fp);
	if (!r->target || !r->sv_off || !r->sv_idx || !fa || !fp) {
		cc_free(r->ctx, fa);
		cc_free(r->ctx, fp);
		return cc_error_oom(r->ctx);
	}
	for (k = 0; k < ns; k++)
		fa[k] = fp[k] = NONE;
	for (i = 0; i < n; i++) {
		long s = r->ci[i].survey;

		if (s < 0 || (size_t)s >= ns)
			continue;
		r->sv_off[s + 1]++;
		if (fa[s] == NONE)
			fa[s] = i;
		if (fp[s] == NONE && is_prop(CL(r, i)))
			fp[s] = i;
	}
	for (k = 0; k < ns; k++)
		r->sv_off[k + 1] += r->sv_off[k];
	{
		size_t *fill = fa; /* reused: the next free slot per survey */

		for (k = 0; k < ns; k++) {
			const cc_survey_info *sv = &r->doc->surveys[k];

			r->target[k] = sv->sample_claim >= 0 && (size_t)sv->sample_claim < n ? sv->sample_claim
				       : fp[k] != NONE					 ? (long)fp[k]
				       : fa[k] != NONE					 ? (long)fa[k]
											 : -1;
			fill[k] = r->sv_off[k];
		}
		for (i = 0; i < n; i++) {
			long s = r->ci[i].survey;

			if (s >= 0 && (size_t)s < ns)
				r->sv_idx[fill[s]++] = i;
		}
	}
	cc_free(r->ctx, fa);
	cc_free(r->ctx, fp);
	return CC_OK;
}

static void unindex_claims(run *r)
{
	cc_free(r->ctx, r->ci);
	cc_free(r->ctx, r->maxend);
	cc_free(r->ctx, r->props.v);
	cc_free(r->ctx, r->hedged.v);
	cc_free(r->ctx, r->exact.v);
	cc_free(r->ctx, r->sampled);
	cc_free(r->ctx, r->target);
	cc_free(r->ctx, r->sv_off);
	cc_free(r->ctx, r->sv_idx);
	cc_free(r->ctx, r->maj);
	cc_free(r->ctx, r->majs);
}

/* ------------------------------------------------------------ dispatch */

static void (*const check_fn[CC_CHECK_COUNT])(run *) = {
#define CC_CHECK(code, sev, summary, sevtext, message, note, sources) chk_##code,
#include "checks.def"
};

/* Index of check `name` (case-insensitive, n bytes), -1 unknown. */
static int check_index(const char *name, size_t n)
{
	size_t i, k;

	for (i = 0; i < CC_CHECK_COUNT; i++) {
		const char *c = rows[i].name;

		if (strlen(c) != n)
			continue;
		for (k = 0; k < n && toupper((unsigned char)name[k]) == c[k]; k++)
			;
		if (k == n)
			return (int)i;
	}
	return -1;
}

/* Parse a comma list of codes into on[] (value v for each named code). */
static int parse_list(run *r, const char *list, const char *opt, unsigned char v)
{
	const char *p = list;

	while (*p) {
		const char *q;
		size_t n;
		int idx;

		while (*p == ',' || isspace((unsigned char)*p))
			p++;
		if (!*p)
			break;
		for (q = p; *q && *q != ','; q++)
			;
		n = (size_t)(q - p);
		while (n && isspace((unsigned char)p[n - 1]))
			n--;
		idx = check_index(p, n);
		if (idx < 0)
			return cc_error_set(r->ctx, CC_EINVAL,
					    "%s: unknown check code '%.*s' (see docs/flags.md for the %d codes)",
					    opt, (int)(n > 60 ? 60 : n), p, (int)CC_CHECK_COUNT);
		r->on[idx] = v;
		p = q;
	}
	return CC_OK;
}

int cc_checks_run(cc_doc *doc)
{
	run r;
	const cc_options *o = &doc->ctx->opts;
	size_t i;
	int rc;

	memset(&r, 0, sizeof r);
	r.doc = doc;
	r.ctx = doc->ctx;
	r.level = o->level > 0 && o->level < 1 ? o->level : 0.95;
	r.method = o->method;
	memset(r.on, o->checks && *o->checks ? 0 : 1, sizeof r.on);
	if (o->checks && *o->checks && (rc = parse_list(&r, o->checks, "--checks", 1)))
		return rc;
	if (o->skip && *o->skip && (rc = parse_list(&r, o->skip, "--skip", 0)))
		return rc;
	if ((rc = cc_doc_prepare_findings(doc)))
		return rc;
	if (doc->nclaims && !(r.clauses = cc_calloc(r.ctx, doc->nclaims, sizeof *r.clauses)))
		return cc_error_oom(r.ctx); /* cc_calloc leaves no message */
	if ((rc = index_claims(&r))) {
		unindex_claims(&r);
		cc_free(r.ctx, r.clauses);
		return rc;
	}
	for (i = 0; i < CC_CHECK_COUNT && !r.rc; i++)
		if (r.on[i])
			check_fn[i](&r);
	unindex_claims(&r);
	cc_free(r.ctx, r.clauses);
	return r.rc;
}
