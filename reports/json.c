/*
 * json.c -- the `json` and `jsonl` renderers and the numeral line of
 * `extract --numerals`, exactly per shared/spec/claims-json.md
 * (claimcheck.claim/1 records; docs/claims.schema.json describes them).
 * Stage: reports. Field names are a public contract: add fields, never
 * rename or drop one. Numbers go through cc_fmt_json (NaN -> null), strings
 * through cc_esc_json. Computes nothing.
 *
 * Each record is written over the walk: claim_begin writes the claim's
 * fields and, with findings, opens "flags"; flag appends one flag;
 * claim_end closes the array and adds the test fields.
 */
#include "reports.h"

#include <math.h>
#include <string.h>

typedef struct json_state {
	size_t flags_in_claim;  /* flags written into the open "flags" array */
	size_t claims_in_doc;   /* records written into the open "claims" array */
} json_state;

static void put_key(cc_sink *s, const char *key)
{
	cc_sink_write(s, ",\"", 2);
	cc_sink_puts(s, key);
	cc_sink_write(s, "\":", 2);
}

static void put_num(cc_sink *s, const char *key, double v)
{
	cc_numbuf b;

	put_key(s, key);
	cc_sink_puts(s, cc_fmt_json(&b, v));
}

static void put_str(cc_sink *s, const char *key, const char *v)
{
	put_key(s, key);
	cc_esc_json_str(s, v);
}

static void put_bool(cc_sink *s, const char *key, int v)
{
	put_key(s, key);
	cc_sink_puts(s, v ? "true" : "false");
}

static void put_size(cc_sink *s, const char *key, size_t v)
{
	put_key(s, key);
	cc_sink_printf(s, "%zu", v);
}

/* statcheck's df conventions: t and r report one df as df2, chi2 and Q as
 * df1, z none, F both. The extractor's slot is accepted either way. */
static void put_test_fields(cc_sink *s, const cc_claim *c)
{
	const cc_apa *a = &c->apa;
	char cmp[2] = { a->test_comparison ? a->test_comparison : '=', 0 };
	double df1 = NAN, df2 = NAN;

	switch (a->test) {
	case CC_TEST_T:
	case CC_TEST_R:
		df2 = isfinite(a->df2) ? a->df2 : a->df1;
		break;
	case CC_TEST_CHI2:
	case CC_TEST_Q:
		df1 = isfinite(a->df1) ? a->df1 : a->df2;
		break;
	case CC_TEST_F:
		df1 = a->df1, df2 = a->df2;
		break;
	case CC_TEST_Z:
		break;
	}
	put_str(s, "test", cc_rep_test_name(a->test));
	put_num(s, "df1", df1);
	put_num(s, "df2", df2);
	put_num(s, "statistic", a->statistic);
	put_str(s, "test_comparison", cmp);
	if (a->p_comparison == 'n') {
		put_str(s, "p_comparison", "ns");
		put_num(s, "p_reported", NAN);
	} else {
		char pc[2] = { a->p_comparison ? a->p_comparison : '=', 0 };

		put_str(s, "p_comparison", pc);
		put_num(s, "p_reported", a->p_reported);
	}
	if (a->test == CC_TEST_Q)
		put_str(s, "q_type", a->q_type[0] ? a->q_type : "Q");
	put_str(s, "raw", c->text);
	put_bool(s, "one_tailed_in_text", (c->traits & CC_TRAIT_ONE_TAILED_TEXT) != 0);
}

static void put_reference(cc_sink *s, const cc_refmatch *r)
{
	cc_numbuf b;

	cc_sink_printf(s, "{\"id\":%lld,\"value\":%s", r->id, cc_fmt_json(&b, r->value));
	put_str(s, "source", r->source);
	put_str(s, "verdict", cc_rep_verdict_name(r->verdict) ? cc_rep_verdict_name(r->verdict) : "unknown");
	put_str(s, "indicator", r->indicator);
	put_str(s, "geography", r->geography);
	put_str(s, "period", r->period);
	put_str(s, "unit", r->unit);
	put_str(s, "url", r->url);
	put_str(s, "released", r->released);
	cc_sink_write(s, "}", 1);
}

/* Everything up to and including the opening of "flags". */
static void claim_head(cc_walk_state *st, const cc_doc *doc, size_t i)
{
	cc_sink *s = st->sink;
	const cc_claim *c = &doc->claims[i];
	const cc_finding *f = cc_doc_finding(doc, i);
	cc_numbuf b;

	cc_sink_puts(s, "{\"schema\":\"claimcheck.claim/1\"");
	put_str(s, "doc", doc->name);
	put_str(s, "date", cc_doc_date(doc));
	put_str(s, "date_source", cc_doc_date_source(doc));
	put_size(s, "id", i + 1);
	put_str(s, "kind", cc_kind_name(c->kind));
	put_str(s, "text", c->text ? c->text : "");
	put_size(s, "start", c->start);
	put_size(s, "end", c->end);
	put_num(s, "value", c->value);
	put_num(s, "low", c->low);
	put_num(s, "high", c->high);
	put_str(s, "hedge", c->hedge);
	put_str(s, "unit", c->unit);
	put_str(s, "subject", c->subject);
	put_key(s, "sample");
	if (c->sample_n > 0 && isfinite(c->sample_n)) {
		cc_sink_printf(s, "{\"n\":%s,\"claim\":", cc_fmt_json(&b, c->sample_n));
		if (c->sample_claim >= 0 && (size_t)c->sample_claim < doc->nclaims)
			cc_sink_printf(s, "%ld}", c->sample_claim + 1);
		else
			cc_sink_puts(s, "null}");
	} else {
		cc_sink_puts(s, "null");
	}
	if (c->kind == CC_KIND_TEST_STATISTIC)
		put_test_fields(s, c);
	if (c->kind == CC_KIND_MEAN) {
		put_num(s, "sd", c->sd);
		put_num(s, "n", c->sample_n > 0 ? c->sample_n : NAN);
	}
	put_num(s, "tolerance", c->tolerance);
	put_key(s, "sentence");
	cc_sink_printf(s, "[%zu,%zu]", c->sent_start, c->sent_end);
	cc_rep_frame(s, doc, i);
	if (!st->opts.with_findings)
		return;
	put_key(s, "ci");
	if (f && f->has_ci) {
		cc_sink_puts(s, "{\"method\":");
		cc_esc_json_str(s, cc_ci_method_name(f->ci_method));
		put_num(s, "level", f->ci_level);
		put_num(s, "low", f->ci_low);
		put_num(s, "high", f->ci_high);
		cc_sink_write(s, "}", 1);
	} else {
		cc_sink_puts(s, "null");
	}
	put_num(s, "moe", f && f->has_moe ? f->moe : NAN);
	/* the range the wording allows and the interval over it, beside the
	 * interval of the printed figure; why a proportion has neither */
	put_key(s, "ci_wording");
	if (f && f->has_wording) {
		cc_numbuf b;

		cc_sink_puts(s, "{\"low\":");
		cc_sink_puts(s, cc_fmt_json(&b, f->wording_low));
		put_num(s, "high", f->wording_high);
		put_num(s, "ci_low", f->wording_ci_low);
		put_num(s, "ci_high", f->wording_ci_high);
		cc_sink_write(s, "}", 1);
	} else {
		cc_sink_puts(s, "null");
	}
	put_str(s, "no_ci", f ? f->no_ci : NULL);
	put_str(s, "no_ci_cue", f ? f->no_ci_cue : NULL);
	put_key(s, "reference");
	if (f && f->has_ref)
		put_reference(s, &f->ref);
	else
		cc_sink_puts(s, "null");
	put_key(s, "flags");
	cc_sink_write(s, "[", 1);
}

static int json_flag(cc_walk_state *st, const cc_doc *doc, size_t i, const cc_flag *fl)
{
	json_state *js = st->user;
	cc_sink *s = st->sink;

	(void)doc, (void)i;
	if (js->flags_in_claim++)
		cc_sink_write(s, ",", 1);
	cc_sink_puts(s, "{\"code\":");
	cc_esc_json_str(s, fl->name ? fl->name : "");
	put_str(s, "severity", cc_severity_name(fl->severity));
	put_str(s, "message", fl->message ? fl->message : "");
	cc_sink_write(s, "}", 1);
	return CC_OK;
}

static void claim_tail(cc_walk_state *st, const cc_doc *doc, size_t i)
{
	cc_sink *s = st->sink;
	const cc_claim *c = &doc->claims[i];
	const cc_finding *f = cc_doc_finding(doc, i);

	if (st->opts.with_findings) {
		cc_sink_write(s, "]", 1);
		if (c->kind == CC_KIND_TEST_STATISTIC) {
			put_num(s, "p_computed", f && f->has_test ? f->p_computed : NAN);
			put_bool(s, "error", f && f->error);
			put_bool(s, "decision_error", f && f->decision_error);
			put_bool(s, "one_tailed", f && f->one_tailed);
		}
	}
	cc_sink_write(s, "}", 1);
}

static int json_begin_state(cc_walk_state *st)
{
	st->user = cc_calloc(st->ctx, 1, sizeof(json_state));
	return st->user ? CC_OK : cc_error_oom(st->ctx);
}

static void json_dispose(cc_walk_state *st)
{
	cc_free(st->ctx, st->user);
	st->user = NULL;
}

static int json_claim_begin(cc_walk_state *st, const cc_doc *doc, size_t i)
{
	json_state *js = st->user;

	if (st->format == CC_FORMAT_JSON && js->claims_in_doc)
		cc_sink_write(st->sink, ",\n", 2);
	js->flags_in_claim = 0;
	claim_head(st, doc, i);
	return CC_OK;
}

static int json_claim_end(cc_walk_state *st, const cc_doc *doc, size_t i)
{
	json_state *js = st->user;

	claim_tail(st, doc, i);
	if (st->format == CC_FORMAT_JSONL)
		cc_sink_write(st->sink, "\n", 1);
	js->claims_in_doc++;
	return CC_OK;
}

/* ---------------------------------------------------------------- json */

static int json_begin(cc_walk_state *st)
{
	int rc = json_begin_state(st);

	if (!rc)
		cc_sink_puts(st->sink, "{\"schema\":\"claimcheck.report/1\",\"documents\":[");
	return rc;
}

static int json_doc_begin(cc_walk_state *st, const cc_doc *doc)
{
	json_state *js = st->user;

	if (st->ndocs > 1)
		cc_sink_write(st->sink, ",", 1);
	cc_sink_puts(st->sink, "\n{\"doc\":");
	cc_esc_json_str(st->sink, doc->name);
	put_str(st->sink, "date", cc_doc_date(doc));
	put_str(st->sink, "date_source", cc_doc_date_source(doc));
	cc_sink_puts(st->sink, ",\"claims\":[\n");
	js->claims_in_doc = 0;
	return CC_OK;
}

static int json_doc_end(cc_walk_state *st, const cc_doc *doc)
{
	cc_sink *s = st->sink;
	size_t flagged, sev[4];

	cc_rep_doc_counts(doc, &flagged, sev);
	if (!st->opts.with_findings) {
		flagged = 0;
		memset(sev, 0, sizeof sev);
	}
	cc_sink_printf(s, "\n],\"summary\":{\"claims\":%zu,\"flagged\":%zu,\"worst\":\"%s\","
		       "\"flags\":{\"info\":%zu,\"warning\":%zu,\"error\":%zu}}}",
		       doc->nclaims, flagged,
		       cc_severity_name(st->opts.with_findings ? cc_doc_worst(doc) : CC_SEV_NONE),
		       sev[CC_SEV_INFO], sev[CC_SEV_WARNING], sev[CC_SEV_ERROR]);
	return CC_OK;
}

static int json_end(cc_walk_state *st)
{
	cc_sink_puts(st->sink, "\n]}\n");
	return CC_OK;
}

const cc_renderer cc_render_json = {
	.name = "json",
	.begin = json_begin,
	.doc_begin = json_doc_begin,
	.claim_begin = json_claim_begin,
	.flag = json_flag,
	.claim_end = json_claim_end,
	.doc_end = json_doc_end,
	.end = json_end,
	.dispose = json_dispose,
};

const cc_renderer cc_render_jsonl = {
	.name = "jsonl",
	.begin = json_begin_state,
	.claim_begin = json_claim_begin,
	.flag = json_flag,
	.claim_end = json_claim_end,
	.dispose = json_dispose,
};

/* ---------------------------------------------------------------- numerals */

int cc_numeral_write_json(cc_sink *s, const cc_numeral *num, const char *input, const char *docname)
{
	cc_numbuf b;

	cc_sink_puts(s, "{\"doc\":");
	cc_esc_json_str(s, docname ? docname : "-");
	put_key(s, "text");
	if (input && num->end >= num->start)
		cc_esc_json(s, input + num->start, num->end - num->start);
	else
		cc_sink_puts(s, "\"\"");
	put_size(s, "start", num->start);
	put_size(s, "end", num->end);
	put_str(s, "type", cc_numeral_type_name(num->type));
	cc_sink_printf(s, ",\"value\":%s", cc_fmt_json(&b, num->value));
	cc_sink_printf(s, ",\"low\":%s", cc_fmt_json(&b, num->low));
	cc_sink_printf(s, ",\"high\":%s", cc_fmt_json(&b, num->high));
	put_str(s, "unit", num->unit);
	cc_sink_write(s, "}\n", 2);
	return CC_OK;
}
