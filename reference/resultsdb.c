/*
 * resultsdb.c -- the results database of batch runs (stage: reference/,
 * which alone speaks SQL).
 *
 * Tables (schema version 1, PRAGMA user_version):
 *   meta(key, value)                       options fingerprint, schema
 *   documents(id, hash, path, bytes, date, url, claims, flags, worst,
 *             error, done_at)              primary key (id, hash)
 *   claims(doc_id, doc_hash, claim_id, kind, text, start, end, value, low,
 *          high, hedge, unit, subject, sample_n, ci_method, ci_level,
 *          ci_low, ci_high, moe, ref_id, ref_indicator, ref_value,
 *          ref_source, verdict, json)
 *   flags(doc_id, doc_hash, claim_id, seq, code, severity, message)
 *
 * Why (id, hash) is the key: a rerun, a resumed run after kill -9 and a
 * merge of shards are then set unions -- the same document checked twice
 * with the same options gives the same rows, so nothing is doubled and the
 * order documents were committed in does not matter. A changed document
 * (same id, new hash) is a new version and is checked again.
 *
 * Durability: WAL mode, one transaction per document (cc_rdb_put). With
 * synchronous=NORMAL a killed process loses nothing committed (only a power
 * cut may lose the last transactions, never corrupt the database).
 * `done_at` and `path` are the only columns that differ between runs; the
 * dump (cc_rdb_dump) leaves them out.
 *
 * Must not: print, or be used by two threads at once (one handle per
 * thread; the batch command has one writer).
 */
#include "resultsdb.h"
#include "../core/error.h"

#include <math.h>
#include <stdint.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct cc_rdb {
	sqlite3 *db;
	cc_ctx *ctx;
	sqlite3_stmt *has, *ins_doc, *ins_claim, *ins_flag;
};

static const char schema_sql[] =
	"CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
	"CREATE TABLE IF NOT EXISTS documents("
	" id TEXT NOT NULL, hash TEXT NOT NULL, path TEXT, bytes INTEGER NOT NULL,"
	" date TEXT, url TEXT, claims INTEGER NOT NULL, flags INTEGER NOT NULL,"
	" worst TEXT NOT NULL, error TEXT, done_at TEXT NOT NULL,"
	" PRIMARY KEY(id, hash));"
	"CREATE TABLE IF NOT EXISTS claims("
	" doc_id TEXT NOT NULL, doc_hash TEXT NOT NULL, claim_id INTEGER NOT NULL,"
	" kind TEXT, text TEXT, start INTEGER, \"end\" INTEGER, value REAL, low REAL,"
	" high REAL, hedge TEXT, unit TEXT, subject TEXT, sample_n REAL, ci_method TEXT,"
	" ci_level REAL, ci_low REAL, ci_high REAL, moe REAL, ref_id INTEGER,"
	" ref_indicator TEXT, ref_value REAL, ref_source TEXT, verdict TEXT, json TEXT,"
	" PRIMARY KEY(doc_id, doc_hash, claim_id));"
	"CREATE TABLE IF NOT EXISTS flags("
	" doc_id TEXT NOT NULL, doc_hash TEXT NOT NULL, claim_id INTEGER NOT NULL,"
	" seq INTEGER NOT NULL, code TEXT NOT NULL, severity TEXT NOT NULL, message TEXT,"
	" PRIMARY KEY(doc_id, doc_hash, claim_id, seq));"
	"CREATE INDEX IF NOT EXISTS flags_code ON flags(code);"
	"PRAGMA user_version = 1;";

/* Column lists, shared by insert and merge so they cannot drift apart. */
#define DOC_COLS "id, hash, path, bytes, date, url, claims, flags, worst, error, done_at"
#define CLAIM_COLS "doc_id, doc_hash, claim_id, kind, text, start, \"end\", value, low, high," \
	" hedge, unit, subject, sample_n, ci_method, ci_level, ci_low, ci_high, moe, ref_id," \
	" ref_indicator, ref_value, ref_source, verdict, json"
#define FLAG_COLS "doc_id, doc_hash, claim_id, seq, code, severity, message"

/* SQLite result code -> library status: one table. */
static const struct {
	int sqlite_code;
	int status;
} code_map[] = {
	{ SQLITE_BUSY, CC_EBUSY },      { SQLITE_LOCKED, CC_EBUSY },
	{ SQLITE_CORRUPT, CC_ECORRUPT }, { SQLITE_NOTADB, CC_ECORRUPT },
	{ SQLITE_READONLY, CC_EREADONLY }, { SQLITE_CANTOPEN, CC_ENOTFOUND },
	{ SQLITE_NOMEM, CC_ENOMEM },    { SQLITE_IOERR, CC_EIO },
	{ SQLITE_FULL, CC_EIO },        { SQLITE_CONSTRAINT, CC_EINVAL },
};

static int fail(cc_rdb *r, sqlite3 *db, const char *what)
{
	int code = db ? (sqlite3_errcode(db) & 0xff) : SQLITE_ERROR;
	int status = CC_EIO;
	size_t i;

	for (i = 0; i < sizeof code_map / sizeof code_map[0]; i++)
		if (code_map[i].sqlite_code == code)
			status = code_map[i].status;
	return cc_error_set(r->ctx, status, "results database: %s: %s", what,
			    db ? sqlite3_errmsg(db) : "cannot open");
}

static int exec(cc_rdb *r, const char *sql, const char *what)
{
	if (sqlite3_exec(r->db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return fail(r, r->db, what);
	return CC_OK;
}

static int prepare(cc_rdb *r, sqlite3_stmt **st, const char *sql)
{
	if (sqlite3_prepare_v2(r->db, sql, -1, st, NULL) != SQLITE_OK)
		return fail(r, r->db, "prepare");
	return CC_OK;
}

int cc_rdb_open(cc_rdb **out, cc_ctx *ctx, const char *path, int flags)
{
	cc_rdb *r;
	int oflags, rc, ver = 0;
	sqlite3_stmt *st = NULL;

	*out = NULL;
	r = calloc(1, sizeof *r);
	if (!r)
		return cc_error_oom(ctx);
	r->ctx = ctx;
	oflags = (flags & CC_RDB_READONLY) ? SQLITE_OPEN_READONLY
		 : SQLITE_OPEN_READWRITE | ((flags & CC_RDB_CREATE) ? SQLITE_OPEN_CREATE : 0);
	if (sqlite3_open_v2(path, &r->db, oflags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		rc = r->db ? fail(r, r->db, path) : cc_error_oom(ctx);
		if (rc == CC_ENOTFOUND || (flags & CC_RDB_READONLY))
			rc = cc_error_set(ctx, CC_ENOTFOUND, "results database: %s: cannot open", path);
		goto bad;
	}
	sqlite3_busy_timeout(r->db, 10000);
	sqlite3_extended_result_codes(r->db, 0);
	/* is it a database at all, and which schema? */
	if (sqlite3_prepare_v2(r->db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK ||
	    sqlite3_step(st) != SQLITE_ROW) {
		rc = fail(r, r->db, path);
		goto bad;
	}
	ver = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	st = NULL;
	if (ver > 1) {
		rc = cc_error_set(ctx, CC_ECORRUPT, "results database: %s: schema version %d is newer than this program", path, ver);
		goto bad;
	}
	if (ver == 0) {
		/* a fresh file, or some other database we must not add tables to */
		int other = 0;

		if (sqlite3_prepare_v2(r->db, "SELECT count(*) FROM sqlite_master", -1, &st, NULL) == SQLITE_OK &&
		    sqlite3_step(st) == SQLITE_ROW)
			other = sqlite3_column_int(st, 0) > 0;
		sqlite3_finalize(st);
		st = NULL;
		if (other) {
			rc = cc_error_set(ctx, CC_EINVAL, "results database: %s: not a claimcheck results database", path);
			goto bad;
		}
	}
	if (!(flags & CC_RDB_READONLY)) {
		if ((rc = exec(r, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", "journal mode")) ||
		    (rc = exec(r, schema_sql, "schema")))
			goto bad;
		if ((rc = prepare(r, &r->ins_doc, "INSERT OR IGNORE INTO documents(" DOC_COLS ") VALUES(?,?,?,?,?,?,?,?,?,?,?)")) ||
		    (rc = prepare(r, &r->ins_claim, "INSERT INTO claims(" CLAIM_COLS ") VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) ||
		    (rc = prepare(r, &r->ins_flag, "INSERT INTO flags(" FLAG_COLS ") VALUES(?,?,?,?,?,?,?)")))
			goto bad;
	} else if (ver != 1) {
		rc = cc_error_set(ctx, CC_ECORRUPT, "results database: %s: not a claimcheck results database", path);
		goto bad;
	}
	if ((rc = prepare(r, &r->has, "SELECT worst FROM documents WHERE id = ? AND hash = ?")))
		goto bad;
	*out = r;
	return CC_OK;
bad:
	sqlite3_finalize(st);
	cc_rdb_close(r);
	return rc;
}

void cc_rdb_close(cc_rdb *r)
{
	if (!r)
		return;
	sqlite3_finalize(r->has);
	sqlite3_finalize(r->ins_doc);
	sqlite3_finalize(r->ins_claim);
	sqlite3_finalize(r->ins_flag);
	sqlite3_close(r->db);
	free(r);
}

int cc_rdb_check_options(cc_rdb *r, const char *fp)
{
	sqlite3_stmt *st = NULL;
	int rc = CC_OK, step;

	if ((rc = prepare(r, &st, "SELECT value FROM meta WHERE key = 'options'")))
		return rc;
	step = sqlite3_step(st);
	if (step == SQLITE_ROW) {
		const char *have = (const char *)sqlite3_column_text(st, 0);

		if (!have || strcmp(have, fp))
			rc = cc_error_set(r->ctx, CC_EINVAL,
					  "results database was made with other options (%s); use another --db or the same options",
					  have ? have : "?");
	} else if (step == SQLITE_DONE) {
		sqlite3_finalize(st);
		st = NULL;
		if ((rc = prepare(r, &st, "INSERT INTO meta(key, value) VALUES('options', ?)")))
			return rc;
		sqlite3_bind_text(st, 1, fp, -1, SQLITE_STATIC);
		if (sqlite3_step(st) != SQLITE_DONE)
			rc = fail(r, r->db, "meta");
	} else {
		rc = fail(r, r->db, "meta");
	}
	sqlite3_finalize(st);
	return rc;
}

/* Severity name -> enum ("none" and unknown -> NONE). */
static cc_severity sev_of(const char *s)
{
	cc_severity v = CC_SEV_NONE;

	if (s && cc_severity_parse(&v, s) != CC_OK)
		v = CC_SEV_NONE;
	return v;
}

static const char *sev_name(cc_severity s)
{
	return s == CC_SEV_NONE ? "none" : cc_severity_name(s);
}

int cc_rdb_has(cc_rdb *r, const char *id, const char *hash, int *done_out, cc_severity *worst_out)
{
	int step;

	*done_out = 0;
	if (worst_out)
		*worst_out = CC_SEV_NONE;
	sqlite3_reset(r->has);
	sqlite3_bind_text(r->has, 1, id, -1, SQLITE_STATIC);
	sqlite3_bind_text(r->has, 2, hash, -1, SQLITE_STATIC);
	step = sqlite3_step(r->has);
	if (step == SQLITE_ROW) {
		*done_out = 1;
		if (worst_out)
			*worst_out = sev_of((const char *)sqlite3_column_text(r->has, 0));
	}
	sqlite3_reset(r->has);
	sqlite3_clear_bindings(r->has);
	if (step != SQLITE_ROW && step != SQLITE_DONE)
		return fail(r, r->db, "lookup");
	return CC_OK;
}

static void bind_text(sqlite3_stmt *st, int i, const char *s)
{
	if (s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, i);
}

/* NaN (and the "unknown" zero of sample_n) -> NULL. */
static void bind_real(sqlite3_stmt *st, int i, double v)
{
	if (isnan(v) || isinf(v))
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_double(st, i, v);
}

static int step_done(cc_rdb *r, sqlite3_stmt *st, const char *what)
{
	int s = sqlite3_step(st);

	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return s == SQLITE_DONE ? CC_OK : fail(r, r->db, what);
}

int cc_rdb_put(cc_rdb *r, const cc_rdb_doc *d, int *stored_out)
{
	char when[32];
	time_t now = time(NULL);
	struct tm tm;
	size_t i;
	int rc;

	*stored_out = 0;
	gmtime_r(&now, &tm);
	strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
	if ((rc = exec(r, "BEGIN IMMEDIATE", "begin")))
		return rc;
	bind_text(r->ins_doc, 1, d->id);
	bind_text(r->ins_doc, 2, d->hash);
	bind_text(r->ins_doc, 3, d->path);
	sqlite3_bind_int64(r->ins_doc, 4, d->bytes);
	bind_text(r->ins_doc, 5, d->date);
	bind_text(r->ins_doc, 6, d->url);
	sqlite3_bind_int64(r->ins_doc, 7, (sqlite3_int64)d->nclaims);
	sqlite3_bind_int64(r->ins_doc, 8, (sqlite3_int64)d->nflags);
	bind_text(r->ins_doc, 9, sev_name(d->worst));
	bind_text(r->ins_doc, 10, d->error);
	bind_text(r->ins_doc, 11, when);
	if ((rc = step_done(r, r->ins_doc, "insert document")))
		goto rollback;
	if (sqlite3_changes(r->db) == 0) /* already there: keep it as it is */
		return exec(r, "COMMIT", "commit");
	for (i = 0; i < d->nclaims; i++) {
		const cc_rdb_claim *c = &d->claims[i];
		sqlite3_stmt *st = r->ins_claim;

		bind_text(st, 1, d->id);
		bind_text(st, 2, d->hash);
		sqlite3_bind_int64(st, 3, c->claim_id);
		bind_text(st, 4, c->kind);
		bind_text(st, 5, c->text);
		sqlite3_bind_int64(st, 6, c->start);
		sqlite3_bind_int64(st, 7, c->end);
		bind_real(st, 8, c->value);
		bind_real(st, 9, c->low);
		bind_real(st, 10, c->high);
		bind_text(st, 11, c->hedge);
		bind_text(st, 12, c->unit);
		bind_text(st, 13, c->subject);
		bind_real(st, 14, c->sample_n > 0 ? c->sample_n : NAN);
		bind_text(st, 15, c->ci_method);
		bind_real(st, 16, c->ci_method ? c->ci_level : NAN);
		bind_real(st, 17, c->ci_method ? c->ci_low : NAN);
		bind_real(st, 18, c->ci_method ? c->ci_high : NAN);
		bind_real(st, 19, c->moe);
		if (c->has_ref)
			sqlite3_bind_int64(st, 20, c->ref_id);
		else
			sqlite3_bind_null(st, 20);
		bind_text(st, 21, c->ref_indicator);
		bind_real(st, 22, c->has_ref ? c->ref_value : NAN);
		bind_text(st, 23, c->ref_source);
		bind_text(st, 24, c->verdict);
		bind_text(st, 25, c->json);
		if ((rc = step_done(r, st, "insert claim")))
			goto rollback;
	}
	for (i = 0; i < d->nflags; i++) {
		const cc_rdb_flag *f = &d->flags[i];
		sqlite3_stmt *st = r->ins_flag;

		bind_text(st, 1, d->id);
		bind_text(st, 2, d->hash);
		sqlite3_bind_int64(st, 3, f->claim_id);
		sqlite3_bind_int(st, 4, f->seq);
		bind_text(st, 5, f->code);
		bind_text(st, 6, f->severity);
		bind_text(st, 7, f->message);
		if ((rc = step_done(r, st, "insert flag")))
			goto rollback;
	}
	if ((rc = exec(r, "COMMIT", "commit")))
		goto rollback;
	*stored_out = 1;
	return CC_OK;
rollback:
	sqlite3_exec(r->db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

int cc_rdb_merge(cc_rdb *r, const char *path, long long *added_out)
{
	sqlite3_stmt *st = NULL;
	int rc;

	*added_out = 0;
	{
		/* the source must be a results database made with the same options */
		cc_rdb *src = NULL;

		if ((rc = cc_rdb_open(&src, r->ctx, path, CC_RDB_READONLY)))
			return rc;
		if ((rc = prepare(src, &st, "SELECT value FROM meta WHERE key = 'options'"))) {
			cc_rdb_close(src);
			return rc;
		}
		if (sqlite3_step(st) == SQLITE_ROW) {
			const char *fp = (const char *)sqlite3_column_text(st, 0);

			rc = cc_rdb_check_options(r, fp ? fp : "");
			if (rc)
				rc = cc_error_set(r->ctx, CC_EINVAL, "%s: made with other options than the output database", path);
		}
		sqlite3_finalize(st);
		st = NULL;
		cc_rdb_close(src);
		if (rc)
			return rc;
	}
	if ((rc = prepare(r, &st, "ATTACH DATABASE ? AS src")))
		return rc;
	sqlite3_bind_text(st, 1, path, -1, SQLITE_STATIC);
	rc = sqlite3_step(st) == SQLITE_DONE ? CC_OK : fail(r, r->db, path);
	sqlite3_finalize(st);
	if (rc)
		return rc;
	if ((rc = exec(r, "BEGIN IMMEDIATE;"
			  "CREATE TEMP TABLE IF NOT EXISTS merge_new(id TEXT, hash TEXT, PRIMARY KEY(id, hash));"
			  "DELETE FROM temp.merge_new;"
			  "INSERT INTO temp.merge_new SELECT id, hash FROM src.documents"
			  " EXCEPT SELECT id, hash FROM main.documents;"
			  "INSERT INTO main.documents(" DOC_COLS ") SELECT " DOC_COLS " FROM src.documents"
			  " WHERE (id, hash) IN (SELECT id, hash FROM temp.merge_new);"
			  "INSERT INTO main.claims(" CLAIM_COLS ") SELECT " CLAIM_COLS " FROM src.claims"
			  " WHERE (doc_id, doc_hash) IN (SELECT id, hash FROM temp.merge_new);"
			  "INSERT INTO main.flags(" FLAG_COLS ") SELECT " FLAG_COLS " FROM src.flags"
			  " WHERE (doc_id, doc_hash) IN (SELECT id, hash FROM temp.merge_new);", path))) {
		sqlite3_exec(r->db, "ROLLBACK", NULL, NULL, NULL);
		sqlite3_exec(r->db, "DETACH DATABASE src", NULL, NULL, NULL);
		return rc;
	}
	if (sqlite3_prepare_v2(r->db, "SELECT count(*) FROM temp.merge_new", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		*added_out = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if ((rc = exec(r, "COMMIT", "commit")))
		sqlite3_exec(r->db, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_exec(r->db, "DETACH DATABASE src", NULL, NULL, NULL);
	return rc;
}

/* The dump: quote() gives SQLite's own deterministic rendering of every
 * value (text quoted, reals to 15 significant digits, NULL). */
static const char *const dump_sql[] = {
	"SELECT 'D|' || quote(id) || '|' || quote(hash) || '|' || quote(bytes) || '|' || quote(date)"
	" || '|' || quote(url) || '|' || quote(claims) || '|' || quote(flags) || '|' || quote(worst)"
	" || '|' || quote(error) FROM documents ORDER BY id, hash",
	"SELECT 'C|' || quote(doc_id) || '|' || quote(doc_hash) || '|' || quote(claim_id) || '|' ||"
	" quote(kind) || '|' || quote(text) || '|' || quote(start) || '|' || quote(\"end\") || '|' ||"
	" quote(value) || '|' || quote(low) || '|' || quote(high) || '|' || quote(hedge) || '|' ||"
	" quote(unit) || '|' || quote(subject) || '|' || quote(sample_n) || '|' || quote(ci_method) ||"
	" '|' || quote(ci_level) || '|' || quote(ci_low) || '|' || quote(ci_high) || '|' || quote(moe) ||"
	" '|' || quote(ref_id) || '|' || quote(ref_indicator) || '|' || quote(ref_value) || '|' ||"
	" quote(ref_source) || '|' || quote(verdict) || '|' || quote(json)"
	" FROM claims ORDER BY doc_id, doc_hash, claim_id",
	"SELECT 'F|' || quote(doc_id) || '|' || quote(doc_hash) || '|' || quote(claim_id) || '|' ||"
	" quote(seq) || '|' || quote(code) || '|' || quote(severity) || '|' || quote(message)"
	" FROM flags ORDER BY doc_id, doc_hash, claim_id, seq",
};

int cc_rdb_dump(cc_rdb *r, int (*write)(const char *line, size_t len, void *payload), void *payload)
{
	size_t q;
	int rc = CC_OK;

	/* one read transaction: a consistent snapshot even while a run writes */
	if ((rc = exec(r, "BEGIN", "begin")))
		return rc;
	for (q = 0; q < sizeof dump_sql / sizeof dump_sql[0] && !rc; q++) {
		sqlite3_stmt *st = NULL;
		int s;

		if ((rc = prepare(r, &st, dump_sql[q])))
			break;
		while ((s = sqlite3_step(st)) == SQLITE_ROW) {
			const char *line = (const char *)sqlite3_column_text(st, 0);
			int n = sqlite3_column_bytes(st, 0);

			if (write(line ? line : "", (size_t)n, payload)) {
				rc = cc_error_set(r->ctx, CC_EIO, "write error");
				break;
			}
		}
		if (!rc && s != SQLITE_DONE)
			rc = fail(r, r->db, "dump");
		sqlite3_finalize(st);
	}
	sqlite3_exec(r->db, "COMMIT", NULL, NULL, NULL);
	return rc;
}

static void copy_str(char *dst, size_t cap, const unsigned char *s)
{
	snprintf(dst, cap, "%s", s ? (const char *)s : "");
}

int cc_rdb_summarize(cc_rdb *r, cc_rdb_summary *s)
{
	sqlite3_stmt *st = NULL;
	int rc, step;
	size_t cap = 0;

	memset(s, 0, sizeof *s);
	if ((rc = exec(r, "BEGIN", "begin")))
		return rc;
	if ((rc = prepare(r, &st, "SELECT count(*), coalesce(sum(claims),0), coalesce(sum(flags),0),"
				  " count(error), coalesce(sum(flags > 0),0) FROM documents")))
		goto done;
	if (sqlite3_step(st) == SQLITE_ROW) {
		s->docs = sqlite3_column_int64(st, 0);
		s->claims = sqlite3_column_int64(st, 1);
		s->flags = sqlite3_column_int64(st, 2);
		s->refused = sqlite3_column_int64(st, 3);
		s->flagged_docs = sqlite3_column_int64(st, 4);
	}
	sqlite3_finalize(st);
	if ((rc = prepare(r, &st, "SELECT code, count(*) AS n FROM flags GROUP BY code ORDER BY n DESC, code")))
		goto done;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		if (s->ncodes == cap) {
			cc_rdb_count *nc = realloc(s->codes, (cap = cap ? 2 * cap : 16) * sizeof *nc);

			if (!nc) {
				rc = cc_error_oom(r->ctx);
				goto done;
			}
			s->codes = nc;
		}
		memset(&s->codes[s->ncodes], 0, sizeof s->codes[0]);
		copy_str(s->codes[s->ncodes].key, sizeof s->codes[0].key, sqlite3_column_text(st, 0));
		s->codes[s->ncodes++].n = sqlite3_column_int64(st, 1);
	}
	sqlite3_finalize(st);
	if ((rc = prepare(r, &st, "SELECT id, flags, claims, worst FROM documents WHERE flags > 0"
				  " ORDER BY flags DESC, id LIMIT 10")))
		goto done;
	while (sqlite3_step(st) == SQLITE_ROW && s->ntop_docs < CC_RDB_TOP) {
		cc_rdb_count *c = &s->top_docs[s->ntop_docs++];

		copy_str(c->key, sizeof c->key, sqlite3_column_text(st, 0));
		c->n = sqlite3_column_int64(st, 1);
		c->n2 = sqlite3_column_int64(st, 2);
		copy_str(c->extra, sizeof c->extra, sqlite3_column_text(st, 3));
	}
	sqlite3_finalize(st);
	if ((rc = prepare(r, &st, "SELECT coalesce(ref_indicator, '#' || ref_id), ref_source, ref_value, count(*) AS n"
				  " FROM claims WHERE ref_id IS NOT NULL GROUP BY ref_id"
				  " ORDER BY n DESC, ref_id LIMIT 10")))
		goto done;
	while (sqlite3_step(st) == SQLITE_ROW && s->ntop_refs < CC_RDB_TOP) {
		cc_rdb_count *c = &s->top_refs[s->ntop_refs++];

		copy_str(c->key, sizeof c->key, sqlite3_column_text(st, 0));
		copy_str(c->extra, sizeof c->extra, sqlite3_column_text(st, 1));
		c->value = sqlite3_column_type(st, 2) == SQLITE_NULL ? NAN : sqlite3_column_double(st, 2);
		c->n = sqlite3_column_int64(st, 3);
	}
done:
	sqlite3_finalize(st);
	sqlite3_exec(r->db, "COMMIT", NULL, NULL, NULL);
	return rc;
}

void cc_rdb_summary_dispose(cc_rdb_summary *s)
{
	if (!s)
		return;
	free(s->codes);
	s->codes = NULL;
	s->ncodes = 0;
}

/* ------------------------------------------------------------------ */
/* Records from a checked document (no SQL; any thread)                */
/* ------------------------------------------------------------------ */

static char *dup(const char *s)
{
	return s ? strdup(s) : NULL;
}

static const char *const verdict_names[] = { NULL, "consistent", "inconsistent", "unknown" };

int cc_rdb_doc_fill(cc_rdb_doc *rec, const cc_doc *doc, const char *jsonl, size_t jsonl_len)
{
	size_t n = cc_doc_claim_count(doc), i, k, nlines = 0, nflags = 0;
	const char *p;

	rec->worst = cc_doc_worst(doc);
	for (i = 0; i < n; i++) {
		const cc_finding *f = cc_doc_finding(doc, i);

		if (f)
			nflags += f->nflags;
	}
	rec->claims = n ? calloc(n, sizeof *rec->claims) : NULL;
	rec->flags = nflags ? calloc(nflags, sizeof *rec->flags) : NULL;
	if ((n && !rec->claims) || (nflags && !rec->flags))
		return CC_ENOMEM;
	/* the rendering is used only when it has exactly one line per claim */
	for (p = jsonl; p && p < jsonl + jsonl_len; p++)
		if (*p == '\n')
			nlines++;
	if (nlines != n)
		jsonl = NULL;
	p = jsonl;
	for (i = 0; i < n; i++) {
		const cc_claim *c = cc_doc_claim(doc, i);
		const cc_finding *f = cc_doc_finding(doc, i);
		cc_rdb_claim *o = &rec->claims[i];

		rec->nclaims = i + 1;
		o->claim_id = (long)i + 1;
		o->kind = dup(cc_kind_name(c->kind));
		o->text = dup(c->text);
		o->hedge = dup(c->hedge);
		o->unit = dup(c->unit);
		o->subject = dup(c->subject);
		o->start = (long long)c->start;
		o->end = (long long)c->end;
		o->value = c->value;
		o->low = c->low;
		o->high = c->high;
		o->sample_n = c->sample_n;
		o->moe = NAN;
		o->ci_level = o->ci_low = o->ci_high = o->ref_value = NAN;
		if (f && f->has_ci) {
			o->ci_method = dup(cc_ci_method_name(f->ci_method));
			o->ci_level = f->ci_level;
			o->ci_low = f->ci_low;
			o->ci_high = f->ci_high;
		}
		if (f && f->has_moe)
			o->moe = f->moe;
		if (f && f->has_ref) {
			o->has_ref = 1;
			o->ref_id = f->ref.id;
			o->ref_indicator = dup(f->ref.indicator);
			o->ref_source = dup(f->ref.source);
			o->ref_value = f->ref.value;
			if ((unsigned)f->ref.verdict < sizeof verdict_names / sizeof verdict_names[0])
				o->verdict = dup(verdict_names[f->ref.verdict]);
		}
		if (jsonl) {
			const char *nl = memchr(p, '\n', (size_t)(jsonl + jsonl_len - p));

			o->json = strndup(p, (size_t)(nl - p));
			p = nl + 1;
		}
		for (k = 0; f && k < f->nflags; k++) {
			cc_rdb_flag *g = &rec->flags[rec->nflags++];

			g->claim_id = o->claim_id;
			g->seq = (int)k + 1;
			g->code = dup(f->flags[k].name);
			g->severity = dup(sev_name(f->flags[k].severity));
			g->message = dup(f->flags[k].message);
			if (!g->code || !g->severity)
				return CC_ENOMEM;
		}
		if (!o->kind || (c->text && !o->text))
			return CC_ENOMEM;
	}
	return CC_OK;
}

/* FNV-1a, 64-bit: offset basis 14695981039346656037, prime 1099511628211. */
static uint64_t fnv1a(uint64_t h, const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)p[i];
		h *= 1099511628211ULL;
	}
	return h;
}

void cc_rdb_hash(char out[17], const char *text, size_t len, const char *date, const char *url)
{
	static const char zero = 0;
	uint64_t h = 14695981039346656037ULL;

	h = fnv1a(h, text, len);
	h = fnv1a(h, &zero, 1);
	if (date)
		h = fnv1a(h, date, strlen(date));
	h = fnv1a(h, &zero, 1);
	if (url)
		h = fnv1a(h, url, strlen(url));
	snprintf(out, 17, "%016llx", (unsigned long long)h);
}

int cc_rdb_put_doc(cc_rdb *db, const cc_doc *doc, const char *id, const char *path,
		   const char *date, const char *url, const char *jsonl, size_t jsonl_len,
		   int *stored_out)
{
	cc_rdb_doc rec;
	char hash[17];
	size_t len = 0;
	const char *input = cc_doc_input(doc, &len);
	int rc;

	*stored_out = 0;
	memset(&rec, 0, sizeof rec);
	cc_rdb_hash(hash, input, len, date, url);
	rec.id = dup(id);
	rec.path = dup(path);
	rec.date = dup(date);
	rec.url = dup(url);
	rec.hash = dup(hash);
	rec.bytes = (long long)len;
	rc = (!rec.id || !rec.hash) ? CC_ENOMEM : cc_rdb_doc_fill(&rec, doc, jsonl, jsonl_len);
	if (rc)
		rc = cc_error_oom(db->ctx);
	else
		rc = cc_rdb_put(db, &rec, stored_out);
	cc_rdb_doc_dispose(&rec);
	return rc;
}

void cc_rdb_doc_dispose(cc_rdb_doc *d)
{
	size_t i;

	if (!d)
		return;
	for (i = 0; i < d->nclaims; i++) {
		cc_rdb_claim *c = &d->claims[i];

		free(c->kind);
		free(c->text);
		free(c->hedge);
		free(c->unit);
		free(c->subject);
		free(c->ci_method);
		free(c->ref_indicator);
		free(c->ref_source);
		free(c->verdict);
		free(c->json);
	}
	for (i = 0; i < d->nflags; i++) {
		free(d->flags[i].code);
		free(d->flags[i].severity);
		free(d->flags[i].message);
	}
	free(d->claims);
	free(d->flags);
	free(d->id);
	free(d->hash);
	free(d->path);
	free(d->date);
	free(d->url);
	free(d->error);
	memset(d, 0, sizeof *d);
}
