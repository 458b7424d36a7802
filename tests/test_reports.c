/*
 * test_reports.c -- unit tests for reports/ (suites registered by tests/main.c).
 */
#include "test.h"

CU_SuiteInfo cc_suites_reports[] = {
	CU_SUITE_INFO_NULL
};
