# bench/module.mk -- batch runs (issue 8): `make bench-batch` measures
# throughput (MB/s, documents/s) with 1 and 2 jobs and peak RSS on 200 MB
# and 1 GB corpora; `make test-batch` runs tests/batch (kill -9 / resume,
# SIGINT/SIGTERM, GNU parallel + --merge). Corpora are generated in /tmp.

EXTRA_DEB_PACKAGES += parallel

.PHONY: bench-batch test-batch

bench: bench-batch

bench-batch: $(PROGRAM) $(REFDB)
	sh bench/batch_bench.sh $(abspath $(PROGRAM)) $(abspath $(REFDB))

test-batch: $(PROGRAM) $(REFDB)
	sh tests/batch/run.sh $(abspath $(PROGRAM)) $(abspath $(REFDB))
