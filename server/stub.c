/* TEMPORARY (issue 10): command placeholder until the web page lands. */
#include "../cli/cli.h"
int cmd_serve(int argc, char **argv) { (void)argc; return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "%s: not implemented yet", argv[0]); }
