/*
 * stats_bench.c -- `make bench-stats`: intervals per second for every
 * proportion-interval method and every two-proportion method, over a
 * fixed pseudo-random mix of counts (n from 10 to 10^6, x anywhere in
 * [0, n], levels 0.80-0.99). Public API only; prints one line per method.
 */
#include "claimcheck.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define NPTS 4096

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* xorshift: the same points on every run */
static unsigned long long rng_state = 88172645463325252ULL;

static double uniform(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return (rng_state >> 11) * (1.0 / 9007199254740992.0);
}

int main(int argc, char **argv)
{
	static double xs[NPTS], ns[NPTS], ls[NPTS], x1s[NPTS], n1s[NPTS], x2s[NPTS], n2s[NPTS];
	static const double levels[] = { 0.80, 0.90, 0.95, 0.99 };
	double budget = argc > 1 ? atof(argv[1]) : 0.5; /* seconds per method */
	double sink = 0;
	int i, m;

	for (i = 0; i < NPTS; i++) {
		ns[i] = floor(10 * pow(10, 5 * uniform()));
		xs[i] = (double)(long long)(uniform() * (ns[i] + 1));
		if (xs[i] > ns[i])
			xs[i] = ns[i];
		n1s[i] = floor(10 + uniform() * 5000);
		x1s[i] = fmin(n1s[i], floor(uniform() * (n1s[i] + 1)));
		n2s[i] = floor(10 + uniform() * 5000);
		x2s[i] = (double)(long long)(uniform() * (n2s[i] + 1));
		if (x2s[i] > n2s[i])
			x2s[i] = n2s[i];
		ls[i] = levels[i % 4];
	}
	printf("proportion intervals (n from 10 to 10^6):\n");
	for (m = 0; m < CC_CI_METHOD_COUNT; m++) {
		long count = 0;
		double t0 = now(), t;

		do {
			for (i = 0; i < NPTS; i++) {
				double lo, hi;

				if (cc_ci_prop(&lo, &hi, xs[i], ns[i], ls[i], (cc_ci_method)m) == CC_OK)
					sink += lo + hi;
			}
			count += NPTS;
			t = now() - t0;
		} while (t < budget);
		printf("  %-16s %14.0f intervals/s\n", cc_ci_method_name((cc_ci_method)m), count / t);
	}
	printf("difference of two proportions (n up to 5000):\n");
	for (m = 0; m <= CC_DIFF_SCORE; m++) {
		long count = 0;
		double t0 = now(), t;
		int step = m == CC_DIFF_SCORE ? 64 : NPTS;

		do {
			for (i = 0; i < step; i++) {
				double lo, hi;
				int k = (int)(count + i) % NPTS;

				if (cc_diff_indep(&lo, &hi, x1s[k], n1s[k], x2s[k], n2s[k], ls[k],
						  (cc_diff_method)m) == CC_OK)
					sink += lo + hi;
			}
			count += step;
			t = now() - t0;
		} while (t < budget);
		printf("  %-16s %14.0f intervals/s\n", cc_diff_method_name((cc_diff_method)m), count / t);
	}
	return sink == 12345.678 ? 1 : 0; /* keep the work observable */
}
