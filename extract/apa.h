/*
 * apa.h -- APA-style test results in text ("t(28) = 2.20, p = .036"):
 * extract/apa.c adds one test_statistic claim per result found.
 */
#ifndef CC_EXTRACT_APA_H
#define CC_EXTRACT_APA_H

#include "../core/doc.h"

/* Scan doc->text for reported test results and append test_statistic
 * claims (spans mapped to the original input). CC_OK or CC_ENOMEM. */
int cc_apa_extract(cc_doc *doc);

#endif
