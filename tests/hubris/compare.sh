#!/usr/bin/env bash
# compare.sh PLACED.elf FIXED.elf: a task ELF that `rrld place` wrote must be
# what a plain ld.lld link gives, both with Hubris's task-link.x unmodified.
# The plain link's FLASH starts where the placed task's code starts, after
# the image header rrld inserted at the start of FLASH (.rrld_header), and
# it has Hubris's .fill, which pads FLASH to its end and which rrld leaves
# out.  Apart from those two sections, compares and prints every
# difference of:
#   - the entry point;
#   - the flash bytes: the address ranges of every PT_LOAD's file bytes by
#     physical address (RO where it runs, RW's initial data right after
#     it), merged, the header's range and .fill's left out; and the RAM:
#     the ranges of the writable PT_LOADs by virtual address, merged;
#   - every allocated section's name, type, address and size;
#   - the contents of every allocated section (RO and RW's initial data)
#     and of the non-allocated sections Hubris's packager reads
#     (.task_slot_table, .caboose_pos_table), and of the debug sections
#     (.debug_*: their addresses move too), but for one kind of field:
#     SB-relative references to .bss and .uninit, which the plain link
#     makes relative to their own PT_LOAD instead of RW's start (lld's
#     static base is per segment, and this script splits RW); each must be
#     off by exactly that distance (tests/hubris/sbrel.py; FIXED must be
#     linked with --emit-relocs);
#   - every symbol's value (locals too; not .L labels, which lld keeps only
#     under --emit-relocs, nor FILE and SECTION entries).
# Exits 1 on any difference.  Needs READELF and OBJCOPY in the environment,
# and python3.
set -euo pipefail
: "${READELF:?}" "${OBJCOPY:?}"
placed=$1 fixed=$2
W=$(mktemp -d "${TMPDIR:-/tmp}/rrld-cmp.XXXXXX")
trap 'rm -rf "$W"' EXIT
bad=0
differ() { # WHAT FILE_A FILE_B
  if ! diff -u --label "placed $1" --label "ld.lld $1" "$2" "$3"; then bad=1; fi
}

# name type addr(hex) off size(hex) es flags ...
sections() { "$READELF" -SW "$1" | sed -n 's/^ *\[ *[0-9]*\] //p'; }
# The one section rrld adds and the one it leaves out.
skip() { [[ $1 == .rrld_header || $1 == .fill ]]; }
read -r hdr_addr hdr_size < <(sections "$placed" | awk '$1 == ".rrld_header" {print $3, $5}') ||
  { echo "compare: $placed has no .rrld_header"; exit 1; }
# The header's range: up to the next allocated section (the code).
hdr_end=$(sections "$placed" | awk '$7 ~ /A/ && $1 != ".rrld_header" {print $3}' |
  while read -r a; do (( 0x$a > 0x$hdr_addr )) && echo $((0x$a)); done | sort -n | head -n 1)
(( hdr_end >= 0x$hdr_addr + 0x$hdr_size )) || { echo "compare: nothing after the header"; exit 1; }
fill=$(sections "$fixed" | awk '$1 == ".fill" {print $3, $5}')

for e in "$placed" "$fixed"; do "$READELF" -hW "$e" | awk '/Entry point/ {print $NF}'; done > "$W/entry"
differ "entry point" <(sed -n 1p "$W/entry") <(sed -n 2p "$W/entry")

# ranges: "start end" lines (decimal) -> the same, sorted and merged.
merge() {
  sort -n | awk 'NR == 1 {s = $1; e = $2; next}
                 $1 <= e {if ($2 > e) e = $2; next}
                 {printf "0x%08x-0x%08x\n", s, e; s = $1; e = $2}
                 END {if (NR) printf "0x%08x-0x%08x\n", s, e}'
}
# without START END: the ranges on stdin minus [START, END).
without() {
  while read -r s e; do
    if ((s < $1)); then echo "$s $((e < $1 ? e : $1))"; fi
    if ((e > $2)); then echo "$((s > $2 ? s : $2)) $e"; fi
  done
}
# PT_LOAD: Offset VirtAddr PhysAddr FileSiz MemSiz Flg... Align
loads() { "$READELF" -lW "$1" | awk '$1 == "LOAD"'; }
flash() {
  loads "$1" | while read -r _ _ _ p f _; do if ((f)); then echo $((p)) $((p + f)); fi; done
}
ram() {
  loads "$1" | awk '$7 ~ /W/ || $8 ~ /W/ {print $3, $6}' | while read -r v m; do echo $((v)) $((v + m)); done
}
flash "$placed" | without $((0x$hdr_addr)) "$hdr_end" | merge > "$W/pflash"
# .fill's range (a writable PT_LOAD in flash, in the plain link), if any.
fa=0 fe=0
if [[ -n $fill ]]; then read -r fa fs <<< "$fill"; fa=$((0x$fa)) fe=$((0x$fa + 0x$fs)); fi
flash "$fixed" | without $fa $fe | merge > "$W/fflash"
differ "flash ranges (PT_LOAD p_paddr .. + p_filesz, header and .fill left out)" "$W/pflash" "$W/fflash"
[[ -s $W/fflash ]] || { echo "no flash ranges compared"; bad=1; }
differ "RAM ranges (writable PT_LOAD p_vaddr .. + p_memsz, .fill left out)" <(ram "$placed" | merge) \
  <(ram "$fixed" | without $fa $fe | merge)

layout() { sections "$1" | awk '$7 ~ /A/ && $1 != ".rrld_header" && $1 != ".fill" {print $1, $2, $3, $5}'; }
differ "allocated sections (name type addr size)" <(layout "$placed") <(layout "$fixed")
names=$(sections "$fixed" | awk '($7 ~ /A/ && $2 != "NOBITS" && $1 != ".fill") || $1 == ".task_slot_table" || $1 == ".caboose_pos_table" || $1 ~ /^\.debug_/ {print $1}')
pdump=() fdump=()
for s in $names; do pdump+=(--dump-section "$s=$W/p$s"); fdump+=(--dump-section "$s=$W/f$s"); done
"$OBJCOPY" "${pdump[@]}" "$placed" "$W/junk"
"$OBJCOPY" "${fdump[@]}" "$fixed" "$W/junk"
sbrel=0 differing=()
for s in $names; do cmp -s "$W/p$s" "$W/f$s" || differing+=("$s"); done
# The one allowed difference: SB-relative fields against .bss/.uninit,
# which the plain link gets wrong (tests/hubris/sbrel.py says why).  One
# python run checks every section that differs; when one is wrong, each is
# checked again on its own, for its diagnostics.
if ((${#differing[@]})) &&
   python3 "$(dirname "$0")/sbrel.py" "$placed" "$fixed" "${differing[@]}" > "$W/sbrel.txt"; then
  cat "$W/sbrel.txt"
  sbrel=${#differing[@]}
else
  for s in "${differing[@]}"; do
    if python3 "$(dirname "$0")/sbrel.py" "$placed" "$fixed" "$s" > "$W/sbrel.txt"; then
      cat "$W/sbrel.txt"
      sbrel=$((sbrel + 1))
    else
      cat "$W/sbrel.txt"
      echo "section $s differs:"
      differ "$s" <(od -An -tx4 -Ax -v "$W/p$s") <(od -An -tx4 -Ax -v "$W/f$s")
      bad=1
    fi
  done
fi

# name value type section (by name: the header shifts the section indices)
symbols() {
  local index
  index=$(mktemp -p "$W")
  "$READELF" -SW "$1" | sed -n 's/^ *\[ *\([0-9]*\)\] \([^ ]*\).*/\1 \2/p' > "$index"
  "$READELF" -sW "$1" | awk 'NR == FNR {name[$1] = $2; next}
    FNR > 3 && $4 != "FILE" && $4 != "SECTION" && $8 !~ /^\.L/ && $8 != "" {
      n = $7; if (n in name) n = name[n]; print $8, $2, $4, n }' "$index" - | LC_ALL=C sort -u
}
symbols "$placed" > "$W/psyms"
symbols "$fixed" > "$W/fsyms"
differ "symbols (name value type section)" "$W/psyms" "$W/fsyms"
[[ -s $W/fsyms ]] || { echo "no symbols compared"; bad=1; }

if ((bad)); then echo "compare: $placed differs from $fixed"; exit 1; fi
echo "compare: $placed = $fixed ($(echo "$names" | wc -w) sections, $sbrel with SB-relative fields" \
  "off by lld's static base, $(wc -l < "$W/fsyms") symbols; flash $(tr '\n' ' ' < "$W/fflash"))"
