#!/bin/sh
# tests/browser/run.sh -- the HTML report in a real browser (make test-browser).
#
#   sh tests/browser/run.sh [CLAIMCHECK] [OUTDIR]
#
# Debian's chromium, headless, loads each report from a file:// URL; the DOM
# it builds (--dump-dom, after layout and any script) is checked by
# check_dom.py, and a screenshot is saved in OUTDIR (default build/browser).
#
#  1. the example article's report (claimcheck check --format html): every
#     claim highlighted, every card present, SVG charts with sane coordinates;
#  2. the golden report built by the unit tests from hand-made documents
#     (tests/golden/report.html: CIs, flags, a reference, hostile strings);
#  3. XSS: an article full of <script>, "><img onerror=...>, javascript: URLs
#     and SVG payloads, read as text and as HTML: no script may run. Each
#     report is also loaded with its Content-Security-Policy removed, so the
#     escaping alone is tested, not only the CSP;
#  4. a positive control page whose script does run, proving the detector
#     can see execution.
# Writes only under OUTDIR. Exit status 0 when every check passed.
set -u

CC=${1:-./claimcheck}
OUT=${2:-build/browser}
HERE=$(dirname "$0")
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
EXAMPLE=examples/outsourcing-survey.txt
fail=0

if [ -z "$CHROMIUM" ]; then
	echo "test-browser: chromium not found (apt-get install chromium)" >&2
	exit 1
fi
mkdir -p "$OUT"
PROFILE=$(mktemp -d)
trap 'rm -rf "$PROFILE"' EXIT INT TERM

chrome() { # chrome MODE FILE [OUTPUT]
	mode=$1 file=$2 shot=${3:-}
	url="file://$(cd "$(dirname "$file")" && pwd)/$(basename "$file")"
	set -- --headless --no-sandbox --disable-gpu --disable-background-networking \
		--disable-component-update --disable-sync --no-first-run \
		--disable-extensions --disable-default-apps --mute-audio \
		--user-data-dir="$PROFILE" --virtual-time-budget=3000
	if [ "$mode" = dom ]; then
		timeout 60 "$CHROMIUM" "$@" --dump-dom "$url" 2>/dev/null
	else
		timeout 60 "$CHROMIUM" "$@" --hide-scrollbars --window-size=1200,2600 \
			--screenshot="$shot" "$url" >/dev/null 2>&1
	fi
}

# check NAME HTML [check_dom.py options]: load, dump, check; again without CSP
check() {
	name=$1 html=$2
	shift 2
	if ! chrome dom "$html" >"$OUT/$name.dom.html" || [ ! -s "$OUT/$name.dom.html" ]; then
		echo "FAIL $name: chromium produced no DOM"
		fail=1
		return
	fi
	python3 "$HERE/check_dom.py" "$OUT/$name.dom.html" "$@" || fail=1
	# the same page without its Content-Security-Policy: escaping alone must hold
	sed -e '/http-equiv="Content-Security-Policy"/d' "$html" >"$OUT/$name.nocsp.html"
	if grep -q 'Content-Security-Policy' "$OUT/$name.nocsp.html"; then
		echo "FAIL $name: could not strip the CSP for the no-CSP run"
		fail=1
		return
	fi
	chrome dom "$OUT/$name.nocsp.html" >"$OUT/$name.nocsp.dom.html"
	python3 "$HERE/check_dom.py" "$OUT/$name.nocsp.dom.html" "$@" || fail=1
}

# claims NAME INPUT [options]: the report's claim count, from --format json
claims() {
	"$CC" check --no-ref --format json "$@" | python3 -c '
import json, sys
print(sum(d["summary"]["claims"] for d in json.load(sys.stdin)["documents"]))'
}

# 0. the detector sees a script that does run
chrome dom "$HERE/positive-control.html" >"$OUT/control.dom.html"
python3 "$HERE/check_dom.py" "$OUT/control.dom.html" --expect-pwned || fail=1

# 1. the example article
if [ -x "$CC" ] && [ -f "$EXAMPLE" ]; then
	if "$CC" check --no-ref --format html -o "$OUT/example.html" "$EXAMPLE"; then
		n=$(claims "$EXAMPLE")
		check example "$OUT/example.html" --claims "$n" --xss
		chrome shot "$OUT/example.html" "$OUT/example.png"
		[ -s "$OUT/example.png" ] && echo "screenshot: $OUT/example.png" || { echo "FAIL no screenshot"; fail=1; }
	else
		echo "FAIL $CC check --format html $EXAMPLE"
		fail=1
	fi
else
	echo "skip: $CC or $EXAMPLE missing"
fi

# 2. the golden report: 9 hand-made claims over two documents
check golden tests/golden/report.html --claims 9 --xss
chrome shot tests/golden/report.html "$OUT/golden.png"
[ -s "$OUT/golden.png" ] && echo "screenshot: $OUT/golden.png" || { echo "FAIL no screenshot"; fail=1; }

# 3. XSS through the CLI, the article read as text and as HTML
if [ -x "$CC" ]; then
	cp "$HERE/xss-article.txt" "$OUT/xss-article.html"
	for kind in text html; do
		in="$HERE/xss-article.txt"
		[ $kind = html ] && in="$OUT/xss-article.html"
		if "$CC" check --no-ref --input $kind --format html -o "$OUT/xss-$kind.html" "$in"; then
			n=$(claims --input $kind "$in")
			check "xss-$kind" "$OUT/xss-$kind.html" --claims "$n" --xss
		else
			echo "FAIL $CC check --input $kind --format html (xss article)"
			fail=1
		fi
	done
	chrome shot "$OUT/xss-text.html" "$OUT/xss-text.png"
fi

if [ $fail = 0 ]; then
	echo "test-browser: all checks passed"
else
	echo "test-browser: FAILED"
fi
exit $fail
