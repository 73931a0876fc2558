# A user linker script with MEMORY regions: rrld honours it and finds RO
# and RW in it; the link addresses appear in the header.
source "$(dirname "$0")/lib.sh"
start
cc app.o - <<'C'
static int f(void) { return 3; }
int (*fp)(void) = f;
int x = 4;
int *px = &x;
int main(void) { return fp() + *px; }
C
cat > app.ld <<'L'
MEMORY {
  FLASH (rx) : ORIGIN = 0x08040000, LENGTH = 256K
  RAM (rwx)  : ORIGIN = 0x20010000, LENGTH = 64K
}
ENTRY(_start)
SECTIONS {
  .rrld_header : { . += 96; } > FLASH
  .text : { *(.text*) } > FLASH
  .rodata : { *(.rodata*) } > FLASH
  .data : { *(.data*) } > RAM AT > FLASH
  .bss : { *(.bss*) } > RAM AT > FLASH
}
L
"$RRLD" -T app.ld start.o app.o -o app.elf
# Without the same load region lld would split RW into two PT_LOADs, each
# with its own static base: rrld gives .bss .data's load region (a second
# script for lld, OVERWRITE_SECTIONS), so RW stays one PT_LOAD.
# (tests/scripts/errors.sh has the cases it cannot restate.)
sed 's/.bss : { \*(.bss\*) } > RAM AT > FLASH/.bss : { *(.bss*) } > RAM/' app.ld > split.ld
grep -q '> RAM$' split.ld || fail "sed"
"$RRLD" -T split.ld start.o app.o -o split.elf --rrld-verbose | contains ".bss given the load region" ||
  fail ".bss not restated"
expect_eq "$("$READELF" -lW split.elf | grep -cE '^ +LOAD .* RW ')" 1 "writable PT_LOADs"
"$RRLD" inspect --json app.elf > i.json
expect_eq "$(json_field i.json ro_link_addr)" $((0x08040000)) ro_link_addr
expect_eq "$(json_field i.json rw_link_addr)" $((0x20010000)) rw_link_addr
expect_eq "$(json_field i.json relocs.rw_to_ro)" 1 rw_to_ro
expect_eq "$(json_field i.json relocs.rw_to_rw)" 1 rw_to_rw
# --rrld-print-default-script shows the default layout with chosen origins.
"$RRLD" --rrld-print-default-script --rrld-ro-origin=0x1000 --rrld-rw-origin=0x20004000 > d.ld
grep -q ". = 0x1000;" d.ld && grep -q ". = 0x20004000;" d.ld || fail "origins"
"$RRLD" --rrld-ro-origin=0x1000 --rrld-rw-origin=0x20004000 start.o app.o -o d.elf
"$RRLD" inspect --json d.elf > d.json
expect_eq "$(json_field d.json ro_link_addr)" $((0x1000)) ro_link_addr
expect_eq "$(json_field d.json rw_link_addr)" $((0x20004000)) rw_link_addr

# An absolute symbol whose value lies inside the image: linkable, but warned
# about, since the address will not move with the image.
cc abs.o - <<'C'
extern char __stack_top[];
char *top = __stack_top;
int main(void) { return *top; }
C
"$RRLD" --defsym=__stack_top=0x40 start.o abs.o -o abs.elf 2> warn.txt
cat warn.txt
grep -q "warning: .*R_ARM_ABS32 against '__stack_top' holds the absolute symbol.s value 0x40, which lies inside the image" warn.txt || fail "no warning"
"$RRLD" --defsym=__stack_top=0x40000000 start.o abs.o -o abs2.elf 2> warn2.txt
[[ ! -s warn2.txt ]] || fail "warned about an address outside the image"
