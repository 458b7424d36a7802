/*
 * test_phrase.c -- the phrase search object (extract/phrase.h) answers as
 * the plain word search of core/words.h: on many spans of a few texts
 * (spans that start or end inside words among them), for single phrases,
 * the first of a list, every match of a list, and the sets, case-blind
 * and case-sensitive, on a core pass and on a full one, document after
 * document with the registry warm.
 */
#include "test.h"
#include "../core/ctx.h"
#include "../core/vocab.h"
#include "../core/words.h"
#include "../extract/phrase.h"

#include <string.h>

static const char *const texts[] = {
	"A new poll by YouGov, which polled 2,000 adults online, found 3were considering it. Polling "
	"stations opened; the pollster's survey of UK voters (UK.) said sayings aside. "
	"Respondents were asked in May whether they say so, according to the ONS. Visit www.example.org",
	"SURVEY: Survey surveys surveyed; the study found that 45% of them were asked. “Quoted” "
	"café-owners took part, taking part in the Office for National Statistics research by the Bank. "
	"MAY may May. www.x, UK adults and the UK said: source: opinion poll, straw poll, a poll, apoll.",
	"poll",
	"x",
	"Said the council, which commissioned it: ‘the research from the university shows’ - poll poll "
	"pollpoll poll's polls' we, which polled, say; said. says",
};

/* Lists with awkward phrases: ones that do not start or end with a word
 * byte, a one-letter word, a phrase twice, and prefixes of each other. */
static const char *const odd[] = {
	", which polled", "which polled", "www.", "UK ", "a", "poll", "poll", "polls", "poll's", "%", "said:",
	"source:", "it:", "’", "’ -", NULL
};
static const char *const odd_cs[] = { "UK", "UK ", "May", "MAY", "Survey", "ONS", "a", NULL };

struct tlist {
	const char *const *list;
	int cs;
};

static const char *const *list_of(enum cc_vocab_id id)
{
	return cc_vocab_list(id);
}

/* Does phrase w match at offset q of [s, s+len) as core/words.h defines
 * a match (the first such q is cc_word_find's answer, checked below)? */
static int accepted(const char *s, size_t len, size_t q, const char *w, int cs)
{
	size_t wl = strlen(w), k;

	if (!wl || q + wl > len)
		return 0;
	for (k = 0; k < wl; k++)
		if (cs ? s[q + k] != w[k] : cc_lower(s[q + k]) != cc_lower(w[k]))
			return 0;
	return (q == 0 || !(cc_wordch(s[q - 1]) && cc_wordch(w[0]))) &&
	       (q + wl == len || !(cc_wordch(s[q + wl]) && cc_wordch(w[wl - 1])));
}

/* Compare every search of ph with the plain one over [a, b) of t. */
static void compare_span(cc_phrase *ph, const char *t, size_t a, size_t b, const struct tlist *lists, size_t nl)
{
	size_t l, k, len = b - a;
	const char *s = t + a;

	for (l = 0; l < nl; l++) {
		const char *const *list = lists[l].list;
		int cs = lists[l].cs;
		const char *best = NULL, *at = (const char *)1, *p;
		long bidx = -1, got;
		size_t nexp = 0, ngot = 0, idx;
		cc_phrase_iter it;

		for (k = 0; list[k]; k++) {
			const char *want = cc_word_find(s, len, list[k], cs ? CC_WS_CASE : 0);

			p = cc_phrase_find(ph, s, len, list[k], cs);
			if (p != want)
				fprintf(stderr, "find \"%s\" in [%zu, %zu): %ld, want %ld\n", list[k], a, b,
					p ? (long)(p - t) : -1L, want ? (long)(want - t) : -1L);
			CU_ASSERT_PTR_EQUAL(p, want);
			for (idx = 0; want && idx < (size_t)(want - s); idx++)
				CU_ASSERT(!accepted(s, len, idx, list[k], cs));
			CU_ASSERT(!want || accepted(s, len, (size_t)(want - s), list[k], cs));
			if (want && (!best || want < best)) {
				best = want;
				bidx = (long)k;
			}
			for (idx = 0; idx < len; idx++)
				nexp += accepted(s, len, idx, list[k], cs);
		}
		got = cc_phrase_first(ph, s, len, list, cs, &at);
		CU_ASSERT_EQUAL(got, bidx);
		CU_ASSERT_PTR_EQUAL(at, best);
		CU_ASSERT_EQUAL(got >= 0, cc_word_any(s, len, list, cs ? CC_WS_CASE : 0));
		/* the iterator: every accepted (position, phrase), once */
		cc_phrase_iter_start(&it, ph, s, len, list, cs);
		while ((p = cc_phrase_iter_next(&it, &idx))) {
			CU_ASSERT(p >= s && p < s + len && accepted(s, len, (size_t)(p - s), list[idx], cs));
			ngot++;
		}
		if (ngot != nexp) {
			fprintf(stderr, "iterator over list %zu in [%zu, %zu): %zu matches, want %zu\n", l, a, b, ngot,
				nexp);
			cc_phrase_iter_start(&it, ph, s, len, list, cs);
			while ((p = cc_phrase_iter_next(&it, &idx)))
				fprintf(stderr, "  got %ld %s\n", (long)(p - t), list[idx]);
			for (k = 0; list[k]; k++)
				for (idx = 0; idx < len; idx++)
					if (accepted(s, len, idx, list[k], cs))
						fprintf(stderr, "  want %ld %s\n", (long)(a + idx), list[k]);
		}
		CU_ASSERT_EQUAL(ngot, nexp);
	}
}

static void check_text(cc_phrase *ph, const char *t, const struct tlist *lists, size_t nl, int set, int full)
{
	size_t len = strlen(t), a, b, l;

	cc_phrase_begin(ph, t, len, full);
	for (a = 0; a <= len; a = a + 7 > len && a < len ? len : a + 7)
		for (b = a; b <= len; b = b + 11 > len && b < len ? len : b + 11) {
			compare_span(ph, t, a, b, lists, nl);
			/* a set lacks a span only where no list of it has a match */
			if (cc_phrase_lacks(ph, set, a, b))
				for (l = 0; l < 3; l++)
					CU_ASSERT(!cc_word_any(t + a, b - a, lists[l].list, lists[l].cs ? CC_WS_CASE : 0));
			if (b == len)
				break;
		}
	/* spans outside the document: the plain search */
	CU_ASSERT_PTR_EQUAL(cc_phrase_find(ph, "a poll", 6, "poll", 0), cc_word_find("a poll", 6, "poll", 0) );
	cc_phrase_end(ph);
}

static void test_phrase_answers_as_word_search(void)
{
	cc_ctx *ctx = NULL;
	cc_phrase *ph = NULL;
	struct tlist lists[] = {
		{ list_of(CC_V_ATTRIBUTION), 0 }, { list_of(CC_V_REGISTER_POLLSTER), 1 }, { list_of(CC_V_ORG_WORD), 1 },
		{ list_of(CC_V_SURVEY_CUE), 0 },  { list_of(CC_V_OPINION_VERB), 0 }, { odd, 0 },
		{ odd_cs, 1 },                    { list_of(CC_V_MONTH), 0 },      { odd, 1 },
	};
	const cc_phrase_list core[] = { { list_of(CC_V_SURVEY_CUE), 0 }, { list_of(CC_V_ATTRIBUTION), 0 }, { odd_cs, 1 } };
	const cc_phrase_list set[] = { { lists[0].list, 0 }, { lists[1].list, 1 }, { lists[2].list, 1 } };
	size_t i, round;
	int s;

	CU_ASSERT_EQUAL_FATAL(cc_ctx_new(&ctx, NULL, NULL), CC_OK);
	CU_ASSERT_EQUAL_FATAL(cc_phrase_new(&ph, ctx), CC_OK);
	CU_ASSERT_EQUAL(cc_phrase_core(ph, core, 3, 0), CC_OK);
	s = cc_phrase_add_set(ph, set, 3);
	CU_ASSERT_EQUAL(s, 0);
	/* cold, then warm: every text on a core pass (upgraded by the first
	 * other phrase asked for) and on a full one */
	for (round = 0; round < 2; round++)
		for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
			check_text(ph, texts[i], lists, sizeof lists / sizeof lists[0], s, 0);
			check_text(ph, texts[i], lists, sizeof lists / sizeof lists[0], s, 1);
		}
	/* a phrase at a known address with other contents: searched plainly */
	{
		char buf[8] = "poll";
		const char *t = texts[0];

		cc_phrase_begin(ph, t, strlen(t), 1);
		CU_ASSERT_PTR_EQUAL(cc_phrase_find(ph, t, strlen(t), buf, 0), cc_word_find(t, strlen(t), "poll", 0));
		memcpy(buf, "says", 5);
		CU_ASSERT_PTR_EQUAL(cc_phrase_find(ph, t, strlen(t), buf, 0), cc_word_find(t, strlen(t), "says", 0));
		cc_phrase_end(ph);
	}
	cc_phrase_free(ph);
	cc_ctx_free(ctx);
}

static CU_TestInfo phrase_tests[] = {
	{ "answers as the plain word search", test_phrase_answers_as_word_search },
	CU_TEST_INFO_NULL,
};

CU_SuiteInfo cc_suites_phrase[] = {
	{ .pName = "phrase", .pTests = phrase_tests },
	CU_SUITE_INFO_NULL,
};
