/*
 * test_cases.c -- runner for the data-driven case files (tests/cases/).
 */
#include "test.h"

CU_SuiteInfo cc_suites_cases[] = {
	CU_SUITE_INFO_NULL
};
