# reference/module.mk -- the embedded schema, the shipped reference database
# and the reference bench (issue 5).
#
# schema.inc: reference/schema.sql as C string literals (sed only), so the
# schema has one source of truth. $(REFDB) is built by our own program from
# the readable CSVs in reference/data/ and the extractor's lexicon TSVs:
# `ref init` into a temporary file, `ref import` per file, then rename.

REF_CSV = $(sort $(wildcard reference/data/*.csv))
REF_TSV = $(sort $(wildcard extract/lexicon/*.tsv))

$(BUILD)/reference/schema.inc: reference/schema.sql
	@mkdir -p $(dir $@)
	sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/"/' -e 's/$$/\\n"/' $< > $@.tmp
	mv $@.tmp $@

$(BUILD)/reference/migrate.o: $(BUILD)/reference/schema.inc
$(BUILD)/reference/migrate.o: EXTRA_CFLAGS += -I$(BUILD)/reference

$(REFDB): $(PROGRAM) reference/schema.sql $(REF_CSV) $(REF_TSV)
	rm -f $@.tmp
	./$(PROGRAM) ref init --quiet --ref $@.tmp
	@set -e; for f in $(REF_CSV) $(REF_TSV); do \
	  ./$(PROGRAM) ref import --quiet --ref $@.tmp $$f; \
	done
	mv $@.tmp $@

# make bench-reference [BENCH_REF_ROWS=1000000 BENCH_REF_FIGURES=100000]
BENCH_REF_ROWS ?= 1000000
BENCH_REF_FIGURES ?= 100000
$(BUILD)/reference_bench: $(BUILD)/bench/reference_bench.o $(LIB_OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) $(EXTRA_CFLAGS) -o $@ $^ $(PKG_LIBS)

.PHONY: bench-reference
bench-reference: $(BUILD)/reference_bench
	./$(BUILD)/reference_bench --rows $(BENCH_REF_ROWS) --figures $(BENCH_REF_FIGURES)

bench: bench-reference
