/*
 * xt.h -- the extract stage's private working types: tokens over doc->text
 * and the numeral records built on them (stage: extract; not seen outside).
 * cc_tok_in asks whether a token is in a word set (lexicon/wordsets.tsv).
 */
#ifndef CC_EXTRACT_XT_H
#define CC_EXTRACT_XT_H

#include "../core/doc.h"
#include "lexicon.h"

enum { TK_WORD = 1, TK_NUM, TK_PUNCT, TK_SYM };

enum {
	TF_SP = 1 << 0,     /* whitespace before */
	TF_NL = 1 << 1,     /* a newline before */
	TF_PARA = 1 << 2,   /* a paragraph break before */
	TF_CAP = 1 << 3,    /* word starts with a capital */
	TF_UPPER = 1 << 4,  /* word all capitals (2+ letters) */
	TF_GLYPH = 1 << 5,  /* a fraction glyph ½ ¼ ¾ */
	TF_SENT = 1 << 6,   /* first token of a sentence */
	TF_MINUS = 1 << 7,  /* punct '-' written as U+2212 */
	TF_DASH = 1 << 8,   /* punct '-' written as an en dash */
	TF_STARTS = 1 << 9  /* word may be the first of a lexicon phrase of several words */
};

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
	size_t *brk;            /* scan -> sentences: tokens a sentence may end after or start at */
	size_t nbrk, capbrk;
	size_t *cand;           /* scan -> claims: tokens a claim rule may start at (CC_CLAIM_START), ascending; room for cap */
	size_t ncand;
	size_t *sfirst;         /* first token of each sentence */
	size_t nsent;
	struct cc_cinfo *ci;    /* per claim made here (parallel to doc->claims) */
	size_t nci, capci;
} cc_xt;

/* What claims.c learnt about a claim that link.c needs. */
enum {
	CI_OPINION = 1 << 0,    /* an opinion verb follows the figure ("39% opposed") */
	CI_OFTHE = 1 << 1,      /* sample given as "of the N who..." right after */
	CI_OFFICIAL = 1 << 2    /* a rate / official level, never a survey figure */
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
 * words of these classes, and a capital letter alone with classes
 * (mean_claim's "M"); the claim finder visits only those. */
#define CC_CLAIM_START CC_LEX_CLAIM_CLASSES

/* scan.c */
int cc_xt_scan(cc_xt *x);
int cc_xt_sentences(cc_xt *x);
/* Free what the scan and the claim finder made (tokens, the scan's break
 * and candidate lists, the sentence index, claim info); x can be scanned
 * again. */
void cc_xt_free(cc_xt *x);
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
int cc_tok_punct(const cc_xt *x, size_t i, int ch);            /* punct ch */
const cc_lex *cc_tok_lex(const cc_xt *x, size_t i, cc_lex_class c);
/* The lexicon row of class c for the phrase of tokens a..b (inclusive,
 * b < ntok), as cc_lex_find over their bytes, skipping the lookup when
 * the first word starts no phrase. */
const cc_lex *cc_tok_lex_span(const cc_xt *x, size_t a, size_t b, cc_lex_class c);
/* The lexicon classes of token i (0 unless a word). */
static inline unsigned long long cc_tok_classes(const cc_xt *x, size_t i)
{
	return i < x->ntok && x->tok[i].type == TK_WORD ? x->tok[i].cls : 0;
}
/* Is token i a word in one of the word sets `sets` (WS(...) bits, words in
 * extract/lexicon/wordsets.tsv), in any case? One bit test on the row the
 * tokenizer looked up (only words have a row). */
static inline int cc_tok_in(const cc_xt *x, size_t i, unsigned long long sets)
{
	return i < x->ntok && x->tok[i].row >= 0 && (cc_lex_rows[x->tok[i].row].sets & sets) != 0;
}
/* adjacency: token i+1 follows token i with no space */
int cc_tok_glued(const cc_xt *x, size_t i);

/* numeral.c: parse the numeral starting at token i (0 if none). */
int cc_num_parse(const cc_xt *x, size_t i, cc_num *out);
/* input.c */
int cc_input_convert(cc_doc *doc);
/* source end offset of text position pos (exclusive end of text byte pos-1) */
size_t cc_src_end(const cc_doc *doc, size_t pos);

/* hedge.c: the hedge ending right before token i; *t0 = its first token */
const cc_lex *cc_hedge_before(const cc_xt *x, size_t i, size_t *t0);
void cc_hedge_apply(const cc_lex *h, double value, double *low, double *high, unsigned *traits);

/* claims.c / link.c */
int cc_claims_find(cc_xt *x);
int cc_link_samples(cc_xt *x);

#endif
