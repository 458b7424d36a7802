/* TEMPORARY (issue 8): command placeholder until batch runs land. */
#include "cli.h"
int cmd_batch(int argc, char **argv) { (void)argc; return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "%s: not implemented yet", argv[0]); }
