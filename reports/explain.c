/*
 * explain.c -- `claimcheck explain`: for each claim, the reasoning written
 * out step by step for a learner: the wording, the interval the hedge
 * allows, the sample and where it was found, the interval method with the
 * numbers substituted, the reference figure, and each check that fired
 * and why. Stage: reports. Plain terminal text (wrapped, input escaped by
 * cc_esc_term). Computes nothing: the numbers are the claim's and the
 * finding's; only z for the stated level is looked up to print the formula.
 */
#include "reports.h"

#include <math.h>
#include <string.h>

#define WIDTH 78
#define IND 4

typedef struct explain_state {
	cc_buf para;        /* the paragraph being composed (escaped on output) */
	size_t step;        /* step number within the claim */
	size_t flags_before; /* st->nflags when the claim began */
} explain_state;

/* The interval methods in words, with their formulas (Brown, Cai and
 * DasGupta 2001, Statistical Science 16(2), Table 1 and section 4). */
static const char *const method_formula[CC_CI_METHOD_COUNT] = {
	/* wilson */ "the Wilson score interval, (p + z^2/2n +/- z*sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n)",
	/* wald */ "the Wald interval, p +/- z*sqrt(p(1-p)/n)",
	/* wilson-cc */ "the Wilson score interval with continuity correction (each end moved out by 1/2n before solving)",
	/* agresti-coull */ "the Agresti-Coull interval: add z^2/2 successes and z^2/2 failures, then p~ +/- z*sqrt(p~(1-p~)/(n+z^2))",
	/* clopper-pearson */ "the exact Clopper-Pearson interval, from the Beta(x, n-x+1) and Beta(x+1, n-x) quantiles",
	/* jeffreys */ "the Jeffreys interval, the central quantiles of the Beta(x+1/2, n-x+1/2) distribution",
};

/* Each kind as a noun phrase with its article. */
static const char *const kind_phrase[CC_KIND_COUNT_OF_KINDS] = {
	"a proportion", "a sample size", "a count", "an amount", "a change", "a margin of error",
	"a reported test result", "a mean",
};

static void para_flush(cc_walk_state *st)
{
	explain_state *es = st->user;

	cc_rep_wrap(st->sink, es->para.ptr, es->para.len, IND, IND + 3, WIDTH);
	cc_sink_write(st->sink, "\n", 1);
	cc_buf_clear(&es->para);
}

/* Start a numbered step: "    2. " then the paragraph. */
static cc_buf *step(cc_walk_state *st)
{
	explain_state *es = st->user;

	cc_sink_printf(st->sink, "%*s", IND, "");
	cc_buf_printf(&es->para, "%zu.", ++es->step);
	return &es->para;
}

static void put(cc_buf *b, const char *s)
{
	if (s)
		cc_buf_puts(b, s);
}

static int explain_begin(cc_walk_state *st)
{
	explain_state *es = cc_calloc(st->ctx, 1, sizeof *es);

	if (!es)
		return cc_error_oom(st->ctx);
	cc_buf_init(&es->para, st->ctx);
	st->user = es;
	return CC_OK;
}

static void explain_dispose(cc_walk_state *st)
{
	explain_state *es = st->user;

	if (es) {
		cc_buf_dispose(&es->para);
		cc_free(st->ctx, es);
	}
	st->user = NULL;
}

static int explain_doc_begin(cc_walk_state *st, const cc_doc *doc)
{
	cc_sink *s = st->sink;

	if (st->ndocs > 1)
		cc_sink_write(s, "\n", 1);
	cc_sink_puts(s, "How claimcheck read ");
	cc_esc_term(s, doc->name, strlen(doc->name));
	cc_sink_printf(s, ": %zu figure%s.\n", doc->nclaims, doc->nclaims == 1 ? "" : "s");
	return CC_OK;
}

static void step_wording(cc_walk_state *st, const cc_doc *doc, size_t i)
{
	const cc_claim *c = &doc->claims[i];
	cc_buf *b = step(st);
	const char *p;
	size_t n;
	char fig[2 * CC_NUMBUF + 32];

	cc_rep_sentence(doc, i, &p, &n);
	cc_buf_puts(b, " The wording. The sentence reads: \"");
	cc_buf_put(b, p, n);
	cc_buf_puts(b, "\" The figure is written \"");
	put(b, c->text);
	cc_buf_printf(b, "\", %s, which claimcheck reads as %s",
		      (unsigned)c->kind < CC_KIND_COUNT_OF_KINDS ? kind_phrase[c->kind] : "a figure",
		      cc_rep_figure(fig, sizeof fig, c));
	if (cc_rep_shown_unit(c)) {
		cc_buf_puts(b, " ");
		put(b, c->unit);
	}
	if (c->subject) {
		cc_buf_puts(b, cc_rep_subject_joiner(c));
		put(b, c->subject);
	}
	cc_buf_puts(b, ".");
	para_flush(st);
}

static void step_interval(cc_walk_state *st, const cc_doc *doc, size_t i)
{
	const cc_claim *c = &doc->claims[i];
	cc_buf *b;
	char r[2 * CC_NUMBUF + 8];
	cc_numbuf t;

	if (c->kind == CC_KIND_TEST_STATISTIC || c->kind == CC_KIND_SAMPLE_SIZE)
		return;
	cc_rep_claim_range(r, sizeof r, c);
	b = step(st);
	if (c->hedge && r[0]) {
		cc_buf_puts(b, " The interval the wording allows. The hedge \"");
		put(b, c->hedge);
		cc_buf_printf(b, "\" turns the figure into a range: the sentence is true for any value from %s.", r);
		if (c->traits & CC_TRAIT_HIGH_OPEN)
			cc_buf_puts(b, " The top end itself is excluded: the hedge says the figure falls short of it.");
		if (c->traits & CC_TRAIT_LOW_OPEN)
			cc_buf_puts(b, " The bottom end itself is excluded: the hedge says the figure is above it.");
	} else if (r[0]) {
		cc_buf_printf(b, " The interval the wording allows: from %s, the values that round to the figure as printed.", r);
	} else if (c->hedge) {
		cc_buf_puts(b, " The interval the wording allows. \"");
		put(b, c->hedge);
		cc_buf_puts(b, "\" adds emphasis but does not widen the figure, so the wording allows just this figure.");
	} else {
		cc_buf_puts(b, " The interval the wording allows. There is no hedge, so the wording allows just this figure");
		if (c->tolerance > 0 && c->kind == CC_KIND_PROPORTION)
			cc_buf_printf(b, ", give or take the rounding of the figure as printed (%s points)",
				      cc_fmt_pts(&t, c->tolerance));
		cc_buf_puts(b, ".");
	}
	para_flush(st);
}

static void step_sample(cc_walk_state *st, const cc_doc *doc, size_t i)
{
	const cc_claim *c = &doc->claims[i];
	cc_buf *b;
	cc_numbuf v;
	double base;
	long bc;

	if (c->kind != CC_KIND_PROPORTION && c->kind != CC_KIND_MEAN)
		return;
	b = step(st);
	if ((base = cc_rep_base(doc, i, &bc)) > 0) {
		cc_buf_printf(b, " The sample. The figure describes a sample of n = %s", cc_fmt_count(&v, base));
		if (bc >= 0) {
			cc_buf_printf(b, ", found in figure #%ld (\"", bc + 1);
			put(b, doc->claims[bc].text);
			cc_buf_puts(b, "\")");
		} else {
			cc_buf_puts(b, ", stated in the same passage");
		}
		cc_buf_puts(b, ".");
	} else {
		cc_buf_puts(b, " The sample. The article does not say how many people this figure is based on, "
			       "so no interval can be put around it.");
	}
	para_flush(st);
}

static void step_ci(cc_walk_state *st, const cc_doc *doc, size_t i, const cc_finding *f)
{
	const cc_claim *c = &doc->claims[i];
	cc_buf *b;
	cc_numbuf lv, a, h, p, n, z;

	if (f && f->no_ci) {
		b = step(st);
		cc_buf_printf(b, " No confidence interval. This figure gets no interval and no margin of error: %s", f->no_ci);
		if (f->no_ci_cue)
			cc_buf_printf(b, " (the article says \"%s\")", f->no_ci_cue);
		cc_buf_puts(b, ".");
		para_flush(st);
		return;
	}
	if (!f || !f->has_ci)
		return;
	b = step(st);
	cc_buf_printf(b, " The confidence interval. With p = %s and n = %s, ", cc_fmt_plain(&p, c->value),
		      cc_fmt_count(&n, cc_rep_base(doc, i, &(long){ 0 })));
	cc_buf_puts(b, (unsigned)f->ci_method < CC_CI_METHOD_COUNT ? method_formula[f->ci_method] : "the interval");
	cc_buf_printf(b, " at the %s%% level (z = %s), gives: %s %s%% interval: %s to %s.", cc_fmt_level(&lv, f->ci_level),
		      cc_fmt_plain(&z, cc_z_for_level(f->ci_level)), cc_rep_method_label(f->ci_method), lv.s,
		      cc_rep_ci_bound(&a, c, f->ci_low), cc_rep_ci_bound(&h, c, f->ci_high));
	if (f->has_moe)
		cc_buf_printf(b, " The margin of error is about \xC2\xB1%s points.", cc_fmt_pts(&a, f->moe));
	cc_buf_puts(b, " A survey of this size cannot pin the figure down more closely than that.");
	if (f->has_wording)
		cc_buf_printf(b, " The wording allows any share from %s to %s; taking the interval's lower limit at the"
				 " low end and its upper limit at the high end, the range the words leave open runs from %s to %s."
				 " That is a statement about the words, not a wider interval for the figure.",
			      cc_rep_ci_bound(&a, c, f->wording_low), cc_rep_ci_bound(&h, c, f->wording_high),
			      cc_rep_ci_bound(&p, c, f->wording_ci_low), cc_rep_ci_bound(&n, c, f->wording_ci_high));
	para_flush(st);
}

static void step_test(cc_walk_state *st, const cc_doc *doc, size_t i, const cc_finding *f)
{
	const cc_claim *c = &doc->claims[i];
	cc_buf *b;
	cc_numbuf p, q;

	if (c->kind != CC_KIND_TEST_STATISTIC || !f || !f->has_test)
		return;
	b = step(st);
	cc_buf_printf(b, " The test. claimcheck recomputed the p-value from the reported %s statistic and its degrees "
			 "of freedom: p = %s%s. ",
		      cc_rep_test_name(c->apa.test), cc_fmt_plain(&p, f->p_computed),
		      f->one_tailed ? " (one-tailed, as the text says)" : "");
	if (c->apa.p_comparison == 'n')
		cc_buf_puts(b, "The article reports it only as not significant.");
	else
		cc_buf_printf(b, "The article reports p %c %s.", c->apa.p_comparison ? c->apa.p_comparison : '=',
			      cc_fmt_plain(&q, c->apa.p_reported));
	if (f->decision_error)
		cc_buf_puts(b, " The two disagree about significance: a decision error.");
	else if (f->error)
		cc_buf_puts(b, " The two do not match, even allowing for rounding.");
	else
		cc_buf_puts(b, " They agree, allowing for rounding.");
	para_flush(st);
}

static void step_reference(cc_walk_state *st, const cc_doc *doc, size_t i, const cc_finding *f)
{
	const cc_claim *c = &doc->claims[i];
	cc_buf *b;
	cc_numbuf v;
	const char *vn;

	if (!f || !f->has_ref)
		return;
	vn = cc_rep_verdict_name(f->ref.verdict);
	b = step(st);
	cc_buf_printf(b, " The reference. The closest official figure is %s", cc_rep_claim_number(&v, c, cc_rep_ref_value(doc, i)));
	if (f->ref.indicator) {
		cc_buf_puts(b, " (");
		put(b, f->ref.indicator);
		if (f->ref.period) {
			cc_buf_puts(b, ", ");
			put(b, f->ref.period);
		}
		cc_buf_puts(b, ")");
	}
	if (f->ref.source) {
		cc_buf_puts(b, " from ");
		put(b, f->ref.source);
	}
	cc_buf_puts(b, ".");
	if (vn)
		cc_buf_printf(b, " Verdict: %s.", vn);
	para_flush(st);
}

static int explain_claim_begin(cc_walk_state *st, const cc_doc *doc, size_t i)
{
	explain_state *es = st->user;
	const cc_claim *c = &doc->claims[i];
	const cc_finding *f = st->opts.with_findings ? cc_doc_finding(doc, i) : NULL;
	cc_sink *s = st->sink;

	es->step = 0;
	es->flags_before = st->nflags;
	cc_sink_printf(s, "\nFigure %zu of %zu: \"", i + 1, doc->nclaims);
	cc_esc_term(s, c->text ? c->text : "", c->text ? strlen(c->text) : 0);
	cc_sink_printf(s, "\" (%s)\n", cc_kind_name(c->kind));
	step_wording(st, doc, i);
	step_interval(st, doc, i);
	step_sample(st, doc, i);
	step_ci(st, doc, i, f);
	step_test(st, doc, i, f);
	step_reference(st, doc, i, f);
	return cc_buf_oom(&es->para) ? cc_error_oom(st->ctx) : CC_OK;
}

/* The catalogue's teaching note for a check, by its code name. */
static const char *note_for(const char *name)
{
	size_t k;

	for (k = 0; k < cc_check_count(); k++)
		if (cc_check_name(k) && !strcmp(cc_check_name(k), name))
			return cc_check_note(k);
	return NULL;
}

static int explain_flag(cc_walk_state *st, const cc_doc *doc, size_t i, const cc_flag *fl)
{
	cc_buf *b = step(st);
	const char *note;

	(void)doc, (void)i;
	cc_buf_printf(b, " Check %s (%s) fired: ", fl->name ? fl->name : "", cc_severity_name(fl->severity));
	put(b, fl->message);
	para_flush(st);
	/* why it matters: the catalogue's teaching note */
	if (fl->name && (note = note_for(fl->name))) {
		explain_state *es = st->user;

		cc_sink_printf(st->sink, "%*s", IND + 3, "");
		cc_buf_puts(&es->para, "Why it matters: ");
		put(&es->para, note);
		cc_rep_wrap(st->sink, es->para.ptr, es->para.len, IND + 3, IND + 3, WIDTH);
		cc_sink_write(st->sink, "\n", 1);
		cc_buf_clear(&es->para);
	}
	return CC_OK;
}

/* Did check `code` fire on this finding? */
static int fired(const cc_finding *f, int code)
{
	size_t k;

	for (k = 0; k < f->nflags; k++)
		if (f->flags[k].code == code)
			return 1;
	return 0;
}

static int explain_claim_end(cc_walk_state *st, const cc_doc *doc, size_t i)
{
	explain_state *es = st->user;
	const cc_finding *f = st->opts.with_findings ? cc_doc_finding(doc, i) : NULL;
	cc_buf *b;
	size_t k;

	if (f) {
		/* the checks that were tried on this figure and passed, with why */
		for (k = 0; k < f->npassed; k++) {
			const cc_flag *p = &f->passed[k];

			if (fired(f, p->code))
				continue;
			b = step(st);
			cc_buf_printf(b, " Check %s passed: ", p->name ? p->name : "");
			put(b, p->message);
			para_flush(st);
		}
	}
	if (st->opts.with_findings && st->nflags == es->flags_before) {
		b = step(st);
		cc_buf_puts(b, " No check raised a flag on this figure.");
		para_flush(st);
	}
	return cc_buf_oom(&es->para) ? cc_error_oom(st->ctx) : CC_OK;
}

const cc_renderer cc_render_explain = {
	.name = "explain",
	.begin = explain_begin,
	.doc_begin = explain_doc_begin,
	.claim_begin = explain_claim_begin,
	.flag = explain_flag,
	.claim_end = explain_claim_end,
	.dispose = explain_dispose,
};
