/*
 * init.c -- process-wide set-up for the command-line program.
 */
#include "cli.h"

#include <signal.h>

/* Implemented by stats/: turn GSL's aborting error handler off. */
void cc_stats_quiet_gsl(void);

void cc_cli_init(void)
{
	cc_stats_quiet_gsl();
	/* a closed pipe is a write error (exit 3), not a silent death */
	signal(SIGPIPE, SIG_IGN);
}
