#!/usr/bin/env bash
# scripts.errors: what the image format cannot hold, asked for by a linker
# script, is refused with the output section's name, the script's file:line
# and what to change; nothing is written.
source "$(dirname "$0")/lib.sh"

# expect_refused PATTERN OUT CMD...: as expect_error, and OUT is not written.
expect_refused() {
  local pattern=$1 out=$2; shift 2
  expect_error "$pattern" "$@"
  [[ ! -e $out ]] || fail "$out written despite the error"
}

# 1. Several RAM regions: a Hubris task with a buffer in .eth_bulk, which
# memory.x puts in SRAM1_MAC (INSERT AFTER .uninit).  The format has one RW
# region: refused, naming every RW section with its memory and line.
hubris_memory
line=$(grep -n '^  \.eth_bulk' memory.x | cut -d: -f1)
data_line=$(grep -n '^  \.data' "$SCRIPTS/hubris/task-link.x" | cut -d: -f1)
app eth.o - <<'C'
__attribute__((section(".eth_bulk"))) char eth_buf[64];
int counter = 1;
int main(void) { eth_buf[3] = (char)counter; return eth_buf[3] - 1; }
C
expect_refused "RW output sections lie in 2 memories" eth.elf hubris_link eth.elf eth.o
grep -q ">>> \.eth_bulk (memory\.x:$line) in memory SRAM1_MAC, 64 bytes" out.txt || fail ".eth_bulk's line"
grep -q ">>> \.data (.*/task-link\.x:$data_line) in memory AXI_SRAM" out.txt || fail ".data's memory (REGION_ALIAS RAM)"
grep -q "fix: keep every writable output section in AXI_SRAM, .data's memory: place .eth_bulk (SRAM1_MAC) there" out.txt ||
  fail "no fix"

# A plain script for the rest: the header is inserted before .text.
cc start.o "$SRC/tests/programs/start.c"
cc app.o - <<'C'
int x = 4;
int y;
int main(void) { return x + y; }
C
ld_script() { # ld_script FILE BSS-DESCRIPTION [FIRST]: FLASH/RAM script
  cat > "$1" <<L
MEMORY {
  FLASH (rx) : ORIGIN = 0x08000000, LENGTH = 64K
  RAM (rwx)  : ORIGIN = 0x20000000, LENGTH = 16K
}
ENTRY(_start)
SECTIONS {
${3:-}
  .text : { *(.text*) } > FLASH
  .rodata : { *(.rodata*) } > FLASH
  .data : { *(.data*) } > RAM AT > FLASH
$2
}
L
}
# The plain form links: .bss is given .data's load region.
ld_script ok.ld '  .bss (NOLOAD) : { *(.bss*) } > RAM'
"$RRLD" -T ok.ld start.o app.o -o ok.elf
"$RRLD" verify ok.elf

# 2. RW over two PT_LOADs: a .bss with its own load address (AT(...)) is
# not restated; refused with the line and the fix.
ld_script at.ld '  .bss : AT(0x08008000) { *(.bss*) } > RAM'
lineof() { grep -n "^  $1 " "$2" | cut -d: -f1; }
expect_refused "RW output section \.bss \(at\.ld:$(lineof .bss at.ld)\) starts a second writable PT_LOAD after \.data \(at\.ld:$(lineof .data at.ld)\): it has its own load address, AT\(\.\.\.\)" \
  at.elf "$RRLD" -T at.ld start.o app.o -o at.elf
grep -q "fix: give .bss the load region 'AT > FLASH'" out.txt || fail "no fix for AT()"

# 3. The same for a .bss holding PROVIDE, which lld 19 would ignore in the
# restated description.
ld_script provide.ld '  .bss (NOLOAD) : { PROVIDE(bss_start = .); *(.bss*) } > RAM'
expect_refused "RW output section \.bss \(provide\.ld:$(lineof .bss provide.ld)\) starts a second writable PT_LOAD.*it holds PROVIDE" \
  provide.elf "$RRLD" -T provide.ld start.o app.o -o provide.elf

# 4. A script whose first output section is writable: the header rrld puts
# before it lands in RW.
ld_script first.ld '  .bss (NOLOAD) : { *(.bss*) } > RAM' '  .ram_first : { *(.data.first*) } > RAM'
cc first.o - <<'C'
__attribute__((section(".data.first"))) int first = 1;
int main(void) { return first; }
C
expect_refused "rrld put the image header before \.ram_first \(first\.ld:$(lineof .ram_first first.ld)\), the script's first output section, but that section is writable" \
  first.elf "$RRLD" -T first.ld start.o first.o -o first.elf

# 5. Read-only data holding flash addresses that the script puts into an
# executable section (libtock-c's .text takes *(.rodata*)): named with the
# script line, and --rrld-ro-relocs=ram is the way out.
app table.o - <<'C'
static const char *const names[] = {"a", "bb", "ccc"};
int pick;
int main(void) { return names[pick][0] - 'a'; }
C
text_line=$(grep -n '^    \.text :' "$SCRIPTS/libtock-c/userland_generic.ld" | cut -d: -f1)
expect_refused "\(\.rodata\.names\) that the linker script puts into the executable output section \.text \(.*/userland_generic\.ld:$text_line\)" \
  table.elf libtock_c_link table.elf table.o
grep -q "fix: pass --rrld-ro-relocs=ram" out.txt || fail "no fix for rodata in .text"
libtock_c_link table.elf table.o --rrld-ro-relocs=ram
"$RRLD" verify table.elf

# 6. Scripts lld cannot parse, or INCLUDEs it cannot follow: rrld's reading
# of the script never hangs or crashes; lld's error stands.
printf 'SECTIONS { .text : { *(.text*) } } }\n' > stray.ld
printf 'SECTIONS { .text : { *(.text*) /* open\n' > open.ld
printf 'INCLUDE "missing.ld\nSECTIONS { }\n' > quote.ld
printf 'INCLUDE nothere.ld\n' > missing.ld
printf 'INCLUDE cycle.ld\n' > cycle.ld
for s in stray open quote missing cycle; do
  expect_error "ld.lld: error: .*$s\.ld" timeout 20 "$RRLD" -T $s.ld start.o app.o -o bad.elf
  [[ ! -e bad.elf ]] || fail "bad.elf written"
done
