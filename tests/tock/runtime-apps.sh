#!/usr/bin/env bash
# The Tock app runtimes on the real Tock kernel: C apps (qemu/apps linked
# with the Tock runtime, build/tock/apps/thumbv7em) and Rust apps (rrld-rt
# with `tock`, build/tock/rust-apps/thumbv7em) made TBFs and run by
# scripts/tock-run at two seeds.  Each app must exit as expected (tock-run
# checks the kernel's reports): the checked C apps and the Rust apps exit 0
# only when their own checks hold, the fault app must fault and
# small_stack's start-up must refuse its stack (210).  The C apps must
# print their result and where they run.  Tock runs the processes side by
# side, so their console writes interleave: a C line (one write when
# shorter than the runtime's 64-byte buffer) may follow another app's
# partial line, and the Rust apps (core::fmt writes piece by piece) are
# read only in a boot of their own (the console app; even there a line may
# start after the kernel's prompt).
#
#   runtime-apps.sh [--seed N]
#
# Needs BUILD (the build directory) in the environment.
set -euo pipefail
: "${BUILD:?}"
seed=$(( ($(date +%s%N) / 1000) % 1000000 ))
if [[ ${1:-} == --seed ]]; then seed=$2; fi
echo "tock runtime apps: seeds $seed and $((seed + 1)) (repeat with: $0 --seed $seed)"

here=$(cd "$(dirname "$0")" && pwd)
run=$here/../../scripts/tock-run
c=$BUILD/tock/apps/thumbv7em
r=$BUILD/tock/rust-apps/thumbv7em
T=$(mktemp -d "${TMPDIR:-/tmp}/rrld-tock-apps.XXXXXX")
trap 'rm -rf "$T"' EXIT
status=0
fail() { echo "FAIL: $*" >&2; status=1; }

# The app's name in the TBF is its file's stem: distinct names for the Rust
# apps.  At most ten processes per boot: two boots.
for a in hello tables fmt console; do cp "$r/$a.elf" "$T/rust_$a.elf"; done
checks=(tables tables_ram cxx rodata bigdata)
boot1=("$c/tables.elf" "$c/tables_ram.elf" "$c/cxx.elf" "$c/rodata.elf" "$c/bigdata.elf"
       "$c/hello.elf" "$c/fault_ro_write.elf:expect=fault" "$c/small_stack.elf:expect=210")
boot2=("$T/rust_hello.elf" "$T/rust_tables.elf" "$T/rust_fmt.elf" "$T/rust_console.elf")

boot3=("$T/rust_console.elf")

for s in "$seed" "$((seed + 1))"; do
  for b in 1 2 3; do
    declare -n apps=boot$b
    "$run" --build "$BUILD" --seed "$s" --timeout 60 "${apps[@]}" > "$T/out" 2>&1 ||
      fail "seed $s: not every app ended as expected"
    cat "$T/out" | tee -a "$T/all-$s"
  done
  for a in "${checks[@]}"; do
    grep -q "$a: result .*: ok$" "$T/all-$s" || fail "seed $s: $a did not print its result"
    grep -q "$a: code at 0x[0-9a-f]*, data at 0x[0-9a-f]*$" "$T/all-$s" || fail "seed $s: $a did not say where it runs"
  done
  grep -q 'hello from an rrld app: code at' "$T/all-$s" || fail "seed $s: the C hello did not print"
  grep -q 'console: code at 0x[0-9a-f]*, data at 0x[0-9a-f]*, r9' "$T/all-$s" ||
    fail "seed $s: the Rust console app did not say where it runs"
  grep -q 'console: 3 checks ok' "$T/all-$s" || fail "seed $s: the Rust console app did not pass its checks"
done
exit $status
