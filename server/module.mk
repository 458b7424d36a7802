# server/module.mk -- `claimcheck serve` (issue 10): the embedded web assets
# and the tests of the local web page.
#
#   $(BUILD)/server/assets.inc  generated from server/page.html, teach.html,
#                       teach.js, style.css and the example article with
#                       od + awk (no Python at build time): one byte array each
#   make test-serve     tests/serve/run.sh: starts the server on a free
#                       loopback port, checks every endpoint and error path,
#                       compares /api/ci with `claimcheck ci --format json`,
#                       runs a bounded wrk load test (loopback only) and
#                       checks a clean exit on SIGTERM
#   make test-browser-serve
#                       tests/serve/browser.sh: headless Debian chromium
#                       drives the check page and the teaching page;
#                       screenshots in $(BUILD)/serve

EXTRA_DEB_PACKAGES += wrk curl
SERVER_ASSETS = server/page.html server/teach.html server/teach.js server/style.css \
                examples/outsourcing-survey.txt

$(BUILD)/server/assets.inc: $(SERVER_ASSETS) server/module.mk
	@mkdir -p $(dir $@)
	@set -e; for f in $(SERVER_ASSETS); do \
	  name=$$(basename $$f | LC_ALL=C tr -c 'A-Za-z0-9\n' '_'); \
	  echo "static const unsigned char asset_$$name[] = {"; \
	  od -An -v -tx1 $$f | LC_ALL=C awk '{ line = ""; for (i = 1; i <= NF; i++) line = line "0x" $$i ","; if (line != "") print line }'; \
	  echo "0x00 };"; \
	  echo "enum { asset_$${name}_len = $$(wc -c < $$f) };"; \
	done > $@.tmp
	@mv $@.tmp $@

$(BUILD)/server/assets.o: $(BUILD)/server/assets.inc
$(BUILD)/server/assets.o: EXTRA_CFLAGS += -I$(BUILD)/server

.PHONY: test-serve test-browser-serve

test-serve: $(PROGRAM)
	@command -v curl >/dev/null && command -v wrk >/dev/null || $(MAKE) --no-print-directory deps
	@sh tests/serve/run.sh ./$(PROGRAM) $(BUILD)/serve

test-browser-serve: $(PROGRAM)
	@if ! command -v chromium >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing: chromium"; \
	    (apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null || exit 1; \
	  else \
	    echo "make test-browser-serve needs Debian's chromium; run as root:"; \
	    echo "  apt-get install -y chromium"; exit 1; \
	  fi; \
	fi
	@sh tests/serve/browser.sh ./$(PROGRAM) $(BUILD)/serve

# The fuzz and replay binaries of tests/module.mk link the CLI objects but
# never serve (only cli/main.c's command table calls cmd_serve), so they
# leave server/ and its command out.
FUZZ_LIBSRC := $(filter-out server/%.c cli/cmd_serve.c,$(FUZZ_LIBSRC))

# `make test-browser` (run by .ci/run) also drives the web page.
test-browser: test-browser-serve
