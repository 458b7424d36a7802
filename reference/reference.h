/*
 * reference.h -- the reference stage: the only code that speaks SQL.
 *
 * Opens the reference database (read-only for check, read-write for
 * `ref`), looks claims up (figures, known surveys, populations,
 * pollsters), imports and exports CSV, and writes results databases.
 */
#ifndef CC_REFERENCE_H
#define CC_REFERENCE_H

#include "../core/doc.h"

typedef struct cc_refdb cc_refdb;

/* Open `path`; readwrite != 0 creates/migrates as needed. CC_OK,
 * CC_ENOTFOUND, CC_ECORRUPT, CC_EBUSY, CC_EREADONLY or CC_EIO. */
int cc_refdb_open(cc_refdb **out, cc_ctx *ctx, const char *path, int readwrite);
void cc_refdb_close(cc_refdb *db);

/* Look the document's claims up and store the facts on the doc
 * (ext->survey_ref, ext->subject_pop, ext->sample_pop, finding.ref). */
int cc_reference_lookup(cc_doc *doc, cc_refdb *db);

#endif
