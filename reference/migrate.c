/*
 * migrate.c -- ordered schema migrations keyed by PRAGMA user_version
 * (stage: reference/). Migration k brings a database from version k-1 to
 * k, in its own transaction. Migration 1 is reference/schema.sql, embedded
 * at build time (reference/module.mk makes schema.inc), so the schema has
 * one source of truth. Add new migrations at the end; never edit one that
 * has shipped. Must not: touch a database that claimcheck did not make.
 */
#include "refpriv.h"

#include <stdio.h>

static const char schema_v1[] =
#include "schema.inc"
	;

static const char *const migrations[] = {
	schema_v1, /* 1: the first schema */
};

#define SCHEMA_VERSION ((int)(sizeof migrations / sizeof migrations[0]))

int cc_refdb_schema_version(void)
{
	return SCHEMA_VERSION;
}

static int read_int(cc_refdb *r, const char *sql, int *out)
{
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(r->db, sql, -1, &st, NULL);

	if (rc == SQLITE_OK) {
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			*out = sqlite3_column_int(st, 0);
			rc = SQLITE_OK;
		}
	}
	sqlite3_finalize(st);
	return rc == SQLITE_OK ? CC_OK : cc_ref_fail(r, rc, "reading the schema version");
}

/* Version check shared by both modes; *v_out gets user_version. */
static int version(cc_refdb *r, int *v_out, int *tables_out)
{
	int rc = read_int(r, "PRAGMA user_version", v_out);

	if (!rc)
		rc = read_int(r, "SELECT count(*) FROM sqlite_master", tables_out);
	if (rc)
		return rc;
	if (*v_out > SCHEMA_VERSION)
		return cc_error_set(r->ctx, CC_ECORRUPT,
				    "reference database %s has schema version %d, newer than this claimcheck "
				    "understands (%d); upgrade claimcheck", r->path, *v_out, SCHEMA_VERSION);
	if (*v_out == 0 && *tables_out > 0)
		return cc_error_set(r->ctx, CC_ECORRUPT,
				    "%s is an sqlite database but not a claimcheck reference database", r->path);
	return CC_OK;
}

int cc_ref_check_version(cc_refdb *r)
{
	int v = 0, t = 0, rc = version(r, &v, &t);

	if (rc)
		return rc;
	if (v == 0)
		return cc_error_set(r->ctx, CC_ECORRUPT,
				    "%s is not a claimcheck reference database (create one with: claimcheck ref init)",
				    r->path);
	if (v < SCHEMA_VERSION)
		return cc_error_set(r->ctx, CC_ECORRUPT,
				    "reference database %s has the old schema version %d; upgrade it with "
				    "claimcheck ref init --ref %s", r->path, v, r->path);
	return CC_OK;
}

int cc_ref_migrate(cc_refdb *r)
{
	int v = 0, t = 0, rc = version(r, &v, &t);
	char pragma[64];

	if (rc)
		return rc;
	for (; v < SCHEMA_VERSION; v++) {
		rc = sqlite3_exec(r->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
		if (rc == SQLITE_OK)
			rc = sqlite3_exec(r->db, migrations[v], NULL, NULL, NULL);
		snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", v + 1);
		if (rc == SQLITE_OK)
			rc = sqlite3_exec(r->db, pragma, NULL, NULL, NULL);
		if (rc == SQLITE_OK)
			rc = sqlite3_exec(r->db, "COMMIT", NULL, NULL, NULL);
		if (rc != SQLITE_OK) {
			int status = cc_ref_fail(r, rc, "creating the schema");

			sqlite3_exec(r->db, "ROLLBACK", NULL, NULL, NULL);
			return status;
		}
	}
	return CC_OK;
}
