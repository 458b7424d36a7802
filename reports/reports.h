/*
 * reports.h -- the renderers (one per format), the sink internals, the
 * escaping helpers and a claim's figures in its units. Renders; computes
 * nothing.
 */
#ifndef CC_REPORTS_H
#define CC_REPORTS_H

#include "../core/walk.h"
#include "../core/numfmt.h"

extern const cc_renderer cc_render_text;
extern const cc_renderer cc_render_md;
extern const cc_renderer cc_render_json;
extern const cc_renderer cc_render_jsonl;
extern const cc_renderer cc_render_csv;
extern const cc_renderer cc_render_html;
extern const cc_renderer cc_render_explain;

/* Write raw bytes to a sink (sticky failure: errors surface at close). */
void cc_sink_write(cc_sink *sink, const char *data, size_t len);
void cc_sink_puts(cc_sink *sink, const char *s);
void cc_sink_printf(cc_sink *sink, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int cc_sink_failed(const cc_sink *sink);

/* ---------------------------------------------------------------- escape.c
 * Every input-derived byte a renderer emits goes through one of these.
 * Input is (p, n), any bytes; invalid UTF-8 becomes U+FFFD, so every
 * output is valid UTF-8. */

/* Length of the valid UTF-8 sequence at p (1..4) with its code point, or 0
 * when the bytes there are not valid UTF-8 (overlong, surrogate, cut off). */
size_t cc_utf8_next(const char *p, size_t n, unsigned *cp_out);
/* Number of code points (invalid bytes count one each). */
size_t cc_utf8_width(const char *p, size_t n);

/* A JSON string, quotes included: control characters as \u00XX. */
void cc_esc_json(cc_sink *s, const char *p, size_t n);
/* cc_esc_json of a NUL-terminated string, or `null` for NULL. */
void cc_esc_json_str(cc_sink *s, const char *str);
/* HTML text or a double- or single-quoted attribute value (also SVG):
 * & < > " ' escaped, control characters other than \t \n dropped. */
void cc_esc_html(cc_sink *s, const char *p, size_t n);
/* One CSV field (RFC 4180): quoted when it holds , " CR LF or edge spaces;
 * a field that starts with = or @ gets a leading ' (spreadsheet formulas). */
void cc_esc_csv(cc_sink *s, const char *p, size_t n);
/* Inline Markdown (a table cell or list item): punctuation that could open
 * markup is backslash-escaped, | too, newlines become spaces. */
void cc_esc_md(cc_sink *s, const char *p, size_t n);
/* Terminal: control characters (C0, DEL, C1, so ESC sequences) become '?',
 * newlines and tabs become spaces. */
void cc_esc_term(cc_sink *s, const char *p, size_t n);

/* ---------------------------------------------------------------- figure.c
 * A claim's numbers in its own units; the digits come from core/numfmt.h
 * (cc_fmt_*), the one place numbers become text. */

/* A value in the units of claim c: "66.7%", "1,024", "\u00a340 billion",
 * "2.5 points", "\u00b13.1 points", "2.2". */
const char *cc_rep_claim_number(cc_numbuf *b, const cc_claim *c, double v);
/* The interval the wording allows, "60% to 66.7%", or "" when exact. */
char *cc_rep_claim_range(char *buf, size_t cap, const cc_claim *c);
/* A confidence bound in the units of claim c: proportions always with
 * one decimal ("57.0%"), so both ends of an interval line up. */
const char *cc_rep_ci_bound(cc_numbuf *b, const cc_claim *c, double v);
/* The reference figure matched to claim i in the claim's own units (the
 * row's value divided by the scale the match used: a "percent" row of 20
 * is 0.2 beside a proportion); NaN when there is none. */
double cc_rep_ref_value(const cc_doc *doc, size_t i);
/* The base n every stage reads for claim i (cc_doc_claim_base: its link,
 * its subgroup, its survey's sample, the reference record), 0 unknown;
 * *claim the sample_size claim it comes from, -1 none. */
double cc_rep_base(const cc_doc *doc, size_t i, long *claim);
/* The figure as an editor reads it: "66.7%", "t(28) = 2.2, p = 0.036",
 * "3.44 (SD 1.2)", "\u00a340 billion". Writes at most cap bytes. */
char *cc_rep_figure(char *buf, size_t cap, const cc_claim *c);

/* ---------------------------------------------------------------- common.c
 * Shared by the text-like renderers: spans, labels and counts. */

/* The sentence that holds claim i as readable text: the plain text of the
 * document (HTML input: tags removed) between the claim's sentence
 * offsets; falls back to the claim text. */
void cc_rep_sentence(const cc_doc *doc, size_t i, const char **p_out, size_t *n_out);
/* The worst severity among claim i's flags (CC_SEV_NONE if none). */
cc_severity cc_rep_claim_worst(const cc_doc *doc, size_t i);
/* Per document: claims with at least one flag, and flags per severity. */
void cc_rep_doc_counts(const cc_doc *doc, size_t *flagged_out, size_t sev_out[4]);
/* When the document's date was read from the document itself (not
 * given): where, in words ("its dateline"); NULL otherwise. The header of
 * the text, Markdown and HTML reports says it, since "before this
 * article" in a flag is judged against that date. */
const char *cc_rep_date_read_from(const cc_doc *doc);
/* Write p[0..n) through cc_esc_term word by word, wrapping before `width`
 * columns; continuation lines start with `indent` spaces; `col` is the
 * current column. Returns the column after the last word. */
size_t cc_rep_wrap(cc_sink *s, const char *p, size_t n, size_t col, size_t indent, size_t width);
/* The unit to print after a claim's number: NULL when the number format
 * already shows it (money, points) or the subject repeats it
 * ("100 human resources directors from ..."). */
const char *cc_rep_shown_unit(const cc_claim *c);
/* What joins the figure and its subject: " of " for shares ("66.7% of
 * managers"), a space or comma for counted groups. */
const char *cc_rep_subject_joiner(const cc_claim *c);
/* Human name of a CI method: "Wilson", "Clopper-Pearson", ... */
const char *cc_rep_method_label(cc_ci_method m);
/* Human name of a verdict ("consistent", ...), NULL for none. */
const char *cc_rep_verdict_name(cc_verdict v);
/* A test's name in the JSON contract ("t", "F", "chi2", "r", "z", "Q"). */
const char *cc_rep_test_name(cc_test_kind t);

/* ---------------------------------------------------------------- svg.c
 * Inline SVG for html.c. */

/* Whether claim i has an interval chart (proportions; others with a CI or
 * a reference figure). */
int cc_svg_has_interval(const cc_doc *doc, size_t i);
/* The chart of claim i: wording interval, value, confidence interval, 50 %
 * line (proportions) and reference value. Nothing when it has none. */
void cc_svg_interval(cc_sink *s, const cc_doc *doc, size_t i);
/* A forest plot of every proportion in the document; rows link to the
 * cards "#<idprefix>c<id>". Nothing when there are no proportions. */
void cc_svg_forest(cc_sink *s, const cc_doc *doc, const char *idprefix);

/* frame.c: ,"frame":{...} for claim i -- why the figure was read as it
 * was (docs/claims.schema.json); written by the JSON renderers. */
void cc_rep_frame(cc_sink *s, const cc_doc *doc, size_t i);

#endif
