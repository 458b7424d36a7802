/*
 * lexicon.h -- lexicon row types and lookup (stage: extract).
 * The rows are data generated from the extract/lexicon TSV files; code never lists words.
 * Classes (LX_*) say what a word means to a recogniser; word sets (WS(*), their
 * words in extract/lexicon/wordsets.tsv) are the small closed lists the claim
 * rules ask about ("is this token a possessive?"): cc_tok_in() in xt.h.
 * The packed word table the tokenizer probes inline is private to it and
 * to lexicon.c (lexprobe.h).
 */
#ifndef CC_EXTRACT_LEXICON_H
#define CC_EXTRACT_LEXICON_H

#include <stddef.h>

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
	WSB_MAJORITY_ADJ,
	WSB_MAJORITY_HEAD,
	WSB_MEASURE_UNIT,
	WSB_VOTE_CUE,
	WSB_TALLY_CUE,
	WSB_PCT_TABLE,
	WSB_CONF_WORD,
	WSB_INTERVAL_WORD,
	WSB_HYPO_OPEN,
	WSB_KEY_VERB,
	WSB_METHOD_WORD,
	WSB_PAGE_COUNTER,
	WSB_PAGE_NOUN,
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
	WSB_OBJ_PRON,
	WSB_SAMPLE_PREP,
	WSB_LEVEL_PREP,
	WSB_CHANGE_PREP,
	WSB_MEAN_WORD,
	WSB_LAST_FINAL,
	WSB_LEVEL_VERB,
	WSB_SUPERL_DET,
	WSB_MAJORITY_NOUN,
	WSB_NEG_WORD,
	WSB_OTHER_DET,
	WSB_NAME_JOIN,
	WSB_RATIO_JOIN,
	WSB_INDEF_ART,
	WSB_LEAD_NOUN,
	WSB_MULT_ADVERB,
	WSB_PARTICLE_VERB,
	WSB_BELOW_WORD,
	WSB_ABOVE_WORD,
	WSB_MARK_NOUN,
	WSB_TIE_WORD,
	WSB_PP_WORD,
	WSB_POINT_NOUN,
	WSB_LEAD_NEXT,
	WSB_LEAD_POS,
	WSB_LEAD_ADV,
	WSB_LEAD_NEG,
	WSB_SHORTFALL,
	WSB_NET,
	WSB_INDEX_NAME,
	WSB_SPORT_WORD,
	WSB_POLL_WORD,
	WSB_SAMPLE_LABEL,
	WSB_SAMPLE_NOUN,
	WSB_ASK_TO,
	WSB_SURVEY_WORK,
	WSB_DATA_NOUN,
	WSB_PEOPLE_NOUN,
	WSB_RESPOND_VERB,
	WSB_COMPLETE_VERB,
	WSB_COME_BACK,
	WSB_SUBSAMPLE_CUE,
	WSB_SAMPLE_UNIT,
	WSB_SUBGROUP_NOUN,
	WSB_WHOLE_SAMPLE_VERB,
	WSB_PAST_ADJ,
	WSB_WAVE_NOUN,
	WSB_AGO,
	WSB_ELECTION_NOUN,
	WSB_WIN_VERB,
	WSB_SAY_VERB,
	WSB_FUTURE_ADJ,
	WSB_RESEARCH_VERB,
	WSB_RESEARCH_AGENT,
	WSB_RESPONSE_FORM,
	WSB_SAMPLE_COMPOUND,
	WSB_CONDUCT_VERB,
	WS_NSETS
};
/* A set of word sets: one bit each (GCC's and Clang's 128-bit integer). */
__extension__ typedef unsigned __int128 cc_wsmask;
_Static_assert(WS_NSETS <= 128, "word sets are bits of a 128-bit mask");
#define WS(name) ((cc_wsmask)1 << WSB_##name)
#define WS_ALL (~(cc_wsmask)0) /* every set */

typedef struct cc_lex {
	const char *phrase;   /* lower case, words separated by one space */
	cc_lex_class cls;
	double v[3];          /* class-specific numbers (value, low/high multipliers...) */
	const char *str;      /* class-specific string (ISO code, traits) or NULL */
	cc_wsmask sets;       /* WS() bits of the phrase (the same on all its rows) */
} cc_lex;

/* The generated rows, indexed by the row numbers the lookups return. */
extern const cc_lex cc_lex_rows[];
extern const size_t cc_lex_nrows; /* how many */

/* Row for `phrase` (n bytes, any case; runs of spaces count as one) in class
 * cls, or NULL (always NULL for LX_WORDSET). */
const cc_lex *cc_lex_find(const char *phrase, size_t n, cc_lex_class cls);
/* Can a phrase of several words of class cls end with `word` (n bytes,
 * no blank, any case)? 0: surely not; 1: maybe (a filter: a span ending
 * in a word it rejects needs no cc_lex_find). */
int cc_lex_may_end(const char *word, size_t n, cc_lex_class cls);
/* The first row of `phrase` (-1 if unknown) and its class bits. */
long cc_lex_lookup(const char *phrase, size_t n, unsigned long long *classes);
/* cc_lex_lookup for one word as the tokenizer makes it (no byte <= ' '),
 * with `avail` bytes readable from word (reads up to 16 when avail allows):
 * a word of up to 16 bytes costs one hash and two integer compares.
 * *flags: CC_LEX_STARTS unless the word is known not to be the first word
 * of any phrase of several words (cc_tok_lex_span then skips the phrase
 * lookups), CC_LEX_CLAIM as below. (Flags by class -- the first word of a
 * hedge, of a currency... -- and for a phrase's last word paid 3.1% of
 * check's time on the BBC corpus, under the 5% a speed-only flag must
 * pay: gone.) */
long cc_lex_lookup_word(const char *word, size_t n, size_t avail, unsigned long long *classes, unsigned *flags);
#define CC_LEX_STARTS 1 /* the first word of a phrase of several words */
#define CC_LEX_FAR 2    /* a word hashed to this slot lies 2+ slots on (the word table's; look-ups clear it) */
#define CC_LEX_CLAIM 4  /* the word has a class of CC_LEX_CLAIM_CLASSES, or is one byte long with classes */
#define CC_LEX_CUR_CLASSES ((1ull << LX_CUR_PRE) | (1ull << LX_CUR_WORD) | (1ull << LX_CUR_BOTH) | \
			    (1ull << LX_CUR_SUFFIX) | (1ull << LX_CUR_WEAK))
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
/* The row of class cls among the rows of the phrase starting at row r. */
const cc_lex *cc_lex_row_class(long r, cc_lex_class cls);
/* Bit set of the classes `phrase` has (1u << cls), 0 when unknown. */
unsigned long long cc_lex_classes(const char *phrase, size_t n);

#endif
