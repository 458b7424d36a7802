/*
 * checks_consistency.c -- the consistency checks (16-18): one figure
 * stated two ways, a hedge that contradicts its figure, shares of one
 * question adding to over 100%.
 *
 * Stage: statistics (the checks of stats/checks.c's catalogue). Reads the
 * claim records, the survey records and the reference facts on the
 * document; never the document's text. Must not: print, touch files or the
 * database.
 */
#include "checks_int.h"


/* ---- the same quantity stated twice (checks 16 and 17) ---- */

/* Split claim i's clause words into q. */
static void clause_load(const run *r, size_t i, struct clause *q)
{
	const char *p = EXT(r, i)->clause;

	q->n = 0;
	q->timed = (EXT(r, i)->cues & CC_CUE_TIMED) != 0;
	while (p && *p && q->n < QWORDS) {
		size_t l = strcspn(p, " ");

		if (l >= QLEN)
			l = QLEN - 1;
		memcpy(q->w[q->n], p, l);
		q->w[q->n++][l] = '\0';
		p += strcspn(p, " ");
		while (*p == ' ')
			p++;
	}
	q->done = 1;
}


/* Same word, give or take an ending: "plan"/"planned", "cost"/"costs". */
static int word_match(const char *x, const char *y)
{
	size_t lx = strlen(x), ly = strlen(y), k = 0, m = lx < ly ? lx : ly;

	while (k < m && x[k] == y[k])
		k++;
	return k == m ? m >= 3 : k >= 4 && k * 4 >= m * 3;
}


/* Are claims i < j the same quantity stated twice: proportions of the same
 * linked sample and group, for the same period, whose clauses say the
 * same thing -- every content word of the shorter clause (three at least)
 * is in the longer one ("one in four nurses plan to quit" / "a third of
 * the nurses plan to quit their jobs")? Restatements always are. */
static int same_quantity(const run *r, size_t i, size_t j)
{
	size_t ni, nj, k, l, hit = 0;
	int ti, tj;
	char (*sm)[QLEN], (*lg)[QLEN];
	size_t ns, nl;

	if (ck_restates(r, i, j))
		return 1;
	if (ck_same_sentence(r, i, j) || ck_from_to(r, i, j) || ck_different_groups(r, i, j))
		return 0;
	/* the same survey, linked: figures with no sample are only compared
	   when one restates the other */
	{
		long si = ck_sample_of(r, i), sj = ck_sample_of(r, j), vi = ck_claim_survey(r, i), vj = ck_claim_survey(r, j);

		/* a count "162 of the 300 tenants" carries its n but no link */
		if ((si != sj && si >= 0 && sj >= 0) || (vi != vj && vi >= 0 && vj >= 0) ||
		    (si < 0 && sj < 0 && vi < 0 && vj < 0) || fabs(ck_claim_n(r, i) - ck_claim_n(r, j)) > 0.5 ||
		    !(ck_claim_n(r, i) > 0))
			return 0;
	}
	if (EXT(r, i)->period_y != EXT(r, j)->period_y || EXT(r, i)->period_m != EXT(r, j)->period_m ||
	    EXT(r, i)->period_q != EXT(r, j)->period_q)
		return 0;
	if (!r->clauses)
		return 0;
	for (k = 0; k < 2; k++) {
		struct clause *q = &r->clauses[k ? j : i];

		if (!q->done)
			clause_load(r, k ? j : i, q);
	}
	ni = r->clauses[i].n;
	nj = r->clauses[j].n;
	ti = r->clauses[i].timed;
	tj = r->clauses[j].timed;
	if (ti || tj || ni < 3 || nj < 3)
		return 0;
	sm = ni <= nj ? r->clauses[i].w : r->clauses[j].w;
	lg = ni <= nj ? r->clauses[j].w : r->clauses[i].w;
	ns = ni <= nj ? ni : nj;
	nl = ni <= nj ? nj : ni;
	for (k = 0; k < ns; k++)
		for (l = 0; l < nl; l++)
			if (word_match(sm[k], lg[l])) {
				hit++;
				break;
			}
	return hit == ns;
}


/* 16. One figure stated two incompatible ways (section 16: same kind,
 * subject, sample and period; reading intervals R(c) disjoint). */
void chk_INCONSISTENT_FIGURES(run *r)
{
	size_t i, j;
	cc_numbuf a, b, c, d, e, f;

	for (j = 0; j < NCLAIMS(r); j++) {
		size_t tried = 0, q, lo, hi;

		if (!ck_is_prop(CL(r, j)) || ck_is_wide(CL(r, j)))
			continue;
		/* nearest first; the first statement of the same quantity decides,
		   and at most QPAIRS candidates of the same survey are compared
		   (of the PAIR_MAX nearest proportions in the window) */
		ck_candidates(&r->props, ck_window_start(r, j), j, &lo, &hi);
		for (q = hi; q-- > lo && tried < QPAIRS;) {
			const cc_claim *x, *y = CL(r, j);
			double l1, h1, l2, h2;

			i = r->props.v[q];
			x = CL(r, i);
			/* a hedge against an exact figure is check 17's business */
			if (ck_directional_hedge(x) != ck_directional_hedge(y))
				continue;
			tried++;
			if (!same_quantity(r, i, j))
				continue;
			ck_reading(x, &l1, &h1);
			ck_reading(y, &l2, &h2);
			if (l1 <= h2 + 1e-12 && l2 <= h1 + 1e-12) {
				ck_passed(r, j, CC_MSG_INCONSISTENT_FIGURES_PASS, x->text, y->text, cc_fmt_num(&a, l1 * 100, 1),
					  cc_fmt_num(&b, h1 * 100, 1), cc_fmt_num(&c, l2 * 100, 1), cc_fmt_num(&d, h2 * 100, 1), NULL);
				break;
			}
			ck_say(r, j, CC_MSG_INCONSISTENT_FIGURES_FLAG, CC_SEV_ERROR, x->text,
			       cc_fmt_num(&a, x->value * 100, 1), y->text, cc_fmt_num(&b, y->value * 100, 1),
			       cc_fmt_num(&c, l1 * 100, 1), cc_fmt_num(&d, h1 * 100, 1),
			       cc_fmt_num(&e, l2 * 100, 1), cc_fmt_num(&f, h2 * 100, 1), NULL);
			break;
		}
	}
}


/* A count of the sample written "140 of them" that came out as a
 * sample_size claim: its share of the survey's n. */
static int counted_of_them(const run *r, size_t j, double *v, double *n)
{
	const cc_claim *c = CL(r, j);

	if (c->kind != CC_KIND_SAMPLE_SIZE || EXT(r, j)->sample_role != 3)
		return 0;
	*n = ck_survey_n(r, ck_claim_survey(r, j));
	if (!(*n > 0) || !(c->value <= *n) || !(EXT(r, j)->cues & CC_CUE_OF_THEM))
		return 0;
	*v = c->value / *n;
	return 1;
}


/* 17. A hedge that moves the figure the wrong way. */
void chk_HEDGE_CONTRADICTS_FIGURE(run *r)
{
	size_t i, j;
	cc_numbuf a, b, c, d;

	for (j = 0; j < NCLAIMS(r); j++) {
		/* a pair is a hedged proportion and an exact one (or a count "140
		 * of them"): j's partners come from one list, nearest PAIR_MAX */
		const idxlist *L;
		size_t q, lo0, hi0;
		double cv = 0, cn = 0;
		int counted = counted_of_them(r, j, &cv, &cn);

		if (counted || (ck_is_prop(CL(r, j)) && ck_is_exact(CL(r, j))))
			L = &r->hedged;
		else if (ck_is_prop(CL(r, j)) && ck_directional_hedge(CL(r, j)))
			L = &r->exact;
		else
			continue;
		ck_candidates(L, ck_window_start(r, j), j, &lo0, &hi0);
		for (q = lo0; q < hi0; q++) {
			size_t h, x;
			const cc_claim *hc, *xc;
			double lo, hi, n;
			int meets;
			const char *dir;

			i = L->v[q];
			if (counted && ck_restates(r, i, j)) {
				/* "almost two-thirds ... -- 140 of them --" read as a sample claim */
				const cc_claim *hc2 = CL(r, i);

				if (!(cv >= hc2->low - 1e-12 && cv <= hc2->high + 1e-12) ||
				    ((hc2->traits & CC_TRAIT_HIGH_OPEN) && cv >= hc2->high - 1e-9) ||
				    ((hc2->traits & CC_TRAIT_LOW_OPEN) && cv <= hc2->low + 1e-9))
					ck_say(r, i, CC_MSG_HEDGE_CONTRADICTS_FIGURE_FLAG_COUNT_OF_THEM,
					       CC_SEV_WARNING, hc2->text,
					       (hc2->traits & CC_TRAIT_HIGH_OPEN) ? "a little under" : "a little over",
					       cc_fmt_num(&a, hc2->value * 100, 1),
					       cc_fmt_n(&b, CL(r, j)->value), cc_fmt_n(&c, cn),
					       cc_fmt_num(&d, cv * 100, 1), NULL);
				continue;
			}
			if (!ck_is_prop(CL(r, i)) || !ck_is_prop(CL(r, j)))
				continue;
			if (ck_directional_hedge(CL(r, i)) && ck_is_exact(CL(r, j))) {
				h = i;
				x = j;
			} else if (ck_directional_hedge(CL(r, j)) && ck_is_exact(CL(r, i))) {
				h = j;
				x = i;
			} else {
				continue;
			}
			if (!same_quantity(r, i, j))
				continue;
			hc = CL(r, h);
			xc = CL(r, x);
			lo = xc->value - ck_tolerance(xc);
			hi = xc->value + ck_tolerance(xc);
			meets = hi >= hc->low - 1e-12 && lo <= hc->high + 1e-12;
			if (meets && (hc->traits & CC_TRAIT_HIGH_OPEN) && lo >= hc->high - 1e-9)
				meets = 0;
			if (meets && (hc->traits & CC_TRAIT_LOW_OPEN) && hi <= hc->low + 1e-9)
				meets = 0;
			if (meets) {
				ck_passed(r, h, CC_MSG_HEDGE_CONTRADICTS_FIGURE_PASS, xc->text,
					  cc_fmt_num(&d, xc->value * 100, 1),
					  cc_fmt_num(&a, hc->low * 100, 1), cc_fmt_num(&b, hc->high * 100, 1),
					  NULL);
				continue;
			}
			dir = (hc->traits & CC_TRAIT_HIGH_OPEN) ? "a little under"
			      : (hc->traits & CC_TRAIT_LOW_OPEN) ? "a little over"
			      : hc->high > hc->value + 1e-9 ? "at least" : "at most";
			n = ck_claim_n(r, x);
			if ((xc->traits & CC_TRAIT_COUNTED) && n > 0)
				ck_say(r, h, CC_MSG_HEDGE_CONTRADICTS_FIGURE_FLAG_COUNTED, CC_SEV_WARNING,
				       hc->text, dir, cc_fmt_num(&a, hc->value * 100, 1),
				       cc_fmt_n(&b, xc->value * n), cc_fmt_n(&c, n),
				       cc_fmt_num(&d, xc->value * 100, 1), NULL);
			else
				ck_say(r, h, CC_MSG_HEDGE_CONTRADICTS_FIGURE_FLAG, CC_SEV_WARNING, hc->text,
				       dir, cc_fmt_num(&a, hc->value * 100, 1), xc->text,
				       cc_fmt_num(&d, xc->value * 100, 1), NULL);
		}
	}
}


/* The number g as a word where the vocabulary has one ("three"), else in
 * digits. */
static void number_word(char *buf, size_t cap, size_t g)
{
	size_t n, k;
	const cc_vocab_row *u = cc_vocab_rows(CC_V_UNIT, &n);

	for (k = 0; k < n && g <= 10; k++)
		if (u[k].v[0] == (double)g) {
			snprintf(buf, cap, "%s", u[k].phrase);
			return;
		}
	snprintf(buf, cap, "%zu", g);
}

/* 18. Shares of one single-choice question adding to over 100%. */
void chk_PARTS_EXCEED_WHOLE(run *r)
{
	size_t i, j, k;
	cc_numbuf a, b, c;

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *x = CL(r, i);
		size_t grp[16], g = 0, s0, s1;
		int asked;
		double sum, max;
		char list[400];

		if (!ck_is_prop(x) || ck_is_wide(x) || !(ck_claim_n(r, i) > 0))
			continue;
		/* i must open its group: no earlier member in the sentence. The
		 * scans walk the claims of i's sentence only (index_claims). */
		ck_sent_span(r, i, &s0, &s1);
		for (k = r->ci[i].first; k < i; k = r->ci[k].next)
			if (ck_is_prop(CL(r, k)) && ck_same_base(r, k, i) && !ck_is_wide(CL(r, k)))
				break;
		if (k < i)
			continue;
		asked = (EXT(r, i)->cues & CC_CUE_ASKED) != 0;
		grp[g++] = i;
		for (j = r->ci[i].next; j != NONE && g < 16 && CL(r, j)->start < s1; j = r->ci[j].next) {
			const cc_claim *y = CL(r, j);
			size_t p;
			int skip = 0;

			if (!ck_is_prop(y) || ck_is_wide(y) || !ck_same_base(r, i, j))
				continue;
			if (EXT(r, j)->cues & CC_CUE_NEW_CLAUSE)
				break; /* "...; with the undecided excluded, 52 to 48": another set */
			if (EXT(r, j)->cues & (CC_CUE_EARLIER | CC_CUE_FROM))
				continue; /* "compared with 83% in 2015": an earlier wave */
			for (p = 0; p < g; p++)
				if (ck_restates(r, grp[p], j) || ck_from_to(r, grp[p], j))
					skip = 1;
			if (skip || !(asked || (EXT(r, j)->cues & CC_CUE_ELLIPTIC)))
				continue;
			grp[g++] = j;
		}
		if (g < 2)
			continue;
		sum = 0;
		max = 1;
		list[0] = '\0';
		for (k = 0; k < g; k++) {
			size_t len = strlen(list);

			sum += CL(r, grp[k])->value;
			max += ck_tolerance(CL(r, grp[k]));
			snprintf(list + len, sizeof list - len, "%s%s%%",
				 k == 0 ? "" : (k + 1 == g ? " and " : ", "),
				 cc_fmt_pctd(&a, CL(r, grp[k])->value, CL(r, grp[k])->decimals));
		}
		/* two shares over 100% are nearly always two questions ("60% used a
		 * hands-free phone and 49% a hand-held one"): a single-choice
		 * total gone wrong shows in three or more answers */
		if (g == 2 && sum > max + 1e-9)
			continue;
		if (sum > P_PARTS_MULTI_SUM + 1e-9) {
			char gn[24];

			number_word(gn, sizeof gn, g);
			ck_passed(r, grp[g - 1], CC_MSG_PARTS_EXCEED_WHOLE_PASS_MULTI, gn, list,
				  cc_fmt_num(&a, sum * 100, 1), cc_fmt_num(&c, P_PARTS_MULTI_SUM * 100, 0), NULL);
			continue;
		}
		if (!(sum > max + 1e-9)) {
			char gn[24];

			number_word(gn, sizeof gn, g);
			ck_passed(r, grp[g - 1], CC_MSG_PARTS_EXCEED_WHOLE_PASS, gn,
				  cc_fmt_n(&b, ck_claim_n(r, i)), list, cc_fmt_num(&a, sum * 100, 1),
				  cc_fmt_num(&c, max * 100, 2), NULL);
			continue;
		}
		ck_say(r, grp[g - 1], CC_MSG_PARTS_EXCEED_WHOLE_FLAG, CC_SEV_ERROR, list,
		       cc_fmt_num(&a, sum * 100, 1), cc_fmt_n(&b, ck_claim_n(r, i)),
		       cc_fmt_num(&c, max * 100, 2), NULL);
	}
}
