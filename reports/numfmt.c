/*
 * numfmt.c -- the one place numbers become text, so that the terminal,
 * Markdown, CSV, HTML and explain reports show the same digits for the
 * same figure, and JSON numbers read back to the exact doubles computed.
 * Stage: reports. Formats only: never rounds a value for use elsewhere,
 * never decides what is printed.
 */
#include "reports.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *cc_fmt_json(char *buf, double v)
{
	static const int precisions[] = { 15, 16, 17 };
	size_t i;

	if (!isfinite(v)) {
		strcpy(buf, "null");
		return buf;
	}
	if (v == 0) {
		strcpy(buf, "0"); /* also -0: JSON readers differ on "-0" */
		return buf;
	}
	if (fabs(v) < 1e15 && v == floor(v)) {
		snprintf(buf, CC_NUMBUF, "%.0f", v);
		return buf;
	}
	for (i = 0; i < sizeof precisions / sizeof precisions[0]; i++) {
		snprintf(buf, CC_NUMBUF, "%.*g", precisions[i], v);
		if (strtod(buf, NULL) == v)
			break;
	}
	return buf;
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

/* "-0" and "-0.0" are "0" on display. */
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

char *cc_fmt_percent(char *buf, double frac, int decimals)
{
	if (!isfinite(frac)) {
		strcpy(buf, "n/a");
		return buf;
	}
	if (fabs(frac) >= 1e12) { /* nonsense for a fraction, but keep it short */
		snprintf(buf, CC_NUMBUF, "%.3g%%", frac * 100);
		return buf;
	}
	if (decimals < 0) {
		snprintf(buf, CC_NUMBUF, "%.1f", frac * 100);
		trim_zeros(buf);
	} else {
		snprintf(buf, CC_NUMBUF, "%.*f", decimals > 6 ? 6 : decimals, frac * 100);
	}
	fix_negative_zero(buf);
	strcat(buf, "%"); /* at most 20 digits + 7 decimals were written */
	return buf;
}

char *cc_fmt_points(char *buf, double frac)
{
	if (!isfinite(frac))
		strcpy(buf, "n/a");
	else if (fabs(frac) >= 1e12)
		snprintf(buf, CC_NUMBUF, "%.3g", frac * 100);
	else {
		snprintf(buf, CC_NUMBUF, "%.1f", frac * 100);
		fix_negative_zero(buf);
	}
	return buf;
}

char *cc_fmt_count(char *buf, double v)
{
	char digits[CC_NUMBUF], *frac;
	size_t n, lead, i, o = 0;
	const char *d = digits;

	if (!isfinite(v) || fabs(v) >= 1e18) {
		return cc_fmt_plain(buf, v);
	}
	snprintf(digits, sizeof digits, "%.2f", v);
	trim_zeros(digits);
	fix_negative_zero(digits);
	if (*d == '-')
		buf[o++] = *d++;
	frac = strchr(d, '.');
	n = frac ? (size_t)(frac - d) : strlen(d);
	lead = n % 3 ? n % 3 : 3;
	for (i = 0; i < n; i++) {
		if (i >= lead && (i - lead) % 3 == 0)
			buf[o++] = ',';
		buf[o++] = d[i];
	}
	buf[o] = '\0';
	if (frac)
		strcat(buf, frac);
	return buf;
}

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

char *cc_fmt_money(char *buf, double v, const char *unit)
{
	const char *sym = NULL;
	char num[CC_NUMBUF];
	size_t i;

	if (!isfinite(v) || fabs(v) >= 1e18)
		return cc_fmt_plain(buf, v);
	for (i = 0; unit && i < sizeof currencies / sizeof currencies[0]; i++)
		if (!strcmp(unit, currencies[i].code))
			sym = currencies[i].symbol;
	num[0] = '\0';
	for (i = 0; i < sizeof scales / sizeof scales[0]; i++)
		if (fabs(v) >= scales[i].scale) {
			snprintf(num, sizeof num, "%.2f", v / scales[i].scale);
			trim_zeros(num);
			strcat(num, " ");
			strcat(num, scales[i].word);
			break;
		}
	if (!num[0])
		cc_fmt_count(num, v);
	if (sym)
		snprintf(buf, CC_NUMBUF, "%.8s%.40s", sym, num);
	else if (unit && *unit && strlen(unit) < 8)
		snprintf(buf, CC_NUMBUF, "%.40s %.7s", num, unit);
	else
		snprintf(buf, CC_NUMBUF, "%.40s", num);
	return buf;
}

char *cc_fmt_plain(char *buf, double v)
{
	if (isnan(v)) {
		strcpy(buf, "n/a");
		return buf;
	}
	if (isinf(v)) {
		strcpy(buf, v > 0 ? "infinity" : "-infinity");
		return buf;
	}
	if (fabs(v) >= 1e4 && fabs(v) < 1e18)
		return cc_fmt_count(buf, v);
	if (v != 0 && fabs(v) < 1e-4)
		snprintf(buf, CC_NUMBUF, "%.2g", v);
	else if (fabs(v) < 1) {
		snprintf(buf, CC_NUMBUF, "%.4f", v);
		trim_zeros(buf);
	} else {
		snprintf(buf, CC_NUMBUF, "%.4g", v);
	}
	fix_negative_zero(buf);
	return buf;
}

static int is_points(const cc_claim *c)
{
	return (c->traits & CC_TRAIT_POINTS) || (c->unit && !strcmp(c->unit, "points"));
}

char *cc_fmt_claim_number(char *buf, const cc_claim *c, double v)
{
	char tmp[CC_NUMBUF];

	switch (c->kind) {
	case CC_KIND_PROPORTION:
		return cc_fmt_percent(buf, v, -1);
	case CC_KIND_SAMPLE_SIZE:
	case CC_KIND_COUNT:
		return cc_fmt_count(buf, v);
	case CC_KIND_AMOUNT:
		return cc_fmt_money(buf, v, c->unit);
	case CC_KIND_CHANGE:
		if (is_points(c)) {
			snprintf(buf, CC_NUMBUF, "%s points", cc_fmt_plain(tmp, v));
			return buf;
		}
		return cc_fmt_percent(buf, v, -1);
	case CC_KIND_MARGIN_OF_ERROR:
		snprintf(buf, CC_NUMBUF, "\xC2\xB1%s points", cc_fmt_points(tmp, v));
		return buf;
	case CC_KIND_TEST_STATISTIC:
	case CC_KIND_MEAN:
	default:
		return cc_fmt_plain(buf, v);
	}
}

char *cc_fmt_claim_range(char *buf, size_t cap, const cc_claim *c)
{
	char a[CC_NUMBUF], b[CC_NUMBUF];

	buf[0] = '\0';
	if (!isfinite(c->low) && !isfinite(c->high))
		return buf;
	if (c->low == c->value && c->high == c->value)
		return buf;
	cc_fmt_claim_number(a, c, c->low);
	cc_fmt_claim_number(b, c, c->high);
	if (!strcmp(a, b))
		return buf;
	snprintf(buf, cap, "%s to %s", a, b);
	return buf;
}

char *cc_fmt_ci_bound(char *buf, const cc_claim *c, double v)
{
	if (c->kind == CC_KIND_PROPORTION)
		return cc_fmt_percent(buf, v, 1);
	return cc_fmt_claim_number(buf, c, v);
}

char *cc_fmt_figure(char *buf, size_t cap, const cc_claim *c)
{
	char a[CC_NUMBUF], b[CC_NUMBUF], d1[CC_NUMBUF], d2[CC_NUMBUF];
	const cc_apa *t = &c->apa;

	switch (c->kind) {
	case CC_KIND_TEST_STATISTIC:
		cc_fmt_plain(a, t->statistic);
		if (t->p_comparison == 'n')
			strcpy(b, "ns");
		else
			snprintf(b, sizeof b, "p %c %.40s", t->p_comparison ? t->p_comparison : '=',
				 cc_fmt_plain(d1, t->p_reported));
		if (isfinite(t->df1) && isfinite(t->df2))
			snprintf(buf, cap, "%s(%s, %s) %c %s, %s", cc_rep_test_name(t->test), cc_fmt_plain(d1, t->df1),
				 cc_fmt_plain(d2, t->df2), t->test_comparison ? t->test_comparison : '=', a, b);
		else if (isfinite(t->df1) || isfinite(t->df2))
			snprintf(buf, cap, "%s(%s) %c %s, %s", cc_rep_test_name(t->test),
				 cc_fmt_plain(d1, isfinite(t->df1) ? t->df1 : t->df2),
				 t->test_comparison ? t->test_comparison : '=', a, b);
		else
			snprintf(buf, cap, "%s %c %s, %s", cc_rep_test_name(t->test),
				 t->test_comparison ? t->test_comparison : '=', a, b);
		return buf;
	case CC_KIND_MEAN:
		if (isfinite(c->sd))
			snprintf(buf, cap, "%s (SD %s)", cc_fmt_plain(a, c->value), cc_fmt_plain(b, c->sd));
		else
			snprintf(buf, cap, "%s", cc_fmt_plain(a, c->value));
		return buf;
	default:
		snprintf(buf, cap, "%s", cc_fmt_claim_number(a, c, c->value));
		return buf;
	}
}

char *cc_fmt_level(char *buf, double level)
{
	return cc_fmt_percent(buf, level, -1);
}
