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
