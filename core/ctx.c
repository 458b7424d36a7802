/*
 * ctx.c -- cc_ctx: options, allocator hook, attached reference database,
 * last error. One context per thread. The database is opened by
 * pipeline/pipeline.c (cc_ctx_open_reference), which leaves its closing
 * function on the context: core knows nothing of reference/.
 */
#include "ctx.h"

#include <math.h>
#include <string.h>

#ifndef CC_DEFAULT_REF
#define CC_DEFAULT_REF "/usr/local/share/claimcheck/reference.db"
#endif

const char *cc_default_reference_path(void)
{
	return CC_DEFAULT_REF;
}

static int valid_date(int y, int m, int d)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (!y && !m && !d)
		return 1;
	return y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= mdays[m - 1];
}

static int check_options(cc_ctx *ctx, const cc_options *o)
{
	if (o->version != CC_OPTIONS_VERSION)
		return cc_error_set(ctx, CC_EINVAL, "options version %d is not supported", o->version);
	if (!(o->level > 0 && o->level < 1))
		return cc_error_set(ctx, CC_EINVAL, "confidence level must be between 0 and 1, not %g", o->level);
	if (!(o->alpha > 0 && o->alpha < 1))
		return cc_error_set(ctx, CC_EINVAL, "alpha must be between 0 and 1, not %g", o->alpha);
	if ((unsigned)o->method >= CC_CI_METHOD_COUNT)
		return cc_error_set(ctx, CC_EINVAL, "unknown interval method %d", (int)o->method);
	if (!valid_date(o->date_y, o->date_m, o->date_d))
		return cc_error_set(ctx, CC_EINVAL, "invalid date %04d-%02d-%02d", o->date_y, o->date_m, o->date_d);
	return CC_OK;
}

int cc_ctx_new(cc_ctx **out, const cc_allocator *alloc, const cc_options *opts)
{
	cc_ctx *ctx;
	cc_allocator a = { 0 };
	cc_options def = CC_OPTIONS_INIT;
	int rc;

	*out = NULL;
	if (alloc)
		a = *alloc;
	if (a.malloc_fn)
		ctx = a.malloc_fn(sizeof *ctx, a.payload);
	else
		ctx = cc_malloc(NULL, sizeof *ctx);
	if (!ctx)
		return CC_ENOMEM;
	memset(ctx, 0, sizeof *ctx);
	ctx->alloc = a;
	ctx->opts = def;
	if (opts) {
		rc = check_options(ctx, opts);
		if (rc) {
			cc_ctx_free(ctx);
			return rc;
		}
		ctx->opts = *opts;
	}
	*out = ctx;
	return CC_OK;
}

void cc_ctx_free(cc_ctx *ctx)
{
	if (!ctx)
		return;
	if (ctx->extract_scratch_free)
		ctx->extract_scratch_free(ctx->extract_scratch);
	if (ctx->xt_keep_free)
		ctx->xt_keep_free(ctx, ctx->xt_keep);
	if (ctx->ref)
		ctx->ref_close(ctx->ref);
	cc_free(ctx, ctx->ref_path);
	cc_free(ctx, ctx);
}

const cc_options *cc_ctx_options(const cc_ctx *ctx)
{
	return &ctx->opts;
}

int cc_ctx_set_options(cc_ctx *ctx, const cc_options *opts)
{
	int rc = check_options(ctx, opts);

	if (rc)
		return rc;
	ctx->opts = *opts;
	return CC_OK;
}
