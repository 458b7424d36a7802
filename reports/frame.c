/*
 * frame.c -- the claim record's "frame" in JSON: why a figure was read as
 * it was and what it was tied to (docs/claims.schema.json, "frame"). The
 * extract stage read the words once (the rule that made the claim, its
 * base and how that is known, its group, its survey, its period and place,
 * the comparisons it takes part in, the cue phrases the checks use); this
 * renders those record fields for editors and downstream tools.
 *
 * Stage: reports. Renders; computes nothing beyond choosing between record
 * fields (the base through core/doc.c's one accessor). Strings go through
 * cc_esc_json_str, numbers through cc_fmt_json.
 */
#include "reports.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static const char *const base_names[] = {
	[CC_BASE_NONE] = "unknown",      [CC_BASE_OWN] = "own",       [CC_BASE_SUBGROUP] = "subgroup",
	[CC_BASE_STATED] = "stated",     [CC_BASE_IN_FIGURE] = "in-figure",
	[CC_BASE_SURVEY] = "survey",     [CC_BASE_RECOVERED] = "recovered",
	[CC_BASE_REFERENCE] = "reference",
};

static void key(cc_sink *s, const char *k, int *first)
{
	if (!*first)
		cc_sink_write(s, ",", 1);
	*first = 0;
	cc_sink_write(s, "\"", 1);
	cc_sink_puts(s, k);
	cc_sink_write(s, "\":", 2);
}

static void str(cc_sink *s, const char *k, const char *v, int *first)
{
	key(s, k, first);
	cc_esc_json_str(s, v);
}

static void num(cc_sink *s, const char *k, double v, int *first)
{
	cc_numbuf b;

	key(s, k, first);
	cc_sink_puts(s, cc_fmt_json(&b, v));
}

static void flag(cc_sink *s, const char *k, int v, int *first)
{
	key(s, k, first);
	cc_sink_puts(s, v ? "true" : "false");
}

/* A claim's 1-based id, or null. */
static void ref_id(cc_sink *s, const char *k, long i, const cc_doc *doc, int *first)
{
	key(s, k, first);
	if (i >= 0 && (size_t)i < doc->nclaims)
		cc_sink_printf(s, "%ld", i + 1);
	else
		cc_sink_puts(s, "null");
}

/* {"year":2024,"month":3,"quarter":null} or null. */
static void period(cc_sink *s, const char *k, int y, int m, int q, int *first)
{
	int f = 1;

	key(s, k, first);
	if (y <= 0) {
		cc_sink_puts(s, "null");
		return;
	}
	cc_sink_write(s, "{", 1);
	num(s, "year", y, &f);
	num(s, "month", m > 0 ? m : NAN, &f);
	num(s, "quarter", q > 0 ? q : NAN, &f);
	cc_sink_write(s, "}", 1);
}

static void survey(cc_sink *s, const cc_doc *doc, long k)
{
	const cc_survey_info *sv = &doc->surveys[k];
	double n = cc_doc_survey_n(doc, k);
	char end[32];
	int f = 1;

	cc_sink_write(s, "{", 1);
	num(s, "id", (double)k + 1, &f);
	str(s, "label", sv->label, &f);
	str(s, "population", sv->population, &f);
	num(s, "n", n > 0 ? n : NAN, &f);
	ref_id(s, "sample_claim", sv->sample_claim, doc, &f);
	str(s, "commissioner", sv->commissioner, &f);
	str(s, "commissioner_type", sv->commissioner_type, &f);
	str(s, "pollster", sv->pollster, &f);
	str(s, "fieldwork_org", sv->fieldwork_org, &f);
	str(s, "mode", sv->mode, &f);
	flag(s, "dates", sv->has_dates, &f);
	if (sv->fieldwork_end_y > 0 && sv->fieldwork_end_m > 0)
		snprintf(end, sizeof end, "%04d-%02d", sv->fieldwork_end_y, sv->fieldwork_end_m);
	else if (sv->fieldwork_end_y > 0)
		snprintf(end, sizeof end, "%04d", sv->fieldwork_end_y);
	str(s, "fieldwork_end", sv->fieldwork_end_y > 0 ? end : NULL, &f);
	flag(s, "selection", sv->has_selection, &f);
	str(s, "chosen", sv->chosen, &f);
	flag(s, "wording", sv->has_wording, &f);
	str(s, "question", sv->question, &f);
	flag(s, "geography", sv->has_geography, &f);
	str(s, "self_selection", sv->selfselect_cue, &f);
	flag(s, "opt_in", sv->opt_in, &f);
	flag(s, "new", sv->is_new, &f);
	num(s, "deff", sv->deff > 0 ? sv->deff : NAN, &f);
	num(s, "population_size", sv->population_size > 0 ? sv->population_size : NAN, &f);
	flag(s, "topic_words", sv->topic_words, &f);
	cc_sink_write(s, "}", 1);
}

/* "base": the n the figure stands on and how that is known. */
static void base(cc_sink *s, const cc_doc *doc, size_t i, int *first)
{
	int how, f = 1;
	double n = cc_doc_claim_base(doc, i, &how);
	long sc = cc_doc_claim_sample(doc, i);

	key(s, "base", first);
	cc_sink_write(s, "{", 1);
	num(s, "n", n > 0 ? n : NAN, &f);
	str(s, "how", base_names[how], &f);
	ref_id(s, "claim", sc != (long)i ? sc : -1, doc, &f);
	str(s, "subgroup", doc->ext[i].subgroup_label, &f);
	cc_sink_write(s, "}", 1);
}

/* "group": who the figure is about, and who was asked. */
static void group(cc_sink *s, const cc_doc *doc, size_t i, int *first)
{
	const cc_claim *c = &doc->claims[i];
	long sc = cc_doc_claim_sample(doc, i), sv = cc_doc_claim_survey(doc, i);
	const char *asked = sc >= 0 && sc != (long)i ? doc->claims[sc].subject : NULL;
	int f = 1;

	if (!asked && sv >= 0)
		asked = doc->surveys[sv].population;
	key(s, "group", first);
	cc_sink_write(s, "{", 1);
	str(s, "subject", c->subject, &f);
	str(s, "head", doc->ext[i].head, &f);
	str(s, "sample", asked, &f);
	cc_sink_write(s, "}", 1);
}

/* A comparison's kinds, space-separated in bit order ("from-to restates"). */
static void rel_kinds(cc_sink *s, unsigned kind, int *first)
{
	static const char *const names[] = { "from-to", "restates", "part-of", "lead" };
	char buf[64] = "";
	size_t k;

	for (k = 0; k < sizeof names / sizeof names[0]; k++)
		if (kind >> k & 1) {
			if (buf[0])
				strcat(buf, " ");
			strcat(buf, names[k]);
		}
	str(s, "as", buf, first);
}

/* "compares": the comparisons the words show, with earlier claims. */
static void compares(cc_sink *s, const cc_doc *doc, size_t i, int *first)
{
	const cc_claim_ext *e = &doc->ext[i];
	size_t k;

	key(s, "compares", first);
	cc_sink_write(s, "[", 1);
	for (k = 0; k < e->nrels; k++) {
		int f = 1;

		if (k)
			cc_sink_write(s, ",", 1);
		cc_sink_write(s, "{", 1);
		ref_id(s, "claim", (long)e->rels[k].other, doc, &f);
		rel_kinds(s, e->rels[k].kind, &f);
		cc_sink_write(s, "}", 1);
	}
	if (e->compared_with >= 0 && (size_t)e->compared_with < doc->nclaims) {
		int f = 1;

		if (e->nrels)
			cc_sink_write(s, ",", 1);
		cc_sink_write(s, "{", 1);
		ref_id(s, "claim", e->compared_with, doc, &f);
		str(s, "as", "compared", &f);
		cc_sink_write(s, "}", 1);
	}
	cc_sink_write(s, "]", 1);
}

static void cues(cc_sink *s, unsigned bits, int *first)
{
	size_t k, n = 0;

	key(s, "cues", first);
	cc_sink_write(s, "[", 1);
	for (k = 0; k < CC_CUE_COUNT_OF_BITS; k++)
		if (bits >> k & 1) {
			if (n++)
				cc_sink_write(s, ",", 1);
			cc_esc_json_str(s, cc_cue_names[k]);
		}
	cc_sink_write(s, "]", 1);
}

/* Two numbers as {"a": x, "b": y}, or null when either is not finite. */
static void pair(cc_sink *s, const char *k, const char *ka, double a, const char *kb, double b, int *first)
{
	int f = 1;

	key(s, k, first);
	if (!isfinite(a) || !isfinite(b)) {
		cc_sink_puts(s, "null");
		return;
	}
	cc_sink_write(s, "{", 1);
	num(s, ka, a, &f);
	num(s, kb, b, &f);
	cc_sink_write(s, "}", 1);
}

/* "attribution": the source its sentence (or the one before) names. */
static void attribution(cc_sink *s, const cc_claim_ext *e, int *first)
{
	int f = 1;

	key(s, "attribution", first);
	if (!e->attributed) {
		cc_sink_puts(s, "null");
		return;
	}
	cc_sink_write(s, "{", 1);
	str(s, "source", e->source, &f);
	str(s, "cue", e->source_cue, &f);
	str(s, "sentence", e->source_sentence ? "previous" : "same", &f);
	cc_sink_write(s, "}", 1);
}

void cc_rep_frame(cc_sink *s, const cc_doc *doc, size_t i)
{
	const cc_claim_ext *e = &doc->ext[i];
	long sv = cc_doc_claim_survey(doc, i);
	int first = 1;

	cc_sink_puts(s, ",\"frame\":{");
	str(s, "rule", e->rule, &first);
	base(s, doc, i, &first);
	group(s, doc, i, &first);
	key(s, "survey", &first);
	if (sv >= 0)
		survey(s, doc, sv);
	else
		cc_sink_puts(s, "null");
	flag(s, "survey_finding", e->survey_context, &first);
	flag(s, "attributed", e->attributed, &first);
	attribution(s, e, &first);
	period(s, "period", e->period_y, e->period_m, e->period_q, &first);
	period(s, "sentence_period", e->sent_period_y, e->sent_period_m, e->sent_period_q, &first);
	key(s, "place", &first);
	if (e->sent_place) {
		int f = 1;

		cc_sink_write(s, "{", 1);
		str(s, "name", e->sent_place, &f);
		str(s, "strength", e->sent_place_strength >= 2 ? "named" : "implied", &f);
		cc_sink_write(s, "}", 1);
	} else {
		cc_sink_puts(s, "null");
	}
	pair(s, "levels", "before", e->before, "after", e->after, &first);
	pair(s, "counts", "from", isfinite(e->base_count) ? e->base_count : e->span_from, "to",
	     isfinite(e->base_count) ? e->after_count : e->span_to, &first);
	compares(s, doc, i, &first);
	cues(s, e->cues, &first);
	cc_sink_write(s, "}", 1);
}
