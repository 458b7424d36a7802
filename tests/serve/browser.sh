#!/bin/sh
# tests/serve/browser.sh -- `claimcheck serve` in a real browser
# (make test-browser-serve).
#
#   sh tests/serve/browser.sh [CLAIMCHECK] [OUTDIR]
#
# Starts the server on a free loopback port; Debian's chromium, headless,
#  1. loads /check?example=1 (the check form's action with the bundled
#     article): the DOM must highlight the same claims and hold the same
#     cards as `claimcheck check --format html` (tests/serve/check_dom.py);
#     then submits the check page's own form with the example pasted in
#     (/?example=1) and checks the report it gets back the same way;
#  2. loads /teach?p=0.25&n=100: the page's script fetches /api/ci and
#     draws; the interval in the DOM must equal `claimcheck ci --x 25
#     --n 100`;
#  3. loads /teach with level, method and ?move= (the sliders moved after
#     the first drawing, through the page's own input handlers): the
#     redrawn interval must equal `claimcheck ci` for the moved values;
# and saves screenshots of every page in OUTDIR. Exit 0 when all pass.
set -u

CC=${1:-./claimcheck}
OUT=${2:-build/serve}
HERE=$(dirname "$0")
EXAMPLE=examples/outsourcing-survey.txt
CHROMIUM=${CHROMIUM:-$(command -v chromium || true)}
fail=0
pid=""

[ -n "$CHROMIUM" ] || { echo "test-browser-serve: chromium not found (apt-get install chromium)"; exit 1; }
mkdir -p "$OUT"
REF="--no-ref"
[ -f reference.db ] && REF="--ref reference.db"
PROFILE=$(mktemp -d)
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$PROFILE"; }
trap cleanup EXIT INT TERM

"$CC" serve --port 0 $REF 2>"$OUT/browser-serve.log" &
pid=$!
i=0; port=""
while [ $i -lt 50 ] && [ -z "$port" ]; do
	sleep 0.1; i=$((i + 1))
	port=$(sed -n 's/.*serving on http:\/\/127\.0\.0\.1:\([0-9]*\)\/.*/\1/p' "$OUT/browser-serve.log" 2>/dev/null)
done
[ -n "$port" ] || { echo "serve did not start"; cat "$OUT/browser-serve.log"; exit 1; }
U=http://127.0.0.1:$port

chrome() { # chrome dom|shot URL OUTFILE
	set -- "$1" "$2" "$3" --headless --no-sandbox --disable-gpu --disable-background-networking \
		--disable-component-update --disable-sync --no-first-run --disable-extensions \
		--disable-default-apps --mute-audio --user-data-dir="$PROFILE" --virtual-time-budget=5000
	mode=$1 url=$2 file=$3; shift 3
	if [ "$mode" = dom ]; then
		timeout 60 "$CHROMIUM" "$@" --dump-dom "$url" > "$file" 2>/dev/null
	else
		timeout 60 "$CHROMIUM" "$@" --hide-scrollbars --window-size=1100,1800 --screenshot="$file" "$url" >/dev/null 2>&1
	fi
}

echo "== the check page: the example article's report in the browser"
"$CC" check $REF --format html "$EXAMPLE" > "$OUT/cli-report.html"
chrome dom "$U/check?example=1" "$OUT/check.dom.html"
python3 "$HERE/check_dom.py" report "$OUT/check.dom.html" "$OUT/cli-report.html" || fail=1

echo "== the check page's own form: the example pasted in, submitted by the browser"
# The served page (/?example=1: the text box filled by the server), saved
# as a file with its form pointed at the server and one line of script that
# presses "Check the figures" (the served page itself allows no inline
# script: its CSP is script-src 'self'). The browser posts the form
# (multipart, as a user would) and the DOM is the report it got back.
curl -s "$U/?example=1" | sed "s|action=\"/check\"|action=\"$U/check\"|; s|href=\"/static/style.css\"|href=\"$U/static/style.css\"|" > "$OUT/submit.html"
grep -q "action=\"$U/check\"" "$OUT/submit.html" || { echo "  FAIL the served page has no check form"; fail=1; }
echo '<script>document.getElementById("check").requestSubmit();</script>' >> "$OUT/submit.html"
chrome dom "file://$(cd "$OUT" && pwd)/submit.html" "$OUT/submit.dom.html"
python3 "$HERE/check_dom.py" report "$OUT/submit.dom.html" "$OUT/cli-report.html" || fail=1

echo "== the teaching page: /teach?p=0.25&n=100"
"$CC" ci --x 25 --n 100 --format json > "$OUT/ci-25-100.json"
chrome dom "$U/teach?p=0.25&n=100" "$OUT/teach.dom.html"
python3 "$HERE/check_dom.py" teach "$OUT/teach.dom.html" "$OUT/ci-25-100.json" 1 || fail=1

echo "== the teaching page: sliders moved (n 10^2.5 = 316, p 0.4), 90%, clopper-pearson"
"$CC" ci --p 0.4 --n 316 --level 0.9 --method clopper-pearson --format json > "$OUT/ci-moved.json"
chrome dom "$U/teach?p=0.25&n=100&level=0.9&method=clopper-pearson&move=n-range:2.5,p-range:0.4" "$OUT/teach-moved.dom.html"
python3 "$HERE/check_dom.py" teach "$OUT/teach-moved.dom.html" "$OUT/ci-moved.json" 2 || fail=1

echo "== screenshots"
for pair in "index:/" "index-example:/?example=1" "report:/check?example=1" "teach:/teach?p=0.25&n=100" \
	"teach-moved:/teach?p=0.25&n=100&level=0.9&method=clopper-pearson&move=n-range:2.5,p-range:0.4"; do
	name=${pair%%:*} path=${pair#*:}
	chrome shot "$U$path" "$OUT/serve-$name.png"
	if [ -s "$OUT/serve-$name.png" ]; then echo "  ok   $OUT/serve-$name.png"; else echo "  FAIL no screenshot of $path"; fail=1; fi
done

kill -TERM "$pid"; wait "$pid"; rc=$?; pid=""
[ "$rc" = 0 ] && echo "  ok   server exit 0 on SIGTERM" || { echo "  FAIL server exit $rc"; fail=1; }
if [ $fail = 0 ]; then echo "test-browser-serve: all checks passed"; else echo "test-browser-serve: FAILED"; fi
exit $fail
