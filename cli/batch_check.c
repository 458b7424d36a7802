/*
 * batch_check.c -- `claimcheck check --jsonl-docs`: check as a streaming
 * filter over JSONL documents (CLI layer), the mapper of GNU parallel
 * --pipe, Hadoop streaming or Spark pipe(). One document in memory at a
 * time; standard output flushed after each document so records leave as
 * soon as they are made. Must not: compute anything (the library does) or
 * keep more than one document.
 */
#include "batch.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

typedef struct stream {
	cc_ctx *ctx;
	cc_report *rep;
	cc_options base;
	cc_severity worst;
	int exit_code;
} stream;

static int check_item(batch_item *it, void *payload)
{
	stream *s = payload;
	cc_options o = s->base;
	cc_doc *doc = NULL;
	int rc, y, m, d;

	if (it->date && batch_parse_date(it->date, &y, &m, &d) == 0) {
		o.date_y = y;
		o.date_m = m;
		o.date_d = d;
	}
	cc_ctx_set_options(s->ctx, &o);
	rc = cc_check(&doc, s->ctx, it->text, it->text_len, it->id);
	if (rc) {
		int e = cli_error_ctx(s->ctx, rc, it->id);

		if (e > s->exit_code)
			s->exit_code = e;
		batch_item_free(it);
		return 0;
	}
	if (cc_doc_worst(doc) > s->worst)
		s->worst = cc_doc_worst(doc);
	rc = cc_report_add(s->rep, doc);
	cc_doc_free(doc);
	batch_item_free(it);
	fflush(stdout);
	if (rc) {
		s->exit_code = cli_error_ctx(s->ctx, rc, NULL);
		return 1; /* the output is gone: stop */
	}
	return 0;
}

int cli_check_jsonl_stream(cc_ctx *ctx, cc_report *rep, char **files, int nfiles,
			   const char *prefix, size_t prefix_len, cc_severity *worst_out)
{
	static char *stdin_only[] = { "-" };
	stream s;
	batch_input in;
	int i;

	memset(&s, 0, sizeof s);
	memset(&in, 0, sizeof in);
	s.ctx = ctx;
	s.rep = rep;
	s.base = *cc_ctx_options(ctx);
	in.max_doc = (size_t)64 << 20;
	in.prefix = prefix;          /* peeked from standard input by the caller */
	in.prefix_len = prefix_len;
	if (nfiles == 0) {
		files = stdin_only;
		nfiles = 1;
	}
	for (i = 0; i < nfiles; i++) {
		FILE *f = strcmp(files[i], "-") ? fopen(files[i], "rb") : stdin;

		if (!f) {
			int e = cli_error(CLI_EXIT_IO, files[i], 0, 0, "cannot open: %s", strerror(errno));

			if (e > s.exit_code)
				s.exit_code = e;
			continue;
		}
		if (batch_jsonl_stream(&in, f, files[i], check_item, &s)) {
			if (f != stdin)
				fclose(f);
			break;
		}
		if (f != stdin)
			fclose(f);
	}
	cc_ctx_set_options(ctx, &s.base);
	if (in.worst_exit > s.exit_code)
		s.exit_code = in.worst_exit;
	*worst_out = s.worst;
	return s.exit_code;
}
