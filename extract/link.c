/*
 * link.c -- each proportion to the sample it came from (stage: extract),
 * per the gold README "Linking a proportion to its sample":
 *  - counted forms ("12 of the 40 firms") carry their own n;
 *  - "of the 250 patients who..." links to that sample (a subgroup);
 *  - an earlier wave or an official result ("up from 9% last month", "the
 *    7 per cent it won at the election") has none (gold convention 9);
 *  - a subgroup's share takes the subgroup's base ("Among the 212 18-24s,
 *    55% ...", "310 (62%) ... Of those, 41%") or none when its size is
 *    not stated ("69% of under 30s"), never the survey's (conventions 6
 *    and 10); the parts of a sample are never a survey's sample;
 *  - a column of shares under a header line of bases takes its column's;
 *  - a survey named in the sentence by its name ("the Countryfile survey")
 *    links to the sample stated in a sentence naming it;
 *  - a sample stated in the same sentence;
 *  - else the latest sample stated earlier, or, when the figure is
 *    presented as a survey finding (or the sample closes its paragraph,
 *    or a closing methodology line follows a survey named before), the
 *    first one stated later;
 *  - a separate survey whose size is not stated, official figures and
 *    rates stay unlinked.
 * Cue word lists are word sets (lexicon/wordsets.tsv, cc_tok_in).
 * Time is linear in the document (hardening): a sentence's cues and
 * survey name are read once, the same-sentence sample is known without a
 * walk back, and the name/year searches over sample sentences are
 * memoised per string and share a byte budget (see LK_SCAN_X).
 * Must not compute anything about the samples.
 */
#define _GNU_SOURCE 1 /* memmem */
#include "figure.h"
#include "xt.h"
#include "../core/vocab.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>


static size_t sent_end_tok(const cc_xt *x, size_t s)
{
	return s + 1 < x->nsent ? x->sfirst[s + 1] : x->ntok;
}

/* "Official figures", "government data", "census statistics", "the ONS"
 * at word k (lexicon classes official_adj, official_body). */
static int official_words(const cc_xt *x, size_t k)
{
	/* the cheap tests first: every word of a cued sentence comes by */
	if (((x->tok[k].fl & TF_UPPER) || cc_tok_is(x, k, "census")) && cc_tok_vocab(x, k, CC_V_OFFICIAL_BODY))
		return 1;
	return (cc_tok_in(x, k + 1, WS(DATA_NOUN)) || cc_tok_is(x, k + 1, "statistics") || cc_tok_is(x, k + 1, "records")) &&
	       cc_tok_vocab(x, k, CC_V_OFFICIAL_ADJ);
}

/* An official-data phrase in the few words before a share at t0, its
 * clause ("and said NHS data show two in three appointments ..."). */
static int official_before(const cc_xt *x, size_t t0)
{
	size_t k;

	for (k = t0; k-- > 0 && t0 - k <= 6 && x->tok[k].type == TK_WORD;)
		if (official_words(x, k))
			return 1;
	return 0;
}

/* Sentence cues. */
enum { S_SURVEY = 1, S_NEWSURVEY = 2, S_SOURCE = 4, S_SURVEYWORD = 8, S_RESEARCH = 16, S_OTHERSURVEY = 32, S_OFFICIAL = 64 };

static unsigned sentence_cues(const cc_xt *x, size_t s)
{
	size_t a = x->sfirst[s], b = sent_end_tok(x, s), k;
	unsigned f = 0;
	for (k = a; k < b; k++) {
		unsigned long long c = W(x, k);
		if (HAS(c, LX_SURVEY_NOUN) || HAS(c, LX_SURVEY_VERB) || HAS(c, LX_RESPONDENT)) {
			f |= S_SURVEYWORD;
			if (HAS(c, LX_SURVEY_NOUN)) {
				/* "a separate survey", "a street survey", "another poll" */
				size_t j;
				for (j = k; j > a && j + 3 > k; j--) {
					if (HAS(W(x, j - 1), LX_NEWSURVEY) && !cc_cx_wave_reference(x, a, j - 1))
						f |= S_NEWSURVEY | (cc_tok_vocab(x, j - 1, CC_V_OTHER_SURVEY) ? S_OTHERSURVEY : 0);
					if (cc_tok_in(x, j - 1, WS(OTHER_DET)))
						f |= S_SURVEY;
					if (!(x->tok[j - 1].type == TK_WORD))
						break;
				}
			}
		}
		if (official_words(x, k))
			f |= S_OFFICIAL;
		if (HAS(c, LX_SOURCE))
			f |= S_SOURCE;
		else if (cc_tok_in(x, k, WS(RESEARCH_AGENT)))
			f |= S_RESEARCH; /* "..., according to the research" */
	}
	if ((f & S_SURVEYWORD) && cc_tok_vocab(x, a, CC_V_SEPARATE_OPEN))
		f |= S_NEWSURVEY | S_OTHERSURVEY; /* "Separately, a poll of 900 voters found ..." */
	return f;
}

/* The capitalised name that starts at word j and ends before word lim
 * (joined by "of", "on": "Bank of England"); its end, j if none. */
static size_t name_run(const cc_xt *x, size_t j, size_t lim)
{
	size_t e = j;

	while (e < lim && x->tok[e].type == TK_WORD && (x->tok[e].fl & TF_CAP)) {
		e++;
		if (e + 1 < lim && cc_tok_in(x, e, WS(NAME_JOIN)) && (x->tok[e + 1].fl & TF_CAP) &&
		    x->tok[e + 1].type == TK_WORD)
			e++;
	}
	return e;
}

/* The name of the survey at word k (a survey noun) of a sentence [a, b):
 * the capitalised words before it ("Mail on Sunday survey"), a bracketed
 * short name ("National Union of Teachers (NUT) poll" -> "NUT"), or the
 * body after "by"/"for" ("a study by the NASUWT", "a poll for The
 * Times"); token range [*j0, *j1), 0 if none. */
static int name_at(const cc_xt *x, size_t a, size_t b, size_t k, size_t *j0, size_t *j1)
{
	size_t j;

	if (k > a && (x->tok[k - 1].fl & TF_CAP) && x->tok[k - 1].type == TK_WORD) {
		j = k - 1;
		while (j > a && ((x->tok[j - 1].type == TK_WORD && (x->tok[j - 1].fl & TF_CAP)) ||
				 (cc_tok_in(x, j - 1, WS(NAME_JOIN)) && j - 1 > a && (x->tok[j - 2].fl & TF_CAP))))
			j--;
		if (j < k && (x->tok[j].fl & TF_SENT) && j + 1 < k)
			j++;
		if (cc_tok_in(x, j, WS(LINK_SKIP)))
			j++;
		if (j < k) {
			*j0 = j, *j1 = k;
			return 1;
		}
	}
	if (k > a + 2 && cc_tok_punct(x, k - 1, ')') && cc_tok_punct(x, k - 3, '(') && x->tok[k - 2].type == TK_WORD &&
	    (x->tok[k - 2].fl & TF_CAP)) {
		*j0 = k - 2, *j1 = k - 1;
		return 1;
	}
	j = k + 1;
	if (j < b && cc_tok_vocab(x, j, CC_V_SURVEY_BY)) {
		j++;
		if (j < b && cc_tok_in(x, j, WS(LINK_SKIP)) && !(x->tok[j].fl & TF_CAP))
			j++;
		*j0 = j, *j1 = name_run(x, j, b);
		return *j1 > j;
	}
	return 0;
}

/* The name of the first named survey in sentence s; text offsets. */
static int survey_name(const cc_xt *x, size_t s, size_t *ns, size_t *ne)
{
	size_t a = x->sfirst[s], b = sent_end_tok(x, s), k, j0, j1;

	for (k = a; k < b; k++)
		if (HAS(W(x, k), LX_SURVEY_NOUN) && name_at(x, a, b, k, &j0, &j1)) {
			*ns = x->tok[j0].s;
			*ne = x->tok[j1 - 1].e;
			return 1;
		}
	return 0;
}

/* "accounts for about a third of", "comprised 12% of the total",
 * "make up 9% of": a share of a whole, stated as a fact, not a survey
 * finding (only a sample in the same sentence or a named survey links it). */
static int share_of_whole(const cc_xt *x, size_t t0)
{
	size_t k = t0, n;

	for (n = 0; n < 3 && k > 0; n++) {
		k--;
		if (cc_tok_is(x, k, "for") && k > 0 &&
		    cc_tok_in(x, k - 1, WS(ACCOUNT)))
			return 1;
		if (cc_tok_in(x, k, WS(COMPRISE)))
			return 1;
		if (cc_tok_is(x, k, "up") && k > 0 &&
		    cc_tok_in(x, k - 1, WS(MAKE)))
			return 1;
		if (x->tok[k].type != TK_WORD)
			break;
	}
	return 0;
}

/* A survey's figures before its size, in a document that has named the
 * survey before them, take a sample stated at most this many sentences
 * later (a closing methodology line); further off, a sample closing a long
 * piece is another matter's (BBC business/020: figures attributed to a
 * person, the survey's 166 call centres 17 sentences on). */
#define LK_LATER_SENTENCES 8

/* Are sentences a and b in one paragraph? */
static int same_paragraph(const cc_doc *doc, size_t a, size_t b)
{
	return a < doc->nsentences && b < doc->nsentences && doc->sentences[a].paragraph == doc->sentences[b].paragraph;
}

struct lk_memo {
	size_t off, len;       /* the string: x->t + off, len bytes; len 0 = empty slot */
	long m1, m2;           /* samp index of the first sample in the first / second
				  sentence containing it, -1 none */
};

/* A run of samples in one sentence: its first sample (samp index), the
 * sentence and its text span as sentence_has read it (kept together so
 * that searches read one array in order). Claims are linked before they
 * are sorted, so a sentence may in principle head two runs. */
struct lk_head {
	size_t k, s, a, b;
};

/* Per-run state of cc_link_samples, so that a claim's work does not grow
 * with the size of its sentence or the number of samples (hardening: a
 * single run-on sentence of 500 KB holding 20,000 figures and samples was
 * quadratic). Everything here is a cache of what the per-claim code used
 * to recompute; results are the same. */
typedef struct {
	const cc_xt *x;
	const size_t *samp;    /* sample_size claims, document order */
	size_t ns;
	size_t *first_in_sent; /* per samp index: first samp index in the same sentence */
	struct lk_head *heads; /* the sentences holding a sample, in order */
	size_t nheads;
	unsigned *cues;        /* per sentence: sentence_cues | CUE_DONE, 0 = not yet */
	long of_sent;          /* other_finder: sentence whose survey_name is cached, -1 none */
	int of_ok;
	size_t of_ns, of_ne;
	long name_sent;        /* sentence whose survey_name result is cached, -1 none */
	int name_ok;
	size_t name_s, name_e;
	struct lk_memo *memo;  /* searched strings -> first matching sample sentences */
	size_t memocap, nmemo;
	struct lk_memo spare;
	size_t budget;         /* bytes the string searches may still read */
} lk_run;

#define CUE_DONE 0x80000000u

/* Total bytes all string searches of a document may read: LK_SCAN_X times
 * the document plus LK_SCAN_MIN. Without the bound they read at most 1.1
 * times the document on the BBC corpus (2,225 documents, the largest read
 * 1.2 KB) and 2.0 times on the bench passages (27 Nov 09:10), so it never
 * changes a result on real text; on a hostile document with thousands of
 * distinct survey names or years it stops the searches (those figures then
 * link as if no name were given) instead of going quadratic. */
#define LK_SCAN_X 64
#define LK_SCAN_MIN (1u << 20)

static unsigned lk_cues(lk_run *r, size_t s)
{
	if (!r->cues[s])
		r->cues[s] = sentence_cues(r->x, s) | CUE_DONE;
	return r->cues[s] & ~CUE_DONE;
}

static int lk_survey_name(lk_run *r, size_t s, size_t *ns, size_t *ne)
{
	if (r->name_sent != (long)s) {
		r->name_sent = (long)s;
		r->name_ok = survey_name(r->x, s, &r->name_s, &r->name_e);
	}
	*ns = r->name_s;
	*ne = r->name_e;
	return r->name_ok;
}

/* Does the sentence h contain the n bytes at str, charged to the budget;
 * 0 once the budget is spent. */
static int lk_sentence_has(lk_run *r, const struct lk_head *h, const char *str, size_t n)
{
	size_t a = h->a, b = h->b;

	if (b - a > r->budget) {
		r->budget = 0;
		return 0;
	}
	r->budget -= b - a;
	for (;;) {
		const char *t = r->x->t, *p = memmem(t + a, b - a, str, n);

		if (!p)
			return 0;
		/* a whole word: "NUT" is not in "NUTS" */
		if ((p == t + a || !isalnum((unsigned char)p[-1])) &&
		    ((size_t)(p + n - t) >= b || !isalnum((unsigned char)p[n])))
			return 1;
		a = (size_t)(p - t) + 1;
	}
}

/* The first two sentences holding a sample that contain the len bytes at
 * x->t + off, as samp indices of their first sample (-1 none): m1 the
 * first sample whose sentence contains them, m2 the first whose sentence
 * does and is not m1's. Each distinct string is searched once per run. */
static const struct lk_memo *lk_find(lk_run *r, size_t off, size_t len)
{
	const cc_xt *x = r->x;
	const char *str = x->t + off;
	struct lk_memo *m;
	size_t h = 2166136261u, i, k;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char)str[i]) * 16777619u;
	for (i = h & (r->memocap - 1);; i = (i + 1) & (r->memocap - 1)) {
		m = &r->memo[i];
		if (!m->len)
			break;
		if (m->len == len && !memcmp(x->t + m->off, str, len))
			return m;
	}
	if (r->nmemo + 1 > r->memocap / 2) {
		/* full: answer without remembering (cannot happen, the table
		 * has room for two strings a claim) */
		m = &r->spare;
	} else {
		r->nmemo++;
		m->off = off;
		m->len = len;
	}
	m->m1 = m->m2 = -1;
	/* each step costs at least a byte of the budget */
	for (i = 0; i < r->nheads && m->m2 < 0 && r->budget; i++) {
		k = r->heads[i].k;
		if (m->m1 >= 0 && r->heads[i].s == x->ci[r->samp[m->m1]].sent) {
			r->budget--; /* every step costs a byte */
			continue;
		}
		if (lk_sentence_has(r, &r->heads[i], str, len)) {
			if (m->m1 < 0)
				m->m1 = (long)k;
			else
				m->m2 = (long)k;
		}
	}
	return m;
}

/* The words [g0, g1) of claim i's subgroup as its frame shows them. */
static void subgroup_label(cc_xt *x, size_t i, size_t g0, size_t g1)
{
	if (g1 > x->ntok)
		g1 = x->ntok;
	while (g1 > g0 + 1 && x->tok[g1 - 1].type == TK_PUNCT)
		g1--;
	if (g1 > g0)
		cc_doc_ext(x->doc, i)->subgroup_label =
			cc_doc_strndup(x->doc, x->t + x->tok[g0].s, x->tok[g1 - 1].e - x->tok[g0].s);
}

/* Do words a and b read alike: the same letters ignoring case, or one
 * the other's plural ("father" / "fathers"). */
static int same_word(const cc_xt *x, size_t a, size_t b)
{
	size_t la = x->tok[a].e - x->tok[a].s, lb = x->tok[b].e - x->tok[b].s;
	const char *pa = x->t + x->tok[a].s, *pb = x->t + x->tok[b].s;

	if (la == lb + 1 && (pa[lb] == 's' || pa[lb] == 'S'))
		la = lb;
	else if (lb == la + 1 && (pb[la] == 's' || pb[la] == 'S'))
		lb = la;
	return la == lb && strncasecmp(pa, pb, la) == 0;
}

/* Does every content word of the subgroup's words [g0, g1) appear among
 * the words of the part q, its figure and what follows it in its clause
 * ("55% of fathers" / "including 400 fathers and 800 mothers"; "Hispanic
 * parents" / "371 Hispanic parents")? */
static int part_names_from(const cc_xt *x, size_t q, size_t g0, size_t g1, size_t back)
{
	size_t k, j, q0 = x->ci[q].t0, q1 = x->ci[q].t1 + 6, words = 0;

	while (back-- > 0 && q0 > 0 && x->tok[q0 - 1].sent == x->tok[x->ci[q].t0].sent && x->tok[q0 - 1].type != TK_NUM &&
	       !cc_tok_punct(x, q0 - 1, ',') && !cc_tok_punct(x, q0 - 1, ';'))
		q0--; /* "the general public (N=1,015)": the label before, in its clause */

	for (k = g0; k < g1 && k < x->ntok; k++) {
		if (x->tok[k].type != TK_WORD || HAS(W(x, k), LX_STOP))
			continue;
		words++;
		for (j = q0; j < q1 && j < x->ntok && x->tok[j].sent == x->tok[q0].sent; j++) {
			if (j > x->ci[q].t1 && (cc_tok_punct(x, j, ',') || cc_tok_punct(x, j, ';') || x->tok[j].type == TK_NUM))
				break; /* the next part */
			if (x->tok[j].type == TK_WORD && same_word(x, j, k))
				break;
		}
		if (!(j < q1 && j < x->ntok && x->tok[j].type == TK_WORD && same_word(x, j, k)))
			return 0;
	}
	return words > 0;
}

static int part_names(const cc_xt *x, size_t q, size_t g0, size_t g1)
{
	return part_names_from(x, q, g0, g1, 0);
}

/* A subgroup named by a part of the sample stated before it, at most 8
 * sentences back (gold convention 6: a share links to the base it is
 * "of"): the latest part whose words name it, -1 none. */
static long named_part(const cc_xt *x, size_t i, size_t g0, size_t g1)
{
	long j;

	for (j = (long)i - 1; j >= 0 && (long)i - j <= 64 && x->ci[j].sent + 8 >= x->ci[i].sent; j--) {
		const cc_claim *q = &x->doc->claims[j];

		if (q->kind == CC_KIND_SAMPLE_SIZE && (q->traits & CC_TRAIT_SUBGROUP) && part_names(x, (size_t)j, g0, g1))
			return j;
	}
	return -1;
}

/* The first word of the group a share is "of" (or "among", when
 * among is 1) after its last token t1, past "the" or "all"; 0 if the
 * share is not followed by one. */
static size_t of_group(const cc_xt *x, size_t t1, int among)
{
	size_t g0 = t1;

	if (!(cc_tok_is(x, g0, "of") || (among && cc_tok_is(x, g0, "among"))))
		return 0;
	g0++;
	if (cc_tok_is(x, g0, "the") || cc_tok_is(x, g0, "all"))
		g0++;
	return g0;
}

/* "55% of fathers" after "1,200 parents, including 400 fathers and 800
 * mothers": a share "of" (or "among") words that name a part of the
 * sample stated before it, and not the whole sample (prior, -1 none),
 * takes the part's base. The longest run of words after "of" (at most
 * three) that names a part decides; -1 none. */
static long share_of_part(const cc_xt *x, size_t i, long prior)
{
	size_t g0 = of_group(x, x->ci[i].t1, 1), g1;
	long best = -1, q;

	if (!g0)
		return -1;
	for (g1 = g0 + 1; g1 <= g0 + 3 && g1 <= x->ntok && x->tok[g1 - 1].type == TK_WORD &&
			  x->tok[g1 - 1].sent == x->ci[i].sent; g1++) {
		if (prior >= 0 && part_names(x, (size_t)prior, g0, g1))
			return -1; /* the whole sample's own words ("of parents") */
		if ((q = named_part(x, i, g0, g1)) >= 0)
			best = q;
	}
	return best;
}

/* Would subgroup_base(x, i, cb) mark share i (the tests it starts with)?
 * In a document that states no sample this is all a share needs: when
 * it is 0, nothing is marked and nothing linked whatever the share's
 * words say, so cc_cx_earlier_figure (the dearer test, which only stops
 * the marking) is not asked. */
static int subgroup_may(const cc_xt *x, size_t i, long cb)
{
	const cc_cinfo *ci = &x->ci[i];
	size_t g0, g1;

	return (cb >= 0 && x->ci[cb].sent == ci->sent) || cc_cx_subgroup_share(x, ci->t0, ci->t1, &g0, &g1);
}

/*
 * The base of share i when it is a subgroup's (gold conventions 6 and 10):
 * the sample opening its clause ("Among the 212 18-24s, 55% ..."; cb, the
 * last such sample before it), the count a share "of those" points back
 * to in its sentence or the one before ("310 (62%) were parents. Of those,
 * 41% ..."), or, for a subgroup of unstated size ("69% of under 30s"), no
 * n at all -- never the whole sample's, whose interval would be too
 * narrow. 1 when it decided, 0 when the share is the whole sample's.
 */
static int subgroup_base(cc_xt *x, size_t i, long cb)
{
	cc_claim *c = &x->doc->claims[i];
	const cc_cinfo *ci = &x->ci[i];
	size_t g0, g1;
	long j;
	int r;

	r = cc_cx_subgroup_share(x, ci->t0, ci->t1, &g0, &g1);
	if (!r && cb >= 0 && x->ci[cb].sent == ci->sent) {
		const cc_claim *q = &x->doc->claims[cb];

		c->sample_claim = cb;
		c->sample_n = q->value;
		if (q->traits & CC_TRAIT_SUBGROUP) {
			c->traits |= CC_TRAIT_SUBGROUP;
			cc_doc_ext(x->doc, i)->subgroup_label = q->subject ? q->subject : q->unit;
		}
		return 1;
	}
	if (!r)
		return 0;
	c->traits |= CC_TRAIT_SUBGROUP;
	subgroup_label(x, i, g0, g1);
	if (r == 1 && (j = named_part(x, i, g0, g1)) >= 0) {
		c->sample_claim = j;
		c->sample_n = x->doc->claims[j].value;
		return 1;
	}
	if (r == 2) /* the figure before it, at most 32 claims back */
		for (j = (long)i - 1; j >= 0 && (long)i - j <= 32 && x->ci[j].sent + 1 >= ci->sent; j--) {
			const cc_claim *q = &x->doc->claims[j];

			if (q->kind == CC_KIND_PROPORTION && j > 0 && x->doc->claims[j - 1].kind == CC_KIND_COUNT &&
			    x->ci[j - 1].t1 + 1 == x->ci[j].t0 && cc_tok_punct(x, x->ci[j - 1].t1, '('))
				continue; /* "310 (62%)": the count's own share */
			if (q->kind == CC_KIND_PROPORTION ||
			    (j > 0 && x->doc->claims[j - 1].kind == CC_KIND_PROPORTION && x->ci[j - 1].ofthe == j))
				break; /* "65% of the 1,000 asked had used it. Of these, ...": some of them */
			if (q->kind == CC_KIND_COUNT || q->kind == CC_KIND_SAMPLE_SIZE) {
				c->sample_claim = j;
				c->sample_n = q->value;
				if (q->kind == CC_KIND_SAMPLE_SIZE && !(q->traits & CC_TRAIT_SUBGROUP)) {
					c->traits &= ~CC_TRAIT_SUBGROUP; /* "interviewed 1,015 adults. Of those, 22%": all */
					cc_doc_ext(x->doc, i)->subgroup_label = NULL;
				}
				break;
			}
		}
	return 1;
}

/* Is there a '(' not closed in tokens [a, b) (at most 40 looked at)? */
static int open_bracket(const cc_xt *x, size_t a, size_t b)
{
	size_t k;
	int depth = 0;

	if (b > a + 40)
		return 0;
	for (k = a; k < b; k++)
		depth += cc_tok_punct(x, k, '(') - (cc_tok_punct(x, k, ')') && depth > 0);
	return depth > 0;
}

/* The bases of subgroups among the samples, so that no share takes one
 * for the survey's (survey_link.c reads the trait too; one pass in
 * document order): a sample opening its clause ("Among the 212 18-24s,
 * ..." / "Of the 161 respondents in Wales, ...") when a larger sample was
 * stated before it, and a smaller sample in brackets after a larger one
 * in its sentence ("1,466 adults (374 respondents were interviewed on a
 * landline ...)"). */
/* Is sample j the part of those asked who answered ("of whom 1,100
 * replied", "and 80 were returned", "and got 774 back")? */
static int responders(const cc_xt *x, size_t j)
{
	size_t k = x->ci[j].t1;

	if (cc_tok_in(x, k, WS(BE_HAVE_PAST)))
		k++;
	return cc_tok_in(x, k, WS(RESPOND_VERB)) || cc_tok_is(x, k, "returned") || cc_tok_is(x, k, "back") ||
	       (cc_tok_is(x, k, "came") && cc_tok_is(x, k + 1, "back"));
}

static void mark_crossbreaks(cc_xt *x)
{
	size_t j;
	double top = 0;
	long big = -1; /* the largest sample of the sentence so far */

	for (j = 0; j < x->nci; j++) {
		cc_claim *c = &x->doc->claims[j];

		if (c->kind != CC_KIND_SAMPLE_SIZE)
			continue;
		if ((c->traits & CC_TRAIT_SUBGROUP) && responders(x, j) && j > 0 &&
		    x->doc->claims[j - 1].kind == CC_KIND_SAMPLE_SIZE && x->ci[j - 1].sent == x->ci[j].sent)
			c->traits &= ~CC_TRAIT_SUBGROUP; /* "of whom 1,100 replied": the sample that answered */
		if (c->traits & CC_TRAIT_SUBGROUP)
			continue;
		if (big >= 0 && x->ci[big].sent != x->ci[j].sent)
			big = -1;
		if (responders(x, j))
			; /* "sent to 4,000 members, of whom 1,100 replied": those who answered */
		else if (((x->ci[j].hints & CI_CROSSBREAK) && c->value < top) ||
		    (big >= 0 && c->value < x->doc->claims[big].value && open_bracket(x, x->ci[big].t1, x->ci[j].t0))) {
			c->traits |= CC_TRAIT_SUBGROUP;
			continue;
		}
		if (c->value > top)
			top = c->value;
		if (big < 0 || c->value > x->doc->claims[big].value)
			big = (long)j;
	}
}

/* Whether a survey was named in the sentences read so far (walked once). */
struct lk_seen {
	size_t to;   /* sentences before this one are read */
	int survey;  /* one of them names a survey */
};

/*
 * The sample of share i (no sample in its sentence, no survey named) when
 * the text gives one: the latest stated before it, else the first stated
 * after it when the share is a survey's figure before its size (a survey
 * word or an opinion verb in its sentence, the sample in its paragraph,
 * or a survey named before it and the sample at most LK_LATER_SENTENCES
 * on) and no other survey comes between. -1 none: a source's figure, a
 * separate survey of unstated size, a share of a whole.
 */
/* Has the sample claim k a margin of error stated in its sentence after
 * it ("The margin of error for a survey of 1,200 respondents is ±2.8")? */
static int has_margin(const cc_xt *x, size_t k)
{
	size_t j;

	/* at most 16 claims each way: a run-on sentence of thousands of
	 * samples must not make every share read all of it */
	for (j = k + 1; j < x->nci && j <= k + 16 && x->ci[j].sent == x->ci[k].sent; j++)
		if (x->doc->claims[j].kind == CC_KIND_MARGIN_OF_ERROR)
			return 1;
	for (j = k; j-- > 0 && j + 16 >= k && x->ci[j].sent == x->ci[k].sent;)
		if (x->doc->claims[j].kind == CC_KIND_MARGIN_OF_ERROR)
			return 1;
	return 0;
}

/* A methodology note stating more than one number of people ("each
 * evening 400 voters are interviewed ... a rolling sample of 1,200
 * interviews. The margin of error for a survey of 1,200 ..."): the
 * figures before it take the sample its margin of error is given for,
 * when one of the next two sentences states it; else the first. */
static long margin_base(lk_run *r, size_t lo, long later)
{
	const cc_xt *x = r->x;
	size_t k;

	if (has_margin(x, (size_t)later))
		return later;
	for (k = lo + 1; k < r->ns && k <= lo + 8 && x->ci[r->samp[k]].sent <= x->ci[later].sent + 2; k++)
		if (has_margin(x, r->samp[k]))
			return (long)r->samp[k];
	return later;
}

/* "81% of registered voters" after "among 3,145 registered voters ...;
 * 898 battleground state voters were also interviewed": a share "of"
 * words that the latest sample (prior) does not name but an earlier one
 * of the last eight sentences does takes that one; else prior. */
static long sample_named(lk_run *r, size_t i, size_t lo, long prior)
{
	const cc_xt *x = r->x;
	size_t g0 = of_group(x, x->ci[i].t1, 0), g1, k;

	if (!g0)
		return prior;
	g1 = cc_cx_noun_phrase(x, g0, 1); /* "registered voters" of "... registered voters expect to" */
	if (g1 == g0 || g1 > g0 + 3 || part_names_from(x, (size_t)prior, g0, g1, 5))
		return prior;
	for (k = lo - 1; k-- > 0 && k + 17 >= lo && x->ci[r->samp[k]].sent + 8 >= x->ci[i].sent;)
		if (part_names(x, r->samp[k], g0, g1))
			return (long)r->samp[k];
	return prior;
}

/* The name before a finding verb in sentence s ("Ipsos found 45% ...",
 * "The Mail on Sunday poll showed"): token range [*j0, *j1), 0 if none. */
static int finder_name(const cc_xt *x, size_t s, size_t *j0, size_t *j1)
{
	size_t a = x->sfirst[s], b = sent_end_tok(x, s), k, j;

	for (k = a + 1; k < b && k < a + 40; k++) {
		if (!(cc_tok_in(x, k, WS(SUBJECT_END)) || cc_tok_in(x, k, WS(FINDS))) || !IS_WORD(k - 1) ||
		    !(x->tok[k - 1].fl & TF_CAP) || HAS(W(x, k - 1), LX_SURVEY_NOUN))
			continue;
		for (j = k - 1; j > a && IS_WORD(j - 1) && (x->tok[j - 1].fl & TF_CAP); j--)
			;
		while (j < k - 1 && cc_tok_in(x, j, WS(LINK_SKIP)))
			j++;
		if (HAS(W(x, j), LX_STOP) || cc_tok_in(x, j, WS(LINK_SKIP)))
			return 0; /* "It found", "The found" */
		*j0 = j, *j1 = k;
		return 1;
	}
	return 0;
}

/* "A YouGov poll of 1,700 adults found 40% ... Ipsos found 45%": the
 * share's sentence names who found it, the sample's sentence names a
 * survey, and the finder is not in it -- another survey, size unstated. */
static int other_finder(lk_run *r, size_t i, long smp)
{
	const cc_xt *x = r->x;
	size_t j0, j1, s = x->ci[smp].sent;
	struct lk_head h;

	if (x->ci[i].sent == s || !finder_name(x, x->ci[i].sent, &j0, &j1))
		return 0;
	if (r->of_sent != (long)s) { /* one read of the sample's sentence for all its shares */
		r->of_sent = (long)s;
		r->of_ok = survey_name(x, s, &r->of_ns, &r->of_ne);
	}
	if (!r->of_ok)
		return 0;
	h.k = 0, h.s = s, h.a = x->tok[x->sfirst[s]].s, h.b = x->tok[sent_end_tok(x, s) - 1].e;
	return !lk_sentence_has(r, &h, x->t + x->tok[j0].s, x->tok[j1 - 1].e - x->tok[j0].s);
}

/* Share i followed by "in YEAR", and a sample stated in another sentence
 * that names that year: that sample (claim index), else -1. */
static long year_sample(lk_run *r, size_t i)
{
	const cc_xt *x = r->x;
	const cc_cinfo *ci = &x->ci[i];
	const struct lk_memo *m;
	long k;

	if (!(cc_tok_is(x, ci->t1, "in") && ci->t1 + 1 < x->ntok && x->tok[ci->t1 + 1].type == TK_NUM &&
	      x->tok[ci->t1 + 1].e - x->tok[ci->t1 + 1].s == 4))
		return -1;
	m = lk_find(r, x->tok[ci->t1 + 1].s, 4);
	k = m->m1 >= 0 && x->ci[r->samp[m->m1]].sent != ci->sent ? m->m1 : m->m2;
	return k >= 0 ? (long)r->samp[k] : -1;
}

static long earlier_or_later(lk_run *r, size_t i, unsigned cues, size_t lo, struct lk_seen *seen)
{
	const cc_xt *x = r->x;
	const cc_cinfo *ci = &x->ci[i];
	long prior = lo > 0 ? (long)r->samp[lo - 1] : -1, later = lo < r->ns ? (long)r->samp[lo] : -1;
	size_t s;

	if ((cues & S_SOURCE) && !(cues & (S_SURVEYWORD | S_RESEARCH)))
		return -1; /* "according to official figures" (not "according to a survey", "... to the research") */
	if ((cues & S_OFFICIAL) && (!(cues & S_SURVEYWORD) || official_before(x, ci->t0)))
		return -1; /* "Official figures show 12% ...", "... and said NHS data show two in three" */
	if ((cues & S_NEWSURVEY) || ((cues & S_SURVEY) && prior >= 0))
		return -1; /* another survey, size not stated */
	if (share_of_whole(x, ci->t0))
		return -1; /* "food accounts for a third of spending" */
	for (; seen->to <= ci->sent && seen->to < x->nsent; seen->to++)
		seen->survey |= (lk_cues(r, seen->to) & S_SURVEYWORD) != 0;
	if (prior >= 0)
		return other_finder(r, i, prior) ? -1 : sample_named(r, i, lo, prior);
	if (later < 0 || x->ci[later].sent >= ci->sent + 50 ||
	    !((cues & S_SURVEYWORD) || (ci->hints & CI_OPINION) || same_paragraph(x->doc, ci->sent, x->ci[later].sent) ||
	      (seen->survey && x->ci[later].sent <= ci->sent + LK_LATER_SENTENCES)))
		return -1;
	/* a survey's figures before its size is stated ("... Red C sampled
	 * 1,000 people" closing the piece), no other survey between, and
	 * the sample not itself another survey's ("Another poll, of 900
	 * voters, found ...") */
	for (s = ci->sent + 1; s < x->ci[later].sent; s++)
		if (lk_cues(r, s) & S_NEWSURVEY)
			return -1;
	if (lk_cues(r, s) & S_OTHERSURVEY)
		return -1;
	return margin_base(r, lo, later);
}

/* A new line in tokens [a, b] (a row of a table ends there). */
static int line_break(const cc_xt *x, size_t a, size_t b)
{
	size_t k;

	for (k = a; k <= b && k < x->ntok; k++)
		if (x->tok[k].fl & (TF_NL | TF_PARA))
			return 1;
	return 0;
}

/* Is share i written apart from its neighbours by '/' or '|' (a cell
 * of a row of a table)? */
/* A row of a table ends at a new line or a ';' ("Liberal National 46% /
 * 46% / 50.4%; Labor 54% / 54% / 49.6%": two rows on one line). */
static int row_break(const cc_xt *x, size_t a, size_t b)
{
	size_t k;

	for (k = a; k <= b && k < x->ntok && k < a + 12; k++)
		if (cc_tok_punct(x, k, ';'))
			return 1;
	return line_break(x, a, b);
}

static int in_row(const cc_xt *x, size_t i)
{
	const cc_cinfo *ci = &x->ci[i];

	return cc_tok_punct(x, ci->t1, '/') || cc_tok_punct(x, ci->t1, '|') ||
	       (ci->t0 > 0 && (cc_tok_punct(x, ci->t0 - 1, '/') || cc_tok_punct(x, ci->t0 - 1, '|')));
}

/* The rank of share i among the shares of its row (a line of a table,
 * or a sentence of it: "More: 33% / 31%. Less: ...") and how many the
 * row holds (at most 16 looked at each way). */
static void row_rank(const cc_xt *x, size_t i, size_t *rank, size_t *m)
{
	const cc_cinfo *ci = &x->ci[i];
	size_t j;

	*rank = *m = 0;
	for (j = i; j-- > 0 && *m <= 16 && x->ci[j].sent == ci->sent && !row_break(x, x->ci[j].t1, x->ci[j + 1].t0);)
		if (x->doc->claims[j].kind == CC_KIND_PROPORTION)
			(*rank)++, (*m)++;
	for (j = i; j < x->nci && *m <= 16 && x->ci[j].sent == ci->sent &&
		    (j == i || !row_break(x, x->ci[j - 1].t1, x->ci[j].t0)); j++)
		if (x->doc->claims[j].kind == CC_KIND_PROPORTION)
			(*m)++;
}

/* Columns of shares under a header of bases ("Parents (n=646) / All
 * respondents (n=1406)", then "Plenty of jobs: 11% / 8%"): when the last
 * line stating samples before share i states k >= 2 of them, and i's own
 * row (a later line, or a sentence of it: "More: 33% / 31%. Less: ...")
 * holds k shares written apart by '/' or '|', the j-th
 * share takes the j-th sample. A table has few columns: at most 16 looked
 * at each way. */
static long column_base(lk_run *r, size_t i, size_t lo)
{
	const cc_xt *x = r->x;
	const cc_cinfo *ci = &x->ci[i];
	size_t first, k, rank, m;

	if (!in_row(x, i))
		return -1;
	if (lo > 0 && line_break(x, x->ci[r->samp[lo - 1]].t1, ci->t0)) {
		/* the header is a line above */
		for (first = lo - 1; first > 0 && lo - first < 16 &&
				     !line_break(x, x->ci[r->samp[first - 1]].t1, x->ci[r->samp[first]].t0);)
			first--;
		k = lo - first;
	} else if (lo < r->ns && line_break(x, ci->t1, x->ci[r->samp[lo]].t0) &&
		   x->ci[r->samp[lo]].sent <= ci->sent + 16) {
		/* a line of bases under the rows ("Base (n): 1,056 / 354 / ...") */
		first = lo;
		for (k = 1; first + k < r->ns && k < 16 &&
			    !line_break(x, x->ci[r->samp[first + k - 1]].t1, x->ci[r->samp[first + k]].t0);)
			k++;
	} else {
		return -1;
	}
	if (k < 2 || k > 16)
		return -1;
	row_rank(x, i, &rank, &m);
	return m == k ? (long)r->samp[first + rank] : -1;
}

/* The first token of the line holding token k. */
static size_t line_start(const cc_xt *x, size_t k)
{
	while (k > 0 && !(x->tok[k].fl & (TF_NL | TF_PARA)))
		k--;
	return k;
}

/* Does a claim before claim i start in tokens [a, b)? */
static int line_has_claim(const cc_xt *x, size_t i, size_t a, size_t b)
{
	size_t j;

	for (j = i; j-- > 0 && x->ci[j].t0 >= a;)
		if (x->ci[j].t0 < b)
			return 1;
	return 0;
}

/*
 * The heading of column `rank` of a row of m cells: the nearest line
 * above share i's row (at most 8 up) that holds no claim, read inside
 * its last bracket and after its last ';' or ':', must hold m headings
 * parted by '/' ("How many ...? (All parents / Major cities / African
 * American / Hispanic)", "(Feb'20; Total / Labor / Coalition)"). Its
 * tokens [*g0, *g1); 0 none.
 */
static int column_heading(const cc_xt *x, size_t i, size_t rank, size_t m, size_t *g0, size_t *g1)
{
	size_t le = line_start(x, x->ci[i].t0), ls, k, a, b, n, lines;

	for (lines = 0; le > 0 && lines < 8; lines++, le = ls) {
		ls = line_start(x, le - 1);
		if (line_has_claim(x, i, ls, le))
			continue; /* a row above */
		for (a = ls, k = ls; k < le; k++)
			if (cc_tok_punct(x, k, '('))
				a = k + 1;
		for (b = le, k = a; k < le; k++)
			if (cc_tok_punct(x, k, ')')) {
				b = k;
				break;
			}
		for (k = a; k < b; k++)
			if (cc_tok_punct(x, k, ';') || cc_tok_punct(x, k, ':'))
				a = k + 1;
		for (n = 0, k = a; k < b; k++)
			n += cc_tok_punct(x, k, '/');
		if (n + 1 != m)
			return 0;
		for (n = 0, k = a; k < b && n < rank; k++)
			n += cc_tok_punct(x, k, '/');
		for (*g0 = *g1 = k; *g1 < b && !cc_tok_punct(x, *g1, '/'); (*g1)++)
			;
		return *g1 > *g0;
	}
	return 0;
}

/* A heading of an earlier wave or a result ("last week", "election 2 Jul
 * 16", "Jan 2020"): its shares have no n of this survey (convention 9). */
static int heading_past(const cc_xt *x, size_t g0, size_t g1)
{
	size_t k;

	for (k = g0; k < g1; k++)
		if (x->tok[k].type == TK_NUM || cc_tok_in(x, k, WS(PAST_ADJ) | WS(ELECTION_NOUN) | WS(WAVE_NOUN)) ||
		    HAS(W(x, k), LX_MONTH))
			return 1;
	return 0;
}

/* A heading of the whole sample or the current wave ("Total", "All
 * parents", "This week", "Respondents"): lexicon class column_whole. */
static int heading_whole(const cc_xt *x, size_t g0, size_t g1)
{
	size_t k;

	for (k = g0; k < g1; k++)
		if (HAS(W(x, k), LX_RESPONDENT))
			return 1;
	return cc_tok_vocab(x, g0, CC_V_COLUMN_WHOLE);
}

/*
 * A cell of a table whose columns are headed by words, not bases: the
 * heading names a part of the sample stated before (its base, gold
 * convention 6), an earlier wave or a result (no n), a subgroup of
 * unstated size (no n, convention 10), or the whole (-2: link as any
 * share). The part's claim, or -1 when the share takes no n.
 */
static long column_cell(cc_xt *x, size_t i)
{
	size_t rank, m, g0, g1;
	long q;

	if (!in_row(x, i))
		return -2;
	row_rank(x, i, &rank, &m);
	if (m < 2 || !column_heading(x, i, rank, m, &g0, &g1))
		return -2;
	if (heading_whole(x, g0, g1))
		return -2;
	if ((q = named_part(x, i, g0, g1)) >= 0)
		return q;
	if (heading_past(x, g0, g1))
		return -1;
	x->doc->claims[i].traits |= CC_TRAIT_SUBGROUP;
	subgroup_label(x, i, g0, g1);
	return -1;
}

/* "(census figures in brackets)", "the previous wave in brackets": the
 * document keys its bracketed figures as an earlier wave or another
 * source (one pass over the tokens). */
static int bracket_key(const cc_xt *x)
{
	size_t k, j;

	/* one class lookup for most words: the noun ("brackets") first, then
	 * the word before it ("in", "square"); "parentheses" alone says it too */
	for (k = 1; k < x->ntok; k++)
		if ((cc_tok_vocab(x, k, CC_V_BRACKET_NOUN) &&
		     (cc_tok_vocab(x, k - 1, CC_V_BRACKET_KIND) || cc_tok_vocab(x, k, CC_V_BRACKET_ALONE))) ||
		    cc_tok_vocab(x, k - 1, CC_V_BRACKETED))
			for (j = k > 6 ? k - 6 : 0; j < k + 6 && j < x->ntok; j++)
				if (cc_tok_in(x, j, WS(WAVE_NOUN) | WS(PAST_ADJ) | WS(ELECTION_NOUN)))
					return 1;
	return 0;
}

/* "one half (50%) of those with children who do not yet own a home
 * (n=1037) say ..., and just 3 in 10 (29%) say ...": a base labelled
 * "(n=N)" right after a group's words is that group's; share i takes it
 * when its "of" phrase ends at the bracket or when it follows the bracket
 * in the sentence. The base's claim, -1 none. */
static int n_bracket(const cc_xt *x, size_t j)
{
	const cc_cinfo *q = &x->ci[j];

	return x->doc->claims[j].kind == CC_KIND_SAMPLE_SIZE && q->t0 >= 4 && cc_tok_punct(x, q->t0 - 1, '=') &&
	       cc_tok_is(x, q->t0 - 2, "n") && cc_tok_punct(x, q->t0 - 3, '(') && x->tok[q->t0 - 4].type == TK_WORD;
}

/* The only "(n=N)" base of the sentence holding claim i, -1 none or
 * several (a header of columns: "Teachers (n=420) / All adults (n=1,650)");
 * read once per sentence (*memo_s, *memo_q) so a run-on sentence of many
 * figures stays linear. */
static long sentence_n_bracket(const cc_xt *x, size_t i, long *memo_s, long *memo_q)
{
	size_t j, first, found = 0;

	if (*memo_s == (long)x->ci[i].sent)
		return *memo_q;
	for (first = i; first > 0 && x->ci[first - 1].sent == x->ci[i].sent; first--)
		;
	*memo_s = (long)x->ci[i].sent;
	*memo_q = -1;
	for (j = first; j < x->nci && x->ci[j].sent == x->ci[i].sent; j++)
		if (n_bracket(x, j) && found++ == 0)
			*memo_q = (long)j;
	if (found != 1)
		*memo_q = -1;
	return *memo_q;
}

static long bracket_n_base(const cc_xt *x, size_t i, long *memo_s, long *memo_q)
{
	const cc_cinfo *ci = &x->ci[i];
	long j = sentence_n_bracket(x, i, memo_s, memo_q);
	const cc_cinfo *q;
	size_t k;

	if (j < 0)
		return -1;
	q = &x->ci[j];
	if (q->t0 < ci->t0) {
		for (k = q->t1; k < ci->t0; k++)
			if (x->tok[k].fl & (TF_NL | TF_PARA))
				return -1; /* a table's header line */
		return j; /* the share comes after the labelled group */
	}
	k = ci->t1;
	if (cc_tok_punct(x, k, '(')) /* "one half (50%) of", past its restatement */
		while (k < ci->t1 + 5 && k < x->ntok && !cc_tok_punct(x, k, ')'))
			k++;
	if (cc_tok_punct(x, k, ')'))
		k++;
	if (!cc_tok_is(x, k, "of"))
		return -1;
	for (; k < q->t0 - 3 && k < ci->t1 + 24; k++)
		if (cc_tok_punct(x, k, ',') || cc_tok_punct(x, k, ';') || (x->tok[k].type == TK_NUM && k > ci->t1 + 2))
			break;
	return k == q->t0 - 3 ? j : -1; /* "one half (50%) of those ... (n=1037)" */
}

/* Share i in brackets right after another share ("Dublin 28% (28%)"). */
static int bracketed_after_share(const cc_xt *x, size_t i)
{
	size_t t0 = x->ci[i].t0;

	if (!(i > 0 && t0 > 0 && x->doc->claims[i - 1].kind == CC_KIND_PROPORTION &&
	      (cc_tok_punct(x, t0 - 1, '(') || cc_tok_punct(x, t0 - 1, '[') || cc_tok_punct(x, t0 - 1, '{'))))
		return 0;
	/* "Approve 56% [54%] {53%} (51%)": each bracket after the share or
	 * after the bracket before it */
	return x->ci[i - 1].t1 == t0 - 1 ||
	       (t0 >= 2 && x->ci[i - 1].t1 == t0 - 2 &&
		(cc_tok_punct(x, t0 - 2, ')') || cc_tok_punct(x, t0 - 2, ']') || cc_tok_punct(x, t0 - 2, '}')));
}

int cc_link_samples(cc_xt *x)
{
	cc_doc *doc = x->doc;
	size_t i, j, ns_ = 0, *samp, lo = 0;
	long cb = -1; /* the last crossbreak's base (CI_CROSSBREAK) */
	int key;      /* the document keys bracketed figures as another wave; -1 not read yet */
	long nb_s = -1, nb_q = -1; /* sentence_n_bracket's memo */
	struct lk_seen seen = { 0, 0 };
	lk_run r;
	int rc = CC_OK;

	memset(&r, 0, sizeof r);
	/* the sample_size claims, in document order */
	samp = cc_malloc(x->ctx, (x->nci ? x->nci : 1) * sizeof *samp);
	r.first_in_sent = cc_malloc(x->ctx, (x->nci ? x->nci : 1) * sizeof *r.first_in_sent);
	r.heads = cc_malloc(x->ctx, (x->nci ? x->nci : 1) * sizeof *r.heads);
	r.cues = cc_calloc(x->ctx, x->nsent ? x->nsent : 1, sizeof *r.cues);
	for (r.memocap = 16; r.memocap < 4 * x->nci + 4; r.memocap *= 2)
		;
	r.memo = cc_calloc(x->ctx, r.memocap, sizeof *r.memo);
	if (!samp || !r.first_in_sent || !r.heads || !r.cues || !r.memo) {
		rc = cc_error_oom(x->ctx);
		goto out;
	}
	/* the parts of a sample ("including 233 ...", "1,441 online and 342
	 * by post") and the bases of crossbreaks are the bases of subgroups,
	 * never a survey's sample */
	mark_crossbreaks(x);
	for (j = 0; j < x->nci; j++)
		if (doc->claims[j].kind == CC_KIND_SAMPLE_SIZE && !(doc->claims[j].traits & CC_TRAIT_SUBGROUP)) {
			if (ns_ > 0 && x->ci[samp[ns_ - 1]].sent == x->ci[j].sent)
				r.first_in_sent[ns_] = r.first_in_sent[ns_ - 1];
			else {
				size_t s = x->ci[j].sent;
				r.heads[r.nheads].k = r.first_in_sent[ns_] = ns_;
				r.heads[r.nheads].s = s;
				r.heads[r.nheads].a = x->tok[x->sfirst[s]].s;
				r.heads[r.nheads++].b = x->tok[sent_end_tok(x, s) - 1].e;
			}
			samp[ns_++] = j;
		}
	key = -1; /* read when a bracketed share first asks (a pass over the words) */
	if (doc->date_y > x->last_year) /* (the text's latest year: cc_xt_scan) */
		x->last_year = doc->date_y;
	r.x = x;
	r.samp = samp;
	r.ns = ns_;
	r.name_sent = -1;
	r.of_sent = -1;
	r.budget = (x->len > ((size_t)-1 - LK_SCAN_MIN) / LK_SCAN_X) ? (size_t)-1 : x->len * LK_SCAN_X + LK_SCAN_MIN;
	for (i = 0; i < x->nci; i++) {
		cc_claim *c = &doc->claims[i];
		cc_cinfo *ci = &x->ci[i];
		unsigned cues;
		long best = -1, insent = -1;
		size_t ns, ne;

		/* lo: first sample at or after claim i */
		while (lo < ns_ && samp[lo] < i)
			lo++;
		if (c->kind == CC_KIND_SAMPLE_SIZE && (ci->hints & CI_CROSSBREAK))
			cb = (long)i;
		if (c->kind != CC_KIND_PROPORTION || (c->traits & CC_TRAIT_COUNTED))
			continue;
		if (ci->ofthe >= 0) {
			c->sample_claim = ci->ofthe;
			c->sample_n = doc->claims[ci->ofthe].value;
			continue;
		}
		if (bracketed_after_share(x, i) && (key < 0 ? (key = bracket_key(x)) : key))
			continue; /* the keyed earlier wave or other source: no n of this survey */
		if ((best = bracket_n_base(x, i, &nb_s, &nb_q)) >= 0) {
			c->sample_claim = best;
			c->sample_n = doc->claims[best].value;
			c->traits |= CC_TRAIT_SUBGROUP;
			continue;
		}
		if (ns_ && !(ci->hints & CI_OFFICIAL) && cc_cx_earlier_figure(x, ci->t0, ci->t1)) {
			/* "compared to almost two-thirds in 1999": an earlier wave,
			 * linked only to a sample stated with its year */
			if (ns_ > 1 && (best = year_sample(&r, i)) >= 0) { /* (another survey's, not the only one) */
				c->sample_claim = best;
				c->sample_n = doc->claims[best].value;
			}
			continue;
		}
		if ((ci->hints & CI_OFFICIAL) || (!ns_ && !subgroup_may(x, i, cb)) || subgroup_base(x, i, cb) || !ns_)
			continue;
		if ((best = share_of_part(x, i, lo > 0 ? (long)samp[lo - 1] : -1)) >= 0) {
			c->sample_claim = best;
			c->sample_n = doc->claims[best].value;
			c->traits |= CC_TRAIT_SUBGROUP;
			cc_doc_ext(doc, i)->subgroup_label = doc->claims[best].subject ? doc->claims[best].subject
										: doc->claims[best].unit;
			continue;
		}
		cues = lk_cues(&r, ci->sent);
		best = column_base(&r, i, lo);
		if (best < 0) {
			long cell = column_cell(x, i);

			if (cell >= 0) {
				c->sample_claim = cell;
				c->sample_n = doc->claims[cell].value;
				c->traits |= CC_TRAIT_SUBGROUP;
			}
			if (cell != -2)
				continue;
		}
		/* insent: the first sample stated in the claim's own sentence */
		if (lo > 0 && x->ci[samp[lo - 1]].sent == ci->sent)
			insent = (long)r.first_in_sent[lo - 1];
		else if (lo < ns_ && x->ci[samp[lo]].sent == ci->sent)
			insent = (long)lo;
		/* "almost two-thirds in 1999": the sample stated with that year
		 * (in another sentence) */
		if (best < 0)
			best = year_sample(&r, i);
		/* a survey named: link to the sample stated where the name is
		 * (or in this sentence), whichever comes first */
		if (best < 0 && lk_survey_name(&r, ci->sent, &ns, &ne)) {
			long k = lk_find(&r, ns, ne - ns)->m1;
			if (insent >= 0 && (k < 0 || insent < k))
				k = insent;
			if (k >= 0)
				best = (long)samp[k];
		}
		/* a sample in the same sentence */
		if (best < 0 && insent >= 0)
			best = (long)samp[insent];
		if (best < 0)
			best = earlier_or_later(&r, i, cues, lo, &seen);
		if (best >= 0) {
			c->sample_claim = best;
			c->sample_n = doc->claims[best].value;
		}
	}
out:
	cc_free(x->ctx, r.memo);
	cc_free(x->ctx, r.cues);
	cc_free(x->ctx, r.heads);
	cc_free(x->ctx, r.first_in_sent);
	cc_free(x->ctx, samp);
	return rc;
}
