/*
 * extract.c -- cc_extract_doc: the extract stage's order (stage: extract).
 * input -> text/map -> the document's date (docdate.c) -> tokens ->
 * sentences -> claims -> sample links ->
 * APA results (apa.c) -> sort -> survey descriptions and the claims tied to
 * them (survey.c, survey_link.c) -> what the words around each figure say,
 * for the checks (cues.c) -> what reference/ matches (matching.c).
 * Linking runs before the sort because it reads per-claim token data made
 * with the claims; cc_doc_sort_claims remaps sample_claim afterwards.
 */
#include "extract.h"
#include "apa.h"
#include "cues.h"
#include "docdate.h"
#include "survey.h"
#include "xt.h"

#include <string.h>


/* Claims made outside claims.c (APA results) get the sentence that holds
 * them: the last sentence starting at or before the claim (sentences are in
 * text order, and the offset map is monotonic). */
static void fill_sentences(cc_doc *doc)
{
	size_t i;

	for (i = 0; i < doc->nclaims; i++) {
		cc_claim *c = &doc->claims[i];
		size_t lo = 0, hi = doc->nsentences;

		if (c->sent_end > c->sent_start || !doc->nsentences)
			continue;
		while (hi - lo > 1) {
			size_t mid = lo + (hi - lo) / 2;

			if (cc_doc_src_offset(doc, doc->sentences[mid].start) <= c->start)
				lo = mid;
			else
				hi = mid;
		}
		c->sentence = lo;
		c->sent_start = cc_doc_src_offset(doc, doc->sentences[lo].start);
		c->sent_end = cc_doc_src_offset(doc, doc->sentences[lo].end);
		if (c->sent_end < c->end)
			c->sent_end = c->end;
		if (c->sent_start > c->start)
			c->sent_start = c->start;
	}
}

int cc_extract_doc(cc_doc *doc)
{
	cc_xt x;
	cc_numcache numc;
	int rc;

	memset(&x, 0, sizeof x);
	memset(numc.key, 0, sizeof numc.key);
	x.numc = &numc;
	x.doc = doc;
	x.ctx = doc->ctx;
	cc_xt_take(&x); /* the last document's arrays, to fill again */
	if ((rc = cc_input_convert(doc)) != CC_OK)
		return rc;
	/* the document's own date, before anything reads it */
	cc_docdate_read(doc);
	x.t = doc->text;
	x.len = doc->text_len;
	if ((rc = cc_xt_scan(&x)) != CC_OK)
		goto out;
	if ((rc = cc_xt_sentences(&x)) != CC_OK)
		goto out;
	if ((rc = cc_claims_find(&x)) != CC_OK)
		goto out;
	if ((rc = cc_samples_from_doc(&x)) != CC_OK)
		goto out;
	if ((rc = cc_link_samples(&x)) != CC_OK)
		goto out;
	/* the tokens are done with: free them before the survey pass makes
	 * its own word index, so the two never peak together (a news
	 * story's arrays are kept for the next document instead) */
	cc_xt_keep(&x);
	if ((rc = cc_apa_extract(doc)) != CC_OK)
		goto out;
	fill_sentences(doc);
	if ((rc = cc_doc_sort_claims(doc)) != CC_OK)
		goto out;
	if ((rc = cc_survey_extract(doc)) != CC_OK)
		goto out;
	if ((rc = cc_cues_read(doc)) != CC_OK)
		goto out;
	/* the words that only the matching reads, when a database will match */
	rc = cc_extract_matching(doc, doc->ctx->ref != NULL);
out:
	if (rc == CC_ENOMEM && !cc_errcode(doc->ctx))
		cc_error_oom(doc->ctx);
	cc_xt_free(&x);
	return rc;
}
