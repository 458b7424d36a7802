/*
 * moe.c -- margins of error (F3/F4 with design effect F5 and finite
 * population correction F6), required sample size (F7) and the margins of
 * a gap between two answers from one sample (F8 exclusive, F9 overlapping).
 * Stage: statistics (pure; no I/O). Formulas: shared/docs/weak-inferences.md
 * F3-F9; sample sizes checked against shared/bench/stats/sample_size.csv.
 */
#include "stats.h"
#include "internal.h"

#include <math.h>

/* F6: sqrt((N - n)/(N - 1)); 1 when N is unknown (0) or n/N < 0.05. */
static double fpc(double n, double N)
{
	if (N <= 0 || n / N < 0.05 || N <= 1)
		return 1.0;
	return sqrt((N - n) / (N - 1));
}

int cc_moe(double *out, double p, double n, double level, double deff, double N)
{
	*out = 0;
	if (!isfinite(p) || !isfinite(n) || !isfinite(level) || !isfinite(deff) || !isfinite(N))
		return CC_EDOMAIN;
	if (p < 0 || p > 1 || !(n > 0) || !(level > 0 && level < 1) || !(deff > 0) || N < 0)
		return CC_EDOMAIN;
	if (N > 0 && N < n)
		return CC_EDOMAIN;
	/* F3 with n_eff = n / deff (F5) */
	*out = cc_z_for_level(level) * sqrt(p * (1 - p) * deff / n) * fpc(n, N);
	return CC_OK;
}

/*
 * F7. n0 = z^2 p (1-p) / E^2 (unrounded, *n0_out); n_inf = ceil(n0);
 * with a population N: n = ceil(n_inf / (1 + (n_inf - 1)/N)), computed
 * as ceil(n_inf N / (N + n_inf - 1)) in exact integer arithmetic when
 * both are whole numbers that fit, so exact quotients round correctly.
 */
int cc_sample_size(double *n_out, double *n0_out, double moe, double level, double p, double N)
{
	double z, n0, ninf;

	*n_out = *n0_out = 0;
	if (!isfinite(moe) || !isfinite(level) || !isfinite(p) || !isfinite(N))
		return CC_EDOMAIN;
	if (!(moe > 0 && moe < 1) || !(level > 0 && level < 1) || !(p > 0 && p < 1) || N < 0)
		return CC_EDOMAIN;
	z = cc_z_for_level(level);
	n0 = z * z * p * (1 - p) / (moe * moe);
	if (!isfinite(n0) || n0 > 1e18)
		return CC_EDOMAIN;
	ninf = ceil(n0);
	if (ninf < 1)
		ninf = 1;
	*n0_out = n0;
	if (N <= 0) {
		*n_out = ninf;
		return CC_OK;
	}
	if (N == floor(N) && N < 9e15 && ninf < 9e15) {
		unsigned __int128 a = (unsigned long long)ninf, b = (unsigned long long)N;
		unsigned __int128 num = a * b, den = b + a - 1;

		*n_out = (double)((num + den - 1) / den);
		return CC_OK;
	}
	*n_out = ceil(ninf / (1 + (ninf - 1) / N));
	return CC_OK;
}

/* F8: Var(p1 - p2) = [p1 + p2 - (p1 - p2)^2] / n for exclusive answers. */
int cc_diff_exclusive_moe(double *out, double p1, double p2, double n, double level)
{
	double v;

	*out = 0;
	if (!isfinite(p1) || !isfinite(p2) || !isfinite(n) || !isfinite(level))
		return CC_EDOMAIN;
	if (p1 < 0 || p2 < 0 || p1 + p2 > 1 + 1e-12 || !(n > 0) || !(level > 0 && level < 1))
		return CC_EDOMAIN;
	v = (p1 + p2 - (p1 - p2) * (p1 - p2)) / n;
	*out = cc_z_for_level(level) * sqrt(v > 0 ? v : 0);
	return CC_OK;
}

/* F9: p11 ranges over the Frechet bounds [max(0, p1+p2-1), min(p1, p2)];
 * the variance p1q1 + p2q2 - 2(p11 - p1p2) is smallest at the top. */
int cc_diff_overlap_moe(double *min_out, double *max_out, double p1, double p2,
			double n, double level)
{
	double z, base, p11lo, p11hi, vmin, vmax;

	*min_out = *max_out = 0;
	if (!isfinite(p1) || !isfinite(p2) || !isfinite(n) || !isfinite(level))
		return CC_EDOMAIN;
	if (p1 < 0 || p1 > 1 || p2 < 0 || p2 > 1 || !(n > 0) || !(level > 0 && level < 1))
		return CC_EDOMAIN;
	z = cc_z_for_level(level);
	base = p1 * (1 - p1) + p2 * (1 - p2);
	p11lo = fmax(0, p1 + p2 - 1);
	p11hi = fmin(p1, p2);
	vmin = (base - 2 * (p11hi - p1 * p2)) / n;
	vmax = (base - 2 * (p11lo - p1 * p2)) / n;
	*min_out = z * sqrt(vmin > 0 ? vmin : 0);
	*max_out = z * sqrt(vmax > 0 ? vmax : 0);
	return CC_OK;
}
