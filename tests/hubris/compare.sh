#!/usr/bin/env bash
# compare.sh PLACED.elf FIXED.elf: a task ELF that `rrld place` wrote must be
# what a plain ld.lld link at the same addresses gives.  Compares, and
# prints every difference of:
#   - the entry point;
#   - every loadable segment: p_vaddr, p_paddr, p_filesz, p_memsz, flags
#     (so the flash ranges the packager programs: RW's initial data right
#     after RO);
#   - the contents of every allocated section (RO and RW; the image header
#     excepted: ld.lld leaves it zero) and of the non-allocated sections
#     Hubris's packager reads (.task_slot_table, .caboose_pos_table), and
#     of the debug sections (.debug_*: their addresses move too);
#   - every symbol's value (locals too; not .L labels, which lld keeps only
#     under --emit-relocs, nor FILE and SECTION entries).
# Exits 1 on any difference.  Needs READELF and OBJCOPY in the environment.
set -euo pipefail
: "${READELF:?}" "${OBJCOPY:?}"
placed=$1 fixed=$2
W=$(mktemp -d "${TMPDIR:-/tmp}/rrld-cmp.XXXXXX")
trap 'rm -rf "$W"' EXIT
bad=0
differ() { # WHAT FILE_A FILE_B
  if ! diff -u --label "placed $1" --label "ld.lld $1" "$2" "$3"; then bad=1; fi
}

for e in "$placed" "$fixed"; do "$READELF" -hW "$e" | awk '/Entry point/ {print $NF}'; done > "$W/entry"
differ "entry point" <(sed -n 1p "$W/entry") <(sed -n 2p "$W/entry")

loads() { "$READELF" -lW "$1" | awk '$1 == "LOAD" {print $3, $4, $5, $6, $7, $8}'; }
differ "PT_LOAD (vaddr paddr filesz memsz flags)" <(loads "$placed") <(loads "$fixed")

sections() { "$READELF" -SW "$1" | sed -n 's/^ *\[ *[0-9]*\] //p'; }
layout() { sections "$1" | awk '$7 ~ /A/ {print $1, $2, $3, $5}'; }
differ "allocated sections (name type addr size)" <(layout "$placed") <(layout "$fixed")
names=$(sections "$fixed" | awk '($7 ~ /A/ && $2 != "NOBITS" && $1 != ".rrld_header") || $1 == ".task_slot_table" || $1 == ".caboose_pos_table" || $1 ~ /^\.debug_/ {print $1}')
pdump=() fdump=()
for s in $names; do pdump+=(--dump-section "$s=$W/p$s"); fdump+=(--dump-section "$s=$W/f$s"); done
"$OBJCOPY" "${pdump[@]}" "$placed" "$W/junk"
"$OBJCOPY" "${fdump[@]}" "$fixed" "$W/junk"
for s in $names; do
  if ! cmp -s "$W/p$s" "$W/f$s"; then
    echo "section $s differs:"
    differ "$s" <(od -An -tx4 -Ax -v "$W/p$s") <(od -An -tx4 -Ax -v "$W/f$s")
    bad=1
  fi
done

symbols() { "$READELF" -sW "$1" | awk 'NR > 3 && $4 != "FILE" && $4 != "SECTION" && $8 !~ /^\.L/ && $8 != "" {print $8, $2, $4, $7}' | LC_ALL=C sort -u; }
differ "symbols (name value type section)" <(symbols "$placed") <(symbols "$fixed")
[[ $(symbols "$fixed" | wc -l) -gt 0 ]] || { echo "no symbols compared"; bad=1; }

if ((bad)); then echo "compare: $placed differs from $fixed"; exit 1; fi
echo "compare: $placed = $fixed ($(echo "$names" | wc -w) sections, $(symbols "$fixed" | wc -l) symbols)"
