#!/usr/bin/env bash
# rrld apps in C and Rust on the real Tock kernel (docs/tock.md): the test
# apps of qemu/apps linked with the Tock runtime (build/tock/apps/thumbv7em)
# and the Rust apps built on rrld-rt's `tock` feature
# (build/tock/rust-apps/thumbv7em), made TBFs and run by scripts/tock-run,
# which checks each app's end from the kernel's reports.
#
# One boot, at three seeds (order, gaps before each app, RAM sizes): three
# C apps (tables and cxx hold RO->RO words, patched for their flash address
# at install; rodata's moved to RAM), the same tables TBF a second time, two
# Rust apps (hello; console, with libtock-rs's console, &dyn Trait tables
# and core::fmt), a copy of hello with one byte of its code flipped (the
# kernel must refuse it, RRLD_E_CRC) and an app that writes its own flash
# (it must fault).  Every running app must say where it runs and exit 0;
# the two copies of tables must report two flash and two RAM addresses, and
# the seeds must move the apps.  A second boot runs the other apps once.
#
#   runtime-apps.sh [--seed N]
#
# Needs BUILD (the build directory) in the environment.
set -euo pipefail
: "${BUILD:?}"
seed=$(( ($(date +%s%N) / 1000) % 1000000 ))
if [[ ${1:-} == --seed ]]; then seed=$2; fi
echo "tock runtime apps: seeds $seed to $((seed + 2)) (repeat with: $0 --seed $seed)"

here=$(cd "$(dirname "$0")" && pwd)
run=$here/../../scripts/tock-run
rrld=$BUILD/linker/rrld
c=$BUILD/tock/apps/thumbv7em
r=$BUILD/tock/rust-apps/thumbv7em
T=$(mktemp -d "${TMPDIR:-/tmp}/rrld-tock-apps.XXXXXX")
trap 'rm -rf "$T"' EXIT
status=0
fail() { echo "FAIL: $*" >&2; status=1; }

# The app's name in the TBF is its file's stem: distinct names for the Rust
# apps.
for a in hello tables fmt console; do cp "$r/$a.elf" "$T/rust_$a.elf"; done
"$rrld" tbf "$c/tables.elf" -o "$T/tables.tbf"
# broken: hello's TBF with one byte of its code flipped (past the image
# header, inside the CRC's range).
"$rrld" tbf "$c/hello.elf" -o "$T/broken.tbf" --name broken
off=$(( $("$rrld" inspect --json "$T/broken.tbf" | sed -n 's/.*"image_offset": *\([0-9]*\).*/\1/p' | head -n 1) + 100 ))
printf '\x5a' | dd of="$T/broken.tbf" bs=1 seek="$off" conv=notrunc status=none

main_boot=("$T/tables.tbf" "$T/tables.tbf" "$c/cxx.elf" "$c/rodata.elf"
           "$T/rust_hello.elf" "$T/rust_console.elf"
           "$T/broken.tbf:expect=refused" "$c/fault_ro_write.elf:expect=fault")
other_boot=("$c/tables_ram.elf" "$c/bigdata.elf" "$c/hello.elf" "$c/small_stack.elf:expect=210"
            "$c/fault_ram_write.elf:expect=fault" "$T/rust_tables.elf" "$T/rust_fmt.elf")

where() { # the "code at X, data at Y" pairs an app printed, one per line
  sed -n "s/.*$1: code at \(0x[0-9a-f]*\), data at \(0x[0-9a-f]*\).*/\1 \2/p" "$2" | sort -u
}

prev=
for s in "$seed" "$((seed + 1))" "$((seed + 2))"; do
  out=$T/out-$s
  "$run" --build "$BUILD" --seed "$s" --timeout 60 "${main_boot[@]}" > "$out" 2>&1 ||
    fail "seed $s: not every app ended as expected"
  cat "$out"
  for a in tables cxx rodata; do
    grep -q "$a: result .*: ok" "$out" || fail "seed $s: $a did not print its result"
    [[ -n $(where "$a" "$out") ]] || fail "seed $s: $a did not say where it runs"
  done
  grep -q 'hello from a Rust rrld app: code at 0x' "$out" || fail "seed $s: the Rust hello did not say where it runs"
  grep -q 'hello: 1 checks ok' "$out" || fail "seed $s: the Rust hello did not pass its check"
  [[ -n $(where console "$out") ]] || fail "seed $s: the Rust console app did not say where it runs"
  grep -q 'console: 3 checks ok' "$out" || fail "seed $s: the Rust console app did not pass its checks"
  grep -q "rrld-tock: app 'broken' at 0x[0-9a-f]*: refused: RRLD_E_CRC" "$out" ||
    fail "seed $s: the corrupted app was not refused for its CRC"
  # The same TBF twice: two flash and two RAM addresses.
  pairs=$(where tables "$out")
  [[ $(cut -d' ' -f1 <<< "$pairs" | sort -u | wc -l) == 2 ]] ||
    fail "seed $s: the two copies of tables did not run at two flash addresses: ${pairs//$'\n'/; }"
  [[ $(cut -d' ' -f2 <<< "$pairs" | sort -u | wc -l) == 2 ]] ||
    fail "seed $s: the two copies of tables did not run at two RAM addresses: ${pairs//$'\n'/; }"
  # Another seed, other places: every app's addresses as tock-run reports them.
  now=$(sed -n 's/^tock-run: app [0-9]* \([a-z_]*\): flash \(0x[0-9a-f]*\), ram \(0x[0-9a-f]*\|none\):.*/\1 \2 \3/p' "$out" | sort)
  [[ -n $now ]] || fail "seed $s: no app placements reported"
  if [[ -n $prev && $now == "$prev" ]]; then
    fail "seed $s: every app ran where it ran at the seed before"
  fi
  prev=$now
done

out=$T/out-other
"$run" --build "$BUILD" --seed "$seed" --timeout 60 "${other_boot[@]}" > "$out" 2>&1 ||
  fail "seed $seed: not every app of the second boot ended as expected"
cat "$out"
for a in tables_ram bigdata; do
  grep -q "$a: result .*: ok" "$out" || fail "seed $seed: $a did not print its result"
  [[ -n $(where "$a" "$out") ]] || fail "seed $seed: $a did not say where it runs"
done
grep -q 'hello from an rrld app: code at' "$out" || fail "seed $seed: the C hello did not print"
grep -q 'tables: [0-9]* checks ok' "$out" || fail "seed $seed: the Rust tables app did not pass its checks"
grep -q 'fmt: [0-9]* checks ok' "$out" || fail "seed $seed: the Rust fmt app did not pass its checks"
exit $status
