#!/usr/bin/env python3
"""Validate the fact-check cases and print per-half counts by objection code.

usage: check.py [DEV.jsonl TEST.jsonl]     (default: dev.jsonl test.jsonl next to this script)

Checks, for every record: required fields and their types; ids unique across both
halves and of the form <publisher-slug>-<k>; one publisher per slug; codes in
must_fire / must_not_fire among the 28 catalogue codes; objection_codes among the 28,
the proposed codes of issue 17 section 4, or NONE (alone); must_fire_new and
must_not_fire_new among the proposed codes; must_fire_new and visible_codes within
objection_codes; no code both required and forbidden; a date, when set, is
YYYY-MM-DD and the text opens with a dateline carrying that day and year; the
source is an http(s) URL. Across halves: no publisher in both.
Exit status 0 if all is well, 1 with the problems listed otherwise.
"""
import collections, json, os, re, sys

CATALOGUE = [
    "SAMPLE_SIZE_UNKNOWN", "DISCLOSURE_INCOMPLETE", "INTERESTED_COMMISSIONER", "POPULATION_MISMATCH",
    "SELF_SELECTED_SAMPLE", "SMALL_SAMPLE", "UNSOURCED_FIGURE", "SUBGROUP_TOO_SMALL", "GAP_WITHIN_MOE",
    "CHANGE_WITHIN_MOE", "PERCENT_POINTS_CONFUSION", "SMALL_BASE_RELATIVE_CHANGE", "MAJORITY_NOT_SUPPORTED",
    "REFERENCE_MISMATCH", "STALE_FIGURE", "INCONSISTENT_FIGURES", "HEDGE_CONTRADICTS_FIGURE",
    "PARTS_EXCEED_WHOLE", "MOE_STATED_WRONG", "MOE_ON_NONPROBABILITY", "FALSE_PRECISION", "GRIM_PERCENT",
    "DESIGN_EFFECT_IGNORED", "FINITE_POPULATION", "ZERO_OR_ALL_SMALL_N", "SAMPLE_EXCEEDS_POPULATION",
    "GRIM_MEAN", "PVALUE_INCONSISTENT",
]
PROPOSED = ["DONT_KNOWS_EXCLUDED", "TIE_MISSTATED", "CHANGE_UNSUPPORTED", "BUNDLED_CATEGORIES",
            "VERB_STRONGER_THAN_MEASURED", "CAUSAL_FROM_SURVEY"]
FIELDS = {"id": str, "text": str, "must_fire": list, "must_not_fire": list, "why": str, "source": str,
          "publisher": str, "objection": str, "objection_codes": list, "visible": bool,
          "visible_codes": list, "must_fire_new": list, "must_not_fire_new": list, "quiet": bool}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
HERE = os.path.dirname(os.path.abspath(__file__))


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def check_case(c, problems):
    cid = c.get("id", "?")
    def bad(msg):
        problems.append(f"{cid}: {msg}")
    for k, t in FIELDS.items():
        if k not in c:
            bad(f"missing field {k}")
        elif not isinstance(c[k], t):
            bad(f"field {k} is not {t.__name__}")
    if "date" not in c:
        bad("missing field date")
    if not re.fullmatch(r"[a-z0-9]+-[0-9]+", cid):
        bad("id is not <publisher-slug>-<k>")
    for k in ("must_fire", "must_not_fire"):
        for code in c.get(k, []):
            if code not in CATALOGUE:
                bad(f"{k}: {code} is not a catalogue code")
    both = set(c.get("must_fire", [])) & set(c.get("must_not_fire", []))
    if both:
        bad(f"required and forbidden: {sorted(both)}")
    oc = c.get("objection_codes", [])
    if not oc:
        bad("objection_codes is empty (use NONE)")
    for code in oc:
        if code not in CATALOGUE and code not in PROPOSED and code != "NONE":
            bad(f"objection_codes: unknown code {code}")
    if "NONE" in oc and len(oc) > 1:
        bad("NONE must stand alone")
    for k in ("must_fire_new", "must_not_fire_new"):
        for code in c.get(k, []):
            if code not in PROPOSED:
                bad(f"{k}: {code} is not a proposed code")
    for code in c.get("must_fire_new", []):
        if code not in oc:
            bad(f"must_fire_new {code} is not among objection_codes")
    both = set(c.get("must_fire_new", [])) & set(c.get("must_not_fire_new", []))
    if both:
        bad(f"proposed code required and forbidden: {sorted(both)}")
    for code in c.get("visible_codes", []):
        if code not in oc or code == "NONE":
            bad(f"visible code {code} is not an objection code")
    if c.get("visible_codes") and not c.get("visible"):
        bad("visible_codes given but visible is false")
    if c.get("quiet") and oc != ["NONE"]:
        bad("a quiet case must have objection_codes [NONE]")
    d = c.get("date")
    if d is not None:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", str(d))
        if not m:
            bad("date is not YYYY-MM-DD")
        else:
            y, mo, da = m.groups()
            head = c.get("text", "")[:60]
            if not re.search(rf"\b{int(da)} {MONTHS[int(mo) - 1]} {y}\b", head):
                bad("text does not open with a dateline for its date")
    if not re.match(r"https?://", c.get("source", "")):
        bad("source is not a URL")


def main(argv):
    paths = argv[1:] or [os.path.join(HERE, "dev.jsonl"), os.path.join(HERE, "test.jsonl")]
    if len(paths) != 2:
        sys.stderr.write(__doc__)
        return 2
    halves = {os.path.basename(p).rsplit(".", 1)[0]: load(p) for p in paths}
    problems = []
    ids = collections.Counter()
    slug_pub = {}
    half_of = {}
    for h, cases in halves.items():
        for c in cases:
            check_case(c, problems)
            ids[c.get("id")] += 1
            s = c.get("id", "?").rsplit("-", 1)[0]
            if slug_pub.setdefault(s, c.get("publisher")) != c.get("publisher"):
                problems.append(f"{c.get('id')}: slug {s} used for two publishers")
            if half_of.setdefault(c.get("publisher"), h) != h:
                problems.append(f"{c.get('id')}: publisher {c.get('publisher')!r} is in both halves")
    for i, n in ids.items():
        if n > 1:
            problems.append(f"{i}: id used {n} times")

    names = list(halves)
    print(f"{'':30s}" + "".join(f"{h:>8s}" for h in names) + f"{'total':>8s}")
    def row(label, vals):
        print(f"{label:30s}" + "".join(f"{v:8d}" for v in vals) + f"{sum(vals):8d}")
    row("cases", [len(halves[h]) for h in names])
    row("publishers", [len({c['publisher'] for c in halves[h]}) for h in names])
    row("quiet cases", [sum(1 for c in halves[h] if c.get("quiet")) for h in names])
    row("objection cases", [sum(1 for c in halves[h] if not c.get("quiet")) for h in names])
    row("objection visible", [sum(1 for c in halves[h] if c.get("visible_codes")) for h in names])
    print("objection codes (cases; visible in passage):")
    for code in CATALOGUE + PROPOSED + ["NONE"]:
        n = [sum(1 for c in halves[h] if code in c.get("objection_codes", [])) for h in names]
        v = [sum(1 for c in halves[h] if code in c.get("visible_codes", [])) for h in names]
        if sum(n):
            print(f"  {code:28s}" + "".join(f"{a:5d} ({b:2d})" for a, b in zip(n, v)) + f"{sum(n):6d} ({sum(v):2d})")
    print("labels:")
    row("  must_fire labels", [sum(len(c['must_fire']) for c in halves[h]) for h in names])
    row("  must_not_fire labels", [sum(len(c['must_not_fire']) for c in halves[h]) for h in names])
    row("  must_fire_new labels", [sum(len(c['must_fire_new']) for c in halves[h]) for h in names])
    row("  must_not_fire_new labels", [sum(len(c['must_not_fire_new']) for c in halves[h]) for h in names])
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        return 1
    print("ok: all records valid, no publisher in both halves, ids unique")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
