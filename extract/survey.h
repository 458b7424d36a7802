/*
 * survey.h -- what the text says about the surveys it reports: who
 * commissioned them, who did the fieldwork, when, how, of whom, and cues
 * of self-selection (extract/survey.c), and which claims belong to them,
 * are attributed, or are presented as survey findings
 * (extract/survey_link.c): doc->surveys and the claims' ext->survey,
 * sample_role, attributed, survey_context and subgroup_n.
 */
#ifndef CC_EXTRACT_SURVEY_H
#define CC_EXTRACT_SURVEY_H

#include "../core/doc.h"

/* Run after claims are extracted, sorted and linked. Searches through the
 * phrase search object kept on doc->ctx (made on the first document).
 * CC_OK or CC_ENOMEM. */
int cc_survey_extract(cc_doc *doc);

#endif
