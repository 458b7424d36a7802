/*
 * cues.h -- what the words around each figure say, for the checks
 * (extract/cues.c fills cc_claim_ext.cues, .rels and the other fields
 * marked "read by extract/cues.c" in core/doc.h, and two fields of each
 * survey). Run after the claims are sorted, linked and tied to surveys.
 */
#ifndef CC_EXTRACT_CUES_H
#define CC_EXTRACT_CUES_H

#include "../core/doc.h"

/* Bytes either side of a claim that its "sentence" may reach (a run-on
 * list or a text with no full stops must not make every question cost the
 * whole text). */
#define CC_CUES_SENT_WINDOW 600

/* CC_OK or CC_ENOMEM (the message on the context). */
int cc_cues_read(cc_doc *doc);

/* The sentence word cues (CC_CUE_*_WORDS, CC_CUE_COMPARED) onto the claims
 * (extract/cues_sentence.c; run by cc_cues_read once the claims' surveys
 * are known). */
void cc_cues_sentences(cc_doc *doc);

#endif
