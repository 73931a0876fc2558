#!/usr/bin/env bash
# scripts.hubris_link: a Hubris task in C linked with Hubris's own
# task-link.x, unmodified, and a memory.x of the form Hubris's build writes
# (with the per-task .eth_bulk INSERT AFTER .uninit).  Before rrld read
# scripts, this link failed with "no .rrld_header output section"; with a
# header added by hand, RW was split over several writable PT_LOADs, .fill
# was a writable section in flash and rw_init_size was the distance from
# flash to RAM.  Checked: the image header is inserted first in FLASH, .fill
# is left out, .data/.bss/.uninit are one RW PT_LOAD whose initial data is
# .data alone, the INFO sections are carried with their relocations, and the
# task runs relocated on the QEMU test kernel, kernel-loaded and
# self-relocating.
source "$(dirname "$0")/lib.sh"
hubris_memory
app task.o - <<'C'
#include "rrld_app.h"
#include <stdint.h>
/* Hubris's task slot table: an entry names a slot the packager patches. */
struct slot_entry { const char *name; const uint16_t *slot; };
const uint16_t peer_slot = 7;
__attribute__((used, section(".task_slot_table")))
const struct slot_entry peer_entry = {"peer", &peer_slot};
static int twice(int x) { return 2 * x; }
static int thrice(int x) { return 3 * x; }
int (*const ops[])(int) = {twice, thrice}; /* RO->RO words */
int counter = 5;                           /* .data */
int *counter_ptr = &counter;               /* RW->RW */
int zeroed[6];                             /* .bss */
__attribute__((section(".uninit"))) int scratch[4];
int main(void) {
  for (int i = 0; i < 6; ++i)
    zeroed[i] += i; /* .bss must start zero */
  scratch[1] = ops[zeroed[1]](*counter_ptr) + ops[zeroed[0]](zeroed[5]); /* 15 + 10 */
  rrld_printf("hubris task: code at %p, data at %p, answer %d\n", (void *)main,
              (void *)&counter, scratch[1] + peer_slot);
  return scratch[1] + peer_slot - 32;
}
C
hubris_link task.elf task.o --rrld-verbose > verbose.txt
cat verbose.txt
grep -q "image header inserted before .text" verbose.txt || fail "no header insertion reported"
grep -q "\.fill pads flash after the image" verbose.txt || fail ".fill not recognised"
"$RRLD" verify task.elf || fail "verify"

"$READELF" -lSW task.elf > re.txt
cat re.txt
# The header is the first thing in FLASH.
grep -qE '\.rrld_header +PROGBITS +08020000 ' re.txt || fail "header not at FLASH's origin"
! grep -q ' \.fill ' re.txt || fail ".fill is still in the output"
# One writable PT_LOAD, holding all three RW sections.
expect_eq "$(grep -cE '^ +LOAD .* RW ' re.txt)" 1 "writable PT_LOADs"
grep -qE '^ +[0-9]+ +\.data \.bss \.uninit *$' re.txt || fail ".data .bss .uninit not one segment"
# INFO sections: not allocated, carried with their relocations.
grep -qE '\.task_slot_table +PROGBITS +00000000 [0-9a-f]+ 000008 00  ' re.txt ||
  fail ".task_slot_table not carried as a non-allocated section"
grep -q '\.rel\.task_slot_table' re.txt || fail ".task_slot_table's relocations are gone"

"$RRLD" inspect --json task.elf > i.json
expect_eq "$(json_field i.json ro_link_addr)" $((0x08020000)) ro_link_addr
expect_eq "$(json_field i.json rw_link_addr)" $((0x24010800)) rw_link_addr
init=$(json_field i.json rw_init_size)
(( init > 0 && init <= 32 )) || fail "rw_init_size $init: .data alone is a few words"
(( $(json_field i.json rw_zero_size) >= 40 )) || fail ".bss and .uninit are not zeroed RAM"
expect_eq "$(json_field i.json relocs.ro_to_ro)" 2 "RO->RO words (ops)"

# Relocated: twice kernel-loaded and twice self-relocating, at random
# placements.
"$SRC/scripts/rrld-run" --build "$BUILD" --board mps2-an386 -q --timeout 60 \
  task.elf task.elf task.elf:self task.elf:self > run.txt 2>&1 || { cat run.txt; fail "run"; }
cat run.txt
expect_eq "$(grep -c 'exit 0 (expected exit 0): ok' run.txt)" 4 "tasks that ran"
