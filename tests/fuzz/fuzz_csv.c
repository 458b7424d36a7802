/*
 * fuzz_csv.c -- libFuzzer target: the reference database's CSV/TSV import.
 * `claimcheck ref import` is the only user-facing way in and the public
 * header has no import call, so this target includes the reference
 * engineer's internal headers (reference/csv.h: the RFC 4180 reader;
 * reference/refdb.h: cc_refdb_import_mem) and links the library objects.
 * Hardening harness (tests/fuzz): reports, never fixes.
 *
 * b0 bit0: TSV (lexicon) instead of CSV; bit1: skip the database import
 * (reader only). The rest is the file. The database is a scratch file in
 * $TMPDIR made once per process; every successful import is emptied again
 * so the database stays small.
 */
#include "claimcheck.h"
#include "../../reference/csv.h"
#include "../../reference/refdb.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static cc_ctx *ctx;
static cc_refdb *db;
static char dbpath[256];

static void cleanup(void)
{
	char side[300];

	cc_refdb_close(db);
	cc_ctx_free(ctx);
	if (dbpath[0]) {
		unlink(dbpath);
		snprintf(side, sizeof side, "%s-journal", dbpath);
		unlink(side);
		snprintf(side, sizeof side, "%s-wal", dbpath);
		unlink(side);
		snprintf(side, sizeof side, "%s-shm", dbpath);
		unlink(side);
	}
}

static int setup(void)
{
	const char *dir = getenv("TMPDIR");

	if (ctx)
		return db != NULL;
	if (cc_ctx_new(&ctx, NULL, NULL))
		abort();
	snprintf(dbpath, sizeof dbpath, "%s/cc-fuzz-csv-%ld.db", dir && *dir ? dir : "/tmp", (long)getpid());
	unlink(dbpath);
	if (cc_refdb_open(&db, ctx, dbpath, 1)) {
		fprintf(stderr, "fuzz_csv: cannot create %s: %s\n", dbpath, cc_errmsg(ctx));
		abort();
	}
	(void)cc_refdb_exec_sql(db, "PRAGMA synchronous=OFF");
	atexit(cleanup);
	return 1;
}

static void read_all(const char *s, size_t n, char sep)
{
	cc_csv c;
	size_t i;
	int rc;

	cc_csv_init(&c, ctx, s, n, sep);
	while ((rc = cc_csv_next(&c, ctx, "fuzz.csv")) == 1) {
		for (i = 0; i < c.nfields; i++)
			if (!c.fields[i])
				abort();
	}
	cc_csv_dispose(&c);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t h = size ? data[0] : 0;
	const char *s = size ? (const char *)data + 1 : "";
	size_t n = size ? size - 1 : 0;
	const char *table = NULL;
	long rows = 0;

	setup();
	read_all(s, n, (h & 1) ? '\t' : ',');
	(void)cc_utf8_bad_line(s, n);
	if (h & 2)
		return 0;
	if (cc_refdb_import_mem(db, s, n, "fuzz.csv", h & 1, &table, &rows) == CC_OK && rows > 0)
		(void)cc_refdb_exec_sql(db, "DELETE FROM survey_results; DELETE FROM figures; DELETE FROM indicators;"
					    " DELETE FROM surveys; DELETE FROM populations; DELETE FROM pollsters;"
					    " DELETE FROM lexicon");
	return 0;
}
