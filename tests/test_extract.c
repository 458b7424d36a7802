/*
 * test_extract.c -- unit tests for extract/ (suites registered by tests/main.c):
 * input kinds and offsets, UTF-8 handling, the numeral layer, robustness on
 * hostile input, word sets (extract/lexicon/wordsets.tsv) as the rules test
 * them. Claim rules are pinned by tests/cases/extract/NAME.case.
 */
#include "test.h"
#include "../core/doc.h"
#include "../extract/xt.h"

#include <stdlib.h>
#include <string.h>

static cc_doc *extract(cc_ctx **ctx, const char *s, size_t n, const char *name)
{
	cc_doc *doc = NULL;
	CU_ASSERT_FATAL(cc_ctx_new(ctx, NULL, NULL) == CC_OK);
	if (cc_extract(&doc, *ctx, s, n, name) != CC_OK)
		return NULL;
	return doc;
}

static void test_utf16_refused(void)
{
	static const char in[] = "\xff\xfe" "4\0" "5\0" "%\0";
	cc_ctx *ctx;
	cc_doc *doc = extract(&ctx, in, sizeof in - 1, "a.txt");
	CU_ASSERT_PTR_NULL(doc);
	CU_ASSERT_EQUAL(cc_errcode(ctx), CC_EINVAL);
	CU_ASSERT_PTR_NOT_NULL(strstr(cc_errmsg(ctx), "UTF-16"));
	cc_doc_free(doc);
	cc_ctx_free(ctx);
}

static void test_invalid_utf8_survives(void)
{
	static const char in[] = "Odd \xff\xfe\xc3 bytes, then 45% of users left.";
	cc_ctx *ctx;
	cc_doc *doc = extract(&ctx, in, sizeof in - 1, "a.txt");
	const cc_claim *c;
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	CU_ASSERT_EQUAL_FATAL(cc_doc_claim_count(doc), 1);
	c = cc_doc_claim(doc, 0);
	CU_ASSERT_STRING_EQUAL(c->text, "45%");
	CU_ASSERT_EQUAL(c->start, (size_t)(strstr(in, "45%") - in));
	CC_ASSERT_NEAR(c->value, 0.45, 1e-9);
	CC_ASSERT_NEAR(c->tolerance, 0.005, 1e-12);
	cc_doc_free(doc);
	cc_ctx_free(ctx);
}

/* every span is the exact substring of the input, for each input kind */
static void test_spans_are_source_bytes(void)
{
	static const struct { const char *name, *in; size_t nclaims; } cases[] = {
		{ "a.html", "<p>Some&nbsp;<b>63</b>% of <i>voters</i> agreed; &pound;4&#160;bn was spent.</p>", 2 },
		{ "a.md", "## Results\n\nAbout *two-thirds* of [staff](http://x.org/50%) agreed.\n\n```\n99% in code\n```\n", 1 },
		{ "a.txt", "Nearly half of the 1,000 adults polled said so.", 2 },
		{ "noext", "<!DOCTYPE html><html><body><div>Almost 30% left</div></body></html>", 1 },
	};
	size_t k, i;
	for (k = 0; k < sizeof cases / sizeof cases[0]; k++) {
		cc_ctx *ctx;
		size_t n = strlen(cases[k].in);
		cc_doc *doc = extract(&ctx, cases[k].in, n, cases[k].name);
		CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
		CU_ASSERT_EQUAL(cc_doc_claim_count(doc), cases[k].nclaims);
		for (i = 0; i < cc_doc_claim_count(doc); i++) {
			const cc_claim *c = cc_doc_claim(doc, i);
			CU_ASSERT(c->start < c->end && c->end <= n);
			CU_ASSERT(strlen(c->text) == c->end - c->start && !memcmp(c->text, cases[k].in + c->start, c->end - c->start));
			CU_ASSERT(c->sent_start <= c->start && c->end <= c->sent_end);
		}
		cc_doc_free(doc);
		cc_ctx_free(ctx);
	}
}

struct numcollect {
	int n;
	cc_numeral v[16];
};

static int collect(const cc_numeral *num, void *p)
{
	struct numcollect *c = p;
	if (c->n < 16)
		c->v[c->n++] = *num;
	return 0;
}

static void test_numeral_layer(void)
{
	static const char in[] = "twenty-one, the 3rd, between 20 and 30, $94,000, sixty-three per cent, 1.2m, a dozen";
	struct numcollect c;
	cc_ctx *ctx;
	memset(&c, 0, sizeof c);
	CU_ASSERT_FATAL(cc_ctx_new(&ctx, NULL, NULL) == CC_OK);
	CU_ASSERT_EQUAL(cc_numerals(ctx, in, sizeof in - 1, collect, &c), CC_OK);
	CU_ASSERT_EQUAL_FATAL(c.n, 7);
	CU_ASSERT_EQUAL(c.v[0].type, CC_NUM_NUMBER);
	CC_ASSERT_NEAR(c.v[0].value, 21, 1e-9);
	CU_ASSERT_EQUAL(c.v[1].type, CC_NUM_ORDINAL);
	CC_ASSERT_NEAR(c.v[1].value, 3, 1e-9);
	CU_ASSERT_EQUAL(c.v[2].type, CC_NUM_RANGE);
	CC_ASSERT_NEAR(c.v[2].low, 20, 1e-9);
	CC_ASSERT_NEAR(c.v[2].high, 30, 1e-9);
	CU_ASSERT_EQUAL(c.v[3].type, CC_NUM_CURRENCY);
	CC_ASSERT_NEAR(c.v[3].value, 94000, 1e-9);
	CU_ASSERT_STRING_EQUAL(c.v[3].unit, "USD");
	CU_ASSERT_EQUAL(c.v[4].type, CC_NUM_PERCENT);
	CC_ASSERT_NEAR(c.v[4].value, 0.63, 1e-9);
	CC_ASSERT_NEAR(c.v[5].value, 1.2e6, 1e-3);
	CC_ASSERT_NEAR(c.v[6].value, 12, 1e-9);
	cc_ctx_free(ctx);
}

/* The numerals of `in` into c (cleared first); CU-asserts the call
 * succeeds and finds exactly one; 1 when it did. */
static int one_numeral(cc_ctx *ctx, const char *in, struct numcollect *c)
{
	memset(c, 0, sizeof *c);
	CU_ASSERT_EQUAL(cc_numerals(ctx, in, strlen(in), collect, c), CC_OK);
	CU_ASSERT_EQUAL(c->n, 1);
	return c->n == 1;
}

/* Word numerals with dozens, "point" + a teen, compound-ordinal
 * denominators, and currency names the layer must type as money. */
static void test_numeral_words_and_money(void)
{
	static const struct {
		const char *in;
		int type;
		double value;
		const char *unit;
	} cases[] = {
		{ "four hundred and three dozen", CC_NUM_NUMBER, 436, NULL },
		{ "twenty-two dozen", CC_NUM_NUMBER, 264, NULL },
		{ "zero point twelve", CC_NUM_NUMBER, 0.12, NULL },
		{ "two hundred and forty fifths", CC_NUM_FRACTION, 48, NULL },
		{ "two hundred forty fifths", CC_NUM_FRACTION, 200.0 / 45, NULL },
		{ "15 L.E", CC_NUM_CURRENCY, 15, "EGP" },
		{ "malaysian ringgits 80", CC_NUM_CURRENCY, 80, "MYR" },
		{ "30 \xe2\x82\xacur", CC_NUM_CURRENCY, 30, "EUR" },
	};
	size_t k;
	cc_ctx *ctx;

	CU_ASSERT_FATAL(cc_ctx_new(&ctx, NULL, NULL) == CC_OK);
	for (k = 0; k < sizeof cases / sizeof cases[0]; k++) {
		struct numcollect c;

		if (!one_numeral(ctx, cases[k].in, &c))
			continue;
		CU_ASSERT_EQUAL(c.v[0].type, cases[k].type);
		CC_ASSERT_NEAR(c.v[0].value, cases[k].value, 1e-9);
		if (cases[k].unit) {
			CU_ASSERT_PTR_NOT_NULL(c.v[0].unit);
			if (c.v[0].unit)
				CU_ASSERT_STRING_EQUAL(c.v[0].unit, cases[k].unit);
		}
	}
	cc_ctx_free(ctx);
}

/* A figure's value is strtod's of its digits (separators dropped, a
 * decimal comma read as a point), bit for bit: numeral.c reads most
 * figures without strtod, and must give the same double. */
static void test_numeral_digits_exact(void)
{
	static const struct {
		const char *in, *digits;
	} cases[] = {
		{ "0.1", "0.1" },
		{ "0.3", "0.3" },
		{ "2.675", "2.675" },
		{ "1.005", "1.005" },
		{ "3.14159", "3.14159" },
		{ "99.99", "99.99" },
		{ "0.000001", "0.000001" },
		{ ".5", ".5" },
		{ "1,234.56", "1234.56" },
		{ "12,345,678", "12345678" },
		{ "5,00", "5.00" },
		{ "4503599627370497", "4503599627370497" },
		{ "123456789012345", "123456789012345" },
		{ "1234567890123456", "1234567890123456" },
		{ "98765432109876543210", "98765432109876543210" },
		{ "0.123456789012345", "0.123456789012345" },
		{ "0.1234567890123456", "0.1234567890123456" },
		{ "12.32e+14", "12.32e+14" },
		{ "1.3e6", "1.3e6" },
	};
	size_t k;
	cc_ctx *ctx;

	CU_ASSERT_FATAL(cc_ctx_new(&ctx, NULL, NULL) == CC_OK);
	for (k = 0; k < sizeof cases / sizeof cases[0]; k++) {
		struct numcollect c;

		if (one_numeral(ctx, cases[k].in, &c) && c.v[0].value != strtod(cases[k].digits, NULL))
			CU_FAIL(cases[k].in);
	}
	cc_ctx_free(ctx);
}

static void test_sentences_and_paragraphs(void)
{
	static const char in[] = "Mr. Smith said 40% agreed. Dr. Jones disagreed!\n\nA new paragraph, e.g. this one.";
	cc_ctx *ctx;
	cc_doc *doc = extract(&ctx, in, sizeof in - 1, "a.txt");
	const cc_claim *c;
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	CU_ASSERT_EQUAL_FATAL(cc_doc_claim_count(doc), 1);
	c = cc_doc_claim(doc, 0);
	CU_ASSERT_EQUAL(c->sentence, 0);
	CU_ASSERT_EQUAL(c->sent_start, 0);
	CU_ASSERT_EQUAL(c->sent_end, (size_t)(strstr(in, " Dr.") - in));
	cc_doc_free(doc);
	cc_ctx_free(ctx);
}

/* hostile input: deep nesting, long lines, random pieces; no crash */
static void test_hostile_input(void)
{
	static const char *const pieces[] = {
		"<div>", "</p>", "&#x", "&", ";", "1", ",", "234", ".", "5", "%", "£", "\xe2\x82\xac", "bn", "m",
		" ", "\n\n", "half", "a", "third", "-", "one", "in", "four", "of", "the", "40", "between", "and",
		"per", "cent", "\xff", "\xc2\xa0", "\xe2\x88\x92", "survey", "polled", "(", ")", "most", "almost",
		"<script>", "<!--", "M", "=", "SD", "n", "#", "```", "[", "](", "\xc2\xbd", "e", "^",
	};
	size_t np = sizeof pieces / sizeof pieces[0], cap = 1 << 16, i, k;
	char *buf = malloc(cap);
	unsigned long long r = 88172645463325252ULL;
	CU_ASSERT_PTR_NOT_NULL_FATAL(buf);
	for (k = 0; k < 400; k++) {
		size_t n = 0;
		cc_ctx *ctx;
		cc_doc *doc;
		while (n + 16 < cap && n < (k % 40 + 1) * 64) {
			const char *p;
			r ^= r << 13; r ^= r >> 7; r ^= r << 17;
			p = pieces[r % np];
			memcpy(buf + n, p, strlen(p));
			n += strlen(p);
		}
		doc = extract(&ctx, buf, n, k % 3 == 0 ? "x.html" : k % 3 == 1 ? "x.md" : "x.txt");
		if (doc)
			for (i = 0; i < cc_doc_claim_count(doc); i++) {
				const cc_claim *c = cc_doc_claim(doc, i);
				CU_ASSERT(c->start <= c->end && c->end <= n);
				CU_ASSERT(c->low <= c->high || c->kind == CC_KIND_TEST_STATISTIC);
			}
		cc_doc_free(doc);
		cc_ctx_free(ctx);
	}
	/* 100,000 nested divs */
	{
		size_t n = 0;
		cc_ctx *ctx;
		cc_doc *doc;
		char *deep = malloc(100000 * 5 + 16);
		CU_ASSERT_PTR_NOT_NULL_FATAL(deep);
		for (i = 0; i < 100000; i++, n += 5)
			memcpy(deep + n, "<div>", 5);
		memcpy(deep + n, "50% ok", 6);
		n += 6;
		doc = extract(&ctx, deep, n, "deep.html");
		CU_ASSERT_PTR_NOT_NULL(doc);
		if (doc)
			CU_ASSERT_EQUAL(cc_doc_claim_count(doc), 1);
		cc_doc_free(doc);
		cc_ctx_free(ctx);
		free(deep);
	}
	free(buf);
}

/* ext fields: levels before/after, counts, explicit comparison, period */
static void test_ext_fields(void)
{
	static const char in[] = "Support rose 10 percentage points from 25% to 35% in 2004. The bank grew from 3 branches to 6 branches in March 2019.";
	cc_ctx *ctx;
	cc_doc *doc = extract(&ctx, in, sizeof in - 1, "a.txt");
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	CU_ASSERT_EQUAL_FATAL(doc->nclaims, 5);
	CU_ASSERT_EQUAL(doc->claims[0].kind, CC_KIND_CHANGE);
	CC_ASSERT_NEAR(doc->ext[0].before, 0.25, 1e-9);
	CC_ASSERT_NEAR(doc->ext[0].after, 0.35, 1e-9);
	CC_ASSERT_NEAR(doc->ext[1].before, 0.25, 1e-9);
	CU_ASSERT_EQUAL(doc->ext[2].compared_with, 1);
	CU_ASSERT_EQUAL(doc->ext[2].period_y, 2004);
	CC_ASSERT_NEAR(doc->ext[3].base_count, 3, 1e-9);
	CC_ASSERT_NEAR(doc->ext[4].after_count, 6, 1e-9);
	CU_ASSERT_EQUAL(doc->ext[4].period_y, 2019);
	CU_ASSERT_EQUAL(doc->ext[4].period_m, 3);
	cc_doc_free(doc);
	cc_ctx_free(ctx);
}

/* The scan's list of tokens a claim rule may start at (x->cand) holds
 * what the claim finder's per-token test said (numbers, symbols, words of
 * a CC_CLAIM_START class, a capital letter alone with classes) and, besides,
 * only small letters alone with classes -- on the tokenizer's fast path
 * (ASCII words of 12 bytes or less, 16 bytes readable), its long and
 * non-ASCII words, and near the end of the text. */
static void test_claim_candidates(void)
{
	static const char *const in[] = {
		"About 5 M and m people approximately half, \xc2\xa3" "3 or US$4 a third. Caf\xc3\xa9 about",
		"Over a majority; the K, k, B: doubled \xe2\x82\xac" "12bn between 3 and 4 mean M",
		"a", "M", "approximately", "",
	};
	size_t d;

	for (d = 0; d < sizeof in / sizeof in[0]; d++) {
		cc_ctx *ctx;
		cc_xt x;
		size_t i, k = 0;

		CU_ASSERT_FATAL(cc_ctx_new(&ctx, NULL, NULL) == CC_OK);
		memset(&x, 0, sizeof x);
		x.ctx = ctx;
		x.t = in[d];
		x.len = strlen(in[d]);
		CU_ASSERT_FATAL(cc_xt_scan(&x) == CC_OK);
		for (i = 0; i < x.ntok; i++) {
			const cc_tok *t = &x.tok[i];
			int cand = t->type == TK_NUM || t->type == TK_SYM ||
				   (t->type == TK_WORD && ((t->cls & CC_CLAIM_START) ||
							   ((t->fl & TF_CAP) && t->e - t->s == 1 && t->cls)));

			if (k < x.ncand && x.cand[k] == i) {
				CU_ASSERT_TRUE(cand || (t->type == TK_WORD && t->e - t->s == 1 && t->cls));
				k++;
			} else {
				CU_ASSERT_FALSE(cand);
			}
		}
		CU_ASSERT_EQUAL(k, x.ncand);
		cc_xt_free(&x);
		cc_ctx_free(ctx);
	}
}

/* Every phrase of several words of a class looked up by spans (hedges,
 * vague quantifiers, approximate counts, currencies) is found by
 * cc_tok_lex_span over its scanned words: the word table marks its first
 * word (TF_STARTS), on the tokenizer's fast path (words followed by more
 * text) and at the end of the text. */
static void test_span_phrases(void)
{
	static const cc_lex_class span[] = { LX_HEDGE, LX_VAGUE, LX_APPROX, LX_CUR_PRE, LX_CUR_WORD, LX_CUR_BOTH,
					     LX_CUR_SUFFIX, LX_CUR_WEAK };
	cc_ctx *ctx;
	size_t r, tried = 0;

	CU_ASSERT_FATAL(cc_ctx_new(&ctx, NULL, NULL) == CC_OK);
	for (r = 0; r < cc_lex_nrows; r++) {
		const cc_lex *l = &cc_lex_rows[r];
		size_t c, pad;
		int is_span = 0;

		for (c = 0; c < sizeof span / sizeof span[0]; c++)
			is_span |= l->cls == span[c];
		if (!is_span || !strchr(l->phrase, ' ') || strlen(l->phrase) > 200)
			continue;
		for (pad = 0; pad < 2; pad++) {
			char text[256];
			cc_xt x;
			size_t i, words = 1;
			int plain = 1;

			snprintf(text, sizeof text, "%s%s", l->phrase, pad ? " and more words after it" : "");
			for (i = 0; l->phrase[i]; i++)
				words += l->phrase[i] == ' ';
			memset(&x, 0, sizeof x);
			x.ctx = ctx;
			x.t = text;
			x.len = strlen(text);
			CU_ASSERT_FATAL(cc_xt_scan(&x) == CC_OK);
			/* phrases of plain words only: one token each */
			for (i = 0; i < words && i < x.ntok; i++)
				plain &= x.tok[i].type == TK_WORD && (i == 0 || (x.tok[i].fl & TF_SP));
			if (plain && x.ntok >= words) {
				const cc_lex *f = cc_tok_lex_span(&x, 0, words - 1, l->cls);

				CU_ASSERT_PTR_NOT_NULL(f);
				if (f)
					CU_ASSERT_STRING_EQUAL(f->phrase, l->phrase);
				tried++;
			}
			cc_xt_free(&x);
		}
	}
	CU_ASSERT(tried > 20);
	cc_ctx_free(ctx);
}

/* Word sets: a token's membership is a bit of the row the tokenizer looked
 * up; any case; a word that is only in a set still has a row but no class;
 * numbers and unknown words are in no set. */
static void test_word_sets(void)
{
	static const char in[] = "The THE job Zebra 5 its vacancy.";
	cc_ctx *ctx;
	cc_xt x;
	unsigned long long cls = 0;

	CU_ASSERT_FATAL(cc_ctx_new(&ctx, NULL, NULL) == CC_OK);
	memset(&x, 0, sizeof x);
	x.ctx = ctx;
	x.t = in;
	x.len = sizeof in - 1;
	CU_ASSERT_FATAL(cc_xt_scan(&x) == CC_OK);
	CU_ASSERT_EQUAL_FATAL(x.ntok, 8);
	/* in a set, in any case */
	CU_ASSERT_TRUE(cc_tok_in(&x, 0, WS(DEF_DET)));
	CU_ASSERT_TRUE(cc_tok_in(&x, 1, WS(DEF_DET)));
	CU_ASSERT_TRUE(cc_tok_in(&x, 1, WS(ART)));
	/* not in the set asked, though in others */
	CU_ASSERT_FALSE(cc_tok_in(&x, 2, WS(DEF_DET)));
	CU_ASSERT_FALSE(cc_tok_in(&x, 5, WS(ART)));
	/* a union of sets: "its" is in poss, not in art */
	CU_ASSERT_TRUE(cc_tok_in(&x, 5, WS(ART) | WS(POSS)));
	/* only in a word set: a row, no class bits, not found as a class */
	CU_ASSERT_TRUE(cc_tok_in(&x, 2, WS(JOB_NOUN)));
	CU_ASSERT_TRUE(cc_tok_in(&x, 6, WS(JOB_NOUN)));
	CU_ASSERT_TRUE(x.tok[2].row >= 0);
	CU_ASSERT_EQUAL(x.tok[2].cls, 0);
	CU_ASSERT_EQUAL(cc_lex_classes("job", 3), 0);
	CU_ASSERT_PTR_NULL(cc_lex_find("job", 3, LX_WORDSET));
	CU_ASSERT_TRUE(cc_lex_lookup("Vacancy", 7, &cls) >= 0);
	CU_ASSERT_EQUAL(cls, 0);
	/* a word in a set keeps its classes */
	CU_ASSERT_TRUE((cc_lex_classes("the", 3) >> LX_STOP) & 1);
	/* unknown words, numbers, punctuation, past the end: in no set */
	CU_ASSERT_FALSE(cc_tok_in(&x, 3, WS_ALL));
	CU_ASSERT_FALSE(cc_tok_in(&x, 4, WS_ALL));
	CU_ASSERT_FALSE(cc_tok_in(&x, 7, WS_ALL));
	CU_ASSERT_FALSE(cc_tok_in(&x, 8, WS_ALL));
	/* the same answers as the literal tests the sets replaced */
	CU_ASSERT_EQUAL(cc_tok_in(&x, 1, WS(DEF_DET)), cc_tok_is(&x, 1, "the"));
	CU_ASSERT_EQUAL(cc_tok_in(&x, 6, WS(JOB_NOUN)), cc_tok_is(&x, 6, "vacancy"));
	cc_xt_free(&x);
	cc_ctx_free(ctx);
}

/* Every claim records the rule that read it (cc_claim_ext.rule): the
 * numeral rules by their table names, the other claim makers, APA
 * results. */
static void test_claim_rules(void)
{
	static const char in[] =
		"Of 1,200 adults polled, 39% opposed the plan and a majority backed it. "
		"Prices doubled. 38 councils out of 120 agreed, M = 3.44, and the margin of "
		"error is plus or minus 3 points. Between 20% and 30% said so; t(28) = 2.20, "
		"p = .036. Sales rose 5% to 310,000 units and the score was 18-17.";
	static const struct { const char *text, *rule; } want[] = {
		{ "1,200 adults", "sample by survey words (2,000 adults surveyed)" },
		{ "39%", "percent of group" },
		{ "a majority", "vague quantifier (a majority)" },
		{ "doubled", "multiplier (doubled)" },
		{ "38 councils out of 120", "x out of y" },
		{ "5%", "percent change" },
	};
	cc_ctx *ctx;
	cc_doc *doc = extract(&ctx, in, sizeof in - 1, "a.txt");
	size_t i, k, found = 0;

	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	CU_ASSERT_TRUE(doc->nclaims >= 8);
	for (i = 0; i < doc->nclaims; i++) {
		const char *rule = doc->ext[i].rule;

		CU_ASSERT_PTR_NOT_NULL(rule);
		if (!rule)
			continue;
		CU_ASSERT_PTR_NULL(strstr(doc->claims[i].text, "18-17")); /* a score is no claim */
		if (doc->claims[i].kind == CC_KIND_TEST_STATISTIC)
			CU_ASSERT_STRING_EQUAL(rule, "APA test result");
		for (k = 0; k < sizeof want / sizeof want[0]; k++)
			if (!strcmp(doc->claims[i].text, want[k].text)) {
				CU_ASSERT_STRING_EQUAL(rule, want[k].rule);
				found++;
			}
	}
	CU_ASSERT_EQUAL(found, sizeof want / sizeof want[0]);
	cc_doc_free(doc);
	cc_ctx_free(ctx);
}

static CU_TestInfo tests[] = {
	{ "claims: each records the rule that read it", test_claim_rules },
	{ "word sets: membership, case, set-only words", test_word_sets },
	{ "scan: the tokens a claim rule may start at", test_claim_candidates },
	{ "lexicon: phrases looked up by spans are found", test_span_phrases },
	{ "ext: levels, counts, comparison, period", test_ext_fields },
	{ "UTF-16 input refused with one line", test_utf16_refused },
	{ "invalid UTF-8 survives", test_invalid_utf8_survives },
	{ "spans are source bytes (text, html, md, sniffed)", test_spans_are_source_bytes },
	{ "numeral layer types and values", test_numeral_layer },
	{ "numeral words, dozens, compound denominators, currency names", test_numeral_words_and_money },
	{ "numeral digits: strtod's value, bit for bit", test_numeral_digits_exact },
	{ "sentences: abbreviations, paragraphs", test_sentences_and_paragraphs },
	{ "hostile input: random pieces, deep nesting", test_hostile_input },
	CU_TEST_INFO_NULL
};

CU_SuiteInfo cc_suites_extract[] = {
	{ .pName = "extract", .pTests = tests },
	CU_SUITE_INFO_NULL
};
