/*
 * extract.c -- cc_extract_doc: the extract stage's order (stage: extract).
 * input -> text/map -> tokens -> sentences -> claims -> sample links ->
 * APA results (apa.c) -> sort -> survey descriptions (survey.c).
 * Linking runs before the sort because it reads per-claim token data made
 * with the claims; cc_doc_sort_claims remaps sample_claim afterwards.
 */
#include "extract.h"
#include "apa.h"
#include "survey.h"
#include "xt.h"

#include <string.h>

/* Weak until apa.c / survey.c exist (owned by other engineers). */
int cc_apa_extract(cc_doc *doc) __attribute__((weak));
int cc_survey_extract(cc_doc *doc) __attribute__((weak));

static int index_sentences(cc_xt *x)
{
	size_t i, s = 0;
	x->nsent = x->ntok ? x->tok[x->ntok - 1].sent + 1 : 0;
	x->sfirst = cc_malloc(x->ctx, (x->nsent ? x->nsent : 1) * sizeof *x->sfirst);
	if (!x->sfirst)
		return cc_error_oom(x->ctx);
	for (i = 0; i < x->ntok; i++)
		while (s <= x->tok[i].sent && s < x->nsent)
			x->sfirst[s++] = i;
	return CC_OK;
}

int cc_extract_doc(cc_doc *doc)
{
	cc_xt x;
	int rc;

	memset(&x, 0, sizeof x);
	x.doc = doc;
	x.ctx = doc->ctx;
	if ((rc = cc_input_convert(doc)) != CC_OK)
		return rc;
	x.t = doc->text;
	x.len = doc->text_len;
	if ((rc = cc_xt_scan(&x)) != CC_OK)
		goto out;
	if ((rc = cc_xt_sentences(&x)) != CC_OK)
		goto out;
	if ((rc = index_sentences(&x)) != CC_OK)
		goto out;
	if ((rc = cc_claims_find(&x)) != CC_OK)
		goto out;
	if ((rc = cc_link_samples(&x)) != CC_OK)
		goto out;
	if (cc_apa_extract && (rc = cc_apa_extract(doc)) != CC_OK)
		goto out;
	if ((rc = cc_doc_sort_claims(doc)) != CC_OK)
		goto out;
	if (cc_survey_extract)
		rc = cc_survey_extract(doc);
out:
	if (rc == CC_ENOMEM && !cc_errcode(doc->ctx))
		cc_error_oom(doc->ctx);
	cc_free(x.ctx, x.tok);
	cc_free(x.ctx, x.sfirst);
	cc_free(x.ctx, x.ci);
	return rc;
}
