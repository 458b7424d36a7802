# claimcheck -- statistical-claim and survey-figure checker.
#
#   make run        install missing Debian packages (as root), build, check the example
#   make test       install, build, run the CUnit suites and the CLI contract tests
#   make test-scalar  the same suite on a build without the SIMD fast paths (build-scalar/)
#   make            build libclaimcheck.a, libclaimcheck.so.N, ./claimcheck, reference.db
#   make install PREFIX=/usr/local DESTDIR=
#   make uninstall | clean | asan | leakcheck | bench | fuzz | lint

PREFIX  ?= /usr/local
DESTDIR ?=
BINDIR   = $(PREFIX)/bin
LIBDIR   = $(PREFIX)/lib
INCDIR   = $(PREFIX)/include
MANDIR   = $(PREFIX)/share/man
DATADIR  = $(PREFIX)/share/claimcheck

SOVERSION = 0
VERSION   = 0.1.0

CC      ?= cc
CFLAGS  ?= -O2 -g
# Required flags, kept apart from the user's CFLAGS so `make CFLAGS=-O0` keeps them.
REQ_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Wall -Wextra -Werror \
             -fPIC -fvisibility=hidden -Iinclude -I$(BUILD)/gen -MMD -MP
PKGS     = gsl sqlite3
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lm -lpthread
TEST_LIBS  = $(shell pkg-config --libs cunit 2>/dev/null)
# the program (not the library) also serves HTTP and reads JSON (json-c:
# batch documents, request bodies; the test runner reads its cases with it)
CLI_PKGS   = libmicrohttpd json-c
CLI_LIBS   = $(shell pkg-config --libs $(CLI_PKGS) 2>/dev/null)
CLI_CFLAGS = $(shell pkg-config --cflags $(CLI_PKGS) 2>/dev/null)

BUILD ?= build
# quiet build lines unless V=1
Q = $(if $(V),,@)
DEB_PACKAGES = gcc make pkg-config libgsl-dev libsqlite3-dev libcunit1-dev libmicrohttpd-dev libjson-c-dev python3

LIB_DIRS = core extract stats reference reports pipeline
LIB_SRC  = $(sort $(foreach d,$(LIB_DIRS),$(wildcard $(d)/*.c)))
CLI_SRC  = $(sort $(wildcard cli/*.c server/*.c))
TEST_SRC = $(sort $(wildcard tests/*.c))
LIB_OBJ  = $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ  = $(CLI_SRC:%.c=$(BUILD)/%.o)
TEST_OBJ = $(filter-out $(BUILD)/tests/headertest.o,$(TEST_SRC:%.c=$(BUILD)/%.o))

STATIC_LIB = libclaimcheck.a
SHARED_LIB = libclaimcheck.so.$(SOVERSION)
PROGRAM   ?= claimcheck
REFDB      = reference.db
EXAMPLE    = examples/outsourcing-survey.txt

DEFS = -DCC_DEFAULT_REF='"$(DATADIR)/reference.db"' -DCC_VERSION='"$(VERSION)"'

.PHONY: all run test deps asan leakcheck bench fuzz lint format install uninstall clean check-layout test-install check-symbols

all: $(STATIC_LIB) $(SHARED_LIB) $(PROGRAM) $(REFDB)

# ---------------------------------------------------------------- set-up
# Installs missing Debian packages when run as root; otherwise prints the
# exact apt-get line and stops.
deps:
	@missing=""; for p in $(DEB_PACKAGES) $(EXTRA_DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; \
	    (apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || exit 1; \
	  else \
	    echo "claimcheck needs these Debian packages; run as root:"; \
	    echo "  apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi

run: deps
	@$(MAKE) --no-print-directory all
	./$(PROGRAM) check --ref $(REFDB) $(EXAMPLE)

test: deps
	@$(MAKE) --no-print-directory all $(BUILD)/test_runner $(BUILD)/headertest
	@./$(BUILD)/test_runner
	@sh tests/cli.sh ./$(PROGRAM)
	@$(MAKE) --no-print-directory test-lexicon-row
	@$(MAKE) --no-print-directory fuzz-replay

# ---------------------------------------------------------------- build
$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(if $(V),,@echo "  CC      $<")
	$(Q)$(CC) $(CFLAGS) $(REQ_CFLAGS) $(PKG_CFLAGS) $(CLI_CFLAGS) $(DEFS) $(EXTRA_CFLAGS) -c $< -o $@

$(STATIC_LIB): $(LIB_OBJ)
	$(Q)rm -f $@
	$(if $(V),,@echo "  AR      $@")
	$(Q)ar rcs $@ $^

$(SHARED_LIB): $(LIB_OBJ)
	$(if $(V),,@echo "  LD      $@")
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) $(EXTRA_CFLAGS) -shared -Wl,-soname,$(SHARED_LIB) -o $@ $^ $(PKG_LIBS)
	ln -sf $(SHARED_LIB) libclaimcheck.so

$(PROGRAM): $(CLI_OBJ) $(LIB_OBJ)
	$(if $(V),,@echo "  LD      $@")
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) $(EXTRA_CFLAGS) -o $@ $^ $(PKG_LIBS) $(CLI_LIBS)

$(BUILD)/test_runner: $(TEST_OBJ) $(LIB_OBJ) $(filter-out $(BUILD)/cli/main.o,$(CLI_OBJ))
	$(if $(V),,@echo "  LD      $@")
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) $(EXTRA_CFLAGS) -o $@ $^ $(PKG_LIBS) $(TEST_LIBS) $(CLI_LIBS)

# the public header alone, as C99 -pedantic
$(BUILD)/headertest: tests/headertest.c include/claimcheck.h
	@mkdir -p $(BUILD)
	$(CC) -std=c99 -pedantic -Wall -Wextra -Werror -Iinclude -c tests/headertest.c -o $@.o
	@if command -v g++ >/dev/null; then g++ -x c++ -std=c++11 -Wall -Wextra -Werror -Iinclude -c tests/headertest.c -o $@.cxx.o; fi
	@touch $@

# Per-module rules (generated sources, the reference database, benches).
-include extract/module.mk reference/module.mk stats/module.mk reports/module.mk tests/module.mk bench/module.mk server/module.mk

# ---------------------------------------------------------------- checks
# Who may include whose headers ("../DIR/..." includes):
#   core/                      nothing above it: only core/ (no "../")
#   extract stats reference reports (the stages): core/ and their own
#   pipeline/                  core/ and every stage, never cli/ or server/
#   server/                    none: its own headers and the public one
#                              (never the CLI's)
#   cli/cli.h, cli/cmd_stats.c none: the public API only
# plus: GSL only in stats/, <sqlite3.h> only in reference/.
STAGES = extract stats reference reports
check-layout:
	@bad=0; \
	for f in core/*.[ch] $(STAGES:%=%/*.[ch]) pipeline/*.[ch] server/*.[ch] cli/*.[ch]; do \
	  [ -f $$f ] || continue; d=$${f%%/*}; \
	  for o in $$(sed -n 's|^[[:space:]]*#[[:space:]]*include[[:space:]]*"\.\./\([^/"]*\)/.*|\1|p' $$f | sort -u); do \
	    case "$$f:$$o" in \
	      core/*) ok=0 ;; \
	      cli/cli.h:*|cli/cmd_stats.c:*|server/*) ok=0 ;; \
	      pipeline/*:cli|pipeline/*:server) ok=0 ;; \
	      pipeline/*|cli/*) ok=1 ;; \
	      *:core) ok=1 ;; \
	      *) [ "$$o" = "$$d" ] && ok=1 || ok=0 ;; \
	    esac; \
	    [ $$ok = 1 ] || { echo "layout: $$f includes $$o/"; bad=1; }; \
	  done; \
	done; \
	if grep -l '<gsl/' core/*.c pipeline/*.c extract/*.c reference/*.c reports/*.c cli/*.c server/*.c 2>/dev/null; then echo "layout: GSL outside stats/"; bad=1; fi; \
	if grep -l '<sqlite3.h>' core/*.c pipeline/*.c extract/*.c stats/*.c reports/*.c cli/*.c server/*.c 2>/dev/null; then echo "layout: SQL outside reference/"; bad=1; fi; \
	if grep -nE -- '->(src|src_len|text_len|map)\b|doc->text\b|cc_doc_(text|src)_offset|cc_src_end' stats/*.[ch] reference/*.[ch]; then \
	  echo "layout: stats/ and reference/ read records, not the document's text"; bad=1; fi; \
	[ $$bad = 0 ] && echo "check-layout: core, stages, pipeline, server and the public-API files include what they may;" \
	  "stats/ and reference/ read no document text"; \
	exit $$bad

# the shared library exports the public API only: every symbol cc_
check-symbols: $(SHARED_LIB)
	@bad=$$(nm -D --defined-only $(SHARED_LIB) | awk '{print $$3}' | grep -v '^cc_' || true); \
	if [ -n "$$bad" ]; then echo "exported without the cc_ prefix: $$bad"; exit 1; fi; \
	echo "check-symbols: $$(nm -D --defined-only $(SHARED_LIB) | wc -l) exported symbols, all cc_"

asan:
	$(MAKE) BUILD=build-asan CFLAGS="-O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" \
	  LDFLAGS="-fsanitize=address,undefined" build-asan/test_runner
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ./build-asan/test_runner

leakcheck: all
	@for f in text md json jsonl csv html; do \
	  valgrind -q --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=all \
	    ./$(PROGRAM) check --ref $(REFDB) --format $$f $(EXAMPLE) >/dev/null || exit 1; \
	done; echo "leakcheck: clean"

lint:
	clang-tidy $(LIB_SRC) $(CLI_SRC) -- $(REQ_CFLAGS) $(PKG_CFLAGS)

format:
	clang-format -i $(LIB_SRC) $(CLI_SRC)

# ---------------------------------------------------------------- install
install: all docs/claimcheck.1
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR)/pkgconfig $(DESTDIR)$(INCDIR) \
	  $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(DATADIR)
	install -m 755 $(PROGRAM) $(DESTDIR)$(BINDIR)/$(PROGRAM)
	install -m 644 $(STATIC_LIB) $(DESTDIR)$(LIBDIR)/$(STATIC_LIB)
	install -m 755 $(SHARED_LIB) $(DESTDIR)$(LIBDIR)/$(SHARED_LIB)
	ln -sf $(SHARED_LIB) $(DESTDIR)$(LIBDIR)/libclaimcheck.so
	install -m 644 include/claimcheck.h $(DESTDIR)$(INCDIR)/claimcheck.h
	sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@VERSION@|$(VERSION)|g' claimcheck.pc.in \
	  > $(DESTDIR)$(LIBDIR)/pkgconfig/claimcheck.pc
	install -m 644 docs/claimcheck.1 $(DESTDIR)$(MANDIR)/man1/claimcheck.1
	install -m 644 $(REFDB) $(DESTDIR)$(DATADIR)/reference.db

# install into a scratch DESTDIR, build a program against the installed
# header and pkg-config file (static and shared), run it, uninstall, and
# check that nothing is left behind
test-install: all
	@d=$$(mktemp -d); set -e; \
	$(MAKE) --no-print-directory -s install PREFIX=/opt/cc DESTDIR=$$d >/dev/null; \
	PKG_CONFIG_PATH=$$d/opt/cc/lib/pkgconfig PKG_CONFIG_SYSROOT_DIR=$$d \
	  $(CC) -std=c99 -Wall -Werror tests/install/embed.c -o $$d/embed-shared \
	  $$(PKG_CONFIG_PATH=$$d/opt/cc/lib/pkgconfig PKG_CONFIG_SYSROOT_DIR=$$d pkg-config --cflags --libs claimcheck); \
	$(CC) -std=c99 -Wall -Werror -I$$d/opt/cc/include tests/install/embed.c -o $$d/embed-static \
	  $$d/opt/cc/lib/libclaimcheck.a $(PKG_LIBS); \
	LD_LIBRARY_PATH=$$d/opt/cc/lib $$d/embed-shared | grep -q '^proportion one in four 0.25$$'; \
	$$d/embed-static | grep -q '^sample_size 100 nurses 100$$'; \
	test -f $$d/opt/cc/share/man/man1/claimcheck.1 && test -f $$d/opt/cc/share/claimcheck/reference.db; \
	$(MAKE) --no-print-directory -s uninstall PREFIX=/opt/cc DESTDIR=$$d; \
	left=$$(find $$d/opt -type f -o -type l); rm -rf $$d; \
	if [ -n "$$left" ]; then echo "test-install: left behind: $$left"; exit 1; fi; \
	echo "test-install: install, embed (shared and static), uninstall: ok"

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/$(PROGRAM) $(DESTDIR)$(LIBDIR)/$(STATIC_LIB) \
	  $(DESTDIR)$(LIBDIR)/$(SHARED_LIB) $(DESTDIR)$(LIBDIR)/libclaimcheck.so \
	  $(DESTDIR)$(INCDIR)/claimcheck.h $(DESTDIR)$(LIBDIR)/pkgconfig/claimcheck.pc \
	  $(DESTDIR)$(MANDIR)/man1/claimcheck.1 $(DESTDIR)$(DATADIR)/reference.db
	-rmdir $(DESTDIR)$(DATADIR) 2>/dev/null

clean:
	rm -rf build build-asan build-fuzz build-hard build-scalar docs/claimcheck.1 $(STATIC_LIB) $(SHARED_LIB) libclaimcheck.so $(PROGRAM) $(REFDB) $(REFDB)-*

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(TEST_OBJ:.o=.d)
