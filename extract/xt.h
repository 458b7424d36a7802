/*
 * xt.h -- the extract stage's private working types: tokens over doc->text
 * and the numeral records built on them (stage: extract; not seen outside).
 * cc_tok_in asks whether a token is in a word set (lexicon/wordsets.tsv).
 */
#ifndef CC_EXTRACT_XT_H
#define CC_EXTRACT_XT_H

#include "../core/doc.h"
#include "lexicon.h"

#include <string.h>

enum { TK_WORD = 1, TK_NUM, TK_PUNCT, TK_SYM };

/*
 * Token flags. The high byte of a word's flags is its word-table flags
 * (lexicon.h, CC_LEX_*), moved up 8 bits in one shift by the scan.
 */
enum {
	TF_SP = 1 << 0,     /* whitespace before */
	TF_NL = 1 << 1,     /* a newline before */
	TF_PARA = 1 << 2,   /* a paragraph break before */
	TF_CAP = 1 << 3,    /* word starts with a capital */
	TF_UPPER = 1 << 4,  /* word all capitals (2+ letters) */
	TF_GLYPH = 1 << 5,  /* a fraction glyph ½ ¼ ¾ */
	TF_SENT = 1 << 6,   /* first token of a sentence */
	TF_MINUS = 1 << 7,  /* punct '-' written as U+2212 */
	TF_STARTS = 1 << 8, /* word may be the first of a lexicon phrase of several words */
	TF_DASH = 1 << 9,   /* punct '-' written as an en dash (on a word this is
			     * CC_LEX_FAR's place, which the word look-up clears) */
	TF_CLAIM = 1 << 10, /* word has a class a claim rule starts from (CC_CLAIM_START), or
			     * is one byte long with classes */
};
_Static_assert(TF_STARTS == CC_LEX_STARTS << 8 && TF_DASH == CC_LEX_FAR << 8 && TF_CLAIM == CC_LEX_CLAIM << 8,
	       "a word's high flag byte is its word-table flags");

typedef struct cc_tok {
	size_t s, e;            /* text offsets */
	size_t sent;            /* sentence index */
	unsigned long long cls; /* lexicon classes of a word (bits) */
	int row;                /* its first lexicon row, -1 */
	unsigned short fl;      /* TF_* */
	unsigned char type;     /* TK_* */
	unsigned char ch;       /* punct: normalised char ('-', '"', '\'', 'D' em dash, 'P' ±) */
} cc_tok;

/* Working state over one document's text. */
typedef struct cc_xt {
	cc_doc *doc;            /* NULL for the raw numeral layer */
	cc_ctx *ctx;
	const char *t;          /* text */
	size_t len;
	cc_tok *tok;
	size_t ntok, cap;
	size_t *brk;            /* scan -> sentences: tokens a sentence may end after (stops, closing quotes and brackets) or start at (paragraphs) */
	size_t nbrk, capbrk;
	size_t *cand;           /* scan -> claims: tokens a claim rule may start at (CC_CLAIM_START), ascending; room for cap */
	size_t ncand;
	size_t *sfirst;         /* first token of each sentence (cc_xt_sentences) */
	size_t nsent;
	struct cc_cinfo *ci;    /* per claim made here (parallel to doc->claims) */
	size_t nci, capci;
	int last_year;          /* the latest year the text names (cc_xt_scan) or the document's date gives, 0 none */
	struct cc_numcache *numc; /* numerals read, by token (NULL: none kept) */
} cc_xt;

/* What claims.c learnt about a claim that link.c needs. */
enum {
	CI_OPINION = 1 << 0,    /* an opinion verb follows the figure ("39% opposed") */
	CI_OFTHE = 1 << 1,      /* sample given as "of the N who..." right after */
	CI_OFFICIAL = 1 << 2,   /* a rate / official level, never a survey figure */
	CI_CROSSBREAK = 1 << 3  /* a sample opening its clause ("Among the 212 18-24s, ..."):
				   the base of the shares after it in its sentence */
};
typedef struct cc_cinfo {
	size_t t0, t1;          /* tokens */
	size_t sent;
	unsigned hints;         /* CI_* */
	long ofthe;             /* claim index of the "of the N" sample, -1 */
} cc_cinfo;

/* Numeral flags. */
enum {
	NF_WORD = 1 << 0,       /* written in words */
	NF_PERCENT = 1 << 1,
	NF_POINTS = 1 << 2,     /* percentage point(s) */
	NF_CURRENCY = 1 << 3,
	NF_SCALE = 1 << 4,      /* has a scale word/suffix */
	NF_FRAC = 1 << 5,       /* word fraction / glyph / a/b */
	NF_RATIO = 1 << 6,      /* "one in four" */
	NF_RANGE = 1 << 7,
	NF_ORDINAL = 1 << 8,
	NF_COUNTED = 1 << 9,    /* "12 of the 40" */
	NF_SEPARATORS = 1 << 10,/* digits with thousands separators */
	NF_PLUSMINUS = 1 << 11, /* preceded by ± / plus or minus */
	NF_DIGITS = 1 << 12,    /* begins with digits */
	NF_MULT = 1 << 13       /* "doubled" (set by claims) */
};

typedef struct cc_num {
	size_t t0, t1;          /* tokens [t0, t1) */
	double value, low, high;
	double total;           /* counted forms: the stated total */
	double factor;          /* currency: units per written unit */
	int decimals;           /* decimals of the (first) figure as written */
	unsigned fl;            /* NF_* */
	const char *cur;        /* ISO code or NULL */
	int ordinal;
} cc_num;

/* The classes of a word that some rule of cc_claims_find starts from. The
 * scan lists in x->cand the tokens a rule may start at: numbers, symbols,
 * words of these classes, and a letter alone with classes (mean_claim's
 * "M", in capitals); the claim finder visits only those. */
#define CC_CLAIM_START CC_LEX_CLAIM_CLASSES

/* scan.c */
int cc_xt_scan(cc_xt *x);
int cc_xt_sentences(cc_xt *x);
/* Free what the scan and the claim finder made (tokens, the scan's break
 * and candidate lists, the sentence index, claim info); x can be scanned
 * again. */
void cc_xt_free(cc_xt *x);
/* The token, candidate, break and claim-info arrays the context kept from
 * its last document, taken into the empty x (none kept: x unchanged), and
 * given back when x is done with (arrays too big to keep are freed, and
 * the rest of x as cc_xt_free does). A document's tokens cost two
 * allocations of about 8 bytes per text byte and their frees otherwise,
 * every document of a batch. */
void cc_xt_take(cc_xt *x);
void cc_xt_keep(cc_xt *x);
/* token helpers */
/* Does word token i equal w (n bytes, lower case), in any case? Inline:
 * the claim finder asks this of most words. */
static inline int cc_tok_is_n(const cc_xt *x, size_t i, const char *w, size_t n)
{
	const cc_tok *t;
	size_t k;

	if (i >= x->ntok)
		return 0;
	t = &x->tok[i];
	if (t->e - t->s != n || t->type != TK_WORD)
		return 0;
	for (k = 0; k < n; k++) {
		char a = x->t[t->s + k];

		if (a >= 'A' && a <= 'Z')
			a += 32;
		if (a != w[k])
			return 0;
	}
	return 1;
}
#define cc_tok_is(x, i, lit) cc_tok_is_n((x), (i), "" lit, sizeof(lit) - 1)
/* Is word token i, in lower case, a row of vocabulary class id
 * (core/vocab.h: the classes read by string, not by word-set bit)? */
int cc_tok_vocab(const cc_xt *x, size_t i, int id);
/* The same for the first n bytes of word token i ("adults" as "adult"). */
int cc_tok_vocab_n(const cc_xt *x, size_t i, int id, size_t n);
/* Is token i punctuation ch? Inline, as the next ones: the claim finder
 * and the numeral parser ask them dozens of times per figure, and a call
 * costs more than the test. */
static inline int cc_tok_punct(const cc_xt *x, size_t i, int ch)
{
	return i < x->ntok && x->tok[i].type == TK_PUNCT && x->tok[i].ch == ch;
}
/* Does token i + 1 follow token i with no space? */
static inline int cc_tok_glued(const cc_xt *x, size_t i)
{
	return i + 1 < x->ntok && !(x->tok[i + 1].fl & TF_SP);
}
/* The lexicon row of class c for token i (a word or a symbol), or NULL.
 * A word answers from its class bits (the classes of its lexicon row)
 * before looking for the row; then, cc_lex_row_class without its string
 * compare per row: the phrase's rows follow its first row, and the class
 * bit says one of them has class c (a row of another phrase ends the
 * search, as there; its phrase is most often another pointer). */
static inline const cc_lex *cc_tok_lex(const cc_xt *x, size_t i, cc_lex_class c)
{
	const cc_tok *t;

	if (i >= x->ntok)
		return NULL;
	t = &x->tok[i];
	if (t->type == TK_WORD) {
		const cc_lex *first, *l;

		if (!(t->cls >> c & 1))
			return NULL;
		first = &cc_lex_rows[t->row];
		for (l = first; l->cls != c; l++)
			if (l[1].phrase != first->phrase && strcmp(l[1].phrase, first->phrase))
				return NULL;
		return l;
	}
	if (t->type != TK_SYM)
		return NULL;
	return cc_lex_find(x->t + t->s, t->e - t->s, c);
}
/* The lexicon row of class c for the phrase of tokens a..b (inclusive,
 * b < ntok), as cc_lex_find over their bytes, skipping the lookup when
 * the first word starts no phrase of several words (the tokenizer's word
 * is the phrase's first word when a blank follows it). */
static inline const cc_lex *cc_tok_lex_span(const cc_xt *x, size_t a, size_t b, cc_lex_class c)
{
	const cc_tok *t = &x->tok[a];

	if (a == b)
		return cc_tok_lex(x, a, c);
	if (t->type == TK_WORD && !(t->fl & TF_STARTS) && (x->tok[a + 1].fl & TF_SP))
		return NULL;
	return cc_lex_find(x->t + t->s, x->tok[b].e - t->s, c);
}
/* The lexicon classes of token i (0 unless a word). */
static inline unsigned long long cc_tok_classes(const cc_xt *x, size_t i)
{
	return i < x->ntok && x->tok[i].type == TK_WORD ? x->tok[i].cls : 0;
}
/* Is token i a word in one of the word sets `sets` (WS(...) bits, words in
 * extract/lexicon/wordsets.tsv), in any case? One bit test on the row the
 * tokenizer looked up (only words have a row). */
static inline int cc_tok_in(const cc_xt *x, size_t i, cc_wsmask sets)
{
	return i < x->ntok && x->tok[i].row >= 0 && (cc_lex_rows[x->tok[i].row].sets & sets) != 0;
}

/* numeral.c: parse the numeral starting at token i (0 if none). */
int cc_num_parse(const cc_xt *x, size_t i, cc_num *out);

/* The numerals cc_num_parse read last, by token: the claim rules and the
 * share-list/table readers ask again for the figures next to the one they
 * read (list items, table rows, vote pairs), and a numeral depends only on
 * the tokens, which are fixed once scanned. Direct-mapped on the token
 * index: the asks cluster within a few tokens, so a small table keeps
 * nearly all of them and is cleared cheaply per document. */
#define CC_NUMCACHE_N 64
typedef struct cc_numcache {
	size_t key[CC_NUMCACHE_N]; /* token index + 1; 0: empty */
	int ok[CC_NUMCACHE_N];
	cc_num n[CC_NUMCACHE_N];
} cc_numcache;
/* input.c */
int cc_input_convert(cc_doc *doc);
/* source end offset of text position pos (exclusive end of text byte pos-1) */
size_t cc_src_end(const cc_doc *doc, size_t pos);

/* hedge.c: the hedge ending right before token i; *t0 = its first token */
const cc_lex *cc_hedge_before(const cc_xt *x, size_t i, size_t *t0);
void cc_hedge_apply(const cc_lex *h, double value, double *low, double *high, unsigned *traits);

/* sample_cx.c: is the share at tokens [t0, t1) one of a subgroup ("69% of
 * under 30s", "Among women, 60%", "of people who voted Leave")? 1 yes,
 * 2 a group named before ("41% of those.", "Of these, 41%"), 0 no;
 * [*g0, *g1) the group's words. */
int cc_cx_subgroup_share(const cc_xt *x, size_t t0, size_t t1, size_t *g0, size_t *g1);

/* sample_cx.c: is the share at tokens [t0, t1) an earlier wave's or an
 * official result (gold convention 9: "up from 32%", "38% last month", "the
 * 7 per cent it won at the general election")? Never a poll sample's. */
int cc_cx_earlier_figure(const cc_xt *x, size_t t0, size_t t1);
int cc_cx_year_of(const cc_xt *x, size_t k); /* the year token k names (1900-2100), 0 */
/* sample_cx.c: "since the previous survey", "up one point on its previous
 * poll": the earlier survey at word w (a past adjective) of a sentence
 * starting at a is the reference point of a comparison (lexicon class
 * wave_ref before its determiners), not a source of figures. */
int cc_cx_wave_reference(const cc_xt *x, size_t a, size_t w);

/* claims.c / link.c */
int cc_claims_find(cc_xt *x);
/* sample_doc.c: a survey's sample from a sentence about it, when no
 * phrasing rule found one (before cc_link_samples) */
int cc_samples_from_doc(cc_xt *x);
int cc_link_samples(cc_xt *x);

#endif
