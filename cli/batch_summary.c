/*
 * batch_summary.c -- the summary of a batch run or a results database
 * (CLI layer): documents, claims, flags by code (most frequent first), the
 * most-flagged documents and the most-cited reference figures, as text,
 * Markdown, HTML or JSON. The in-memory accumulator mirrors the SQL in
 * reference/resultsdb.c (cc_rdb_summarize) so a run without --db prints
 * the same summary. Renders; computes nothing about claims.
 */
#include "batch.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Reference figures cited, keyed by reference id (bounded by the
 * reference database, not by the corpus). */
typedef struct ref_tally {
	cc_rdb_count *v;
	long long *ids;
	size_t n, cap;
} ref_tally;

#define MAX_REFS 100000

static void copy_key(char *dst, size_t cap, const char *s)
{
	snprintf(dst, cap, "%s", s ? s : "");
}

/* Top documents: most flags first, then id (as ORDER BY flags DESC, id). */
static void top_doc(cc_rdb_summary *s, const cc_rdb_doc *d)
{
	size_t pos, k;
	cc_rdb_count c;

	if (!d->nflags)
		return;
	memset(&c, 0, sizeof c);
	copy_key(c.key, sizeof c.key, d->id);
	copy_key(c.extra, sizeof c.extra, d->worst == CC_SEV_NONE ? "none" : cc_severity_name(d->worst));
	c.n = (long long)d->nflags;
	c.n2 = (long long)d->nclaims;
	for (pos = 0; pos < s->ntop_docs; pos++) {
		const cc_rdb_count *o = &s->top_docs[pos];

		if (c.n > o->n || (c.n == o->n && strcmp(c.key, o->key) < 0))
			break;
	}
	if (pos >= CC_RDB_TOP)
		return;
	k = s->ntop_docs < CC_RDB_TOP ? s->ntop_docs : CC_RDB_TOP - 1;
	memmove(&s->top_docs[pos + 1], &s->top_docs[pos], (k - pos) * sizeof c);
	s->top_docs[pos] = c;
	if (s->ntop_docs < CC_RDB_TOP)
		s->ntop_docs++;
}

int batch_summary_add(cc_rdb_summary *s, const cc_rdb_doc *d, void **refs_state)
{
	size_t i, k;
	ref_tally *rt = *refs_state;

	s->docs++;
	s->claims += (long long)d->nclaims;
	s->flags += (long long)d->nflags;
	if (d->error)
		s->refused++;
	if (d->nflags)
		s->flagged_docs++;
	for (i = 0; i < d->nflags; i++) {
		for (k = 0; k < s->ncodes; k++)
			if (!strcmp(s->codes[k].key, d->flags[i].code))
				break;
		if (k == s->ncodes) {
			cc_rdb_count *nc = realloc(s->codes, (s->ncodes + 1) * sizeof *nc);

			if (!nc)
				return CC_ENOMEM;
			s->codes = nc;
			memset(&nc[k], 0, sizeof nc[k]);
			copy_key(nc[k].key, sizeof nc[k].key, d->flags[i].code);
			s->ncodes++;
		}
		s->codes[k].n++;
	}
	top_doc(s, d);
	for (i = 0; i < d->nclaims; i++) {
		const cc_rdb_claim *c = &d->claims[i];

		if (!c->has_ref)
			continue;
		if (!rt) {
			rt = calloc(1, sizeof *rt);
			if (!rt)
				return CC_ENOMEM;
			*refs_state = rt;
		}
		for (k = 0; k < rt->n; k++)
			if (rt->ids[k] == c->ref_id)
				break;
		if (k == rt->n) {
			if (rt->n >= MAX_REFS)
				continue;
			if (rt->n == rt->cap) {
				size_t nc = rt->cap ? rt->cap * 2 : 64;
				cc_rdb_count *nv = realloc(rt->v, nc * sizeof *nv);
				long long *ni;

				if (!nv)
					return CC_ENOMEM;
				rt->v = nv;
				ni = realloc(rt->ids, nc * sizeof *ni);
				if (!ni)
					return CC_ENOMEM;
				rt->ids = ni;
				rt->cap = nc;
			}
			memset(&rt->v[k], 0, sizeof rt->v[k]);
			rt->ids[k] = c->ref_id;
			if (c->ref_indicator)
				copy_key(rt->v[k].key, sizeof rt->v[k].key, c->ref_indicator);
			else
				snprintf(rt->v[k].key, sizeof rt->v[k].key, "#%lld", c->ref_id);
			copy_key(rt->v[k].extra, sizeof rt->v[k].extra, c->ref_source);
			rt->v[k].value = c->ref_value;
			rt->n++;
		}
		rt->v[k].n++;
	}
	return CC_OK;
}

static int cmp_code(const void *a, const void *b)
{
	const cc_rdb_count *x = a, *y = b;

	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	return strcmp(x->key, y->key);
}

typedef struct { cc_rdb_count c; long long id; } ref_pair;

static int cmp_ref(const void *a, const void *b)
{
	const ref_pair *x = a, *y = b;

	if (x->c.n != y->c.n)
		return x->c.n > y->c.n ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

void batch_summary_refs_finish(cc_rdb_summary *s, void **refs_state)
{
	ref_tally *rt = *refs_state;
	size_t i;

	if (s->ncodes)
		qsort(s->codes, s->ncodes, sizeof s->codes[0], cmp_code);
	if (!rt)
		return;
	{
		ref_pair *v = malloc((rt->n ? rt->n : 1) * sizeof *v);

		if (v) {
			for (i = 0; i < rt->n; i++) {
				v[i].c = rt->v[i];
				v[i].id = rt->ids[i];
			}
			qsort(v, rt->n, sizeof *v, cmp_ref);
			for (i = 0; i < rt->n && i < CC_RDB_TOP; i++)
				s->top_refs[i] = v[i].c;
			s->ntop_refs = i;
			free(v);
		}
	}
	free(rt->v);
	free(rt->ids);
	free(rt);
	*refs_state = NULL;
}

/* ---------------------------------------------------------------- output */

static void html_text(FILE *f, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '&': fputs("&amp;", f); break;
		case '"': fputs("&quot;", f); break;
		case '\'': fputs("&#39;", f); break;
		default: fputc(*s, f);
		}
	}
}

/* Markdown table cell: pipes and markup characters escaped, no newlines. */
static void md_text(FILE *f, const char *s)
{
	for (; *s; s++) {
		if (strchr("|\\`*_[]<>#", *s))
			fputc('\\', f);
		fputc(*s == '\n' || *s == '\r' ? ' ' : *s, f);
	}
}

static void text_or(FILE *f, batch_summary_fmt fmt, const char *s)
{
	if (fmt == SUMMARY_HTML)
		html_text(f, s);
	else if (fmt == SUMMARY_MD)
		md_text(f, s);
	else
		fputs(s, f);
}

static void print_json(FILE *f, const cc_rdb_summary *s, const char *title)
{
	size_t i;

	fputs("{\"schema\": \"claimcheck.batch-summary/1\", \"source\": ", f);
	batch_json_str(f, title);
	fprintf(f, ", \"documents\": %lld, \"claims\": %lld, \"flags\": %lld, \"flagged_documents\": %lld,"
		   " \"refused\": %lld,\n \"flags_by_code\": [", s->docs, s->claims, s->flags, s->flagged_docs, s->refused);
	for (i = 0; i < s->ncodes; i++) {
		fputs(i ? ", " : "", f);
		fputs("{\"code\": ", f);
		batch_json_str(f, s->codes[i].key);
		fprintf(f, ", \"count\": %lld}", s->codes[i].n);
	}
	fputs("],\n \"most_flagged\": [", f);
	for (i = 0; i < s->ntop_docs; i++) {
		fputs(i ? ", " : "", f);
		fputs("{\"id\": ", f);
		batch_json_str(f, s->top_docs[i].key);
		fprintf(f, ", \"flags\": %lld, \"claims\": %lld, \"worst\": ", s->top_docs[i].n, s->top_docs[i].n2);
		batch_json_str(f, s->top_docs[i].extra);
		fputs("}", f);
	}
	fputs("],\n \"most_cited_references\": [", f);
	for (i = 0; i < s->ntop_refs; i++) {
		char num[CC_JSON_NUMBER_MAX];

		fputs(i ? ", " : "", f);
		fputs("{\"figure\": ", f);
		batch_json_str(f, s->top_refs[i].key);
		fprintf(f, ", \"value\": %s", cc_json_number(num, sizeof num, s->top_refs[i].value));
		fputs(", \"source\": ", f);
		batch_json_str(f, s->top_refs[i].extra);
		fprintf(f, ", \"citations\": %lld}", s->top_refs[i].n);
	}
	fputs("]}\n", f);
}

void batch_summary_print(FILE *f, const cc_rdb_summary *s, batch_summary_fmt fmt, const char *title)
{
	size_t i;
	const int md = fmt == SUMMARY_MD, html = fmt == SUMMARY_HTML;

	if (fmt == SUMMARY_JSON) {
		print_json(f, s, title);
		return;
	}
	if (html) {
		fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
		      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
		      "<title>claimcheck batch summary</title>\n<style>body{font:15px/1.4 system-ui,sans-serif;"
		      "max-width:60em;margin:2em auto;padding:0 1em}table{border-collapse:collapse;margin:1em 0}"
		      "td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left}td.n{text-align:right}</style>\n"
		      "</head><body>\n<h1>claimcheck batch summary</h1>\n<p>", f);
		html_text(f, title);
		fprintf(f, "</p>\n<p><b>%lld</b> documents, <b>%lld</b> claims, <b>%lld</b> flags"
			   " (%lld documents flagged, %lld refused)</p>\n", s->docs, s->claims, s->flags,
			s->flagged_docs, s->refused);
	} else if (md) {
		fputs("# claimcheck batch summary\n\n", f);
		md_text(f, title);
		fprintf(f, "\n\n**%lld** documents, **%lld** claims, **%lld** flags (%lld documents flagged, %lld refused)\n",
			s->docs, s->claims, s->flags, s->flagged_docs, s->refused);
	} else {
		fprintf(f, "summary of %s: %lld documents, %lld claims, %lld flags (%lld documents flagged, %lld refused)\n",
			title, s->docs, s->claims, s->flags, s->flagged_docs, s->refused);
	}

	/* flags by code */
	if (html && !s->ncodes)
		fputs("<h2>Flags by code</h2>\n<p>none</p>\n<table>\n", f);
	else if (md && !s->ncodes)
		fputs("\n## Flags by code\n\nnone\n", f);
	else if (html)
		fputs("<h2>Flags by code</h2>\n<table><tr><th>code</th><th>count</th></tr>\n", f);
	else if (md)
		fputs("\n## Flags by code\n\n| code | count |\n|---|---:|\n", f);
	else
		fputs(s->ncodes ? "flags by code:\n" : "flags by code: none\n", f);
	for (i = 0; i < s->ncodes; i++) {
		if (html) {
			fputs("<tr><td>", f);
			html_text(f, s->codes[i].key);
			fprintf(f, "</td><td class=\"n\">%lld</td></tr>\n", s->codes[i].n);
		} else if (md) {
			fputs("| ", f);
			md_text(f, s->codes[i].key);
			fprintf(f, " | %lld |\n", s->codes[i].n);
		} else {
			fprintf(f, "  %8lld  %s\n", s->codes[i].n, s->codes[i].key);
		}
	}
	if (html && !s->ntop_docs)
		fputs("</table>\n<h2>Most-flagged documents</h2>\n<p>none</p>\n<table>\n", f);
	else if (md && !s->ntop_docs)
		fputs("\n## Most-flagged documents\n\nnone\n", f);
	else if (html)
		fputs("</table>\n<h2>Most-flagged documents</h2>\n<table><tr><th>document</th><th>flags</th><th>claims</th><th>worst</th></tr>\n", f);
	else if (md)
		fputs("\n## Most-flagged documents\n\n| document | flags | claims | worst |\n|---|---:|---:|---|\n", f);
	else
		fputs(s->ntop_docs ? "most-flagged documents:\n" : "most-flagged documents: none\n", f);
	for (i = 0; i < s->ntop_docs; i++) {
		const cc_rdb_count *c = &s->top_docs[i];

		if (html) {
			fputs("<tr><td>", f);
			html_text(f, c->key);
			fprintf(f, "</td><td class=\"n\">%lld</td><td class=\"n\">%lld</td><td>", c->n, c->n2);
			html_text(f, c->extra);
			fputs("</td></tr>\n", f);
		} else if (md) {
			fputs("| ", f);
			md_text(f, c->key);
			fprintf(f, " | %lld | %lld | %s |\n", c->n, c->n2, c->extra);
		} else {
			fprintf(f, "  %8lld  %s (%lld claims, worst %s)\n", c->n, c->key, c->n2, c->extra);
		}
	}
	if (html && !s->ntop_refs)
		fputs("</table>\n<h2>Most-cited reference figures</h2>\n<p>none</p>\n<table>\n", f);
	else if (md && !s->ntop_refs)
		fputs("\n## Most-cited reference figures\n\nnone\n", f);
	else if (html)
		fputs("</table>\n<h2>Most-cited reference figures</h2>\n<table><tr><th>figure</th><th>value</th><th>source</th><th>citations</th></tr>\n", f);
	else if (md)
		fputs("\n## Most-cited reference figures\n\n| figure | value | source | citations |\n|---|---:|---|---:|\n", f);
	else
		fputs(s->ntop_refs ? "most-cited reference figures:\n" : "most-cited reference figures: none\n", f);
	for (i = 0; i < s->ntop_refs; i++) {
		const cc_rdb_count *c = &s->top_refs[i];
		char val[40];

		if (isnan(c->value))
			snprintf(val, sizeof val, "-");
		else
			snprintf(val, sizeof val, "%.6g", c->value);
		if (html) {
			fputs("<tr><td>", f);
			html_text(f, c->key);
			fprintf(f, "</td><td class=\"n\">%s</td><td>", val);
			html_text(f, c->extra);
			fprintf(f, "</td><td class=\"n\">%lld</td></tr>\n", c->n);
		} else if (md) {
			fputs("| ", f);
			md_text(f, c->key);
			fprintf(f, " | %s | ", val);
			md_text(f, c->extra);
			fprintf(f, " | %lld |\n", c->n);
		} else {
			fprintf(f, "  %8lld  %s = %s (", c->n, c->key, val);
			text_or(f, fmt, c->extra);
			fputs(")\n", f);
		}
	}
	if (html)
		fputs("</table>\n</body></html>\n", f);
}
