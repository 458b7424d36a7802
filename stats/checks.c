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
#include "checks_int.h"

#include <assert.h>

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ------------------------------------------------------------ the table */

typedef struct check_row {
	const char *name;
	cc_severity sev;
	const char *summary, *sevtext, *note, *sources;
} check_row;

static const check_row rows[] = {
#define CC_CHECK(code, sev, summary, sevtext, note, sources) { #code, sev, summary, sevtext, note, sources },
#include "checks.def"
};

/* Every message of the catalogue, indexed by CC_MSG_*: its check, whether
 * it is a flag's text or a pass reason, and its template. */
typedef struct msg_row {
	int check;
	int pass;
	const char *text;
} msg_row;

enum { FLAG = 0, PASS = 1 };

const char *const ck_parts[CC_PART_COUNT] = {
#define CC_PART(code, name, text) text,
#include "checks.def"
};

static const msg_row msgs[CC_MSG_COUNT] = {
#define CC_MSG(code, name, kind, text) { CC_CHECK_##code, kind, text },
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


/* Fill template t into out (cap bytes, truncated as snprintf truncates).
 * Each {name} takes the next value of ap the first time the name occurs,
 * and the same value when it occurs again ("not what {group} think"), so
 * the values come in the order of the names' first occurrences. Returns
 * the number of distinct names minus the number of values (0: they match). */
#define MSG_NAMES 16

static long fill(char *out, size_t cap, const char *t, va_list ap)
{
	const char *name[MSG_NAMES], *val[MSG_NAMES];
	size_t o = 0, nn = 0, k;
	long diff = 0;

	for (; *t; t++) {
		const char *e, *v = NULL;

		if (*t != '{' || !(e = strchr(t, '}')) || e == t + 1) {
			if (o + 1 < cap)
				out[o++] = *t;
			continue;
		}
		for (k = 0; k < nn && !v; k++)
			if (!strncmp(name[k], t + 1, (size_t)(e - t)))
				v = val[k];
		if (!v) {
			if (!diff && (v = va_arg(ap, const char *)) != NULL) {
				if (nn < MSG_NAMES) {
					name[nn] = t + 1;
					val[nn++] = v;
				}
			} else {
				diff++;
				v = "";
			}
		}
		for (; *v; v++)
			if (o + 1 < cap)
				out[o++] = *v;
		t = e;
	}
	out[o] = '\0';
	if (!diff)
		while (va_arg(ap, const char *))
			diff--;
	return diff;
}

/* The message of `msg` filled from ap; 0, or the run fails (see ck_say). */
static int compose(run *r, int msg, char *out, size_t cap, va_list ap)
{
	long diff = fill(out, cap, msgs[msg].text, ap);

	if (diff && !r->rc)
		r->rc = cc_error_set(r->ctx, CC_ERROR, "internal: message %d of check %s has %ld %s values than placeholders",
				     msg, rows[msgs[msg].check].name, diff < 0 ? -diff : diff, diff < 0 ? "more" : "fewer");
	return diff ? -1 : 0;
}

void ck_say(run *r, size_t i, int msg, cc_severity sev, ...)
{
	char text[1600], *w, *q;
	va_list ap;
	int rc;

	if (r->rc || i >= NCLAIMS(r))
		return;
	assert(msgs[msg].pass == FLAG);
	va_start(ap, sev);
	rc = compose(r, msg, text, sizeof text, ap);
	va_end(ap);
	if (rc)
		return;
	/* phrases quoted from the text may span lines: one space each */
	for (w = q = text; *q; q++) {
		if (isspace((unsigned char)*q)) {
			if (w > text && w[-1] != ' ')
				*w++ = ' ';
			continue;
		}
		*w++ = *q;
	}
	*w = '\0';
	/* a sentence opened by a phrase from the database starts with a capital */
	for (q = text; *q; q++)
		if ((q == text || (q >= text + 2 && q[-1] == ' ' && (q[-2] == '.' || q[-2] == '?'))) &&
		    islower((unsigned char)*q))
			*q = (char)toupper((unsigned char)*q);
	rc = cc_doc_add_flag(r->doc, i, msgs[msg].check, rows[msgs[msg].check].name, sev, text);
	if (rc)
		r->rc = rc;
}

void ck_passed(run *r, size_t i, int msg, ...)
{
	char text[600];
	va_list ap;
	int rc;

	if (r->rc || i >= NCLAIMS(r))
		return;
	assert(msgs[msg].pass == PASS);
	va_start(ap, msg);
	rc = compose(r, msg, text, sizeof text, ap);
	va_end(ap);
	if (rc)
		return;
	rc = cc_doc_add_pass(r->doc, i, msgs[msg].check, rows[msgs[msg].check].name, text);
	if (rc)
		r->rc = rc;
}

const char *ck_fmt_int(cc_numbuf *b, long long v)
{
	snprintf(b->s, sizeof b->s, "%lld", v);
	return b->s;
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

		ck_span_calc(r, i, &q->sa, &q->sb);
		q->survey = ck_claim_survey(r, i);
		q->sample = ck_sample_of(r, i);
		q->n = ck_claim_n(r, i);
		key[i].a = q->sa;
		key[i].b = q->sb;
		key[i].i = i;
		r->maxend[i] = i && r->maxend[i - 1] > c->end ? r->maxend[i - 1] : c->end;
		if (!ck_is_prop(c))
			continue;
		if (!ck_is_wide(c))
			list_add(&r->props, i);
		if (ck_directional_hedge(c))
			list_add(&r->hedged, i);
		if (ck_is_exact(c))
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
		if (fp[s] == NONE && ck_is_prop(CL(r, i)))
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
#define CC_CHECK(code, sev, summary, sevtext, note, sources) chk_##code,
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
