#!/usr/bin/env bash
# tock.kernel_boot: the patched Tock kernel (build/tock/kernel.bin) boots in
# QEMU with no apps, reports that no app is left and stops QEMU itself
# through semihosting with status 0: not by the time limit, not by a panic
# (docs/tock.md).
# Needs BUILD (the build directory) in the environment.
set -euo pipefail
: "${BUILD:?}"
kernel=$BUILD/tock/kernel.bin
[[ -f $kernel ]] || { echo "FAIL: no $kernel (the build did not make the kernel)"; exit 1; }
log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
timeout 30 qemu-system-arm -M mps2-an386 -display none -monitor none -serial stdio \
  -semihosting-config enable=on,target=native -kernel "$kernel" < /dev/null > "$log" 2>&1
status=$?
set -e
cat "$log"
if ((status == 124)); then
  echo "FAIL: QEMU ran until the time limit: the kernel did not stop it"
  exit 1
fi
if ((status != 0)); then
  echo "FAIL: QEMU exited with $status (semihosting exit 0 expected)"
  exit 1
fi
grep -q '^QEMU MPS2 AN386 (Cortex-M4) initialization complete\.' "$log" ||
  { echo "FAIL: no boot banner"; exit 1; }
grep -q 'rrld-tock: done: 0 apps, 0 exited with 0' "$log" ||
  { echo "FAIL: no 'rrld-tock: done' line for zero apps"; exit 1; }
echo "PASS: the kernel booted with no apps and stopped QEMU by semihosting"
