/*
 * cmd_ref.c -- `claimcheck ref init|import|export|list|search|add`: parse
 * the options, call reference/refdb.h, print rows (text or JSON). Speaks
 * no SQL and computes nothing; errors are one line with the exit code of
 * cli_exit_for (2 bad input, 3 database trouble).
 */
#include "cli.h"
#include "../reference/refdb.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const cli_opt db_opts[] = {
	{ "ref", 0, "PATH", "reference database (default: $CLAIMCHECK_REF, then the installed one)" },
	{ "quiet", 'q', NULL, "print nothing on success" },
	{ NULL, 0, NULL, NULL }
};

static const cli_opt export_opts[] = {
	{ "ref", 0, "PATH", "reference database (default: $CLAIMCHECK_REF, then the installed one)" },
	{ "output", 'o', "FILE", "write to FILE (replaced only on success)" },
	{ NULL, 0, NULL, NULL }
};

static const cli_opt list_opts[] = {
	{ "ref", 0, "PATH", "reference database (default: $CLAIMCHECK_REF, then the installed one)" },
	{ "format", 'f', "FMT", "text or json (default text)" },
	{ "limit", 'n', "N", "at most N rows (default all; search: 20)" },
	{ NULL, 0, NULL, NULL }
};

/* `ref add`: one option per figures column. */
static const cli_opt add_opts[] = {
	{ "ref", 0, "PATH", "reference database (default: $CLAIMCHECK_REF, then the installed one)" },
	{ "indicator", 0, "NAME", "what is measured (required)" },
	{ "geography", 0, "GEO", "UK, England, US, ... (required)" },
	{ "period", 0, "P", "2024, 2024-03, 2024-Q1, 2024-03-31 or 2023/24 (required)" },
	{ "value", 0, "V", "the figure (required)" },
	{ "unit", 0, "U", "percent, count, GBP, USD, people, ... (required)" },
	{ "source", 0, "TEXT", "publisher and title (required)" },
	{ "url", 0, "URL", "where the figure is published" },
	{ "released", 0, "YYYY-MM-DD", "publication date" },
	{ "retrieved", 0, "YYYY-MM-DD", "date retrieved" },
	{ "keywords", 0, "WORDS", "aliases, ';'-separated" },
	{ "notes", 0, "TEXT", "notes" },
	{ "publisher", 0, "NAME", "publisher" },
	{ "precision", 0, "E", "half-width (CI or rounding); default from the decimals of --value" },
	{ "quiet", 'q', NULL, "print nothing on success" },
	{ NULL, 0, NULL, NULL }
};

static const char *ref_path(const cli_args *a)
{
	const char *p = cli_get(a, "ref");

	if (p)
		return p;
	if ((p = getenv("CLAIMCHECK_REF")) && *p)
		return p;
	return cc_default_reference_path();
}

/* Open the database (read-write for changes); prints the error. */
static int open_db(cc_ctx **ctx, cc_refdb **db, const cli_args *a, int rw)
{
	const char *path = ref_path(a);
	int rc = cc_ctx_new(ctx, NULL, NULL);

	*db = NULL;
	if (rc)
		return cli_error(cli_exit_for(rc), NULL, 0, 0, "out of memory");
	rc = cc_refdb_open(db, *ctx, path, rw);
	if (rc)
		return cli_error_ctx(*ctx, rc, NULL);
	return 0;
}

/* ------------------------------------------------------------------ */
/* Row printing                                                        */
/* ------------------------------------------------------------------ */

struct rows_out {
	int json;
	long count;
};

/* Columns printed as JSON numbers. */
static int numeric_col(const char *name)
{
	static const char *const cols[] = { "id", "value", "precision", "size", "n", "share", "base_n",
					    "deff", "rows", "line", "bpc_member", "aapor_ti",
					    "probability_sample", "weighted", "single_choice", "score", NULL };
	size_t i;

	for (i = 0; cols[i]; i++)
		if (!strcmp(cols[i], name))
			return 1;
	return 0;
}

static void json_str(const char *s)
{
	putchar('"');
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (c == '\n')
			fputs("\\n", stdout);
		else if (c == '\t')
			fputs("\\t", stdout);
		else if (c == '\r')
			fputs("\\r", stdout);
		else if (c < 0x20)
			printf("\\u%04x", c);
		else
			putchar(c);
	}
	putchar('"');
}

/* Text: a header line, then one tab-separated line per row (tabs and
 * newlines inside values shown as spaces). */
static int print_row(int n, const char *const *names, const char *const *vals, void *payload)
{
	struct rows_out *o = payload;
	int i;

	if (o->json) {
		fputs(o->count ? ",\n  {" : "  {", stdout);
		for (i = 0; i < n; i++) {
			if (i)
				fputs(", ", stdout);
			json_str(names[i]);
			fputs(": ", stdout);
			if (!vals[i]) {
				fputs("null", stdout);
			} else if (numeric_col(names[i])) {
				char *end;
				double d = strtod(vals[i], &end);

				if (*vals[i] && !*end && isfinite(d))
					fputs(vals[i], stdout);
				else
					json_str(vals[i]);
			} else {
				json_str(vals[i]);
			}
		}
		putchar('}');
	} else {
		if (!o->count)
			for (i = 0; i < n; i++)
				printf("%s%s", i ? "\t" : "", names[i]);
		if (!o->count)
			putchar('\n');
		for (i = 0; i < n; i++) {
			const char *v = vals[i] ? vals[i] : "";

			if (i)
				putchar('\t');
			for (; *v; v++)
				putchar(*v == '\t' || *v == '\n' || *v == '\r' ? ' ' : *v);
		}
		putchar('\n');
	}
	o->count++;
	return 0;
}

/* ------------------------------------------------------------------ */
/* Subcommands                                                         */
/* ------------------------------------------------------------------ */

static int sub_init(int argc, char **argv)
{
	cli_args a;
	cc_ctx *ctx = NULL;
	int ex = 0, rc;

	if (cli_parse(&a, argc, argv, db_opts, "claimcheck ref init --ref PATH",
		      "Create an empty reference database with the current schema (or bring an\n"
		      "older one up to date).", &ex))
		return ex;
	if (a.npos)
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "ref init: unexpected argument '%s'", a.pos[0]);
	if ((rc = cc_ctx_new(&ctx, NULL, NULL)))
		return cli_error(cli_exit_for(rc), NULL, 0, 0, "out of memory");
	rc = cc_refdb_init(ctx, ref_path(&a));
	ex = rc ? cli_error_ctx(ctx, rc, NULL) : 0;
	if (!rc && !cli_has(&a, "quiet"))
		fprintf(stderr, "claimcheck: %s: reference database ready (schema version %d)\n", ref_path(&a),
			cc_refdb_schema_version());
	cc_ctx_free(ctx);
	return ex;
}

static int sub_import(int argc, char **argv)
{
	cli_args a;
	cc_ctx *ctx = NULL;
	cc_refdb *db = NULL;
	int ex = 0, i;

	if (cli_parse(&a, argc, argv, db_opts, "claimcheck ref import --ref PATH FILE.csv|FILE.tsv...",
		      "Import CSV files of figures, surveys, survey_results, populations or pollsters\n"
		      "(recognised by the header) or lexicon TSV files. Each file is all or nothing.", &ex))
		return ex;
	if (!a.npos)
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "ref import: no FILE given");
	if ((ex = open_db(&ctx, &db, &a, 1)))
		goto done;
	for (i = 0; i < a.npos; i++) {
		const char *table = NULL;
		long rows = 0;
		int rc = cc_refdb_import(db, a.pos[i], NULL, &table, &rows);

		if (rc) {
			ex = cli_error_ctx(ctx, rc, a.pos[i]);
			goto done;
		}
		if (!cli_has(&a, "quiet"))
			fprintf(stderr, "claimcheck: %s: %ld %s rows imported\n", a.pos[i], rows, table);
	}
done:
	cc_refdb_close(db);
	cc_ctx_free(ctx);
	return ex;
}

static int write_file(const char *data, size_t len, void *payload)
{
	return fwrite(data, 1, len, (FILE *)payload) == len ? 0 : -1;
}

static int sub_export(int argc, char **argv)
{
	cli_args a;
	cc_ctx *ctx = NULL;
	cc_refdb *db = NULL;
	const char *out = NULL, *table;
	char *tmp = NULL;
	FILE *f = stdout;
	int ex = 0, rc;

	if (cli_parse(&a, argc, argv, export_opts, "claimcheck ref export [TABLE] [-o FILE]",
		      "Write a table (figures by default; surveys, survey_results, populations,\n"
		      "pollsters) as CSV that `ref import` reads back.", &ex))
		return ex;
	if (a.npos > 1)
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "ref export: one TABLE at most");
	table = a.npos ? a.pos[0] : "figures";
	if ((ex = open_db(&ctx, &db, &a, 0)))
		goto done;
	out = cli_get(&a, "output");
	if (out && strcmp(out, "-")) {
		size_t n = strlen(out) + 16;
		int fd;

		tmp = malloc(n);
		if (!tmp) {
			ex = cli_error(CLI_EXIT_IO, NULL, 0, 0, "out of memory");
			goto done;
		}
		snprintf(tmp, n, "%s.XXXXXX", out);
		fd = mkstemp(tmp);
		if (fd < 0 || !(f = fdopen(fd, "wb"))) {
			ex = cli_error(CLI_EXIT_IO, out, 0, 0, "cannot write: %s", strerror(errno));
			if (fd >= 0)
				close(fd);
			free(tmp);
			tmp = NULL;
			f = stdout;
			goto done;
		}
	}
	rc = cc_refdb_export(db, table, write_file, f);
	if (rc)
		ex = cli_error_ctx(ctx, rc, NULL);
	if (f != stdout) {
		if (fclose(f) && !ex)
			ex = cli_error(CLI_EXIT_IO, out, 0, 0, "write error");
		if (ex)
			unlink(tmp);
		else if (rename(tmp, out))
			ex = cli_error(CLI_EXIT_IO, out, 0, 0, "cannot replace: %s", strerror(errno));
	} else if (fflush(stdout) && !ex) {
		ex = cli_error(CLI_EXIT_IO, NULL, 0, 0, "write error");
	}
done:
	free(tmp);
	cc_refdb_close(db);
	cc_ctx_free(ctx);
	return ex;
}

static int list_or_search(int argc, char **argv, int search)
{
	cli_args a;
	cc_ctx *ctx = NULL;
	cc_refdb *db = NULL;
	struct rows_out o = { 0, 0 };
	const char *fmt;
	double limit = search ? 20 : 0;
	int ex = 0, rc;

	if (cli_parse(&a, argc, argv, list_opts,
		      search ? "claimcheck ref search [--format json] TERMS..." : "claimcheck ref list [--format json] [TABLE]",
		      search ? "Full-text search over indicator names and keywords, populations,\n"
			       "organisations and surveys."
			     : "Without TABLE: the row count of every table. With TABLE (figures, surveys,\n"
			       "survey_results, populations, pollsters, lexicon): its rows.",
		      &ex))
		return ex;
	fmt = cli_get(&a, "format");
	if (fmt && strcmp(fmt, "text") && strcmp(fmt, "json"))
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--format: '%s' is not text or json", fmt);
	o.json = fmt && !strcmp(fmt, "json");
	if (cli_has(&a, "limit") && cli_count(&limit, "limit", cli_get(&a, "limit")))
		return CLI_EXIT_USAGE;
	if (search && !a.npos)
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "ref search: no TERMS given");
	if (!search && a.npos > 1)
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "ref list: one TABLE at most");
	if ((ex = open_db(&ctx, &db, &a, 0)))
		goto done;
	if (o.json)
		fputs("[\n", stdout);
	if (search) {
		size_t n = 1;
		char *terms;
		int i;

		for (i = 0; i < a.npos; i++)
			n += strlen(a.pos[i]) + 1;
		terms = malloc(n);
		if (!terms) {
			ex = cli_error(CLI_EXIT_IO, NULL, 0, 0, "out of memory");
			goto done;
		}
		terms[0] = '\0';
		for (i = 0; i < a.npos; i++) {
			if (i)
				strcat(terms, " ");
			strcat(terms, a.pos[i]);
		}
		rc = cc_refdb_search(db, terms, (long)limit, print_row, &o);
		free(terms);
	} else {
		rc = cc_refdb_list(db, a.npos ? a.pos[0] : NULL, (long)limit, print_row, &o);
	}
	if (o.json)
		fputs(o.count ? "\n]\n" : "]\n", stdout);
	if (rc)
		ex = cli_error_ctx(ctx, rc, NULL);
	else if (fflush(stdout))
		ex = cli_error(CLI_EXIT_IO, NULL, 0, 0, "write error");
done:
	cc_refdb_close(db);
	cc_ctx_free(ctx);
	return ex;
}

static int sub_add(int argc, char **argv)
{
	cli_args a;
	cc_ctx *ctx = NULL;
	cc_refdb *db = NULL;
	const char *names[16], *vals[16];
	long long id = 0;
	int ex = 0, n = 0, i, rc;

	if (cli_parse(&a, argc, argv, add_opts,
		      "claimcheck ref add --indicator NAME --geography GEO --period P --value V --unit U --source TEXT",
		      "Add one figure, checked as an imported row would be.", &ex))
		return ex;
	if (a.npos)
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "ref add: unexpected argument '%s'", a.pos[0]);
	for (i = 1; add_opts[i].name && n < 16; i++) {
		if (!add_opts[i].arg)
			continue;
		names[n] = add_opts[i].name;
		vals[n] = cli_get(&a, add_opts[i].name);
		n++;
	}
	if ((ex = open_db(&ctx, &db, &a, 1)))
		goto done;
	rc = cc_refdb_add_figure(db, n, names, vals, &id);
	if (rc)
		ex = cli_error_ctx(ctx, rc, NULL);
	else if (!cli_has(&a, "quiet"))
		printf("%lld\n", id);
done:
	cc_refdb_close(db);
	cc_ctx_free(ctx);
	return ex;
}

static int sub_list(int argc, char **argv)
{
	return list_or_search(argc, argv, 0);
}

static int sub_search(int argc, char **argv)
{
	return list_or_search(argc, argv, 1);
}

static const struct {
	const char *name;
	int (*fn)(int argc, char **argv);
	const char *summary;
} subs[] = {
	{ "init", sub_init, "create an empty database with the current schema" },
	{ "import", sub_import, "import CSV (figures, surveys, survey_results, populations, pollsters) or lexicon TSV" },
	{ "export", sub_export, "write a table as CSV that imports again" },
	{ "list", sub_list, "row counts, or the rows of one table" },
	{ "search", sub_search, "full-text search over names, aliases and keywords" },
	{ "add", sub_add, "add one figure" },
};

int cmd_ref(int argc, char **argv)
{
	size_t i;

	if (argc >= 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
		puts("usage: claimcheck ref init|import|export|list|search|add [OPTIONS] ...\n\n"
		     "Manage the reference database.\n");
		for (i = 0; i < sizeof subs / sizeof subs[0]; i++)
			printf("  %-8s %s\n", subs[i].name, subs[i].summary);
		puts("\nclaimcheck ref SUBCOMMAND --help for its options.");
		return CLI_EXIT_OK;
	}
	if (argc < 2)
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0,
				 "ref: which subcommand? init, import, export, list, search or add");
	for (i = 0; i < sizeof subs / sizeof subs[0]; i++)
		if (!strcmp(argv[1], subs[i].name))
			return subs[i].fn(argc - 1, argv + 1);
	return cli_error(CLI_EXIT_USAGE, NULL, 0, 0,
			 "ref: unknown subcommand '%s' (init, import, export, list, search, add)", argv[1]);
}
