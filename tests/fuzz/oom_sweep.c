/*
 * oom_sweep.c -- out-of-memory sweep of a document fuzz target (hardening,
 * tests/fuzz): for each input file, run the target once per allocation
 * with the allocator failing from that allocation on (1, 2, 3, ... until a
 * run makes fewer allocations than the failure point), each run in a
 * child process so that a broken invariant (fuzz_doc.h: a failed call
 * must leave an error on the context, no crash, no leak) is recorded and
 * the sweep goes on. For each failing point it reruns with the stack of
 * the failing allocation printed and names the first frame outside the
 * allocator wrappers. Built with -DFUZZ_SWEEP against fuzz_T.c.
 *
 * Usage: oom_sweep_T [-k KNOWN] FILE...
 * Each input is swept twice: in a fresh process, and after one run without
 * failures (the state a previous run leaves, e.g. lazily built tables,
 * moves the allocations; libFuzzer runs many inputs in one process).
 *   KNOWN: a file of sites (one "function file" substring a line, '#'
 *   comments) whose failures are known and open: reported, not counted.
 * Exit 0 when every failure point is known; 1 otherwise.
 * Must not: change the library's behaviour (it only observes it).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

unsigned long fuzz_sweep_fail_at, fuzz_sweep_calls;
int fuzz_sweep_stack;
static int warm; /* a first run without failures in each child */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum { DONE = 10, MAX_POINTS = 200000 };

static unsigned char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	unsigned char *buf = NULL, *nb;
	size_t cap = 0, got;

	*len = 0;
	if (!f)
		return NULL;
	for (;;) {
		if (*len == cap) {
			cap = cap ? cap * 2 : 4096;
			nb = realloc(buf, cap);
			if (!nb) {
				free(buf);
				fclose(f);
				return NULL;
			}
			buf = nb;
		}
		got = fread(buf + *len, 1, cap - *len, f);
		if (!got)
			break;
		*len += got;
	}
	fclose(f);
	return buf;
}

/* One run failing from allocation k, in a child; stderr to errpath when
 * given. Returns DONE, 0 (failure injected, invariants held) or -1. */
static int run_at(const unsigned char *data, size_t len, unsigned long k, const char *errpath)
{
	pid_t pid;
	int st;

	fflush(NULL);
	pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		if (errpath) {
			if (!freopen(errpath, "w", stderr))
				_exit(3);
			fuzz_sweep_stack = 1;
		} else if (!freopen("/dev/null", "w", stderr)) {
			_exit(3);
		}
		if (warm) {
			/* a first run without failures, as libFuzzer and the
			   replay run many inputs in one process */
			fuzz_sweep_fail_at = (unsigned long)-1;
			LLVMFuzzerTestOneInput(data, len);
		}
		fuzz_sweep_fail_at = k;
		fuzz_sweep_calls = (unsigned long)-1;
		LLVMFuzzerTestOneInput(data, len);
		_exit(fuzz_sweep_calls < k ? DONE : 0);
	}
	if (waitpid(pid, &st, 0) != pid)
		return -1;
	if (WIFEXITED(st) && (WEXITSTATUS(st) == 0 || WEXITSTATUS(st) == DONE))
		return WEXITSTATUS(st);
	return -1;
}

/* First frame of the failing allocation's stack outside the harness and
 * the allocator wrappers: "function file:line". */
static void site_of(const char *errpath, char *out, size_t outsz)
{
	static const char *const mods[] = { "core/", "extract/", "stats/", "reference/", "reports/", "cli/" };
	FILE *f = fopen(errpath, "r");
	char line[1024];

	snprintf(out, outsz, "unknown site");
	if (!f)
		return;
	while (fgets(line, sizeof line, f)) {
		char *in = strstr(line, " in ");
		char fn[256], file[512];
		const char *rel = NULL;
		size_t m;

		if (!in || sscanf(in + 4, "%255s %511s", fn, file) != 2)
			continue;
		if (strstr(file, "tests/fuzz/") || strstr(file, "core/error.c"))
			continue;
		for (m = 0; m < sizeof mods / sizeof mods[0] && !rel; m++)
			rel = strstr(file, mods[m]);
		if (!rel)
			continue;
		snprintf(out, outsz, "%s %s", fn, rel);
		break;
	}
	fclose(f);
}

static int known(char **known_sites, size_t nknown, const char *site)
{
	size_t i;

	for (i = 0; i < nknown; i++)
		if (strstr(site, known_sites[i]))
			return 1;
	return 0;
}

int main(int argc, char **argv)
{
	char *known_sites[64];
	size_t nknown = 0;
	int i = 1, bad = 0, nknownfail = 0, files = 0;
	unsigned long points = 0;
	char errpath[64];

	for (; i < argc && argv[i][0] == '-'; i++) {
		FILE *f;
		char line[512];

		if (strcmp(argv[i], "-k") || i + 1 >= argc) {
			fprintf(stderr, "usage: oom_sweep_T [-k KNOWN] FILE...\n");
			return 2;
		}
		f = fopen(argv[++i], "r");
		if (!f) {
			perror(argv[i]);
			return 2;
		}
		while (fgets(line, sizeof line, f) && nknown < 64) {
			line[strcspn(line, "\n")] = '\0';
			if (line[0] && line[0] != '#')
				known_sites[nknown++] = strdup(line);
		}
		fclose(f);
	}
	snprintf(errpath, sizeof errpath, "%s/cc-oom-sweep-%ld.err",
		 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp", (long)getpid());
	for (; i < argc; i++) {
		size_t len;
		unsigned char *data = slurp(argv[i], &len);
		unsigned long k;
		int rc = 0;

		if (!data) {
			perror(argv[i]);
			return 2;
		}
		for (warm = 0; warm <= 1; warm++) {
			for (k = 1; k < MAX_POINTS; k++) {
				char site[800];

				rc = run_at(data, len, k, NULL);
				if (rc == DONE)
					break;
				if (rc == 0)
					continue;
				(void)run_at(data, len, k, errpath);
				site_of(errpath, site, sizeof site);
				if (known(known_sites, nknown, site)) {
					nknownfail++;
					printf("oom-sweep: %s: allocation %lu%s: known, open: %s\n", argv[i], k,
					       warm ? " (second run)" : "", site);
				} else {
					bad = 1;
					printf("oom-sweep: %s: allocation %lu%s: FAILED at %s\n", argv[i], k,
					       warm ? " (second run)" : "", site);
				}
			}
			points += k - 1;
		}
		free(data);
		files++;
	}
	remove(errpath);
	printf("oom-sweep: %d inputs, %lu allocation points swept (first and second run), %s%s\n",
	       files, points, bad ? "FAILED" : "clean", nknownfail ? " apart from known open points" : "");
	return bad;
}
