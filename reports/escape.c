/*
 * escape.c -- escaping per output context: JSON strings, HTML text and
 * attributes (also inline SVG), CSV fields, inline Markdown, terminal.
 * Stage: reports. Every input-derived byte a renderer prints passes through
 * here, so an article can never inject markup, script, CSV formulas or
 * terminal escape sequences into a report. Invalid UTF-8 becomes U+FFFD in
 * every context, so output is always valid UTF-8 (and JSON always parses).
 * Must not format numbers or decide what to print.
 */
#include "reports.h"

#include <string.h>

static const char REPLACEMENT[] = "\xEF\xBF\xBD"; /* U+FFFD */

size_t cc_utf8_next(const char *str, size_t n, unsigned *cp_out)
{
	const unsigned char *p = (const unsigned char *)str;
	unsigned cp, min;
	size_t len, k;

	if (!n)
		return 0;
	if (p[0] < 0x80) {
		*cp_out = p[0];
		return 1;
	}
	if (p[0] >= 0xC2 && p[0] <= 0xDF) {
		len = 2, cp = p[0] & 0x1F, min = 0x80;
	} else if (p[0] >= 0xE0 && p[0] <= 0xEF) {
		len = 3, cp = p[0] & 0x0F, min = 0x800;
	} else if (p[0] >= 0xF0 && p[0] <= 0xF4) {
		len = 4, cp = p[0] & 0x07, min = 0x10000;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (k = 1; k < len; k++) {
		if ((p[k] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (p[k] & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	*cp_out = cp;
	return len;
}

size_t cc_utf8_width(const char *p, size_t n)
{
	size_t i = 0, w = 0, l;
	unsigned cp;

	while (i < n) {
		l = cc_utf8_next(p + i, n - i, &cp);
		i += l ? l : 1;
		w++;
	}
	return w;
}

/* Character classes of ASCII bytes: which contexts must not copy them. */
enum { CT = 16, J = 1, H = 2, M = 4, C = 8 };
static const unsigned char cls[128] = {
	CT, CT, CT, CT, CT, CT, CT, CT, CT, CT, CT, CT, CT, CT, CT, CT,
	CT, CT, CT, CT, CT, CT, CT, CT, CT, CT, CT, CT, CT, CT, CT, CT,
	/*  sp    !  "         #  $  %  &      '  (  )  *  +  ,  -  .  / */
	0, M, J | H | C, M, 0, 0, H | M, H, 0, 0, M, 0, 0, 0, 0, 0,
	/*  0-9 : ;                                   <      =  >      ? */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, H | M, 0, H | M, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	/*  P-Z                                 [  \      ]  ^  _ */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, M, J | M, M, 0, M,
	/*  `                                                        */
	M, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	/*  p-z                                 {  |  }  ~  DEL */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, M, M, M, M, CT,
};

/*
 * The shared loop: ASCII bytes go through `ascii` (which writes what the
 * context needs), valid multi-byte sequences are copied unless they are C1
 * controls or line/paragraph separators (handed to `ascii` as a control
 * and a newline; JSON, `json` set, keeps them as \u escapes), invalid
 * bytes become U+FFFD. Runs of plain bytes are written in
 * one call.
 */
typedef int (*ascii_fn)(cc_sink *s, unsigned char c, void *st);

static void esc_loop(cc_sink *s, const char *p, size_t n, unsigned mask,
		     ascii_fn ascii, int json)
{
	size_t i = 0, run = 0, l;
	unsigned cp;

	while (i < n) {
		unsigned char c = (unsigned char)p[i];

		if (c < 0x80 && !(cls[c] & mask)) {
			i++;
			continue;
		}
		if (i > run)
			cc_sink_write(s, p + run, i - run);
		if (c < 0x80) {
			ascii(s, c, NULL);
			i++;
		} else if ((l = cc_utf8_next(p + i, n - i, &cp)) == 0) {
			cc_sink_write(s, REPLACEMENT, 3);
			i++;
		} else {
			int c1 = cp >= 0x80 && cp <= 0x9F, ls = cp == 0x2028 || cp == 0x2029;

			if ((c1 || ls) && json) /* JSON keeps them, as escapes */
				cc_sink_printf(s, "\\u%04x", cp);
			else if (c1)
				ascii(s, 0x01, NULL); /* C1 control: treat as a control */
			else if (ls)
				ascii(s, '\n', NULL);
			else
				cc_sink_write(s, p + i, l);
			i += l;
		}
		run = i;
	}
	if (i > run)
		cc_sink_write(s, p + run, i - run);
}

/* ---------------------------------------------------------------- JSON */

static int json_ascii(cc_sink *s, unsigned char c, void *st)
{
	(void)st;
	switch (c) {
	case '"': cc_sink_write(s, "\\\"", 2); break;
	case '\\': cc_sink_write(s, "\\\\", 2); break;
	case '\n': cc_sink_write(s, "\\n", 2); break;
	case '\r': cc_sink_write(s, "\\r", 2); break;
	case '\t': cc_sink_write(s, "\\t", 2); break;
	default: cc_sink_printf(s, "\\u%04x", c); break;
	}
	return 0;
}

void cc_esc_json(cc_sink *s, const char *p, size_t n)
{
	cc_sink_write(s, "\"", 1);
	esc_loop(s, p, n, J | CT, json_ascii, 1);
	cc_sink_write(s, "\"", 1);
}

void cc_esc_json_str(cc_sink *s, const char *str)
{
	if (!str)
		cc_sink_write(s, "null", 4);
	else
		cc_esc_json(s, str, strlen(str));
}

/* ---------------------------------------------------------------- HTML */

static int html_ascii(cc_sink *s, unsigned char c, void *st)
{
	(void)st;
	switch (c) {
	case '&': cc_sink_write(s, "&amp;", 5); break;
	case '<': cc_sink_write(s, "&lt;", 4); break;
	case '>': cc_sink_write(s, "&gt;", 4); break;
	case '"': cc_sink_write(s, "&quot;", 6); break;
	case '\'': cc_sink_write(s, "&#39;", 5); break;
	case '\r': break; /* CR LF -> LF; a lone CR is dropped */
	case '\n': cc_sink_write(s, "\n", 1); break;
	case '\t': cc_sink_write(s, "\t", 1); break;
	default: break; /* other controls: not allowed in HTML, dropped */
	}
	return 0;
}

void cc_esc_html(cc_sink *s, const char *p, size_t n)
{
	esc_loop(s, p, n, H | CT, html_ascii, 0);
}

/* ---------------------------------------------------------------- CSV */

static int csv_ascii(cc_sink *s, unsigned char c, void *st)
{
	(void)st;
	if (c == '"')
		cc_sink_write(s, "\"\"", 2);
	else if (c == '\n' || c == '\r' || c == '\t')
		cc_sink_write(s, (const char *)&c, 1);
	/* other control characters are dropped */
	return 0;
}

void cc_esc_csv(cc_sink *s, const char *p, size_t n)
{
	size_t i;
	int quote = 0;

	for (i = 0; i < n; i++)
		if (p[i] == ',' || p[i] == '"' || p[i] == '\r' || p[i] == '\n')
			quote = 1;
	if (n && (p[0] == ' ' || p[n - 1] == ' ' || p[0] == '\t'))
		quote = 1;
	if (n && (p[0] == '=' || p[0] == '@'))
		quote = 1;
	if (quote)
		cc_sink_write(s, "\"", 1);
	if (n && (p[0] == '=' || p[0] == '@'))
		cc_sink_write(s, "'", 1);
	esc_loop(s, p, n, C | CT, csv_ascii, 0);
	if (quote)
		cc_sink_write(s, "\"", 1);
}

/* ---------------------------------------------------------------- Markdown */

static int md_ascii(cc_sink *s, unsigned char c, void *st)
{
	(void)st;
	if (c == '\n' || c == '\r' || c == '\t')
		cc_sink_write(s, " ", 1);
	else if (c == '<')
		cc_sink_write(s, "&lt;", 4);
	else if (c == '>')
		cc_sink_write(s, "&gt;", 4);
	else if (c == '&')
		cc_sink_write(s, "&amp;", 5);
	else if (c >= 0x20 && c < 0x7F) {
		char e[2] = { '\\', (char)c };

		cc_sink_write(s, e, 2);
	}
	/* control characters dropped */
	return 0;
}

void cc_esc_md(cc_sink *s, const char *p, size_t n)
{
	/* a leading list, heading or quote marker would start a block */
	if (n && (p[0] == '-' || p[0] == '+' || p[0] == '#' || p[0] == '=')) {
		char e[2] = { '\\', p[0] };

		cc_sink_write(s, e, 2);
		p++, n--;
	}
	esc_loop(s, p, n, M | CT, md_ascii, 0);
}

/* ---------------------------------------------------------------- terminal */

static int term_ascii(cc_sink *s, unsigned char c, void *st)
{
	(void)st;
	if (c == '\n' || c == '\t' || c == '\r')
		cc_sink_write(s, " ", 1);
	else
		cc_sink_write(s, "?", 1); /* ESC, BEL, BS, DEL, C1: never raw */
	return 0;
}

void cc_esc_term(cc_sink *s, const char *p, size_t n)
{
	esc_loop(s, p, n, CT, term_ascii, 0);
}
