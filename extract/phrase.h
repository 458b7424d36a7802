/*
 * phrase.h -- the phrase search over one document at a time (stage:
 * extract): "where does this cue, or the first of these cues, occur in
 * this span of the text?", asked for many overlapping spans (each claim's
 * sentence, each survey's scope) and answered from an index of the
 * document's words instead of a scan per question.
 *
 * Its answers are exactly those of the plain word search of core/words.h:
 * cc_phrase_find returns what cc_word_find returns for the same span and
 * flags (CC_WS_CASE when cs is set); cc_phrase_first's position is the
 * earliest cc_word_find position of the list's phrases (ties: the earlier
 * phrase), so it finds one exactly when cc_word_any does; the iterator
 * yields every position where cc_word_find accepts a phrase of the list;
 * cc_phrase_lacks answers 1 only where no phrase of the set is accepted.
 * (tests/test_phrase.c compares them on many spans.) Spans outside the
 * current document, or searches it cannot index, are answered by the
 * plain search itself.
 *
 * The object keeps what it learns across documents: every phrase and
 * list it has been asked for, so after the first few documents a document
 * costs one pass over its words. It is remembered by address: pass
 * phrases and lists that live as long as the object and never change
 * (string literals, cc_vocab_list() lists); a phrase at a known address
 * with other contents is searched plainly, a list must not change.
 *
 * One object per thread (it lives on the cc_ctx, which is per thread);
 * no global state. Must not: know what the words mean (callers pass every
 * list), read anything but the text it is given, or allocate outside the
 * ctx allocator. Internal allocation failures make it search plainly
 * (slower, same answers).
 */
#ifndef CC_EXTRACT_PHRASE_H
#define CC_EXTRACT_PHRASE_H

#include <stddef.h>

#include "../core/doc.h"

typedef struct cc_phrase cc_phrase;

/* A list of phrases (NULL-terminated) and how it is searched. */
typedef struct cc_phrase_list {
	const char *const *list;
	int cs; /* case-sensitive; else ASCII case is ignored */
} cc_phrase_list;

/* A new, empty search object; *out NULL and CC_ENOMEM on failure.
 * Allocates through ctx, which must outlive it. */
int cc_phrase_new(cc_phrase **out, cc_ctx *ctx);

/* Free the object (NULL is fine); no document may be open. */
void cc_phrase_free(cc_phrase *ph);

/*
 * Once, before the first document: the lists that every document with
 * claims searches (the "core" lists). A document opened with full == 0 is
 * indexed for these alone until another phrase is asked for, which
 * indexes it for every phrase then. A match of a phrase of lists[watch]
 * does that at once (the caller knows such a document will ask for
 * more). CC_OK, or CC_ERROR when the lists cannot all be indexed (every
 * document is then indexed in full: same answers).
 */
int cc_phrase_core(cc_phrase *ph, const cc_phrase_list *lists, size_t n, size_t watch);

/* Register a set of up to 3 lists for cc_phrase_lacks; returns its id
 * (0, 1, ... in the order of registration), or -1 when full or n > 3. */
int cc_phrase_add_set(cc_phrase *ph, const cc_phrase_list *lists, size_t n);

/* Open a document: text (len bytes, readable up to its NUL at len) is
 * indexed for the core lists (full 0) or for every phrase known (full 1).
 * The text must stay unchanged until cc_phrase_end. */
void cc_phrase_begin(cc_phrase *ph, const char *text, size_t len, int full);

/* Close the document: free what was made for it. */
void cc_phrase_end(cc_phrase *ph);

/* The first match of w (NUL-terminated) in [s, s+len) at word bounds, as
 * cc_word_find; NULL none. */
const char *cc_phrase_find(cc_phrase *ph, const char *s, size_t len, const char *w, int cs);

/* The index of the phrase of `list` matching earliest in [s, s+len) (ties:
 * the earlier in the list), -1 none; *at (if not NULL) its position. */
long cc_phrase_first(cc_phrase *ph, const char *s, size_t len, const char *const *list, int cs, const char **at);

/* The matches of a list's phrases in a span, each once: those at the
 * span's start first, then in text order, then those cut by the span's
 * end. The fields are the iterator's own. Make no other search with the
 * object until the last cc_phrase_iter_next: a search can renew the
 * document's index that the iterator reads. */
typedef struct cc_phrase_iter {
	cc_phrase *ph;
	const void *L;     /* the list's merged matches, or NULL: phrase by phrase */
	const char *const *list;
	int cs;
	const char *s;     /* the span */
	size_t len;
	size_t i, off, lim;
	size_t head;       /* next list entry to test at the span's start */
	size_t cut;        /* next list entry to test for a cut match */
	size_t cutlen;     /* the only phrase length that can be cut there */
	const char *next;  /* phrase by phrase: where the next search starts */
} cc_phrase_iter;

void cc_phrase_iter_start(cc_phrase_iter *it, cc_phrase *ph, const char *s, size_t len, const char *const *list,
			  int cs);

/* The next match (its list index through *idx), or NULL when done. */
const char *cc_phrase_iter_next(cc_phrase_iter *it, size_t *idx);

/* 1 when [a, b) of the open document surely holds no phrase of set `set`
 * (one binary search); 0 when it may (then search it). */
int cc_phrase_lacks(cc_phrase *ph, int set, size_t a, size_t b);

#endif
