/*
 * test_extract.c -- unit tests for extract/ (suites registered by tests/main.c).
 */
#include "test.h"

CU_SuiteInfo cc_suites_extract[] = {
	CU_SUITE_INFO_NULL
};
