/*
 * phrase.c -- the phrase search object (extract/phrase.h): the registry
 * of phrases, the pass over a document's words that lists each phrase's
 * matches, phrases listed on demand, and the single-phrase search.
 * phrase_list.c does lists of phrases (merged matches, the iterator, the
 * first of a list, sets); phrase_int.h holds the state and says how a
 * document is searched.
 *
 * Stage: extract (used by survey.c). Must not: know any words (every
 * phrase comes from the caller), keep state outside the object, or
 * answer differently from core/words.h's cc_word_find.
 */
#define _GNU_SOURCE 1 /* memmem */
#include "phrase_int.h"
#include "bytemask.h"

#include <string.h>

/* ASCII lower case of a byte, as an unsigned value. */
static inline int lc(int c)
{
	return cc_lower((unsigned char)c);
}

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
 * (the shadow and the phrases' lw are padded). */
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

/* The first min(n, 8) bytes at p packed, the rest zero (8 bytes readable). */
static uint64_t pack8(const char *p, size_t n)
{
	uint64_t v;

	memcpy(&v, p, 8);
	return n >= 8 ? v : v & ((1ull << (n * 8)) - 1);
}

int cc_phrase_new(cc_phrase **out, cc_ctx *ctx)
{
	cc_phrase *ph = cc_calloc(ctx, 1, sizeof *ph);

	*out = NULL;
	if (!ph)
		return CC_ENOMEM;
	ph->ctx = ctx;
	*out = ph;
	return CC_OK;
}

void cc_phrase_free(cc_phrase *ph)
{
	if (!ph)
		return;
	assert(!ph->text);
	cc_phrase_lcache_release(ph);
	cc_free(ph->ctx, ph->pass_v);
	cc_free(ph->ctx, ph);
}

/* Join the group of phrases with id's first word in pass tables t, or
 * start one. */
void cc_phrase_table_add(cc_phrase *ph, int t, unsigned id)
{
	const cue *c = &ph->cue_tab[id];
	uint32_t f = fw_slot(fw_mix(c->lw, c->fw));
	unsigned g;

	ph->tb_fwnext[t][id] = ph->tb_grpnext[t][id] = 0;
	ph->tb_multi[t][id] = 0;
	for (g = ph->tb_head[t][f]; g; g = ph->tb_fwnext[t][g - 1])
		if (ph->cue_h[g - 1].fw == c->fw && ph->cue_h[g - 1].k8 == ph->cue_h[id].k8 &&
		    !memcmp(ph->cue_tab[g - 1].lw, c->lw, c->fw))
			break;
	if (g) {
		ph->tb_grpnext[t][id] = ph->tb_grpnext[t][g - 1];
		ph->tb_grpnext[t][g - 1] = (unsigned short)(id + 1);
	} else {
		ph->tb_fwnext[t][id] = ph->tb_head[t][f];
		ph->tb_head[t][f] = (unsigned short)(id + 1);
		g = id + 1;
	}
	ph->tb_multi[t][g - 1] |= c->wl > c->fw;
}

/* (The phrase's text is kept and compared too, so a phrase at a known
 * address with other contents is never confused with the one registered
 * there: it is searched plainly.) */
long cc_phrase_cue_id(cc_phrase *ph, const char *w, int cs, size_t wl)
{
	uint64_t key = (uint64_t)(uintptr_t)w * 2u + (uint64_t)(cs != 0);
	size_t h = (size_t)((key * 0x9E3779B97F4A7C15ull) >> 52), k;
	unsigned id = ph->cue_n;
	cue *c;

	if (!wl || wl >= CUE_LEN)
		return -1;
	for (k = 0; k < CUE_SLOTS; k++, h = (h + 1) & (CUE_SLOTS - 1)) {
		if (ph->cue_key[h] == key) {
			c = &ph->cue_tab[ph->cue_slot_id[h]];
			return c->wl == wl && !memcmp(c->w, w, wl) ? (long)ph->cue_slot_id[h] : -1;
		}
		if (!ph->cue_key[h])
			break;
	}
	if (k == CUE_SLOTS || id == CUE_MAX)
		return -1;
	c = &ph->cue_tab[id];
	memcpy(c->w, w, wl);
	c->w[wl] = '\0';
	c->wl = (unsigned char)wl;
	c->cs = (unsigned char)(cs != 0);
	for (k = 0; k < wl; k++)
		c->lw[k] = (char)lc(w[k]);
	c->lw[wl] = '\0';
	for (c->fw = 0; c->fw < wl && cc_wordch(w[c->fw]); c->fw++)
		;
	ph->cue_core[id] = 0;
	if (c->fw) {
		cue_hot *hc = &ph->cue_h[id];

		hc->k8 = pack8(c->lw, c->fw);
		hc->fw = c->fw;
		hc->wl = c->wl;
		hc->nx0 = (unsigned char)c->lw[c->fw]; /* the NUL when the phrase is one word */
		hc->nx1 = c->wl > c->fw + 1 ? (unsigned char)c->lw[c->fw + 1] : 0;
		hc->c0 = (unsigned char)w[0];
		hc->cs = c->cs;
		cc_phrase_table_add(ph, PASS_FULL, id);
	}
	ph->cue_key[h] = key;
	ph->cue_slot_id[h] = (unsigned short)id;
	ph->cue_n++;
	return (long)id;
}

/* Does phrase c match at q of the open document? */
static int cue_at(const cc_phrase *ph, const cue *c, size_t q)
{
	if (q + c->wl > ph->len)
		return 0;
	return c->cs ? !memcmp(ph->text + q, c->w, c->wl) : cc_phrase_ci_eq(ph->text + q, c->lw, c->wl);
}

/* The document's lower-case shadow (8 zero bytes of padding after it),
 * made on first use: the pass lower-cases the 8 bytes it hashes itself
 * and the tests compare case-insensitively byte by byte, so most
 * documents never need one (lower-casing every text was an eighth of the
 * stage's cost). NULL when it cannot be allocated (search plainly). */
static const char *shadow_get(cc_phrase *ph)
{
	size_t i, len = ph->len;
	const char *text = ph->text;
	char *lower;

	if (ph->lower || !text)
		return ph->lower;
	lower = cc_malloc(ph->ctx, len + 8);
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
	ph->lower = lower;
	return lower;
}

/* Free what the open document's pass and listings made. */
static void words_free(cc_phrase *ph)
{
	size_t k;

	cc_free(ph->ctx, ph->wstart);
	cc_free(ph->ctx, ph->wlen);
	cc_free(ph->ctx, ph->hit_pos); /* and hit_seq */
	cc_free(ph->ctx, ph->late_next);
	cc_free(ph->ctx, ph->late_head);
	cc_free(ph->ctx, ph->lower);
	ph->wstart = ph->wlen = ph->hit_pos = ph->late_next = ph->late_head = NULL;
	ph->hit_seq = NULL;
	ph->hit_nseq = 0;
	ph->lower = NULL;
	ph->nwords = 0;
	ph->pass_ok = 0;
	for (k = 0; k < ph->late_n; k++)
		cc_free(ph->ctx, (void *)ph->occ_tab[ph->late_ids[k]].pos);
	cc_free(ph->ctx, ph->late_ids);
	ph->late_ids = NULL;
	ph->late_n = 0;
}

/*
 * The pass's state: the text, the tables it reads (their addresses taken
 * once, so the loop keeps them in registers), and the matches so far, in
 * text order.
 */
typedef struct hitbuf {
	cc_ctx *ctx;
	const char *text;
	size_t len;
	const unsigned short *heads, *fwnext, *grpnext;
	const unsigned char *multi;
	const uint32_t *gate;  /* core_gate on the core pass, else NULL */
	const uint64_t *lists; /* cue_lists */
	uint64_t watch;        /* a match of a phrase in these lists stops the core pass */
	int stop;
	const cue_hot *h;
	const cue *tab;
	uint64_t *v; /* each match: its offset << HIT_ID_BITS | its phrase id (half the memory of a pair) */
	size_t n, cap;
	int fail; /* an allocation failed: the pass is void */
} hitbuf;

/*
 * List the document's words into wstart/wlen (once per document, for the
 * on-demand listings). 0 when they cannot be allocated.
 */
static int words_list(cc_phrase *ph)
{
	const char *text = ph->text;
	size_t len = ph->len, i, nends = 0, k, cap = len / 2 + 2, nw = 0;
	size_t *ws, *wl;
	int in = 0;

	if (ph->wstart)
		return 1;
	/* a long document: count the words first, so the index is exactly
	 * as long as needed (len / 2 words would reserve 8 bytes per byte
	 * of a 200 MB document) */
	for (i = len >= (1u << 20) ? (cap = 1, 0) : len; i < len; i += 64) {
		size_t m = len - i < 64 ? len - i : 64;
		uint64_t wm = cc_bm_word64(text + i, m);

		cap += (size_t)__builtin_popcountll(wm & ~(wm << 1 | (uint64_t)in));
		in = (int)(wm >> (m - 1) & 1);
	}
	in = 0;
	ws = cc_malloc(ph->ctx, cap * sizeof *ws);
	wl = cc_malloc(ph->ctx, cap * sizeof *wl);
	if (!ws || !wl) {
		cc_free(ph->ctx, ws);
		cc_free(ph->ctx, wl);
		return 0;
	}
	/* 64 bytes at a time: a bit mask of the word bytes, then its rising
	 * (word starts) and falling (word ends) edges; wl holds the end
	 * offsets until below */
	for (i = 0; i < len; i += 64) {
		size_t m = len - i < 64 ? len - i : 64;
		uint64_t wm = cc_bm_word64(text + i, m), prev, st, en;

		prev = wm << 1 | (uint64_t)in; /* bit j: byte j - 1 is a word byte */
		st = wm & ~prev;
		en = ~wm & prev;
		if (m < 64)
			en &= (1ull << m) - 1;
		for (; st; st &= st - 1)
			ws[nw++] = i + (size_t)__builtin_ctzll(st);
		for (; en; en &= en - 1)
			wl[nends++] = i + (size_t)__builtin_ctzll(en);
		in = (int)(wm >> (m - 1) & 1);
	}
	if (in)
		wl[nends++] = len;
	for (k = 0; k < nw; k++)
		wl[k] -= ws[k];
	ph->wstart = ws;
	ph->wlen = wl;
	ph->nwords = nw;
	return 1;
}

/* Append the match of phrase id1 - 1 at q; 0 when the pass must stop
 * (out of memory: the pass is void). */
static int hit_push(hitbuf *hb, size_t q, unsigned id1)
{
	if (hb->n == hb->cap) {
		/* first about one entry per 32 bytes (news text has fewer
		 * matches), within bounds, then doubling */
		size_t len = hb->len, ncap = hb->cap ? hb->cap * 2 : len / 32 < 32 ? 32 : len / 32 > 2048 ? 2048 : len / 32;
		uint64_t *nh;

		if (hb->fail || !(nh = cc_realloc(hb->ctx, hb->v, ncap * sizeof *nh))) {
			hb->fail = 1;
			return 0;
		}
		hb->v = nh;
		hb->cap = ncap;
	}
	hb->v[hb->n++] = (uint64_t)q << HIT_ID_BITS | (id1 - 1);
	if (hb->lists[id1 - 1] & hb->watch)
		hb->stop = 1;
	return 1;
}

/*
 * The rest of the pass's work for the word [q, q + n) once its hash slot
 * has phrases (the chain of groups from id1): find the group whose first
 * word it is, and record that group's phrases that match there.
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

		if (hc->fw == n && hc->k8 == w8 &&
		    (n <= 8 || cc_phrase_ci_eq(text + q + 8, hb->tab[id1 - 1].lw + 8, n - 8)))
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
				  : hc->wl > n + 2 && !cc_phrase_ci_eq(text + q + n + 2, c->lw + n + 2, hc->wl - n - 2))
				continue;
		} else if (hc->cs && ((unsigned char)text[q] != hc->c0 || memcmp(text + q, c->w, n))) {
			continue;
		}
		if (!hit_push(hb, q, id1))
			return;
	}
}

/*
 * The word loop of the pass: each word of the text against the phrases
 * whose first word it may be. The word bounds come from the byte masks 64
 * bytes at a time, paired as they come (the k-th word start with the k-th
 * word end), so no word list is made; a word's hash slot is looked up
 * here (every word of every document comes by), the rest is pass_chain's
 * (a word whose slot holds phrases). Stops early when hb->stop is set.
 */
static void pass_words(hitbuf *hb)
{
	const char *text = hb->text;
	size_t len = hb->len, i, pending = (size_t)-1;
	int in = 0;

	for (i = 0; i < len; i += 64) {
		size_t m = len - i < 64 ? len - i : 64, q, n;
		uint64_t wm = cc_bm_word64(text + i, m), prev, st, en, v;
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
			if (!(id1 = hb->heads[slot]))
				continue;
			if (hb->gate && hb->gate[slot] != GATE_ALL) {
				/* the byte two after the word must be one a phrase has */
				unsigned a1 = q + n + 1 < len ? (unsigned char)text[q + n + 1] : 0;

				if (!(hb->gate[slot] >> ((a1 | 0x20) & 31) & 1))
					continue;
			}
			pass_chain(hb, q, n, id1);
			if (hb->stop)
				return;
		}
	}
	if (pending != (size_t)-1 && len - pending < CUE_LEN) {
		uint64_t v = 0;
		unsigned id1;

		memcpy(&v, text + pending, len - pending < 8 ? len - pending : 8);
		if ((id1 = hb->heads[fw_slot(fw_mix8(v, len - pending))]))
			pass_chain(hb, pending, len - pending, id1);
	}
}

/* Group the pass's matches by phrase, keeping text order within each
 * (hit_pos, hit_first, hit_cnt), keep their phrase ids in text order
 * (hit_seq) and count them per list (list_cnt). 0 when out of memory. */
static int hits_group(cc_phrase *ph, const uint64_t *hits, size_t nhit)
{
	size_t acc = 0, k;
	unsigned stamp = ph->doc_stamp;

	/* hit_seq in the same block, after hit_pos */
	ph->hit_pos = cc_malloc(ph->ctx, nhit * (sizeof *ph->hit_pos + sizeof *ph->hit_seq));
	if (!ph->hit_pos)
		return 0;
	ph->hit_seq = (unsigned short *)(ph->hit_pos + nhit);
	for (k = 0; k < nhit; k++) {
		size_t id = (size_t)(hits[k] & ((1u << HIT_ID_BITS) - 1));
		uint64_t lm = ph->cue_lists[id];

		if (ph->hit_stamp[id] != stamp) {
			ph->hit_stamp[id] = stamp;
			ph->hit_cnt[id] = 0;
			ph->hit_fill[id] = 0;
		}
		ph->hit_cnt[id]++;
		ph->hit_seq[ph->hit_nseq++] = (unsigned short)id;
		for (; lm; lm &= lm - 1) {
			unsigned li = (unsigned)__builtin_ctzll(lm);

			if (ph->list_cnt_stamp[li] != stamp) {
				ph->list_cnt_stamp[li] = stamp;
				ph->list_cnt[li] = 0;
			}
			ph->list_cnt[li]++;
		}
	}
	for (k = 0; k < nhit; k++) {
		size_t id = (size_t)(hits[k] & ((1u << HIT_ID_BITS) - 1));

		if (!ph->hit_fill[id]) { /* the phrase's first match: its run starts here */
			ph->hit_first[id] = (unsigned)acc;
			acc += ph->hit_cnt[id];
		}
		ph->hit_pos[ph->hit_first[id] + ph->hit_fill[id]++] = (size_t)(hits[k] >> HIT_ID_BITS);
	}
	return 1;
}

/* The largest match buffer kept for the next document (a news story's
 * matches fit many times over; a long document's is freed). */
#define PASS_KEEP_MAX ((size_t)65536)

/* Give the pass's match buffer back to ph for the next pass. */
static void pass_keep(cc_phrase *ph, hitbuf *hb)
{
	if (hb->cap > PASS_KEEP_MAX) {
		cc_free(ph->ctx, hb->v);
		return;
	}
	ph->pass_v = hb->v;
	ph->pass_cap = hb->cap;
}

/*
 * The pass over the open document for the phrases of tables `mode` (their
 * matches into hit_pos). On failure pass_ok stays 0 and every search is a
 * plain one.
 */
static void pass_run(cc_phrase *ph, int mode)
{
	hitbuf hb;

	ph->nwords = 0;
	ph->doc_ncue = 0;
	ph->pass_ok = 0;
	if (++ph->doc_stamp == 0) { /* the stamps wrapped: forget them all */
		memset(ph->hit_stamp, 0, sizeof ph->hit_stamp);
		memset(ph->occ_stamp, 0, sizeof ph->occ_stamp);
		memset(ph->list_cnt_stamp, 0, sizeof ph->list_cnt_stamp);
		cc_phrase_lcache_wrap(ph);
		ph->doc_stamp = 1;
	}
	memset(&hb, 0, sizeof hb);
	hb.ctx = ph->ctx;
	hb.v = ph->pass_v; /* the last pass's buffer, filled again */
	hb.cap = ph->pass_cap;
	ph->pass_v = NULL;
	ph->pass_cap = 0;
	hb.text = ph->text;
	hb.len = ph->len;
	hb.heads = ph->tb_head[mode];
	hb.fwnext = ph->tb_fwnext[mode];
	hb.grpnext = ph->tb_grpnext[mode];
	hb.multi = ph->tb_multi[mode];
	hb.gate = mode == PASS_CORE ? ph->core_gate : NULL;
	hb.lists = ph->cue_lists;
	hb.watch = mode == PASS_CORE ? ph->core_watch : 0;
	hb.h = ph->cue_h;
	hb.tab = ph->cue_tab;
	ph->pass_mode = mode;
	pass_words(&hb);
	if (hb.stop) {
		/* a phrase of the watched list: the document will ask for every
		 * phrase; the full pass now rather than after this one */
		pass_keep(ph, &hb);
		pass_run(ph, PASS_FULL);
		return;
	}
	if (hb.fail || (hb.n && !hits_group(ph, hb.v, hb.n))) {
		pass_keep(ph, &hb);
		words_free(ph);
		return;
	}
	pass_keep(ph, &hb);
	ph->doc_ncue = ph->cue_n;
	ph->pass_ok = 1;
}

void cc_phrase_begin(cc_phrase *ph, const char *text, size_t len, int full)
{
	assert(!ph->text && text);
	ph->text = text;
	ph->len = len;
	pass_run(ph, full || ph->core_state != 1 ? PASS_FULL : PASS_CORE);
}

void cc_phrase_end(cc_phrase *ph)
{
	cc_phrase_lcache_free(ph);
	words_free(ph);
	ph->text = NULL;
	ph->len = 0;
}

/* Every listing made from the core pass is stamped with doc_stamp, which
 * the new pass renews, so nothing made from it is used again (and only
 * search entry points call this, holding no listing). */
void cc_phrase_upgrade(cc_phrase *ph)
{
	if (ph->pass_mode != PASS_CORE)
		return;
	cc_phrase_lcache_free(ph);
	words_free(ph);
	pass_run(ph, PASS_FULL);
}

/* Record a phrase's on-demand listing so it is freed with the document. */
static int late_push(cc_phrase *ph, size_t id)
{
	unsigned short *nl = cc_realloc(ph->ctx, ph->late_ids, (ph->late_n + 1) * sizeof *nl);

	if (!nl)
		return 0;
	ph->late_ids = nl;
	ph->late_ids[ph->late_n++] = (unsigned short)id;
	return 1;
}

/* Append offset q to a growing array; 0 on failure (the array freed). */
static int pos_push(cc_ctx *ctx, size_t **pos, size_t *n, size_t *cap, size_t q)
{
	if (*n == *cap) {
		size_t ncap = *cap ? *cap * 2 : 8;
		size_t *np = cc_realloc(ctx, *pos, ncap * sizeof *np);

		if (!np) {
			cc_free(ctx, *pos);
			*pos = NULL;
			return 0;
		}
		*pos = np;
		*cap = ncap;
	}
	(*pos)[(*n)++] = q;
	return 1;
}

/* Chain the document's words by the hash of the whole word, last first so
 * each chain ascends (for the on-demand listings). 0 when out of memory. */
static int late_chains(cc_phrase *ph)
{
	size_t k;

	if (ph->late_head)
		return 1;
	if (!words_list(ph) || !shadow_get(ph))
		return 0;
	for (ph->late_bits = 6; ph->late_bits < 40 && (1ull << ph->late_bits) < (uint64_t)ph->nwords; ph->late_bits++)
		;
	ph->late_head = cc_malloc(ph->ctx, ((size_t)1 << ph->late_bits) * sizeof *ph->late_head);
	ph->late_next = cc_malloc(ph->ctx, (ph->nwords ? ph->nwords : 1) * sizeof *ph->late_next);
	if (!ph->late_head || !ph->late_next) {
		cc_free(ph->ctx, ph->late_head);
		cc_free(ph->ctx, ph->late_next);
		ph->late_head = ph->late_next = NULL;
		return 0;
	}
	memset(ph->late_head, 0xff, ((size_t)1 << ph->late_bits) * sizeof *ph->late_head);
	for (k = ph->nwords; k-- > 0;) {
		size_t h = ph->wlen[k] < CUE_LEN ? (size_t)(fw_mix(ph->lower + ph->wstart[k], ph->wlen[k]) >> (64 - ph->late_bits))
						  : 0;

		ph->late_next[k] = ph->late_head[h];
		ph->late_head[h] = k;
	}
	return 1;
}

occ *cc_phrase_occ(cc_phrase *ph, size_t id)
{
	const cue *c = &ph->cue_tab[id];
	occ *o = &ph->occ_tab[id];
	size_t *pos = NULL, n = 0, cap = 0, k;

	if (ph->occ_stamp[id] == ph->doc_stamp)
		return o;
	o->words = c->fw != 0 && ph->pass_ok;
	if (o->words && id < ph->doc_ncue && (ph->pass_mode == PASS_FULL || ph->cue_core[id])) {
		/* listed by this document's pass */
		o->pos = ph->hit_pos && ph->hit_stamp[id] == ph->doc_stamp ? ph->hit_pos + ph->hit_first[id] : NULL;
		o->n = o->pos ? ph->hit_cnt[id] : 0;
		ph->occ_stamp[id] = ph->doc_stamp;
		return o;
	}
	if (o->words) {
		if (!late_chains(ph))
			return NULL;
		for (k = ph->late_head[fw_mix(c->lw, c->fw) >> (64 - ph->late_bits)]; k != (size_t)-1; k = ph->late_next[k]) {
			if (ph->wlen[k] != c->fw || memcmp(ph->lower + ph->wstart[k], c->lw, c->fw))
				continue;
			if (cue_at(ph, c, ph->wstart[k]) && !pos_push(ph->ctx, &pos, &n, &cap, ph->wstart[k]))
				return NULL;
		}
	} else {
		/* not starting with a word byte: every raw match */
		const char *hay = c->cs ? ph->text : shadow_get(ph), *wl = c->cs ? c->w : c->lw, *p, *end;

		if (!hay)
			return NULL;
		end = hay + ph->len;
		for (p = hay; (size_t)(end - p) >= c->wl && (p = memmem(p, (size_t)(end - p), wl, c->wl)); p++)
			if (!pos_push(ph->ctx, &pos, &n, &cap, (size_t)(p - hay)))
				return NULL;
	}
	if (pos && !late_push(ph, id)) {
		cc_free(ph->ctx, pos);
		return NULL;
	}
	o->pos = pos;
	o->n = n;
	ph->occ_stamp[id] = ph->doc_stamp;
	return o;
}

/* (Not listed, see phrase_int.h, so tested here: phrase c matches at
 * lim - wl, that place starts a word or the span, and the word goes on
 * past lim.) */
int cc_phrase_cut_match(const cc_phrase *ph, const cue *c, size_t off, size_t lim)
{
	const char *t = ph->text;
	size_t q;

	if (lim >= ph->len || !cc_wordch(t[lim]) || !cc_wordch(t[lim - 1]) || lim - off < c->wl)
		return 0;
	q = lim - c->wl;
	if (q > off && cc_wordch(t[q - 1]))
		return 0;
	return c->cs ? !memcmp(t + q, c->w, c->wl) : cc_phrase_ci_eq(t + q, c->lw, c->wl);
}

/* The search from phrase id's listed matches, in [off, lim) of the text. */
static const char *find_listed(cc_phrase *ph, size_t id, const occ *o, size_t off, size_t lim)
{
	const cue *c = &ph->cue_tab[id];
	const char *t = ph->text, *w = c->w;
	size_t wl = c->wl, lo = 0, hi = o->n, k;

	if (o->words && off > 0 && cc_wordch(t[off - 1])) {
		/* a match starting inside a word counts only at the span start
		 * (the bytes before the span do not count) */
		for (k = 0; k < wl && (c->cs ? t[off + k] == w[k] : lc(t[off + k]) == lc(w[k])); k++)
			;
		if (k == wl) {
			if (off + wl > lim)
				return NULL;
			if (!(off + wl < lim && cc_wordch(t[off + wl]) && cc_wordch(w[wl - 1])))
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

		if (q > off && cc_wordch(t[q - 1]) && cc_wordch(w[0]))
			continue;
		if (q + wl < lim && cc_wordch(t[q + wl]) && cc_wordch(w[wl - 1]))
			continue;
		return t + q;
	}
	if (o->words && c->fw == wl && cc_phrase_cut_match(ph, c, off, lim))
		return t + lim - wl;
	return NULL;
}

const char *cc_phrase_find(cc_phrase *ph, const char *s, size_t len, const char *w, int cs)
{
	size_t wl = strlen(w), k;
	char wlow[CUE_LEN];
	const char *hay = s, *p, *end;
	occ *o;
	long id;

	if (!wl || wl > len)
		return NULL;
	if (!ph->text || s < ph->text || s + len > ph->text + ph->len)
		return cc_word_find(s, len, w, cs ? CC_WS_CASE : 0);
	if ((id = cc_phrase_cue_id(ph, w, cs, wl)) >= 0 &&
	    (ph->cue_core[id] || ph->pass_mode == PASS_FULL || !ph->cue_tab[id].fw || (cc_phrase_upgrade(ph), 1)) &&
	    (o = cc_phrase_occ(ph, (size_t)id)))
		return find_listed(ph, (size_t)id, o, (size_t)(s - ph->text), (size_t)(s - ph->text) + len);
	/* not indexed: memmem over the text, or its lower-case shadow */
	if (!cs) {
		if (wl >= sizeof wlow || !shadow_get(ph))
			return cc_word_find(s, len, w, 0);
		for (k = 0; k < wl; k++)
			wlow[k] = (char)lc(w[k]);
		wlow[wl] = '\0';
		hay = ph->lower + (s - ph->text);
		w = wlow;
	}
	end = hay + len;
	for (p = hay; (size_t)(end - p) >= wl && (p = memmem(p, (size_t)(end - p), w, wl)); p++) {
		if (p > hay && cc_wordch(p[-1]) && cc_wordch(w[0]))
			continue;
		if (p + wl < end && cc_wordch(p[wl]) && cc_wordch(w[wl - 1]))
			continue;
		return s + (p - hay);
	}
	return NULL;
}
