/*
 * fuzz_number.c -- libFuzzer target: numeric and named argument parsing.
 * cli_number / cli_count live in cli/opt.c (CLI layer, no public entry), so
 * this target includes cli/cli.h and links cli/opt.o with the library. It
 * also feeds the same strings to the public string parsers the calculators
 * use: cc_*_parse for names, and cc_grim / cc_grimmer / cc_debit, which
 * read the mean and SD as decimal strings.
 * Hardening harness (tests/fuzz): reports, never fixes.
 *
 * The input is split at newlines into up to 8 strings; the first byte of
 * the input picks the n and items used for the granularity checks.
 */
#include "../../cli/cli.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_CHECK(cond)                                                   \
	do {                                                               \
		if (!(cond)) {                                             \
			fprintf(stderr, "fuzz invariant failed: %s\n", #cond); \
			abort();                                           \
		}                                                          \
	} while (0)

static const double ns[8] = { 0, 1, 28, 100, 1e6, 1e15, 3.5, -4 };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *buf, *str[8];
	size_t nstr = 0, i;
	uint8_t h = size ? data[0] : 0;
	double n = ns[h & 7], items = (h >> 3) & 3 ? (double)((h >> 3) & 3) : 1.0;
	cc_rounding rnd = (cc_rounding)((h >> 5) % 11);

	buf = malloc(size + 1);
	if (!buf)
		return 0;
	if (size)
		memcpy(buf, data + 1, size - 1);
	buf[size ? size - 1 : 0] = '\0';
	str[nstr++] = buf;
	for (i = 0; i + 1 < size && nstr < 8; i++)
		if (buf[i] == '\n') {
			buf[i] = '\0';
			str[nstr++] = buf + i + 1;
		}
	for (i = 0; i < nstr; i++) {
		const char *s = str[i];
		double d = 0;
		cc_ci_method m;
		cc_diff_method dm;
		cc_rounding r;
		cc_format f;
		cc_severity sv;
		int ok = -1;

		if (cli_number(&d, "x", s) == 0)
			FUZZ_CHECK(isfinite(d));
		if (cli_count(&d, "n", s) == 0)
			FUZZ_CHECK(isfinite(d) && d >= 0 && floor(d) == d);
		(void)cc_ci_method_parse(&m, s);
		(void)cc_diff_method_parse(&dm, s);
		(void)cc_rounding_parse(&r, s);
		(void)cc_format_parse(&f, s);
		(void)cc_severity_parse(&sv, s);
		if (cc_grim(&ok, s, n, items, h & 1, rnd, 5) == CC_OK)
			FUZZ_CHECK(ok == 0 || ok == 1);
		if (i + 1 < nstr) {
			ok = -1;
			if (cc_grimmer(&ok, s, str[i + 1], n, items, rnd, 5) == CC_OK)
				FUZZ_CHECK(ok == 0 || ok == 1);
			ok = -1;
			if (cc_debit(&ok, s, str[i + 1], n, rnd, 5) == CC_OK)
				FUZZ_CHECK(ok == 0 || ok == 1);
		}
	}
	free(buf);
	return 0;
}
