/* TEMPORARY (issue 6): placeholders until the check catalogue is implemented. */
#include "stats.h"
int cc_checks_run(cc_doc *doc) { (void)doc; return CC_OK; }
size_t cc_check_count(void) { return 0; }
const char *cc_check_name(size_t i) { (void)i; return ""; }
const char *cc_check_summary(size_t i) { (void)i; return ""; }
cc_severity cc_check_default_severity(size_t i) { (void)i; return CC_SEV_NONE; }
