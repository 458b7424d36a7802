/*
 * csv.h -- RFC 4180 CSV reading and writing for the reference imports and
 * exports (stage: reference/). No SQL here.
 */
#ifndef CC_REFERENCE_CSV_H
#define CC_REFERENCE_CSV_H

#include "../core/buf.h"
#include "../core/error.h"

typedef struct cc_csv {
	const char *p, *end;
	long line;              /* physical line of p, 1-based */
	long rec_line;          /* line where the last record started */
	cc_buf field;           /* bytes of every field of the record, NUL-separated */
	size_t *off;            /* start of field i in field.ptr */
	size_t nfields, cap;
	char **fields;          /* pointers into field.ptr (valid until the next record) */
	size_t fcap;
	char sep;               /* ',' (or '\t' for TSV) */
} cc_csv;

void cc_csv_init(cc_csv *c, cc_ctx *ctx, const char *data, size_t len, char sep);
void cc_csv_dispose(cc_csv *c);
/* Read the next record: 1 read, 0 end of input, or a negative status with
 * "LABEL:LINE: message" on ctx. Blank lines are skipped. */
int cc_csv_next(cc_csv *c, cc_ctx *ctx, const char *label);

/* Check UTF-8 (no overlongs, surrogates or NUL bytes). 0 valid, else the
 * 1-based line of the first bad byte. */
long cc_utf8_bad_line(const char *s, size_t n);

/* Append one field, quoted when it needs to be. */
void cc_csv_put_field(cc_buf *b, const char *s, int first);

#endif
