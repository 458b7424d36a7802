/*
 * embed.c -- a program that embeds libclaimcheck through the installed
 * header and pkg-config file (make test-install builds and runs it).
 */
#include <claimcheck.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
	static const char text[] = "A survey of 100 nurses found that one in four planned to leave.";
	cc_ctx *ctx;
	cc_doc *doc;
	double lo, hi;
	size_t i;

	if (cc_ctx_new(&ctx, NULL, NULL) != CC_OK)
		return 1;
	if (cc_ci_prop(&lo, &hi, 25, 100, 0.95, CC_CI_WILSON) != CC_OK || lo < 0.1754 || lo > 0.1755)
		return 2;
	if (cc_check(&doc, ctx, text, strlen(text), "embed") != CC_OK) {
		fprintf(stderr, "%s\n", cc_errmsg(ctx));
		return 3;
	}
	for (i = 0; i < cc_doc_claim_count(doc); i++) {
		const cc_claim *c = cc_doc_claim(doc, i);

		printf("%s %s %g\n", cc_kind_name(c->kind), c->text, c->value);
	}
	cc_doc_free(doc);
	cc_ctx_free(ctx);
	return 0;
}
