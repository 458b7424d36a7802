/*
 * survey.h -- what the text says about the surveys it reports: who
 * commissioned them, who did the fieldwork, when, how, of whom, and cues
 * of self-selection. extract/survey.c fills doc->surveys and the claims'
 * ext->survey / attributed / survey_context fields.
 */
#ifndef CC_EXTRACT_SURVEY_H
#define CC_EXTRACT_SURVEY_H

#include "../core/doc.h"

/* Run after claims are extracted, sorted and linked. CC_OK or CC_ENOMEM. */
int cc_survey_extract(cc_doc *doc);

#endif
