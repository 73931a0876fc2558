#!/usr/bin/env bash
# scripts.libtock_rs: a C app linked with libtock-rs's libtock_layout.ld,
# unmodified, included from the layout file libtock-rs's build script
# (build_scripts' auto_layout) writes, found through -L as cargo's
# rustc-link-search gives it, with -z max-page-size=4096 as auto_layout
# passes.  The app's entry is the Tock runtime's _start; the layout's
# ENTRY(start) and its rt_header name `start`, which libtock-rs's runtime
# defines: here --defsym=start=_start.  Checked: the header goes before
# .start, .data and .bss (NOLOAD, AT > FLASH) are one RW PT_LOAD, and the
# app runs relocated on the Tock kernel (scripts/tock-run), twice.
source "$(dirname "$0")/lib.sh"
app app.o "$SRC/tests/scripts/tock-app.c"
# What auto_layout writes for LIBTOCK_LINKER_FLASH/RAM (lib.rs).
printf '%s\n' 'TBF_HEADER_SIZE = 0x80;' 'FLASH_START = 0x00040000;' 'FLASH_LENGTH = 0x00040000;' \
  'RAM_START = 0x20008000;' 'RAM_LENGTH = 62K;' 'INCLUDE libtock_layout.ld;' > layout.ld
"$RRLD" -L "$SRC/third_party/libtock-rs/build_scripts" -T layout.ld -zmax-page-size=4096 app.o \
  "${TOCK_LIBS[@]}" --defsym=start=_start --defsym=__init_array_start=data_ram_start \
  --defsym=__init_array_end=data_ram_start -o app.elf --rrld-verbose > verbose.txt
cat verbose.txt
grep -q "image header inserted before .start" verbose.txt || fail "no header insertion"
"$RRLD" verify app.elf

"$READELF" -lSW app.elf > re.txt
cat re.txt
# FLASH starts after the TBF header's room.
grep -qE '\.rrld_header +PROGBITS +00040080 ' re.txt || fail "header not at FLASH's origin"
expect_eq "$(grep -cE '^ +LOAD .* RW ' re.txt)" 1 "writable PT_LOADs"
grep -qE '^ +[0-9]+ +(\.stack )?\.data \.bss *$' re.txt || fail ".data .bss not one segment"
"$RRLD" inspect --json app.elf > i.json
expect_eq "$(json_field i.json rw_link_addr)" $((0x20008000)) rw_link_addr
(( $(json_field i.json relocs.ro_to_ro) >= 3 )) || fail "the names table is not patched in flash"

"$SRC/scripts/tock-run" --build "$BUILD" -q --timeout 60 app.elf app.elf > run.txt 2>&1 ||
  { cat run.txt; fail "run"; }
cat run.txt
expect_eq "$(grep -c 'exit 0 (expected exit 0): ok' run.txt)" 2 "apps that ran"
