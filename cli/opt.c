/*
 * opt.c -- option tables over getopt_long, --help printed from the same
 * tables, strict number parsing, error lines, status -> exit code.
 */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void print_help(const char *usage, const char *summary, const cli_opt *opts)
{
	size_t i;

	printf("usage: %s\n", usage);
	if (summary)
		printf("\n%s\n", summary);
	printf("\noptions:\n");
	for (i = 0; opts[i].name; i++) {
		char left[64];

		if (opts[i].shortopt)
			snprintf(left, sizeof left, "-%c, --%s%s%s", opts[i].shortopt, opts[i].name,
				 opts[i].arg ? " " : "", opts[i].arg ? opts[i].arg : "");
		else
			snprintf(left, sizeof left, "    --%s%s%s", opts[i].name,
				 opts[i].arg ? " " : "", opts[i].arg ? opts[i].arg : "");
		printf("  %-30s %s\n", left, opts[i].help);
	}
	printf("  %-30s %s\n", "-h, --help", "show this help");
}

int cli_parse(cli_args *a, int argc, char **argv, const cli_opt *opts,
	      const char *usage, const char *summary, int *exit_code)
{
	struct option lo[CLI_MAX_OPTS + 2];
	char so[3 * CLI_MAX_OPTS + 4];
	size_t n = 0, k = 0, i;
	int c, idx;

	memset(a, 0, sizeof *a);
	a->opts = opts;
	so[k++] = ':';
	for (i = 0; opts[i].name; i++) {
		if (i >= CLI_MAX_OPTS) {
			*exit_code = cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "too many options in table");
			return -1;
		}
		lo[n].name = opts[i].name;
		lo[n].has_arg = opts[i].arg ? required_argument : no_argument;
		lo[n].flag = NULL;
		lo[n].val = 1000 + (int)i;
		n++;
		if (opts[i].shortopt) {
			so[k++] = (char)opts[i].shortopt;
			if (opts[i].arg)
				so[k++] = ':';
		}
	}
	lo[n].name = "help";
	lo[n].has_arg = no_argument;
	lo[n].flag = NULL;
	lo[n].val = 'h';
	n++;
	memset(&lo[n], 0, sizeof lo[n]);
	so[k++] = 'h';
	so[k] = '\0';

	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, so, lo, &idx)) != -1) {
		if (c == 'h') {
			print_help(usage, summary, opts);
			*exit_code = fflush(stdout) ? CLI_EXIT_IO : CLI_EXIT_OK;
			return -1;
		}
		if (c == '?') {
			if (optopt)
				*exit_code = cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "%s: unknown option '-%c' (try --help)", argv[0], optopt);
			else
				*exit_code = cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "%s: unknown option '%s' (try --help)", argv[0], argv[optind - 1]);
			return -1;
		}
		if (c == ':') {
			*exit_code = cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "%s: option '%s' needs a value", argv[0], argv[optind - 1]);
			return -1;
		}
		if (c >= 1000) {
			a->val[c - 1000] = opts[c - 1000].arg ? optarg : "1";
			continue;
		}
		for (i = 0; opts[i].name; i++)
			if (opts[i].shortopt == c) {
				a->val[i] = opts[i].arg ? optarg : "1";
				break;
			}
	}
	a->pos = argv + optind;
	a->npos = argc - optind;
	return 0;
}

const char *cli_get(const cli_args *a, const char *name)
{
	size_t i;

	for (i = 0; a->opts[i].name; i++)
		if (!strcmp(a->opts[i].name, name))
			return a->val[i];
	return NULL;
}

int cli_has(const cli_args *a, const char *name)
{
	return cli_get(a, name) != NULL;
}

int cli_error(int code, const char *file, long line, long col, const char *fmt, ...)
{
	va_list ap;

	fputs("claimcheck: ", stderr);
	if (file) {
		fprintf(stderr, "%s:", file);
		if (line > 0) {
			fprintf(stderr, "%ld:", line);
			if (col > 0)
				fprintf(stderr, "%ld:", col);
		}
		fputc(' ', stderr);
	}
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return code;
}

/* Library status -> exit code: one table. */
static const struct {
	int status;
	int exit_code;
} exit_map[] = {
	{ CC_OK, CLI_EXIT_OK },
	{ CC_EINVAL, CLI_EXIT_USAGE },
	{ CC_EDOMAIN, CLI_EXIT_USAGE },
	{ CC_ENOTFOUND, CLI_EXIT_IO },
	{ CC_EIO, CLI_EXIT_IO },
	{ CC_EBUSY, CLI_EXIT_IO },
	{ CC_ECORRUPT, CLI_EXIT_IO },
	{ CC_EREADONLY, CLI_EXIT_IO },
	{ CC_ENOMEM, CLI_EXIT_IO },
	{ CC_ERROR, CLI_EXIT_IO },
};

int cli_exit_for(int status)
{
	size_t i;

	for (i = 0; i < sizeof exit_map / sizeof exit_map[0]; i++)
		if (exit_map[i].status == status)
			return exit_map[i].exit_code;
	return CLI_EXIT_IO;
}

int cli_error_ctx(cc_ctx *ctx, int status, const char *file)
{
	const char *efile = NULL;
	long line = 0, col = 0;
	const char *msg = ctx ? cc_errmsg(ctx) : "";

	if (ctx)
		cc_errpos(ctx, &efile, &line, &col);
	if (efile)
		file = efile;
	if (!msg || !*msg)
		msg = cc_strerror(status);
	return cli_error(cli_exit_for(status), file, line, col, "%s", msg);
}

static int parse_number(double *out, const char *s)
{
	char *end;
	double v;
	const char *p = s;

	if (!s || !*s)
		return -1;
	while (*p == ' ')
		p++;
	/* only decimal numbers: no hex, inf or nan spellings */
	for (const char *q = p; *q; q++)
		if (!strchr("0123456789.eE+- ", *q))
			return -1;
	errno = 0;
	v = strtod(p, &end);
	if (end == p)
		return -1;
	while (*end == ' ')
		end++;
	if (*end || errno == ERANGE || !isfinite(v))
		return -1;
	*out = v;
	return 0;
}

int cli_number(double *out, const char *opt, const char *s)
{
	if (parse_number(out, s)) {
		cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--%s: '%s' is not a finite number", opt, s ? s : "");
		return -1;
	}
	return 0;
}

int cli_count(double *out, const char *opt, const char *s)
{
	if (cli_number(out, opt, s))
		return -1;
	if (*out < 0 || floor(*out) != *out) {
		cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--%s: '%s' is not a whole number >= 0", opt, s);
		return -1;
	}
	return 0;
}

static int parse_date(cc_options *o, const char *s)
{
	int y, m, d;
	char tail;

	if (sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
		return -1;
	o->date_y = y;
	o->date_m = m;
	o->date_d = d;
	return 0;
}

int cli_common_options(cc_options *o, const cli_args *a)
{
	const char *v;
	double d;

	if ((v = cli_get(a, "level"))) {
		if (cli_number(&d, "level", v))
			return CLI_EXIT_USAGE;
		if (!(d > 0 && d < 1))
			return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--level: %s is not between 0 and 1", v);
		o->level = d;
	}
	if ((v = cli_get(a, "method")) && cc_ci_method_parse(&o->method, v))
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0,
				 "--method: unknown method '%s' (wald, wilson, wilson-cc, agresti-coull, clopper-pearson, jeffreys)", v);
	if ((v = cli_get(a, "input"))) {
		static const char *names[] = { "auto", "text", "md", "html" };
		size_t i;

		for (i = 0; i < 4; i++)
			if (!strcmp(v, names[i]))
				break;
		if (i == 4 && !strcmp(v, "markdown"))
			i = 2;
		if (i == 4)
			return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--input: unknown input format '%s' (auto, text, md, html)", v);
		o->input = (cc_input_kind)i;
	}
	if ((v = cli_get(a, "date")) && parse_date(o, v))
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--date: '%s' is not a date YYYY-MM-DD", v);
	if ((v = cli_get(a, "alpha"))) {
		if (cli_number(&d, "alpha", v))
			return CLI_EXIT_USAGE;
		if (!(d > 0 && d < 1))
			return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--alpha: %s is not between 0 and 1", v);
		o->alpha = d;
	}
	if ((v = cli_get(a, "p-equal-alpha"))) {
		if (!strcmp(v, "sig"))
			o->p_equal_alpha_sig = 1;
		else if (!strcmp(v, "nonsig"))
			o->p_equal_alpha_sig = 0;
		else
			return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--p-equal-alpha: '%s' is not sig or nonsig", v);
	}
	if ((v = cli_get(a, "one-tailed"))) {
		if (!strcmp(v, "auto"))
			o->one_tailed = CC_ONE_TAILED_AUTO;
		else if (!strcmp(v, "always"))
			o->one_tailed = CC_ONE_TAILED_ALWAYS;
		else if (!strcmp(v, "never"))
			o->one_tailed = CC_ONE_TAILED_NEVER;
		else
			return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--one-tailed: '%s' is not auto, always or never", v);
	}
	if ((v = cli_get(a, "p-zero-error"))) {
		if (!strcmp(v, "yes"))
			o->p_zero_error = 1;
		else if (!strcmp(v, "no"))
			o->p_zero_error = 0;
		else
			return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--p-zero-error: '%s' is not yes or no", v);
	}
	if ((v = cli_get(a, "checks")))
		o->checks = v;
	if ((v = cli_get(a, "skip")))
		o->skip = v;
	return 0;
}

int cli_format(cc_format *out, const cli_args *a, cc_format deflt)
{
	const char *v = cli_get(a, "format");

	*out = deflt;
	if (v && cc_format_parse(out, v))
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0,
				 "--format: unknown format '%s' (text, md, json, jsonl, csv, html)", v);
	return 0;
}

int cli_open_sink(cc_sink **out, cc_ctx *ctx, const cli_args *a)
{
	const char *path = cli_get(a, "output");
	int rc;

	if (path && strcmp(path, "-"))
		rc = cc_sink_open_file(out, ctx, path);
	else
		rc = cc_sink_stdout(out, ctx);
	if (rc)
		return cli_error_ctx(ctx, rc, path);
	return 0;
}

/* Bound on one input: beyond this a document is refused, not read. */
#define CLI_MAX_INPUT ((size_t)1 << 31)

int cli_read_file(char **data_out, size_t *len_out, const char *path)
{
	FILE *f;
	char *buf = NULL, *nb;
	size_t len = 0, cap = 0, n;
	int is_stdin = !strcmp(path, "-");

	*data_out = NULL;
	*len_out = 0;
	f = is_stdin ? stdin : fopen(path, "rb");
	if (!f)
		return cli_error(CLI_EXIT_IO, path, 0, 0, "cannot open: %s", strerror(errno));
	for (;;) {
		if (len == cap) {
			cap = cap ? cap * 2 : 65536;
			if (cap > CLI_MAX_INPUT + 1) {
				free(buf);
				if (!is_stdin)
					fclose(f);
				return cli_error(CLI_EXIT_USAGE, path, 0, 0, "input larger than 2 GiB");
			}
			nb = realloc(buf, cap);
			if (!nb) {
				free(buf);
				if (!is_stdin)
					fclose(f);
				return cli_error(CLI_EXIT_IO, path, 0, 0, "out of memory reading input");
			}
			buf = nb;
		}
		n = fread(buf + len, 1, cap - len, f);
		len += n;
		if (n == 0)
			break;
	}
	if (ferror(f)) {
		int e = errno;

		free(buf);
		if (!is_stdin)
			fclose(f);
		return cli_error(CLI_EXIT_IO, path, 0, 0, "read error: %s", e == EISDIR ? "is a directory" : strerror(e));
	}
	if (!is_stdin)
		fclose(f);
	*data_out = buf;
	*len_out = len;
	return 0;
}

/* The reference database: see cli.h. */
const char *cli_ref_path(const cli_args *a, int *explicit_out, char *buf, size_t cap)
{
	const char *p;
	ssize_t n;

	*explicit_out = 1;
	if (cli_has(a, "no-ref"))
		return NULL;
	if ((p = cli_get(a, "ref")))
		return p;
	if ((p = getenv("CLAIMCHECK_REF")) && *p)
		return p;
	*explicit_out = 0;
	p = cc_default_reference_path();
	if (access(p, R_OK) == 0)
		return p;
	n = readlink("/proc/self/exe", buf, cap - 1);
	if (n > 0) {
		char *slash;

		buf[n] = '\0';
		slash = strrchr(buf, '/');
		if (slash && (size_t)(slash - buf) + sizeof "/reference.db" <= cap) {
			strcpy(slash, "/reference.db");
			if (access(buf, R_OK) == 0)
				return buf;
		}
	}
	return NULL;
}

/* A growable memory buffer behind a sink (cli_render_jsonl). */
typedef struct membuf {
	char *p;
	size_t len, cap;
	int oom;
} membuf;

static int membuf_write(const char *data, size_t len, void *payload)
{
	membuf *m = payload;

	if (m->oom)
		return -1;
	if (m->len + len + 1 > m->cap) {
		size_t cap = m->cap ? m->cap : 4096;
		char *np;

		while (cap < m->len + len + 1)
			cap *= 2;
		np = realloc(m->p, cap);
		if (!np) {
			m->oom = 1;
			return -1;
		}
		m->p = np;
		m->cap = cap;
	}
	memcpy(m->p + m->len, data, len);
	m->len += len;
	m->p[m->len] = '\0';
	return 0;
}

int cli_render_jsonl(cc_ctx *ctx, const cc_doc *doc, const cc_render_options *ro, char **out, size_t *len_out)
{
	membuf m = { NULL, 0, 0, 0 };
	cc_sink *sink = NULL;
	cc_report *rep = NULL;
	int rc;

	*out = NULL;
	*len_out = 0;
	rc = cc_sink_new(&sink, ctx, membuf_write, &m);
	if (!rc)
		rc = cc_report_begin(&rep, ctx, sink, CC_FORMAT_JSONL, ro);
	if (!rc)
		rc = cc_report_add(rep, doc);
	if (rep) {
		int e = cc_report_end(rep);

		if (!rc)
			rc = e;
	}
	if (sink) {
		int e = cc_sink_close(sink);

		if (!rc)
			rc = e;
	}
	if (!rc && m.oom)
		rc = CC_ENOMEM;
	if (rc) {
		free(m.p);
		return rc;
	}
	*out = m.p ? m.p : calloc(1, 1);
	if (!*out)
		return CC_ENOMEM;
	*len_out = m.len;
	return CC_OK;
}
