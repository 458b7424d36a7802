/*
 * names.c -- the names of enums as they appear in the JSON contract and on
 * the command line: claim kinds, numeral types, severities.
 */
#include "claimcheck.h"

#include <string.h>

static const char *const kind_names[CC_KIND_COUNT_OF_KINDS] = {
	"proportion", "sample_size", "count", "amount", "change",
	"margin_of_error", "test_statistic", "mean",
};

const char *cc_kind_name(cc_kind kind)
{
	return (unsigned)kind < CC_KIND_COUNT_OF_KINDS ? kind_names[kind] : "unknown";
}

static const char *const numeral_names[] = {
	"number", "percent", "fraction", "ordinal", "currency", "range",
};

const char *cc_numeral_type_name(cc_numeral_type t)
{
	return (unsigned)t < sizeof numeral_names / sizeof numeral_names[0] ? numeral_names[t] : "number";
}

static const char *const severity_names[] = { "none", "info", "warning", "error" };

const char *cc_severity_name(cc_severity s)
{
	return (unsigned)s <= CC_SEV_ERROR ? severity_names[s] : "none";
}

int cc_severity_parse(cc_severity *out, const char *name)
{
	int i;

	for (i = CC_SEV_INFO; i <= CC_SEV_ERROR; i++)
		if (name && !strcmp(name, severity_names[i])) {
			*out = (cc_severity)i;
			return CC_OK;
		}
	return CC_EINVAL;
}
