/*
 * svg.c -- the inline SVG charts of the HTML report: per claim the interval
 * its wording allows against the confidence interval (with the 50 % line
 * and any reference value), and a forest plot of all proportions in a
 * document. Stage: reports; used by html.c only.
 * Every coordinate is clamped into the viewBox; every label from the input
 * passes through cc_esc_html. Charts show numbers from the claim and its
 * finding; they compute only positions.
 */
#include "reports.h"

#include <math.h>
#include <string.h>

/* Geometry of the per-claim chart (user units = CSS px at 100 %). */
#define CH_W 360.0
#define CH_H 70.0
#define CH_X0 20.0
#define CH_X1 340.0

/* Geometry of the forest plot. */
#define FP_W 680.0
#define FP_LABEL 230.0
#define FP_X0 (FP_LABEL + 10.0)
#define FP_X1 (FP_W - 20.0)
#define FP_ROW 24.0
#define FP_TOP 28.0

typedef struct scale {
	double lo, hi;  /* data range */
	double x0, x1;  /* pixel range */
	int percent;    /* 0..1 shown as 0..100 % */
} scale;

static double sx(const scale *sc, double v)
{
	double x;

	if (!isfinite(v))
		return sc->x0;
	x = sc->x0 + (v - sc->lo) / (sc->hi - sc->lo) * (sc->x1 - sc->x0);
	if (!isfinite(x))
		return sc->x0;
	if (x < sc->x0)
		x = sc->x0;
	if (x > sc->x1)
		x = sc->x1;
	return x;
}

static const char *sev_class(cc_severity s)
{
	static const char *const names[] = { "sev-none", "sev-info", "sev-warning", "sev-error" };

	return (unsigned)s <= CC_SEV_ERROR ? names[s] : names[0];
}

static void widen(double *lo, double *hi, double v)
{
	if (!isfinite(v))
		return;
	if (v < *lo)
		*lo = v;
	if (v > *hi)
		*hi = v;
}

/* The data range of claim i's chart; 0 when it has nothing to draw. */
static int chart_scale(scale *sc, const cc_doc *doc, size_t i)
{
	const cc_claim *c = &doc->claims[i];
	const cc_finding *f = cc_doc_finding(doc, i);
	double lo = INFINITY, hi = -INFINITY, pad;

	sc->x0 = CH_X0, sc->x1 = CH_X1;
	if (c->kind == CC_KIND_PROPORTION) {
		sc->lo = 0, sc->hi = 1, sc->percent = 1;
		return isfinite(c->value) || (f && f->has_ci);
	}
	if (c->kind == CC_KIND_TEST_STATISTIC || !f || !(f->has_ci || f->has_ref))
		return 0;
	widen(&lo, &hi, c->value);
	widen(&lo, &hi, c->low);
	widen(&lo, &hi, c->high);
	if (f->has_ci) {
		widen(&lo, &hi, f->ci_low);
		widen(&lo, &hi, f->ci_high);
	}
	if (f->has_ref)
		widen(&lo, &hi, cc_rep_ref_value(doc, i));
	if (!isfinite(lo) || !isfinite(hi))
		return 0;
	pad = (hi - lo) * 0.15;
	if (!(pad > 0))
		pad = fabs(hi) > 0 ? fabs(hi) * 0.1 : 1;
	sc->lo = lo - pad, sc->hi = hi + pad, sc->percent = 0;
	if (lo >= 0 && sc->lo < 0)
		sc->lo = 0;
	return isfinite(sc->lo) && isfinite(sc->hi) && sc->hi > sc->lo;
}

int cc_svg_has_interval(const cc_doc *doc, size_t i)
{
	scale sc;

	return chart_scale(&sc, doc, i);
}

static void tick(cc_sink *s, const scale *sc, const cc_claim *c, double v, double y, const char *anchor)
{
	cc_numbuf b;
	double x = sx(sc, v);

	cc_sink_printf(s, "<line class=\"tick\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>", x, y, x, y + 4);
	cc_sink_printf(s, "<text class=\"axis\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">", x, y + 14, anchor);
	if (sc->percent)
		cc_fmt_percent(&b, v, 0);
	else
		cc_rep_claim_number(&b, c, v);
	cc_esc_html(s, b.s, strlen(b.s));
	cc_sink_puts(s, "</text>");
}

void cc_svg_interval(cc_sink *s, const cc_doc *doc, size_t i)
{
	const cc_claim *c = &doc->claims[i];
	const cc_finding *f = cc_doc_finding(doc, i);
	scale sc;
	cc_numbuf a, b;
	double xl, xh, yw = 16, yc = 34, ya = 50;

	if (!chart_scale(&sc, doc, i))
		return;
	cc_sink_printf(s, "<svg class=\"interval\" role=\"img\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\">",
		       CH_W, CH_H, CH_W, CH_H);
	cc_sink_puts(s, "<title>");
	cc_sink_printf(s, "Claim %zu: %s", i + 1, cc_rep_claim_number(&a, c, c->value));
	if (f && f->has_ci)
		cc_sink_printf(s, "; confidence interval %s to %s", cc_rep_ci_bound(&a, c, f->ci_low),
			       cc_rep_ci_bound(&b, c, f->ci_high));
	cc_sink_puts(s, "</title>");
	/* axis */
	cc_sink_printf(s, "<line class=\"axis\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>", sc.x0, ya, sc.x1, ya);
	if (sc.percent) {
		tick(s, &sc, c, 0, ya, "middle");
		tick(s, &sc, c, 0.5, ya, "middle");
		tick(s, &sc, c, 1, ya, "middle");
		cc_sink_printf(s, "<line class=\"fifty\" x1=\"%.1f\" y1=\"4\" x2=\"%.1f\" y2=\"%.1f\"/>",
			       sx(&sc, 0.5), sx(&sc, 0.5), ya);
	} else {
		tick(s, &sc, c, sc.lo, ya, "start");
		tick(s, &sc, c, sc.hi, ya, "end");
	}
	/* the interval the wording allows, and the stated value */
	if (isfinite(c->low) && isfinite(c->high)) {
		xl = sx(&sc, c->low), xh = sx(&sc, c->high);
		if (xh - xl < 2)
			xl -= 1, xh += 1;
		cc_sink_printf(s, "<rect class=\"wording\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"8\"/>",
			       xl, yw - 4, xh - xl);
	}
	if (isfinite(c->value))
		cc_sink_printf(s, "<circle class=\"value\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\"/>", sx(&sc, c->value), yw);
	/* the confidence interval */
	if (f && f->has_ci && isfinite(f->ci_low) && isfinite(f->ci_high)) {
		xl = sx(&sc, f->ci_low), xh = sx(&sc, f->ci_high);
		cc_sink_printf(s, "<g class=\"ci\"><line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>"
			       "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>"
			       "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/></g>",
			       xl, yc, xh, yc, xl, yc - 5, xl, yc + 5, xh, yc - 5, xh, yc + 5);
	}
	/* the reference figure */
	if (f && f->has_ref && isfinite(cc_rep_ref_value(doc, i))) {
		double x = sx(&sc, cc_rep_ref_value(doc, i));

		cc_sink_printf(s, "<path class=\"ref\" d=\"M%.1f %.1f l5 6 l-5 6 l-5 -6 z\"/>", x, yc - 6);
	}
	cc_sink_puts(s, "</svg>");
}

/* Up to `max` code points of p, with an ellipsis when cut. */
static void label(cc_sink *s, const char *p, size_t max)
{
	size_t n = strlen(p), i = 0, k = 0, l;
	unsigned cp;

	while (i < n && k < max) {
		l = cc_utf8_next(p + i, n - i, &cp);
		i += l ? l : 1;
		k++;
	}
	cc_esc_html(s, p, i);
	if (i < n)
		cc_sink_puts(s, "\xE2\x80\xA6");
}

void cc_svg_forest(cc_sink *s, const cc_doc *doc, const char *idprefix)
{
	scale sc = { 0, 1, FP_X0, FP_X1, 1 };
	size_t i, rows = 0, r = 0;
	double h, y, x;
	static const double ticks[] = { 0, 0.25, 0.5, 0.75, 1 };
	cc_numbuf b;

	for (i = 0; i < doc->nclaims; i++)
		if (doc->claims[i].kind == CC_KIND_PROPORTION)
			rows++;
	if (!rows)
		return;
	h = FP_TOP + rows * FP_ROW + 24;
	cc_sink_printf(s, "<svg class=\"forest\" role=\"img\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\">"
		       "<title>Every proportion in the article with its confidence interval</title>",
		       FP_W, h, FP_W, h);
	cc_sink_puts(s, "<text class=\"legend\" x=\"10\" y=\"14\">bar: what the wording allows \xC2\xB7 "
		       "dot: the figure \xC2\xB7 whiskers: confidence interval \xC2\xB7 \xE2\x97\x86 reference</text>");
	for (i = 0; i < sizeof ticks / sizeof ticks[0]; i++) {
		x = sx(&sc, ticks[i]);
		cc_sink_printf(s, "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
			       ticks[i] == 0.5 ? "fifty" : "grid", x, FP_TOP - 6, x, h - 20);
		cc_sink_printf(s, "<text class=\"axis\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>",
			       x, h - 6, cc_fmt_percent(&b, ticks[i], 0));
	}
	for (i = 0; i < doc->nclaims; i++) {
		const cc_claim *c = &doc->claims[i];
		const cc_finding *f = cc_doc_finding(doc, i);
		double xl, xh;

		if (c->kind != CC_KIND_PROPORTION)
			continue;
		y = FP_TOP + r * FP_ROW + FP_ROW / 2;
		r++;
		cc_sink_printf(s, "<g class=\"row %s\" data-claim=\"%zu\">", sev_class(cc_rep_claim_worst(doc, i)), i + 1);
		cc_sink_printf(s, "<a href=\"#%sc%zu\"><text class=\"label\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">#%zu ",
			       idprefix, i + 1, FP_LABEL, y + 4, i + 1);
		label(s, c->text ? c->text : "", 30);
		cc_sink_puts(s, "</text></a>");
		if (isfinite(c->low) && isfinite(c->high)) {
			xl = sx(&sc, c->low), xh = sx(&sc, c->high);
			if (xh - xl < 2)
				xl -= 1, xh += 1;
			cc_sink_printf(s, "<rect class=\"wording\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"8\"/>",
				       xl, y - 4, xh - xl);
		}
		if (f && f->has_ci && isfinite(f->ci_low) && isfinite(f->ci_high)) {
			xl = sx(&sc, f->ci_low), xh = sx(&sc, f->ci_high);
			cc_sink_printf(s, "<g class=\"ci\"><line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>"
				       "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>"
				       "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/></g>",
				       xl, y, xh, y, xl, y - 5, xl, y + 5, xh, y - 5, xh, y + 5);
		}
		if (isfinite(c->value))
			cc_sink_printf(s, "<circle class=\"value\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\"/>", sx(&sc, c->value), y);
		if (f && f->has_ref && isfinite(cc_rep_ref_value(doc, i)))
			cc_sink_printf(s, "<path class=\"ref\" d=\"M%.1f %.1f l5 6 l-5 6 l-5 -6 z\"/>",
				       sx(&sc, cc_rep_ref_value(doc, i)), y - 6);
		cc_sink_puts(s, "</g>");
	}
	cc_sink_puts(s, "</svg>");
}
