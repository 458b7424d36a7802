# extract/module.mk -- the generated lexicon table and the extraction bench.
# lexicon.inc is made from extract/lexicon/*.tsv with awk + sort (no Python).

LEXICON_TSV = $(sort $(wildcard extract/lexicon/*.tsv))

$(BUILD)/extract/lexicon.inc: $(LEXICON_TSV) extract/lexgen.awk
	@mkdir -p $(dir $@)
	LC_ALL=C awk -f extract/lexgen.awk $(LEXICON_TSV) | LC_ALL=C sort -t '	' -k1,1 -k2,2 | cut -f3- > $@.tmp
	mv $@.tmp $@

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
