/*
 * matching.c -- the readings reference/ matches with its tables, taken
 * from the text once and stored on the record (stage: extract, the last
 * pass of cc_extract_doc), only when the document is to be matched against
 * a reference database (nothing else reads them): each claim's sentence's
 * place, period and content words, read once per sentence and shared by
 * its claims; the document's place when a rate's sentence names none; the
 * document's words and each survey's span words when it reports a survey
 * (only known surveys are matched by them). Must not: look anything up,
 * or read what reference/ cannot use (the bags stop at CC_MATCH_WORDS).
 * Reading them for every extraction cost 6% of it for readings no stage
 * used.
 */
#include "extract.h"
#include "matching.h"
#include "../core/buf.h"
#include "../core/words.h"

#include <string.h>

/* The sentence of claim c: the plain text's sentence; without one (a
 * record made by hand), the claim's sentence span in the source, else
 * the claim's own text. */
static void sentence_of(const cc_doc *doc, const cc_claim *c, const char **s, size_t *len)
{
	if (c->sentence < doc->nsentences && doc->text) {
		const cc_sentence *se = &doc->sentences[c->sentence];

		*s = doc->text + se->start;
		*len = se->end - se->start;
	} else if (doc->src && c->sent_end > c->sent_start && c->sent_end <= doc->src_len) {
		*s = doc->src + c->sent_start;
		*len = c->sent_end - c->sent_start;
	} else {
		*s = c->text ? c->text : "";
		*len = strlen(*s);
	}
}

/* The content words of [s, s+len) as an arena string in *out (NULL when
 * there are none); b is scratch. CC_OK or CC_ENOMEM. */
static int bag_of(cc_doc *doc, cc_buf *b, const char *s, size_t len, const char **out)
{
	cc_buf_clear(b);
	cc_mwords_put(b, 0, CC_MATCH_WORDS, s, len);
	if (cc_buf_oom(b))
		return CC_ENOMEM;
	*out = NULL;
	if (b->len && !(*out = cc_doc_strndup(doc, b->ptr, b->len)))
		return CC_ENOMEM;
	return CC_OK;
}

/* One sentence's readings, copied to each of its claims. */
typedef struct sent_read {
	const char *words, *place;
	int strength, y, m, q;
} sent_read;

static int read_sentence(cc_doc *doc, cc_buf *b, const char *s, size_t len, int matched, sent_read *r)
{
	r->place = cc_place_of(s, len, &r->strength);
	cc_period_of(s, len, &r->y, &r->m, &r->q);
	r->words = NULL;
	return matched ? bag_of(doc, b, s, len, &r->words) : CC_OK;
}

static int read_claims(cc_doc *doc, cc_buf *b, int matched, int *placeless_out)
{
	sent_read r;
	size_t i, last = (size_t)-1;
	int rc;

	memset(&r, 0, sizeof r);
	*placeless_out = 0;
	for (i = 0; i < doc->nclaims; i++) {
		const cc_claim *c = &doc->claims[i];
		cc_claim_ext *x = &doc->ext[i];
		int own = !(c->sentence < doc->nsentences && doc->text);

		/* claims are in text order: a sentence's claims come together */
		if (own || c->sentence != last) {
			const char *s;
			size_t len;

			sentence_of(doc, c, &s, &len);
			if ((rc = read_sentence(doc, b, s, len, matched, &r)))
				return rc;
			last = own ? (size_t)-1 : c->sentence;
		}
		x->sent_words = r.words;
		x->sent_place = r.place;
		x->sent_place_strength = r.strength;
		x->sent_period_y = r.y;
		x->sent_period_m = r.m;
		x->sent_period_q = r.q;
		/* the document's place stands in for a rate's only (reference/
		   matches a count or an amount of the sentence's place alone) */
		if (!r.place && (c->kind == CC_KIND_PROPORTION || c->kind == CC_KIND_CHANGE))
			*placeless_out = 1;
	}
	return CC_OK;
}

int cc_extract_matching(cc_doc *doc, int matched)
{
	cc_buf b;
	size_t k;
	int placeless, rc;

	if (!matched)
		return CC_OK;
	cc_buf_init(&b, doc->ctx);
	if ((rc = read_claims(doc, &b, matched, &placeless)))
		goto done;
	if (placeless && doc->text)
		doc->place = cc_place_of(doc->text, doc->text_len, &doc->place_strength);
	if (doc->nsurveys && doc->text && (rc = bag_of(doc, &b, doc->text, doc->text_len, &doc->words)))
		goto done;
	for (k = 0; k < doc->nsurveys; k++) {
		cc_survey_info *sv = &doc->surveys[k];

		if (sv->end > sv->start && sv->end <= doc->text_len &&
		    (rc = bag_of(doc, &b, doc->text + sv->start, sv->end - sv->start, &sv->span_words)))
			goto done;
	}
done:
	cc_buf_dispose(&b);
	return rc;
}
