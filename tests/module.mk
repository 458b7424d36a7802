# tests/module.mk -- hardening targets (issue 9): libFuzzer targets, a gcc
# ASan/UBSan replay of every fuzz corpus, the hostile-input suite and a
# valgrind memcheck of the example. Included by the top-level Makefile.
#
#   make fuzz [FUZZ_SECONDS=60] [FUZZ_TARGETS="text html"]
#                      clang -fsanitize=fuzzer,address,undefined builds in
#                      build-fuzz/, each run for FUZZ_SECONDS on its seeds
#   make fuzz-replay   gcc + ASan/UBSan build of tests/fuzz/driver.c per
#                      target in build-hard/ (HARD_DIR), replaying every
#                      corpus and every saved crash reproducer (fast; for
#                      make test/CI)
#   make oom-sweep     every allocation of a check on the document seeds
#                      failed in turn (tests/fuzz/oom_sweep.c, build-hard/)
#   make test-hostile  tests/hostile/run.sh: one case per row of
#                      docs/robustness.md against ./claimcheck
#   make leakcheck-example
#                      valgrind memcheck of `claimcheck check` on the
#                      example in every --format (and explain, extract)
#   make test-scalar   the whole suite (CUnit runner, tests/cli.sh, fuzz
#                      replay) on a build without the SIMD fast paths, in
#                      build-scalar/ (its own program and objects)

FUZZ_TARGETS ?= text markdown html apa csv jsonl number
FUZZ_SECONDS ?= 60
FUZZ_CC      ?= clang
FUZZ_FLAGS   ?= -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined
FUZZ_JOBS    ?= 1
# library + CLI objects (all but main.o): the CLI parsers are targets too
FUZZ_LIBSRC   = $(LIB_SRC) $(filter-out cli/main.c,$(CLI_SRC))
FUZZ_OBJ      = $(FUZZ_LIBSRC:%.c=build-fuzz/obj/%.o)
HARD_DIR     ?= build-hard
HARD_OBJ      = $(FUZZ_LIBSRC:%.c=$(HARD_DIR)/obj/%.o)
# float-cast-overflow: gcc leaves it out of -fsanitize=undefined (clang's
# fuzz builds have it); a double -> int overflow in extract/apa.c was found so
HARD_FLAGS   ?= -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined,float-cast-overflow -fno-sanitize-recover=all
# added to HARD_FLAGS for the library objects and the replay programs
# (make test-scalar: $(SCALAR_CFLAGS))
HARD_EXTRA   ?=
FUZZ_INC      = -Iinclude $(PKG_CFLAGS) $(CLI_CFLAGS) -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
                -Wall -Wextra -Werror
HOSTILE_BIN  ?= ./$(PROGRAM)
# valgrind wants a real binary; -O0 keeps its reports readable enough
LEAK_FORMATS  = text md json jsonl csv html

.PHONY: harden-deps fuzz-objs hard-objs fuzz fuzz-build fuzz-replay fuzz-replay-build oom-sweep test-hostile leakcheck-example test-scalar

# The test runner finds its data (tests/cases, tests/stats, ...) from the
# source tree, not the working directory (tests/main.c, tests/test_cases.c).
$(TEST_OBJ): DEFS += -DCC_SRCDIR='"$(CURDIR)"'

# object sets, built by the sub-makes below (BUILD set to their folder)
fuzz-objs: $(FUZZ_OBJ)
	@:
hard-objs: $(HARD_OBJ)
	@:

# ---------------------------------------------------------------- libFuzzer
# The objects come from the top-level pattern rule through a sub-make with
# BUILD=build-fuzz/obj (so generated sources land there too). Warnings that
# only clang raises in other modules must not stop the fuzz build, hence
# -Wno-error for the library; the fuzz targets themselves stay -Werror.
# tools these targets need beyond `make test`'s packages, installed when
# missing (as root) or named in one line otherwise
HARDEN_PACKAGES = clang libclang-rt-14-dev valgrind
harden-deps:
	@missing=""; for p in $(HARDEN_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then echo "installing:$$missing"; \
	    (apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || exit 1; \
	  else echo "these targets need: apt-get install -y$$missing"; exit 1; fi; \
	fi

fuzz-build: harden-deps
	@$(MAKE) --no-print-directory BUILD=build-fuzz/obj CC=$(FUZZ_CC) \
	  CFLAGS="$(FUZZ_FLAGS) -fsanitize=fuzzer-no-link" fuzz-objs
	@$(MAKE) --no-print-directory $(FUZZ_TARGETS:%=build-fuzz/fuzz_%)

build-fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_doc.h $(FUZZ_OBJ)
	@mkdir -p build-fuzz
	@echo "  FUZZ    $@"
	$(Q)$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer $(FUZZ_INC) -o $@ $< $(FUZZ_OBJ) $(PKG_LIBS) $(CLI_LIBS)

# Each target runs on a scratch copy of its seeds (new finds stay in
# build-fuzz/corpus-T, the checked-in seeds are not touched); a crash is
# written to build-fuzz/crash-T-* and stops the run with its exit status.
fuzz: fuzz-build
	@bad=""; for t in $(FUZZ_TARGETS); do \
	  mkdir -p build-fuzz/corpus-$$t build-fuzz/artifacts; \
	  dict=""; [ -f tests/fuzz/$$t.dict ] && dict="-dict=tests/fuzz/$$t.dict"; \
	  echo "== fuzz_$$t: $(FUZZ_SECONDS)s"; \
	  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  TMPDIR=$${TMPDIR:-/tmp} \
	  ./build-fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
	    -max_len=65536 -close_fd_mask=3 -print_final_stats=1 $$dict \
	    -artifact_prefix=build-fuzz/artifacts/$$t- \
	    build-fuzz/corpus-$$t tests/fuzz/corpus/$$t 2>&1 | tee build-fuzz/fuzz_$$t.log | \
	    grep -E '^(#[0-9]+ +DONE|==[0-9]+==ERROR|SUMMARY|stat::number_of_executed_units|stat::peak_rss|artifact_prefix|Test unit written)' || true; \
	  if grep -qE '^==[0-9]+==ERROR|^SUMMARY|Test unit written|fuzz invariant failed' build-fuzz/fuzz_$$t.log; then \
	    echo "fuzz_$$t: FAILED (log: build-fuzz/fuzz_$$t.log)"; bad="$$bad $$t"; fi; \
	done; [ -z "$$bad" ] || { echo "fuzz: failed:$$bad (reproducers in build-fuzz/artifacts/)"; exit 1; }; \
	echo "fuzz: all targets clean"

# ---------------------------------------------------------------- replay
fuzz-replay-build:
	@$(MAKE) --no-print-directory BUILD=$(HARD_DIR)/obj CC=gcc CFLAGS="$(HARD_FLAGS) $(HARD_EXTRA)" hard-objs
	@$(MAKE) --no-print-directory $(FUZZ_TARGETS:%=$(HARD_DIR)/replay_%)

$(HARD_DIR)/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/driver.c tests/fuzz/fuzz_doc.h $(HARD_OBJ)
	@mkdir -p $(HARD_DIR)
	@echo "  REPLAY  $@"
	$(Q)gcc $(HARD_FLAGS) $(HARD_EXTRA) $(FUZZ_INC) -o $@ $< tests/fuzz/driver.c $(HARD_OBJ) $(PKG_LIBS) $(CLI_LIBS)

# Every seed and every saved reproducer (tests/fuzz/crashes/T-*), once.
# tests/fuzz/crashes/open/T-* are reproducers of bugs not fixed yet (in a
# module this suite does not own; listed in docs/robustness.md): each runs
# on its own (twice in one process: some need the state a first run leaves,
# e.g. lazily built tables that shift an injected allocation failure) and
# is reported, "still fails" or "passes now" (then move it up into
# crashes/), without failing the target.
fuzz-replay: fuzz-replay-build
	@for f in $$(ls tests/fuzz/crashes/open/ 2>/dev/null); do \
	  t=$${f%%-*}; case " $(FUZZ_TARGETS) " in *" $$t "*) ;; *) continue ;; esac; \
	  if ASAN_OPTIONS=detect_leaks=1 ./$(HARD_DIR)/replay_$$t tests/fuzz/crashes/open/$$f tests/fuzz/crashes/open/$$f >/dev/null 2>$(HARD_DIR)/open_$$f.log; \
	  then echo "open     $$f: passes now (move it to tests/fuzz/crashes/)"; \
	  else echo "open     $$f: still fails (known, not counted: $$(grep -m1 -oE 'runtime error: .{0,60}|invariant failed: .{0,45}|ERROR: AddressSanitizer: [a-z-]*' $(HARD_DIR)/open_$$f.log))"; fi; \
	done
	@bad=""; for t in $(FUZZ_TARGETS); do \
	  crashes=$$(ls tests/fuzz/crashes/$$t-* 2>/dev/null || true); \
	  printf '%-8s ' $$t; \
	  if ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	    ./$(HARD_DIR)/replay_$$t tests/fuzz/corpus/$$t $$crashes 2>$(HARD_DIR)/replay_$$t.log; then \
	    tail -1 $(HARD_DIR)/replay_$$t.log; \
	  else echo "FAILED: $$(grep -m1 -E 'runtime error|ERROR: ' $(HARD_DIR)/replay_$$t.log)"; bad="$$bad $$t"; fi; \
	done; [ -z "$$bad" ] || { echo "fuzz-replay: failed:$$bad (logs: $(HARD_DIR)/replay_T.log)"; exit 1; }; \
	echo "fuzz-replay: clean"

# ---------------------------------------------------------------- OOM sweep
# Every allocation of cc_check + the renderers on the hand-made seeds of the
# document targets made to fail in turn (tests/fuzz/oom_sweep.c): no crash,
# no leak, and a failed call leaves its error on the context. Sites listed
# in tests/fuzz/crashes/open/oom-sweep.known are reported, not counted.
# In CI (.ci/run): about 40 s for text+markdown+html; the apa seeds are
# left out, they run for over 15 minutes (the sweep forks once per
# allocation).
OOM_TARGETS ?= text markdown html
$(HARD_DIR)/oom_sweep_%: tests/fuzz/fuzz_%.c tests/fuzz/oom_sweep.c tests/fuzz/fuzz_doc.h $(HARD_OBJ)
	@mkdir -p $(HARD_DIR)
	@echo "  SWEEP   $@"
	$(Q)gcc $(HARD_FLAGS) $(HARD_EXTRA) -DFUZZ_SWEEP $(FUZZ_INC) -o $@ $< tests/fuzz/oom_sweep.c $(HARD_OBJ) $(PKG_LIBS) $(CLI_LIBS)

oom-sweep: fuzz-replay-build
	@$(MAKE) --no-print-directory $(OOM_TARGETS:%=$(HARD_DIR)/oom_sweep_%)
	@bad=""; for t in $(OOM_TARGETS); do \
	  printf '%-8s ' $$t; \
	  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	    ./$(HARD_DIR)/oom_sweep_$$t -k tests/fuzz/crashes/open/oom-sweep.known tests/fuzz/corpus/$$t/seed-* \
	    >$(HARD_DIR)/oom_sweep_$$t.log 2>&1 || bad="$$bad $$t"; \
	  grep -E 'FAILED at|known, open' $(HARD_DIR)/oom_sweep_$$t.log | head -5; tail -1 $(HARD_DIR)/oom_sweep_$$t.log; \
	done; [ -z "$$bad" ] || { echo "oom-sweep: failed:$$bad (logs: $(HARD_DIR)/oom_sweep_T.log)"; exit 1; }

# ---------------------------------------------------------------- hostile
test-hostile: $(PROGRAM)
	@sh tests/hostile/run.sh $(HOSTILE_BIN)

# ---------------------------------------------------------------- valgrind
leakcheck-example: harden-deps $(PROGRAM)
	@command -v valgrind >/dev/null || { echo "leakcheck-example needs valgrind (apt-get install -y valgrind)"; exit 1; }
	@set -e; ref="--no-ref"; [ -f $(REFDB) ] && ref="--ref $(REFDB)"; \
	vg="valgrind -q --error-exitcode=1 --leak-check=full --show-leak-kinds=all --errors-for-leak-kinds=all"; \
	for f in $(LEAK_FORMATS); do \
	  echo "  valgrind check --format $$f"; \
	  $$vg ./$(PROGRAM) check $$ref --format $$f $(EXAMPLE) >/dev/null; \
	done; \
	echo "  valgrind explain"; $$vg ./$(PROGRAM) explain $$ref $(EXAMPLE) >/dev/null; \
	echo "  valgrind extract --format jsonl"; $$vg ./$(PROGRAM) extract --format jsonl $(EXAMPLE) >/dev/null; \
	echo "  valgrind extract --numerals"; $$vg ./$(PROGRAM) extract --numerals $(EXAMPLE) >/dev/null; \
	echo "  valgrind check -o FILE"; out=$${TMPDIR:-/tmp}/cc-leak-$$$$.json; $$vg ./$(PROGRAM) check $$ref --format json -o $$out $(EXAMPLE); \
	rm -f $$out; \
	echo "leakcheck-example: clean"

# ---------------------------------------------------------------- scalar
# make test-scalar: `make test`'s CUnit runner, tests/cli.sh and the fuzz
# replay on a build without the SIMD fast paths. CC_NO_SIMD turns off the
# paths guarded "#if defined(__SSE2__) && !defined(CC_NO_SIMD)"; -U__SSE2__
# also those guarded by __SSE2__ alone (the compiler still uses SSE2 for
# doubles, as the x86-64 ABI wants; only our intrinsics go). Everything it
# makes is under build-scalar/: objects and generated sources, the
# program with its reference database beside it (found there as
# "reference.db beside the program"), the runner and the replay programs;
# the top-level ./claimcheck, libclaimcheck.* and reference.db are not
# touched (no library archive is built: the program links the objects).
SCALAR_DIR    = build-scalar
SCALAR_CFLAGS = -DCC_NO_SIMD -U__SSE2__
# (through CFLAGS: a command-line EXTRA_CFLAGS would override the
# per-object EXTRA_CFLAGS += -I... of the module.mk files)
SCALAR_MAKE   = $(MAKE) --no-print-directory BUILD=$(SCALAR_DIR) PROGRAM=$(SCALAR_DIR)/claimcheck \
                REFDB=$(SCALAR_DIR)/reference.db CFLAGS="$(CFLAGS) $(SCALAR_CFLAGS)"

test-scalar: deps
	@$(SCALAR_MAKE) $(SCALAR_DIR)/claimcheck $(SCALAR_DIR)/reference.db $(SCALAR_DIR)/test_runner
	@echo "== scalar build (no SIMD): CUnit suites"
	@./$(SCALAR_DIR)/test_runner
	@echo "== scalar build (no SIMD): tests/cli.sh"
	@sh tests/cli.sh ./$(SCALAR_DIR)/claimcheck
	@echo "== scalar build (no SIMD): fuzz replay"
	@$(MAKE) --no-print-directory HARD_DIR=$(SCALAR_DIR)/hard HARD_EXTRA="$(SCALAR_CFLAGS)" fuzz-replay
