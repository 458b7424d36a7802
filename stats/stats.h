/*
 * stats.h -- the statistics stage: pure computation, no files, no SQL, no
 * printing. The only place that includes <gsl/...>.
 *
 * The public calculators (cc_ci_prop, cc_moe, ...) are declared in
 * include/claimcheck.h; this header adds what the pipeline needs.
 */
#ifndef CC_STATS_H
#define CC_STATS_H

#include "../core/doc.h"

/*
 * Fill each claim's finding: CI and margin of error for proportions with a
 * known sample (ctx level and method), recomputed p-values and statcheck
 * verdicts for test statistics. Then run the weak-inference catalogue.
 */
int cc_stats_findings(cc_doc *doc);
int cc_checks_run(cc_doc *doc);

/* Turn GSL's aborting error handler off (the CLI calls it at start-up). */
void cc_stats_quiet_gsl(void);

#endif
