#!/usr/bin/env bash
# Fuzzes whole links (link_fuzzer.cpp) for SECONDS with a fixed seed, from
# the test programs, compiled here into one object each (`ld.lld -r` with
# the start-up) and one archive each, and from tests/fuzz/corpus/.
#
#   run.sh FUZZER SECONDS [WORKDIR]
#
# New inputs go to WORKDIR (default: a temporary directory); a failing
# input is written to BUILD/tests/fuzz/findings/.  fuzz.linker_smoke runs
# it for 30 seconds; docs/manual.md, "Fuzzing the linker", says more.
source "$(dirname "$0")/../golden/lib.sh"
fuzzer=$1 seconds=$2 work=${3:-$T/work}
mkdir -p seeds "$work" "$BUILD/tests/fuzz/findings"
start
for p in tables.c rodata.c vtables.cpp; do
  name=${p%.*}
  if [[ $p == *.cpp ]]; then cxx $name.o "$SRC/tests/programs/$p"; else cc $name.o "$SRC/tests/programs/$p"; fi
  "$LD_LLD" -r start.o $name.o -o seeds/$name.o
  "$LLVM_AR" rcs seeds/$name.a start.o $name.o
done
# Full debug info: the relocations rrld retypes for lld (DebugInfo.h).
cc tables_g.o "$SRC/tests/programs/tables.c" -g
"$LD_LLD" -r start.o tables_g.o -o seeds/tables_g.o
LSAN_OPTIONS=suppressions=$SRC/tests/fuzz/lsan.supp "$fuzzer" -seed=1 -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 -max_len=65536 \
  -close_fd_mask=3 -print_final_stats=1 -artifact_prefix="$BUILD/tests/fuzz/findings/" \
  "$work" seeds "$SRC/tests/fuzz/corpus" 2>&1 | tee fuzz.log | grep -vE "^#[0-9]+.*(NEW|REDUCE)" || true
grep -qE "^stat::number_of_executed_units: *[1-9]" fuzz.log || fail "the fuzzer did not run (see above)"
grep -qE "ERROR|deadly signal|Test unit written" fuzz.log && fail "the fuzzer found a failing input (see above)"
echo "fuzz: ok"
