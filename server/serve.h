/*
 * serve.h -- internals of `claimcheck serve` (issue 10): growable buffers,
 * request parameters, the request body read through json-c, the handlers and the embedded
 * assets. Program-side only (never part of libclaimcheck); the statistics
 * and reports come from the public API, nothing is computed here.
 */
#ifndef CC_SERVE_H
#define CC_SERVE_H

#include "claimcheck.h"

#include <stddef.h>

/* A growable byte buffer; data is malloc'd (MHD frees it with free()). */
typedef struct srv_buf {
	char *data;
	size_t len, cap;
	int oom; /* sticky: an append failed */
} srv_buf;

int srv_buf_add(srv_buf *b, const void *p, size_t n);
int srv_buf_str(srv_buf *b, const char *s);
int srv_buf_printf(srv_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* HTML text/attribute escaping (& < > " '), as the HTML report does. */
int srv_buf_html(srv_buf *b, const char *s, size_t n);
/* A JSON string (quoted, escaped) / a number as cc_json_number() spells
 * it, as the CLI and the reports do. */
int srv_buf_jstr(srv_buf *b, const char *s);
int srv_buf_jnum(srv_buf *b, double v);
void srv_buf_free(srv_buf *b);

/* Request parameters: query arguments, form fields, JSON members. */
typedef struct srv_param {
	char *name;
	char *val;      /* NUL-terminated copy (may hold NULs inside: use len) */
	size_t len;
	char *filename; /* multipart file part, else NULL */
} srv_param;

#define SRV_MAX_PARAMS 32

typedef struct srv_params {
	srv_param p[SRV_MAX_PARAMS];
	size_t n;
	int overflow; /* too many parameters: a 400 */
} srv_params;

/* Find by name (the last one wins); NULL when absent. */
const srv_param *srv_param_get(const srv_params *ps, const char *name);
/* Append data to the parameter `name` (created when new). -1 on OOM or
 * too many parameters. */
int srv_param_append(srv_params *ps, const char *name, const char *filename, const char *data, size_t n);
void srv_params_free(srv_params *ps);

/* Nesting json-c may read in a request body before refusing it (the API
 * accepts flat objects only; deeper bodies are refused as such). */
#define SRV_JSON_DEPTH 64

/*
 * Parse a flat JSON object ({"k": "string" | number | true | false | null})
 * into params with json-c (numbers with a fraction or exponent and
 * booleans are kept as written, null is skipped; a duplicate member: the
 * last one wins). Nested objects or arrays, trailing data, bad escapes and
 * bad numbers are errors: returns -1 with a static message in *err.
 * json-c's strict mode still takes raw control characters in strings and
 * single-quoted member names; the API takes them too.
 */
int srv_json_object(srv_params *ps, const char *s, size_t n, const char **err);

/* Server configuration, fixed at start. */
typedef struct srv_config {
	const char *ref;      /* reference database path (opens read-only), NULL none */
	size_t max_body;      /* bytes */
	unsigned timeout;     /* seconds: per request and per idle connection */
	unsigned max_jobs;    /* checks computing at once (abandoned ones count) */
	const char *bind;     /* IPv4 or IPv6 address to listen on */
	int port;             /* TCP port, 0 picks a free one */
} srv_config;

/* srv_run() results. */
enum { SRV_OK = 0, SRV_EADDR = -1, SRV_ELISTEN = -2 };

/*
 * Serve until SIGINT or SIGTERM (blocked in the calling thread and taken
 * with sigwait), then stop, waiting up to cfg->timeout for running checks.
 * Logs the address it listens on, a warning for a non-loopback address,
 * and the shutdown, to stderr. Returns SRV_OK after a clean stop,
 * SRV_EADDR when cfg->bind is not an IP address, SRV_ELISTEN when the port
 * cannot be bound. The caller opens the reference database once first, to
 * report a bad one before listening.
 */
int srv_run(const srv_config *cfg);

/* A response under construction: status, content type, body, and which
 * Content-Security-Policy it carries. */
typedef enum srv_csp { SRV_CSP_PAGE = 0, SRV_CSP_REPORT, SRV_CSP_API } srv_csp;

typedef struct srv_response {
	int status;
	const char *ctype;
	srv_csp csp;
	srv_buf body;
	const char *allow;          /* for 405 */
	const unsigned char *fixed; /* static body instead of `body` */
	size_t fixed_len;
} srv_response;

/* A JSON error body {"error": msg, "status": code}. */
void srv_error(srv_response *r, int status, const char *msg);

/* Handlers (api.c). `ps` holds the query and body parameters; `raw` the
 * body when it was not a form or JSON (text for /api/check). */
void srv_api_ci(srv_response *r, const srv_params *ps);
void srv_check(srv_response *r, const srv_config *cfg, const srv_params *ps, const char *raw,
	       size_t rawlen, const char *ctype, int html);
/* Start/stop the check machinery (context pool, job counter). */
int srv_check_init(const srv_config *cfg);
void srv_check_shutdown(unsigned wait_seconds);

/* Embedded assets (assets.c, generated from the files in server/). */
typedef struct srv_asset {
	const char *path;  /* URL path */
	const char *ctype;
	const unsigned char *data;
	size_t len;
} srv_asset;

const srv_asset *srv_asset_find(const char *path);
/* The bundled example article. */
const unsigned char *srv_example(size_t *len_out);

#endif
