/* TEMPORARY (issue 7): placeholders until reports/ is implemented. */
#include "reports.h"
#include <stdio.h>
#include <stdlib.h>
struct cc_sink { int x; };
static cc_sink the_sink;
const cc_renderer cc_render_text = { "text", 0,0,0,0,0,0,0,0 };
const cc_renderer cc_render_md = { "md", 0,0,0,0,0,0,0,0 };
const cc_renderer cc_render_json = { "json", 0,0,0,0,0,0,0,0 };
const cc_renderer cc_render_jsonl = { "jsonl", 0,0,0,0,0,0,0,0 };
const cc_renderer cc_render_csv = { "csv", 0,0,0,0,0,0,0,0 };
const cc_renderer cc_render_html = { "html", 0,0,0,0,0,0,0,0 };
const cc_renderer cc_render_explain = { "explain", 0,0,0,0,0,0,0,0 };
int cc_sink_new(cc_sink **out, cc_ctx *ctx, cc_write_fn w, void *p) { (void)ctx;(void)w;(void)p; *out = &the_sink; return CC_OK; }
int cc_sink_open_file(cc_sink **out, cc_ctx *ctx, const char *path) { (void)ctx;(void)path; *out = &the_sink; return CC_OK; }
int cc_sink_stdout(cc_sink **out, cc_ctx *ctx) { (void)ctx; *out = &the_sink; return CC_OK; }
int cc_sink_close(cc_sink *s) { (void)s; return CC_OK; }
void cc_sink_abort(cc_sink *s) { (void)s; }
void cc_sink_write(cc_sink *s, const char *d, size_t n) { (void)s; fwrite(d, 1, n, stdout); }
void cc_sink_puts(cc_sink *s, const char *str) { (void)s; fputs(str, stdout); }
int cc_sink_failed(const cc_sink *s) { (void)s; return 0; }
int cc_numeral_write_json(cc_sink *s, const cc_numeral *n, const char *in, const char *doc) { (void)s;(void)n;(void)in;(void)doc; return 0; }
