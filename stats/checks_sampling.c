/*
 * checks_sampling.c -- the sampling and margin checks (6, 8, 19-21,
 * 23-26): small samples and subgroups, margins stated wrong or quoted for
 * volunteers, false precision, design effects, finite populations,
 * none/all from small samples, more surveyed than exist.
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


/* Interval for the figure as printed: F1 (or --method) at the stated value,
 * the interval the card shows (stats/findings.c), so that a flag never
 * quotes another interval than its card (issue 17: the wording's range is a
 * line of its own, not folded into the interval). */
static int figure_ci(const run *r, const cc_claim *c, double n, double *lo, double *hi)
{
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
	cc_numbuf a, b, c, d, e, f;

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
			ck_say(r, i, CC_MSG_SMALL_SAMPLE_FLAG_ALL_OR_NONE,
			       m0 > P_SMALL_SAMPLE_ERROR_MOE ? CC_SEV_ERROR : CC_SEV_WARNING, cc_fmt_n(&a, n),
			       cl->subject ? cl->subject : "people", cc_fmt_pts(&b, m0),
			       cc_fmt_n(&e, ck_need_n(r, 0.03, 0)), NULL);
			continue;
		}
		if (!ck_is_prop(cl) || ck_is_wide(cl) || !(n > 0))
			continue;
		deff = ck_claim_deff(r, i);
		N = claim_N(r, i);
		m0 = ck_moe0(r, n, deff, N);
		if (N > 0 && n >= N) {
			cc_numbuf nn;

			ck_passed(r, i, CC_MSG_SMALL_SAMPLE_PASS_CENSUS, cc_fmt_n(&a, n), cc_fmt_n(&nn, N),
				  NULL);
			continue;
		}
		if (!(m0 > P_SMALL_SAMPLE_WARN_MOE)) {
			ck_passed(r, i, CC_MSG_SMALL_SAMPLE_PASS, cc_fmt_n(&a, n), cc_fmt_pts(&b, m0),
				  cc_fmt_pts(&c, P_SMALL_SAMPLE_WARN_MOE), NULL);
			continue;
		}
		sev = m0 > P_SMALL_SAMPLE_ERROR_MOE ? CC_SEV_ERROR : CC_SEV_WARNING;
		P = ck_sample_pop_phrase(r, i);
		n3 = ck_need_n(r, 0.03, N > n ? N : 0);
		if (figure_ci(r, cl, n, &lo, &hi) == CC_OK)
			ck_say(r, i, CC_MSG_SMALL_SAMPLE_FLAG, sev, cc_fmt_n(&a, n), P ? P : "people",
			       cc_fmt_pts(&b, m0), cc_fmt_pct(&c, lo), cc_fmt_pct(&d, hi),
			       cc_fmt_level(&f, r->level), cc_ci_method_name(r->method), cc_fmt_n(&e, n3),
			       NULL);
		else
			ck_say(r, i, CC_MSG_SMALL_SAMPLE_FLAG_NO_INTERVAL, sev, cc_fmt_n(&a, n),
			       P ? P : "people", cc_fmt_pts(&b, m0), cc_fmt_n(&e, n3), NULL);
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
/* A share of a survey's subgroup whose size the text does not give
 * ("Among under-25s, Labour leads by 47 points"): say the base is unknown
 * and what the whole poll's margin would understate (issue 17 §1). 1 when
 * claim i is one (flagged), else 0. */
static int subgroup_unknown(run *r, size_t i)
{
	const cc_claim *cl = CL(r, i);
	int how = CC_BASE_NONE;
	double nall;
	long s = ck_claim_survey(r, i);
	char whole[96];
	cc_numbuf a, b;

	if (cc_doc_claim_base(r->doc, i, &how) > 0 || how != CC_BASE_SUBGROUP || ck_is_wide(cl) || s < 0)
		return 0;
	if (ck_selfselect(r, s, i))
		return 0; /* no margin to compare with (SELF_SELECTED_SAMPLE says why) */
	nall = ck_survey_n(r, s);
	if (nall > 0)
		snprintf(whole, sizeof whole, " (\xC2\xB1%s points with %s people)", cc_fmt_pts(&a, ck_moe0(r, nall, 1, 0)),
			 cc_fmt_n(&b, nall));
	else
		whole[0] = '\0';
	ck_say(r, i, CC_MSG_SUBGROUP_TOO_SMALL_FLAG_UNKNOWN, CC_SEV_INFO, cl->text,
	       EXT(r, i)->subgroup_label ? EXT(r, i)->subgroup_label : cl->subject ? cl->subject : "a part of the sample",
	       whole, NULL);
	return 1;
}

void chk_SUBGROUP_TOO_SMALL(run *r)
{
	size_t i;
	cc_numbuf a, b, c, d, e;

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *cl = CL(r, i);
		long sc = ck_sample_of(r, i);
		double nsub, nall = 0;
		const char *label;

		if (!ck_is_prop(cl))
			continue;
		if (subgroup_unknown(r, i))
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
			ck_passed(r, i, CC_MSG_SUBGROUP_TOO_SMALL_PASS, cc_fmt_n(&a, nsub),
				  cc_fmt_n(&b, nall), label, cc_fmt_pts(&c, ck_moe0(r, nsub, 1, 0)), NULL);
			continue;
		}
		ck_say(r, i, CC_MSG_SUBGROUP_TOO_SMALL_FLAG,
		       nsub < P_SUBGROUP_ERROR_N ? CC_SEV_ERROR : CC_SEV_WARNING, cc_fmt_n(&a, nsub), label,
		       cc_fmt_n(&b, nall), cc_fmt_pts(&c, ck_moe0(r, nsub, 1, 0)),
		       cc_fmt_pts(&d, ck_moe0(r, nall, 1, 0)), cc_fmt_n(&e, ck_need_n(r, 0.0999, 0)), NULL);
	}
}


/* 19. A quoted margin smaller than n allows. */
void chk_MOE_STATED_WRONG(run *r)
{
	size_t i;
	cc_numbuf a, b, c, e;

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *cl = CL(r, i);
		double n = ck_claim_n(r, i), N, m;

		if (cl->kind != CC_KIND_MARGIN_OF_ERROR || !(n > 0) || !(cl->value > 0))
			continue;
		N = claim_N(r, i);
		m = ck_moe0(r, n, 1, N);
		if (!(cl->value < m - P_MOE_ROUNDING)) {
			ck_passed(r, i, CC_MSG_MOE_STATED_WRONG_PASS, cc_fmt_num(&a, cl->value * 100, 1),
				  cc_fmt_pts(&c, m), cc_fmt_n(&b, n), NULL);
			continue;
		}
		ck_say(r, i, CC_MSG_MOE_STATED_WRONG_FLAG, cl->value < m / 2 ? CC_SEV_ERROR : CC_SEV_WARNING,
		       cc_fmt_num(&a, cl->value * 100, 1), cc_fmt_n(&b, n), cc_fmt_pts(&c, m),
		       cc_fmt_n(&e, ck_need_n(r, cl->value, N > n ? N : 0)), NULL);
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
		cc_numbuf nb;

		if (cl->kind != CC_KIND_MARGIN_OF_ERROR)
			continue;
		if (!((sv && (sv->selfselect_cue || sv->opt_in)) || (sr && sr->probability_sample == 0))) {
			cc_numbuf nn;
			double n = ck_claim_n(r, i);

			char of_n[64] = "";

			if (n > 0)
				snprintf(of_n, sizeof of_n, " of %s people", cc_fmt_n(&nb, n));
			ck_passed(r, i, CC_MSG_MOE_ON_NONPROBABILITY_PASS,
				  cc_fmt_num(&nn, cl->value * 100, 1), of_n, NULL);
			continue;
		}
		if (EXT(r, i)->modelled) {
			ck_passed(r, i, CC_MSG_MOE_ON_NONPROBABILITY_PASS_MODELLED,
				  cc_fmt_num(&nb, cl->value * 100, 1), EXT(r, i)->modelled, NULL);
			continue;
		}
		{
			char cue[160] = "";

			if (sv && sv->selfselect_cue)
				snprintf(cue, sizeof cue, " (\"%s\")", sv->selfselect_cue);
			ck_say(r, i, CC_MSG_MOE_ON_NONPROBABILITY_FLAG, CC_SEV_WARNING, cue, NULL);
		}
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
		cc_numbuf nb;

		snprintf(tmp, sizeof tmp, "%s", cc_fmt_n(&nb, r));
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
	cc_numbuf a, bb, cc, d, f;

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
		ck_passed(r, k, CC_MSG_FALSE_PRECISION_PASS_GROSSED_UP, c->text, cc_fmt_num(&a, p * 100, 1),
			  cc_fmt_n(&bb, n), CK_INT(s), s == 1 ? "" : "s", cc_fmt_num(&cc, step * 100, 3),
			  cc_fmt_pts(&d, m), cc_fmt_num(&f, rel * 100, 1), NULL);
		return;
	}
	round_text(c->text, s2, rounded, sizeof rounded);
	ck_say(r, k, CC_MSG_FALSE_PRECISION_FLAG_GROSSED_UP, CC_SEV_INFO, c->text, cc_fmt_num(&a, p * 100, 1),
	       cc_fmt_n(&bb, n), CK_INT(s), cc_fmt_pts(&d, m), cc_fmt_num(&f, rel * 100, 1), rounded, NULL);
}


/* 21. Decimals finer than the sample can support: (a) a percentage's
 * decimals, (b) the figures of a count grossed up from a survey share. */
void chk_FALSE_PRECISION(run *r)
{
	size_t i;
	cc_numbuf a, b, c;

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
			ck_passed(r, i, CC_MSG_FALSE_PRECISION_PASS, CK_INT(cl->decimals),
				  cl->decimals == 1 ? "" : "s", cc_fmt_pts(&b, m), cc_fmt_n(&a, n), NULL);
			continue;
		}
		ck_say(r, i, CC_MSG_FALSE_PRECISION_FLAG, CC_SEV_INFO, cl->text, CK_INT(cl->decimals),
		       cl->decimals == 1 ? "" : "s", cc_fmt_n(&a, n), cc_fmt_pts(&b, m),
		       cc_fmt_pct(&c, cl->value), NULL);
	}
}


/* 23. Weighting costs precision the quoted margin ignores. */
void chk_DESIGN_EFFECT_IGNORED(run *r)
{
	size_t s, i, k;
	cc_numbuf a, b, c, d, e, f;

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
			    strcmp(cc_fmt_pts(&c, madj), cc_fmt_pts(&d, msrs)))
				ck_passed(r, (size_t)t, CC_MSG_DESIGN_EFFECT_IGNORED_PASS_SMALL,
					  cc_fmt_num(&e, deff, 2), cc_fmt_num(&a, P_DEFF_MIN, 1), c.s, d.s,
					  cc_fmt_n(&b, n), NULL);
			else if (r->doc->surveys[s].deff >= 1 || (sr && sr->deff >= 1))
				ck_passed(r, (size_t)t, CC_MSG_DESIGN_EFFECT_IGNORED_PASS_NO_CHANGE,
					  cc_fmt_num(&e, deff, 2), cc_fmt_num(&a, P_DEFF_MIN, 1),
					  cc_fmt_n(&b, n), c.s, NULL);
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
			ck_passed(r, (size_t)t, CC_MSG_DESIGN_EFFECT_IGNORED_PASS_ALLOWED_FOR,
				  cc_fmt_num(&e, deff, 2), cc_fmt_n(&a, n), cc_fmt_n(&b, n / deff),
				  cc_fmt_num(&f, mq * 100, 1), cc_fmt_pts(&d, msrs), cc_fmt_pts(&c, madj),
				  NULL);
			continue;
		}
		ck_say(r, (size_t)t, CC_MSG_DESIGN_EFFECT_IGNORED_FLAG, CC_SEV_INFO, cc_fmt_num(&e, deff, 2),
		       cc_fmt_n(&a, n), cc_fmt_n(&b, n / deff), cc_fmt_pts(&c, madj), cc_fmt_pts(&d, msrs),
		       NULL);
	}
}


/* 24. A sizeable share of a small population. */
void chk_FINITE_POPULATION(run *r)
{
	size_t s;
	cc_numbuf a, b, c, d, e, f;

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
			ck_passed(r, (size_t)t, CC_MSG_FINITE_POPULATION_PASS, cc_fmt_n(&a, n),
				  cc_fmt_n(&b, N), cc_fmt_num(&c, 100 * P_FPC_MIN_FRACTION, 0), NULL);
			continue;
		}
		P = ck_sample_pop_phrase(r, (size_t)t);
		m = ck_moe0(r, n, 1, 0);
		if (n >= N) {
			ck_say(r, (size_t)t, CC_MSG_FINITE_POPULATION_FLAG_CENSUS, CC_SEV_INFO,
			       cc_fmt_n(&a, N), P ? P : "members of the population", cc_fmt_pts(&b, m), NULL);
			continue;
		}
		mf = ck_moe0(r, n, 1, N);
		ck_say(r, (size_t)t, CC_MSG_FINITE_POPULATION_FLAG, CC_SEV_INFO, cc_fmt_n(&a, n),
		       cc_fmt_n(&b, N), P ? P : "people", cc_fmt_num(&c, 100 * n / N, 0), cc_fmt_pts(&d, mf),
		       cc_fmt_pts(&e, m), cc_fmt_num(&f, sqrt((N - n) / (N - 1)), 3), NULL);
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
	cc_numbuf a, b, c, d;
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
			ck_passed(r, i, CC_MSG_ZERO_OR_ALL_SMALL_N_PASS, all ? "all" : "none",
				  cc_fmt_n(&a, n), cc_fmt_n(&d, P_ZERO_ALL_MAX_N), cc_fmt_level(&c, r->level),
				  all ? "above" : "below", cc_fmt_num(&b, (all ? 1 - v : v) * 100, 2),
				  all ? "everyone" : "zero", NULL);
			continue;
		}
		if (all)
			ck_say(r, i, CC_MSG_ZERO_OR_ALL_SMALL_N_FLAG_ALL, CC_SEV_INFO, cc_fmt_n(&a, n),
			       cc_fmt_num(&b, (1 - v) * 100, 1), cc_fmt_level(&c, r->level), NULL);
		else
			ck_say(r, i, CC_MSG_ZERO_OR_ALL_SMALL_N_FLAG_NONE, CC_SEV_INFO, cc_fmt_n(&a, n),
			       cc_fmt_num(&b, v * 100, 1), cc_fmt_level(&c, r->level),
			       cc_fmt_num(&d, 300 / n, 1), NULL);
	}
}


/* 26. More surveyed (or answering) than exist. */
void chk_SAMPLE_EXCEEDS_POPULATION(run *r)
{
	size_t i, j, w;
	cc_numbuf a, b;

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *cl = CL(r, i);
		double n = ck_claim_n(r, i), N, main_n = 0;

		if (cl->kind == CC_KIND_SAMPLE_SIZE && EXT(r, i)->sample_role == 3) {
			/* "A survey of 20 hospitals found 26 had...": a count of answers */
			double main = ck_survey_n(r, ck_claim_survey(r, i));

			if (main > 0 && cl->value > main && (EXT(r, i)->cues & CC_CUE_SAID))
				ck_say(r, i, CC_MSG_SAMPLE_EXCEEDS_POPULATION_FLAG_ANSWERS, CC_SEV_ERROR,
				       cc_fmt_n(&a, cl->value), cc_fmt_n(&b, main), NULL);
			continue;
		}
		if (cl->kind == CC_KIND_SAMPLE_SIZE) {
			N = claim_N(r, i);
			if (N > 0 && !(n > N * P_POPULATION_SLACK))
				ck_passed(r, i, CC_MSG_SAMPLE_EXCEEDS_POPULATION_PASS, cc_fmt_n(&a, n),
					  cc_fmt_n(&b, N), NULL);
			if (N > 0 && n > N * P_POPULATION_SLACK) {
				const cc_population_ref *pr = EXT(r, i)->sample_pop;

				ck_say(r, i, CC_MSG_SAMPLE_EXCEEDS_POPULATION_FLAG, CC_SEV_ERROR,
				       cc_fmt_n(&a, n), cl->subject ? cl->subject : "people", cc_fmt_n(&b, N),
				       pr && pr->source ? pr->source : "as the article itself says", NULL);
			} else if (is_subgroup_sample(r, (long)i, &main_n) && n > main_n) {
				ck_say(r, i, CC_MSG_SAMPLE_EXCEEDS_POPULATION_FLAG_SUBGROUP, CC_SEV_ERROR,
				       cc_fmt_n(&a, n), cc_fmt_n(&b, main_n), NULL);
			}
			continue;
		}
		/* a count of answers above the sample: "Of the 30 surveyed, 40 said" */
		if (ck_is_prop(cl) && (cl->traits & CC_TRAIT_COUNTED) && cl->value > 1 + 1e-9 && n > 0) {
			ck_say(r, i, CC_MSG_SAMPLE_EXCEEDS_POPULATION_FLAG_COUNTED, CC_SEV_ERROR, cl->text,
			       cc_fmt_n(&a, n), NULL);
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
			ck_say(r, i, CC_MSG_SAMPLE_EXCEEDS_POPULATION_FLAG_ANSWERS, CC_SEV_ERROR,
			       cc_fmt_n(&a, cl->value), cc_fmt_n(&b, sc->value), NULL);
			break;
		}
	}
}
