#!/usr/bin/env bash
# Differential test: for each program and core, `rrld place` at random
# (RO, RW) address pairs must give RO and RW contents byte-identical to a
# plain ld.lld link of the same objects fixed at those addresses (with the
# symbol ordering file rrld gave lld, from --rrld-print-data-order).
#
#   run.sh PROGRAM... [--seed N] [--pairs N]
#
# Programs named *.gcc.c are built with arm-none-eabi-gcc's PIC (GOT) model.
# PROGRAM:ram links with --rrld-ro-relocs=ram, and must move read-only data
# to RW (decided from the inputs before the link).  When rrld moved read-only
# data to RW, layout and code legitimately differ from ld.lld's; then every
# data object is compared by symbol instead (symdiff.cpp: each pointer word
# must point to the same symbol + offset, every other word hold the same
# value).  symdiff runs on every placement.
# Needs RRLD, CLANG, CLANGXX, GCC, LD_LLD, READELF, OBJCOPY, SYMDIFF in the environment.
set -euo pipefail
: "${RRLD:?}" "${CLANG:?}" "${CLANGXX:?}" "${GCC:?}" "${LD_LLD:?}" "${READELF:?}" "${OBJCOPY:?}" "${SYMDIFF:?}"

seed=$(( $(date +%s) % 100000 ))
pairs=3
programs=()
while (($#)); do
  case $1 in
    --seed) seed=$2; shift 2 ;;
    --pairs) pairs=$2; shift 2 ;;
    *) programs+=("$1"); shift ;;
  esac
done
echo "differential: seed $seed (reproduce with --seed $seed)"
RANDOM=$seed

here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
T=$(mktemp -d "${TMPDIR:-/tmp}/rrld-diff.XXXXXX")
trap 'rm -rf "$T"' EXIT

cores=("thumbv6m-none-eabi cortex-m0" "thumbv7m-none-eabi cortex-m3"
       "thumbv7em-none-eabi cortex-m4" "thumbv8m.main-none-eabi cortex-m33")
checked=0

# Section table rows as "name type addr off size es flags ...", kept in
# SECS[ELF]: dump and layout read an ELF's table once.
declare -A SECS
sections() { [[ -v SECS[$1] ]] || SECS[$1]=$("$READELF" -SW "$1" | sed -n 's/^ *\[ *[0-9]*\] //p'); }
# Dumps every allocated section with contents except the header, by name,
# with one objcopy run (a run per section cost a third of the test's CPU time).
dump() { # ELF DIR
  mkdir -p "$2"
  local s args=()
  sections "$1"
  while read -r s; do
    args+=(--dump-section "$s=$2/$s")
  done < <(awk '$7 ~ /A/ && $2 != "NOBITS" && $1 != ".rrld_header" {print $1}' <<< "${SECS[$1]}")
  ((${#args[@]} == 0)) || "$OBJCOPY" "${args[@]}" "$1" "$2.junk"
}
layout() { sections "$1"; awk '$7 ~ /A/ && $1 != ".rrld_header" {print $1, $3, $5}' <<< "${SECS[$1]}"; }
# Symbols; --emit-relocs keeps the .L locals relocations name, a plain link drops them.
symbols() { "$READELF" -sW "$1" | awk 'NR > 3 && $4 != "FILE" && $4 != "SECTION" && $8 !~ /^\.L/ {print $2, $8}' | sort; }

for spec in "${programs[@]}"; do
  prog=${spec%:ram}
  policy=patch
  [[ $spec == *:ram ]] && policy=ram
  for core in "${cores[@]}"; do
    read -r target cpu <<< "$core"
    d=$T/$(basename "$prog")-$policy-$cpu
    mkdir -p "$d"
    flags=(--target=$target -mcpu=$cpu -Os -ffreestanding -ffunction-sections -fdata-sections -fropi -frwpi)
    # start.c with the same flags for every program of a core: compiled once.
    [[ -f $T/start-$cpu.o ]] || "$CLANG" "${flags[@]}" -c "$src/tests/programs/start.c" -o "$T/start-$cpu.o"
    start_o=$T/start-$cpu.o
    case $prog in
      *.cpp) "$CLANGXX" "${flags[@]}" -fallow-unsupported -fno-exceptions -fno-rtti -c "$prog" -o "$d/prog.o" ;;
      *.gcc.c) # GCC PIC the libtock-c way, linked with clang's start.o
        "$GCC" -mcpu="$cpu" -mthumb -Os -ffreestanding -ffunction-sections -fdata-sections \
          -fPIC -msingle-pic-base -mpic-register=r9 -mno-pic-data-is-text-relative \
          -c "$prog" -o "$d/prog.o" ;;
      *) "$CLANG" "${flags[@]}" -c "$prog" -o "$d/prog.o" ;;
    esac
    "$RRLD" "$start_o" "$d/prog.o" --gc-sections --rrld-ro-relocs=$policy -o "$d/app.elf"
    # rrld groups the data holding addresses (--rrld-data-order); ld.lld
    # gets the same symbol ordering file.
    "$RRLD" --rrld-print-data-order "$start_o" "$d/prog.o" > "$d/order.txt"
    moved=$("$READELF" -SW "$d/app.elf" | grep -c '\.rrld\.moved' || true)
    # A :ram variant is there to compare links whose moves rrld decided from
    # the inputs: one that moved nothing would prove nothing about them.
    [[ $policy == patch ]] || ((moved)) ||
      { echo "FAIL: $(basename "$prog") (ram) on $cpu: no read-only data moved to RW" >&2; exit 1; }
    for ((k = 0; k < pairs; ++k)); do
      # Random flash and RAM addresses, 256-byte aligned; RW leaves room for
      # the stack below it.
      ro=$(( (RANDOM * 32768 + RANDOM) % 0x100000 * 0x100 ))
      rw=$(( 0x20000000 + ((RANDOM * 32768 + RANDOM) % 0x80000 + 0x10) * 0x100 ))
      printf -v ROH '0x%08x' $ro
      printf -v RWH '0x%08x' $rw
      p=$d/$ROH-$RWH
      mkdir -p "$p"
      "$RRLD" place --ro "$ROH" --rw "$RWH" "$d/app.elf" -o "$p/placed.elf" --bin "$p/placed.bin" >/dev/null
      "$RRLD" --rrld-print-default-script --rrld-ro-origin="$ROH" --rrld-rw-origin="$RWH" > "$p/fixed.ld"
      "$LD_LLD" -m armelf --pic-veneer -z norelro -T "$p/fixed.ld" "$start_o" "$d/prog.o" --gc-sections \
        --symbol-ordering-file="$d/order.txt" --no-warn-symbol-ordering -o "$p/fixed.elf"
      dump "$p/placed.elf" "$p/a"
      dump "$p/fixed.elf" "$p/b"
      "$SYMDIFF" "$p/placed.elf" "$p/fixed.elf" > "$p/symdiff.txt" ||
        { cat "$p/symdiff.txt"; echo "FAIL: $(basename "$prog") ($policy) on $cpu at RO $ROH RW $RWH: data objects differ" >&2; exit 1; }
      if ((moved)); then
        checked=$((checked + 1))
        continue
      fi
      if ! diff -r "$p/a" "$p/b" >/dev/null; then
        echo "FAIL: $(basename "$prog") on $cpu at RO $ROH RW $RWH: contents differ" >&2
        for f in "$p"/b/.*[!.]*; do cmp "$f" "$p/a/$(basename "$f")" || true; done
        exit 1
      fi
      diff <(layout "$p/placed.elf") <(layout "$p/fixed.elf") ||
        { echo "FAIL: section addresses differ at RO $ROH RW $RWH" >&2; exit 1; }
      diff <(symbols "$p/placed.elf") <(symbols "$p/fixed.elf") ||
        { echo "FAIL: symbol addresses differ at RO $ROH RW $RWH" >&2; exit 1; }
      # Not vacuous: the unplaced link's contents differ from both.
      [[ -d $d/unplaced ]] || dump "$d/app.elf" "$d/unplaced"
      ! diff -r "$d/unplaced" "$p/b" >/dev/null ||
        { echo "FAIL: placement changed nothing; the comparison proves nothing" >&2; exit 1; }
      compared=("$p"/a/* "$p"/a/.[!.]*)
      n=0
      for f in "${compared[@]}"; do [[ -e $f ]] && n=$((n + 1)); done
      ((n >= 3)) || { echo "FAIL: only $n sections compared" >&2; exit 1; }
      checked=$((checked + 1))
    done
    echo "ok: $(basename "$prog") ($policy$( ((moved)) && echo ", data moved to RW: compared by symbol")) on $cpu at $pairs placements: $(tail -1 "$p/symdiff.txt")"
  done
done
echo "differential: $checked placements equal to fixed ld.lld links (byte for byte, or by symbol where data moved)"
