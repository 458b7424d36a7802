/*
 * cmd_check.c -- check, explain and extract: read each input, call the
 * library, render through one report. Computes nothing.
 */
#include "cli.h"
#include "batch.h"
#include "../reference/resultsdb.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#define CHECK_OPTS \
	{ "format", 'f', "FMT", "text, md, json, jsonl, csv, html, sqlite (a results database; needs -o) (default text)" }, \
	{ "output", 'o', "FILE", "write the report to FILE (replaced only on success)" }, \
	{ "input", 0, "KIND", "auto, text, md, html (default auto)" }, \
	{ "ref", 0, "PATH", "reference database (default: $CLAIMCHECK_REF, then the installed one)" }, \
	{ "no-ref", 0, NULL, "do not use a reference database" }, \
	{ "level", 0, "L", "confidence level (default 0.95)" }, \
	{ "method", 0, "M", "interval method: wilson, wald, wilson-cc, agresti-coull, clopper-pearson, jeffreys" }, \
	{ "date", 0, "YYYY-MM-DD", "the document's date (default: from the document)" }, \
	{ "alpha", 0, "A", "significance level for reported tests (default 0.05)" }, \
	{ "p-equal-alpha", 0, "sig|nonsig", "is p = alpha significant (default sig)" }, \
	{ "one-tailed", 0, "auto|always|never", "one-tailed readings of reported tests (default auto)" }, \
	{ "p-zero-error", 0, "yes|no", "count \"p = .000\" as an error (default yes)" }, \
	{ "fail-on", 0, "LEVEL", "exit 1 when a flag is at or above info, warning or error" }, \
	{ "checks", 0, "CODE,...", "run only these checks" }, \
	{ "skip", 0, "CODE,...", "skip these checks" }, \
	{ "color", 0, "WHEN", "terminal colour: auto, always, never (default auto; NO_COLOR respected)" }, \
	{ "jsonl-docs", 0, NULL, "inputs hold JSON documents, one per line ({\"id\", \"text\", \"date\", \"url\"}); automatic for JSONL output of standard input that starts with '{'" }

static const cli_opt check_opts[] = { CHECK_OPTS, { NULL, 0, NULL, NULL } };

static const cli_opt extract_opts[] = {
	{ "format", 'f', "FMT", "text, md, json, jsonl, csv (default jsonl when piped)" },
	{ "output", 'o', "FILE", "write to FILE (replaced only on success)" },
	{ "input", 0, "KIND", "auto, text, md, html (default auto)" },
	{ "numerals", 0, NULL, "every numeric expression, claim or not (JSON lines)" },
	{ "date", 0, "YYYY-MM-DD", "the document's date (default: from the document)" },
	{ NULL, 0, NULL, NULL }
};

static int color_wanted(const cli_args *a, const char *outpath)
{
	const char *v = cli_get(a, "color");
	const char *nc = getenv("NO_COLOR");

	if (v && !strcmp(v, "always"))
		return 1;
	if (v && !strcmp(v, "never"))
		return 0;
	if (nc && *nc)
		return 0;
	if (outpath && strcmp(outpath, "-"))
		return 0;
	return isatty(STDOUT_FILENO);
}

/* Columns of the terminal on standard output; 0 (the renderer's default)
 * when it is not a terminal. */
static int terminal_width(void)
{
	struct winsize ws;

	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40)
		return ws.ws_col > 160 ? 160 : ws.ws_col;
	return 0;
}

/* One byte peeked from standard input with read(2) (stdio would buffer
 * bytes the JSONL streamer, which uses read(2), could not see). */
static char stdin_peek;
static int stdin_peeked;

/* Standard input as the only input, JSONL output, and the first byte is
 * '{': JSON documents, one per line (an article never starts so). */
static int stdin_is_jsonl(cc_format fmt, char **files, int nfiles)
{
	ssize_t n;

	if (fmt != CC_FORMAT_JSONL || nfiles != 1 || strcmp(files[0], "-"))
		return 0;
	do
		n = read(STDIN_FILENO, &stdin_peek, 1);
	while (n < 0 && errno == EINTR);
	stdin_peeked = n == 1;
	return stdin_peeked && stdin_peek == '{';
}

/* Read an input; standard input gets back the byte peeked at. */
static int read_input(char **data_out, size_t *len_out, const char *path)
{
	int e = cli_read_file(data_out, len_out, path);

	if (!e && stdin_peeked && !strcmp(path, "-")) {
		char *nd = realloc(*data_out, *len_out + 1);

		if (!nd) {
			free(*data_out);
			*data_out = NULL;
			return cli_error(CLI_EXIT_IO, path, 0, 0, "out of memory reading input");
		}
		memmove(nd + 1, nd, *len_out);
		nd[0] = stdin_peek;
		*data_out = nd;
		(*len_out)++;
		stdin_peeked = 0;
	}
	return e;
}

/* `check --format sqlite -o FILE`: store one document (its rows and its
 * JSONL records) in the results database, in one transaction. */
static int store_doc(cc_rdb *rdb, cc_ctx *ctx, const cc_doc *doc, const char *name,
		     const cc_render_options *ro)
{
	char *jsonl;
	size_t len;
	int rc = cli_render_jsonl(ctx, doc, ro, &jsonl, &len), stored;

	if (!rc)
		rc = cc_rdb_put_doc(rdb, doc, name, name, cc_doc_date(doc), NULL, jsonl, len, &stored);
	free(jsonl);
	return rc;
}

enum mode { MODE_CHECK, MODE_EXPLAIN, MODE_EXTRACT };

static int numeral_line(const cc_numeral *num, void *payload);

struct numeral_out {
	cc_sink *sink;
	const char *data;
	const char *doc;
};

/* What run_file needs of the run. */
struct one_run {
	cc_ctx *ctx;
	cc_sink *sink;
	cc_report *rep;
	cc_rdb *rdb;
	const cc_render_options *ro;
	enum mode mode;
	int numerals, to_db;
	cc_severity *worst;
};

/* Read, extract or check, and report one input. 0; an exit code for an
 * input that failed (the run goes on); or minus the exit code when the
 * output failed (the run stops). */
static int run_file(struct one_run *r, const char *file, const char *output)
{
	char *data = NULL;
	size_t len = 0;
	cc_doc *doc = NULL;
	int rc, e = read_input(&data, &len, file);

	if (e)
		return e;
	if (r->numerals) {
		struct numeral_out no = { r->sink, data, file };

		rc = cc_numerals(r->ctx, data, len, numeral_line, &no);
	} else if (r->mode == MODE_EXTRACT) {
		rc = cc_extract(&doc, r->ctx, data, len, file);
	} else {
		rc = cc_check(&doc, r->ctx, data, len, file);
	}
	if (rc) {
		free(data);
		return cli_error_ctx(r->ctx, rc, file);
	}
	if (doc) {
		cc_severity w = cc_doc_worst(doc);

		if (w > *r->worst)
			*r->worst = w;
		rc = r->to_db ? store_doc(r->rdb, r->ctx, doc, file, r->ro) : cc_report_add(r->rep, doc);
		cc_doc_free(doc);
		if (rc) {
			free(data);
			return -cli_error_ctx(r->ctx, rc, output);
		}
	}
	free(data);
	return 0;
}

static int run(int argc, char **argv, enum mode mode)
{
	static const char *const usages[] = {
		"claimcheck check [OPTIONS] [FILE...]",
		"claimcheck explain [OPTIONS] [FILE...]",
		"claimcheck extract [OPTIONS] [FILE...]",
	};
	static const char *const summaries[] = {
		("Extract every numeric claim, compute what the figures can support, look\n"
		 "them up in the reference database and flag weak inferences."),
		"Like check, with the reasoning written out step by step for learners.",
		"Print the claims found (claimcheck.claim/1 records), nothing else.",
	};
	cli_args a;
	cc_options o = CC_OPTIONS_INIT;
	cc_ctx *ctx = NULL;
	cc_sink *sink = NULL;
	cc_report *rep = NULL;
	cc_format fmt;
	cc_render_options ro = CC_RENDER_OPTIONS_INIT;
	cc_severity fail_on = CC_SEV_NONE, worst = CC_SEV_NONE;
	char refbuf[PATH_MAX + 32];
	const char *refp;
	int explicit_ref, exit_code = 0, rc, i, numerals, to_db;
	cc_rdb *rdb = NULL;
	char *stdin_only[] = { "-" };
	char **files;
	int nfiles;

	if (cli_parse(&a, argc, argv, mode == MODE_EXTRACT ? extract_opts : check_opts,
		      usages[mode], summaries[mode], &exit_code))
		return exit_code;
	if ((exit_code = cli_common_options(&o, &a)))
		return exit_code;
	numerals = mode == MODE_EXTRACT && cli_has(&a, "numerals");
	to_db = mode == MODE_CHECK && cli_get(&a, "format") && !strcmp(cli_get(&a, "format"), "sqlite");
	if (to_db && (!cli_get(&a, "output") || !strcmp(cli_get(&a, "output"), "-")))
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--format sqlite writes a results database: give it with -o FILE");
	if (mode == MODE_EXPLAIN)
		fmt = CC_FORMAT_EXPLAIN;
	else if (to_db)
		fmt = CC_FORMAT_JSONL; /* each document's records, stored beside its rows */
	else if ((exit_code = cli_format(&fmt, &a,
					 mode == MODE_EXTRACT && !isatty(STDOUT_FILENO) ? CC_FORMAT_JSONL : CC_FORMAT_TEXT)))
		return exit_code;
	if (numerals && fmt != CC_FORMAT_JSONL && fmt != CC_FORMAT_JSON)
		fmt = CC_FORMAT_JSONL;
	if (cli_has(&a, "fail-on") && cc_severity_parse(&fail_on, cli_get(&a, "fail-on")))
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--fail-on: '%s' is not info, warning or error",
				 cli_get(&a, "fail-on"));
	rc = cc_ctx_new(&ctx, NULL, &o);
	if (rc)
		return cli_error(cli_exit_for(rc), NULL, 0, 0, "%s", rc == CC_ENOMEM ? "out of memory" : "invalid options");
	if (mode != MODE_EXTRACT) {
		refp = cli_ref_path(&a, &explicit_ref, refbuf, sizeof refbuf);
		if (refp && (rc = cc_ctx_open_reference(ctx, refp))) {
			exit_code = cli_error_ctx(ctx, rc, refp);
			goto done;
		}
	}
	if (to_db) {
		if ((rc = cc_rdb_open(&rdb, ctx, cli_get(&a, "output"), CC_RDB_CREATE))) {
			exit_code = cli_error_ctx(ctx, rc, cli_get(&a, "output"));
			goto done;
		}
	} else if ((exit_code = cli_open_sink(&sink, ctx, &a))) {
		goto done;
	}
	ro.with_findings = mode != MODE_EXTRACT;
	ro.color = fmt == CC_FORMAT_TEXT && color_wanted(&a, cli_get(&a, "output"));
	ro.width = terminal_width();
	if (!numerals && !to_db && (rc = cc_report_begin(&rep, ctx, sink, fmt, &ro))) {
		exit_code = cli_error_ctx(ctx, rc, NULL);
		goto done;
	}

	files = a.npos ? a.pos : stdin_only;
	nfiles = a.npos ? a.npos : 1;
	/* the streaming mapper: `check --format jsonl -` over JSONL documents
	   (GNU parallel --pipe, Hadoop streaming, Spark pipe()) */
	if (mode != MODE_EXTRACT && (cli_has(&a, "jsonl-docs") || stdin_is_jsonl(fmt, files, nfiles))) {
		int e = cli_check_jsonl_stream(ctx, rep, files, nfiles, stdin_peeked ? &stdin_peek : NULL,
						 (size_t)stdin_peeked, &worst);

		stdin_peeked = 0;

		if (e > exit_code)
			exit_code = e;
		nfiles = 0; /* the loop below has nothing left to read */
	}
	for (i = 0; i < nfiles; i++) {
		struct one_run one = { ctx, sink, rep, rdb, &ro, mode, numerals, to_db, &worst };
		int e = run_file(&one, files[i], cli_get(&a, "output"));

		if (e < 0) {
			exit_code = -e;
			goto done;
		}
		if (e > exit_code)
			exit_code = e;
	}
	if (rep) {
		rc = cc_report_end(rep);
		rep = NULL;
		if (rc) {
			exit_code = cli_error_ctx(ctx, rc, cli_get(&a, "output"));
			goto done;
		}
	}
	/* an input failed: -o FILE keeps its old content (the sink is aborted);
	   standard output gets the reports of the inputs that were read */
	if (exit_code >= CLI_EXIT_USAGE && cli_get(&a, "output") && strcmp(cli_get(&a, "output"), "-"))
		goto done;
	if (to_db)
		goto done; /* every document was committed in its own transaction */
	rc = cc_sink_close(sink);
	sink = NULL;
	if (rc) {
		exit_code = cli_error(CLI_EXIT_IO, cli_get(&a, "output"), 0, 0, "write error: %s",
				      cc_errmsg(ctx)[0] ? cc_errmsg(ctx) : "cannot write output");
		goto done;
	}
	if (!exit_code && fail_on != CC_SEV_NONE && worst >= fail_on)
		exit_code = CLI_EXIT_FLAGS;
done:
	cc_rdb_close(rdb);
	if (rep)
		cc_report_end(rep);
	if (sink)
		cc_sink_abort(sink);
	cc_ctx_free(ctx);
	return exit_code;
}

/* One JSON line per numeral; the text is taken from the input bytes. */
static int numeral_line(const cc_numeral *num, void *payload)
{
	struct numeral_out *no = payload;

	return cc_numeral_write_json(no->sink, num, no->data, no->doc);
}

int cmd_check(int argc, char **argv)
{
	return run(argc, argv, MODE_CHECK);
}

int cmd_explain(int argc, char **argv)
{
	return run(argc, argv, MODE_EXPLAIN);
}

int cmd_extract(int argc, char **argv)
{
	return run(argc, argv, MODE_EXTRACT);
}
