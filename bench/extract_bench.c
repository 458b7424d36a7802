/*
 * extract_bench.c -- `make bench-extract`: extraction throughput on plain
 * news text, single thread, beside `wc -w` on the same file, and peak RSS.
 * The corpus (--file, or --mb N built in /tmp from ../shared/corpus/bbc, or
 * from our own sentences when that is absent) is streamed through a fixed
 * buffer and cut into documents at blank lines (<= 64 KB each), so memory
 * stays flat whatever the input size (compare --mb 128 with --mb 1024).
 * Public API only.
 */
#include "claimcheck.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#define DOC_MAX (64 * 1024)
#define BUF_SIZE (1024 * 1024)

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* Our own filler text, used when the shared corpus is not there. */
static const char *const own[] = {
	"Almost two-thirds of the 1,200 shop owners questioned said trade had fallen, while one in five expected it to recover by the spring.\n",
	"The council spent £3.5m on repairs last year, up 12% on the year before, and plans to hire 45 more inspectors.\n",
	"Nearly half of those asked in the poll of 2,000 adults backed the plan; a minority, 18%, opposed it.\n\n",
	"Shares closed 4p lower at 212p after the firm said profits had halved to $40bn in the three months to June.\n",
	"The match ended 2-1 and the 29-year-old striker, who joined in 2019, has now scored in five straight games.\n\n",
};

static int append_file(FILE *out, const char *path, size_t *total)
{
	char buf[65536];
	size_t n;
	FILE *f = fopen(path, "rb");
	if (!f)
		return 0;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
		fwrite(buf, 1, n, out);
		*total += n;
	}
	fputs("\n\n", out);
	*total += 2;
	fclose(f);
	return 1;
}

/* Build a corpus of at least mb megabytes at path. */
static int build_corpus(const char *path, size_t mb)
{
	static const char *const sections[] = { "business", "entertainment", "politics", "sport", "tech" };
	FILE *out = fopen(path, "wb");
	size_t total = 0, want = mb * 1024 * 1024, k;
	int found = 0;
	if (!out)
		return -1;
	while (total < want) {
		size_t before = total;
		for (k = 0; k < sizeof sections / sizeof sections[0] && total < want; k++) {
			char dir[512];
			DIR *d;
			struct dirent *e;
			snprintf(dir, sizeof dir, "../shared/corpus/bbc/%s", sections[k]);
			if (!(d = opendir(dir)))
				continue;
			while ((e = readdir(d)) != NULL && total < want) {
				char p[1024];
				if (!strstr(e->d_name, ".txt"))
					continue;
				snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
				found |= append_file(out, p, &total);
			}
			closedir(d);
		}
		if (total == before) {
			for (k = 0; k < sizeof own / sizeof own[0]; k++) {
				fputs(own[k], out);
				total += strlen(own[k]);
			}
		}
	}
	fclose(out);
	return found;
}

int main(int argc, char **argv)
{
	const char *file = NULL;
	char tmp[256], cmd[600];
	size_t mb = 128, used = 0, total = 0, ndocs = 0, nclaims = 0;
	char *buf;
	FILE *f;
	cc_ctx *ctx;
	double t0, t_ex, t_wc, cpu0, cpu;
	struct rusage ru;
	int i, from_corpus = -1;

	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--mb") && i + 1 < argc)
			mb = strtoul(argv[++i], NULL, 10);
		else if (!strcmp(argv[i], "--file") && i + 1 < argc)
			file = argv[++i];
	}
	if (!file) {
		/* the filler corpus gets its own name: a run from a tree with
		   no ../shared never overwrites the news corpus others measure */
		snprintf(tmp, sizeof tmp, "/tmp/claimcheck-bench-%zumb%s.txt", mb,
			 access("../shared/corpus/bbc", R_OK) == 0 ? "" : "-own");
		from_corpus = build_corpus(tmp, mb);
		if (from_corpus < 0) {
			fprintf(stderr, "extract_bench: cannot write %s\n", tmp);
			return 3;
		}
		file = tmp;
	}
	if (cc_ctx_new(&ctx, NULL, NULL) || !(f = fopen(file, "rb")) || !(buf = malloc(BUF_SIZE))) {
		fprintf(stderr, "extract_bench: cannot open %s\n", file);
		return 3;
	}
	getrusage(RUSAGE_SELF, &ru);
	cpu0 = ru.ru_utime.tv_sec + ru.ru_utime.tv_usec * 1e-6 + ru.ru_stime.tv_sec + ru.ru_stime.tv_usec * 1e-6;
	t0 = now();
	for (;;) {
		size_t n = fread(buf + used, 1, BUF_SIZE - used, f), start = 0, p;
		int eof = n == 0;
		used += n;
		total += n;
		/* cut documents at the first blank line after 2 KB, at most
		 * DOC_MAX bytes each (the last one at the end of the file);
		 * newlines are found with memchr, so the harness's own cost
		 * stays out of the extraction figure */
		for (;;) {
			size_t from = start + 2048, lim = start + DOC_MAX, end = 0;
			const char *q;

			if (lim > used)
				lim = used;
			for (p = from; p < lim && (q = memchr(buf + p, '\n', lim - p)); p = (size_t)(q - buf) + 1)
				if ((size_t)(q - buf) + 1 < used && q[1] == '\n') {
					end = (size_t)(q - buf) + 1;
					break;
				}
			if (!end && start + DOC_MAX + 1 < used)
				end = start + DOC_MAX + 1;
			if (!end && eof && start < used)
				end = start + DOC_MAX + 1 < used ? start + DOC_MAX + 1 : used;
			if (!end)
				break;
			{
				cc_doc *doc;

				if (cc_extract(&doc, ctx, buf + start, end - start, "bench") == CC_OK) {
					nclaims += cc_doc_claim_count(doc);
					cc_doc_free(doc);
				}
				ndocs++;
				start = end;
			}
		}
		memmove(buf, buf + start, used - start);
		used -= start;
		if (eof)
			break;
	}
	t_ex = now() - t0;
	fclose(f);
	getrusage(RUSAGE_SELF, &ru);
	cpu = ru.ru_utime.tv_sec + ru.ru_utime.tv_usec * 1e-6 + ru.ru_stime.tv_sec + ru.ru_stime.tv_usec * 1e-6 - cpu0;
	snprintf(cmd, sizeof cmd, "wc -w < '%s' > /dev/null", file);
	t0 = now();
	if (system(cmd) != 0)
		fprintf(stderr, "extract_bench: wc failed\n");
	t_wc = now() - t0;
	printf("extract: %s (%s)\n", file, from_corpus > 0 ? "shared/corpus/bbc repeated" : from_corpus == 0 ? "own sentences" : "given");
	printf("extract: %.1f MB, %zu documents, %zu claims in %.2f s = %.1f MB/s single thread\n",
	       total / 1048576.0, ndocs, nclaims, t_ex, total / 1048576.0 / t_ex);
	printf("wc -w:   %.2f s = %.1f MB/s; extract/wc time ratio %.2f\n", t_wc, total / 1048576.0 / t_wc, t_ex / t_wc);
	printf("cpu:     %.2f s = %.1f MB/s of CPU time (the wall figure is lower when the machine is busy)\n", cpu,
	       total / 1048576.0 / cpu);
	printf("peak RSS: %ld KB\n", ru.ru_maxrss);
	free(buf);
	cc_ctx_free(ctx);
	return 0;
}
