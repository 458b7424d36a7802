/*
 * common.c -- small helpers the renderers share: the readable sentence of
 * a claim (through cc_doc_text_offset, core/doc.h), per-claim and
 * per-document flag tallies, and display names of enums.
 * Stage: reports. Reads the document; never changes it or computes a
 * statistic (counting flags for a summary line is all it adds up).
 */
#include "reports.h"

#include <string.h>

#define SENT_SHOW 300 /* bytes of context either side of a figure, at most */

void cc_rep_sentence(const cc_doc *doc, size_t i, const char **p_out, size_t *n_out)
{
	const cc_claim *c = &doc->claims[i];
	size_t a, b;

	if (c->sent_end > c->sent_start && c->sent_end <= doc->src_len &&
	    c->sent_start <= c->start && c->sent_end >= c->end) {
		a = cc_doc_text_offset(doc, c->sent_start);
		b = cc_doc_text_offset(doc, c->sent_end);
		if (b > a && b <= doc->text_len) {
			/* trim surrounding white space for display */
			while (a < b && (doc->text[a] == ' ' || doc->text[a] == '\n' ||
					 doc->text[a] == '\t' || doc->text[a] == '\r'))
				a++;
			while (b > a && (doc->text[b - 1] == ' ' || doc->text[b - 1] == '\n' ||
					 doc->text[b - 1] == '\t' || doc->text[b - 1] == '\r'))
				b--;
			/* a run-on "sentence" (text without full stops) is shown as a
			   window of about SENT_SHOW bytes either side of the figure,
			   cut at spaces, so reports stay proportional to the input */
			if (b - a > 2 * SENT_SHOW + (c->end - c->start)) {
				size_t ca = cc_doc_text_offset(doc, c->start), cb = cc_doc_text_offset(doc, c->end);

				if (ca > a + SENT_SHOW) {
					a = ca - SENT_SHOW;
					while (a < ca && doc->text[a] != ' ')
						a++;
				}
				if (cb + SENT_SHOW < b) {
					b = cb + SENT_SHOW;
					while (b > cb && doc->text[b - 1] != ' ')
						b--;
				}
			}
			*p_out = doc->text + a;
			*n_out = b - a;
			return;
		}
	}
	*p_out = c->text ? c->text : "";
	*n_out = strlen(*p_out);
}

cc_severity cc_rep_claim_worst(const cc_doc *doc, size_t i)
{
	const cc_finding *f = cc_doc_finding(doc, i);
	cc_severity w = CC_SEV_NONE;
	size_t k;

	for (k = 0; f && k < f->nflags; k++)
		if (f->flags[k].severity > w)
			w = f->flags[k].severity;
	return w;
}

void cc_rep_doc_counts(const cc_doc *doc, size_t *flagged_out, size_t sev_out[4])
{
	size_t i, k;

	*flagged_out = 0;
	memset(sev_out, 0, 4 * sizeof *sev_out);
	for (i = 0; i < doc->nclaims; i++) {
		const cc_finding *f = cc_doc_finding(doc, i);

		if (f && f->nflags)
			(*flagged_out)++;
		for (k = 0; f && k < f->nflags; k++)
			if ((unsigned)f->flags[k].severity <= CC_SEV_ERROR)
				sev_out[f->flags[k].severity]++;
	}
}

/*
 * Write p[0..n) word by word, wrapping before `w` columns; continuation
 * lines start with `indent` spaces. `col` is the current column. Returns
 * the column after the last word.
 */
size_t cc_rep_wrap(cc_sink *s, const char *p, size_t n, size_t col, size_t indent, size_t w)
{
	size_t i = 0, first = 1;

	while (i < n) {
		size_t a, b, ww;

		while (i < n && (p[i] == ' ' || p[i] == '\n' || p[i] == '\t' || p[i] == '\r'))
			i++;
		if (i >= n)
			break;
		a = i;
		while (i < n && !(p[i] == ' ' || p[i] == '\n' || p[i] == '\t' || p[i] == '\r'))
			i++;
		b = i;
		ww = cc_utf8_width(p + a, b - a);
		if (!first && col + 1 + ww > w) {
			cc_sink_printf(s, "\n%*s", (int)indent, "");
			col = indent;
		} else if (!first) {
			cc_sink_write(s, " ", 1);
			col++;
		}
		cc_esc_term(s, p + a, b - a);
		col += ww;
		first = 0;
	}
	return col;
}

const char *cc_rep_shown_unit(const cc_claim *c)
{
	if (!c->unit || c->kind == CC_KIND_AMOUNT || c->kind == CC_KIND_CHANGE ||
	    c->kind == CC_KIND_MARGIN_OF_ERROR)
		return NULL;
	if (c->subject && !strncmp(c->subject, c->unit, strlen(c->unit)))
		return NULL;
	return c->unit;
}

const char *cc_rep_subject_joiner(const cc_claim *c)
{
	if (c->kind == CC_KIND_SAMPLE_SIZE || c->kind == CC_KIND_COUNT)
		return cc_rep_shown_unit(c) ? ", " : " ";
	return " of ";
}

static const char *const method_labels[CC_CI_METHOD_COUNT] = {
	"Wilson", "Wald", "Wilson (continuity-corrected)", "Agresti-Coull",
	"Clopper-Pearson", "Jeffreys",
};

const char *cc_rep_method_label(cc_ci_method m)
{
	return (unsigned)m < CC_CI_METHOD_COUNT ? method_labels[m] : "unknown";
}

static const char *const verdict_names[] = { NULL, "consistent", "inconsistent", "unknown" };

const char *cc_rep_verdict_name(cc_verdict v)
{
	return (unsigned)v <= CC_VERDICT_UNKNOWN ? verdict_names[v] : NULL;
}

static const char *const test_names[] = { "t", "F", "chi2", "r", "z", "Q" };

const char *cc_rep_test_name(cc_test_kind t)
{
	return (unsigned)t <= CC_TEST_Q ? test_names[t] : "t";
}

/* Where a date the document gave itself was read, as the header line says
 * it (the names of core/doc.h's date_source). */
static const struct {
	const char *source, *said;
} date_read[] = {
	{ "dateline", "its dateline" },
	{ "byline", "its byline" },
	{ "html-meta", "the page's publication-date meta tag" },
	{ "json-ld", "the page's structured data (datePublished)" },
	{ "html-time", "the page's time element" },
};

const char *cc_rep_date_read_from(const cc_doc *doc)
{
	const char *src = cc_doc_date_source(doc);
	size_t k;

	for (k = 0; src && k < sizeof date_read / sizeof date_read[0]; k++)
		if (!strcmp(src, date_read[k].source))
			return date_read[k].said;
	return NULL;
}
