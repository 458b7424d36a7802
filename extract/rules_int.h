/*
 * rules_int.h -- what the two files of the claim rules share (rules.c:
 * the rules for every figure, money, percentages and shares, and the
 * dispatch; rules_count.c: the rules for plain cardinals -- counts,
 * sample sizes and what is neither): the figure as the rules read it, the
 * answer that lets the next rule try, and the macros that turn a rule
 * list into calls. Must not: be included outside those two files.
 */
#ifndef CC_EXTRACT_RULES_INT_H
#define CC_EXTRACT_RULES_INT_H

#include "figure.h"

#include <string.h>

#include "../core/vocab.h"

/* The kinds of figure: each has its list of rules. */
enum {
	FIG_AMOUNT,  /* money (NF_CURRENCY) */
	FIG_PERCENT, /* percentages and percentage points */
	FIG_SHARE,   /* fractions, ratios, "12 of the 40" */
	FIG_COUNT    /* plain cardinals: counts, sample sizes, years... */
};

/* A figure as the rules read it. */
typedef struct fig {
	const cc_num *n;
	size_t a, e;       /* the numeral's tokens [a, e) */
	size_t b;          /* its first token, with its hedge */
	size_t *next;      /* where the claim finder goes on (e unless a rule says) */
	unsigned kind;     /* FIG_* */
	cc_spec p;         /* the record: a count of the value (range, hedge) until a rule says */
	/* percentages (pct_read): the change read around the figure */
	int pct_done;
	int dir;           /* sign of a change word before it (or a restated change), 0 none */
	int cmp;           /* sign of a comparative or change noun after it, 0 none */
	int level;         /* "to 5%", "at 5%", "below 6%": a level, not a change */
	/* plain cardinals (count_read): its noun and what came before */
	int cnt_done;
	size_t ue;         /* end of the noun phrase after it (e: none) */
	long prev;         /* the last claim of the sentence, -1 */
	int det;           /* "the/its/these" before it */
	int anaphor;       /* ... and it points back ("the two firms") */
	int ofthe;         /* "of the 250 patients" after a proportion: its subgroup */
	int sampled;       /* a survey's sample by the words around it */
	int direct;        /* "58% of 1,200 parents": the sample of the percentage */
} fig;

/* A rule's answer when it does not decide: the next rule is tried. Any
 * other answer (CC_OK, or an error) ends the figure. */
#define RULE_ON 1

/*
 * A list tries its rules in order: a rule is called when the numeral's
 * flags pass its need and refuse masks, with the record's rule name set
 * to its own; the first that answers other than RULE_ON decides. The
 * lists expand into the calls at compile time (the masks are constants),
 * so the table costs what hand-written code would.
 */
#define TRY_RULE(fn, name, need, refuse)                        \
	if ((fl & ((need) | (refuse))) == (need)) {                \
		f->p.rule = name;                                  \
		if ((rc = fn(x, f)) != RULE_ON)                     \
			return rc;                                 \
	}
#define RULE_LIST(list)                                          \
	static int try_##list(cc_xt *x, fig *f)                   \
	{                                                        \
		unsigned fl = f->n->fl;                            \
		int rc;                                            \
		list(TRY_RULE)                                     \
		return RULE_ON;                                    \
	}

/* rules_count.c: the rules for a plain cardinal (COUNT_RULES, then
 * NOUN_RULES when a noun follows it, else BARE_RULES); RULE_ON when none
 * decides. */
int cc_rules_count(cc_xt *x, fig *f);

#endif
