/*
 * sink.c -- cc_sink, where every report goes: a write callback plus its
 * payload, behind an 8 KiB buffer so renderers may write a byte at a time.
 * Stage: reports. Ready-made sinks: a callback, standard output, and a file
 * written through a temporary file in the same directory that is renamed
 * over the target only by cc_sink_close, so `-o FILE` never leaves half a
 * report and never destroys an existing file when something fails. A
 * target that is not a regular file (/dev/null, a FIFO, a terminal) is
 * written in place; a symbolic link keeps pointing at the new report.
 *
 * Failure is sticky: the first failed write is remembered, later writes are
 * no-ops, and cc_sink_close reports CC_EIO with the message on the ctx. This
 * file must not format or escape anything.
 */
#include "reports.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define SINK_BUFSZ 8192

enum sink_type { SINK_CALLBACK, SINK_STDOUT, SINK_FILE, SINK_DEVICE };

struct cc_sink {
	cc_ctx *ctx;
	enum sink_type type;
	cc_write_fn write;     /* SINK_CALLBACK */
	void *payload;
	FILE *fp;              /* SINK_STDOUT, SINK_FILE */
	char *path;            /* SINK_FILE: the target */
	char *tmp;             /* SINK_FILE: the temporary file beside it */
	int failed;            /* sticky: 0, or the errno of the first failure (-1 unknown) */
	size_t len;            /* bytes waiting in buf */
	char buf[SINK_BUFSZ];
};

static cc_sink *sink_alloc(cc_ctx *ctx, enum sink_type type)
{
	cc_sink *s = cc_calloc(ctx, 1, sizeof *s);

	if (s) {
		s->ctx = ctx;
		s->type = type;
	}
	return s;
}

int cc_sink_new(cc_sink **out, cc_ctx *ctx, cc_write_fn write, void *payload)
{
	cc_sink *s;

	*out = NULL;
	if (!write)
		return cc_error_set(ctx, CC_EINVAL, "sink without a write function");
	s = sink_alloc(ctx, SINK_CALLBACK);
	if (!s)
		return cc_error_oom(ctx);
	s->write = write;
	s->payload = payload;
	*out = s;
	return CC_OK;
}

int cc_sink_stdout(cc_sink **out, cc_ctx *ctx)
{
	cc_sink *s = sink_alloc(ctx, SINK_STDOUT);

	*out = NULL;
	if (!s)
		return cc_error_oom(ctx);
	s->fp = stdout;
	*out = s;
	return CC_OK;
}

/* The temporary name: "DIR/.BASE.XXXXXX" so rename() stays on one file
 * system and a crash leaves only a hidden file. */
static char *temp_name(cc_ctx *ctx, const char *path)
{
	const char *slash = strrchr(path, '/');
	size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;
	const char *base = path + dirlen;
	size_t n = dirlen + 1 + strlen(base) + sizeof ".XXXXXX";
	char *t = cc_malloc(ctx, n);

	if (t)
		snprintf(t, n, "%.*s.%s.XXXXXX", (int)dirlen, path, base);
	return t;
}

/* A target that is not a regular file (a terminal, /dev/null, a pipe) is
 * written in place: renaming a file over a device would replace it. */
static int open_direct(cc_sink *s, const char *path)
{
	s->fp = fopen(path, "wb");
	return s->fp ? CC_OK : -1;
}

int cc_sink_open_file(cc_sink **out, cc_ctx *ctx, const char *path)
{
	cc_sink *s;
	struct stat st;
	char *real = NULL;
	int fd;

	*out = NULL;
	if (!path || !*path)
		return cc_error_set(ctx, CC_EINVAL, "empty output file name");
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return cc_error_set(ctx, CC_EIO, "'%s' is a directory", path);
	s = sink_alloc(ctx, SINK_FILE);
	if (!s)
		return cc_error_oom(ctx);
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		s->type = SINK_DEVICE;
		s->path = cc_strdup(ctx, path);
		if (!s->path) {
			cc_sink_abort(s);
			return cc_error_oom(ctx);
		}
		if (open_direct(s, path)) {
			int e = errno;

			cc_sink_abort(s);
			return cc_error_set(ctx, CC_EIO, "cannot open '%s': %s", path, strerror(e));
		}
		*out = s;
		return CC_OK;
	}
	/* through a symbolic link: replace the file it points to, keep the link */
	if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode))
		real = realpath(path, NULL);
	s->path = cc_strdup(ctx, real ? real : path);
	free(real);
	s->tmp = s->path ? temp_name(ctx, s->path) : NULL;
	if (!s->path || !s->tmp) {
		cc_sink_abort(s);
		return cc_error_oom(ctx);
	}
	fd = mkstemp(s->tmp);
	if (fd < 0) {
		int e = errno;

		cc_free(ctx, s->tmp);
		s->tmp = NULL;
		cc_sink_abort(s);
		return cc_error_set(ctx, CC_EIO, "cannot create '%s': %s", path, strerror(e));
	}
	s->fp = fdopen(fd, "wb");
	if (!s->fp) {
		int e = errno;

		close(fd);
		cc_sink_abort(s);
		return cc_error_set(ctx, CC_EIO, "cannot create '%s': %s", path, strerror(e));
	}
	*out = s;
	return CC_OK;
}

/* Hand the buffered bytes to the destination; remember the first error. */
static void sink_flush(cc_sink *s)
{
	size_t n = s->len;

	s->len = 0;
	if (s->failed || !n)
		return;
	if (s->type == SINK_CALLBACK) {
		if (s->write(s->buf, n, s->payload))
			s->failed = -1;
	} else if (fwrite(s->buf, 1, n, s->fp) != n) {
		s->failed = errno ? errno : -1;
	}
}

void cc_sink_write(cc_sink *s, const char *data, size_t len)
{
	if (s->failed || !len)
		return;
	if (len > SINK_BUFSZ - s->len) {
		sink_flush(s);
		if (len >= SINK_BUFSZ) {
			/* large block: write it through without copying */
			if (s->failed)
				return;
			if (s->type == SINK_CALLBACK) {
				if (s->write(data, len, s->payload))
					s->failed = -1;
			} else if (fwrite(data, 1, len, s->fp) != len) {
				s->failed = errno ? errno : -1;
			}
			return;
		}
	}
	memcpy(s->buf + s->len, data, len);
	s->len += len;
}

void cc_sink_puts(cc_sink *s, const char *str)
{
	cc_sink_write(s, str, strlen(str));
}

void cc_sink_printf(cc_sink *s, const char *fmt, ...)
{
	char small[512];
	va_list ap;
	int n;

	if (s->failed)
		return;
	va_start(ap, fmt);
	n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0) {
		s->failed = -1;
		return;
	}
	if ((size_t)n < sizeof small) {
		cc_sink_write(s, small, (size_t)n);
	} else {
		char *big = cc_malloc(s->ctx, (size_t)n + 1);

		if (!big) {
			s->failed = ENOMEM;
			return;
		}
		va_start(ap, fmt);
		vsnprintf(big, (size_t)n + 1, fmt, ap);
		va_end(ap);
		cc_sink_write(s, big, (size_t)n);
		cc_free(s->ctx, big);
	}
}

int cc_sink_failed(const cc_sink *s)
{
	return s->failed != 0;
}

static void sink_free(cc_sink *s)
{
	cc_ctx *ctx = s->ctx;

	cc_free(ctx, s->path);
	cc_free(ctx, s->tmp);
	cc_free(ctx, s);
}

/* A report file gets the permissions a newly created file would have
 * (mkstemp makes it 0600), or those of the file it replaces. */
static void set_mode(cc_sink *s)
{
	struct stat st;
	mode_t mode, um;

	if (stat(s->path, &st) == 0) {
		mode = st.st_mode & 07777;
	} else {
		um = umask(0);
		umask(um);
		mode = 0666 & ~um;
	}
	if (fchmod(fileno(s->fp), mode) != 0 && !s->failed)
		s->failed = errno;
}

static int sink_error(cc_sink *s)
{
	const char *what = s->path ? s->path : s->type == SINK_STDOUT ? "standard output" : "output";

	if (s->failed > 0)
		return cc_error_set(s->ctx, CC_EIO, "cannot write %s: %s", what, strerror(s->failed));
	return cc_error_set(s->ctx, CC_EIO, "cannot write %s", what);
}

int cc_sink_close(cc_sink *s)
{
	int rc = CC_OK;

	if (!s)
		return CC_OK;
	sink_flush(s);
	switch (s->type) {
	case SINK_CALLBACK:
		break;
	case SINK_STDOUT:
		if (fflush(s->fp) != 0 || ferror(s->fp))
			if (!s->failed)
				s->failed = errno ? errno : -1;
		break;
	case SINK_DEVICE:
		if (fclose(s->fp) != 0 && !s->failed)
			s->failed = errno ? errno : -1;
		s->fp = NULL;
		break;
	case SINK_FILE:
		set_mode(s);
		if (fflush(s->fp) != 0 && !s->failed)
			s->failed = errno ? errno : -1;
		if (!s->failed && fsync(fileno(s->fp)) != 0 && errno != EINVAL && errno != EROFS)
			s->failed = errno;
		if (fclose(s->fp) != 0 && !s->failed)
			s->failed = errno ? errno : -1;
		s->fp = NULL;
		if (!s->failed && rename(s->tmp, s->path) != 0)
			s->failed = errno ? errno : -1;
		if (s->failed)
			unlink(s->tmp);
		break;
	}
	if (s->failed)
		rc = sink_error(s);
	sink_free(s);
	return rc;
}

void cc_sink_abort(cc_sink *s)
{
	if (!s)
		return;
	if (s->type == SINK_FILE) {
		if (s->fp)
			fclose(s->fp);
		if (s->tmp)
			unlink(s->tmp);
	} else if (s->type == SINK_DEVICE) {
		if (s->fp)
			fclose(s->fp);
	} else if (s->type == SINK_STDOUT) {
		s->len = 0;
		fflush(s->fp);
	}
	sink_free(s);
}
