/*
 * figure.c -- a claim's numbers in the claim's own units, for the text-like
 * reports: which form a value takes (percentage, count, money, points, a
 * test result) is decided here; the digits come from core/numfmt.c, the
 * one place numbers become text, so every format and the flag messages
 * show the same digits. Stage: reports. Formats only: computes nothing.
 */
#include "reports.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static int is_points(const cc_claim *c)
{
	return (c->traits & CC_TRAIT_POINTS) || (c->unit && !strcmp(c->unit, "points"));
}

const char *cc_rep_claim_number(cc_numbuf *b, const cc_claim *c, double v)
{
	cc_numbuf tmp;

	switch (c->kind) {
	case CC_KIND_PROPORTION:
		return cc_fmt_percent(b, v, -1);
	case CC_KIND_SAMPLE_SIZE:
	case CC_KIND_COUNT:
		return cc_fmt_count(b, v);
	case CC_KIND_AMOUNT:
		return cc_fmt_money(b, v, c->unit);
	case CC_KIND_CHANGE:
		if (is_points(c)) {
			snprintf(b->s, sizeof b->s, "%.50s points", cc_fmt_plain(&tmp, v));
			return b->s;
		}
		return cc_fmt_percent(b, v, -1);
	case CC_KIND_MARGIN_OF_ERROR:
		snprintf(b->s, sizeof b->s, "\xC2\xB1%.50s points", cc_fmt_pts(&tmp, v));
		return b->s;
	case CC_KIND_TEST_STATISTIC:
	case CC_KIND_MEAN:
	default:
		return cc_fmt_plain(b, v);
	}
}

char *cc_rep_claim_range(char *buf, size_t cap, const cc_claim *c)
{
	cc_numbuf a, b;

	buf[0] = '\0';
	if (!isfinite(c->low) && !isfinite(c->high))
		return buf;
	if (c->low == c->value && c->high == c->value)
		return buf;
	cc_rep_claim_number(&a, c, c->low);
	cc_rep_claim_number(&b, c, c->high);
	if (!strcmp(a.s, b.s))
		return buf;
	snprintf(buf, cap, "%s to %s", a.s, b.s);
	return buf;
}

const char *cc_rep_ci_bound(cc_numbuf *b, const cc_claim *c, double v)
{
	if (c->kind == CC_KIND_PROPORTION)
		return cc_fmt_percent(b, v, 1);
	return cc_rep_claim_number(b, c, v);
}

char *cc_rep_figure(char *buf, size_t cap, const cc_claim *c)
{
	cc_numbuf a, d1, d2;
	char b[CC_NUMBUF];
	const cc_apa *t = &c->apa;

	switch (c->kind) {
	case CC_KIND_TEST_STATISTIC:
		cc_fmt_plain(&a, t->statistic);
		if (t->p_comparison == 'n')
			strcpy(b, "ns");
		else
			snprintf(b, sizeof b, "p %c %.40s", t->p_comparison ? t->p_comparison : '=',
				 cc_fmt_plain(&d1, t->p_reported));
		if (isfinite(t->df1) && isfinite(t->df2))
			snprintf(buf, cap, "%s(%s, %s) %c %s, %s", cc_rep_test_name(t->test), cc_fmt_plain(&d1, t->df1),
				 cc_fmt_plain(&d2, t->df2), t->test_comparison ? t->test_comparison : '=', a.s, b);
		else if (isfinite(t->df1) || isfinite(t->df2))
			snprintf(buf, cap, "%s(%s) %c %s, %s", cc_rep_test_name(t->test),
				 cc_fmt_plain(&d1, isfinite(t->df1) ? t->df1 : t->df2),
				 t->test_comparison ? t->test_comparison : '=', a.s, b);
		else
			snprintf(buf, cap, "%s %c %s, %s", cc_rep_test_name(t->test),
				 t->test_comparison ? t->test_comparison : '=', a.s, b);
		return buf;
	case CC_KIND_MEAN:
		if (isfinite(c->sd))
			snprintf(buf, cap, "%s (SD %s)", cc_fmt_plain(&a, c->value), cc_fmt_plain(&d1, c->sd));
		else
			snprintf(buf, cap, "%s", cc_fmt_plain(&a, c->value));
		return buf;
	default:
		snprintf(buf, cap, "%s", cc_rep_claim_number(&a, c, c->value));
		return buf;
	}
}

double cc_rep_base(const cc_doc *doc, size_t i, long *claim)
{
	int how = CC_BASE_NONE;
	double n = cc_doc_claim_base(doc, i, &how);
	long sc = -1;

	if (n > 0 && how != CC_BASE_OWN && how != CC_BASE_REFERENCE && how != CC_BASE_RECOVERED &&
	    how != CC_BASE_IN_FIGURE) {
		sc = how == CC_BASE_SUBGROUP ? doc->claims[i].sample_claim : cc_doc_claim_sample(doc, i);
		if (sc < 0 || (size_t)sc >= doc->nclaims || doc->claims[sc].value != n)
			sc = -1;
	}
	*claim = sc;
	return n > 0 ? n : 0;
}

double cc_rep_ref_value(const cc_doc *doc, size_t i)
{
	const cc_finding *f = cc_doc_finding(doc, i);
	double k;

	if (!f || !f->has_ref || !isfinite(f->ref.value))
		return NAN;
	k = doc->ext && isfinite(doc->ext[i].ref_scale) && doc->ext[i].ref_scale > 0 ? doc->ext[i].ref_scale : 1;
	return f->ref.value / k;
}
