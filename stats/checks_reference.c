/*
 * checks_reference.c -- the reference checks (14, 15): figures that
 * disagree with the reference database, superseded or old figures.
 *
 * Stage: statistics (the checks of stats/checks.c's catalogue). Reads the
 * claim records, the survey records and the reference facts on the
 * document; never the document's text. Must not: print, touch files or the
 * database.
 */
#include "checks_int.h"


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


/* "4.3%": a reference value as the message shows it (with % when it is a
 * percentage the claim is compared with as a fraction). */
static const char *ref_shown(char *buf, size_t cap, const cc_refmatch *m, int pct, double v)
{
	cc_numbuf a;

	snprintf(buf, cap, "%s%s", cc_fmt_num(&a, m->value, 6), pct ? (m->value == v ? "" : "%") : "");
	return buf;
}

/* "CPI inflation rate, 2024-03": the matched series and its period. */
static const char *series_of(char *buf, size_t cap, const cc_refmatch *m)
{
	snprintf(buf, cap, "%s%s%s", m->indicator ? m->indicator : "this figure", m->period ? ", " : "",
		 m->period ? m->period : "");
	return buf;
}

/* " on 2024-05-15": when a newer figure was released ("" unknown). */
static const char *released_on(char *buf, size_t cap, const char *released)
{
	snprintf(buf, cap, "%s%s", released ? " on " : "", released ? released : "");
	return buf;
}

/* 14. The figure disagrees with the reference database. */
void chk_REFERENCE_MISMATCH(run *r)
{
	size_t i;
	cc_numbuf b, c;
	char shown[64], series[300], gap[64];

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
		ck_reading(cl, &lo, &hi);
		dist = lo > v + eps ? lo - (v + eps) : (v - eps) > hi ? (v - eps) - hi : 0;
		if (!(dist > 1e-12)) {
			ck_passed(r, i, CC_MSG_REFERENCE_MISMATCH_PASS, f->ref.source ? f->ref.source : "the reference database",
				  ref_shown(shown, sizeof shown, &f->ref, pct, v), series_of(series, sizeof series, &f->ref),
				  NULL);
			continue;
		}
		g = v != 0 ? dist / fabs(v) : INFINITY;
		snprintf(gap, sizeof gap, "%s%s", cc_fmt_num(&b, pct && v != f->ref.value ? dist * 100 : dist, 3),
			 pct && v != f->ref.value ? " points" : "");
		ck_say(r, i, CC_MSG_REFERENCE_MISMATCH_FLAG, g > P_REFERENCE_ERROR_GAP ? CC_SEV_ERROR : CC_SEV_WARNING,
		       cl->text, f->ref.source ? f->ref.source : "the reference database",
		       ref_shown(shown, sizeof shown, &f->ref, pct, v), series_of(series, sizeof series, &f->ref), gap,
		       cc_fmt_num(&c, g * 100, 1), NULL);
	}
}


static int months_between(int later, int earlier)
{
	return later - earlier;
}


/* 15. Superseded or old figures, old fieldwork presented as new. */
void chk_STALE_FIGURE(run *r)
{
	size_t i, s;
	int now = doc_month(r);
	cc_numbuf a;
	char on[40];

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

			ck_reading(CL(r, i), &lo, &hi);
			differs = v < lo - 1e-12 || v > hi + 1e-12;
			ck_say(r, i, CC_MSG_STALE_FIGURE_FLAG_SUPERSEDED, differs ? CC_SEV_WARNING : CC_SEV_INFO,
			       f->ref.source ? f->ref.source : "the reference figure",
			       f->ref.period ? f->ref.period : "an earlier period", cc_fmt_num(&a, nw->value, 6),
			       nw->period ? nw->period : "a later period", released_on(on, sizeof on, nw->released),
			       differs ? " Quote the latest figure, or say which period this one covers." : "", NULL);
			continue;
		}
		/* (a) the matched row is newer than the period the claim names */
		if (f->has_ref && cp && (rp = period_end_month(f->ref.period, &rg)) > cp) {
			double v = ref_in_claim_units(CL(r, i), &f->ref), lo, hi;
			int differs;

			ck_reading(CL(r, i), &lo, &hi);
			differs = v < lo || v > hi;
			ck_say(r, i, CC_MSG_STALE_FIGURE_FLAG_EARLIER_PERIOD, differs ? CC_SEV_WARNING : CC_SEV_INFO,
			       cc_fmt_num(&a, f->ref.value, 6), f->ref.period, released_on(on, sizeof on, f->ref.released),
			       NULL);
			continue;
		}
		/* (b) the period is older than its frequency's freshness window */
		if (!cp && f->has_ref && f->ref.period) {
			ck_passed(r, i, CC_MSG_STALE_FIGURE_PASS_LATEST,
				  f->ref.source ? f->ref.source : "the reference figure", f->ref.period,
				  NULL);
			continue;
		}
		if (!cp || !(f->has_ref || (EXT(r, i)->attributed && !EXT(r, i)->survey_context)))
			continue;
		window = g == 1 ? (int)P_STALE_MONTHLY_MONTHS : g == 3 ? (int)P_STALE_QUARTERLY_MONTHS
							    : (int)P_STALE_ANNUAL_MONTHS;
		age = months_between(now, cp);
		if (age >= 0 && age <= window)
			ck_passed(r, i, CC_MSG_STALE_FIGURE_PASS_CURRENT, CL(r, i)->text, CK_INT(age),
				  age == 1 ? "" : "s", CK_INT(window),
				  g == 1 ? "monthly" : g == 3 ? "quarterly" : "yearly", NULL);
		else if (age > window)
			ck_say(r, i, CC_MSG_STALE_FIGURE_FLAG_OLD_PERIOD, CC_SEV_INFO, CL(r, i)->text,
			       CK_INT(age), g == 1 ? "monthly" : g == 3 ? "quarterly" : "yearly",
			       CK_INT(window), NULL);
	}
	/* (c) a "new" survey whose fieldwork is more than a year old */
	for (s = 0; s < r->doc->nsurveys; s++) {
		const cc_survey_info *sv = &r->doc->surveys[s];
		long t = ck_survey_target(r, (long)s);
		int end, age;

		if (t < 0 || !sv->is_new || sv->fieldwork_end_y <= 0)
			continue;
		end = sv->fieldwork_end_y * 12 + (sv->fieldwork_end_m > 0 ? sv->fieldwork_end_m : 12);
		age = months_between(now, end);
		if (age >= 0 && age <= (int)P_STALE_FIELDWORK_MONTHS)
			ck_passed(r, (size_t)t, CC_MSG_STALE_FIGURE_PASS_NEW_SURVEY, CK_INT(age),
				  age == 1 ? "" : "s", CK_INT((int)P_STALE_FIELDWORK_MONTHS), NULL);
		else if (age > (int)P_STALE_FIELDWORK_MONTHS)
			ck_say(r, (size_t)t, CC_MSG_STALE_FIGURE_FLAG_OLD_SURVEY, CC_SEV_INFO, CK_INT(age),
			       NULL);
	}
}
