/*
 * text.c -- the terminal report: a summary line per document, then each
 * claim with its sentence, the figure and the interval its wording allows,
 * the confidence interval, the reference figure and each flag.
 * Stage: reports. Colour only when opts.color (the CLI decides: a tty,
 * NO_COLOR, --color); lines wrapped at opts.width (80 when 0). Every byte
 * from the input goes through cc_esc_term, so an article cannot send
 * escape sequences to the terminal. Computes nothing.
 */
#include "reports.h"

#include <string.h>

#define INDENT 4

static const char *const sev_color[] = { "", "\x1b[36m", "\x1b[33m", "\x1b[1;31m" };

static void color(cc_walk_state *st, const char *code)
{
	if (st->opts.color)
		cc_sink_puts(st->sink, code);
}

static void reset(cc_walk_state *st)
{
	color(st, "\x1b[0m");
}

static int width(const cc_walk_state *st)
{
	int w = st->opts.width > 0 ? st->opts.width : 80;

	return w < 40 ? 40 : w;
}

/* Line numbers are counted forward from the previous claim's, so a long
 * article is scanned once, not once per claim. The count restarts at each
 * document (text_doc_begin): a new document may be allocated where the
 * last one was, so its address alone cannot tell them apart. */
typedef struct text_state {
	const cc_doc *doc;
	size_t off, line; /* line number of byte offset `off` */
} text_state;

static size_t line_of(cc_walk_state *st, const cc_doc *doc, size_t off)
{
	text_state *ts = st->user;
	size_t k;

	if (ts->doc != doc || off < ts->off) {
		ts->doc = doc;
		ts->off = 0;
		ts->line = 1;
	}
	if (off > doc->src_len)
		off = doc->src_len;
	for (k = ts->off; k < off; k++)
		if (doc->src[k] == '\n')
			ts->line++;
	ts->off = off;
	return ts->line;
}

static int text_begin(cc_walk_state *st)
{
	st->user = cc_calloc(st->ctx, 1, sizeof(text_state));
	return st->user ? CC_OK : cc_error_oom(st->ctx);
}

static void text_dispose(cc_walk_state *st)
{
	cc_free(st->ctx, st->user);
	st->user = NULL;
}

static int text_doc_begin(cc_walk_state *st, const cc_doc *doc)
{
	cc_sink *s = st->sink;
	size_t flagged, sev[4];
	cc_severity worst = cc_doc_worst(doc);

	((text_state *)st->user)->doc = NULL;
	if (st->ndocs > 1)
		cc_sink_write(s, "\n", 1);
	cc_rep_doc_counts(doc, &flagged, sev);
	color(st, "\x1b[1m");
	cc_esc_term(s, doc->name, strlen(doc->name));
	reset(st);
	cc_sink_printf(s, ": %zu claim%s", doc->nclaims, doc->nclaims == 1 ? "" : "s");
	if (st->opts.with_findings) {
		cc_sink_printf(s, ", %zu flagged", flagged);
		cc_sink_puts(s, ", worst: ");
		color(st, sev_color[worst]);
		cc_sink_puts(s, cc_severity_name(worst));
		reset(st);
		if (flagged)
			cc_sink_printf(s, " (%zu error, %zu warning, %zu info)", sev[CC_SEV_ERROR],
				       sev[CC_SEV_WARNING], sev[CC_SEV_INFO]);
	}
	cc_sink_write(s, "\n", 1);
	if (cc_rep_date_read_from(doc))
		cc_sink_printf(s, "dated %s, read from %s\n", cc_doc_date(doc), cc_rep_date_read_from(doc));
	return CC_OK;
}

static void figure_line(cc_walk_state *st, const cc_doc *doc, size_t i)
{
	cc_sink *s = st->sink;
	const cc_claim *c = &doc->claims[i];
	char range[2 * CC_NUMBUF + 8], fig[2 * CC_NUMBUF + 32];
	cc_numbuf v;
	cc_buf b;
	double base;
	long bc;
	size_t width = st->opts.width > 0 ? (size_t)st->opts.width : 80;

	/* composed first, then written through the terminal escaper, wrapped */
	cc_buf_init(&b, st->ctx);
	cc_buf_printf(&b, "figure: %s", cc_rep_figure(fig, sizeof fig, c));
	if (cc_rep_shown_unit(c)) {
		cc_buf_putc(&b, ' ');
		cc_buf_puts(&b, c->unit);
	}
	if (c->subject) {
		cc_buf_puts(&b, cc_rep_subject_joiner(c));
		cc_buf_puts(&b, c->subject);
	}
	if (c->hedge)
		cc_buf_printf(&b, " (hedge: %s)", c->hedge);
	cc_rep_claim_range(range, sizeof range, c);
	if (range[0])
		cc_buf_printf(&b, "; wording allows %s", range);
	if (c->kind != CC_KIND_SAMPLE_SIZE && (base = cc_rep_base(doc, i, &bc)) > 0) {
		cc_buf_printf(&b, "; sample n = %s", cc_fmt_count(&v, base));
		if (bc >= 0)
			cc_buf_printf(&b, " (claim #%ld)", bc + 1);
	}
	if (c->kind == CC_KIND_TEST_STATISTIC) {
		const cc_finding *f = cc_doc_finding(doc, i);

		if (st->opts.with_findings && f && f->has_test)
			cc_buf_printf(&b, "; recomputed p = %s", cc_fmt_plain(&v, f->p_computed));
	}
	cc_sink_printf(s, "%*s", INDENT, "");
	cc_rep_wrap(s, b.ptr, b.len, INDENT, INDENT + 2, width);
	cc_sink_write(s, "\n", 1);
	cc_buf_dispose(&b);
}

/* Why a proportion has no interval, wrapped like the figure line (the cue
 * is input text: composed first, then written through the escaper). */
static void no_ci_line(cc_walk_state *st, const cc_finding *f)
{
	cc_buf b;
	size_t width = st->opts.width > 0 ? (size_t)st->opts.width : 80;

	cc_buf_init(&b, st->ctx);
	cc_buf_printf(&b, "no interval: %s", f->no_ci);
	if (f->no_ci_cue)
		cc_buf_printf(&b, " (\"%s\")", f->no_ci_cue);
	cc_sink_printf(st->sink, "%*s", INDENT, "");
	cc_rep_wrap(st->sink, b.ptr, b.len, INDENT, INDENT + 2, width);
	cc_sink_write(st->sink, "\n", 1);
	cc_buf_dispose(&b);
}

static int text_claim_begin(cc_walk_state *st, const cc_doc *doc, size_t i)
{
	cc_sink *s = st->sink;
	const cc_claim *c = &doc->claims[i];
	const cc_finding *f = st->opts.with_findings ? cc_doc_finding(doc, i) : NULL;
	cc_severity w = cc_rep_claim_worst(doc, i);
	const char *p;
	size_t n;
	cc_numbuf a, b, lv;

	cc_sink_write(s, "\n", 1);
	color(st, "\x1b[1m");
	cc_sink_printf(s, "#%zu %s", i + 1, cc_kind_name(c->kind));
	reset(st);
	cc_sink_puts(s, " \"");
	cc_esc_term(s, c->text ? c->text : "", c->text ? strlen(c->text) : 0);
	cc_sink_printf(s, "\" (line %zu)", line_of(st, doc, c->start));
	if (f && w) {
		cc_sink_write(s, " ", 1);
		color(st, sev_color[w]);
		cc_sink_printf(s, "[%s]", cc_severity_name(w));
		reset(st);
	}
	cc_sink_write(s, "\n", 1);
	cc_rep_sentence(doc, i, &p, &n);
	cc_sink_printf(s, "%*s", INDENT, "");
	cc_rep_wrap(s, p, n, INDENT, INDENT, (size_t)width(st));
	cc_sink_write(s, "\n", 1);
	figure_line(st, doc, i);
	if (f && f->has_ci)
		cc_sink_printf(s, "%*s%s%% CI: %s %s to %s\n", INDENT, "", cc_fmt_level(&lv, f->ci_level),
			       cc_rep_method_label(f->ci_method), cc_rep_ci_bound(&a, c, f->ci_low),
			       cc_rep_ci_bound(&b, c, f->ci_high));
	if (f && f->has_moe)
		cc_sink_printf(s, "%*smargin of error: \xC2\xB1%s points\n", INDENT, "", cc_fmt_pts(&a, f->moe));
	if (f && f->has_wording)
		cc_sink_printf(s, "%*sover the range the wording allows, the interval runs from %s to %s\n", INDENT, "",
			       cc_rep_ci_bound(&a, c, f->wording_ci_low), cc_rep_ci_bound(&b, c, f->wording_ci_high));
	if (f && f->no_ci)
		no_ci_line(st, f);
	if (f && f->has_ref) {
		const char *vn = cc_rep_verdict_name(f->ref.verdict);

		cc_sink_printf(s, "%*sreference: %s", INDENT, "", cc_rep_claim_number(&a, c, cc_rep_ref_value(doc, i)));
		if (f->ref.indicator) {
			cc_sink_puts(s, ", ");
			cc_esc_term(s, f->ref.indicator, strlen(f->ref.indicator));
		}
		if (f->ref.period) {
			cc_sink_puts(s, ", ");
			cc_esc_term(s, f->ref.period, strlen(f->ref.period));
		}
		if (f->ref.source) {
			cc_sink_puts(s, " (");
			cc_esc_term(s, f->ref.source, strlen(f->ref.source));
			cc_sink_puts(s, ")");
		}
		if (vn)
			cc_sink_printf(s, ": %s", vn);
		cc_sink_write(s, "\n", 1);
	}
	return CC_OK;
}

static int text_flag(cc_walk_state *st, const cc_doc *doc, size_t i, const cc_flag *fl)
{
	cc_sink *s = st->sink;
	size_t col;
	const char *name = fl->name ? fl->name : "";

	(void)doc, (void)i;
	cc_sink_printf(s, "%*s", INDENT, "");
	color(st, sev_color[(unsigned)fl->severity <= CC_SEV_ERROR ? fl->severity : 0]);
	cc_sink_printf(s, "%s", cc_severity_name(fl->severity));
	reset(st);
	cc_sink_write(s, " ", 1);
	cc_esc_term(s, name, strlen(name));
	cc_sink_write(s, ":", 1);
	col = INDENT + strlen(cc_severity_name(fl->severity)) + 2 + cc_utf8_width(name, strlen(name));
	cc_sink_write(s, " ", 1);
	col++;
	cc_rep_wrap(s, fl->message ? fl->message : "", fl->message ? strlen(fl->message) : 0, col,
	     INDENT + 2, (size_t)width(st));
	cc_sink_write(s, "\n", 1);
	return CC_OK;
}

const cc_renderer cc_render_text = {
	.name = "text",
	.begin = text_begin,
	.doc_begin = text_doc_begin,
	.claim_begin = text_claim_begin,
	.flag = text_flag,
	.dispose = text_dispose,
};
