#!/usr/bin/env bash
# C-library apps on the real Tock kernel (docs/libc.md, "On Tock"): the
# libc_test and libc_cxx apps of qemu/apps linked with the C library and the
# Tock runtime (build/tock/apps/thumbv7em), made TBFs and run by
# scripts/tock-run at two layout seeds.  stdout goes through the Tock
# console driver (allow-ro, command, yield-wait-for), the heap is what the
# start-up's memop brk made room for, and exit is exit-terminate.  Each app
# must end with exit 0 (tock-run checks the kernel's report) and print every
# check ok: printf's %f %e %lld, strtod, qsort, libm against the host's
# values, malloc to exhaustion with errno ENOMEM, C++ new/delete and a
# static destructor at exit.
#
#   libc-apps.sh [--seed N]
#
# Needs BUILD (the build directory) in the environment.
set -euo pipefail
: "${BUILD:?}"
seed=$(( ($(date +%s%N) / 1000) % 1000000 ))
if [[ ${1:-} == --seed ]]; then seed=$2; fi
echo "tock libc apps: seeds $seed and $((seed + 1)) (repeat with: $0 --seed $seed)"

here=$(cd "$(dirname "$0")" && pwd)
run=$here/../../scripts/tock-run
c=$BUILD/tock/apps/thumbv7em
apps=(libc_test libc_cxx libc_test_ram libc_cxx_ram)
T=$(mktemp -d "${TMPDIR:-/tmp}/rrld-tock-libc.XXXXXX")
trap 'rm -rf "$T"' EXIT
status=0
fail() { echo "FAIL: $*" >&2; status=1; }

elfs=()
for a in "${apps[@]}"; do
  [[ -f $c/$a.elf ]] || { echo "FAIL: $c/$a.elf was not built (the C library's Tock apps)" >&2; exit 1; }
  elfs+=("$c/$a.elf")
done

for s in "$seed" "$((seed + 1))"; do
  out=$T/out-$s
  "$run" --build "$BUILD" --seed "$s" --timeout 120 "${elfs[@]}" > "$out" 2>&1 ||
    fail "seed $s: not every app ended as expected"
  cat "$out"
  for a in "${apps[@]}"; do
    grep -qE "(^|[^a-z_])$a: [0-9]+ checks, 0 wrong: ok" "$out" || fail "seed $s: $a did not pass all its checks"
    grep -q "rrld-tock: app '$a' at 0x[0-9a-f]*: exited with 0" "$out" ||
      fail "seed $s: the kernel did not report $a exiting with 0"
  done
  # Two lines by name: floating-point printf, and the heap's end, which
  # only the Arm build checks.  (A line may follow the kernel's console
  # prompt, "tock$ ", so the patterns are not anchored at its start.)
  for a in libc_test libc_test_ram; do
    grep -qE "(^|[^a-z_])$a: 3\.141593 3\.141593e\+00 3\.14159 -3\.142: ok" "$out" || fail "seed $s: $a's printf %f %e %g was wrong"
    grep -qE "(^|[^a-z_])$a: malloc: errno is ENOMEM when it does: ok" "$out" ||
      fail "seed $s: $a did not exhaust the heap"
  done
  (($(grep -cE '(^|[^a-z_])libc_cxx(_ram)?: static destructor ran, 3 items: ok$' "$out") == 2)) ||
    fail "seed $s: libc_cxx's static destructor did not run at exit"
done
exit $status
