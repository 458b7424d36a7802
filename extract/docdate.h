/*
 * docdate.h -- the document's own date (stage: extract; private to
 * extract/: docdate.c reads the text's top lines, input_date.c an HTML
 * page's markup).
 */
#ifndef CC_EXTRACT_DOCDATE_H
#define CC_EXTRACT_DOCDATE_H

#include "../core/doc.h"

/*
 * Date the document from its top (docdate.c): a dateline, a date line or a
 * byline of the converted text, and for HTML the publication date its
 * markup states. Sets doc->date, date_y/m/d and date_source only when no
 * date was given (doc->date_source "given" wins); sets doc->topdates (the
 * top lines' dates, which are not fieldwork) either way. Runs right after
 * cc_input_convert. Never fails (reads only).
 */
void cc_docdate_read(cc_doc *doc);

/* Is y-m-d a day of the calendar (1900 <= y <= 2100; 31 February is not)? */
int cc_docdate_valid(int y, int m, int d);

/* An ISO date "YYYY-MM-DD" at the start of [p, p+n) (spaces before it
 * skipped; a time may follow: "2024-04-04T09:00:00Z"), valid as above.
 * 1 with *y, *m, *d set, else 0. */
int cc_docdate_iso(const char *p, size_t n, int *y, int *m, int *d);

/* The publication date an HTML page's markup states (input_date.c). */
typedef struct cc_markup_date {
	int y, m, d;          /* 0 when the markup states none */
	const char *source;   /* "html-meta", "json-ld" or "html-time" (static) */
	int strong;           /* 1 the markup says it is the publication date (a <meta>,
				 JSON-LD, <time pubdate>); 0 a plain <time> at the top */
} cc_markup_date;

/*
 * Read doc->src (HTML) for its publication date: <meta> whose property,
 * name or itemprop is of class html_date_meta (lexicon/markup.tsv), then a
 * JSON-LD key of class jsonld_date, then <time datetime> marked as the
 * publication date; failing those, the first <time datetime> before source
 * offset top_src (the top of the text). *out zeroed when none.
 */
void cc_input_html_date(const cc_doc *doc, size_t top_src, cc_markup_date *out);

#endif
