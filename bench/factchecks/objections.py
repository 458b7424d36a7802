#!/usr/bin/env python3
"""Objection recall and noise of `claimcheck` on the fact-check cases.

usage: objections.py CLAIMCHECK [DEV.jsonl TEST.jsonl ...]
       (default files: dev.jsonl test.jsonl next to this script)

Each case is run the way tools/score-flags runs it: the text is written to a
temporary .txt file and `CLAIMCHECK check --format jsonl [--date DATE] FILE` is run
(10 s limit); the flag codes of all output records are pooled per case.

Per file it prints
  objection recall = raised / visible objections with an existing code, where a
                     visible objection is one (case, code) pair with the code in
                     the case's visible_codes and among the 28 catalogue codes;
                     raised if the program printed that code for the case;
  noise            = raised flags listed in must_not_fire / all raised flags,
                     counting each code once per case;
  labelled noise   = the same, over raised flags that are in must_fire or
                     must_not_fire only (flags in neither list are not judged);
and the proposed-code objections (not measurable until the codes exist), the
objections that are not visible, the objection cases with no visible code, and the
list of missed visible objections and noise flags.
Standard library only.
"""
import collections, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOGUE = set("""SAMPLE_SIZE_UNKNOWN DISCLOSURE_INCOMPLETE INTERESTED_COMMISSIONER POPULATION_MISMATCH
SELF_SELECTED_SAMPLE SMALL_SAMPLE UNSOURCED_FIGURE SUBGROUP_TOO_SMALL GAP_WITHIN_MOE CHANGE_WITHIN_MOE
PERCENT_POINTS_CONFUSION SMALL_BASE_RELATIVE_CHANGE MAJORITY_NOT_SUPPORTED REFERENCE_MISMATCH STALE_FIGURE
INCONSISTENT_FIGURES HEDGE_CONTRADICTS_FIGURE PARTS_EXCEED_WHOLE MOE_STATED_WRONG MOE_ON_NONPROBABILITY
FALSE_PRECISION GRIM_PERCENT DESIGN_EFFECT_IGNORED FINITE_POPULATION ZERO_OR_ALL_SMALL_N
SAMPLE_EXCEEDS_POPULATION GRIM_MEAN PVALUE_INCONSISTENT""".split())
# proposed codes of issue 17 section 4 that now exist in stats/checks.def:
# scored like the catalogue codes, their must_fire_new / must_not_fire_new
# labels counted with must_fire / must_not_fire
NEW = set("TIE_MISSTATED CHANGE_UNSUPPORTED CAUSAL_FROM_SURVEY DONT_KNOWS_EXCLUDED".split())
CATALOGUE |= NEW
TIMEOUT = 10


def flags_for(binary, case):
    with tempfile.TemporaryDirectory(prefix="objections-") as tmp:
        doc = os.path.join(tmp, "passage.txt")
        with open(doc, "w", encoding="utf-8") as f:
            f.write(case["text"] + "\n")
        cmd = [binary, "check", "--format", "jsonl"]
        if case.get("date"):
            cmd += ["--date", case["date"]]
        cmd.append(doc)
        try:
            out = subprocess.run(cmd, cwd=tmp, stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
        except (subprocess.TimeoutExpired, OSError):
            return None
        if out.returncode not in (0, 1):
            return None
        codes = set()
        for line in out.stdout.decode("utf-8", "replace").splitlines():
            if line.strip():
                try:
                    rec = json.loads(line)
                except ValueError:
                    return None
                for fl in rec.get("flags", []):
                    if isinstance(fl, dict) and isinstance(fl.get("code"), str):
                        codes.add(fl["code"])
        return codes


def report(binary, path):
    with open(path, encoding="utf-8") as f:
        cases = [json.loads(l) for l in f if l.strip()]
    vis = hit = raised_all = raised_mnf = raised_lab = crashed = 0
    invisible = proposed = 0
    no_visible_case = 0
    missed, noise = [], []
    per_code = collections.defaultdict(lambda: [0, 0])
    for c in cases:
        got = flags_for(binary, c)
        if got is None:
            crashed += 1
            got = set()
        oc = [x for x in c["objection_codes"] if x != "NONE"]
        vc = set(c.get("visible_codes", []))
        if oc and not (vc & CATALOGUE):
            no_visible_case += 1
        for code in oc:
            if code not in CATALOGUE:
                proposed += 1
            elif code not in vc:
                invisible += 1
            else:
                vis += 1
                per_code[code][0] += 1
                if code in got:
                    hit += 1
                    per_code[code][1] += 1
                else:
                    missed.append(f"{c['id']}: {code}")
        mf = set(c["must_fire"]) | (set(c.get("must_fire_new", [])) & NEW)
        mnf = set(c["must_not_fire"]) | (set(c.get("must_not_fire_new", [])) & NEW)
        raised_all += len(got)
        raised_lab += len(got & (mf | mnf))
        bad = got & mnf
        raised_mnf += len(bad)
        noise += [f"{c['id']}: {code}" for code in sorted(bad)]
    name = os.path.basename(path)
    r = hit / vis if vis else 0.0
    n = raised_mnf / raised_all if raised_all else 0.0
    nl = raised_mnf / raised_lab if raised_lab else 0.0
    print(f"{name}: cases={len(cases)} crashed={crashed}")
    print(f"  objection recall = {hit}/{vis} = {r:.3f}   (visible objections with an existing code)")
    print(f"  noise            = {raised_mnf}/{raised_all} = {n:.3f}   (raised flags in must_not_fire / all raised)")
    print(f"  labelled noise   = {raised_mnf}/{raised_lab} = {nl:.3f}   (... / raised flags that carry a label)")
    print(f"  not counted: {invisible} objections not visible in the passage, {proposed} with a proposed code only; "
          f"{no_visible_case} objection cases have no visible existing-code objection")
    print("  recall by code: " + ", ".join(f"{k} {v[1]}/{v[0]}" for k, v in sorted(per_code.items())))
    print("  missed: " + ("; ".join(missed) if missed else "none"))
    print("  noise:  " + ("; ".join(noise) if noise else "none"))
    return hit, vis, raised_mnf, raised_all


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        sys.stderr.write(__doc__)
        return 2
    binary = os.path.abspath(argv[1])
    if not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
        print(f"objections: {argv[1]} is not an executable")
        return 2
    paths = argv[2:] or [os.path.join(HERE, "dev.jsonl"), os.path.join(HERE, "test.jsonl")]
    for p in paths:
        report(binary, p)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
