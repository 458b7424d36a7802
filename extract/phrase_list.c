/*
 * phrase_list.c -- lists of phrases in the phrase search object
 * (extract/phrase.h): each list's phrases registered once, their matches
 * in a document merged into one array in text order, and what is built
 * on that: the core lists' pass tables, the iterator over a list's
 * matches in a span, the first of a list in a span, and sets of lists
 * that a span surely lacks. phrase.c holds the single phrases and the
 * pass; phrase_int.h the state.
 *
 * Stage: extract. Must not: know any words, or answer differently from
 * searching the list's phrases one by one with cc_word_find.
 */
#include "phrase_int.h"

#include <stdlib.h>
#include <string.h>

static inline size_t lreg_hash(const char *const *list, int cs)
{
	return (size_t)((((uint64_t)(uintptr_t)list >> 3) * 2u + (uint64_t)(cs != 0)) * 0x9E3779B97F4A7C15ull >> 57) &
	       (LREG_IDX - 1);
}

void cc_phrase_lcache_wrap(cc_phrase *ph)
{
	size_t k;

	for (k = 0; k < ph->lreg_n; k++) {
		ph->lreg_tab[k].born = 0;
		ph->lreg_tab[k].stamp = 0;
	}
}

static int hit_cmp(const void *x, const void *y)
{
	const cue_hit *a = x, *b = y;

	if (a->pos != b->pos)
		return a->pos < b->pos ? -1 : 1;
	return a->idx < b->idx ? -1 : a->idx > b->idx;
}

/* A buffer with room for n entries of size bytes: p (room for *cap) when
 * big enough -- kept from an earlier document -- else a new one, p freed;
 * NULL when out of memory. */
static void *room(cc_phrase *ph, void *p, size_t *cap, size_t n, size_t size)
{
	if (*cap >= n)
		return p;
	cc_free(ph->ctx, p);
	*cap = 0;
	if (!(p = cc_malloc(ph->ctx, n * size)))
		return NULL;
	*cap = n;
	return p;
}

/* Register list `list` at free slot h of lreg_idx, and its phrases; NULL
 * when the registry is full, L->ids NULL when a phrase cannot be
 * registered. */
static lreg *lreg_add(cc_phrase *ph, const char *const *list, int cs, size_t h)
{
	size_t k, ncue;
	lreg *L;

	if (ph->lreg_n == LREG_SLOTS)
		return NULL;
	for (ncue = 0; list[ncue]; ncue++)
		;
	ph->lreg_idx[h] = (unsigned char)(ph->lreg_n + 1); /* LREG_IDX > LREG_SLOTS: never full */
	L = &ph->lreg_tab[ph->lreg_n++];
	memset(L, 0, sizeof *L);
	L->list = list;
	L->cs = cs;
	L->ncue = ncue;
	L->born = ph->doc_stamp;
	if (ph->lreg_pool_n + ncue > sizeof ph->lreg_pool / sizeof ph->lreg_pool[0])
		return L;
	L->ids = ph->lreg_pool + ph->lreg_pool_n;
	for (k = 0; k < ncue; k++) {
		long id = cc_phrase_cue_id(ph, list[k], cs, strlen(list[k]));

		if (id < 0) {
			L->ids = NULL;
			return L;
		}
		L->ids[k] = (unsigned short)id;
	}
	ph->lreg_pool_n += ncue;
	L->allcore = 1;
	for (k = 0; k < ncue; k++) {
		uint64_t bit = 1ull << (L - ph->lreg_tab);

		L->dup |= (ph->cue_lists[L->ids[k]] & bit) != 0;
		ph->cue_lists[L->ids[k]] |= bit;
		if (L->ids[k] > L->maxid)
			L->maxid = L->ids[k];
		L->allcore &= ph->cue_core[L->ids[k]];
		L->raw |= !ph->cue_tab[L->ids[k]].fw;
	}
	return L;
}

/* List `list` in the registry, registering it on first sight. Inline:
 * every list search starts here. */
static inline lreg *lreg_get(cc_phrase *ph, const char *const *list, int cs)
{
	size_t h = lreg_hash(list, cs);

	for (; ph->lreg_idx[h]; h = (h + 1) & (LREG_IDX - 1))
		if (ph->lreg_tab[ph->lreg_idx[h] - 1].list == list && ph->lreg_tab[ph->lreg_idx[h] - 1].cs == cs)
			return &ph->lreg_tab[ph->lreg_idx[h] - 1];
	return lreg_add(ph, list, cs, h);
}

/* Is phrase id listed by this document's pass (so no listing of its own)?
 * (A phrase that starts with a non-word byte is in no pass.) */
static int in_pass(const cc_phrase *ph, size_t id)
{
	return id < ph->doc_ncue && ph->pass_ok && ph->cue_tab[id].fw &&
	       (ph->pass_mode == PASS_FULL || ph->cue_core[id]);
}

/* Every phrase of L was in this document's pass, which counted the list's
 * matches: walk them in text order (ties: list order). 0 when out of
 * memory. */
static int merge_from_pass(cc_phrase *ph, lreg *L)
{
	size_t slot = (size_t)(L - ph->lreg_tab), j, k;
	size_t total = ph->list_cnt_stamp[slot] == ph->doc_stamp ? ph->list_cnt[slot] : 0;

	if (!total)
		return 1;
	if (!(L->hit = room(ph, L->hit, &L->hitcap, total, sizeof *L->hit)))
		return 0;
	if (++ph->cur_gen == 0) {
		memset(ph->cur_stamp, 0, sizeof ph->cur_stamp);
		ph->cur_gen = 1;
	}
	for (j = 0; j < ph->hit_nseq && L->n < total; j++) {
		size_t id = ph->hit_seq[j], c, q, m;

		if (!(ph->cue_lists[id] >> slot & 1))
			continue;
		c = ph->cur_stamp[id] == ph->cur_gen ? ph->cur_val[id] : 0;
		ph->cur_stamp[id] = ph->cur_gen;
		ph->cur_val[id] = (unsigned)c + 1;
		q = ph->hit_pos[ph->hit_first[id] + c];
		for (k = 0; L->ids[k] != id; k++)
			;
		for (m = L->n++; m > 0 && L->hit[m - 1].pos == q && L->hit[m - 1].idx > k; m--)
			L->hit[m] = L->hit[m - 1];
		L->hit[m].pos = q;
		L->hit[m].idx = k;
	}
	return 1;
}

/* The merged list from each phrase's matches (the pass's, or its own
 * listing), sorted. 0 when a phrase cannot be listed or out of memory. */
static int merge_each(cc_phrase *ph, lreg *L)
{
	size_t k, j, total = 0;

	for (k = 0; k < L->ncue; k++) {
		size_t id = L->ids[k];
		const occ *o;

		if (in_pass(ph, id)) { /* no occ needed */
			total += ph->hit_stamp[id] == ph->doc_stamp ? ph->hit_cnt[id] : 0;
			continue;
		}
		if (!(o = cc_phrase_occ(ph, id)))
			return 0;
		total += o->n;
	}
	if (!total)
		return 1;
	if (!(L->hit = room(ph, L->hit, &L->hitcap, total, sizeof *L->hit)))
		return 0;
	for (k = 0; k < L->ncue; k++) {
		size_t id = L->ids[k], n;
		const size_t *pos;

		if (in_pass(ph, id)) {
			if (ph->hit_stamp[id] != ph->doc_stamp)
				continue;
			pos = ph->hit_pos + ph->hit_first[id];
			n = ph->hit_cnt[id];
		} else {
			pos = ph->occ_tab[id].pos;
			n = ph->occ_tab[id].n;
		}
		for (j = 0; j < n; j++) {
			L->hit[L->n].pos = pos[j];
			L->hit[L->n++].idx = k;
		}
	}
	if (L->n > 1)
		qsort(L->hit, L->n, sizeof *L->hit, hit_cmp);
	return 1;
}

const lreg *cc_phrase_lcache(cc_phrase *ph, const char *const *list, int cs)
{
	lreg *L = lreg_get(ph, list, cs);

	if (!L || !L->ids)
		return NULL;
	if (ph->pass_mode == PASS_CORE && !L->allcore)
		cc_phrase_upgrade(ph);
	if (L->stamp == ph->doc_stamp)
		return L->ok ? L : NULL;
	L->stamp = ph->doc_stamp;
	L->ok = 0;
	L->n = 0;
	if (ph->pass_ok && !L->dup && !L->raw && L->born != ph->doc_stamp && L->maxid < ph->doc_ncue &&
	    (ph->pass_mode == PASS_FULL || L->allcore))
		L->ok = merge_from_pass(ph, L);
	else
		L->ok = merge_each(ph, L);
	return L->ok ? L : NULL;
}

/* The most entries a listing's buffer keeps between documents. */
#define LCACHE_KEEP_MAX ((size_t)4096)

void cc_phrase_lcache_free(cc_phrase *ph)
{
	size_t k;

	/* the buffers stay for the next document's listings when small (a
	 * news story's), so most documents allocate none */
	for (k = 0; k < ph->nsets; k++) {
		if (ph->sets[k].cap > LCACHE_KEEP_MAX) {
			cc_free(ph->ctx, ph->sets[k].pos);
			ph->sets[k].pos = NULL;
			ph->sets[k].cap = 0;
		}
		ph->sets[k].n = 0;
		ph->sets[k].stamp = 0;
	}
	for (k = 0; k < ph->lreg_n; k++) {
		if (ph->lreg_tab[k].hitcap > LCACHE_KEEP_MAX) {
			cc_free(ph->ctx, ph->lreg_tab[k].hit);
			ph->lreg_tab[k].hit = NULL;
			ph->lreg_tab[k].hitcap = 0;
		}
		ph->lreg_tab[k].n = 0;
		ph->lreg_tab[k].stamp = 0;
	}
}

void cc_phrase_lcache_release(cc_phrase *ph)
{
	size_t k;

	for (k = 0; k < ph->nsets; k++) {
		cc_free(ph->ctx, ph->sets[k].pos);
		ph->sets[k].pos = NULL;
		ph->sets[k].cap = 0;
	}
	for (k = 0; k < ph->lreg_n; k++) {
		cc_free(ph->ctx, ph->lreg_tab[k].hit);
		ph->lreg_tab[k].hit = NULL;
		ph->lreg_tab[k].hitcap = 0;
	}
}

/* (core_state -1 when a list cannot be registered: every pass is then a
 * full one.) */
int cc_phrase_core(cc_phrase *ph, const cc_phrase_list *lists, size_t n, size_t watch)
{
	size_t k, j;

	assert(!ph->core_state && watch < n);
	ph->core_state = -1;
	for (k = 0; k < n; k++) {
		lreg *L = lreg_get(ph, lists[k].list, lists[k].cs);

		if (!L || !L->ids)
			return CC_ERROR;
		for (j = 0; j < L->ncue; j++) {
			size_t id = L->ids[j];

			if (!ph->cue_core[id]) {
				ph->cue_core[id] = 1; /* a phrase with no first word needs no pass */
				if (ph->cue_tab[id].fw)
					cc_phrase_table_add(ph, PASS_CORE, (unsigned)id);
			}
		}
		L->allcore = 1;
		if (k == watch)
			ph->core_watch = 1ull << (L - ph->lreg_tab);
	}
	for (k = 0; k < FW_SLOTS; k++) {
		uint32_t gate = 0;
		unsigned g, c;

		for (g = ph->tb_head[PASS_CORE][k]; g; g = ph->tb_fwnext[PASS_CORE][g - 1])
			for (c = g; c; c = ph->tb_grpnext[PASS_CORE][c - 1])
				gate |= ph->cue_h[c - 1].wl <= ph->cue_h[c - 1].fw + 1 ? GATE_ALL
										   : 1u << ((ph->cue_h[c - 1].nx1 | 0x20) & 31);
		ph->core_gate[k] = gate;
	}
	ph->core_state = 1;
	return CC_OK;
}

/*
 * The iterator. From the merged list (L): first, when the span starts
 * inside a word, the phrases that cc_word_find accepts at its very start
 * (in list order: the earliest matches there can be, all that
 * cc_phrase_first asks), then the listed matches from the span's start on
 * (text order, ties list order), then the one-word phrases cut by the
 * span's end. Without one: phrase by phrase, each phrase's matches in
 * text order.
 */
void cc_phrase_iter_start(cc_phrase_iter *it, cc_phrase *ph, const char *s, size_t len, const char *const *list,
			  int cs)
{
	const lreg *L = NULL;
	const char *t = ph->text;
	size_t lo = 0, hi;

	memset(it, 0, sizeof *it);
	it->ph = ph;
	it->list = list;
	it->cs = cs;
	it->s = it->next = s;
	it->len = len;
	if (!t || s < t || s + len > t + ph->len || !(L = cc_phrase_lcache(ph, list, cs)))
		return; /* phrase by phrase (it->cut counts the phrases) */
	it->L = L;
	it->off = (size_t)(s - t);
	it->lim = it->off + len;
	/* (a phrase tested there begins with a word byte) */
	it->head = it->off > 0 && cc_wordch(t[it->off - 1]) && it->off < ph->len && cc_wordch(t[it->off]) ? 0 : L->ncue;
	for (hi = L->n; lo < hi;) {
		size_t mid = lo + (hi - lo) / 2;

		if (L->hit[mid].pos < it->off)
			lo = mid + 1;
		else
			hi = mid;
	}
	it->i = lo;
	it->cut = it->lim < ph->len && it->lim > it->off && cc_wordch(t[it->lim]) && cc_wordch(t[it->lim - 1]) ? 0
													     : L->ncue;
	if (it->cut == 0) {
		/* a cut match is a one-word phrase ending at lim that starts the
		 * cut word, or the span when the word begins before it: so only
		 * a phrase of this length can be one */
		size_t q = it->lim;

		while (q > it->off && cc_wordch(t[q - 1]))
			q--;
		it->cutlen = it->lim - q;
	}
}

/* The merged list's next match at the span's start (see above). */
static const char *iter_head(cc_phrase_iter *it, size_t *idx)
{
	const lreg *L = it->L;
	const char *t = it->ph->text;

	for (; it->head < L->ncue; it->head++) {
		size_t id = L->ids[it->head], wl = it->ph->cue_tab[id].wl, k;
		const char *w = it->list[it->head];
		occ *o;

		if (it->off + wl > it->lim)
			continue;
		if (it->ph->cue_tab[id].cs) {
			if (memcmp(t + it->off, w, wl))
				continue;
		} else {
			for (k = 0; k < wl && cc_lower((unsigned char)t[it->off + k]) == cc_lower((unsigned char)w[k]); k++)
				;
			if (k < wl)
				continue;
		}
		if (!(o = cc_phrase_occ(it->ph, id)) || !o->words)
			continue; /* (every raw match is listed) */
		if (it->off + wl < it->lim && cc_wordch(t[it->off + wl]) && cc_wordch(w[wl - 1]))
			continue;
		*idx = it->head++;
		return t + it->off;
	}
	return NULL;
}

const char *cc_phrase_iter_next(cc_phrase_iter *it, size_t *idx)
{
	const lreg *L = it->L;
	const char *t = it->ph->text, *p;

	if (!L) {
		for (; it->list[it->cut]; it->cut++, it->next = it->s)
			if ((p = cc_phrase_find(it->ph, it->next, (size_t)(it->s + it->len - it->next), it->list[it->cut],
						it->cs))) {
				it->next = p + 1;
				*idx = it->cut;
				return p;
			}
		return NULL;
	}
	if ((p = iter_head(it, idx)))
		return p;
	for (; it->i < L->n && L->hit[it->i].pos < it->lim; it->i++) {
		size_t q = L->hit[it->i].pos, k = L->hit[it->i].idx;
		const char *w = it->list[k];
		size_t wl = it->ph->cue_tab[L->ids[k]].wl;

		if (q + wl > it->lim)
			continue;
		if (q > it->off && cc_wordch(t[q - 1]) && cc_wordch(w[0]))
			continue;
		if (q + wl < it->lim && cc_wordch(t[q + wl]) && cc_wordch(w[wl - 1]))
			continue;
		it->i++;
		*idx = k;
		return t + q;
	}
	for (; it->cut < L->ncue; it->cut++) {
		size_t id = L->ids[it->cut];
		const cue *c = &it->ph->cue_tab[id];
		const occ *o;

		/* (a cut at the span's start inside a word was a head match; a
		 * raw listing holds every match) */
		if (c->wl != it->cutlen || c->fw != c->wl ||
		    (it->lim - c->wl == it->off && it->off > 0 && cc_wordch(t[it->off - 1])))
			continue;
		if (!cc_phrase_cut_match(it->ph, c, it->off, it->lim) || !(o = cc_phrase_occ(it->ph, id)) || !o->words)
			continue;
		*idx = it->cut++;
		return t + it->lim - c->wl;
	}
	return NULL;
}

long cc_phrase_first(cc_phrase *ph, const char *s, size_t len, const char *const *list, int cs, const char **at)
{
	const char *best = NULL, *p;
	long bidx = -1;
	size_t k;
	cc_phrase_iter it;

	cc_phrase_iter_start(&it, ph, s, len, list, cs);
	if (it.L) {
		/* the earliest match (ties: the earlier phrase): the first at the
		 * span's start or listed, then any earlier cut match */
		while ((p = cc_phrase_iter_next(&it, &k))) {
			if (!best || p < best || (p == best && (long)k < bidx)) {
				best = p;
				bidx = (long)k;
			}
			it.i = ((const lreg *)it.L)->n; /* later listed matches are not earlier */
		}
	} else {
		for (k = 0; list[k]; k++)
			if ((p = cc_phrase_find(ph, s, len, list[k], cs)) && (!best || p < best)) {
				best = p;
				bidx = (long)k;
			}
	}
	if (at)
		*at = best;
	return bidx;
}

int cc_phrase_add_set(cc_phrase *ph, const cc_phrase_list *lists, size_t n)
{
	pset *S;

	if (ph->nsets == SET_MAX || n > 3 || !n)
		return -1;
	S = &ph->sets[ph->nsets];
	memset(S, 0, sizeof *S);
	memcpy(S->lists, lists, n * sizeof *lists);
	S->nlists = n;
	return (int)ph->nsets++;
}

/*
 * Where any phrase of set S occurs in the open document: the merged
 * offsets of its lists' matches. 0 when a list cannot be used.
 */
static int set_make(cc_phrase *ph, pset *S)
{
	const lreg *L[3];
	size_t i[3] = { 0, 0, 0 }, n = 0, k;
	int tries;

	S->n = 0; /* (pos: the room kept, filled below) */
	S->ok = 0;
	/* a list search may run the full pass (renewing doc_stamp and every
	 * listing): then get them again, the pass being full now */
	for (tries = 0; tries < 2; tries++) {
		unsigned stamp = ph->doc_stamp;

		for (k = 0; k < S->nlists; k++)
			if (!(L[k] = cc_phrase_lcache(ph, S->lists[k].list, S->lists[k].cs)))
				break;
		if (stamp == ph->doc_stamp)
			break;
	}
	S->stamp = ph->doc_stamp;
	if (tries == 2 || k < S->nlists)
		return 0;
	for (k = 0; k < S->nlists; k++)
		n += L[k]->n;
	if (n && !(S->pos = room(ph, S->pos, &S->cap, n, sizeof *S->pos)))
		return 0;
	/* merge the ascending lists */
	while (S->n < n) {
		size_t best = 3;

		for (k = 0; k < S->nlists; k++)
			if (i[k] < L[k]->n && (best == 3 || L[k]->hit[i[k]].pos < L[best]->hit[i[best]].pos))
				best = k;
		S->pos[S->n++] = L[best]->hit[i[best]++].pos;
	}
	S->ok = 1;
	return 1;
}

/*
 * A span with no listed match of the set, whose ends are not inside words
 * (so that no search can match at its start or cut a word at its end:
 * its first byte or the one before is not a word byte, and so for its
 * last), holds no phrase of the set: one binary search instead of a list
 * search per list. Most sentences asked about name no source and report
 * no survey.
 */
int cc_phrase_lacks(cc_phrase *ph, int set, size_t a, size_t b)
{
	const char *t = ph->text;
	pset *S;
	size_t lo = 0, hi;

	assert(set >= 0 && (size_t)set < ph->nsets);
	S = &ph->sets[set];
	if (!t || a > b || b > ph->len || (a > 0 && a < ph->len && cc_wordch(t[a - 1]) && cc_wordch(t[a])) ||
	    (b < ph->len && b > a && cc_wordch(t[b]) && cc_wordch(t[b - 1])))
		return 0;
	if (S->stamp != ph->doc_stamp && !set_make(ph, S))
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
