/*
 * phrase_int.h -- the phrase search object's state, shared by its two
 * files only (phrase.c: the phrase registry, the pass over a document's
 * words and each phrase's matches; phrase_list.c: lists of phrases, their
 * merged matches, the iterator and the sets). Nothing else includes it.
 *
 * How a document is searched. Each phrase asked for is registered once
 * (an id), indexed by its lower-case first word; at the start of each
 * document one pass over the document's words looks each word up in
 * that index and lists, per phrase, the word starts where the whole
 * phrase matches. A search is then a binary search in the phrase's list
 * of matches. After the first few documents every phrase in use is
 * registered, so a document costs one hash per word however many phrases
 * there are. A phrase first asked for in the middle of a document (not in
 * that document's pass), or one that does not start with a word byte, is
 * listed on demand for that document.
 *
 * What makes a document cost: the pass reads the word bounds from 64-byte
 * masks (no word list, no lower-case copy of the text), one hash per word;
 * words whose hash slot holds phrases (about a quarter) go on to
 * pass_chain. A document opened with full == 0 gets a pass over the core
 * lists' phrases only (PASS_CORE), so common words that begin only other
 * phrases ("of", "in", "for") are not looked at; a match of the watched
 * list, or any other phrase asked for, turns it into the full pass
 * (cc_phrase_upgrade). The lists' merged matches (phrase_list.c) come from
 * the pass's matches in text order, counted per list while grouping them.
 *
 * A listed match starts a word (a match starting inside a word can only
 * count at the very start of the searched span, which the searches test
 * themselves) and its first word is that whole word. A one-word phrase can
 * also match the front of a longer word when the span ends inside that
 * word: the searches test that one place at the span's end themselves.
 */
#ifndef CC_EXTRACT_PHRASE_INT_H
#define CC_EXTRACT_PHRASE_INT_H

#include "phrase.h"
#include "../core/words.h"

#include <assert.h>
#include <stdint.h>

#define CUE_MAX 1024   /* distinct phrases per object; more are searched plainly */
#define CUE_LEN 64     /* longest phrase, with its NUL */
#define CUE_SLOTS 4096 /* the address hash: a power of two, >= 2 * CUE_MAX */
#define FW_SLOTS 8192  /* heads of the first-word chains: a power of two */
#define LREG_SLOTS 64  /* lists per object (a bit each in cue_lists) */
#define LREG_IDX 128   /* the list address hash: a power of two, > LREG_SLOTS */
#define SET_MAX 8      /* sets for cc_phrase_lacks */
#define HIT_ID_BITS 10 /* a phrase id in a pass match (see hitbuf) */
#define GATE_ALL 0xffffffffu
_Static_assert(CUE_MAX <= 1u << HIT_ID_BITS, "a phrase id fits HIT_ID_BITS");

enum { PASS_FULL, PASS_CORE };

/* One phrase's matches in the current document. */
typedef struct occ {
	const size_t *pos; /* text offsets of the matches, ascending */
	size_t n;
	int words;         /* listed by words (above); else every raw match */
} occ;

typedef struct cue {
	unsigned char wl;      /* its length */
	unsigned char fw;      /* length of its first word (0: starts with a non-word byte) */
	unsigned char cs;      /* searched case-sensitively */
	char w[CUE_LEN];       /* the phrase as written (a copy: its address is the key) */
	char lw[CUE_LEN];      /* the phrase in lower case */
} cue;

/*
 * What the word pass reads of each phrase, apart and small: its first
 * word's first 8 bytes packed (lower case, zero padded), the lengths, the
 * two bytes after the first word (lower case) and the first byte as
 * written (quick refusals before comparing the rest).
 */
typedef struct cue_hot {
	uint64_t k8;
	unsigned char fw, wl, nx0, nx1, c0, cs;
} cue_hot;

/*
 * Every match of every phrase of a list, merged in one array ordered by
 * text offset then by the phrase's place in the list: cc_phrase_first
 * asks for the same lists over many spans, and one binary search then
 * replaces a search per phrase. The list's phrase ids are kept for the
 * object's life; the merged array per document. ok 0: a phrase cannot be
 * listed, so the searches go phrase by phrase.
 */
typedef struct cue_hit { size_t pos; size_t idx; } cue_hit;

typedef struct lreg {
	const char *const *list;
	int cs;
	unsigned short *ids; /* each phrase's id; NULL: some phrase cannot be listed */
	size_t ncue;
	unsigned stamp;      /* the document hit/n were made for */
	unsigned born;       /* the document it was registered in */
	int ok;
	int dup;             /* a phrase is in the list twice */
	int allcore;         /* every phrase is in the core pass tables */
	int raw;             /* a phrase starts with a non-word byte (not in any pass) */
	size_t maxid;        /* its largest phrase id */
	cue_hit *hit;        /* ascending (pos, idx) */
	size_t n;
	size_t hitcap;       /* room at hit, kept from one document to the next */
} lreg;

/* A set of lists for cc_phrase_lacks, and where any of their phrases
 * occurs in the current document (made on the first span asked about). */
typedef struct pset {
	cc_phrase_list lists[3];
	size_t nlists;
	size_t *pos;
	size_t n, cap;  /* cap: room at pos, kept from one document to the next */
	unsigned stamp; /* the document pos was made for (0: none) */
	int ok;
} pset;

struct cc_phrase {
	cc_ctx *ctx;

	/* the registry: every phrase asked for, for the object's life */
	cue cue_tab[CUE_MAX];
	cue_hot cue_h[CUE_MAX];
	unsigned cue_n;
	uint64_t cue_key[CUE_SLOTS];        /* address * 2 + cs; 0: free */
	unsigned short cue_slot_id[CUE_SLOTS];
	uint64_t cue_lists[CUE_MAX];        /* bit k: the phrase is in list lreg_tab[k] */

	/*
	 * The pass's tables: phrases with the same first word form a group,
	 * so a word of the text is compared once per distinct first word of
	 * its hash slot, then each phrase of the matching group is tried. A
	 * slot's chain links the groups' first phrases (fwnext), each group
	 * links its phrases (grpnext); links are ids + 1 (0: none). Two sets:
	 * every word phrase (PASS_FULL) and the core lists' alone (PASS_CORE).
	 */
	unsigned short tb_head[2][FW_SLOTS];
	unsigned short tb_fwnext[2][CUE_MAX], tb_grpnext[2][CUE_MAX];
	unsigned char tb_multi[2][CUE_MAX]; /* on a group's first phrase: one has more words */
	unsigned char cue_core[CUE_MAX];    /* in the core tables */
	int core_state;                     /* 0 not set up, 1 ready, -1 unusable */
	/*
	 * Per slot of the core tables, the byte two after a word (folded, low
	 * 5 bits) that one of the slot's phrases can have there; all ones when
	 * a phrase is one word or ends one byte after its first: most words
	 * that begin only longer phrases ("the" of "the study") are passed
	 * over without looking at their group.
	 */
	uint32_t core_gate[FW_SLOTS];
	uint64_t core_watch; /* the watched list's bit in cue_lists */

	/* the lists (phrase_list.c): by address, slot + 1 in lreg_idx (0: free) */
	lreg lreg_tab[LREG_SLOTS];
	size_t lreg_n;
	unsigned short lreg_pool[CUE_MAX * 2];
	size_t lreg_pool_n;
	unsigned char lreg_idx[LREG_IDX];
	/* per phrase, while a merged list is made from hit_seq: how many of its
	 * matches were passed (valid when cur_stamp is cur_gen) */
	unsigned cur_gen, cur_stamp[CUE_MAX], cur_val[CUE_MAX];
	pset sets[SET_MAX];
	size_t nsets;

	/* the open document (text NULL: none) and a lower-case shadow of it,
	 * made on the first search that needs one (cc_phrase_shadow) */
	const char *text;
	size_t len;
	char *lower;

	/* Per document: the matches of the phrases registered when its pass
	 * ran (ids below doc_ncue), grouped by phrase; the stamps say which
	 * entries belong to the current document, so nothing is cleared
	 * between documents. */
	unsigned doc_stamp;
	unsigned doc_ncue;
	unsigned hit_stamp[CUE_MAX], occ_stamp[CUE_MAX];
	unsigned hit_cnt[CUE_MAX], hit_first[CUE_MAX], hit_fill[CUE_MAX];
	occ occ_tab[CUE_MAX];
	size_t *hit_pos;        /* every pass match, grouped by phrase */
	/* the pass's buffer of matches in text order, kept from one
	 * document to the next when small (pass_run) */
	uint64_t *pass_v;
	size_t pass_cap;
	/* the phrase ids of the pass matches in text order (hit_pos holds
	 * their offsets, grouped by phrase), and per list how many of them
	 * belong to it: the merged list of a list registered before this
	 * document is then made by one walk over its matches, in order */
	unsigned short *hit_seq;
	size_t hit_nseq;
	unsigned list_cnt_stamp[LREG_SLOTS];
	size_t list_cnt[LREG_SLOTS];
	unsigned short *late_ids; /* phrases listed on demand (their pos freed per document) */
	size_t late_n;
	int pass_ok;   /* this document's pass ran (else search plainly) */
	int pass_mode; /* PASS_FULL or PASS_CORE: the phrases it listed */
	/* The document's words (maximal runs of word bytes), listed only for
	 * the on-demand listings, and chained by the hash of the whole word,
	 * on the first such phrase of a document (NULL until then), so that
	 * each costs its own matches, not a walk over every word. */
	size_t *wstart;    /* word start offsets, ascending */
	size_t *wlen;      /* their lengths */
	size_t nwords;
	size_t *late_next; /* next word in the chain, (size_t)-1: none */
	size_t *late_head; /* 1 << late_bits heads */
	unsigned late_bits;
};

/* phrase.c */

/* The id of phrase w (registering it on first sight); -1 when it cannot
 * be listed (too long, empty, the registry full). */
long cc_phrase_cue_id(cc_phrase *ph, const char *w, int cs, size_t wl);
/* Add word phrase id to the pass tables t (PASS_FULL or PASS_CORE). */
void cc_phrase_table_add(cc_phrase *ph, int t, unsigned id);
/* Phrase id's matches in the open document (NULL: search plainly). */
occ *cc_phrase_occ(cc_phrase *ph, size_t id);
/* A one-word phrase matching the front of the word that [off, lim) cuts
 * at its end (see above)? */
int cc_phrase_cut_match(const cc_phrase *ph, const cue *c, size_t off, size_t lim);
/* A document on the core pass asks for another phrase: the full pass now. */
void cc_phrase_upgrade(cc_phrase *ph);

/* phrase_list.c */

/* List `list`'s merged matches in the open document; NULL when it cannot
 * be used (search phrase by phrase). */
const lreg *cc_phrase_lcache(cc_phrase *ph, const char *const *list, int cs);
/* Forget the merged lists and sets made for the open document (their
 * buffers are kept for the next document when small). */
void cc_phrase_lcache_free(cc_phrase *ph);
/* Free the listings' buffers that cc_phrase_lcache_free keeps for the
 * next document (with the phrase object). */
void cc_phrase_lcache_release(cc_phrase *ph);
/* The document stamps wrapped: no list was born in the new numbering. */
void cc_phrase_lcache_wrap(cc_phrase *ph);

/* Do the n bytes at s equal the lower-case lw, ignoring ASCII case? */
static inline int cc_phrase_ci_eq(const char *s, const char *lw, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (cc_lower((unsigned char)s[i]) != (unsigned char)lw[i])
			return 0;
	return 1;
}

#endif
