/* TEMPORARY (issue 5): command placeholder until the reference database lands. */
#include "cli.h"
int cmd_ref(int argc, char **argv) { (void)argc; return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "%s: not implemented yet", argv[0]); }
