/*
 * html.c -- the `html` renderer: one self-contained page (inline CSS and
 * SVG, no script, no external anything; a Content-Security-Policy meta tag
 * forbids every load) that shows per document a summary panel, a forest
 * plot of the proportions, the article with every claim highlighted by
 * severity and linked to its card, and per claim a card with the sentence,
 * the figure, an interval chart, the flags in plain English and the source
 * of any reference figure. Print CSS lays it out for A4.
 * Stage: reports. Everything that comes from the input (article text,
 * names, messages, reference strings) goes through cc_esc_html; the
 * article is always shown as text, never as markup (for HTML input, the
 * plain text the extractor read). Computes nothing.
 */
#include "reports.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const sev_class[] = { "sev-none", "sev-info", "sev-warning", "sev-error" };

static const char *sevc(cc_severity s)
{
	return (unsigned)s <= CC_SEV_ERROR ? sev_class[s] : sev_class[0];
}

static const char head[] =
	"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
	"style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n"
	"<meta name=\"referrer\" content=\"no-referrer\">\n"
	"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	"<meta name=\"generator\" content=\"claimcheck " CC_VERSION_STRING "\">\n"
	"<title>claimcheck report</title>\n<style>\n"
	":root{--err:#b71c1c;--err-bg:#fdecea;--warn:#8a5300;--warn-bg:#fff1d6;--info:#0d47a1;"
	"--info-bg:#e3effc;--ok:#1b5e20;--ok-bg:#e6f4e7;--ink:#1a1a1a;--mute:#5f6368;--line:#d0d4d9}\n"
	"body{font:16px/1.5 Georgia,'Times New Roman',serif;color:var(--ink);max-width:60rem;margin:0 auto;padding:1rem 1.5rem}\n"
	"h1,h2,h3,h4,.summary,.card dl,.flags,svg text,.badge{font-family:system-ui,-apple-system,'Segoe UI',Arial,sans-serif}\n"
	"h1{font-size:1.4rem;margin:.5rem 0}h2{font-size:1.25rem;border-bottom:2px solid var(--ink);padding-bottom:.2rem;margin-top:2rem}\n"
	"h3{font-size:1.05rem;margin:1.5rem 0 .5rem}h4{font-size:1rem;margin:0 0 .4rem}\n"
	".summary{display:flex;flex-wrap:wrap;gap:.6rem;margin:.8rem 0}\n"
	".summary .stat{border:1px solid var(--line);border-radius:6px;padding:.4rem .8rem;min-width:6rem}\n"
	".summary .stat b{display:block;font-size:1.5rem;line-height:1.2}\n"
	".article{white-space:pre-wrap;overflow-wrap:anywhere;border-left:3px solid var(--line);padding:.2rem 1rem;margin:0}\n"
	"mark{border-radius:3px;padding:0 .1em;color:inherit}\n"
	"mark.sev-none{background:var(--ok-bg);box-shadow:inset 0 -2px var(--ok)}\n"
	"mark.sev-info{background:var(--info-bg);box-shadow:inset 0 -2px var(--info)}\n"
	"mark.sev-warning{background:var(--warn-bg);box-shadow:inset 0 -2px var(--warn)}\n"
	"mark.sev-error{background:var(--err-bg);box-shadow:inset 0 -2px var(--err)}\n"
	"sup.cref{font:600 .7em system-ui,Arial,sans-serif}sup.cref a{text-decoration:none}\n"
	".card{border:1px solid var(--line);border-left:6px solid var(--ok);border-radius:6px;padding:.8rem 1rem;margin:1rem 0;break-inside:avoid}\n"
	".card.sev-info{border-left-color:var(--info)}.card.sev-warning{border-left-color:var(--warn)}.card.sev-error{border-left-color:var(--err)}\n"
	".card:target{outline:3px solid #6a8fd8}\n"
	".card blockquote{margin:.3rem 0 .6rem;padding-left:.8rem;border-left:3px solid var(--line);color:#333}\n"
	".card dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.4rem 0;font-size:.92rem}\n"
	".card dt{color:var(--mute)}.card dd{margin:0}\n"
	".badge{font-size:.75rem;font-weight:600;border-radius:999px;padding:.05rem .5rem;vertical-align:middle}\n"
	".badge.sev-none{background:var(--ok-bg);color:var(--ok)}.badge.sev-info{background:var(--info-bg);color:var(--info)}\n"
	".badge.sev-warning{background:var(--warn-bg);color:var(--warn)}.badge.sev-error{background:var(--err-bg);color:var(--err)}\n"
	".flags{list-style:none;padding:0;margin:.4rem 0;font-size:.92rem}.flags li{margin:.3rem 0}\n"
	".flags code{font-size:.8rem;color:var(--mute)}\n"
	".back{font-size:.85rem}\n"
	"svg{max-width:100%;height:auto;display:block;margin:.4rem 0}\n"
	"svg text{font-size:11px;fill:#333}svg .label{font-size:12px}svg .legend{fill:var(--mute)}\n"
	"svg .axis,svg .tick{stroke:#888;stroke-width:1}svg text.axis{stroke:none;fill:#555}\n"
	"svg .grid{stroke:#e3e3e3;stroke-width:1}svg .fifty{stroke:#555;stroke-width:1;stroke-dasharray:3 3}\n"
	"svg .wording{fill:#9ab3d5;opacity:.75}svg .value{fill:#1a1a1a}\n"
	"svg .ci line{stroke:#1a1a1a;stroke-width:2}svg .ref{fill:#c2185b}\n"
	"svg .row.sev-warning .value{fill:var(--warn)}svg .row.sev-error .value{fill:var(--err)}\n"
	".legend-note{font:.8rem system-ui,Arial,sans-serif;color:var(--mute);margin:0}\n"
	"footer{margin-top:2rem;font-size:.8rem;color:var(--mute)}\n"
	"@media print{@page{size:A4;margin:15mm}body{max-width:none;padding:0;font-size:10.5pt}"
	"a{color:inherit;text-decoration:none}sup.cref,.back{display:none}.card{break-inside:avoid}"
	"h2{break-before:page}section.doc:first-of-type h2{break-before:auto}h3{break-after:avoid}"
	"mark{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n"
	"</style>\n</head>\n<body>\n<header><h1>claimcheck report</h1>\n"
	"<p class=\"legend-note\">Highlights: <mark class=\"sev-error\">error</mark> "
	"<mark class=\"sev-warning\">warning</mark> <mark class=\"sev-info\">note</mark> "
	"<mark class=\"sev-none\">no flag</mark>. Each highlighted figure links to its card.</p></header>\n";

static void esc(cc_sink *s, const char *str)
{
	if (str)
		cc_esc_html(s, str, strlen(str));
}

static int html_begin(cc_walk_state *st)
{
	cc_sink_puts(st->sink, head);
	return CC_OK;
}

static void stat_box(cc_sink *s, const char *cls, size_t n, const char *what)
{
	cc_sink_printf(s, "<div class=\"stat %s\"><b>%zu</b>%s</div>", cls, n, what);
}

/* One open highlight while writing the article. */
typedef struct open_mark {
	size_t end;   /* text offset where it closes */
	size_t claim; /* 0-based claim index */
} open_mark;

#define MAX_NEST 16 /* bound on nested highlights; deeper ones are clipped */

static void close_mark(cc_sink *s, const char *prefix, const open_mark *m)
{
	cc_sink_printf(s, "</mark><sup class=\"cref\"><a href=\"#%sc%zu\">%zu</a></sup>", prefix, m->claim + 1,
		       m->claim + 1);
}

struct span_order {
	size_t start, end, idx;
};

/* Document order, and of two spans starting together the longer first so
 * that it can contain the shorter. */
static int cmp_span(const void *x, const void *y)
{
	const struct span_order *a = x, *b = y;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->end != b->end)
		return a->end > b->end ? -1 : 1;
	return a->idx < b->idx ? -1 : (a->idx > b->idx);
}

/* Write text up to `to` and close the innermost open mark. */
static void pop_mark(cc_sink *s, const cc_doc *doc, const char *prefix, open_mark *stack, size_t *depth,
		     size_t *pos)
{
	open_mark *m = &stack[*depth - 1];

	if (m->end > *pos) {
		cc_esc_html(s, doc->text + *pos, m->end - *pos);
		*pos = m->end;
	}
	close_mark(s, prefix, m);
	(*depth)--;
}

/*
 * The article as text with each claim in a <mark>. A claim that starts
 * inside another is nested in it, clipped to its parent's end, so the
 * markup is always well formed and every claim has its mark.
 */
static int article(cc_walk_state *st, const cc_doc *doc, const char *prefix)
{
	cc_sink *s = st->sink;
	open_mark stack[MAX_NEST];
	size_t depth = 0, pos = 0, k;
	struct span_order *ord = NULL;

	if (doc->nclaims) {
		ord = cc_malloc(st->ctx, doc->nclaims * sizeof *ord);
		if (!ord)
			return cc_error_oom(st->ctx);
		for (k = 0; k < doc->nclaims; k++) {
			ord[k].start = cc_doc_text_offset(doc, doc->claims[k].start);
			ord[k].end = cc_doc_text_offset(doc, doc->claims[k].end);
			if (ord[k].end < ord[k].start)
				ord[k].end = ord[k].start;
			ord[k].idx = k;
		}
		qsort(ord, doc->nclaims, sizeof *ord, cmp_span);
	}
	cc_sink_printf(s, "<h3>The article</h3>\n<div class=\"article\" id=\"%sarticle\">", prefix);
	for (k = 0; k < doc->nclaims; k++) {
		size_t a = ord[k].start, b = ord[k].end, i = ord[k].idx;

		/* close highlights that end before this one starts */
		while (depth && stack[depth - 1].end <= a)
			pop_mark(s, doc, prefix, stack, &depth, &pos);
		if (depth == MAX_NEST)
			while (depth)
				pop_mark(s, doc, prefix, stack, &depth, &pos);
		if (a < pos)
			a = pos;
		if (depth && b > stack[depth - 1].end)
			b = stack[depth - 1].end;
		if (b < a)
			b = a;
		if (a > pos) {
			cc_esc_html(s, doc->text + pos, a - pos);
			pos = a;
		}
		cc_sink_printf(s, "<mark id=\"%sm%zu\" class=\"claim %s\" data-claim=\"%zu\" title=\"claim %zu: %s\">",
			       prefix, i + 1, sevc(st->opts.with_findings ? cc_rep_claim_worst(doc, i) : CC_SEV_NONE),
			       i + 1, i + 1, cc_kind_name(doc->claims[i].kind));
		stack[depth].end = b;
		stack[depth].claim = i;
		depth++;
	}
	while (depth)
		pop_mark(s, doc, prefix, stack, &depth, &pos);
	if (pos < doc->text_len)
		cc_esc_html(s, doc->text + pos, doc->text_len - pos);
	cc_sink_puts(s, "</div>\n");
	cc_free(st->ctx, ord);
	return CC_OK;
}

static int html_doc_begin(cc_walk_state *st, const cc_doc *doc)
{
	cc_sink *s = st->sink;
	size_t flagged, sev[4];
	char prefix[32];
	cc_severity worst = cc_doc_worst(doc);

	snprintf(prefix, sizeof prefix, "d%zu-", st->ndocs);
	cc_rep_doc_counts(doc, &flagged, sev);
	cc_sink_printf(s, "<section class=\"doc\" id=\"d%zu\">\n<h2>", st->ndocs);
	esc(s, doc->name);
	cc_sink_puts(s, "</h2>\n");
	cc_sink_printf(s, "<div class=\"summary\" id=\"%ssummary\">", prefix);
	stat_box(s, "claims", doc->nclaims, doc->nclaims == 1 ? "claim" : "claims");
	if (st->opts.with_findings) {
		stat_box(s, "flagged", flagged, "flagged");
		stat_box(s, "sev-error", sev[CC_SEV_ERROR], sev[CC_SEV_ERROR] == 1 ? "error" : "errors");
		stat_box(s, "sev-warning", sev[CC_SEV_WARNING], sev[CC_SEV_WARNING] == 1 ? "warning" : "warnings");
		stat_box(s, "sev-info", sev[CC_SEV_INFO], sev[CC_SEV_INFO] == 1 ? "note" : "notes");
		cc_sink_printf(s, "<div class=\"stat worst\"><b><span class=\"badge %s\">%s</span></b>worst</div>",
			       sevc(worst), cc_severity_name(worst));
	}
	cc_sink_puts(s, "</div>\n");
	if (cc_rep_date_read_from(doc))
		cc_sink_printf(s, "<p class=\"docdate\">Dated %s, read from %s.</p>\n", cc_doc_date(doc),
			       cc_rep_date_read_from(doc));
	if (doc->nclaims) {
		size_t i, nprop = 0;

		for (i = 0; i < doc->nclaims; i++)
			nprop += doc->claims[i].kind == CC_KIND_PROPORTION;
		if (nprop) {
			cc_sink_puts(s, "<h3>Proportions and their intervals</h3>\n");
			cc_svg_forest(s, doc, prefix);
			cc_sink_write(s, "\n", 1);
		}
	}
	if (article(st, doc, prefix))
		return CC_ENOMEM;
	if (doc->nclaims)
		cc_sink_puts(s, "<h3>The figures</h3>\n");
	return CC_OK;
}

static void dd_reference(cc_sink *s, const cc_claim *c, const cc_refmatch *r, double value)
{
	cc_numbuf v;
	const char *vn = cc_rep_verdict_name(r->verdict);

	cc_sink_puts(s, "<dt>Reference</dt><dd>");
	cc_sink_puts(s, cc_rep_claim_number(&v, c, value));
	if (r->indicator) {
		cc_sink_puts(s, ", ");
		esc(s, r->indicator);
	}
	if (r->geography) {
		cc_sink_puts(s, ", ");
		esc(s, r->geography);
	}
	if (r->period) {
		cc_sink_puts(s, ", ");
		esc(s, r->period);
	}
	if (vn)
		cc_sink_printf(s, " \xE2\x80\x94 <span class=\"verdict\">%s</span>", vn);
	cc_sink_puts(s, "</dd>");
	if (r->source || r->url) {
		cc_sink_puts(s, "<dt>Source</dt><dd>");
		esc(s, r->source);
		/* only web addresses become links: never javascript: or data: */
		if (r->url && (!strncasecmp(r->url, "https://", 8) || !strncasecmp(r->url, "http://", 7))) {
			cc_sink_puts(s, " <a rel=\"noopener noreferrer\" href=\"");
			esc(s, r->url);
			cc_sink_puts(s, "\">");
			esc(s, r->url);
			cc_sink_puts(s, "</a>");
		} else if (r->url) {
			cc_sink_puts(s, " ");
			esc(s, r->url);
		}
		if (r->released) {
			cc_sink_puts(s, ", released ");
			esc(s, r->released);
		}
		cc_sink_puts(s, "</dd>");
	}
}

static int html_claim_begin(cc_walk_state *st, const cc_doc *doc, size_t i)
{
	cc_sink *s = st->sink;
	const cc_claim *c = &doc->claims[i];
	const cc_finding *f = st->opts.with_findings ? cc_doc_finding(doc, i) : NULL;
	cc_severity w = f ? cc_rep_claim_worst(doc, i) : CC_SEV_NONE;
	const char *p;
	size_t n;
	char prefix[32], range[2 * CC_NUMBUF + 8];
	cc_numbuf v, a, b;
	double base;
	long bc;
	char fig[2 * CC_NUMBUF + 32];

	snprintf(prefix, sizeof prefix, "d%zu-", st->ndocs);
	cc_sink_printf(s, "<article class=\"card %s\" id=\"%sc%zu\" data-claim=\"%zu\" data-kind=\"%s\">\n",
		       sevc(w), prefix, i + 1, i + 1, cc_kind_name(c->kind));
	cc_sink_printf(s, "<h4>#%zu %s: \xE2\x80\x9C", i + 1, cc_kind_name(c->kind));
	esc(s, c->text);
	cc_sink_printf(s, "\xE2\x80\x9D <span class=\"badge %s\">%s</span></h4>\n", sevc(w),
		       w ? cc_severity_name(w) : (f ? "no flag" : "claim"));
	cc_rep_sentence(doc, i, &p, &n);
	cc_sink_puts(s, "<blockquote>");
	cc_esc_html(s, p, n);
	cc_sink_puts(s, "</blockquote>\n<dl>");
	cc_sink_puts(s, "<dt>Figure</dt><dd>");
	esc(s, cc_rep_figure(fig, sizeof fig, c));
	if (cc_rep_shown_unit(c)) {
		cc_sink_puts(s, " ");
		esc(s, c->unit);
	}
	if (c->subject) {
		cc_sink_puts(s, cc_rep_subject_joiner(c));
		esc(s, c->subject);
	}
	cc_sink_puts(s, "</dd>");
	if (c->hedge) {
		cc_sink_puts(s, "<dt>Hedge</dt><dd>");
		esc(s, c->hedge);
		cc_sink_puts(s, "</dd>");
	}
	if (cc_rep_claim_range(range, sizeof range, c)[0])
		cc_sink_printf(s, "<dt>Wording allows</dt><dd>%s</dd>", range);
	if (c->kind != CC_KIND_SAMPLE_SIZE && (base = cc_rep_base(doc, i, &bc)) > 0) {
		cc_sink_printf(s, "<dt>Sample</dt><dd>n = %s", cc_fmt_count(&v, base));
		if (bc >= 0)
			cc_sink_printf(s, " (<a href=\"#%sc%ld\">claim #%ld</a>)", prefix, bc + 1, bc + 1);
		cc_sink_puts(s, "</dd>");
	}
	if (f && f->has_ci)
		cc_sink_printf(s, "<dt>%s%% confidence interval</dt><dd>%s to %s (%s)</dd>", cc_fmt_level(&v, f->ci_level),
			       cc_rep_ci_bound(&a, c, f->ci_low), cc_rep_ci_bound(&b, c, f->ci_high),
			       cc_rep_method_label(f->ci_method));
	if (f && f->has_moe)
		cc_sink_printf(s, "<dt>Margin of error</dt><dd>\xC2\xB1%s points</dd>", cc_fmt_pts(&v, f->moe));
	if (f && f->has_wording)
		cc_sink_printf(s, "<dt>Over the wording's range</dt><dd>%s to %s</dd>",
			       cc_rep_ci_bound(&a, c, f->wording_ci_low), cc_rep_ci_bound(&b, c, f->wording_ci_high));
	if (f && f->no_ci) {
		cc_sink_puts(s, "<dt>No interval</dt><dd>");
		esc(s, f->no_ci);
		if (f->no_ci_cue) {
			cc_sink_puts(s, " (&ldquo;");
			esc(s, f->no_ci_cue);
			cc_sink_puts(s, "&rdquo;)");
		}
		cc_sink_puts(s, "</dd>");
	}
	if (f && f->has_test)
		cc_sink_printf(s, "<dt>Recomputed p</dt><dd>%s%s</dd>", cc_fmt_plain(&v, f->p_computed),
			       f->one_tailed ? " (one-tailed)" : "");
	if (f && f->has_ref)
		dd_reference(s, c, &f->ref, cc_rep_ref_value(doc, i));
	cc_sink_puts(s, "</dl>\n");
	if (cc_svg_has_interval(doc, i)) {
		cc_svg_interval(s, doc, i);
		cc_sink_puts(s, "<p class=\"legend-note\">Bar: what the wording allows; dot: the figure");
		if (f && f->has_ci)
			cc_sink_puts(s, "; whiskers: the confidence interval");
		if (c->kind == CC_KIND_PROPORTION)
			cc_sink_puts(s, "; dashed line: 50%");
		if (f && f->has_ref)
			cc_sink_puts(s, "; \xE2\x97\x86 the reference figure");
		cc_sink_puts(s, ".</p>\n");
	}
	if (f && f->nflags)
		cc_sink_puts(s, "<ul class=\"flags\">\n");
	return CC_OK;
}

static int html_flag(cc_walk_state *st, const cc_doc *doc, size_t i, const cc_flag *fl)
{
	cc_sink *s = st->sink;

	(void)doc, (void)i;
	cc_sink_printf(s, "<li class=\"%s\"><span class=\"badge %s\">%s</span> ", sevc(fl->severity),
		       sevc(fl->severity), cc_severity_name(fl->severity));
	esc(s, fl->message);
	cc_sink_puts(s, " <code>");
	esc(s, fl->name);
	cc_sink_puts(s, "</code></li>\n");
	return CC_OK;
}

static int html_claim_end(cc_walk_state *st, const cc_doc *doc, size_t i)
{
	cc_sink *s = st->sink;
	const cc_finding *f = st->opts.with_findings ? cc_doc_finding(doc, i) : NULL;

	if (f && f->nflags)
		cc_sink_puts(s, "</ul>\n");
	cc_sink_printf(s, "<p class=\"back\"><a href=\"#d%zu-m%zu\">\xE2\x86\x91 in the article</a></p>\n</article>\n",
		       st->ndocs, i + 1);
	return CC_OK;
}

static int html_doc_end(cc_walk_state *st, const cc_doc *doc)
{
	(void)doc;
	cc_sink_puts(st->sink, "</section>\n");
	return CC_OK;
}

static int html_end(cc_walk_state *st)
{
	cc_sink_puts(st->sink, "<footer>Made by claimcheck " CC_VERSION_STRING
			       ". Intervals are computed from the figures as printed; a flag is a "
			       "question for the editor, not a verdict.</footer>\n</body>\n</html>\n");
	return CC_OK;
}

const cc_renderer cc_render_html = {
	.name = "html",
	.begin = html_begin,
	.doc_begin = html_doc_begin,
	.claim_begin = html_claim_begin,
	.flag = html_flag,
	.claim_end = html_claim_end,
	.doc_end = html_doc_end,
	.end = html_end,
};
