#!/usr/bin/env bash
# Rust apps with -C strip=symbols (rrld gets --strip-all) and with full
# debug info (-C debuginfo=2): cargo relinks one app of the build's
# target directory with the extra flags (its dependencies are reused), the
# output is checked and run on mps2-an386, and the app is linked again
# with the build's flags at the end.
#
# Needs BUILD, SRC, CARGO, RUSTC, RRLD, READELF, DWARFDUMP in the environment.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/env.sh"
: "${READELF:?}" "${DWARFDUMP:?}"
t=thumbv7em-none-eabi
exe=$CARGO_TARGET_DIR/$t/release
T=$(mktemp -d "${TMPDIR:-/tmp}/rrld-rust-strip.XXXXXX")
restore=()
cleanup() {
  # The build's own link of the apps this test relinked.
  for app in "${restore[@]}"; do
    (cd "$SRC/rust/apps" && "$CARGO" rustc --offline --release --target $t --bin "$app" -q) || true
  done
  rm -rf "$T"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
rust_write_config
relink() { # APP RUSTC-FLAGS...
  local app=$1
  shift
  restore+=("$app")
  (cd "$SRC/rust/apps" && "$CARGO" rustc --offline --release --target $t --bin "$app" -q -- "$@")
}
run() { # ELF APP
  "$SRC/scripts/rrld-run" --build "$BUILD" --board mps2-an386 --seed 7 --timeout 20 \
    "$1:kernel" "$1:self" > "$T/run.txt" 2>&1 || { cat "$T/run.txt"; fail "$2 did not run"; }
  cat "$T/run.txt"
  (($(grep -c "^$2: [0-9]* checks ok" "$T/run.txt") == 2)) || fail "$2: no verdict from both instances"
}

# The build's link, for the image to compare with.
relink tables
"$RRLD" inspect --json "$exe/tables" > "$T/plain.json"
"$RRLD" place --ro 0x10000 --rw 0x20001000 --bin "$T/plain.bin" "$exe/tables" > /dev/null

# -C strip=symbols: rustc passes --strip-all.
relink tables -C strip=symbols
cp "$exe/tables" "$T/stripped.elf"
"$READELF" -SW "$T/stripped.elf" > "$T/sections.txt"
! grep -qE "SYMTAB|\.strtab|\.rel\." "$T/sections.txt" || fail "strip=symbols left symbols or relocations"
"$RRLD" place --ro 0x10000 --rw 0x20001000 --bin "$T/stripped.bin" "$T/stripped.elf" > /dev/null
cmp "$T/plain.bin" "$T/stripped.bin" || fail "strip=symbols changed the image"
run "$T/stripped.elf" tables

# -C debuginfo=2: the statics' locations are r9-relative.
relink statics -C debuginfo=2 -C strip=none
cp "$exe/statics" "$T/debug.elf"
"$DWARFDUMP" --verify "$T/debug.elf" > "$T/verify.txt" || { tail "$T/verify.txt"; fail "DWARF does not verify"; }
rw=$("$READELF" -SW "$T/debug.elf" | awk '{for (i = 1; i < NF; ++i) if ($i == ".data") print "0x" $(i + 2)}')
# (Whole outputs read: a reader that stops early would end the writer with
# SIGPIPE, which pipefail turns into a failure.)
off=$("$DWARFDUMP" --name=COUNTERS "$T/debug.elf" |
      sed -n 's/.*DW_OP_const4u \(0x[0-9a-f]*\), DW_OP_breg9 R9+0, DW_OP_plus.*/\1/p' | sed -n 1p)
addr=$("$READELF" -sW "$T/debug.elf" | awk '$8 ~ /COUNTERS/ && !n++ {print "0x" $2}')
[[ -n $off && -n $addr ]] || fail "no location or symbol for COUNTERS"
(( rw + off == addr )) || fail "COUNTERS: r9 + $off is not $addr"
run "$T/debug.elf" statics
echo "rust strip/debug: ok"
