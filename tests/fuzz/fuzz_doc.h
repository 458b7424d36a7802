/*
 * fuzz_doc.h -- shared body of the document fuzz targets (fuzz_text.c,
 * fuzz_markdown.c, fuzz_html.c, fuzz_apa.c). Hardening harness only: uses
 * the PUBLIC API (include/claimcheck.h) and nothing else; never fixes or
 * works around library behaviour, it only reports it by crashing.
 *
 * Input layout: the first FUZZ_HDR bytes choose the options, the rest is
 * the document.
 *   b0  output format (mod 7: text md json jsonl csv html explain)
 *   b1  bit0-1 input kind (unless the target forces one), bit2 extract
 *       only, bit3 colour, bit4 numerals walk, bit5 failing allocator,
 *       bit6 render every format instead of one, bit7 claims only
 *   b2  CI method (low nibble), level choice (high nibble)
 *   b3  statcheck options: alpha, p = alpha, one-tailed, p = .000
 *   b4  allocation number at which the failing allocator starts failing
 *   b5  terminal width
 * Invariants checked (abort on violation, so libFuzzer records it):
 * claim spans lie inside the input, start <= end, sentence spans contain
 * the claim, every claim has text, finding p-values and intervals are in
 * [0, 1] where defined, numerals lie inside the input.
 */
#ifndef CC_FUZZ_DOC_H
#define CC_FUZZ_DOC_H

#include "claimcheck.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_HDR 6

/* helpers: not every target uses every one */
#define FUZZ_FN static __attribute__((unused))

#ifndef FUZZ_FORCE_INPUT
#define FUZZ_FORCE_INPUT (-1)
#endif

#define FUZZ_CHECK(cond)                                                        \
	do {                                                                    \
		if (!(cond)) {                                                  \
			fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", #cond, \
				__FILE__, __LINE__);                            \
			abort();                                                \
		}                                                               \
	} while (0)

/* A sink callback that keeps a running checksum and byte count, so the
 * renderers' output is read (memory errors in it show up) but not kept. */
typedef struct fuzz_out {
	size_t bytes;
	unsigned sum;
} fuzz_out;

FUZZ_FN int fuzz_write(const char *data, size_t len, void *payload)
{
	fuzz_out *o = payload;
	size_t i;

	for (i = 0; i < len; i++)
		o->sum = o->sum * 31u + (unsigned char)data[i];
	o->bytes += len;
	return 0;
}

/* The OOM sweep (tests/fuzz/oom_sweep.c, built with -DFUZZ_SWEEP) sets the
 * failing allocation itself instead of taking it from b4, and reads back
 * how many allocations the run made; at the failing call it prints the
 * stack (FUZZ_SWEEP_STACK set) so the sweep can name the site. */
#ifdef FUZZ_SWEEP
#include <sanitizer/common_interface_defs.h>
extern unsigned long fuzz_sweep_fail_at, fuzz_sweep_calls;
extern int fuzz_sweep_stack;
#define FUZZ_AT_FAILURE(a)                                                      \
	do {                                                                    \
		if (fuzz_sweep_stack && (a)->calls == (a)->fail_at)             \
			__sanitizer_print_stack_trace();                        \
	} while (0)
#else
#define FUZZ_AT_FAILURE(a) ((void)(a))
#endif

/* An allocator that fails from the n-th call on (out-of-memory paths). */
typedef struct fuzz_alloc {
	unsigned long calls, fail_at;
} fuzz_alloc;

FUZZ_FN void *fa_malloc(size_t size, void *payload)
{
	fuzz_alloc *a = payload;

	if (++a->calls >= a->fail_at) {
		FUZZ_AT_FAILURE(a);
		return NULL;
	}
	return malloc(size);
}

FUZZ_FN void *fa_realloc(void *ptr, size_t size, void *payload)
{
	fuzz_alloc *a = payload;

	if (++a->calls >= a->fail_at) {
		FUZZ_AT_FAILURE(a);
		return NULL;
	}
	return realloc(ptr, size);
}

FUZZ_FN void fa_free(void *ptr, void *payload)
{
	(void)payload;
	free(ptr);
}

FUZZ_FN int fuzz_numeral_cb(const cc_numeral *num, void *payload)
{
	size_t len = *(const size_t *)payload;

	FUZZ_CHECK(num->start <= num->end);
	FUZZ_CHECK(num->end <= len);
	FUZZ_CHECK(cc_numeral_type_name(num->type) != NULL);
	return 0;
}

FUZZ_FN int in01(double v)
{
	return isnan(v) || (v >= 0.0 && v <= 1.0);
}

FUZZ_FN void fuzz_check_doc(const cc_doc *doc, size_t len, int checked)
{
	size_t i, n = cc_doc_claim_count(doc), inlen = 0;
	const char *in = cc_doc_input(doc, &inlen);

	FUZZ_CHECK(in != NULL || len == 0);
	FUZZ_CHECK(inlen == len);
	FUZZ_CHECK(cc_doc_name(doc) != NULL);
	for (i = 0; i < n; i++) {
		const cc_claim *c = cc_doc_claim(doc, i);
		const cc_finding *f = cc_doc_finding(doc, i);
		size_t k;

		FUZZ_CHECK(c != NULL);
		FUZZ_CHECK(c->start <= c->end && c->end <= len);
		FUZZ_CHECK(c->sent_start <= c->sent_end && c->sent_end <= len);
		FUZZ_CHECK(c->text != NULL);
		FUZZ_CHECK(cc_kind_name(c->kind) != NULL);
		if (!checked)
			continue;
		FUZZ_CHECK(f != NULL);
		FUZZ_CHECK(f->claim == c);
		if (f->has_ci) {
			FUZZ_CHECK(!(f->ci_low > f->ci_high));
		}
		if (f->has_test)
			FUZZ_CHECK(in01(f->p_computed));
		FUZZ_CHECK(f->nflags == 0 || f->flags != NULL);
		for (k = 0; k < f->nflags; k++) {
			FUZZ_CHECK(f->flags[k].name != NULL);
			FUZZ_CHECK(f->flags[k].message != NULL);
		}
	}
	(void)cc_doc_worst(doc);
	(void)cc_doc_date(doc);
}

FUZZ_FN void fuzz_render(cc_ctx *ctx, const cc_doc *doc, cc_format fmt, const cc_render_options *ro)
{
	cc_sink *sink = NULL;
	cc_report *rep = NULL;
	fuzz_out out = { 0, 0 };

	if (cc_sink_new(&sink, ctx, fuzz_write, &out))
		return;
	if (cc_report_begin(&rep, ctx, sink, fmt, ro)) {
		cc_sink_abort(sink);
		return;
	}
	(void)cc_report_add(rep, doc);
	(void)cc_report_end(rep);
	(void)cc_sink_close(sink);
}

static const double fuzz_levels[16] = { 0.95, 0.9, 0.99, 0.5, 0.8, 0.999, 0.68, 0.975,
					0.01, 0.999999, 0.95, 0.95, 0.9, 0.99, 0.95, 0.95 };
static const double fuzz_alphas[4] = { 0.05, 0.01, 0.1, 0.001 };

FUZZ_FN int fuzz_doc_one(const uint8_t *data, size_t size, int force_input)
{
	cc_options o = CC_OPTIONS_INIT;
	cc_render_options ro = CC_RENDER_OPTIONS_INIT;
	fuzz_alloc fa = { 0, 0 };
	cc_allocator al = { fa_malloc, fa_realloc, fa_free, &fa };
	uint8_t h[FUZZ_HDR] = { 0 };
	cc_ctx *ctx = NULL;
	cc_doc *doc = NULL;
	const char *text;
	size_t len, i;
	int extract_only, rc;

	memcpy(h, data, size < FUZZ_HDR ? size : FUZZ_HDR);
	text = (const char *)data + (size < FUZZ_HDR ? size : FUZZ_HDR);
	len = size < FUZZ_HDR ? 0 : size - FUZZ_HDR;

	o.input = force_input >= 0 ? (cc_input_kind)force_input : (cc_input_kind)(h[1] & 3);
	o.method = (cc_ci_method)((h[2] & 15) % CC_CI_METHOD_COUNT);
	o.level = fuzz_levels[h[2] >> 4];
	o.alpha = fuzz_alphas[h[3] & 3];
	o.p_equal_alpha_sig = (h[3] >> 2) & 1;
	o.one_tailed = (cc_one_tailed)(((h[3] >> 3) & 3) % 3);
	o.p_zero_error = (h[3] >> 5) & 1;
	if (h[3] & 0x40) {
		o.date_y = 2020;
		o.date_m = 6;
		o.date_d = 15;
	}
	extract_only = (h[1] >> 2) & 1;
	ro.color = (h[1] >> 3) & 1;
	ro.width = h[5];
	ro.with_findings = !extract_only && !(h[1] & 0x80);
	fa.fail_at = (unsigned long)h[4] * 7 + 1;
#ifdef FUZZ_SWEEP
	fa.fail_at = fuzz_sweep_fail_at;
	h[1] |= 0x20;
#endif

	rc = cc_ctx_new(&ctx, (h[1] & 0x20) ? &al : NULL, &o);
	if (rc) {
		FUZZ_CHECK(h[1] & 0x20); /* only an injected failure may stop us */
		return 0;
	}
	if (h[1] & 0x10)
		(void)cc_numerals(ctx, text, len, fuzz_numeral_cb, &len);
	rc = extract_only ? cc_extract(&doc, ctx, text, len, "fuzz")
			  : cc_check(&doc, ctx, text, len, "fuzz");
#ifdef FUZZ_SWEEP
	fuzz_sweep_calls = fa.calls;
#endif
	if (rc) {
		FUZZ_CHECK(doc == NULL);
		FUZZ_CHECK(cc_errcode(ctx) != CC_OK);
		FUZZ_CHECK(cc_errmsg(ctx) != NULL && cc_errmsg(ctx)[0] != '\0');
		cc_ctx_free(ctx);
		return 0;
	}
	FUZZ_CHECK(doc != NULL);
	if (!(h[1] & 0x20))
		fuzz_check_doc(doc, len, !extract_only);
	if (h[1] & 0x40) {
		for (i = 0; i <= CC_FORMAT_EXPLAIN; i++)
			fuzz_render(ctx, doc, (cc_format)i, &ro);
	} else {
		fuzz_render(ctx, doc, (cc_format)(h[0] % 7), &ro);
	}
#ifdef FUZZ_SWEEP
	fuzz_sweep_calls = fa.calls; /* the renderers' allocations too */
#endif
	cc_doc_free(doc);
	cc_ctx_free(ctx);
	return 0;
}

#endif
