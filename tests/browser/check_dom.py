#!/usr/bin/env python3
"""Check a DOM dumped by headless chromium (--dump-dom) from a claimcheck
HTML report.  Standard library only.

usage: check_dom.py DOM.html [--claims N] [--xss] [--expect-pwned]

  --claims N      the report must hold N claims: N highlighted <mark>s in the
                  article(s), N cards, each mark linked to its card and back
  --xss           no script ran (title unchanged, no data-pwned marker), and
                  the DOM holds no <script>, <iframe>, <img>, on* attribute
                  or javascript: URL
  --expect-pwned  the positive control: a script DID run (proves the
                  detector sees execution)

Always: every <svg> has a viewBox and every coordinate lies inside it.
Prints one line per check; exit 0 when all pass, 1 otherwise.
"""
import re
import sys
from html.parser import HTMLParser

COORD_X = ("x", "x1", "x2", "cx")
COORD_Y = ("y", "y1", "y2", "cy")
SLACK = 2.0  # user units: bars are widened by 1 on each side when too thin


class Dom(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.title = ""
        self.in_title = False
        self.root_attrs = {}
        self.marks = []        # (id, class)
        self.mark_links = []   # hrefs of the sup links after marks
        self.cards = []        # (id, data-kind, has interval svg)
        self.card_links = []   # hrefs back to marks
        self.svgs = []         # list of (viewBox, [(tag, attrs)])
        self.bad = []          # forbidden things found
        self.in_svg = None
        self.in_card = None
        self.in_sup = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.root_attrs = a
        if tag == "title" and not self.in_svg:
            self.in_title = True
        for k, v in attrs:
            if k.lower().startswith("on"):
                self.bad.append("%s has %s=" % (tag, k))
            if k.lower() in ("href", "src", "xlink:href", "action", "formaction") and v and \
                    re.match(r"\s*(javascript|data|vbscript):", v, re.I):
                self.bad.append("%s %s=%r" % (tag, k, v[:40]))
        if tag in ("script", "iframe", "img", "object", "embed", "form", "base", "link"):
            self.bad.append("<%s> element" % tag)
        if tag == "mark" and "claim" in a.get("class", "").split():
            self.marks.append((a.get("id"), a.get("class")))
        if tag == "sup" and "cref" in a.get("class", "").split():
            self.in_sup = True
        if tag == "a" and self.in_sup:
            self.mark_links.append(a.get("href"))
        if tag == "article" and "card" in a.get("class", "").split():
            self.in_card = [a.get("id"), a.get("data-kind"), False]
        if tag == "a" and self.in_card is not None and (a.get("href") or "").startswith("#") \
                and "-m" in (a.get("href") or ""):
            self.card_links.append(a.get("href"))
        if tag == "svg":
            self.in_svg = [a.get("viewbox") or a.get("viewBox"), [], a.get("class", "")]
            if self.in_card is not None and "interval" in a.get("class", ""):
                self.in_card[2] = True
        elif self.in_svg is not None:
            self.in_svg[1].append((tag, a))
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag == "sup":
            self.in_sup = False
        if tag == "svg" and self.in_svg is not None:
            self.svgs.append(tuple(self.in_svg))
            self.in_svg = None
        if tag == "article" and self.in_card is not None:
            self.cards.append(tuple(self.in_card))
            self.in_card = None

    def handle_data(self, data):
        if self.in_title:
            self.title += data


def num(v):
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return f if f == f and abs(f) != float("inf") else None


def check_svgs(dom, fails):
    for k, (vb, elems, cls) in enumerate(dom.svgs):
        parts = (vb or "").split()
        if len(parts) != 4 or any(num(p) is None for p in parts):
            fails.append("svg %d (%s): bad viewBox %r" % (k, cls, vb))
            continue
        x0, y0, w, h = (float(p) for p in parts)
        if w <= 0 or h <= 0:
            fails.append("svg %d: empty viewBox" % k)
        drawn = 0
        for tag, a in elems:
            for name in COORD_X + COORD_Y + ("width", "height", "r"):
                if name in a:
                    v = num(a[name])
                    if v is None:
                        fails.append("svg %d <%s> %s=%r is not a number" % (k, tag, name, a[name]))
                        continue
                    lim = (x0, x0 + w) if name in COORD_X or name == "width" else (y0, y0 + h)
                    if name in ("width", "height", "r"):
                        if v < 0 or v > (w if name != "height" else h):
                            fails.append("svg %d <%s> %s=%g out of range" % (k, tag, name, v))
                    elif not (lim[0] - SLACK <= v <= lim[1] + SLACK):
                        fails.append("svg %d <%s> %s=%g outside the viewBox %s" % (k, tag, name, v, vb))
            if tag == "rect" and num(a.get("x")) is not None and num(a.get("width")) is not None:
                if float(a["x"]) + float(a["width"]) > x0 + w + SLACK:
                    fails.append("svg %d rect runs past the right edge" % k)
            if tag == "path":
                m = re.match(r"M\s*(-?[\d.]+)[ ,]+(-?[\d.]+)", a.get("d", ""))
                if not m or not (x0 - SLACK <= float(m.group(1)) <= x0 + w + SLACK and
                                 y0 - SLACK <= float(m.group(2)) <= y0 + h + SLACK):
                    fails.append("svg %d path starts outside the viewBox: %r" % (k, a.get("d")))
            if tag in ("line", "rect", "circle", "path"):
                drawn += 1
        if drawn == 0:
            fails.append("svg %d (%s) draws nothing" % (k, cls))


def main(argv):
    if len(argv) < 2:
        sys.stderr.write(__doc__)
        return 2
    path = argv[1]
    want_claims = None
    xss = "--xss" in argv
    expect_pwned = "--expect-pwned" in argv
    if "--claims" in argv:
        want_claims = int(argv[argv.index("--claims") + 1])
    with open(path, encoding="utf-8", errors="strict") as f:
        text = f.read()
    dom = Dom()
    dom.feed(text)
    dom.close()
    fails = []
    pwned = "PWNED" in dom.title or "data-pwned" in dom.root_attrs

    if expect_pwned:
        if not pwned:
            fails.append("positive control: the script did not run, so the detector is blind")
        print("%s: positive control %s (title %r)" % (path, "ok" if not fails else "FAILED", dom.title))
        for f in fails:
            print("  FAIL " + f)
        return 1 if fails else 0

    if pwned:
        fails.append("a script ran: title %r, root attributes %r" % (dom.title, dom.root_attrs))
    if xss:
        fails.extend("forbidden in the DOM: " + b for b in dom.bad)
    if want_claims is not None:
        mark_ids = [m[0] for m in dom.marks]
        card_ids = [c[0] for c in dom.cards]
        if len(mark_ids) != want_claims:
            fails.append("%d highlighted claims, want %d" % (len(mark_ids), want_claims))
        if len(card_ids) != want_claims:
            fails.append("%d cards, want %d" % (len(card_ids), want_claims))
        if len(set(mark_ids)) != len(mark_ids) or len(set(card_ids)) != len(card_ids):
            fails.append("duplicate ids")
        for mid in mark_ids:
            cid = (mid or "").replace("-m", "-c", 1)
            if cid not in card_ids:
                fails.append("mark %s has no card %s" % (mid, cid))
            if "#" + cid not in dom.mark_links:
                fails.append("mark %s does not link to its card" % mid)
            if "#" + (mid or "") not in dom.card_links:
                fails.append("no card links back to mark %s" % mid)
        for cid, kind, has_chart in dom.cards:
            if kind == "proportion" and not has_chart:
                fails.append("proportion card %s has no interval chart" % cid)
        nprop = sum(1 for c in dom.cards if c[1] == "proportion")
        if nprop and not any("forest" in s[2] for s in dom.svgs):
            fails.append("no forest plot for %d proportions" % nprop)
    check_svgs(dom, fails)
    print("%s: %d claims highlighted, %d cards, %d svg, title %r: %s" % (
        path, len(dom.marks), len(dom.cards), len(dom.svgs), dom.title,
        "ok" if not fails else "%d FAILED" % len(fails)))
    for f in fails[:40]:
        print("  FAIL " + f)
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
