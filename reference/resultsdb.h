/*
 * resultsdb.h -- the results database of batch runs (stage: reference/,
 * the only code that speaks SQL). Tables documents / claims / flags, one
 * transaction per document, WAL mode, resume by (id, content hash), merge,
 * summary and a deterministic dump.
 *
 * This header does not include <sqlite3.h>: the handle is opaque, so cli/
 * can include it. A cc_rdb handle belongs to one thread at a time. Records
 * (cc_rdb_doc) are plain memory, built from a checked document in any
 * thread and handed to the single writer.
 */
#ifndef CC_REFERENCE_RESULTSDB_H
#define CC_REFERENCE_RESULTSDB_H

#include "claimcheck.h"

typedef struct cc_rdb cc_rdb;

/* One flag row. Strings are malloc'd copies owned by the record. */
typedef struct cc_rdb_flag {
	long claim_id;            /* 1-based claim id within the document */
	int seq;                  /* 1-based position among the claim's flags */
	char *code, *severity, *message;
} cc_rdb_flag;

/* One claim row (NaN: NULL in the database). */
typedef struct cc_rdb_claim {
	long claim_id;
	char *kind, *text, *hedge, *unit, *subject;
	long long start, end;
	double value, low, high, sample_n;
	char *ci_method;          /* NULL when no interval */
	double ci_level, ci_low, ci_high, moe;
	int has_ref;
	long long ref_id;
	char *ref_indicator, *ref_source, *verdict;
	double ref_value;
	char *json;               /* the claim's `check --format jsonl` line, or NULL */
} cc_rdb_claim;

/* One document's results: the unit of one transaction. */
typedef struct cc_rdb_doc {
	char *id, *hash, *path, *date, *url;
	char *error;              /* the library refused it: message; else NULL */
	long long bytes;
	cc_severity worst;
	size_t nclaims, nflags;
	cc_rdb_claim *claims;
	cc_rdb_flag *flags;
} cc_rdb_doc;

/*
 * Fill `rec` (zeroed by the caller, id/hash/path/date/url set by the caller
 * as malloc'd strings or NULL) from a checked document. `jsonl` (may be
 * NULL) is the document's `check --format jsonl` rendering: line i becomes
 * claim i's json when the line count equals the claim count. Uses only the
 * public getters, so it may run in any thread. CC_OK or CC_ENOMEM.
 */
int cc_rdb_doc_fill(cc_rdb_doc *rec, const cc_doc *doc, const char *jsonl, size_t jsonl_len);
/* Free what the record owns (not the struct itself). NULL-safe. */
void cc_rdb_doc_dispose(cc_rdb_doc *rec);

/*
 * The content hash that, with the id, identifies a stored document: FNV-1a
 * 64 (Fowler/Noll/Vo) of the text, a NUL, the date, a NUL, the url (NULL
 * as empty), as 16 lower-case hex digits. Not cryptographic: it only
 * tells versions of one document apart. Pure; any thread.
 */
void cc_rdb_hash(char out[17], const char *text, size_t len, const char *date, const char *url);

enum {
	CC_RDB_READONLY = 1 << 0, /* open an existing database for reading */
	CC_RDB_CREATE = 1 << 1    /* create (and migrate) if needed */
};

/* Open a results database. CC_OK, CC_ENOTFOUND, CC_ECORRUPT, CC_EBUSY,
 * CC_EREADONLY or CC_EIO; the message is on ctx. */
int cc_rdb_open(cc_rdb **out, cc_ctx *ctx, const char *path, int flags);
void cc_rdb_close(cc_rdb *db);

/*
 * The options fingerprint the results were made with (meta table). On a
 * fresh database it is stored; on an existing one it must be equal, else
 * CC_EINVAL ("... made with other options ...").
 */
int cc_rdb_check_options(cc_rdb *db, const char *fingerprint);

/* Is (id, hash) stored? *done_out 1/0; *worst_out its worst severity. */
int cc_rdb_has(cc_rdb *db, const char *id, const char *hash, int *done_out, cc_severity *worst_out);

/* Store one document in one transaction; a document already stored (same
 * id and hash) is left as it is (*stored_out = 0). */
int cc_rdb_put(cc_rdb *db, const cc_rdb_doc *rec, int *stored_out);

/*
 * Convenience for a single checked document (e.g. `check --format sqlite`):
 * build the record (id, path, date, url copied; hash of the document's
 * input) and store it as cc_rdb_put does. `jsonl` as in cc_rdb_doc_fill.
 */
int cc_rdb_put_doc(cc_rdb *db, const cc_doc *doc, const char *id, const char *path,
		   const char *date, const char *url, const char *jsonl, size_t jsonl_len,
		   int *stored_out);

/* Merge the results database at `path` into db: documents whose (id, hash)
 * db lacks are copied with their claims and flags; one transaction.
 * *added_out: documents copied. */
int cc_rdb_merge(cc_rdb *db, const char *path, long long *added_out);

/* Deterministic dump of the compared tables (documents without path and
 * done_at; claims; flags), sorted, one line per row, through `write`. */
int cc_rdb_dump(cc_rdb *db, int (*write)(const char *line, size_t len, void *payload), void *payload);

/* Summary of a run or a database. */
#define CC_RDB_TOP 10
typedef struct cc_rdb_count {
	char key[96];             /* flag code / document id / reference label */
	char extra[160];          /* document: worst; reference: source */
	double value;             /* reference: the figure */
	long long n, n2;          /* count (flags); document: n claims in n2 */
} cc_rdb_count;

typedef struct cc_rdb_summary {
	long long docs, claims, flags, refused, flagged_docs;
	cc_rdb_count *codes;      /* flags by code, most frequent first (malloc'd) */
	size_t ncodes;
	cc_rdb_count top_docs[CC_RDB_TOP]; /* most-flagged documents */
	size_t ntop_docs;
	cc_rdb_count top_refs[CC_RDB_TOP]; /* most-cited reference figures */
	size_t ntop_refs;
} cc_rdb_summary;

int cc_rdb_summarize(cc_rdb *db, cc_rdb_summary *out);
void cc_rdb_summary_dispose(cc_rdb_summary *s);

#endif
