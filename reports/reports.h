/*
 * reports.h -- the renderers (one per format), the sink internals and the
 * escaping and number-formatting helpers. Renders; computes nothing.
 */
#ifndef CC_REPORTS_H
#define CC_REPORTS_H

#include "../core/walk.h"

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

#endif
