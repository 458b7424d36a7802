/*
 * main.c -- the CUnit registry built from each module's suite table.
 * Exit status: 0 when every test passed, 1 otherwise.
 */
#include "test.h"

#include <CUnit/Basic.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The source tree (tests/module.mk passes it): the suites read their data
 * (tests/cases, tests/stats, tests/golden, tests/reference) by paths from
 * there, so the runner works from any directory. */
#ifndef CC_SRCDIR
#define CC_SRCDIR "."
#endif

const char *cc_test_shared_dir(void)
{
	static const char *const candidates[] = { "../shared", "../../shared" };
	struct stat st;
	size_t i;

	for (i = 0; i < sizeof candidates / sizeof candidates[0]; i++)
		if (stat(candidates[i], &st) == 0 && S_ISDIR(st.st_mode))
			return candidates[i];
	return NULL;
}

/* tests/test_link.c, test_phrase.c (declared here, test.h lists the original modules) */
extern CU_SuiteInfo cc_suites_link[];
extern CU_SuiteInfo cc_suites_phrase[];

int main(int argc, char **argv)
{
	CU_SuiteInfo *tables[] = {
		cc_suites_core, cc_suites_extract, cc_suites_stats, cc_suites_reference,
		cc_suites_reports, cc_suites_checks, cc_suites_cases, cc_suites_link, cc_suites_phrase,
	};
	size_t i;
	unsigned failures;

	if (chdir(CC_SRCDIR)) {
		perror(CC_SRCDIR);
		return 2;
	}
	if (CU_initialize_registry() != CUE_SUCCESS)
		return 2;
	for (i = 0; i < sizeof tables / sizeof tables[0]; i++)
		if (CU_register_suites(tables[i]) != CUE_SUCCESS) {
			fprintf(stderr, "suite registration failed: %s\n", CU_get_error_msg());
			return 2;
		}
	CU_basic_set_mode(argc > 1 && !strcmp(argv[1], "-v") ? CU_BRM_VERBOSE : CU_BRM_NORMAL);
	CU_basic_run_tests();
	failures = CU_get_number_of_failures() + CU_get_number_of_suites_failed();
	CU_cleanup_registry();
	return failures ? 1 : 0;
}
