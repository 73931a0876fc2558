#!/usr/bin/env bash
# Writes the memory.x Hubris's build generates for one task
# (third_party/linker-scripts/hubris/example-memory.x shows its form), for
# task-link.x, which INCLUDEs it:
#
#   memory-x.sh DIR FLASH FLASH_LEN RAM RAM_LEN STACK [THIS_IMAGE]
#
# DIR/memory.x: the task's FLASH at FLASH, its RAM allocation at RAM with
# the STACK region (STACK bytes) at its bottom and the rest, AXI_SRAM,
# aliased as RAM right above it; __this_image and the image bounds as
# Hubris defines them (THIS_IMAGE, default 0x08000000; constants outside
# the task's memory).  Used by tests/hubris/task.sh and
# bench/hubris-links.sh.
set -euo pipefail
(($# == 6 || $# == 7)) || { echo "usage: $0 DIR FLASH FLASH_LEN RAM RAM_LEN STACK [THIS_IMAGE]" >&2; exit 2; }
dir=$1 flash=$(($2)) flash_len=$(($3)) ram=$(($4)) ram_len=$(($5)) stack=$(($6))
image=$((${7:-0x08000000}))
((stack < ram_len)) || { echo "memory-x.sh: stack $stack does not fit in RAM of $ram_len bytes" >&2; exit 2; }
mkdir -p "$dir"
x() { printf 0x%08x "$1"; }
cat > "$dir/memory.x" <<M
MEMORY
{
STACK (rwx) : ORIGIN = $(x $ram), LENGTH = $(x $stack)
AXI_SRAM (rwx) : ORIGIN = $(x $((ram + stack))), LENGTH = $(x $((ram_len - stack)))
FLASH (rwx) : ORIGIN = $(x $flash), LENGTH = $(x $flash_len)
}
REGION_ALIAS("RAM", AXI_SRAM);
__this_image = $(x $image);
__IMAGE_A_BASE = $(x $image);
__IMAGE_A_END = $(x $((image + 0x100000)));
M
