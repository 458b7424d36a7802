/* TEMPORARY (issue 3): placeholders until extract/ is implemented. */
#include "extract.h"
int cc_extract_doc(cc_doc *doc) { (void)doc; return CC_OK; }
int cc_extract_numerals(cc_ctx *ctx, const char *data, size_t len, cc_numeral_cb cb, void *payload) { (void)ctx;(void)data;(void)len;(void)cb;(void)payload; return CC_OK; }
