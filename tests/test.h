/*
 * test.h -- shared helpers for the CUnit suites.
 */
#ifndef CC_TEST_H
#define CC_TEST_H

#include <CUnit/CUnit.h>
#include <math.h>
#include "claimcheck.h"

/* Directory of the shared benchmarks (../shared from the repository), or
 * NULL when it does not exist: tests that read it skip themselves. */
const char *cc_test_shared_dir(void);

/* A case file's "options: date=YYYY-MM-DD level=0.99 method=NAME" line
 * (tests/cases/flags): the options it sets on top of *o. 1 when line is
 * such a line and every setting is valid, 0 when it is not an options
 * line, -1 when a setting is bad. */
int cc_test_case_options(const char *line, cc_options *o);

#define CC_ASSERT_NEAR(a, b, tol) CU_ASSERT(fabs((double)(a) - (double)(b)) <= (tol))

/* Each module's test file defines its suite table. */
extern CU_SuiteInfo cc_suites_core[];
extern CU_SuiteInfo cc_suites_extract[];
extern CU_SuiteInfo cc_suites_stats[];
extern CU_SuiteInfo cc_suites_reference[];
extern CU_SuiteInfo cc_suites_reports[];
extern CU_SuiteInfo cc_suites_checks[];
extern CU_SuiteInfo cc_suites_cases[];

#endif
