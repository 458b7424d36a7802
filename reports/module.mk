# reports/module.mk -- the browser test of the HTML report (issue 7).
#
#   make test-browser   headless chromium renders HTML reports (the example
#                       article, the golden report, an XSS article) and
#                       tests/browser/check_dom.py checks the DOM; screenshots
#                       land in $(BUILD)/browser. Installs Debian's chromium
#                       when missing and run as root (it is not part of `make
#                       deps`: only this target needs a browser).

.PHONY: test-browser

test-browser: $(PROGRAM)
	@if ! command -v chromium >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing: chromium"; \
	    (apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null || exit 1; \
	  else \
	    echo "make test-browser needs Debian's chromium; run as root:"; \
	    echo "  apt-get install -y chromium"; exit 1; \
	  fi; \
	fi
	@sh tests/browser/run.sh ./$(PROGRAM) $(BUILD)/browser
