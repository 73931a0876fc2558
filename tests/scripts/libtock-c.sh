#!/usr/bin/env bash
# scripts.libtock_c: a C app linked with libtock-c's userland_generic.ld,
# unmodified, as libtock-c's Makefile links (STACK_SIZE on the command
# line), and the Tock runtime: the image header goes before .crt0_header,
# the .stack reservation (assignments only) stays out of the image, .bss
# joins .got and .data in one RW PT_LOAD, and the app runs relocated on the
# Tock kernel (scripts/tock-run), twice.  The script puts *(.rodata*) into
# .text, so the table of string addresses moves to RAM
# (--rrld-ro-relocs=ram; scripts.errors checks the refusal without it).
source "$(dirname "$0")/lib.sh"
app app.o "$SRC/tests/scripts/tock-app.c"
libtock_c_link app.elf app.o --rrld-ro-relocs=ram --rrld-verbose > verbose.txt
cat verbose.txt
grep -q "image header inserted before .crt0_header" verbose.txt || fail "no header insertion"
grep -q "\.stack is padding, left out of the image" verbose.txt || fail ".stack not padding"
grep -q "\.bss given the load region" verbose.txt || fail ".bss not restated"
"$RRLD" verify app.elf

"$READELF" -lSW app.elf > re.txt
cat re.txt
grep -qE '\.rrld_header +PROGBITS +80000000 ' re.txt || fail "header not at FLASH's origin"
grep -qE '\.stack +PROGBITS +00000000 [0-9a-f]+ 000800 00  ' re.txt || fail ".stack still allocated"
expect_eq "$(grep -cE '^ +LOAD .* RW ' re.txt)" 1 "writable PT_LOADs"
grep -qE '^ +[0-9]+ +\.got \.data \.bss *$' re.txt || fail ".got .data .bss not one segment"
"$RRLD" inspect --json app.elf > i.json
expect_eq "$(json_field i.json rw_link_addr)" $((0x800)) "rw_link_addr (SRAM after the stack)"

"$SRC/scripts/tock-run" --build "$BUILD" -q --timeout 60 app.elf app.elf > run.txt 2>&1 ||
  { cat run.txt; fail "run"; }
cat run.txt
expect_eq "$(grep -c "exit 0 (expected exit 0): ok" run.txt)" 2 "apps that ran"
