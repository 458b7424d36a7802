/*
 * cmd_serve.c -- `claimcheck serve` (issue 10): the command line of the
 * local web page. Parses and checks the options, opens the reference
 * database once (so a bad one is reported before listening), then hands
 * over to server/ (srv_run), which serves until SIGINT/SIGTERM. CLI layer:
 * options, messages and exit codes only; HTTP is server/'s.
 */
#include "cli.h"
#include "../server/serve.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const cli_opt serve_opts[] = {
	{ "port", 'p', "PORT", "TCP port (default 8080; 0 picks a free one)" },
	{ "bind", 0, "ADDR", "address to listen on (default 127.0.0.1: this machine only)" },
	{ "ref", 0, "PATH", "reference database (default: $CLAIMCHECK_REF, then the installed one)" },
	{ "no-ref", 0, NULL, "do not use a reference database" },
	{ "max-body", 0, "SIZE", "largest request body, e.g. 5MB, 512KB (default 5MB)" },
	{ "timeout", 0, "SECONDS", "per-request time limit and idle-connection timeout (default 10)" },
	{ "jobs", 0, "N", "checks allowed to run at once (default 16)" },
	{ NULL, 0, NULL, NULL }
};

/* "5MB", "512k", "1048576": bytes (binary multiples). */
static int parse_size(size_t *out, const char *s)
{
	static const struct {
		const char *suffix;
		double mult;
	} units[] = { { "", 1 }, { "b", 1 }, { "k", 1024 }, { "kb", 1024 }, { "m", 1048576 },
		      { "mb", 1048576 }, { "g", 1073741824.0 }, { "gb", 1073741824.0 } };
	char *end;
	double v;
	size_t i;

	if (!s || !(*s >= '0' && *s <= '9'))
		return -1;
	v = strtod(s, &end);
	for (i = 0; i < sizeof units / sizeof units[0]; i++)
		if (!strcasecmp(end, units[i].suffix)) {
			v *= units[i].mult;
			if (!(v >= 1024 && v <= 1073741824.0))
				return -1;
			*out = (size_t)v;
			return 0;
		}
	return -1;
}

int cmd_serve(int argc, char **argv)
{
	cli_args a;
	srv_config cfg = { NULL, 5 * 1048576, 10, 16, "127.0.0.1", 8080 };
	char refbuf[PATH_MAX + 32];
	int ex = 0, explicit_ref, rc;
	double d;

	if (cli_parse(&a, argc, argv, serve_opts, "claimcheck serve [--port 8080] [--bind 127.0.0.1] [--ref PATH]",
		      "A local web page: paste an article and get the report; learn how intervals work.\n"
		      "GET / (check page), GET /teach, POST /check, POST /api/check, POST /api/ci.",
		      &ex))
		return ex;
	if (a.npos)
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "serve: unexpected argument '%s'", a.pos[0]);
	if (cli_get(&a, "port")) {
		if (cli_count(&d, "port", cli_get(&a, "port")))
			return CLI_EXIT_USAGE;
		if (d > 65535)
			return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--port: %s is not a port (0-65535)", cli_get(&a, "port"));
		cfg.port = (int)d;
	}
	if (cli_get(&a, "max-body") && parse_size(&cfg.max_body, cli_get(&a, "max-body")))
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--max-body: '%s' is not a size from 1KB to 1GB (e.g. 5MB)",
				 cli_get(&a, "max-body"));
	if (cli_get(&a, "timeout")) {
		if (cli_count(&d, "timeout", cli_get(&a, "timeout")))
			return CLI_EXIT_USAGE;
		if (d < 1 || d > 3600)
			return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--timeout: between 1 and 3600 seconds");
		cfg.timeout = (unsigned)d;
	}
	if (cli_get(&a, "jobs")) {
		if (cli_count(&d, "jobs", cli_get(&a, "jobs")))
			return CLI_EXIT_USAGE;
		if (d < 1 || d > 256)
			return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--jobs: between 1 and 256");
		cfg.max_jobs = (unsigned)d;
	}
	if (cli_get(&a, "bind"))
		cfg.bind = cli_get(&a, "bind");

	/* the reference database must open now, not on the first request */
	cfg.ref = cli_ref_path(&a, &explicit_ref, refbuf, sizeof refbuf);
	if (cfg.ref) {
		cc_ctx *ctx = NULL;

		rc = cc_ctx_new(&ctx, NULL, NULL);
		if (!rc && (rc = cc_ctx_open_reference(ctx, cfg.ref))) {
			ex = cli_error_ctx(ctx, rc, cfg.ref);
			cc_ctx_free(ctx);
			return ex;
		}
		cc_ctx_free(ctx);
		if (rc)
			return cli_error(CLI_EXIT_IO, NULL, 0, 0, "out of memory");
	}
	switch (srv_run(&cfg)) {
	case SRV_OK:
		return CLI_EXIT_OK;
	case SRV_EADDR:
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--bind: '%s' is not an IP address", cfg.bind);
	default:
		return cli_error(CLI_EXIT_IO, NULL, 0, 0, "serve: cannot listen on %s port %d (in use, or not allowed)",
				 cfg.bind, cfg.port);
	}
}
