/*
 * cmd_stats.c -- the calculator commands: ci, compare, binom, grim,
 * grimmer, debit, pvalue, samplesize (shared/spec/cli.md).
 * Thin: parse and validate the arguments, call libclaimcheck's statistics,
 * print JSON (--format json, numbers by cc_json_number so they round-trip)
 * or one plain sentence a student can read. Computes nothing itself. Bad input
 * (n = 0, x > n, level outside (0, 1), NaN, 1e400, text) is exit 2 with
 * one line on stderr.
 */
#include "cli.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ helpers */

#define FORMAT_OPT { "format", 'f', "FMT", "text or json (default text)" }
#define LEVEL_OPT { "level", 0, "L", "confidence level, 0 < L < 1 (default 0.95)" }

/* Output format of a calculator: 0 text, 1 json. -1 on error (printed). */
static int calc_format(const cli_args *a)
{
	const char *v = cli_get(a, "format");

	if (!v || !strcmp(v, "text"))
		return 0;
	if (!strcmp(v, "json") || !strcmp(v, "jsonl"))
		return 1;
	cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--format: '%s' is not text or json", v);
	return -1;
}

/* A JSON object printed field by field. */
typedef struct jout {
	int n;
} jout;

static void j_key(jout *j, const char *k)
{
	printf("%s\"%s\": ", j->n++ ? ", " : "{", k);
}

static void j_num(jout *j, const char *k, double v)
{
	char buf[CC_JSON_NUMBER_MAX];

	j_key(j, k);
	fputs(cc_json_number(buf, sizeof buf, v), stdout);
}

static void j_int(jout *j, const char *k, double v)
{
	j_key(j, k);
	if (isfinite(v))
		printf("%.0f", v);
	else
		printf("null");
}

static void j_str(jout *j, const char *k, const char *s)
{
	const char *p;

	j_key(j, k);
	if (!s) {
		printf("null");
		return;
	}
	putchar('"');
	for (p = s; *p; p++) {
		unsigned char c = (unsigned char)*p;

		if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (c < 0x20)
			printf("\\u%04x", c);
		else
			putchar(c);
	}
	putchar('"');
}

static void j_bool(jout *j, const char *k, int v)
{
	j_key(j, k);
	printf(v ? "true" : "false");
}

static void j_end(jout *j)
{
	printf(j->n ? "}\n" : "{}\n");
}

/* Required number option. */
static int need_number(double *out, const cli_args *a, const char *name, int count)
{
	const char *v = cli_get(a, name);

	if (!v) {
		cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--%s is required (try --help)", name);
		return -1;
	}
	return count ? cli_count(out, name, v) : cli_number(out, name, v);
}

/* Optional number option with a default. */
static int opt_number(double *out, const cli_args *a, const char *name, double deflt)
{
	const char *v = cli_get(a, name);

	*out = deflt;
	return v ? cli_number(out, name, v) : 0;
}

static int get_level(double *level, const cli_args *a)
{
	if (opt_number(level, a, "level", 0.95))
		return -1;
	if (!(*level > 0 && *level < 1)) {
		cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--level: %s is not between 0 and 1", cli_get(a, "level"));
		return -1;
	}
	return 0;
}

/* n: a positive count. */
static int get_n(double *n, const cli_args *a, const char *name)
{
	if (need_number(n, a, name, 1))
		return -1;
	if (!(*n > 0)) {
		cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--%s: the sample size must be at least 1", name);
		return -1;
	}
	if (*n > 1e15) {
		cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--%s: %s is too large (at most 1e15)", name, cli_get(a, name));
		return -1;
	}
	return 0;
}

/* x out of n, either --xNAME or --pNAME (a share, x = p n). */
static int get_x(double *x, const cli_args *a, const char *xname, const char *pname, double n)
{
	const char *xv = cli_get(a, xname), *pv = cli_get(a, pname);
	double p;

	if (xv && pv) {
		cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "give --%s or --%s, not both", xname, pname);
		return -1;
	}
	if (pv) {
		if (cli_number(&p, pname, pv))
			return -1;
		if (p < 0 || p > 1) {
			cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--%s: %s is not a share between 0 and 1", pname, pv);
			return -1;
		}
		*x = p * n;
		return 0;
	}
	if (!xv) {
		cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--%s (or --%s) is required (try --help)", xname, pname);
		return -1;
	}
	if (cli_number(x, xname, xv))
		return -1;
	if (*x < 0) {
		cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--%s: %s is negative", xname, xv);
		return -1;
	}
	if (*x > n) {
		cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--%s: %s is more than n = %.17g", xname, xv, n);
		return -1;
	}
	return 0;
}

/* --alternative: two.sided (0), greater (1), less (-1). */
static int get_alternative(int *alt, const cli_args *a)
{
	static const struct {
		const char *name;
		int alt;
	} alts[] = {
		{ "two.sided", 0 }, { "two-sided", 0 }, { "two_sided", 0 }, { "greater", 1 },
		{ "larger", 1 }, { "less", -1 }, { "smaller", -1 },
	};
	const char *v = cli_get(a, "alternative");
	size_t i;

	*alt = 0;
	if (!v)
		return 0;
	for (i = 0; i < sizeof alts / sizeof alts[0]; i++)
		if (!strcmp(v, alts[i].name)) {
			*alt = alts[i].alt;
			return 0;
		}
	cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--alternative: '%s' is not two.sided, greater or less", v);
	return -1;
}

static const char *alt_name(int alt)
{
	return alt > 0 ? "greater" : alt < 0 ? "less" : "two.sided";
}

/* A library status as one line; exit code. */
static int calc_fail(int rc, const char *what)
{
	if (rc == CC_EDOMAIN)
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "%s: the arguments are outside the range this calculation accepts", what);
	return cli_error(cli_exit_for(rc), NULL, 0, 0, "%s: %s", what, cc_strerror(rc));
}

/* A percentage for sentences: one decimal, more when it would print 0.0
 * or 100.0 for a value that is not exactly that. */
static void pct(char *buf, size_t cap, double v)
{
	double p = 100 * v;

	if (p != 0 && p != 100 && (fabs(p) < 0.05 || fabs(100 - p) < 0.05))
		snprintf(buf, cap, "%.3g%%", p);
	else
		snprintf(buf, cap, "%.1f%%", p);
}

static void level_pct(char *buf, size_t cap, double level)
{
	snprintf(buf, cap, "%.10g%%", 100 * level);
}

static const char *method_label(cc_ci_method m)
{
	static const char *labels[] = { "Wilson", "Wald", "Wilson (continuity-corrected)",
					"Agresti-Coull", "Clopper-Pearson (exact)", "Jeffreys" };

	return (unsigned)m < sizeof labels / sizeof labels[0] ? labels[m] : cc_ci_method_name(m);
}

/* ------------------------------------------------------------ ci */

static const cli_opt ci_opts[] = {
	{ "x", 0, "X", "number of people who said yes (successes)" },
	{ "n", 0, "N", "sample size" },
	{ "p", 0, "P", "the share instead of --x (0..1; x = P*N)" },
	{ "method", 'm', "M", "wilson (default), wald, wilson-cc, agresti-coull, clopper-pearson, jeffreys" },
	LEVEL_OPT,
	FORMAT_OPT,
	{ NULL, 0, NULL, NULL }
};

int cmd_ci(int argc, char **argv)
{
	cli_args a;
	int ex, fmt, rc;
	double n, x, level, lo, hi;
	cc_ci_method m = CC_CI_WILSON;
	const char *mv;

	if (cli_parse(&a, argc, argv, ci_opts, "claimcheck ci --x X --n N | --p P --n N [--method M] [--level L]",
		      "Confidence interval for a proportion: how far the true share could be from x/n.", &ex))
		return ex;
	if (a.npos)
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "ci: unexpected argument '%s'", a.pos[0]);
	if ((fmt = calc_format(&a)) < 0 || get_n(&n, &a, "n") || get_x(&x, &a, "x", "p", n) ||
	    get_level(&level, &a))
		return CLI_EXIT_USAGE;
	if ((mv = cli_get(&a, "method")) && cc_ci_method_parse(&m, mv))
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0,
				 "--method: unknown method '%s' (wilson, wald, wilson-cc, agresti-coull, clopper-pearson, jeffreys)", mv);
	if ((rc = cc_ci_prop(&lo, &hi, x, n, level, m)))
		return calc_fail(rc, "ci");
	if (fmt) {
		jout j = { 0 };

		j_num(&j, "x", x);
		j_num(&j, "n", n);
		j_num(&j, "p", x / n);
		j_str(&j, "method", cc_ci_method_name(m));
		j_num(&j, "level", level);
		j_num(&j, "low", lo);
		j_num(&j, "high", hi);
		j_end(&j);
	} else {
		char sp[32], sl[32], sh[32], sv[32];

		pct(sp, sizeof sp, x / n);
		pct(sl, sizeof sl, lo);
		pct(sh, sizeof sh, hi);
		level_pct(sv, sizeof sv, level);
		printf("%.10g of %.10g is %s. The %s %s interval runs from %s to %s: "
		       "with this many people asked, the true share could plausibly be anywhere in that range.\n",
		       x, n, sp, sv, method_label(m), sl, sh);
	}
	return CLI_EXIT_OK;
}

/* ------------------------------------------------------------ compare */

static const cli_opt compare_opts[] = {
	{ "x1", 0, "X1", "successes in the first sample" },
	{ "n1", 0, "N1", "size of the first sample" },
	{ "x2", 0, "X2", "successes in the second sample" },
	{ "n2", 0, "N2", "size of the second sample" },
	{ "p1", 0, "P1", "first share instead of --x1 (0..1)" },
	{ "p2", 0, "P2", "second share instead of --x2 (0..1)" },
	{ "method", 'm', "M", "newcombe (default), wald, agresti-caffo, score (Miettinen-Nurminen)" },
	LEVEL_OPT,
	{ "same-sample", 0, "KIND", "both shares from one sample: exclusive (answers to one question) or overlap (different questions)" },
	{ "test", 0, "z", "also run the pooled two-sample z-test" },
	{ "alternative", 0, "A", "two.sided (default), greater or less (for --test z)" },
	FORMAT_OPT,
	{ NULL, 0, NULL, NULL }
};

static int compare_same_sample(const cli_args *a, int fmt, const char *kind, double x1, double n1,
			       double x2, double n2, double level)
{
	double p1 = x1 / n1, p2 = x2 / n2, d = p1 - p2, m1 = 0, m2 = 0;
	int rc, excl = !strcmp(kind, "exclusive");
	char sd[32], s1[32], s2[32], sv[32];

	(void)a;
	if (!excl && strcmp(kind, "overlap"))
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--same-sample: '%s' is not exclusive or overlap", kind);
	if (n1 != n2)
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--same-sample: n1 and n2 must be the same sample size");
	rc = excl ? cc_diff_exclusive_moe(&m1, p1, p2, n1, level)
		  : cc_diff_overlap_moe(&m1, &m2, p1, p2, n1, level);
	if (rc == CC_EDOMAIN && excl)
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--same-sample exclusive: the two shares add up to more than 100%%");
	if (rc)
		return calc_fail(rc, "compare");
	if (excl)
		m2 = m1;
	if (fmt) {
		jout j = { 0 };

		j_num(&j, "p1", p1);
		j_num(&j, "p2", p2);
		j_num(&j, "n", n1);
		j_num(&j, "diff", d);
		j_str(&j, "same_sample", excl ? "exclusive" : "overlap");
		j_num(&j, "level", level);
		if (excl) {
			j_num(&j, "moe", m1);
		} else {
			j_num(&j, "moe_min", m1);
			j_num(&j, "moe_max", m2);
		}
		j_num(&j, "low", d - m2);
		j_num(&j, "high", d + m2);
		j_end(&j);
		return CLI_EXIT_OK;
	}
	snprintf(sd, sizeof sd, "%.1f", 100 * d);
	snprintf(s1, sizeof s1, "%.1f", 100 * m1);
	snprintf(s2, sizeof s2, "%.1f", 100 * m2);
	level_pct(sv, sizeof sv, level);
	if (excl)
		printf("The gap is %s points. Because both answers come from the same %.10g people and exclude each other, "
		       "its %s margin of error is about +/-%s points, so the gap %s.\n",
		       sd, n1, sv, s1, fabs(d) > m1 ? "is larger than its margin" : "could be chance");
	else
		printf("The gap is %s points. The two answers come from the same %.10g people but we do not know how they overlap, "
		       "so the %s margin of error of the gap lies between +/-%s and +/-%s points; the gap %s.\n",
		       sd, n1, sv, s1, s2,
		       fabs(d) > m2 ? "is larger than even the widest margin"
		       : fabs(d) > m1 ? "may or may not be larger than its margin" : "could be chance");
	return CLI_EXIT_OK;
}

int cmd_compare(int argc, char **argv)
{
	cli_args a;
	int ex, fmt, rc, alt = 0, test;
	double n1, n2, x1, x2, level, lo, hi, z = 0, pv = 0;
	cc_diff_method m = CC_DIFF_NEWCOMBE;
	const char *mv, *tv, *ss;

	if (cli_parse(&a, argc, argv, compare_opts,
		      "claimcheck compare --x1 X1 --n1 N1 --x2 X2 --n2 N2 [--method M] [--level L] [--test z]",
		      "Compare two proportions: an interval for the difference p1 - p2.", &ex))
		return ex;
	if (a.npos)
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "compare: unexpected argument '%s'", a.pos[0]);
	if ((fmt = calc_format(&a)) < 0 || get_n(&n1, &a, "n1") || get_n(&n2, &a, "n2") ||
	    get_x(&x1, &a, "x1", "p1", n1) || get_x(&x2, &a, "x2", "p2", n2) || get_level(&level, &a) ||
	    get_alternative(&alt, &a))
		return CLI_EXIT_USAGE;
	if ((mv = cli_get(&a, "method")) && cc_diff_method_parse(&m, mv))
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0,
				 "--method: unknown method '%s' (newcombe, wald, agresti-caffo, score)", mv);
	tv = cli_get(&a, "test");
	if (tv && strcmp(tv, "z"))
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--test: '%s' is not a known test (z)", tv);
	test = tv != NULL;
	if ((ss = cli_get(&a, "same-sample")))
		return compare_same_sample(&a, fmt, ss, x1, n1, x2, n2, level);
	if ((rc = cc_diff_indep(&lo, &hi, x1, n1, x2, n2, level, m)))
		return calc_fail(rc, "compare");
	if (test && (rc = cc_ztest_2prop(&z, &pv, x1, n1, x2, n2, alt))) {
		if (rc == CC_EDOMAIN)
			return cli_error(CLI_EXIT_USAGE, NULL, 0, 0,
					 "compare --test z: both samples are all yes or all no, so the z-test is undefined");
		return calc_fail(rc, "compare");
	}
	if (fmt) {
		jout j = { 0 };

		j_num(&j, "x1", x1);
		j_num(&j, "n1", n1);
		j_num(&j, "x2", x2);
		j_num(&j, "n2", n2);
		j_num(&j, "diff", x1 / n1 - x2 / n2);
		j_str(&j, "method", cc_diff_method_name(m));
		j_num(&j, "level", level);
		j_num(&j, "low", lo);
		j_num(&j, "high", hi);
		if (test) {
			j_str(&j, "test", "z");
			j_str(&j, "alternative", alt_name(alt));
			j_num(&j, "z", z);
			j_num(&j, "p_value", pv);
		}
		j_end(&j);
	} else {
		char sd[32], sl[32], sh[32], sv[32];
		double d = x1 / n1 - x2 / n2;

		snprintf(sd, sizeof sd, "%.1f", 100 * d);
		snprintf(sl, sizeof sl, "%.1f", 100 * lo);
		snprintf(sh, sizeof sh, "%.1f", 100 * hi);
		level_pct(sv, sizeof sv, level);
		printf("The first share is %.1f%% and the second %.1f%%, a difference of %s points. "
		       "The %s interval for the difference (%s) runs from %s to %s points, so %s.\n",
		       100 * x1 / n1, 100 * x2 / n2, sd, sv, cc_diff_method_name(m), sl, sh,
		       lo > 0 || hi < 0 ? "the two really differ" : "the difference could be chance");
		if (test)
			printf("Pooled z-test (%s): z = %.3f, p = %.3g.\n", alt_name(alt), z, pv);
	}
	return CLI_EXIT_OK;
}

/* ------------------------------------------------------------ binom */

static const cli_opt binom_opts[] = {
	{ "x", 0, "X", "number of successes" },
	{ "n", 0, "N", "number of trials (sample size)" },
	{ "p0", 0, "P0", "share under the null hypothesis (default 0.5)" },
	{ "alternative", 0, "A", "two.sided (default), greater or less" },
	FORMAT_OPT,
	{ NULL, 0, NULL, NULL }
};

int cmd_binom(int argc, char **argv)
{
	cli_args a;
	int ex, fmt, rc, alt;
	double n, x, p0, pv;

	if (cli_parse(&a, argc, argv, binom_opts, "claimcheck binom --x X --n N [--p0 P0] [--alternative A]",
		      "Exact binomial test: could x of n have happened if the true share were p0?", &ex))
		return ex;
	if (a.npos)
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "binom: unexpected argument '%s'", a.pos[0]);
	if ((fmt = calc_format(&a)) < 0 || get_n(&n, &a, "n") || need_number(&x, &a, "x", 1) ||
	    opt_number(&p0, &a, "p0", 0.5) || get_alternative(&alt, &a))
		return CLI_EXIT_USAGE;
	if (x > n)
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--x: %s is more than n = %s", cli_get(&a, "x"), cli_get(&a, "n"));
	if (p0 < 0 || p0 > 1)
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--p0: %s is not a share between 0 and 1", cli_get(&a, "p0"));
	if ((rc = cc_binom_test(&pv, x, n, p0, alt)))
		return calc_fail(rc, "binom");
	if (fmt) {
		jout j = { 0 };

		j_num(&j, "x", x);
		j_num(&j, "n", n);
		j_num(&j, "p0", p0);
		j_str(&j, "alternative", alt_name(alt));
		j_num(&j, "p_value", pv);
		j_end(&j);
	} else {
		char sx[32], s0[32];

		pct(sx, sizeof sx, x / n);
		pct(s0, sizeof s0, p0);
		printf("%.10g of %.10g is %s. If the true share were %s, a result %s would happen with probability %.3g "
		       "(exact binomial test, %s), so %s.\n",
		       x, n, sx, s0,
		       alt > 0 ? "this high or higher" : alt < 0 ? "this low or lower" : "this far from it or further",
		       pv, alt_name(alt),
		       pv < 0.05 ? "chance alone is an unlikely explanation (p < 0.05)"
				 : "chance alone could explain it (p >= 0.05)");
	}
	return CLI_EXIT_OK;
}

/* ------------------------------------------------------------ granularity */

static const cli_opt grim_opts[] = {
	{ "mean", 0, "M", "the reported mean, as written (5.10 keeps two decimals)" },
	{ "percent", 0, "[P]", "a reported percentage P; or, as a bare switch, --mean is a percentage" },
	{ "n", 0, "N", "sample size" },
	{ "items", 0, "K", "items averaged into each respondent's score (default 1)" },
	{ "rounding", 0, "R", "up_or_down (default), up, down, even, ceiling, floor, trunc, anti_trunc, ceiling_or_floor, up_from, down_from" },
	{ "rounding-threshold", 0, "T", "threshold for up_from / down_from (default 5)" },
	FORMAT_OPT,
	{ NULL, 0, NULL, NULL }
};

static const cli_opt grimmer_opts[] = {
	{ "mean", 0, "M", "the reported mean, as written" },
	{ "sd", 0, "S", "the reported standard deviation, as written" },
	{ "n", 0, "N", "sample size" },
	{ "items", 0, "K", "items averaged into each respondent's score (default 1)" },
	{ "rounding", 0, "R", "rounding scheme (default up_or_down; see grim --help)" },
	{ "rounding-threshold", 0, "T", "threshold for up_from / down_from (default 5)" },
	FORMAT_OPT,
	{ NULL, 0, NULL, NULL }
};

static const cli_opt debit_opts[] = {
	{ "mean", 0, "M", "the reported mean of the 0/1 data, as written" },
	{ "sd", 0, "S", "the reported standard deviation, as written" },
	{ "n", 0, "N", "sample size" },
	{ "rounding", 0, "R", "rounding scheme (default up_or_down; see grim --help)" },
	{ "rounding-threshold", 0, "T", "threshold for up_from / down_from (default 5)" },
	FORMAT_OPT,
	{ NULL, 0, NULL, NULL }
};

static int get_rounding(cc_rounding *r, double *thr, const cli_args *a)
{
	const char *v = cli_get(a, "rounding");

	*r = CC_ROUND_UP_OR_DOWN;
	if (v && cc_rounding_parse(r, v)) {
		cli_error(CLI_EXIT_USAGE, NULL, 0, 0,
			  "--rounding: unknown scheme '%s' (up_or_down, up, down, even, ceiling, floor, trunc, anti_trunc, ceiling_or_floor, up_from, down_from)", v);
		return -1;
	}
	if (opt_number(thr, a, "rounding-threshold", 5))
		return -1;
	if (!(*thr > 0 && *thr < 10)) {
		cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--rounding-threshold: %s is not between 0 and 10", cli_get(a, "rounding-threshold"));
		return -1;
	}
	return 0;
}

/* A reported value kept as written; checked to be a plain decimal. */
static int get_reported(const char **out, const cli_args *a, const char *name)
{
	double v;

	*out = cli_get(a, name);
	if (!*out) {
		cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--%s is required (try --help)", name);
		return -1;
	}
	return cli_number(&v, name, *out);
}

static int print_consistent(int fmt, int ok, const char *check, const char *what)
{
	if (fmt) {
		jout j = { 0 };

		j_str(&j, "check", check);
		j_bool(&j, "consistent", ok);
		j_end(&j);
	} else {
		printf("%s: %s\n", ok ? "Consistent" : "Inconsistent", what);
	}
	return CLI_EXIT_OK;
}

/* `--percent` is both a switch (--mean is a percentage) and an option with
 * a value (--percent P). getopt cannot say "optional, separate value", so
 * a bare --percent (followed by nothing or by another option) becomes
 * --percent= before parsing. */
static char **percent_argv(int argc, char **argv)
{
	char **v = malloc(((size_t)argc + 1) * sizeof *v);
	int i;

	if (!v)
		return NULL;
	for (i = 0; i < argc; i++) {
		v[i] = argv[i];
		if (!strcmp(argv[i], "--percent") &&
		    (i + 1 >= argc || (argv[i + 1][0] == '-' && !(argv[i + 1][1] >= '0' && argv[i + 1][1] <= '9') &&
				       argv[i + 1][1] != '.')))
			v[i] = "--percent=";
	}
	v[argc] = NULL;
	return v;
}

int cmd_grim(int argc, char **argv)
{
	cli_args a;
	int ex, fmt, rc, ok, percent = 0;
	double n, items, thr;
	const char *mean, *pv;
	cc_rounding r;
	char what[256];
	char **av = percent_argv(argc, argv);

	if (!av)
		return cli_error(CLI_EXIT_IO, NULL, 0, 0, "out of memory");
	rc = cli_parse(&a, argc, av, grim_opts, "claimcheck grim --mean M --n N [--items K] [--rounding R] | --percent P --n N",
		       "GRIM: can a mean (or percentage) of whole-number answers from n people be this value?", &ex);
	if (rc) {
		free(av);
		return ex;
	}
	ex = CLI_EXIT_USAGE;
	pv = cli_get(&a, "percent");
	if (a.npos) {
		cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "grim: unexpected argument '%s'", a.pos[0]);
		goto done;
	}
	if ((fmt = calc_format(&a)) < 0 || get_n(&n, &a, "n") || opt_number(&items, &a, "items", 1) ||
	    get_rounding(&r, &thr, &a))
		goto done;
	if (pv && *pv) {
		double v;

		if (cli_get(&a, "mean")) {
			cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "give --mean or --percent P, not both");
			goto done;
		}
		if (cli_number(&v, "percent", pv))
			goto done;
		mean = pv;
		percent = 1;
	} else {
		if (get_reported(&mean, &a, "mean"))
			goto done;
		percent = pv != NULL;
	}
	if (!(items >= 1) || items != floor(items)) {
		cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--items: %s is not a whole number >= 1", cli_get(&a, "items"));
		goto done;
	}
	/* --percent P reads P as a percentage (the bare switch keeps scrutiny's
	   reading of --mean, which the granularity cases pin) */
	if (pv && *pv && !(strtod(mean, NULL) >= 0 && strtod(mean, NULL) <= 100)) {
		cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--percent: %s is not a percentage between 0 and 100", mean);
		goto done;
	}
	if ((rc = cc_grim(&ok, mean, n, items, percent, r, thr))) {
		cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "grim: '%s' with n = %.10g is outside what GRIM can test (write the value as digits, e.g. 5.19)", mean, n);
		goto done;
	}
	if (percent)
		snprintf(what, sizeof what, "%s%% %s a possible percentage of %.10g people "
			 "(each possible share is a whole number of people out of %.10g).", mean, ok ? "is" : "is not", n, n);
	else if (items > 1)
		snprintf(what, sizeof what, "a mean of %s %s possible for %.10g people answering %.10g whole-number items each.",
			 mean, ok ? "is" : "is not", n, items);
	else
		snprintf(what, sizeof what, "a mean of %s %s possible for %.10g whole-number answers "
			 "(such a mean is always a whole-number total divided by %.10g).", mean, ok ? "is" : "is not", n, n);
	ex = print_consistent(fmt, ok, "grim", what);
done:
	free(av);
	return ex;
}

int cmd_grimmer(int argc, char **argv)
{
	cli_args a;
	int ex, fmt, rc, ok;
	double n, items, thr;
	const char *mean, *sd;
	cc_rounding r;
	char what[256];

	if (cli_parse(&a, argc, argv, grimmer_opts, "claimcheck grimmer --mean M --sd S --n N [--items K] [--rounding R]",
		      "GRIMMER: can whole-number answers from n people have this mean and this standard deviation?", &ex))
		return ex;
	if (a.npos)
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "grimmer: unexpected argument '%s'", a.pos[0]);
	if ((fmt = calc_format(&a)) < 0 || get_reported(&mean, &a, "mean") || get_reported(&sd, &a, "sd") ||
	    get_n(&n, &a, "n") || opt_number(&items, &a, "items", 1) || get_rounding(&r, &thr, &a))
		return CLI_EXIT_USAGE;
	if ((rc = cc_grimmer(&ok, mean, sd, n, items, r, thr)))
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "grimmer: mean %s, SD %s, n = %.10g is outside what GRIMMER can test (n >= 2, SD >= 0, values as digits)", mean, sd, n);
	snprintf(what, sizeof what, "a mean of %s with an SD of %s %s possible for %.10g whole-number answers.",
		 mean, sd, ok ? "is" : "is not", n);
	return print_consistent(fmt, ok, "grimmer", what);
}

int cmd_debit(int argc, char **argv)
{
	cli_args a;
	int ex, fmt, rc, ok;
	double n, thr;
	const char *mean, *sd;
	cc_rounding r;
	char what[256];

	if (cli_parse(&a, argc, argv, debit_opts, "claimcheck debit --mean M --sd S --n N [--rounding R]",
		      "DEBIT: are the mean and standard deviation of yes/no (0/1) data consistent with n?", &ex))
		return ex;
	if (a.npos)
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "debit: unexpected argument '%s'", a.pos[0]);
	if ((fmt = calc_format(&a)) < 0 || get_reported(&mean, &a, "mean") || get_reported(&sd, &a, "sd") ||
	    get_n(&n, &a, "n") || get_rounding(&r, &thr, &a))
		return CLI_EXIT_USAGE;
	if ((rc = cc_debit(&ok, mean, sd, n, r, thr)))
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "debit: mean %s, SD %s, n = %.10g is outside what DEBIT can test (mean between 0 and 1, n >= 2)", mean, sd, n);
	snprintf(what, sizeof what, "for 0/1 answers from %.10g people, a mean of %s %s an SD of %s.",
		 n, mean, ok ? "fits" : "does not fit", sd);
	return print_consistent(fmt, ok, "debit", what);
}

/* ------------------------------------------------------------ pvalue */

static const cli_opt pvalue_opts[] = {
	{ "test", 0, "T", "t, F, chi2, r, z or Q" },
	{ "statistic", 0, "S", "the test statistic" },
	{ "df1", 0, "A", "degrees of freedom (F numerator; chi2)" },
	{ "df2", 0, "B", "degrees of freedom (F denominator; t and r, as statcheck)" },
	{ "tails", 0, "1|2", "one- or two-tailed (t, r, z; default 2)" },
	{ "alpha", 0, "A", "significance level for a quoted result (default 0.05)" },
	{ "p-equal-alpha", 0, "sig|nonsig", "is p = alpha significant (default sig)" },
	{ "one-tailed", 0, "auto|always|never", "one-tailed readings (default auto)" },
	{ "p-zero-error", 0, "yes|no", "count \"p = .000\" as an error (default yes)" },
	FORMAT_OPT,
	{ NULL, 0, NULL, NULL }
};

static const struct {
	const char *name;
	cc_test_kind test;
} test_names[] = {
	{ "t", CC_TEST_T }, { "F", CC_TEST_F }, { "f", CC_TEST_F }, { "chi2", CC_TEST_CHI2 },
	{ "chisq", CC_TEST_CHI2 }, { "r", CC_TEST_R }, { "z", CC_TEST_Z }, { "Z", CC_TEST_Z },
	{ "Q", CC_TEST_Q },
};

static const char *test_name(cc_test_kind t)
{
	static const char *names[] = { "t", "F", "chi2", "r", "z", "Q" };

	return (unsigned)t < 6 ? names[t] : "?";
}

static void j_cmp(jout *j, const char *k, char c)
{
	char s[3] = { c, 0, 0 };

	if (c == 'n')
		j_str(j, k, "ns");
	else
		j_str(j, k, s);
}

/* The quoted form: extract the result(s), recompute, judge as statcheck. */
static int pvalue_quoted(const cli_args *a, int fmt, const char *text)
{
	cc_options o = CC_OPTIONS_INIT;
	cc_ctx *ctx = NULL;
	cc_doc *doc = NULL;
	int ex, rc;
	size_t i;

	if ((ex = cli_common_options(&o, a)))
		return ex;
	if ((rc = cc_ctx_new(&ctx, NULL, &o)))
		return cli_error(cli_exit_for(rc), NULL, 0, 0, "%s", cc_strerror(rc));
	rc = cc_test_results(&doc, ctx, text, strlen(text), "-");
	if (rc) {
		ex = cli_error_ctx(ctx, rc, NULL);
		goto done;
	}
	if (cc_doc_claim_count(doc) == 0) {
		ex = cli_error(CLI_EXIT_USAGE, NULL, 0, 0,
			       "pvalue: no test result found in '%s' (write it like \"t(28) = 2.20, p = .036\")", text);
		goto done;
	}
	for (i = 0; i < cc_doc_claim_count(doc); i++) {
		const cc_claim *c = cc_doc_claim(doc, i);
		const cc_finding *f = cc_doc_finding(doc, i);
		const cc_apa *ap = &c->apa;

		if (fmt) {
			jout j = { 0 };

			j_str(&j, "text", c->text);
			j_str(&j, "test", test_name(ap->test));
			if (ap->test == CC_TEST_Q)
				j_str(&j, "q_type", ap->q_type);
			j_num(&j, "df1", ap->df1);
			j_num(&j, "df2", ap->df2);
			j_num(&j, "statistic", ap->statistic);
			j_cmp(&j, "test_comparison", ap->test_comparison);
			j_cmp(&j, "p_comparison", ap->p_comparison);
			j_num(&j, "p_reported", ap->p_reported);
			j_num(&j, "p", f->has_test ? f->p_computed : NAN);
			j_num(&j, "p_computed", f->has_test ? f->p_computed : NAN);
			j_bool(&j, "error", f->error);
			j_bool(&j, "decision_error", f->decision_error);
			j_bool(&j, "one_tailed", f->one_tailed);
			j_end(&j);
		} else {
			char rep[64];

			if (ap->p_comparison == 'n')
				snprintf(rep, sizeof rep, "\"not significant\"");
			else
				snprintf(rep, sizeof rep, "p %c %.10g", ap->p_comparison, ap->p_reported);
			if (!f->has_test) {
				printf("%s: the p-value cannot be recomputed from these numbers.\n", c->text);
				continue;
			}
			printf("%s: recomputed from the statistic, p = %.4g%s. The reported %s %s.\n", c->text,
			       f->p_computed, f->one_tailed ? " (one-tailed)" : "", rep,
			       f->decision_error ? "is wrong, and the error changes whether the result is significant"
			       : f->error        ? "does not match it (but significance is unchanged)"
						 : "is consistent with it");
		}
	}
	ex = CLI_EXIT_OK;
done:
	cc_doc_free(doc);
	cc_ctx_free(ctx);
	return ex;
}

int cmd_pvalue(int argc, char **argv)
{
	cli_args a;
	int ex, fmt, rc;
	double s, df1 = NAN, df2 = NAN, tails = 2, p;
	const char *tv;
	cc_test_kind test = CC_TEST_T;
	size_t i;

	if (cli_parse(&a, argc, argv, pvalue_opts,
		      "claimcheck pvalue \"t(28) = 2.20, p = .036\" | --test T --statistic S [--df1 A] [--df2 B] [--tails 1|2]",
		      "Recompute the p-value of a test result, as statcheck does.", &ex))
		return ex;
	if ((fmt = calc_format(&a)) < 0)
		return CLI_EXIT_USAGE;
	if (a.npos > 1)
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "pvalue: give the result as one quoted argument");
	if (a.npos == 1) {
		if (cli_has(&a, "test") || cli_has(&a, "statistic"))
			return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "pvalue: give a quoted result or --test/--statistic, not both");
		return pvalue_quoted(&a, fmt, a.pos[0]);
	}
	if (!(tv = cli_get(&a, "test")))
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "pvalue: give a quoted result or --test and --statistic (try --help)");
	for (i = 0; i < sizeof test_names / sizeof test_names[0]; i++)
		if (!strcmp(tv, test_names[i].name))
			break;
	if (i == sizeof test_names / sizeof test_names[0])
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--test: unknown test '%s' (t, F, chi2, r, z, Q)", tv);
	test = test_names[i].test;
	if (need_number(&s, &a, "statistic", 0) ||
	    (cli_get(&a, "df1") && cli_number(&df1, "df1", cli_get(&a, "df1"))) ||
	    (cli_get(&a, "df2") && cli_number(&df2, "df2", cli_get(&a, "df2"))) ||
	    opt_number(&tails, &a, "tails", 2))
		return CLI_EXIT_USAGE;
	if (tails != 1 && tails != 2)
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--tails: %s is not 1 or 2", cli_get(&a, "tails"));
	if ((test == CC_TEST_T || test == CC_TEST_R) && isnan(df1) && isnan(df2))
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "pvalue: a %s test needs its degrees of freedom (--df2)", tv);
	if (test == CC_TEST_F && (isnan(df1) || isnan(df2)))
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "pvalue: an F test needs --df1 and --df2");
	if ((test == CC_TEST_CHI2 || test == CC_TEST_Q) && isnan(df1) && isnan(df2))
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "pvalue: a %s test needs its degrees of freedom (--df1)", tv);
	if ((rc = cc_pvalue(&p, test, s, df1, df2, (int)tails))) {
		if (rc == CC_EDOMAIN)
			return cli_error(CLI_EXIT_USAGE, NULL, 0, 0,
					 "pvalue: degrees of freedom must be positive (chi2: at most 2e13), F and chi2 not negative, r between -1 and 1");
		return calc_fail(rc, "pvalue");
	}
	if (fmt) {
		jout j = { 0 };

		j_str(&j, "test", test_name(test));
		j_num(&j, "statistic", s);
		j_num(&j, "df1", df1);
		j_num(&j, "df2", df2);
		j_int(&j, "tails", tails);
		j_num(&j, "p", p);
		j_end(&j);
	} else {
		printf("%s = %.10g gives p = %.4g (%s).\n", test_name(test), s, p,
		       test == CC_TEST_F || test == CC_TEST_CHI2 || test == CC_TEST_Q ? "upper tail"
		       : tails == 1 ? "one-tailed" : "two-tailed");
	}
	return CLI_EXIT_OK;
}

/* ------------------------------------------------------------ samplesize */

static const cli_opt samplesize_opts[] = {
	{ "moe", 0, "E", "target margin of error as a share (0.03 = +/-3 points)" },
	LEVEL_OPT,
	{ "p", 0, "P", "assumed share (default 0.5, the worst case)" },
	{ "population", 0, "N", "population size, for the finite population correction" },
	FORMAT_OPT,
	{ NULL, 0, NULL, NULL }
};

int cmd_samplesize(int argc, char **argv)
{
	cli_args a;
	int ex, fmt, rc;
	double moe, level, p, N = 0, n, n0;

	if (cli_parse(&a, argc, argv, samplesize_opts, "claimcheck samplesize --moe E [--level L] [--p P] [--population N]",
		      "How many people a survey needs for a margin of error of +/-E.", &ex))
		return ex;
	if (a.npos)
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "samplesize: unexpected argument '%s'", a.pos[0]);
	if ((fmt = calc_format(&a)) < 0 || need_number(&moe, &a, "moe", 0) || get_level(&level, &a) ||
	    opt_number(&p, &a, "p", 0.5) || (cli_get(&a, "population") && cli_count(&N, "population", cli_get(&a, "population"))))
		return CLI_EXIT_USAGE;
	if (!(moe > 0 && moe < 1))
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--moe: %s is not between 0 and 1 (write 0.03 for +/-3 points)", cli_get(&a, "moe"));
	if (!(p > 0 && p < 1))
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--p: %s is not strictly between 0 and 1", cli_get(&a, "p"));
	if (cli_get(&a, "population") && !(N >= 1))
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--population: must be at least 1");
	if ((rc = cc_sample_size(&n, &n0, moe, level, p, N)))
		return rc == CC_EDOMAIN ? cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "samplesize: the margin %s is too small to compute a sample size", cli_get(&a, "moe"))
					: calc_fail(rc, "samplesize");
	if (fmt) {
		jout j = { 0 };

		j_num(&j, "moe", moe);
		j_num(&j, "level", level);
		j_num(&j, "p", p);
		if (N > 0)
			j_int(&j, "population", N);
		else
			j_num(&j, "population", NAN);
		j_int(&j, "n", n);
		j_num(&j, "n0", n0);
		j_end(&j);
	} else {
		char sv[32];

		level_pct(sv, sizeof sv, level);
		printf("To be %s confident of a share to within +/-%.10g points, a survey needs %.0f people",
		       sv, 100 * moe, n);
		if (N > 0)
			printf(" from a population of %.0f", N);
		printf(" (assuming the share is near %.10g%%).\n", 100 * p);
	}
	return CLI_EXIT_OK;
}
