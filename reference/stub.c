/* TEMPORARY (issue 5): placeholders until reference/ is implemented. */
#include "reference.h"
int cc_refdb_open(cc_refdb **out, cc_ctx *ctx, const char *path, int rw) { (void)path;(void)rw; *out = NULL; return cc_error_set(ctx, CC_ENOTFOUND, "reference database not implemented"); }
void cc_refdb_close(cc_refdb *db) { (void)db; }
int cc_reference_lookup(cc_doc *doc, cc_refdb *db) { (void)doc;(void)db; return CC_OK; }
