/*
 * batch_input.c -- where the documents of a batch run come from (CLI
 * layer): directories walked recursively in sorted order with include /
 * exclude globs (fnmatch), plain files as one document each, JSONL files
 * and standard input as one document per line.
 *
 * Memory is bounded whatever the corpus: a directory's entry list is held
 * only while that directory is walked, a JSONL line is read into a buffer
 * that never grows beyond the document cap (a longer line is skipped to
 * its end and counted), and every document is handed to the consumer
 * (who owns it) before the next is read. Must not: check documents or
 * write results.
 */
#include "batch.h"

#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void batch_item_free(batch_item *it)
{
	if (!it)
		return;
	free(it->id);
	free(it->path);
	free(it->text);
	free(it->date);
	free(it->url);
	free(it);
}

int batch_parse_date(const char *s, int *y, int *m, int *d)
{
	int i;

	if (!s || strlen(s) < 10)
		return -1;
	for (i = 0; i < 10; i++)
		if ((i == 4 || i == 7) ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
			return -1;
	*y = atoi(s);
	*m = atoi(s + 5);
	*d = atoi(s + 8);
	if (*m < 1 || *m > 12 || *d < 1 || *d > 31)
		return -1;
	return 0;
}

static int is_jsonl(const char *path)
{
	size_t n = strlen(path);

	if (!strcmp(path, "-"))
		return 1;
	return (n > 6 && !strcmp(path + n - 6, ".jsonl")) || (n > 7 && !strcmp(path + n - 7, ".ndjson"));
}

static const char *base_name(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? s + 1 : path;
}

static int glob_any(char **globs, size_t n, const char *path)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (fnmatch(globs[i], strchr(globs[i], '/') ? path : base_name(path), 0) == 0)
			return 1;
	return 0;
}

static void input_error(batch_input *in, int code, const char *file, long line, long col, const char *msg)
{
	cli_error(code, file, line, col, "%s", msg);
	atomic_fetch_add(&in->bad, 1);
	if (code > in->worst_exit)
		in->worst_exit = code;
}

/* ---------------------------------------------------------------- JSONL */

int batch_jsonl_stream(batch_input *in, FILE *f, const char *name, batch_emit_fn emit, void *payload)
{
	/* the line cap: a document's text can be at most 6x longer escaped */
	size_t cap_line = in->max_doc > ((size_t)-1) / 8 ? (size_t)-1 / 2 : in->max_doc * 6 + 65536;
	char *buf = NULL;
	size_t cap = 0, len = 0;
	long lineno = 0;
	int rc = 0, too_long;
	char rbuf[1 << 16];
	size_t rpos = 0, rlen = 0;
	int eof = 0, rerr = 0, fd = fileno(f);

	while (!eof && !(in->stop && *in->stop)) {
		/* read one line into buf (bounded), counting its bytes */
		len = 0;
		too_long = 0;
		lineno++;
		for (;;) {
			char *nl;
			size_t take;

			if (rpos == rlen) {
				/* read(2), not fread: a line is handled as soon as it
				 * arrives, so the command works as a live filter */
				ssize_t got;

				if (in->prefix_len && fd == STDIN_FILENO) {
					/* bytes the caller peeked at come first */
					got = (ssize_t)(in->prefix_len < sizeof rbuf ? in->prefix_len : sizeof rbuf);
					memcpy(rbuf, in->prefix, (size_t)got);
					in->prefix += got;
					in->prefix_len -= (size_t)got;
				} else {
					do
						got = read(fd, rbuf, sizeof rbuf);
					while (got < 0 && errno == EINTR);
				}
				rpos = 0;
				rlen = got > 0 ? (size_t)got : 0;
				if (got <= 0) {
					rerr = got < 0 ? errno : 0;
					eof = 1;
					break;
				}
				atomic_fetch_add(&in->bytes_read, (long long)rlen);
			}
			nl = memchr(rbuf + rpos, '\n', rlen - rpos);
			take = nl ? (size_t)(nl - (rbuf + rpos)) : rlen - rpos;
			if (!too_long) {
				if (len + take > cap_line) {
					too_long = 1;
				} else {
					if (len + take + 1 > cap) {
						size_t ncap = cap ? cap : 4096;
						char *nb;

						while (ncap < len + take + 1)
							ncap *= 2;
						nb = realloc(buf, ncap);
						if (!nb) {
							free(buf);
							return cli_error(CLI_EXIT_IO, name, lineno, 0, "out of memory"), -1;
						}
						buf = nb;
						cap = ncap;
					}
					memcpy(buf + len, rbuf + rpos, take);
					len += take;
				}
			}
			rpos += take;
			if (nl) {
				rpos++;
				break;
			}
		}
		if (eof && rerr) {
			char msg[160];

			snprintf(msg, sizeof msg, "read error: %s", rerr == EISDIR ? "is a directory" : strerror(rerr));
			input_error(in, CLI_EXIT_IO, name, lineno, 0, msg);
			break;
		}
		if (eof && len == 0 && !too_long)
			break;
		if (too_long) {
			char msg[96];

			snprintf(msg, sizeof msg, "line longer than %zu bytes, skipped", cap_line);
			input_error(in, CLI_EXIT_USAGE, name, lineno, 0, msg);
			continue;
		}
		{
			size_t k = 0;

			while (k < len && (buf[k] == ' ' || buf[k] == '\t' || buf[k] == '\r'))
				k++;
			if (k == len)
				continue; /* blank line */
		}
		{
			batch_jdoc jd;
			char err[160], where[64];
			long col = 0;
			batch_item *it;

			if (batch_json_doc(&jd, buf, len, err, sizeof err, &col)) {
				input_error(in, CLI_EXIT_USAGE, name, lineno, col, err);
				continue;
			}
			if (jd.text_len > in->max_doc) {
				char msg[96];

				snprintf(msg, sizeof msg, "document larger than %zu bytes, skipped", in->max_doc);
				input_error(in, CLI_EXIT_USAGE, name, lineno, 0, msg);
				batch_jdoc_dispose(&jd);
				continue;
			}
			it = calloc(1, sizeof *it);
			snprintf(where, sizeof where, ":%ld", lineno);
			if (it)
				it->path = malloc(strlen(name) + strlen(where) + 1);
			if (!it || !it->path) {
				batch_jdoc_dispose(&jd);
				free(it);
				free(buf);
				return cli_error(CLI_EXIT_IO, name, lineno, 0, "out of memory"), -1;
			}
			strcpy(it->path, name);
			strcat(it->path, where);
			it->id = jd.id ? jd.id : strdup(it->path); /* no id: PATH:LINE */
			it->text = jd.text;
			it->text_len = jd.text_len;
			it->date = jd.date;
			it->url = jd.url;
			it->in_bytes = len + 1;
			if (!it->id) {
				jd.id = NULL;
				batch_item_free(it);
				free(buf);
				return cli_error(CLI_EXIT_IO, name, lineno, 0, "out of memory"), -1;
			}
			cc_rdb_hash(it->hash, it->text, it->text_len, it->date, it->url);
			if ((rc = emit(it, payload)))
				break;
		}
	}
	free(buf);
	return rc;
}

/* ---------------------------------------------------------------- files */

static int emit_file(batch_input *in, const char *path, const struct stat *st, batch_emit_fn emit, void *payload)
{
	batch_item *it;
	FILE *f;
	size_t n;

	if ((size_t)st->st_size > in->max_doc) {
		char msg[96];

		snprintf(msg, sizeof msg, "document larger than %zu bytes, skipped", in->max_doc);
		input_error(in, CLI_EXIT_USAGE, path, 0, 0, msg);
		atomic_fetch_add(&in->bytes_read, (long long)st->st_size);
		return 0;
	}
	f = fopen(path, "rb");
	if (!f) {
		char msg[160];

		snprintf(msg, sizeof msg, "cannot open: %s", strerror(errno));
		input_error(in, CLI_EXIT_IO, path, 0, 0, msg);
		return 0;
	}
	it = calloc(1, sizeof *it);
	if (it) {
		it->id = strdup(path);
		it->path = strdup(path);
		it->text = malloc((size_t)st->st_size + 1);
	}
	if (!it || !it->id || !it->path || !it->text) {
		fclose(f);
		batch_item_free(it);
		return cli_error(CLI_EXIT_IO, path, 0, 0, "out of memory"), -1;
	}
	/* read what is there now (a file may change while we walk) */
	n = fread(it->text, 1, (size_t)st->st_size, f);
	if (ferror(f)) {
		char msg[160];

		snprintf(msg, sizeof msg, "read error: %s", strerror(errno));
		fclose(f);
		batch_item_free(it);
		input_error(in, CLI_EXIT_IO, path, 0, 0, msg);
		return 0;
	}
	fclose(f);
	it->text[n] = '\0';
	it->text_len = n;
	it->in_bytes = n;
	atomic_fetch_add(&in->bytes_read, (long long)n);
	cc_rdb_hash(it->hash, it->text, it->text_len, NULL, NULL);
	return emit(it, payload);
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Directory entries, sorted by byte order (deterministic across file
 * systems and locales). */
static char **list_dir(const char *dir, size_t *n_out, int *err_out)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **v = NULL, **nv;
	size_t n = 0, cap = 0;

	*n_out = 0;
	*err_out = 0;
	if (!d) {
		*err_out = errno;
		return NULL;
	}
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.') /* ".", "..", hidden files */
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			nv = realloc(v, cap * sizeof *v);
			if (!nv)
				break;
			v = nv;
		}
		if (!(v[n] = strdup(e->d_name)))
			break;
		n++;
	}
	closedir(d);
	if (n)
		qsort(v, n, sizeof *v, cmp_names);
	*n_out = n;
	return v;
}

typedef struct walker {
	batch_input *in;
	batch_emit_fn emit;
	void *payload;
	int counting;
	long long docs, bytes;
	int exact, bytes_unknown;
} walker;

static int visit(walker *w, const char *path, int top, int depth);

static int visit_dir(walker *w, const char *path, int depth)
{
	size_t n, i;
	int err, rc = 0;
	char **names;

	if (depth > 64) {
		if (!w->counting)
			input_error(w->in, CLI_EXIT_USAGE, path, 0, 0, "directories nested deeper than 64 levels, skipped");
		return 0;
	}
	names = list_dir(path, &n, &err);
	if (err && !w->counting) {
		char msg[160];

		snprintf(msg, sizeof msg, "cannot read directory: %s", strerror(err));
		input_error(w->in, CLI_EXIT_IO, path, 0, 0, msg);
	}
	for (i = 0; i < n; i++) {
		size_t pl = strlen(path);
		char *child = malloc(pl + strlen(names[i]) + 2);

		if (!child) {
			rc = -1;
			break;
		}
		sprintf(child, "%s%s%s", path, pl && path[pl - 1] == '/' ? "" : "/", names[i]);
		if (!rc)
			rc = visit(w, child, 0, depth + 1);
		free(child);
		if (rc || (w->in->stop && *w->in->stop))
			break;
	}
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return rc;
}

static int visit(walker *w, const char *path, int top, int depth)
{
	struct stat st, lst;

	if (!strcmp(path, "-")) {
		w->exact = 0;
		w->bytes_unknown = 1;
		return w->counting ? 0 : batch_jsonl_stream(w->in, stdin, "-", w->emit, w->payload);
	}
	if (stat(path, &st) != 0) {
		if (!w->counting) {
			char msg[160];

			snprintf(msg, sizeof msg, "cannot open: %s", strerror(errno));
			input_error(w->in, CLI_EXIT_IO, path, 0, 0, msg);
		}
		return 0;
	}
	if (S_ISDIR(st.st_mode)) {
		/* below the top, symlinked directories are not followed (loops) */
		if (!top && lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode))
			return 0;
		if (!top && glob_any(w->in->exclude, w->in->nexclude, path))
			return 0;
		return visit_dir(w, path, depth);
	}
	if (!S_ISREG(st.st_mode))
		return 0;
	/* globs filter files found in directories; a file named on the command
	 * line is always read */
	if (!top) {
		if (w->in->ninclude && !glob_any(w->in->include, w->in->ninclude, path))
			return 0;
		if (glob_any(w->in->exclude, w->in->nexclude, path))
			return 0;
	}
	if (w->counting) {
		w->bytes += st.st_size;
		if (is_jsonl(path))
			w->exact = 0;
		else
			w->docs++;
		return 0;
	}
	if (is_jsonl(path)) {
		FILE *f = fopen(path, "rb");
		int rc;

		if (!f) {
			char msg[160];

			snprintf(msg, sizeof msg, "cannot open: %s", strerror(errno));
			input_error(w->in, CLI_EXIT_IO, path, 0, 0, msg);
			return 0;
		}
		rc = batch_jsonl_stream(w->in, f, path, w->emit, w->payload);
		fclose(f);
		return rc;
	}
	return emit_file(w->in, path, &st, w->emit, w->payload);
}

int batch_walk(batch_input *in, char **paths, int npaths, batch_emit_fn emit, void *payload)
{
	walker w = { in, emit, payload, 0, 0, 0, 1, 0 };
	int i, rc = 0;

	for (i = 0; i < npaths && !rc && !(in->stop && *in->stop); i++)
		rc = visit(&w, paths[i], 1, 0);
	return rc;
}

void batch_count(batch_input *in, char **paths, int npaths, long long *docs_out,
		 long long *bytes_out, int *docs_exact_out)
{
	walker w = { in, NULL, NULL, 1, 0, 0, 1, 0 };
	int i;

	for (i = 0; i < npaths; i++)
		visit(&w, paths[i], 1, 0);
	*docs_out = w.docs;
	*bytes_out = w.bytes_unknown ? -1 : w.bytes;
	*docs_exact_out = w.exact;
}
