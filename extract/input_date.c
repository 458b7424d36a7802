/*
 * input_date.c -- the publication date an HTML page's markup states
 * (stage: extract; beside input.c, which converts the page to text;
 * docdate.c asks and decides): <meta property|name|itemprop=NAME
 * content="2024-04-04T09:00:00Z"> for a NAME of class html_date_meta
 * (lexicon/markup.tsv: "article:published_time", "datePublished", ...), the
 * key of class jsonld_date ("datePublished") in a <script
 * type="application/ld+json"> block, and <time datetime="...">.
 *
 * The page may be hostile: one forward pass over the source bytes, no
 * recursion, no allocation, nothing copied but names into fixed buffers,
 * every search bounded by the input's end and by HTML_DATE_SCAN bytes (a
 * page's head and its first screen are far shorter), an unterminated
 * quote, comment or script simply ending the scan.
 *
 * Must not: convert text (input.c does), read a date anywhere but in the
 * markup above, or take a <time> below the top of the text for the
 * page's date unless it says it is the publication date (pubdate,
 * itemprop="datePublished"): a <time> in the body dates an event.
 */
#define _GNU_SOURCE 1 /* memmem */
#include "docdate.h"
#include "../core/vocab.h"
#include "../core/words.h"

#include <string.h>
#include <strings.h>

#define HTML_DATE_SCAN (512u * 1024u)

typedef struct attr {
	const char *k, *v; /* name; value (NULL: the attribute has none) */
	size_t kl, vl;
} attr;

/* What the pass found, strongest kind first; 0 years when not found. */
typedef struct found {
	int meta[3], jsonld[3], time_pub[3], time_top[3];
} found;

static int space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* The tag's next attribute from s[*pos] (just after its name) to its '>':
 * 1 with *a set, 0 at the tag's end (*pos just past the '>', or n). Quoted
 * values may hold '>'. Always moves forward. */
static int next_attr(const char *s, size_t n, size_t *pos, attr *a)
{
	size_t i = *pos, k;

	while (i < n && (space(s[i]) || s[i] == '/'))
		i++;
	if (i >= n || s[i] == '>') {
		*pos = i < n ? i + 1 : n;
		return 0;
	}
	for (k = i; k < n && !space(s[k]) && s[k] != '=' && s[k] != '>' && s[k] != '/'; k++)
		;
	a->k = s + i;
	a->kl = k - i;
	a->v = NULL;
	a->vl = 0;
	for (i = k; i < n && space(s[i]); i++)
		;
	if (i < n && s[i] == '=') {
		for (i++; i < n && space(s[i]); i++)
			;
		if (i < n && (s[i] == '"' || s[i] == '\'')) {
			const char *e = memchr(s + i + 1, s[i], n - i - 1);

			a->v = s + i + 1;
			a->vl = e ? (size_t)(e - a->v) : n - i - 1;
			i = e ? (size_t)(e - s) + 1 : n;
		} else {
			for (a->v = s + i; i < n && !space(s[i]) && s[i] != '>'; i++)
				;
			a->vl = (size_t)(s + i - a->v);
		}
	} else if (i == *pos) {
		i++; /* a stray '=' or quote: step over it */
	}
	*pos = i;
	return 1;
}

static int named(const attr *a, const char *name)
{
	return a->kl == strlen(name) && !strncasecmp(a->k, name, a->kl);
}

/* Is the value a name of class id, in any case (spaces around it
 * ignored)? */
static int value_in(const attr *a, enum cc_vocab_id id)
{
	char w[48];
	size_t b = 0, e = a->vl, k;

	if (!a->v)
		return 0;
	while (b < e && space(a->v[b]))
		b++;
	while (e > b && space(a->v[e - 1]))
		e--;
	if (e == b || e - b >= sizeof w)
		return 0;
	for (k = b; k < e; k++)
		w[k - b] = (char)cc_lower((unsigned char)a->v[k]);
	return cc_vocab_find(id, w, e - b) != NULL;
}

static void keep(int slot[3], const char *v, size_t n)
{
	if (!slot[0] && v && !cc_docdate_iso(v, n, &slot[0], &slot[1], &slot[2]))
		slot[0] = 0;
}

/* <meta ...>: a date-meta name and its content. */
static void meta(const char *s, size_t n, size_t *pos, found *f)
{
	attr a, content = { NULL, NULL, 0, 0 };
	int dated = 0;

	while (next_attr(s, n, pos, &a)) {
		if (named(&a, "property") || named(&a, "name") || named(&a, "itemprop"))
			dated |= value_in(&a, CC_V_HTML_DATE_META);
		else if (named(&a, "content"))
			content = a;
	}
	if (dated)
		keep(f->meta, content.v, content.vl);
}

/* <time datetime=...>: the publication date when marked so, else a date
 * at the top when the tag (at `at`) lies above top_src. */
static void time_el(const char *s, size_t n, size_t *pos, size_t at, size_t top_src, found *f)
{
	attr a, dt = { NULL, NULL, 0, 0 };
	int pub = 0;

	while (next_attr(s, n, pos, &a)) {
		if (named(&a, "datetime"))
			dt = a;
		else if (named(&a, "pubdate") || (named(&a, "itemprop") && value_in(&a, CC_V_HTML_DATE_META)))
			pub = 1;
	}
	if (pub)
		keep(f->time_pub, dt.v, dt.vl);
	else if (at < top_src)
		keep(f->time_top, dt.v, dt.vl);
}

/* Where the element's end tag "</name" starts at or after i (n if none). */
static size_t end_tag(const char *s, size_t n, size_t i, const char *name)
{
	size_t l = strlen(name);
	const char *p;

	for (; i < n && (p = memchr(s + i, '<', n - i)) != NULL; i = (size_t)(p - s) + 1)
		if ((size_t)(s + n - p) >= l + 2 && p[1] == '/' && !strncasecmp(p + 2, name, l))
			return (size_t)(p - s);
	return n;
}

/* <script>: a JSON-LD block's date key ("datePublished": "2024-..."); the
 * scan goes on after the block either way. */
static void script(const char *s, size_t n, size_t *pos, found *f)
{
	attr a;
	int ld = 0;
	size_t end;
	const char *const *key;

	while (next_attr(s, n, pos, &a))
		if (named(&a, "type") && a.v && memmem(a.v, a.vl, "ld+json", 7))
			ld = 1;
	end = end_tag(s, n, *pos, "script");
	for (key = cc_vocab_list(CC_V_JSONLD_DATE); ld && *key && !f->jsonld[0]; key++) {
		size_t l = strlen(*key);
		const char *p = s + *pos, *lim = s + end;

		for (; (p = memmem(p, (size_t)(lim - p), *key, l)) != NULL; p += l) {
			const char *q = p + l;

			/* the key itself, quoted: "datePublished" */
			if (p == s + *pos || p[-1] != '"' || q >= lim || *q != '"')
				continue;
			for (q++; q < lim && space(*q); q++)
				;
			if (q >= lim || *q != ':')
				continue;
			for (q++; q < lim && space(*q); q++)
				;
			if (q < lim && *q == '"') {
				keep(f->jsonld, q + 1, (size_t)(lim - q - 1));
				break;
			}
		}
	}
	*pos = end;
}

void cc_input_html_date(const cc_doc *doc, size_t top_src, cc_markup_date *out)
{
	const char *s = doc->src;
	size_t n = doc->src_len < HTML_DATE_SCAN ? doc->src_len : HTML_DATE_SCAN, i = 0;
	found f;
	const int *pick;

	memset(&f, 0, sizeof f);
	memset(out, 0, sizeof *out);
	while (i < n && !f.meta[0]) {
		const char *lt = memchr(s + i, '<', n - i);
		size_t at, j;

		if (!lt)
			break;
		at = (size_t)(lt - s);
		i = at + 1;
		if (n - i >= 3 && !memcmp(s + i, "!--", 3)) {
			const char *e = memmem(s + i + 3, n - i - 3, "-->", 3);

			i = e ? (size_t)(e - s) + 3 : n;
			continue;
		}
		for (j = i; j < n && cc_alpha((unsigned char)s[j]); j++)
			;
		if (j - i == 4 && !strncasecmp(s + i, "meta", 4))
			meta(s, n, &j, &f);
		else if (j - i == 4 && !strncasecmp(s + i, "time", 4))
			time_el(s, n, &j, at, top_src, &f);
		else if (j - i == 6 && !strncasecmp(s + i, "script", 6))
			script(s, n, &j, &f);
		else if (j - i == 5 && !strncasecmp(s + i, "style", 5))
			j = end_tag(s, n, j, "style");
		i = j;
	}
	pick = f.meta[0] ? f.meta : f.jsonld[0] ? f.jsonld : f.time_pub[0] ? f.time_pub : f.time_top;
	if (!pick[0])
		return;
	out->y = pick[0];
	out->m = pick[1];
	out->d = pick[2];
	out->strong = pick != f.time_top;
	out->source = pick == f.meta ? "html-meta" : pick == f.jsonld ? "json-ld" : "html-time";
}
