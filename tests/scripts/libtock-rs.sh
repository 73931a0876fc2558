#!/usr/bin/env bash
# scripts.libtock_rs: a C app and a Rust app linked with libtock-rs's
# libtock_layout.ld, unmodified, run relocated on the Tock kernel.
#
# The C app: linked with libtock_layout.ld,
# unmodified, included from the layout file libtock-rs's build script
# (build_scripts' auto_layout) writes, found through -L as cargo's
# rustc-link-search gives it, with -z max-page-size=4096 as auto_layout
# passes.  The app's entry is the Tock runtime's _start; the layout's
# ENTRY(start) and its rt_header name `start`, which libtock-rs's runtime
# defines: here --defsym=start=_start.  Checked: the header goes before
# .start, .data and .bss (NOLOAD, AT > FLASH) are one RW PT_LOAD.
#
# The Rust app (rust/libtock-layout, built by the build): the console app
# of rust/tock-apps (libtock-rs's console driver on rrld-rt) linked by
# cargo with libtock-rs's own build script, auto_layout(), which writes the
# layout for LIBTOCK_PLATFORM (imix) and passes -T and -zmax-page-size to
# rrld; --defsym=start=_start in the app's build script.  Checked the same
# way, and that rt_header's first word (libtock-rs's `start`) is the entry.
#
# Both run relocated on the Tock kernel (scripts/tock-run), in one boot:
# the C app twice, the Rust app once.
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
# Writable data in a section the layout does not describe (an orphan, which
# lld places after .data without its load region): the error names it.
app orphan.o - <<'C'
__attribute__((section("myset"))) int in_myset = 1;
int *use_myset(void) { return &in_myset; }
C
expect_error "RW output section myset is an orphan: the linker script does not describe it" \
  "$RRLD" -L "$SRC/third_party/libtock-rs/build_scripts" -T layout.ld -zmax-page-size=4096 app.o \
  orphan.o -u use_myset "${TOCK_LIBS[@]}" --defsym=start=_start \
  --defsym=__init_array_start=data_ram_start --defsym=__init_array_end=data_ram_start -o orphan.elf

"$READELF" -lSW app.elf > re.txt
cat re.txt
# FLASH starts after the TBF header's room.
grep -qE '\.rrld_header +PROGBITS +00040080 ' re.txt || fail "header not at FLASH's origin"
expect_eq "$(grep -cE '^ +LOAD .* RW ' re.txt)" 1 "writable PT_LOADs"
grep -qE '^ +[0-9]+ +(\.stack )?\.data \.bss *$' re.txt || fail ".data .bss not one segment"
"$RRLD" inspect --json app.elf > i.json
expect_eq "$(json_field i.json rw_link_addr)" $((0x20008000)) rw_link_addr
(( $(json_field i.json relocs.ro_to_ro) >= 3 )) || fail "the names table is not patched in flash"

# The Rust app.
rust=$BUILD/tock/rust-apps/$core/layout_console
[[ -f $rust.elf ]] || { cat "$rust.error" 2> /dev/null; fail "$rust.elf was not built"; }
cp "$rust.elf" rust_layout.elf
"$RRLD" verify rust_layout.elf
"$READELF" -lSW rust_layout.elf > rre.txt
cat rre.txt
grep -qE '\.rrld_header +PROGBITS +00040080 ' rre.txt || fail "Rust app: header not at FLASH's origin (imix: 0x40000 + 0x80)"
grep -qE ' \.start +PROGBITS ' rre.txt || fail "Rust app: no .start (rt_header)"
expect_eq "$(grep -cE '^ +LOAD .* RW ' rre.txt)" 1 "Rust app: writable PT_LOADs"
grep -qE '^ +[0-9]+ +(\.stack )?\.data \.bss *$' rre.txt || fail "Rust app: .data .bss not one segment"
"$RRLD" inspect --json rust_layout.elf > ri.json
expect_eq "$(json_field ri.json rw_link_addr)" $((0x20008000)) "Rust app: rw_link_addr"
# rt_header's first word: `start` (= rrld-rt's _start) without the Thumb bit.
entry=$("$READELF" -hW rust_layout.elf | awk '/Entry point/ {print $NF}')
read -r saddr soff < <("$READELF" -SW rust_layout.elf | sed -n 's/^ *\[ *[0-9]*\] //p' | awk '$1 == ".start" {print $3, $4}')
word=$(od -An -tx4 -N4 -j $((0x$soff)) rust_layout.elf | tr -d ' ')
expect_eq "$((0x$word))" $((entry & ~1)) "Rust app: rt_header's start"

"$SRC/scripts/tock-run" --build "$BUILD" --timeout 60 app.elf app.elf rust_layout.elf > run.txt 2>&1 ||
  { cat run.txt; fail "run"; }
cat run.txt
expect_eq "$(grep -c 'exit 0 (expected exit 0): ok' run.txt)" 3 "apps that ran"
grep -q "console: 3 checks ok" run.txt || fail "the Rust app's checks"
