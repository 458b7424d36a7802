/*
 * test_reference.c -- unit tests for reference/ (suites registered by tests/main.c).
 */
#include "test.h"

CU_SuiteInfo cc_suites_reference[] = {
	CU_SUITE_INFO_NULL
};
