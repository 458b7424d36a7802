/*
 * cues.h -- what the words around each figure say, for the checks
 * (extract/cues.c fills cc_claim_ext.cues, .rels and the other fields
 * marked "read by extract/cues.c" in core/doc.h, and two fields of each
 * survey). Run after the claims are sorted, linked and tied to surveys.
 */
#ifndef CC_EXTRACT_CUES_H
#define CC_EXTRACT_CUES_H

#include "../core/doc.h"

/* CC_OK or CC_ENOMEM (the message on the context). */
int cc_cues_read(cc_doc *doc);

#endif
