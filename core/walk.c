/*
 * walk.c -- the ONE walk over a document's claims and findings, calling a
 * cc_renderer in the fixed order documented in walk.h.
 */
#include "walk.h"

int cc_walk_doc(const cc_renderer *r, cc_walk_state *st, const cc_doc *doc)
{
	size_t i, k;
	int rc;

	st->ndocs++;
	if (r->doc_begin && (rc = r->doc_begin(st, doc)))
		return rc;
	for (i = 0; i < doc->nclaims; i++) {
		const cc_finding *f = doc->findings ? &doc->findings[i] : NULL;

		if (r->claim_begin && (rc = r->claim_begin(st, doc, i)))
			return rc;
		if (f && st->opts.with_findings)
			for (k = 0; k < f->nflags; k++) {
				if (r->flag && (rc = r->flag(st, doc, i, &f->flags[k])))
					return rc;
				st->nflags++;
			}
		if (r->claim_end && (rc = r->claim_end(st, doc, i)))
			return rc;
		st->nclaims++;
	}
	if (r->doc_end && (rc = r->doc_end(st, doc)))
		return rc;
	return CC_OK;
}
