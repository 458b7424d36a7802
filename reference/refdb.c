/*
 * refdb.c -- opening and closing the reference database, the one table
 * that maps sqlite errors to claimcheck statuses, and small shared helpers
 * (period and date parsing). Stage: reference/.
 *
 * `check` opens the database read-only through a `mode=ro` URI, and falls
 * back to `immutable=1` when the file system is read-only (no journal can
 * be checked or created there). `ref` opens it read-write and migrates.
 * Must not: build SQL from input text (prepared statements only), or
 * print anything (errors go on the ctx).
 */
#include "refpriv.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* sqlite primary result code -> status and a plain-English phrase. */
static const struct {
	int sqlite_rc;
	int status;
	const char *phrase;
} err_map[] = {
	{ SQLITE_BUSY, CC_EBUSY, "is locked by another process" },
	{ SQLITE_LOCKED, CC_EBUSY, "is locked" },
	{ SQLITE_CORRUPT, CC_ECORRUPT, "is corrupt" },
	{ SQLITE_NOTADB, CC_ECORRUPT, "is not a database" },
	{ SQLITE_READONLY, CC_EREADONLY, "is read-only" },
	{ SQLITE_CANTOPEN, CC_EIO, "cannot be opened" },
	{ SQLITE_IOERR, CC_EIO, "could not be read or written" },
	{ SQLITE_FULL, CC_EIO, "cannot grow: disk full" },
	{ SQLITE_PERM, CC_EIO, "access denied" },
	{ SQLITE_AUTH, CC_EIO, "access denied" },
	{ SQLITE_NOMEM, CC_ENOMEM, "out of memory" },
	{ SQLITE_CONSTRAINT, CC_EINVAL, "rejected a row (constraint)" },
	{ SQLITE_TOOBIG, CC_EINVAL, "rejected a value that is too big" },
	{ SQLITE_MISMATCH, CC_EINVAL, "rejected a value of the wrong type" },
	{ SQLITE_SCHEMA, CC_EBUSY, "changed while in use" },
	{ SQLITE_ERROR, CC_ECORRUPT, "is not a usable claimcheck reference database" },
};

int cc_ref_status(int sqlite_rc)
{
	size_t i;

	for (i = 0; i < sizeof err_map / sizeof err_map[0]; i++)
		if (err_map[i].sqlite_rc == (sqlite_rc & 0xff))
			return err_map[i].status;
	return CC_EIO;
}

int cc_ref_fail(cc_refdb *r, int sqlite_rc, const char *what)
{
	const char *phrase = "failed";
	const char *detail = r->db ? sqlite3_errmsg(r->db) : sqlite3_errstr(sqlite_rc);
	size_t i;

	for (i = 0; i < sizeof err_map / sizeof err_map[0]; i++)
		if (err_map[i].sqlite_rc == (sqlite_rc & 0xff))
			phrase = err_map[i].phrase;
	return cc_error_set(r->ctx, cc_ref_status(sqlite_rc), "reference database %s %s (%s: %s)",
			    r->path, phrase, what, detail ? detail : "");
}

int cc_ref_bind_text(sqlite3_stmt *st, int i, const char *s, int empty_null)
{
	if (!s || (empty_null && !*s))
		return sqlite3_bind_null(st, i);
	return sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
}

/* "file:" URI for a path: reserved characters percent-encoded. */
static char *make_uri(cc_ctx *ctx, const char *path, const char *query)
{
	size_t n = strlen(path), qn = strlen(query), i, o = 0;
	char *u = cc_malloc(ctx, 5 + 3 * n + qn + 2);

	if (!u)
		return NULL;
	memcpy(u, "file:", 5);
	o = 5;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)path[i];

		if (c == '%' || c == '?' || c == '#' || c < 0x20 || c >= 0x7f) {
			sprintf(u + o, "%%%02X", c);
			o += 3;
		} else {
			u[o++] = (char)c;
		}
	}
	u[o++] = '?';
	memcpy(u + o, query, qn + 1);
	return u;
}

static void close_handle(cc_refdb *r)
{
	sqlite3_stmt **sts[] = { &r->st_ind, &r->st_rows, &r->st_pop, &r->st_popid, &r->st_srv, &r->st_org };
	size_t i;

	for (i = 0; i < sizeof sts / sizeof sts[0]; i++) {
		sqlite3_finalize(*sts[i]);
		*sts[i] = NULL;
	}
	if (r->db)
		sqlite3_close_v2(r->db);
	r->db = NULL;
}

static int open_uri(cc_refdb *r, const char *query, int flags)
{
	char *uri = make_uri(r->ctx, r->path, query);
	int rc;

	if (!uri)
		return cc_error_oom(r->ctx);
	close_handle(r);
	rc = sqlite3_open_v2(uri, &r->db, flags | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);
	cc_free(r->ctx, uri);
	if (rc != SQLITE_OK)
		return cc_ref_fail(r, rc, "open");
	sqlite3_extended_result_codes(r->db, 0);
	sqlite3_busy_timeout(r->db, 1000);
	return CC_OK;
}

int cc_refdb_open(cc_refdb **out, cc_ctx *ctx, const char *path, int readwrite)
{
	cc_refdb *r;
	struct stat sb;
	int rc;

	*out = NULL;
	if (!path || !*path)
		return cc_error_set(ctx, CC_EINVAL, "no reference database path given");
	if (stat(path, &sb) != 0) {
		if (errno == ENOENT && !readwrite)
			return cc_error_set(ctx, CC_ENOTFOUND, "reference database not found: %s", path);
		if (errno != ENOENT)
			return cc_error_set(ctx, CC_EIO, "reference database %s: %s", path, strerror(errno));
	} else if (S_ISDIR(sb.st_mode)) {
		return cc_error_set(ctx, CC_EIO, "reference database %s is a directory", path);
	} else if (!readwrite && sb.st_size == 0) {
		return cc_error_set(ctx, CC_ECORRUPT,
				    "reference database %s is empty (create it with: claimcheck ref init)", path);
	}
	r = cc_calloc(ctx, 1, sizeof *r);
	if (!r)
		return cc_error_oom(ctx);
	r->ctx = ctx;
	r->readwrite = readwrite;
	r->path = cc_strdup(ctx, path);
	if (!r->path) {
		cc_free(ctx, r);
		return cc_error_oom(ctx);
	}
	if (readwrite) {
		rc = open_uri(r, "mode=rwc", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
		if (!rc)
			rc = cc_ref_migrate(r);
	} else {
		rc = open_uri(r, "mode=ro", SQLITE_OPEN_READONLY);
		if (!rc)
			rc = cc_ref_check_version(r);
		/* a read-only file system: no journal can be looked for or
		   made; the file cannot change under us, so read it as is */
		if (rc == CC_EIO || rc == CC_EREADONLY) {
			rc = open_uri(r, "mode=ro&immutable=1", SQLITE_OPEN_READONLY);
			if (!rc)
				rc = cc_ref_check_version(r);
		}
	}
	if (rc) {
		cc_refdb_close(r);
		return rc;
	}
	*out = r;
	return CC_OK;
}

void cc_refdb_close(cc_refdb *r)
{
	if (!r)
		return;
	close_handle(r);
	cc_free(r->ctx, r->path);
	cc_free(r->ctx, r);
}

int cc_refdb_init(cc_ctx *ctx, const char *path)
{
	cc_refdb *r = NULL;
	int rc = cc_refdb_open(&r, ctx, path, 1);

	cc_refdb_close(r);
	return rc;
}

int cc_refdb_exec_sql(cc_refdb *r, const char *sql)
{
	int rc = sqlite3_exec(r->db, sql, NULL, NULL, NULL);

	return rc == SQLITE_OK ? CC_OK : cc_ref_fail(r, rc, "statement");
}

/* ------------------------------------------------------------------ */
/* Dates and periods                                                   */
/* ------------------------------------------------------------------ */

static int leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int mdays(int y, int m)
{
	static const int d[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	return m == 2 && leap(y) ? 29 : d[m - 1];
}

/* n digits at s; -1 if any is not a digit. */
static int digits(const char *s, int n)
{
	int v = 0, i;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

int cc_ref_date_valid(const char *s)
{
	int y, m, d;

	if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	y = digits(s, 4);
	m = digits(s + 5, 2);
	d = digits(s + 8, 2);
	return y >= 1000 && m >= 1 && m <= 12 && d >= 1 && d <= mdays(y, m);
}

/* YYYY-MM-DD into out[11] (y < 10000). */
static void put_date(char *out, int y, int m, int d)
{
	out[0] = (char)('0' + y / 1000 % 10);
	out[1] = (char)('0' + y / 100 % 10);
	out[2] = (char)('0' + y / 10 % 10);
	out[3] = (char)('0' + y % 10);
	out[4] = '-';
	out[5] = (char)('0' + m / 10 % 10);
	out[6] = (char)('0' + m % 10);
	out[7] = '-';
	out[8] = (char)('0' + d / 10 % 10);
	out[9] = (char)('0' + d % 10);
	out[10] = '\0';
}

int cc_ref_period_parse(const char *s, char *start, char *end)
{
	size_t n = s ? strlen(s) : 0;
	int y, y2, m1, m2, d1 = 1, d2, q;

	if (n < 4 || (y = digits(s, 4)) < 1000)
		return -1;
	if (n == 4) {
		m1 = 1;
		m2 = 12;
	} else if (n == 7 && s[4] == '-' && (s[5] == 'Q' || s[5] == 'q')) {
		q = digits(s + 6, 1);
		if (q < 1 || q > 4)
			return -1;
		m1 = 3 * q - 2;
		m2 = 3 * q;
	} else if (n == 7 && s[4] == '-') {
		m1 = m2 = digits(s + 5, 2);
		if (m1 < 1 || m1 > 12)
			return -1;
	} else if (n == 10) {
		if (!cc_ref_date_valid(s))
			return -1;
		memcpy(start, s, 11);
		memcpy(end, s, 11);
		return 0;
	} else if (n == 7 && s[4] == '/') {
		/* UK fiscal year 2023/24: 1 April 2023 to 31 March 2024 */
		y2 = digits(s + 5, 2);
		if (y2 != (y + 1) % 100)
			return -1;
		if (y >= 9999)
			return -1;
		put_date(start, y, 4, 1);
		put_date(end, y + 1, 3, 31);
		return 0;
	} else {
		return -1;
	}
	d2 = mdays(y, m2);
	put_date(start, y, m1, d1);
	put_date(end, y, m2, d2);
	return 0;
}
