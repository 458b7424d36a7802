/*
 * checks_change.c -- the comparison and majority checks (9-13): gaps and
 * changes within the margin, per cent vs points, relative change on a
 * small base, majorities the interval doesn't support.
 *
 * Stage: statistics (the checks of stats/checks.c's catalogue). Reads the
 * claim records, the survey records and the reference facts on the
 * document; never the document's text. Must not: print, touch files or the
 * database.
 */
#include "checks_int.h"


/* The first claim whose end, or the end of a claim before it, reaches
 * `pos`: no claim before it ends at or after pos (claims are sorted by
 * start, not by end, so this reads the running maximum of the ends). */
static size_t first_ending_after(const run *r, size_t pos)
{
	return cc_first_at_least(r->maxend, NCLAIMS(r), pos);
}


/* 9. A lead inside one poll's noise (F8 for one question, F9 otherwise). */
void chk_GAP_WITHIN_MOE(run *r)
{
	size_t i, j;
	cc_numbuf a, b, c, d, e, f;

	for (j = 0; j < NCLAIMS(r); j++) {
		size_t q, lo, hi;

		if (!ck_is_prop(CL(r, j)) || ck_is_wide(CL(r, j)))
			continue;
		/* the proportions that are not wide, in the window, nearest PAIR_MAX */
		ck_candidates(&r->props, ck_window_start(r, j), j, &lo, &hi);
		for (q = lo; q < hi; q++) {
			const cc_claim *x, *y = CL(r, j);
			double n, p1, p2 = y->value, dd, m, mmin, mmax, m0;
			int linked;
			const char *ap;

			i = r->props.v[q];
			x = CL(r, i);
			p1 = x->value;
			linked = EXT(r, j)->compared_with == (long)i || EXT(r, i)->compared_with == (long)j;
			if (!linked && !ck_same_sentence(r, i, j))
				continue;
			/* a gap matters only where the text sets the two against each
			 * other ("leads", "ahead of", "against"): two answers in a list
			 * are not a lead (issue 17 §2) */
			if (!linked && !(EXT(r, j)->cues & CC_CUE_COMPARED))
				continue;
			/* "79 percent ..., against 78 percent in 2004": two polls, a
			 * change (CHANGE_WITHIN_MOE), not a gap in one */
			if ((EXT(r, i)->cues | EXT(r, j)->cues) & CC_CUE_EARLIER)
				continue;
			if (!ck_same_base(r, i, j) || ck_restates(r, i, j) || ck_from_to(r, i, j))
				continue;
			if (ck_selfselect(r, ck_claim_survey(r, i), i))
				continue;
			n = ck_claim_n(r, i);
			dd = fabs(p1 - p2);
			m0 = ck_moe0(r, n, 1, 0);
			ap = dd < m0 ? "about even" : dd < 2 * m0 ? "only slightly apart" : "apart";
			if (p1 + p2 <= 1 + ck_tolerance(x) + ck_tolerance(y) && ck_same_sentence(r, i, j)) {
				/* (a) one question: answers compete for the same people */
				if (cc_diff_exclusive_moe(&m, p1, p2, n, r->level))
					continue;
				if (!(dd <= m)) {
					ck_passed(r, j, CC_MSG_GAP_WITHIN_MOE_PASS, cc_fmt_pct(&a, p1),
						  cc_fmt_pct(&b, p2), cc_fmt_num(&c, dd * 100, 1),
						  cc_fmt_pts(&e, m), cc_fmt_n(&d, n), NULL);
					continue;
				}
				ck_say(r, j, CC_MSG_GAP_WITHIN_MOE_FLAG, CC_SEV_WARNING, cc_fmt_pct(&a, p1),
				       cc_fmt_pct(&b, p2), cc_fmt_num(&c, dd * 100, 1), cc_fmt_n(&d, n),
				       cc_fmt_pts(&e, m), ap, NULL);
			} else {
				/* (b) different questions, overlap unknown (Frechet bounds) */
				if (cc_diff_overlap_moe(&mmin, &mmax, p1, p2, n, r->level))
					continue;
				if (!(dd <= mmax)) {
					ck_passed(r, j, CC_MSG_GAP_WITHIN_MOE_PASS_TWO_QUESTIONS,
						  cc_fmt_pct(&a, p1), cc_fmt_pct(&b, p2),
						  cc_fmt_num(&c, dd * 100, 1), cc_fmt_n(&d, n),
						  cc_fmt_pts(&f, mmax), NULL);
					continue;
				}
				ck_say(r, j, CC_MSG_GAP_WITHIN_MOE_FLAG_TWO_QUESTIONS, dd <= mmin ? CC_SEV_WARNING : CC_SEV_INFO,
				       cc_fmt_pct(&a, p1), cc_fmt_pct(&b, p2), cc_fmt_num(&c, dd * 100, 1), cc_fmt_n(&d, n),
				       cc_fmt_pts(&e, mmin), cc_fmt_pts(&f, mmax),
				       dd <= mmin ? "The poll can't tell which is really ahead."
						  : "Without the cross-tabulation no one can tell whether the gap is real.",
				       NULL);
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
		if (CL(r, k)->kind == CC_KIND_CHANGE && ck_same_sentence(r, k, j))
			return (long)k;
	return -1;
}


/* Newcombe (F10) for p1 -> p2 with n1, n2; flags target if it holds 0. */
static void change_test(run *r, size_t target, double p1, double n1, double p2, double n2)
{
	double lo, hi;
	cc_numbuf a, b, c, d, e, f, g, h;
	char change[32];

	if (cc_diff_indep(&lo, &hi, p2 * n2, n2, p1 * n1, n1, r->level, CC_DIFF_NEWCOMBE))
		return;
	if (!(lo <= 0 && hi >= 0)) {
		ck_passed(r, target, CC_MSG_CHANGE_WITHIN_MOE_PASS, cc_fmt_pct(&a, p1), cc_fmt_pct(&b, p2),
			  cc_fmt_n(&d, n1), cc_fmt_n(&e, n2), cc_fmt_level(&h, r->level),
			  cc_fmt_num(&f, lo * 100, 1), cc_fmt_num(&g, hi * 100, 1), NULL);
		return;
	}
	snprintf(change, sizeof change, "%s%s", p2 >= p1 ? "+" : "", cc_fmt_num(&c, (p2 - p1) * 100, 1));
	ck_say(r, target, CC_MSG_CHANGE_WITHIN_MOE_FLAG, CC_SEV_WARNING, cc_fmt_pct(&a, p1),
	       cc_fmt_pct(&b, p2), change, cc_fmt_n(&d, n1), cc_fmt_n(&e, n2), cc_fmt_level(&h, r->level),
	       cc_fmt_num(&f, lo * 100, 1), cc_fmt_num(&g, hi * 100, 1), NULL);
}


/* 10. A rise or fall between two surveys inside the noise. */
void chk_CHANGE_WITHIN_MOE(run *r)
{
	size_t i, j, q, lo, hi, f, from;

	for (j = 0; j < NCLAIMS(r); j++) {
		const cc_claim *y = CL(r, j);

		/* a change claim that knows its levels and its sample */
		if (y->kind == CC_KIND_CHANGE && isfinite(EXT(r, j)->before) && isfinite(EXT(r, j)->after) &&
		    EXT(r, j)->before >= 0 && EXT(r, j)->before <= 1 && EXT(r, j)->after >= 0 &&
		    EXT(r, j)->after <= 1 && ck_claim_n(r, j) > 0) {
			change_test(r, j, EXT(r, j)->before, ck_claim_n(r, j), EXT(r, j)->after, ck_claim_n(r, j));
			continue;
		}
		if (!ck_is_prop(y) || ck_is_wide(y))
			continue;
		/* ck_from_to() needs i to end at most 60 bytes before j */
		from = ck_window_start(r, j);
		f = first_ending_after(r, y->start > 60 ? y->start - 60 : 0);
		ck_candidates(&r->props, f > from ? f : from, j, &lo, &hi);
		for (q = lo; q < hi; q++) {
			const cc_claim *x;
			long t;

			i = r->props.v[q];
			x = CL(r, i);
			if (!ck_from_to(r, i, j))
				continue;
			if (!(ck_claim_n(r, i) > 0) || !(ck_claim_n(r, j) > 0))
				continue;
			t = change_in_sentence(r, j);
			change_test(r, t >= 0 ? (size_t)t : j, x->value, ck_claim_n(r, i), y->value, ck_claim_n(r, j));
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
	for (j = k; j-- > 0 && k - j <= 6 && ck_same_sentence(r, j, k);)
		for (i = j; i-- > 0 && j - i <= 3;)
			if (ck_is_prop(CL(r, i)) && ck_is_prop(CL(r, j)) && ck_from_to(r, i, j) && CL(r, i)->value > 0) {
				*p0 = CL(r, i)->value;
				*p1 = CL(r, j)->value;
				return 1;
			}
	return 0;
}


/* "VAT goes up by 2.5 per cent, to 20 per cent": a change in per cent to
 * a stated rate, with no level before -- it reads as 2.5 points (from
 * 17.5%) or as 2.5% (from 19.5%), and the two differ; say both. */
#define TO_LEVEL_RATIO 4 /* a level is several times the change that reached it */
static void to_level_only(run *r, size_t k, double p1)
{
	const cc_claim *cl = CL(r, k);
	double v = fabs(cl->value), up = cl->value >= 0 ? 1 : -1, b_pts, b_rel;
	cc_numbuf a, b, c, d, e;

	if (!(v > 0) || !(p1 > 0 && p1 < 1) || (cl->traits & CC_TRAIT_MULTIPLIER))
		return;
	if (p1 < TO_LEVEL_RATIO * v)
		return; /* "raised budgets by 3% to 11%": a range of changes, not a level */
	b_pts = p1 - up * v;       /* the rate before, if the change was in points */
	b_rel = p1 / (1 + up * v); /* ... if it was relative */
	if (!(b_pts > 0) || fabs(b_pts - b_rel) < 0.0005)
		return; /* the two readings agree to the printed precision */
	ck_say(r, k, CC_MSG_PERCENT_POINTS_CONFUSION_FLAG_TO_LEVEL, CC_SEV_WARNING, cl->text,
	       cc_fmt_num(&a, p1 * 100, 1), up > 0 ? "rose by" : "fell by", cc_fmt_num(&b, v * 100, 2),
	       cc_fmt_num(&c, b_pts * 100, 2), cc_fmt_num(&d, fabs(v / b_pts) * 100, 1), up > 0 ? "rise" : "fall",
	       b.s, up > 0 ? "rise" : "fall", cc_fmt_num(&e, b_rel * 100, 2), NULL);
}

/* 11. Per cent vs percentage points. */
void chk_PERCENT_POINTS_CONFUSION(run *r)
{
	size_t k;
	cc_numbuf a, b, c, d;

	for (k = 0; k < NCLAIMS(r); k++) {
		const cc_claim *cl = CL(r, k);
		unsigned cue = EXT(r, k)->cues;

		if (cl->kind == CC_KIND_MARGIN_OF_ERROR) {
			if ((cue & CC_CUE_MARGIN) && (cue & CC_CUE_PERCENT_WORD) && !(cl->traits & CC_TRAIT_POINTS) &&
			    !(cl->unit && !strcmp(cl->unit, "points")) && !(cue & CC_CUE_POINTS_WORD))
				ck_say(r, k, CC_MSG_PERCENT_POINTS_CONFUSION_FLAG_MARGIN, CC_SEV_INFO,
				       cc_fmt_num(&a, cl->value * 100, 1), cl->text, NULL);
			else if ((cue & CC_CUE_MARGIN) && ((cl->traits & CC_TRAIT_POINTS) ||
							   (cl->unit && !strcmp(cl->unit, "points")) || (cue & CC_CUE_POINTS_WORD)))
				ck_passed(r, k, CC_MSG_PERCENT_POINTS_CONFUSION_PASS_MARGIN, cl->text,
					  cc_fmt_num(&a, cl->value * 100, 1), NULL);
			continue;
		}
		if (cl->kind == CC_KIND_CHANGE) {
			double p0, p1, dpts, rel, cval, t;
			int points = (cl->traits & CC_TRAIT_POINTS) || (cl->unit && !strcmp(cl->unit, "points"));

			if (!change_levels(r, k, &p0, &p1)) {
				if (!points && k + 1 < NCLAIMS(r) && (EXT(r, k + 1)->cues & CC_CUE_TO_LEVEL))
					to_level_only(r, k, CL(r, k + 1)->value);
				continue;
			}
			dpts = fabs(100 * (p1 - p0));
			rel = fabs(100 * (p1 - p0) / p0);
			cval = fabs(points ? cl->value : cl->value * 100);
			t = 0.5 * pow(10, -(cl->decimals > 0 ? cl->decimals : 0)) + 1e-9;
			if ((points && fabs(cval - dpts) > t && fabs(cval - rel) <= t) ||
			    (!points && fabs(cval - dpts) <= t && fabs(cval - rel) > t))
				ck_say(r, k, CC_MSG_PERCENT_POINTS_CONFUSION_FLAG, CC_SEV_ERROR,
				       cc_fmt_num(&a, p0 * 100, 1), cc_fmt_num(&b, p1 * 100, 1),
				       p1 >= p0 ? "rise" : "fall", cc_fmt_num(&c, dpts, 1),
				       cc_fmt_num(&d, rel, 1), cl->text,
				       points ? "per cent (or give the points)" : "percentage points", NULL);
			else if (fabs(cval - (points ? dpts : rel)) <= t)
				ck_passed(r, k, CC_MSG_PERCENT_POINTS_CONFUSION_PASS,
					  cc_fmt_num(&a, p0 * 100, 1), cc_fmt_num(&b, p1 * 100, 1),
					  cc_fmt_num(&c, dpts, 1), cc_fmt_num(&d, rel, 1), cl->text,
					  points ? "points" : "relative (per cent)", NULL);
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
		if (j != k && ck_is_prop(CL(r, j)) && (EXT(r, j)->cues & CC_CUE_BASELINE))
			return CL(r, j)->value;
	return 0;
}


/* 12. Relative change on a tiny base. */
void chk_SMALL_BASE_RELATIVE_CHANGE(run *r)
{
	size_t k;
	cc_numbuf a, b, c, d, e;

	for (k = 0; k < NCLAIMS(r); k++) {
		const cc_claim *cl = CL(r, k);
		const cc_claim_ext *ex = EXT(r, k);
		double A = ex->base_count, B = ex->after_count, lo, hi, rlo, rhi;
		int relative;

		if (relative_risk(r, k)) {
			/* (b) "raises the risk by 18 per cent" on a low base rate */
			double p0 = base_rate(r, k), rr = fabs(cl->value), dabs;

			if (p0 >= P_SMALL_BASE_RATE && p0 < 1 && rr > 0) {
				ck_passed(r, k, CC_MSG_SMALL_BASE_RELATIVE_CHANGE_PASS_RISK,
					  cc_fmt_num(&a, rr * 100, 1), cc_fmt_num(&b, p0 * 100, 2),
					  cc_fmt_num(&e, P_SMALL_BASE_RATE * 100, 0),
					  cc_fmt_num(&c, p0 * rr * 100, 2), cc_fmt_n(&d, ceil(1 / (p0 * rr))),
					  NULL);
				continue;
			}
			if (!(p0 > 0) && rr > 0) {
				/* no base rate: say what is missing (Winton Centre, SMC) */
				if (ex->cues & CC_CUE_RATE_NEARBY)
					ck_passed(r, k, CC_MSG_SMALL_BASE_RELATIVE_CHANGE_PASS_RISK_NEARBY, cl->text, NULL);
				else
					ck_say(r, k, CC_MSG_SMALL_BASE_RELATIVE_CHANGE_FLAG_RISK_NO_BASE, CC_SEV_INFO,
					       cl->text, cl->value < 0 ? "fewer" : "extra",
					       cc_fmt_n(&a, ceil(1 / (0.0001 * rr))), cc_fmt_n(&b, ceil(1 / (0.01 * rr))), NULL);
				continue;
			}
			if (!(p0 > 0 && p0 < P_SMALL_BASE_RATE) || !(rr > 0))
				continue;
			dabs = p0 * rr;
			ck_say(r, k, CC_MSG_SMALL_BASE_RELATIVE_CHANGE_FLAG_RISK, CC_SEV_INFO,
			       an_for(cc_fmt_num(&a, rr * 100, 1)), a.s, cc_fmt_num(&b, p0 * 100, 2),
			       cc_fmt_num(&c, dabs * 100, 2), cc_fmt_n(&d, ceil(1 / dabs)), NULL);
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

				ck_say(r, k, CC_MSG_SMALL_BASE_RELATIVE_CHANGE_FLAG_RATE, CC_SEV_INFO,
				       an_for(cc_fmt_num(&a, cl->value * 100, 0)), a.s,
				       cc_fmt_num(&b, p0 * 100, 2), cc_fmt_num(&c, dabs * 100, 2),
				       cc_fmt_n(&d, ceil(1 / dabs)), NULL);
			} else if (A >= P_SMALL_BASE_COUNT && B >= 0) {
				ck_passed(r, k, CC_MSG_SMALL_BASE_RELATIVE_CHANGE_PASS_BASE, cl->text,
					  cc_fmt_n(&a, A), cc_fmt_n(&b, B), cc_fmt_n(&c, P_SMALL_BASE_COUNT),
					  NULL);
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
			ck_passed(r, k, CC_MSG_SMALL_BASE_RELATIVE_CHANGE_PASS, cl->text, cc_fmt_n(&a, A),
				  cc_fmt_n(&b, B), cc_fmt_level(&e, r->level), cc_fmt_num(&c, rlo, 2),
				  isfinite(rhi) ? cc_fmt_num(&d, rhi, 1) : "infinity", NULL);
			continue;
		}
		ck_say(r, k, CC_MSG_SMALL_BASE_RELATIVE_CHANGE_FLAG, CC_SEV_WARNING, cl->text,
		       cc_fmt_n(&a, A), cc_fmt_n(&b, B), cc_fmt_level(&e, r->level), cc_fmt_num(&c, rlo, 2),
		       isfinite(rhi) ? cc_fmt_num(&d, rhi, 1) : "infinity", NULL);
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
	return ck_is_prop(p) && !ck_is_wide(p) && !(p->low < 0.5);
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
			r->maj[r->nmaj].head = ck_head_of(r, i);
			r->maj[r->nmaj].survey = ck_claim_survey(r, i);
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
	long si = ck_claim_survey(r, i);
	struct headkey key;

	/* ck_restates() needs j within 400 bytes after i */
	for (j = i + 1; j < NCLAIMS(r) && CL(r, j)->start <= c->end + 400; j++)
		if (ck_is_prop(CL(r, j)) && !ck_is_wide(CL(r, j)) && ck_restates(r, i, j))
			return (long)j;
	h1 = ck_head_of(r, i);
	/* "Most members back a new vote: 72 per cent think ...": the first
	 * figure after it in its sentence, about the same group or none named */
	for (j = i + 1; j < NCLAIMS(r) && ck_same_sentence(r, i, j); j++) {
		const cc_claim *p = CL(r, j);

		if (!ck_is_prop(p) || ck_is_wide(p))
			continue;
		if (p->subject && h1[0] && strcmp(h1, ck_head_of(r, j)))
			break;
		return (long)j;
	}
	/* claims from f on may end within 400 bytes before i (ck_restates(j, i)) */
	f = first_ending_after(r, c->start > 400 ? c->start - 400 : 0);
	for (j = i; j-- > f;) {
		const cc_claim *p = CL(r, j);

		if (!maj_figure(p))
			continue;
		if (ck_restates(r, j, i))
			return (long)j;
		if (!h1[0] || !p->subject)
			continue;
		if (!strcmp(h1, ck_head_of(r, j)) && (ck_claim_survey(r, i) == ck_claim_survey(r, j) || ck_claim_survey(r, i) < 0))
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
	if (c->hedge && !ck_directional_hedge(c) && c->low < c->value && c->high > c->value)
		return c->value;
	return c->low;
}


/* 13. "Most" that the interval doesn't support. */
void chk_MAJORITY_NOT_SUPPORTED(run *r)
{
	size_t i;
	cc_numbuf a, b, c, d, e;

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *cl = CL(r, i), *sup;
		int vague = (cl->traits & CC_TRAIT_VAGUE) && cl->low >= 0.5 - 1e-9 && ck_is_wide(cl);
		long sj;
		double n, xmin, xmax, lo, hi, pb = NAN;
		const char *S;

		if (!ck_is_prop(cl))
			continue;
		if (!vague && !(majority_low(cl) > 0.5 + 1e-9 ||
				(fabs(cl->low - 0.5) < 1e-9 && (cl->traits & CC_TRAIT_LOW_OPEN))))
			continue;
		sj = vague ? supporting_figure(r, i) : (long)i;
		if (sj < 0) {
			if (EXT(r, i)->survey_context || ck_claim_n(r, i) > 0)
				ck_say(r, i, CC_MSG_MAJORITY_NOT_SUPPORTED_FLAG_NO_FIGURE, CC_SEV_INFO,
				       cl->text, NULL);
			continue;
		}
		sup = CL(r, (size_t)sj);
		n = ck_claim_n(r, (size_t)sj);
		if (!(n > 0))
			n = ck_claim_n(r, i);
		S = cl->subject ? cl->subject : sup->subject ? sup->subject : "people";
		if (sup->value <= 0.5 + 1e-9 && !(sup->traits & CC_TRAIT_LOW_OPEN)) {
			ck_say(r, i, CC_MSG_MAJORITY_NOT_SUPPORTED_FLAG_PLURALITY, CC_SEV_ERROR, cl->text,
			       cc_fmt_pctd(&a, sup->value, sup->decimals > 0 ? sup->decimals : 0), NULL);
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
			ck_say(r, i, CC_MSG_MAJORITY_NOT_SUPPORTED_FLAG, CC_SEV_WARNING, cl->text,
			       cc_fmt_n(&a, n), cc_fmt_n(&b, xmin), cc_fmt_num(&c, lo * 100, 1),
			       cc_fmt_level(&e, r->level), cc_ci_method_name(r->method), S, cc_fmt_p(&d, pb),
			       NULL);
		else if (lo < P_MAJORITY_JUST_OVER)
			ck_say(r, i, CC_MSG_MAJORITY_NOT_SUPPORTED_FLAG_JUST_OVER, CC_SEV_INFO, cl->text,
			       cc_fmt_n(&a, n), cc_fmt_n(&b, xmin), cc_fmt_num(&c, lo * 100, 1),
			       cc_fmt_level(&e, r->level), cc_ci_method_name(r->method), cc_fmt_p(&d, pb),
			       NULL);
		else
			ck_passed(r, i, CC_MSG_MAJORITY_NOT_SUPPORTED_PASS, cc_fmt_n(&a, n),
				  cc_fmt_n(&b, xmin), cc_fmt_num(&c, lo * 100, 1), cc_fmt_level(&e, r->level),
				  cc_ci_method_name(r->method), NULL);
	}
}
