# The default layout: .data stays writable even when a program has no
# initialised data, so SB-relative references to the symbols the layout
# defines there (__init_array_start ...) resolve against RW.
source "$(dirname "$0")/lib.sh"
TARGET=thumbv6m-none-eabi CPU=cortex-m0
CFLAGS=(--target=$TARGET -mcpu=$CPU -Os -ffreestanding -ffunction-sections -fdata-sections)
start
cc app.o - <<'C'
extern void (*__init_array_start[])(void);
extern void (*__init_array_end[])(void);
int zero;
int main(void) {
  for (void (**f)(void) = __init_array_start; f != __init_array_end; ++f)
    (*f)();
  return zero;
}
C
"$RRLD" --gc-sections start.o app.o -o app.elf
"$READELF" -SW app.elf | grep -E '\.data +PROGBITS +20000000 [0-9a-f]+ 000000 00 +WA' || fail ".data is not writable"
"$READELF" -sW app.elf | grep -E '20000000 +0 NOTYPE +(LOCAL|GLOBAL) +(DEFAULT|HIDDEN) +[0-9]+ __init_array_start' || fail "symbol"
"$RRLD" verify app.elf
# The layout names its pieces.
"$RRLD" --rrld-print-default-script > d.ld
for s in .rrld_header .text .ARM.exidx .rodata .data .bss __init_array_start .data.rrld_anchor; do
  grep -qF -- "$s" d.ld || fail "default layout lacks $s"
done

# An image without any RW data still verifies, inspects and places.
as norw.o <<'S'
  .syntax unified
  .text
  .globl _start
  .thumb_func
_start: b _start
S
"$RRLD" norw.o -o norw.elf
"$RRLD" verify norw.elf
"$RRLD" inspect --json norw.elf > norw.json
expect_eq "$(json_field norw.json rw_init_size)" 0 "no-RW rw_init_size"
"$RRLD" place --ro 0x1000 --rw 0x20001000 norw.elf -o norw-placed.elf

# .bss rounded up to a multiple of 8 in the header (RRLD_RAM_ALIGN): 12 bytes
# of zeros after 16 of data take 16, and the app break follows with no
# rounding of its own.
as bss.o <<'S'
  .syntax unified
  .text
  .globl _start
  .thumb_func
_start: b _start
  .data
  .word 1, 2, 3, 4
  .bss
  .space 12
S
"$RRLD" bss.o -o bss.elf
"$READELF" -SW bss.elf | grep -E '\.bss +NOBITS +20000010 [0-9a-f]+ 00000c' || fail ".bss is not 12 bytes at 0x20000010"
"$RRLD" inspect --json bss.elf > bss.json
expect_eq "$(json_field bss.json rw_init_size)" 16 "rw_init_size"
expect_eq "$(json_field bss.json rw_zero_size)" 16 "rw_zero_size rounded up to 8"
"$RRLD" verify bss.elf
