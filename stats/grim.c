/*
 * grim.c -- granularity checks: GRIM (means and percentages of integer
 * data; Brown & Heathers 2017), GRIMMER (SDs; Anaya 2016, Allard 2018)
 * and DEBIT (mean and SD of binary data; Heathers & Brown 2019).
 * Stage: statistics (pure; no I/O).
 *
 * Semantics follow the R package scrutiny (Jung), read from its
 * documentation and tests (shared/bench/granularity/cases.jsonl):
 *   - reported values are strings; their decimals count as written;
 *   - GRIM reconstructs the two neighbouring grains ceil(x n k)/(n k) and
 *     floor(x n k)/(n k), each +-1e-12 ("dust"), rounds them with the
 *     chosen scheme and accepts when one equals x within 1.49e-8;
 *   - rounding up/down from a threshold t (tenths of a step) nudges the
 *     shifted value by sqrt(DBL_EPSILON)/10 so that 0.145 -> 0.15;
 *   - compound schemes (up_or_down, ceiling_or_floor) accept either.
 * GRIMMER: every candidate sum T passing GRIM, every integer sum of
 * squares Q in the range the SD's rounding interval allows, with the
 * parity of Q equal to that of T (a sum of integers and the sum of their
 * squares have the same parity); consistent when some Q's SD rounds to
 * the reported SD. DEBIT: the SD of binary data, sqrt(n/(n-1) m (1-m)),
 * over the mean's rounding interval must meet the SD's rounding interval.
 */
#include "stats.h"
#include "internal.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define DUST 1e-12
#define NEAR_TOL 1.4901161193847656e-08        /* sqrt(DBL_EPSILON), dplyr::near */
#define ROUND_TOL (1.4901161193847656e-08 / 10) /* scrutiny's tie nudge */
#define MAX_SUMSQ_CANDIDATES 1000000.0          /* bound on GRIMMER's loop */

static const struct {
	const char *name;
	cc_rounding r;
} rounding_names[] = {
	{ "up_or_down", CC_ROUND_UP_OR_DOWN },
	{ "up", CC_ROUND_UP },
	{ "down", CC_ROUND_DOWN },
	{ "even", CC_ROUND_EVEN },
	{ "ceiling", CC_ROUND_CEILING },
	{ "floor", CC_ROUND_FLOOR },
	{ "trunc", CC_ROUND_TRUNC },
	{ "anti_trunc", CC_ROUND_ANTI_TRUNC },
	{ "ceiling_or_floor", CC_ROUND_CEILING_OR_FLOOR },
	{ "up_from", CC_ROUND_UP_FROM },
	{ "down_from", CC_ROUND_DOWN_FROM },
};

int cc_rounding_parse(cc_rounding *out, const char *name)
{
	size_t i;

	if (!name)
		return CC_EINVAL;
	for (i = 0; i < sizeof rounding_names / sizeof rounding_names[0]; i++)
		if (!strcmp(rounding_names[i].name, name)) {
			*out = rounding_names[i].r;
			return CC_OK;
		}
	return CC_EINVAL;
}

/* Parse a decimal as written: [+-]digits[.digits]; *dec_out = digits
 * after the point (trailing zeros count). CC_EINVAL otherwise. */
static int parse_reported(double *v_out, int *dec_out, const char *s)
{
	const char *p = s;
	int ndig = 0, dec = 0;
	char *end;
	double v;

	if (!s)
		return CC_EINVAL;
	if (*p == '+' || *p == '-')
		p++;
	while (*p >= '0' && *p <= '9') {
		p++;
		ndig++;
	}
	if (*p == '.') {
		p++;
		while (*p >= '0' && *p <= '9') {
			p++;
			dec++;
		}
	}
	if (*p || ndig + dec == 0 || dec > 15 || ndig > 15)
		return CC_EINVAL;
	v = strtod(s, &end);
	if (*end || !isfinite(v))
		return CC_EINVAL;
	*v_out = v;
	*dec_out = dec;
	return CC_OK;
}

/* The rounding schemes on x at d decimals; up to two results. */
static int reround(double out[2], double x, int d, cc_rounding r, double threshold)
{
	double p10 = pow(10.0, d), v = x * p10;
	double off = 1 - threshold / 10 + ROUND_TOL;
	double off5 = 0.5 + ROUND_TOL;

	switch (r) {
	case CC_ROUND_UP_OR_DOWN:
		out[0] = floor(v + off5) / p10;
		out[1] = ceil(v - off5) / p10;
		return 2;
	case CC_ROUND_UP:
		out[0] = floor(v + off5) / p10;
		return 1;
	case CC_ROUND_DOWN:
		out[0] = ceil(v - off5) / p10;
		return 1;
	case CC_ROUND_EVEN:
		out[0] = nearbyint(v) / p10; /* ties to even, as R's round() */
		return 1;
	case CC_ROUND_CEILING:
		out[0] = ceil(v) / p10;
		return 1;
	case CC_ROUND_FLOOR:
		out[0] = floor(v) / p10;
		return 1;
	case CC_ROUND_TRUNC:
		out[0] = trunc(v) / p10;
		return 1;
	case CC_ROUND_ANTI_TRUNC:
		out[0] = (v < 0 ? floor(v) : ceil(v)) / p10;
		return 1;
	case CC_ROUND_CEILING_OR_FLOOR:
		out[0] = ceil(v) / p10;
		out[1] = floor(v) / p10;
		return 2;
	case CC_ROUND_UP_FROM:
		out[0] = floor(v + off) / p10;
		return 1;
	case CC_ROUND_DOWN_FROM:
		out[0] = ceil(v - off) / p10;
		return 1;
	}
	return 0;
}

/* Does some rounding of (g - dust) or (g + dust) give `target`? */
static int grain_matches(double g, double target, int d, cc_rounding r, double threshold)
{
	double cand[2] = { g - DUST, g + DUST }, out[2];
	int i, k, m;

	for (i = 0; i < 2; i++) {
		m = reround(out, cand[i], d, r, threshold);
		for (k = 0; k < m; k++)
			if (fabs(out[k] - target) < NEAR_TOL)
				return 1;
	}
	return 0;
}

static int check_common(double n, double items, cc_rounding rounding, double threshold)
{
	if (!isfinite(n) || !(n > 0) || n != floor(n) || n > 1e12)
		return CC_EINVAL;
	if (!isfinite(items) || !(items >= 1) || items != floor(items) || n * items > 1e12)
		return CC_EINVAL;
	if ((unsigned)rounding > CC_ROUND_DOWN_FROM)
		return CC_EINVAL;
	if ((rounding == CC_ROUND_UP_FROM || rounding == CC_ROUND_DOWN_FROM) &&
	    !(threshold > 0 && threshold < 10))
		return CC_EINVAL;
	return CC_OK;
}

/* GRIM on an already parsed value: may the sum T be one of the two
 * neighbouring integers? Returns the matching sums through t_out. */
static int grim_sums(double t_out[2], double x, int d, double nk, cc_rounding r, double thr)
{
	double rec = x * nk, up = ceil(rec), lo = floor(rec);
	int m = 0;

	if (grain_matches(up / nk, x, d, r, thr))
		t_out[m++] = up;
	if (lo != up && grain_matches(lo / nk, x, d, r, thr))
		t_out[m++] = lo;
	return m;
}

int cc_grim(int *consistent_out, const char *mean, double n, double items, int percent,
	    cc_rounding rounding, double threshold)
{
	double x, sums[2];
	int d, rc;

	*consistent_out = 0;
	if ((rc = parse_reported(&x, &d, mean)) || (rc = check_common(n, items, rounding, threshold)))
		return rc;
	if (percent) {
		x /= 100;
		d += 2;
	}
	*consistent_out = grim_sums(sums, x, d, n * items, rounding, threshold) > 0;
	return CC_OK;
}

int cc_grimmer(int *consistent_out, const char *mean, const char *sd, double n, double items,
	       cc_rounding rounding, double threshold)
{
	double x, s, sums[2], N, h, slo, shi;
	int dx, ds, rc, m, i;

	*consistent_out = 0;
	if ((rc = parse_reported(&x, &dx, mean)) || (rc = parse_reported(&s, &ds, sd)) ||
	    (rc = check_common(n, items, rounding, threshold)))
		return rc;
	if (s < 0)
		return CC_EINVAL;
	if (n < 2)
		return CC_OK; /* one answer has no sample SD: nothing matches */
	N = n * items;
	m = grim_sums(sums, x, dx, N, rounding, threshold);
	if (m == 0)
		return CC_OK; /* GRIM-inconsistent */
	h = 0.5 * pow(10.0, -ds);
	slo = s - h > 0 ? s - h : 0;
	shi = s + h;
	for (i = 0; i < m; i++) {
		double T = sums[i];
		/* Q = (N-1) sd^2 + T^2 / N over the SD's rounding interval */
		double qlo = ceil((N - 1) * slo * slo + T * T / N - 1e-9);
		double qhi = floor((N - 1) * shi * shi + T * T / N + 1e-9);
		double Q;

		/* beyond 2^53 consecutive integers are not all doubles (Q++
		 * would stand still); beyond the cap the loop would crawl */
		if (qhi - qlo > MAX_SUMSQ_CANDIDATES || qhi > 9007199254740992.0)
			return CC_EINVAL;
		for (Q = qlo; Q <= qhi; Q++) {
			double var, out[2], sd_pred;
			int k, nk;

			if (items == 1 && fmod(Q, 2) != fmod(fabs(T), 2))
				continue; /* parity: sum and sum of squares agree */
			var = (Q * N - T * T) / (N * (N - 1));
			if (var < 0)
				continue;
			sd_pred = sqrt(var);
			nk = reround(out, sd_pred, ds, rounding, threshold);
			for (k = 0; k < nk; k++)
				if (fabs(out[k] - s) < NEAR_TOL) {
					*consistent_out = 1;
					return CC_OK;
				}
		}
	}
	return CC_OK;
}

/* Rounding interval [lo, hi] of a value written with d decimals. */
static void unround(double *lo, double *hi, double v, int d, cc_rounding r)
{
	double step = pow(10.0, -d);

	switch (r) {
	case CC_ROUND_CEILING:
		*lo = v - step;
		*hi = v;
		break;
	case CC_ROUND_FLOOR:
	case CC_ROUND_TRUNC:
		*lo = v;
		*hi = v + step;
		break;
	case CC_ROUND_CEILING_OR_FLOOR:
		*lo = v - step;
		*hi = v + step;
		break;
	default:
		*lo = v - step / 2;
		*hi = v + step / 2;
		break;
	}
}

static double sd_binary(double m, double n)
{
	double v = n / (n - 1) * m * (1 - m);

	return sqrt(v > 0 ? v : 0);
}

int cc_debit(int *consistent_out, const char *mean, const char *sd, double n,
	     cc_rounding rounding, double threshold)
{
	double x, s, mlo, mhi, slo, shi, a, b, lo, hi;
	int dx, ds, rc;

	*consistent_out = 0;
	if ((rc = parse_reported(&x, &dx, mean)) || (rc = parse_reported(&s, &ds, sd)) ||
	    (rc = check_common(n, 1, rounding, threshold)))
		return rc;
	if (x < 0 || x > 1 || s < 0 || n < 2)
		return CC_EINVAL;
	unround(&mlo, &mhi, x, dx, rounding);
	unround(&slo, &shi, s, ds, rounding);
	mlo = fmax(0, mlo);
	mhi = fmin(1, mhi);
	a = sd_binary(mlo, n);
	b = sd_binary(mhi, n);
	lo = fmin(a, b);
	hi = (mlo <= 0.5 && mhi >= 0.5) ? sd_binary(0.5, n) : fmax(a, b);
	*consistent_out = hi >= slo - 1e-12 && lo <= shi + 1e-12;
	return CC_OK;
}
