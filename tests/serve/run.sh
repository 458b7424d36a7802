#!/bin/sh
# tests/serve/run.sh -- `claimcheck serve` over loopback (make test-serve).
#
#   sh tests/serve/run.sh [CLAIMCHECK] [OUTDIR]
#
# Starts the server on a free 127.0.0.1 port (--port 0), then with curl:
# every page and API endpoint, the Content-Security-Policy on every response
# (errors included), 400 (malformed JSON, bad numbers, bad multipart), 404,
# 405 (with Allow), 413 (Content-Length and chunked), /api/ci against
# `claimcheck ci --format json` and /api/check against `claimcheck check
# --format json` (byte for byte); a slow client that stalls mid-request
# does not delay others and is dropped after --timeout; a check that runs
# past --timeout gets 503 while /api/ci still answers. Then a bounded wrk
# load test on loopback (LOAD_SECONDS, default 10 s, 8 connections) of
# /api/ci and /api/check on the example article: requests/s, no errors,
# RSS before/after. Finally SIGTERM: the server must exit 0.
# Writes only under OUTDIR. Exit status 0 when every check passed.
set -u

CC=${1:-./claimcheck}
OUT=${2:-build/serve}
HERE=$(dirname "$0")
EXAMPLE=examples/outsourcing-survey.txt
LOAD_SECONDS=${LOAD_SECONDS:-10}
TIMEOUT=3
fail=0
pid=""

mkdir -p "$OUT"
REF="--no-ref"
[ -f reference.db ] && REF="--ref reference.db"

ok() { echo "  ok   $*"; }
bad() { echo "  FAIL $*"; fail=1; }
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; }
trap cleanup EXIT INT TERM

start() { # start LOG [ARGS...]: sets pid and U
	log=$1; shift
	"$CC" serve --port 0 $REF --timeout $TIMEOUT "$@" 2>"$log" &
	pid=$!
	i=0
	while [ $i -lt 50 ]; do
		port=$(sed -n 's/.*serving on http:\/\/127\.0\.0\.1:\([0-9]*\)\/.*/\1/p' "$log" 2>/dev/null)
		[ -n "$port" ] && break
		sleep 0.1; i=$((i + 1))
	done
	if [ -z "${port:-}" ]; then echo "serve did not start:"; cat "$log"; exit 1; fi
	U=http://127.0.0.1:$port
}

rss() { awk '/^VmRSS/ { print $2 }' /proc/"$pid"/status; }

# status METHOD PATH WANT [curl args...]: the status code, and a CSP header
status() {
	m=$1 path=$2 want=$3; shift 3
	got=$(curl -s -o "$OUT/body" -D "$OUT/headers" -w '%{http_code}' -X "$m" "$@" "$U$path")
	if [ "$got" != "$want" ]; then bad "$m $path: $got, want $want ($(head -c 200 "$OUT/body"))"; return 1; fi
	if ! grep -qi "^content-security-policy: default-src 'none'" "$OUT/headers"; then
		bad "$m $path: no Content-Security-Policy header"; return 1; fi
	ok "$m $path -> $got"
	return 0
}
jerr() { python3 "$HERE/jsoncmp.py" error "$OUT/body" "$1" || bad "body is not a JSON error $1"; }

echo "== serve: start"
start "$OUT/serve.log"
echo "  $(cat "$OUT/serve.log")"

echo "== pages"
status GET / 200 && grep -q 'action="/check"' "$OUT/body" || bad "/ has no check form"
grep -qi "script-src 'self'" "$OUT/headers" && ! grep -qi "unsafe-eval" "$OUT/headers" || bad "/ CSP"
status GET "/?example=1" 200 && grep -q 'human resources directors' "$OUT/body" || bad "/?example=1 does not fill the text box"
status GET /teach 200 && grep -q 'src="/static/teach.js"' "$OUT/body" || bad "/teach has no script"
status GET /static/teach.js 200 && grep -q "fetch('/api/ci'" "$OUT/body" || bad "teach.js does not call /api/ci"
status GET /static/style.css 200
status HEAD / 200

echo "== check (form, HTML report)"
"$CC" check $REF --format html "$EXAMPLE" > "$OUT/cli-report.html"
want_marks=$(grep -o '<mark' "$OUT/cli-report.html" | wc -l)
status GET "/check?example=1" 200 && {
	marks=$(grep -o '<mark' "$OUT/body" | wc -l)
	[ "$marks" -gt 0 ] && [ "$marks" = "$want_marks" ] && ok "report has $marks highlighted claims (CLI: $want_marks)" ||
		bad "report has $marks highlighted claims, CLI $want_marks"
	grep -qi "style-src 'unsafe-inline'" "$OUT/headers" && ! grep -qi "script-src" "$OUT/headers" || bad "report CSP"
}
status POST /check 200 -F "text=<$EXAMPLE" && grep -q 'class="card' "$OUT/body" || bad "multipart text: no cards"
status POST /check 200 -F "file=@$EXAMPLE;type=text/plain" && grep -q 'class="card' "$OUT/body" || bad "multipart file: no cards"
status POST /check 200 --data-urlencode "text@$EXAMPLE" && grep -q '<mark' "$OUT/body" || bad "urlencoded: no marks"
printf '<p>In a poll of 40 people, 75%% said <script>alert(1)</script> yes.</p>' > "$OUT/xss.html"
status POST /check 200 -F "file=@$OUT/xss.html;type=text/html" && ! grep -q '<script>alert' "$OUT/body" || bad "XSS: script survived"
status POST "/check?name=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E" 200 -F "text=<$EXAMPLE" &&
	! grep -q '<img src=x' "$OUT/body" && grep -q '&lt;img src=x' "$OUT/body" || bad "XSS in the document name"
status POST /check 400 -F "text=" && jerr 400

echo "== /api/check"
status POST "/api/check?name=$EXAMPLE" 200 -H 'Content-Type: text/plain' --data-binary "@$EXAMPLE" &&
	python3 "$HERE/jsoncmp.py" report "$OUT/body" || bad "not a report"
"$CC" check $REF --format json "$EXAMPLE" > "$OUT/cli-check.json"
cmp -s "$OUT/body" "$OUT/cli-check.json" && ok "/api/check == check --format json (byte for byte)" ||
	bad "/api/check differs from check --format json"
python3 -c 'import json,sys; print(json.dumps({"text": open(sys.argv[1]).read(), "input": "text", "date": "2019-06-01"}))' \
	"$EXAMPLE" > "$OUT/req.json"
status POST /api/check 200 -H 'Content-Type: application/json' --data-binary "@$OUT/req.json" &&
	python3 "$HERE/jsoncmp.py" report "$OUT/body" || bad "JSON request: not a report"
status POST /api/check 200 --data-binary "@$EXAMPLE" &&   # curl's default urlencoded type: the text itself
	python3 "$HERE/jsoncmp.py" report "$OUT/body" || bad "raw body with curl's default type: not a report"
status POST /api/check 200 -H 'Content-Type: application/json' -d '{"text": "In a poll of 40 people, 75\u0025 said \u201cyes\ud83d\ude00\u201d.", "level": 0.9}' &&
	python3 "$HERE/jsoncmp.py" report "$OUT/body" || bad "JSON with escapes: not a report"
# the text's own date (a byline) when the request gives none; the request's wins
status POST /api/check 200 -H 'Content-Type: application/json' -d '{"text": "By Ana Ruiz, 3 April 2024\nSome 40\u0025 of 1,000 adults agreed."}' &&
	grep -q '"date":"2024-04-03","date_source":"byline"' "$OUT/body" && ok "/api/check dates the text from its byline" ||
	bad "/api/check: byline date not read"
status POST /api/check 200 -H 'Content-Type: application/json' -d '{"text": "By Ana Ruiz, 3 April 2024\nSome 40\u0025 of 1,000 adults agreed.", "date": "2019-06-01"}' &&
	grep -q '"date":"2019-06-01","date_source":"given"' "$OUT/body" && ok "/api/check: the request's date wins" ||
	bad "/api/check: the request's date did not win"
status POST /api/check 400 -H 'Content-Type: application/json' -d '{"text": "x", "date": "June"}' && jerr 400
status POST /api/check 400 -H 'Content-Type: application/json' -d '{"text": "abc' && jerr 400
status POST /api/check 400 -H 'Content-Type: application/json' -d '{"text": ["nested"]}' && jerr 400
status POST /api/check 400 -H 'Content-Type: application/json' -d '{"text": "a"} trailing' && jerr 400
status POST /api/check 400 -H 'Content-Type: application/json' -d '{"input": "pdf", "text": "50% of 10"}' && jerr 400
status POST /api/check 400 -H 'Content-Type: multipart/form-data' -d 'no boundary' && jerr 400
status POST /api/check 400 -H 'Content-Type: application/json' -d '' && jerr 400
status GET /api/check 405 && jerr 405 && grep -qi '^allow: POST' "$OUT/headers" || bad "405 without Allow: POST"
status DELETE /api/ci 405 && jerr 405
status PUT / 405 && jerr 405
status GET /nope 404 && jerr 404
status GET /../../etc/passwd 404 --path-as-is && jerr 404
status GET /static/../../reference.db 404 --path-as-is

echo "== 413"
head -c $((6 * 1024 * 1024)) /dev/zero | tr '\0' 'a' > "$OUT/big.txt"
status POST /api/check 413 -H 'Content-Type: text/plain' --data-binary "@$OUT/big.txt" && jerr 413
status POST /api/check 413 -H 'Content-Type: text/plain' -H 'Transfer-Encoding: chunked' --data-binary "@$OUT/big.txt" && jerr 413
status POST /check 413 -F "file=@$OUT/big.txt" && jerr 413
status GET "/api/ci?x=25&n=100" 200 || bad "server unusable after 413"

echo "== /api/ci vs claimcheck ci --format json"
for args in "x=25 n=100" "x=0 n=20" "x=20 n=20" "p=0.62 n=1000" "x=3 n=7 method=clopper-pearson" \
	"x=40 n=90 method=jeffreys level=0.9" "x=12 n=30 method=wald level=0.99" "x=12 n=30 method=wilson-cc" \
	"x=55 n=80 method=agresti-coull level=0.8" "p=0.5 n=1067"; do
	q=$(echo "$args" | tr ' ' '&')
	cl=$(for kv in $args; do printf -- '--%s %s ' "${kv%%=*}" "${kv#*=}"; done)
	"$CC" ci $cl --format json > "$OUT/ci-cli.json" || { bad "ci $cl failed"; continue; }
	if status GET "/api/ci?$q" 200; then
		python3 "$HERE/jsoncmp.py" same "$OUT/body" "$OUT/ci-cli.json" x n p method level low high &&
		python3 "$HERE/jsoncmp.py" fields "$OUT/body" moe n_for_3 n_for_5 z half_width &&
			ok "  /api/ci?$q == ci $cl" || bad "/api/ci?$q differs from ci $cl"
	fi
done
status POST /api/ci 200 -d 'x=25&n=100&moe=0.02' && python3 "$HERE/jsoncmp.py" fields "$OUT/body" n_for_target || bad "form /api/ci"
"$CC" samplesize --moe 0.02 --format json > "$OUT/ss.json"
python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2])); sys.exit(a["n_for_target"] != b["n"])' \
	"$OUT/body" "$OUT/ss.json" && ok "n_for_target == samplesize --moe 0.02" || bad "n_for_target differs from samplesize"
for q in "n=100" "x=5" "x=101&n=100" "x=5&n=0" "x=5&n=1e400" "x=nan&n=10" "p=1.5&n=10" "x=1&p=0.1&n=10" \
	"x=5&n=10&level=1" "x=5&n=10&method=magic" "x=5&n=10.5" "x=0x10&n=100"; do
	status GET "/api/ci?$q" 400 && jerr 400
done
status POST /api/ci 400 -H 'Content-Type: application/json' -d '{"x": 1, "n": }' && jerr 400
status POST /api/ci 400 -H 'Content-Type: text/csv' -d 'x,n' && jerr 400

echo "== slow clients and the time limit"
# 20 clients that send half a request and stall; the time until the
# server closes the first one, and what it sent (nothing)
python3 -c '
import socket, sys, time
socks = []
for i in range(20):
    s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
    s.sendall(b"POST /api/check HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nIn a")
    s.settimeout(int(sys.argv[2]) + 10)
    socks.append(s)
t = time.time()
try:
    d = socks[0].recv(100)
except OSError:
    d = b"(still open)"
print("%d %r" % (round(time.time() - t), d))
' "$port" "$TIMEOUT" > "$OUT/slow.out" 2>&1 &
slow=$!
sleep 0.3
t0=$(date +%s%N)
curl -s -o /dev/null -w '%{http_code}' "$U/api/ci?x=1&n=2" > "$OUT/fast.code"
t1=$(date +%s%N)
ms=$(( (t1 - t0) / 1000000 ))
[ "$(cat "$OUT/fast.code")" = 200 ] && [ $ms -lt 1000 ] && ok "another client answered in ${ms} ms while 20 stall" ||
	bad "a stalled client delayed others (${ms} ms, $(cat "$OUT/fast.code"))"
# a check that cannot finish within --timeout: 503, others unaffected
for i in $(seq 1 400); do cat "$EXAMPLE"; done > "$OUT/long.txt"
t0=$(date +%s)
curl -s -o "$OUT/long.body" -w '%{http_code}' -H 'Content-Type: text/plain' --data-binary "@$OUT/long.txt" "$U/api/check" > "$OUT/long.code" &
lc=$!
sleep 1
status GET "/api/ci?x=3&n=9" 200 || bad "/api/ci blocked by a long check"
wait $lc
t1=$(date +%s)
code=$(cat "$OUT/long.code")
if [ "$code" = 503 ] && [ $((t1 - t0)) -le $((TIMEOUT + 2)) ]; then
	ok "a check past --timeout $TIMEOUT got 503 after $((t1 - t0)) s"
elif [ "$code" = 200 ]; then
	ok "(the long check finished within --timeout $TIMEOUT: $((t1 - t0)) s)"
else
	bad "long check: $code after $((t1 - t0)) s"
fi
wait $slow 2>/dev/null
slow_s=$(cut -d' ' -f1 "$OUT/slow.out")
if [ "$(cut -d' ' -f2- "$OUT/slow.out")" = "b''" ] && [ "$slow_s" -le $((TIMEOUT + 2)) ]; then
	ok "stalled client dropped after ${slow_s} s (--timeout $TIMEOUT), no answer sent"
else bad "stalled client: $(cat "$OUT/slow.out") (--timeout $TIMEOUT)"; fi

echo "== load test (wrk, loopback, ${LOAD_SECONDS} s, 8 connections)"
if ! command -v wrk >/dev/null 2>&1; then
	bad "wrk not installed (apt-get install wrk)"
else
	# let the abandoned long check finish before measuring memory
	sleep $((TIMEOUT + 2))
	load() { # load NAME URL [SCRIPT]
		name=$1 url=$2 script=${3:-}
		before=$(rss)
		if [ -n "$script" ]; then
			CC_ARTICLE=$EXAMPLE wrk -t 2 -c 8 -d "${LOAD_SECONDS}s" --timeout 10s -s "$script" "$url" > "$OUT/wrk-$name.txt" 2>&1
		else
			wrk -t 2 -c 8 -d "${LOAD_SECONDS}s" --timeout 10s "$url" > "$OUT/wrk-$name.txt" 2>&1
		fi
		after=$(rss)
		rps=$(awk '/^Requests\/sec/ { print $2 }' "$OUT/wrk-$name.txt")
		reqs=$(awk '/requests in/ { print $1 }' "$OUT/wrk-$name.txt")
		errs=$(grep -E 'Non-2xx|Socket errors' "$OUT/wrk-$name.txt" | tr -s ' ' | tr '\n' ' ')
		echo "  $name: $reqs requests, $rps requests/s, RSS ${before} kB -> ${after} kB"
		if [ -z "$rps" ] || [ -n "$errs" ]; then bad "$name: errors: $errs"; cat "$OUT/wrk-$name.txt"; fi
		LAST_AFTER=$after
	}
	# warm-up (thread stacks, pooled contexts, malloc arenas), then measure
	LOAD_SAVE=$LOAD_SECONDS; LOAD_SECONDS=2
	load warmup-check "$U/api/check" "$HERE/check.lua"
	LOAD_SECONDS=$LOAD_SAVE
	warm=$LAST_AFTER
	load api-ci "$U/api/ci" "$HERE/ci.lua"
	load api-check "$U/api/check" "$HERE/check.lua"
	load api-check-2 "$U/api/check" "$HERE/check.lua"
	grow=$((LAST_AFTER - warm))
	if [ $grow -lt "${RSS_GROWTH_KB:-16384}" ]; then ok "memory flat: RSS grew ${grow} kB over $((3 * LOAD_SECONDS)) s of load after warm-up"
	else bad "RSS grew ${grow} kB during the load"; fi
	status GET "/api/ci?x=25&n=100" 200 || bad "server unusable after the load"
fi

echo "== SIGTERM"
kill -TERM "$pid"
i=0; rc=""
while [ $i -lt 100 ]; do
	if ! kill -0 "$pid" 2>/dev/null; then wait "$pid"; rc=$?; break; fi
	sleep 0.1; i=$((i + 1))
done
pid=""
[ "$rc" = 0 ] && ok "exit 0 after SIGTERM" || bad "exit status after SIGTERM: '${rc}'"
grep -q 'shutting down' "$OUT/serve.log" && ok "logged the shutdown" || bad "no shutdown message"

echo "== SIGINT and usage errors"
start "$OUT/serve2.log"
kill -INT "$pid"; wait "$pid"; rc=$?; pid=""
[ "$rc" = 0 ] && ok "exit 0 after SIGINT" || bad "exit status after SIGINT: $rc"
"$CC" serve --port 70000 2>/dev/null; [ $? = 2 ] && ok "--port 70000: exit 2" || bad "--port 70000 accepted"
"$CC" serve --bind nowhere 2>/dev/null; [ $? = 2 ] && ok "--bind nowhere: exit 2" || bad "--bind nowhere accepted"
"$CC" serve --max-body 5XB 2>/dev/null; [ $? = 2 ] && ok "--max-body 5XB: exit 2" || bad "--max-body 5XB accepted"
"$CC" serve --ref /nonexistent/ref.db --port 0 2>/dev/null; [ $? = 3 ] && ok "missing --ref: exit 3" || bad "missing --ref not exit 3"

if [ $fail = 0 ]; then echo "test-serve: all checks passed"; else echo "test-serve: FAILED"; fi
exit $fail
