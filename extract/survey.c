/*
 * survey.c -- what the text says about the surveys it reports.
 *
 * Stage: extract, last step (cc_extract_doc calls cc_survey_extract
 * after the claims are extracted, sorted and linked). From cue-word tables it
 * finds each survey the text describes -- one per main sample_size claim,
 * or one for a survey noun phrase when no sample is given -- and fills
 * doc->surveys: commissioner and its type, fieldwork organisation or
 * pollster, fieldwork dates, mode, population, geography, selection,
 * question wording, self-selection cues, "new/latest", a stated design
 * effect and population size. It then sets each claim's ext->survey,
 * ext->attributed (the sentence or the one before names a source) and
 * ext->survey_context (the figure is presented as a survey finding).
 *
 * Never computes statistics, never touches the database, never flags:
 * the checks (stats/checks.c) judge what is recorded here. Never lists
 * words: the cue lists are classes of the vocabulary (core/vocab.h; the
 * extract/lexicon files survey-method.tsv, commissioners.tsv,
 * attribution.tsv, sample.tsv, and the month class of context.tsv).
 */
#define _GNU_SOURCE 1 /* memmem */
#include "survey.h"
#include "../core/vocab.h"
#include "bytemask.h"
#include "lexicon.h"

#include <assert.h>
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ------------------------------------------------------------ cue lists */

/* A class of the vocabulary as a search list (stable address: the cue
 * index below knows it again in every document). */
#define VL(c) cc_vocab_list(CC_V_##c)

/* The row of class id whose phrase is the n bytes at w, ignoring ASCII
 * case; NULL when none. */
static const cc_vocab_row *row_ci(enum cc_vocab_id id, const char *w, size_t n)
{
	size_t k, nr;
	const cc_vocab_row *r = cc_vocab_rows(id, &nr);

	for (k = 0; k < nr; k++)
		if (strlen(r[k].phrase) == n && !strncasecmp(w, r[k].phrase, n))
			return &r[k];
	return NULL;
}

/* Does row r carry the flag `what` in its string column? */
static int row_is(const cc_vocab_row *r, const char *what)
{
	return r->str && !strcmp(r->str, what);
}

/* ------------------------------------------------------------ text helpers */

/* tolower and isalnum of the C locale (the library never calls setlocale),
 * without a library call: these run on every byte of every search. */
static inline int lc(int c)
{
	unsigned char u = (unsigned char)c;

	return u >= 'A' && u <= 'Z' ? u + ('a' - 'A') : u;
}

/* Letters, digits, apostrophe and every byte >= 0x80 (UTF-8 letters). */
static const unsigned char word_tab[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

static inline int wordch(int c)
{
	return word_tab[(unsigned char)c];
}

/*
 * The document being searched (per thread: one document at a time), and
 * a lower-case shadow of its text for the searches that run memmem over
 * it (cues that do not start with a word byte, cues that cannot be
 * registered) or hash every word (cues listed on demand). The shadow is
 * made on the first such search of a document, not up front: the word
 * pass lower-cases the 8 bytes it hashes itself, and the cue tests
 * compare case-insensitively byte by byte, so most documents never need
 * one (lower-casing every text was an eighth of the stage's cost).
 */
static _Thread_local const char *shadow_base; /* doc->text */
static _Thread_local char *shadow_lower;      /* NULL until shadow_get() */
static _Thread_local size_t shadow_len;

/*
 * The cues' occurrences, found in one pass over the document's words.
 *
 * Cues are string constants from the tables in this file (and literals at
 * the call sites), searched over many overlapping spans (each claim's
 * sentence, each survey's scope). Each thread keeps a registry of every
 * cue it has been asked for, indexed by the lower-case first word of the
 * cue; at the start of each document one pass over the document's words
 * looks each word up in that index and lists, per cue, the word starts
 * where the whole cue matches. A search is then a binary search in the
 * cue's list. After the first few documents every cue in use is
 * registered, so a document costs one hash per word however many cues
 * there are. A cue first asked for in the middle of a document (not in
 * that document's pass), or one that does not start with a word byte, is
 * listed on demand for that document.
 *
 * What makes a document cost: the pass reads the word bounds from 64-byte
 * masks (no word list, no lower-case copy of the text: see words_build_in),
 * one hash per word; words whose hash slot holds cues (about a quarter)
 * go on to pass_chain. A document with no sample claim gets a pass over
 * the core cues only (PASS_CORE: the lists every document searches), so
 * common words that begin only survey-field cues ("of", "in", "for") are
 * not looked at; its first survey word turns it into the full pass, and
 * any other cue asked for does the same (pass_upgrade). The
 * lists' merged occurrences (lcache_get) come from the pass's matches in
 * text order, counted per list while grouping them.
 *
 * A listed match starts a word (matches starting inside a word can only
 * count at the very start of the searched span, which find_w tests
 * itself) and its first word is that whole word. A one-word cue can also
 * match the front of a longer word when the span ends inside that word:
 * the searches test that one place at the span's end themselves.
 */
typedef struct occ {
	const size_t *pos; /* text offsets of the matches, ascending */
	size_t n;
	int words;         /* listed by words (above); else every raw match */
} occ;

#define CUE_MAX 1024   /* distinct cues per thread; more are searched plainly */
#define CUE_LEN 64     /* longest cue, with its NUL */
#define CUE_SLOTS 4096 /* the address hash: a power of two, >= 2 * CUE_MAX */
#define FW_SLOTS 8192  /* heads of the first-word chains: a power of two */
_Static_assert(FW_SLOTS == 1u << 13, "fw_slot hashes to 13 bits");
_Static_assert(CUE_SLOTS == 1u << 12, "cue_slot hashes to 12 bits");

typedef struct cue {
	const char *w;         /* the cue as written */
	unsigned char wl;      /* its length */
	unsigned char fw;      /* length of its first word (0: starts with a non-word byte) */
	unsigned char cs;      /* searched case-sensitively */
	char lw[CUE_LEN];      /* the cue in lower case */
} cue;

static _Thread_local cue cue_tab[CUE_MAX];
/*
 * What the word pass reads of each cue, apart and small: its first word's
 * first 8 bytes packed (lower case, zero padded), the lengths, the two
 * bytes after the first word (lower case) and the first byte as written
 * (quick refusals before comparing the rest).
 */
typedef struct cue_hot {
	uint64_t k8;
	unsigned char fw, wl, nx0, nx1, c0, cs;
} cue_hot;
static _Thread_local cue_hot cue_h[CUE_MAX];
static _Thread_local unsigned cue_n;
static _Thread_local uint64_t cue_key[CUE_SLOTS]; /* address * 2 + cs; 0: free */
static _Thread_local unsigned short cue_slot_id[CUE_SLOTS];

/*
 * The pass's tables: cues with the same first word form a group, so a
 * word of the text is compared once per distinct first word of its hash
 * slot, then each cue of the matching group is tried. A slot's chain
 * links the groups' first cues (fwnext), each group links its cues
 * (grpnext); links are ids + 1 (0: none). There are two sets of tables:
 * every word cue (PASS_FULL), and the core cues alone (PASS_CORE): the
 * cue lists that every document with claims searches (a survey word in
 * a sentence, a source, an opinion verb). A document with no sample
 * claim usually asks for nothing else, and a pass over the core cues
 * meets far fewer common words ("of", "in", "for", "was" begin cues that
 * only the survey fields ask for); when such a document does ask for
 * another cue, the full pass is run then (pass_upgrade).
 */
enum { PASS_FULL, PASS_CORE };
static _Thread_local unsigned short tb_head[2][FW_SLOTS];
static _Thread_local unsigned short tb_fwnext[2][CUE_MAX], tb_grpnext[2][CUE_MAX];
static _Thread_local unsigned char tb_multi[2][CUE_MAX]; /* on a group's first cue: one has more words */
static _Thread_local unsigned char cue_core[CUE_MAX];   /* in the core tables */
static _Thread_local int core_state;                    /* 0 not set up, 1 ready, -1 unusable */
/*
 * Per slot of the core tables, the byte two after a word (folded, low 5
 * bits) that one of the slot's cues can have there; all ones when a cue
 * is one word or ends one byte after its first: most words that begin
 * only longer cues ("the" of "the study") are passed over without
 * looking at their group.
 */
#define GATE_ALL 0xffffffffu
static _Thread_local uint32_t core_gate[FW_SLOTS];
static _Thread_local uint64_t core_watch; /* the bit of the survey_cue list in cue_lists */

/* Per document: the matches of the cues registered when its pass ran
 * (ids below doc_ncue), grouped by cue; the stamps say which entries
 * belong to the current document, so nothing is cleared between
 * documents. */
static _Thread_local unsigned doc_stamp;
static _Thread_local unsigned doc_ncue;
static _Thread_local unsigned hit_stamp[CUE_MAX], occ_stamp[CUE_MAX];
static _Thread_local unsigned hit_cnt[CUE_MAX], hit_first[CUE_MAX], hit_fill[CUE_MAX];
static _Thread_local occ occ_tab[CUE_MAX];
static _Thread_local size_t *hit_pos;    /* every pass match, grouped by cue */
/* The cue ids of the pass matches in text order (hit_pos holds their
 * offsets, grouped by cue), and per cue list (lcache_get below) how many
 * of them belong to the list: the merged list of a list registered before
 * this document is then made by one walk over its matches, in order. */
#define LREG_SLOTS 64
static _Thread_local unsigned short *hit_seq;
static _Thread_local size_t hit_nseq;
static _Thread_local uint64_t cue_lists[CUE_MAX]; /* bit k: the cue is in list lreg_tab[k] */
static _Thread_local unsigned list_cnt_stamp[LREG_SLOTS];
static _Thread_local size_t list_cnt[LREG_SLOTS];
static void lcache_wrap(void);
static _Thread_local unsigned short *late_ids; /* cues listed on demand (their pos freed per document) */
static _Thread_local size_t late_n;
static _Thread_local cc_ctx *occ_ctx;

/*
 * The document's words (maximal runs of word bytes), listed only for the
 * on-demand listings (words_list(), on the first cue that needs them in a
 * document): the pass reads the word bounds straight from the byte masks.
 */
static _Thread_local size_t *wstart; /* word start offsets, ascending */
static _Thread_local size_t *wlen;   /* their lengths */
static _Thread_local size_t nwords;
static _Thread_local int pass_ok; /* this document's pass ran (else search plainly) */
static _Thread_local int pass_mode; /* PASS_FULL or PASS_CORE: the cues it listed */
static void pass_upgrade(void);
/* For cues listed on demand: the words chained by fw_hash of the whole
 * word, built on the first such cue of a document (NULL until then), so
 * that each costs its own occurrences, not a walk over every word. */
static _Thread_local size_t *late_next;  /* next word in the chain, (size_t)-1: none */
static _Thread_local size_t *late_head;  /* 1 << late_bits heads (at least one per word, at most two) */
static _Thread_local unsigned late_bits;

/* ASCII lower case of 8 packed bytes: the high bit of each byte of `up`
 * is set where the byte is 'A'..'Z' (no carry crosses a byte). */
static inline uint64_t lower8(uint64_t v)
{
	uint64_t h7 = v & 0x7f7f7f7f7f7f7f7full;
	uint64_t up = (h7 + 0x3f3f3f3f3f3f3f3full) & ~(h7 + 0x2525252525252525ull) & ~v & 0x8080808080808080ull;

	return v | up >> 2;
}

/*
 * Words are hashed with bit 5 of every byte set (FOLD8): cheaper than
 * lower case (one OR), and the same for a word and its lower case, as
 * lower-casing only ever sets that bit. Only a hash: equal hashes are
 * then compared exactly.
 */
#define FOLD8 0x2020202020202020ull

/* Per word length below CUE_LEN: the mask that keeps a word's bytes of
 * the 8 loaded from its start (a table: no shift or branch per word). */
#define ONES8 ~0ull, ~0ull, ~0ull, ~0ull, ~0ull, ~0ull, ~0ull, ~0ull
static const uint64_t len_mask[CUE_LEN] = {
	0, 0xffull, 0xffffull, 0xffffffull, 0xffffffffull, 0xffffffffffull, 0xffffffffffffull,
	0xffffffffffffffull, ONES8, ONES8, ONES8, ONES8, ONES8, ONES8, ONES8
};
_Static_assert(sizeof len_mask / sizeof len_mask[0] == 64, "len_mask covers CUE_LEN");
#undef ONES8

/* A hash of a word of n < CUE_LEN bytes from its first 8 bytes, v (any
 * bytes past the word): the folded bytes of the word and its length.
 * Words that share their first 8 bytes and length share a hash (rare;
 * the chains compare the whole word). */
static inline uint64_t fw_mix8(uint64_t v, size_t n)
{
	return (((v | FOLD8) & len_mask[n]) ^ n) * 0x9E3779B97F4A7C15ull;
}

/* The same from the bytes at lw: at least 8 bytes must be readable there
 * (the shadow and the cues' lw are padded). */
static uint64_t fw_mix(const char *lw, size_t n)
{
	uint64_t v;

	memcpy(&v, lw, 8);
	return fw_mix8(v, n);
}

static inline uint32_t fw_slot(uint64_t mix)
{
	return (uint32_t)(mix >> 51) & (FW_SLOTS - 1);
}

static uint32_t fw_hash(const char *lw, size_t n)
{
	return fw_slot(fw_mix(lw, n));
}

/* The first min(n, 8) bytes at p packed, the rest zero (8 bytes readable). */
static uint64_t pack8(const char *p, size_t n)
{
	uint64_t v;

	memcpy(&v, p, 8);
	return n >= 8 ? v : v & ((1ull << (n * 8)) - 1);
}

static void lower_copy(char *out, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		out[i] = (char)lc(s[i]);
}

/* Add word cue id to the pass tables t: join the group of cues with its
 * first word, or start one. */
static void table_add(int t, unsigned id)
{
	const cue *c = &cue_tab[id];
	uint32_t f = fw_hash(c->lw, c->fw);
	unsigned g;

	tb_fwnext[t][id] = tb_grpnext[t][id] = 0;
	tb_multi[t][id] = 0;
	for (g = tb_head[t][f]; g; g = tb_fwnext[t][g - 1])
		if (cue_h[g - 1].fw == c->fw && cue_h[g - 1].k8 == cue_h[id].k8 && !memcmp(cue_tab[g - 1].lw, c->lw, c->fw))
			break;
	if (g) {
		tb_grpnext[t][id] = tb_grpnext[t][g - 1];
		tb_grpnext[t][g - 1] = (unsigned short)(id + 1);
	} else {
		tb_fwnext[t][id] = tb_head[t][f];
		tb_head[t][f] = (unsigned short)(id + 1);
		g = id + 1;
	}
	tb_multi[t][g - 1] |= c->wl > c->fw;
}

/* The id of cue w (registering it on first sight); -1 when it cannot be
 * listed (too long, empty, the registry full). The stored text is
 * compared too, so a cue that is not a constant is never confused with
 * an earlier string at the same address. */
static long cue_lookup(const char *w, int cs, size_t wl)
{
	uint64_t key = (uint64_t)(uintptr_t)w * 2u + (uint64_t)(cs != 0);
	size_t h = (size_t)((key * 0x9E3779B97F4A7C15ull) >> 52), k;
	cue *c;

	if (!wl || wl >= CUE_LEN)
		return -1;
	for (k = 0; k < CUE_SLOTS; k++, h = (h + 1) & (CUE_SLOTS - 1)) {
		if (cue_key[h] == key) {
			c = &cue_tab[cue_slot_id[h]];
			return c->wl == wl && !memcmp(c->w, w, wl) ? (long)cue_slot_id[h] : -1;
		}
		if (!cue_key[h])
			break;
	}
	if (k == CUE_SLOTS || cue_n == CUE_MAX)
		return -1;
	c = &cue_tab[cue_n];
	c->w = w;
	c->wl = (unsigned char)wl;
	c->cs = (unsigned char)(cs != 0);
	lower_copy(c->lw, w, wl);
	c->lw[wl] = '\0';
	for (c->fw = 0; c->fw < wl && wordch(w[c->fw]); c->fw++)
		;
	cue_core[cue_n] = 0;
	if (c->fw) {
		cue_hot *hc = &cue_h[cue_n];

		hc->k8 = pack8(c->lw, c->fw);
		hc->fw = c->fw;
		hc->wl = c->wl;
		hc->nx0 = (unsigned char)c->lw[c->fw]; /* the NUL when the cue is one word */
		hc->nx1 = c->wl > c->fw + 1 ? (unsigned char)c->lw[c->fw + 1] : 0;
		hc->c0 = (unsigned char)w[0];
		hc->cs = c->cs;
		table_add(PASS_FULL, cue_n);
	}
	cue_key[h] = key;
	cue_slot_id[h] = (unsigned short)cue_n;
	return (long)cue_n++;
}

/* Do the n bytes at s equal the lower-case lw, ignoring ASCII case? */
static int ci_eq(const char *s, const char *lw, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (lc(s[i]) != (unsigned char)lw[i])
			return 0;
	return 1;
}

/* Does cue c match at q? */
static int cue_at(const cue *c, size_t q)
{
	if (q + c->wl > shadow_len)
		return 0;
	return c->cs ? !memcmp(shadow_base + q, c->w, c->wl) : ci_eq(shadow_base + q, c->lw, c->wl);
}

/* The document's lower-case shadow (8 zero bytes of padding after it),
 * made on first use; NULL when it cannot be allocated (the callers then
 * search plainly). */
static const char *shadow_get(void)
{
	size_t i, len = shadow_len;
	const char *text = shadow_base;
	char *lower;

	if (shadow_lower || !text)
		return shadow_lower;
	lower = cc_malloc(occ_ctx, len + 8);
	if (!lower)
		return NULL;
	for (i = 0; i + 8 <= len; i += 8) {
		uint64_t v;

		memcpy(&v, text + i, 8);
		v = lower8(v);
		memcpy(lower + i, &v, 8);
	}
	for (; i < len; i++)
		lower[i] = (char)lc(text[i]);
	memset(lower + len, 0, 8);
	shadow_lower = lower;
	return lower;
}

static void words_free(void)
{
	size_t k;

	cc_free(occ_ctx, wstart);
	cc_free(occ_ctx, wlen);
	cc_free(occ_ctx, hit_pos); /* and hit_seq */
	hit_seq = NULL;
	hit_nseq = 0;
	cc_free(occ_ctx, late_next);
	cc_free(occ_ctx, late_head);
	cc_free(occ_ctx, shadow_lower);
	wstart = wlen = hit_pos = late_next = late_head = NULL;
	shadow_lower = NULL;
	nwords = 0;
	pass_ok = 0;
	for (k = 0; k < late_n; k++)
		cc_free(occ_ctx, (void *)occ_tab[late_ids[k]].pos);
	cc_free(occ_ctx, late_ids);
	late_ids = NULL;
	late_n = 0;
}

/*
 * The pass's state: the text, the per-thread tables it reads (their
 * addresses taken once: each access to a thread-local costs an address
 * computation, which the compiler does not keep across the loop), and
 * the matches so far, in text order.
 */
typedef struct hitbuf {
	const char *text;
	size_t len;
	const unsigned short *heads, *fwnext, *grpnext;
	const unsigned char *multi;
	const uint32_t *gate; /* core_gate on the core pass, else NULL */
	const uint64_t *lists; /* cue_lists */
	uint64_t watch;       /* a match of a cue in these lists stops the core pass */
	int stop;
	const cue_hot *h;
	const cue *tab;
	uint64_t *v; /* each match: its offset << HIT_ID_BITS | its cue id (half the memory of a pair) */
	size_t n, cap;
	int fail; /* an allocation failed: the pass is void */
} hitbuf;

#define HIT_ID_BITS 10
_Static_assert(CUE_MAX <= 1u << HIT_ID_BITS, "a cue id fits HIT_ID_BITS");

/* Word bytes among the m <= 64 bytes at p: with SSE2, per 16 bytes an
 * unsigned range test per class (x - lo <= hi - lo, by min and compare)
 * and the sign bits for the bytes >= 0x80; else bytemask.h. */
#if defined(__GNUC__)
__attribute__((always_inline)) /* in the pass's loop: its constants stay in registers */
#endif
static inline uint64_t word_mask(const char *p, size_t m)
{
#if defined(__SSE2__)
	if (m == 64) {
		uint64_t r = 0;
		int k;

		for (k = 0; k < 4; k++) {
			__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * k));
			__m128i l = _mm_sub_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
			__m128i d = _mm_sub_epi8(x, _mm_set1_epi8('0'));
			__m128i w = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(l, _mm_set1_epi8(25)), l),
						 _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d));

			w = _mm_or_si128(_mm_or_si128(w, _mm_cmpeq_epi8(x, _mm_set1_epi8('\''))), x);
			r |= (uint64_t)(unsigned)_mm_movemask_epi8(w) << (16 * k);
		}
		return r;
	}
#endif
	return cc_bm64(p, m, BM_ALPHA | BM_DIGIT | BM_HIGH | BM_APOS, NULL, 0);
}

/*
 * List the document's words into wstart/wlen (once per document, for the
 * on-demand listings). 0 when they cannot be allocated.
 */
static int words_list(void)
{
	const char *text = shadow_base;
	size_t len = shadow_len, i, nends = 0, k, cap = len / 2 + 2;
	int in = 0;

	if (wstart)
		return 1;
	nwords = 0;
	/* a long document: count the words first, so the index is exactly
	 * as long as needed (len / 2 words would reserve 8 bytes per byte
	 * of a 200 MB document) */
	for (i = len >= (1u << 20) ? (cap = 1, 0) : len; i < len; i += 64) {
		size_t m = len - i < 64 ? len - i : 64;
		uint64_t wm = word_mask(text + i, m);

		cap += (size_t)__builtin_popcountll(wm & ~(wm << 1 | (uint64_t)in));
		in = (int)(wm >> (m - 1) & 1);
	}
	in = 0;
	wstart = cc_malloc(occ_ctx, cap * sizeof *wstart);
	wlen = cc_malloc(occ_ctx, cap * sizeof *wlen);
	if (!wstart || !wlen) {
		cc_free(occ_ctx, wstart);
		cc_free(occ_ctx, wlen);
		wstart = wlen = NULL;
		return 0;
	}
	/* 64 bytes at a time: a bit mask of the word bytes, then its rising
	 * (word starts) and falling (word ends) edges; wlen holds the end
	 * offsets until below */
	for (i = 0; i < len; i += 64) {
		size_t m = len - i < 64 ? len - i : 64;
		uint64_t wm = word_mask(text + i, m), prev, st, en;

		prev = wm << 1 | (uint64_t)in; /* bit j: byte j - 1 is a word byte */
		st = wm & ~prev;
		en = ~wm & prev;
		if (m < 64)
			en &= (1ull << m) - 1;
		while (st) {
			wstart[nwords++] = i + (size_t)__builtin_ctzll(st);
			st &= st - 1;
		}
		while (en) {
			wlen[nends++] = i + (size_t)__builtin_ctzll(en);
			en &= en - 1;
		}
		in = (int)(wm >> (m - 1) & 1);
	}
	if (in)
		wlen[nends++] = len;
	for (k = 0; k < nwords; k++)
		wlen[k] -= wstart[k];
	return 1;
}

/*
 * The rest of the pass's work for the word [q, q + n) once its hash slot
 * has cues (the chain of groups from id1): find the group whose first
 * word it is, and record that group's cues that match there.
 */
static void pass_chain(hitbuf *hb, size_t q, size_t n, unsigned id1)
{
	const char *text = hb->text;
	const cue_hot *H = hb->h;
	size_t len = hb->len;
	uint64_t w8;
	int a0 = -1, a1 = -1;

	/* the word's first 8 bytes in lower case, zero past the word */
	if (q + 8 <= len) {
		memcpy(&w8, text + q, 8);
	} else {
		w8 = 0;
		memcpy(&w8, text + q, len - q);
	}
	w8 = lower8(w8) & len_mask[n];
	for (; id1; id1 = hb->fwnext[id1 - 1]) {
		const cue_hot *hc = &H[id1 - 1];

		if (hc->fw == n && hc->k8 == w8 && (n <= 8 || ci_eq(text + q + 8, hb->tab[id1 - 1].lw + 8, n - 8)))
			break;
	}
	if (!id1)
		return;
	if (hb->multi[id1 - 1]) {
		/* the two bytes after the word, lower case (-1: past the text) */
		if (q + n < len)
			a0 = lc(text[q + n]);
		if (q + n + 1 < len)
			a1 = lc(text[q + n + 1]);
	}
	for (; id1; id1 = hb->grpnext[id1 - 1]) {
		const cue_hot *hc = &H[id1 - 1];
		const cue *c = &hb->tab[id1 - 1];

		if (hc->wl > n) {
			/* more after the first word: two bytes, then the rest (the
			 * first word and those two bytes are known to match) */
			if (q + hc->wl > len || a0 != hc->nx0 || (hc->wl > n + 1 && a1 != hc->nx1))
				continue;
			if (c->cs ? memcmp(text + q, c->w, hc->wl) != 0
				  : hc->wl > n + 2 && !ci_eq(text + q + n + 2, c->lw + n + 2, hc->wl - n - 2))
				continue;
		} else if (hc->cs && ((unsigned char)text[q] != hc->c0 || memcmp(text + q, c->w, n))) {
			continue;
		}
		if (hb->n == hb->cap) {
			/* first about one entry per 32 bytes (news text has fewer
			 * matches), within bounds, then doubling */
			size_t ncap = hb->cap ? hb->cap * 2 : len / 32 < 32 ? 32 : len / 32 > 2048 ? 2048 : len / 32;
			uint64_t *nh;

			if (hb->fail || !(nh = cc_realloc(occ_ctx, hb->v, ncap * sizeof *nh))) {
				hb->fail = 1;
				return;
			}
			hb->v = nh;
			hb->cap = ncap;
		}
		hb->v[hb->n++] = (uint64_t)q << HIT_ID_BITS | (id1 - 1);
		if (hb->lists[id1 - 1] & hb->watch)
			hb->stop = 1;
	}
}

/*
 * The pass: each word of the text against the registered cues whose
 * first word it may be (their matches into hit_pos). The word bounds come
 * from the byte masks 64 bytes at a time, paired as they come (the k-th
 * word start with the k-th word end), so no word list is made; a word's
 * hash slot is looked up here (every word of every document comes by),
 * the rest is pass_chain's (a word whose slot holds cues). On failure
 * pass_ok stays 0 and every search is a plain one.
 */
static void words_build_in(const char *text, size_t len, int mode)
{
	size_t i, k, pending;
	hitbuf hb;
	int in;

	nwords = 0;
	doc_ncue = 0;
	pass_ok = 0;
	if (++doc_stamp == 0) { /* the stamps wrapped: forget them all */
		memset(hit_stamp, 0, sizeof hit_stamp);
		memset(occ_stamp, 0, sizeof occ_stamp);
		memset(list_cnt_stamp, 0, sizeof list_cnt_stamp);
		lcache_wrap();
		doc_stamp = 1;
	}
	memset(&hb, 0, sizeof hb);
	hb.text = text;
	hb.len = len;
	hb.heads = tb_head[mode];
	hb.fwnext = tb_fwnext[mode];
	hb.grpnext = tb_grpnext[mode];
	hb.multi = tb_multi[mode];
	hb.gate = mode == PASS_CORE ? core_gate : NULL;
	hb.lists = cue_lists;
	hb.watch = mode == PASS_CORE ? core_watch : 0;
	pass_mode = mode;
	hb.h = cue_h;
	hb.tab = cue_tab;
	{
		size_t ra = 0, rb = len;

		in = 0;
		pending = (size_t)-1;
		for (i = ra; i < rb; i += 64) {
			size_t m = rb - i < 64 ? rb - i : 64, q, n;
			uint64_t wm = word_mask(text + i, m), prev, st, en, v;
			unsigned id1;
			uint32_t slot;

			prev = wm << 1 | (uint64_t)in; /* bit j: byte j - 1 is a word byte */
			st = wm & ~prev;
			en = ~wm & prev;
			if (m < 64)
				en &= (1ull << m) - 1;
			in = (int)(wm >> (m - 1) & 1);
			/* a word begun in an earlier block ends at this block's first
			 * end; the others start and end here, or run into the next */
			if (pending != (size_t)-1 && en) {
				q = pending;
				n = i + (size_t)__builtin_ctzll(en) - q;
				en &= en - 1;
				pending = (size_t)-1;
				goto word;
			}
			while (st) {
				q = i + (size_t)__builtin_ctzll(st);
				st &= st - 1;
				if (!en) {
					pending = q;
					break;
				}
				n = i + (size_t)__builtin_ctzll(en) - q;
				en &= en - 1;
			word:
				if (n >= CUE_LEN)
					continue;
				if (q + 8 <= len) {
					memcpy(&v, text + q, 8);
				} else {
					v = 0;
					memcpy(&v, text + q, len - q);
				}
				slot = fw_slot(fw_mix8(v, n));
				if (!(id1 = hb.heads[slot]))
					continue;
				if (hb.gate && hb.gate[slot] != GATE_ALL) {
					/* the byte two after the word must be one a cue has */
					unsigned a1 = q + n + 1 < len ? (unsigned char)text[q + n + 1] : 0;

					if (!(hb.gate[slot] >> ((a1 | 0x20) & 31) & 1))
						continue;
				}
				pass_chain(&hb, q, n, id1);
				if (hb.stop) {
					/* a survey word: the document will describe a survey,
					 * which asks for every cue; the full pass now rather
					 * than after this one */
					cc_free(occ_ctx, hb.v);
					words_build_in(text, len, PASS_FULL);
					return;
				}
			}
		}
		if (pending != (size_t)-1 && rb - pending < CUE_LEN) {
			uint64_t v = 0;
			unsigned id1;

			memcpy(&v, text + pending, len - pending < 8 ? len - pending : 8);
			if ((id1 = hb.heads[fw_slot(fw_mix8(v, rb - pending))]))
				pass_chain(&hb, pending, rb - pending, id1);
		}
	}
	if (hb.fail)
		goto fail;
	/* group the matches by cue, keeping text order within each */
	if (hb.n) {
		size_t acc = 0, nhit = hb.n;
		const uint64_t *hits = hb.v;

		/* hit_seq in the same block, after hit_pos */
		hit_pos = cc_malloc(occ_ctx, nhit * (sizeof *hit_pos + sizeof *hit_seq));
		if (!hit_pos)
			goto fail;
		hit_seq = (unsigned short *)(hit_pos + nhit);
		for (k = 0; k < nhit; k++) {
			size_t id = (size_t)(hits[k] & ((1u << HIT_ID_BITS) - 1));
			uint64_t lm = cue_lists[id];

			if (hit_stamp[id] != doc_stamp) {
				hit_stamp[id] = doc_stamp;
				hit_cnt[id] = 0;
				hit_fill[id] = 0;
			}
			hit_cnt[id]++;
			hit_seq[hit_nseq++] = (unsigned short)id;
			for (; lm; lm &= lm - 1) {
				unsigned li = (unsigned)__builtin_ctzll(lm);

				if (list_cnt_stamp[li] != doc_stamp) {
					list_cnt_stamp[li] = doc_stamp;
					list_cnt[li] = 0;
				}
				list_cnt[li]++;
			}
		}
		for (k = 0; k < nhit; k++) {
			size_t id = (size_t)(hits[k] & ((1u << HIT_ID_BITS) - 1));

			if (!hit_fill[id]) { /* the cue's first match: its run starts here */
				hit_first[id] = (unsigned)acc;
				acc += hit_cnt[id];
			}
			hit_pos[hit_first[id] + hit_fill[id]++] = (size_t)(hits[k] >> HIT_ID_BITS);
		}
	}
	cc_free(occ_ctx, hb.v);
	doc_ncue = cue_n;
	pass_ok = 1;
	return;
fail:
	cc_free(occ_ctx, hb.v);
	words_free();
}

/* Record a cue's on-demand listing so it is freed with the document. */
static int late_push(size_t id)
{
	unsigned short *nl = cc_realloc(occ_ctx, late_ids, (late_n + 1) * sizeof *nl);

	if (!nl)
		return 0;
	late_ids = nl;
	late_ids[late_n++] = (unsigned short)id;
	return 1;
}

/* Append offset q to a growing array; 0 on failure (the array freed). */
static int pos_push(size_t **pos, size_t *n, size_t *cap, size_t q)
{
	if (*n == *cap) {
		size_t ncap = *cap ? *cap * 2 : 8;
		size_t *np = cc_realloc(occ_ctx, *pos, ncap * sizeof *np);

		if (!np) {
			cc_free(occ_ctx, *pos);
			*pos = NULL;
			return 0;
		}
		*pos = np;
		*cap = ncap;
	}
	(*pos)[(*n)++] = q;
	return 1;
}

/* Cue `id`'s occurrences in the current document (NULL: search plainly). */
static occ *occ_of(size_t id)
{
	const cue *c = &cue_tab[id];
	occ *o = &occ_tab[id];
	size_t *pos = NULL, n = 0, cap = 0, k;

	if (occ_stamp[id] == doc_stamp)
		return o;
	o->words = c->fw != 0 && pass_ok;
	if (o->words && id < doc_ncue && (pass_mode == PASS_FULL || cue_core[id])) {
		/* listed by this document's pass */
		o->pos = hit_pos && hit_stamp[id] == doc_stamp ? hit_pos + hit_first[id] : NULL;
		o->n = o->pos ? hit_cnt[id] : 0;
		occ_stamp[id] = doc_stamp;
		return o;
	}
	if (o->words) {
		if (!late_head) {
			if (!words_list() || !shadow_get())
				return NULL;
			/* chain the words, last first, so each chain ascends */
			for (late_bits = 6; late_bits < 40 && (1ull << late_bits) < (uint64_t)nwords; late_bits++)
				;
			late_head = cc_malloc(occ_ctx, ((size_t)1 << late_bits) * sizeof *late_head);
			late_next = cc_malloc(occ_ctx, (nwords ? nwords : 1) * sizeof *late_next);
			if (!late_head || !late_next) {
				cc_free(occ_ctx, late_head);
				cc_free(occ_ctx, late_next);
				late_head = late_next = NULL;
				return NULL;
			}
			memset(late_head, 0xff, ((size_t)1 << late_bits) * sizeof *late_head);
			for (k = nwords; k-- > 0;) {
				size_t h = wlen[k] < CUE_LEN ? (size_t)(fw_mix(shadow_lower + wstart[k], wlen[k]) >> (64 - late_bits)) : 0;

				late_next[k] = late_head[h];
				late_head[h] = k;
			}
		}
		for (k = late_head[fw_mix(c->lw, c->fw) >> (64 - late_bits)]; k != (size_t)-1; k = late_next[k]) {
			if (wlen[k] != c->fw || memcmp(shadow_lower + wstart[k], c->lw, c->fw))
				continue;
			if (cue_at(c, wstart[k]) && !pos_push(&pos, &n, &cap, wstart[k]))
				return NULL;
		}
	} else {
		const char *hay = c->cs ? shadow_base : shadow_get(), *wl = c->cs ? c->w : c->lw, *p, *end;

		if (!hay)
			return NULL;
		end = hay + shadow_len;

		for (p = hay; (size_t)(end - p) >= c->wl && (p = memmem(p, (size_t)(end - p), wl, c->wl)); p++)
			if (!pos_push(&pos, &n, &cap, (size_t)(p - hay)))
				return NULL;
	}
	if (pos && !late_push(id)) {
		cc_free(occ_ctx, pos);
		return NULL;
	}
	o->pos = pos;
	o->n = n;
	occ_stamp[id] = doc_stamp;
	return o;
}

/*
 * A one-word cue matching the front of a longer word that the span
 * [off, lim) cuts: not listed (see above), so tested here. Returns 1 when
 * cue w (lower case lw) matches at lim - wl and that place starts a word
 * or the span.
 */
static int cut_match(const char *w, const char *lw, size_t wl, int cs, size_t off, size_t lim)
{
	size_t q;

	if (lim >= shadow_len || !wordch(shadow_base[lim]) || !wordch(shadow_base[lim - 1]) || lim - off < wl)
		return 0;
	q = lim - wl;
	if (q > off && wordch(shadow_base[q - 1]))
		return 0;
	return cs ? !memcmp(shadow_base + q, w, wl) : ci_eq(shadow_base + q, lw, wl);
}

/* Search `w` in [s, s+len) at word boundaries; cs: case-sensitive. */
static const char *find_w(const char *s, size_t len, const char *w, int cs)
{
	size_t wl = strlen(w), k;
	char wlow[64];
	const char *hay = s, *p, *end;
	occ *o;
	long id;

	if (!wl || wl > len)
		return NULL;
	if (shadow_base && s >= shadow_base && s + len <= shadow_base + shadow_len &&
	    (id = cue_lookup(w, cs, wl)) >= 0 &&
	    (cue_core[id] || pass_mode == PASS_FULL || !cue_tab[id].fw || (pass_upgrade(), 1)) &&
	    (o = occ_of((size_t)id))) {
		size_t off = (size_t)(s - shadow_base), lim = off + len, lo = 0, hi = o->n;
		const char *t = shadow_base;

		if (o->words && off > 0 && wordch(t[off - 1])) {
			/* a match starting inside a word counts only at the span
			 * start (the bytes before the span do not count) */
			for (k = 0; k < wl && (cs ? t[off + k] == w[k] : lc(t[off + k]) == lc(w[k])); k++)
				;
			if (k == wl) {
				if (off + wl > lim)
					return NULL;
				if (!(off + wl < lim && wordch(t[off + wl]) && wordch(w[wl - 1])))
					return t + off;
			}
		}
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;

			if (o->pos[mid] < off)
				lo = mid + 1;
			else
				hi = mid;
		}
		for (; lo < o->n && o->pos[lo] + wl <= lim; lo++) {
			size_t q = o->pos[lo];

			if (q > off && wordch(t[q - 1]) && wordch(w[0]))
				continue;
			if (q + wl < lim && wordch(t[q + wl]) && wordch(w[wl - 1]))
				continue;
			return t + q;
		}
		if (o->words && cue_tab[id].fw == wl && cut_match(w, cue_tab[id].lw, wl, cs, off, lim))
			return t + lim - wl;
		return NULL;
	}
	if (!cs) {
		if (wl >= sizeof wlow || !shadow_base || s < shadow_base || s + len > shadow_base + shadow_len ||
		    !shadow_get()) {
			/* no shadow: the plain loop */
			size_t i;

			for (i = 0; i + wl <= len; i++) {
				for (k = 0; k < wl && lc(s[i + k]) == lc(w[k]); k++)
					;
				if (k < wl)
					continue;
				if (i > 0 && wordch(s[i - 1]) && wordch(w[0]))
					continue;
				if (i + wl < len && wordch(s[i + wl]) && wordch(w[wl - 1]))
					continue;
				return s + i;
			}
			return NULL;
		}
		for (k = 0; k < wl; k++)
			wlow[k] = (char)lc(w[k]);
		wlow[wl] = '\0';
		hay = shadow_lower + (s - shadow_base);
		w = wlow;
	}
	end = hay + len;
	for (p = hay; (size_t)(end - p) >= wl && (p = memmem(p, (size_t)(end - p), w, wl)); p++) {
		if (p > hay && wordch(p[-1]) && wordch(w[0]))
			continue;
		if (p + wl < end && wordch(p[wl]) && wordch(w[wl - 1]))
			continue;
		return s + (p - hay);
	}
	return NULL;
}

/*
 * Every occurrence of every cue of a list, merged in one array ordered by
 * text offset then by the cue's place in the list: first_cue asks for the
 * same lists over many spans, and one binary search then replaces a find_w
 * per cue. The list's cue ids are kept per thread (lists are static
 * tables, keyed by address); the merged array per document. ok 0: a cue
 * cannot be listed, so first_cue searches cue by cue.
 */
typedef struct cue_hit { size_t pos; size_t idx; } cue_hit;

typedef struct lreg {
	const char *const *list;
	int cs;
	unsigned short *ids; /* each cue's id; NULL: some cue cannot be listed */
	size_t ncue;
	unsigned stamp;      /* the document hit/n were made for */
	unsigned born;       /* the document it was registered in */
	int ok;
	int dup;             /* a cue is in the list twice */
	int allcore;         /* every cue is in the core pass tables */
	size_t maxid;        /* its largest cue id */
	cue_hit *hit;        /* ascending (pos, idx) */
	size_t n;
} lreg;

static _Thread_local lreg lreg_tab[LREG_SLOTS];
static _Thread_local size_t lreg_n;
static _Thread_local unsigned short lreg_pool[CUE_MAX * 2];
static _Thread_local size_t lreg_pool_n;
/* Lists by address: slot + 1 in a small open-addressed table (0: free). */
#define LREG_IDX 128
static _Thread_local unsigned char lreg_idx[LREG_IDX];
/* Per cue, while a merged list is made from hit_seq: how many of its
 * matches were passed (valid when cur_stamp is cur_gen). */
static _Thread_local unsigned cur_gen, cur_stamp[CUE_MAX], cur_val[CUE_MAX];

static inline size_t lreg_hash(const char *const *list, int cs)
{
	return (size_t)((((uint64_t)(uintptr_t)list >> 3) * 2u + (uint64_t)(cs != 0)) * 0x9E3779B97F4A7C15ull >> 57) &
	       (LREG_IDX - 1);
}

/* The document stamps wrapped (words_build_in): no list was born in the
 * new numbering yet. */
static void lcache_wrap(void)
{
	size_t k;

	for (k = 0; k < lreg_n; k++) {
		lreg_tab[k].born = 0;
		lreg_tab[k].stamp = 0;
	}
}

static int hit_cmp(const void *x, const void *y)
{
	const cue_hit *a = x, *b = y;

	if (a->pos != b->pos)
		return a->pos < b->pos ? -1 : 1;
	return a->idx < b->idx ? -1 : a->idx > b->idx;
}

static lreg *lreg_add(const char *const *list, int cs, size_t h);

/* List `list` (cs: searched case-sensitively) in this thread's registry,
 * registering it and its cues on first sight (lreg_add); NULL when the
 * registry is full. L->ids is NULL when a cue cannot be registered.
 * Inline: every list search starts here. */
static inline lreg *lreg_get(const char *const *list, int cs)
{
	size_t h = lreg_hash(list, cs);

	for (; lreg_idx[h]; h = (h + 1) & (LREG_IDX - 1))
		if (lreg_tab[lreg_idx[h] - 1].list == list && lreg_tab[lreg_idx[h] - 1].cs == cs)
			return &lreg_tab[lreg_idx[h] - 1];
	return lreg_add(list, cs, h);
}

/* Register list `list` at free slot h of lreg_idx. */
static lreg *lreg_add(const char *const *list, int cs, size_t h)
{
	size_t k, ncue;
	lreg *L = NULL;

	/* first sight of the list in this thread: register its cues */
	if (lreg_n == LREG_SLOTS)
		return NULL;
	for (ncue = 0; list[ncue]; ncue++)
		;
	lreg_idx[h] = (unsigned char)(lreg_n + 1); /* LREG_IDX > LREG_SLOTS: never full */
	L = &lreg_tab[lreg_n++];
	memset(L, 0, sizeof *L);
	L->list = list;
	L->cs = cs;
	L->ncue = ncue;
	L->born = doc_stamp;
	if (lreg_pool_n + ncue <= sizeof lreg_pool / sizeof lreg_pool[0]) {
		L->ids = lreg_pool + lreg_pool_n;
		for (k = 0; k < ncue; k++) {
			long id = cue_lookup(list[k], cs, strlen(list[k]));

			if (id < 0)
				break;
			L->ids[k] = (unsigned short)id;
		}
		if (k == ncue) {
			uint64_t bit = 1ull << (L - lreg_tab);

			lreg_pool_n += ncue;
			L->allcore = 1;
			for (k = 0; k < ncue; k++) {
				L->dup |= (cue_lists[L->ids[k]] & bit) != 0;
				cue_lists[L->ids[k]] |= bit;
				if (L->ids[k] > L->maxid)
					L->maxid = L->ids[k];
				L->allcore &= cue_core[L->ids[k]];
			}
		} else {
			L->ids = NULL;
		}
	}
	return L;
}

static const lreg *lcache_get(const char *const *list, int cs)
{
	size_t k, total = 0, j, slot;
	lreg *L = lreg_get(list, cs);

	if (!L || !L->ids)
		return NULL;
	if (pass_mode == PASS_CORE && !L->allcore)
		pass_upgrade();
	if (L->stamp == doc_stamp)
		return L->ok ? L : NULL;
	L->stamp = doc_stamp;
	L->ok = 0;
	L->n = 0;
	slot = (size_t)(L - lreg_tab);
	if (pass_ok && !L->dup && L->born != doc_stamp && L->maxid < doc_ncue &&
	    (pass_mode == PASS_FULL || L->allcore)) {
		/* every cue was in this document's pass, which counted the
		 * list's matches: walk them in text order (ties: list order) */
		total = list_cnt_stamp[slot] == doc_stamp ? list_cnt[slot] : 0;
		if (total) {
			if (!(L->hit = cc_malloc(occ_ctx, total * sizeof *L->hit)))
				return NULL;
			if (++cur_gen == 0) {
				memset(cur_stamp, 0, sizeof cur_stamp);
				cur_gen = 1;
			}
			for (j = 0; j < hit_nseq && L->n < total; j++) {
				size_t id = hit_seq[j], c, q, m;

				if (!(cue_lists[id] >> slot & 1))
					continue;
				c = cur_stamp[id] == cur_gen ? cur_val[id] : 0;
				cur_stamp[id] = cur_gen;
				cur_val[id] = (unsigned)c + 1;
				q = hit_pos[hit_first[id] + c];
				for (k = 0; L->ids[k] != id; k++)
					;
				for (m = L->n++; m > 0 && L->hit[m - 1].pos == q && L->hit[m - 1].idx > k; m--)
					L->hit[m] = L->hit[m - 1];
				L->hit[m].pos = q;
				L->hit[m].idx = k;
			}
		}
		L->ok = 1;
		return L;
	}
	for (k = 0; k < L->ncue; k++) {
		size_t id = L->ids[k];
		const occ *o;

		if (id < doc_ncue && pass_ok && (pass_mode == PASS_FULL || cue_core[id])) { /* listed by the pass: no occ needed */
			total += hit_stamp[id] == doc_stamp ? hit_cnt[id] : 0;
			continue;
		}
		if (!(o = occ_of(id)))
			return NULL;
		total += o->n;
	}
	if (total) {
		cue_hit *nh = cc_malloc(occ_ctx, total * sizeof *nh);

		if (!nh)
			return NULL;
		L->hit = nh;
		for (k = 0; k < L->ncue; k++) {
			size_t id = L->ids[k], n;
			const size_t *pos;

			if (id < doc_ncue && pass_ok && (pass_mode == PASS_FULL || cue_core[id])) {
				if (hit_stamp[id] != doc_stamp)
					continue;
				pos = hit_pos + hit_first[id];
				n = hit_cnt[id];
			} else {
				pos = occ_tab[id].pos;
				n = occ_tab[id].n;
			}
			for (j = 0; j < n; j++) {
				L->hit[L->n].pos = pos[j];
				L->hit[L->n++].idx = k;
			}
		}
		if (L->n > 1)
			qsort(L->hit, L->n, sizeof *L->hit, hit_cmp);
	}
	L->ok = 1;
	return L;
}

static void src_free(void);

static void lcache_free(void)
{
	size_t k;

	src_free();
	for (k = 0; k < lreg_n; k++) {
		if (lreg_tab[k].hit) /* (most lists have no matches in a document) */
			cc_free(occ_ctx, lreg_tab[k].hit);
		lreg_tab[k].hit = NULL;
		lreg_tab[k].n = 0;
		lreg_tab[k].stamp = 0;
	}
}

/* A document on the core pass asks for another cue: run the full pass
 * now. Every per-document listing is stamped with doc_stamp, which the
 * new pass renews, so nothing made from the core pass is used again (and
 * only search entry points call this, holding no listing). */
static void pass_upgrade(void)
{
	if (pass_mode != PASS_CORE)
		return;
	lcache_free();
	words_free();
	words_build_in(shadow_base, shadow_len, PASS_FULL);
}

/* Once per thread: register the core lists and put their cues in the
 * core tables (core_state -1 when a list cannot be registered: then
 * every pass is a full one). */
static void core_setup(void)
{
	const struct core_list {
		const char *const *list;
		int cs;
	} core[] = {
		{ VL(SURVEY_CUE), 0 }, { VL(ATTRIBUTION), 0 }, { VL(POLLSTER), 1 }, { VL(ORG_WORD), 1 },
		{ VL(OPINION_VERB), 0 },
	};
	size_t k, j;

	if (core_state)
		return;
	core_state = -1;
	for (k = 0; k < sizeof core / sizeof core[0]; k++) {
		lreg *L = lreg_get(core[k].list, core[k].cs);

		if (!L || !L->ids)
			return;
		for (j = 0; j < L->ncue; j++) {
			size_t id = L->ids[j];

			if (!cue_core[id]) {
				cue_core[id] = 1; /* a cue with no first word needs no pass */
				if (cue_tab[id].fw)
					table_add(PASS_CORE, (unsigned)id);
			}
		}
		L->allcore = 1;
		if (core[k].list == VL(SURVEY_CUE))
			core_watch = 1ull << (L - lreg_tab);
	}
	for (k = 0; k < FW_SLOTS; k++) {
		uint32_t gate = 0;
		unsigned g, c;

		for (g = tb_head[PASS_CORE][k]; g; g = tb_fwnext[PASS_CORE][g - 1])
			for (c = g; c; c = tb_grpnext[PASS_CORE][c - 1])
				gate |= cue_h[c - 1].wl <= cue_h[c - 1].fw + 1 ? GATE_ALL
									 : 1u << ((cue_h[c - 1].nx1 | 0x20) & 31);
		core_gate[k] = gate;
	}
	core_state = 1;
}

/*
 * The acceptable matches of a list's cues in the span [s, s+len), in text
 * order (ties: list order), then the one-word cues cut by the span's end:
 * what find_w would accept for each cue, from the merged list. 0 from
 * cue_iter_start when the list cannot be used (a cue cannot be listed, or
 * the span does not start at a word boundary and `mid` is 0): search cue
 * by cue then. With `mid`, a span that starts inside a word first yields
 * the cues that find_w accepts at its very start (see find_w), in list
 * order: they are the earliest matches there can be, which is all that
 * first_cue asks.
 */
typedef struct cue_iter {
	const lreg *L;
	const char *const *list;
	size_t i, off, lim;
	size_t head; /* next list entry to test at the span's start; L->ncue: done */
	size_t cut;  /* next list entry to test for a cut match; L->ncue: done */
	size_t cutlen; /* the only cue length that can match there (see below) */
} cue_iter;

static int cue_iter_start(cue_iter *it, const char *s, size_t len, const char *const *list, int cs, int mid)
{
	size_t lo = 0, hi;
	int inword;

	if (!shadow_base || s < shadow_base || s + len > shadow_base + shadow_len)
		return 0;
	inword = s != shadow_base && wordch(s[-1]);
	if ((inword && !mid) || !(it->L = lcache_get(list, cs)))
		return 0;
	it->list = list;
	it->off = (size_t)(s - shadow_base);
	it->lim = it->off + len;
	/* (a cue that find_w tests there begins with a word byte) */
	it->head = inword && it->off < shadow_len && wordch(shadow_base[it->off]) ? 0 : it->L->ncue;
	hi = it->L->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (it->L->hit[mid].pos < it->off)
			lo = mid + 1;
		else
			hi = mid;
	}
	it->i = lo;
	it->cut = it->lim < shadow_len && it->lim > it->off && wordch(shadow_base[it->lim]) &&
			  wordch(shadow_base[it->lim - 1]) ? 0 : it->L->ncue;
	if (it->cut == 0) {
		/* a cut match (cut_match) is a one-word cue ending at lim that
		 * starts the cut word, or the span when the word begins before
		 * it: so only a cue of this length can be one */
		size_t q = it->lim;

		while (q > it->off && wordch(shadow_base[q - 1]))
			q--;
		it->cutlen = it->lim - q;
	}
	return 1;
}

/* The next match (its list index in *idx), or NULL. */
static const char *cue_iter_next(cue_iter *it, size_t *idx)
{
	const lreg *L = it->L;
	const char *t = shadow_base;

	/* find_w's test at a span start inside a word: a words cue
	 * matching right there, not running on into a word byte inside the
	 * span */
	for (; it->head < L->ncue; it->head++) {
		size_t id = L->ids[it->head], wl = cue_tab[id].wl, k;
		const char *w = it->list[it->head];
		occ *o;

		if (it->off + wl > it->lim)
			continue;
		if (cue_tab[id].cs) {
			if (memcmp(t + it->off, w, wl))
				continue;
		} else {
			for (k = 0; k < wl && lc(t[it->off + k]) == lc(w[k]); k++)
				;
			if (k < wl)
				continue;
		}
		if (!(o = occ_of(id)) || !o->words)
			continue;
		if (it->off + wl < it->lim && wordch(t[it->off + wl]) && wordch(w[wl - 1]))
			continue;
		*idx = it->head++;
		return t + it->off;
	}
	for (; it->i < L->n && L->hit[it->i].pos < it->lim; it->i++) {
		size_t q = L->hit[it->i].pos, k = L->hit[it->i].idx;
		const char *w = it->list[k];
		size_t wl = cue_tab[L->ids[k]].wl;

		if (q + wl > it->lim)
			continue;
		if (q > it->off && wordch(t[q - 1]) && wordch(w[0]))
			continue;
		if (q + wl < it->lim && wordch(t[q + wl]) && wordch(w[wl - 1]))
			continue;
		it->i++;
		*idx = k;
		return t + q;
	}
	for (; it->cut < L->ncue; it->cut++) {
		const cue *c = &cue_tab[L->ids[it->cut]];

		if (c->wl == it->cutlen && c->fw == c->wl && cut_match(c->w, c->lw, c->wl, c->cs, it->off, it->lim)) {
			*idx = it->cut++;
			return t + it->lim - c->wl;
		}
	}
	return NULL;
}

/* First cue of `list` found in the span; *at receives its position. */
static const char *first_cue(const char *s, size_t len, const char *const *list, int cs, const char **at)
{
	const char *best = NULL, *bestw = NULL, *p;
	cue_iter it;

	if (cue_iter_start(&it, s, len, list, cs, 1)) {
		/* find_w's earliest answer over the list (ties: the earlier
		 * cue): the first match at the span's start or listed, then
		 * any earlier cut match */
		size_t k, bidx = 0;

		while ((p = cue_iter_next(&it, &k))) {
			if (!best || p < best || (p == best && k < bidx)) {
				best = p;
				bidx = k;
				bestw = list[k];
			}
			it.i = it.L->n; /* later listed matches are not earlier */
		}
		if (at)
			*at = best;
		return bestw;
	}
	for (; *list; list++)
		if ((p = find_w(s, len, *list, cs)) && (!best || p < best)) {
			best = p;
			bestw = *list;
		}
	if (at)
		*at = best;
	return bestw;
}

/*
 * Where any cue of a set of lists occurs in the document (the merged
 * offsets of their listings, made on the first span asked about in a
 * document): a span with none of them, whose ends are not inside words
 * (so that no search can match at its start or cut a word at its end:
 * its first byte or the one before is not a word byte, and so for its
 * last), holds no cue of the set, in one binary search instead of a list
 * search per list. Most sentences asked about name no source and report
 * no survey.
 */
enum { SET_SOURCE, SET_SURVEY_SELF, SET_SURVEY_DATED, SET_SURVEY, SET_OPINION, NSETS };
static const struct cue_set {
	enum cc_vocab_id list[3];
	int cs[3];
	int n;
} cue_sets[NSETS] = {
	{ { CC_V_ATTRIBUTION, CC_V_POLLSTER, CC_V_ORG_WORD }, { 0, 1, 1 }, 3 },
	{ { CC_V_SURVEY_CUE, CC_V_SELFSELECT }, { 0, 0 }, 2 },
	{ { CC_V_SURVEY_CUE, CC_V_SURVEY_DATED }, { 0, 0 }, 2 },
	{ { CC_V_SURVEY_CUE }, { 0 }, 1 },
	{ { CC_V_OPINION_VERB }, { 0 }, 1 },
};
static _Thread_local struct set_cache {
	size_t *pos;
	size_t n;
	unsigned stamp; /* the document it was made for (0: none) */
	int ok;
} set_tab[NSETS];

static void src_free(void)
{
	size_t k;

	for (k = 0; k < NSETS; k++) {
		if (set_tab[k].pos)
			cc_free(occ_ctx, set_tab[k].pos);
		set_tab[k].pos = NULL;
		set_tab[k].n = 0;
		set_tab[k].stamp = 0;
	}
}

/* Make set_tab[set] for this document; 0 when a list cannot be used. */
static int set_make(int set)
{
	const struct cue_set *cs = &cue_sets[set];
	struct set_cache *S = &set_tab[set];
	const lreg *L[3];
	size_t i[3] = { 0, 0, 0 }, n = 0, k;
	int tries;

	cc_free(occ_ctx, S->pos);
	S->pos = NULL;
	S->n = 0;
	S->ok = 0;
	/* a list search may run the full pass (renewing doc_stamp and every
	 * listing): then get them again, the pass being full now */
	for (tries = 0; tries < 2; tries++) {
		unsigned stamp = doc_stamp;

		for (k = 0; k < (size_t)cs->n; k++)
			if (!(L[k] = lcache_get(cc_vocab_list(cs->list[k]), cs->cs[k])))
				break;
		if (stamp == doc_stamp)
			break;
	}
	S->stamp = doc_stamp;
	if (tries == 2 || k < (size_t)cs->n)
		return 0;
	for (k = 0; k < (size_t)cs->n; k++)
		n += L[k]->n;
	if (n && !(S->pos = cc_malloc(occ_ctx, n * sizeof *S->pos)))
		return 0;
	/* merge the ascending lists */
	while (S->n < n) {
		size_t best = 3;

		for (k = 0; k < (size_t)cs->n; k++)
			if (i[k] < L[k]->n && (best == 3 || L[k]->hit[i[k]].pos < L[best]->hit[i[best]].pos))
				best = k;
		S->pos[S->n++] = L[best]->hit[i[best]++].pos;
	}
	S->ok = 1;
	return 1;
}

/* Does [a, b) surely hold no cue of the set? */
static int span_lacks(int set, size_t a, size_t b)
{
	const char *t = shadow_base;
	const struct set_cache *S = &set_tab[set];
	size_t lo = 0, hi;

	if (!t || a > b || (a > 0 && a < shadow_len && wordch(t[a - 1]) && wordch(t[a])) ||
	    (b < shadow_len && b > a && wordch(t[b]) && wordch(t[b - 1])))
		return 0;
	if (S->stamp != doc_stamp && !set_make(set))
		return 0;
	if (!S->ok)
		return 0;
	hi = S->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (S->pos[mid] < a)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo == S->n || S->pos[lo] >= b;
}

/* ------------------------------------------------------------ positions */

/* Text offset of input offset `src` (the map is non-decreasing). */
static size_t text_pos(const cc_doc *doc, size_t src)
{
	size_t lo = 0, hi = doc->text_len;

	if (!doc->map)
		return src < doc->text_len ? src : doc->text_len;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (doc->map[mid] < src)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Sentence index holding text position pos; the sentence count when the
 * document has no sentences (then everything is one sentence). */
static size_t sentence_at(const cc_doc *doc, size_t pos)
{
	size_t lo = 0, hi = doc->nsentences;

	if (!doc->nsentences)
		return 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (doc->sentences[mid].end <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < doc->nsentences ? lo : doc->nsentences - 1;
}

/* The first sentence a scope starting at sc_a can touch (the ones before
 * end at or before it): a scope's loops start here, so the surveys of a
 * document cost their own sentences, not every sentence each. */
static size_t scope_first_sentence_at(const cc_doc *doc, size_t sc_a)
{
	return doc->nsentences ? sentence_at(doc, sc_a) : 0;
}

static void sentence_span(const cc_doc *doc, size_t k, size_t *a, size_t *b)
{
	if (!doc->nsentences || k >= doc->nsentences) {
		*a = 0;
		*b = doc->text_len;
		return;
	}
	*a = doc->sentences[k].start;
	*b = doc->sentences[k].end;
	if (*b > doc->text_len)
		*b = doc->text_len;
	if (*a > *b)
		*a = *b;
}

static size_t paragraph_of(const cc_doc *doc, size_t k)
{
	return doc->nsentences && k < doc->nsentences ? doc->sentences[k].paragraph : 0;
}

static size_t claim_sentence(const cc_doc *doc, size_t i)
{
	const cc_claim *c = &doc->claims[i];

	if (doc->nsentences && c->sentence < doc->nsentences)
		return c->sentence;
	return sentence_at(doc, text_pos(doc, c->start));
}

/* Where the article body starts: after a dateline ("Oxford, 2 April 2024
 * --") so its month is not read as fieldwork. */
static size_t body_start(const cc_doc *doc)
{
	const char *t = doc->text;
	size_t n = doc->text_len < 80 ? doc->text_len : 80, i;

	/* a dash only counts after a digit */
	for (i = 0; i < n && !isdigit((unsigned char)t[i]); i++)
		;
	for (; i < n; i++) {
		unsigned char c = (unsigned char)t[i];

		if (c == 0xE2) {
			if (i + 3 <= doc->text_len && (unsigned char)t[i + 1] == 0x80 &&
			    ((unsigned char)t[i + 2] == 0x94 || (unsigned char)t[i + 2] == 0x93))
				return i + 3;
		} else if (c == '-') {
			if (i + 2 < doc->text_len && t[i + 1] == '-')
				return i + 2;
		} else if (c == '\n') {
			break;
		}
	}
	return 0;
}

/* The twelve full month names, January first (the first rows of class
 * month, lower case; v[0] is the month's number). */
static const cc_vocab_row *month_names(void)
{
	size_t n;
	const cc_vocab_row *r = cc_vocab_rows(CC_V_MONTH, &n);

	assert(n >= 12 && r[0].v[0] == 1 && r[11].v[0] == 12);
	return r;
}

/* The dateline's date ("Oxford, 2 April 2024 --", "Washington, Sept. 10,
 * 2024 --") when no --date was given and no earlier step set one: a
 * capitalised word starting with a month name's first three letters. */
static void dateline_date(cc_doc *doc, size_t body)
{
	const cc_vocab_row *month = month_names();
	const char *t = doc->text;
	size_t i;
	int d = 0, m = 0, y = 0;

	if (doc->date_y || !body)
		return;
	for (i = 0; i < body; i++) {
		if (isdigit((unsigned char)t[i])) {
			int v = 0;

			/* saturate: a long digit run must not overflow int (any value
			 * this large is neither a year nor a day) */
			while (i < body && isdigit((unsigned char)t[i])) {
				v = v < 100000 ? v * 10 + (t[i] - '0') : 100000;
				i++;
			}
			if (v >= 1900 && v <= 2100)
				y = v;
			else if (v >= 1 && v <= 31)
				d = v;
		}
		if (i + 3 <= body && isalpha((unsigned char)t[i]) && (i == 0 || !isalpha((unsigned char)t[i - 1]))) {
			size_t k;

			for (k = 0; k < 12; k++)
				if (!strncasecmp(t + i, month[k].phrase, 3) && isupper((unsigned char)t[i]))
					m = (int)month[k].v[0];
		}
	}
	if (y && m && d) {
		doc->date_y = y;
		doc->date_m = m;
		doc->date_d = d;
		snprintf(doc->date, sizeof doc->date, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u,
			 (unsigned)d % 100u);
	}
}

/* ------------------------------------------------------------ phrases */

/* A number at p ("1,234"); -1 when none. *end after it. */
static double number_at(const char *p, const char *lim, const char **end)
{
	double v = 0;
	int any = 0;

	while (p < lim && (isdigit((unsigned char)*p) || (*p == ',' && any && p + 1 < lim && isdigit((unsigned char)p[1])))) {
		if (*p != ',')
			v = v * 10 + (*p - '0');
		any = 1;
		p++;
	}
	if (p < lim && *p == '.' && p + 1 < lim && isdigit((unsigned char)p[1]) && any) {
		double f = 0.1;

		for (p++; p < lim && isdigit((unsigned char)*p); p++, f /= 10)
			v += (*p - '0') * f;
	}
	*end = p;
	return any ? v : -1;
}

/* The noun phrase after "by " at p: words up to punctuation or a stop
 * word, at most 8 words. Returns its length (0 none). */
static size_t name_after(const char *p, const char *lim)
{
	const char *q = p, *end = p;
	int words = 0;

	while (q < lim && words < 8) {
		const char *w = q;
		size_t n;

		while (q < lim && (wordch(*q) || *q == '-' || *q == '&' || *q == '.'))
			q++;
		n = (size_t)(q - w);
		while (n && w[n - 1] == '.')
			n--;
		if (!n || row_ci(CC_V_NAME_STOP, w, n))
			break;
		end = w + n;
		words++;
		if (q < lim && *q == ' ')
			q++;
		else
			break;
	}
	return (size_t)(end - p);
}

/* The noun phrase that ends at p (backwards to a sentence start, comma or
 * a lower-case function word), for "X's survey" and "X, which polled". */
static const char *name_before(const char *start, const char *p)
{
	const char *q = p;
	int words = 0;

	while (q > start && words < 6) {
		const char *e = q, *w;

		while (q > start && q[-1] == ' ')
			q--;
		e = q;
		while (q > start && (wordch(q[-1]) || q[-1] == '-' || q[-1] == '&' || q[-1] == '.'))
			q--;
		w = q;
		if (w == e)
			break;
		words++;
		if (w == start || !(w[-1] == ' '))
			return w;
		/* stop after a determiner */
		if (row_ci(CC_V_NAME_DET, w, (size_t)(e - w)))
			return w;
	}
	return q;
}

static const char *pollster_in(const char *s, size_t len)
{
	return first_cue(s, len, VL(POLLSTER), 1, NULL);
}

/* Type of a commissioner phrase; the cue word through *cue. */
static const char *classify(const char *s, size_t len, const char **cue)
{
	size_t k, n;
	const cc_vocab_row *r = cc_vocab_rows(CC_V_COMMISSIONER_TYPE, &n);

	*cue = NULL;
	if (pollster_in(s, len)) {
		*cue = pollster_in(s, len);
		return "pollster";
	}
	/* (any of them at all first: one search for most names) */
	if (!first_cue(s, len, VL(COMMISSIONER_TYPE), 0, NULL))
		return NULL;
	for (k = 0; k < n; k++)
		if (find_w(s, len, r[k].phrase, 0)) {
			*cue = r[k].phrase;
			return r[k].str;
		}
	return NULL;
}

/* ------------------------------------------------------------ survey fields */

typedef struct scope {
	size_t a, b;            /* text span the survey's cues are read from */
} scope;

static void set_commissioner(cc_doc *doc, cc_survey_info *s, const char *p, size_t n)
{
	const char *cue;
	const char *type;

	while (n && (p[n - 1] == ' ' || p[n - 1] == ','))
		n--;
	if (!n || s->commissioner)
		return;
	type = classify(p, n, &cue);
	if (type && !strcmp(type, "pollster") && !s->fieldwork_org)
		s->fieldwork_org = cc_doc_strndup(doc, p, n);
	s->commissioner = cc_doc_strndup(doc, p, n);
	s->commissioner_type = type;
	s->commissioner_cue = cue;
}

/* Commissioner patterns: "commissioned by X", "<survey> ... by X",
 * "<survey> for X", "X's <survey>", "X, which polled". */
static void find_commissioner(cc_doc *doc, cc_survey_info *s, const scope *sc)
{
	const char *t = doc->text, *lim = t + sc->b, *p;
	size_t k, nn;
	const cc_vocab_row *noun = cc_vocab_rows(CC_V_COMMISSION_NOUN, &nn);

	for (p = t + sc->a; (p = find_w(p, (size_t)(lim - p), "commissioned by", 0)); p += 15) {
		size_t n = name_after(p + 16, lim);

		if (n) {
			set_commissioner(doc, s, p + 16, n);
			return;
		}
	}
	/* "<survey noun> ... by X" within a short window, same sentence */
	for (k = 0; k < nn; k++) {
		for (p = t + sc->a; (p = find_w(p, (size_t)(lim - p), noun[k].phrase, 0)); p++) {
			const char *q = p + strlen(noun[k].phrase), *w = q, *by;
			size_t win = 0;

			while (w < lim && win < 90 && *w != '.' && *w != ';' && *w != '\n') {
				w++;
				win++;
			}
			by = find_w(q, (size_t)(w - q), "by", 0);
			if (!by) {
				/* "a poll of 1,200 adults for the campaign group X": "for"
				 * then a name (a capital, or "the" and a capital later) */
				const char *f = find_w(q, (size_t)(w - q), "for", 0), *x;
				int named = 0;

				if (!f)
					continue;
				for (x = f + 4; x < w && x < f + 40 && *x != ','; x++)
					if (isupper((unsigned char)*x))
						named = 1;
				if (!named)
					continue;
				by = f + 3;
			} else {
				by += 2;
			}
			while (by < w && *by == ' ')
				by++;
			{
				size_t n = name_after(by, w);
				const char *cue, *type;

				if (!n)
					continue;
				type = classify(by, n, &cue);
				/* "carried out by telephone": a mode, not a name */
				if (first_cue(by, n, VL(NOT_NAME), 0, NULL))
					continue;
				if (type && !strcmp(type, "pollster")) {
					if (!s->pollster)
						s->pollster = cue;
					if (!s->fieldwork_org)
						s->fieldwork_org = cc_doc_strndup(doc, by, n);
					continue;
				}
				if (row_is(&noun[k], "fieldwork")) {
					/* "surveyed by the Gazette": commissioner and fieldwork */
					if (!s->fieldwork_org)
						s->fieldwork_org = cc_doc_strndup(doc, by, n);
				}
				set_commissioner(doc, s, by, n);
				if (s->commissioner)
					return;
			}
		}
	}
	/* "X's (own|online|new|two...) survey" */
	for (k = 0; k < nn; k++) {
		if (!row_is(&noun[k], "possessive"))
			continue;
		for (p = t + sc->a; (p = find_w(p, (size_t)(lim - p), noun[k].phrase, 0)); p++) {
			const char *q = p, *apos = NULL;
			int words = 0;

			/* walk back over up to two modifiers to a possessive */
			while (q > t + sc->a && words < 3) {
				const char *e;

				while (q > t + sc->a && q[-1] == ' ')
					q--;
				e = q;
				if (e - (t + sc->a) >= 2 && e[-1] == 's' && e[-2] == '\'') {
					apos = e - 2;
					break;
				}
				if (e - (t + sc->a) >= 4 && (unsigned char)e[-1] == 's' && (unsigned char)e[-2] == 0x99 &&
				    (unsigned char)e[-3] == 0x80 && (unsigned char)e[-4] == 0xE2) {
					apos = e - 4;
					break;
				}
				while (q > t + sc->a && (isalnum((unsigned char)q[-1]) || q[-1] == '-'))
					q--;
				if (q == e)
					break;
				words++;
			}
			if (apos) {
				const char *w = name_before(t + sc->a, apos);

				if (apos > w && strncasecmp(w, "its", 3)) {
					set_commissioner(doc, s, w, (size_t)(apos - w));
					return;
				}
			}
		}
	}
	/* "The campaign group X commissioned Deltapoll to survey ..." */
	for (p = t + sc->a; (p = find_w(p, (size_t)(lim - p), "commissioned", 0)); p += 12) {
		const char *w;

		if (lim - p > 15 && !strncasecmp(p + 12, " by", 3))
			continue;
		w = name_before(t + sc->a, p);
		if (p > w + 1 && isupper((unsigned char)*w) == 0 && strncasecmp(w, "the ", 4))
			continue;
		if (p > w + 1) {
			set_commissioner(doc, s, w, (size_t)(p - w));
			if (s->commissioner)
				return;
		}
	}
	/* "X, which polled ...": the first "which polled" after ", " */
	{
		const cc_vocab_row *which = cc_vocab_rows(CC_V_COMMISSION_WHICH, &nn);

		for (k = 0; k < nn; k++) {
			for (p = t + sc->a; (p = find_w(p, (size_t)(lim - p), which[k].phrase, 0)); p++)
				if (p - (t + sc->a) >= 2 && p[-2] == ',' && p[-1] == ' ')
					break;
			if (p) {
				const char *w = name_before(t + sc->a, p - 2);

				if (p - 2 > w) {
					set_commissioner(doc, s, w, (size_t)(p - 2 - w));
					return;
				}
			}
		}
	}
}

/* "X carried out a survey", "Ipsos interviewed ...": the fieldwork body. */
static void find_fieldwork(cc_doc *doc, cc_survey_info *s, const scope *sc)
{
	const char *t = doc->text, *lim = t + sc->b, *p, *who;
	size_t k, i, nby, nsubj;
	const cc_vocab_row *by = cc_vocab_rows(CC_V_FIELDWORK_BY, &nby);
	const cc_vocab_row *subj = cc_vocab_rows(CC_V_FIELDWORK_VERB, &nsubj);

	if ((who = pollster_in(t + sc->a, sc->b - sc->a))) {
		s->pollster = who;
		if (!s->fieldwork_org)
			s->fieldwork_org = who;
	}
	if (s->fieldwork_org)
		return;
	for (k = 0; k < nby; k++)
		for (p = t + sc->a; (p = find_w(p, (size_t)(lim - p), by[k].phrase, 0)); p++) {
			const char *q = p + strlen(by[k].phrase) + 1;
			size_t n = q < lim ? name_after(q, lim) : 0;

			if (n && !first_cue(q, n, VL(PHONE_WORD), 0, NULL)) {
				s->fieldwork_org = cc_doc_strndup(doc, q, n);
				return;
			}
		}
	/* a sentence that opens "<Name> <verb>" */
	for (i = scope_first_sentence_at(doc, sc->a); i < doc->nsentences || i == 0; i++) {
		size_t a, b;

		sentence_span(doc, i, &a, &b);
		if (a >= sc->b) /* this one and all after lie past the scope */
			break;
		if (a < sc->a || b > sc->b)
			continue;
		while (a < b && isspace((unsigned char)t[a]))
			a++;
		/* most sentences hold none of the verbs: one search says so */
		for (k = first_cue(t + a, b - a < 50 ? b - a : 50, VL(FIELDWORK_VERB), 0, NULL) ? 0 : nsubj; k < nsubj; k++) {
			const char *v = find_w(t + a, b - a < 50 ? b - a : 50, subj[k].phrase, 0);
			const char *x;
			int digits = 0;

			if (!v || v == t + a)
				continue;
			for (x = t + a; x < v; x++)
				if (isdigit((unsigned char)*x) || *x == ',')
					digits = 1;
			if (digits || find_w(t + a, (size_t)(v - (t + a)), "survey", 0) ||
			    find_w(t + a, (size_t)(v - (t + a)), "poll", 0))
				continue;
			s->fieldwork_org = cc_doc_strndup(doc, t + a, (size_t)(v - (t + a)) - 1);
			return;
		}
		if (!doc->nsentences)
			break;
	}
}

/* Fieldwork dates: a month named in a survey sentence ("between 1 and
 * 15 August 2023", "from March 1 to 20", "in May"). The last one read
 * is the end of fieldwork. */
static void find_dates(cc_doc *doc, cc_survey_info *s, const scope *sc, size_t body)
{
	const char *t = doc->text;
	const cc_vocab_row *month = month_names();
	size_t i, k;

	for (i = scope_first_sentence_at(doc, sc->a); i < doc->nsentences || i == 0; i++) {
		size_t a, b;

		sentence_span(doc, i, &a, &b);
		if (a >= sc->b) /* this one and all after lie past the scope */
			break;
		if (b <= sc->a || a >= sc->b)
			continue;
		if (a < body)
			a = body < b ? body : b;
		/* (dated: the other words that make a survey sentence here) */
		if (span_lacks(SET_SURVEY_DATED, a, b) ||
		    (!first_cue(t + a, b - a, VL(SURVEY_CUE), 0, NULL) && !first_cue(t + a, b - a, VL(SURVEY_DATED), 0, NULL)))
			continue;
		if (find_w(t + a, b - a, "fieldwork", 0))
			s->has_dates = 1;
		/* most survey sentences name no month: one search says so (over
		 * every month word, in any case: only ever more than the names) */
		for (k = first_cue(t + a, b - a, VL(MONTH), 0, NULL) ? 0 : 12; k < 12; k++) {
			const char *p = t + a, *lim = t + b;
			size_t ml = strlen(month[k].phrase);

			for (; (p = find_w(p, (size_t)(lim - p), month[k].phrase, 0)); p++) {
				const char *q = p + ml, *e;
				double y = -1;
				int look;

				/* the name as written: capitalised ("May", not "may") */
				if (*p != toupper((unsigned char)month[k].phrase[0]) || memcmp(p + 1, month[k].phrase + 1, ml - 1))
					continue;
				s->has_dates = 1;
				/* a year within a few bytes after the month */
				for (look = 0; q < lim && look < 8 && y < 0; look++, q++)
					if (isdigit((unsigned char)*q)) {
						y = number_at(q, lim, &e);
						if (y < 1900 || y > 2100) {
							y = -1;
							q = e;
						}
					}
				if (y > 0 && (s->fieldwork_end_y * 12 + s->fieldwork_end_m) <= (int)y * 12 + (int)month[k].v[0]) {
					s->fieldwork_end_y = (int)y;
					s->fieldwork_end_m = (int)month[k].v[0];
				}
				p += ml - 1;
			}
		}
		if (!doc->nsentences)
			break;
	}
}

/* A quoted question: an opening quote, then '?' before the closing one. */
static int find_wording(const cc_doc *doc, const scope *sc)
{
	const char *t = doc->text, *q = t + sc->a, *end = t + sc->b;
	size_t i, j;

	for (; q < end && (q = memchr(q, '?', (size_t)(end - q))); q++) {
		i = (size_t)(q - t);
		for (j = i; j > sc->a && i - j < 300; j--) {
			unsigned char c = (unsigned char)t[j - 1];

			if (c == '"' || (c == '\'' && (j < 2 || t[j - 2] == ' ' || t[j - 2] == ':')))
				return 1;
			if (j >= 3 && (unsigned char)t[j - 3] == 0xE2 && (unsigned char)t[j - 2] == 0x80 &&
			    (c == 0x9C || c == 0x98))
				return 1;
		}
	}
	return 0;
}

/* Stated population size: "146 of the 650 MPs", "covered the 43 police
 * forces", "all 43 forces were surveyed". */
static double find_population(const cc_doc *doc, const scope *sc, double n)
{
	const char *t = doc->text, *lim = t + sc->b, *p, *e;
	size_t k, nc;
	const cc_vocab_row *census = cc_vocab_rows(CC_V_CENSUS, &nc);
	double N;

	for (p = t + sc->a; (p = find_w(p, (size_t)(lim - p), "of the", 0)); p += 6) {
		const char *b = p, *q = p + 7;

		if (q >= lim || !isdigit((unsigned char)*q))
			continue;
		N = number_at(q, lim, &e);
		/* the number just before "of the" must be the sample */
		while (b > t + sc->a && b[-1] == ' ')
			b--;
		while (b > t + sc->a && (isdigit((unsigned char)b[-1]) || b[-1] == ','))
			b--;
		if (b < p && isdigit((unsigned char)*b) && fabs(number_at(b, p, &e) - n) < 0.5 && N > 0)
			return N;
	}
	for (k = 0; k < nc; k++)
		for (p = t + sc->a; (p = find_w(p, (size_t)(lim - p), census[k].phrase, 0)); p++) {
			const char *q = p + strlen(census[k].phrase);

			while (q < lim && *q == ' ')
				q++;
			if (q < lim && isdigit((unsigned char)*q) && fabs((N = number_at(q, lim, &e)) - n) < 0.5)
				return N;
		}
	return 0;
}

/* "a design effect of 1.4", "weighting efficiency of 70%": the first
 * number after the first such cue (class deff_cue, whose row says how
 * the number reads), when it is in range. */
static double find_deff(const cc_doc *doc, const scope *sc)
{
	const char *t = doc->text, *lim = t + sc->b, *p, *e;
	size_t k, n;
	const cc_vocab_row *r = cc_vocab_rows(CC_V_DEFF_CUE, &n);
	double v;

	for (k = 0; k < n; k++) {
		if (!(p = find_w(t + sc->a, sc->b - sc->a, r[k].phrase, 0)))
			continue;
		for (p += strlen(r[k].phrase); p < lim && !isdigit((unsigned char)*p) && *p != '.'; p++)
			;
		if (p >= lim)
			continue;
		v = number_at(p, lim, &e);
		if (row_is(&r[k], "deff") && v >= 1 && v < 20)
			return v;
		if (row_is(&r[k], "efficiency") && v > 1 && v <= 100)
			return 100 / v;
	}
	return 0;
}

/* A self-selection cue, skipping capitalised words inside a name ("the
 * Rail Users Campaign" is not a cue; "Readers who..." opening a sentence is). */
static const char *selfselect_cue(const cc_doc *doc, const scope *sc, const char **at)
{
	const char *t = doc->text, *lim = t + sc->b, *best = NULL, *p;
	size_t k = 0, n;
	const cc_vocab_row *r = cc_vocab_rows(CC_V_SELFSELECT, &n), *bestr = NULL;

	/* none of the cues in the scope (the usual case): one search says so */
	if (!first_cue(t + sc->a, sc->b - sc->a, VL(SELFSELECT), 0, NULL))
		k = n;
	for (; k < n; k++)
		for (p = t + sc->a; (p = find_w(p, (size_t)(lim - p), r[k].phrase, 0)); p++) {
			const char *q = p;

			if (isupper((unsigned char)*p)) {
				while (q > t && q[-1] == ' ')
					q--;
				if (q > t && q[-1] != '.' && q[-1] != '\n' && q[-1] != '"' && q[-1] != '!' &&
				    q[-1] != '?')
					continue;
			}
			if (!best || p < best) {
				best = p;
				bestr = &r[k];
			}
			break;
		}
	/* weak cues ("users", "readers", "took part") give way to a stated
	 * random or representative selection */
	if (bestr && row_is(bestr, "weak") && first_cue(t + sc->a, sc->b - sc->a, VL(RANDOM_SELECTION), 0, NULL)) {
		bestr = NULL;
		best = NULL;
	}
	*at = best;
	return bestr ? bestr->phrase : NULL;
}

/* "new" or "latest" shortly before a survey noun ("a new online poll"). */
static int new_survey(const cc_doc *doc, const scope *sc)
{
	const char *t = doc->text, *lim = t + sc->b, *p;
	size_t k, n;
	const cc_vocab_row *adj = cc_vocab_rows(CC_V_NEW_ADJ, &n);

	for (k = 0; k < n; k++)
		for (p = t + sc->a; (p = find_w(p, (size_t)(lim - p), adj[k].phrase, 0)); p++) {
			size_t w = (size_t)(lim - p) < 30 ? (size_t)(lim - p) : 30;

			if (first_cue(p, w, VL(COMMISSION_NOUN), 0, NULL))
				return 1;
		}
	return 0;
}

static void fill_survey(cc_doc *doc, cc_survey_info *s, const scope *sc, size_t body)
{
	const char *t = doc->text, *at, *cue;
	size_t k, n;
	const cc_vocab_row *mode = cc_vocab_rows(CC_V_SURVEY_MODE, &n);

	find_commissioner(doc, s, sc);
	find_fieldwork(doc, s, sc);
	find_dates(doc, s, sc, body);
	for (k = first_cue(t + sc->a, sc->b - sc->a, VL(SURVEY_MODE), 0, NULL) ? 0 : n; k < n; k++)
		if (find_w(t + sc->a, sc->b - sc->a, mode[k].phrase, 0)) {
			s->has_mode = 1;
			s->mode = mode[k].str;
			break;
		}
	if (first_cue(t + sc->a, sc->b - sc->a, VL(SURVEY_SELECTION), 0, NULL))
		s->has_selection = 1;
	if ((cue = selfselect_cue(doc, sc, &at)))
		s->selfselect_cue = cc_doc_strndup(doc, at, strlen(cue));
	if (first_cue(t + sc->a, sc->b - sc->a, VL(OPTIN), 0, NULL))
		s->opt_in = 1;
	if (first_cue(t + sc->a, sc->b - sc->a, VL(NEW_SURVEY), 0, NULL) || new_survey(doc, sc))
		s->is_new = 1;
	if (first_cue(t + sc->a, sc->b - sc->a, VL(SURVEY_GEO), 1, NULL))
		s->has_geography = 1;
	s->has_wording = find_wording(doc, sc);
	s->deff = find_deff(doc, sc);
	if (s->sample_claim >= 0)
		s->population_size = find_population(doc, sc, doc->claims[s->sample_claim].value);
}

/* ------------------------------------------------------------ claims */

/* How much a sample_size claim looks like the sample of a survey: a
 * survey word before it ("a survey of 20 hospitals", "polled 2,000"), a
 * group noun of its own; a verb right after it ("26 had cancelled") makes
 * it a count of answers instead. */
static int sample_score(const cc_doc *doc, size_t i)
{
	const cc_claim *c = &doc->claims[i];
	size_t a = text_pos(doc, c->start), e = text_pos(doc, c->end), back = a < 14 ? a : 14;
	size_t fwd = doc->text_len - e < 14 ? doc->text_len - e : 14;
	int score = 0;

	if (first_cue(doc->text + a - back, back, VL(SAMPLE_BEFORE), 0, NULL))
		score += 2;
	if (c->subject && *c->subject)
		score += 1;
	if (first_cue(doc->text + e, fwd, VL(SAMPLE_VERB_AFTER), 0, NULL) && !(c->subject && *c->subject))
		score -= 2;
	return score;
}

/* Is sample claim i a subgroup of a bigger sample in the document
 * ("Among the 50 respondents aged 65 and over" after "1,009 adults")? */
static int subgroup_sample(const cc_doc *doc, size_t i, const double *upto)
{
	const cc_claim *c = &doc->claims[i];
	size_t j, tp = text_pos(doc, c->start), back = tp < 24 ? tp : 24;
	int cue;

	if (c->traits & CC_TRAIT_SUBGROUP)
		return 1;
	cue = first_cue(doc->text + tp - back, back, VL(SUBGROUP_CUE), 0, NULL) ||
	      (c->subject && first_cue(c->subject, strlen(c->subject), VL(SUBGROUP_SUBJECT), 0, NULL));
	if (!cue)
		return 0;
	if (upto) /* the largest sample up to this sentence (claim i itself is not larger than itself) */
		return upto[claim_sentence(doc, i)] > c->value;
	for (j = 0; j < doc->nclaims; j++)
		if (j != i && doc->claims[j].kind == CC_KIND_SAMPLE_SIZE && doc->claims[j].value > c->value &&
		    claim_sentence(doc, j) <= claim_sentence(doc, i))
			return 1;
	return 0;
}

/* Per sentence s, the largest sample_size value among the claims of
 * sentences 0..s (-inf where none), for subgroup_sample: one pass, not a
 * pass over every claim per sample. *ns_out: its length. NULL when out of
 * memory (subgroup_sample then walks the claims). */
static double *sample_upto(const cc_doc *doc)
{
	size_t i, n = 0;
	double *m, run = -INFINITY;

	for (i = 0; i < doc->nclaims; i++)
		if (claim_sentence(doc, i) + 1 > n)
			n = claim_sentence(doc, i) + 1;
	m = cc_malloc(doc->ctx, (n ? n : 1) * sizeof *m);
	if (!m)
		return NULL;
	for (i = 0; i < n; i++)
		m[i] = -INFINITY;
	for (i = 0; i < doc->nclaims; i++) {
		const cc_claim *c = &doc->claims[i];
		size_t k = claim_sentence(doc, i);

		if (c->kind == CC_KIND_SAMPLE_SIZE && c->value > m[k])
			m[k] = c->value;
	}
	for (i = 0; i < n; i++) {
		if (m[i] > run)
			run = m[i];
		m[i] = run;
	}
	return m;
}

/* Lower-case head word of a group phrase (crude: the last word before a
 * preposition), for matching "most managers" to "two-thirds of managers". */
static void head_of(const char *s, char *out, size_t cap)
{
	char w[48];
	size_t n;

	out[0] = '\0';
	while (s && *s) {
		while (*s && !isalpha((unsigned char)*s))
			s++;
		for (n = 0; *s && (isalpha((unsigned char)*s) || *s == '-'); s++)
			if (n + 1 < sizeof w)
				w[n++] = (char)lc(*s);
		w[n] = '\0';
		if (!n)
			break;
		if (cc_vocab_has(CC_V_HEAD_STOP, w))
			break;
		if (!cc_vocab_has(CC_V_HEAD_SKIP, w))
			snprintf(out, cap, "%s", w);
	}
}

/* Does [a, b) hold a source cue? */
/* The first claim (sorted by start) starting at or after src - back. */
static size_t claims_from(const cc_doc *doc, size_t src, size_t back)
{
	size_t lo = 0, hi = doc->nclaims, from = src > back ? src - back : 0;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (doc->claims[mid].start < from)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Is the cue at p, the k-th row of class attribution, a source? A verb
 * of saying right after a figure ("one in four said") or after a
 * respondent word ("voters say") is not: a source only when a name says
 * it ("the council said"); any other cue is. */
static int source_at(const cc_doc *doc, size_t a, const char *p, size_t k)
{
	const char *t = doc->text, *w;
	size_t back, j, n;
	int figure = 0;

	if (!row_is(&cc_vocab_rows(CC_V_ATTRIBUTION, &n)[k], "saying"))
		return 1;
	/* the words just before the verb */
	back = (size_t)(p - (t + a)) < 40 ? (size_t)(p - (t + a)) : 40;
	w = p;
	while (w > p - back && w[-1] == ' ')
		w--;
	/* only claims that start shortly before the verb can end just
	   before it (claims are sorted by start) */
	for (j = claims_from(doc, cc_doc_src_offset(doc, (size_t)(p - t)), 400);
	     j < doc->nclaims && doc->claims[j].start <= cc_doc_src_offset(doc, (size_t)(p - t)); j++) {
		size_t ce = text_pos(doc, doc->claims[j].end);

		if (ce <= (size_t)(p - t) && (size_t)(p - t) - ce < 25 && !memchr(t + ce, ',', (size_t)(p - t) - ce))
			figure = 1; /* "one in four said", not "20 points, the council said" */
	}
	if (figure)
		return 0;
	{
		const char *ws = w;

		while (ws > t + a && isalpha((unsigned char)ws[-1]))
			ws--;
		if (row_ci(CC_V_RESPONDENT_WORD, ws, (size_t)(w - ws)))
			return 0;
	}
	return 1;
}

static int source_cue(const cc_doc *doc, size_t a, size_t b)
{
	const char *t = doc->text, *p;
	size_t k;
	cue_iter it;

	if (cue_iter_start(&it, t + a, b - a, VL(ATTRIBUTION), 0, 0)) {
		while ((p = cue_iter_next(&it, &k)))
			if (source_at(doc, a, p, k))
				return 1;
		return 0;
	}
	for (k = 0; VL(ATTRIBUTION)[k]; k++)
		for (p = t + a; (p = find_w(p, (size_t)(t + b - p), VL(ATTRIBUTION)[k], 0)); p++)
			if (source_at(doc, a, p, k))
				return 1;
	return 0;
}

/* Does the sentence or the one before name a source? */
/* Does sentence k itself name a source? */
static int names_source(const cc_doc *doc, size_t k)
{
	size_t a, b, i;
	cue_iter it;

	sentence_span(doc, k, &a, &b);
	if (span_lacks(SET_SOURCE, a, b))
		return 0;
	if (source_cue(doc, a, b) || first_cue(doc->text + a, b - a, VL(POLLSTER), 1, NULL))
		return 1;
	/* an organisation's name: a capitalised org word not opening the sentence */
	if (cue_iter_start(&it, doc->text + a, b - a, VL(ORG_WORD), 1, 0)) {
		const char *p;

		while ((p = cue_iter_next(&it, &i)))
			if (p > doc->text + a + 1)
				return 1;
		return 0;
	}
	for (i = 0; VL(ORG_WORD)[i]; i++) {
		const char *p = find_w(doc->text + a, b - a, VL(ORG_WORD)[i], 1);

		if (p && p > doc->text + a + 1)
			return 1;
	}
	return 0;
}

/* Does the sentence or the one before name a source? `cache` (one entry
 * per sentence, -1: not known yet) keeps each sentence's answer, as each
 * sentence is asked about for itself and for the one after it. */
static int attributed(const cc_doc *doc, size_t sent, signed char *cache)
{
	size_t k;

	for (k = sent + 1; k-- > 0 && sent - k <= 1;) {
		if (!doc->nsentences || k >= doc->nsentences || !cache) {
			if (names_source(doc, k))
				return 1;
		} else {
			if (cache[k] < 0)
				cache[k] = (signed char)names_source(doc, k);
			if (cache[k])
				return 1;
		}
		if (!doc->nsentences)
			break;
	}
	return 0;
}

/* An opinion verb right after the figure, in the same clause ("Nearly
 * half of parents believe"): the words that end within 60 bytes of it.
 * A word cut by the bound is left out, not read as its front ("55% of
 * all passengers to the island and its pilots are reportedly" holds no
 * "reported"). */
static int opinion_after(const cc_doc *doc, size_t i)
{
	size_t a = text_pos(doc, doc->claims[i].end), b = a;

	while (b < doc->text_len && b - a < 60 && doc->text[b] != ',' && doc->text[b] != '.' &&
	       doc->text[b] != ';' && doc->text[b] != '\n')
		b++;
	if (b < doc->text_len && wordch(doc->text[b]))
		while (b > a && wordch(doc->text[b - 1]))
			b--;
	if (span_lacks(SET_OPINION, a, b))
		return 0;
	return first_cue(doc->text + a, b - a, VL(OPINION_VERB), 0, NULL) != NULL;
}

/* The group named right after a sample figure when the claim carries
 * none ("1,006 British adults online ..."): up to five words, to the
 * first function word or punctuation. NULL when there is none. */
static const char *group_after(cc_doc *doc, const cc_claim *c)
{
	const char *t = doc->text, *lim = t + doc->text_len, *p = t + text_pos(doc, c->end), *start, *end;
	int words = 0;

	while (p < lim && *p == ' ')
		p++;
	start = end = p;
	while (p < lim && words < 5) {
		const char *w = p;
		size_t n;

		while (p < lim && (isalpha((unsigned char)*p) || *p == '-' || *p == '\''))
			p++;
		n = (size_t)(p - w);
		if (!n || row_ci(CC_V_GROUP_STOP, w, n))
			break;
		end = p;
		words++;
		if (p < lim && *p == ' ')
			p++;
		else
			break;
	}
	return end > start ? cc_doc_strndup(doc, start, (size_t)(end - start)) : NULL;
}

/* The sample size a survey's text gives when no sample_size claim carries
 * it: a count claim or a bare number in a survey sentence, after "of the",
 * "among", "each of", "interviewed"... or before "votes", "responses"
 * ("Of the 40 pupils surveyed", "among 800 likely voters", "attracted
 * 9,800 votes"). Years, percentages and money are not counts of people. */
static double recover_n(const cc_doc *doc, const scope *sc)
{
	const char *t = doc->text, *p, *e;
	size_t i, nb, nn, np;
	const cc_vocab_row *n_before = cc_vocab_rows(CC_V_N_BEFORE, &nb);
	const cc_vocab_row *n_nouns = cc_vocab_rows(CC_V_N_NOUN, &nn);
	const cc_vocab_row *not_people = cc_vocab_rows(CC_V_NOT_PEOPLE, &np);

	for (i = scope_first_sentence_at(doc, sc->a); i < doc->nsentences || i == 0; i++) {
		size_t a, b;

		sentence_span(doc, i, &a, &b);
		if (a >= sc->b) /* this one and all after lie past the scope */
			break;
		if (b <= sc->a || a >= sc->b)
			continue;
		if (span_lacks(SET_SURVEY_SELF, a, b) ||
		    (!first_cue(t + a, b - a, VL(SURVEY_CUE), 0, NULL) && !first_cue(t + a, b - a, VL(SELFSELECT), 0, NULL)))
			continue;
		for (p = t + a; p < t + b; p++) {
			double v;
			const char *q, *w;
			size_t k, back;
			int ok = 0, comma;

			if (!isdigit((unsigned char)*p) || (p > t && (isalnum((unsigned char)p[-1]) || p[-1] == '.' ||
							       p[-1] == ',' || (unsigned char)p[-1] >= 0x80 || p[-1] == '$')))
				continue;
			comma = 0;
			for (q = p; q < t + b && (isdigit((unsigned char)*q) || *q == ','); q++)
				comma |= *q == ',';
			v = number_at(p, t + b, &e);
			if (e < t + b && (*e == '%' || *e == '.' || *e == ':'))
				goto next;
			w = e;
			while (w < t + b && *w == ' ')
				w++;
			for (k = 0; k < np; k++) {
				size_t nl = strlen(not_people[k].phrase);

				if ((size_t)(t + b - w) >= nl && !strncasecmp(w, not_people[k].phrase, nl))
					break;
			}
			if (k < np)
				goto next;
			if (!(v >= 2) || v != floor(v) || (!comma && v >= 1900 && v <= 2100))
				goto next;
			back = (size_t)(p - (t + a)) < 14 ? (size_t)(p - (t + a)) : 14;
			for (k = 0; k < nb && !ok; k++) {
				size_t wl = strlen(n_before[k].phrase);

				if (back >= wl + 1 && !strncasecmp(p - wl - 1, n_before[k].phrase, wl) && p[-1] == ' ' &&
				    (p - wl - 1 == t + a || !isalpha((unsigned char)*(p - wl - 2))))
					ok = 1;
			}
			for (k = 0; k < nn && !ok; k++) {
				size_t nl = strlen(n_nouns[k].phrase);

				if ((size_t)(t + b - w) >= nl && !strncasecmp(w, n_nouns[k].phrase, nl) &&
				    (w + nl == t + b || !isalpha((unsigned char)w[nl])))
					ok = 1;
			}
			/* "of the 650 MPs" after a first number is a population */
			if (ok && back >= 7 && !strncasecmp(p - 7, "of the ", 7)) {
				const char *x = p - 7;

				while (x > t + a && x[-1] == ' ')
					x--;
				if (x > t + a && isdigit((unsigned char)x[-1]))
					ok = 0;
			}
			if (ok)
				return v;
		next:
			p = e > p ? e - 1 : p;
		}
		if (!doc->nsentences)
			break;
	}
	return 0;
}

/* "Among the 50 respondents aged 65 and over, 61% said": the base of a
 * crossbreak named at the start of the proportion's sentence, when it is
 * smaller than its survey's sample and no sample claim carries it. */
static double crossbreak_n(const cc_doc *doc, size_t i, size_t a)
{
	const cc_claim *c = &doc->claims[i];
	const cc_survey_info *sv = &doc->surveys[doc->ext[i].survey];
	const char *t = doc->text, *p = t + a, *lim = t + text_pos(doc, c->start), *e;
	double n, main_n = 0;

	if (sv->sample_claim >= 0)
		main_n = doc->claims[sv->sample_claim].value;
	else
		main_n = sv->n;
	while (p < lim && isspace((unsigned char)*p))
		p++;
	if (lim - p > 6 && !strncasecmp(p, "among ", 6))
		p += 6;
	else if (lim - p > 3 && !strncasecmp(p, "of ", 3))
		p += 3;
	else
		return 0;
	if (lim - p > 4 && !strncasecmp(p, "the ", 4))
		p += 4;
	if (p >= lim || !isdigit((unsigned char)*p))
		return 0;
	n = number_at(p, lim, &e);
	if (!(n >= 1) || n != floor(n) || !(main_n > n))
		return 0;
	if (c->sample_claim >= 0 && (size_t)c->sample_claim < doc->nclaims &&
	    fabs(doc->claims[c->sample_claim].value - n) < 0.5)
		return 0; /* the extractor linked it already */
	return n;
}

/* A sample_size claim that can be a survey's sample: a whole number >= 2. */
static int eligible_sample(const cc_claim *c)
{
	return c->kind == CC_KIND_SAMPLE_SIZE && c->value >= 2 && c->value == floor(c->value);
}

/*
 * A set of (key, word) pairs, each with a value, for step 1's "a survey
 * with this sample size already" (key: the size's bits, word "") and step
 * 4's "a figure about the same group already tied to this survey" (key:
 * the survey, word: the head word): open addressing, a power-of-two table
 * at most half full; the first value added for a pair stays.
 */
typedef struct pairset {
	struct pslot { uint64_t key; size_t val; char w[48]; int used; } *t;
	size_t cap, n;
} pairset;

static size_t ps_slot(const pairset *m, uint64_t key, const char *w)
{
	/* whole numbers' doubles have dozens of zero low bits: fold the high
	 * half in, and take the product's high half */
	uint64_t x = (key ^ key >> 29) * 0x9E3779B97F4A7C15ull;
	size_t i;

	for (i = 0; w[i]; i++)
		x = (x ^ (unsigned char)w[i]) * 1099511628211ull;
	i = (size_t)(x >> 32) & (m->cap - 1);
	while (m->t[i].used && !(m->t[i].key == key && !strcmp(m->t[i].w, w)))
		i = (i + 1) & (m->cap - 1);
	return i;
}

/* The value of (key, w), or (size_t)-1. */
static size_t ps_find(const pairset *m, uint64_t key, const char *w)
{
	size_t i;

	if (!m->n)
		return (size_t)-1;
	i = ps_slot(m, key, w);
	return m->t[i].used ? m->t[i].val : (size_t)-1;
}

/* Add (key, w) -> val unless the pair is there; 0 when out of memory. */
static int ps_add(cc_doc *doc, pairset *m, uint64_t key, const char *w, size_t val)
{
	size_t i;

	if (2 * (m->n + 1) > m->cap) {
		pairset old = *m;

		m->cap = m->cap ? m->cap * 2 : 64;
		m->t = cc_calloc(doc->ctx, m->cap, sizeof *m->t);
		if (!m->t) {
			*m = old;
			return 0;
		}
		m->n = 0;
		for (i = 0; i < old.cap; i++)
			if (old.t[i].used) {
				m->t[ps_slot(m, old.t[i].key, old.t[i].w)] = old.t[i];
				m->n++;
			}
		cc_free(doc->ctx, old.t);
	}
	i = ps_slot(m, key, w);
	if (!m->t[i].used) {
		m->t[i].key = key;
		m->t[i].val = val;
		snprintf(m->t[i].w, sizeof m->t[i].w, "%s", w);
		m->t[i].used = 1;
		m->n++;
	}
	return 1;
}

static uint64_t ps_double(double v)
{
	uint64_t b;

	memcpy(&b, &v, sizeof b);
	return b;
}

/* The survey whose scope holds sentence `sent`: the last one starting at
 * or before it (first_sent ascending: a binary search), else the first. */
static size_t survey_for_sentence(const size_t *first_sent, size_t nsurveys, int sorted, size_t sent)
{
	size_t k, lo = 0, hi = nsurveys;

	if (!sorted) {
		for (k = nsurveys; k-- > 0;)
			if (first_sent[k] <= sent || k == 0)
				break;
		return k;
	}
	while (lo < hi) { /* the first k with first_sent[k] > sent */
		size_t mid = lo + (hi - lo) / 2;

		if (first_sent[mid] <= sent)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo ? lo - 1 : 0;
}

static int survey_extract(cc_doc *doc)
{
	size_t i, j, k, body = body_start(doc);
	size_t *first_sent = NULL;
	int *sent_cache = NULL;     /* per sentence: bit 0 survey cue, bit 1 a source; -1 not yet */
	signed char *attr_cache = NULL; /* per sentence: names a source (see attributed) */
	unsigned char *beaten = NULL; /* per claim: a sample beaten in its sentence (made when one is) */
	double *upto = NULL;          /* sample_upto */
	pairset vm = { NULL, 0, 0 };  /* surveys made here, by sample value */
	pairset hs = { NULL, 0, 0 };  /* (survey, head word) of the claims done in step 4 */
	size_t n0, hs_done = 0;
	int fs_sorted = 0;
	long s;

	if (!doc || !doc->text)
		return CC_OK;
	dateline_date(doc, body);
	/* which sample claims another in their sentence beats: the
	 * better-described sample wins, then the larger (one pass per
	 * sentence: claims are in text order, so a sentence's are together) */
	for (i = 0; i < doc->nclaims; i = j) {
		size_t sent = claim_sentence(doc, i), n = 0, best_k = (size_t)-1;
		int best = 0;
		double bestv = 0;

		for (j = i; j < doc->nclaims && claim_sentence(doc, j) == sent; j++)
			n += eligible_sample(&doc->claims[j]);
		if (n < 2)
			continue;
		if (!beaten && !(beaten = cc_calloc(doc->ctx, doc->nclaims, 1)))
			return cc_error_oom(doc->ctx);
		for (k = i; k < j; k++) {
			int sc;

			if (!eligible_sample(&doc->claims[k]))
				continue;
			sc = sample_score(doc, k);
			if (best_k == (size_t)-1 || sc > best || (sc == best && doc->claims[k].value > bestv)) {
				best = sc;
				bestv = doc->claims[k].value;
				best_k = k;
			}
		}
		for (k = i; k < j; k++)
			if (eligible_sample(&doc->claims[k])) {
				int sc = sample_score(doc, k);

				beaten[k] = sc < best || (sc == best && doc->claims[k].value < bestv);
			}
	}
	/* 1. one survey per main sample_size claim: whole, not a subgroup,
	 *    the largest in its sentence; a repeat of the same n is the same
	 *    survey. Fractions and stray small numbers beside a bigger sample
	 *    in one sentence ("between 4 and 17 March") are not samples. */
	n0 = doc->nsurveys;
	upto = sample_upto(doc);
	for (i = 0; i < doc->nclaims; i++) {
		const cc_claim *c = &doc->claims[i];

		if (c->kind != CC_KIND_SAMPLE_SIZE)
			continue;
		if (!(c->value >= 2) || c->value != floor(c->value)) {
			doc->ext[i].sample_role = 3;
			continue;
		}
		if (subgroup_sample(doc, i, upto)) {
			doc->ext[i].sample_role = 2;
			continue;
		}
		if (beaten && beaten[i]) {
			doc->ext[i].sample_role = 3;
			continue;
		}
		doc->ext[i].sample_role = 1;
		/* a repeat of the same n: the surveys there before this pass
		 * (none in the pipeline) by the old rule, then the ones made
		 * here (whole numbers, so within 0.5 means equal) by value */
		for (k = 0; k < n0; k++)
			if (fabs(doc->claims[doc->surveys[k].sample_claim].value - c->value) < 0.5)
				break;
		if (k == n0 && (k = ps_find(&vm, ps_double(c->value), "")) == (size_t)-1)
			k = doc->nsurveys;
		if (k < doc->nsurveys) {
			doc->ext[i].survey = (long)k;
			continue;
		}
		if ((s = cc_doc_add_survey(doc)) < 0 || !ps_add(doc, &vm, ps_double(c->value), "", (size_t)s)) {
			cc_free(doc->ctx, beaten);
			cc_free(doc->ctx, upto);
			cc_free(doc->ctx, vm.t);
			return cc_error_oom(doc->ctx);
		}
		doc->surveys[s].sample_claim = (long)i;
		doc->ext[i].survey = s;
	}
	cc_free(doc->ctx, beaten);
	cc_free(doc->ctx, upto);
	cc_free(doc->ctx, vm.t);
	/* 2. no sample: a survey noun phrase still describes a survey
	 *    (after a pass over some spans only, every match the search can
	 *    accept is in them: see spans_hold_cues) */
	if (!doc->nsurveys) {
		const char *at;

		if (first_cue(doc->text + body, doc->text_len - body, VL(SURVEY_CUE), 0, &at)) {
			size_t sent = sentence_at(doc, (size_t)(at - doc->text));

			if ((s = cc_doc_add_survey(doc)) < 0)
				return cc_error_oom(doc->ctx);
			sentence_span(doc, sent, &doc->surveys[s].start, &doc->surveys[s].end);
		}
	}
	if (!doc->nsurveys)
		goto claims;
	/* 3. each survey's scope: from its sentence to the next survey's */
	first_sent = cc_calloc(doc->ctx, doc->nsurveys, sizeof *first_sent);
	if (!first_sent)
		return cc_error_oom(doc->ctx);
	for (k = 0; k < doc->nsurveys; k++) {
		cc_survey_info *sv = &doc->surveys[k];

		if (sv->sample_claim >= 0) {
			first_sent[k] = claim_sentence(doc, (size_t)sv->sample_claim);
			sentence_span(doc, first_sent[k], &sv->start, &sv->end);
		} else {
			first_sent[k] = sentence_at(doc, sv->start);
		}
	}
	for (k = 1; k < doc->nsurveys && first_sent[k - 1] <= first_sent[k]; k++)
		;
	fs_sorted = k >= doc->nsurveys;
	for (k = 0; k < doc->nsurveys; k++) {
		cc_survey_info *sv = &doc->surveys[k];
		scope sc;
		size_t a, b;

		sc.a = 0;
		sc.b = doc->text_len;
		if (k > 0) {
			sentence_span(doc, first_sent[k], &a, &b);
			sc.a = a;
		}
		if (k + 1 < doc->nsurveys && first_sent[k + 1] > first_sent[k]) {
			sentence_span(doc, first_sent[k + 1], &a, &b);
			sc.b = a;
		}
		if (sc.b <= sc.a)
			sentence_span(doc, first_sent[k], &sc.a, &sc.b);
		if (sv->sample_claim >= 0) {
			const cc_claim *c = &doc->claims[sv->sample_claim];
			char nb[32];

			sv->population = c->subject && *c->subject ? c->subject : c->unit ? c->unit
											      : group_after(doc, c);
			snprintf(nb, sizeof nb, "%.0f", c->value);
			if (sv->population)
				sv->label = cc_doc_printf(doc, "survey of %s%s%s", nb, " ", sv->population);
			else
				sv->label = cc_doc_printf(doc, "survey of %s people", nb);
		}
		fill_survey(doc, sv, &sc, body);
		if (sv->sample_claim < 0 && (sv->n = recover_n(doc, &sc)) > 0)
			sv->population_size = find_population(doc, &sc, sv->n);
	}

claims:
	/* 4. claims: survey, attribution, survey context (the sentence-level
	 *    answers cached, so long documents stay linear) */
	{
		size_t ns = doc->nsentences ? doc->nsentences : 1;

		/* both caches in one block (attr_cache after sent_cache) */
		sent_cache = cc_malloc(doc->ctx, ns * sizeof *sent_cache + ns);
		if (!sent_cache) {
			cc_free(doc->ctx, first_sent);
			return cc_error_oom(doc->ctx);
		}
		memset(sent_cache, 0xff, ns * sizeof *sent_cache);
		attr_cache = (signed char *)(sent_cache + ns);
		memset(attr_cache, 0xff, ns);
	}
	for (i = 0; i < doc->nclaims; i++) {
		cc_claim *c = &doc->claims[i];
		cc_claim_ext *e = &doc->ext[i];
		size_t sent = claim_sentence(doc, i), a, b, sk = doc->nsentences ? sent : 0;
		int cue_here;

		sentence_span(doc, sent, &a, &b);
		if (sent_cache[sk] < 0)
			sent_cache[sk] = (!span_lacks(SET_SURVEY, a, b) &&
					  first_cue(doc->text + a, b - a, VL(SURVEY_CUE), 0, NULL) != NULL) |
					 (attributed(doc, sent, attr_cache) << 1);
		cue_here = sent_cache[sk] & 1;
		e->attributed = (sent_cache[sk] >> 1) & 1;
		if (c->kind == CC_KIND_SAMPLE_SIZE) {
			if (e->survey < 0 && doc->nsurveys) /* a subgroup: the survey whose scope holds it */
				e->survey = (long)survey_for_sentence(first_sent, doc->nsurveys, fs_sorted, sent);
			e->survey_context = 1;
			continue;
		}
		if (c->sample_claim >= 0 && (size_t)c->sample_claim < doc->nclaims &&
		    doc->ext[c->sample_claim].survey >= 0) {
			e->survey = doc->ext[c->sample_claim].survey;
		} else if (doc->nsurveys && (c->kind == CC_KIND_PROPORTION || c->kind == CC_KIND_MARGIN_OF_ERROR ||
					     c->kind == CC_KIND_MEAN || (c->kind == CC_KIND_CHANGE && cue_here))) {
			/* the survey whose scope holds the claim */
			k = survey_for_sentence(first_sent, doc->nsurveys, fs_sorted, sent);
			if (paragraph_of(doc, sent) == paragraph_of(doc, first_sent[k]) || cue_here ||
			    opinion_after(doc, i) || c->kind == CC_KIND_MARGIN_OF_ERROR)
				e->survey = (long)k;
			else if (c->kind == CC_KIND_PROPORTION && c->subject) {
				/* same group as a figure already tied to this survey */
				char h1[48], h2[48];

				head_of(c->subject, h1, sizeof h1);
				if (h1[0]) {
					/* the pairs of the claims before this one, added
					 * as they come (their survey is settled by then) */
					for (; hs_done < i; hs_done++) {
						if (doc->ext[hs_done].survey < 0 || !doc->claims[hs_done].subject)
							continue;
						head_of(doc->claims[hs_done].subject, h2, sizeof h2);
						if (h2[0] && !ps_add(doc, &hs, (uint64_t)doc->ext[hs_done].survey, h2, 0)) {
							cc_free(doc->ctx, hs.t);
							cc_free(doc->ctx, first_sent);
							cc_free(doc->ctx, sent_cache);
							return cc_error_oom(doc->ctx);
						}
					}
					if (ps_find(&hs, (uint64_t)k, h1) != (size_t)-1)
						e->survey = (long)k;
				}
			}
		}
		if (c->kind == CC_KIND_PROPORTION && e->survey >= 0)
			e->subgroup_n = crossbreak_n(doc, i, a);
		if (e->survey >= 0 || cue_here)
			e->survey_context = 1;
		else if ((c->kind == CC_KIND_PROPORTION || c->kind == CC_KIND_MEAN) && opinion_after(doc, i))
			e->survey_context = 1;
	}
	cc_free(doc->ctx, hs.t);
	cc_free(doc->ctx, first_sent);
	cc_free(doc->ctx, sent_cache); /* and attr_cache */
	return CC_OK;
}

int cc_survey_extract(cc_doc *doc)
{
	size_t i;
	int rc, mode;

	if (!doc || !doc->text)
		return CC_OK;
	if (!doc->nclaims) {
		/* nothing to describe: surveys and attributions serve claims
		 * (the checks read a survey only through a claim tied to it);
		 * the dateline still dates the document */
		dateline_date(doc, body_start(doc));
		return CC_OK;
	}
	occ_ctx = doc->ctx;
	shadow_base = doc->text;
	shadow_len = doc->text_len;
	/* the core pass unless a sample claim will make a survey to describe */
	core_setup();
	mode = core_state == 1 ? PASS_CORE : PASS_FULL;
	for (i = 0; i < doc->nclaims && mode == PASS_CORE; i++)
		if (eligible_sample(&doc->claims[i]))
			mode = PASS_FULL;
	words_build_in(doc->text, doc->text_len, mode);
	rc = survey_extract(doc);
	lcache_free();
	words_free();
	occ_ctx = NULL;
	shadow_base = NULL;
	shadow_len = 0;
	return rc;
}
