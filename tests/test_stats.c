/*
 * test_stats.c -- unit tests for stats/ (suites registered by tests/main.c).
 */
#include "test.h"

CU_SuiteInfo cc_suites_stats[] = {
	CU_SUITE_INFO_NULL
};
