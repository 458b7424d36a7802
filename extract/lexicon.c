/*
 * lexicon.c -- lookup over the generated lexicon table (stage: extract).
 * The table (lexicon.inc, from the lexicon TSV files) is sorted by phrase; a hash
 * index over it is built once, so a lookup costs one hash and one compare.
 * Rows also carry word-set bits (wordsets.tsv); words only in a set have an
 * LX_WORDSET row, which never shows in a phrase's class bits.
 * Must not hold word lists of its own.
 */
#include "lexprobe.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>

const cc_lex cc_lex_rows[] = {
#include "lexicon.inc"
};
static const cc_lex *const rows = cc_lex_rows;
#define NROWS (sizeof cc_lex_rows / sizeof cc_lex_rows[0])
const size_t cc_lex_nrows = NROWS;
#define HBITS 12
#define HSIZE (1u << HBITS)
#define MAXPHRASE 64

/* slot -> first row index of a phrase + 1 (0 = empty) */
static uint16_t slots[HSIZE];
unsigned long long cc_lex_classes1[NROWS + 1];
#define row_classes (cc_lex_classes1 + 1) /* row_classes[-1] is 0 */
static unsigned char row_len[NROWS];
/* A bit per (first, middle, last byte, length) hash: set when a phrase
 * has it, so most words of a text are rejected without hashing. */
#define FILT_BITS 14
static uint64_t filt[(1u << FILT_BITS) / 64];

/*
 * One-word phrases of at most 16 bytes again, keyed by their bytes packed
 * in two 64-bit words: a word of the text is looked up with one hash and
 * two integer compares, no string compare (cc_lex_lookup_word).
 */
#define WBITS CC_LEX_WBITS
#define WSIZE (1u << WBITS)
#define WMAX CC_LEX_WMAX
typedef cc_lex_wkey wkey;
const wkey cc_lex_wmiss;
_Static_assert(sizeof(wkey) == 16, "16-byte word slots: the table stays in L1");
wkey cc_lex_wtab[WSIZE + 1];
#define wtab cc_lex_wtab
/* A bit per hash value (more bits than slots): most words that are not in
 * the table are rejected here, without touching it. */
#define WFILT_BITS CC_LEX_WFILT_BITS
uint64_t cc_lex_wfilt[(1u << WFILT_BITS) / 64];
#define wfilt cc_lex_wfilt
static atomic_int built;

#define whash cc_lex_whash

/* ASCII lower case of 8 bytes: the high bit of each byte of `up` is set
 * where the byte is 'A'..'Z' (no carry crosses a byte). */
static uint64_t lower8(uint64_t v)
{
	uint64_t h7 = v & 0x7f7f7f7f7f7f7f7full;
	uint64_t up = (h7 + 0x3f3f3f3f3f3f3f3full) & ~(h7 + 0x2525252525252525ull) & ~v & 0x8080808080808080ull;

	return v | up >> 2;
}

/* wpack for a word of n <= WMAX bytes with 16 bytes readable at s and,
 * as the tokenizer makes words, no blank or control byte in it: two loads
 * instead of a byte loop (little-endian, as wpack packs). */
static void wpack16(const char *s, size_t n, uint64_t *a, uint64_t *b)
{
	uint64_t v0, v1;

	memcpy(&v0, s, 8);
	memcpy(&v1, s + 8, 8);
	if (n < 8) {
		v0 &= (1ull << (n * 8)) - 1;
		v1 = 0;
	} else {
		v1 &= (1ull << ((n - 8) * 8)) - 1; /* n - 8 <= 4 */
	}
	*a = lower8(v0);
	*b = lower8(v1);
}

/* Pack n <= 16 bytes in lower case; 0 when a byte is a blank or a control. */
static int wpack(const char *s, size_t n, uint64_t *a, uint64_t *b)
{
	uint64_t k[2] = { 0, 0 };
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c <= ' ')
			return 0;
		c = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		k[i >> 3] |= (uint64_t)c << ((i & 7) * 8);
	}
	*a = k[0];
	*b = k[1];
	return 1;
}

static uint32_t filt_bit3(unsigned char first, unsigned char mid, unsigned char last, size_t n)
{
	uint32_t h = (uint32_t)first | (uint32_t)last << 8;

	h ^= (uint32_t)n * 0x9E37u;
	h ^= (uint32_t)mid * 0x3B1u;
	return h & ((1u << FILT_BITS) - 1);
}

static uint32_t filt_bit(const char *p, size_t n)
{
	return filt_bit3((unsigned char)p[0], (unsigned char)p[n / 2], (unsigned char)p[n - 1], n);
}

static unsigned char lower1(char c)
{
	return (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
}
static pthread_once_t once = PTHREAD_ONCE_INIT;

/* A bit per (class, last word of a phrase of several words) -- a hash of
 * the class and, as filt_bit3, of the word's lower-case first, middle and
 * last byte and its length: a span of words ending in a word whose bit is
 * clear is no phrase of that class, and a caller can skip its look-ups
 * (cc_lex_may_end). */
#define ENDS_BITS 12
static uint64_t ends[(1u << ENDS_BITS) / 64];

static uint32_t ends_bit(const char *w, size_t n, cc_lex_class cls)
{
	return (filt_bit3(lower1(w[0]), lower1(w[n / 2]), lower1(w[n - 1]), n) ^ (uint32_t)cls * 0x2F1u) &
	       ((1u << ENDS_BITS) - 1);
}

static uint32_t hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/* The slot for the packed word, made (row1 0) when new: build only. */
static wkey *wslot(uint64_t a, uint64_t b, size_t n)
{
	uint64_t h = whash(a, b, n);
	uint32_t w = (uint32_t)(h >> (64 - WBITS)), f = (uint32_t)(h >> 20) & ((1u << WFILT_BITS) - 1);

	_Static_assert(2 * CC_LEX_WORDS < WSIZE && NROWS < 0xFFFF, "word table too small");
	while (wtab[w].n && !(wtab[w].a == a && wtab[w].b == b && wtab[w].n == n))
		w = (w + 1) & (WSIZE - 1);
	if (!wtab[w].n) {
		wtab[w].a = a;
		wtab[w].b = (uint32_t)b;
		wtab[w].n = (uint8_t)n;
		wfilt[f / 64] |= 1ull << (f % 64);
	}
	return &wtab[w];
}

static void build(void)
{
	size_t i = 0, j;

	_Static_assert(NROWS < HSIZE / 2, "lexicon hash too small");
	while (i < NROWS) {
		unsigned long long cls = 0;
		size_t len = strlen(rows[i].phrase);
		uint32_t h = hash(rows[i].phrase, len) & (HSIZE - 1);

		for (j = i; j < NROWS && !strcmp(rows[j].phrase, rows[i].phrase); j++)
			cls |= 1ull << rows[j].cls;
		cls &= ~(1ull << LX_WORDSET); /* set membership is not a class */
		row_classes[i] = cls;
		row_len[i] = (unsigned char)len;
		while (slots[h])
			h = (h + 1) & (HSIZE - 1);
		slots[h] = (uint16_t)(i + 1);
		i = j;
	}
	for (i = 0; i < NROWS; i++) /* row_len is set on each phrase's first row */
		if (row_len[i]) {
			uint32_t b = filt_bit(rows[i].phrase, row_len[i]);
			uint64_t ka, kb;

			filt[b / 64] |= 1ull << (b % 64);
			if (row_len[i] <= WMAX && wpack(rows[i].phrase, row_len[i], &ka, &kb)) {
				wkey *k = wslot(ka, kb, row_len[i]);

				k->row1 = (uint16_t)(i + 1);
				k->fl |= (uint8_t)cc_lex_claim_flags(row_classes[i], row_len[i]);
			}
			else if (strchr(rows[i].phrase, ' ')) {
				size_t fw = (size_t)(strchr(rows[i].phrase, ' ') - rows[i].phrase);

				if (fw <= WMAX && wpack(rows[i].phrase, fw, &ka, &kb))
					wslot(ka, kb, fw)->fl |= CC_LEX_STARTS;
			}
		}
	for (i = 0; i < NROWS; i++) {
		const char *lw = strrchr(rows[i].phrase, ' ');

		if (lw && lw[1]) {
			uint32_t b = ends_bit(lw + 1, strlen(lw + 1), rows[i].cls);

			ends[b / 64] |= 1ull << (b % 64);
		}
	}
	/* cc_lex_word_packed compares two slots; a word further on marks
	 * its hash's slot (occupied, as probing passed it) */
	for (i = 0; i < WSIZE; i++)
		if (wtab[i].n) {
			uint32_t home = (uint32_t)(whash(wtab[i].a, wtab[i].b, wtab[i].n) >> (64 - WBITS));

			if (((i - home) & (WSIZE - 1)) >= 2)
				wtab[home].fl |= CC_LEX_FAR;
		}
	wtab[WSIZE] = wtab[0]; /* for cc_lex_word_packed's second slot */
	atomic_store_explicit(&built, 1, memory_order_release);
}

void cc_lex_init(void)
{
	if (!atomic_load_explicit(&built, memory_order_acquire))
		pthread_once(&once, build);
}

/* The slot of the packed word (a, b, n), or NULL. */
static const wkey *wfind(uint64_t a, uint64_t b, size_t n)
{
	uint64_t h = whash(a, b, n);
	uint32_t w = (uint32_t)(h >> (64 - WBITS)), f = (uint32_t)(h >> 20) & ((1u << WFILT_BITS) - 1);

	if (!(wfilt[f / 64] >> (f % 64) & 1))
		return NULL;
	for (; wtab[w].n; w = (w + 1) & (WSIZE - 1))
		if (wtab[w].a == a && wtab[w].b == b && wtab[w].n == n)
			return &wtab[w];
	return NULL;
}

/* The first row of the packed word, -1 when it is not a phrase. */
static long wlookup(uint64_t a, uint64_t b, size_t n)
{
	const wkey *k = wfind(a, b, n);

	return k ? (long)k->row1 - 1 : -1;
}

/* Lower-case, collapse blanks; 0 when too long or empty. */
static size_t normalise(char *out, const char *s, size_t n)
{
	size_t i, k = 0;
	int sp = 0;

	if (n > MAXPHRASE)
		return 0;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			sp = k > 0;
			continue;
		}
		if (sp) {
			if (k >= MAXPHRASE)
				return 0;
			out[k++] = ' ';
			sp = 0;
		}
		if (k >= MAXPHRASE)
			return 0;
		out[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	return k;
}

static long first_row(const char *phrase, size_t n)
{
	char key[MAXPHRASE + 1] = { 0 }; /* (gcc 12 cannot see the fast path fills it) */
	size_t k;
	uint32_t h;

	if (!atomic_load_explicit(&built, memory_order_acquire))
		pthread_once(&once, build);
	if (n && n <= WMAX) {
		/* one short word: the word table (wpack refuses blanks) */
		uint64_t a, b;

		if (wpack(phrase, n, &a, &b))
			return wlookup(a, b, n);
	}
	if (n && n <= MAXPHRASE) {
		/* several words: unless the first is the first word of some
		 * phrase, none matches (blanks as normalise sees them) */
		size_t i0 = 0, e;
		uint64_t a, b;

		while (i0 < n && (phrase[i0] == ' ' || phrase[i0] == '\t' || phrase[i0] == '\n' || phrase[i0] == '\r'))
			i0++;
		for (e = i0; e < n && (unsigned char)phrase[e] > ' '; e++)
			;
		if (e > i0 && e < n && e - i0 <= WMAX &&
		    (phrase[e] == ' ' || phrase[e] == '\t' || phrase[e] == '\n' || phrase[e] == '\r') &&
		    wpack(phrase + i0, e - i0, &a, &b)) {
			const wkey *w = wfind(a, b, e - i0);
			size_t r;

			for (r = e; r < n && (phrase[r] == ' ' || phrase[r] == '\t' || phrase[r] == '\n' || phrase[r] == '\r'); r++)
				;
			if (r < n && (!w || !(w->fl & CC_LEX_STARTS)))
				return -1;
		}
	}
	if (n && n <= MAXPHRASE) {
		/* fast path for one word: hash the lower-cased bytes in place */
		size_t i;
		for (i = 0; i < n; i++) {
			unsigned char c = (unsigned char)phrase[i];
			if (c <= ' ')
				break;
			if (c >= 'A' && c <= 'Z')
				c += 32;
			key[i] = (char)c;
		}
		if (i == n) {
			uint32_t b = filt_bit(key, n);

			if (!(filt[b / 64] >> (b % 64) & 1))
				return -1;
			h = hash(key, n);
			h &= HSIZE - 1;
			while (slots[h]) {
				long r = (long)slots[h] - 1;
				if (row_len[r] == n && !memcmp(rows[r].phrase, key, n))
					return r;
				h = (h + 1) & (HSIZE - 1);
			}
			return -1;
		}
	}
	k = normalise(key, phrase, n);
	if (!k)
		return -1;
	key[k] = '\0';
	h = hash(key, k) & (HSIZE - 1);
	while (slots[h]) {
		long r = (long)slots[h] - 1;
		if (row_len[r] == k && !memcmp(rows[r].phrase, key, k))
			return r;
		h = (h + 1) & (HSIZE - 1);
	}
	return -1;
}

int cc_lex_may_end(const char *word, size_t n, cc_lex_class cls)
{
	uint32_t b;

	if (!atomic_load_explicit(&built, memory_order_acquire))
		pthread_once(&once, build);
	if (!n)
		return 0;
	b = ends_bit(word, n, cls);
	return (int)(ends[b / 64] >> (b % 64) & 1);
}

const cc_lex *cc_lex_find(const char *phrase, size_t n, cc_lex_class cls)
{
	long r = first_row(phrase, n);
	size_t j;

	if (r < 0 || !(row_classes[r] & (1ull << cls)))
		return NULL;
	for (j = (size_t)r; j < NROWS && !strcmp(rows[j].phrase, rows[r].phrase); j++)
		if (rows[j].cls == cls)
			return &rows[j];
	return NULL;
}

unsigned long long cc_lex_classes(const char *phrase, size_t n)
{
	long r = first_row(phrase, n);
	return r < 0 ? 0 : row_classes[r];
}

long cc_lex_lookup_word(const char *word, size_t n, size_t avail, unsigned long long *classes, unsigned *flags)
{
	uint64_t a, b;
	long r;

	if (!atomic_load_explicit(&built, memory_order_acquire))
		pthread_once(&once, build);
	_Static_assert(WMAX <= 12, "wpack16 masks at most 4 bytes of its second load");
	if (n && n <= WMAX && avail >= 16)
		wpack16(word, n, &a, &b);
	if (n && n <= WMAX && (avail >= 16 || wpack(word, n, &a, &b))) {
		const wkey *k = wfind(a, b, n);

		r = k ? (long)k->row1 - 1 : -1;
		*classes = row_classes[r];
		*flags = k ? k->fl & ~(unsigned)CC_LEX_FAR : 0;
		return r;
	}
	*classes = 0;
	r = -1;
	if (n && n <= MAXPHRASE) {
		/* first_row's fast path takes a word without blanks, and its
		 * filter reads only these three bytes (lower case) */
		uint32_t fb = filt_bit3(lower1(word[0]), lower1(word[n / 2]), lower1(word[n - 1]), n);

		if (filt[fb / 64] >> (fb % 64) & 1)
			r = cc_lex_lookup(word, n, classes);
	} else {
		r = cc_lex_lookup(word, n, classes);
	}
	/* not in the word table: may start or end a phrase of any class */
	*flags = CC_LEX_STARTS | cc_lex_claim_flags(*classes, n);
	return r;
}

long cc_lex_lookup(const char *phrase, size_t n, unsigned long long *classes)
{
	long r = first_row(phrase, n);
	*classes = r < 0 ? 0 : row_classes[r];
	return r;
}

const cc_lex *cc_lex_row_class(long r, cc_lex_class cls)
{
	size_t j;
	if (r < 0 || !(row_classes[r] & (1ull << cls)))
		return NULL;
	for (j = (size_t)r; j < NROWS && !strcmp(rows[j].phrase, rows[r].phrase); j++)
		if (rows[j].cls == cls)
			return &rows[j];
	return NULL;
}
