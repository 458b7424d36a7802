/*
 * compare.c -- two independent proportions: intervals for p1 - p2
 * (Newcombe, Wald, Agresti-Caffo, Miettinen-Nurminen score) and the
 * pooled two-sample z-test.
 * Stage: statistics (pure; no I/O). Checked against shared/bench/stats/
 * two_prop.csv and two_prop_test.csv (statsmodels 0.13.5
 * confint_proportions_2indep / proportions_ztest; MN from 50-digit mpmath)
 * to 1e-9. Intervals are clipped to [-1, 1].
 *
 * Miettinen & Nurminen (1985): the restricted MLE of (p1, p2) under
 * p1 - p2 = delta is found by maximising the binomial log-likelihood
 * directly (its derivative in p2 is decreasing, so bisection brackets it
 * safely), not from the closed-form cubic, which loses up to 4.5e-4 in
 * doubles when both proportions are 0 or 1 with large n or n1 >> n2
 * (shared/bench/stats/README.md). The bounds solve T(delta) = +-z by
 * bisection on the monotone score statistic
 *   T(delta) = (d - delta) / sqrt((p1~q1~/n1 + p2~q2~/n2) N/(N-1)).
 */
#include "stats.h"
#include "internal.h"

#include <math.h>
#include <string.h>

static const struct {
	cc_diff_method method;
	const char *name;
} diff_names[] = {
	{ CC_DIFF_NEWCOMBE, "newcombe" },
	{ CC_DIFF_WALD, "wald" },
	{ CC_DIFF_AGRESTI_CAFFO, "agresti-caffo" },
	{ CC_DIFF_SCORE, "score" },
	/* aliases, after the canonical names */
	{ CC_DIFF_NEWCOMBE, "newcomb" },
	{ CC_DIFF_AGRESTI_CAFFO, "agresti_caffo" },
	{ CC_DIFF_SCORE, "miettinen-nurminen" },
	{ CC_DIFF_SCORE, "mn" },
};

int cc_diff_method_parse(cc_diff_method *out, const char *name)
{
	size_t i;

	if (!name)
		return CC_EINVAL;
	for (i = 0; i < sizeof diff_names / sizeof diff_names[0]; i++)
		if (!strcmp(diff_names[i].name, name)) {
			*out = diff_names[i].method;
			return CC_OK;
		}
	return CC_EINVAL;
}

const char *cc_diff_method_name(cc_diff_method m)
{
	size_t i;

	for (i = 0; i < sizeof diff_names / sizeof diff_names[0]; i++)
		if (diff_names[i].method == m)
			return diff_names[i].name;
	return "unknown";
}

static int check_two(double x1, double n1, double x2, double n2)
{
	if (!isfinite(x1) || !isfinite(n1) || !isfinite(x2) || !isfinite(n2))
		return CC_EDOMAIN;
	if (!(n1 > 0) || !(n2 > 0) || n1 > 1e15 || n2 > 1e15 || x1 < 0 || x2 < 0 || x1 > n1 ||
	    x2 > n2)
		return CC_EDOMAIN;
	return CC_OK;
}

/* ---- Miettinen-Nurminen ---- */

typedef struct mn_data {
	double x1, n1, x2, n2;
} mn_data;

/* d/dp2 of the log-likelihood at p2 (p1 = p2 + delta); zero counts drop
 * their term, so the derivative stays finite at the edges they allow. */
static double mn_dloglik(const mn_data *m, double p2, double delta)
{
	double p1 = p2 + delta, g = 0;

	if (m->x1 > 0)
		g += m->x1 / p1;
	if (m->n1 - m->x1 > 0)
		g -= (m->n1 - m->x1) / (1 - p1);
	if (m->x2 > 0)
		g += m->x2 / p2;
	if (m->n2 - m->x2 > 0)
		g -= (m->n2 - m->x2) / (1 - p2);
	return g;
}

/* Restricted MLE p2~ under p1 - p2 = delta, p2 in [max(0,-delta), min(1,1-delta)]. */
static double mn_p2(const mn_data *m, double delta)
{
	double a = fmax(0.0, -delta), b = fmin(1.0, 1.0 - delta);
	int i;

	if (b <= a)
		return a;
	for (i = 0; i < 200; i++) {
		double mid = a + (b - a) / 2;

		if (mid <= a || mid >= b)
			break;
		if (mn_dloglik(m, mid, delta) > 0)
			a = mid;
		else
			b = mid;
	}
	return a + (b - a) / 2;
}

/* Score statistic T(delta); +-HUGE_VAL where the variance vanishes. */
static double mn_stat(const mn_data *m, double delta)
{
	double d = m->x1 / m->n1 - m->x2 / m->n2;
	double p2 = mn_p2(m, delta), p1 = p2 + delta, N = m->n1 + m->n2;
	double q1 = 1 - p1, q2 = 1 - p2, v;

	if (p1 < 0)
		p1 = 0;
	if (q1 < 0)
		q1 = 0;
	v = (p1 * q1 / m->n1 + p2 * q2 / m->n2) * (N / (N - 1));
	if (!(v > 0))
		return d - delta > 0 ? HUGE_VAL : d - delta < 0 ? -HUGE_VAL : 0;
	return (d - delta) / sqrt(v);
}

/* delta in [a, b] with T(delta) = target; T decreases in delta. */
static double mn_solve(const mn_data *m, double a, double b, double target)
{
	int i;

	for (i = 0; i < 200; i++) {
		double mid = a + (b - a) / 2;

		if (mid <= a || mid >= b)
			break;
		if (mn_stat(m, mid) > target)
			a = mid;
		else
			b = mid;
	}
	return a + (b - a) / 2;
}

static void diff_score(double *lo, double *hi, double x1, double n1, double x2, double n2, double z)
{
	mn_data m = { x1, n1, x2, n2 };
	double d = x1 / n1 - x2 / n2;

	if (n1 + n2 <= 1) {
		*lo = -1;
		*hi = 1;
		return;
	}
	*lo = d <= -1 ? -1 : mn_solve(&m, -1, d, z);
	*hi = d >= 1 ? 1 : mn_solve(&m, d, 1, -z);
}

/* ---- closed forms ---- */

static void wilson_bounds(double *l, double *u, double x, double n, double z)
{
	double p = x / n, z2 = z * z, denom = 1 + z2 / n;
	double center = (p + z2 / (2 * n)) / denom;
	double dist = z * sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom;

	*l = center - dist;
	*u = center + dist;
}

int cc_diff_indep(double *low_out, double *high_out, double x1, double n1, double x2, double n2,
		  double level, cc_diff_method method)
{
	double z, p1, p2, d, lo, hi;
	int rc;

	*low_out = *high_out = 0;
	if ((rc = check_two(x1, n1, x2, n2)))
		return rc;
	if (!isfinite(level) || !(level > 0 && level < 1))
		return CC_EDOMAIN;
	z = cc_z_for_level(level);
	p1 = x1 / n1;
	p2 = x2 / n2;
	d = p1 - p2;
	switch (method) {
	case CC_DIFF_WALD: {
		double h = z * sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);

		lo = d - h;
		hi = d + h;
		break;
	}
	case CC_DIFF_AGRESTI_CAFFO: {
		/* Agresti & Caffo (2000): add one success and one failure to each */
		double a1 = (x1 + 1) / (n1 + 2), a2 = (x2 + 1) / (n2 + 2);
		double h = z * sqrt(a1 * (1 - a1) / (n1 + 2) + a2 * (1 - a2) / (n2 + 2));

		lo = a1 - a2 - h;
		hi = a1 - a2 + h;
		break;
	}
	case CC_DIFF_NEWCOMBE: {
		/* Newcombe (1998) method 10, from the two Wilson intervals */
		double l1, u1, l2, u2;

		wilson_bounds(&l1, &u1, x1, n1, z);
		wilson_bounds(&l2, &u2, x2, n2, z);
		lo = d - sqrt((p1 - l1) * (p1 - l1) + (u2 - p2) * (u2 - p2));
		hi = d + sqrt((u1 - p1) * (u1 - p1) + (p2 - l2) * (p2 - l2));
		break;
	}
	case CC_DIFF_SCORE:
		diff_score(&lo, &hi, x1, n1, x2, n2, z);
		break;
	default:
		return CC_EINVAL;
	}
	if (!isfinite(lo) || !isfinite(hi))
		return CC_EDOMAIN;
	*low_out = lo < -1 ? -1 : lo > 1 ? 1 : lo;
	*high_out = hi < -1 ? -1 : hi > 1 ? 1 : hi;
	return CC_OK;
}

/* Pooled z = (p1 - p2) / sqrt(pbar (1 - pbar)(1/n1 + 1/n2)); no
 * continuity correction (statsmodels proportions_ztest). */
int cc_ztest_2prop(double *z_out, double *p_out, double x1, double n1, double x2, double n2,
		   int alternative)
{
	double pbar, se, z;
	int rc;

	*z_out = *p_out = 0;
	if ((rc = check_two(x1, n1, x2, n2)))
		return rc;
	if (alternative < -1 || alternative > 1)
		return CC_EINVAL;
	pbar = (x1 + x2) / (n1 + n2);
	if (!(pbar > 0 && pbar < 1))
		return CC_EDOMAIN; /* z undefined: no variation at all */
	se = sqrt(pbar * (1 - pbar) * (1 / n1 + 1 / n2));
	z = (x1 / n1 - x2 / n2) / se;
	*z_out = z;
	if (alternative > 0)
		*p_out = cc_stats_norm_q(z);
	else if (alternative < 0)
		*p_out = cc_stats_norm_q(-z);
	else
		*p_out = 2 * cc_stats_norm_q(fabs(z));
	return CC_OK;
}
