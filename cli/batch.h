/*
 * batch.h -- internals of `claimcheck batch` shared by cli/cmd_batch.c and
 * cli/batch_*.c: the JSON-line document reader, the input walk (directories,
 * files, JSONL streams), content hashes, the summary renderers, and the
 * JSONL streaming filter for `check`. CLI layer: computes nothing about
 * claims; never speaks SQL (reference/resultsdb.h does).
 */
#ifndef CC_CLI_BATCH_H
#define CC_CLI_BATCH_H

#include "cli.h"
#include "../reference/resultsdb.h"

#include <signal.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdio.h>

/* ---------------------------------------------------------------- JSON */

/* One JSONL document: {"id":..., "text":..., "date":..., "url":...}.
 * Strings are malloc'd, decoded (escapes, \uXXXX with surrogate pairs; a
 * lone surrogate becomes U+FFFD); NULL when absent or null. A numeric id
 * keeps its literal spelling. */
typedef struct batch_jdoc {
	char *id, *text, *date, *url;
	size_t text_len;
} batch_jdoc;

/*
 * Parse one line (not NUL-terminated, no newline). CC_OK, or CC_EINVAL with
 * a one-line message in err and the 1-based byte column in *col_out.
 * Nesting deeper than 64 levels in ignored fields is refused.
 */
int batch_json_doc(batch_jdoc *out, const char *s, size_t n, char *err, size_t errcap, long *col_out);
void batch_jdoc_dispose(batch_jdoc *d);

/* Write s as a JSON string literal (with quotes); NULL writes null. */
void batch_json_str(FILE *f, const char *s);

/* ---------------------------------------------------------------- input */

/* A document read from the input, handed to the consumer who owns it. */
typedef struct batch_item {
	char *id;            /* document id: JSONL "id", or the file path */
	char *path;          /* where it came from: PATH or PATH:LINE */
	char *text;          /* the bytes to check (text_len, NUL-terminated) */
	size_t text_len;
	char *date, *url;    /* NULL when unknown */
	char hash[17];       /* cc_rdb_hash of text, date and url */
	long long seq;       /* set by the consumer */
	size_t in_bytes;     /* input bytes this item accounts for */
} batch_item;

void batch_item_free(batch_item *it);

/* Called for each document; takes ownership of `it`. Non-zero stops. */
typedef int (*batch_emit_fn)(batch_item *it, void *payload);

typedef struct batch_input {
	char **include, **exclude;  /* fnmatch globs (basename, or path if it has '/') */
	size_t ninclude, nexclude;
	size_t max_doc;             /* larger documents are refused, not read */
	atomic_int *stop;           /* set by a signal: stop between documents */
	atomic_llong bytes_read;    /* input bytes consumed so far */
	atomic_llong bad;           /* bad JSON lines, unreadable or oversized documents */
	int worst_exit;             /* worst exit code among input errors */
	const char *prefix;         /* bytes already taken from the first stream read
				       (a peek), handed out before read(2) */
	size_t prefix_len;
} batch_input;

/*
 * Stream every document of the inputs in order: a directory recursively in
 * sorted order (hidden entries skipped, globs applied, symlinked
 * directories not followed), FILE.jsonl / FILE.ndjson / "-" as JSONL
 * documents, any other file as one document. Errors are printed as one line
 * each and counted; the walk goes on. Returns 0, or the emit callback's
 * non-zero value.
 */
int batch_walk(batch_input *in, char **paths, int npaths, batch_emit_fn emit, void *payload);

/* Count what batch_walk would read, without reading: documents in plain
 * files (JSONL files count as unknown: *docs_exact_out = 0) and bytes
 * (-1 when standard input is among the inputs). */
void batch_count(batch_input *in, char **paths, int npaths, long long *docs_out,
		 long long *bytes_out, int *docs_exact_out);

/* JSONL documents from one stream (`name` labels errors and ids). */
int batch_jsonl_stream(batch_input *in, FILE *f, const char *name, batch_emit_fn emit, void *payload);

/* Parse YYYY-MM-DD at the start of s (a full ISO timestamp is fine). */
int batch_parse_date(const char *s, int *y, int *m, int *d);

/* ---------------------------------------------------------------- summary */

typedef enum { SUMMARY_TEXT, SUMMARY_MD, SUMMARY_HTML, SUMMARY_JSON } batch_summary_fmt;

/* Accumulate one document's record into an in-memory summary. */
int batch_summary_add(cc_rdb_summary *s, const cc_rdb_doc *d, void **refs_state);
void batch_summary_refs_finish(cc_rdb_summary *s, void **refs_state);

/* Render a summary. `title` names the run or the database. */
void batch_summary_print(FILE *f, const cc_rdb_summary *s, batch_summary_fmt fmt, const char *title);

/* ---------------------------------------------------------------- check hook */

/*
 * `claimcheck check --jsonl-docs`: treat each input (FILE or "-") as JSONL
 * documents; check each document (named by its id, dated by its "date")
 * and add it to `rep`, flushing standard output after each document so
 * the command works as a streaming filter (GNU parallel --pipe, Hadoop
 * streaming, Spark pipe()). Bad lines: one error line each, skipped.
 * Returns an exit code (0, 2 bad input, 3 I/O); *worst_out gets the worst
 * severity seen.
 */
int cli_check_jsonl_stream(cc_ctx *ctx, cc_report *rep, char **files, int nfiles,
			   const char *prefix, size_t prefix_len,
			   cc_severity *worst_out);

#endif
