/*
 * main.c -- the claimcheck command: command table, global options,
 * dispatch. Computes nothing.
 */
#include "cli.h"

#include <string.h>

void cc_cli_init(void);

static const cli_cmd commands[] = {
	{ "check", cmd_check, "extract, compute, look up, flag; print a report" },
	{ "extract", cmd_extract, "print the claims found, nothing else" },
	{ "explain", cmd_explain, "like check, with the reasoning written out for learners" },
	{ "ci", cmd_ci, "confidence interval for a proportion" },
	{ "compare", cmd_compare, "compare two proportions (difference interval, z-test)" },
	{ "binom", cmd_binom, "exact binomial test (is it a majority?)" },
	{ "grim", cmd_grim, "GRIM: is a mean or percentage possible for n?" },
	{ "grimmer", cmd_grimmer, "GRIMMER: is a standard deviation possible?" },
	{ "debit", cmd_debit, "DEBIT: are a mean and SD of binary data consistent?" },
	{ "pvalue", cmd_pvalue, "recompute a reported test result's p-value" },
	{ "samplesize", cmd_samplesize, "sample size needed for a margin of error" },
	{ "ref", cmd_ref, "manage the reference database (init, import, export, list, search, add)" },
	{ "batch", cmd_batch, "a fact-checking run over many documents" },
	{ "serve", cmd_serve, "a local web page: paste an article, get the report; play with intervals" },
};

static void usage(FILE *to)
{
	size_t i;

	fprintf(to, "usage: claimcheck COMMAND [OPTIONS] [ARGS]\n\n"
		    "claimcheck finds the numeric claims in an article and checks what\n"
		    "the figures can support.\n\ncommands:\n");
	for (i = 0; i < sizeof commands / sizeof commands[0]; i++)
		fprintf(to, "  %-11s %s\n", commands[i].name, commands[i].summary);
	fprintf(to, "\nRun 'claimcheck COMMAND --help' for a command's options.\n"
		    "Exit status: 0 ok, 1 flags at --fail-on, 2 usage or bad input, 3 I/O or database error.\n");
}

int main(int argc, char **argv)
{
	size_t i;
	int rc;

	cc_cli_init();
	if (argc < 2)
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "no command given (try 'claimcheck --help')");
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
		usage(stdout);
		return fflush(stdout) ? CLI_EXIT_IO : CLI_EXIT_OK;
	}
	if (!strcmp(argv[1], "--version")) {
		printf("claimcheck %s\n", CC_VERSION_STRING);
		return fflush(stdout) ? CLI_EXIT_IO : CLI_EXIT_OK;
	}
	for (i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (!strcmp(argv[1], commands[i].name)) {
			rc = commands[i].fn(argc - 1, argv + 1);
			/* a failed write to stdout is an I/O error */
			if (fflush(stdout) != 0 || ferror(stdout)) {
				/* one line: a command that saw the failure has said so */
				if (rc != CLI_EXIT_IO)
					cli_error(CLI_EXIT_IO, NULL, 0, 0, "write error on standard output");
				return CLI_EXIT_IO;
			}
			return rc;
		}
	return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "unknown command '%s' (try --help)", argv[1]);
}
