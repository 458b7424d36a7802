/*
 * gen_flags_doc.c -- writes docs/flags.md (or, with --man, the roff list
 * for the man page's CHECKS section) from stats/checks.def.
 *
 * A build tool, not part of the library: stats/module.mk compiles it and
 * `make check-flags-doc` regenerates into a temporary file and diffs, so
 * the document cannot drift from the catalogue the checker runs. Writes
 * only to standard output.
 */
#include "claimcheck.h"

#include <stdio.h>
#include <string.h>

struct row {
	const char *code;
	cc_severity sev;
	const char *summary, *sevtext, *note, *sources;
};

static const struct row rows[] = {
#define CC_CHECK(code, sev, summary, sevtext, note, sources) { #code, sev, summary, sevtext, note, sources },
#include "../checks.def"
};

enum { FLAG = 0, PASS = 1 };

struct msg {
	const char *code;
	int kind;
	const char *text;
};

static const struct msg msgs[] = {
#define CC_MSG(code, name, kind, text) { #code, kind, text },
#include "../checks.def"
};

/* The phrases a check puts into its messages (CC_PART rows). */
static const struct msg parts[] = {
#define CC_PART(code, name, text) { #code, 0, text },
#include "../checks.def"
};

static void list_parts(const char *code)
{
	size_t k, n = 0;

	for (k = 0; k < sizeof parts / sizeof parts[0]; k++)
		if (!strcmp(parts[k].code, code))
			printf("%s\"%s\"", n++ ? ", " : "- **Parts of its messages.** ", parts[k].text);
	if (n)
		printf(".\n");
}

static size_t n_msgs(const char *code, int kind)
{
	size_t k, n = 0;

	for (k = 0; k < sizeof msgs / sizeof msgs[0]; k++)
		n += !strcmp(msgs[k].code, code) && msgs[k].kind == kind;
	return n;
}

/* The check's messages of one kind, as a list: each template as the checker
 * fills it ({placeholders} in order). */
static void list_msgs(const char *code, int kind, const char *title)
{
	size_t k;

	if (!n_msgs(code, kind))
		return;
	printf("- **%s.**\n", title);
	for (k = 0; k < sizeof msgs / sizeof msgs[0]; k++)
		if (!strcmp(msgs[k].code, code) && msgs[k].kind == kind)
			printf("  - \"%s\"\n", msgs[k].text);
}

struct param {
	const char *name;
	double value;
	const char *doc;
};

static const struct param params[] = {
#define CC_PARAM(name, value, doc) { #name, value, doc },
#include "../checks.def"
};

static const char *sev_name(cc_severity s)
{
	return s == CC_SEV_ERROR ? "error" : s == CC_SEV_WARNING ? "warning" : s == CC_SEV_INFO ? "info" : "none";
}

/* roff-escape a string: backslashes and leading dots/quotes. */
static void roff(const char *s)
{
	for (; *s; s++) {
		if (*s == '\\')
			fputs("\\e", stdout);
		else if (*s == '-')
			fputs("\\-", stdout);
		else
			putchar(*s);
	}
}

static int man(void)
{
	size_t i;

	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		printf(".TP\n.B %s\n", rows[i].code);
		roff(rows[i].summary);
		printf(" (%s).\n", sev_name(rows[i].sev));
	}
	return ferror(stdout) ? 1 : 0;
}

int main(int argc, char **argv)
{
	size_t i;

	if (argc > 1 && !strcmp(argv[1], "--man"))
		return man();
	printf("# claimcheck flags\n\n");
	printf("<!-- GENERATED from stats/checks.def by stats/tools/gen_flags_doc.c"
	       " (make flags-doc); do not edit. -->\n\n");
	printf("Every check `claimcheck check` runs, in the order of the catalogue\n"
	       "(`shared/docs/weak-inferences.md`). Each code appears in the `flags` array of a\n"
	       "claim record. Choose checks with `--checks CODE,...` or `--skip CODE,...`; all\n"
	       "intervals follow `--level` (default 0.95) and `--method` (default `wilson`).\n\n");
	printf("| # | code | default severity | catches |\n|---|---|---|---|\n");
	for (i = 0; i < sizeof rows / sizeof rows[0]; i++)
		printf("| %zu | [`%s`](#%zu-%s) | %s | %s |\n", i + 1, rows[i].code, i + 1, rows[i].code,
		       sev_name(rows[i].sev), rows[i].summary);
	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		printf("\n## %zu. `%s`\n\n", i + 1, rows[i].code);
		printf("<a id=\"%zu-%s\"></a>\n\n", i + 1, rows[i].code);
		printf("- **Catches.** %s.\n", rows[i].summary);
		printf("- **Severity.** %s.\n", rows[i].sevtext);
		list_msgs(rows[i].code, FLAG, n_msgs(rows[i].code, FLAG) > 1 ? "Messages" : "Message");
		list_parts(rows[i].code);
		list_msgs(rows[i].code, PASS, "When it does not fire (`explain`)");
		printf("- **Teaching note.** %s\n", rows[i].note);
		printf("- **Sources.** %s.\n", rows[i].sources);
	}
	printf("\n## Thresholds\n\n| parameter | value | meaning |\n|---|---|---|\n");
	for (i = 0; i < sizeof params / sizeof params[0]; i++)
		printf("| `%s` | %g | %s |\n", params[i].name, params[i].value, params[i].doc);
	return ferror(stdout) ? 1 : 0;
}
