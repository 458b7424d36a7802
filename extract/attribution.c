/*
 * attribution.c -- who a figure is said to come from (stage: extract,
 * called by survey_link.c once per sentence): whether a sentence names a
 * source, and the source as written -- the name after "according to",
 * before "said", before "figures show", a pollster of the register or an
 * organisation's capitalised name -- with the words that name it.
 *
 * Must not: tie claims to surveys or decide what a sentence's source
 * means for a figure (survey_link.c and the checks do, from the record),
 * touch the database, or list words (attribution.tsv's classes and
 * column 3, clauses.tsv's verbs, the register's pollster names).
 */
#include "survey_int.h"

/* The first claim (sorted by start) starting at or after src - back. */
static size_t claims_from(const cc_doc *doc, size_t src, size_t back)
{
	size_t lo = 0, hi = doc->nclaims, from = src > back ? src - back : 0;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (doc->claims[mid].start < from)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Is the cue at p, the k-th row of class attribution, a source? A verb
 * of saying right after a figure ("one in four said") or after a
 * respondent word ("voters say") is not: a source only when a name says
 * it ("the council said"); any other cue is. */
static int source_at(const cc_doc *doc, size_t a, const char *p, size_t k)
{
	const char *t = doc->text, *w, *ws;
	size_t back, j, n;

	if (!row_is(&cc_vocab_rows(CC_V_ATTRIBUTION, &n)[k], "saying"))
		return 1;
	/* the words just before the verb */
	back = (size_t)(p - (t + a)) < 40 ? (size_t)(p - (t + a)) : 40;
	w = p;
	while (w > p - back && w[-1] == ' ')
		w--;
	/* only claims that start shortly before the verb can end just
	   before it (claims are sorted by start) */
	for (j = claims_from(doc, cc_doc_src_offset(doc, (size_t)(p - t)), 400);
	     j < doc->nclaims && doc->claims[j].start <= cc_doc_src_offset(doc, (size_t)(p - t)); j++) {
		size_t ce = text_pos(doc, doc->claims[j].end);

		/* "one in four said", not "20 points, the council said" */
		if (ce <= (size_t)(p - t) && (size_t)(p - t) - ce < 25 && !memchr(t + ce, ',', (size_t)(p - t) - ce))
			return 0;
	}
	ws = w;
	while (ws > t + a && isalpha((unsigned char)ws[-1]))
		ws--;
	return !row_ci(CC_V_RESPONDENT_WORD, ws, (size_t)(w - ws));
}

/* ------------------------------------------------------------ names */

/* Bytes of a curly quote or a dash (UTF-8 E2 80 xx) at p: punctuation,
 * although core/words.h counts every byte >= 0x80 as a word byte. */
static size_t mark_at(const char *p, const char *lim)
{
	const unsigned char *u = (const unsigned char *)p;

	if (lim - p >= 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x93 || u[2] == 0x94 || (u[2] >= 0x98 && u[2] <= 0x9D)))
		return 3;
	return 0;
}

/* The end of the word of a name at p ("Ipsos", "M&S", "St.", "Ernst-Young"),
 * p itself when no word starts there. */
static const char *name_word_end(const char *p, const char *lim)
{
	const char *e = p;

	while (e < lim && !mark_at(e, lim) &&
	       (cc_wordch((unsigned char)*e) ||
		((*e == '&' || *e == '-' || *e == '.') && e > p && e + 1 < lim && cc_wordch((unsigned char)e[1]))))
		e++;
	if (e == p && e < lim && *e == '&')
		e++;
	return e;
}

/* Is the word [w, e) one of class id (ASCII case folded)? */
/* The word [w, e) in lower case into buf (32 bytes); 0 when empty or too
 * long to be a row of any class. */
static int lower_word(const char *w, const char *e, char buf[32])
{
	size_t n = (size_t)(e - w), i;

	if (!n || n >= 32)
		return 0;
	for (i = 0; i < n; i++)
		buf[i] = (char)lc(w[i]);
	buf[n] = '\0';
	return 1;
}

static int word_of(enum cc_vocab_id id, const char *w, const char *e)
{
	char buf[32];

	return lower_word(w, e, buf) && cc_vocab_has(id, buf);
}

/* Does the word [w, e) end a name: a stop word, a verb of attribution, a
 * clause verb or break? (lower-cased once for the four classes) */
static int ends_name(const char *w, const char *e)
{
	char buf[32];

	return lower_word(w, e, buf) &&
	       (cc_vocab_has(CC_V_SOURCE_STOP, buf) || cc_vocab_has(CC_V_ATTRIBUTION_VERB, buf) ||
		cc_vocab_has(CC_V_CLAUSE_VERB, buf) || cc_vocab_has(CC_V_CLAUSE_BREAK, buf));
}

/* The name after p, up to lim: words up to punctuation, a figure, a word
 * that ends a name (a joining word between capitalised words does not),
 * at most 10 words. Its end; p when it is empty. */
static const char *name_after(const char *p, const char *lim)
{
	const char *q = p, *end = p, *e;
	int words = 0;

	while (q < lim && words < 10) {
		while (q < lim && *q == ' ')
			q++;
		e = name_word_end(q, lim);
		if (e == q || isdigit((unsigned char)*q))
			break;
		if (ends_name(q, e)) {
			const char *n = e;

			while (n < lim && *n == ' ')
				n++;
			if (!words || !word_of(CC_V_SOURCE_JOIN, q, e) || !isupper((unsigned char)*n))
				break;
		}
		end = q = e;
		words++;
	}
	return end;
}

/* The name just before p, from lim on: words back to punctuation, a
 * figure, a word that ends a name, at most 8; with `caps`, capitalised
 * words only. Its start; p when it is empty. */
static const char *name_before(const char *p, const char *lim, int caps)
{
	const char *q = p, *start = p, *w;
	int words = 0;

	while (q > lim && words < 8) {
		const char *e = q;

		while (e > lim && e[-1] == ' ')
			e--;
		w = e;
		while (w > lim && (cc_wordch((unsigned char)w[-1]) || ((w[-1] == '&' || w[-1] == '-') && w < e)) &&
		       !(w - lim >= 3 && mark_at(w - 3, w)))
			w--;
		if (w == e || isdigit((unsigned char)*w) || ends_name(w, e) || (caps && !isupper((unsigned char)*w)))
			break;
		start = q = w;
		words++;
	}
	return start;
}

/* A name read after a cue that is itself a cue naming the source after
 * it ("according to research by the Resolution Foundation"): the name
 * after the last such cue that starts inside it, as read_name would. */
static void chain(const char *lim, const char **name, size_t *len)
{
	size_t k, nr, pl;
	const cc_vocab_row *r = cc_vocab_rows(CC_V_ATTRIBUTION, &nr);
	const char *w, *end = *name + *len;

	for (w = *name; w < end; w = name_word_end(w, lim), w += w < end && *w == ' ') {
		for (k = 0; k < nr; k++) {
			/* the first byte turns most rows away before the length
			 * and the compares (no locale is set: ASCII case only) */
			if (r[k].phrase[0] && lc(*w) != lc(r[k].phrase[0]))
				continue;
			pl = strlen(r[k].phrase);
			if (row_is(&r[k], "after") && (size_t)(lim - w) > pl && !strncasecmp(w, r[k].phrase, pl) &&
			    !cc_wordch((unsigned char)w[pl]) && w + pl >= end) {
				const char *n = w + pl;

				while (n < lim && *n == ' ')
					n++;
				if (name_after(n, lim) > n) {
					*name = n;
					*len = (size_t)(name_after(n, lim) - n);
				}
				return;
			}
		}
		if (w == name_word_end(w, lim))
			break;
	}
}

/* A capitalised name that opens its sentence is a name, not just the
 * sentence's capital, when it has two words, is all capitals, or is not a
 * word that describes figures ("Home Office", "ONS", "Treasury"; not
 * "Latest"). */
static int doubtless(const char *w, const char *p)
{
	const char *e = w;
	int lower = 0;

	while (e < p && *e != ' ')
		lower |= islower((unsigned char)*e++);
	if (!lower)
		return 1;
	if (!word_of(CC_V_SOURCE_DESCRIPTOR, w, e))
		return 1;
	while (e < p && *e == ' ')
		e++;
	return e < p;
}

/* Is the verb at p the inverted form of saying: right after a comma, a
 * quote or a dash ('"We are shocked," said Dr Jones')? */
static int inverted(const char *s, const char *p)
{
	while (p > s && p[-1] == ' ')
		p--;
	if (p == s)
		return 0;
	return p[-1] == ',' || p[-1] == '"' || p[-1] == '\'' || (p - s >= 3 && mark_at(p - 3, p));
}

/* The source's name for cue row r found at [p, p+n) in [a, b): as
 * column 3 of the row says; sets *name, *len (0: no name read). */
static void read_name(const cc_doc *doc, size_t a, size_t b, const cc_vocab_row *r, const char *p, size_t n,
		      const char **name, size_t *len)
{
	const char *t = doc->text, *s = t + a, *lim = t + b, *e = p + n, *w;

	if (row_is(r, "address")) {
		for (w = p; w < lim && *w != ' ' && *w != '\n' && *w != ')' && !mark_at(w, lim); w++)
			;
		while (w > p && (w[-1] == '.' || w[-1] == ','))
			w--;
		*name = p, *len = (size_t)(w - p);
		return;
	}
	if (row_is(r, "after") || row_is(r, "saying")) {
		w = row_is(r, "saying") ? name_before(p, s, 0) : p;
		if (w < p) {
			*name = w, *len = (size_t)(p - w);
			while (*len && (*name)[*len - 1] == ' ')
				(*len)--;
			return;
		}
		/* after a verb of saying only when it follows the quote or
		   clause it attributes ('..., said Dr Jones'), not "said it
		   would" */
		if (row_is(r, "saying") && !inverted(s, p)) {
			*name = p, *len = 0;
			return;
		}
		*name = e;
		while (*name < lim && **name == ' ')
			(*name)++;
		*len = (size_t)(name_after(*name, lim) - *name);
		chain(lim, name, len);
		return;
	}
	/* "before": "Home Office figures show"; else the cue is the source */
	w = name_before(p, s, 1);
	if (w < p && (w > s || doubtless(w, p))) {
		*name = w, *len = (size_t)(p - w);
		while (*len && (*name)[*len - 1] == ' ')
			(*len)--;
		return;
	}
	*name = p, *len = n;
}

/* The organisation's name around the org word at [p, p+n): the
 * capitalised words before and after it, joined as in "Office for
 * National Statistics". */
static void org_name(const char *s, const char *lim, const char *p, size_t n, const char **name, size_t *len)
{
	const char *w = name_before(p, s, 1), *e = p + n, *q, *x;

	for (;;) {
		q = e;
		while (q < lim && *q == ' ')
			q++;
		x = name_word_end(q, lim);
		if (x == q)
			break;
		if (word_of(CC_V_SOURCE_JOIN, q, x)) {
			const char *y = x;

			while (y < lim && *y == ' ')
				y++;
			if (!isupper((unsigned char)*y))
				break;
		} else if (!isupper((unsigned char)*q)) {
			break;
		}
		e = x;
	}
	*name = w, *len = (size_t)(e - w);
}

/* ------------------------------------------------------------ sources */

/* The first cue of class attribution in [a, b) that is a source
 * (source_at); NULL none, else its position, *row its row. */
static const char *source_cue(cc_phrase *ph, const cc_doc *doc, size_t a, size_t b, size_t *row)
{
	const char *p;
	cc_phrase_iter it;

	cc_phrase_iter_start(&it, ph, doc->text + a, b - a, VL(ATTRIBUTION), 0);
	while ((p = cc_phrase_iter_next(&it, row)))
		if (source_at(doc, a, p, *row))
			return p;
	return NULL;
}

int cc_attr_sentence(cc_phrase *ph, cc_doc *doc, size_t k, cc_attr *out)
{
	const char *t = doc->text, *p, *name = NULL, *cue = NULL, *cp = NULL;
	size_t a, b, i, n, len = 0, cue_len = 0;
	cc_phrase_iter it;

	memset(out, 0, sizeof *out);
	sentence_span(doc, k, &a, &b);
	if (span_lacks(ph, SET_SOURCE, a, b))
		return 0;
	if ((p = source_cue(ph, doc, a, b, &i))) {
		const cc_vocab_row *r = &cc_vocab_rows(CC_V_ATTRIBUTION, &n)[i];

		cue = p, cue_len = strlen(r->phrase);
		read_name(doc, a, b, r, p, cue_len, &name, &len);
	} else if ((cue = first_cue(ph, t + a, b - a, VL(REGISTER_POLLSTER), 1, &cp))) {
		/* a pollster of the register, named as written */
		name = cp, len = strlen(cue), cue = cp, cue_len = len;
	} else {
		/* an organisation's name: a capitalised org word not opening the sentence */
		cc_phrase_iter_start(&it, ph, t + a, b - a, VL(ORG_WORD), 1);
		while ((p = cc_phrase_iter_next(&it, &i)))
			if (p > t + a + 1)
				break;
		if (!p)
			return 0;
		cue = p, cue_len = strlen(VL(ORG_WORD)[i]);
		org_name(t + a, t + b, p, cue_len, &name, &len);
	}
	if (len && name_word_end(name, name + len) == name + len && word_of(CC_V_SOURCE_PRONOUN, name, name + len))
		len = 0; /* "it said": no name */
	out->cue = cc_doc_strndup(doc, cue, cue_len);
	out->source = len ? cc_doc_strndup(doc, name, len) : NULL;
	if (!out->cue || (len && !out->source))
		return cc_error_oom(doc->ctx);
	return 1;
}
