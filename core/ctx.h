/*
 * ctx.h -- cc_ctx internals shared by the stages (core only).
 */
#ifndef CC_CORE_CTX_H
#define CC_CORE_CTX_H

#include "claimcheck.h"
#include "error.h"

struct cc_refdb; /* defined by reference/, opaque to everyone else */

struct cc_ctx {
	cc_allocator alloc;
	cc_options opts;
	cc_error_slot err;
	struct cc_refdb *ref;   /* attached reference database, or NULL */
	void (*ref_close)(struct cc_refdb *); /* closes ref (set with it by
						 pipeline/pipeline.c) */
	char *ref_path;
	/* What extract/ keeps from one document to the next (its phrase
	 * search object, extract/phrase.h: warm after the first documents),
	 * opaque here; released by cc_ctx_free through its own function. */
	void *extract_scratch;
	void (*extract_scratch_free)(void *scratch);
	/* The extract stage's token arrays of the last document, kept for
	 * the next (extract/scan.c: cc_xt_take, cc_xt_keep), opaque here;
	 * released by cc_ctx_free through xt_keep_free. */
	void *xt_keep;
	void (*xt_keep_free)(cc_ctx *ctx, void *keep);
};

#endif
