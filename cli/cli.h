/*
 * cli.h -- the thin command-line layer: command table, option tables,
 * exit codes, one-line errors. Parses, calls libclaimcheck, maps statuses.
 */
#ifndef CC_CLI_H
#define CC_CLI_H

#include "claimcheck.h"
#include <stdio.h>

/* Exit codes (shared/spec/cli.md). */
enum {
	CLI_EXIT_OK = 0,
	CLI_EXIT_FLAGS = 1,  /* flags at or above --fail-on */
	CLI_EXIT_USAGE = 2,  /* usage error or bad input */
	CLI_EXIT_IO = 3      /* I/O or database error */
};

/* One option of a command: long name, short letter (0 none), argument
 * name (NULL for a switch), help text. Tables end with a NULL name. */
typedef struct cli_opt {
	const char *name;
	int shortopt;
	const char *arg;
	const char *help;
} cli_opt;

#define CLI_MAX_OPTS 64

/* Parsed options: value of each table entry by index (switch: "1"),
 * NULL when absent; positional arguments. */
typedef struct cli_args {
	const char *val[CLI_MAX_OPTS];
	char **pos;
	int npos;
	const cli_opt *opts;
} cli_args;

typedef struct cli_cmd {
	const char *name;
	int (*fn)(int argc, char **argv);
	const char *summary;
} cli_cmd;

/*
 * Parse argv (argv[0] is the command name) against `opts`. Prints --help
 * (usage line, summary, option table) to stdout and returns -1 with *exit
 * set to 0; on a usage error prints one line and returns -1 with *exit 2.
 */
int cli_parse(cli_args *a, int argc, char **argv, const cli_opt *opts,
	      const char *usage, const char *summary, int *exit_code);

/* Value of option `name` (NULL if absent). */
const char *cli_get(const cli_args *a, const char *name);
int cli_has(const cli_args *a, const char *name);

/* Print "claimcheck: [FILE:[LINE:[COL:]]] message" to stderr; return code. */
int cli_error(int code, const char *file, long line, long col, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
/* Report the ctx's last error (with its position) and return the exit code. */
int cli_error_ctx(cc_ctx *ctx, int status, const char *file);
/* Map a library status to an exit code. */
int cli_exit_for(int status);

/*
 * Strict number parsing: the whole string must be a finite decimal number
 * (no text, NaN, inf, overflow such as 1e400). On failure prints
 * "claimcheck: --OPT: 'S' is not a number" and returns -1.
 */
int cli_number(double *out, const char *opt, const char *s);
/* As cli_number, and the value must be a whole number >= 0. */
int cli_count(double *out, const char *opt, const char *s);

/* Shared options: fill a cc_options from --level/--method/--input/--date/
 * statcheck flags present in `a`. Returns 0 or an exit code (message
 * printed). */
int cli_common_options(cc_options *o, const cli_args *a);

/*
 * Output helpers: open the sink for -o FILE (temp file renamed on success)
 * or stdout; choose the format from --format (default `deflt`).
 */
int cli_open_sink(cc_sink **out, cc_ctx *ctx, const cli_args *a);
int cli_format(cc_format *out, const cli_args *a, cc_format deflt);

/*
 * The reference database to use: --ref, $CLAIMCHECK_REF, the installed one,
 * then reference.db beside the program; NULL for none (or --no-ref). `buf`
 * (cap bytes) holds the path when it is built. *explicit_out says whether
 * the user named it (then a missing file is an error).
 */
const char *cli_ref_path(const cli_args *a, int *explicit_out, char *buf, size_t cap);

/* The document's `check --format jsonl` records in a malloc'd string
 * (*out, NUL-terminated, *len_out bytes; NULL on failure). */
int cli_render_jsonl(cc_ctx *ctx, const cc_doc *doc, const cc_render_options *ro, char **out, size_t *len_out);
/* Read a whole file ("-" = stdin) into a malloc'd buffer. Prints the error
 * and returns an exit code on failure, 0 on success. */
int cli_read_file(char **data_out, size_t *len_out, const char *path);

/* Commands. */
int cmd_check(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_extract(int argc, char **argv);
int cmd_ci(int argc, char **argv);
int cmd_compare(int argc, char **argv);
int cmd_binom(int argc, char **argv);
int cmd_grim(int argc, char **argv);
int cmd_grimmer(int argc, char **argv);
int cmd_debit(int argc, char **argv);
int cmd_pvalue(int argc, char **argv);
int cmd_samplesize(int argc, char **argv);
int cmd_ref(int argc, char **argv);
int cmd_batch(int argc, char **argv);
int cmd_serve(int argc, char **argv);

#endif
