/*
 * csv.c -- the `csv` renderer: one row per claim under a stable header
 * (RFC 4180, CRLF line ends), flags joined by ';'. Stage: reports.
 * Columns are a contract for spreadsheets and batch tools: append new ones
 * at the end, never reorder. Numbers are JSON-precision (cc_fmt_json, empty
 * for none) so a spreadsheet reads the exact values. Computes nothing.
 */
#include "reports.h"

#include <math.h>
#include <string.h>

static const char header[] =
	"doc,id,kind,text,start,end,value,low,high,hedge,unit,subject,sample_n,sample_claim,"
	"ci_method,ci_level,ci_low,ci_high,moe,reference_value,reference_source,verdict,"
	"flags,worst_severity\r\n";

typedef struct csv_state {
	cc_buf flags; /* codes of the current claim's flags, ';'-joined */
	cc_severity worst;
} csv_state;

static void field(cc_sink *s, const char *v)
{
	cc_sink_write(s, ",", 1);
	if (v)
		cc_esc_csv(s, v, strlen(v));
}

static void num(cc_sink *s, double v)
{
	cc_numbuf b;

	cc_sink_write(s, ",", 1);
	if (isfinite(v))
		cc_sink_puts(s, cc_fmt_json(&b, v));
}

static int csv_begin(cc_walk_state *st)
{
	csv_state *cs = cc_calloc(st->ctx, 1, sizeof *cs);

	if (!cs)
		return cc_error_oom(st->ctx);
	cc_buf_init(&cs->flags, st->ctx);
	st->user = cs;
	cc_sink_puts(st->sink, header);
	return CC_OK;
}

static int csv_claim_begin(cc_walk_state *st, const cc_doc *doc, size_t i)
{
	csv_state *cs = st->user;

	(void)doc, (void)i;
	cc_buf_clear(&cs->flags);
	cs->worst = CC_SEV_NONE;
	return CC_OK;
}

static int csv_flag(cc_walk_state *st, const cc_doc *doc, size_t i, const cc_flag *fl)
{
	csv_state *cs = st->user;

	(void)doc, (void)i;
	if (cs->flags.len)
		cc_buf_putc(&cs->flags, ';');
	cc_buf_puts(&cs->flags, fl->name ? fl->name : "");
	if (fl->severity > cs->worst)
		cs->worst = fl->severity;
	return cc_buf_oom(&cs->flags) ? cc_error_oom(st->ctx) : CC_OK;
}

static int csv_claim_end(cc_walk_state *st, const cc_doc *doc, size_t i)
{
	csv_state *cs = st->user;
	cc_sink *s = st->sink;
	const cc_claim *c = &doc->claims[i];
	const cc_finding *f = st->opts.with_findings ? cc_doc_finding(doc, i) : NULL;
	const char *verdict = NULL;

	cc_esc_csv(s, doc->name, strlen(doc->name));
	cc_sink_printf(s, ",%zu", i + 1);
	field(s, cc_kind_name(c->kind));
	field(s, c->text);
	cc_sink_printf(s, ",%zu,%zu", c->start, c->end);
	num(s, c->value);
	num(s, c->low);
	num(s, c->high);
	field(s, c->hedge);
	field(s, c->unit);
	field(s, c->subject);
	num(s, c->sample_n > 0 ? c->sample_n : NAN);
	if (c->sample_claim >= 0 && (size_t)c->sample_claim < doc->nclaims)
		cc_sink_printf(s, ",%ld", c->sample_claim + 1);
	else
		cc_sink_write(s, ",", 1);
	field(s, f && f->has_ci ? cc_ci_method_name(f->ci_method) : NULL);
	num(s, f && f->has_ci ? f->ci_level : NAN);
	num(s, f && f->has_ci ? f->ci_low : NAN);
	num(s, f && f->has_ci ? f->ci_high : NAN);
	num(s, f && f->has_moe ? f->moe : NAN);
	num(s, f && f->has_ref ? f->ref.value : NAN);
	field(s, f && f->has_ref ? f->ref.source : NULL);
	if (f && f->has_ref)
		verdict = cc_rep_verdict_name(f->ref.verdict);
	field(s, verdict);
	field(s, cs->flags.ptr);
	field(s, cs->worst ? cc_severity_name(cs->worst) : (f ? "none" : NULL));
	cc_sink_write(s, "\r\n", 2);
	return CC_OK;
}

static void csv_dispose(cc_walk_state *st)
{
	csv_state *cs = st->user;

	if (cs) {
		cc_buf_dispose(&cs->flags);
		cc_free(st->ctx, cs);
	}
	st->user = NULL;
}

const cc_renderer cc_render_csv = {
	.name = "csv",
	.begin = csv_begin,
	.claim_begin = csv_claim_begin,
	.flag = csv_flag,
	.claim_end = csv_claim_end,
	.dispose = csv_dispose,
};
