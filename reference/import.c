/*
 * import.c -- CSV import and export, list, search and add for the
 * reference database (stage: reference/). One table of table specs
 * (columns, types, required flags, derived columns) drives the header
 * check, the type checks, the INSERT and the export, so a CSV written by
 * export imports again unchanged.
 *
 * An import is one transaction: any bad row rolls the whole file back
 * and leaves a "FILE:LINE: message" on the ctx. Values reach SQL only as
 * bound parameters; statement text comes from the static tables below,
 * never from the input. Must not: print, or accept invalid UTF-8.
 */
#include "refpriv.h"
#include "csv.h"
#include "../core/vocab.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum coltype { T_TEXT, T_REAL, T_BOOL, T_DATE, T_PERIOD, T_SHARE, T_ORGTYPE };

typedef struct colspec {
	const char *name;     /* CSV header name */
	const char *sqlcol;   /* column written (NULL: same as name) */
	enum coltype type;
	int required;
	const char *bind;     /* placeholder expression (NULL: "?") */
	const char *select;   /* export expression (NULL: sqlcol) */
} colspec;

#define MAXCOLS 32

typedef struct tablespec {
	const char *table;
	const colspec *cols;
	const char *derived;  /* extra columns bound by the row hook, or NULL */
	int nderived;
	const char *finish;   /* SQL run once after the rows (same transaction) */
} tablespec;

static const colspec figure_cols[] = {
	{ "indicator", NULL, T_TEXT, 1, NULL, NULL },
	{ "geography", NULL, T_TEXT, 1, NULL, NULL },
	{ "period", NULL, T_PERIOD, 1, NULL, NULL },
	{ "value", NULL, T_REAL, 1, NULL, NULL },
	{ "unit", NULL, T_TEXT, 1, NULL, NULL },
	{ "source", NULL, T_TEXT, 1, NULL, NULL },
	{ "url", NULL, T_TEXT, 0, NULL, NULL },
	{ "released", NULL, T_DATE, 0, NULL, NULL },
	{ "retrieved", NULL, T_DATE, 0, NULL, NULL },
	{ "keywords", NULL, T_TEXT, 0, "coalesce(?, '')", NULL },
	{ "notes", NULL, T_TEXT, 0, NULL, NULL },
	{ "publisher", NULL, T_TEXT, 0, NULL, NULL },
	{ "precision", NULL, T_REAL, 0, NULL, NULL },
	{ NULL, NULL, 0, 0, NULL, NULL }
};

static const colspec survey_cols[] = {
	{ "title", NULL, T_TEXT, 1, NULL, NULL },
	{ "commissioner", NULL, T_TEXT, 0, NULL, NULL },
	{ "commissioner_type", NULL, T_ORGTYPE, 0, NULL, NULL },
	{ "interests", NULL, T_TEXT, 0, NULL, NULL },
	{ "fieldwork_org", NULL, T_TEXT, 0, NULL, NULL },
	{ "fieldwork_start", NULL, T_DATE, 0, NULL, NULL },
	{ "fieldwork_end", NULL, T_DATE, 0, NULL, NULL },
	{ "n", NULL, T_REAL, 0, NULL, NULL },
	{ "population", NULL, T_TEXT, 0, NULL, NULL },
	{ "mode", NULL, T_TEXT, 0, NULL, NULL },
	{ "selection", NULL, T_TEXT, 0, NULL, NULL },
	{ "probability_sample", NULL, T_BOOL, 0, NULL, NULL },
	{ "weighted", NULL, T_BOOL, 0, NULL, NULL },
	{ "deff", NULL, T_REAL, 0, NULL, NULL },
	{ "question", NULL, T_TEXT, 0, NULL, NULL },
	{ "pollster", NULL, T_TEXT, 0, NULL, NULL },
	{ "keywords", NULL, T_TEXT, 0, NULL, NULL },
	{ "source", NULL, T_TEXT, 1, NULL, NULL },
	{ "url", NULL, T_TEXT, 0, NULL, NULL },
	{ "published", NULL, T_DATE, 0, NULL, NULL },
	{ "retrieved", NULL, T_DATE, 0, NULL, NULL },
	{ "notes", NULL, T_TEXT, 0, NULL, NULL },
	{ NULL, NULL, 0, 0, NULL, NULL }
};

static const colspec result_cols[] = {
	{ "survey", "survey_id", T_TEXT, 1, "(SELECT id FROM surveys WHERE title = ?)",
	  "(SELECT title FROM surveys s WHERE s.id = survey_id)" },
	{ "question", NULL, T_TEXT, 1, NULL, NULL },
	{ "answer", NULL, T_TEXT, 1, NULL, NULL },
	{ "share", NULL, T_SHARE, 1, NULL, NULL },
	{ "base_n", NULL, T_REAL, 0, NULL, NULL },
	{ "single_choice", NULL, T_BOOL, 0, NULL, NULL },
	{ "source", NULL, T_TEXT, 1, NULL, NULL },
	{ "notes", NULL, T_TEXT, 0, NULL, NULL },
	{ NULL, NULL, 0, 0, NULL, NULL }
};

static const colspec population_cols[] = {
	{ "name", NULL, T_TEXT, 1, NULL, NULL },
	{ "aliases", NULL, T_TEXT, 0, "coalesce(?, '')", NULL },
	{ "size", NULL, T_REAL, 0, NULL, NULL },
	{ "parent", NULL, T_TEXT, 0, NULL, NULL },
	{ "geography", NULL, T_TEXT, 0, NULL, NULL },
	{ "source", NULL, T_TEXT, 1, NULL, NULL },
	{ "url", NULL, T_TEXT, 0, NULL, NULL },
	{ "retrieved", NULL, T_DATE, 0, NULL, NULL },
	{ "notes", NULL, T_TEXT, 0, NULL, NULL },
	{ NULL, NULL, 0, 0, NULL, NULL }
};

static const colspec pollster_cols[] = {
	{ "name", NULL, T_TEXT, 1, NULL, NULL },
	{ "aliases", NULL, T_TEXT, 0, "coalesce(?, '')", NULL },
	{ "type", NULL, T_ORGTYPE, 1, NULL, NULL },
	{ "bpc_member", NULL, T_BOOL, 0, NULL, NULL },
	{ "aapor_ti", NULL, T_BOOL, 0, NULL, NULL },
	{ "interests", NULL, T_TEXT, 0, NULL, NULL },
	{ "methods", NULL, T_TEXT, 0, NULL, NULL },
	{ "country", NULL, T_TEXT, 0, NULL, NULL },
	{ "source", NULL, T_TEXT, 1, NULL, NULL },
	{ "url", NULL, T_TEXT, 0, NULL, NULL },
	{ "retrieved", NULL, T_DATE, 0, NULL, NULL },
	{ "notes", NULL, T_TEXT, 0, NULL, NULL },
	{ NULL, NULL, 0, 0, NULL, NULL }
};

static const tablespec specs[] = {
	{ "figures", figure_cols, "period_start, period_end", 2, NULL },
	{ "surveys", survey_cols, NULL, 0,
	  "UPDATE surveys SET population_id = (SELECT p.id FROM populations p WHERE p.name = surveys.population),"
	  " pollster_id = (SELECT o.id FROM pollsters o WHERE o.name = surveys.pollster)" },
	{ "survey_results", result_cols, NULL, 0, NULL },
	{ "populations", population_cols, NULL, 0,
	  "UPDATE populations SET parent_id = (SELECT p.id FROM populations p WHERE p.name = populations.parent)"
	  " WHERE parent IS NOT NULL;"
	  "UPDATE surveys SET population_id = (SELECT p.id FROM populations p WHERE p.name = surveys.population)"
	  " WHERE population IS NOT NULL" },
	{ "pollsters", pollster_cols, NULL, 0,
	  "UPDATE surveys SET pollster_id = (SELECT o.id FROM pollsters o WHERE o.name = surveys.pollster)"
	  " WHERE pollster IS NOT NULL" },
};

#define NSPECS (sizeof specs / sizeof specs[0])

static const char *const table_names[] = {
	"figures", "surveys", "survey_results", "populations", "pollsters", NULL
};

const char *const *cc_refdb_tables(void)
{
	return table_names;
}

static int ncols(const tablespec *t)
{
	int n = 0;

	while (t->cols[n].name)
		n++;
	return n;
}

static const char *sqlcol(const colspec *c)
{
	return c->sqlcol ? c->sqlcol : c->name;
}

/* ------------------------------------------------------------------ */
/* Value checks                                                        */
/* ------------------------------------------------------------------ */

/* A finite decimal number, nothing else (no hex, inf, nan, spaces). */
static int parse_real(const char *s, double *out)
{
	char *end;
	const char *p;

	if (!*s)
		return -1;
	for (p = s; *p; p++)
		if (!isdigit((unsigned char)*p) && !strchr("+-.eE", *p))
			return -1;
	errno = 0;
	*out = strtod(s, &end);
	if (*end || errno == ERANGE || !isfinite(*out))
		return -1;
	return 0;
}

/* A yes/no value as class bool_word spells it (extract/lexicon/booleans.tsv). */
static int parse_bool(const char *s, int *out)
{
	const cc_vocab_row *words;
	size_t i, n;

	words = cc_vocab_rows(CC_V_BOOL_WORD, &n);
	for (i = 0; i < n; i++)
		if (!strcasecmp(s, words[i].phrase)) {
			*out = words[i].v[0] != 0;
			return 0;
		}
	return -1;
}

/* Decimals written after the point ("4.30" -> 2); an exponent shifts
 * them ("4.25e1" -> 1, "1e3" -> -3: a half-unit of 500). */
static int decimals_of(const char *s)
{
	const char *e = strpbrk(s, "eE"), *dot = strchr(s, '.');
	int d = 0;

	if (dot && (!e || dot < e))
		d = (int)((e ? e : dot + strlen(dot)) - (dot + 1));
	if (e)
		d -= atoi(e + 1);
	return d;
}

/* ------------------------------------------------------------------ */
/* Import                                                              */
/* ------------------------------------------------------------------ */

typedef struct imp {
	cc_refdb *r;
	const char *label;
	const tablespec *t;
	int n;                   /* spec columns */
	int csvcol[MAXCOLS];     /* spec column -> CSV column, -1 absent */
	sqlite3_stmt *ins, *ind;
	cc_buf last_ind;         /* indicator/keywords of the last upsert */
	long rows;
} imp;

static int row_error(imp *m, long line, const char *fmt, const char *a, const char *b)
{
	char msg[400];
	char av[120];

	/* quote at most a short prefix of the offending value */
	if (a) {
		size_t n = strlen(a);

		snprintf(av, sizeof av, "%.*s%s", n > 60 ? 60 : (int)n, a, n > 60 ? "..." : "");
	}
	snprintf(msg, sizeof msg, fmt, a ? av : "", b ? b : "");
	return cc_error_set_pos(m->r->ctx, CC_EINVAL, m->label, line, 0, "%s", msg);
}

/* An organisation type (pollsters.type, surveys.commissioner_type) as
 * class org_type spells it (extract/lexicon/org-types.tsv), or NULL. */
static const char *org_type(const char *v)
{
	const char *const *t;

	for (t = cc_vocab_list(CC_V_ORG_TYPE); *t; t++)
		if (!strcasecmp(*t, v))
			return *t;
	return NULL;
}

/* "COL: 'V' is not an organisation type (pollster, company, ...)", the
 * types listed as the rows give them. */
static int org_type_error(imp *m, long line, const char *col, const char *v)
{
	const char *const *types = cc_vocab_list(CC_V_ORG_TYPE), *const *t, *c;
	cc_buf fmt;
	int rc;

	cc_buf_init(&fmt, m->r->ctx);
	cc_buf_puts(&fmt, "%s: '%s' is not an organisation type (");
	for (t = types; *t; t++) {
		if (t != types)
			cc_buf_puts(&fmt, ", ");
		for (c = *t; *c; c++) {
			if (*c == '%') /* the list is part of a format */
				cc_buf_putc(&fmt, '%');
			cc_buf_putc(&fmt, *c);
		}
	}
	cc_buf_putc(&fmt, ')');
	rc = cc_buf_oom(&fmt) ? cc_error_oom(m->r->ctx) : row_error(m, line, fmt.ptr, col, v);
	cc_buf_dispose(&fmt);
	return rc;
}

static int sql_error(imp *m, long line, int rc, const char *what)
{
	if ((rc & 0xff) == SQLITE_CONSTRAINT)
		return cc_error_set_pos(m->r->ctx, CC_EINVAL, m->label, line, 0, "row rejected: %s%s",
					sqlite3_errmsg(m->r->db),
					m->t && !strcmp(m->t->table, "survey_results")
						? " (is the survey in the surveys table?)"
						: "");
	return cc_ref_fail(m->r, rc, what);
}

static const tablespec *spec_named(const char *name)
{
	size_t i;

	for (i = 0; i < NSPECS; i++)
		if (!strcmp(specs[i].table, name))
			return &specs[i];
	return NULL;
}

static int col_index(const tablespec *t, const char *name)
{
	int i;

	for (i = 0; t->cols[i].name; i++)
		if (!strcasecmp(t->cols[i].name, name))
			return i;
	return -1;
}

/* Choose the table whose columns explain the header: every header name
 * known, every required column present; the most required columns win. */
static int pick_spec(imp *m, char **hdr, size_t nh)
{
	const tablespec *best = NULL;
	int bestreq = -1;
	size_t i, k;
	int j;

	for (i = 0; i < NSPECS; i++) {
		const tablespec *t = &specs[i];
		int ok = 1, req = 0;

		for (k = 0; k < nh && ok; k++)
			if (col_index(t, hdr[k]) < 0)
				ok = 0;
		for (j = 0; t->cols[j].name && ok; j++) {
			int found = 0;

			for (k = 0; k < nh; k++)
				if (!strcasecmp(hdr[k], t->cols[j].name))
					found = 1;
			if (t->cols[j].required) {
				if (!found)
					ok = 0;
				req++;
			}
		}
		if (ok && req > bestreq) {
			best = t;
			bestreq = req;
		}
	}
	if (!best)
		return cc_error_set_pos(m->r->ctx, CC_EINVAL, m->label, 1, 0,
					"header not recognised: a figures file needs indicator,geography,period,"
					"value,unit,source (optional url,released,retrieved,keywords,notes); "
					"surveys, survey_results, populations and pollsters files have their own "
					"columns (see claimcheck ref export TABLE)");
	m->t = best;
	m->n = ncols(best);
	for (j = 0; j < m->n; j++)
		m->csvcol[j] = -1;
	for (k = 0; k < nh; k++) {
		j = col_index(best, hdr[k]);
		if (m->csvcol[j] >= 0)
			return cc_error_set_pos(m->r->ctx, CC_EINVAL, m->label, 1, 0,
						"column '%s' appears twice in the header", hdr[k]);
		m->csvcol[j] = (int)k;
	}
	return CC_OK;
}

static int prepare_insert(imp *m)
{
	cc_buf sql;
	int j, rc;

	cc_buf_init(&sql, m->r->ctx);
	cc_buf_printf(&sql, "INSERT INTO %s(", m->t->table);
	for (j = 0; j < m->n; j++)
		cc_buf_printf(&sql, "%s%s", j ? ", " : "", sqlcol(&m->t->cols[j]));
	if (m->t->derived)
		cc_buf_printf(&sql, ", %s", m->t->derived);
	cc_buf_puts(&sql, ") VALUES (");
	for (j = 0; j < m->n + m->t->nderived; j++) {
		const char *b = j < m->n && m->t->cols[j].bind ? m->t->cols[j].bind : "?";

		cc_buf_printf(&sql, "%s%s", j ? ", " : "", b);
	}
	cc_buf_puts(&sql, ")");
	if (cc_buf_oom(&sql)) {
		cc_buf_dispose(&sql);
		return cc_error_oom(m->r->ctx);
	}
	rc = sqlite3_prepare_v2(m->r->db, sql.ptr, -1, &m->ins, NULL);
	cc_buf_dispose(&sql);
	if (rc != SQLITE_OK)
		return cc_ref_fail(m->r, rc, "preparing the import");
	if (!strcmp(m->t->table, "figures")) {
		/* merge keywords into the indicator's FTS row; a no-op update
		   (keywords already there) is skipped by the WHERE */
		rc = sqlite3_prepare_v2(m->r->db,
					"INSERT INTO indicators(name, keywords) VALUES (?1, ?2) "
					"ON CONFLICT(name) DO UPDATE SET keywords = CASE WHEN keywords = '' THEN ?2 "
					"ELSE keywords || ';' || ?2 END "
					"WHERE ?2 <> '' AND instr(';' || keywords || ';', ';' || ?2 || ';') = 0",
					-1, &m->ind, NULL);
		if (rc != SQLITE_OK)
			return cc_ref_fail(m->r, rc, "preparing the import");
	}
	return CC_OK;
}

/* Validate and insert one row; vals[j] is spec column j (NULL absent). */
static int import_row(imp *m, const char *const *vals, long line)
{
	sqlite3_stmt *st = m->ins;
	char pstart[11] = "", pend[11] = "";
	const char *value_text = NULL;
	int j, rc;

	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	for (j = 0; j < m->n; j++) {
		const colspec *c = &m->t->cols[j];
		const char *v = vals[j];
		double d;
		int b;

		if (!v || !*v) {
			if (c->required)
				return row_error(m, line, "%s%s: a value is required", "", c->name);
			if (!strcmp(c->name, "precision") && value_text) {
				/* the rounding half-unit of the value as written */
				int dec = decimals_of(value_text);

				if (dec > -300 && dec < 300)
					sqlite3_bind_double(st, j + 1, 0.5 * pow(10, -dec));
			}
			continue;
		}
		switch (c->type) {
		case T_TEXT:
			rc = sqlite3_bind_text(st, j + 1, v, -1, SQLITE_TRANSIENT);
			break;
		case T_ORGTYPE: {
			const char *type = org_type(v);

			if (!type)
				return org_type_error(m, line, c->name, v);
			rc = sqlite3_bind_text(st, j + 1, type, -1, SQLITE_STATIC);
			break;
		}
		case T_REAL:
		case T_SHARE:
			if (parse_real(v, &d))
				return row_error(m, line, "%s: '%s' is not a number", c->name, v);
			if (c->type == T_SHARE && (d < 0 || d > 1))
				return row_error(m, line, "%s: '%s' is not a share between 0 and 1", c->name, v);
			if (!strcmp(c->name, "precision")) {
				if (d < 0)
					return row_error(m, line, "%s: '%s' is negative", c->name, v);
			}
			if (!strcmp(c->name, "value"))
				value_text = v;
			rc = sqlite3_bind_double(st, j + 1, d);
			break;
		case T_BOOL:
			if (parse_bool(v, &b))
				return row_error(m, line, "%s: '%s' is not yes/no (1/0)", c->name, v);
			rc = sqlite3_bind_int(st, j + 1, b);
			break;
		case T_DATE:
			if (!cc_ref_date_valid(v))
				return row_error(m, line, "%s: '%s' is not a date (YYYY-MM-DD)", c->name, v);
			rc = sqlite3_bind_text(st, j + 1, v, -1, SQLITE_TRANSIENT);
			break;
		case T_PERIOD:
			if (cc_ref_period_parse(v, pstart, pend))
				return row_error(m, line, "%s: '%s' is not a period (2024, 2024-03, 2024-Q1, "
						 "2024-03-31 or 2023/24)", c->name, v);
			rc = sqlite3_bind_text(st, j + 1, v, -1, SQLITE_TRANSIENT);
			break;
		default:
			rc = SQLITE_MISUSE;
		}
		if (rc != SQLITE_OK)
			return sql_error(m, line, rc, "binding a value");
	}
	if (m->t->nderived) {
		sqlite3_bind_text(st, m->n + 1, pstart, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, m->n + 2, pend, -1, SQLITE_TRANSIENT);
	}
	rc = sqlite3_step(st);
	if (rc != SQLITE_DONE)
		return sql_error(m, line, rc, "inserting a row");
	if (m->ind) {
		const char *ind = vals[0], *kw = vals[col_index(m->t, "keywords")];
		size_t il = strlen(ind), kl = kw ? strlen(kw) : 0;

		if (!kw)
			kw = "";
		/* rows of one indicator usually come together: skip repeats */
		if (m->last_ind.len != il + kl + 1 || memcmp(m->last_ind.ptr, ind, il) ||
		    m->last_ind.ptr[il] != '\n' || memcmp(m->last_ind.ptr + il + 1, kw, kl)) {
			sqlite3_reset(m->ind);
			sqlite3_bind_text(m->ind, 1, ind, -1, SQLITE_TRANSIENT);
			sqlite3_bind_text(m->ind, 2, kw, -1, SQLITE_TRANSIENT);
			rc = sqlite3_step(m->ind);
			if (rc != SQLITE_DONE)
				return sql_error(m, line, rc, "indexing an indicator");
			cc_buf_clear(&m->last_ind);
			cc_buf_put(&m->last_ind, ind, il);
			cc_buf_putc(&m->last_ind, '\n');
			cc_buf_put(&m->last_ind, kw, kl);
		}
	}
	m->rows++;
	return CC_OK;
}

static int import_csv(imp *m, const char *data, size_t len)
{
	cc_csv c;
	const char *vals[MAXCOLS];
	int rc, j;
	size_t nh;

	cc_csv_init(&c, m->r->ctx, data, len, ',');
	rc = cc_csv_next(&c, m->r->ctx, m->label);
	if (rc == 0)
		rc = cc_error_set_pos(m->r->ctx, CC_EINVAL, m->label, 1, 0, "empty file: no header line");
	if (rc < 0)
		goto out;
	nh = c.nfields;
	if (nh > MAXCOLS) {
		rc = cc_error_set_pos(m->r->ctx, CC_EINVAL, m->label, c.rec_line, 0, "too many columns (%zu)", nh);
		goto out;
	}
	for (size_t k = 0; k < nh; k++) {
		/* header names: trim spaces, compare case-insensitively */
		char *h = c.fields[k], *e;

		while (*h == ' ')
			h++;
		e = h + strlen(h);
		while (e > h && e[-1] == ' ')
			*--e = '\0';
		c.fields[k] = h;
	}
	if ((rc = pick_spec(m, c.fields, nh)) || (rc = prepare_insert(m)))
		goto out;
	while ((rc = cc_csv_next(&c, m->r->ctx, m->label)) == 1) {
		if (c.nfields != nh) {
			rc = cc_error_set_pos(m->r->ctx, CC_EINVAL, m->label, c.rec_line, 0,
					      "expected %zu fields as in the header, found %zu", nh, c.nfields);
			goto out;
		}
		for (j = 0; j < m->n; j++)
			vals[j] = m->csvcol[j] >= 0 ? c.fields[m->csvcol[j]] : NULL;
		if ((rc = import_row(m, vals, c.rec_line)))
			goto out;
	}
out:
	cc_csv_dispose(&c);
	return rc;
}

/* A lexicon TSV: one row per non-blank, non-comment line. */
static int import_tsv(imp *m, const char *data, size_t len, const char *file)
{
	const char *p = data, *e = data + len;
	long line = 0;
	int rc;

	rc = sqlite3_prepare_v2(m->r->db,
				"INSERT INTO lexicon(file, line, word, kind, value, rest, text) VALUES (?,?,?,?,?,?,?)",
				-1, &m->ins, NULL);
	if (rc != SQLITE_OK)
		return cc_ref_fail(m->r, rc, "preparing the lexicon import");
	while (p < e) {
		const char *nl = memchr(p, '\n', (size_t)(e - p)), *le, *f[4];
		size_t fl[4];
		int k = 0;

		if (!nl)
			nl = e;
		le = nl;
		if (le > p && le[-1] == '\r')
			le--;
		line++;
		if (le > p && *p != '#') {
			const char *q = p;

			for (k = 0; k < 3; k++) {
				const char *t = memchr(q, '\t', (size_t)(le - q));

				f[k] = q;
				fl[k] = (size_t)((t ? t : le) - q);
				if (!t) {
					k++;
					q = le;
					break;
				}
				q = t + 1;
			}
			f[3] = q;
			fl[3] = (size_t)(le - q);
			sqlite3_reset(m->ins);
			sqlite3_clear_bindings(m->ins);
			sqlite3_bind_text(m->ins, 1, file, -1, SQLITE_TRANSIENT);
			sqlite3_bind_int64(m->ins, 2, line);
			for (int i = 0; i < 3; i++)
				if (i < k)
					sqlite3_bind_text(m->ins, 3 + i, f[i], (int)fl[i], SQLITE_TRANSIENT);
			if (fl[3] && k == 3)
				sqlite3_bind_text(m->ins, 6, f[3], (int)fl[3], SQLITE_TRANSIENT);
			sqlite3_bind_text(m->ins, 7, p, (int)(le - p), SQLITE_TRANSIENT);
			if (!k || !fl[0])
				sqlite3_bind_text(m->ins, 3, "", 0, SQLITE_STATIC);
			rc = sqlite3_step(m->ins);
			if (rc != SQLITE_DONE)
				return sql_error(m, line, rc, "inserting a lexicon line");
			m->rows++;
		}
		p = nl < e ? nl + 1 : e;
	}
	m->t = NULL;
	return CC_OK;
}

int cc_refdb_import_mem(cc_refdb *r, const char *data, size_t len, const char *label,
			int tsv, const char **table_out, long *rows_out)
{
	imp m;
	long bad;
	int rc;
	const char *base;

	memset(&m, 0, sizeof m);
	m.r = r;
	m.label = label ? label : "-";
	cc_buf_init(&m.last_ind, r->ctx);
	if (table_out)
		*table_out = NULL;
	if (rows_out)
		*rows_out = 0;
	if (!r->readwrite)
		return cc_error_set(r->ctx, CC_EREADONLY, "reference database %s is open read-only", r->path);
	if ((bad = cc_utf8_bad_line(data, len)))
		return cc_error_set_pos(r->ctx, CC_EINVAL, m.label, bad, 0, "invalid UTF-8 (or a NUL byte)");
	rc = sqlite3_exec(r->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		return cc_ref_fail(r, rc, "starting the import");
	base = strrchr(m.label, '/');
	base = base ? base + 1 : m.label;
	rc = tsv ? import_tsv(&m, data, len, base) : import_csv(&m, data, len);
	if (!rc && m.t && m.t->finish) {
		int src = sqlite3_exec(r->db, m.t->finish, NULL, NULL, NULL);

		if (src != SQLITE_OK)
			rc = cc_ref_fail(r, src, "linking the imported rows");
	}
	sqlite3_finalize(m.ins);
	sqlite3_finalize(m.ind);
	cc_buf_dispose(&m.last_ind);
	if (!rc) {
		int src = sqlite3_exec(r->db, "COMMIT", NULL, NULL, NULL);

		if (src != SQLITE_OK)
			rc = cc_ref_fail(r, src, "committing the import");
	}
	if (rc) {
		sqlite3_exec(r->db, "ROLLBACK", NULL, NULL, NULL);
		return rc;
	}
	if (table_out)
		*table_out = tsv ? "lexicon" : m.t->table;
	if (rows_out)
		*rows_out = m.rows;
	return CC_OK;
}

int cc_refdb_import(cc_refdb *r, const char *path, const char *label,
		    const char **table_out, long *rows_out)
{
	FILE *f;
	cc_buf b;
	char chunk[65536];
	size_t n, pl = strlen(path);
	int rc, tsv = pl > 4 && !strcasecmp(path + pl - 4, ".tsv");

	if (!label)
		label = path;
	f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	if (!f)
		return cc_error_set(r->ctx, errno == ENOENT ? CC_ENOTFOUND : CC_EIO, "cannot read %s: %s",
				    label, strerror(errno));
	cc_buf_init(&b, r->ctx);
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		cc_buf_put(&b, chunk, n);
	rc = ferror(f);
	if (f != stdin)
		fclose(f);
	if (rc) {
		cc_buf_dispose(&b);
		return cc_error_set(r->ctx, CC_EIO, "cannot read %s", label);
	}
	if (cc_buf_oom(&b)) {
		cc_buf_dispose(&b);
		return cc_error_oom(r->ctx);
	}
	rc = cc_refdb_import_mem(r, b.ptr, b.len, label, tsv, table_out, rows_out);
	cc_buf_dispose(&b);
	return rc;
}

int cc_refdb_add_figure(cc_refdb *r, int n, const char *const *names, const char *const *values,
			long long *id_out)
{
	imp m;
	const char *vals[MAXCOLS];
	int rc, i, j;

	memset(&m, 0, sizeof m);
	m.r = r;
	m.label = "ref add";
	m.t = spec_named("figures");
	m.n = ncols(m.t);
	cc_buf_init(&m.last_ind, r->ctx);
	if (!r->readwrite)
		return cc_error_set(r->ctx, CC_EREADONLY, "reference database %s is open read-only", r->path);
	for (j = 0; j < m.n; j++)
		vals[j] = NULL;
	for (i = 0; i < n; i++) {
		j = col_index(m.t, names[i]);
		if (j < 0)
			return cc_error_set(r->ctx, CC_EINVAL, "figures have no column '%s'", names[i]);
		if (values[i] && cc_utf8_bad_line(values[i], strlen(values[i])))
			return cc_error_set(r->ctx, CC_EINVAL, "--%s: invalid UTF-8", names[i]);
		vals[j] = values[i];
	}
	rc = sqlite3_exec(r->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		return cc_ref_fail(r, rc, "starting the insert");
	rc = prepare_insert(&m);
	if (!rc) {
		rc = import_row(&m, vals, 0);
		if (rc)
			/* no line for a single row: drop the position */
			r->ctx->err.line = 0;
	}
	if (!rc && id_out)
		*id_out = sqlite3_last_insert_rowid(r->db);
	sqlite3_finalize(m.ins);
	sqlite3_finalize(m.ind);
	cc_buf_dispose(&m.last_ind);
	if (!rc) {
		int src = sqlite3_exec(r->db, "COMMIT", NULL, NULL, NULL);

		if (src != SQLITE_OK)
			rc = cc_ref_fail(r, src, "committing");
	}
	if (rc)
		sqlite3_exec(r->db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

/* ------------------------------------------------------------------ */
/* Export, list, search                                                */
/* ------------------------------------------------------------------ */

/* The shortest decimal that reads back as the same double. */
static void fmt_real(char *buf, size_t cap, double v)
{
	int prec;

	if (v == floor(v) && fabs(v) < 1e15) {
		snprintf(buf, cap, "%.0f", v);
		return;
	}
	for (prec = 1; prec <= 17; prec++) {
		snprintf(buf, cap, "%.*g", prec, v);
		if (strtod(buf, NULL) == v)
			return;
	}
}

static const char *col_text(sqlite3_stmt *st, int i, char *buf, size_t cap)
{
	switch (sqlite3_column_type(st, i)) {
	case SQLITE_NULL:
		return NULL;
	case SQLITE_FLOAT:
		fmt_real(buf, cap, sqlite3_column_double(st, i));
		return buf;
	default:
		return (const char *)sqlite3_column_text(st, i);
	}
}

/* SELECT the spec's columns (id first when with_id). */
static int prepare_select(cc_refdb *r, const tablespec *t, int with_id, long limit, sqlite3_stmt **st)
{
	cc_buf sql;
	int j, rc;

	cc_buf_init(&sql, r->ctx);
	cc_buf_puts(&sql, "SELECT ");
	if (with_id)
		cc_buf_puts(&sql, "id, ");
	for (j = 0; t->cols[j].name; j++) {
		const colspec *c = &t->cols[j];

		cc_buf_printf(&sql, "%s%s", j ? ", " : "", c->select ? c->select : sqlcol(c));
	}
	cc_buf_printf(&sql, " FROM %s ORDER BY id", t->table);
	if (limit > 0)
		cc_buf_printf(&sql, " LIMIT %ld", limit);
	if (cc_buf_oom(&sql)) {
		cc_buf_dispose(&sql);
		return cc_error_oom(r->ctx);
	}
	rc = sqlite3_prepare_v2(r->db, sql.ptr, -1, st, NULL);
	cc_buf_dispose(&sql);
	return rc == SQLITE_OK ? CC_OK : cc_ref_fail(r, rc, "reading a table");
}

int cc_refdb_export(cc_refdb *r, const char *table,
		    int (*write)(const char *data, size_t len, void *payload), void *payload)
{
	const tablespec *t = spec_named(table ? table : "figures");
	sqlite3_stmt *st = NULL;
	cc_buf line;
	char num[40];
	int rc, j, n;

	if (!t)
		return cc_error_set(r->ctx, CC_EINVAL,
				    "no table '%s' (figures, surveys, survey_results, populations, pollsters)", table);
	n = ncols(t);
	if ((rc = prepare_select(r, t, 0, 0, &st)))
		return rc;
	cc_buf_init(&line, r->ctx);
	for (j = 0; j < n; j++)
		cc_csv_put_field(&line, t->cols[j].name, j == 0);
	cc_buf_puts(&line, "\r\n");
	for (;;) {
		if (line.len >= 65536 || cc_buf_oom(&line)) {
			if (cc_buf_oom(&line)) {
				rc = cc_error_oom(r->ctx);
				break;
			}
			if (write(line.ptr, line.len, payload)) {
				rc = cc_error_set(r->ctx, CC_EIO, "write error");
				break;
			}
			cc_buf_clear(&line);
		}
		int s = sqlite3_step(st);

		if (s == SQLITE_DONE)
			break;
		if (s != SQLITE_ROW) {
			rc = cc_ref_fail(r, s, "exporting");
			break;
		}
		for (j = 0; j < n; j++)
			cc_csv_put_field(&line, col_text(st, j, num, sizeof num), j == 0);
		cc_buf_puts(&line, "\r\n");
	}
	if (!rc && line.len && write(line.ptr, line.len, payload))
		rc = cc_error_set(r->ctx, CC_EIO, "write error");
	cc_buf_dispose(&line);
	sqlite3_finalize(st);
	return rc;
}

static int emit_rows(cc_refdb *r, sqlite3_stmt *st, cc_refdb_row_fn fn, void *payload)
{
	const char *names[MAXCOLS + 2], *vals[MAXCOLS + 2];
	char nums[MAXCOLS + 2][40];
	int n = sqlite3_column_count(st), i, s, rc = 0;

	if (n > MAXCOLS + 2)
		n = MAXCOLS + 2;
	for (i = 0; i < n; i++)
		names[i] = sqlite3_column_name(st, i);
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		for (i = 0; i < n; i++)
			vals[i] = col_text(st, i, nums[i], sizeof nums[i]);
		if ((rc = fn(n, names, vals, payload)))
			return rc;
	}
	return s == SQLITE_DONE ? CC_OK : cc_ref_fail(r, s, "reading");
}

int cc_refdb_list(cc_refdb *r, const char *table, long limit, cc_refdb_row_fn fn, void *payload)
{
	sqlite3_stmt *st = NULL;
	int rc;

	if (!table) {
		rc = sqlite3_prepare_v2(r->db,
					"SELECT 'figures' AS \"table\", count(*) AS rows FROM figures UNION ALL "
					"SELECT 'surveys', count(*) FROM surveys UNION ALL "
					"SELECT 'survey_results', count(*) FROM survey_results UNION ALL "
					"SELECT 'populations', count(*) FROM populations UNION ALL "
					"SELECT 'pollsters', count(*) FROM pollsters UNION ALL "
					"SELECT 'lexicon', count(*) FROM lexicon",
					-1, &st, NULL);
		if (rc != SQLITE_OK)
			return cc_ref_fail(r, rc, "counting rows");
	} else if (!strcmp(table, "lexicon")) {
		rc = sqlite3_prepare_v2(r->db, "SELECT id, file, line, word, kind, value, rest FROM lexicon "
					"ORDER BY id LIMIT ?", -1, &st, NULL);
		if (rc != SQLITE_OK)
			return cc_ref_fail(r, rc, "reading the lexicon");
		sqlite3_bind_int64(st, 1, limit > 0 ? limit : -1);
	} else {
		const tablespec *t = spec_named(table);

		if (!t)
			return cc_error_set(r->ctx, CC_EINVAL, "no table '%s' (figures, surveys, survey_results, "
					    "populations, pollsters, lexicon)", table);
		if ((rc = prepare_select(r, t, 1, limit, &st)))
			return rc;
	}
	rc = emit_rows(r, st, fn, payload);
	sqlite3_finalize(st);
	return rc;
}

/* Terms -> an FTS5 query: each word quoted (so no query syntax can come
 * from the input), all required, the last one as a prefix. */
static char *fts_query(cc_ctx *ctx, const char *terms)
{
	cc_buf q;
	const unsigned char *p = (const unsigned char *)terms;

	cc_buf_init(&q, ctx);
	while (*p) {
		const unsigned char *s;

		while (*p && !(isalnum(*p) || *p >= 0x80))
			p++;
		s = p;
		while (*p && (isalnum(*p) || *p >= 0x80))
			p++;
		if (p > s) {
			cc_buf_printf(&q, "%s\"%.*s\"", q.len ? " " : "", (int)(p - s), (const char *)s);
			if (!*p)
				cc_buf_putc(&q, '*');
		}
	}
	return cc_buf_detach(&q, NULL);
}

int cc_refdb_search(cc_refdb *r, const char *terms, long limit, cc_refdb_row_fn fn, void *payload)
{
	static const char sql[] =
		"SELECT * FROM ("
		" SELECT 'indicator' AS kind, i.id AS id, i.name AS name,"
		"  (SELECT group_concat(g, ', ') FROM (SELECT DISTINCT geography AS g FROM figures f WHERE f.indicator = i.name))"
		"   || ' (' || (SELECT count(*) FROM figures f WHERE f.indicator = i.name) || ' rows)' AS detail,"
		"  bm25(indicators_fts) AS score"
		"  FROM indicators_fts JOIN indicators i ON i.id = indicators_fts.rowid WHERE indicators_fts MATCH ?1"
		" UNION ALL"
		" SELECT 'population', p.id, p.name, coalesce('N = ' || printf('%.15g', p.size) || '; ', '') || coalesce('part of ' || p.parent, ''),"
		"  bm25(populations_fts)"
		"  FROM populations_fts JOIN populations p ON p.id = populations_fts.rowid WHERE populations_fts MATCH ?1"
		" UNION ALL"
		" SELECT 'organisation', o.id, o.name, o.type || CASE o.bpc_member WHEN 1 THEN '; BPC member' ELSE '' END"
		"  || CASE o.aapor_ti WHEN 1 THEN '; AAPOR TI' ELSE '' END, bm25(pollsters_fts)"
		"  FROM pollsters_fts JOIN pollsters o ON o.id = pollsters_fts.rowid WHERE pollsters_fts MATCH ?1"
		" UNION ALL"
		" SELECT 'survey', s.id, s.title, coalesce(s.commissioner, '') || coalesce('; n = ' || printf('%.15g', s.n), ''), bm25(surveys_fts)"
		"  FROM surveys_fts JOIN surveys s ON s.id = surveys_fts.rowid WHERE surveys_fts MATCH ?1"
		") ORDER BY score LIMIT ?2";
	sqlite3_stmt *st = NULL;
	char *q = fts_query(r->ctx, terms ? terms : "");
	int rc;

	if (!q)
		return cc_error_oom(r->ctx);
	if (!*q) {
		cc_free(r->ctx, q);
		return cc_error_set(r->ctx, CC_EINVAL, "nothing to search for");
	}
	rc = sqlite3_prepare_v2(r->db, sql, -1, &st, NULL);
	if (rc != SQLITE_OK) {
		cc_free(r->ctx, q);
		return cc_ref_fail(r, rc, "searching");
	}
	sqlite3_bind_text(st, 1, q, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, limit > 0 ? limit : -1);
	cc_free(r->ctx, q);
	rc = emit_rows(r, st, fn, payload);
	sqlite3_finalize(st);
	return rc;
}
