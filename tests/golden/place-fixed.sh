# rrld place -o gives what a fixed link at the placed addresses gives
# (tests/hubris/task.sh compares whole tasks with ld.lld); here the rules
# one at a time, and place's refusals:
#  - a writable segment loaded from flash (`> RAM AT > FLASH`) has its load
#    address moved with RO, right after RO;
#  - an absolute symbol a script defined from an address moves with the
#    segment its value lies in, a constant stays;
#  - absolute words in non-loaded sections move with their symbols;
#  - refused: RW's initial data loaded anywhere but right after RO, and a
#    relocation in a non-loaded section place cannot move.
source "$(dirname "$0")/lib.sh"
start
cc app.o - <<'C'
int x = 4;
int *px = &x;
const int k = 5;
int main(void) { return *px + k; }
C
as info.o <<'S'
        .section .info_table, "", %progbits
        .word   x
        .word   k
        .word   main
S
cat > app.ld <<'L'
MEMORY {
  FLASH (rx) : ORIGIN = 0x08040000, LENGTH = 256K
  RAM (rwx)  : ORIGIN = 0x20010000, LENGTH = 64K
}
ENTRY(_start)
SECTIONS {
  .rrld_header : { . += 96; } > FLASH
  .text : { *(.text*) } > FLASH
  .rodata : { *(.rodata*) . = ALIGN(4); __erodata = .; } > FLASH
  .data : { *(.data*) } > RAM AT > FLASH
  .bss : { *(.bss*) } > RAM AT > FLASH
  .info_table (INFO) : { KEEP(*(.info_table)) }
  __sidata = LOADADDR(.data);
  __ram_end = ORIGIN(RAM) + LENGTH(RAM);
  __in_ram = ORIGIN(RAM) + 4;
}
L
"$RRLD" -T app.ld start.o app.o info.o -o app.elf
"$RRLD" place --ro 0x100000 --rw 0x20400000 app.elf -o p.elf
# Outputs written over longer files of the same names are cut to length, and
# an ELF placed over itself is the same as one placed to a new file.
cat p.elf p.elf > again.elf
cat p.elf.bin p.elf.bin > again.bin
"$RRLD" place --ro 0x100000 --rw 0x20400000 app.elf -o again.elf --bin again.bin
cmp p.elf again.elf || fail "an ELF written over a longer file"
cmp p.elf.bin again.bin || fail "a flat image written over a longer file"
cp app.elf self.elf
"$RRLD" place --ro 0x100000 --rw 0x20400000 self.elf -o self.elf --bin self.bin
cmp p.elf self.elf || fail "an ELF placed over itself"
sym() { "$READELF" -sW "$1" | awk -v n="$2" '$8 == n {print $2}'; }
lma() { "$READELF" -lW "$1" | awk '$1 == "LOAD" && $7 ~ /W/ {print $4}'; }
ro_size=$("$RRLD" inspect --json app.elf | grep -oE '"ro_size": [0-9]+' | awk '{print $2}')
expect_eq "$(lma p.elf)" "$(printf 0x%08x $((0x100000 + ro_size)))" "RW's load address"
expect_eq "$(sym p.elf __sidata)" "$(printf %08x $((0x100000 + ro_size)))" __sidata
expect_eq "$(sym p.elf __erodata)" "$(printf %08x $((0x100000 + 0x$(sym app.elf __erodata) - 0x08040000)))" __erodata
expect_eq "$(sym p.elf __in_ram)" 20400004 __in_ram
expect_eq "$(sym p.elf __ram_end)" 20020000 "__ram_end (outside the image: stays)"
words=$("$OBJDUMP" -s -j .info_table p.elf | awk '/^ 0000/ {print $2, $3, $4}')
le() { printf '%08x' "$1" | sed -E 's/(..)(..)(..)(..)/\4\3\2\1/'; }
expect_eq "$words" "$(le 0x$(sym p.elf x)) $(le 0x$(sym p.elf k)) $(le 0x$(sym p.elf main))" ".info_table words"
[[ $(sym p.elf x) == 204* && $(sym p.elf k) == 001* ]] || fail "x or k did not move"

# .data aligned to 8 after a .rodata ending at 4 mod 8: lld puts the load
# address 4 bytes after RO, the image keeps RW's data right after it.
cc big.o - <<'C'
long long big = 1;
const int k = 5;
int main(void) { return (int)big + k; }
C
sed 's/__erodata = .; }/. = ALIGN(8); . += 4; __erodata = .; }/' app.ld > gap.ld
"$RRLD" -T gap.ld start.o big.o -o gap.elf
expect_error "the writable segment at 0x20010000 is loaded from 0x[0-9a-f]+, but the image keeps RW's initial data right after RO, at 0x[0-9a-f]+; end the last RO output section aligned to RW's alignment \(8\)" \
  "$RRLD" place --ro 0x100000 --rw 0x20400000 gap.elf -o gap.p.elf
[[ ! -e gap.p.elf ]] || fail "wrote an output after an error"

# A relocation place cannot move in a non-loaded section: an instruction's
# absolute immediate (R_ARM_THM_MOVW_ABS_NC).
as info16.o <<'S'
        .syntax unified
        .thumb
        .section .info_table, "", %progbits
        movw    r0, #:lower16:main
S
"$RRLD" -T app.ld start.o app.o info16.o -o i16.elf
expect_error "\.rel\.info_table: cannot move R_ARM_THM_MOVW_ABS_NC at offset 0x0 in the non-loaded section \.info_table to the placed addresses: only absolute words" \
  "$RRLD" place --ro 0x100000 --rw 0x20400000 i16.elf -o i16.p.elf

# An ELF of 256 KiB or more is read into a huge page (HugePageFileBuffer in
# linker/src/Image.cpp) rather than mapped: placed at its own link addresses,
# it comes back byte for byte.
cc blob.o - <<'C'
const char blob[300000] = {1, 2, 3};
int *p = (int *)&blob[8];
int main(void) { return blob[0] + *p; }
C
"$RRLD" start.o blob.o -o blob.elf
(( $(stat -c %s blob.elf) >= 262144 )) || fail "blob.elf is smaller than 256 KiB"
"$RRLD" inspect --json blob.elf > blob.json
"$RRLD" place --ro "$(json_field blob.json ro_link_addr)" --rw "$(json_field blob.json rw_link_addr)" \
  blob.elf -o blob.p.elf
cmp blob.elf blob.p.elf || fail "a large ELF placed at its link addresses changed"
