/*
 * util.c -- shared numerical helpers for stats/: the regularised
 * incomplete beta and its quantiles, binomial tails and point
 * probabilities (Loader 2000), normal and t tails.
 * Stage: statistics (pure; no I/O). Callers check domains first, so GSL's
 * error handler is never reached from here; GSL supplies the normal
 * distribution and log-gamma. The incomplete beta is our own because
 * GSL's returns NaN for a, b ~ 1e6, loses ~5e-7 relative in t tails near
 * 1e-50, and its inverse fails to converge on ordinary arguments.
 * Accuracy: checked against R / mpmath through tests/stats/ (1e-9) and
 * statcheck's boundary cases, which need the last few ulps of pt().
 */
#include "internal.h"

#include <math.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_sf_gamma.h>

/*
 * Beta quantiles: x with P(X <= x) = p (or P(X >= x) = q). Safeguarded
 * Newton on u = log x, so that small quantiles keep full relative
 * precision, from a normal approximation, falling back to bisection of the
 * bracket whenever a step leaves it. The equation is always written on
 * the side whose probability is <= 1/2 (log P - log p is then nearly
 * linear in u), and when the distribution leans towards 1 (a > b) the
 * mirror Beta(b, a) is solved for 1 - x instead, so that x near 0 and
 * 1 - x near 1 are never formed by subtraction. dP/du = x^a (1-x)^(b-1)
 * / B(a, b). About five evaluations of the incomplete beta. (GSL's own
 * inverse fails to converge on ordinary cases such as Beta(1.5, 1999.5),
 * through the error handler.) NaN if the CDF is not computable.
 */
static double beta_solve(double prob, int upper, double a, double b)
{
	double lo = -745.0, hi = 0.0, u, m = a / (a + b);
	double sd = sqrt(a * b / ((a + b) * (a + b) * (a + b + 1)));
	double z = gsl_cdf_ugaussian_Pinv(prob);
	double x0 = upper ? m - z * sd : m + z * sd;
	int i;

	u = x0 > 0 && x0 < 1 ? log(x0) : -1.0;
	for (i = 0; i < 400; i++) {
		double x = exp(u), P, Q, T, g, un;

		cc_stats_ibeta(&P, &Q, x, a, b);
		T = upper ? Q : P;
		if (isnan(T))
			return NAN;
		/* T rises with u for P, falls for Q */
		if ((T < prob) != (upper != 0))
			lo = u;
		else
			hi = u;
		g = cc_stats_beta_dens(x, a, b) * x; /* |dT/du| */
		un = upper ? u + (log(T) - log(prob)) * T / g : u - (log(T) - log(prob)) * T / g;
		if (!(un > lo && un < hi)) {
			if (lo <= -745.0 && isfinite(un) && un <= lo)
				un = u - 2; /* no lower end yet: step down, do not bisect to -372 */
			else
				un = lo + (hi - lo) / 2;
		}
		/* 2e-14 in log x: far below the 1e-9 the bounds are checked at, and
		   above the noise floor of the incomplete beta */
		if (fabs(un - u) <= 2e-14 * fmax(1.0, fabs(u)) || hi - lo <= 4e-16 * fmax(1.0, fabs(lo)))
			return exp(un);
		u = un;
	}
	return exp(u);
}

/* The quantile whose tail on side `upper` has probability prob. */
static double beta_quantile(double prob, int upper, double a, double b)
{
	if (prob > 0.5) { /* 1 - prob is exact here (Sterbenz) */
		prob = 1.0 - prob;
		upper = !upper;
	}
	if (a <= b)
		return beta_solve(prob, upper, a, b);
	/* P_{a,b}(x) = Q_{b,a}(1 - x): solve the mirror for 1 - x */
	return 1.0 - beta_solve(prob, !upper, b, a);
}

double cc_stats_beta_pinv(double p, double a, double b)
{
	return beta_quantile(p, 0, a, b);
}

double cc_stats_beta_qinv(double q, double a, double b)
{
	return beta_quantile(q, 1, a, b);
}

/* P(X <= k) = I_{1-p}(n - k, k + 1) (regularised incomplete beta). */
double cc_stats_binom_le(double k, double n, double p)
{
	if (k < 0)
		return 0.0;
	if (k >= n)
		return 1.0;
	return cc_stats_beta_q(p, k + 1.0, n - k);
}

/* P(X >= k) = I_p(k, n - k + 1). */
double cc_stats_binom_ge(double k, double n, double p)
{
	if (k <= 0)
		return 1.0;
	if (k > n)
		return 0.0;
	return cc_stats_beta_p(p, k, n - k + 1.0);
}

/*
 * Stirling's error stirlerr(n) = log(n!) - log(sqrt(2 pi n) (n/e)^n)
 * (Loader 2000, "Fast and accurate computation of binomial
 * probabilities"): series for large n, lgamma directly for small n.
 */
static double stirlerr(double n)
{
	const double S0 = 1.0 / 12, S1 = 1.0 / 360, S2 = 1.0 / 1260, S3 = 1.0 / 1680,
		     S4 = 1.0 / 1188;
	double nn;

	if (n <= 15.0)
		return gsl_sf_lngamma(n + 1.0) - (n + 0.5) * log(n) + n - 0.5 * log(2 * M_PI);
	nn = n * n;
	if (n > 500)
		return (S0 - S1 / nn) / n;
	if (n > 80)
		return (S0 - (S1 - S2 / nn) / nn) / n;
	if (n > 35)
		return (S0 - (S1 - (S2 - S3 / nn) / nn) / nn) / n;
	return (S0 - (S1 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n;
}

/* Deviance term bd0(x, np) = x log(x/np) + np - x, by a series when x is
 * close to np (Loader 2000) to avoid cancellation. */
static double bd0(double x, double np)
{
	double ej, s, s1, v;
	int j;

	if (fabs(x - np) < 0.1 * (x + np)) {
		v = (x - np) / (x + np);
		s = (x - np) * v;
		ej = 2 * x * v;
		v = v * v;
		for (j = 1; j < 1000; j++) {
			ej *= v;
			s1 = s + ej / (2 * j + 1);
			if (s1 == s)
				return s1;
			s = s1;
		}
		return s;
	}
	return x * log(x / np) + np - x;
}

/* Long double twins of stirlerr and bd0 for the incomplete beta's
 * prefactor, where every bit shows in a recomputed p-value. */
static long double stirlerrl(long double n)
{
	const long double S0 = 1.0L / 12, S1 = 1.0L / 360, S2 = 1.0L / 1260, S3 = 1.0L / 1680,
			  S4 = 1.0L / 1188, S5 = 691.0L / 360360, S6 = 1.0L / 156;
	long double nn;

	if (n <= 30.0L)
		return lgammal(n + 1.0L) - (n + 0.5L) * logl(n) + n - 0.5L * logl(2 * 3.14159265358979323846264338327950288L);
	nn = n * n;
	return (S0 - (S1 - (S2 - (S3 - (S4 - (S5 - S6 / nn) / nn) / nn) / nn) / nn) / nn) / n;
}

static long double bd0l(long double x, long double np)
{
	long double ej, s, s1, v;
	int j;

	if (fabsl(x - np) < 0.1L * (x + np)) {
		v = (x - np) / (x + np);
		s = (x - np) * v;
		ej = 2 * x * v;
		v = v * v;
		for (j = 1; j < 1000; j++) {
			ej *= v;
			s1 = s + ej / (2 * j + 1);
			if (s1 == s)
				return s1;
			s = s1;
		}
		return s;
	}
	return x * logl(x / np) + np - x;
}

/* b/(a+b) * dbinom(a; a+b, x) = x^a y^b / (a B(a, b)), y = 1 - x given. */
static long double beta_prefactor(double a, double b, double x, double y)
{
	long double n = (long double)a + b, lc, f;

	lc = stirlerrl(n) - stirlerrl(a) - stirlerrl(b) - bd0l(a, n * x) - bd0l(b, n * y);
	f = 2 * 3.14159265358979323846264338327950288L * a * (b / n);
	return (b / n) * expl(lc) / sqrtl(f);
}

/* p and q = 1 - p given separately, so that neither is recomputed from
 * the other by a cancelling subtraction. */
static double dbinom_pq(double k, double n, double p, double q)
{
	double lc, f;

	if (k < 0 || k > n)
		return 0.0;
	if (k == 0)
		return exp(n * (p < 0.5 ? log1p(-p) : log(q)));
	if (k == n)
		return exp(n * (q < 0.5 ? log1p(-q) : log(p)));
	lc = stirlerr(n) - stirlerr(k) - stirlerr(n - k) - bd0(k, n * p) - bd0(n - k, n * q);
	f = (2 * M_PI * k / n) * (n - k) / n * n;
	/* f = 2 pi k (n-k) / n */
	return exp(lc) / sqrt(f);
}

double cc_stats_dbinom(double k, double n, double p)
{
	return dbinom_pq(k, n, p, 1.0 - p);
}

/*
 * Regularised incomplete beta I_x(a, b) and its complement, each of the
 * two computed directly on its own side so that small tails keep their
 * relative accuracy (GSL's beta CDF returns NaN for a, b ~ 1e6 and loses
 * ~5e-7 relative in t tails near 1e-50).
 * Prefactor x^a (1-x)^b / (a B(a, b)) = b/(a+b) dbinom(a; a+b, x), with
 * Loader's saddle-point dbinom (no cancellation for large a, b); the
 * continued fraction (Numerical Recipes 6.4, modified Lentz) is summed in
 * long double. It converges on the side x < (a+1)/(a+b+2).
 */
static long double ibeta_cf(double x, double a, double b)
{
	const long double tiny = 1e-300L, eps = 1e-19L;
	long double qab = a + b, qap = a + 1, qam = a - 1, c = 1, d, h, aa, del;
	long m, m2;

	d = 1 - qab * x / qap;
	if (fabsl(d) < tiny)
		d = tiny;
	d = 1 / d;
	h = d;
	for (m = 1; m < 10000000; m++) {
		m2 = 2 * m;
		aa = m * (b - m) * (long double)x / ((qam + m2) * (a + m2));
		d = 1 + aa * d;
		if (fabsl(d) < tiny)
			d = tiny;
		c = 1 + aa / c;
		if (fabsl(c) < tiny)
			c = tiny;
		d = 1 / d;
		h *= d * c;
		aa = -(a + m) * (qab + m) * (long double)x / ((a + m2) * (qap + m2));
		d = 1 + aa * d;
		if (fabsl(d) < tiny)
			d = tiny;
		c = 1 + aa / c;
		if (fabsl(c) < tiny)
			c = tiny;
		d = 1 / d;
		del = d * c;
		h *= del;
		if (fabsl(del - 1) < eps)
			break;
	}
	return h;
}

void cc_stats_ibeta(double *p_out, double *q_out, double x, double a, double b)
{
	double t;

	if (x <= 0) {
		*p_out = 0;
		*q_out = 1;
		return;
	}
	if (x >= 1) {
		*p_out = 1;
		*q_out = 0;
		return;
	}
	if (x < (a + 1) / (a + b + 2)) {
		t = (double)(beta_prefactor(a, b, x, 1 - x) * ibeta_cf(x, a, b));
		*p_out = t;
		*q_out = 1 - t;
	} else {
		t = (double)(beta_prefactor(b, a, 1 - x, x) * ibeta_cf(1 - x, b, a));
		*q_out = t;
		*p_out = 1 - t;
	}
}

/* The Beta(a, b) density at 0 < x < 1, via the same prefactor. */
double cc_stats_beta_dens(double x, double a, double b)
{
	double y = 1 - x;

	/* x^a y^b / (a B) * a / (x y) */
	if (x < 0.5)
		return (double)(beta_prefactor(a, b, x, y) * a / (x * y));
	return (double)(beta_prefactor(b, a, y, x) * b / (x * y));
}

double cc_stats_beta_p(double x, double a, double b)
{
	double p, q;

	cc_stats_ibeta(&p, &q, x, a, b);
	return p;
}

double cc_stats_beta_q(double x, double a, double b)
{
	double p, q;

	cc_stats_ibeta(&p, &q, x, a, b);
	return q;
}

/* Two-sided tail of Student's t: P(|T| >= |t|) = I_{v/(v+t^2)}(v/2, 1/2),
 * taken from whichever side of the beta is small. */
double cc_stats_t_two(double t, double df)
{
	double t2 = t * t, p, q;

	if (t2 > df) {
		cc_stats_ibeta(&p, &q, df / (df + t2), df / 2, 0.5);
		return p;
	}
	cc_stats_ibeta(&p, &q, t2 / (df + t2), 0.5, df / 2);
	return q;
}

/*
 * Regularised upper incomplete gamma Q(a, x), the chi-square tail
 * (P(chi2_df >= x) = Q(df/2, x/2)). GSL's version signals "error in large
 * x asymptotic" through the error handler for x ~ a ~ 3e8, so the tail is
 * ours too: prefactor x^a e^-x / Gamma(a + 1) in Loader's saddle-point
 * form (no cancellation for large a), then the power series for P when
 * x < a + 1, else the continued fraction for Q (Numerical Recipes 6.2,
 * modified Lentz), summed in long double. Both need O(sqrt(a)) terms near
 * x = a; callers keep a <= 1e13. The small tail is computed directly.
 */
double cc_stats_gamma_q(double a, double x)
{
	const long double tiny = 1e-300L, eps = 1e-19L;
	long double pre, sum, term, b, c, d, h, an, del;
	long n;

	if (x <= 0)
		return 1.0;
	/* x^a e^-x / Gamma(a+1) = dpois(a; x) */
	pre = expl(-stirlerrl(a) - bd0l(a, x)) / sqrtl(2 * 3.14159265358979323846264338327950288L * a);
	if (x < a + 1) {
		sum = term = 1;
		for (n = 1; n < 100000000; n++) {
			term *= x / (a + n);
			sum += term;
			if (term < sum * eps)
				break;
		}
		return (double)(1 - pre * sum);
	}
	/* Q = x^a e^-x / Gamma(a) * 1/(x+1-a- 1(1-a)/(x+3-a- ...)) */
	b = x + 1 - a;
	c = 1 / tiny;
	d = 1 / b;
	h = d;
	for (n = 1; n < 100000000; n++) {
		an = -n * (n - a);
		b += 2;
		d = an * d + b;
		if (fabsl(d) < tiny)
			d = tiny;
		c = b + an / c;
		if (fabsl(c) < tiny)
			c = tiny;
		d = 1 / d;
		del = d * c;
		h *= del;
		if (fabsl(del - 1) < eps)
			break;
	}
	return (double)(pre * a * h);
}

double cc_stats_norm_q(double z)
{
	return gsl_cdf_ugaussian_Q(z);
}

