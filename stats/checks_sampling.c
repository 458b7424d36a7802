/*
 * checks_sampling.c -- the sampling and margin checks (6, 8, 19-21, 23-26): small samples and subgroups, margins stated wrong or quoted for volunteers, false precision, design effects, finite populations, none/all from small samples, more surveyed than exist.
 *
 * Stage: statistics (the checks of stats/checks.c's catalogue). Reads the
 * claim records, the survey records and the reference facts on the
 * document; never the document's text. Must not: print, touch files or the
 * database.
 */
#include "checks_int.h"


/* Population size N behind claim i's sample, 0 unknown. */
static double claim_N(const run *r, size_t i)
{
	const cc_survey_info *sv = ck_survey_at(r, ck_claim_survey(r, i));
	const cc_survey_ref *sr = ck_claim_sref(r, i);
	long sc = ck_sample_of(r, i);

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
			if (j != i && ck_is_prop(CL(r, j)) && ck_sample_of(r, j) == (long)i)
				return 0;
	}
	if (claim_N(r, i) > 0 && claim_N(r, i) <= CL(r, i)->value * P_POPULATION_SLACK)
		return 0; /* a census: "all 43 forces" */
	if (all)
		*all = a;
	return 1;
}


/* 6. Margin wider than 5 points (error above 15). */
void chk_SMALL_SAMPLE(run *r)
{
	size_t i;
	nbuf a, b, c, d, e, f;

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *cl = CL(r, i);
		double n = ck_claim_n(r, i), deff, N, m0, lo, hi, n3;
		const char *P;
		cc_severity sev;

		if (cl->kind == CC_KIND_SAMPLE_SIZE && allnone_sample(r, i, NULL)) {
			/* "All 25 head teachers surveyed said": the figure is n of n */
			m0 = ck_moe0(r, n, ck_claim_deff(r, i), 0);
			if (!(m0 > P_SMALL_SAMPLE_WARN_MOE))
				continue;
			ck_flag(r, i, CC_CHECK_SMALL_SAMPLE, m0 > P_SMALL_SAMPLE_ERROR_MOE ? CC_SEV_ERROR : CC_SEV_WARNING,
			     "Based on %s %s, any share from this survey is only good to about ±%s points. "
			     "About %s people would be needed for ±3 points.",
			     ck_fmt_n(&a, n), cl->subject ? cl->subject : "people", ck_fmt_pts(&b, m0),
			     ck_fmt_n(&e, ck_need_n(r, 0.03, 0)));
			continue;
		}
		if (!ck_is_prop(cl) || ck_is_wide(cl) || !(n > 0))
			continue;
		deff = ck_claim_deff(r, i);
		N = claim_N(r, i);
		m0 = ck_moe0(r, n, deff, N);
		if (N > 0 && n >= N) {
			nbuf nn;

			ck_pass(r, i, CC_CHECK_SMALL_SAMPLE,
			     "the %s asked are the whole population (about %s), a census: there is no sampling "
			     "error to speak of, provided all of them answered.",
			     ck_fmt_n(&a, n), ck_fmt_n(&nn, N));
			continue;
		}
		if (!(m0 > P_SMALL_SAMPLE_WARN_MOE)) {
			ck_pass(r, i, CC_CHECK_SMALL_SAMPLE,
			     "with %s people the worst-case margin of error is ±%s points, within the ±%s "
			     "points this check allows.",
			     ck_fmt_n(&a, n), ck_fmt_pts(&b, m0), ck_fmt_pts(&c, P_SMALL_SAMPLE_WARN_MOE));
			continue;
		}
		sev = m0 > P_SMALL_SAMPLE_ERROR_MOE ? CC_SEV_ERROR : CC_SEV_WARNING;
		P = ck_sample_pop_phrase(r, i);
		n3 = ck_need_n(r, 0.03, N > n ? N : 0);
		if (figure_ci(r, cl, n, &lo, &hi) == CC_OK)
			ck_flag(r, i, CC_CHECK_SMALL_SAMPLE, sev,
			     "Based on %s %s, this figure is only good to about ±%s points: the true share "
			     "could be anywhere from %s%% to %s%% (%s%% %s interval). About %s people would be "
			     "needed for ±3 points.",
			     ck_fmt_n(&a, n), P ? P : "people", ck_fmt_pts(&b, m0), ck_fmt_pct(&c, lo),
			     ck_fmt_pct(&d, hi), ck_level_pct(&f, r->level), cc_ci_method_name(r->method),
			     ck_fmt_n(&e, n3));
		else
			ck_flag(r, i, CC_CHECK_SMALL_SAMPLE, sev,
			     "Based on %s %s, this figure is only good to about ±%s points. About %s people "
			     "would be needed for ±3 points.",
			     ck_fmt_n(&a, n), P ? P : "people", ck_fmt_pts(&b, m0), ck_fmt_n(&e, n3));
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
	sv = ck_survey_at(r, s);
	if (!sv || sv->sample_claim < 0 || sv->sample_claim == sc)
		return 0;
	*main_n = CL(r, (size_t)sv->sample_claim)->value;
	return *main_n > 0;
}


/* 8. A crossbreak too small for its own headline. */
void chk_SUBGROUP_TOO_SMALL(run *r)
{
	size_t i;
	nbuf a, b, c, d, e;

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *cl = CL(r, i);
		long sc = ck_sample_of(r, i);
		double nsub, nall = 0;
		const char *label;

		if (!ck_is_prop(cl))
			continue;
		if (EXT(r, i)->subgroup_n > 0) {
			/* a crossbreak named in the text, "Among the 50 respondents aged 65 and over" */
			nsub = EXT(r, i)->subgroup_n;
			nall = ck_survey_n(r, ck_claim_survey(r, i));
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
			ck_pass(r, i, CC_CHECK_SUBGROUP_TOO_SMALL,
			     "the figure describes a subgroup of %s of the %s surveyed (%s), enough for a margin "
			     "of about ±%s points.",
			     ck_fmt_n(&a, nsub), ck_fmt_n(&b, nall), label, ck_fmt_pts(&c, ck_moe0(r, nsub, 1, 0)));
			continue;
		}
		ck_flag(r, i, CC_CHECK_SUBGROUP_TOO_SMALL,
		     nsub < P_SUBGROUP_ERROR_N ? CC_SEV_ERROR : CC_SEV_WARNING,
		     "This figure describes only %s people (%s), part of the %s surveyed, so its margin of "
		     "error is about ±%s points -- not the ±%s for the whole poll. At least %s people in "
		     "the subgroup would bring it under ±10 points.",
		     ck_fmt_n(&a, nsub), label, ck_fmt_n(&b, nall), ck_fmt_pts(&c, ck_moe0(r, nsub, 1, 0)),
		     ck_fmt_pts(&d, ck_moe0(r, nall, 1, 0)), ck_fmt_n(&e, ck_need_n(r, 0.0999, 0)));
	}
}


/* 19. A quoted margin smaller than n allows. */
void chk_MOE_STATED_WRONG(run *r)
{
	size_t i;
	nbuf a, b, c, d, e;

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *cl = CL(r, i);
		double n = ck_claim_n(r, i), N, m;

		if (cl->kind != CC_KIND_MARGIN_OF_ERROR || !(n > 0) || !(cl->value > 0))
			continue;
		N = claim_N(r, i);
		m = ck_moe0(r, n, 1, N);
		if (!(cl->value < m - P_MOE_ROUNDING)) {
			ck_pass(r, i, CC_CHECK_MOE_STATED_WRONG,
			     "the quoted ±%s points is at least the ±%s points that %s respondents allow "
			     "(half a point is left for rounding).",
			     ck_fmt_num(&a, cl->value * 100, 1), ck_fmt_pts(&c, m), ck_fmt_n(&b, n));
			continue;
		}
		ck_flag(r, i, CC_CHECK_MOE_STATED_WRONG, cl->value < m / 2 ? CC_SEV_ERROR : CC_SEV_WARNING,
		     "The article says the margin of error is ±%s points, but for %s respondents it is at "
		     "least ±%s points (more if the data were weighted). A margin of ±%s would need about "
		     "%s people.",
		     ck_fmt_num(&a, cl->value * 100, 1), ck_fmt_n(&b, n), ck_fmt_pts(&c, m), ck_fmt_num(&d, cl->value * 100, 1),
		     ck_fmt_n(&e, ck_need_n(r, cl->value, N > n ? N : 0)));
	}
}


/* 20. A margin of error for volunteers. */
void chk_MOE_ON_NONPROBABILITY(run *r)
{
	size_t i;

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *cl = CL(r, i);
		long s = ck_claim_survey(r, i);
		const cc_survey_info *sv = ck_survey_at(r, s);
		const cc_survey_ref *sr = ck_claim_sref(r, i);
		nbuf nb;

		if (cl->kind != CC_KIND_MARGIN_OF_ERROR)
			continue;
		if (!((sv && (sv->selfselect_cue || sv->opt_in)) || (sr && sr->probability_sample == 0))) {
			nbuf nn;
			double n = ck_claim_n(r, i);

			ck_pass(r, i, CC_CHECK_MOE_ON_NONPROBABILITY,
			     "the margin of error ±%s points belongs to a survey%s%s%s that neither the article "
			     "nor the reference database describes as opt-in or self-selected, so a sampling "
			     "margin can apply.",
			     ck_fmt_num(&nn, cl->value * 100, 1), n > 0 ? " of " : "", n > 0 ? ck_fmt_n(&nb, n) : "",
			     n > 0 ? " people" : "");
			continue;
		}
		if (EXT(r, i)->modelled) {
			ck_pass(r, i, CC_CHECK_MOE_ON_NONPROBABILITY,
			     "the respondents volunteered, but the article presents the ±%s points as a "
			     "model-based figure (\"%s\"), the kind AAPOR accepts for opt-in samples, not as a "
			     "sampling margin.",
			     ck_fmt_num(&nb, cl->value * 100, 1), EXT(r, i)->modelled);
			continue;
		}
		ck_flag(r, i, CC_CHECK_MOE_ON_NONPROBABILITY, CC_SEV_WARNING,
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

		snprintf(tmp, sizeof tmp, "%s", ck_fmt_n(&nb, r));
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
	n = ck_claim_n(r, j);
	if (!ck_is_prop(sh) || ck_is_wide(sh) || !(n > 0) || !(sh->value > 0) || !(c->value > n))
		return;
	/* "equivalent to", "which means" between the share and the count */
	if (!(EXT(r, k)->cues & CC_CUE_GROSSED_UP))
		return;
	if (!(s = sig_figs(c->text, &b, &e)))
		return;
	N = claim_N(r, j);
	p = sh->value;
	if (cc_moe(&m, p, n, r->level, ck_claim_deff(r, j), N >= n ? N : 0) || !(m > 0))
		return;
	rel = m / p;
	step = 0.5 * pow(10, -(s - 1));
	/* the most figures the survey supports: 0.5 10^-(s2-1) >= rel/10 */
	s2 = (int)floor(1 + log10(5 / rel) + 1e-9);
	if (s2 < 1)
		s2 = 1;
	if (!(step < rel / P_FALSE_PRECISION_GROSS_RATIO)) {
		ck_pass(r, k, CC_CHECK_FALSE_PRECISION,
		     "'%s' grosses up the %s%% share of %s respondents; its %d significant figure%s (good to "
		     "±%s%%) are not much finer than the share's own uncertainty, ±%s points or ±%s%% of its "
		     "value.",
		     c->text, ck_fmt_num(&a, p * 100, 1), ck_fmt_n(&bb, n), s, s == 1 ? "" : "s",
		     ck_fmt_num(&cc, step * 100, 3), ck_fmt_pts(&d, m), ck_fmt_num(&f, rel * 100, 1));
		return;
	}
	round_text(c->text, s2, rounded, sizeof rounded);
	ck_flag(r, k, CC_CHECK_FALSE_PRECISION, CC_SEV_INFO,
	     "'%s' is the %s%% share of %s respondents grossed up to the whole population and given to %d "
	     "significant figures, but the share is uncertain by ±%s points (±%s%% of its value), so the "
	     "total is too. 'About %s' says as much without implying precision the survey doesn't have.",
	     c->text, ck_fmt_num(&a, p * 100, 1), ck_fmt_n(&bb, n), s, ck_fmt_pts(&d, m), ck_fmt_num(&f, rel * 100, 1),
	     rounded);
}


/* 21. Decimals finer than the sample can support: (a) a percentage's
 * decimals, (b) the figures of a count grossed up from a survey share. */
void chk_FALSE_PRECISION(run *r)
{
	size_t i;
	nbuf a, b, c;

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *cl = CL(r, i);
		double n = ck_claim_n(r, i), m, N, step;

		false_precision_gross(r, i);
		if (!ck_is_prop(cl) || !(cl->traits & CC_TRAIT_PERCENT) || cl->decimals < 1 || !(n > 0))
			continue;
		N = claim_N(r, i);
		/* F3 at the stated value (Clarification 3), in points */
		if (cc_moe(&m, cl->value, n, r->level, ck_claim_deff(r, i), N >= n ? N : 0) || !(m > 0))
			continue;
		step = pow(10, -cl->decimals);
		if (!(step < m * 100 / P_FALSE_PRECISION_RATIO)) {
			ck_pass(r, i, CC_CHECK_FALSE_PRECISION,
			     "%d decimal place%s is not much finer than the ±%s-point margin of %s respondents.",
			     cl->decimals, cl->decimals == 1 ? "" : "s", ck_fmt_pts(&b, m), ck_fmt_n(&a, n));
			continue;
		}
		ck_flag(r, i, CC_CHECK_FALSE_PRECISION, CC_SEV_INFO,
		     "'%s' is given to %d decimal place%s, but with %s respondents it is uncertain by ±%s "
		     "points. '%s%%' says as much without implying precision the survey doesn't have.",
		     cl->text, cl->decimals, cl->decimals == 1 ? "" : "s", ck_fmt_n(&a, n), ck_fmt_pts(&b, m),
		     ck_fmt_pct(&c, cl->value));
	}
}


/* 23. Weighting costs precision the quoted margin ignores. */
void chk_DESIGN_EFFECT_IGNORED(run *r)
{
	size_t s, i, k;
	nbuf a, b, c, d, e, f;

	for (s = 0; s < r->doc->nsurveys; s++) {
		long t = ck_survey_target(r, (long)s);
		double n = ck_survey_n(r, (long)s), deff, msrs, madj, mq = 0;
		int quoted = 0, ignores = 0;

		if (t < 0)
			continue;
		if (!(n > 0))
			n = ck_claim_n(r, (size_t)t);
		deff = ck_claim_deff(r, (size_t)t);
		if (!(n > 0))
			continue;
		msrs = ck_moe0(r, n, 1, 0);
		madj = ck_moe0(r, n, deff, 0);
		if (deff < P_DEFF_MIN) {
			const cc_survey_ref *sr = ck_claim_sref(r, (size_t)t);

			/* only a design effect someone stated: 1 is also "unknown" */
			if ((r->doc->surveys[s].deff >= 1 || (sr && sr->deff >= 1)) &&
			    strcmp(ck_fmt_pts(&c, madj), ck_fmt_pts(&d, msrs)))
				ck_pass(r, (size_t)t, CC_CHECK_DESIGN_EFFECT_IGNORED,
				     "the design effect of %s is under %s, so weighting barely changes the "
				     "margin: about ±%s points rather than ±%s for %s respondents.",
				     ck_fmt_num(&e, deff, 2), ck_fmt_num(&a, P_DEFF_MIN, 1), c.s, d.s, ck_fmt_n(&b, n));
			else if (r->doc->surveys[s].deff >= 1 || (sr && sr->deff >= 1))
				ck_pass(r, (size_t)t, CC_CHECK_DESIGN_EFFECT_IGNORED,
				     "the design effect of %s is under %s, so weighting leaves the margin for %s "
				     "respondents at about ±%s points.",
				     ck_fmt_num(&e, deff, 2), ck_fmt_num(&a, P_DEFF_MIN, 1), ck_fmt_n(&b, n), c.s);
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
			ck_pass(r, (size_t)t, CC_CHECK_DESIGN_EFFECT_IGNORED,
			     "the poll was weighted (design effect %s, so its %s respondents count as about %s), "
			     "and the quoted margin, ±%s points, is not the unweighted ±%s: it allows for the "
			     "weighting (about ±%s).",
			     ck_fmt_num(&e, deff, 2), ck_fmt_n(&a, n), ck_fmt_n(&b, n / deff), ck_fmt_num(&f, mq * 100, 1),
			     ck_fmt_pts(&d, msrs), ck_fmt_pts(&c, madj));
			continue;
		}
		ck_flag(r, (size_t)t, CC_CHECK_DESIGN_EFFECT_IGNORED, CC_SEV_INFO,
		     "The poll was weighted (design effect %s), which cuts its effective sample from %s to "
		     "about %s; the margin of error is nearer ±%s points than ±%s.",
		     ck_fmt_num(&e, deff, 2), ck_fmt_n(&a, n), ck_fmt_n(&b, n / deff), ck_fmt_pts(&c, madj),
		     ck_fmt_pts(&d, msrs));
	}
}


/* 24. A sizeable share of a small population. */
void chk_FINITE_POPULATION(run *r)
{
	size_t s;
	nbuf a, b, c, d, e, f;

	for (s = 0; s < r->doc->nsurveys; s++) {
		long t = ck_survey_target(r, (long)s);
		double n, N, m, mf;
		const char *P;

		if (t < 0)
			continue;
		n = ck_survey_n(r, (long)s);
		if (!(n > 0))
			n = ck_claim_n(r, (size_t)t);
		N = claim_N(r, (size_t)t);
		if (!(n > 0) || !(N > 0) || n > N * P_POPULATION_SLACK)
			continue;
		if (n / N < P_FPC_MIN_FRACTION) {
			ck_pass(r, (size_t)t, CC_CHECK_FINITE_POPULATION,
			     "%s of about %s is under %s%% of the population, so the finite population "
			     "correction would change the margin by almost nothing.",
			     ck_fmt_n(&a, n), ck_fmt_n(&b, N), ck_fmt_num(&c, 100 * P_FPC_MIN_FRACTION, 0));
			continue;
		}
		P = ck_sample_pop_phrase(r, (size_t)t);
		m = ck_moe0(r, n, 1, 0);
		if (n >= N) {
			ck_flag(r, (size_t)t, CC_CHECK_FINITE_POPULATION, CC_SEV_INFO,
			     "All %s %s were surveyed (the whole population), so there is no sampling error "
			     "to speak of: the results are counts, not estimates -- provided every one of them "
			     "answered. A margin of error of ±%s points would overstate the uncertainty.",
			     ck_fmt_n(&a, N), P ? P : "members of the population", ck_fmt_pts(&b, m));
			continue;
		}
		mf = ck_moe0(r, n, 1, N);
		ck_flag(r, (size_t)t, CC_CHECK_FINITE_POPULATION, CC_SEV_INFO,
		     "%s of roughly %s %s were surveyed (%s%% of them), so the margin of error is slightly "
		     "smaller: about ±%s points rather than ±%s (finite population correction %s). This "
		     "holds only if they were chosen at random.",
		     ck_fmt_n(&a, n), ck_fmt_n(&b, N), P ? P : "people", ck_fmt_num(&c, 100 * n / N, 0), ck_fmt_pts(&d, mf),
		     ck_fmt_pts(&e, m), ck_fmt_num(&f, sqrt((N - n) / (N - 1)), 3));
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
void chk_ZERO_OR_ALL_SMALL_N(run *r)
{
	size_t i;
	nbuf a, b, c, d;
	double alpha = 1 - r->level;

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *cl = CL(r, i);
		double n = ck_claim_n(r, i), v;
		int all;

		if (ck_is_prop(cl) && fabs(cl->high - cl->low) < 1e-9 && (cl->value <= 1e-9 || cl->value >= 1 - 1e-9)) {
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
			ck_pass(r, i, CC_CHECK_ZERO_OR_ALL_SMALL_N,
			     "%s of the %s surveyed gave this answer, and with %s or more the one-sided %s%% "
			     "bound puts the true share %s %s%%, close enough to %s to say so.",
			     all ? "all" : "none", ck_fmt_n(&a, n), ck_fmt_n(&d, P_ZERO_ALL_MAX_N), ck_level_pct(&c, r->level),
			     all ? "above" : "below", ck_fmt_num(&b, (all ? 1 - v : v) * 100, 2), all ? "everyone" : "zero");
			continue;
		}
		if (all)
			ck_flag(r, i, CC_CHECK_ZERO_OR_ALL_SMALL_N, CC_SEV_INFO,
			     "All %s people surveyed gave this answer, but that only shows the true share is "
			     "probably above %s%% (one-sided %s%% bound), not that it is everyone.",
			     ck_fmt_n(&a, n), ck_fmt_num(&b, (1 - v) * 100, 1), ck_level_pct(&c, r->level));
		else
			ck_flag(r, i, CC_CHECK_ZERO_OR_ALL_SMALL_N, CC_SEV_INFO,
			     "None of the %s people surveyed gave this answer, but that only shows the true "
			     "rate is probably below %s%% (one-sided %s%% bound; the rule of three gives %s%%), "
			     "not that it is zero.",
			     ck_fmt_n(&a, n), ck_fmt_num(&b, v * 100, 1), ck_level_pct(&c, r->level),
			     ck_fmt_num(&d, 300 / n, 1));
	}
}


/* 26. More surveyed (or answering) than exist. */
void chk_SAMPLE_EXCEEDS_POPULATION(run *r)
{
	size_t i, j, w;
	nbuf a, b;

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *cl = CL(r, i);
		double n = ck_claim_n(r, i), N, main_n = 0;

		if (cl->kind == CC_KIND_SAMPLE_SIZE && EXT(r, i)->sample_role == 3) {
			/* "A survey of 20 hospitals found 26 had...": a count of answers */
			double main = ck_survey_n(r, ck_claim_survey(r, i));

			if (main > 0 && cl->value > main && (EXT(r, i)->cues & CC_CUE_SAID))
				ck_flag(r, i, CC_CHECK_SAMPLE_EXCEEDS_POPULATION, CC_SEV_ERROR,
				     "The article says %s gave this answer, but only %s were surveyed. One of these "
				     "numbers is wrong.",
				     ck_fmt_n(&a, cl->value), ck_fmt_n(&b, main));
			continue;
		}
		if (cl->kind == CC_KIND_SAMPLE_SIZE) {
			N = claim_N(r, i);
			if (N > 0 && !(n > N * P_POPULATION_SLACK))
				ck_pass(r, i, CC_CHECK_SAMPLE_EXCEEDS_POPULATION,
				     "%s surveyed out of about %s in the population: possible.", ck_fmt_n(&a, n),
				     ck_fmt_n(&b, N));
			if (N > 0 && n > N * P_POPULATION_SLACK) {
				const cc_population_ref *pr = EXT(r, i)->sample_pop;

				ck_flag(r, i, CC_CHECK_SAMPLE_EXCEEDS_POPULATION, CC_SEV_ERROR,
				     "The article says %s %s were surveyed, but there are only about %s (%s). "
				     "One of these numbers is wrong.",
				     ck_fmt_n(&a, n), cl->subject ? cl->subject : "people", ck_fmt_n(&b, N),
				     pr && pr->source ? pr->source : "as the article itself says");
			} else if (is_subgroup_sample(r, (long)i, &main_n) && n > main_n) {
				ck_flag(r, i, CC_CHECK_SAMPLE_EXCEEDS_POPULATION, CC_SEV_ERROR,
				     "This group of %s is larger than the %s people surveyed in all. One of these "
				     "numbers is wrong.",
				     ck_fmt_n(&a, n), ck_fmt_n(&b, main_n));
			}
			continue;
		}
		/* a count of answers above the sample: "Of the 30 surveyed, 40 said" */
		if (ck_is_prop(cl) && (cl->traits & CC_TRAIT_COUNTED) && cl->value > 1 + 1e-9 && n > 0) {
			ck_flag(r, i, CC_CHECK_SAMPLE_EXCEEDS_POPULATION, CC_SEV_ERROR,
			     "'%s' is more than the %s people surveyed. One of these numbers is wrong.",
			     cl->text, ck_fmt_n(&a, n));
			continue;
		}
		if (cl->kind != CC_KIND_COUNT)
			continue;
		/* the sample claims before it in its sentence (and its window) */
		for (j = r->ci[i].first, w = ck_window_start(r, i); j < i; j = r->ci[j].next) {
			const cc_claim *sc = CL(r, j);

			if (j < w || sc->kind != CC_KIND_SAMPLE_SIZE || !(cl->value > sc->value))
				continue;
			if (!(EXT(r, i)->cues & CC_CUE_SAID) && !(cl->unit && sc->subject && strstr(sc->subject, cl->unit)))
				continue;
			ck_flag(r, i, CC_CHECK_SAMPLE_EXCEEDS_POPULATION, CC_SEV_ERROR,
			     "The article says %s gave this answer, but only %s were surveyed. One of these "
			     "numbers is wrong.",
			     ck_fmt_n(&a, cl->value), ck_fmt_n(&b, sc->value));
			break;
		}
	}
}
