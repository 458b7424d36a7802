/*
 * api.c -- the handlers of `claimcheck serve` (issue 10): /api/ci (an
 * interval, its margin of error and sample sizes, all from libclaimcheck)
 * and the check (POST /check, POST /api/check), which renders the same
 * report as `claimcheck check --format html|json` into memory.
 *
 * A check runs on its own thread with a context taken from a small pool
 * (contexts are not thread-safe; each is used by one job at a time, the
 * reference database opened read-only once per pooled context). The
 * request thread waits at most --timeout seconds: past that the client gets
 * a 503 and the abandoned job frees itself when it ends. At most max_jobs
 * run at once (abandoned ones included), so slow inputs cannot pile up.
 * Computes no statistics itself and touches no file but the reference db.
 */
#include "serve.h"

#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ------------------------------------------------------------ helpers */

void srv_error(srv_response *r, int status, const char *msg)
{
	r->status = status;
	r->ctype = "application/json";
	r->csp = SRV_CSP_API;
	r->fixed = NULL;
	r->body.len = 0;
	srv_buf_str(&r->body, "{\"error\": ");
	srv_buf_jstr(&r->body, msg);
	srv_buf_printf(&r->body, ", \"status\": %d}\n", status);
}

/* Strict number: the whole value is a finite decimal number. */
static int number(double *out, const char *s)
{
	char *end;

	if (!s || !*s || strchr(" \t\n\r\f\v", *s) || strlen(s) > 64)
		return -1;
	errno = 0;
	*out = strtod(s, &end);
	if (*end || errno == ERANGE || !isfinite(*out))
		return -1;
	/* hexadecimal, "inf", "nan" are not numbers here */
	if (strpbrk(s, "xXnNiI"))
		return -1;
	return 0;
}

static const char *pval(const srv_params *ps, const char *name)
{
	const srv_param *p = srv_param_get(ps, name);

	return p && p->len ? p->val : NULL;
}

/* ------------------------------------------------------------ /api/ci */

void srv_api_ci(srv_response *r, const srv_params *ps)
{
	const char *xv = pval(ps, "x"), *pv = pval(ps, "p"), *nv = pval(ps, "n");
	const char *lv = pval(ps, "level"), *mv = pval(ps, "method"), *ev = pval(ps, "moe");
	double x, n, p, level = 0.95, lo, hi, moe = NAN, n3 = NAN, n5 = NAN, nt = NAN, n0, target = NAN;
	cc_ci_method m = CC_CI_WILSON;
	srv_buf *b = &r->body;

	if (!nv)
		return srv_error(r, 400, "n is required");
	if (number(&n, nv) || !(n >= 1) || n > 1e15 || floor(n) != n)
		return srv_error(r, 400, "n must be a whole number from 1 to 1e15");
	if (xv && pv)
		return srv_error(r, 400, "give x or p, not both");
	if (!xv && !pv)
		return srv_error(r, 400, "x (or p) is required");
	if (pv) {
		if (number(&p, pv) || p < 0 || p > 1)
			return srv_error(r, 400, "p must be a share between 0 and 1");
		x = p * n;
	} else {
		if (number(&x, xv) || x < 0)
			return srv_error(r, 400, "x must be a number of at least 0");
		if (x > n)
			return srv_error(r, 400, "x is more than n");
	}
	if (lv && (number(&level, lv) || !(level > 0 && level < 1)))
		return srv_error(r, 400, "level must be between 0 and 1 (e.g. 0.95)");
	if (mv && cc_ci_method_parse(&m, mv))
		return srv_error(r, 400, "unknown method (wilson, wald, wilson-cc, agresti-coull, clopper-pearson, jeffreys)");
	if (ev && (number(&target, ev) || !(target > 0 && target < 1)))
		return srv_error(r, 400, "moe must be between 0 and 1 (0.03 for +/-3 points)");
	if (cc_ci_prop(&lo, &hi, x, n, level, m))
		return srv_error(r, 400, "these numbers are outside what the interval accepts");
	/* the normal-approximation margin at the observed share; the sample
	   sizes at the worst case p = 0.5, as pollsters quote them */
	if (cc_moe(&moe, x / n, n, level, 1, 0))
		moe = NAN;
	if (cc_sample_size(&n3, &n0, 0.03, level, 0.5, 0))
		n3 = NAN;
	if (cc_sample_size(&n5, &n0, 0.05, level, 0.5, 0))
		n5 = NAN;
	if (isfinite(target) && cc_sample_size(&nt, &n0, target, level, 0.5, 0))
		nt = NAN;

	r->status = 200;
	r->ctype = "application/json";
	r->csp = SRV_CSP_API;
	srv_buf_str(b, "{\"x\": ");
	srv_buf_jnum(b, x);
	srv_buf_str(b, ", \"n\": ");
	srv_buf_jnum(b, n);
	srv_buf_str(b, ", \"p\": ");
	srv_buf_jnum(b, x / n);
	srv_buf_str(b, ", \"method\": ");
	srv_buf_jstr(b, cc_ci_method_name(m));
	srv_buf_str(b, ", \"level\": ");
	srv_buf_jnum(b, level);
	srv_buf_str(b, ", \"low\": ");
	srv_buf_jnum(b, lo);
	srv_buf_str(b, ", \"high\": ");
	srv_buf_jnum(b, hi);
	srv_buf_str(b, ", \"z\": ");
	srv_buf_jnum(b, cc_z_for_level(level));
	srv_buf_str(b, ", \"moe\": ");
	srv_buf_jnum(b, moe);
	srv_buf_str(b, ", \"half_width\": ");
	srv_buf_jnum(b, (hi - lo) / 2);
	srv_buf_str(b, ", \"sample_size_p\": 0.5, \"n_for_3\": ");
	srv_buf_jnum(b, n3);
	srv_buf_str(b, ", \"n_for_5\": ");
	srv_buf_jnum(b, n5);
	if (isfinite(target)) {
		srv_buf_str(b, ", \"moe_target\": ");
		srv_buf_jnum(b, target);
		srv_buf_str(b, ", \"n_for_target\": ");
		srv_buf_jnum(b, nt);
	}
	srv_buf_str(b, "}\n");
	if (b->oom)
		srv_error(r, 500, "out of memory");
}

/* ------------------------------------------------------------ ctx pool */

#define POOL_MAX 16

static struct {
	pthread_mutex_t mu;
	pthread_cond_t idle;
	cc_ctx *free[POOL_MAX];
	size_t nfree;
	unsigned running; /* jobs alive, abandoned ones included */
	const srv_config *cfg;
} pool = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, { 0 }, 0, 0, NULL };

int srv_check_init(const srv_config *cfg)
{
	pool.cfg = cfg;
	return 0;
}

/* A context with the reference database attached; NULL with a message. */
static cc_ctx *pool_take(char *err, size_t cap, int *status)
{
	cc_ctx *ctx = NULL;
	int rc;

	pthread_mutex_lock(&pool.mu);
	if (pool.nfree)
		ctx = pool.free[--pool.nfree];
	pthread_mutex_unlock(&pool.mu);
	if (ctx)
		return ctx;
	if ((rc = cc_ctx_new(&ctx, NULL, NULL))) {
		snprintf(err, cap, "out of memory");
		*status = 500;
		return NULL;
	}
	if (pool.cfg->ref && (rc = cc_ctx_open_reference(ctx, pool.cfg->ref))) {
		snprintf(err, cap, "reference database: %s", cc_errmsg(ctx)[0] ? cc_errmsg(ctx) : cc_strerror(rc));
		*status = 500;
		cc_ctx_free(ctx);
		return NULL;
	}
	return ctx;
}

static void pool_give(cc_ctx *ctx)
{
	pthread_mutex_lock(&pool.mu);
	if (pool.nfree < POOL_MAX) {
		pool.free[pool.nfree++] = ctx;
		ctx = NULL;
	}
	pthread_mutex_unlock(&pool.mu);
	cc_ctx_free(ctx);
}

void srv_check_shutdown(unsigned wait_seconds)
{
	struct timespec until;

	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_sec += wait_seconds;
	pthread_mutex_lock(&pool.mu);
	while (pool.running && pthread_cond_timedwait(&pool.idle, &pool.mu, &until) != ETIMEDOUT)
		;
	/* jobs still running keep their own contexts; the pooled ones go */
	while (pool.nfree)
		cc_ctx_free(pool.free[--pool.nfree]);
	pthread_mutex_unlock(&pool.mu);
}

/* ------------------------------------------------------------ check job */

typedef struct job {
	pthread_mutex_t mu;
	pthread_cond_t cv;
	int done, abandoned;
	char *text;
	size_t len;
	char name[128];
	cc_options o;
	cc_format fmt;
	srv_buf out;
	int status;
	char err[320];
} job;

static void job_free(job *jb)
{
	pthread_mutex_destroy(&jb->mu);
	pthread_cond_destroy(&jb->cv);
	free(jb->text);
	srv_buf_free(&jb->out);
	free(jb);
}

static int sink_write(const char *data, size_t len, void *payload)
{
	return srv_buf_add(payload, data, len);
}

static void run_job(job *jb)
{
	cc_render_options ro = CC_RENDER_OPTIONS_INIT;
	cc_ctx *ctx = pool_take(jb->err, sizeof jb->err, &jb->status);
	cc_doc *doc = NULL;
	cc_sink *sink = NULL;
	cc_report *rep = NULL;
	int rc;

	if (!ctx)
		return;
	jb->status = 500;
	if ((rc = cc_ctx_set_options(ctx, &jb->o))) {
		jb->status = 400;
		snprintf(jb->err, sizeof jb->err, "invalid options: %s", cc_errmsg(ctx));
		goto out;
	}
	if ((rc = cc_check(&doc, ctx, jb->text, jb->len, jb->name))) {
		jb->status = rc == CC_EINVAL || rc == CC_EDOMAIN ? 400 : 500;
		snprintf(jb->err, sizeof jb->err, "%s", cc_errmsg(ctx)[0] ? cc_errmsg(ctx) : cc_strerror(rc));
		goto out;
	}
	if ((rc = cc_sink_new(&sink, ctx, sink_write, &jb->out)) ||
	    (rc = cc_report_begin(&rep, ctx, sink, jb->fmt, &ro)))
		goto fail;
	rc = cc_report_add(rep, doc);
	if (!rc) {
		rc = cc_report_end(rep);
		rep = NULL;
	}
	if (rc)
		goto fail;
	rc = cc_sink_close(sink);
	sink = NULL;
	if (rc || jb->out.oom)
		goto fail;
	jb->status = 200;
	goto out;
fail:
	snprintf(jb->err, sizeof jb->err, "report: %s", cc_errmsg(ctx)[0] ? cc_errmsg(ctx) : cc_strerror(rc));
out:
	if (rep)
		cc_report_end(rep);
	if (sink)
		cc_sink_abort(sink);
	cc_doc_free(doc);
	pool_give(ctx);
}

static void *worker(void *arg)
{
	job *jb = arg;
	int abandoned;

	run_job(jb);
	pthread_mutex_lock(&jb->mu);
	jb->done = 1;
	abandoned = jb->abandoned;
	pthread_cond_signal(&jb->cv);
	pthread_mutex_unlock(&jb->mu);
	if (abandoned)
		job_free(jb);
	pthread_mutex_lock(&pool.mu);
	pool.running--;
	pthread_cond_broadcast(&pool.idle);
	pthread_mutex_unlock(&pool.mu);
	return NULL;
}

/* ------------------------------------------------------------ request */

static const struct {
	const char *name;
	cc_input_kind kind;
} input_kinds[] = {
	{ "auto", CC_INPUT_AUTO }, { "text", CC_INPUT_TEXT }, { "txt", CC_INPUT_TEXT },
	{ "md", CC_INPUT_MARKDOWN }, { "markdown", CC_INPUT_MARKDOWN }, { "html", CC_INPUT_HTML },
	{ "htm", CC_INPUT_HTML },
};

static int input_kind(cc_input_kind *out, const char *s)
{
	size_t i;

	for (i = 0; i < sizeof input_kinds / sizeof input_kinds[0]; i++)
		if (!strcmp(s, input_kinds[i].name)) {
			*out = input_kinds[i].kind;
			return 0;
		}
	return -1;
}

/* YYYY-MM-DD, strictly. */
static int parse_date(cc_options *o, const char *s)
{
	int y, m, d, used = 0;

	if (strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &used) != 3 || used != 10 ||
	    s[4] != '-' || s[7] != '-' || y < 1000 || m < 1 || m > 12 || d < 1 || d > 31)
		return -1;
	o->date_y = y;
	o->date_m = m;
	o->date_d = d;
	return 0;
}

/* Insert navigation links right after <body ...> of the report. */
static void add_nav(srv_buf *b)
{
	static const char nav[] =
		"\n<nav class=\"cc-serve-nav\"><a href=\"/\">&larr; Check another article</a> &middot; "
		"<a href=\"/teach\">Learn how intervals work</a></nav>\n";
	char *body = b->data ? strstr(b->data, "<body") : NULL;
	char *gt = body ? strchr(body, '>') : NULL;
	size_t at;

	if (!gt)
		return;
	at = (size_t)(gt + 1 - b->data);
	if (srv_buf_add(b, nav, sizeof nav - 1))
		return;
	memmove(b->data + at + sizeof nav - 1, b->data + at, b->len - (sizeof nav - 1) - at);
	memcpy(b->data + at, nav, sizeof nav - 1);
}

void srv_check(srv_response *r, const srv_config *cfg, const srv_params *ps, const char *raw,
	       size_t rawlen, const char *ctype, int html)
{
	const srv_param *file = srv_param_get(ps, "file"), *text = srv_param_get(ps, "text");
	const char *ex = pval(ps, "example"), *iv = pval(ps, "input"), *dv = pval(ps, "date");
	const char *lv = pval(ps, "level"), *mv = pval(ps, "method"), *name = "pasted text";
	const char *data = NULL;
	size_t len = 0;
	cc_options o = CC_OPTIONS_INIT;
	struct timespec until;
	pthread_t th;
	pthread_attr_t attr;
	job *jb;
	int wrc = 0;

	if (ex && !strcmp(ex, "1")) {
		data = (const char *)srv_example(&len);
		name = "outsourcing-survey.txt";
		o.input = CC_INPUT_TEXT;
	} else if (file && file->len) {
		const char *dot;

		data = file->val;
		len = file->len;
		name = file->filename && *file->filename ? file->filename : "upload";
		if ((dot = strrchr(name, '.')))
			input_kind(&o.input, dot + 1);
	} else if (text && text->len) {
		data = text->val;
		len = text->len;
	} else if (raw && rawlen) {
		data = raw;
		len = rawlen;
		if (ctype && !strncmp(ctype, "text/html", 9))
			o.input = CC_INPUT_HTML;
		else if (ctype && !strncmp(ctype, "text/markdown", 13))
			o.input = CC_INPUT_MARKDOWN;
	}
	if (pval(ps, "name"))
		name = pval(ps, "name"); /* the label in the report (escaped there) */
	if (!data || !len)
		return srv_error(r, 400, "no article: paste text, choose a file, or send the text as the body");
	if (iv && strcmp(iv, "auto") && input_kind(&o.input, iv))
		return srv_error(r, 400, "input must be auto, text, md or html");
	if (dv && parse_date(&o, dv))
		return srv_error(r, 400, "date must be YYYY-MM-DD");
	if (lv && (number(&o.level, lv) || !(o.level > 0 && o.level < 1)))
		return srv_error(r, 400, "level must be between 0 and 1 (e.g. 0.95)");
	if (mv && cc_ci_method_parse(&o.method, mv))
		return srv_error(r, 400, "unknown method (wilson, wald, wilson-cc, agresti-coull, clopper-pearson, jeffreys)");

	pthread_mutex_lock(&pool.mu);
	if (pool.running >= cfg->max_jobs) {
		pthread_mutex_unlock(&pool.mu);
		return srv_error(r, 503, "busy: too many checks running, try again shortly");
	}
	pool.running++;
	pthread_mutex_unlock(&pool.mu);

	if (!(jb = calloc(1, sizeof *jb)) || !(jb->text = malloc(len))) {
		free(jb);
		wrc = -1;
		goto nojob;
	}
	memcpy(jb->text, data, len);
	jb->len = len;
	snprintf(jb->name, sizeof jb->name, "%s", name);
	jb->o = o;
	jb->fmt = html ? CC_FORMAT_HTML : CC_FORMAT_JSON;
	jb->status = 500;
	pthread_mutex_init(&jb->mu, NULL);
	pthread_cond_init(&jb->cv, NULL);
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	wrc = pthread_create(&th, &attr, worker, jb);
	pthread_attr_destroy(&attr);
	if (wrc) {
		job_free(jb);
		goto nojob;
	}

	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_sec += cfg->timeout;
	pthread_mutex_lock(&jb->mu);
	while (!jb->done && pthread_cond_timedwait(&jb->cv, &jb->mu, &until) != ETIMEDOUT)
		;
	if (!jb->done) {
		jb->abandoned = 1; /* the worker frees it */
		pthread_mutex_unlock(&jb->mu);
		return srv_error(r, 503, "the check took longer than the time limit (--timeout)");
	}
	pthread_mutex_unlock(&jb->mu);
	if (jb->status != 200) {
		srv_error(r, jb->status, jb->err);
	} else {
		r->status = 200;
		r->csp = html ? SRV_CSP_REPORT : SRV_CSP_API;
		r->ctype = html ? "text/html; charset=utf-8" : "application/json";
		r->body = jb->out; /* hand the buffer over */
		memset(&jb->out, 0, sizeof jb->out);
		if (html)
			add_nav(&r->body);
	}
	job_free(jb);
	return;
nojob:
	pthread_mutex_lock(&pool.mu);
	pool.running--;
	pthread_cond_broadcast(&pool.idle);
	pthread_mutex_unlock(&pool.mu);
	srv_error(r, 500, "cannot start the check");
}
