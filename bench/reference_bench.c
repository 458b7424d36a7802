/*
 * reference_bench.c -- `make bench-reference`: how fast the reference
 * database imports and matches (issue 5).
 *   1. import rate: a generated figures CSV of --rows rows (default
 *      1,000,000) through cc_refdb_import_mem into a fresh database, one
 *      transaction, rows/s;
 *   2. matching rate: a database of --figures figures (default 100,000:
 *      1,000 indicators x 4 geographies x 25 months), then --claims
 *      one-sentence documents (default 20,000), extracted untimed, then
 *      timed through the matching readings and cc_reference_lookup,
 *      documents/s, with the number matched.
 * Databases go to a mkdtemp directory under /tmp and are removed.
 */
#include "../reference/refdb.h"
#include "../core/doc.h"
#include "../core/buf.h"
#include "../extract/extract.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define BATCH 1000 /* documents extracted, then matched, at a time */

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static const char *const adj[] = { "regional", "national", "household", "business", "youth", "adult", "rural",
				   "urban", "public", "private" };
static const char *const noun[] = { "borrowing", "investment", "turnover", "vacancy", "output", "wage",
				    "savings", "lending", "insolvency", "migration" };
static const char *const what[] = { "rate", "index", "ratio", "share", "growth", "level", "count", "balance",
				    "gap", "score" };
static const char *const geos[] = { "UK", "England", "Scotland", "Wales" };

/* indicator k (0..999): three words from the lists plus a number word */
static void indicator(char *buf, size_t cap, int k)
{
	snprintf(buf, cap, "%s %s %s", adj[k % 10], noun[k / 10 % 10], what[k / 100 % 10]);
}

static void gen_csv(cc_buf *b, long rows, int nind, int ngeo, int nmon)
{
	long r = 0;
	char ind[96];

	cc_buf_puts(b, "indicator,geography,period,value,unit,source,released,keywords\n");
	for (int k = 0; r < rows; k = (k + 1) % nind) {
		indicator(ind, sizeof ind, k);
		for (int g = 0; g < ngeo && r < rows; g++)
			for (int m = 0; m < nmon && r < rows; m++, r++) {
				int y = 2000 + m / 12, mo = m % 12 + 1;
				int ry = mo == 12 ? y + 1 : y, rm = mo == 12 ? 1 : mo + 1;

				cc_buf_printf(b, "%s,%s,%04d-%02d,%.1f,percent,\"Bench, series %d\",%04d-%02d-15,bench %d\n",
					      ind, geos[g], y, mo, (double)((k * 7 + m * 3) % 100) / 10.0, k,
					      ry, rm, k);
			}
	}
}

int main(int argc, char **argv)
{
	long rows = 1000000, figures = 100000, claims = 20000;
	char dir[] = "/tmp/cc-refbench-XXXXXX", path[128], cmd[160];
	cc_ctx *ctx = NULL;
	cc_refdb *db = NULL;
	cc_buf csv;
	long got = 0, matched = 0;
	static cc_doc *docs[BATCH];
	double t0, t1;
	int i, rc;

	for (i = 1; i + 1 < argc; i += 2) {
		if (!strcmp(argv[i], "--rows"))
			rows = atol(argv[i + 1]);
		else if (!strcmp(argv[i], "--figures"))
			figures = atol(argv[i + 1]);
		else if (!strcmp(argv[i], "--claims"))
			claims = atol(argv[i + 1]);
	}
	if (!mkdtemp(dir) || cc_ctx_new(&ctx, NULL, NULL)) {
		fprintf(stderr, "reference_bench: cannot set up\n");
		return 1;
	}

	/* 1. import */
	cc_buf_init(&csv, NULL);
	gen_csv(&csv, rows, 1000, 4, 25);
	snprintf(path, sizeof path, "%s/import.db", dir);
	if (cc_refdb_init(ctx, path) || cc_refdb_open(&db, ctx, path, 1)) {
		fprintf(stderr, "reference_bench: %s\n", cc_errmsg(ctx));
		return 1;
	}
	t0 = now();
	rc = cc_refdb_import_mem(db, csv.ptr, csv.len, "bench.csv", 0, NULL, &got);
	t1 = now();
	if (rc) {
		fprintf(stderr, "reference_bench: %s\n", cc_errmsg(ctx));
		return 1;
	}
	printf("reference import: %ld rows (%.1f MB CSV) in %.2f s = %.0f rows/s\n", got, csv.len / 1e6, t1 - t0,
	       got / (t1 - t0));
	cc_refdb_close(db);
	cc_buf_dispose(&csv);

	/* 2. matching against `figures` rows */
	cc_buf_init(&csv, NULL);
	gen_csv(&csv, figures, 1000, 4, 25);
	snprintf(path, sizeof path, "%s/match.db", dir);
	if (cc_refdb_init(ctx, path) || cc_refdb_open(&db, ctx, path, 1) ||
	    cc_refdb_import_mem(db, csv.ptr, csv.len, "figures.csv", 0, NULL, &got)) {
		fprintf(stderr, "reference_bench: %s\n", cc_errmsg(ctx));
		return 1;
	}
	cc_refdb_close(db);
	cc_buf_dispose(&csv);
	if (cc_refdb_open(&db, ctx, path, 0)) {
		fprintf(stderr, "reference_bench: %s\n", cc_errmsg(ctx));
		return 1;
	}
	/* Each document is extracted untimed (a context without the
	 * database: the readings only matching uses are left out); the
	 * timed part is what matching a document costs -- its sentence's
	 * words, period and place read onto the record (extract/matching.c,
	 * moved out of reference/ by issue 15), then the SQL look-ups. */
	t1 = 0;
	for (long c0 = 0; c0 < claims; c0 += BATCH) {
		long nb = claims - c0 < BATCH ? claims - c0 : BATCH, i;

		for (i = 0; i < nb; i++) {
			static const char *const months[] = { "January", "February", "March", "April", "May", "June", "July",
							      "August", "September", "October", "November", "December" };
			long c = c0 + i;
			char ind[96], text[256];
			int k = (int)(c * 37 % 1000), g = (int)(c % 4), m = (int)(c * 11 % 25);

			indicator(ind, sizeof ind, k);
			snprintf(text, sizeof text, "The %s %s was %.1f%% in %s %d, official figures for %s show.",
				 geos[g], ind, 4.5, months[m % 12], 2000 + m / 12, geos[g]);
			if (cc_extract(&docs[i], ctx, text, strlen(text), "bench")) {
				fprintf(stderr, "reference_bench: %s\n", cc_errmsg(ctx));
				return 1;
			}
			docs[i]->date_y = 2003;
			docs[i]->date_m = 1;
			docs[i]->date_d = 1;
		}
		t0 = now();
		for (i = 0; i < nb; i++)
			if (cc_extract_matching(docs[i], 1) || cc_reference_lookup(docs[i], db)) {
				fprintf(stderr, "reference_bench: %s\n", cc_errmsg(ctx));
				return 1;
			}
		t1 += now() - t0;
		for (i = 0; i < nb; i++) {
			size_t j;
			int hit = 0;

			for (j = 0; j < docs[i]->nclaims; j++)
				hit |= docs[i]->findings[j].has_ref;
			matched += hit;
			cc_doc_free(docs[i]);
		}
	}
	t0 = 0;
	printf("reference matching: %ld one-figure documents against %ld figures in %.2f s = %.0f documents/s "
	       "(%ld matched; the sentence readings and the look-ups)\n",
	       claims, got, t1 - t0, claims / (t1 - t0), matched);
	cc_refdb_close(db);
	cc_ctx_free(ctx);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : 1;
}
