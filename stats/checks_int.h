/*
 * checks_int.h -- what the files of the check catalogue share (stats/):
 * the catalogue's enum and thresholds (from checks.def), the run state of
 * one document, and the claim facts of check_facts.c. Private to the
 * checks: nothing outside stats/check*.c includes it.
 */
#ifndef CC_STATS_CHECKS_INT_H
#define CC_STATS_CHECKS_INT_H

#include "stats.h"
#include "../core/bsearch.h"
#include "../core/numfmt.h"
#include "../core/vocab.h"
#include "../core/words.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ------------------------------------------------------------ the catalogue */

enum {
#define CC_CHECK(code, sev, summary, sevtext, note, sources) CC_CHECK_##code,
#include "checks.def"
	CC_CHECK_COUNT
};

/* Every message of every check (CC_MSG rows): CC_MSG_<CODE>_<NAME>. */
enum {
#define CC_MSG(code, name, kind, text) CC_MSG_##code##_##name,
#include "checks.def"
	CC_MSG_COUNT
};

/* The message parts (CC_PART rows): CC_PART_<CODE>_<NAME>, and their text. */
enum {
#define CC_PART(code, name, text) CC_PART_##code##_##name,
#include "checks.def"
	CC_PART_COUNT
};
extern const char *const ck_parts[CC_PART_COUNT];

#define CC_PARAM(name, value, doc) static const double P_##name = (value);
#include "checks.def"

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
	long survey, sample;    /* ck_claim_survey(), ck_sample_of() */
	double n;               /* ck_claim_n() */
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
	long *target;            /* per survey: ck_survey_target() */
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

#define QWORDS 12
#define QLEN 16   /* a clause word as extract/cues.c cuts it: at most 15 letters */
#define QPAIRS 64 /* candidate figures compared with each figure (checks 16, 17) */

/* A claim's clause words (extract/cues.c, ext->clause), split once per run:
 * the pair loops of checks 16 and 17 compare every figure with many others. */
struct clause {
	unsigned char done, timed, n;
	char w[QWORDS][QLEN];
};



/* ------------------------------------------------------------ the runner (checks.c) */

/*
 * Add message `msg` (a CC_MSG_* of the check's FLAG messages) to claim i
 * as a flag of severity sev. The values that follow fill the template's
 * {placeholders} in order, then a NULL: one value per placeholder (a
 * mismatch is a programming error: the run fails with CC_ERROR and says
 * which message). In the result, runs of white space become one space (a
 * phrase quoted from the text may span lines) and a sentence opened by a
 * phrase from the database starts with a capital.
 */
void ck_say(run *r, size_t i, int msg, cc_severity sev, ...);
/* Record that the check of `msg` (a PASS message) was evaluated on claim
 * i and did not fire, and why (shown by `explain`); values as ck_say. */
void ck_passed(run *r, size_t i, int msg, ...);
/* An integer as a message value (the buffer lives to the end of the
 * enclosing statement's block). */
#define CK_INT(v) ck_fmt_int(&(cc_numbuf){ { 0 } }, (long long)(v))
const char *ck_fmt_int(cc_numbuf *b, long long v);
int ck_in_list(const char *w, enum cc_vocab_id id);
void ck_span_calc(const run *r, size_t i, size_t *a, size_t *b);
void ck_sent_span(const run *r, size_t i, size_t *a, size_t *b);
int ck_same_sentence(const run *r, size_t i, size_t j);
int ck_related(const run *r, size_t i, size_t j, unsigned kind);
int ck_restates(const run *r, size_t i, size_t j);
size_t ck_window_start(const run *r, size_t j);
size_t ck_lbound(const idxlist *L, size_t x);
void ck_candidates(const idxlist *L, size_t from, size_t j, size_t *lo, size_t *hi);
int ck_from_to(const run *r, size_t i, size_t j);
int ck_is_prop(const cc_claim *c);
int ck_is_wide(const cc_claim *c);
const cc_survey_info *ck_survey_at(const run *r, long s);
long ck_claim_survey(const run *r, size_t i);
double ck_survey_n(const run *r, long s);
int ck_ignored_sample(const run *r, long sc);
long ck_sample_of(const run *r, size_t i);
double ck_claim_n(const run *r, size_t i);
const cc_survey_ref *ck_claim_sref(const run *r, size_t i);
double ck_claim_deff(const run *r, size_t i);
const char *ck_undated(const run *r, const char *p);
const char *ck_sample_pop_phrase(const run *r, size_t i);
double ck_tolerance(const cc_claim *c);
void ck_reading(const cc_claim *c, double *lo, double *hi);
int ck_directional_hedge(const cc_claim *c);
int ck_is_exact(const cc_claim *c);
double ck_moe0(const run *r, double n, double deff, double N);
double ck_need_n(const run *r, double E, double N);
const char *ck_head_of(const run *r, size_t i);
int ck_different_groups(const run *r, size_t i, size_t j);
long ck_survey_target(const run *r, long s);
const char *ck_selfselect(const run *r, long s, size_t i);
int ck_same_base(const run *r, size_t i, size_t j);

/* ------------------------------------------------------------ the checks, one per catalogue row */

#define CC_CHECK(code, sev, summary, sevtext, note, sources) void chk_##code(run *r);
#include "checks.def"

#endif
