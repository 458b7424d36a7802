/*
 * md.c -- the Markdown report: per document a heading, a summary line, a
 * table of claims (GitHub/CommonMark pipe table) and a list of the flags,
 * so it pastes cleanly into a CMS or an issue tracker.
 * Stage: reports. All input-derived text goes through cc_esc_md (no raw
 * HTML, no pipes breaking the table, no links). Computes nothing.
 */
#include "reports.h"

#include <string.h>

typedef struct md_state {
	cc_buf flags;   /* the flag list of the current document, rendered */
	size_t nflags;
} md_state;

static void esc(cc_sink *s, const char *str)
{
	if (str)
		cc_esc_md(s, str, strlen(str));
}

/* cc_esc_md into a buffer-backed sink is not available; the flag list is
 * written through a small callback sink into cc_buf. */
static int buf_write(const char *data, size_t len, void *payload)
{
	cc_buf *b = payload;

	cc_buf_put(b, data, len);
	return cc_buf_oom(b) ? -1 : 0;
}

static int md_begin(cc_walk_state *st)
{
	md_state *ms = cc_calloc(st->ctx, 1, sizeof *ms);

	if (!ms)
		return cc_error_oom(st->ctx);
	cc_buf_init(&ms->flags, st->ctx);
	st->user = ms;
	return CC_OK;
}

static void md_dispose(cc_walk_state *st)
{
	md_state *ms = st->user;

	if (ms) {
		cc_buf_dispose(&ms->flags);
		cc_free(st->ctx, ms);
	}
	st->user = NULL;
}

static int md_doc_begin(cc_walk_state *st, const cc_doc *doc)
{
	cc_sink *s = st->sink;
	md_state *ms = st->user;
	size_t flagged, sev[4];

	cc_buf_clear(&ms->flags);
	ms->nflags = 0;
	cc_rep_doc_counts(doc, &flagged, sev);
	if (st->ndocs > 1)
		cc_sink_write(s, "\n", 1);
	cc_sink_puts(s, "## claimcheck: ");
	esc(s, doc->name);
	cc_sink_printf(s, "\n\n**%zu claim%s", doc->nclaims, doc->nclaims == 1 ? "" : "s");
	if (st->opts.with_findings)
		cc_sink_printf(s, ", %zu flagged, worst severity: %s", flagged,
			       cc_severity_name(cc_doc_worst(doc)));
	cc_sink_puts(s, "**\n\n");
	if (cc_rep_date_read_from(doc))
		cc_sink_printf(s, "Dated %s, read from %s.\n\n", cc_doc_date(doc), cc_rep_date_read_from(doc));
	if (!doc->nclaims)
		return CC_OK;
	if (st->opts.with_findings)
		cc_sink_puts(s, "| # | Kind | As written | Figure | Wording allows | Sample | Confidence interval | Reference | Flags |\n"
				"|---:|---|---|---|---|---|---|---|---|\n");
	else
		cc_sink_puts(s, "| # | Kind | As written | Figure | Wording allows | Sample |\n"
				"|---:|---|---|---|---|---|\n");
	return CC_OK;
}

static int md_claim_end(cc_walk_state *st, const cc_doc *doc, size_t i)
{
	cc_sink *s = st->sink;
	const cc_claim *c = &doc->claims[i];
	const cc_finding *f = st->opts.with_findings ? cc_doc_finding(doc, i) : NULL;
	char range[2 * CC_NUMBUF + 8], fig[2 * CC_NUMBUF + 32];
	cc_numbuf v, a, b;
	size_t k;
	double base;
	long bc;

	cc_sink_printf(s, "| %zu | %s | ", i + 1, cc_kind_name(c->kind));
	esc(s, c->text);
	cc_sink_puts(s, " | ");
	esc(s, cc_rep_figure(fig, sizeof fig, c));
	if (cc_rep_shown_unit(c)) {
		cc_sink_write(s, " ", 1);
		esc(s, c->unit);
	}
	if (c->subject) {
		cc_sink_puts(s, cc_rep_subject_joiner(c));
		esc(s, c->subject);
	}
	cc_sink_printf(s, " | %s | ", cc_rep_claim_range(range, sizeof range, c));
	if (c->kind != CC_KIND_SAMPLE_SIZE && (base = cc_rep_base(doc, i, &bc)) > 0) {
		cc_sink_printf(s, "n = %s", cc_fmt_count(&v, base));
		if (bc >= 0)
			cc_sink_printf(s, " (#%ld)", bc + 1);
	}
	if (!st->opts.with_findings) {
		cc_sink_puts(s, " |\n");
		return CC_OK;
	}
	cc_sink_puts(s, " | ");
	if (f && f->has_ci)
		cc_sink_printf(s, "%s to %s (%s, %s%%)", cc_rep_ci_bound(&a, c, f->ci_low),
			       cc_rep_ci_bound(&b, c, f->ci_high), cc_rep_method_label(f->ci_method),
			       cc_fmt_level(&v, f->ci_level));
	else if (f && f->has_test)
		cc_sink_printf(s, "recomputed p = %s", cc_fmt_plain(&v, f->p_computed));
	else if (f && f->no_ci) {
		cc_sink_puts(s, "none: ");
		esc(s, f->no_ci);
	}
	if (f && f->has_wording)
		cc_sink_printf(s, "; over the wording's range %s to %s", cc_rep_ci_bound(&a, c, f->wording_ci_low),
			       cc_rep_ci_bound(&b, c, f->wording_ci_high));
	cc_sink_puts(s, " | ");
	if (f && f->has_ref) {
		const char *vn = cc_rep_verdict_name(f->ref.verdict);

		cc_sink_puts(s, cc_rep_claim_number(&v, c, cc_rep_ref_value(doc, i)));
		if (f->ref.source) {
			cc_sink_puts(s, " (");
			esc(s, f->ref.source);
			cc_sink_puts(s, ")");
		}
		if (vn)
			cc_sink_printf(s, ", %s", vn);
	}
	cc_sink_puts(s, " | ");
	for (k = 0; f && k < f->nflags; k++) {
		if (k)
			cc_sink_puts(s, ", ");
		cc_sink_printf(s, "**%s** ", cc_severity_name(f->flags[k].severity));
		esc(s, f->flags[k].name);
	}
	cc_sink_puts(s, " |\n");
	return CC_OK;
}

/* The flag list is gathered during the walk and printed after the table. */
static int md_flag(cc_walk_state *st, const cc_doc *doc, size_t i, const cc_flag *fl)
{
	md_state *ms = st->user;
	cc_sink *bs = NULL;
	int rc = cc_sink_new(&bs, st->ctx, buf_write, &ms->flags);

	if (rc)
		return rc;
	cc_sink_printf(bs, "- **#%zu ", i + 1);
	cc_sink_puts(bs, "\xE2\x80\x9C"); /* opening quote */
	esc(bs, doc->claims[i].text);
	cc_sink_printf(bs, "\xE2\x80\x9D** \xE2\x80\x94 %s ", cc_severity_name(fl->severity));
	esc(bs, fl->name);
	cc_sink_puts(bs, ": ");
	esc(bs, fl->message);
	cc_sink_puts(bs, "\n");
	ms->nflags++;
	rc = cc_sink_close(bs);
	return rc ? cc_error_oom(st->ctx) : CC_OK;
}

static int md_doc_end(cc_walk_state *st, const cc_doc *doc)
{
	md_state *ms = st->user;
	cc_sink *s = st->sink;

	(void)doc;
	if (!st->opts.with_findings)
		return CC_OK;
	if (ms->nflags) {
		cc_sink_puts(s, "\n### Flags\n\n");
		cc_sink_write(s, ms->flags.ptr, ms->flags.len);
	} else if (doc->nclaims) {
		cc_sink_puts(s, "\nNo flags.\n");
	}
	return CC_OK;
}

const cc_renderer cc_render_md = {
	.name = "md",
	.begin = md_begin,
	.doc_begin = md_doc_begin,
	.flag = md_flag,
	.claim_end = md_claim_end,
	.doc_end = md_doc_end,
	.dispose = md_dispose,
};
