/*
 * internal.h -- helpers shared by the files of stats/ (never included
 * outside stats/). Pure computation: no I/O, no printing.
 */
#ifndef CC_STATS_INTERNAL_H
#define CC_STATS_INTERNAL_H

#include "claimcheck.h"

/*
 * Quantiles of Beta(a, b): lower-tail probability p (Pinv) or upper-tail
 * probability q (Qinv). The caller guarantees a > 0, b > 0 and 0 < p < 1.
 * Each inverts the incomplete beta on the side where the probability is
 * small, so that tiny tails keep their relative accuracy.
 */
double cc_stats_beta_pinv(double p, double a, double b);
double cc_stats_beta_qinv(double q, double a, double b);

/* P(X <= k) and P(X >= k) for X ~ Binomial(n, p); k integer, 0 < p < 1. */
double cc_stats_binom_le(double k, double n, double p);
double cc_stats_binom_ge(double k, double n, double p);

/* Binomial probability P(X = k), Loader's (2000) saddle-point form so
 * that n up to 1e15 keeps full relative accuracy. */
double cc_stats_dbinom(double k, double n, double p);

/* Upper-tail probability of N(0,1); arguments already checked. */
double cc_stats_norm_q(double z);
/* I_x(a, b) (p) and 1 - I_x(a, b) (q), each accurate in its own tail. */
void cc_stats_ibeta(double *p_out, double *q_out, double x, double a, double b);
double cc_stats_beta_p(double x, double a, double b);
double cc_stats_beta_q(double x, double a, double b);
/* The Beta(a, b) density at 0 < x < 1. */
double cc_stats_beta_dens(double x, double a, double b);
/* Q(a, x) = Gamma(a, x) / Gamma(a): P(chi2_2a >= 2x); 0 < a <= 1e13. */
double cc_stats_gamma_q(double a, double x);
/* P(|T_df| >= |t|). */
double cc_stats_t_two(double t, double df);

#endif
