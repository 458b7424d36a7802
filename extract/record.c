/*
 * record.c -- a rule's reading of a figure (cc_spec) -> the claim record
 * (stage: extract): span and text mapped to the source, hedge interval,
 * unit and subject strings, the sentence; then, once all claims are made,
 * the ext fields that relate them (levels "from 25% to 35%", the period a
 * claim names, explicit comparisons). Must not: decide whether a figure
 * is a claim or what kind (the rules do).
 */
#include "figure.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

static const char *tokstr(cc_xt *x, size_t a, size_t b)
{
	size_t s = cc_doc_src_offset(x->doc, TK(a)->s), e = cc_src_end(x->doc, TK(b - 1)->e);
	if (e < s)
		e = s;
	return cc_doc_strndup(x->doc, x->doc->src + s, e - s);
}

/* Is token k part of a time phrase ("in May 2004", "last year", "on 3
 * March", "this month")? */
static int time_word(const cc_xt *x, size_t k)
{
	const cc_tok *t = TK(k);

	if (t->type == TK_NUM)
		return 1; /* a year or a day of the month */
	if (t->type != TK_WORD)
		return punct(x, k, ',') || punct(x, k, '-');
	return HAS(W(x, k), LX_MONTH) || HAS(W(x, k), LX_DURATION) || cc_tok_in(x, k, WS(TIME_FILLER));
}

/* A subject's text ("fire crews in the north and west"): without a
 * trailing time phrase ("... in May", "... last year": when, not who), and
 * with every run of whitespace (newlines of a wrapped line) one space. */
static const char *subject_str(cc_xt *x, size_t s0, size_t s1)
{
	size_t k, cut = s1, len, i, o;
	char *str;

	for (k = s1; k-- > s0 + 1;) {
		if (cc_tok_in(x, k, WS(TIME_PREP))) {
			size_t j;
			int when = 0;

			for (j = k + 1; j < s1 && time_word(x, j); j++)
				when |= TK(j)->type == TK_NUM || HAS(W(x, j), LX_MONTH) || HAS(W(x, j), LX_DURATION);
			if (j == s1 && when)
				cut = k;
			break;
		}
		if (!time_word(x, k))
			break;
	}
	while (cut > s0 + 1 && punct(x, cut - 1, ','))
		cut--;
	/* from the converted text, not the source: no markup or entities */
	str = cc_doc_strndup(x->doc, x->t + TK(s0)->s, TK(cut - 1)->e - TK(s0)->s);
	if (!str)
		return NULL;
	len = strlen(str);
	for (i = o = 0; i < len; i++) {
		int sp = str[i] == ' ' || str[i] == '\n' || str[i] == '\r' || str[i] == '\t';

		if (sp && (o == 0 || str[o - 1] == ' '))
			continue;
		str[o++] = sp ? ' ' : str[i];
	}
	while (o && str[o - 1] == ' ')
		o--;
	str[o] = 0;
	return str;
}

int cc_spec_emit(cc_xt *x, cc_spec *p)
{
	cc_doc *doc = x->doc;
	cc_claim *c;
	size_t a = p->hedge ? p->h0 : p->t0, sent = TK(p->t0)->sent;
	cc_cinfo *ci;

	if (x->nci == x->capci) {
		size_t cap = x->capci ? x->capci * 2 : 32;
		cc_cinfo *n = cc_realloc(x->ctx, x->ci, cap * sizeof *n);
		if (!n)
			return cc_error_oom(x->ctx);
		x->ci = n;
		x->capci = cap;
	}
	c = cc_doc_add_claim(doc);
	if (!c)
		return cc_error_oom(x->ctx);
	c->kind = p->kind;
	c->start = cc_doc_src_offset(doc, TK(a)->s);
	c->end = cc_src_end(doc, TK(p->t1 - 1)->e);
	c->text = cc_doc_strndup(doc, doc->src + c->start, c->end - c->start);
	c->value = p->value;
	c->low = p->low;
	c->high = p->high;
	c->tolerance = p->tolerance;
	c->decimals = p->decimals;
	c->traits = p->traits;
	if (p->hedge) {
		c->hedge = tokstr(x, p->h0, p->t0);
		cc_hedge_apply(p->hedge, p->value, &c->low, &c->high, &c->traits);
		if (p->kind == CC_KIND_PROPORTION) { /* both ends into [0, 1]: "<1,234%" keeps low <= high */
			c->low = c->low < 0 ? 0 : c->low > 1 ? 1 : c->low;
			c->high = c->high < 0 ? 0 : c->high > 1 ? 1 : c->high;
		}
	}
	if (p->u1 > p->u0)
		c->unit = tokstr(x, p->u0, p->u1);
	else
		c->unit = p->unit;
	if (p->s1 > p->s0)
		c->subject = subject_str(x, p->s0, p->s1);
	c->sample_n = p->sample_n;
	c->sentence = sent;
	if (sent < doc->nsentences) {
		c->sent_start = cc_doc_src_offset(doc, doc->sentences[sent].start);
		c->sent_end = cc_src_end(doc, doc->sentences[sent].end);
	}
	if (!c->text)
		return cc_error_oom(x->ctx);
	assert(p->rule);
	cc_doc_ext(doc, doc->nclaims - 1)->rule = p->rule;
	ci = &x->ci[x->nci++];
	ci->t0 = a;
	ci->t1 = p->t1;
	ci->sent = sent;
	ci->hints = p->hints;
	ci->ofthe = -1;
	return CC_OK;
}

/* ext fields: levels "from 25% to 35%", counts "from 3 to 6", the period
 * a claim names ("in 2004", "in March 2004", "in the first quarter"). */
void cc_claims_fill_ext(cc_xt *x)
{
	cc_doc *doc = x->doc;
	size_t i;
	for (i = 0; i < x->nci; i++) {
		cc_cinfo *a = &x->ci[i];
		cc_claim_ext *e = cc_doc_ext(doc, i);
		size_t k = a->t1;
		/* the period */
		if (cc_tok_in(x, k, WS(PERIOD_PREP))) {
			size_t q = k + 1;
			const cc_lex *m;

			if (IS_WORD(q) && (TK(q)->fl & TF_CAP) && (m = tok_lex(x, q, LX_MONTH)) != NULL) {
				e->period_m = (int)m->v[0]; /* the month's number (context.tsv) */
				q++;
			}
			if (IS_NUM(q) && TK(q)->e - TK(q)->s == 4 && !memchr(x->t + TK(q)->s, '.', 4) &&
			    !memchr(x->t + TK(q)->s, ',', 4)) {
				int y = atoi(x->t + TK(q)->s);
				if (y >= 1800 && y <= 2100)
					e->period_y = y;
				else
					e->period_m = 0;
			} else if (cc_tok_is(x, k + 1, "the") && IS_WORD(k + 2) && HAS(W(x, k + 2), LX_ORDINAL) &&
				   cc_tok_is(x, k + 3, "quarter")) {
				const cc_lex *o = tok_lex(x, k + 2, LX_ORDINAL);
				if (o && o->v[0] >= 1 && o->v[0] <= 4)
					e->period_q = (int)o->v[0];
			} else {
				e->period_m = 0;
			}
		}
		/* "from A to B": levels or counts, on both figures and on a change
		 * stated just before them in the sentence */
		if (i + 1 < x->nci && a->t0 > 0 && cc_tok_is(x, a->t0 - 1, "from") && cc_tok_is(x, a->t1, "to") &&
		    x->ci[i + 1].t0 == a->t1 + 1) {
			cc_claim *c1 = &doc->claims[i], *c2 = &doc->claims[i + 1];
			size_t j;
			if (c1->kind == c2->kind) {
				long chg = i > 0 && doc->claims[i - 1].kind == CC_KIND_CHANGE && x->ci[i - 1].sent == a->sent
					   ? (long)i - 1 : -1;
				for (j = 0; j < 3; j++) {
					long t = j == 0 ? (long)i : j == 1 ? (long)i + 1 : chg;
					cc_claim_ext *te;
					if (t < 0)
						continue;
					te = cc_doc_ext(doc, (size_t)t);
					if (c1->kind == CC_KIND_PROPORTION || c1->kind == CC_KIND_AMOUNT) {
						te->before = c1->value;
						te->after = c2->value;
					} else {
						te->base_count = c1->value;
						te->after_count = c2->value;
					}
				}
				cc_doc_ext(doc, i + 1)->compared_with = (long)i;
			}
		}
		/* "compared with 24%", "than 30%": an explicit comparison */
		if (i > 0 && a->t0 >= 2 && x->ci[i - 1].sent == a->sent &&
		    doc->claims[i - 1].kind == doc->claims[i].kind &&
		    ((cc_tok_is(x, a->t0 - 1, "with") && cc_tok_is(x, a->t0 - 2, "compared")) ||
		     (cc_tok_is(x, a->t0 - 1, "to") && cc_tok_is(x, a->t0 - 2, "compared")) || cc_tok_is(x, a->t0 - 1, "than")))
			e->compared_with = (long)i - 1;
	}
}
