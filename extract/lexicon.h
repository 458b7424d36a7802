/*
 * lexicon.h -- lexicon row types and lookup (stage: extract).
 * The rows are data generated from the extract/lexicon TSV files; code never lists words.
 * Classes (LX_*) say what a word means to a recogniser; word sets (WS(*), their
 * words in extract/lexicon/wordsets.tsv) are the small closed lists the claim
 * rules ask about ("is this token a possessive?"): cc_tok_in() in xt.h.
 */
#ifndef CC_EXTRACT_LEXICON_H
#define CC_EXTRACT_LEXICON_H

#include <stddef.h>
#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

typedef enum cc_lex_class {
	LX_UNIT, LX_TENS, LX_HUNDRED, LX_SCALE, LX_SUFFIX, LX_ORDINAL, LX_DENOM, LX_MISC, LX_APPROX,
	LX_CUR_PRE, LX_CUR_WORD, LX_CUR_BOTH, LX_CUR_SUFFIX, LX_CUR_WEAK, LX_SPORT,
	LX_HEDGE, LX_VAGUE,
	LX_SURVEY_NOUN, LX_SURVEY_VERB, LX_RESPONDENT, LX_OPINION,
	LX_DURATION, LX_MONTH, LX_CLOCK, LX_AGE, LX_STOP, LX_UP, LX_DOWN, LX_CMP,
	LX_MULT, LX_SOURCE, LX_GROWTH, LX_RATE, LX_NEWSURVEY, LX_ABBREV, LX_GROUP, LX_TRIGGER,
	LX_WORDSET, /* a row that only carries word-set bits (never in a class bit set) */
	LX_NCLASSES
} cc_lex_class;

/*
 * Word sets: one bit each, named as in wordsets.tsv (which says what each
 * means); WS(ART) is the bit of set "art". A phrase's rows all carry the
 * union of its sets, so the tokenizer's row lookup answers membership.
 */
enum cc_lex_set {
	WSB_TIME_FILLER,
	WSB_TIME_PREP,
	WSB_EXTRA,
	WSB_FINDS,
	WSB_DEF_DET,
	WSB_PRON_PL,
	WSB_ALL_DET,
	WSB_SPAN_VERB,
	WSB_BE_HAVE_PAST,
	WSB_ART,
	WSB_JOB_NOUN,
	WSB_MAKE,
	WSB_RATE_FILLER,
	WSB_CMP_MORE,
	WSB_CMP_NEXT,
	WSB_AFTER_CHANGE,
	WSB_CHANGE_VERB,
	WSB_CHANGE_S,
	WSB_LIST_CONT,
	WSB_RATE_KIND,
	WSB_CLAUSE_JOIN,
	WSB_RANGE_JOIN,
	WSB_RUN_ADJ,
	WSB_LABEL_NOUN,
	WSB_BEYOND,
	WSB_PRICE_UNIT,
	WSB_CENT,
	WSB_POINT,
	WSB_ADD_UP,
	WSB_HAND_OVER,
	WSB_MEAN_LINK,
	WSB_RATING_NOUN,
	WSB_RANK_ADJ,
	WSB_PERIOD_DET,
	WSB_KG,
	WSB_PITCH_OWNER,
	WSB_POSS,
	WSB_GROUP_DET,
	WSB_MY,
	WSB_COPULA_MODAL,
	WSB_PLACE_PREP,
	WSB_BASED,
	WSB_SUBJECT_END,
	WSB_TOTALLED,
	WSB_HOLD_MAJORITY,
	WSB_JUST,
	WSB_PERIOD_PREP,
	WSB_PCT_OPEN,
	WSB_MARKET,
	WSB_PROPERTY,
	WSB_PERIOD_UNIT,
	WSB_SCALE_ABBR,
	WSB_A_ONE,
	WSB_ORD_SUFFIX,
	WSB_PERCENT_WORD,
	WSB_LINK_SKIP,
	WSB_ACCOUNT,
	WSB_COMPRISE,
	WS_NSETS
};
_Static_assert(WS_NSETS <= 64, "word sets are bits of a 64-bit mask");
#define WS(name) (1ull << WSB_##name)

typedef struct cc_lex {
	const char *phrase;   /* lower case, words separated by one space */
	cc_lex_class cls;
	double v[3];          /* class-specific numbers (value, low/high multipliers...) */
	const char *str;      /* class-specific string (ISO code, traits) or NULL */
	unsigned long long sets; /* WS() bits of the phrase (the same on all its rows) */
} cc_lex;

/* The generated rows, indexed by the row numbers the lookups return. */
extern const cc_lex cc_lex_rows[];
extern const size_t cc_lex_nrows; /* how many */

/* Row for `phrase` (n bytes, any case; runs of spaces count as one) in class
 * cls, or NULL (always NULL for LX_WORDSET). */
const cc_lex *cc_lex_find(const char *phrase, size_t n, cc_lex_class cls);
/* The first row of `phrase` (-1 if unknown) and its class bits. */
long cc_lex_lookup(const char *phrase, size_t n, unsigned long long *classes);
/* cc_lex_lookup for one word as the tokenizer makes it (no byte <= ' '),
 * with `avail` bytes readable from word (reads up to 16 when avail allows):
 * a word of up to 16 bytes costs one hash and two integer compares.
 * *flags: CC_LEX_STARTS unless the word is known not to be the first word
 * of any phrase of several words (cc_tok_lex_span then skips the phrase
 * lookups), CC_LEX_ST_* likewise by class, CC_LEX_ENDS likewise for the
 * last word, CC_LEX_CLAIM as below. */
long cc_lex_lookup_word(const char *word, size_t n, size_t avail, unsigned long long *classes, unsigned *flags);
/*
 * The packed word table behind cc_lex_lookup_word, for the tokenizer's
 * inline look-up (cc_lex_word_packed): one-word phrases of at most
 * CC_LEX_WMAX bytes keyed by their lower-case bytes packed little-endian
 * in a (bytes 0-7) and b (bytes 8-11), zero padded. Filled once by
 * cc_lex_init (which every look-up function also calls); read-only after.
 */
#define CC_LEX_WBITS 12
#define CC_LEX_WMAX 12 /* longest word in the table */
#define CC_LEX_WFILT_BITS 14
typedef struct cc_lex_wkey {
	uint64_t a;     /* bytes 0-7, lower case, zero padded */
	uint32_t b;     /* bytes 8-11 */
	uint16_t row1;  /* first row of the phrase + 1; 0: the word only starts phrases (or an empty slot) */
	uint8_t n;      /* length; 0: empty slot */
	uint8_t fl;     /* CC_LEX_* below */
} cc_lex_wkey;
#define CC_LEX_STARTS 1 /* the first word of a phrase of several words */
#define CC_LEX_FAR 2    /* a word hashed to this slot lies 2+ slots on */
#define CC_LEX_CLAIM 4  /* the word has a class of CC_LEX_CLAIM_CLASSES, or is one byte long with classes */
#define CC_LEX_ENDS 8   /* the last word of a phrase of several words of a class below (CC_LEX_ST_*) */
/* The first word of a phrase of several words of class LX_HEDGE, LX_VAGUE,
 * LX_APPROX, or a currency class (LX_CUR_*): the classes looked up by
 * spans of words, so the look-ups can be skipped for a word that starts
 * phrases of other classes only ("the", "in", "a", "at"). */
#define CC_LEX_ST_HEDGE 16
#define CC_LEX_ST_VAGUE 32
#define CC_LEX_ST_APPROX 64
#define CC_LEX_ST_CUR 128
#define CC_LEX_ST_ALL (CC_LEX_ST_HEDGE | CC_LEX_ST_VAGUE | CC_LEX_ST_APPROX | CC_LEX_ST_CUR)
#define CC_LEX_CUR_CLASSES ((1ull << LX_CUR_PRE) | (1ull << LX_CUR_WORD) | (1ull << LX_CUR_BOTH) | \
			    (1ull << LX_CUR_SUFFIX) | (1ull << LX_CUR_WEAK))
/* The CC_LEX_STARTS and CC_LEX_ST_* flags a phrase of several words with
 * these classes gives its first word. */
static inline unsigned cc_lex_starts_flags(unsigned long long classes)
{
	return CC_LEX_STARTS | ((classes >> LX_HEDGE & 1) ? CC_LEX_ST_HEDGE : 0u) |
	       ((classes >> LX_VAGUE & 1) ? CC_LEX_ST_VAGUE : 0u) | ((classes >> LX_APPROX & 1) ? CC_LEX_ST_APPROX : 0u) |
	       ((classes & CC_LEX_CUR_CLASSES) ? CC_LEX_ST_CUR : 0u);
}
/* The flag a first word has when some phrase of several words of class c
 * starts with it: CC_LEX_ST_* for the classes above, else CC_LEX_STARTS. */
static inline unsigned cc_lex_class_starts(cc_lex_class c)
{
	return c == LX_HEDGE ? CC_LEX_ST_HEDGE : c == LX_VAGUE ? CC_LEX_ST_VAGUE : c == LX_APPROX ? CC_LEX_ST_APPROX
	       : (CC_LEX_CUR_CLASSES >> c & 1) ? CC_LEX_ST_CUR : CC_LEX_STARTS;
}
/* The classes of a word that some claim rule starts from (claims.c's
 * cc_claims_find): the word table marks the words that have one
 * (CC_LEX_CLAIM), so the tokenizer can list where rules may start. */
#define CC_LEX_CLAIM_CLASSES ((1ull << LX_VAGUE) | (1ull << LX_HEDGE) | (1ull << LX_MULT) | (1ull << LX_TRIGGER) | \
			      (1ull << LX_UNIT) | (1ull << LX_TENS) | (1ull << LX_DENOM) | (1ull << LX_CUR_PRE) | \
			      (1ull << LX_CUR_BOTH) | (1ull << LX_MISC))
/* CC_LEX_CLAIM of a word of n bytes with these classes. (A letter alone
 * is marked in either case: mean_claim starts at a capital one, "M", and
 * the claim finder passes over the others.) */
static inline unsigned cc_lex_claim_flags(unsigned long long classes, size_t n)
{
	return (classes & CC_LEX_CLAIM_CLASSES) || (n == 1 && classes) ? CC_LEX_CLAIM : 0u;
}
/* (one slot more: the last is a copy of the first, so the slot after any
 * slot is the next in memory) */
extern cc_lex_wkey cc_lex_wtab[(1u << CC_LEX_WBITS) + 1];
extern uint64_t cc_lex_wfilt[(1u << CC_LEX_WFILT_BITS) / 64];
/* Class bits of each phrase, on its first row r at [r + 1]; [0] is 0 (a
 * slot's row1 indexes it). */
extern unsigned long long cc_lex_classes1[];
void cc_lex_init(void);

static inline uint64_t cc_lex_whash(uint64_t a, uint64_t b, size_t n)
{
	return (a ^ (b * 0xC2B2AE3D27D4EB4Full) ^ n) * 0x9E3779B97F4A7C15ull;
}

/* The slot no word matched (row1 0, no flags). */
extern const cc_lex_wkey cc_lex_wmiss;

/* cc_lex_lookup_word for a word already packed (n <= CC_LEX_WMAX, after
 * cc_lex_init). Whether a word of the text is in the table cannot be
 * predicted, so the look-up has no branch on it: the table is a quarter
 * full, the build leaves every word within two slots of its hash's slot
 * (or marks that slot CC_LEX_FAR, then the probe loop runs), and both
 * slots are compared (SSE2: one byte compare of the whole key each) and
 * the matching slot, or cc_lex_wmiss, picked by masks. */
static inline long cc_lex_word_packed(uint64_t a, uint64_t b, size_t n, unsigned long long *classes, unsigned *flags)
{
	uint32_t w = (uint32_t)(cc_lex_whash(a, b, n) >> (64 - CC_LEX_WBITS));
	const cc_lex_wkey *k0 = &cc_lex_wtab[w], *k1 = k0 + 1, *k;
	const cc_lex_wkey *miss = &cc_lex_wmiss;
	unsigned m0, m1;

#if defined(__SSE2__)
	{
		/* the key as a slot holds it: a in bytes 0-7, b in 8-11, n in
		 * byte 14; bytes 12-13 (row1) and 15 (fl) are not compared */
		__m128i probe = _mm_set_epi64x((long long)(b | (uint64_t)n << 48), (long long)a);
		const unsigned keybytes = 0x4FFF;

		_Static_assert(offsetof(cc_lex_wkey, b) == 8 && offsetof(cc_lex_wkey, n) == 14,
			       "the probe above lays the key out as a slot does");
		m0 = ((unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)k0), probe)) &
		      keybytes) == keybytes;
		m1 = ((unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)k1), probe)) &
		      keybytes) == keybytes;
	}
#else
	m0 = (unsigned)(k0->a == a) & (unsigned)(k0->b == b) & (unsigned)(k0->n == n);
	m1 = (unsigned)(k1->a == a) & (unsigned)(k1->b == b) & (unsigned)(k1->n == n);
#endif
	_Static_assert(CC_LEX_FAR == 2, "the test below shifts the flag to bit 0");
	/* one test, rarely true (the && of two unpredictable tests would
	 * branch on the first) */
	if (__builtin_expect(((m0 | m1) ^ 1u) & ((unsigned)k0->fl >> 1), 0)) {
		for (w = (w + 2) & ((1u << CC_LEX_WBITS) - 1); cc_lex_wtab[w].n; w = (w + 1) & ((1u << CC_LEX_WBITS) - 1))
			if (cc_lex_wtab[w].a == a && cc_lex_wtab[w].b == b && cc_lex_wtab[w].n == n)
				break;
		k0 = &cc_lex_wtab[w]; /* an empty slot (row1 0, no flags) when not found */
		m0 = 1;
		m1 = 0;
	}
	/* k0, k1 or the miss slot, selected by masks (two keys never both
	 * match): gcc turns ?: over these loads into branches */
	k = (const cc_lex_wkey *)((uintptr_t)miss ^ (((uintptr_t)k0 ^ (uintptr_t)miss) & (0 - (uintptr_t)m0)) ^
				  (((uintptr_t)k1 ^ (uintptr_t)miss) & (0 - (uintptr_t)m1)));
	*flags = k->fl & ~(unsigned)CC_LEX_FAR;
	*classes = cc_lex_classes1[k->row1];
	return (long)k->row1 - 1;
}

/* The row of class cls among the rows of the phrase starting at row r. */
const cc_lex *cc_lex_row_class(long r, cc_lex_class cls);
/* Bit set of the classes `phrase` has (1u << cls), 0 when unknown. */
unsigned long long cc_lex_classes(const char *phrase, size_t n);

#endif
