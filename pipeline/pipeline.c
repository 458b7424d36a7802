/*
 * pipeline.c -- the library's entry points that sit above the stages:
 * stage order (extract -> reference -> stats/checks), attaching the
 * reference database to a context, and the format table (name ->
 * renderer). The only library file that sees every stage's header (make
 * check-layout: core/ includes only core/, a stage only core/ and itself).
 * Computes nothing itself: it calls the stages in order.
 */
#include "../core/doc.h"
#include "../core/walk.h"
#include "../extract/extract.h"
#include "../extract/apa.h"
#include "../reference/reference.h"
#include "../stats/stats.h"
#include "../reports/reports.h"

#include <string.h>

int cc_extract(cc_doc **out, cc_ctx *ctx, const char *data, size_t len, const char *name)
{
	cc_doc *doc = NULL;
	int rc;

	*out = NULL;
	cc_error_clear(ctx);
	rc = cc_doc_new(&doc, ctx, data, len, name);
	if (rc)
		return rc;
	rc = cc_extract_doc(doc);
	if (rc) {
		cc_doc_free(doc);
		return rc;
	}
	*out = doc;
	return CC_OK;
}

int cc_check(cc_doc **out, cc_ctx *ctx, const char *data, size_t len, const char *name)
{
	cc_doc *doc = NULL;
	int rc;

	*out = NULL;
	rc = cc_extract(&doc, ctx, data, len, name);
	if (rc)
		return rc;
	rc = cc_doc_prepare_findings(doc);
	if (!rc && ctx->ref)
		rc = cc_reference_lookup(doc, ctx->ref);
	if (!rc)
		rc = cc_stats_findings(doc);
	if (!rc)
		rc = cc_checks_run(doc);
	if (rc) {
		cc_doc_free(doc);
		return rc;
	}
	*out = doc;
	return CC_OK;
}

int cc_test_results(cc_doc **out, cc_ctx *ctx, const char *data, size_t len, const char *name)
{
	cc_doc *doc = NULL;
	int rc;

	*out = NULL;
	cc_error_clear(ctx);
	rc = cc_doc_new(&doc, ctx, data, len, name);
	if (!rc)
		rc = cc_apa_extract(doc);
	if (!rc)
		rc = cc_doc_prepare_findings(doc);
	if (!rc)
		rc = cc_stats_findings(doc);
	if (rc) {
		cc_doc_free(doc);
		return rc;
	}
	*out = doc;
	return CC_OK;
}

int cc_numerals(cc_ctx *ctx, const char *data, size_t len, cc_numeral_cb cb, void *payload)
{
	return cc_extract_numerals(ctx, data, len, cb, payload);
}

static void close_reference(struct cc_refdb *db)
{
	cc_refdb_close(db);
}

int cc_ctx_open_reference(cc_ctx *ctx, const char *path)
{
	struct cc_refdb *db = NULL;
	int rc;

	rc = cc_refdb_open(&db, ctx, path, 0);
	if (rc)
		return rc;
	if (ctx->ref)
		ctx->ref_close(ctx->ref);
	ctx->ref = db;
	ctx->ref_close = close_reference;
	cc_free(ctx, ctx->ref_path);
	ctx->ref_path = cc_strdup(ctx, path);
	return CC_OK;
}

/* The format table: name -> renderer. */
static const struct {
	const char *name;
	cc_format format;
	const cc_renderer *renderer;
} formats[] = {
	{ "text", CC_FORMAT_TEXT, &cc_render_text },
	{ "md", CC_FORMAT_MD, &cc_render_md },
	{ "markdown", CC_FORMAT_MD, &cc_render_md },
	{ "json", CC_FORMAT_JSON, &cc_render_json },
	{ "jsonl", CC_FORMAT_JSONL, &cc_render_jsonl },
	{ "csv", CC_FORMAT_CSV, &cc_render_csv },
	{ "html", CC_FORMAT_HTML, &cc_render_html },
	{ "explain", CC_FORMAT_EXPLAIN, &cc_render_explain },
};

int cc_format_parse(cc_format *out, const char *name)
{
	size_t i;

	for (i = 0; i < sizeof formats / sizeof formats[0]; i++)
		if (!strcmp(formats[i].name, name)) {
			*out = formats[i].format;
			return CC_OK;
		}
	return CC_EINVAL;
}

static const cc_renderer *renderer_for(cc_format f)
{
	size_t i;

	for (i = 0; i < sizeof formats / sizeof formats[0]; i++)
		if (formats[i].format == f)
			return formats[i].renderer;
	return NULL;
}

struct cc_report {
	const cc_renderer *r;
	cc_walk_state st;
	int failed;
};

int cc_report_begin(cc_report **out, cc_ctx *ctx, cc_sink *sink, cc_format format,
		    const cc_render_options *opts)
{
	cc_report *rep;
	cc_render_options def = CC_RENDER_OPTIONS_INIT;
	const cc_renderer *r = renderer_for(format);
	int rc = CC_OK;

	*out = NULL;
	if (!r)
		return cc_error_set(ctx, CC_EINVAL, "unknown output format %d", (int)format);
	rep = cc_calloc(ctx, 1, sizeof *rep);
	if (!rep)
		return cc_error_oom(ctx);
	rep->r = r;
	rep->st.ctx = ctx;
	rep->st.sink = sink;
	rep->st.format = format;
	rep->st.opts = opts ? *opts : def;
	if (r->begin)
		rc = r->begin(&rep->st);
	if (rc) {
		if (r->dispose)
			r->dispose(&rep->st);
		cc_free(ctx, rep);
		return rc;
	}
	*out = rep;
	return CC_OK;
}

int cc_report_add(cc_report *rep, const cc_doc *doc)
{
	int rc;

	if (rep->failed)
		return rep->failed;
	rc = cc_walk_doc(rep->r, &rep->st, doc);
	if (rc)
		rep->failed = rc;
	return rc;
}

int cc_report_end(cc_report *rep)
{
	int rc = rep->failed;
	cc_ctx *ctx = rep->st.ctx;

	if (!rc && rep->r->end)
		rc = rep->r->end(&rep->st);
	if (rep->r->dispose)
		rep->r->dispose(&rep->st);
	cc_free(ctx, rep);
	return rc;
}
