/*
 * driver.c -- replays fuzz corpora without libFuzzer, so the seeds and the
 * saved crash reproducers run under gcc + ASan/UBSan in `make fuzz-replay`
 * (and `make test`/CI). Hardening harness (tests/fuzz).
 *
 * Usage: replay_TARGET FILE|DIR...   Every regular file named (directories
 * one level deep, sorted) is passed to LLVMFuzzerTestOneInput once. Exit 0
 * when all ran; a crash is the sanitizer's exit.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int run_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	unsigned char *buf = NULL;
	size_t len = 0, cap = 0, got;

	if (!f) {
		perror(path);
		return -1;
	}
	for (;;) {
		if (len == cap) {
			unsigned char *nb;

			cap = cap ? cap * 2 : 4096;
			nb = realloc(buf, cap);
			if (!nb) {
				free(buf);
				fclose(f);
				return -1;
			}
			buf = nb;
		}
		got = fread(buf + len, 1, cap - len, f);
		if (!got)
			break;
		len += got;
	}
	fclose(f);
	/* an exact-size copy so ASan catches reads one past the end */
	{
		unsigned char *exact = malloc(len ? len : 1);

		if (!exact) {
			free(buf);
			return -1;
		}
		memcpy(exact, buf, len);
		free(buf);
		LLVMFuzzerTestOneInput(exact, len);
		free(exact);
	}
	return 0;
}

static int cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
	int i, bad = 0;
	long runs = 0;

	for (i = 1; i < argc; i++) {
		struct stat sb;

		if (stat(argv[i], &sb) != 0) {
			perror(argv[i]);
			bad = 1;
			continue;
		}
		if (S_ISDIR(sb.st_mode)) {
			DIR *d = opendir(argv[i]);
			struct dirent *e;
			char **names = NULL;
			size_t n = 0, cap = 0, k;

			if (!d) {
				perror(argv[i]);
				bad = 1;
				continue;
			}
			while ((e = readdir(d))) {
				if (e->d_name[0] == '.')
					continue;
				if (n == cap) {
					cap = cap ? cap * 2 : 64;
					names = realloc(names, cap * sizeof *names);
					if (!names)
						return 2;
				}
				names[n] = malloc(strlen(argv[i]) + strlen(e->d_name) + 2);
				if (!names[n])
					return 2;
				sprintf(names[n], "%s/%s", argv[i], e->d_name);
				n++;
			}
			closedir(d);
			if (n)
				qsort(names, n, sizeof *names, cmp);
			for (k = 0; k < n; k++) {
				struct stat fs;

				if (stat(names[k], &fs) == 0 && S_ISREG(fs.st_mode)) {
					if (run_file(names[k]))
						bad = 1;
					else
						runs++;
				}
				free(names[k]);
			}
			free(names);
		} else if (run_file(argv[i])) {
			bad = 1;
		} else {
			runs++;
		}
	}
	fprintf(stderr, "replay: %ld inputs\n", runs);
	return bad;
}
