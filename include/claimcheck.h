/*
 * claimcheck.h -- the one public header of libclaimcheck.
 *
 * libclaimcheck reads an article (plain text, Markdown or HTML), extracts
 * every numeric claim with its exact byte span, works out what each figure
 * can support (confidence intervals, margins of error, tests), looks the
 * figures up in a reference database, flags weak inferences and renders the
 * findings in several formats.
 *
 * Conventions (see docs/style in the design notes):
 *   - every symbol starts with cc_ / CC_;
 *   - fallible functions return an int status (CC_OK = 0, negative on
 *     error) and deliver results through out-parameters, out first;
 *   - what comes back through `**out` belongs to the caller and is released
 *     with its type's _free function; getters return borrowed pointers that
 *     stay valid while their parent lives;
 *   - the error message of the last failed call lives on the cc_ctx
 *     (cc_errmsg); one cc_ctx per thread.
 *
 * The header compiles as C99 and C++.
 */
#ifndef CLAIMCHECK_H
#define CLAIMCHECK_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__) && !defined(CC_STATIC)
#define CC_API __attribute__((visibility("default")))
#else
#define CC_API
#endif

#define CC_VERSION_STRING "0.1.0"
#define CC_VERSION_MAJOR 0

/* ------------------------------------------------------------------ */
/* Status codes                                                        */
/* ------------------------------------------------------------------ */

enum {
	CC_OK = 0,
	CC_ERROR = -1,     /* generic failure */
	CC_EINVAL = -2,    /* bad input or argument (exit 2) */
	CC_ENOMEM = -3,    /* out of memory */
	CC_ENOTFOUND = -4, /* no such thing (file, record) */
	CC_EIO = -5,       /* read or write failed (exit 3) */
	CC_EBUSY = -6,     /* database locked (exit 3) */
	CC_ECORRUPT = -7,  /* database corrupt or not a database (exit 3) */
	CC_EREADONLY = -8, /* database or file system read-only (exit 3) */
	CC_EDOMAIN = -9    /* argument outside a function's domain (exit 2) */
};

/* A static, one-line description of a status code. Never NULL. */
CC_API const char *cc_strerror(int status);

/* ------------------------------------------------------------------ */
/* Context: options, allocator, reference database, last error         */
/* ------------------------------------------------------------------ */

typedef struct cc_ctx cc_ctx;

/* Allocator hook. All library memory goes through it. */
typedef struct cc_allocator {
	void *(*malloc_fn)(size_t size, void *payload);
	void *(*realloc_fn)(void *ptr, size_t size, void *payload);
	void (*free_fn)(void *ptr, void *payload);
	void *payload;
} cc_allocator;

typedef enum cc_input_kind {
	CC_INPUT_AUTO = 0,
	CC_INPUT_TEXT,
	CC_INPUT_MARKDOWN,
	CC_INPUT_HTML
} cc_input_kind;

typedef enum cc_severity {
	CC_SEV_NONE = 0,
	CC_SEV_INFO = 1,
	CC_SEV_WARNING = 2,
	CC_SEV_ERROR = 3
} cc_severity;

/* Confidence-interval methods for one proportion. */
typedef enum cc_ci_method {
	CC_CI_WILSON = 0,
	CC_CI_WALD,
	CC_CI_WILSON_CC,
	CC_CI_AGRESTI_COULL,
	CC_CI_CLOPPER_PEARSON,
	CC_CI_JEFFREYS,
	CC_CI_METHOD_COUNT
} cc_ci_method;

/* How to treat a reported "one-tailed" test (statcheck's options). */
typedef enum cc_one_tailed {
	CC_ONE_TAILED_AUTO = 0,
	CC_ONE_TAILED_ALWAYS,
	CC_ONE_TAILED_NEVER
} cc_one_tailed;

#define CC_OPTIONS_VERSION 1

/* Options that steer a check. Transparent; start from CC_OPTIONS_INIT. */
typedef struct cc_options {
	int version;              /* CC_OPTIONS_VERSION */
	cc_input_kind input;      /* input format; AUTO sniffs */
	double level;             /* confidence level, 0 < level < 1; 0.95 */
	cc_ci_method method;      /* CI method; wilson */
	double alpha;             /* significance level for test results; 0.05 */
	int p_equal_alpha_sig;    /* p == alpha counts as significant; 1 */
	cc_one_tailed one_tailed; /* AUTO */
	int p_zero_error;         /* "p = .000" is an error; 1 */
	int date_y, date_m, date_d; /* the document's date; 0: read it from the document (cc_doc_date) */
	const char *checks;       /* comma list of check codes to run; NULL all */
	const char *skip;         /* comma list of check codes to skip; NULL */
} cc_options;

#define CC_OPTIONS_INIT \
	{ CC_OPTIONS_VERSION, CC_INPUT_AUTO, 0.95, CC_CI_WILSON, 0.05, 1, \
	  CC_ONE_TAILED_AUTO, 1, 0, 0, 0, NULL, NULL }

/*
 * Create a context. `alloc` may be NULL (libc malloc). `opts` may be NULL
 * (defaults); it is copied (the check/skip strings are borrowed and must
 * outlive the context). Returns CC_OK, CC_ENOMEM or CC_EINVAL (bad option).
 */
CC_API int cc_ctx_new(cc_ctx **out, const cc_allocator *alloc, const cc_options *opts);
CC_API void cc_ctx_free(cc_ctx *ctx);

/* The options in force (borrowed). */
CC_API const cc_options *cc_ctx_options(const cc_ctx *ctx);

/* Replace the options; validated as in cc_ctx_new. */
CC_API int cc_ctx_set_options(cc_ctx *ctx, const cc_options *opts);

/*
 * Open the reference database at `path` read-only and attach it to the
 * context; later checks look figures up in it. Returns CC_OK, CC_ENOTFOUND
 * (no such file), CC_ECORRUPT, CC_EBUSY or CC_EIO; the message is on ctx.
 */
CC_API int cc_ctx_open_reference(cc_ctx *ctx, const char *path);

/* The message of the last failed call on this context ("" if none). */
CC_API const char *cc_errmsg(const cc_ctx *ctx);
/* The status code of the last failed call (CC_OK if none). */
CC_API int cc_errcode(const cc_ctx *ctx);
/* Position of the last error where one is known (0 otherwise; 1-based). */
CC_API void cc_errpos(const cc_ctx *ctx, const char **file_out, long *line_out, long *col_out);

/* The default reference database path compiled in (PREFIX/share/...). */
CC_API const char *cc_default_reference_path(void);

/* ------------------------------------------------------------------ */
/* Claims                                                               */
/* ------------------------------------------------------------------ */

typedef enum cc_kind {
	CC_KIND_PROPORTION = 0,
	CC_KIND_SAMPLE_SIZE,
	CC_KIND_COUNT,
	CC_KIND_AMOUNT,
	CC_KIND_CHANGE,
	CC_KIND_MARGIN_OF_ERROR,
	CC_KIND_TEST_STATISTIC,
	CC_KIND_MEAN,
	CC_KIND_COUNT_OF_KINDS
} cc_kind;

/* Claim kind name as in the JSON contract ("proportion", ...). */
CC_API const char *cc_kind_name(cc_kind kind);

/* Bits in cc_claim.traits. */
enum {
	CC_TRAIT_WORD_FRACTION = 1 << 0, /* "two-thirds", "one in four" */
	CC_TRAIT_PERCENT = 1 << 1,       /* written with %, per cent, pc */
	CC_TRAIT_VAGUE = 1 << 2,         /* "a majority", "most" */
	CC_TRAIT_RANGE = 1 << 3,         /* "40-45%" */
	CC_TRAIT_LOW_OPEN = 1 << 4,      /* lower end excluded ("more than") */
	CC_TRAIT_HIGH_OPEN = 1 << 5,     /* upper end excluded ("almost") */
	CC_TRAIT_COUNTED = 1 << 6,       /* "12 of the 40": n stated inside */
	CC_TRAIT_POINTS = 1 << 7,        /* change in percentage points */
	CC_TRAIT_MULTIPLIER = 1 << 8,    /* "doubled", "three times" */
	CC_TRAIT_SUBGROUP = 1 << 9,      /* base is a subgroup of a survey */
	CC_TRAIT_ONE_TAILED_TEXT = 1 << 10 /* text says one-tailed */
};

/* Test names for test_statistic claims. */
typedef enum cc_test_kind {
	CC_TEST_T = 0,
	CC_TEST_F,
	CC_TEST_CHI2,
	CC_TEST_R,
	CC_TEST_Z,
	CC_TEST_Q
} cc_test_kind;

/* A reported test result ("t(28) = 2.20, p = .036"). */
typedef struct cc_apa {
	cc_test_kind test;
	char q_type[4];       /* "Q", "Qw", "Qb" for Q tests */
	double df1, df2;      /* NaN where they do not apply */
	double statistic;
	int stat_decimals;    /* decimals as written */
	char test_comparison; /* '=', '<', '>' */
	char p_comparison;    /* '=', '<', '>', or 'n' for "ns" */
	double p_reported;    /* NaN for ns */
	int p_decimals;
} cc_apa;

/*
 * One claim. Transparent, read-only for callers; strings are owned by the
 * document and valid while it lives. Offsets are bytes into the input as
 * given, half-open [start, end).
 */
typedef struct cc_claim {
	cc_kind kind;
	size_t start, end;
	const char *text;     /* the exact source substring (NUL-terminated copy) */
	double value;         /* normalised point value */
	double low, high;     /* interval the wording allows */
	double tolerance;     /* rounding half-unit of the figure as written (R(c)) */
	int decimals;         /* decimals as written (percentages, means) */
	unsigned traits;      /* CC_TRAIT_* */
	const char *hedge;    /* hedge word(s) as written, or NULL */
	const char *unit;     /* currency code, "points", counted noun, or NULL */
	const char *subject;  /* group the figure is about, or NULL */
	long sample_claim;    /* index of the linked sample_size claim, -1 none */
	double sample_n;      /* n of the sample, 0 when unknown */
	size_t sentence;      /* index of the sentence holding the claim */
	size_t sent_start, sent_end; /* the sentence, offsets into the input */
	cc_apa apa;           /* test_statistic only */
	double sd;            /* mean only: reported SD, NaN if none */
	int sd_decimals;
	double items;         /* mean only: items per respondent (1) */
} cc_claim;

/* ------------------------------------------------------------------ */
/* Findings                                                             */
/* ------------------------------------------------------------------ */

typedef struct cc_flag {
	int code;               /* index into the check catalogue */
	const char *name;       /* "SMALL_SAMPLE" */
	cc_severity severity;
	const char *message;    /* plain-English, numbers filled in */
} cc_flag;

typedef enum cc_verdict {
	CC_VERDICT_NONE = 0,
	CC_VERDICT_CONSISTENT,
	CC_VERDICT_INCONSISTENT,
	CC_VERDICT_UNKNOWN
} cc_verdict;

/* A reference figure matched to a claim. Strings owned by the document. */
typedef struct cc_refmatch {
	long long id;
	const char *indicator;
	const char *geography;
	const char *period;
	double value;
	const char *unit;
	const char *source;
	const char *url;
	const char *released;
	cc_verdict verdict;
} cc_refmatch;

/* Everything the checker found out about one claim. */
typedef struct cc_finding {
	const cc_claim *claim;
	int has_ci;
	cc_ci_method ci_method;
	double ci_level, ci_low, ci_high;
	int has_moe;
	double moe;             /* half-width at the level, in value units */
	int has_ref;
	cc_refmatch ref;
	int has_test;           /* test_statistic recomputed */
	double p_computed;
	int error, decision_error, one_tailed;
	const cc_flag *flags;
	size_t nflags;
	/* Checks evaluated on this claim that did not fire, each with the
	 * reason in plain English (severity CC_SEV_NONE); for `explain`. */
	const cc_flag *passed;
	size_t npassed;
	/* A proportion whose wording allows a range ("almost two-thirds": 60%
	 * to 66.7%): the range, and the envelope of the intervals over every
	 * count it allows (lower limit at its low end, upper at its high end).
	 * ci_low/ci_high above stay the interval of the figure as printed. */
	int has_wording;
	double wording_low, wording_high, wording_ci_low, wording_ci_high;
	/* Why a proportion has no interval and no margin, in plain English
	 * ("the sample is self-selected"), NULL when it has them or is no
	 * proportion; no_ci_cue: the words that show it, as written, or NULL. */
	const char *no_ci;
	const char *no_ci_cue;
} cc_finding;

/* ------------------------------------------------------------------ */
/* Documents                                                            */
/* ------------------------------------------------------------------ */

typedef struct cc_doc cc_doc;

/*
 * Read `len` bytes of `data` (not NUL-terminated; any bytes, invalid UTF-8
 * survives), convert it from its input format, and extract its claims.
 * `name` labels the document in reports (copied). Returns CC_OK, CC_ENOMEM
 * or CC_EINVAL (input the library refuses, e.g. UTF-16); the message is on
 * ctx. *out is NULL on failure.
 */
CC_API int cc_extract(cc_doc **out, cc_ctx *ctx, const char *data, size_t len, const char *name);

/*
 * cc_extract, then compute intervals, look up the reference database (if
 * one is attached to ctx) and run the weak-inference checks.
 */
CC_API int cc_check(cc_doc **out, cc_ctx *ctx, const char *data, size_t len, const char *name);

/*
 * Only the statistical test results of `data` as plain text (APA style:
 * "t(28) = 2.20, p = .036", "F(2, 57) = 3.45, p < .05"), each a
 * CC_KIND_TEST_STATISTIC claim whose finding has the p-value recomputed
 * from the statistic and degrees of freedom (has_test, p_computed,
 * one_tailed) and statcheck's verdicts (error, decision_error), under the
 * ctx's options (alpha, one-tailed handling). No other claims are read, no
 * checks run, no reference database is used: the work of `claimcheck
 * pvalue`. A text without a test result gives a document with no claims.
 * Returns CC_OK, CC_ENOMEM or CC_EINVAL; *out is NULL on failure, else the
 * caller's, freed with cc_doc_free.
 */
CC_API int cc_test_results(cc_doc **out, cc_ctx *ctx, const char *data, size_t len, const char *name);

CC_API void cc_doc_free(cc_doc *doc);

CC_API const char *cc_doc_name(const cc_doc *doc);
CC_API size_t cc_doc_claim_count(const cc_doc *doc);
CC_API const cc_claim *cc_doc_claim(const cc_doc *doc, size_t i);
/* The finding for claim i (NULL before cc_check ran). */
CC_API const cc_finding *cc_doc_finding(const cc_doc *doc, size_t i);
/* The original input bytes (borrowed) and their length. */
CC_API const char *cc_doc_input(const cc_doc *doc, size_t *len_out);
/* Worst severity among all flags, CC_SEV_NONE if none. */
CC_API cc_severity cc_doc_worst(const cc_doc *doc);
/*
 * The document's date, "YYYY-MM-DD" (borrowed; NULL when unknown): the
 * date given in the options (cc_options date_y/m/d: --date, a batch
 * document's "date") when there is one, else the date the document gives
 * itself near its top -- a dateline ("London, 4 April 2024 --"), a byline
 * ("By Staff, 1 May 2024", "Updated: March 3, 2023") or, in HTML, the
 * publication date of its markup (<meta property="article:published_time">,
 * JSON-LD "datePublished", <time datetime>). The checks and the reference
 * look-up judge "current" and "newer" against it.
 */
CC_API const char *cc_doc_date(const cc_doc *doc);
/* Where cc_doc_date came from (static string; NULL when there is no
 * date): "given" (the options' date), or where it was read: "dateline",
 * "byline", "html-meta", "json-ld" or "html-time". */
CC_API const char *cc_doc_date_source(const cc_doc *doc);

/* ------------------------------------------------------------------ */
/* Numerals (the numeral layer, for `extract --numerals`)               */
/* ------------------------------------------------------------------ */

typedef enum cc_numeral_type {
	CC_NUM_NUMBER = 0,
	CC_NUM_PERCENT,
	CC_NUM_FRACTION,
	CC_NUM_ORDINAL,
	CC_NUM_CURRENCY,
	CC_NUM_RANGE
} cc_numeral_type;

CC_API const char *cc_numeral_type_name(cc_numeral_type t);

typedef struct cc_numeral {
	cc_numeral_type type;
	size_t start, end;     /* bytes into the input */
	double value;          /* percent as a 0..1 fraction; NaN for open ranges */
	double low, high;      /* ranges; NaN when open */
	const char *unit;      /* ISO 4217 for money, NULL otherwise (static) */
} cc_numeral;

/* Callback for cc_numerals; return non-zero to stop. */
typedef int (*cc_numeral_cb)(const cc_numeral *num, void *payload);

/*
 * Every numeric expression in the text, claim or not, in document order.
 * Returns CC_OK, CC_ENOMEM, or the callback's non-zero value.
 */
CC_API int cc_numerals(cc_ctx *ctx, const char *data, size_t len, cc_numeral_cb cb, void *payload);

/* ------------------------------------------------------------------ */
/* Statistics (pure; no I/O)                                            */
/* ------------------------------------------------------------------ */

/* Method name <-> enum ("wilson", "wilson-cc", "clopper-pearson", ...). */
CC_API const char *cc_ci_method_name(cc_ci_method m);
CC_API int cc_ci_method_parse(cc_ci_method *out, const char *name);

/*
 * Confidence interval for a proportion x/n at `level`. x may be
 * fractional (p*n); 0 <= x <= n, 0 < n <= 1e15, 0 < level < 1.
 * Returns CC_OK or CC_EDOMAIN. Bounds clipped to [0, 1].
 */
CC_API int cc_ci_prop(double *low_out, double *high_out, double x, double n,
		      double level, cc_ci_method method);

/* z = Phi^-1(1 - (1 - level)/2). */
CC_API double cc_z_for_level(double level);

/*
 * Margin of error (half-width, as a fraction) at p for n at level, with a
 * design effect deff (>= 1; 1 for none) and population size N (0 unknown).
 */
CC_API int cc_moe(double *out, double p, double n, double level, double deff, double N);

/* Required n for margin `moe` at p and level; N = 0 for infinite. */
CC_API int cc_sample_size(double *n_out, double *n0_out, double moe, double level, double p, double N);

/* Exact binomial test P-value; alternative 0 two-sided, 1 greater, -1 less. */
CC_API int cc_binom_test(double *p_out, double x, double n, double p0, int alternative);

typedef enum cc_diff_method {
	CC_DIFF_NEWCOMBE = 0,
	CC_DIFF_WALD,
	CC_DIFF_AGRESTI_CAFFO,
	CC_DIFF_SCORE /* Miettinen-Nurminen */
} cc_diff_method;

CC_API int cc_diff_method_parse(cc_diff_method *out, const char *name);
CC_API const char *cc_diff_method_name(cc_diff_method m);

/* Interval for p1 - p2 from two independent samples. */
CC_API int cc_diff_indep(double *low_out, double *high_out, double x1, double n1,
			 double x2, double n2, double level, cc_diff_method method);

/* Pooled two-sample z-test; alternative as in cc_binom_test. */
CC_API int cc_ztest_2prop(double *z_out, double *p_out, double x1, double n1,
			  double x2, double n2, int alternative);

/* Same sample, mutually exclusive answers (F8): margin of p1 - p2. */
CC_API int cc_diff_exclusive_moe(double *out, double p1, double p2, double n, double level);

/* Same sample, different questions (F9): min and max margin of p1 - p2. */
CC_API int cc_diff_overlap_moe(double *min_out, double *max_out, double p1, double p2,
			       double n, double level);

/* Rounding schemes for granularity checks (as in the R package scrutiny). */
typedef enum cc_rounding {
	CC_ROUND_UP_OR_DOWN = 0,
	CC_ROUND_UP,
	CC_ROUND_DOWN,
	CC_ROUND_EVEN,
	CC_ROUND_CEILING,
	CC_ROUND_FLOOR,
	CC_ROUND_TRUNC,
	CC_ROUND_ANTI_TRUNC,
	CC_ROUND_CEILING_OR_FLOOR,
	CC_ROUND_UP_FROM,
	CC_ROUND_DOWN_FROM
} cc_rounding;

CC_API int cc_rounding_parse(cc_rounding *out, const char *name);

/*
 * GRIM: is the mean written as `mean` (a decimal string, trailing zeros
 * count) possible for n respondents answering `items` integer items?
 * percent != 0: `mean` is a percentage. threshold: for up_from/down_from.
 * *consistent_out is 1 or 0. Returns CC_OK or CC_EINVAL.
 */
CC_API int cc_grim(int *consistent_out, const char *mean, double n, double items,
		   int percent, cc_rounding rounding, double threshold);
CC_API int cc_grimmer(int *consistent_out, const char *mean, const char *sd, double n,
		      double items, cc_rounding rounding, double threshold);
CC_API int cc_debit(int *consistent_out, const char *mean, const char *sd, double n,
		    cc_rounding rounding, double threshold);

/* p-value of a test statistic; df that do not apply are ignored. */
CC_API int cc_pvalue(double *p_out, cc_test_kind test, double statistic, double df1,
		     double df2, int tails);

/* ------------------------------------------------------------------ */
/* Output                                                               */
/* ------------------------------------------------------------------ */

typedef struct cc_sink cc_sink;

/* Write callback: return 0 on success, non-zero on failure. */
typedef int (*cc_write_fn)(const char *data, size_t len, void *payload);

/* A sink that writes through a callback. */
CC_API int cc_sink_new(cc_sink **out, cc_ctx *ctx, cc_write_fn write, void *payload);
/* A sink writing to `path` through a temporary file renamed on commit. */
CC_API int cc_sink_open_file(cc_sink **out, cc_ctx *ctx, const char *path);
/* A sink on standard output. */
CC_API int cc_sink_stdout(cc_sink **out, cc_ctx *ctx);
/* Flush and finish: for a file sink, rename into place. CC_EIO on any
 * earlier write error (sticky). The sink is freed in every case. */
CC_API int cc_sink_close(cc_sink *sink);
/* Abandon: remove any temporary file, free the sink. */
CC_API void cc_sink_abort(cc_sink *sink);

/* Output formats. */
typedef enum cc_format {
	CC_FORMAT_TEXT = 0,
	CC_FORMAT_MD,
	CC_FORMAT_JSON,
	CC_FORMAT_JSONL,
	CC_FORMAT_CSV,
	CC_FORMAT_HTML,
	CC_FORMAT_EXPLAIN
} cc_format;

CC_API int cc_format_parse(cc_format *out, const char *name);

/* Rendering options. */
typedef struct cc_render_options {
	int version;
	int color;       /* terminal colour */
	int width;       /* terminal width, 0 = 80 */
	int with_findings; /* 0: claims only (extract); 1: claims + findings */
} cc_render_options;

#define CC_RENDER_OPTIONS_INIT { 1, 0, 0, 1 }

/*
 * A report over several documents: begin, add each document, end. Some
 * formats (json, csv, html) need the header/footer of begin/end.
 */
typedef struct cc_report cc_report;
CC_API int cc_report_begin(cc_report **out, cc_ctx *ctx, cc_sink *sink, cc_format format,
			   const cc_render_options *opts);
CC_API int cc_report_add(cc_report *report, const cc_doc *doc);
CC_API int cc_report_end(cc_report *report);

/* One JSON line for a numeral (`extract --numerals`): text (taken from
 * `input` at the numeral's span), start, end, type, value, low/high, unit,
 * and doc. Errors surface at cc_sink_close. */
CC_API int cc_numeral_write_json(cc_sink *sink, const cc_numeral *num, const char *input,
				 const char *docname);

/* Longest text cc_json_number() writes, with its NUL. */
#define CC_JSON_NUMBER_MAX 32

/*
 * v as a JSON number, spelled as every JSON output of the library spells
 * it (so programs that print JSON beside it print the same bytes): the
 * shortest of %.15g, %.16g and %.17g that reads back as the same double
 * ("0.1", "0.30000000000000004"); whole numbers below 1e15 without a
 * fraction or exponent ("1068"); -0 as "0"; NaN and infinities as "null".
 * Writes at most `cap` bytes into buf (CC_JSON_NUMBER_MAX is always
 * enough; a smaller cap truncates) and returns buf. Never fails.
 */
CC_API const char *cc_json_number(char *buf, size_t cap, double v);

/* ------------------------------------------------------------------ */
/* Check catalogue                                                      */
/* ------------------------------------------------------------------ */

/* Number of checks in the catalogue and each one's code and severity. */
CC_API size_t cc_check_count(void);
CC_API const char *cc_check_name(size_t i);
CC_API const char *cc_check_summary(size_t i);
CC_API cc_severity cc_check_default_severity(size_t i);
/* The check's teaching note for learners, and its published sources. */
CC_API const char *cc_check_note(size_t i);
CC_API const char *cc_check_sources(size_t i);
CC_API const char *cc_severity_name(cc_severity s);
CC_API int cc_severity_parse(cc_severity *out, const char *name);

#ifdef __cplusplus
}
#endif

#endif /* CLAIMCHECK_H */
