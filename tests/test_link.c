/*
 * test_link.c -- unit tests for extract/link.c (suite registered by
 * tests/main.c): which sample a proportion links to when the rules meet
 * (a named survey against a sample in the same sentence, a year), and what
 * it links on a run-on sentence and on many distinct survey names, the
 * shapes that were quadratic (hardening: hostile rows L07, L08 and L10
 * measure the time; no test here is timed). The test sentences are our own.
 */
#include "test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static cc_doc *link_extract(cc_ctx **ctx, const char *s)
{
	cc_doc *doc = NULL;
	CU_ASSERT_FATAL(cc_ctx_new(ctx, NULL, NULL) == CC_OK);
	if (cc_extract(&doc, *ctx, s, strlen(s), "link") != CC_OK)
		return NULL;
	return doc;
}

/* Index of the first claim whose text is `text`, or -1. */
static long claim_named(const cc_doc *doc, const char *s, const char *text)
{
	size_t i, n = strlen(text);
	for (i = 0; i < cc_doc_claim_count(doc); i++) {
		const cc_claim *c = cc_doc_claim(doc, i);
		if (c->end - c->start == n && !memcmp(s + c->start, text, n))
			return (long)i;
	}
	return -1;
}

/* A named survey links to the sample stated where the name first appears,
 * even when its own sentence states another sample later in the text; the
 * sample stated with a year links "in YEAR" figures from elsewhere. */
static void test_link_rules_meet(void)
{
	static const char named[] =
		"In a poll of 900 voters, most agreed. "
		"The Quillon Institute survey questioned 1,500 adults. "
		"The Quillon Institute survey of 700 parents found 62% agreed.";
	static const char year[] =
		"In 2017 a poll of 800 teachers was held. "
		"A poll of 2,000 teachers was held this year. "
		"Backing fell to almost two-thirds in 2017.";
	static const char insent[] =
		"Ministers spoke. In a poll of 640 nurses and a poll of 310 porters, 48% agreed and 52% did not.";
	cc_ctx *ctx = NULL;
	cc_doc *doc;
	long p, n;

	doc = link_extract(&ctx, named);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	p = claim_named(doc, named, "62%");
	n = claim_named(doc, named, "1,500 adults");
	CU_ASSERT_FATAL(p >= 0 && n >= 0);
	CU_ASSERT_EQUAL(cc_doc_claim(doc, p)->sample_claim, n);
	CC_ASSERT_NEAR(cc_doc_claim(doc, p)->sample_n, 1500, 0);
	cc_doc_free(doc);
	cc_ctx_free(ctx);

	doc = link_extract(&ctx, year);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	p = claim_named(doc, year, "almost two-thirds");
	n = claim_named(doc, year, "800 teachers");
	CU_ASSERT_FATAL(p >= 0 && n >= 0);
	CU_ASSERT_EQUAL(cc_doc_claim(doc, p)->sample_claim, n);
	cc_doc_free(doc);
	cc_ctx_free(ctx);

	/* two samples in the sentence: both figures take the first */
	doc = link_extract(&ctx, insent);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	n = claim_named(doc, insent, "640 nurses");
	CU_ASSERT_FATAL(n >= 0);
	p = claim_named(doc, insent, "48%");
	CU_ASSERT_FATAL(p >= 0);
	CU_ASSERT_EQUAL(cc_doc_claim(doc, p)->sample_claim, n);
	p = claim_named(doc, insent, "52%");
	CU_ASSERT_FATAL(p >= 0);
	CU_ASSERT_EQUAL(cc_doc_claim(doc, p)->sample_claim, n);
	cc_doc_free(doc);
	cc_ctx_free(ctx);
}

/* Repeat `unit` (a printf format taking one int) until `bytes` long. */
static char *repeat(const char *unit, size_t bytes)
{
	size_t len = 0, cap = bytes + 256;
	char *s = malloc(cap);
	int i = 0;

	CU_ASSERT_PTR_NOT_NULL_FATAL(s);
	while (len < bytes) {
		int w = snprintf(s + len, cap - len, unit, i++);
		CU_ASSERT_FATAL(w > 0 && (size_t)w < cap - len);
		len += (size_t)w;
	}
	return s;
}

/* One run-on sentence of ~500 KB, a sample and two shares a clause: every
 * share links to the sentence's first sample (the per-sentence cache and
 * the precomputed first sample of a run give the answer the walk back
 * over the sentence's samples gave). */
static void test_link_run_on_sentence(void)
{
	char *s = repeat("in a poll of 1,000 voters, 45%% back the plan and %d%% do not, ", 500000);
	cc_ctx *ctx = NULL;
	cc_doc *doc;
	size_t i, nprop = 0;

	s[0] = 'I';
	doc = link_extract(&ctx, s);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	for (i = 0; i < cc_doc_claim_count(doc); i++) {
		const cc_claim *c = cc_doc_claim(doc, i);
		if (c->kind != CC_KIND_PROPORTION)
			continue;
		nprop++;
		CU_ASSERT_EQUAL(c->sample_claim, 0);
	}
	CU_ASSERT(nprop > 10000);
	cc_doc_free(doc);
	cc_ctx_free(ctx);
	free(s);
}

/* ~20,000 distinct survey names none of which states a sample: the name
 * searches stop at their byte budget, and each figure still links to the
 * latest sample. */
static void test_link_many_names(void)
{
	size_t len = 0, cap = 1500000 + 256, i, nprop = 0;
	char *s = malloc(cap);
	cc_ctx *ctx = NULL;
	cc_doc *doc;
	long last = -1;
	unsigned k = 0;

	CU_ASSERT_PTR_NOT_NULL_FATAL(s);
	while (len < cap - 256) {
		/* a name of letters: "Zqbaca" */
		char name[8] = "Zq";
		unsigned v = k++, j;
		for (j = 2; j < 6; j++, v /= 26)
			name[j] = (char)('a' + v % 26);
		name[6] = 0;
		len += (size_t)snprintf(s + len, cap - len,
					"In a poll of 1,200 voters, most agreed. The %s survey found 40%% backed it. ", name);
	}
	doc = link_extract(&ctx, s);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	for (i = 0; i < cc_doc_claim_count(doc); i++) {
		const cc_claim *c = cc_doc_claim(doc, i);
		if (c->kind == CC_KIND_SAMPLE_SIZE) {
			last = (long)i;
		} else if (c->kind == CC_KIND_PROPORTION) {
			nprop++;
			CU_ASSERT_EQUAL(c->sample_claim, last);
		}
	}
	CU_ASSERT(nprop > 20000);
	cc_doc_free(doc);
	cc_ctx_free(ctx);
	free(s);
}

static CU_TestInfo link_tests[] = {
	{ "rules meet: name, year, same sentence", test_link_rules_meet },
	{ "run-on sentence: every share takes the first sample", test_link_run_on_sentence },
	{ "many distinct survey names: the latest sample", test_link_many_names },
	CU_TEST_INFO_NULL,
};

CU_SuiteInfo cc_suites_link[] = {
	{ .pName = "link", .pTests = link_tests },
	CU_SUITE_INFO_NULL,
};
