/* TEMPORARY (issue 4): placeholders until stats/ is implemented. Delete when replaced. */
#include "stats.h"
#include <math.h>
const char *cc_ci_method_name(cc_ci_method m) { (void)m; return "wilson"; }
int cc_ci_method_parse(cc_ci_method *out, const char *name) { (void)name; *out = CC_CI_WILSON; return CC_OK; }
int cc_ci_prop(double *l, double *h, double x, double n, double level, cc_ci_method m) { (void)x;(void)n;(void)level;(void)m; *l = *h = NAN; return CC_ERROR; }
double cc_z_for_level(double level) { (void)level; return 1.959963984540054; }
int cc_moe(double *out, double p, double n, double level, double deff, double N) { (void)p;(void)n;(void)level;(void)deff;(void)N; *out = NAN; return CC_ERROR; }
int cc_sample_size(double *n_out, double *n0_out, double moe, double level, double p, double N) { (void)moe;(void)level;(void)p;(void)N; *n_out = *n0_out = NAN; return CC_ERROR; }
int cc_binom_test(double *p_out, double x, double n, double p0, int alt) { (void)x;(void)n;(void)p0;(void)alt; *p_out = NAN; return CC_ERROR; }
int cc_diff_method_parse(cc_diff_method *out, const char *name) { (void)name; *out = CC_DIFF_NEWCOMBE; return CC_OK; }
const char *cc_diff_method_name(cc_diff_method m) { (void)m; return "newcombe"; }
int cc_diff_indep(double *l, double *h, double x1, double n1, double x2, double n2, double level, cc_diff_method m) { (void)x1;(void)n1;(void)x2;(void)n2;(void)level;(void)m; *l = *h = NAN; return CC_ERROR; }
int cc_ztest_2prop(double *z, double *p, double x1, double n1, double x2, double n2, int alt) { (void)x1;(void)n1;(void)x2;(void)n2;(void)alt; *z = *p = NAN; return CC_ERROR; }
int cc_diff_exclusive_moe(double *out, double p1, double p2, double n, double level) { (void)p1;(void)p2;(void)n;(void)level; *out = NAN; return CC_ERROR; }
int cc_diff_overlap_moe(double *a, double *b, double p1, double p2, double n, double level) { (void)p1;(void)p2;(void)n;(void)level; *a = *b = NAN; return CC_ERROR; }
int cc_rounding_parse(cc_rounding *out, const char *name) { (void)name; *out = CC_ROUND_UP_OR_DOWN; return CC_OK; }
int cc_grim(int *c, const char *mean, double n, double items, int percent, cc_rounding r, double t) { (void)mean;(void)n;(void)items;(void)percent;(void)r;(void)t; *c = 0; return CC_ERROR; }
int cc_grimmer(int *c, const char *mean, const char *sd, double n, double items, cc_rounding r, double t) { (void)mean;(void)sd;(void)n;(void)items;(void)r;(void)t; *c = 0; return CC_ERROR; }
int cc_debit(int *c, const char *mean, const char *sd, double n, cc_rounding r, double t) { (void)mean;(void)sd;(void)n;(void)r;(void)t; *c = 0; return CC_ERROR; }
int cc_pvalue(double *p, cc_test_kind test, double s, double df1, double df2, int tails) { (void)test;(void)s;(void)df1;(void)df2;(void)tails; *p = NAN; return CC_ERROR; }
int cc_stats_findings(cc_doc *doc) { (void)doc; return CC_OK; }
void cc_stats_quiet_gsl(void) {}
