/*
 * doc.c -- cc_doc: the input copy, plain text and offset map, claims,
 * findings and flags; everything freed by cc_doc_free.
 */
#include "doc.h"
#include "bsearch.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cc_doc_new(cc_doc **out, cc_ctx *ctx, const char *data, size_t len, const char *name)
{
	cc_doc *doc;

	*out = NULL;
	doc = cc_calloc(ctx, 1, sizeof *doc);
	if (!doc)
		return cc_error_oom(ctx);
	doc->ctx = ctx;
	cc_arena_init(&doc->arena, ctx);
	doc->name = cc_strdup(ctx, name ? name : "-");
	doc->src = cc_malloc(ctx, len + 1);
	if (!doc->name || !doc->src) {
		cc_doc_free(doc);
		return cc_error_oom(ctx);
	}
	if (len)
		memcpy(doc->src, data, len);
	doc->src[len] = '\0';
	doc->src_len = len;
	doc->text = doc->src;
	doc->text_len = len;
	if (ctx->opts.date_y) {
		doc->date_y = ctx->opts.date_y;
		doc->date_m = ctx->opts.date_m;
		doc->date_d = ctx->opts.date_d;
		snprintf(doc->date, sizeof doc->date, "%04u-%02u-%02u",
			 (unsigned)doc->date_y % 10000u, (unsigned)doc->date_m % 100u,
			 (unsigned)doc->date_d % 100u);
		doc->date_source = "given";
	}
	*out = doc;
	return CC_OK;
}

void cc_doc_free(cc_doc *doc)
{
	cc_ctx *ctx;

	if (!doc)
		return;
	ctx = doc->ctx;
	if (doc->text != doc->src)
		cc_free(ctx, doc->text);
	cc_free(ctx, doc->src);
	cc_free(ctx, doc->map);
	cc_free(ctx, doc->sentences);
	cc_free(ctx, doc->claims);
	cc_free(ctx, doc->ext);
	cc_free(ctx, doc->surveys);
	cc_free(ctx, doc->findings);
	cc_free(ctx, doc->flagv);
	cc_free(ctx, doc->flagcap);
	cc_free(ctx, doc->passv);
	cc_free(ctx, doc->passcap);
	cc_free(ctx, doc->name);
	cc_arena_dispose(&doc->arena);
	cc_free(ctx, doc);
}

cc_claim *cc_doc_add_claim(cc_doc *doc)
{
	cc_claim *c;
	cc_claim_ext *e;

	if (doc->nclaims == doc->cap_claims) {
		size_t cap = doc->cap_claims ? doc->cap_claims * 2 : 16;
		cc_claim *nc = cc_realloc(doc->ctx, doc->claims, cap * sizeof *nc);
		cc_claim_ext *ne;

		if (!nc)
			return NULL;
		doc->claims = nc;
		ne = cc_realloc(doc->ctx, doc->ext, cap * sizeof *ne);
		if (!ne)
			return NULL;
		doc->ext = ne;
		doc->cap_claims = cap;
	}
	c = &doc->claims[doc->nclaims];
	e = &doc->ext[doc->nclaims];
	memset(c, 0, sizeof *c);
	memset(e, 0, sizeof *e);
	c->sample_claim = -1;
	c->apa.df1 = c->apa.df2 = NAN;
	c->apa.p_reported = NAN;
	c->sd = NAN;
	c->items = 1;
	e->survey = -1;
	e->before = e->after = NAN;
	e->base_count = e->after_count = NAN;
	e->compared_with = -1;
	e->span_from = e->span_to = NAN;
	doc->nclaims++;
	return c;
}

cc_claim_ext *cc_doc_ext(cc_doc *doc, size_t i)
{
	return i < doc->nclaims ? &doc->ext[i] : NULL;
}

long cc_doc_add_survey(cc_doc *doc)
{
	cc_survey_info *s;

	if (doc->nsurveys == doc->cap_surveys) {
		size_t cap = doc->cap_surveys ? doc->cap_surveys * 2 : 4;
		cc_survey_info *ns = cc_realloc(doc->ctx, doc->surveys, cap * sizeof *ns);

		if (!ns)
			return -1;
		doc->surveys = ns;
		doc->cap_surveys = cap;
	}
	s = &doc->surveys[doc->nsurveys];
	memset(s, 0, sizeof *s);
	s->sample_claim = -1;
	return (long)doc->nsurveys++;
}

size_t cc_doc_src_offset(const cc_doc *doc, size_t pos)
{
	if (pos > doc->text_len)
		pos = doc->text_len;
	return doc->map ? doc->map[pos] : pos;
}

size_t cc_doc_text_offset(const cc_doc *doc, size_t src_off)
{
	if (!doc->map)
		return src_off < doc->text_len ? src_off : doc->text_len;
	/* map is non-decreasing: the first text position at or after src_off */
	return cc_first_at_least(doc->map, doc->text_len, src_off);
}

char *cc_doc_strndup(cc_doc *doc, const char *s, size_t n)
{
	return cc_arena_strndup(&doc->arena, s, n);
}

char *cc_doc_printf(cc_doc *doc, const char *fmt, ...)
{
	va_list ap;
	int n;
	char *p;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return NULL;
	p = cc_arena_alloc(&doc->arena, (size_t)n + 1);
	if (!p)
		return NULL;
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

int cc_doc_prepare_findings(cc_doc *doc)
{
	size_t i, n = doc->nclaims;

	if (doc->findings)
		return CC_OK;
	doc->findings = cc_calloc(doc->ctx, n ? n : 1, sizeof *doc->findings);
	doc->flagv = cc_calloc(doc->ctx, n ? n : 1, sizeof *doc->flagv);
	doc->flagcap = cc_calloc(doc->ctx, n ? n : 1, sizeof *doc->flagcap);
	doc->passv = cc_calloc(doc->ctx, n ? n : 1, sizeof *doc->passv);
	doc->passcap = cc_calloc(doc->ctx, n ? n : 1, sizeof *doc->passcap);
	if (!doc->findings || !doc->flagv || !doc->flagcap || !doc->passv || !doc->passcap)
		return cc_error_oom(doc->ctx);
	for (i = 0; i < n; i++)
		doc->findings[i].claim = &doc->claims[i];
	return CC_OK;
}

int cc_doc_add_flag(cc_doc *doc, size_t i, int code, const char *name,
		    cc_severity sev, const char *message)
{
	cc_finding *f;
	cc_flag *fl;
	size_t k;

	if (i >= doc->nclaims || !doc->findings)
		return CC_EINVAL;
	f = &doc->findings[i];
	/* one flag per code per claim: a later, more severe one replaces it */
	for (k = 0; k < f->nflags; k++) {
		if (doc->flagv[i][k].code == code) {
			if (sev > doc->flagv[i][k].severity) {
				char *m = cc_arena_strdup(&doc->arena, message ? message : "");

				if (!m)
					return cc_error_oom(doc->ctx);
				doc->flagv[i][k].severity = sev;
				doc->flagv[i][k].message = m;
			}
			return CC_OK;
		}
	}
	if (f->nflags == doc->flagcap[i]) {
		size_t cap = doc->flagcap[i] ? doc->flagcap[i] * 2 : 4;
		cc_flag *nv = cc_arena_alloc(&doc->arena, cap * sizeof *nv);

		if (!nv)
			return cc_error_oom(doc->ctx);
		if (f->nflags)
			memcpy(nv, doc->flagv[i], f->nflags * sizeof *nv);
		doc->flagv[i] = nv;
		doc->flagcap[i] = cap;
	}
	fl = &doc->flagv[i][f->nflags];
	fl->code = code;
	fl->name = name;
	fl->severity = sev;
	fl->message = cc_arena_strdup(&doc->arena, message ? message : "");
	if (!fl->message)
		return cc_error_oom(doc->ctx);
	f->nflags++;
	f->flags = doc->flagv[i];
	return CC_OK;
}

int cc_doc_add_pass(cc_doc *doc, size_t i, int code, const char *name, const char *reason)
{
	cc_finding *f;
	cc_flag *fl;
	size_t k;
	char *m;

	if (i >= doc->nclaims || !doc->findings)
		return CC_EINVAL;
	f = &doc->findings[i];
	m = cc_arena_strdup(&doc->arena, reason ? reason : "");
	if (!m)
		return cc_error_oom(doc->ctx);
	for (k = 0; k < f->npassed; k++)
		if (doc->passv[i][k].code == code) {
			doc->passv[i][k].message = m;
			return CC_OK;
		}
	if (f->npassed == doc->passcap[i]) {
		size_t cap = doc->passcap[i] ? doc->passcap[i] * 2 : 4;
		cc_flag *nv = cc_arena_alloc(&doc->arena, cap * sizeof *nv);

		if (!nv)
			return cc_error_oom(doc->ctx);
		if (f->npassed)
			memcpy(nv, doc->passv[i], f->npassed * sizeof *nv);
		doc->passv[i] = nv;
		doc->passcap[i] = cap;
	}
	fl = &doc->passv[i][f->npassed++];
	fl->code = code;
	fl->name = name;
	fl->severity = CC_SEV_NONE;
	fl->message = m;
	f->passed = doc->passv[i];
	return CC_OK;
}

struct order { size_t start, end, idx; };

static int cmp_order(const void *a, const void *b)
{
	const struct order *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end < y->end ? -1 : 1;
	return x->idx < y->idx ? -1 : (x->idx > y->idx);
}

int cc_doc_sort_claims(cc_doc *doc)
{
	size_t n = doc->nclaims, i;
	struct order *ord;
	long *newpos;
	cc_claim *nc;
	cc_claim_ext *ne;

	if (n < 2)
		return CC_OK;
	/* most documents' claims are made in text order already: then the
	 * order below is the identity and every index stays as it is */
	for (i = 1; i < n; i++)
		if (doc->claims[i].start < doc->claims[i - 1].start ||
		    (doc->claims[i].start == doc->claims[i - 1].start && doc->claims[i].end < doc->claims[i - 1].end))
			break;
	if (i == n)
		return CC_OK;
	ord = cc_malloc(doc->ctx, n * sizeof *ord);
	newpos = cc_malloc(doc->ctx, n * sizeof *newpos);
	nc = cc_malloc(doc->ctx, doc->cap_claims * sizeof *nc);
	ne = cc_malloc(doc->ctx, doc->cap_claims * sizeof *ne);
	if (!ord || !newpos || !nc || !ne) {
		cc_free(doc->ctx, ord);
		cc_free(doc->ctx, newpos);
		cc_free(doc->ctx, nc);
		cc_free(doc->ctx, ne);
		return cc_error_oom(doc->ctx);
	}
	for (i = 0; i < n; i++) {
		ord[i].start = doc->claims[i].start;
		ord[i].end = doc->claims[i].end;
		ord[i].idx = i;
	}
	qsort(ord, n, sizeof *ord, cmp_order);
	for (i = 0; i < n; i++)
		newpos[ord[i].idx] = (long)i;
	for (i = 0; i < n; i++) {
		nc[i] = doc->claims[ord[i].idx];
		ne[i] = doc->ext[ord[i].idx];
		if (nc[i].sample_claim >= 0 && (size_t)nc[i].sample_claim < n)
			nc[i].sample_claim = newpos[nc[i].sample_claim];
		if (ne[i].compared_with >= 0 && (size_t)ne[i].compared_with < n)
			ne[i].compared_with = newpos[ne[i].compared_with];
	}
	for (i = 0; i < doc->nsurveys; i++)
		if (doc->surveys[i].sample_claim >= 0 && (size_t)doc->surveys[i].sample_claim < n)
			doc->surveys[i].sample_claim = newpos[doc->surveys[i].sample_claim];
	cc_free(doc->ctx, doc->claims);
	cc_free(doc->ctx, doc->ext);
	doc->claims = nc;
	doc->ext = ne;
	cc_free(doc->ctx, ord);
	cc_free(doc->ctx, newpos);
	return CC_OK;
}

const char *cc_doc_name(const cc_doc *doc)
{
	return doc->name;
}

size_t cc_doc_claim_count(const cc_doc *doc)
{
	return doc->nclaims;
}

const cc_claim *cc_doc_claim(const cc_doc *doc, size_t i)
{
	return i < doc->nclaims ? &doc->claims[i] : NULL;
}

const cc_finding *cc_doc_finding(const cc_doc *doc, size_t i)
{
	return doc->findings && i < doc->nclaims ? &doc->findings[i] : NULL;
}

const char *cc_doc_input(const cc_doc *doc, size_t *len_out)
{
	if (len_out)
		*len_out = doc->src_len;
	return doc->src;
}

cc_severity cc_doc_worst(const cc_doc *doc)
{
	cc_severity w = CC_SEV_NONE;
	size_t i, k;

	if (!doc->findings)
		return w;
	for (i = 0; i < doc->nclaims; i++)
		for (k = 0; k < doc->findings[i].nflags; k++)
			if (doc->findings[i].flags[k].severity > w)
				w = doc->findings[i].flags[k].severity;
	return w;
}

const char *cc_doc_date(const cc_doc *doc)
{
	return doc->date[0] ? doc->date : NULL;
}

const char *cc_doc_date_source(const cc_doc *doc)
{
	return doc->date[0] ? doc->date_source : NULL;
}

long cc_doc_claim_survey(const cc_doc *doc, size_t i)
{
	const cc_claim *c = &doc->claims[i];
	long s = doc->ext[i].survey;

	if (s >= 0 && (size_t)s < doc->nsurveys)
		return s;
	if (c->sample_claim >= 0 && (size_t)c->sample_claim < doc->nclaims) {
		s = doc->ext[c->sample_claim].survey;
		if (s >= 0 && (size_t)s < doc->nsurveys)
			return s;
	}
	return -1;
}

double cc_doc_survey_n(const cc_doc *doc, long s)
{
	const cc_survey_info *sv = s >= 0 && (size_t)s < doc->nsurveys ? &doc->surveys[s] : NULL;

	if (sv && sv->sample_claim >= 0 && (size_t)sv->sample_claim < doc->nclaims &&
	    doc->claims[sv->sample_claim].value > 0)
		return doc->claims[sv->sample_claim].value;
	if (sv && sv->n > 0)
		return sv->n;
	return 0;
}

/* A linked sample_size claim extract/survey.c judged not to be a sample
 * (a stray number beside the real one)? */
static int ignored_sample(const cc_doc *doc, long sc)
{
	return sc >= 0 && (size_t)sc < doc->nclaims && doc->ext[sc].sample_role == 3;
}

long cc_doc_claim_sample(const cc_doc *doc, size_t i)
{
	const cc_claim *c = &doc->claims[i];
	long s;

	if (c->kind == CC_KIND_SAMPLE_SIZE)
		return (long)i;
	if (c->sample_claim >= 0 && (size_t)c->sample_claim < doc->nclaims &&
	    doc->claims[c->sample_claim].kind == CC_KIND_SAMPLE_SIZE && !ignored_sample(doc, c->sample_claim))
		return c->sample_claim;
	s = cc_doc_claim_survey(doc, i);
	if (s >= 0 && doc->surveys[s].sample_claim >= 0 && (size_t)doc->surveys[s].sample_claim < doc->nclaims &&
	    (!(c->sample_n > 0) || ignored_sample(doc, c->sample_claim)))
		return doc->surveys[s].sample_claim;
	return -1;
}

const char *cc_doc_selfselect(const cc_doc *doc, long s, size_t i)
{
	const cc_survey_info *sv = s >= 0 && (size_t)s < doc->nsurveys ? &doc->surveys[s] : NULL;
	const cc_survey_ref *sr = NULL;
	long sc;

	if (sv && sv->selfselect_cue)
		return sv->selfselect_cue;
	if (i < doc->nclaims) {
		sr = doc->ext[i].survey_ref;
		if (!sr && (sc = cc_doc_claim_sample(doc, i)) >= 0)
			sr = doc->ext[sc].survey_ref;
	}
	if (sr && sr->probability_sample == 0 && sr->selection &&
	    (strstr(sr->selection, "open") || strstr(sr->selection, "self")))
		return sr->selection;
	return NULL;
}

/* In the order the checks trust them: a subgroup's own size, the figure's
 * own link or count, its sample, its survey, the reference database. */
double cc_doc_claim_base(const cc_doc *doc, size_t i, int *how_out)
{
	const cc_claim *c = &doc->claims[i];
	const cc_claim_ext *e = &doc->ext[i];
	int how = CC_BASE_NONE;
	double n = 0;
	long sc, s;

	if (c->kind == CC_KIND_SAMPLE_SIZE) {
		how = CC_BASE_OWN;
		n = c->value;
	} else if (e->subgroup_n > 0) {
		how = CC_BASE_SUBGROUP;
		n = e->subgroup_n;
	} else if ((c->traits & CC_TRAIT_SUBGROUP) && c->kind == CC_KIND_PROPORTION &&
		   (!(c->sample_n > 0) || c->sample_claim < 0 || (size_t)c->sample_claim >= doc->nclaims ||
		    doc->claims[c->sample_claim].kind != CC_KIND_SAMPLE_SIZE ||
		    (doc->claims[c->sample_claim].traits & CC_TRAIT_SUBGROUP))) {
		/* a subgroup's share: its stated base ("among the 212 18-24s",
		 * the count "of those" points to), else none -- never the
		 * survey's n ("of the 250 patients who ..." is a sample of its
		 * own: stated) */
		how = CC_BASE_SUBGROUP;
		n = c->sample_n > 0 ? c->sample_n : 0;
	} else if (c->sample_n > 0 && !ignored_sample(doc, c->sample_claim)) {
		/* the reference stage sets sample_n from a known survey's n */
		how = c->sample_claim >= 0 ? CC_BASE_STATED
		      : e->survey_ref && e->survey_ref->n == c->sample_n && !(c->traits & CC_TRAIT_COUNTED)
			      ? CC_BASE_REFERENCE
			      : CC_BASE_IN_FIGURE;
		n = c->sample_n;
	} else if ((sc = cc_doc_claim_sample(doc, i)) >= 0 && doc->claims[sc].value > 0) {
		how = sc == c->sample_claim ? CC_BASE_STATED : CC_BASE_SURVEY;
		n = doc->claims[sc].value;
	} else if ((n = cc_doc_survey_n(doc, s = cc_doc_claim_survey(doc, i))) > 0) {
		how = doc->surveys[s].sample_claim >= 0 ? CC_BASE_SURVEY : CC_BASE_RECOVERED;
	} else if (e->survey_ref && e->survey_ref->n > 0) {
		how = CC_BASE_REFERENCE;
		n = e->survey_ref->n;
	} else {
		n = 0;
	}
	if (how_out)
		*how_out = how;
	return n;
}
