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
/* The same, told which lexicon classes (bits 1ull << LX_*) occur among
 * the document's words, as the tokenizer saw them: a class not in `seen`
 * is in no word of the text. cc_survey_extract passes every bit. */
int cc_survey_extract_seen(cc_doc *doc, unsigned long long seen);
/* For the tests: the survey-word cues (NULL-terminated; lower case), and
 * the words cc_survey_extract_seen finds by a text scan because they
 * cannot carry class LX_SURVEY_WORD. Every cue must have a word of that
 * class (extract/lexicon/survey-cues.tsv) or one of these words; else
 * cc_survey_extract_seen never skips the search for one. */
const char *const *cc_survey_word_cues(void);
const char *const *cc_survey_scan_words(void);

#endif
