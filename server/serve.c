/*
 * serve.c -- `claimcheck serve` (issue 10): a local web page for editors
 * and learners on libmicrohttpd. Routes, request bodies (size limit, form,
 * multipart and JSON), responses with a Content-Security-Policy on every
 * one, and a clean shutdown on SIGINT/SIGTERM.
 *
 * Safe by default: binds to 127.0.0.1 unless --bind says otherwise; bodies
 * over --max-body get 413 (at once when Content-Length says so, else after
 * discarding the rest); --timeout bounds both an idle connection and the
 * time a check may take; one thread per connection, so a slow client holds
 * only its own thread; at most CONN_LIMIT connections. Reads no file but the
 * reference database (the pages are compiled in). Computes nothing: the
 * handlers in api.c call libclaimcheck. The command line (options, exit
 * codes, messages) is cli/cmd_serve.c's; this file includes no CLI header.
 */
#include "serve.h"

#include <microhttpd.h>

#include <arpa/inet.h>
#include <limits.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#define CONN_LIMIT 128
#define PER_IP_LIMIT 64

static const char *const csp_headers[] = {
	[SRV_CSP_PAGE] = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			 "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
	/* the report's own policy (it carries its style sheet inline) */
	[SRV_CSP_REPORT] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
			   "form-action 'none'; base-uri 'none'; frame-ancestors 'none'",
	[SRV_CSP_API] = "default-src 'none'; base-uri 'none'; frame-ancestors 'none'",
};

static srv_config cfg;

/* ------------------------------------------------------------ routes */

enum { M_GET = 1, M_HEAD = 2, M_POST = 4 };

typedef struct req req;
typedef void (*route_fn)(srv_response *r, req *q);

typedef struct route {
	const char *path;
	unsigned methods;
	const char *allow;
	route_fn fn;
} route;

struct req {
	const route *rt;
	struct MHD_Connection *conn;
	unsigned method;
	srv_buf body;
	int too_big;
	int answered; /* a response is queued (an early 404/405/413) */
	srv_params ps;
	const char *ctype;
	int raw; /* body is not form/JSON: hand it over as the text */
};

static void get_index(srv_response *r, req *q);
static void get_asset(srv_response *r, req *q);
static void do_check(srv_response *r, req *q);
static void do_api_check(srv_response *r, req *q);
static void do_api_ci(srv_response *r, req *q);

static const route routes[] = {
	{ "/", M_GET | M_HEAD, "GET, HEAD", get_index },
	{ "/check", M_GET | M_HEAD | M_POST, "GET, HEAD, POST", do_check },
	{ "/teach", M_GET | M_HEAD, "GET, HEAD", get_asset },
	{ "/static/teach.js", M_GET | M_HEAD, "GET, HEAD", get_asset },
	{ "/static/style.css", M_GET | M_HEAD, "GET, HEAD", get_asset },
	{ "/api/check", M_POST, "POST", do_api_check },
	{ "/api/ci", M_GET | M_HEAD | M_POST, "GET, HEAD, POST", do_api_ci },
};

static const route *find_route(const char *url)
{
	size_t i;

	for (i = 0; i < sizeof routes / sizeof routes[0]; i++)
		if (!strcmp(routes[i].path, url))
			return &routes[i];
	return NULL;
}

static const struct {
	const char *name;
	unsigned bit;
} methods[] = { { "GET", M_GET }, { "HEAD", M_HEAD }, { "POST", M_POST } };

static unsigned method_bit(const char *m)
{
	size_t i;

	for (i = 0; i < sizeof methods / sizeof methods[0]; i++)
		if (!strcmp(methods[i].name, m))
			return methods[i].bit;
	return 0;
}

/* GET /: the check page; ?example=1 fills the text box with the bundled
 * article (escaped), so the page works without JavaScript. */
static void get_index(srv_response *r, req *q)
{
	const srv_asset *a = srv_asset_find("/");
	const srv_param *ex = srv_param_get(&q->ps, "example");
	const char *page = (const char *)a->data;
	const char *mark = strstr(page, "<!--EXAMPLE-->");

	r->status = 200;
	r->ctype = a->ctype;
	r->csp = SRV_CSP_PAGE;
	if (!mark || !ex || strcmp(ex->val, "1")) {
		r->fixed = a->data;
		r->fixed_len = a->len;
		return;
	}
	{
		size_t len;
		const char *text = (const char *)srv_example(&len);

		srv_buf_add(&r->body, page, (size_t)(mark - page));
		srv_buf_html(&r->body, text, len);
		srv_buf_str(&r->body, mark + sizeof "<!--EXAMPLE-->" - 1);
		if (r->body.oom)
			srv_error(r, 500, "out of memory");
	}
}

static void get_asset(srv_response *r, req *q)
{
	const srv_asset *a = srv_asset_find(q->rt->path);

	r->status = 200;
	r->ctype = a->ctype;
	r->csp = SRV_CSP_PAGE;
	r->fixed = a->data;
	r->fixed_len = a->len;
}

static void do_check(srv_response *r, req *q)
{
	if (q->method != M_POST && !srv_param_get(&q->ps, "example"))
		return srv_error(r, 400, "GET /check needs ?example=1; post an article from the form at /");
	srv_check(r, &cfg, &q->ps, q->raw ? q->body.data : NULL, q->raw ? q->body.len : 0, q->ctype, 1);
}

static void do_api_check(srv_response *r, req *q)
{
	srv_check(r, &cfg, &q->ps, q->raw ? q->body.data : NULL, q->raw ? q->body.len : 0, q->ctype, 0);
}

static void do_api_ci(srv_response *r, req *q)
{
	(void)q;
	srv_api_ci(r, &q->ps);
}

/* ------------------------------------------------------------ bodies */

static enum MHD_Result arg_iter(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
	srv_params *ps = cls;

	(void)kind;
	if (srv_param_append(ps, key, NULL, NULL, 0) ||
	    (value && srv_param_append(ps, key, NULL, value, strlen(value))))
		return MHD_NO;
	return MHD_YES;
}

static enum MHD_Result post_iter(void *cls, enum MHD_ValueKind kind, const char *key, const char *filename,
				 const char *content_type, const char *transfer_encoding, const char *data,
				 uint64_t off, size_t size)
{
	srv_params *ps = cls;

	(void)kind;
	(void)content_type;
	(void)transfer_encoding;
	if (!key)
		return MHD_YES;
	/* a new value starts at offset 0; later pieces continue it */
	if (off == 0 && srv_param_append(ps, key, filename, NULL, 0))
		return MHD_NO;
	if (size && srv_param_append(ps, key, filename, data, size))
		return MHD_NO;
	return MHD_YES;
}

static int ctype_is(const char *ct, const char *want)
{
	size_t n = strlen(want);

	return ct && !strncasecmp(ct, want, n) && (ct[n] == '\0' || ct[n] == ';' || ct[n] == ' ');
}

/* Parse the finished body into q->ps. Returns 0 or a 400 message. */
static const char *parse_body(req *q)
{
	const char *err = NULL;

	if (!q->body.len)
		return NULL;
	if (ctype_is(q->ctype, "application/json")) {
		if (srv_json_object(&q->ps, q->body.data, q->body.len, &err))
			return err;
		return NULL;
	}
	if (ctype_is(q->ctype, "multipart/form-data") || ctype_is(q->ctype, "application/x-www-form-urlencoded")) {
		struct MHD_PostProcessor *pp = MHD_create_post_processor(q->conn, 16 * 1024, post_iter, &q->ps);
		int ok;

		if (!pp)
			return "malformed form: missing or bad multipart boundary";
		ok = MHD_post_process(pp, q->body.data, q->body.len) == MHD_YES;
		ok = MHD_destroy_post_processor(pp) == MHD_YES && ok;
		/* `curl --data-binary @article.txt` sends an article as a
		   urlencoded "form": to /api/check that is the text itself */
		if (q->rt->fn == do_api_check && ctype_is(q->ctype, "application/x-www-form-urlencoded") &&
		    (!ok || (!srv_param_get(&q->ps, "text") && !srv_param_get(&q->ps, "example")))) {
			q->raw = 1;
			return NULL;
		}
		if (q->ps.overflow)
			return "too many form fields";
		if (!ok)
			return "malformed form data";
		return NULL;
	}
	if (q->rt->fn == do_api_check || q->rt->fn == do_check) {
		q->raw = 1;
		return NULL;
	}
	return "unsupported Content-Type (use JSON or a form)";
}

/* ------------------------------------------------------------ responses */

static enum MHD_Result respond(struct MHD_Connection *c, srv_response *r)
{
	struct MHD_Response *resp;
	enum MHD_Result ret;

	if (r->fixed)
		resp = MHD_create_response_from_buffer(r->fixed_len, (void *)r->fixed, MHD_RESPMEM_PERSISTENT);
	else if (r->body.data)
		resp = MHD_create_response_from_buffer(r->body.len, r->body.data, MHD_RESPMEM_MUST_FREE);
	else
		resp = MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
	if (!resp) {
		srv_buf_free(&r->body);
		return MHD_NO;
	}
	if (!r->fixed)
		r->body.data = NULL; /* MHD owns it now */
	MHD_add_response_header(resp, "Content-Type", r->ctype ? r->ctype : "application/json");
	MHD_add_response_header(resp, "Content-Security-Policy", csp_headers[r->csp]);
	MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
	MHD_add_response_header(resp, "X-Frame-Options", "DENY");
	MHD_add_response_header(resp, "Cache-Control", "no-store");
	if (r->allow)
		MHD_add_response_header(resp, "Allow", r->allow);
	ret = MHD_queue_response(c, (unsigned)r->status, resp);
	MHD_destroy_response(resp);
	return ret;
}

static enum MHD_Result send_error(struct MHD_Connection *c, int status, const char *msg, const char *allow)
{
	srv_response r = { 0 };

	srv_error(&r, status, msg);
	r.allow = allow;
	return respond(c, &r);
}

static enum MHD_Result handler(void *cls, struct MHD_Connection *c, const char *url, const char *method,
			       const char *version, const char *upload_data, size_t *upload_data_size,
			       void **con_cls)
{
	req *q = *con_cls;
	srv_response r = { 0 };
	const char *err;
	enum MHD_Result ret;

	(void)cls;
	(void)version;
	if (!q) {
		const char *cl;

		if (!(q = calloc(1, sizeof *q)))
			return MHD_NO;
		*con_cls = q;
		q->conn = c;
		q->rt = find_route(url);
		q->method = method_bit(method);
		cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
		q->answered = 1;
		if (!q->rt)
			return send_error(c, 404, "no such page", NULL);
		if (!(q->rt->methods & q->method))
			return send_error(c, 405, "method not allowed", q->rt->allow);
		if (cl && strtoull(cl, NULL, 10) > cfg.max_body)
			return send_error(c, 413, "request body too large (--max-body)", NULL);
		q->answered = 0;
		return MHD_YES;
	}
	if (*upload_data_size) {
		/* past the limit: keep reading (and dropping) so the client
		   gets a clean 413 at the end */
		if (!q->too_big && q->body.len + *upload_data_size > cfg.max_body) {
			q->too_big = 1;
			srv_buf_free(&q->body);
		}
		if (!q->too_big && srv_buf_add(&q->body, upload_data, *upload_data_size)) {
			q->too_big = 1;
			srv_buf_free(&q->body);
		}
		*upload_data_size = 0;
		return MHD_YES;
	}
	if (q->answered)
		return MHD_YES; /* a response is already queued */
	if (q->too_big)
		return send_error(c, 413, "request body too large (--max-body)", NULL);
	q->ctype = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
	MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, arg_iter, &q->ps);
	if (q->ps.overflow)
		return send_error(c, 400, "too many query parameters", NULL);
	if (q->method == M_POST && (err = parse_body(q)))
		return send_error(c, 400, err, NULL);
	q->rt->fn(&r, q);
	ret = respond(c, &r);
	srv_buf_free(&r.body);
	return ret;
}

static void completed(void *cls, struct MHD_Connection *c, void **con_cls, enum MHD_RequestTerminationCode toe)
{
	req *q = *con_cls;

	(void)cls;
	(void)c;
	(void)toe;
	if (!q)
		return;
	srv_buf_free(&q->body);
	srv_params_free(&q->ps);
	free(q);
	*con_cls = NULL;
}

/* ------------------------------------------------------------ run */

int srv_run(const srv_config *config)
{
	int sig = 0, port = config->port, v6;
	const char *bind = config->bind;
	struct sockaddr_in sin;
	struct sockaddr_in6 sin6;
	struct sockaddr *sa;
	struct MHD_Daemon *daemon;
	const union MHD_DaemonInfo *info;
	sigset_t set;
	unsigned flags;

	cfg = *config;
	memset(&sin, 0, sizeof sin);
	memset(&sin6, 0, sizeof sin6);
	v6 = strchr(bind, ':') != NULL;
	if (v6) {
		sin6.sin6_family = AF_INET6;
		sin6.sin6_port = htons((uint16_t)port);
		if (inet_pton(AF_INET6, bind, &sin6.sin6_addr) != 1)
			return SRV_EADDR;
		sa = (struct sockaddr *)&sin6;
	} else {
		sin.sin_family = AF_INET;
		sin.sin_port = htons((uint16_t)port);
		if (inet_pton(AF_INET, bind, &sin.sin_addr) != 1)
			return SRV_EADDR;
		sa = (struct sockaddr *)&sin;
	}
	srv_check_init(&cfg);

	/* SIGINT/SIGTERM are taken by sigwait below; every thread MHD starts
	   inherits the blocked mask */
	signal(SIGPIPE, SIG_IGN);
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &set, NULL);

	flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_THREAD_PER_CONNECTION | MHD_USE_POLL |
		(v6 ? MHD_USE_IPv6 : 0);
	daemon = MHD_start_daemon(flags, (uint16_t)port, NULL, NULL, handler, NULL,
				  MHD_OPTION_SOCK_ADDR, sa,
				  MHD_OPTION_CONNECTION_TIMEOUT, (unsigned int)cfg.timeout,
				  MHD_OPTION_CONNECTION_LIMIT, (unsigned int)CONN_LIMIT,
				  MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned int)PER_IP_LIMIT,
				  MHD_OPTION_NOTIFY_COMPLETED, completed, NULL,
				  MHD_OPTION_END);
	if (!daemon) {
		pthread_sigmask(SIG_UNBLOCK, &set, NULL);
		return SRV_ELISTEN;
	}
	info = MHD_get_daemon_info(daemon, MHD_DAEMON_INFO_BIND_PORT);
	if (info && info->port)
		port = info->port;
	fprintf(stderr, "claimcheck: serving on http://%s%s%s:%d/ (reference: %s; Ctrl-C stops)\n", v6 ? "[" : "",
		bind, v6 ? "]" : "", port, cfg.ref ? cfg.ref : "none");
	if (!(v6 ? IN6_IS_ADDR_LOOPBACK(&sin6.sin6_addr) : (ntohl(sin.sin_addr.s_addr) >> 24) == 127))
		fprintf(stderr, "claimcheck: warning: %s is not a loopback address; other machines can reach this "
			"server (there is no authentication)\n", bind);
	fflush(stderr);

	while (sigwait(&set, &sig) != 0)
		;
	fprintf(stderr, "claimcheck: %s, shutting down\n", sig == SIGINT ? "interrupted" : "terminated");
	MHD_stop_daemon(daemon);
	srv_check_shutdown(cfg.timeout);
	return SRV_OK;
}
