/*
 * findings.c -- the statistics stage over a document: intervals and
 * margins for proportions with a known sample, and statcheck's verdicts
 * for reported test results.
 * Stage: statistics (pure; no I/O). Reads claims, writes findings; never
 * touches the text, the database or the flags (stats/checks.c does those).
 *
 * Proportions: the interval is the interval of the figure as printed,
 * x = value n (not rounded), by ctx->opts.method at ctx->opts.level, so
 * that the card's figure, interval and margin agree (issue 17). Where the
 * wording allows a range, the envelope over every count it allows
 * (shared/docs/weak-inferences.md, section 6: x from ceil(low n) to
 * floor(high n), an open end excluding its own count, [lower(x_min),
 * upper(x_max)]) is kept beside it as the wording's interval. The margin of
 * error is F3 at the stated value, z sqrt(p (1 - p) / n), in value units.
 *
 * Test statistics follow statcheck 1.6 (Nuijten & Epskamp), rules read
 * from its documentation and test suite (shared/bench/statcheck):
 *   - p is recomputed two-tailed for t, r, z (one-tailed with --one-tailed
 *     always), upper tail for F, chi2, Q;
 *   - the statistic may have been rounded: its interval (+- half a unit in
 *     the last written decimal) gives a range of p [low_p, up_p];
 *   - "ns" reads as p > alpha; a reported p <= 0 is an error when
 *     p_zero_error is on;
 *   - an error: "=" with p outside [round(low_p), round(up_p)] at the
 *     reported decimals; "<" with p < low_p; ">" with p > up_p; a test
 *     statistic reported as "<" or ">" bounds p from one side only;
 *   - a decision error: an error whose reported significance at alpha
 *     differs from the recomputed p's (p = alpha significant unless
 *     p_equal_alpha_sig is off);
 *   - one_tailed auto: when the text says one-tailed/one-sided/directional
 *     and the result is an error two-tailed but not one-tailed, the
 *     one-tailed reading is taken.
 */
#include "stats.h"
#include "internal.h"

#include <math.h>

/* ---------------------------------------------------------------- tests */

typedef struct tcheck {
	int error;
	double low_p, up_p;
} tcheck;

static int is_sided(cc_test_kind t)
{
	return t == CC_TEST_T || t == CC_TEST_R || t == CC_TEST_Z;
}

/* p of the statistic s for the claim's test; NaN when undefined. */
static double p_of(const cc_apa *a, double s, int tails)
{
	double p;

	switch (a->test) {
	case CC_TEST_F:
	case CC_TEST_CHI2:
	case CC_TEST_Q:
		if (s < 0)
			s = 0;
		break;
	case CC_TEST_R:
		if (s > 1)
			s = 1;
		if (s < -1)
			s = -1;
		break;
	default:
		break;
	}
	if (cc_pvalue(&p, a->test, s, a->df1, a->df2, tails) != CC_OK)
		return NAN;
	return p;
}

/* R's round(x, d) for the comparisons (ties are immaterial here). */
static double round_to(double x, int d)
{
	double p10;

	if (d < 0)
		d = 0;
	if (d > 300) /* p written as 5.81e-48 has 50 decimals */
		return x;
	p10 = pow(10.0, d);
	if (!isfinite(x * p10))
		return x;
	return nearbyint(x * p10) / p10;
}

static void error_test(tcheck *out, const cc_apa *a, double rep, char pcmp, int tails,
		       const cc_options *o)
{
	double step = pow(10.0, -a->stat_decimals), half = step / 2, s = a->statistic;
	double low_stat, up_stat;
	int err = 0;

	/* low_stat: nearer zero (larger p); up_stat: further (smaller p) */
	if (s >= 0) {
		low_stat = s - half;
		up_stat = s + half;
	} else {
		low_stat = s + half;
		up_stat = s - half;
	}
	out->up_p = p_of(a, low_stat, tails);
	out->low_p = p_of(a, up_stat, tails);
	if (o->p_zero_error && rep <= 0) {
		out->error = 1;
		return;
	}
	switch (a->test_comparison) {
	case '<':
		err = pcmp == '=' ? rep < round_to(out->up_p, a->p_decimals)
		    : pcmp == '<' ? rep < out->up_p : 0;
		break;
	case '>':
		err = pcmp == '=' ? rep > round_to(out->low_p, a->p_decimals)
		    : pcmp == '>' ? rep > out->low_p : 0;
		break;
	default:
		err = pcmp == '=' ? (rep > round_to(out->up_p, a->p_decimals) ||
				     rep < round_to(out->low_p, a->p_decimals))
		    : pcmp == '<' ? rep < out->low_p
		    : pcmp == '>' ? rep > out->up_p : 0;
		break;
	}
	out->error = err;
}

/* statcheck's decision-error table; `sig_eq`: p = alpha is significant. */
static int decision_error(double rep, double comp, char tcmp, char pcmp, double alpha, int sig_eq)
{
	if (sig_eq) {
		switch (tcmp) {
		case '<':
			return pcmp == '>' ? 0 : rep <= alpha && comp >= alpha;
		case '>':
			return pcmp == '<' ? 0
			     : pcmp == '=' ? rep > alpha && comp <= alpha
					   : rep >= alpha && comp <= alpha;
		default:
			return pcmp == '=' ? (rep <= alpha && comp > alpha) || (rep > alpha && comp <= alpha)
			     : pcmp == '<' ? rep <= alpha && comp > alpha
					   : rep >= alpha && comp <= alpha;
		}
	}
	switch (tcmp) {
	case '<':
		return pcmp == '>' ? 0
		     : pcmp == '=' ? rep < alpha && comp >= alpha
				   : rep <= alpha && comp >= alpha;
	case '>':
		return pcmp == '<' ? 0 : rep >= alpha && comp <= alpha;
	default:
		return pcmp == '=' ? (rep < alpha && comp >= alpha) || (rep >= alpha && comp < alpha)
		     : pcmp == '<' ? rep <= alpha && comp >= alpha
				   : rep >= alpha && comp < alpha;
	}
}

static void judge_test(cc_finding *f, const cc_claim *c, const cc_options *o)
{
	const cc_apa *a = &c->apa;
	double rep = a->p_reported, comp;
	char pcmp = a->p_comparison;
	int always = o->one_tailed == CC_ONE_TAILED_ALWAYS && is_sided(a->test);
	int tails = always ? 1 : 2;
	tcheck t;

	if (pcmp == 'n') { /* "ns": p > alpha */
		rep = o->alpha;
		pcmp = '>';
	}
	if (isnan(rep) || !isfinite(a->statistic))
		return;
	comp = p_of(a, a->statistic, tails);
	if (isnan(comp))
		return;
	error_test(&t, a, rep, pcmp, tails, o);
	f->has_test = 1;
	f->p_computed = comp;
	f->error = t.error;
	f->decision_error = t.error ? decision_error(rep, comp, a->test_comparison, pcmp, o->alpha,
						     o->p_equal_alpha_sig)
				    : 0;
	f->one_tailed = always;
	if (o->one_tailed == CC_ONE_TAILED_AUTO && (c->traits & CC_TRAIT_ONE_TAILED_TEXT) &&
	    f->error && is_sided(a->test)) {
		double comp1 = p_of(a, a->statistic, 1);
		tcheck t1;

		error_test(&t1, a, rep, pcmp, 1, o);
		if (!isnan(comp1) && !t1.error) {
			f->p_computed = comp1;
			f->error = 0;
			f->decision_error = 0;
			f->one_tailed = 1;
		}
	}
}

/* ---------------------------------------------------------- proportions */

/* The interval envelope over every count the wording allows (catalogue
 * section 6): x from ceil(low n) to floor(high n), an open end excluding
 * its own count; 0 when no whole count fits. */
static int wording_envelope(cc_finding *f, const cc_claim *c, double n, const cc_options *o)
{
	double lo = c->low < 0 ? 0 : c->low, hi = c->high > 1 ? 1 : c->high, xmin, xmax, l1, h1, l2, h2;

	xmin = ceil(lo * n - 1e-9);
	xmax = floor(hi * n + 1e-9);
	if ((c->traits & CC_TRAIT_LOW_OPEN) && fabs(lo * n - xmin) < 1e-9)
		xmin += 1;
	if ((c->traits & CC_TRAIT_HIGH_OPEN) && fabs(hi * n - xmax) < 1e-9)
		xmax -= 1;
	if (xmin < 0)
		xmin = 0;
	if (xmax > n)
		xmax = n;
	if (xmin > xmax || cc_ci_prop(&l1, &h1, xmin, n, o->level, o->method) ||
	    cc_ci_prop(&l2, &h2, xmax, n, o->level, o->method))
		return 0;
	f->has_wording = 1;
	f->wording_low = lo;
	f->wording_high = hi;
	f->wording_ci_low = l1;
	f->wording_ci_high = h2;
	return 1;
}

/* A proportion's interval and margin, on the base every stage reads
 * (cc_doc_claim_base): the interval of the figure as printed (x = value n,
 * not rounded), with the wording's range beside it, never folded into it.
 * None -- and the reason -- for a self-selected sample (no sampling theory
 * applies) and for a subgroup whose size is not given (the whole sample's
 * n would make the interval too narrow). */
static void proportion_ci(cc_finding *f, const cc_doc *doc, size_t i, const cc_options *o)
{
	const cc_claim *c = &doc->claims[i];
	double v = c->value, lo, hi, z, n;
	int how = CC_BASE_NONE;
	const char *sel;

	if (!isfinite(v) || v < 0 || v > 1)
		return;
	if ((sel = cc_doc_selfselect(doc, cc_doc_claim_survey(doc, i), i))) {
		f->no_ci = "the sample chose itself, so no margin of error or confidence interval applies";
		f->no_ci_cue = sel;
		return;
	}
	n = cc_doc_claim_base(doc, i, &how);
	if (how == CC_BASE_SUBGROUP && !(n > 0)) {
		f->no_ci = "a subgroup whose size the article does not give: an interval on the whole sample would be too narrow";
		return;
	}
	if (!(n > 0) || n > 1e15)
		return;
	if (c->traits & CC_TRAIT_VAGUE) {
		/* "most", "a majority": no printed value to put an interval on;
		 * what the words allow is the whole statement */
		f->no_ci = "a word, not a figure: there is no printed value to put an interval on";
		if (isfinite(c->low) && isfinite(c->high) && c->low < c->high)
			wording_envelope(f, c, n, o);
		return;
	}
	if (cc_ci_prop(&lo, &hi, v * n, n, o->level, o->method))
		return;
	f->has_ci = 1;
	f->ci_method = o->method;
	f->ci_level = o->level;
	f->ci_low = lo;
	f->ci_high = hi;
	z = cc_z_for_level(o->level);
	f->has_moe = 1;
	f->moe = z * sqrt(v * (1 - v) / n);
	if (isfinite(c->low) && isfinite(c->high) && c->low < c->high)
		wording_envelope(f, c, n, o);
}

int cc_stats_findings(cc_doc *doc)
{
	const cc_options *o = &doc->ctx->opts;
	size_t i;
	int rc;

	if ((rc = cc_doc_prepare_findings(doc)))
		return rc;
	for (i = 0; i < doc->nclaims; i++) {
		const cc_claim *c = &doc->claims[i];
		cc_finding *f = &doc->findings[i];

		f->claim = c;
		if (c->kind == CC_KIND_PROPORTION)
			proportion_ci(f, doc, i, o);
		else if (c->kind == CC_KIND_TEST_STATISTIC)
			judge_test(f, c, o);
	}
	return CC_OK;
}
