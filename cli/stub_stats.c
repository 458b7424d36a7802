/* TEMPORARY (issue 4): command placeholders until the calculators land. */
#include "cli.h"
#define STUB(f) int f(int argc, char **argv) { (void)argc; return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "%s: not implemented yet", argv[0]); }
STUB(cmd_ci) STUB(cmd_compare) STUB(cmd_binom) STUB(cmd_grim) STUB(cmd_grimmer) STUB(cmd_debit)
STUB(cmd_pvalue) STUB(cmd_samplesize)
