/*
 * walk.h -- cc_renderer: the callbacks one walk over the findings calls,
 * in a fixed order:
 *
 *   begin
 *     doc_begin            (per document)
 *       claim_begin        (per claim, document order)
 *         flag             (per flag of the claim)
 *       claim_end
 *     doc_end
 *   end
 *
 * Each output format is one file in reports/ exporting one const
 * cc_renderer; pipeline/pipeline.c maps format names to them. Renderers
 * compute nothing: every number comes from the claim and its finding.
 * A callback returns CC_OK or an error status that stops the walk.
 * Any callback may be NULL.
 */
#ifndef CC_CORE_WALK_H
#define CC_CORE_WALK_H

#include "claimcheck.h"
#include "doc.h"
#include "buf.h"

typedef struct cc_walk_state {
	cc_ctx *ctx;
	cc_sink *sink;
	cc_format format;
	cc_render_options opts;
	size_t ndocs;        /* documents begun so far (1-based in doc_begin) */
	size_t nclaims;      /* claims rendered so far over all documents */
	size_t nflags;       /* flags rendered so far */
	void *user;          /* renderer's own state */
} cc_walk_state;

typedef struct cc_renderer {
	const char *name;
	int (*begin)(cc_walk_state *st);
	int (*doc_begin)(cc_walk_state *st, const cc_doc *doc);
	int (*claim_begin)(cc_walk_state *st, const cc_doc *doc, size_t i);
	int (*flag)(cc_walk_state *st, const cc_doc *doc, size_t i, const cc_flag *flag);
	int (*claim_end)(cc_walk_state *st, const cc_doc *doc, size_t i);
	int (*doc_end)(cc_walk_state *st, const cc_doc *doc);
	int (*end)(cc_walk_state *st);
	void (*dispose)(cc_walk_state *st); /* free st->user; called once, always */
} cc_renderer;

/* Walk one document through a renderer. */
int cc_walk_doc(const cc_renderer *r, cc_walk_state *st, const cc_doc *doc);

#endif
