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
	const char *question;    /* the quoted question as written ("Should the tax rise?"), NULL none */
	const char *mode;        /* "online", "telephone", ... */
	const char *selfselect_cue; /* "readers", "online poll", ... */
	int opt_in;              /* text says opt-in / volunteer panel */
	int is_new;              /* "new", "latest", "this week" */
	int fieldwork_end_y, fieldwork_end_m; /* when the text dates fieldwork */
	double deff;             /* design effect stated in the text, 0 none */
	double population_size;  /* stated population size, 0 none */
	const char *commissioner_type; /* "company", "union", "campaign", "pollster", "academic", ... (static) */
	double n;                /* sample size read from the text when no sample_size claim carries it, 0 none */
	/* read by extract/cues.c for the checks */
	const char *chosen;      /* how respondents were chosen, as written ("random sample"), NULL none */
	int topic_words;         /* a word of 5+ letters of the commissioner's description is used again
				    elsewhere in the text (its line of business is the article's topic) */
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

/*
 * What the words around a figure say, as the checks need it: read once by
 * extract/cues.c from the text; stats/ reads these bits and never the
 * text. Bits of cc_claim_ext.cues (the frame's "cues" in the JSON, by the
 * names in cc_cue_names).
 */
enum {
	CC_CUE_CLOSES = 1u << 0,          /* an aside ends right after it: ",", ")", ";", ".", ":", a dash or the end
					     (past "of them", "of whom", "of those") */
	CC_CUE_RESTATES = 1u << 1,        /* "that is", "amounts to", "equivalent to" ... just before it */
	CC_CUE_FROM = 1u << 2,            /* "from" just before it ("from 58 per cent") */
	CC_CUE_GENERALISES = 1u << 3,     /* its sentence speaks of everyone ("Britons", "voters", "the public") */
	CC_CUE_MARGIN = 1u << 4,          /* a stated margin: "±", "plus or minus", or after "margin of error" in its clause */
	CC_CUE_PERCENT_WORD = 1u << 5,    /* written with "%", "per cent" or "percent" (margins) */
	CC_CUE_POINTS_WORD = 1u << 6,     /* "point(s)" right after it (margins) */
	CC_CUE_RELATIVE_RISK = 1u << 7,   /* "raises the risk by ...": "by" right before it, a risk word before that */
	CC_CUE_BASELINE = 1u << 8,        /* "baseline", "from", "normally", "usually" just before it */
	CC_CUE_MULTIPLIER = 1u << 9,      /* its sentence has "doubled", "tripled", "threefold" ... */
	CC_CUE_OF_THEM = 1u << 10,        /* a count of the people asked: "140 of them", "of those", "of whom" */
	CC_CUE_ELLIPTIC = 1u << 11,       /* no verb after it before the next figure: a list item ("39% by car") */
	CC_CUE_ASKED = 1u << 12,          /* its sentence opens with "asked" ("Asked which ..., 40% ...") */
	CC_CUE_GROSSED_UP = 1u << 13,     /* "equivalent to", "which means" between the share before it and it */
	CC_CUE_SAID = 1u << 14,           /* a verb of answering right after it ("26 said") */
	CC_CUE_SCALE = 1u << 15,          /* its sentence names a rating scale ("rated", "from 1 to") */
	CC_CUE_ALL_NONE = 1u << 16,       /* "all", "every", "none of", "not one of" before or after it */
	CC_CUE_ALL = 1u << 17,            /* ... and it says all (else none) */
	CC_CUE_TIMED = 1u << 18,          /* its clause puts it at another time or in a comparison ("last year") */
	CC_CUE_RATE_NEARBY = 1u << 19,    /* a relative risk with a share or rate in its paragraph (its base may be given) */
	CC_CUE_TIE_WORDS = 1u << 20,      /* its sentence, or the one before in its paragraph, calls figures level ("dead heat") */
	CC_CUE_CHANGE_WORDS = 1u << 21,   /* its sentence asserts a change in words ("opinion has shifted", "is growing") */
	CC_CUE_STRONG_WORDS = 1u << 22,   /* its sentence calls a change large ("soared", "a dramatic shift") */
	CC_CUE_CAUSAL_WORDS = 1u << 23,   /* its sentence gives a cause ("because of", "has boosted", "driven by") */
	CC_CUE_LEAD = 1u << 24,           /* a gap in points called a lead ("a lead of 3 points", "a 3-point lead"): no movement */
	CC_CUE_EARLIER = 1u << 25,        /* a share said to be an earlier figure: "up from 12%", "against 18% in 2013" */
	CC_CUE_NEW_CLAUSE = 1u << 26,     /* a ";" or words of another base ("with the undecided excluded") since the last share of its sentence */
	CC_CUE_COMPARED = 1u << 27,       /* its sentence sets figures against each other ("leads", "ahead of", "against", "than") */
	CC_CUE_TO_LEVEL = 1u << 28,       /* a share right after a change, after "to": the level it reached ("up 2.5 per cent, to 20 per cent") */
	CC_CUE_DK_EXCLUDED = 1u << 29,    /* a share on a base without the don't-knows: "excluding don't knows", "of those expressing a view" before it in its sentence */
	CC_CUE_DK_SHARE = 1u << 30,       /* the share who gave no view: "10 per cent undecided", "13% don't know" */
	CC_CUE_COUNT_OF_BITS = 31
};
extern const char *const cc_cue_names[CC_CUE_COUNT_OF_BITS];

/* A comparison two figures of the text take part in, as the words show it
 * (extract/cues.c); recorded on the later claim, naming the earlier one. */
enum {
	CC_REL_FROM_TO = 1,   /* "from <earlier> ... to <this>" in one sentence */
	CC_REL_RESTATES = 2,  /* <this> restates <earlier> in an aside: "a majority, 47 per cent," */
	CC_REL_PART_OF = 4,   /* <this> is a part of the whole <earlier>: "1,200 jobs, of which 300" */
	CC_REL_LEAD = 8       /* <this> is a lead in points over the share <earlier>: "a lead of 5 points" */
};
typedef struct cc_rel {
	size_t other;         /* the earlier claim (index, sorted order) */
	unsigned kind;        /* CC_REL_* bits */
} cc_rel;

/* Per-claim facts that are not part of the public record. */
typedef struct cc_claim_ext {
	long survey;             /* index into doc->surveys, -1 none */
	const cc_survey_ref *survey_ref; /* matched known survey, or NULL */
	const cc_population_ref *subject_pop; /* population of the subject */
	const cc_population_ref *sample_pop;  /* population of the sample */
	int attributed;          /* sentence (or previous) names a source */
	const char *source;      /* attributed: the source as written ("the Office for National Statistics"),
				    NULL when no name could be read */
	const char *source_cue;  /* attributed: the words that name it, as written ("according to") */
	int source_sentence;     /* attributed: 0 its own sentence names it, 1 the sentence before */
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
	/* read by extract/cues.c for the checks (see CC_CUE_*) */
	size_t win_start, win_end; /* the claim's sentence in the input, cut to 600 bytes either side of
				      the figure: the checks' unit of "the same sentence" */
	unsigned cues;           /* CC_CUE_* */
	const cc_rel *rels;      /* comparisons with earlier claims (arena), nrels of them */
	size_t nrels;
	const char *clause;      /* proportions another figure may restate: the content words of the
				    clause around it, lower case, space-separated; NULL not read */
	double span_from, span_to; /* "from 11 families to 22" in its sentence: the two counts (NaN none) */
	int mean_decimals;       /* counts the text calls a mean or average: decimals as written (0 none) */
	const char *subgroup_label; /* subgroup shares (subgroup_n): the crossbreak as written before the
				       share ("respondents aged 65 and over"), NULL none */
	const char *modelled;    /* margins: a model-based wording in its sentence ("credibility interval") */
	const char *head;        /* the head noun of the subject, lower case and singular ("director" of
				    "human resources directors from ..."; core/words.h cc_word_head); ""
				    when it has none, NULL without a subject */
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

/* Dates the top lines of a document give, at most (doc->topdates). */
#define CC_TOPDATES 4

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
	const char *date_source; /* where the date came from (static): "given" (--date, a batch
				    document's "date", the API's: the options), else what
				    extract/docdate.c read: "dateline", "byline", "html-meta",
				    "json-ld", "html-time"; NULL when there is no date */
	size_t topdates[CC_TOPDATES][2]; /* the words [start, end) (text offsets) of the dates
				    the top lines give -- a dateline's, bylines' (extract/docdate.c)
				    -- read whether or not one dates the document, so survey.c
				    never reads their months as fieldwork */
	size_t ntopdates;

	/* read by extract/ (matching.c), matched by reference/; only when the
	   document is matched against a reference database (NULL otherwise) */
	const char *place;       /* the document's place (as cc_claim_ext.sent_place, over the whole
				    text); read only when a proportion's or a change's sentence names
				    none (the claims it stands in for), else NULL */
	int place_strength;      /* 2 named, 1 implied, 0 none or not read */
	const char *words;       /* the document's first CC_MATCH_WORDS content words (as sent_words);
				    read only when it reports a survey, else NULL */
};

/* How a figure's base n is known (cc_doc_claim_base; the frame's "base.how"). */
typedef enum cc_base_how {
	CC_BASE_NONE = 0,     /* unknown */
	CC_BASE_OWN,          /* a sample_size claim: its own value */
	CC_BASE_SUBGROUP,     /* a crossbreak whose size the text states ("among the 212 18-24s") */
	CC_BASE_STATED,       /* a sample the text states and the figure is linked to (sample_claim) */
	CC_BASE_IN_FIGURE,    /* stated with the figure ("12 of the 40", a mean's "n = 25") */
	CC_BASE_SURVEY,       /* inherited from its survey's sample */
	CC_BASE_RECOVERED,    /* the survey's n, read from its description with no sample claim */
	CC_BASE_REFERENCE     /* the reference database's record of the survey */
} cc_base_how;

/* Record accessors every stage shares (one reading of the record): the
 * survey claim i belongs to (its own, else its sample's; -1 none); the
 * sample_size claim it rests on (itself for a sample; its link unless that
 * is a number extract/survey.c judged not to be a sample; else its
 * survey's sample; -1 none); a survey's n (its sample claim's value, else
 * the n read from its description; 0 none); and claim i's base n (0
 * unknown) with how it is known (*how_out, CC_BASE_*; may be NULL). */
long cc_doc_claim_survey(const cc_doc *doc, size_t i);
long cc_doc_claim_sample(const cc_doc *doc, size_t i);
double cc_doc_survey_n(const cc_doc *doc, long s);
double cc_doc_claim_base(const cc_doc *doc, size_t i, int *how_out);
/* The words that show survey s (or claim i's matched survey record) chose
 * itself ("readers", "a poll on his website", the record's "open access
 * online"), NULL when nothing does. s may be -1; i may be SIZE_MAX. */
const char *cc_doc_selfselect(const cc_doc *doc, long s, size_t i);

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
