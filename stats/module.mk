# stats/module.mk -- `make bench-stats` (also run by `make bench`): proportion
# intervals per second for each method, and the two-proportion methods.
# bench/stats_bench.c uses the public API only.

$(BUILD)/stats_bench: $(BUILD)/bench/stats_bench.o $(LIB_OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) $(EXTRA_CFLAGS) -o $@ $^ $(PKG_LIBS)

.PHONY: bench-stats
bench-stats: $(BUILD)/stats_bench
	./$(BUILD)/stats_bench

bench: bench-stats

# ---- check catalogue docs (issue 6; owner: checks) ---------------------
#   make flags-doc         regenerate docs/flags.md from stats/checks.def
#   make check-flags-doc   regenerate into $(BUILD) and diff (CI: must not drift)
#   $(BUILD)/checks.man    the roff list for the man page's @CHECKS@ section

$(BUILD)/gen_flags_doc: stats/tools/gen_flags_doc.c stats/checks.def include/claimcheck.h
	@mkdir -p $(BUILD)
	$(CC) $(CFLAGS) -std=c11 -Wall -Wextra -Werror -Iinclude -o $@ stats/tools/gen_flags_doc.c

$(BUILD)/checks.man: $(BUILD)/gen_flags_doc
	./$(BUILD)/gen_flags_doc --man > $@.tmp && mv $@.tmp $@

.PHONY: flags-doc check-flags-doc
flags-doc: $(BUILD)/gen_flags_doc
	./$(BUILD)/gen_flags_doc > docs/flags.md.tmp && mv docs/flags.md.tmp docs/flags.md

check-flags-doc: $(BUILD)/gen_flags_doc
	@./$(BUILD)/gen_flags_doc > $(BUILD)/flags.md.check
	@if diff -u docs/flags.md $(BUILD)/flags.md.check; then echo "docs/flags.md: up to date"; \
	else echo "docs/flags.md is stale: run 'make flags-doc'"; exit 1; fi

# the man page: @CHECKS@ from the catalogue, @VERSION@ from the Makefile
docs/claimcheck.1: docs/claimcheck.1.in $(BUILD)/checks.man
	sed -e 's/@VERSION@/$(VERSION)/g' -e '/@CHECKS@/{r $(BUILD)/checks.man' -e 'd}' docs/claimcheck.1.in > $@.tmp
	mv $@.tmp $@
