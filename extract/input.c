/*
 * input.c -- input kind (option, file extension, sniffing) and the HTML and
 * Markdown converters: doc->src -> doc->text + doc->map (stage: extract).
 * Every text byte maps back to the source byte it came from, so spans are
 * always reported in the original input. Iterative scanning only (no
 * recursion on nesting depth). Must not interpret the text beyond markup.
 */
#include "xt.h"

#include <string.h>
#include <strings.h>

#include "../core/vocab.h"

typedef struct out {
	cc_doc *doc;
	char *t;
	size_t *map;
	size_t n, cap;
	int oom;
} out;

static void put(out *o, char c, size_t src)
{
	if (o->oom)
		return;
	if (o->n + 2 > o->cap) {
		size_t cap = o->cap ? o->cap * 2 : 256;
		char *t = cc_realloc(o->doc->ctx, o->t, cap);
		size_t *m;
		if (!t) { o->oom = 1; return; }
		o->t = t;
		m = cc_realloc(o->doc->ctx, o->map, (cap + 1) * sizeof *m);
		if (!m) { o->oom = 1; return; }
		o->map = m;
		o->cap = cap;
	}
	o->t[o->n] = c;
	o->map[o->n++] = src;
}

static void put_break(out *o, size_t src)
{
	if (o->n >= 2 && o->t[o->n - 1] == '\n' && o->t[o->n - 2] == '\n')
		return;
	while (o->n && o->t[o->n - 1] == ' ')
		o->n--;
	put(o, '\n', src);
	put(o, '\n', src);
}

static void put_utf8(out *o, unsigned long cp, size_t src)
{
	if (cp < 0x80) {
		put(o, (char)cp, src);
	} else if (cp < 0x800) {
		put(o, (char)(0xC0 | (cp >> 6)), src);
		put(o, (char)(0x80 | (cp & 0x3F)), src);
	} else if (cp < 0x10000) {
		put(o, (char)(0xE0 | (cp >> 12)), src);
		put(o, (char)(0x80 | ((cp >> 6) & 0x3F)), src);
		put(o, (char)(0x80 | (cp & 0x3F)), src);
	} else if (cp < 0x110000) {
		put(o, (char)(0xF0 | (cp >> 18)), src);
		put(o, (char)(0x80 | ((cp >> 12) & 0x3F)), src);
		put(o, (char)(0x80 | ((cp >> 6) & 0x3F)), src);
		put(o, (char)(0x80 | (cp & 0x3F)), src);
	}
}

/* Named entities we decode (others are kept as written): an entity table
 * (HTML's names for code points, as cmark's entities.inc), not words. */
static const struct { const char *name; unsigned long cp; } entities[] = {
	{ "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' }, { "apos", '\'' },
	{ "nbsp", 0xA0 }, { "pound", 0xA3 }, { "euro", 0x20AC }, { "yen", 0xA5 },
	{ "cent", 0xA2 }, { "ndash", 0x2013 }, { "mdash", 0x2014 }, { "minus", 0x2212 },
	{ "rsquo", 0x2019 }, { "lsquo", 0x2018 }, { "ldquo", 0x201C }, { "rdquo", 0x201D },
	{ "hellip", 0x2026 }, { "frac12", 0xBD }, { "frac14", 0xBC }, { "frac34", 0xBE },
	{ "plusmn", 0xB1 }, { "thinsp", 0x2009 }, { "ensp", 0x2002 }, { "emsp", 0x2003 },
	{ "percnt", '%' }, { "dollar", '$' }, { "copy", 0xA9 }, { "reg", 0xAE },
	{ "deg", 0xB0 }, { "times", 0xD7 }, { "middot", 0xB7 }, { "eacute", 0xE9 },
	{ "shy", 0xAD }, { "laquo", 0xAB }, { "raquo", 0xBB }, { "bull", 0x2022 },
};

/* Decode the entity at s[i] ('&'); returns bytes consumed, 0 if none. */
static size_t entity(out *o, const char *s, size_t n, size_t i)
{
	size_t j = i + 1, k;
	unsigned long cp = 0;

	if (j < n && s[j] == '#') {
		int hex = j + 1 < n && (s[j + 1] == 'x' || s[j + 1] == 'X');
		size_t d0 = j + 1 + (size_t)hex;
		for (j = d0; j < n && j - d0 < 8; j++) {
			char c = s[j];
			int v = c >= '0' && c <= '9' ? c - '0'
				: hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
				: hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
			if (v < 0)
				break;
			cp = cp * (hex ? 16 : 10) + (unsigned long)v;
		}
		if (j == d0 || j >= n || s[j] != ';' || cp == 0 || cp > 0x10FFFF)
			return 0;
		put_utf8(o, cp, i);
		return j + 1 - i;
	}
	for (k = 0; k < sizeof entities / sizeof entities[0]; k++) {
		size_t l = strlen(entities[k].name);
		if (j + l < n && !strncmp(s + j, entities[k].name, l) && s[j + l] == ';') {
			put_utf8(o, entities[k].cp, i);
			return l + 2;
		}
	}
	return 0;
}

/* Does the tag name (l bytes) end a block (class html_block of
 * lexicon/markup.tsv, any case)? */
static int is_block(const char *name, size_t l)
{
	const char *const *t;

	for (t = cc_vocab_list(CC_V_HTML_BLOCK); *t; t++)
		if (strlen(*t) == l && !strncasecmp(*t, name, l))
			return 1;
	return 0;
}

/* ASCII lower case (the C locale's tolower) without a library call:
 * find_ci runs over the first 4 KB of every document while sniffing. */
static inline unsigned char low(unsigned char c)
{
	return (unsigned char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
}

/* Case-insensitive search; the first byte is found by memchr (both cases). */
static const char *find_ci(const char *s, size_t n, size_t from, const char *needle)
{
	size_t l = strlen(needle), i, k;
	const unsigned char *u = (const unsigned char *)s, *nd = (const unsigned char *)needle;
	unsigned char c0, c1;

	if (!l)
		return from <= n ? s + from : NULL;
	c0 = low(nd[0]);
	c1 = c0 >= 'a' && c0 <= 'z' ? (unsigned char)(c0 - ('a' - 'A')) : c0;
	for (i = from; i + l <= n; i++) {
		if (c0 == c1) {
			const unsigned char *q = memchr(u + i, c0, n - l + 1 - i);
			if (!q)
				return NULL;
			i = (size_t)(q - u);
		} else if (u[i] != c0 && u[i] != c1) {
			continue;
		}
		for (k = 1; k < l && low(u[i + k]) == low(nd[k]); k++)
			;
		if (k == l)
			return s + i;
	}
	return NULL;
}

static void html(out *o, const char *s, size_t n)
{
	size_t i = 0;
	int sp = 0;

	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (c == '<') {
			size_t j = i + 1, nm;
			int closing = 0;
			if (i + 4 <= n && !strncmp(s + i, "<!--", 4)) {
				const char *e = find_ci(s, n, i + 4, "-->");
				i = e ? (size_t)(e - s) + 3 : n;
				continue;
			}
			if (j < n && s[j] == '/') { closing = 1; j++; }
			nm = j;
			while (j < n && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z') || (s[j] >= '0' && s[j] <= '9')))
				j++;
			if (j == nm && !(nm < n && (s[nm] == '!' || s[nm] == '?'))) {
				/* a bare '<' in text */
				put(o, '<', i);
				sp = 0;
				i++;
				continue;
			}
			{
				size_t l = j - nm;
				const char *e = memchr(s + j, '>', n - j);
				size_t after = e ? (size_t)(e - s) + 1 : n;
				if (!closing && ((l == 6 && !strncasecmp(s + nm, "script", 6)) ||
						 (l == 5 && !strncasecmp(s + nm, "style", 5)))) {
					const char *end = find_ci(s, n, after, l == 6 ? "</script" : "</style");
					if (end) {
						const char *g = memchr(end, '>', n - (size_t)(end - s));
						after = g ? (size_t)(g - s) + 1 : n;
					} else {
						after = n;
					}
				} else if (l && is_block(s + nm, l)) {
					put_break(o, i);
					sp = 0;
				}
				i = after;
			}
			continue;
		}
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
			if (!sp && o->n && o->t[o->n - 1] != '\n')
				put(o, ' ', i);
			sp = 1;
			i++;
			continue;
		}
		sp = 0;
		if (c == '&') {
			size_t k = entity(o, s, n, i);
			if (k) { i += k; continue; }
		}
		put(o, (char)c, i);
		i++;
	}
}

static int line_is_fence(const char *s, size_t a, size_t b)
{
	while (a < b && (s[a] == ' ' || s[a] == '\t'))
		a++;
	return b - a >= 3 && (!strncmp(s + a, "```", 3) || !strncmp(s + a, "~~~", 3));
}

/* Markdown: headings, quotes, list markers, emphasis, code, links. */
static void markdown(out *o, const char *s, size_t n)
{
	size_t a = 0;
	int fence = 0;

	while (a < n) {
		const char *nl = memchr(s + a, '\n', n - a);
		size_t b = nl ? (size_t)(nl - s) : n, i = a;
		int heading = 0;

		if (line_is_fence(s, a, b)) {
			fence = !fence;
			put_break(o, a);
			a = b + 1;
			continue;
		}
		if (fence) { a = b + 1; continue; }
		while (i < b && (s[i] == ' ' || s[i] == '\t'))
			i++;
		if (i == b) { put_break(o, a); a = b + 1; continue; }
		while (i < b && s[i] == '>') { i++; while (i < b && s[i] == ' ') i++; }
		if (i < b && s[i] == '#') {
			while (i < b && s[i] == '#') i++;
			while (i < b && s[i] == ' ') i++;
			heading = 1;
			put_break(o, a);
		} else if (i + 1 < b && (s[i] == '-' || s[i] == '*' || s[i] == '+') && s[i + 1] == ' ') {
			i += 2;
			put_break(o, a);
		} else {
			size_t d = i;
			while (d < b && s[d] >= '0' && s[d] <= '9') d++;
			if (d > i && d + 1 < b && (s[d] == '.' || s[d] == ')') && s[d + 1] == ' ' && d - i < 4) {
				i = d + 2;
				put_break(o, a);
			}
		}
		while (i < b) {
			char c = s[i];
			if (c == '*' || c == '`' || (c == '_' && (i == a || i + 1 >= b || s[i - 1] == ' ' || s[i + 1] == ' ' ||
						     s[i + 1] == '_' || s[i - 1] == '_'))) {
				i++;
				continue;
			}
			if (c == '!' && i + 1 < b && s[i + 1] == '[') { i++; continue; }
			if (c == '[') { i++; continue; }
			if (c == ']' && i + 1 < b && s[i + 1] == '(') {
				const char *e = memchr(s + i, ')', b - i);
				i = e ? (size_t)(e - s) + 1 : i + 1;
				continue;
			}
			if (c == '&') {
				size_t k = entity(o, s, b, i);
				if (k) { i += k; continue; }
			}
			if (c == '<' && i + 1 < b && ((s[i + 1] >= 'a' && s[i + 1] <= 'z') || s[i + 1] == '/')) {
				const char *e = memchr(s + i, '>', b - i);
				if (e) { i = (size_t)(e - s) + 1; continue; }
			}
			put(o, c, i);
			i++;
		}
		if (heading)
			put_break(o, b);
		else
			put(o, '\n', b);
		a = b + 1;
	}
}

static const char *ext_of(const char *name)
{
	const char *dot = name ? strrchr(name, '.') : NULL;
	return dot && !strchr(dot, '/') ? dot + 1 : "";
}

static cc_input_kind sniff(const cc_doc *doc)
{
	const char *e = ext_of(doc->name);
	size_t n = doc->src_len < 4096 ? doc->src_len : 4096, i;
	const char *s = doc->src;

	if (!strcasecmp(e, "txt"))
		return CC_INPUT_TEXT;
	if (!strcasecmp(e, "md") || !strcasecmp(e, "markdown"))
		return CC_INPUT_MARKDOWN;
	if (!strcasecmp(e, "html") || !strcasecmp(e, "htm") || !strcasecmp(e, "xhtml"))
		return CC_INPUT_HTML;
	for (i = 0; i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t'); i++)
		;
	if (i < n && s[i] == '<' && (find_ci(s, n, i, "<html") || find_ci(s, n, i, "<!doctype") ||
				     find_ci(s, n, i, "<p") || find_ci(s, n, i, "<div") || find_ci(s, n, i, "<body")))
		return CC_INPUT_HTML;
	if ((i + 2 < n && s[i] == '#' && (s[i + 1] == ' ' || s[i + 1] == '#')) || find_ci(s, n, 0, "](http"))
		return CC_INPUT_MARKDOWN;
	{
		/* a line opening a code fence or a heading: one pass over the
		 * newlines for both */
		const char *p = s, *end = s + n, *q;

		while ((q = memchr(p, '\n', (size_t)(end - p))) != NULL) {
			if ((end - q >= 4 && !memcmp(q + 1, "```", 3)) || (end - q >= 3 && !memcmp(q + 1, "# ", 2)))
				return CC_INPUT_MARKDOWN;
			p = q + 1;
		}
	}
	return CC_INPUT_TEXT;
}

size_t cc_src_end(const cc_doc *doc, size_t pos)
{
	size_t q;
	if (!doc->map)
		return pos;
	if (pos == 0)
		return doc->map[0];
	q = doc->map[pos - 1];
	if (q < doc->src_len && doc->src[q] == '&') {
		const char *e = memchr(doc->src + q, ';', doc->src_len - q < 12 ? doc->src_len - q : 12);
		if (e)
			return (size_t)(e - doc->src) + 1;
	}
	/* a multi-byte character copied as is: its later bytes map one to one */
	return q + 1;
}

int cc_input_convert(cc_doc *doc)
{
	const unsigned char *u = (const unsigned char *)doc->src;
	cc_input_kind k = doc->ctx->opts.input;
	out o;

	if (doc->src_len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
		return cc_error_set(doc->ctx, CC_EINVAL, "UTF-16 input is not supported; convert it to UTF-8");
	if (k == CC_INPUT_AUTO)
		k = sniff(doc);
	doc->input = k;
	if (k == CC_INPUT_TEXT)
		return CC_OK;
	memset(&o, 0, sizeof o);
	o.doc = doc;
	if (k == CC_INPUT_HTML)
		html(&o, doc->src, doc->src_len);
	else
		markdown(&o, doc->src, doc->src_len);
	put(&o, '\0', doc->src_len);
	if (o.oom) {
		cc_free(doc->ctx, o.t);
		cc_free(doc->ctx, o.map);
		return cc_error_oom(doc->ctx);
	}
	o.n--; /* the NUL is not text; map[n] = end of input */
	o.map[o.n] = doc->src_len;
	doc->text = o.t;
	doc->text_len = o.n;
	doc->map = o.map;
	return CC_OK;
}
