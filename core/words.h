/*
 * words.h -- the one definition of a word character and the one word
 * search, for every stage that looks for words in a string (the extract
 * stage in the document's text; the others only in record strings and
 * reference rows: no stage after extract/ reads the document).
 *
 * A word byte is an ASCII letter or digit, the apostrophe, or any byte of
 * a multi-byte UTF-8 character (>= 0x80). Case folding is ASCII only (the
 * library never calls setlocale). A phrase is found "at word boundaries":
 * a match that starts with a word byte may not follow one, and a match
 * that ends with a word byte may not be followed by one; the bytes outside
 * the searched span do not count (a span that starts or ends inside a word
 * is searched as cut). extract/phrase.c answers the same questions faster
 * over a whole document; its answers must equal these.
 */
#ifndef CC_CORE_WORDS_H
#define CC_CORE_WORDS_H

#include <stddef.h>

struct cc_buf;

/* Bit 0: word byte (see above); bit 1: ASCII letter. */
extern const unsigned char cc_word_byte[256];

static inline int cc_wordch(int c)
{
	return cc_word_byte[(unsigned char)c] & 1;
}

/* An ASCII letter (isalpha of the C locale, without the library call). */
static inline int cc_alpha(int c)
{
	return cc_word_byte[(unsigned char)c] >> 1;
}

/* ASCII lower case. */
static inline int cc_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* Do the n bytes at a and at b match, ignoring ASCII case? */
static inline int cc_same_ci(const char *a, const char *b, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (cc_lower((unsigned char)a[k]) != cc_lower((unsigned char)b[k]))
			return 0;
	return 1;
}

/* Search flags. */
enum {
	CC_WS_CASE = 1 /* compare case-sensitively */
};

/* The first match of `w` (NUL-terminated, non-empty) in [s, s+len) at word
 * boundaries, or NULL. */
const char *cc_word_find(const char *s, size_t len, const char *w, unsigned flags);

/* Does any phrase of the NULL-terminated list occur in [s, s+len) as
 * cc_word_find finds it? One pass over the span, however long the list. */
int cc_word_any(const char *s, size_t len, const char *const *list, unsigned flags);

/*
 * A list's phrases chained by their first byte (folded), made once for a
 * list that is searched often (core/vocab.h keeps one per class of the
 * vocabulary): cc_word_any_ix then tries at each place only the phrases
 * that can start there, and spends nothing on setting up.
 */
typedef struct cc_word_index {
	unsigned short head[256];   /* folded first byte -> first phrase + 1 (0: none) */
	unsigned short *next;       /* per phrase: the next phrase with its first byte + 1 */
	unsigned char *len;         /* per phrase: its length (phrases of 255+ bytes are left out) */
	int all_word;               /* every phrase starts with a word byte */
} cc_word_index;

/* Fill ix for the n phrases of list (next and len: n entries each, owned by
 * the caller). Case-insensitive searches only. */
void cc_word_index_init(cc_word_index *ix, const char *const *list, size_t n, unsigned short *next,
			unsigned char *len);

/* cc_word_any for a list indexed by cc_word_index_init (case-insensitive). */
int cc_word_any_ix(const char *s, size_t len, const char *const *list, const cc_word_index *ix);

/* The index of the first phrase of `list` that occurs in [s, s+len) (list
 * order, not text order), -1 none. */
long cc_word_first(const char *s, size_t len, const char *const *list, unsigned flags);

/*
 * The head noun of a group phrase, lower case and singular, into out (cap
 * bytes; "" when none): the last word before the first word that starts a
 * qualifier (vocabulary class head_stop: "from", "who", "aged" ...), past
 * determiners and quantities (head_skip) and numbers; a comma after a word
 * ends the head. "human resources directors from ..." -> "director", "the
 * nurses questioned" -> "nurse", "parents'" -> "parent".
 */
void cc_word_head(const char *phrase, char *out, size_t cap);

/*
 * Matching words: the one tokenizer for comparing a phrase with a text by
 * its words (a reference row's name with a sentence's words). extract/
 * runs it over the text and stores the words on the record; reference/
 * runs it over record strings and reference rows only.
 *
 * A word is a run of word bytes that starts with a letter, a digit or a
 * byte >= 0x80 (never with an apostrophe), lower-cased and cut to
 * CC_MWORD_MAX - 1 bytes. The apostrophe, a word byte above, is explicit:
 *   - between a word byte and an ASCII letter other than a lower-case 's'
 *     it is inside the word ("don't", "o'neill");
 *   - before an 's' it starts the possessive (or "it's"): the word ends
 *     there and the "'s" belongs to no word ("UK's" holds "uk");
 *   - anywhere else it is a quotation mark ('UK' holds "uk").
 * A content word has a letter (a number is not one) and is no stopword
 * (class stopword, extract/lexicon/stopwords.tsv).
 */
#define CC_MWORD_MAX 32    /* bytes of a word kept, with its NUL */
#define CC_MATCH_WORDS 256 /* content words kept of one span (a bag) */

static inline int cc_ascii_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Is s[i] (i < len) a byte of a matching word, by the rules above? The
 * bytes around a word found this way are its boundaries: place and period
 * cues are read as whole words with it. */
static inline int cc_mword_byte(const char *s, size_t len, size_t i)
{
	if (s[i] != '\'')
		return cc_wordch(s[i]);
	return i > 0 && s[i - 1] != '\'' && cc_wordch(s[i - 1]) && i + 1 < len && cc_ascii_alpha(s[i + 1]) &&
	       s[i + 1] != 's';
}

/* The next word of [*p, end) into w, NUL-terminated: returns its length
 * in w (0: no word left), sets *alpha_out when it has a letter (ASCII or
 * a byte >= 0x80) and moves *p past it and its possessive "'s". */
size_t cc_mword_next(const char **p, const char *end, char w[CC_MWORD_MAX], int *alpha_out);

/* Is the lower-case word w a stopword? for_query: the wider list left out
 * of a search query (class stopword_query). */
int cc_mword_stop(const char *w, int for_query);

/* w (lower case) without a plural 's': "rates" -> "rate", "studies" ->
 * "studie"; "census", "crisis", "glass" and words of three bytes kept.
 * (The "-ies" -> "-y" branch never runs: the 's' rule takes those words
 * first. Run first, it lets "countries" cover "country" and ties a count
 * of "victories" to "nations of the UK" on the BBC corpus, so it waits
 * for a better rule.) dst may be w. */
void cc_mword_stem(char dst[CC_MWORD_MAX], const char *w);

/* Appends the content words of [s, s+len) to out, one space before each
 * but the first of out, until out holds `max` words (`have` already):
 * returns the number it holds then. */
size_t cc_mwords_put(struct cc_buf *out, size_t have, size_t max, const char *s, size_t len);

#endif
