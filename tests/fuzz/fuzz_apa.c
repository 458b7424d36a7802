/*
 * fuzz_apa.c -- libFuzzer target: the APA test-result parser
 * ("t(28) = 2.20, p = .036"). The quoted form of `claimcheck pvalue` has no
 * public entry point, so the parser is reached through cc_check on plain
 * text (the same extract/apa.c code the CLI's quoted form calls). Each
 * test_statistic claim found is recomputed with cc_pvalue and its fields
 * are checked for sanity. Hardening harness; public API only.
 */
#include "fuzz_doc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	cc_options o = CC_OPTIONS_INIT;
	cc_render_options ro = CC_RENDER_OPTIONS_INIT;
	cc_ctx *ctx = NULL;
	cc_doc *doc = NULL;
	uint8_t h = size ? data[0] : 0;
	const char *text = size ? (const char *)data + 1 : "";
	size_t len = size ? size - 1 : 0, i, n;

	o.input = CC_INPUT_TEXT;
	o.alpha = fuzz_alphas[h & 3];
	o.p_equal_alpha_sig = (h >> 2) & 1;
	o.one_tailed = (cc_one_tailed)(((h >> 3) & 3) % 3);
	o.p_zero_error = (h >> 5) & 1;
	if (cc_ctx_new(&ctx, NULL, &o))
		abort();
	if (cc_check(&doc, ctx, text, len, "apa")) {
		cc_ctx_free(ctx);
		return 0;
	}
	fuzz_check_doc(doc, len, 1);
	n = cc_doc_claim_count(doc);
	for (i = 0; i < n; i++) {
		const cc_claim *c = cc_doc_claim(doc, i);
		const cc_apa *a = &c->apa;
		double p = -1;
		int tails;

		if (c->kind != CC_KIND_TEST_STATISTIC)
			continue;
		FUZZ_CHECK(a->test >= CC_TEST_T && a->test <= CC_TEST_Q);
		FUZZ_CHECK(a->test_comparison == '=' || a->test_comparison == '<' ||
			   a->test_comparison == '>');
		FUZZ_CHECK(a->p_comparison == '=' || a->p_comparison == '<' ||
			   a->p_comparison == '>' || a->p_comparison == 'n');
		FUZZ_CHECK(memchr(a->q_type, '\0', sizeof a->q_type) != NULL);
		for (tails = 1; tails <= 2; tails++)
			if (cc_pvalue(&p, a->test, a->statistic, a->df1, a->df2, tails) == CC_OK)
				FUZZ_CHECK(in01(p));
	}
	fuzz_render(ctx, doc, (cc_format)((h >> 6) % 7), &ro);
	cc_doc_free(doc);
	cc_ctx_free(ctx);
	return 0;
}
