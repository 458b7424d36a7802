"""tests/serve/check_dom.py -- check DOMs that headless chromium dumped
(--dump-dom) from `claimcheck serve` pages (test time only; standard
library).

  check_dom.py report DOM CLI.html
      the served report, after the browser built it, highlights the same
      claims (data-claim, severity class, text) and holds the same cards as
      `claimcheck check --format html`; no <script>; the nav links are there
  check_dom.py teach DOM CI.json [MIN_DRAWS]
      the teaching page's chart (svg#chart data-*) shows the interval of
      `claimcheck ci --format json` (same p, n, level, method; low/high to
      1e-12), drawn at least MIN_DRAWS times, with its explanation
"""
import json
import sys
from html.parser import HTMLParser


class Dom(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.marks, self.cards, self.scripts, self.links = [], [], 0, []
        self.mark = None
        self.svg = None
        self.outputs, self.out = {}, None
        self.explain_ps, self.in_explain = 0, False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get("class") or "").split()
        if tag == "script":
            self.scripts += 1
        if tag == "mark" and "claim" in cls:
            self.mark = [a.get("data-claim"), " ".join(c for c in cls if c.startswith("sev-")), ""]
        if "card" in cls and a.get("id"):
            self.cards.append(a["id"])
        if tag == "a":
            self.links.append(a.get("href"))
        if tag == "svg" and a.get("id") == "chart":
            self.svg = a
        if tag == "output":
            self.out = a.get("id")
            self.outputs[self.out] = ""
        if tag == "div" and a.get("id") == "explain":
            self.in_explain = True
        if tag == "p" and self.in_explain:
            self.explain_ps += 1

    def handle_endtag(self, tag):
        if tag == "mark" and self.mark:
            self.marks.append(tuple(self.mark))
            self.mark = None
        if tag == "output":
            self.out = None
        if tag == "div":
            self.in_explain = False

    def handle_data(self, data):
        if self.mark:
            self.mark[2] += data
        if self.out:
            self.outputs[self.out] += data


def parse(path):
    d = Dom()
    with open(path, encoding="utf-8") as f:
        d.feed(f.read())
    return d


fails = 0


def check(cond, msg):
    global fails
    print(("  ok   " if cond else "  FAIL ") + msg)
    if not cond:
        fails += 1


def report(dom_path, cli_path):
    dom, cli = parse(dom_path), parse(cli_path)
    check(len(cli.marks) > 0, "the CLI report highlights %d claims" % len(cli.marks))
    check(dom.marks == cli.marks, "browser DOM highlights the same %d claims (id, severity, text)" % len(dom.marks))
    check(dom.cards == cli.cards and len(dom.cards) > 0, "browser DOM holds the same %d cards" % len(dom.cards))
    check(dom.scripts == 0, "no <script> in the report")
    check("/" in dom.links and "/teach" in dom.links, "navigation back to / and /teach")
    for m in dom.marks[:3]:
        print("       claim %s (%s): %s" % (m[0], m[1], " ".join(m[2].split())))


def teach(dom_path, ci_path, min_draws):
    dom = parse(dom_path)
    with open(ci_path, encoding="utf-8") as f:
        ci = json.load(f)
    s = dom.svg
    check(s is not None, "svg#chart present")
    if s is None:
        return
    draws = int(s.get("data-draws") or 0)
    check(draws >= min_draws, "chart drawn %d times (>= %d)" % (draws, min_draws))

    def close(a, b):
        try:
            return abs(float(a) - float(b)) <= 1e-12 * max(1.0, abs(float(b)))
        except (TypeError, ValueError):
            return False

    for k in ("p", "n", "level", "low", "high"):
        check(close(s.get("data-" + k), ci[k]), "data-%s = %s (claimcheck ci: %r)" % (k, s.get("data-" + k), ci[k]))
    check(s.get("data-method") == ci["method"], "method %s" % s.get("data-method"))
    low = "%.1f%%" % (100 * ci["low"])
    high = "%.1f%%" % (100 * ci["high"])
    check(dom.outputs.get("low") == low and dom.outputs.get("high") == high,
          "shown interval %s to %s" % (dom.outputs.get("low"), dom.outputs.get("high")))
    check(dom.outputs.get("moe-out", "").startswith("\u00b1"), "margin shown: %s" % dom.outputs.get("moe-out"))
    check("people" in dom.outputs.get("n-target", ""), "sample size shown: %s" % dom.outputs.get("n-target"))
    check(dom.explain_ps >= 3, "explanation has %d paragraphs" % dom.explain_ps)


if sys.argv[1] == "report":
    report(sys.argv[2], sys.argv[3])
elif sys.argv[1] == "teach":
    teach(sys.argv[2], sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 1)
else:
    sys.exit("usage: check_dom.py report|teach ...")
sys.exit(1 if fails else 0)
