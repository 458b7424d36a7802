/*
 * extract.h -- the extract stage's interface to the rest of the library.
 * The only extract/ header other modules include.
 *
 * Stage: bytes -> plain text + offset map -> tokens -> numerals -> claims
 * -> sample links (and survey descriptions). Never computes statistics,
 * never touches the database.
 */
#ifndef CC_EXTRACT_H
#define CC_EXTRACT_H

#include "../core/doc.h"

/*
 * Convert doc->src to plain text (per ctx options / sniffing), split it
 * into sentences, extract every claim (including APA test results), link
 * proportions to their samples and record the surveys the text describes.
 * Claims end sorted by start offset. CC_OK, CC_ENOMEM or CC_EINVAL.
 */
int cc_extract_doc(cc_doc *doc);

/*
 * Read what reference/ matches with its tables from the text onto the
 * record (core/doc.h, the fields "read by extract/, matched by
 * reference/"): each claim's sentence's place and period; when `matched`
 * (the document is to be matched against a reference database) also the
 * sentences' words, the document's place and words and each survey's
 * span words, which only the matching reads. cc_extract_doc runs it last,
 * matched when the ctx has a reference database; a record made by hand
 * runs it before cc_reference_lookup. CC_OK or CC_ENOMEM.
 */
int cc_extract_matching(cc_doc *doc, int matched);

/* The numeral layer over raw text (for `extract --numerals`). */
int cc_extract_numerals(cc_ctx *ctx, const char *data, size_t len,
			cc_numeral_cb cb, void *payload);

#endif
