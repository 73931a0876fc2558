#!/usr/bin/env bash
# The Tock app runtime (tock/runtime/, rrld-rt's `tock` feature) on one
# QEMU board, before a real Tock kernel: the test kernel in Tock mode
# (scripts/rrld-run --mode tock) starts each app as Tock does (r0 = image,
# r1 = RAM start, r2 = RAM length, r3 = a small initial break) and answers
# the few Tock system calls the runtime uses (docs/qemu.md).
#
#   tock-runtime.sh BOARD CORE [--seed N]
#
# Checks, on the apps of BUILD/tock/apps/CORE (the test kernel's app
# objects linked with the Tock runtime):
#  - each is an image `rrld verify` accepts, and its start-up and write are
#    Tock's (memop brk in _start, allow-ro in rrld_write), not the test
#    kernel's;
#  - the checked apps compute their results, hello prints where it runs,
#    at random placements, each app's start-up growing its break with
#    memop brk to cover its stack, RW and heap;
#  - fault_ro_write and fault_ram_write fault (they write their flash and
#    below their RAM);
#  - small_stack's start-up refuses its 160-byte stack (exit 210);
#  - a RAM slot too small for what the image asks: the kernel refuses the
#    break and the start-up exits with 220;
#  - on mps2-an386, the Rust apps of BUILD/tock/rust-apps/thumbv7em, also
#    the one on libtock-rs's console driver (subscribe, Yield-Wait, upcall).
# Needs RRLD_BUILD (the build directory) in the environment.
set -euo pipefail
: "${RRLD_BUILD:?}"
board=$1 core=$2
shift 2
seed=$(( ($(date +%s%N) / 1000) % 1000000 ))
if [[ ${1:-} == --seed ]]; then seed=$2; fi
echo "tock runtime test $board: seed $seed (repeat with: $0 $board $core --seed $seed)"

here=$(cd "$(dirname "$0")" && pwd)
run=$here/../../scripts/rrld-run
rrld=$RRLD_BUILD/linker/rrld
objdump=${RRLD_LLVM_OBJDUMP:-llvm-objdump-19}
apps=$RRLD_BUILD/tock/apps/$core
T=$(mktemp -d "${TMPDIR:-/tmp}/rrld-tock-rt.XXXXXX")
trap 'rm -rf "$T"' EXIT
status=0
fail() { echo "FAIL: $*" >&2; status=1; }

checks=(tables tables_ram cxx cxx_ram bigdata rodata rodata_ram rodata_cxx rodata_cxx_ram)
for a in "${checks[@]}" hello fault_ro_write small_stack; do
  elf=$apps/$a.elf
  [[ -f $elf ]] || { fail "$elf was not built"; continue; }
  "$rrld" verify "$elf" > "$T/verify" 2>&1 || { cat "$T/verify"; fail "rrld verify refused $elf"; }
  # Tock's start-up: memop (svc 5) in _start; Tock's console: allow-ro
  # (svc 4) in rrld_write, and no test-kernel call (svc 1).
  "$objdump" -d --disassemble-symbols=_start "$elf" > "$T/start"
  grep -q 'svc[[:space:]]*#0x5' "$T/start" || fail "$a: _start makes no memop call: not Tock's start-up"
  [[ $a == small_stack ]] && continue # prints nothing: no rrld_write
  "$objdump" -d --disassemble-symbols=rrld_write "$elf" > "$T/write"
  grep -q 'svc[[:space:]]*#0x4' "$T/write" || fail "$a: rrld_write makes no allow-ro call"
  if grep -q 'svc[[:space:]]*#0x1$' "$T/write"; then fail "$a: rrld_write uses the test kernel's svc 1"; fi
done

list=()
for a in "${checks[@]}"; do list+=("$apps/$a.elf"); done
list+=("$apps/hello.img" "$apps/fault_ro_write.elf:expect=fault" "$apps/fault_ram_write.elf:expect=fault"
       "$apps/small_stack.elf:expect=210"
       "$apps/hello.elf:ram-size=1024:expect=220")
if [[ $board == microbit ]]; then
  # 12 KiB of RAM for all apps, no MPU: the apps that fit, and no fault app
  # (nothing stops its store there; docs/qemu.md).
  list=("$apps/tables.elf" "$apps/cxx.img" "$apps/hello.elf" "$apps/small_stack.elf:expect=210"
        "$apps/hello.elf:ram-size=1024:expect=220")
  checks=(tables cxx)
fi
if [[ $board == mps2-an386 ]]; then
  for a in hello tables fmt console; do list+=("$RRLD_BUILD/tock/rust-apps/thumbv7em/$a.elf"); done
fi
"$run" --build "$RRLD_BUILD" --board "$board" --mode tock --seed "$seed" --timeout 20 \
  "${list[@]}" > "$T/out" 2>&1 || status=1
cat "$T/out"

for c in "${checks[@]}"; do
  grep -q "^$c: result .*: ok$" "$T/out" || fail "$c did not compute its result"
  grep -q "^$c: code at 0x[0-9a-f]*, data at 0x[0-9a-f]*$" "$T/out" || fail "$c did not say where it runs"
done
grep -q '^hello from an rrld app: code at' "$T/out" || fail "hello did not print"
# Every app that got past its start-up grew its break (the checked apps and
# hello at least), and the one in a slot too small was refused.
nbrk=$(grep -c '^rrk: app [0-9]*: brk 0x[0-9a-f]*$' "$T/out" || true)
((nbrk >= ${#checks[@]} + 1)) || fail "only $nbrk apps grew their break with memop brk"
grep -q '^rrk: app [0-9]*: brk 0x[0-9a-f]* refused$' "$T/out" || fail "no break was refused"
if [[ $board == mps2-an386 ]]; then
  for a in hello tables fmt console; do
    grep -q "^$a: [0-9]* checks ok" "$T/out" || fail "the Rust app $a did not pass its checks"
  done
fi
exit $status
