/*
 * lookup.c -- matching a document's claims to the reference database
 * (stage: reference/, run by cc_check after extraction, before the
 * checks). It reads records, never the document: the words, place and
 * period of a claim's sentence, the document's and the surveys' words are
 * read by extract/matching.c onto the record. For each claim:
 *   - figures: indicator by FTS over names and keywords, confirmed by
 *     every word of the name (or of one keyword phrase) being among the
 *     sentence's words; unit compatible with the claim's kind; geography
 *     the sentence's place (then the document's); period named by the
 *     claim (ext->period_*, else the sentence's) or the latest released on
 *     or before the document date. Verdict: the claim's reading interval
 *     R = [low - t, high + t] (weak-inferences.md section 0) against
 *     [ref - eps, ref + eps], eps = the reference's precision: overlap
 *     consistent, disjoint inconsistent (section 14).
 *     A newer row of the same series released on or before the document
 *     date goes to ext->newer_ref (section 15a);
 *   - known surveys: by commissioner, n and population words;
 *   - populations: the claim's subject and its sample's subject, with the
 *     ancestry (parent chain) joined by ';' so stats/ needs no SQL;
 *   - organisations: the commissioner and pollster the text names.
 * Everything found is copied into the document's arena. Must not: flag
 * anything (that is the checks' job), build SQL from text, read the
 * document's text or source bytes, or list words (they are data:
 * core/vocab.h).
 */
#include "refpriv.h"
#include "../core/vocab.h"
#include "../core/words.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Words                                                               */
/* ------------------------------------------------------------------ */

#define MAXWORDS CC_MATCH_WORDS
#define WORDLEN CC_MWORD_MAX

typedef struct wordset {
	char raw[MAXWORDS][WORDLEN];   /* lower-case as written */
	char stem[MAXWORDS][WORDLEN];  /* plural 's' dropped */
	int n;
} wordset;

static void words_push(wordset *ws, const char *w, size_t n)
{
	if (n >= WORDLEN)
		n = WORDLEN - 1;
	memcpy(ws->raw[ws->n], w, n);
	ws->raw[ws->n][n] = '\0';
	cc_mword_stem(ws->stem[ws->n], ws->raw[ws->n]);
	ws->n++;
}

/* Add the content words of a record string or a reference row's text
 * (core/words.h) while there is room. */
static void words_add(wordset *ws, const char *s, size_t len)
{
	const char *p = s, *e = s + len;
	char w[WORDLEN];
	size_t n;
	int alpha;

	while (ws->n < MAXWORDS && (n = cc_mword_next(&p, e, w, &alpha)))
		if (alpha && !cc_mword_stop(w, 0))
			words_push(ws, w, n);
}

/* Add the words of a bag the extract stage read (one space apart; NULL
 * none) while there is room. */
static void words_add_bag(wordset *ws, const char *bag)
{
	while (bag && *bag && ws->n < MAXWORDS) {
		const char *sp = strchr(bag, ' ');
		size_t n = sp ? (size_t)(sp - bag) : strlen(bag);

		if (n)
			words_push(ws, bag, n);
		bag += n + (sp != NULL);
	}
}

static void words_of(wordset *ws, const char *s, size_t len)
{
	ws->n = 0;
	words_add(ws, s, len);
}

static void words_of_bag(wordset *ws, const char *bag)
{
	ws->n = 0;
	words_add_bag(ws, bag);
}

/* The fields of a survey then its span's words (match_survey, match_orgs). */
static void words_of_survey(wordset *ws, const char *const *fields, size_t nfields, const cc_survey_info *sv)
{
	size_t k;

	ws->n = 0;
	for (k = 0; k < nfields; k++)
		if (fields[k])
			words_add(ws, fields[k], strlen(fields[k]));
	words_add_bag(ws, sv->span_words);
}

static int has_stem(const wordset *ws, const char *stem)
{
	int i;

	for (i = 0; i < ws->n; i++)
		if (!strcmp(ws->stem[i], stem))
			return 1;
	return 0;
}

/* Do all content words of `phrase` appear in `ws`? Returns the number of
 * words (>0) when they do, 0 otherwise. Parenthesised parts of the phrase
 * ("unemployment rate (aged 16+)") are qualifiers and not required. */
static int covered(const wordset *ws, const char *phrase, size_t len)
{
	char buf[512], w[WORDLEN], st[WORDLEN];
	size_t o = 0, i;
	int depth = 0, n = 0, content = 0, alpha;
	const char *p, *e;

	for (i = 0; i < len && o + 1 < sizeof buf; i++) {
		if (phrase[i] == '(')
			depth++;
		else if (phrase[i] == ')' && depth)
			depth--;
		else if (!depth)
			buf[o++] = phrase[i];
	}
	buf[o] = '\0';
	p = buf;
	e = buf + o;
	while (cc_mword_next(&p, e, w, &alpha)) {
		if (!alpha || cc_mword_stop(w, 0))
			continue;
		n++;
		cc_mword_stem(st, w);
		if (!has_stem(ws, st))
			return 0;
		if (!cc_mword_stop(w, 1))
			content++;
		else
			n--; /* counts for nothing, but must be there */
	}
	/* a phrase of stopwords only ("rate") matches nothing */
	return content > 0 && content == n ? n : 0;
}

/* Best coverage over a name and its ';'-separated aliases. */
static int covered_any(const wordset *ws, const char *name, const char *aliases)
{
	int best = name ? covered(ws, name, strlen(name)) : 0;
	const char *p = aliases;

	while (p && *p) {
		const char *q = strchr(p, ';');
		size_t n = q ? (size_t)(q - p) : strlen(p);
		int c = covered(ws, p, n);

		if (c > best)
			best = c;
		p = q ? q + 1 : p + n;
	}
	return best;
}

/* FTS5 query: the words OR-ed, each quoted. NULL when there are none. */
static char *or_query(cc_ctx *ctx, const wordset *ws)
{
	cc_buf q;
	int i;

	cc_buf_init(&q, ctx);
	for (i = 0; i < ws->n; i++) {
		if (cc_mword_stop(ws->raw[i], 1))
			continue;
		cc_buf_printf(&q, "%s\"%s\"", q.len ? " OR " : "", ws->raw[i]);
	}
	if (!q.len || cc_buf_oom(&q)) {
		cc_buf_dispose(&q);
		return NULL;
	}
	return cc_buf_detach(&q, NULL);
}

/* ------------------------------------------------------------------ */
/* Geography                                                           */
/* ------------------------------------------------------------------ */

/* A reference row's geography in the canonical form the record's places
 * take (extract/lexicon/places.tsv): a named place's cue or an alias. */
static const char *geo_canon(const char *g)
{
	const cc_vocab_row *rows;
	size_t n, i;

	if (!g)
		return "";
	rows = cc_vocab_rows(CC_V_PLACE, &n);
	for (i = 0; i < n; i++)
		if (rows[i].v[0] && rows[i].str && !strcasecmp(g, rows[i].phrase))
			return rows[i].str;
	rows = cc_vocab_rows(CC_V_PLACE_ALIAS, &n);
	for (i = 0; i < n; i++)
		if (rows[i].str && !strcasecmp(g, rows[i].phrase))
			return rows[i].str;
	return g;
}

/* ------------------------------------------------------------------ */
/* Periods                                                             */
/* ------------------------------------------------------------------ */

/* "[first..last]" day of a claim period as YYYY-MM-DD. */
static void claim_period(int y, int m, int q, char *start, char *end)
{
	char p[12];

	if (m)
		snprintf(p, sizeof p, "%04d-%02d", y, m);
	else if (q)
		snprintf(p, sizeof p, "%04d-Q%d", y, q);
	else
		snprintf(p, sizeof p, "%04d", y);
	if (cc_ref_period_parse(p, start, end))
		start[0] = end[0] = '\0';
}

/* ------------------------------------------------------------------ */
/* Figures                                                             */
/* ------------------------------------------------------------------ */

/* Which reference units a claim of each kind can be compared with, and
 * the factor from the claim's units to the reference's (rows of class
 * ref_unit, extract/lexicon/reference-units.tsv). */
static double unit_scale(const cc_claim *c, const char *ref_unit)
{
	const cc_vocab_row *map;
	const char *kind = cc_kind_name(c->kind);
	size_t i, n;
	int points = c->unit && !strcmp(c->unit, "points");

	if (!ref_unit)
		return 0;
	map = cc_vocab_rows(CC_V_REF_UNIT, &n);
	for (i = 0; i < n; i++)
		if (map[i].str && !strcmp(map[i].str, kind) && !strcasecmp(map[i].phrase, ref_unit) &&
		    (map[i].v[1] < 0 || map[i].v[1] == points))
			return map[i].v[0];
	/* amounts in the same currency; counts and means of the same noun */
	if ((c->kind == CC_KIND_AMOUNT || c->kind == CC_KIND_COUNT || c->kind == CC_KIND_MEAN) && c->unit &&
	    *c->unit) {
		char a[WORDLEN], b[WORDLEN], ca[WORDLEN], cb[WORDLEN];

		snprintf(a, sizeof a, "%s", c->unit);
		snprintf(b, sizeof b, "%s", ref_unit);
		for (i = 0; a[i]; i++)
			a[i] = (char)cc_lower(a[i]);
		for (i = 0; b[i]; i++)
			b[i] = (char)cc_lower(b[i]);
		cc_mword_stem(ca, a);
		cc_mword_stem(cb, b);
		if (!strcmp(ca, cb))
			return 1;
	}
	return 0;
}

typedef struct figrow {
	long long id;
	char *indicator, *geography, *period, *unit, *source, *url, *released;
	char pstart[11], pend[11];
	double value, precision;
} figrow;

static char *dupcol(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);

	return t ? strdup((const char *)t) : NULL;
}

static void figrows_free(figrow *rows, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(rows[i].indicator);
		free(rows[i].geography);
		free(rows[i].period);
		free(rows[i].unit);
		free(rows[i].source);
		free(rows[i].url);
		free(rows[i].released);
	}
	free(rows);
}

static int prep(cc_refdb *r, sqlite3_stmt **st, const char *sql)
{
	int rc;

	if (*st) {
		sqlite3_reset(*st);
		sqlite3_clear_bindings(*st);
		return CC_OK;
	}
	rc = sqlite3_prepare_v3(r->db, sql, -1, SQLITE_PREPARE_PERSISTENT, st, NULL);
	return rc == SQLITE_OK ? CC_OK : cc_ref_fail(r, rc, "preparing a lookup");
}

/* All rows of one indicator. */
static int load_rows(cc_refdb *r, const char *indicator, figrow **out, size_t *nout)
{
	figrow *rows = NULL;
	size_t n = 0, cap = 0;
	int rc = prep(r, &r->st_rows,
		      "SELECT id, indicator, geography, period, period_start, period_end, value, unit,"
		      " coalesce(precision, 0), source, url, released FROM figures WHERE indicator = ?"
		      " ORDER BY period_end, id");

	*out = NULL;
	*nout = 0;
	if (rc)
		return rc;
	sqlite3_bind_text(r->st_rows, 1, indicator, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(r->st_rows)) == SQLITE_ROW) {
		figrow *f;

		if (n == cap) {
			figrow *nr;

			cap = cap ? 2 * cap : 16;
			nr = realloc(rows, cap * sizeof *nr);
			if (!nr) {
				figrows_free(rows, n);
				return cc_error_oom(r->ctx);
			}
			rows = nr;
		}
		f = &rows[n++];
		memset(f, 0, sizeof *f);
		f->id = sqlite3_column_int64(r->st_rows, 0);
		f->indicator = dupcol(r->st_rows, 1);
		f->geography = dupcol(r->st_rows, 2);
		f->period = dupcol(r->st_rows, 3);
		snprintf(f->pstart, sizeof f->pstart, "%s", (const char *)sqlite3_column_text(r->st_rows, 4));
		snprintf(f->pend, sizeof f->pend, "%s", (const char *)sqlite3_column_text(r->st_rows, 5));
		f->value = sqlite3_column_double(r->st_rows, 6);
		f->unit = dupcol(r->st_rows, 7);
		f->precision = sqlite3_column_double(r->st_rows, 8);
		f->source = dupcol(r->st_rows, 9);
		f->url = dupcol(r->st_rows, 10);
		f->released = dupcol(r->st_rows, 11);
	}
	if (rc != SQLITE_DONE) {
		figrows_free(rows, n);
		return cc_ref_fail(r, rc, "reading figures");
	}
	*out = rows;
	*nout = n;
	return CC_OK;
}

static int days_between(const char *a, const char *b);

/* When a row became public: its release date; without one, a yearly or
 * longer row ("43 forces, 2024") counts from its start (a standing fact)
 * and a shorter one from its end (a month is not known before it ends). */
static const char *public_on(const figrow *f)
{
	if (f->released && *f->released)
		return f->released;
	return days_between(f->pstart, f->pend) >= 360 ? f->pstart : f->pend;
}

static int days_between(const char *a, const char *b)
{
	/* rough span in days, enough to rank periods by length */
	int ya = atoi(a), ma = atoi(a + 5), da = atoi(a + 8);
	int yb = atoi(b), mb = atoi(b + 5), db = atoi(b + 8);

	return (yb - ya) * 372 + (mb - ma) * 31 + (db - da);
}

static cc_verdict verdict_of(const cc_claim *c, double scale, double ref, double eps)
{
	double lo = isfinite(c->low) ? c->low : c->value, hi = isfinite(c->high) ? c->high : c->value;
	double t = isfinite(c->tolerance) ? c->tolerance : 0;
	double slack;

	if (!isfinite(lo) || !isfinite(hi) || !isfinite(ref) || scale == 0)
		return CC_VERDICT_UNKNOWN;
	lo = (lo - t) * scale;
	hi = (hi + t) * scale;
	slack = 1e-9 * (fabs(ref) > 1 ? fabs(ref) : 1);
	return hi + slack < ref - eps || lo - slack > ref + eps ? CC_VERDICT_INCONSISTENT : CC_VERDICT_CONSISTENT;
}

static cc_refmatch *refmatch_of(cc_doc *doc, const figrow *f)
{
	cc_refmatch *m = cc_arena_alloc(&doc->arena, sizeof *m);

#define DUP(s) ((s) ? cc_doc_strndup(doc, (s), strlen(s)) : NULL)
	if (!m)
		return NULL;
	m->id = f->id;
	m->indicator = DUP(f->indicator);
	m->geography = DUP(f->geography);
	m->period = DUP(f->period);
	m->value = f->value;
	m->unit = DUP(f->unit);
	m->source = DUP(f->source);
	m->url = DUP(f->url);
	m->released = DUP(f->released);
#undef DUP
	return m;
}

typedef struct lk {
	cc_refdb *r;
	cc_doc *doc;
	char date[11];           /* document date or "" */
	wordset *ws;             /* scratch */
	wordset *ws2;
} lk;

/* Pick the row of one indicator for claim i: unit, geography, period.
 * *pick / *newer: row indexes or -1. */
static int try_indicator(lk *L, size_t i, const char *indicator, figrow **rows_out, size_t *n_out, long *pick_out,
			 long *newer_out)
{
	cc_doc *doc = L->doc;
	const cc_claim *c = &doc->claims[i];
	const cc_claim_ext *x = &doc->ext[i];
	const char *geo, *only_geo = NULL;
	char cs[11] = "", ce[11] = "";
	int rc, py, pm, pq, many = 0;
	long pick = -1, newer = -1;
	figrow *rows;
	size_t n, k;

	*pick_out = *newer_out = -1;
	/* a relative change is compared with a rate of change only: "VAT goes
	 * up by 2.5 per cent" is no VAT rate of 2.5% */
	if (c->kind == CC_KIND_CHANGE && !(c->traits & CC_TRAIT_POINTS) && !(c->unit && !strcmp(c->unit, "points")) &&
	    !cc_vocab_any(indicator, strlen(indicator), CC_V_CHANGE_INDICATOR))
		return CC_OK;
	if ((rc = load_rows(L->r, indicator, rows_out, n_out)))
		return rc;
	rows = *rows_out;
	n = *n_out;
	/* geography: the sentence; the document's place stands in for a
	   rate, never for a count or an amount ("a population of 5,000" is
	   not the country's) */
	geo = x->sent_place;
	if (!geo && (c->kind == CC_KIND_PROPORTION || c->kind == CC_KIND_CHANGE))
		geo = doc->place;
	if (!geo && c->kind != CC_KIND_PROPORTION && c->kind != CC_KIND_CHANGE)
		return CC_OK;
	/* period: the claim's, else the sentence's */
	py = x->period_y;
	pm = x->period_m;
	pq = x->period_q;
	if (!py) {
		py = x->sent_period_y;
		pm = x->sent_period_m;
		pq = x->sent_period_q;
	}
	if (py)
		claim_period(py, pm, pq, cs, ce);
	/* the rows of a comparable unit and of the geography */
	for (k = 0; k < n; k++) {
		if (unit_scale(c, rows[k].unit) == 0)
			continue;
		if (geo && strcasecmp(geo_canon(rows[k].geography), geo))
			continue;
		if (!only_geo)
			only_geo = rows[k].geography;
		else if (strcmp(only_geo, rows[k].geography))
			many = 1;
	}
	if (!only_geo || (!geo && many))
		return CC_OK;
	for (k = 0; k < n; k++) {
		const figrow *f = &rows[k];

		if (unit_scale(c, f->unit) == 0 || strcmp(f->geography, only_geo))
			continue;
		if (*cs) {
			const figrow *b;
			int fc, bc, span, bspan;

			if (strcmp(f->pstart, ce) > 0 || strcmp(f->pend, cs) < 0)
				continue; /* no overlap */
			if (pick < 0) {
				pick = (long)k;
				continue;
			}
			/* prefer the row that contains the claim's period, then the
			   shortest, then the latest public by the document date */
			b = &rows[pick];
			fc = strcmp(f->pstart, cs) <= 0 && strcmp(f->pend, ce) >= 0;
			bc = strcmp(b->pstart, cs) <= 0 && strcmp(b->pend, ce) >= 0;
			span = days_between(f->pstart, f->pend);
			bspan = days_between(b->pstart, b->pend);
			if (fc != bc) {
				if (fc)
					pick = (long)k;
			} else if (span != bspan) {
				if (span < bspan)
					pick = (long)k;
			} else if (!*L->date || strcmp(public_on(f), L->date) <= 0) {
				if (strcmp(public_on(f), public_on(b)) > 0 || (*L->date && strcmp(public_on(b), L->date) > 0))
					pick = (long)k;
			}
		} else {
			/* no period: the latest row public by the document date */
			if (*L->date && strcmp(public_on(f), L->date) > 0)
				continue;
			if (pick < 0 || strcmp(f->pend, rows[pick].pend) > 0 ||
			    (!strcmp(f->pend, rows[pick].pend) && strcmp(public_on(f), public_on(&rows[pick])) > 0))
				pick = (long)k;
		}
	}
	if (pick < 0)
		return CC_OK;
	/* a newer period of the same series released by the document date
	   (only a dated release can supersede) */
	if (*L->date) {
		for (k = 0; k < n; k++) {
			const figrow *f = &rows[k];

			if (unit_scale(c, f->unit) == 0 || strcmp(f->geography, only_geo) || !f->released ||
			    !*f->released || strcmp(f->pend, rows[pick].pend) <= 0 || strcmp(f->released, L->date) > 0)
				continue;
			if (newer < 0 || strcmp(f->pend, rows[newer].pend) > 0)
				newer = (long)k;
		}
	}
	*pick_out = pick;
	*newer_out = newer;
	return CC_OK;
}

#define MAXCAND 8

static int match_figure(lk *L, size_t i)
{
	cc_doc *doc = L->doc;
	cc_claim *c = &doc->claims[i];
	cc_claim_ext *x = &doc->ext[i];
	size_t n = 0;
	char *q;
	int rc, ncand = 0, ci;
	figrow *rows = NULL;
	long pick = -1, newer = -1;
	struct {
		int cov;
		char name[256];
	} cand[MAXCAND];

	if (c->kind != CC_KIND_PROPORTION && c->kind != CC_KIND_CHANGE && c->kind != CC_KIND_COUNT &&
	    c->kind != CC_KIND_AMOUNT && c->kind != CC_KIND_MEAN)
		return CC_OK;
	words_of_bag(L->ws, x->sent_words);
	if (!(q = or_query(L->r->ctx, L->ws)))
		return CC_OK;
	rc = prep(L->r, &L->r->st_ind,
		  "SELECT i.name, i.keywords FROM indicators_fts JOIN indicators i ON i.id = indicators_fts.rowid"
		  " WHERE indicators_fts MATCH ? LIMIT 2000");
	if (rc) {
		cc_free(L->r->ctx, q);
		return rc;
	}
	sqlite3_bind_text(L->r->st_ind, 1, q, -1, SQLITE_TRANSIENT);
	cc_free(L->r->ctx, q);
	while ((rc = sqlite3_step(L->r->st_ind)) == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(L->r->st_ind, 0);
		const char *kw = (const char *)sqlite3_column_text(L->r->st_ind, 1);
		int cov = covered_any(L->ws, name, kw), j;

		if (!cov || !name || strlen(name) >= sizeof cand[0].name || ncand == MAXCAND)
			continue;
		/* by coverage; FTS rank order kept among equals */
		for (j = ncand; j > 0 && cand[j - 1].cov < cov; j--)
			cand[j] = cand[j - 1];
		cand[j].cov = cov;
		strcpy(cand[j].name, name);
		ncand++;
	}
	if (rc != SQLITE_DONE)
		return cc_ref_fail(L->r, rc, "searching indicators");
	rc = CC_OK;
	for (ci = 0; ci < ncand && pick < 0 && !rc; ci++) {
		figrows_free(rows, n);
		rows = NULL;
		n = 0;
		rc = try_indicator(L, i, cand[ci].name, &rows, &n, &pick, &newer);
	}
	if (!rc && pick >= 0) {
		const figrow *f = &rows[pick];
		cc_finding *fd = &doc->findings[i];
		double scale = unit_scale(c, f->unit);
		cc_refmatch *m = refmatch_of(doc, f), *nm = NULL;

		if (!m || (newer >= 0 && !(nm = refmatch_of(doc, &rows[newer])))) {
			rc = cc_error_oom(L->r->ctx);
		} else {
			fd->has_ref = 1;
			fd->ref = *m;
			fd->ref.verdict = verdict_of(c, scale, f->value, f->precision);
			x->ref_scale = scale;
			x->ref_eps = f->precision;
			x->ref_period_end = cc_doc_strndup(doc, f->pend, strlen(f->pend));
			if (nm) {
				nm->verdict = verdict_of(c, scale, rows[newer].value, rows[newer].precision);
				x->newer_ref = nm;
			}
		}
	}
	figrows_free(rows, n);
	return rc;
}

/* ------------------------------------------------------------------ */
/* Populations                                                         */
/* ------------------------------------------------------------------ */

/* The head of a group phrase: up to the first qualifier (class
 * group_qualifier: "human resources directors from government
 * departments"); a word cuts at the space before it when a space follows
 * it too, a comma wherever it stands. */
static size_t head_len(const char *s)
{
	const char *const *cut;
	size_t n = strlen(s);

	for (cut = cc_vocab_list(CC_V_GROUP_QUALIFIER); *cut; cut++) {
		size_t wl = strlen(*cut);
		const char *p;

		if (!cc_wordch(**cut)) {
			if ((p = strstr(s, *cut)) && (size_t)(p - s) < n)
				n = (size_t)(p - s);
			continue;
		}
		for (p = strstr(s, *cut); p && (size_t)(p - s) <= n; p = strstr(p + 1, *cut))
			if (p > s && p[-1] == ' ' && p[wl] == ' ') {
				n = (size_t)(p - 1 - s);
				break;
			}
	}
	return n;
}

static const cc_population_ref *match_population(lk *L, const char *subject)
{
	cc_refdb *r = L->r;
	cc_population_ref *pop;
	char *q, name[256] = "", parent[256] = "", chain[1024] = "";
	int rc, best = 0, depth;
	double size = NAN;
	long long id = 0;
	char source[512] = "";
	size_t hl;

	if (!subject || !*subject)
		return NULL;
	{
		/* one space for any run of white space ("from\ngovernment") */
		char norm[1024];
		size_t o = 0;

		for (const char *p = subject; *p && o + 1 < sizeof norm; p++) {
			int sp = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r';

			if (sp && (o == 0 || norm[o - 1] == ' '))
				continue;
			norm[o++] = sp ? ' ' : *p;
		}
		norm[o] = '\0';
		words_of(L->ws, norm, o);
		hl = head_len(norm);
		words_of(L->ws2, norm, hl);
	}
	if (!(q = or_query(r->ctx, L->ws)))
		return NULL;
	rc = prep(r, &r->st_pop,
		  "SELECT p.id, p.name, p.aliases, p.size, p.parent, p.source FROM populations_fts"
		  " JOIN populations p ON p.id = populations_fts.rowid WHERE populations_fts MATCH ?"
		  " ORDER BY rank LIMIT 40");
	if (rc) {
		cc_free(r->ctx, q);
		return NULL;
	}
	sqlite3_bind_text(r->st_pop, 1, q, -1, SQLITE_TRANSIENT);
	cc_free(r->ctx, q);
	while (sqlite3_step(r->st_pop) == SQLITE_ROW) {
		const char *nm = (const char *)sqlite3_column_text(r->st_pop, 1);
		const char *al = (const char *)sqlite3_column_text(r->st_pop, 2);
		int all = covered_any(L->ws, nm, al), head = covered_any(L->ws2, nm, al);
		int score = all ? 10 * head + all : 0;

		if (score > best && strlen(nm) < sizeof name) {
			const char *pa = (const char *)sqlite3_column_text(r->st_pop, 4);
			const char *so = (const char *)sqlite3_column_text(r->st_pop, 5);

			best = score;
			id = sqlite3_column_int64(r->st_pop, 0);
			strcpy(name, nm);
			snprintf(parent, sizeof parent, "%s", pa ? pa : "");
			snprintf(source, sizeof source, "%s", so ? so : "");
			size = sqlite3_column_type(r->st_pop, 3) == SQLITE_NULL ? NAN : sqlite3_column_double(r->st_pop, 3);
		}
	}
	/* a match must cover the head of the phrase ("directors" is not
	   enough for "human resources directors") */
	if (!best || best < 10)
		return NULL;
	/* ancestry: the parent chain, nearest first */
	for (depth = 0; *parent && depth < 12; depth++) {
		size_t cl = strlen(chain);

		snprintf(chain + cl, sizeof chain - cl, "%s%s", cl ? ";" : "", parent);
		if (prep(r, &r->st_popid, "SELECT parent FROM populations WHERE name = ?"))
			break;
		sqlite3_bind_text(r->st_popid, 1, parent, -1, SQLITE_TRANSIENT);
		if (sqlite3_step(r->st_popid) == SQLITE_ROW && sqlite3_column_text(r->st_popid, 0)) {
			const char *pp = (const char *)sqlite3_column_text(r->st_popid, 0);

			if (strstr(chain, pp)) /* a cycle */
				break;
			snprintf(parent, sizeof parent, "%s", pp);
		} else {
			parent[0] = '\0';
		}
	}
	pop = cc_arena_alloc(&L->doc->arena, sizeof *pop);
	if (!pop)
		return NULL;
	pop->id = id;
	pop->name = cc_doc_strndup(L->doc, name, strlen(name));
	pop->parent = *chain ? cc_doc_strndup(L->doc, chain, strlen(chain)) : NULL;
	pop->source = cc_doc_strndup(L->doc, source, strlen(source));
	pop->size = isfinite(size) ? size : 0;
	return pop;
}

/* ------------------------------------------------------------------ */
/* Organisations and known surveys                                     */
/* ------------------------------------------------------------------ */

static const char *arena_col(cc_doc *doc, sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);

	return t ? cc_doc_strndup(doc, (const char *)t, strlen((const char *)t)) : NULL;
}

static int col_tri(sqlite3_stmt *st, int i)
{
	return sqlite3_column_type(st, i) == SQLITE_NULL ? -1 : sqlite3_column_int(st, i);
}

/* Organisations a survey's description names (all words of the name or
 * an alias among the words of its commissioner, pollster, fieldwork
 * organisation and span): the commissioner (words inside the
 * commissioner's) and the pollster. Fills a register record (id 0). */
static const cc_survey_ref *match_orgs(lk *L, const cc_survey_info *sv)
{
	cc_refdb *r = L->r;
	cc_doc *doc = L->doc;
	cc_survey_ref *o = NULL;
	wordset *cw = NULL;
	const char *commissioner = sv->commissioner;
	const char *fields[] = { sv->commissioner, sv->pollster, sv->fieldwork_org };
	char *q;
	int best_c = 0, best_p = 0;

	words_of_survey(L->ws, fields, sizeof fields / sizeof fields[0], sv);
	if (!(q = or_query(r->ctx, L->ws)))
		return NULL;
	if (prep(r, &r->st_org,
		 "SELECT o.name, o.aliases, o.type, o.bpc_member, o.aapor_ti, o.interests FROM pollsters_fts"
		 " JOIN pollsters o ON o.id = pollsters_fts.rowid WHERE pollsters_fts MATCH ?"
		 " ORDER BY rank LIMIT 40")) {
		cc_free(r->ctx, q);
		return NULL;
	}
	/* only name and aliases count, not interests */
	sqlite3_bind_text(r->st_org, 1, q, -1, SQLITE_TRANSIENT);
	cc_free(r->ctx, q);
	if (commissioner) {
		cw = L->ws2;
		words_of(cw, commissioner, strlen(commissioner));
	}
	while (sqlite3_step(r->st_org) == SQLITE_ROW) {
		const char *nm = (const char *)sqlite3_column_text(r->st_org, 0);
		const char *al = (const char *)sqlite3_column_text(r->st_org, 1);
		const char *type = (const char *)sqlite3_column_text(r->st_org, 2);
		int cov = covered_any(L->ws, nm, al);
		int in_comm = cw && covered_any(cw, nm, al);

		if (!cov)
			continue;
		if (!o) {
			if (!(o = cc_arena_alloc(&doc->arena, sizeof *o)))
				return NULL;
			o->probability_sample = o->weighted = -1;
			o->pollster_bpc = o->pollster_aapor = -1;
		}
		if (type && !strcmp(type, "pollster") && !in_comm) {
			if (cov > best_p) {
				best_p = cov;
				o->fieldwork_org = cc_doc_strndup(doc, nm, strlen(nm));
				o->pollster_bpc = col_tri(r->st_org, 3);
				o->pollster_aapor = col_tri(r->st_org, 4);
			}
		} else if (cov > best_c) {
			best_c = cov;
			o->commissioner = cc_doc_strndup(doc, nm, strlen(nm));
			o->commissioner_type = arena_col(doc, r->st_org, 2);
			o->interests = arena_col(doc, r->st_org, 5);
			if (type && !strcmp(type, "pollster")) {
				/* a pollster publishing its own poll */
				o->pollster_bpc = col_tri(r->st_org, 3);
				o->pollster_aapor = col_tri(r->st_org, 4);
			}
		}
	}
	if (o && !o->commissioner && !o->fieldwork_org)
		return NULL;
	return o;
}

static const cc_survey_ref *match_survey(lk *L, const cc_survey_info *sv)
{
	cc_refdb *r = L->r;
	cc_doc *doc = L->doc;
	sqlite3_stmt *st = NULL;
	wordset *dw;
	char *q;
	double n = 0;
	long long best_id = 0;
	int best = 0;
	cc_survey_ref *s;
	const char *fields[] = { sv->label, sv->population, sv->commissioner, sv->pollster, sv->fieldwork_org };

	if (sv->sample_claim >= 0 && (size_t)sv->sample_claim < doc->nclaims)
		n = doc->claims[sv->sample_claim].value;
	words_of_survey(L->ws, fields, sizeof fields / sizeof fields[0], sv);
	if (!(q = or_query(r->ctx, L->ws)))
		return NULL;
	/* the document's words, to find the commissioner's name */
	dw = L->ws2;
	words_of_bag(dw, doc->words);
	if (prep(r, &r->st_srv,
		 "SELECT s.id, s.commissioner, s.n, s.population, s.title FROM surveys_fts"
		 " JOIN surveys s ON s.id = surveys_fts.rowid WHERE surveys_fts MATCH ? ORDER BY rank LIMIT 20")) {
		cc_free(r->ctx, q);
		return NULL;
	}
	sqlite3_bind_text(r->st_srv, 1, q, -1, SQLITE_TRANSIENT);
	cc_free(r->ctx, q);
	while (sqlite3_step(r->st_srv) == SQLITE_ROW) {
		const char *comm = (const char *)sqlite3_column_text(r->st_srv, 1);
		const char *pop = (const char *)sqlite3_column_text(r->st_srv, 3);
		int score = 0;

		if (comm && covered(dw, comm, strlen(comm)))
			score += 2;
		if (n > 0 && sqlite3_column_type(r->st_srv, 2) != SQLITE_NULL && sqlite3_column_double(r->st_srv, 2) == n)
			score += 2;
		if (pop && covered(L->ws, pop, head_len(pop)))
			score += 1;
		if (score >= 3 && score > best) {
			best = score;
			best_id = sqlite3_column_int64(r->st_srv, 0);
		}
	}
	if (!best)
		return NULL;
	if (sqlite3_prepare_v2(r->db,
			       "SELECT s.id, s.title, s.commissioner, s.commissioner_type, s.interests, s.fieldwork_org,"
			       " s.fieldwork_start, s.fieldwork_end, s.mode, s.population, s.selection, s.source, s.url,"
			       " s.n, s.deff, p.size, s.probability_sample, s.weighted, o.bpc_member, o.aapor_ti"
			       " FROM surveys s LEFT JOIN populations p ON p.id = s.population_id"
			       " LEFT JOIN pollsters o ON o.id = s.pollster_id WHERE s.id = ?",
			       -1, &st, NULL) != SQLITE_OK)
		return NULL;
	sqlite3_bind_int64(st, 1, best_id);
	s = NULL;
	if (sqlite3_step(st) == SQLITE_ROW && (s = cc_arena_alloc(&doc->arena, sizeof *s))) {
		s->id = sqlite3_column_int64(st, 0);
		s->title = arena_col(doc, st, 1);
		s->commissioner = arena_col(doc, st, 2);
		s->commissioner_type = arena_col(doc, st, 3);
		s->interests = arena_col(doc, st, 4);
		s->fieldwork_org = arena_col(doc, st, 5);
		s->fieldwork_start = arena_col(doc, st, 6);
		s->fieldwork_end = arena_col(doc, st, 7);
		s->mode = arena_col(doc, st, 8);
		s->population = arena_col(doc, st, 9);
		s->selection = arena_col(doc, st, 10);
		s->source = arena_col(doc, st, 11);
		s->url = arena_col(doc, st, 12);
		s->n = sqlite3_column_double(st, 13);
		s->deff = sqlite3_column_double(st, 14);
		s->population_size = sqlite3_column_double(st, 15);
		s->probability_sample = col_tri(st, 16);
		s->weighted = col_tri(st, 17);
		s->pollster_bpc = col_tri(st, 18);
		s->pollster_aapor = col_tri(st, 19);
	}
	sqlite3_finalize(st);
	return s;
}

/* A proportion of a known survey against its published results: the
 * answer's words (and the question's, when short) must be in the
 * sentence; among several, the share nearest the claim. The result is
 * reported as a figure in percent with a half-point rounding precision. */
static int match_result(lk *L, size_t i, const cc_survey_ref *sref)
{
	cc_refdb *r = L->r;
	cc_doc *doc = L->doc;
	const cc_claim *c = &doc->claims[i];
	sqlite3_stmt *st = NULL;
	double best_d = INFINITY;
	figrow best;
	int rc;

	memset(&best, 0, sizeof best);
	words_of_bag(L->ws, doc->ext[i].sent_words);
	rc = sqlite3_prepare_v2(r->db,
				"SELECT id, question, answer, share, source FROM survey_results WHERE survey_id = ?", -1, &st,
				NULL);
	if (rc != SQLITE_OK)
		return cc_ref_fail(r, rc, "reading survey results");
	sqlite3_bind_int64(st, 1, sref->id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *q = (const char *)sqlite3_column_text(st, 1);
		const char *a = (const char *)sqlite3_column_text(st, 2);
		double share = sqlite3_column_double(st, 3), d = fabs(share - c->value);

		if (!a || !covered(L->ws, a, strlen(a)))
			continue;
		if (q && strlen(q) < 40 && !covered(L->ws, q, strlen(q)))
			continue;
		if (d < best_d) {
			char per[16];

			best_d = d;
			free(best.indicator);
			free(best.source);
			best.id = sqlite3_column_int64(st, 0);
			best.indicator = malloc(strlen(q ? q : "") + strlen(a) + 3);
			if (best.indicator)
				sprintf(best.indicator, "%s: %s", q ? q : "", a);
			best.source = strdup(sref->title ? sref->title : "");
			best.value = 100 * share;
			snprintf(per, sizeof per, "%.10s", sref->fieldwork_end ? sref->fieldwork_end : "");
			memcpy(best.pend, per, sizeof best.pend - 1);
		}
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		free(best.indicator);
		free(best.source);
		return cc_ref_fail(r, rc, "reading survey results");
	}
	if (isfinite(best_d) && best.indicator && best.source) {
		cc_refmatch *m = refmatch_of(doc, &best);

		if (!m) {
			rc = cc_error_oom(r->ctx);
		} else {
			cc_finding *fd = &doc->findings[i];

			best.precision = 0.5; /* shares as published: whole percentages */
			fd->has_ref = 1;
			fd->ref = *m;
			fd->ref.unit = "percent";
			fd->ref.period = *best.pend ? cc_doc_strndup(doc, best.pend, strlen(best.pend)) : NULL;
			fd->ref.url = sref->url;
			fd->ref.verdict = verdict_of(c, 100, best.value, best.precision);
			doc->ext[i].ref_scale = 100;
			doc->ext[i].ref_eps = best.precision;
			rc = CC_OK;
		}
	} else {
		rc = CC_OK;
	}
	free(best.indicator);
	free(best.source);
	return rc;
}

/* ------------------------------------------------------------------ */
/* The stage                                                           */
/* ------------------------------------------------------------------ */

int cc_reference_lookup(cc_doc *doc, cc_refdb *db)
{
	lk L;
	size_t i, k;
	int rc = CC_OK;
	const cc_options *o = cc_ctx_options(doc->ctx);
	const cc_survey_ref **srefs = NULL, **orefs = NULL;

	if (!db)
		return CC_OK;
	if ((rc = cc_doc_prepare_findings(doc)))
		return rc;
	memset(&L, 0, sizeof L);
	L.r = db;
	L.doc = doc;
	db->ctx = doc->ctx;
	if (doc->date_y)
		snprintf(L.date, sizeof L.date, "%04d-%02d-%02d", doc->date_y, doc->date_m ? doc->date_m : 12,
			 doc->date_d ? doc->date_d : 28);
	else if (o && o->date_y)
		snprintf(L.date, sizeof L.date, "%04d-%02d-%02d", o->date_y, o->date_m ? o->date_m : 12,
			 o->date_d ? o->date_d : 28);
	L.ws = malloc(sizeof *L.ws);
	L.ws2 = malloc(sizeof *L.ws2);
	if (!L.ws || !L.ws2) {
		rc = cc_error_oom(doc->ctx);
		goto done;
	}
	/* known surveys and organisations, once per survey the text reports */
	if (doc->nsurveys) {
		srefs = calloc(doc->nsurveys, sizeof *srefs);
		orefs = calloc(doc->nsurveys, sizeof *orefs);
		if (!srefs || !orefs) {
			rc = cc_error_oom(doc->ctx);
			goto done;
		}
		for (k = 0; k < doc->nsurveys; k++) {
			srefs[k] = match_survey(&L, &doc->surveys[k]);
			orefs[k] = match_orgs(&L, &doc->surveys[k]);
		}
	}

	for (i = 0; i < doc->nclaims && !rc; i++) {
		cc_claim *c = &doc->claims[i];
		cc_claim_ext *x = &doc->ext[i];
		const char *sample_subject = NULL;

		rc = match_figure(&L, i);
		if (rc)
			break;
		if (x->survey >= 0 && (size_t)x->survey < doc->nsurveys) {
			const cc_survey_info *sv = &doc->surveys[x->survey];

			x->survey_ref = srefs[x->survey];
			x->org_ref = orefs[x->survey];
			if (x->survey_ref && x->survey_ref->n > 0 && c->sample_claim < 0 && c->sample_n <= 0 &&
			    c->kind != CC_KIND_SAMPLE_SIZE)
				c->sample_n = x->survey_ref->n;
			if (x->survey_ref && c->kind == CC_KIND_PROPORTION && !doc->findings[i].has_ref &&
			    (rc = match_result(&L, i, x->survey_ref)))
				break;
			if (sv->sample_claim >= 0 && (size_t)sv->sample_claim < doc->nclaims)
				sample_subject = doc->claims[sv->sample_claim].subject;
			if (!sample_subject)
				sample_subject = sv->population;
		}
		if (c->sample_claim >= 0 && (size_t)c->sample_claim < doc->nclaims &&
		    doc->claims[c->sample_claim].subject)
			sample_subject = doc->claims[c->sample_claim].subject;
		if (c->kind == CC_KIND_SAMPLE_SIZE && c->subject)
			sample_subject = c->subject;
		x->subject_pop = match_population(&L, c->subject);
		if (sample_subject)
			x->sample_pop = sample_subject == c->subject ? x->subject_pop
								     : match_population(&L, sample_subject);
	}
done:
	free(srefs);
	free(orefs);
	free(L.ws);
	free(L.ws2);
	return rc;
}
