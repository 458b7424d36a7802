/*
 * checks_survey.c -- the survey and disclosure checks (1-5, 7): sample
 * size unknown, disclosure, interested commissioner, population mismatch,
 * self-selection, unsourced figures.
 *
 * Stage: statistics (the checks of stats/checks.c's catalogue). Reads the
 * claim records, the survey records and the reference facts on the
 * document; never the document's text. Must not: print, touch files or the
 * database.
 */
#include "checks_int.h"


/* ------------------------------------------------------------ words */

/* The checks compare record strings (subjects, population names from the
 * database) with the one word search and the one vocabulary (core/); the
 * document's text was read by extract/cues.c. */
static const char *find_word(const char *s, size_t len, const char *w)
{
	return cc_word_find(s, len, w, 0);
}


static int has_any(const char *s, size_t len, enum cc_vocab_id id)
{
	return cc_vocab_any(s, len, id);
}


static const char *survey_label(const run *r, long s, char *buf, size_t cap)
{
	const cc_survey_info *sv = ck_survey_at(r, s);
	cc_numbuf nb;
	double n = ck_survey_n(r, s);

	if (n > 0 && sv && sv->population && *sv->population)
		snprintf(buf, cap, "the survey of %s %s", cc_fmt_n(&nb, n), ck_undated(r, sv->population));
	else if (sv && sv->label && *sv->label)
		snprintf(buf, cap, "the %s", ck_undated(r, sv->label));
	else if (n > 0)
		snprintf(buf, cap, "the survey of %s people", cc_fmt_n(&nb, n));
	else
		snprintf(buf, cap, "this survey");
	if (!strncmp(buf, "the the ", 8) || !strncmp(buf, "the a ", 6) || !strncmp(buf, "the an ", 7))
		memmove(buf, buf + 4, strlen(buf + 4) + 1);
	return buf;
}


/* ====================================================================== */
/* The checks, in catalogue order.                                        */
/* ====================================================================== */

/* 1. A survey figure with no n anywhere (text, link, known survey). */
/* The paragraph of claim i (SIZE_MAX when not known). */
static size_t paragraph_of(const run *r, size_t i)
{
	size_t s = CL(r, i)->sentence;

	return s < r->doc->nsentences ? r->doc->sentences[s].paragraph : SIZE_MAX;
}

/* Said once per survey: the first flagged figure of survey s, or for a
 * figure tied to no survey the first of its paragraph; NONE when i is the
 * first. first[] holds one slot per survey, last_free for the rest. */
static size_t said_before(const run *r, size_t i, size_t *first, size_t *free_par, size_t *free_first)
{
	long s = ck_claim_survey(r, i);
	size_t p;

	if (s >= 0 && (size_t)s < r->doc->nsurveys) {
		if (first[s] != NONE)
			return first[s];
		first[s] = i;
		return NONE;
	}
	p = paragraph_of(r, i);
	if (p != SIZE_MAX && p == *free_par)
		return *free_first;
	*free_par = p;
	*free_first = i;
	return NONE;
}

void chk_SAMPLE_SIZE_UNKNOWN(run *r)
{
	size_t i, k, *first = NULL, free_par = SIZE_MAX, free_first = NONE;
	cc_numbuf a, b, c, d;

	if (r->doc->nsurveys && !(first = cc_malloc(r->ctx, r->doc->nsurveys * sizeof *first))) {
		r->rc = cc_error_oom(r->ctx);
		return;
	}
	for (k = 0; k < r->doc->nsurveys; k++)
		first[k] = NONE;
	for (i = 0; i < NCLAIMS(r); i++) {
		size_t prior;

		const cc_claim *cl = CL(r, i);

		if (!(ck_is_prop(cl) || cl->kind == CC_KIND_MEAN || cl->kind == CC_KIND_CHANGE))
			continue;
		if (EXT(r, i)->survey_context && ck_claim_n(r, i) > 0 && ck_is_prop(cl)) {
			cc_numbuf nn;

			ck_passed(r, i, CC_MSG_SAMPLE_SIZE_UNKNOWN_PASS, cc_fmt_n(&nn, ck_claim_n(r, i)),
				  NULL);
			continue;
		}
		if (!EXT(r, i)->survey_context || ck_claim_n(r, i) > 0)
			continue;
		if (cl->kind == CC_KIND_CHANGE && (cl->traits & CC_TRAIT_POINTS) == 0)
			continue;
		if ((cl->traits & CC_TRAIT_SUBGROUP) && ck_survey_n(r, ck_claim_survey(r, i)) > 0)
			continue; /* a subgroup of a survey whose size is stated ("Republicans (92%)" in a
				     poll of 1,031): the survey's n is known, only the subgroup's is not */
		if ((prior = said_before(r, i, first, &free_par, &free_first)) != NONE) {
			ck_passed(r, i, CC_MSG_SAMPLE_SIZE_UNKNOWN_PASS_SAID, CL(r, prior)->text, NULL);
			continue;
		}
		if (ck_is_prop(cl) && !ck_is_wide(cl))
			ck_say(r, i, CC_MSG_SAMPLE_SIZE_UNKNOWN_FLAG, CC_SEV_WARNING, cl->text, cc_fmt_pct(&a, cl->value),
			       cc_fmt_pts(&b, ck_moe0(r, 1000, 1, 0)), cc_fmt_pts(&c, ck_moe0(r, 50, 1, 0)),
			       cc_fmt_n(&d, ck_need_n(r, 0.03, 0)), NULL);
		else
			ck_say(r, i, CC_MSG_SAMPLE_SIZE_UNKNOWN_FLAG_NO_SHARE, CC_SEV_WARNING, cl->text,
			       cc_fmt_pts(&b, ck_moe0(r, 1000, 1, 0)), cc_fmt_pts(&c, ck_moe0(r, 50, 1, 0)), NULL);
	}
	cc_free(r->ctx, first);
}


/* A database field that really supplies the item: the surveys table
 * records what an article leaves out as "not stated" / "not published". */
static int stated(const char *s)
{
	size_t n, k;
	const cc_vocab_row *blank = cc_vocab_rows(CC_V_NOT_STATED, &n);

	if (!s || !*s)
		return 0;
	for (k = 0; k < n; k++)
		if (!strcasecmp(s, blank[k].phrase))
			return 0;
	return 1;
}


/* 2. The eight disclosure items (BPC 1, 3, 4, 5, 6; AAPOR 2, 7; both 8). */
void chk_DISCLOSURE_INCOMPLETE(run *r)
{
	size_t s;

	for (s = 0; s < r->doc->nsurveys; s++) {
		const cc_survey_info *sv = &r->doc->surveys[s];
		long t = ck_survey_target(r, (long)s);
		const cc_survey_ref *sr = t >= 0 ? ck_claim_sref(r, (size_t)t) : NULL;
		const char *missing[8];
		char list[400], label[300];
		size_t m = 0, k;
		int have[8];

		if (t < 0)
			continue;
		have[0] = sv->commissioner || (sr && stated(sr->commissioner));
		have[1] = sv->fieldwork_org || sv->pollster || (sr && stated(sr->fieldwork_org));
		have[2] = sv->has_dates || (sr && (stated(sr->fieldwork_start) || stated(sr->fieldwork_end)));
		have[3] = sv->has_mode || (sr && stated(sr->mode));
		have[4] = (sv->population && *sv->population) || (sr && stated(sr->population));
		have[5] = ck_survey_n(r, (long)s) > 0 || (sr && sr->n > 0);
		have[6] = sv->has_selection || (sr && stated(sr->selection));
		have[7] = sv->has_wording;
		/* the parts follow the order of have[] (checks.def) */
		for (k = 0; k < 8; k++)
			if (!have[k])
				missing[m++] = ck_parts[CC_PART_DISCLOSURE_INCOMPLETE_COMMISSIONER + k];
		if (!m) {
			cc_numbuf nn;

			char who[300];

			snprintf(who, sizeof who, "%s%s%s", sv->commissioner ? " (" : "",
				 sv->commissioner ? sv->commissioner : "", sv->commissioner ? ")" : "");
			ck_passed(r, (size_t)t, CC_MSG_DISCLOSURE_INCOMPLETE_PASS, survey_label(r, (long)s, label, sizeof label),
				  who, cc_fmt_n(&nn, ck_survey_n(r, (long)s) > 0 ? ck_survey_n(r, (long)s) : sr ? sr->n : 0),
				  NULL);
			continue;
		}
		list[0] = '\0';
		for (k = 0; k < m; k++) {
			size_t len = strlen(list);

			snprintf(list + len, sizeof list - len, "%s%s",
				 k == 0 ? "" : (k + 1 == m ? (m > 2 ? ", or " : " or ") : ", "), missing[k]);
		}
		ck_say(r, (size_t)t, CC_MSG_DISCLOSURE_INCOMPLETE_FLAG,
		       m >= P_DISCLOSURE_WARN_MISSING ? CC_SEV_WARNING : CC_SEV_INFO, list,
		       survey_label(r, (long)s, label, sizeof label), CK_INT(m), NULL);
	}
}


/* Commissioner types with a stake (Clarification 6; vocabulary class
 * commissioner_stake: type, 1 when the kind itself is the stake, the
 * interest). Types come from the database, or from extract/survey.c's cue
 * word. */
/* 3. Commissioned by someone with a stake. */
void chk_INTERESTED_COMMISSIONER(run *r)
{
	size_t s;

	for (s = 0; s < r->doc->nsurveys; s++) {
		const cc_survey_info *sv = &r->doc->surveys[s];
		long t = ck_survey_target(r, (long)s);
		const cc_survey_ref *sr = t >= 0 ? ck_claim_sref(r, (size_t)t) : NULL;
		const char *who = sv->commissioner, *type = sv->commissioner_type, *why;
		const cc_vocab_row *stake;
		int from_db = 0, overlap = 0;
		char interest[300];

		if (t < 0)
			continue;
		if (sr && sr->commissioner && sr->commissioner_type) {
			who = sr->commissioner;
			type = sr->commissioner_type;
			from_db = 1;
		} else if (EXT(r, (size_t)t)->org_ref && EXT(r, (size_t)t)->org_ref->commissioner_type && who) {
			/* the register knows the commissioner the text names */
			sr = EXT(r, (size_t)t)->org_ref;
			type = sr->commissioner_type;
			from_db = 1;
		}
		if (!who && sv->pollster) {
			ck_passed(r, (size_t)t, CC_MSG_INTERESTED_COMMISSIONER_PASS_POLLSTER, sv->pollster,
				  NULL);
			continue;
		}
		if (!who)
			continue;
		if (!type) {
			ck_passed(r, (size_t)t, CC_MSG_INTERESTED_COMMISSIONER_PASS_UNKNOWN_KIND, who, NULL);
			continue;
		}
		stake = cc_vocab_find(CC_V_COMMISSIONER_STAKE, type, strlen(type));
		if (!stake) {
			const cc_vocab_row *kind = cc_vocab_find(CC_V_COMMISSIONER_KIND, type, strlen(type));
			const char *what = kind && kind->str ? kind->str : type;

			/* the extractor's phrase may keep its preposition: "of Opinium" */
			if (!strncmp(who, "of ", 3) || !strncmp(who, "by ", 3))
				who += 3;
			ck_passed(r, (size_t)t, CC_MSG_INTERESTED_COMMISSIONER_PASS_NO_STAKE, who, what,
				  from_db ? " (reference database)" : "", NULL);
			continue;
		}
		why = stake->str;
		if (from_db && sr->interests && *sr->interests) {
			/* "a; b; c" -> "a, b and c" */
			const char *p = sr->interests, *last = strrchr(p, ';');
			size_t o = 0;

			for (; *p && o + 6 < sizeof interest; p++) {
				if (*p == ';') {
					const char *sep = p == last ? " and" : ",";

					while (*sep && o + 1 < sizeof interest)
						interest[o++] = *sep++;
					continue;
				}
				interest[o++] = *p;
			}
			interest[o] = '\0';
			why = interest;
			overlap = 1;
		} else {
			/* topic overlap: a content word of the commissioner's
			 * description used elsewhere in the article (read by
			 * extract/cues.c for the commissioner the article names) */
			overlap = sv->topic_words;
		}
		if (!from_db && !stake->v[0] && sv->commissioner_cue) {
			/* "the insulation company WarmWall": its line of business */
			const char *cue = find_word(who, strlen(who), sv->commissioner_cue);
			const char *b0 = who;

			if (!strncasecmp(b0, "the ", 4))
				b0 += 4;
			else if (!strncasecmp(b0, "a ", 2))
				b0 += 2;
			else if (!strncasecmp(b0, "an ", 3))
				b0 += 3;
			if (cue && cue > b0 + 1) {
				snprintf(interest, sizeof interest, "%.*s business", (int)(cue - 1 - b0), b0);
				why = interest;
			}
		}
		if (why != interest)
			snprintf(interest, sizeof interest, "%s", why);
		ck_say(r, (size_t)t, CC_MSG_INTERESTED_COMMISSIONER_FLAG, stake->v[0] || overlap ? CC_SEV_WARNING : CC_SEV_INFO,
		       who, interest,
		       from_db ? "High confidence: the commissioner and its interests are in the reference database."
			       : "Medium confidence: the commissioner's type is inferred from the word used to describe it.",
		       NULL);
	}
}


/* Is `name` one of the ';'-separated ancestors in `chain`? */
static int in_chain(const char *chain, const char *name)
{
	size_t n;
	const char *p = chain;

	if (!chain || !name || !*name)
		return 0;
	n = strlen(name);
	while (p && *p) {
		const char *e = strchr(p, ';');
		size_t len = e ? (size_t)(e - p) : strlen(p);

		if (len == n && !strncasecmp(p, name, n))
			return 1;
		p = e ? e + 1 : NULL;
	}
	return 0;
}


/* Do the head nouns a and b name the same group (equal, or a pair of
 * synonyms of the vocabulary)? */
static int same_group(const char *a, const char *b)
{
	size_t n, k;
	const cc_vocab_row *syn = cc_vocab_rows(CC_V_GROUP_SYNONYM, &n);

	if (!strcmp(a, b))
		return 1;
	for (k = 0; k < n; k++)
		if ((!strcmp(a, syn[k].phrase) && !strcmp(b, syn[k].str)) ||
		    (!strcmp(b, syn[k].phrase) && !strcmp(a, syn[k].str)))
			return 1;
	return 0;
}


/* ": about 12% of them" -- the sample's population as a share of the
 * subject's, when the population table has both sizes; "" otherwise. */
static const char *share_of(const cc_claim_ext *e, char *buf, size_t cap)
{
	cc_numbuf b;

	if (!(e->sample_pop->size > 0 && e->subject_pop->size > 0))
		return "";
	snprintf(buf, cap, ": about %s%% of them", cc_fmt_num(&b, 100 * e->sample_pop->size / e->subject_pop->size, 1));
	return buf;
}

/* A self-selected sample's share reported as the view of a group ("84%
 * of Labour members" from those who took an MP's web survey, "Eighty per
 * cent of Britons" from returned ballot papers): the group is never what
 * was sampled, whatever the words say (issue 17 §3). 1 when flagged. */
static int chosen_reported_as_group(run *r, size_t i)
{
	const cc_claim *c = CL(r, i);
	const char *cue = ck_selfselect(r, ck_claim_survey(r, i), i);
	char h[64];
	size_t k, n, hl;
	const cc_vocab_row *rows = cc_vocab_rows(CC_V_SELFSELECT, &n);

	if (!cue || !c->subject || (c->traits & CC_TRAIT_SUBGROUP))
		return 0;
	/* only a cue of method ("a poll on his website", "ballot papers ...
	 * that came back"), not a weak one ("took part", "readers") that a
	 * properly drawn sample also meets */
	for (k = 0; k < n; k++)
		if (!strcasecmp(rows[k].phrase, cue))
			break;
	if (k == n || (rows[k].str && !strcmp(rows[k].str, "weak")))
		return 0;
	cc_word_head(c->subject, h, sizeof h);
	if (!h[0] || ck_in_list(h, CC_V_POINTER_GROUP))
		return 0; /* "of them", "respondents": the people who answered */
	/* a group of people ("Britons", "Labour members"), not "lives" */
	hl = strlen(h);
	if (!ck_in_list(h, CC_V_GENERAL_GROUP) && !(hl > 3 && h[hl - 1] == 's' && (h[hl - 1] = '\0', ck_in_list(h, CC_V_GENERAL_GROUP))))
		return 0;
	ck_say(r, i, CC_MSG_POPULATION_MISMATCH_FLAG_CHOSEN, CC_SEV_WARNING, c->text, c->subject, cue, NULL);
	return 1;
}

/* 4. The result reported for a wider or different group than was asked. */
void chk_POPULATION_MISMATCH(run *r)
{
	size_t i;
	cc_numbuf a;
	char share[64];

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *c = CL(r, i);
		const cc_claim_ext *e = EXT(r, i);
		const char *P = ck_sample_pop_phrase(r, i), *S = c->subject;
		char hs[64], hp[64];
		double n = ck_claim_n(r, i);
		int sev = 0;

		if (!ck_is_prop(c) || !S)
			continue;
		/* "the nurses questioned", "those surveyed": the sample itself */
		if (has_any(S, strlen(S), CC_V_BACK_POINTER))
			continue;
		if (chosen_reported_as_group(r, i))
			continue;
		if (!P || !(n > 0))
			continue;
		if (e->subject_pop && e->sample_pop) {
			if (e->subject_pop->id == e->sample_pop->id ||
			    in_chain(e->subject_pop->parent, e->sample_pop->name)) {
				/* the same group, or S is part of P: fine */
				ck_passed(r, i, CC_MSG_POPULATION_MISMATCH_PASS_TABLE, S, cc_fmt_n(&a, n), P,
					  NULL);
				continue;
			}
			sev = CC_SEV_ERROR;
		} else {
			cc_word_head(S, hs, sizeof hs);
			cc_word_head(P, hp, sizeof hp);
			if (ck_in_list(hs, CC_V_POINTER_GROUP) || ck_in_list(hp, CC_V_GENERAL_GROUP) || same_group(hs, hp) ||
			    /* the subject's head word appears in the sample's description */
			    find_word(P, strlen(P), hs) || (strlen(hs) > 3 && strstr(P, hs))) {
				ck_passed(r, i, CC_MSG_POPULATION_MISMATCH_PASS_WORDS, S, cc_fmt_n(&a, n), P,
					  NULL);
				continue;
			}
			sev = CC_SEV_WARNING;
		}
		if (sev == CC_SEV_ERROR && in_chain(e->sample_pop->parent, e->subject_pop->name))
			ck_say(r, i, CC_MSG_POPULATION_MISMATCH_FLAG_PART, CC_SEV_ERROR, cc_fmt_n(&a, n), P, S,
			       e->sample_pop->name, e->subject_pop->name, share_of(e, share, sizeof share), NULL);
		else if (sev == CC_SEV_ERROR)
			ck_say(r, i, CC_MSG_POPULATION_MISMATCH_FLAG_OTHER, CC_SEV_ERROR, cc_fmt_n(&a, n), P, S,
			       e->sample_pop->name, e->subject_pop->name, NULL);
		else
			ck_say(r, i, CC_MSG_POPULATION_MISMATCH_FLAG_WORDS, CC_SEV_WARNING, cc_fmt_n(&a, n),
			       P, S, hp, hs, NULL);
	}
}


/* 5. Respondents chose themselves. */
void chk_SELF_SELECTED_SAMPLE(run *r)
{
	size_t s, i, k2;

	for (s = 0; s < r->doc->nsurveys; s++) {
		long t = ck_survey_target(r, (long)s);
		const char *cue, *pop = NULL;
		int general = 0;

		if (t < 0)
			continue;
		if (!(cue = ck_selfselect(r, (long)s, (size_t)t))) {
			const cc_survey_info *sv = &r->doc->surveys[s];
			const cc_survey_ref *sr = ck_claim_sref(r, (size_t)t);
			const char *how = sv->chosen; /* read by extract/cues.c */
			cc_numbuf nn;

			if (!sv->has_selection && !(sr && sr->probability_sample == 1))
				continue;
			if (!how && !(sr && sr->probability_sample == 1))
				continue;
			char quoted[80];

			snprintf(quoted, sizeof quoted, "%s%s%s", how ? "\"" : "", how ? how : "a probability sample",
				 how ? "\"" : "");
			ck_passed(r, (size_t)t, CC_MSG_SELF_SELECTED_SAMPLE_PASS,
				  how ? "the article says" : "the reference database records",
				  cc_fmt_n(&nn, ck_survey_n(r, (long)s) > 0 ? ck_survey_n(r, (long)s) : ck_claim_n(r, (size_t)t)),
				  quoted, NULL);
			continue;
		}
		for (k2 = r->sv_off[s]; k2 < r->sv_off[s + 1]; k2++) {
			i = r->sv_idx[k2]; /* the survey's claims, in order */
			if (!ck_is_prop(CL(r, i)))
				continue;
			if (!pop && CL(r, i)->subject)
				pop = CL(r, i)->subject;
			if (EXT(r, i)->cues & CC_CUE_GENERALISES)
				general = 1;
		}
		if (!pop)
			pop = ck_sample_pop_phrase(r, (size_t)t);
		ck_say(r, (size_t)t, CC_MSG_SELF_SELECTED_SAMPLE_FLAG, general ? CC_SEV_ERROR : CC_SEV_WARNING, cue,
		       pop ? pop : "the wider population", NULL);
	}
}


/* 7. A figure nobody is named for. */
/* A claim of claim i's paragraph (at most SOURCE_SCAN claims each way)
 * whose sentence names a source or that belongs to a survey the text
 * describes; NONE when none does. */
#define SOURCE_SCAN 64
static int sourced(const run *r, size_t k)
{
	const cc_claim_ext *e = EXT(r, k);

	return e->attributed || ck_claim_survey(r, k) >= 0;
}

static size_t paragraph_source(const run *r, size_t i)
{
	size_t p = paragraph_of(r, i), d, n = NCLAIMS(r);

	if (p == SIZE_MAX)
		return NONE;
	for (d = 1; d <= SOURCE_SCAN && (d <= i || i + d < n); d++) {
		if (d <= i && paragraph_of(r, i - d) == p && sourced(r, i - d))
			return i - d;
		if (i + d < n && paragraph_of(r, i + d) == p && sourced(r, i + d))
			return i + d;
	}
	return NONE;
}

void chk_UNSOURCED_FIGURE(run *r)
{
	size_t i, k;

	for (i = 0; i < NCLAIMS(r); i++) {
		const cc_claim *c = CL(r, i);
		const cc_claim_ext *e = EXT(r, i);

		if (!(c->kind == CC_KIND_AMOUNT || c->kind == CC_KIND_COUNT || c->kind == CC_KIND_CHANGE ||
		      c->kind == CC_KIND_PROPORTION))
			continue;
		if (e->survey_context || ck_claim_survey(r, i) >= 0 || c->sample_claim >= 0)
			continue;
		if (e->attributed) {
			ck_passed(r, i, CC_MSG_UNSOURCED_FIGURE_PASS_ATTRIBUTED, NULL);
			continue;
		}
		if (r->doc->findings[i].has_ref) {
			ck_passed(r, i, CC_MSG_UNSOURCED_FIGURE_PASS_REFERENCE, NULL);
			continue;
		}
		/* "the sentence or its paragraph names a source" (issue 17 §2) */
		if ((k = paragraph_source(r, i)) != NONE) {
			ck_passed(r, i, CC_MSG_UNSOURCED_FIGURE_PASS_PARAGRAPH, CL(r, k)->text, NULL);
			continue;
		}
		/* a share, or a move in points, in a poll story is the poll's */
		if (r->doc->nsurveys && (c->kind == CC_KIND_PROPORTION ||
					 (c->kind == CC_KIND_CHANGE && (c->traits & CC_TRAIT_POINTS)))) {
			ck_passed(r, i, CC_MSG_UNSOURCED_FIGURE_PASS_POLL, NULL);
			continue;
		}
		ck_say(r, i, CC_MSG_UNSOURCED_FIGURE_FLAG, CC_SEV_INFO, c->text, NULL);
	}
}
