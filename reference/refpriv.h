/*
 * refpriv.h -- internals shared by the reference/ sources: the handle, the
 * error mapping and small statement helpers. Only reference/ includes it
 * (it is the only header that pulls in <sqlite3.h>).
 */
#ifndef CC_REFERENCE_REFPRIV_H
#define CC_REFERENCE_REFPRIV_H

#include "refdb.h"
#include "../core/error.h"
#include "../core/buf.h"
#include <sqlite3.h>

struct cc_refdb {
	sqlite3 *db;
	cc_ctx *ctx;
	char *path;
	int readwrite;
	/* cached statements for lookups (lookup.c) */
	sqlite3_stmt *st_ind;      /* indicators_fts MATCH */
	sqlite3_stmt *st_rows;     /* figures of one indicator */
	sqlite3_stmt *st_pop;      /* populations_fts MATCH */
	sqlite3_stmt *st_popid;    /* population by name */
	sqlite3_stmt *st_srv;      /* surveys_fts MATCH */
	sqlite3_stmt *st_org;      /* pollsters_fts MATCH */
};

/* Map an sqlite result code to a CC_ status and set the message on the
 * ctx: "reference database PATH: WHAT: sqlite message". */
int cc_ref_fail(cc_refdb *r, int sqlite_rc, const char *what);
/* Map only. */
int cc_ref_status(int sqlite_rc);

/* Run the ordered migrations up to the current version (migrate.c).
 * A database newer than this build or not made by claimcheck: error. */
int cc_ref_migrate(cc_refdb *r);
/* Read user_version and check it without writing. */
int cc_ref_check_version(cc_refdb *r);

/* Bind a string (NULL or "" -> NULL when empty_null). */
int cc_ref_bind_text(sqlite3_stmt *st, int i, const char *s, int empty_null);

#endif
