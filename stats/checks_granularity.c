/*
 * checks_granularity.c -- the granularity and p-value checks (22, 27, 28):
 * GRIM for percentages and means, GRIMMER, reported p-values recomputed.
 *
 * Stage: statistics (the checks of stats/checks.c's catalogue). Reads the
 * claim records, the survey records and the reference facts on the
 * document; never the document's text. Must not: print, touch files or the
 * database.
 */
#include "checks_int.h"


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
void chk_GRIM_PERCENT(run *r)
{
	size_t i;
	cc_numbuf a, b, c, d, e, f;

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *cl = CL(r, i);
		const cc_survey_ref *sr = ck_claim_sref(r, i);
		double n = ck_claim_n(r, i), v = cl->value * 100, k1, k2;
		int d0 = cl->decimals > 0 ? cl->decimals : 0, weighted;
		char str[48];

		if (!ck_is_prop(cl) || !(cl->traits & CC_TRAIT_PERCENT) || !ck_is_exact(cl) || cl->hedge)
			continue;
		if (cl->traits & (CC_TRAIT_COUNTED | CC_TRAIT_RANGE | CC_TRAIT_VAGUE))
			continue;
		if (!(n >= 1) || n != floor(n) || n > 1e7 || !(100 / n > pow(10, -d0)))
			continue;
		weighted = ck_claim_deff(r, i) > 1 || (sr && sr->weighted == 1);
		if (weighted)
			continue;
		snprintf(str, sizeof str, "%.*f", d0, v);
		if (grim_ok(str, n, 1, 1, atof(str), d0)) {
			ck_passed(r, i, CC_MSG_GRIM_PERCENT_PASS, str, cc_fmt_n(&a, n),
				  cc_fmt_n(&b, floor(v * n / 100 + 0.5)), NULL);
			continue;
		}
		k1 = floor(v * n / 100 + 1e-9);
		k2 = k1 + 1;
		ck_say(r, i, CC_MSG_GRIM_PERCENT_FLAG,
		       sr && sr->weighted == 0 ? CC_SEV_ERROR : CC_SEV_WARNING, cc_fmt_n(&a, n),
		       cc_fmt_num(&b, 100 / n, 2), str, cc_fmt_num(&c, 100 * k1 / n, 2), cc_fmt_n(&d, k1),
		       cc_fmt_num(&e, 100 * k2 / n, 2), cc_fmt_n(&f, k2), NULL);
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
void chk_GRIM_MEAN(run *r)
{
	size_t i;
	cc_numbuf a, b, c, d, e;

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *cl = CL(r, i);
		double n = ck_claim_n(r, i), k = cl->items >= 1 ? cl->items : 1, nk, lo, hi;
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
				ck_say(r, i, CC_MSG_GRIM_MEAN_FLAG_GRIMMER, CC_SEV_WARNING, str, sd,
				       cc_fmt_n(&a, n), NULL);
				continue;
			}
		}
		if (ok) {
			ck_passed(r, i, CC_MSG_GRIM_MEAN_PASS, str, cc_fmt_n(&a, n), cc_fmt_n(&b, nk),
				  isfinite(cl->sd) && cl->sd_decimals > 0 ? ", and so is its standard deviation" : "",
				  NULL);
			continue;
		}
		integer = (EXT(r, i)->cues & CC_CUE_SCALE) != 0;
		lo = floor(cl->value * nk) / nk;
		hi = ceil(cl->value * nk) / nk;
		ck_say(r, i, CC_MSG_GRIM_MEAN_FLAG, integer ? CC_SEV_ERROR : CC_SEV_WARNING, str,
		       cc_fmt_n(&a, n), cc_fmt_num(&b, lo, dd + 1), cc_fmt_num(&c, hi, dd + 1),
		       cc_fmt_n(&d, lo * nk), cc_fmt_n(&e, hi * nk), NULL);
	}
}


/* 28. A p-value its own test statistic contradicts (verdicts from
 * cc_stats_findings, statcheck's rules). */
void chk_PVALUE_INCONSISTENT(run *r)
{
	size_t i;
	cc_numbuf a, b;

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *cl = CL(r, i);
		const cc_finding *f = &r->doc->findings[i];
		char rep[64];

		if (cl->kind == CC_KIND_TEST_STATISTIC && f->has_test && !f->error) {
			ck_passed(r, i, CC_MSG_PVALUE_INCONSISTENT_PASS, cc_fmt_p(&b, f->p_computed),
				  f->one_tailed ? " (one-tailed)" : "", NULL);
			continue;
		}
		if (cl->kind != CC_KIND_TEST_STATISTIC || !f->has_test || !f->error)
			continue;
		if (cl->apa.p_comparison == 'n')
			snprintf(rep, sizeof rep, "ns");
		else
			snprintf(rep, sizeof rep, "p %c %s", cl->apa.p_comparison, cc_fmt_p(&a, cl->apa.p_reported));
		ck_say(r, i, CC_MSG_PVALUE_INCONSISTENT_FLAG, f->decision_error ? CC_SEV_ERROR : CC_SEV_WARNING, cl->text,
		       cc_fmt_p(&b, f->p_computed), f->one_tailed ? " (one-tailed)" : "", rep,
		       f->decision_error
			       ? "That changes the conclusion: one says significant at the chosen level, the other not."
			       : "The conclusion at the chosen significance level stands, but the numbers need checking.",
		       NULL);
	}
}
