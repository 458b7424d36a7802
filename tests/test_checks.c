/*
 * test_checks.c -- unit tests for checks/ (suites registered by tests/main.c).
 */
#include "test.h"

CU_SuiteInfo cc_suites_checks[] = {
	CU_SUITE_INFO_NULL
};
