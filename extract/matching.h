/*
 * matching.h -- what reference/ needs to match a claim with its tables,
 * read from the text once (stage: extract): the period and the place a
 * span names (period.c, place.c) and the record fields they fill
 * (matching.c). Must not: look anything up (reference/ does) or decide
 * which reading a check uses (the record keeps them apart).
 */
#ifndef CC_EXTRACT_MATCHING_H
#define CC_EXTRACT_MATCHING_H

#include "../core/doc.h"

/* The period [s, s+len) names, when it names one: "March 2024" (*m),
 * "Q1 2024", "the first quarter of 2024" (*q), else a bare year after a
 * year_lead word ("in 2023"). A day before the month makes a date, not a
 * period ("14 May 2024"). All zero when none; the first reading wins in
 * that order. */
void cc_period_of(const char *s, size_t len, int *y, int *m, int *q);

/* The place [s, s+len) names: of the cues of class place found as whole
 * words, a named place before an implied one, the first row among equals.
 * Returns the canonical geography (a vocabulary string: static) or NULL,
 * and *strength_out 2 named, 1 implied, 0 none. */
const char *cc_place_of(const char *s, size_t len, int *strength_out);

#endif
