# extract/module.mk -- the generated lexicon table and the extraction bench.
# lexicon.inc is made from extract/lexicon/*.tsv with awk + sort (no Python).

LEXICON_TSV = $(sort $(wildcard extract/lexicon/*.tsv))

# The tokenizer's classes (the LX_* enum of extract/lexicon.h): rows of the
# other classes are lists only (core/vocab.h), never in the word table.
LEX_BIT_CLASSES = $(shell sed -n '/^typedef enum cc_lex_class/,/LX_NCLASSES/p' extract/lexicon.h | grep -o 'LX_[A-Z0-9_]*' | sed 's/^LX_//' | tr A-Z a-z)

$(BUILD)/extract/lexicon.inc: $(LEXICON_TSV) extract/lexgen.awk extract/lexicon.h
	@mkdir -p $(dir $@)
	LC_ALL=C awk -v bits="$(LEX_BIT_CLASSES)" -f extract/lexgen.awk $(LEXICON_TSV) | LC_ALL=C sort -t '	' -k1,1 -k2,2 | cut -f3- > $@.tmp
	mv $@.tmp $@

# The register's names and aliases (reference/data/20-pollsters.csv) as
# vocabulary rows: classes register_pollster and register_org.
REGISTER_CSV = reference/data/20-pollsters.csv
REGISTER_TSV = $(BUILD)/gen/register.tsv
$(REGISTER_TSV): $(REGISTER_CSV) extract/registergen.awk
	@mkdir -p $(dir $@)
	LC_ALL=C awk -f extract/registergen.awk $(REGISTER_CSV) > $@.tmp
	mv $@.tmp $@

# The vocabulary's ordered lists, every class (core/vocab.c includes them).
$(BUILD)/gen/vocab_ids.h $(BUILD)/gen/vocab.inc: $(LEXICON_TSV) $(REGISTER_TSV) extract/vocabgen.awk
	@mkdir -p $(BUILD)/gen
	LC_ALL=C awk -v out=$(BUILD)/gen -f extract/vocabgen.awk $(LEXICON_TSV) $(REGISTER_TSV)

# every object may include core/vocab.h: the generated header comes first
$(LIB_OBJ) $(CLI_OBJ) $(TEST_OBJ): | $(BUILD)/gen/vocab_ids.h
$(BUILD)/core/vocab.o: $(BUILD)/gen/vocab.inc

$(BUILD)/extract/lexicon.o: $(BUILD)/extract/lexicon.inc
$(BUILD)/extract/lexicon.o: EXTRA_CFLAGS += -I$(BUILD)/extract

# make bench-extract [BENCH_EXTRACT_MB="128 1024"]: throughput on plain news
# text at each size, beside wc -w, and peak RSS (flat: the bench streams).
BENCH_EXTRACT_MB ?= 128 1024
$(BUILD)/extract_bench: $(BUILD)/bench/extract_bench.o $(LIB_OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) $(EXTRA_CFLAGS) -o $@ $^ $(PKG_LIBS)

.PHONY: bench-extract
bench-extract: $(BUILD)/extract_bench
	@for mb in $(BENCH_EXTRACT_MB); do ./$(BUILD)/extract_bench --mb $$mb || exit 1; done

bench: bench-extract

# make test-lexicon-row: a row added to a copy of the lexicon changes both
# extraction and a check, with no code changed (tests/lexicon/row.sh; run
# by make test). Only the two generated tables are rebuilt.
.PHONY: test-lexicon-row
test-lexicon-row: $(PROGRAM) $(REGISTER_TSV)
	@sh tests/lexicon/row.sh "$(CC)" "$(CFLAGS) $(REQ_CFLAGS) $(PKG_CFLAGS) $(DEFS)" \
	  "$(filter-out $(BUILD)/extract/lexicon.o $(BUILD)/core/vocab.o,$(LIB_OBJ)) $(CLI_OBJ)" \
	  "$(PKG_LIBS) $(CLI_LIBS)" "$(LEX_BIT_CLASSES)" ./$(PROGRAM) "$(REGISTER_TSV)" $(BUILD)/gen/vocab_ids.h
