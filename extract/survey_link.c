/*
 * survey_link.c -- claims tied to the surveys the text reports (stage:
 * extract, part of cc_survey_extract): which sample_size claims are a
 * survey's main sample, a subgroup of it, or no sample at all
 * (ext->sample_role; one doc->surveys entry per main sample), then for
 * every claim its survey (ext->survey), whether its sentence or the one
 * before names a source and which (ext->attributed, source: attribution.c
 * reads it), whether it is presented as a
 * survey finding (ext->survey_context), and the base of a crossbreak
 * named before it (ext->subgroup_n).
 *
 * Must not: describe a survey (commissioner, fieldwork, dates, method:
 * extract/survey.c does), compute statistics, touch the database, flag,
 * or list words (the cue lists are vocabulary classes: attribution.tsv,
 * sample.tsv, survey-method.tsv, commissioners.tsv).
 */
#include "survey_int.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* ------------------------------------------------------------ samples */

/* How much a sample_size claim looks like the sample of a survey: a
 * survey word before it ("a survey of 20 hospitals", "polled 2,000"), a
 * group noun of its own; a verb right after it ("26 had cancelled") makes
 * it a count of answers instead. */
static int sample_score(cc_phrase *ph, const cc_doc *doc, size_t i)
{
	const cc_claim *c = &doc->claims[i];
	size_t a = text_pos(doc, c->start), e = text_pos(doc, c->end), back = a < 14 ? a : 14;
	size_t fwd = doc->text_len - e < 14 ? doc->text_len - e : 14;
	int score = 0;

	if (first_cue(ph, doc->text + a - back, back, VL(SAMPLE_BEFORE), 0, NULL))
		score += 2;
	if (c->subject && *c->subject)
		score += 1;
	if (first_cue(ph, doc->text + e, fwd, VL(SAMPLE_VERB_AFTER), 0, NULL) && !(c->subject && *c->subject))
		score -= 2;
	return score;
}

/* Is sample claim i a subgroup of a bigger sample in the document
 * ("Among the 50 respondents aged 65 and over" after "1,009 adults")? */
static int subgroup_sample(cc_phrase *ph, const cc_doc *doc, size_t i, const double *upto)
{
	const cc_claim *c = &doc->claims[i];
	size_t j, tp = text_pos(doc, c->start), back = tp < 24 ? tp : 24;
	int cue;

	if (c->traits & CC_TRAIT_SUBGROUP)
		return 1;
	cue = first_cue(ph, doc->text + tp - back, back, VL(SUBGROUP_CUE), 0, NULL) ||
	      (c->subject && first_cue(ph, c->subject, strlen(c->subject), VL(SUBGROUP_SUBJECT), 0, NULL));
	if (!cue)
		return 0;
	if (upto) /* the largest sample up to this sentence (claim i itself is not larger than itself) */
		return upto[claim_sentence(doc, i)] > c->value;
	for (j = 0; j < doc->nclaims; j++)
		if (j != i && doc->claims[j].kind == CC_KIND_SAMPLE_SIZE && doc->claims[j].value > c->value &&
		    claim_sentence(doc, j) <= claim_sentence(doc, i))
			return 1;
	return 0;
}

/* Per sentence s, the largest sample_size value among the claims of
 * sentences 0..s (-inf where none), for subgroup_sample: one pass, not a
 * pass over every claim per sample. *ns_out: its length. NULL when out of
 * memory (subgroup_sample then walks the claims). */
static double *sample_upto(const cc_doc *doc)
{
	size_t i, n = 0;
	double *m, run = -INFINITY;

	for (i = 0; i < doc->nclaims; i++)
		if (claim_sentence(doc, i) + 1 > n)
			n = claim_sentence(doc, i) + 1;
	m = cc_malloc(doc->ctx, (n ? n : 1) * sizeof *m);
	if (!m)
		return NULL;
	for (i = 0; i < n; i++)
		m[i] = -INFINITY;
	for (i = 0; i < doc->nclaims; i++) {
		const cc_claim *c = &doc->claims[i];
		size_t k = claim_sentence(doc, i);

		if (c->kind == CC_KIND_SAMPLE_SIZE && c->value > m[k])
			m[k] = c->value;
	}
	for (i = 0; i < n; i++) {
		if (m[i] > run)
			run = m[i];
		m[i] = run;
	}
	return m;
}

/*
 * A set of (key, word) pairs, each with a value, for "a survey with this
 * sample size already" (cc_survey_link_samples; key: the size's bits,
 * word "") and "a figure about the same group already tied to this
 * survey" (same_group; key: the survey, word: the head word): open
 * addressing, a power-of-two table at most half full; the first value
 * added for a pair stays.
 */
typedef struct pairset {
	struct pslot { uint64_t key; size_t val; char w[48]; int used; } *t;
	size_t cap, n;
} pairset;

static size_t ps_slot(const pairset *m, uint64_t key, const char *w)
{
	/* whole numbers' doubles have dozens of zero low bits: fold the high
	 * half in, and take the product's high half */
	uint64_t x = (key ^ key >> 29) * 0x9E3779B97F4A7C15ull;
	size_t i;

	for (i = 0; w[i]; i++)
		x = (x ^ (unsigned char)w[i]) * 1099511628211ull;
	i = (size_t)(x >> 32) & (m->cap - 1);
	while (m->t[i].used && !(m->t[i].key == key && !strcmp(m->t[i].w, w)))
		i = (i + 1) & (m->cap - 1);
	return i;
}

/* The value of (key, w), or (size_t)-1. */
static size_t ps_find(const pairset *m, uint64_t key, const char *w)
{
	size_t i;

	if (!m->n)
		return (size_t)-1;
	i = ps_slot(m, key, w);
	return m->t[i].used ? m->t[i].val : (size_t)-1;
}

/* Add (key, w) -> val unless the pair is there; 0 when out of memory. */
static int ps_add(cc_doc *doc, pairset *m, uint64_t key, const char *w, size_t val)
{
	size_t i;

	if (2 * (m->n + 1) > m->cap) {
		pairset old = *m;

		m->cap = m->cap ? m->cap * 2 : 64;
		m->t = cc_calloc(doc->ctx, m->cap, sizeof *m->t);
		if (!m->t) {
			*m = old;
			return 0;
		}
		m->n = 0;
		for (i = 0; i < old.cap; i++)
			if (old.t[i].used) {
				m->t[ps_slot(m, old.t[i].key, old.t[i].w)] = old.t[i];
				m->n++;
			}
		cc_free(doc->ctx, old.t);
	}
	i = ps_slot(m, key, w);
	if (!m->t[i].used) {
		m->t[i].key = key;
		m->t[i].val = val;
		snprintf(m->t[i].w, sizeof m->t[i].w, "%s", w);
		m->t[i].used = 1;
		m->n++;
	}
	return 1;
}

static uint64_t ps_double(double v)
{
	uint64_t b;

	memcpy(&b, &v, sizeof b);
	return b;
}

/*
 * Per claim, whether another sample claim in its sentence beats it: the
 * better-described sample wins, then the larger (one pass per sentence:
 * claims are in text order, so a sentence's are together). *out stays
 * NULL when no sentence holds two samples. CC_OK or CC_ENOMEM.
 */
static int mark_beaten(cc_phrase *ph, cc_doc *doc, unsigned char **out)
{
	size_t i, j, k;
	unsigned char *beaten = NULL;

	*out = NULL;
	for (i = 0; i < doc->nclaims; i = j) {
		size_t sent = claim_sentence(doc, i), n = 0, best_k = (size_t)-1;
		int best = 0;
		double bestv = 0;

		for (j = i; j < doc->nclaims && claim_sentence(doc, j) == sent; j++)
			n += eligible_sample(&doc->claims[j]);
		if (n < 2)
			continue;
		if (!beaten && !(beaten = cc_calloc(doc->ctx, doc->nclaims, 1)))
			return cc_error_oom(doc->ctx);
		for (k = i; k < j; k++) {
			int sc;

			if (!eligible_sample(&doc->claims[k]))
				continue;
			sc = sample_score(ph, doc, k);
			if (best_k == (size_t)-1 || sc > best || (sc == best && doc->claims[k].value > bestv)) {
				best = sc;
				bestv = doc->claims[k].value;
				best_k = k;
			}
		}
		for (k = i; k < j; k++)
			if (eligible_sample(&doc->claims[k])) {
				int sc = sample_score(ph, doc, k);

				beaten[k] = sc < best || (sc == best && doc->claims[k].value < bestv);
			}
	}
	*out = beaten;
	return CC_OK;
}

/*
 * One survey per main sample_size claim: whole, not a subgroup, the
 * largest in its sentence; a repeat of the same n is the same survey.
 * Fractions and stray small numbers beside a bigger sample in one
 * sentence ("between 4 and 17 March") are not samples.
 */
int cc_survey_link_samples(cc_phrase *ph, cc_doc *doc)
{
	size_t i, k, n0 = doc->nsurveys;
	unsigned char *beaten;   /* mark_beaten */
	double *upto;            /* sample_upto */
	pairset vm = { NULL, 0, 0 }; /* surveys made here, by sample value */
	int rc = mark_beaten(ph, doc, &beaten);
	long s;

	if (rc)
		return rc;
	upto = sample_upto(doc);
	for (i = 0; i < doc->nclaims && rc == CC_OK; i++) {
		const cc_claim *c = &doc->claims[i];

		if (c->kind != CC_KIND_SAMPLE_SIZE)
			continue;
		if (!(c->value >= 2) || c->value != floor(c->value)) {
			doc->ext[i].sample_role = 3;
			continue;
		}
		if (subgroup_sample(ph, doc, i, upto)) {
			doc->ext[i].sample_role = 2;
			continue;
		}
		if (beaten && beaten[i]) {
			doc->ext[i].sample_role = 3;
			continue;
		}
		doc->ext[i].sample_role = 1;
		/* a repeat of the same n: the surveys there before this pass
		 * (none in the pipeline) by the old rule, then the ones made
		 * here (whole numbers, so within 0.5 means equal) by value */
		for (k = 0; k < n0; k++)
			if (fabs(doc->claims[doc->surveys[k].sample_claim].value - c->value) < 0.5)
				break;
		if (k == n0 && (k = ps_find(&vm, ps_double(c->value), "")) == (size_t)-1)
			k = doc->nsurveys;
		if (k < doc->nsurveys) {
			doc->ext[i].survey = (long)k;
			continue;
		}
		if ((s = cc_doc_add_survey(doc)) < 0 || !ps_add(doc, &vm, ps_double(c->value), "", (size_t)s)) {
			rc = cc_error_oom(doc->ctx);
			break;
		}
		doc->surveys[s].sample_claim = (long)i;
		doc->ext[i].survey = s;
	}
	cc_free(doc->ctx, beaten);
	cc_free(doc->ctx, upto);
	cc_free(doc->ctx, vm.t);
	return rc;
}

/* ------------------------------------------------------------ claims */

/* Lower-case head word of a group phrase (crude: the last word before a
 * preposition), for matching "most managers" to "two-thirds of managers". */
static void head_of(const char *s, char *out, size_t cap)
{
	char w[48];
	size_t n;

	out[0] = '\0';
	while (s && *s) {
		while (*s && !isalpha((unsigned char)*s))
			s++;
		for (n = 0; *s && (isalpha((unsigned char)*s) || *s == '-'); s++)
			if (n + 1 < sizeof w)
				w[n++] = (char)lc(*s);
		w[n] = '\0';
		if (!n)
			break;
		if (cc_vocab_has(CC_V_LINK_HEAD_STOP, w))
			break;
		if (!cc_vocab_has(CC_V_LINK_HEAD_SKIP, w))
			snprintf(out, cap, "%s", w);
	}
}

/* A sentence's answer to "does it name a source?" (-1 not asked yet). */
typedef struct attr_slot {
	signed char known;
	cc_attr attr;
} attr_slot;

/* The source sentence `sent`, or the one before it in its paragraph, names (ext->attributed,
 * source, source_cue, source_sentence); `cache` (one entry per sentence)
 * keeps each sentence's answer, as each sentence is asked about for itself
 * and for the one after it. 1 one does, 0 neither, CC_ENOMEM. */
static int attributed(cc_phrase *ph, cc_doc *doc, size_t sent, attr_slot *cache, cc_claim_ext *e)
{
	size_t k;
	int rc;

	for (k = sent + 1; k-- > 0 && sent - k <= 1;) {
		attr_slot one = { -1, { NULL, NULL } }, *c = &one;

		/* the sentence before counts only in the same paragraph */
		if (k < sent && sent < doc->nsentences && doc->sentences[k].paragraph != doc->sentences[sent].paragraph)
			break;

		if (doc->nsentences && k < doc->nsentences && cache)
			c = &cache[k];
		if (c->known < 0) {
			if ((rc = cc_attr_sentence(ph, doc, k, &c->attr)) < 0)
				return rc;
			c->known = (signed char)rc;
		}
		if (c->known) {
			e->source = c->attr.source;
			e->source_cue = c->attr.cue;
			e->source_sentence = (int)(sent - k);
			return 1;
		}
		if (!doc->nsentences)
			break;
	}
	return 0;
}

/* An opinion verb right after the figure, in the same clause ("Nearly
 * half of parents believe"): the words that end within 60 bytes of it.
 * A word cut by the bound is left out, not read as its front ("55% of
 * all passengers to the island and its pilots are reportedly" holds no
 * "reported"). */
static int opinion_after(cc_phrase *ph, const cc_doc *doc, size_t i)
{
	size_t a = text_pos(doc, doc->claims[i].end), b = a;

	while (b < doc->text_len && b - a < 60 && doc->text[b] != ',' && doc->text[b] != '.' &&
	       doc->text[b] != ';' && doc->text[b] != '\n')
		b++;
	if (b < doc->text_len && wordch(doc->text[b]))
		while (b > a && wordch(doc->text[b - 1]))
			b--;
	if (span_lacks(ph, SET_OPINION, a, b))
		return 0;
	return first_cue(ph, doc->text + a, b - a, VL(OPINION_VERB), 0, NULL) != NULL;
}

/* "Among the 50 respondents aged 65 and over, 61% said": the base of a
 * crossbreak named at the start of the proportion's sentence, when it is
 * smaller than its survey's sample and no sample claim carries it. */
static double crossbreak_n(const cc_doc *doc, size_t i, size_t a)
{
	const cc_claim *c = &doc->claims[i];
	const cc_survey_info *sv = &doc->surveys[doc->ext[i].survey];
	const char *t = doc->text, *p = t + a, *lim = t + text_pos(doc, c->start), *e;
	const cc_vocab_row *lead = NULL;
	size_t k, nl;
	double n, main_n = 0;

	if (sv->sample_claim >= 0)
		main_n = doc->claims[sv->sample_claim].value;
	else
		main_n = sv->n;
	while (p < lim && isspace((unsigned char)*p))
		p++;
	/* "Among " or "Of " (class crossbreak_lead) opening the sentence */
	for (k = 0, lead = cc_vocab_rows(CC_V_CROSSBREAK_LEAD, &nl); k < nl; k++) {
		size_t ll = strlen(lead[k].phrase);

		if ((size_t)(lim - p) > ll + 1 && !strncasecmp(p, lead[k].phrase, ll) && p[ll] == ' ') {
			p += ll + 1;
			break;
		}
	}
	if (k == nl)
		return 0;
	if (lim - p > 4 && !strncasecmp(p, "the ", 4))
		p += 4;
	if (p >= lim || !isdigit((unsigned char)*p))
		return 0;
	n = number_at(p, lim, &e);
	if (!(n >= 1) || n != floor(n) || !(main_n > n))
		return 0;
	/* "Among 16 to 34 year olds, ...", "Among 18-24s": an age band, never a base */
	if (e < lim && (*e == '-' || (unsigned char)*e == 0xE2 || (e + 1 < lim && *e == 's' && !isalpha((unsigned char)e[1]))))
		return 0;
	if (lim - e > 4 && !strncasecmp(e, " to ", 4) && isdigit((unsigned char)e[4]))
		return 0;
	if (c->sample_claim >= 0 && (size_t)c->sample_claim < doc->nclaims &&
	    fabs(doc->claims[c->sample_claim].value - n) < 0.5)
		return 0; /* the extractor linked it already */
	return n;
}

/* The survey whose scope holds sentence `sent`: the last one starting at
 * or before it (first_sent ascending: a binary search), else the first. */
static size_t survey_for_sentence(const size_t *first_sent, size_t nsurveys, int sorted, size_t sent)
{
	size_t k, lo = 0, hi = nsurveys;

	if (!sorted) {
		for (k = nsurveys; k-- > 0;)
			if (first_sent[k] <= sent || k == 0)
				break;
		return k;
	}
	while (lo < hi) { /* the first k with first_sent[k] > sent */
		size_t mid = lo + (hi - lo) / 2;

		if (first_sent[mid] <= sent)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo ? lo - 1 : 0;
}

/* Step 4's state: the sentence-level answers cached (so long documents
 * stay linear) and the (survey, head word) pairs of the claims done. */
typedef struct linker {
	cc_phrase *ph;
	cc_doc *doc;
	const size_t *first_sent; /* per survey: its first sentence */
	int fs_sorted;            /* first_sent ascends */
	signed char *sent_cache;  /* per sentence: a survey cue; -1 not yet */
	attr_slot *attr_cache;    /* per sentence: the source it names (see attributed) */
	pairset hs;               /* (survey, head word) of the claims before */
	size_t hs_done;           /* claims below this are in hs */
} linker;

/* Does proportion i describe the same group as a figure already tied to
 * survey k ("most managers" after "two-thirds of managers")? 1 yes, 0 no,
 * -1 out of memory. */
static int same_group(linker *lk, size_t i, size_t k)
{
	cc_doc *doc = lk->doc;
	char h1[48], h2[48];

	head_of(doc->claims[i].subject, h1, sizeof h1);
	if (!h1[0])
		return 0;
	/* the pairs of the claims before this one, added as they come (their
	 * survey is settled by then) */
	for (; lk->hs_done < i; lk->hs_done++) {
		size_t j = lk->hs_done;

		if (doc->ext[j].survey < 0 || !doc->claims[j].subject)
			continue;
		head_of(doc->claims[j].subject, h2, sizeof h2);
		if (h2[0] && !ps_add(doc, &lk->hs, (uint64_t)doc->ext[j].survey, h2, 0))
			return -1;
	}
	return ps_find(&lk->hs, (uint64_t)k, h1) != (size_t)-1;
}

/* The survey of claim i (not a sample): its sample's, else the survey
 * whose scope holds its sentence when it is in the survey's paragraph, a
 * survey sentence, followed by an opinion verb, a margin of error, or
 * about the same group as a figure already tied to it. CC_OK or
 * CC_ENOMEM. */
static int claim_survey(linker *lk, size_t i, size_t sent, int cue_here)
{
	cc_doc *doc = lk->doc;
	const cc_claim *c = &doc->claims[i];
	cc_claim_ext *e = &doc->ext[i];
	size_t k;
	int same;

	if (c->sample_claim >= 0 && (size_t)c->sample_claim < doc->nclaims && doc->ext[c->sample_claim].survey >= 0) {
		e->survey = doc->ext[c->sample_claim].survey;
		return CC_OK;
	}
	if (!doc->nsurveys || !(c->kind == CC_KIND_PROPORTION || c->kind == CC_KIND_MARGIN_OF_ERROR ||
				c->kind == CC_KIND_MEAN || (c->kind == CC_KIND_CHANGE && cue_here)))
		return CC_OK;
	k = survey_for_sentence(lk->first_sent, doc->nsurveys, lk->fs_sorted, sent);
	if (paragraph_of(doc, sent) == paragraph_of(doc, lk->first_sent[k]) || cue_here || opinion_after(lk->ph, doc, i) ||
	    c->kind == CC_KIND_MARGIN_OF_ERROR) {
		e->survey = (long)k;
		return CC_OK;
	}
	if (c->kind != CC_KIND_PROPORTION || !c->subject)
		return CC_OK;
	if ((same = same_group(lk, i, k)) < 0)
		return cc_error_oom(doc->ctx);
	if (same)
		e->survey = (long)k;
	return CC_OK;
}

int cc_survey_link_claims(cc_phrase *ph, cc_doc *doc, const size_t *first_sent)
{
	size_t i, k, ns = doc->nsentences ? doc->nsentences : 1;
	linker lk;
	int rc = CC_OK;

	memset(&lk, 0, sizeof lk);
	lk.ph = ph;
	lk.doc = doc;
	lk.first_sent = first_sent;
	for (k = 1; k < doc->nsurveys && first_sent[k - 1] <= first_sent[k]; k++)
		;
	lk.fs_sorted = k >= doc->nsurveys;
	/* both caches in one block (sent_cache after attr_cache) */
	if (!(lk.attr_cache = cc_malloc(doc->ctx, ns * sizeof *lk.attr_cache + ns)))
		return cc_error_oom(doc->ctx);
	for (k = 0; k < ns; k++)
		lk.attr_cache[k].known = -1;
	lk.sent_cache = (signed char *)(lk.attr_cache + ns);
	memset(lk.sent_cache, 0xff, ns);
	for (i = 0; i < doc->nclaims && rc == CC_OK; i++) {
		cc_claim *c = &doc->claims[i];
		cc_claim_ext *e = &doc->ext[i];
		size_t sent = claim_sentence(doc, i), a, b, sk = doc->nsentences ? sent : 0;
		int cue_here;

		sentence_span(doc, sent, &a, &b);
		if (lk.sent_cache[sk] < 0)
			lk.sent_cache[sk] = !span_lacks(ph, SET_SURVEY, a, b) &&
					    first_cue(ph, doc->text + a, b - a, VL(SURVEY_CUE), 0, NULL) != NULL;
		cue_here = lk.sent_cache[sk];
		if ((rc = attributed(ph, doc, sent, lk.attr_cache, e)) < 0)
			break;
		e->attributed = rc;
		rc = CC_OK;
		if (c->kind == CC_KIND_SAMPLE_SIZE) {
			if (e->survey < 0 && doc->nsurveys) /* a subgroup: the survey whose scope holds it */
				e->survey = (long)survey_for_sentence(first_sent, doc->nsurveys, lk.fs_sorted, sent);
			e->survey_context = 1;
			continue;
		}
		if ((rc = claim_survey(&lk, i, sent, cue_here)) != CC_OK)
			break;
		if (c->kind == CC_KIND_PROPORTION && e->survey >= 0)
			e->subgroup_n = crossbreak_n(doc, i, a);
		if (e->survey >= 0 || cue_here)
			e->survey_context = 1;
		else if ((c->kind == CC_KIND_PROPORTION || c->kind == CC_KIND_MEAN) && opinion_after(ph, doc, i))
			e->survey_context = 1;
	}
	cc_free(doc->ctx, lk.hs.t);
	cc_free(doc->ctx, lk.attr_cache); /* and sent_cache */
	return rc;
}
