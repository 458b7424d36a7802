/*
 * refdb.h -- the reference database's management API for `claimcheck ref`
 * and the tests (stage: reference/). No <sqlite3.h> here: the handle is
 * opaque, rows come back through a callback as strings, so cli/ can
 * include this header and never speak SQL.
 */
#ifndef CC_REFERENCE_REFDB_H
#define CC_REFERENCE_REFDB_H

#include "reference.h"

/* The schema version this build writes and reads (PRAGMA user_version). */
int cc_refdb_schema_version(void);

/* Create `path` (which must not exist, or be empty) with the current
 * schema. CC_OK, CC_EINVAL (already a database), CC_EIO, ... */
int cc_refdb_init(cc_ctx *ctx, const char *path);

/*
 * Import one file into the database: a CSV of figures, surveys,
 * survey_results, populations or pollsters (recognised by its header), or
 * a lexicon TSV (by the .tsv extension). One transaction: on any error
 * nothing is written. Errors are "FILE:LINE: message" on ctx (CC_EINVAL).
 * `label` names the file in messages (NULL: path). *table_out (may be
 * NULL) gets the table name, *rows_out the rows imported.
 */
int cc_refdb_import(cc_refdb *db, const char *path, const char *label,
		    const char **table_out, long *rows_out);
/* The same from memory. */
int cc_refdb_import_mem(cc_refdb *db, const char *data, size_t len, const char *label,
			int tsv, const char **table_out, long *rows_out);

/* Row callback: ncols values (NULL for SQL NULL) named by `names`.
 * Return non-zero to stop (that value is returned). */
typedef int (*cc_refdb_row_fn)(int ncols, const char *const *names,
			       const char *const *values, void *payload);

/* Export a CSV table (figures, surveys, survey_results, populations,
 * pollsters) as CSV text that imports again, through `write`. */
int cc_refdb_export(cc_refdb *db, const char *table,
		    int (*write)(const char *data, size_t len, void *payload), void *payload);

/* Names of the exportable tables, NULL-terminated. */
const char *const *cc_refdb_tables(void);

/* Rows of `table` (or, with table NULL, one row per table: table, rows). */
int cc_refdb_list(cc_refdb *db, const char *table, long limit, cc_refdb_row_fn fn, void *payload);

/* Full-text search over indicator names and keywords, populations,
 * organisations and surveys. Rows: kind, id, name, detail. */
int cc_refdb_search(cc_refdb *db, const char *terms, long limit, cc_refdb_row_fn fn, void *payload);

/* Add one figure: `names`/`values` as CSV columns of the figures table. */
int cc_refdb_add_figure(cc_refdb *db, int n, const char *const *names, const char *const *values,
			long long *id_out);

/* Tests and benches: run one SQL statement with no result rows (e.g. to
 * hold a lock). Not for product code paths. */
int cc_refdb_exec_sql(cc_refdb *db, const char *sql);

/* Parse a period ("2024", "2024-03", "2024-Q1", "2024-03-31",
 * "2023/24") into first and last days (YYYY-MM-DD, 11 bytes each).
 * 0 on success, -1 when the text is not a period. */
int cc_ref_period_parse(const char *s, char *start, char *end);
/* Is s a valid YYYY-MM-DD date? */
int cc_ref_date_valid(const char *s);

#endif
