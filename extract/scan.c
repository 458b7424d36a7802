/*
 * scan.c -- tokenizer over doc->text (words, numbers, punctuation, currency
 * symbols, with byte offsets) and the sentence splitter (stage: extract).
 * UTF-8 aware: smart quotes, NBSP/thin spaces, en/em dashes, U+2212 minus,
 * currency signs and the fraction glyphs are normalised here; invalid
 * bytes survive as one-byte punctuation. One pass, no per-token malloc.
 * Must not decide what a number means.
 */
#include "xt.h"
#include "../core/vocab.h"
#include "bytemask.h"
#include "lexprobe.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>

/*
 * The growing token array (and the list of tokens a sentence may end at),
 * kept in a local struct while scanning: stores into the tokens cannot
 * then alias the counts, which stay in registers.
 */
typedef struct tokbuf {
	cc_tok *tok;
	size_t n, cap;
	size_t *brk;      /* see cc_xt.brk (STOP_CHARS and paragraph starts) */
	size_t nbrk, capbrk;
	size_t *cand;     /* see cc_xt.cand: room for cap entries */
	size_t *candp;    /* its end (one pointer to move, not a base and a count) */
} tokbuf;

typedef struct grown {
	void *p;
	size_t cap;
} grown;

/* The array p of cap elements grown by half (`first` when empty); p NULL
 * on failure, the old array kept. Out of line: rare. */
static grown grow(cc_ctx *ctx, void *p, size_t cap, size_t first, size_t size)
{
	grown g;

	g.cap = cap ? cap + cap / 2 : first;
	g.p = cc_realloc(ctx, p, g.cap * size);
	return g;
}

/* Room for more tokens and as many candidates (that list grows first, so
 * it always has room for cap): tok NULL on failure, cand the list to keep
 * either way. Out of line (rare), and given values, not the tokbuf:
 * were its address to escape, every store to a token or list would make
 * the compiler reload the counts. */
typedef struct grown2 {
	cc_tok *tok;
	size_t *cand;
	size_t cap;
} grown2;

static __attribute__((noinline)) grown2 grow_tok(const cc_xt *x, cc_tok *tok, size_t *cand, size_t cap)
{
	/* first guess from the text's length (news runs about one token per
	 * six bytes), so most documents never reallocate */
	grown g = grow(x->ctx, cand, cap, x->len / 5 + 64, sizeof *cand);
	grown2 r = { NULL, cand, cap };

	if (!g.p)
		return r;
	r.cand = g.p;
	g = grow(x->ctx, tok, cap, x->len / 5 + 64, sizeof *tok);
	r.tok = g.p;
	r.cap = g.cap;
	return r;
}

/* The punctuation a sentence may end after (cc_xt_sentences' breaks_before
 * reads no other): a stop, or a closing quote or bracket after one. All
 * are below 64, so a bit each; the other punctuation (commas, dashes...)
 * is left off the scan's break list. */
#define STOP_CHARS (1ull << '.' | 1ull << '!' | 1ull << '?' | 1ull << '"' | 1ull << '\'' | 1ull << ')')

/* Push a token; cand: may a claim rule start at it (see cc_xt.cand).
 * Always inlined: at each call the token kind is a constant and the tests
 * on it vanish, and the tokbuf stays in registers (an out-of-line call
 * costs about a third more over the whole scan). */
static inline __attribute__((always_inline)) int push_tok(const cc_xt *x, tokbuf *b, size_t s, size_t e, int type, int ch, unsigned fl, long row,
			   unsigned long long cls, unsigned cand)
{
	cc_tok *t;

	if (b->n == b->cap) {
		grown2 g = grow_tok(x, b->tok, b->cand, b->cap);

		if (g.cand != b->cand) {
			/* (no arithmetic on the null pointer of an empty list) */
			size_t used = b->cand ? (size_t)(b->candp - b->cand) : 0;

			b->cand = g.cand;
			b->candp = g.cand + used;
		}
		if (!g.tok)
			return cc_error_oom(x->ctx);
		b->tok = g.tok;
		b->cap = g.cap;
	}
	if ((type == TK_PUNCT && ch >= 0 && ch < 64 && (STOP_CHARS >> ch & 1)) || (fl & TF_PARA)) {
		/* only here can a sentence end (cc_xt_sentences): after a
		 * stop or a closing quote or bracket, or before a paragraph */
		if (b->nbrk == b->capbrk) {
			grown g = grow(x->ctx, b->brk, b->capbrk, x->len / 32 + 16, sizeof *b->brk);

			if (!g.p)
				return cc_error_oom(x->ctx);
			b->brk = g.p;
			b->capbrk = g.cap;
		}
		b->brk[b->nbrk++] = b->n;
	}
	/* whether a word may start a claim is unpredictable: its index is
	 * always stored and the count moves by the answer, no branch */
	*b->candp = b->n;
	b->candp += cand;
	t = &b->tok[b->n++];
	t->s = s;
	t->e = e;
	t->type = (unsigned char)type;
	t->ch = (unsigned char)ch;
	t->fl = (unsigned short)fl;
	t->cls = cls;
	t->row = (int)row;
	return CC_OK; /* t->sent: cc_xt_sentences */
}

/* A token that is not a word: a claim rule may start at a number or a
 * currency symbol. */
static inline __attribute__((always_inline)) int push(const cc_xt *x, tokbuf *b, size_t s, size_t e, int type, int ch, unsigned fl)
{
	return push_tok(x, b, s, e, type, ch, fl, -1, 0, (unsigned)(type == TK_NUM) | (unsigned)(type == TK_SYM));
}

/* A word token with its lexicon row, classes and word-table flags (wfl,
 * CC_LEX_*, without CC_LEX_FAR), which become the high byte of its flags
 * (TF_STARTS, TF_CLAIM); a claim candidate when the table marks it
 * (CC_LEX_CLAIM). Shifts and masks, no branch. */
static inline __attribute__((always_inline)) int push_word(const cc_xt *x, tokbuf *b, size_t s, size_t e, unsigned fl, long row,
			    unsigned long long cls, unsigned wfl)
{
	return push_tok(x, b, s, e, TK_WORD, 0, fl | wfl << 8, row, cls, wfl / CC_LEX_CLAIM & 1u);
}

/* A word token looked up by its bytes (the general path). */
static inline int push_word_bytes(const cc_xt *x, tokbuf *b, size_t s, size_t e, unsigned fl)
{
	unsigned long long cls;
	unsigned wfl;
	long row = cc_lex_lookup_word(x->t + s, e - s, x->len - s, &cls, &wfl);

	return push_word(x, b, s, e, fl, row, cls, wfl);
}

/* Length of a valid UTF-8 sequence at p (0 if invalid). */
static size_t u8len(const unsigned char *p, size_t left)
{
	size_t n, k;
	if (p[0] < 0x80)
		return 1;
	n = p[0] >= 0xF0 && p[0] <= 0xF4 ? 4 : p[0] >= 0xE0 ? 3 : p[0] >= 0xC2 && p[0] < 0xE0 ? 2 : 0;
	if (!n || n > left || p[0] > 0xF4)
		return 0;
	for (k = 1; k < n; k++)
		if ((p[k] & 0xC0) != 0x80)
			return 0;
	return n;
}

static unsigned long u8cp(const unsigned char *p, size_t n)
{
	if (n == 2) return ((unsigned long)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
	if (n == 3) return ((unsigned long)(p[0] & 0x0F) << 12) | ((unsigned long)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
	return ((unsigned long)(p[0] & 0x07) << 18) | ((unsigned long)(p[1] & 0x3F) << 12) |
	       ((unsigned long)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

/* Character classes for ASCII (table, not branches; constant, so that
 * threads scanning at once share it without a first-use race). */
enum { C_OTHER, C_SPACE, C_NL, C_ALPHA, C_DIGIT };
static const unsigned char cls[256] = {
	['a' ... 'z'] = C_ALPHA, ['A' ... 'Z'] = C_ALPHA, ['0' ... '9'] = C_DIGIT,
	[' '] = C_SPACE, ['\t'] = C_SPACE, ['\r'] = C_SPACE, ['\f'] = C_SPACE, ['\v'] = C_SPACE,
	['\n'] = C_NL,
};

/* What a non-ASCII code point is to the tokenizer. */
enum { U_LETTER, U_SPACE, U_PUNCT, U_SYM, U_GLYPH };
static int ucls(unsigned long cp, int *ch)
{
	*ch = '?';
	switch (cp) {
	case 0xA0: case 0x2002: case 0x2003: case 0x2009: case 0x200A: case 0x202F:
	case 0xFEFF: case 0x200B: case 0x2007: case 0x2008: case 0x205F: case 0x3000: case 0xAD:
		return U_SPACE;
	case 0x2018: case 0x2019: case 0x201A: case 0x2032: *ch = '\''; return U_PUNCT;
	case 0x201C: case 0x201D: case 0x201E: case 0xAB: case 0xBB: *ch = '"'; return U_PUNCT;
	case 0x2010: case 0x2011: case 0x2012: case 0x2013: *ch = '-'; return U_PUNCT;
	case 0x2212: *ch = 'm'; return U_PUNCT;
	case 0x2014: case 0x2015: *ch = 'D'; return U_PUNCT;
	case 0xB1: *ch = 'P'; return U_PUNCT;
	case 0x2026: *ch = '.'; return U_PUNCT;
	case 0xBD: case 0xBC: case 0xBE: case 0x2153: case 0x2154: return U_GLYPH;
	case 0xA2: case 0xA3: case 0xA5: case 0x5143: case 0x0BB0: return U_SYM;
	default:
		if (cp >= 0x20A0 && cp <= 0x20CF)
			return U_SYM;
		if (cp >= 0x2000 && cp <= 0x206F)
			return U_PUNCT;
		if (cp == 0xD7 || cp == 0xF7 || (cp >= 0xB0 && cp <= 0xBF))
			return U_PUNCT;
		return U_LETTER;
	}
}

/* The end of the number token that starts at s (a digit, or a '.' before
 * a digit that follows none): digits with one decimal point, thousands
 * commas, an exponent ("1.3e6"); a run with two dots ("192.168.1.2", a
 * version) is cut into its groups. */
static inline __attribute__((always_inline)) size_t number_end(const unsigned char *t, size_t n, size_t s)
{
	size_t i = s;
	int dot = t[s] == '.';

	{
		/* "192.168.1.2", versions: two dots in a run of digits -> groups */
		size_t d = i, dots = 0;
		while (d < n && (cls[t[d]] == C_DIGIT || (t[d] == '.' && d + 1 < n && cls[t[d + 1]] == C_DIGIT)))
			dots += t[d++] == '.';
		if (dots >= 2 || (s > 1 && t[s - 1] == '.' && cls[t[s - 2]] == C_DIGIT))
			dot = 1;
	}
	i++;
	while (i < n) {
		if (cls[t[i]] == C_DIGIT) { i++; continue; }
		if (t[i] == '.' && !dot && i + 1 < n && cls[t[i + 1]] == C_DIGIT) { dot = 1; i += 2; continue; }
		if (t[i] == ',' && !dot && i + 1 < n && cls[t[i + 1]] == C_DIGIT) {
			/* a thousands separator: exactly three digits follow */
			size_t d = i + 1;
			while (d < n && cls[t[d]] == C_DIGIT)
				d++;
			if (d - i - 1 == 3 || (d - i - 1 < 3 && !(d < n && t[d] == ',') && !memchr(t + s, ',', i - s) &&
					       !(s > 0 && t[s - 1] == ',') &&
					       !(d < n && cls[t[d]] == C_ALPHA))) {
				i = d;
				continue;
			}
		}
		break;
	}
	/* scientific notation: "1.3e6", "12.32e+14" */
	if (i + 1 < n && (t[i] == 'e' || t[i] == 'E')) {
		size_t d = i + 1;
		if (d < n && (t[d] == '+' || t[d] == '-'))
			d++;
		if (d < n && cls[t[d]] == C_DIGIT) {
			while (d < n && cls[t[d]] == C_DIGIT)
				d++;
			if (d >= n || cls[t[d]] != C_ALPHA)
				i = d;
		}
	}
	return i;
}

#if defined(__SSE2__) && !defined(CC_NO_SIMD)
/*
 * The common words, on from i (an ASCII letter with 16 bytes readable):
 * runs of ASCII letters that end before 16 bytes at a byte that cannot
 * continue them (not an apostrophe, not UTF-8), one space apart. One
 * load gives a word's length, its case flags and, as every byte of it is
 * a letter, its lower case (OR 0x20) packed for the word table: no second
 * pass over its bytes. Returns 1 when the last word taken ends the run
 * (*ip after it, *rcp its push's status), 0 when the word at *ip is not
 * such a word: then *ip and *flp say where it starts (after a space, when
 * words were taken before it) for the general path. Always inlined: the
 * scan's state stays in registers.
 */
static inline __attribute__((always_inline)) int fast_words(const cc_xt *x, tokbuf *tb, const unsigned char *t, size_t n,
							   size_t *ip, unsigned *flp, int *rcp)
{
	size_t i = *ip;
	unsigned fl = *flp;

	for (;;) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
		__m128i lw = _mm_or_si128(v, _mm_set1_epi8(0x20));
		unsigned al = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(lw, _mm_set1_epi8('a' - 1)),
									_mm_cmplt_epi8(lw, _mm_set1_epi8('z' + 1))));
		unsigned run = (unsigned)__builtin_ctz(~al); /* bit 16 of ~al is set */
		unsigned lower, wf;
		int rc;

		if (!(run < 16 && t[i + run] < 0x80 && t[i + run] != '\'')) {
			*ip = i;
			*flp = fl;
			return 0;
		}
		lower = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('a' - 1)),
								 _mm_cmplt_epi8(v, _mm_set1_epi8('z' + 1))));
		wf = fl | (t[i] <= 'Z' ? TF_CAP : 0) | (!(lower & ((1u << run) - 1)) && run >= 2 ? TF_UPPER : 0);
		if (run <= CC_LEX_WMAX) {
			uint64_t a = (uint64_t)_mm_cvtsi128_si64(lw), b = 0;
			unsigned long long wc;
			unsigned wfl;
			long row;

			/* keep the word's bytes: masks by length, no branch on it */
			static const uint64_t lo[CC_LEX_WMAX + 1] = {
				0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffffull, 0xffffffffffffull,
				0xffffffffffffffull, ~0ull, ~0ull, ~0ull, ~0ull, ~0ull
			};
			static const uint64_t hi[CC_LEX_WMAX + 1] = {
				0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xffff, 0xffffff, 0xffffffff
			};

			_Static_assert(CC_LEX_WMAX == 12, "the masks above cover words of up to 12 bytes");
			b = (uint64_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(lw, lw)) & hi[run];
			a &= lo[run];
			row = cc_lex_word_packed(a, b, run, &wc, &wfl);
			rc = push_word(x, tb, i, i + run, wf, row, wc, wfl);
		} else {
			rc = push_word_bytes(x, tb, i, i + run, wf);
		}
		i += run;
		if (rc || t[i] != ' ' || i + 17 > n || cls[t[i + 1]] != C_ALPHA) {
			*ip = i;
			*rcp = rc;
			return 1;
		}
		/* one space, then another word: straight on to it */
		fl = TF_SP;
		i++;
	}
}
#endif

/*
 * A character of two or more bytes (or an invalid byte) at i: a letter
 * starts a word (U_LETTER, nothing done: the caller's word path); a space
 * (U_SPACE) is only noted by the caller; anything else is pushed with
 * flags fl: an invalid byte as one-byte punctuation, punctuation
 * normalised (a dash, U+2212 minus, quotes...), a currency symbol, a
 * fraction glyph. *lp: the bytes it takes.
 */
static int scan_u8(const cc_xt *x, tokbuf *tb, const unsigned char *t, size_t n, size_t i, unsigned fl, size_t *lp,
		   int *rcp)
{
	size_t l = u8len(t + i, n - i);
	int ch, u;

	if (!l) {
		*lp = 1;
		*rcp = push(x, tb, i, i + 1, TK_PUNCT, '?', fl);
		return U_PUNCT;
	}
	*lp = l;
	u = ucls(u8cp(t + i, l), &ch);
	if (u == U_PUNCT)
		*rcp = push(x, tb, i, i + l, TK_PUNCT, ch == 'm' ? '-' : ch,
			    fl | (ch == 'm' ? TF_MINUS : 0) | (ch == '-' ? TF_DASH : 0));
	else if (u == U_SYM)
		*rcp = push(x, tb, i, i + l, TK_SYM, 0, fl);
	else if (u == U_GLYPH)
		*rcp = push(x, tb, i, i + l, TK_NUM, 0, fl | TF_GLYPH);
	return u;
}

/* The end of the word that starts at i (letters, ASCII or not, and inner
 * apostrophes, straight or U+2019); *upper cleared unless all its ASCII
 * letters are capitals, *nletters counts them. */
static inline size_t word_end(const unsigned char *t, size_t n, size_t i, int *upper, int *nletters)
{
	int ch;

	while (i < n) {
		unsigned char d = t[i];
#if defined(__SSE2__) && !defined(CC_NO_SIMD)
		if (i + 16 <= n) {
			/* a run of ASCII letters, 16 bytes at a time */
			unsigned al = cc_bm16(t + i, BM_ALPHA, NULL, 0);
			unsigned run = (unsigned)__builtin_ctz(~al); /* bit 16 of ~al is set */

			if (run) {
				if (cc_bm16(t + i, BM_LOWER, NULL, 0) & ((1u << run) - 1))
					*upper = 0;
				*nletters += (int)run;
				i += run;
				if (run == 16)
					continue;
				d = t[i]; /* not an ASCII letter: on below */
			}
		}
#endif
		if (cls[d] == C_ALPHA) {
			if (d >= 'a' && d <= 'z')
				*upper = 0;
			++*nletters;
			i++;
			continue;
		}
		if (d >= 0x80) {
			size_t m = u8len(t + i, n - i);
			if (m && ucls(u8cp(t + i, m), &ch) == U_LETTER) { i += m; *upper = 0; continue; }
			if (m == 3 && t[i] == 0xE2 && t[i + 1] == 0x80 && t[i + 2] == 0x99 &&
			    i + 3 < n && cls[t[i + 3]] == C_ALPHA) { i += 3; continue; }
			break;
		}
		if (d == '\'' && i + 1 < n && cls[t[i + 1]] == C_ALPHA && *nletters) { i++; continue; }
		break;
	}
	return i;
}

int cc_xt_scan(cc_xt *x)
{
	const unsigned char *t = (const unsigned char *)x->t;
	size_t n = x->len, i = 0;
	unsigned fl = TF_PARA;
	int nls = 2, rc = CC_OK;
	tokbuf tb = { x->tok, x->ntok, x->cap, x->brk, x->nbrk, x->capbrk, x->cand, x->cand ? x->cand + x->ncand : NULL };

	cc_lex_init();
	while (i < n) {
		unsigned char c = t[i];
		int k = cls[c];
		size_t s = i;

		if (k == C_SPACE) { fl |= TF_SP; i++; continue; }
		if (k == C_NL) {
			fl |= TF_SP | TF_NL;
			if (++nls >= 2)
				fl |= TF_PARA;
			i++;
			continue;
		}
		if (k == C_DIGIT || (c == '.' && i + 1 < n && cls[t[i + 1]] == C_DIGIT &&
				     !(i > 0 && cls[t[i - 1]] == C_DIGIT))) {
			i = number_end(t, n, s);
			rc = push(x, &tb, s, i, TK_NUM, 0, fl);
			if (i - s == 4 && c >= '1' && c <= '2') {
				/* the latest year the text names, read in passing
				 * (earlier waves, "In 2003 the figure was ...") */
				int y = (c - '0') * 1000 + (t[s + 1] - '0') * 100 + (t[s + 2] - '0') * 10 + (t[s + 3] - '0');

				if (y >= 1900 && y <= 2100 && y > x->last_year && t[s + 1] >= '0' && t[s + 1] <= '9' &&
				    t[s + 2] >= '0' && t[s + 2] <= '9' && t[s + 3] >= '0' && t[s + 3] <= '9')
					x->last_year = y;
			}
		} else if (k == C_ALPHA || c >= 0x80) {
			unsigned wf;
			int upper = 1, nletters = 0;

#if defined(__SSE2__) && !defined(CC_NO_SIMD)
			if (k == C_ALPHA && i + 16 <= n) {
				if (fast_words(x, &tb, t, n, &i, &fl, &rc))
					goto next;
				s = i; /* a word the fast path left, maybe after words it took */
				c = t[i];
			}
#endif
			if (c >= 0x80) {
				size_t l;
				int u = scan_u8(x, &tb, t, n, i, fl, &l, &rc);

				if (u != U_LETTER) {
					i += l;
					if (u != U_SPACE)
						goto next;
					fl |= TF_SP;
					continue;
				}
			}
			/* a word: letters (ASCII or not), inner apostrophes */
			wf = fl | (c >= 'A' && c <= 'Z' ? TF_CAP : 0);
			i = word_end(t, n, i, &upper, &nletters);
			if (upper && nletters >= 2)
				wf |= TF_UPPER;
			rc = push_word_bytes(x, &tb, s, i, wf);
		} else {
			if (c == '$')
				rc = push(x, &tb, i, i + 1, TK_SYM, 0, fl);
			else
				rc = push(x, &tb, i, i + 1, TK_PUNCT, c, fl);
			i++;
		}
next:
		if (rc) {
			cc_free(x->ctx, tb.brk);
			tb.brk = NULL;
			tb.nbrk = tb.capbrk = 0;
			break;
		}
		fl = 0;
		nls = 0;
	}
	x->tok = tb.tok;
	x->ntok = tb.n;
	x->cap = tb.cap;
	x->brk = tb.brk;
	x->nbrk = tb.nbrk;
	x->capbrk = tb.capbrk;
	x->cand = tb.cand;
	x->ncand = tb.cand ? (size_t)(tb.candp - tb.cand) : 0;
	return rc;
}

void cc_xt_free(cc_xt *x)
{
	cc_free(x->ctx, x->tok);
	cc_free(x->ctx, x->brk);
	cc_free(x->ctx, x->cand);
	cc_free(x->ctx, x->sfirst);
	cc_free(x->ctx, x->ci);
	x->tok = NULL;
	x->brk = NULL;
	x->cand = NULL;
	x->sfirst = NULL;
	x->ci = NULL;
	x->ntok = x->cap = x->nbrk = x->capbrk = x->ncand = x->nsent = x->nci = x->capci = 0;
}

/* What cc_xt_keep keeps on the context (ctx->xt_keep). */
typedef struct xt_kept {
	cc_tok *tok;
	size_t *cand;     /* room for cap, as the scan keeps it */
	size_t cap;
	size_t *brk;
	size_t capbrk;
	cc_cinfo *ci;
	size_t capci;
} xt_kept;

/* The largest token array kept between documents: a news story's (64 KB
 * of text makes about 13,000 tokens); a long document's arrays are freed
 * as before, so the survey pass after the tokens never peaks with them. */
#define XT_KEEP_MAX ((size_t)32768)

static void xt_kept_free(cc_ctx *ctx, void *p)
{
	xt_kept *k = p;

	if (!k)
		return;
	cc_free(ctx, k->tok);
	cc_free(ctx, k->cand);
	cc_free(ctx, k->brk);
	cc_free(ctx, k->ci);
	cc_free(ctx, k);
}

void cc_xt_take(cc_xt *x)
{
	xt_kept *k = x->ctx ? x->ctx->xt_keep : NULL;

	if (!k || x->tok || x->brk || x->cand || x->ci)
		return;
	x->tok = k->tok;
	x->cand = k->cand;
	x->cap = k->cap;
	x->brk = k->brk;
	x->capbrk = k->capbrk;
	x->ci = k->ci;
	x->capci = k->capci;
	memset(k, 0, sizeof *k);
}

void cc_xt_keep(cc_xt *x)
{
	xt_kept *k;

	if (!x->ctx || x->cap > XT_KEEP_MAX || !x->tok || !x->cand) {
		cc_xt_free(x);
		return;
	}
	if (!(k = x->ctx->xt_keep)) {
		if (x->ctx->xt_keep_free || !(k = cc_calloc(x->ctx, 1, sizeof *k))) {
			cc_xt_free(x);
			return;
		}
		x->ctx->xt_keep = k;
		x->ctx->xt_keep_free = xt_kept_free;
	}
	/* what the context holds already (never more than one set) goes */
	cc_free(x->ctx, k->tok);
	cc_free(x->ctx, k->cand);
	cc_free(x->ctx, k->brk);
	cc_free(x->ctx, k->ci);
	k->tok = x->tok;
	k->cand = x->cand;
	k->cap = x->cap;
	k->brk = x->brk;
	k->capbrk = x->capbrk;
	k->ci = x->ci;
	k->capci = x->capci;
	x->tok = NULL;
	x->cand = NULL;
	x->brk = NULL;
	x->ci = NULL;
	cc_xt_free(x);
}

/* Is token i (a '.') the end of a sentence? */
static int ends_sentence(const cc_xt *x, size_t i)
{
	const cc_tok *p = i ? &x->tok[i - 1] : NULL;
	size_t j = i + 1;

	/* closing quotes/brackets after the stop */
	while (j < x->ntok && x->tok[j].type == TK_PUNCT && !(x->tok[j].fl & TF_SP) &&
	       (x->tok[j].ch == '"' || x->tok[j].ch == '\'' || x->tok[j].ch == ')'))
		j++;
	if (j >= x->ntok)
		return 1;
	if (!(x->tok[j].fl & TF_SP))
		return 0;
	if (x->tok[i].ch == '.' && p && p->type == TK_WORD && !(x->tok[i].fl & TF_SP)) {
		if (p->cls >> LX_ABBREV & 1) /* a row of class LX_ABBREV: its class bit */
			return 0;
		if (p->e - p->s == 1 && (p->fl & TF_CAP))
			return 0; /* an initial: "J. Smith" */
		if ((p->cls >> LX_MONTH & 1) && p->e - p->s <= 4 && x->tok[j].type == TK_NUM)
			return 0; /* a month cut short before its day: "between Oct. 7 and 10" */
	}
	{
		const cc_tok *q = &x->tok[j];
		return (q->fl & TF_CAP) || q->type == TK_NUM || q->type == TK_SYM ||
		       (q->type == TK_PUNCT && (q->ch == '"' || q->ch == '\'' || q->ch == '(' || q->ch == '['));
	}
}

/* Does a sentence end between tokens i - 1 and i (0 < i < ntok)? */
static inline int breaks_before(const cc_xt *x, size_t i, size_t start)
{
	const cc_tok *p = &x->tok[i - 1], *q = &x->tok[i];

	if (q->fl & TF_PARA)
		return 1;
	if (p->type != TK_PUNCT)
		return 0;
	if (p->ch == '.' || p->ch == '!' || p->ch == '?')
		/* boundary falls after trailing quotes handled by ends_sentence */
		return ends_sentence(x, i - 1) &&
		       !(q->type == TK_PUNCT && (q->ch == '"' || q->ch == '\'' || q->ch == ')') && !(q->fl & TF_SP));
	if ((p->ch == '"' || p->ch == '\'' || p->ch == ')') && i >= start + 2 && x->tok[i - 2].type == TK_PUNCT &&
	    (x->tok[i - 2].ch == '.' || x->tok[i - 2].ch == '!' || x->tok[i - 2].ch == '?') && (q->fl & TF_SP))
		return ends_sentence(x, i - 2);
	return 0;
}

/* Append sentence [tok a, tok b) to *sv (when doc is set); 0 on failure. */
static int add_sentence(cc_xt *x, cc_sentence **sv, size_t *ns, size_t *cap, size_t a, size_t b, size_t para)
{
	if (*ns == *cap) {
		size_t nc = *cap ? *cap * 2 : 32;
		size_t *nf = cc_realloc(x->ctx, x->sfirst, nc * sizeof *nf);

		if (!nf)
			return 0;
		x->sfirst = nf;
		if (x->doc) {
			cc_sentence *n = cc_realloc(x->ctx, *sv, nc * sizeof *n);

			if (!n)
				return 0;
			*sv = n;
		}
		*cap = nc;
	}
	x->sfirst[*ns] = a;
	if (x->doc) {
		(*sv)[*ns].start = x->tok[a].s;
		(*sv)[*ns].end = x->tok[b - 1].e;
		(*sv)[*ns].paragraph = para;
	}
	{
		cc_tok *t = x->tok + a, *e = x->tok + b;
		size_t k = *ns;

		t->fl |= TF_SENT;
		/* two tokens a step: every token of every document comes by */
		for (; t + 1 < e; t += 2) {
			t[0].sent = k;
			t[1].sent = k;
		}
		if (t < e)
			t->sent = k;
		*ns = k + 1;
	}
	return 1;
}

/*
 * Split the tokens into sentences: a paragraph break, or a stop that
 * ends_sentence accepts (after any closing quotes). A sentence's
 * paragraph counts the paragraph breaks before it (the first token's
 * TF_PARA does not count: it opens paragraph 0). Each token gets its
 * sentence, x->sfirst its first token, and doc->sentences the spans.
 */
int cc_xt_sentences(cc_xt *x)
{
	size_t i, ns = 0, cap = 0, para = 0, start = 0;
	cc_sentence *sv = NULL;
	cc_doc *doc = x->doc;

	/* a break falls before a token with TF_PARA or right after a
	 * punctuation token of STOP_CHARS: the scan listed both kinds
	 * (x->brk, ascending), so only those places are tested */
	size_t k, last = 0;
	int rc = CC_OK;

	for (k = 0; k < x->nbrk && rc == CC_OK; k++) {
		size_t c = x->brk[k], j;

		for (j = 0; j < 2; j++) {
			i = c + j; /* before the listed token, then after it */
			if (i <= last || i >= x->ntok)
				continue;
			last = i;
			if (!breaks_before(x, i, start))
				continue;
			if (!add_sentence(x, &sv, &ns, &cap, start, i, para)) {
				rc = CC_ENOMEM;
				break;
			}
			start = i;
			if (x->tok[i].fl & TF_PARA)
				para++;
		}
	}
	x->nbrk = 0; /* (the array stays for the next scan: cc_xt_keep) */
	if (rc == CC_OK && x->ntok && !add_sentence(x, &sv, &ns, &cap, start, x->ntok, para))
		rc = CC_ENOMEM;
	if (rc != CC_OK) {
		cc_free(x->ctx, sv);
		return cc_error_oom(x->ctx);
	}
	x->nsent = ns;
	if (doc) {
		cc_free(x->ctx, doc->sentences);
		doc->sentences = sv;
		doc->nsentences = ns;
	}
	return CC_OK;
}

/* The first letters the rows of each vocabulary class start with (a bit
 * per letter a-z, bit 26 for any other byte), built once: most words of a
 * text are turned away before they are lower-cased and hashed. */
static uint32_t vfirst[CC_V_COUNT];
static pthread_once_t vfirst_once = PTHREAD_ONCE_INIT;

static uint32_t letter_bit(unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		c += 32;
	return c >= 'a' && c <= 'z' ? 1u << (c - 'a') : 1u << 26;
}

static void vfirst_build(void)
{
	size_t id, n, r;

	for (id = 0; id < CC_V_COUNT; id++) {
		const cc_vocab_row *rows = cc_vocab_rows((enum cc_vocab_id)id, &n);

		for (r = 0; r < n; r++)
			vfirst[id] |= letter_bit((unsigned char)rows[r].phrase[0]);
	}
}

int cc_tok_vocab_n(const cc_xt *x, size_t i, int id, size_t n)
{
	char w[32];
	size_t k;

	if (i >= x->ntok || x->tok[i].type != TK_WORD || n > x->tok[i].e - x->tok[i].s || n >= sizeof w || !n)
		return 0;
	pthread_once(&vfirst_once, vfirst_build);
	if (!(vfirst[id] & letter_bit((unsigned char)x->t[x->tok[i].s])))
		return 0;
	for (k = 0; k < n; k++) {
		char c = x->t[x->tok[i].s + k];

		w[k] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
	}
	return cc_vocab_find((enum cc_vocab_id)id, w, n) != NULL;
}

int cc_tok_vocab(const cc_xt *x, size_t i, int id)
{
	return i < x->ntok && cc_tok_vocab_n(x, i, id, x->tok[i].e - x->tok[i].s);
}
