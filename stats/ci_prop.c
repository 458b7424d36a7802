/*
 * ci_prop.c -- confidence intervals for one proportion, one row per method
 * in a method table (name -> function).
 * Stage: statistics (pure; no I/O, no printing). Domains are checked here
 * before GSL is called; results are clipped to [0, 1].
 *
 * Checked against R 4.2.2 and statsmodels 0.13.5 (shared/bench/stats/
 * proportion_ci.csv, tests/stats/proportion_ci.tsv) to 1e-9 absolute:
 *   wald            p +- z sqrt(p(1-p)/n)                     (statsmodels normal)
 *   wilson          Wilson (1927) score interval               (statsmodels wilson)
 *   wilson-cc       Wilson with continuity correction, R prop.test's rule:
 *                   correction min(0.5, |x - n/2|)             (R prop.test correct=TRUE)
 *   agresti-coull   Agresti & Coull (1998): n~ = n + z^2      (statsmodels agresti_coull)
 *   clopper-pearson exact Beta quantiles; 0 at x = 0, 1 at x = n (R binom.test)
 *   jeffreys        Beta(x+1/2, n-x+1/2) quantiles, no boundary change (statsmodels)
 */
#include "stats.h"
#include "internal.h"

#include <math.h>
#include <string.h>
#include <gsl/gsl_cdf.h>

typedef void (*ci_fn)(double *lo, double *hi, double x, double n, double z, double alpha);

static void ci_wald(double *lo, double *hi, double x, double n, double z, double alpha)
{
	double p = x / n, h = z * sqrt(p * (1 - p) / n);

	(void)alpha;
	*lo = p - h;
	*hi = p + h;
}

static void ci_wilson(double *lo, double *hi, double x, double n, double z, double alpha)
{
	double p = x / n, z2 = z * z;
	double denom = 1 + z2 / n;
	double center = (p + z2 / (2 * n)) / denom;
	double dist = z * sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom;

	(void)alpha;
	*lo = x == 0 ? 0 : center - dist;
	*hi = x == n ? 1 : center + dist;
}

/* R's prop.test: YATES = min(0.5, |x - n p0|) with p0 = 1/2, then the
 * Wilson bounds at p^ +- YATES/n; a corrected p at or past the edge gives
 * the edge itself. */
static void ci_wilson_cc(double *lo, double *hi, double x, double n, double z, double alpha)
{
	double est = x / n, yates = fmin(0.5, fabs(x - n * 0.5));
	double z22n = z * z / (2 * n), pc;

	(void)alpha;
	pc = est + yates / n;
	*hi = pc >= 1 ? 1 : (pc + z22n + z * sqrt(pc * (1 - pc) / n + z22n / (2 * n))) / (1 + 2 * z22n);
	pc = est - yates / n;
	*lo = pc <= 0 ? 0 : (pc + z22n - z * sqrt(pc * (1 - pc) / n + z22n / (2 * n))) / (1 + 2 * z22n);
}

static void ci_agresti_coull(double *lo, double *hi, double x, double n, double z, double alpha)
{
	double z2 = z * z, nt = n + z2, pt = (x + z2 / 2) / nt;
	double h = z * sqrt(pt * (1 - pt) / nt);

	(void)alpha;
	*lo = pt - h;
	*hi = pt + h;
}

static void ci_clopper_pearson(double *lo, double *hi, double x, double n, double z, double alpha)
{
	(void)z;
	*lo = x <= 0 ? 0 : cc_stats_beta_pinv(alpha / 2, x, n - x + 1);
	*hi = x >= n ? 1 : cc_stats_beta_qinv(alpha / 2, x + 1, n - x);
}

static void ci_jeffreys(double *lo, double *hi, double x, double n, double z, double alpha)
{
	(void)z;
	*lo = cc_stats_beta_pinv(alpha / 2, x + 0.5, n - x + 0.5);
	*hi = cc_stats_beta_qinv(alpha / 2, x + 0.5, n - x + 0.5);
}

/* The method table: enum order, name, function. */
static const struct {
	cc_ci_method method;
	const char *name;
	ci_fn fn;
} methods[] = {
	{ CC_CI_WILSON, "wilson", ci_wilson },
	{ CC_CI_WALD, "wald", ci_wald },
	{ CC_CI_WILSON_CC, "wilson-cc", ci_wilson_cc },
	{ CC_CI_AGRESTI_COULL, "agresti-coull", ci_agresti_coull },
	{ CC_CI_CLOPPER_PEARSON, "clopper-pearson", ci_clopper_pearson },
	{ CC_CI_JEFFREYS, "jeffreys", ci_jeffreys },
};

/* Other spellings accepted by cc_ci_method_parse. */
static const struct {
	const char *alias;
	cc_ci_method method;
} aliases[] = {
	{ "normal", CC_CI_WALD },
	{ "wilson_cc", CC_CI_WILSON_CC },
	{ "wilsoncc", CC_CI_WILSON_CC },
	{ "agresti_coull", CC_CI_AGRESTI_COULL },
	{ "clopper_pearson", CC_CI_CLOPPER_PEARSON },
	{ "exact", CC_CI_CLOPPER_PEARSON },
	{ "beta", CC_CI_CLOPPER_PEARSON },
};

#define N_METHODS (sizeof methods / sizeof methods[0])

const char *cc_ci_method_name(cc_ci_method m)
{
	size_t i;

	for (i = 0; i < N_METHODS; i++)
		if (methods[i].method == m)
			return methods[i].name;
	return "unknown";
}

int cc_ci_method_parse(cc_ci_method *out, const char *name)
{
	size_t i;

	if (!name)
		return CC_EINVAL;
	for (i = 0; i < N_METHODS; i++)
		if (!strcmp(methods[i].name, name)) {
			*out = methods[i].method;
			return CC_OK;
		}
	for (i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
		if (!strcmp(aliases[i].alias, name)) {
			*out = aliases[i].method;
			return CC_OK;
		}
	return CC_EINVAL;
}

double cc_z_for_level(double level)
{
	if (!(level > 0 && level < 1))
		return NAN;
	/* upper-tail inverse keeps precision for levels close to 1 */
	return gsl_cdf_ugaussian_Qinv((1.0 - level) / 2);
}

static double clip01(double v)
{
	return v < 0 ? 0 : v > 1 ? 1 : v;
}

int cc_ci_prop(double *low_out, double *high_out, double x, double n, double level,
	       cc_ci_method method)
{
	size_t i;
	double lo = 0, hi = 1, alpha;

	*low_out = *high_out = 0;
	if (!isfinite(x) || !isfinite(n) || !isfinite(level))
		return CC_EDOMAIN;
	if (!(n > 0) || n > 1e15 || x < 0 || x > n || !(level > 0 && level < 1))
		return CC_EDOMAIN;
	for (i = 0; i < N_METHODS; i++)
		if (methods[i].method == method)
			break;
	if (i == N_METHODS)
		return CC_EINVAL;
	alpha = 1.0 - level;
	methods[i].fn(&lo, &hi, x, n, cc_z_for_level(level), alpha);
	if (!isfinite(lo) || !isfinite(hi))
		return CC_EDOMAIN;
	if (lo > hi) /* a level near 0 collapses the interval: rounding noise */
		lo = hi = (lo + hi) / 2;
	*low_out = clip01(lo);
	*high_out = clip01(hi);
	return CC_OK;
}
