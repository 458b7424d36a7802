/*
 * binom.c -- the exact binomial test ("is this a majority?").
 * Stage: statistics (pure; no I/O).
 *
 * As R's binom.test (checked against shared/bench/stats/binom_test.csv,
 * 1e-9 relative): greater = P(X >= x), less = P(X <= x), two-sided = the
 * sum of P(X = k) over every k with P(X = k) <= P(X = x) (1 + 1e-7).
 * The pmf is unimodal, so the k on the far side of the mode that qualify
 * form one tail, found by bisection instead of R's scan over ~n/2 terms.
 */
#include "stats.h"
#include "internal.h"

#include <math.h>

#define REL_ERR (1 + 1e-7)

int cc_binom_test(double *p_out, double x, double n, double p0, int alternative)
{
	double d, m, lo, hi, pv;

	*p_out = 0;
	if (!isfinite(x) || !isfinite(n) || !isfinite(p0))
		return CC_EDOMAIN;
	if (!(n > 0) || n > 1e15 || n != floor(n) || x != floor(x) || x < 0 || x > n ||
	    p0 < 0 || p0 > 1)
		return CC_EDOMAIN;
	if (alternative < -1 || alternative > 1)
		return CC_EINVAL;
	if (p0 == 0 || p0 == 1) {
		/* degenerate null: all mass at 0 or at n */
		double atom = p0 == 0 ? 0 : n;

		if (alternative > 0)
			*p_out = x <= atom ? 1 : 0;
		else if (alternative < 0)
			*p_out = x >= atom ? 1 : 0;
		else
			*p_out = x == atom ? 1 : 0;
		return CC_OK;
	}
	if (alternative > 0) {
		*p_out = cc_stats_binom_ge(x, n, p0);
		return CC_OK;
	}
	if (alternative < 0) {
		*p_out = cc_stats_binom_le(x, n, p0);
		return CC_OK;
	}
	d = cc_stats_dbinom(x, n, p0) * REL_ERR;
	m = n * p0;
	if (x == m) {
		*p_out = 1;
		return CC_OK;
	}
	if (x < m) {
		/* smallest k in [ceil(m), n] with pmf(k) <= d: pmf falls there */
		lo = ceil(m);
		hi = n + 1; /* sentinel: none qualifies */
		if (cc_stats_dbinom(n, n, p0) > d) {
			lo = n + 1;
		} else {
			hi = n;
			while (lo < hi) {
				double mid = floor((lo + hi) / 2);

				if (cc_stats_dbinom(mid, n, p0) <= d)
					hi = mid;
				else
					lo = mid + 1;
			}
		}
		pv = cc_stats_binom_le(x, n, p0) + (lo <= n ? cc_stats_binom_ge(lo, n, p0) : 0);
	} else {
		/* largest k in [0, floor(m)] with pmf(k) <= d: pmf rises there */
		lo = -1;
		if (cc_stats_dbinom(0, n, p0) <= d) {
			double a = 0, b = floor(m);

			while (a < b) {
				double mid = ceil((a + b) / 2);

				if (cc_stats_dbinom(mid, n, p0) <= d)
					a = mid;
				else
					b = mid - 1;
			}
			lo = a;
		}
		pv = (lo >= 0 ? cc_stats_binom_le(lo, n, p0) : 0) + cc_stats_binom_ge(x, n, p0);
	}
	*p_out = pv > 1 ? 1 : pv;
	return CC_OK;
}
