/*
 * fuzz_jsonl.c -- libFuzzer target: the JSONL document reader of batch runs
 * (cli/batch_json.c batch_json_doc, cli/batch_input.c batch_jsonl_stream).
 * There is no public-API entry for it, so this target includes the CLI's
 * internal header cli/batch.h and links the CLI objects (all but main.o).
 * Hardening harness (tests/fuzz): reports, never fixes.
 *
 * Each input is parsed twice: as one line by batch_json_doc (the bytes up
 * to the first newline, then the whole input), and as a stream of lines by
 * batch_jsonl_stream reading a temporary file.
 */
#include "../../cli/batch.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_CHECK(cond)                                                   \
	do {                                                               \
		if (!(cond)) {                                             \
			fprintf(stderr, "fuzz invariant failed: %s\n", #cond); \
			abort();                                           \
		}                                                          \
	} while (0)

static void one_line(const char *s, size_t n)
{
	batch_jdoc d;
	char err[256];
	long col = 0;

	memset(&d, 0, sizeof d);
	err[0] = '\0';
	if (batch_json_doc(&d, s, n, err, sizeof err, &col) == CC_OK) {
		if (d.text) {
			FUZZ_CHECK(d.text[d.text_len] == '\0');
			FUZZ_CHECK(d.text_len <= n);
		}
	} else {
		FUZZ_CHECK(memchr(err, '\0', sizeof err) != NULL);
		FUZZ_CHECK(err[0] != '\0');
		FUZZ_CHECK(col >= 0 && (size_t)col <= n + 1);
	}
	batch_jdoc_dispose(&d);
}

static int emit(batch_item *it, void *payload)
{
	size_t *count = payload;

	FUZZ_CHECK(it->text != NULL && it->text[it->text_len] == '\0');
	FUZZ_CHECK(it->id != NULL && it->path != NULL);
	(*count)++;
	batch_item_free(it);
	return 0;
}

static FILE *tmp;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	const char *nl = memchr(s, '\n', size);
	batch_input in;
	size_t count = 0;
	int y, m, d;
	char *z;

	one_line(s, nl ? (size_t)(nl - s) : size);
	one_line(s, size);

	/* batch_parse_date wants a NUL-terminated string */
	z = malloc(size + 1);
	if (!z)
		return 0;
	memcpy(z, s, size);
	z[size] = '\0';
	(void)batch_parse_date(z, &y, &m, &d);
	free(z);

	if (!tmp && !(tmp = tmpfile()))
		return 0;
	if (ftruncate(fileno(tmp), 0) || pwrite(fileno(tmp), data, size, 0) != (ssize_t)size ||
	    lseek(fileno(tmp), 0, SEEK_SET) != 0)
		return 0;
	memset(&in, 0, sizeof in);
	in.max_doc = 1 << 16;
	(void)batch_jsonl_stream(&in, tmp, "fuzz.jsonl", emit, &count);
	return 0;
}
