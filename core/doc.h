/*
 * doc.h -- cc_doc internals shared by the stages.
 *
 * A document owns everything made while reading and checking it: the input
 * copy, the plain text and its offset map, the claims, the findings, the
 * facts looked up in the reference database, and every string (arena).
 * Stages include this header and their own; never each other's.
 */
#ifndef CC_CORE_DOC_H
#define CC_CORE_DOC_H

#include "claimcheck.h"
#include "arena.h"
#include "ctx.h"

/* A sentence of the plain text (offsets into doc->text). */
typedef struct cc_sentence {
	size_t start, end;
	size_t paragraph;        /* paragraph index (block boundaries count) */
} cc_sentence;

/*
 * What the text says about a survey it reports (filled by extract/survey.c
 * from cue words; strings are arena copies as written, NULL when absent).
 * Claims refer to a survey by index (cc_claim_ext.survey).
 */
typedef struct cc_survey_info {
	long sample_claim;       /* its sample_size claim, -1 if none */
	size_t start, end;       /* text span of the survey mention (text offsets) */
	const char *label;       /* "survey of 100 human resources directors" */
	const char *population;  /* "human resources directors from ..." */
	const char *commissioner;/* "a job-listings website" */
	const char *commissioner_cue; /* cue word that typed it: "website", "union" */
	const char *fieldwork_org;
	const char *pollster;    /* pollster named in the text */
	int has_dates, has_mode, has_selection, has_wording, has_geography;
	const char *mode;        /* "online", "telephone", ... */
	const char *selfselect_cue; /* "readers", "online poll", ... */
	int opt_in;              /* text says opt-in / volunteer panel */
	int is_new;              /* "new", "latest", "this week" */
	int fieldwork_end_y, fieldwork_end_m; /* when the text dates fieldwork */
	double deff;             /* design effect stated in the text, 0 none */
	double population_size;  /* stated population size, 0 none */
	const char *commissioner_type; /* "company", "union", "campaign", "pollster", "academic", ... (static) */
	double n;                /* sample size read from the text when no sample_size claim carries it, 0 none */
	/* read by extract/ (matching.c), matched by reference/ */
	const char *span_words;  /* content words of the span [start, end) (core/words.h: lower case, in
				    order, one space apart, at most CC_MATCH_WORDS); NULL: none, or the
				    document is not matched against a reference database */
} cc_survey_info;

/* Reference facts for a survey (from the surveys/pollsters tables). */
typedef struct cc_survey_ref {
	long long id;
	const char *title, *commissioner, *commissioner_type, *interests;
	const char *fieldwork_org, *fieldwork_start, *fieldwork_end, *mode;
	const char *population, *selection, *source, *url;
	double n, deff, population_size;
	int probability_sample, weighted; /* -1 unknown */
	int pollster_bpc, pollster_aapor; /* -1 unknown */
} cc_survey_ref;

/* A population known to the reference database. */
typedef struct cc_population_ref {
	long long id;
	const char *name, *parent, *source;
	double size;
} cc_population_ref;

/* Per-claim facts that are not part of the public record. */
typedef struct cc_claim_ext {
	long survey;             /* index into doc->surveys, -1 none */
	const cc_survey_ref *survey_ref; /* matched known survey, or NULL */
	const cc_population_ref *subject_pop; /* population of the subject */
	const cc_population_ref *sample_pop;  /* population of the sample */
	int attributed;          /* sentence (or previous) names a source */
	int survey_context;      /* presented as a survey finding */
	double before, after;    /* change: levels before/after when stated (NaN) */
	double base_count;       /* change: counts a -> b (NaN) */
	double after_count;
	long compared_with;      /* claim index compared explicitly, -1 none */
	int period_y, period_m, period_q; /* period the claim names (0 none) */
	/* filled by reference/ (issue 5); zero/NULL when nothing matched */
	const cc_refmatch *newer_ref;   /* newer row, same indicator + geography, released
					   on or before the document date (STALE_FIGURE a) */
	double ref_scale;               /* claim value * ref_scale = reference units (100: percent) */
	double ref_eps;                 /* the reference's precision (half-width), its units */
	const char *ref_period_end;     /* YYYY-MM-DD: end of the matched row's period */
	const cc_survey_ref *org_ref;   /* register facts (id 0) for the commissioner and
					   pollster the text names: commissioner_type,
					   interests, pollster_bpc/aapor; NULL unknown */
	int sample_role;         /* sample_size claims (extract/survey.c): 0 unknown, 1 main sample of
				    ext->survey, 2 a subgroup of it, 3 not a sample (ignored) */
	double subgroup_n;       /* proportions: base n of a crossbreak read from the text
				    ("Among the 50 respondents aged 65 and over, 61%"), 0 none */
	/* read by extract/ (matching.c, period.c, place.c), matched by reference/;
	   the claim's sentence's readings, the same for every claim of a sentence */
	const char *sent_words;  /* the sentence's content words (core/words.h: lower case, in order,
				    one space apart, at most CC_MATCH_WORDS); one arena string per
				    sentence, shared by its claims; NULL none, or the document is
				    not matched against a reference database (read for it alone) */
	const char *sent_place;  /* canonical geography the sentence names ("UK", "England and Wales":
				    a static vocabulary string, places.tsv), NULL none */
	int sent_place_strength; /* 2 a place named, 1 one implied (an agency, a capital), 0 none */
	int sent_period_y;       /* the period the sentence names: year, 0 none ... */
	int sent_period_m;       /* ... and month 1-12 or quarter 1-4 of it, 0 the whole year; kept */
	int sent_period_q;       /*     apart from period_*, the claim's own, which the checks use */
	const char *rule;        /* the extract rule that read the figure as this claim, by
				    its name in the rule tables ("score 18-17", "percent of
				    group", "APA test result"; static): why a figure was read
				    as it was. Set for every claim extract/ makes */
} cc_claim_ext;

struct cc_doc {
	cc_ctx *ctx;
	cc_arena arena;
	char *name;

	char *src;               /* copy of the input as given */
	size_t src_len;
	cc_input_kind input;     /* resolved input kind */

	char *text;              /* plain text the extractor reads (NUL-terminated) */
	size_t text_len;
	size_t *map;             /* map[i] = src offset of text byte i, [text_len] = end;
				    NULL when text == src (identity) */

	cc_sentence *sentences;
	size_t nsentences;

	cc_claim *claims;
	cc_claim_ext *ext;       /* parallel to claims */
	size_t nclaims, cap_claims;

	cc_survey_info *surveys;
	size_t nsurveys, cap_surveys;

	cc_finding *findings;    /* parallel to claims, after cc_check */
	cc_flag **flagv;         /* per claim: growable flag arrays */
	size_t *flagcap;
	cc_flag **passv;         /* per claim: checks that passed, with reasons */
	size_t *passcap;

	char date[11];           /* YYYY-MM-DD or "" */
	int date_y, date_m, date_d;

	/* read by extract/ (matching.c), matched by reference/; only when the
	   document is matched against a reference database (NULL otherwise) */
	const char *place;       /* the document's place (as cc_claim_ext.sent_place, over the whole
				    text); read only when a proportion's or a change's sentence names
				    none (the claims it stands in for), else NULL */
	int place_strength;      /* 2 named, 1 implied, 0 none or not read */
	const char *words;       /* the document's first CC_MATCH_WORDS content words (as sent_words);
				    read only when it reports a survey, else NULL */
};

/* Create a document holding a copy of the input. */
int cc_doc_new(cc_doc **out, cc_ctx *ctx, const char *data, size_t len, const char *name);

/* Append a zeroed claim (sample_claim = -1, NaN where "none"); NULL on OOM.
 * The pointer is valid until the next cc_doc_add_claim. */
cc_claim *cc_doc_add_claim(cc_doc *doc);
/* The ext record for claim i. */
cc_claim_ext *cc_doc_ext(cc_doc *doc, size_t i);
/* Append a survey record; returns its index, or -1 on OOM. */
long cc_doc_add_survey(cc_doc *doc);

/* Original input offset of text position `pos` (0 <= pos <= text_len). */
size_t cc_doc_src_offset(const cc_doc *doc, size_t pos);
/* The inverse: the first text position whose input offset is at or after
 * `src_off` (text_len when none is); the one reverse search over doc->map.
 * O(log text_len). */
size_t cc_doc_text_offset(const cc_doc *doc, size_t src_off);

/* Arena string helpers; NULL on OOM. */
char *cc_doc_strndup(cc_doc *doc, const char *s, size_t n);
char *cc_doc_printf(cc_doc *doc, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Allocate the findings array (idempotent). */
int cc_doc_prepare_findings(cc_doc *doc);
/* Add a flag to claim i's finding; message is copied. */
int cc_doc_add_flag(cc_doc *doc, size_t i, int code, const char *name,
		    cc_severity sev, const char *message);

/* Record that check `code` was evaluated on claim i and did not fire, and
 * why (copied). A second record for the same code replaces the first. */
int cc_doc_add_pass(cc_doc *doc, size_t i, int code, const char *name, const char *reason);

/* Sort claims by start offset, remapping sample_claim / compared_with. */
int cc_doc_sort_claims(cc_doc *doc);

#endif
