# stats/module.mk -- `make bench-stats` (also run by `make bench`): proportion
# intervals per second for each method, and the two-proportion methods.
# bench/stats_bench.c uses the public API only.

$(BUILD)/stats_bench: $(BUILD)/bench/stats_bench.o $(LIB_OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) $(EXTRA_CFLAGS) -o $@ $^ $(PKG_LIBS)

.PHONY: bench-stats
bench-stats: $(BUILD)/stats_bench
	./$(BUILD)/stats_bench

bench: bench-stats
