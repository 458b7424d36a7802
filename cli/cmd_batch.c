/*
 * cmd_batch.c -- `claimcheck batch`: a fact-checking run over many
 * documents on every core, resumable, with progress; and its companions
 * `--summary DB`, `--merge OUT DB...` and `--dump DB` (CLI layer).
 *
 * Threads and memory:
 *
 *   reader thread --(work queue)--> N worker threads --(result slots)--> writer (main thread)
 *
 * The reader walks the inputs (cli/batch_input.c), skips documents the
 * results database already holds (same id and content hash) and queues
 * the rest. Every queued document takes a credit: at most 4*jobs+4
 * documents and 64 MiB of input (or a single larger document) are in
 * flight between the reader and the writer, so memory stays bounded
 * whatever the corpus size. Each worker has its own cc_ctx with its own
 * read-only handle on the reference database, checks a document, renders
 * its `check --format jsonl` lines and turns it into a plain record. The
 * writer takes records in input order (a reorder ring indexed by sequence
 * number, as large as the credit count), commits each document in its own
 * transaction (reference/resultsdb.c) and streams the JSONL; so the output
 * order is the input order whatever --jobs is.
 *
 * Interruption: SIGINT/SIGTERM stop the reader between documents; the
 * documents already queued are checked and committed, then the command
 * exits 128+signal. A second signal kills at once. Because the database
 * holds whole documents only, kill -9 loses at most the documents in
 * flight and a rerun checks exactly those.
 *
 * Test hook: CLAIMCHECK_BATCH_DELAY_US=N makes each worker sleep N
 * microseconds per document, so tests can interrupt a small corpus at
 * random points. Must not: speak SQL (resultsdb.h does) or compute
 * anything about claims (the library does).
 */
#include "batch.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

static const cli_opt batch_opts[] = {
	{ "db", 0, "FILE", "results database (created if new; a rerun resumes it)" },
	{ "format", 'f', "FMT", "jsonl: stream claim records (default without --db); with --summary: text, md, html, json" },
	{ "output", 'o', "FILE", "write the JSONL stream (or the summary, the dump) to FILE" },
	{ "jobs", 'j', "N", "worker threads (default: all cores)" },
	{ "include", 0, "GLOB,...", "in directories, only files matching a glob (basename, or path if it has '/')" },
	{ "exclude", 0, "GLOB,...", "in directories, skip files and directories matching a glob" },
	{ "max-doc", 0, "BYTES", "refuse documents larger than BYTES (default 67108864)" },
	{ "quiet", 'q', NULL, "no progress line, no final summary" },
	{ "summary", 0, "DB", "print the summary of a results database (--format text, md, html, json)" },
	{ "merge", 0, "OUT", "merge the results databases given as arguments into OUT (dedupe by id and hash)" },
	{ "dump", 0, "DB", "print the compared content of a results database, sorted (no timestamps, no paths)" },
	{ "input", 0, "KIND", "auto, text, md, html (default auto)" },
	{ "ref", 0, "PATH", "reference database (default: $CLAIMCHECK_REF, then the installed one)" },
	{ "no-ref", 0, NULL, "do not use a reference database" },
	{ "level", 0, "L", "confidence level (default 0.95)" },
	{ "method", 0, "M", "interval method (default wilson)" },
	{ "date", 0, "YYYY-MM-DD", "date of documents that carry none (a JSONL \"date\" wins)" },
	{ "alpha", 0, "A", "significance level for reported tests (default 0.05)" },
	{ "p-equal-alpha", 0, "sig|nonsig", "is p = alpha significant (default sig)" },
	{ "one-tailed", 0, "auto|always|never", "one-tailed readings of reported tests (default auto)" },
	{ "p-zero-error", 0, "yes|no", "count \"p = .000\" as an error (default yes)" },
	{ "fail-on", 0, "LEVEL", "exit 1 when a flag is at or above info, warning or error" },
	{ "checks", 0, "CODE,...", "run only these checks" },
	{ "skip", 0, "CODE,...", "skip these checks" },
	{ NULL, 0, NULL, NULL }
};

#define MAX_JOBS 256
#define MAX_INFLIGHT_BYTES ((size_t)64 << 20)

/* Set by SIGINT/SIGTERM (a lock-free atomic: safe in a handler, and
 * read by every thread). */
static atomic_int g_stop;

static void on_signal(int sig)
{
	int e = errno;

	atomic_store(&g_stop, sig);
	signal(sig, SIG_DFL); /* a second signal ends the process at once */
	errno = e;
}

/* A finished document waiting for the writer. */
typedef struct slot {
	int ready;
	cc_rdb_doc rec;
	char *jsonl;
	size_t jsonl_len;
	size_t in_bytes;     /* text bytes (the in-flight account) */
	size_t src_bytes;    /* input bytes it was read from (progress) */
	char *errmsg;        /* the library refused the document */
	int transient;       /* not checked (out of memory...): never stored */
} slot;

typedef struct run {
	pthread_mutex_t mu;
	pthread_cond_t cv_work, cv_space, cv_done;
	size_t cap;              /* credits: documents in flight */
	batch_item **queue;      /* ring of cap */
	size_t qhead, qlen;
	slot *slots;             /* ring of cap, by seq % cap */
	long long next_seq, next_write;
	size_t inflight, inflight_bytes;
	int reader_done, workers_quit;
	int reader_rc;

	batch_input in;
	char **paths;
	int npaths;
	cc_rdb *skipdb;          /* reader's own read-only handle, or NULL */
	atomic_llong skipped;    /* written by the reader, read by the writer */
	atomic_llong skipped_bytes;
	cc_severity skipped_worst;

	cc_options opts;
	const char *refp;
	int delay_us;
	atomic_int worker_fail;  /* a worker could not start */
} run;

/* ---------------------------------------------------------------- helpers */

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void deadline(struct timespec *ts, long ms)
{
	clock_gettime(CLOCK_REALTIME, ts);
	ts->tv_sec += ms / 1000;
	ts->tv_nsec += (ms % 1000) * 1000000L;
	if (ts->tv_nsec >= 1000000000L) {
		ts->tv_sec++;
		ts->tv_nsec -= 1000000000L;
	}
}

/* Everything that changes a document's results, so a database is never
 * resumed or merged under other options. */
static void fingerprint(char *out, size_t cap, const cc_options *o, const char *refp)
{
	const char *base = refp ? strrchr(refp, '/') : NULL;

	snprintf(out, cap,
		 "claimcheck %s; level=%.17g method=%s alpha=%.17g p_equal_alpha=%d one_tailed=%d"
		 " p_zero_error=%d input=%d date=%04d-%02d-%02d checks=%s skip=%s ref=%s",
		 CC_VERSION_STRING, o->level, cc_ci_method_name(o->method), o->alpha, o->p_equal_alpha_sig,
		 (int)o->one_tailed, o->p_zero_error, (int)o->input, o->date_y, o->date_m, o->date_d,
		 o->checks ? o->checks : "all", o->skip ? o->skip : "none",
		 refp ? (base ? base + 1 : refp) : "none");
}

/* Split a comma list into a NULL-terminated vector (one malloc). */
static char **split_list(const char *s, size_t *n_out)
{
	size_t n = 1, len;
	char **v, *copy;
	const char *p;

	*n_out = 0;
	if (!s)
		return NULL;
	for (p = s; *p; p++)
		n += *p == ',';
	len = strlen(s);
	v = malloc((n + 1) * sizeof *v + len + 1);
	if (!v)
		return NULL;
	copy = (char *)(v + n + 1);
	memcpy(copy, s, len + 1);
	n = 0;
	for (p = strtok(copy, ","); p; p = strtok(NULL, ","))
		v[n++] = (char *)p;
	v[n] = NULL;
	*n_out = n;
	return v;
}

/* ---------------------------------------------------------------- reader */

static int reader_emit(batch_item *it, void *payload)
{
	run *r = payload;
	int done = 0;
	cc_severity w = CC_SEV_NONE;

	if (r->skipdb && cc_rdb_has(r->skipdb, it->id, it->hash, &done, &w) == CC_OK && done) {
		pthread_mutex_lock(&r->mu);
		atomic_fetch_add(&r->skipped, 1);
		atomic_fetch_add(&r->skipped_bytes, (long long)it->in_bytes);
		if (w > r->skipped_worst)
			r->skipped_worst = w;
		pthread_mutex_unlock(&r->mu);
		batch_item_free(it);
		return 0;
	}
	pthread_mutex_lock(&r->mu);
	while (!g_stop && (r->inflight >= r->cap ||
			   (r->inflight > 0 && r->inflight_bytes + it->text_len > MAX_INFLIGHT_BYTES))) {
		struct timespec ts;

		deadline(&ts, 200);
		pthread_cond_timedwait(&r->cv_space, &r->mu, &ts);
	}
	if (g_stop) {
		pthread_mutex_unlock(&r->mu);
		batch_item_free(it);
		return 1;
	}
	it->seq = r->next_seq++;
	r->queue[(r->qhead + r->qlen) % r->cap] = it;
	r->qlen++;
	r->inflight++;
	r->inflight_bytes += it->text_len;
	pthread_cond_signal(&r->cv_work);
	pthread_mutex_unlock(&r->mu);
	return 0;
}

static void *reader_main(void *arg)
{
	run *r = arg;
	int rc = batch_walk(&r->in, r->paths, r->npaths, reader_emit, r);

	pthread_mutex_lock(&r->mu);
	r->reader_rc = rc;
	r->reader_done = 1;
	pthread_cond_broadcast(&r->cv_work);
	pthread_cond_broadcast(&r->cv_done);
	pthread_mutex_unlock(&r->mu);
	return NULL;
}

/* ---------------------------------------------------------------- workers */

/* The document's `check --format jsonl` lines (NULL if rendering failed). */
static void render_jsonl(cc_ctx *ctx, const cc_doc *doc, char **out, size_t *len_out)
{
	cc_render_options ro = CC_RENDER_OPTIONS_INIT;

	if (cli_render_jsonl(ctx, doc, &ro, out, len_out))
		*out = NULL;
}

static void check_one(run *r, cc_ctx *ctx, batch_item *it, slot *s)
{
	cc_options o = r->opts;
	cc_doc *doc = NULL;
	int rc, y, m, d;

	if (it->date && batch_parse_date(it->date, &y, &m, &d) == 0) {
		o.date_y = y;
		o.date_m = m;
		o.date_d = d;
	}
	cc_ctx_set_options(ctx, &o);
	if (r->delay_us > 0)
		usleep((useconds_t)r->delay_us);
	rc = cc_check(&doc, ctx, it->text, it->text_len, it->id);
	if (rc) {
		const char *msg = cc_errmsg(ctx);

		s->errmsg = strdup(msg && *msg ? msg : cc_strerror(rc));
		/* input the library refuses is refused again on a rerun: store
		 * the refusal; anything else (out of memory) is not a result */
		s->transient = rc != CC_EINVAL && rc != CC_EDOMAIN;
		if (!s->transient)
			s->rec.error = strdup(s->errmsg ? s->errmsg : "refused");
	} else {
		/* an item without a "date" is stored with the one its text
		 * gives (a dateline, a byline); an item's own date won above */
		if (!it->date && cc_doc_date(doc))
			it->date = strdup(cc_doc_date(doc));
		render_jsonl(ctx, doc, &s->jsonl, &s->jsonl_len);
		if (cc_rdb_doc_fill(&s->rec, doc, s->jsonl, s->jsonl_len) != CC_OK) {
			cc_rdb_doc_dispose(&s->rec);
			free(s->jsonl);
			s->jsonl = NULL;
			s->jsonl_len = 0;
			s->errmsg = strdup("out of memory");
			s->transient = 1;
		}
		cc_doc_free(doc);
	}
	/* the record takes the item's strings */
	s->rec.id = it->id;
	s->rec.path = it->path;
	s->rec.date = it->date;
	s->rec.url = it->url;
	s->rec.hash = strdup(it->hash);
	s->rec.bytes = (long long)it->text_len;
	s->in_bytes = it->text_len;
	s->src_bytes = it->in_bytes;
	it->id = it->path = it->date = it->url = NULL;
	batch_item_free(it);
}

static void *worker_main(void *arg)
{
	run *r = arg;
	cc_ctx *ctx = NULL;

	if (cc_ctx_new(&ctx, NULL, &r->opts) != CC_OK ||
	    (r->refp && cc_ctx_open_reference(ctx, r->refp) != CC_OK)) {
		if (ctx)
			cli_error_ctx(ctx, cc_errcode(ctx), r->refp);
		else
			cli_error(CLI_EXIT_IO, NULL, 0, 0, "cannot create a context");
		atomic_store(&r->worker_fail, 1);
		g_stop = SIGTERM; /* nothing can be checked correctly: stop the run */
		cc_ctx_free(ctx);
		ctx = NULL;
	}
	for (;;) {
		batch_item *it;
		slot s;
		long long seq;

		pthread_mutex_lock(&r->mu);
		while (r->qlen == 0 && !r->reader_done && !r->workers_quit && !g_stop) {
			struct timespec ts;

			deadline(&ts, 200);
			pthread_cond_timedwait(&r->cv_work, &r->mu, &ts);
		}
		if (r->qlen == 0) {
			pthread_mutex_unlock(&r->mu);
			break;
		}
		it = r->queue[r->qhead];
		r->qhead = (r->qhead + 1) % r->cap;
		r->qlen--;
		pthread_mutex_unlock(&r->mu);

		seq = it->seq;
		memset(&s, 0, sizeof s);
		if (ctx) {
			check_one(r, ctx, it, &s);
		} else {
			/* no context: handed back unchecked (never stored) */
			s.in_bytes = it->text_len;
			s.transient = 1;
			s.errmsg = strdup("not checked: the worker could not start");
			batch_item_free(it);
		}
		pthread_mutex_lock(&r->mu);
		s.ready = 1;
		r->slots[(size_t)(seq % (long long)r->cap)] = s;
		pthread_cond_broadcast(&r->cv_done);
		pthread_mutex_unlock(&r->mu);
	}
	cc_ctx_free(ctx);
	return NULL;
}

/* ---------------------------------------------------------------- writer */

typedef struct stats {
	long long docs, claims, flags, refused, stored, unchecked;
	long long done_bytes;              /* input bytes of the documents written */
	long long total_docs, total_bytes; /* -1 unknown */
	int docs_exact;
	double t0, last;
	int progress;
	cc_severity worst;
} stats;

static void fmt_eta(char *out, size_t cap, double secs)
{
	long s = (long)(secs + 0.5);

	if (!(secs >= 0) || secs > 360000)
		snprintf(out, cap, "--:--");
	else if (s >= 3600)
		snprintf(out, cap, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
	else
		snprintf(out, cap, "%ld:%02ld", s / 60, s % 60);
}

static void progress(run *r, stats *st, int final)
{
	double t = now_s(), el = t - st->t0;
	long long skb = atomic_load(&r->skipped_bytes);
	double mb = (st->done_bytes + skb) / 1e6, rate = el > 0 ? st->done_bytes / 1e6 / el : 0;
	char eta[32] = "", docs[64], tot[32] = "";
	long long done = st->docs + atomic_load(&r->skipped);

	if (!st->progress || (!final && t - st->last < 0.5))
		return;
	st->last = t;
	if (st->docs_exact && st->total_docs >= 0)
		snprintf(docs, sizeof docs, "%lld/%lld docs", done, st->total_docs);
	else
		snprintf(docs, sizeof docs, "%lld docs", done);
	if (st->total_bytes > 0)
		snprintf(tot, sizeof tot, "/%.1f", st->total_bytes / 1e6);
	/* ETA from the bytes still to check: known for files (JSONL too),
	 * unknown for standard input */
	if (st->total_bytes > 0 && rate > 0 && !final) {
		char e[24];
		double left = (st->total_bytes - st->done_bytes - skb) / 1e6;

		fmt_eta(e, sizeof e, left > 0 ? left / rate : 0);
		snprintf(eta, sizeof eta, "  ETA %s", e);
	}
	fprintf(stderr, "\r%s  %.1f%s MB  %.1f MB/s  %lld claims  %lld flags%s\033[K%s", docs, mb, tot, rate,
		st->claims, st->flags, eta, final ? "\n" : "");
	fflush(stderr);
}

typedef struct out {
	FILE *f;             /* JSONL stream, or NULL */
	cc_rdb *db;          /* results database, or NULL */
	cc_ctx *ctx;
	cc_rdb_summary sum;  /* in-memory summary when there is no database */
	void *refs;
	int failed;          /* exit code of a write failure */
} out;

static void write_slot(run *r, out *o, stats *st, slot *s)
{
	int stored = 0;

	if (s->errmsg) {
		cli_error(s->transient ? CLI_EXIT_IO : CLI_EXIT_USAGE, s->rec.id ? s->rec.id : "-", 0, 0,
			  "%s", s->errmsg);
		if (s->transient)
			st->unchecked++;
		else
			st->refused++;
	}
	if (!s->rec.id || s->transient) /* not checked: a rerun tries again */
		return;
	st->docs++;
	st->done_bytes += (long long)s->src_bytes;
	st->claims += (long long)s->rec.nclaims;
	st->flags += (long long)s->rec.nflags;
	if (s->rec.worst > st->worst)
		st->worst = s->rec.worst;
	if (o->db && !o->failed) {
		int rc = cc_rdb_put(o->db, &s->rec, &stored);

		if (rc) {
			o->failed = cli_error_ctx(o->ctx, rc, NULL);
			g_stop = SIGTERM;
		}
		st->stored += stored;
	} else if (!o->db) {
		batch_summary_add(&o->sum, &s->rec, &o->refs);
	}
	if (o->f && s->jsonl_len && !o->failed) {
		if (fwrite(s->jsonl, 1, s->jsonl_len, o->f) != s->jsonl_len || fflush(o->f)) {
			o->failed = cli_error(CLI_EXIT_IO, NULL, 0, 0, "write error: %s", strerror(errno));
			g_stop = SIGTERM;
		}
	}
	(void)r;
}

static void slot_dispose(slot *s)
{
	cc_rdb_doc_dispose(&s->rec);
	free(s->jsonl);
	free(s->errmsg);
	memset(s, 0, sizeof *s);
}

/* Take finished documents in sequence order until the reader is done (or
 * stopped) and every queued document is written. */
static void writer_loop(run *r, out *o, stats *st)
{
	for (;;) {
		slot s;
		size_t k;

		pthread_mutex_lock(&r->mu);
		k = (size_t)(r->next_write % (long long)r->cap);
		while (!r->slots[k].ready) {
			struct timespec ts;

			if ((r->reader_done || g_stop) && r->next_write == r->next_seq)
				break;
			deadline(&ts, 200);
			pthread_cond_timedwait(&r->cv_done, &r->mu, &ts);
			if (st->progress) {
				pthread_mutex_unlock(&r->mu);
				progress(r, st, 0);
				pthread_mutex_lock(&r->mu);
			}
		}
		if (!r->slots[k].ready) {
			pthread_mutex_unlock(&r->mu);
			break;
		}
		s = r->slots[k];
		memset(&r->slots[k], 0, sizeof r->slots[k]);
		pthread_mutex_unlock(&r->mu);

		write_slot(r, o, st, &s);

		pthread_mutex_lock(&r->mu);
		r->next_write++;
		r->inflight--;
		r->inflight_bytes -= s.in_bytes;
		pthread_cond_signal(&r->cv_space);
		pthread_mutex_unlock(&r->mu);
		slot_dispose(&s);
		progress(r, st, 0);
	}
}

/* ---------------------------------------------------------------- modes */

static int open_out(FILE **f, const cli_args *a)
{
	const char *path = cli_get(a, "output");

	if (!path || !strcmp(path, "-")) {
		*f = stdout;
		return 0;
	}
	*f = fopen(path, "w");
	if (!*f)
		return cli_error(CLI_EXIT_IO, path, 0, 0, "cannot open: %s", strerror(errno));
	return 0;
}

static int close_out(FILE *f, const cli_args *a)
{
	const char *path = cli_get(a, "output");

	if (f == stdout)
		return fflush(stdout) ? cli_error(CLI_EXIT_IO, NULL, 0, 0, "write error on standard output") : 0;
	if (fclose(f))
		return cli_error(CLI_EXIT_IO, path, 0, 0, "write error: %s", strerror(errno));
	return 0;
}

static int summary_format(batch_summary_fmt *fmt, const cli_args *a)
{
	static const struct { const char *name; batch_summary_fmt fmt; } names[] = {
		{ "text", SUMMARY_TEXT }, { "md", SUMMARY_MD }, { "markdown", SUMMARY_MD },
		{ "html", SUMMARY_HTML }, { "json", SUMMARY_JSON },
	};
	const char *v = cli_get(a, "format");
	size_t i;

	*fmt = SUMMARY_TEXT;
	if (!v)
		return 0;
	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (!strcmp(names[i].name, v)) {
			*fmt = names[i].fmt;
			return 0;
		}
	return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--format: '%s' is not text, md, html or json for --summary", v);
}

static int mode_summary(const cli_args *a, cc_ctx *ctx)
{
	const char *path = cli_get(a, "summary");
	cc_rdb *db = NULL;
	cc_rdb_summary s;
	batch_summary_fmt fmt;
	FILE *f;
	int rc, e;

	if ((e = summary_format(&fmt, a)))
		return e;
	if ((rc = cc_rdb_open(&db, ctx, path, CC_RDB_READONLY)))
		return cli_error_ctx(ctx, rc, path);
	rc = cc_rdb_summarize(db, &s);
	cc_rdb_close(db);
	if (rc)
		return cli_error_ctx(ctx, rc, path);
	if ((e = open_out(&f, a)) == 0) {
		batch_summary_print(f, &s, fmt, path);
		e = close_out(f, a);
	}
	cc_rdb_summary_dispose(&s);
	return e;
}

static int dump_line(const char *line, size_t len, void *payload)
{
	FILE *f = payload;

	return fwrite(line, 1, len, f) != len || fputc('\n', f) == EOF;
}

static int mode_dump(const cli_args *a, cc_ctx *ctx)
{
	const char *path = cli_get(a, "dump");
	cc_rdb *db = NULL;
	FILE *f;
	int rc, e;

	if ((rc = cc_rdb_open(&db, ctx, path, CC_RDB_READONLY)))
		return cli_error_ctx(ctx, rc, path);
	if ((e = open_out(&f, a))) {
		cc_rdb_close(db);
		return e;
	}
	rc = cc_rdb_dump(db, dump_line, f);
	cc_rdb_close(db);
	e = close_out(f, a);
	if (rc)
		return cli_error_ctx(ctx, rc, path);
	return e;
}

static int mode_merge(const cli_args *a, cc_ctx *ctx)
{
	const char *outp = cli_get(a, "merge");
	cc_rdb *db = NULL;
	int i, rc;

	if (a->npos < 1)
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "batch --merge OUT: name the databases to merge");
	if ((rc = cc_rdb_open(&db, ctx, outp, CC_RDB_CREATE)))
		return cli_error_ctx(ctx, rc, outp);
	for (i = 0; i < a->npos; i++) {
		long long added = 0;

		if (!strcmp(a->pos[i], outp))
			continue;
		if ((rc = cc_rdb_merge(db, a->pos[i], &added))) {
			int e = cli_error_ctx(ctx, rc, a->pos[i]);

			cc_rdb_close(db);
			return e;
		}
		if (!cli_has(a, "quiet"))
			fprintf(stderr, "claimcheck: merged %lld new documents from %s\n", added, a->pos[i]);
	}
	cc_rdb_close(db);
	return 0;
}

/* ---------------------------------------------------------------- the run */

/* The run's options: jobs, the largest document, --fail-on, whether
 * JSON lines go to the output. 0, or the exit code of a usage error. */
static int run_options(const cli_args *a, long *jobs_out, double *maxdoc_out, cc_severity *fail_on_out, int *jsonl_out)
{
	const char *dbpath = cli_get(a, "db"), *v;
	double maxdoc = 64.0 * 1024 * 1024;
	long jobs;

	if (a->npos < 1)
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "batch: name a directory, a file or a JSONL file ('-' for standard input)");
	if ((v = cli_get(a, "format")) && strcmp(v, "jsonl"))
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--format: batch streams jsonl only (use --summary DB --format %s)", v);
	*jsonl_out = v || !dbpath;
	if (cli_has(a, "fail-on") && cc_severity_parse(fail_on_out, cli_get(a, "fail-on")))
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--fail-on: '%s' is not info, warning or error",
				 cli_get(a, "fail-on"));
	jobs = sysconf(_SC_NPROCESSORS_ONLN);
	if ((v = cli_get(a, "jobs"))) {
		double d;

		if (cli_count(&d, "jobs", v))
			return CLI_EXIT_USAGE;
		if (d < 1 || d > MAX_JOBS)
			return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--jobs: %s is not between 1 and %d", v, MAX_JOBS);
		jobs = (long)d;
	}
	if (jobs < 1)
		jobs = 1;
	if (jobs > MAX_JOBS)
		jobs = MAX_JOBS;
	if ((v = cli_get(a, "max-doc"))) {
		if (cli_count(&maxdoc, "max-doc", v))
			return CLI_EXIT_USAGE;
		if (maxdoc < 1 || maxdoc > (double)((size_t)1 << 31))
			return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "--max-doc: %s is not between 1 and 2147483648", v);
	}

	*jobs_out = jobs;
	*maxdoc_out = maxdoc;
	return 0;
}

/* Stop the workers and the reader (NULL: it never started); a reader still blocked in a read of
 * standard input keeps its structures (*inc and *exc are then left). */
static void run_join(run *rp, pthread_t *workers, int nstarted, const pthread_t *reader, char ***inc, char ***exc)
{
	int i;

	pthread_mutex_lock(&rp->mu);
	rp->workers_quit = 1;
	pthread_cond_broadcast(&rp->cv_work);
	pthread_mutex_unlock(&rp->mu);
	for (i = 0; i < nstarted; i++)
		pthread_join(workers[i], NULL);
	if (reader) {
		/* the reader stops between documents; it may sit in a read of
		 * standard input that never returns, so wait only a little */
		double t = now_s();
		int rd;

		for (;;) {
			pthread_mutex_lock(&rp->mu);
			rd = rp->reader_done;
			pthread_mutex_unlock(&rp->mu);
			if (rd || now_s() - t > 2)
				break;
			usleep(10000);
		}
		if (rd)
			pthread_join(*reader, NULL);
		else
			pthread_detach(*reader);
		/* a reader still blocked keeps its structures: leave them */
		if (!rd) {
			rp->queue = NULL;
			rp->slots = NULL;
			rp->skipdb = NULL;
			*inc = *exc = NULL;
		}
	}
}

/* The end of the run: close the output, print the summary, and the exit
 * code (a failed write, an interruption, refused input, --fail-on). */
static int run_finish(const cli_args *a, run *rp, out *op, stats *st, long jobs, cc_severity fail_on)
{
	const char *dbpath = cli_get(a, "db");
	int exit_code = 0;

	/* the end of the run */
	if (op->f && op->f != stdout && fclose(op->f) && !op->failed)
		op->failed = cli_error(CLI_EXIT_IO, cli_get(a, "output"), 0, 0, "write error: %s", strerror(errno));
	else if (op->f == stdout && fflush(stdout) && !op->failed)
		op->failed = cli_error(CLI_EXIT_IO, NULL, 0, 0, "write error on standard output");
	op->f = NULL;
	if (!cli_has(a, "quiet")) {
		double el = now_s() - st->t0;
		long long bytes = atomic_load(&rp->in.bytes_read);
		struct rusage ru;
		cc_rdb_summary sum;
		int have = 0;

		getrusage(RUSAGE_SELF, &ru);
		fprintf(stderr, "batch: %lld documents checked, %lld already done, %lld refused, %lld bad inputs;"
				" %lld claims, %lld flags; %.1f MB in %.2f s (%.2f MB/s, %.1f docs/s); jobs %ld;"
				" peak RSS %.1f MB\n",
			st->docs, (long long)atomic_load(&rp->skipped), st->refused, (long long)atomic_load(&rp->in.bad), st->claims, st->flags,
			bytes / 1e6, el, el > 0 ? bytes / 1e6 / el : 0.0, el > 0 ? st->docs / el : 0.0, jobs,
			ru.ru_maxrss / 1024.0);
		if (op->db && cc_rdb_summarize(op->db, &sum) == CC_OK) {
			batch_summary_print(stderr, &sum, SUMMARY_TEXT, dbpath);
			cc_rdb_summary_dispose(&sum);
			have = 1;
		}
		if (!have && !op->db) {
			batch_summary_refs_finish(&op->sum, &op->refs);
			batch_summary_print(stderr, &op->sum, SUMMARY_TEXT, "this run");
		}
	}
	if (op->failed)
		exit_code = op->failed;
	else if (g_stop) {
		fprintf(stderr, "claimcheck: batch interrupted; %lld documents committed this run; rerun the same command to resume\n",
			st->stored);
		exit_code = 128 + (int)g_stop;
		if (atomic_load(&rp->worker_fail))
			exit_code = CLI_EXIT_IO;
	} else if (st->unchecked)
		exit_code = CLI_EXIT_IO;
	else if (rp->in.worst_exit)
		exit_code = rp->in.worst_exit;
	else if (st->refused)
		exit_code = CLI_EXIT_USAGE;
	else if (fail_on != CC_SEV_NONE && (st->worst >= fail_on || rp->skipped_worst >= fail_on))
		exit_code = CLI_EXIT_FLAGS;
	return exit_code;
}


static int mode_run(const cli_args *a, cc_ctx *ctx, const cc_options *opts)
{
	/* static: a reader left blocked in a read of standard input after an
	 * interrupt may still touch it while the process exits */
	static run r;
	out o;
	stats st;
	char refbuf[PATH_MAX + 32], fp[1024];
	int explicit_ref; /* unused: a named database that is missing fails when opened */
	const char *dbpath = cli_get(a, "db");
	cc_severity fail_on = CC_SEV_NONE;
	pthread_t reader, workers[MAX_JOBS];
	size_t ninc = 0, nexc = 0;
	char **inc = NULL, **exc = NULL;
	long jobs = 1;
	int i, nstarted = 0, exit_code = 0, jsonl_out = 0, reader_started = 0, rc;
	double maxdoc = 64.0 * 1024 * 1024;
	struct sigaction sa;

	memset(&r, 0, sizeof r);
	memset(&o, 0, sizeof o);
	memset(&st, 0, sizeof st);
	o.ctx = ctx;
	if ((exit_code = run_options(a, &jobs, &maxdoc, &fail_on, &jsonl_out)))
		return exit_code;
	r.opts = *opts;
	r.refp = cli_ref_path(a, &explicit_ref, refbuf, sizeof refbuf);
	if (r.refp) {
		/* fail early, once, on a reference database that cannot be opened */
		rc = cc_ctx_open_reference(ctx, r.refp);
		if (rc)
			return cli_error_ctx(ctx, rc, r.refp);
	}
	fingerprint(fp, sizeof fp, opts, r.refp);
	{
		const char *d = getenv("CLAIMCHECK_BATCH_DELAY_US");

		r.delay_us = d ? atoi(d) : 0;
	}
	inc = split_list(cli_get(a, "include"), &ninc);
	exc = split_list(cli_get(a, "exclude"), &nexc);
	r.in.include = inc;
	r.in.ninclude = ninc;
	r.in.exclude = exc;
	r.in.nexclude = nexc;
	r.in.max_doc = (size_t)maxdoc;
	r.in.stop = &g_stop;
	r.paths = a->pos;
	r.npaths = a->npos;

	if (dbpath) {
		if ((rc = cc_rdb_open(&o.db, ctx, dbpath, CC_RDB_CREATE)) ||
		    (rc = cc_rdb_check_options(o.db, fp))) {
			exit_code = cli_error_ctx(ctx, rc, dbpath);
			goto done;
		}
		if ((rc = cc_rdb_open(&r.skipdb, ctx, dbpath, CC_RDB_READONLY))) {
			exit_code = cli_error_ctx(ctx, rc, dbpath);
			goto done;
		}
	}
	if (jsonl_out && (exit_code = open_out(&o.f, a)))
		goto done;

	st.progress = !cli_has(a, "quiet") && isatty(STDERR_FILENO);
	st.total_docs = -1;
	st.total_bytes = -1;
	if (st.progress)
		batch_count(&r.in, r.paths, r.npaths, &st.total_docs, &st.total_bytes, &st.docs_exact);
	st.t0 = st.last = now_s();

	r.cap = 4 * (size_t)jobs + 4;
	r.queue = calloc(r.cap, sizeof *r.queue);
	r.slots = calloc(r.cap, sizeof *r.slots);
	if (!r.queue || !r.slots) {
		exit_code = cli_error(CLI_EXIT_IO, NULL, 0, 0, "out of memory");
		goto done;
	}
	pthread_mutex_init(&r.mu, NULL);
	pthread_cond_init(&r.cv_work, NULL);
	pthread_cond_init(&r.cv_space, NULL);
	pthread_cond_init(&r.cv_done, NULL);

	g_stop = 0;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sa.sa_flags = SA_RESTART;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);

	for (i = 0; i < jobs; i++) {
		if (pthread_create(&workers[i], NULL, worker_main, &r))
			break;
		nstarted++;
	}
	if (nstarted == 0 || pthread_create(&reader, NULL, reader_main, &r)) {
		exit_code = cli_error(CLI_EXIT_IO, NULL, 0, 0, "cannot start threads");
		g_stop = SIGTERM;
	} else {
		reader_started = 1;
	}
	if (reader_started)
		writer_loop(&r, &o, &st);

	run_join(&r, workers, nstarted, reader_started ? &reader : NULL, &inc, &exc);
	progress(&r, &st, 1);
	signal(SIGINT, SIG_DFL);
	signal(SIGTERM, SIG_DFL);

	exit_code = run_finish(a, &r, &o, &st, jobs, fail_on);
done:
	if (o.f && o.f != stdout)
		fclose(o.f);
	batch_summary_refs_finish(&o.sum, &o.refs);
	cc_rdb_summary_dispose(&o.sum);
	cc_rdb_close(o.db);
	cc_rdb_close(r.skipdb);
	if (r.slots) {
		size_t k;

		for (k = 0; k < r.cap; k++)
			slot_dispose(&r.slots[k]);
	}
	free(r.slots);
	free(r.queue);
	free(inc);
	free(exc);
	return exit_code;
}

int cmd_batch(int argc, char **argv)
{
	cli_args a;
	cc_options o = CC_OPTIONS_INIT;
	cc_ctx *ctx = NULL;
	int exit_code = 0, rc, modes;

	if (cli_parse(&a, argc, argv, batch_opts, "claimcheck batch [OPTIONS] DIR|FILE|FILE.jsonl|- ...\n"
		      "       claimcheck batch --summary DB [--format text|md|html|json]\n"
		      "       claimcheck batch --merge OUT.db A.db B.db ...\n"
		      "       claimcheck batch --dump DB",
		      "A fact-checking run over many documents on every core. Directories are\n"
		      "walked in sorted order; FILE.jsonl and '-' hold one JSON document per line\n"
		      "({\"id\":..., \"text\":..., \"date\":..., \"url\":...}); other files are one\n"
		      "document each (id = path). Results go into a results database (--db), one\n"
		      "transaction per document, so an interrupted run resumes where it stopped,\n"
		      "and/or stream as claim records (--format jsonl).", &exit_code))
		return exit_code;
	modes = cli_has(&a, "summary") + cli_has(&a, "merge") + cli_has(&a, "dump");
	if (modes > 1)
		return cli_error(CLI_EXIT_USAGE, NULL, 0, 0, "batch: --summary, --merge and --dump exclude each other");
	if ((exit_code = cli_common_options(&o, &a)))
		return exit_code;
	rc = cc_ctx_new(&ctx, NULL, &o);
	if (rc)
		return cli_error(cli_exit_for(rc), NULL, 0, 0, "%s", rc == CC_ENOMEM ? "out of memory" : "invalid options");
	if (cli_has(&a, "summary"))
		exit_code = mode_summary(&a, ctx);
	else if (cli_has(&a, "dump"))
		exit_code = mode_dump(&a, ctx);
	else if (cli_has(&a, "merge"))
		exit_code = mode_merge(&a, ctx);
	else
		exit_code = mode_run(&a, ctx, cc_ctx_options(ctx));
	cc_ctx_free(ctx);
	return exit_code;
}
