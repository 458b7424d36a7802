/*
 * numfmt.c -- the one place numbers become text (core): flag messages and
 * every report format show the same digits for the same value, and JSON
 * numbers read back to the exact doubles computed. The rounding rule and
 * why it is so are in numfmt.h. Formats only: never rounds a value for use
 * elsewhere, never decides what is printed, never allocates.
 */
#include "numfmt.h"
#include "claimcheck.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ JSON */

/* The digits of m (0 <= m < 1e18) at the end of buf[0..n): their start. */
static char *digits_back(char *end, unsigned long long m)
{
	do {
		*--end = (char)('0' + m % 10);
		m /= 10;
	} while (m);
	return end;
}

/* The fast path for the numbers reports are made of -- whole numbers and
 * decimals of up to six places between 1e-4 and 1e9 ("0.47", "2000"):
 * m / 10^k == v exactly, with m a whole number, means the decimal m e-k
 * reads back to v (a division of two exact doubles is correctly rounded,
 * as strtod is), and with at most 15 significant digits it is what
 * "%.15g" prints, trailing zeros dropped. 0 when v is not such a number
 * (the general path then decides). */
static int json_simple(char *tmp, double v)
{
	static const double p10[] = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6 };
	double a = fabs(v);
	char b[40], *e = b + sizeof b, *p;
	unsigned long long m;
	int k;

	if (a >= 1e15 || (a < 1e-4 && a != 0) || (a != floor(a) && a >= 1e9))
		return 0;
	for (k = 0; k < 7; k++) {
		double t = a * p10[k];

		if (t >= 1e15)
			return 0;
		m = (unsigned long long)(t + 0.5);
		if ((double)m / p10[k] == a)
			break;
	}
	if (k == 7)
		return 0;
	*--e = '\0';
	p = digits_back(e, m);
	if (k) {
		/* m = 4700, k = 4: "0.47" -- trailing zeros of the fraction went
		   with the smallest k; pad the fraction with leading zeros */
		char *f = p;
		int nd = (int)(e - p);

		while (nd <= k) {
			*--f = '0';
			nd++;
		}
		memmove(f - 1, f, (size_t)(nd - k));
		f[nd - k - 1] = '.';
		p = f - 1;
	}
	if (v < 0)
		*--p = '-';
	memcpy(tmp, p, (size_t)(e - p) + 1);
	return 1;
}

const char *cc_json_number(char *buf, size_t cap, double v)
{
	static const int precisions[] = { 15, 16, 17 };
	char tmp[CC_JSON_NUMBER_MAX];
	size_t i, n;

	if (!cap)
		return buf;
	if (!isfinite(v))
		memcpy(tmp, "null", 5);
	else if (v == 0)
		memcpy(tmp, "0", 2); /* also -0: JSON readers differ on "-0" */
	else if (!json_simple(tmp, v)) {
		if (fabs(v) < 1e15 && v == floor(v))
			snprintf(tmp, sizeof tmp, "%.0f", v);
		else
			for (i = 0; i < sizeof precisions / sizeof precisions[0]; i++) {
				snprintf(tmp, sizeof tmp, "%.*g", precisions[i], v);
				if (strtod(tmp, NULL) == v)
					break;
			}
	}
	n = strlen(tmp);
	if (n >= cap)
		n = cap - 1;
	memcpy(buf, tmp, n);
	buf[n] = '\0';
	return buf;
}

/* The general path alone (tests compare the fast path with it). */
const char *cc_json_number_general(char *buf, size_t cap, double v)
{
	static const int precisions[] = { 15, 16, 17 };
	size_t i;

	if (!isfinite(v))
		snprintf(buf, cap, "null");
	else if (v == 0)
		snprintf(buf, cap, "0");
	else if (fabs(v) < 1e15 && v == floor(v))
		snprintf(buf, cap, "%.0f", v);
	else
		for (i = 0; i < sizeof precisions / sizeof precisions[0]; i++) {
			snprintf(buf, cap, "%.*g", precisions[i], v);
			if (strtod(buf, NULL) == v)
				break;
		}
	return buf;
}

const char *cc_fmt_json(cc_numbuf *b, double v)
{
	return cc_json_number(b->s, sizeof b->s, v);
}

/* ------------------------------------------------------------ rounding */

/* "-0", "-0.0", "-0.00%" are "0..." on display. */
static void fix_negative_zero(char *s)
{
	const char *p = s + 1;

	if (s[0] != '-')
		return;
	while (*p == '0' || *p == '.')
		p++;
	if (!*p || *p == '%' || *p == ' ')
		memmove(s, s + 1, strlen(s));
}

/* Drop trailing zeros of a fixed-point number, and the point if bare. */
static void trim_zeros(char *s)
{
	char *dot = strchr(s, '.'), *e;

	if (!dot)
		return;
	e = s + strlen(s);
	while (e > dot + 1 && e[-1] == '0')
		e--;
	if (e == dot + 1)
		e = dot;
	*e = '\0';
}

/* 10^-d for d = 0..9 */
static const double unit_of[] = { 1, 1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9 };

/*
 * v with exactly d decimals (0..9), rounded half away from zero on the
 * decimal value (numfmt.h): nudged away from zero by 1e-9, or by about
 * four units in the last place of v when that is more (|v| above ~1e6),
 * so a decimal half stored a hair below itself still rounds up -- but by
 * never more than a thousandth of the last printed digit, so that digits
 * beyond a double's precision (16000000000000 with two decimals) are not
 * made up. The callers keep |v| < 1e18, so the result fits a cc_numbuf.
 */
static void fixed(char *out, size_t cap, double v, int d)
{
	double eps;

	if (d < 0)
		d = 0;
	if (d > 9)
		d = 9;
	eps = fmin(fmax(1e-9, ldexp(fabs(v), -50)), 1e-3 * unit_of[d]);
	snprintf(out, cap, "%.*f", d, v + copysign(eps, v));
	fix_negative_zero(out);
}

/* NaN and infinities; 0 when v is finite. */
static int nonfinite(cc_numbuf *b, double v)
{
	if (isnan(v))
		snprintf(b->s, sizeof b->s, "n/a");
	else if (isinf(v))
		snprintf(b->s, sizeof b->s, "%s", v > 0 ? "infinity" : "-infinity");
	else
		return 0;
	return 1;
}

/* ------------------------------------------------------------ numbers */

/* Thousands separators on a number with at most `dec` decimals (zeros
 * cut). |v| < 1e18 (the callers check). */
static const char *thousands(cc_numbuf *b, double v, int dec)
{
	char digits[CC_NUMBUF];
	const char *d = digits, *frac;
	size_t n, lead, i, o = 0;

	fixed(digits, sizeof digits, v, dec);
	trim_zeros(digits);
	if (*d == '-')
		b->s[o++] = *d++;
	frac = strchr(d, '.');
	n = frac ? (size_t)(frac - d) : strlen(d);
	lead = n % 3 ? n % 3 : 3;
	for (i = 0; i < n; i++) {
		if (i >= lead && (i - lead) % 3 == 0)
			b->s[o++] = ',';
		b->s[o++] = d[i];
	}
	b->s[o] = '\0';
	if (frac)
		strcat(b->s, frac); /* at most 18 digits + 6 commas + 3 decimals */
	return b->s;
}

const char *cc_fmt_n(cc_numbuf *b, double v)
{
	if (!isfinite(v) || fabs(v) >= 1e18)
		return cc_fmt_plain(b, v);
	return thousands(b, v, 0);
}

const char *cc_fmt_count(cc_numbuf *b, double v)
{
	if (!isfinite(v) || fabs(v) >= 1e18)
		return cc_fmt_plain(b, v);
	return thousands(b, v, 2);
}

const char *cc_fmt_num(cc_numbuf *b, double v, int d)
{
	if (nonfinite(b, v))
		return b->s;
	if (fabs(v) >= 1e18) { /* beyond any figure: keep it short */
		snprintf(b->s, sizeof b->s, "%.4g", v);
		return b->s;
	}
	fixed(b->s, sizeof b->s, v, d);
	trim_zeros(b->s);
	fix_negative_zero(b->s);
	return b->s;
}

const char *cc_fmt_plain(cc_numbuf *b, double v)
{
	double a = fabs(v);
	int intdigits;

	if (nonfinite(b, v))
		return b->s;
	if (a >= 1e4 && a < 1e18)
		return cc_fmt_count(b, v);
	if (a >= 1e18 || (v != 0 && a < 1e-4)) {
		snprintf(b->s, sizeof b->s, "%.*g", a >= 1e18 ? 4 : 2, v);
		return b->s;
	}
	if (a < 1)
		return cc_fmt_num(b, v, 4);
	/* 1 <= |v| < 1e4: four significant digits, as %.4g but rounded by
	   the one rule; a carry to 10000 ("9999.7") is a count, "10,000" */
	intdigits = a < 10 ? 1 : a < 100 ? 2 : a < 1000 ? 3 : 4;
	cc_fmt_num(b, v, 4 - intdigits);
	if (strlen(b->s) - (v < 0) > 4 && !strchr(b->s, '.'))
		return cc_fmt_n(b, v);
	return b->s;
}

/* ------------------------------------------------------------ percentages */

const char *cc_fmt_pct(cc_numbuf *b, double frac)
{
	return cc_fmt_pctd(b, frac, 0);
}

const char *cc_fmt_pctd(cc_numbuf *b, double frac, int d)
{
	if (nonfinite(b, frac)) /* "n/a", "infinity": the words every form uses */
		return b->s;
	if (fabs(frac) >= 1e12) { /* nonsense for a fraction, but keep it short */
		snprintf(b->s, sizeof b->s, "%.3g", frac * 100);
		return b->s;
	}
	fixed(b->s, sizeof b->s, frac * 100, d > 6 ? 6 : d);
	return b->s;
}

const char *cc_fmt_pts(cc_numbuf *b, double frac)
{
	return cc_fmt_pctd(b, frac, 1);
}

const char *cc_fmt_level(cc_numbuf *b, double level)
{
	if (nonfinite(b, level))
		return b->s;
	return cc_fmt_num(b, level * 100, 1);
}

const char *cc_fmt_percent(cc_numbuf *b, double frac, int decimals)
{
	if (!isfinite(frac))
		return cc_fmt_pctd(b, frac, 0); /* "n/a", "infinity" */
	if (fabs(frac) >= 1e12)
		cc_fmt_pctd(b, frac, 0);
	else if (decimals < 0)
		cc_fmt_num(b, frac * 100, 1);
	else
		cc_fmt_pctd(b, frac, decimals);
	strcat(b->s, "%"); /* at most 15 digits + 7 decimals were written */
	return b->s;
}

/* ------------------------------------------------------------ p-values */

const char *cc_fmt_p(cc_numbuf *b, double p)
{
	if (!isfinite(p))
		snprintf(b->s, sizeof b->s, "?");
	else if (p < 0.001)
		snprintf(b->s, sizeof b->s, "< .001");
	else {
		fixed(b->s, sizeof b->s, p, 3);
		if (b->s[0] == '0')
			memmove(b->s, b->s + 1, strlen(b->s));
	}
	return b->s;
}

/* ------------------------------------------------------------ money */

/* Currency codes and the symbols an editor expects. */
static const struct {
	const char *code, *symbol;
} currencies[] = {
	{ "GBP", "\xC2\xA3" }, { "USD", "$" }, { "EUR", "\xE2\x82\xAC" },
	{ "JPY", "\xC2\xA5" }, { "INR", "\xE2\x82\xB9" },
};

static const struct {
	double scale;
	const char *word;
} scales[] = {
	{ 1e12, "trillion" }, { 1e9, "billion" }, { 1e6, "million" },
};

const char *cc_fmt_money(cc_numbuf *b, double v, const char *unit)
{
	const char *sym = NULL;
	cc_numbuf num;
	size_t i;

	if (!isfinite(v) || fabs(v) >= 1e18)
		return cc_fmt_plain(b, v);
	for (i = 0; unit && i < sizeof currencies / sizeof currencies[0]; i++)
		if (!strcmp(unit, currencies[i].code))
			sym = currencies[i].symbol;
	num.s[0] = '\0';
	for (i = 0; i < sizeof scales / sizeof scales[0]; i++)
		if (fabs(v) >= scales[i].scale) {
			cc_fmt_num(&num, v / scales[i].scale, 2);
			strcat(num.s, " ");
			strcat(num.s, scales[i].word);
			break;
		}
	if (!num.s[0])
		cc_fmt_count(&num, v);
	if (sym)
		snprintf(b->s, sizeof b->s, "%.8s%.40s", sym, num.s);
	else if (unit && *unit && strlen(unit) < 8)
		snprintf(b->s, sizeof b->s, "%.40s %.7s", num.s, unit);
	else
		snprintf(b->s, sizeof b->s, "%.40s", num.s);
	return b->s;
}
