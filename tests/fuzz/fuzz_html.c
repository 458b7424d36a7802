/*
 * fuzz_html.c -- libFuzzer target: the html input converter through
 * cc_extract / cc_check and every renderer (cc_report_* to a memory sink).
 * Hardening harness (tests/fuzz); public API only; see fuzz_doc.h for the
 * input layout and the invariants checked.
 */
#include "fuzz_doc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_doc_one(data, size, CC_INPUT_HTML);
}
