# Layouts the loader cannot place: each gets its own error.
source "$(dirname "$0")/lib.sh"
start
cc app.o - <<'C'
int a = 1, b;
int main(void) { return a + b; }
C

# A user script that does not reserve the header: rrld inserts it before
# the first output section (tests/scripts has the ecosystem's scripts), but
# lld places the orphan .ARM.exidx before it.
cat > nohdr.ld <<'L'
SECTIONS { . = 0x1000; .text : { *(.text*) } .rodata : { *(.rodata*) } . = 0x20000000; .data : { *(.data*) } .bss : { *(.bss*) } }
L
expect_error "rrld put the image header before .text \(nohdr.ld:1\), the script's first output section, but lld placed the read-only section .ARM.exidx \(not in the linker script\) at 0x1000" \
  "$RRLD" -T nohdr.ld start.o app.o -o x.elf
grep -q "fix: describe .ARM.exidx in the script after .text, or discard it" out.txt || fail "no fix"
# With the orphan discarded, the same script links.
sed 's|} }$|} /DISCARD/ : { *(.ARM.exidx*) } }|' nohdr.ld > nohdr2.ld
grep -q DISCARD nohdr2.ld || fail "sed"
"$RRLD" -T nohdr2.ld start.o app.o -o x.elf
"$RRLD" verify x.elf
# A script with no SECTIONS has nowhere to put the header.
echo 'ENTRY(_start)' > nosections.ld
expect_error "no .rrld_header output section in the RO region" "$RRLD" -T nosections.ld start.o app.o -o x.elf

# The header not first in RO.
cat > late.ld <<'L'
SECTIONS { . = 0x1000; .text : { *(.text*) } .rrld_header : { . += 96; } .rodata : { *(.rodata*) } . = 0x20000000; .data : { *(.data*) } .bss : { *(.bss*) } }
L
expect_error "it must be the first RO section" "$RRLD" -T late.ld start.o app.o -o x.elf

# RW split over two PT_LOADs: lld would give each its own static base.
cat > split.ld <<'L'
PHDRS { ro PT_LOAD; rw1 PT_LOAD; rw2 PT_LOAD; }
SECTIONS { . = 0; .rrld_header : { . += 96; } :ro .text : { *(.text*) } :ro .rodata : { *(.rodata*) } :ro
  . = 0x20000000; .data : { *(.data*) } :rw1 . = 0x20001000; .bss : { *(.bss*) } :rw2 }
L
expect_error "RW output section \.bss \(split\.ld:3\) starts a second writable PT_LOAD after \.data \(split\.ld:3\): the script assigns it to program headers \(PHDRS\)" \
  "$RRLD" -T split.ld start.o app.o -o x.elf

# The writable PT_LOAD starting before RW's first section: lld would count
# SB-relative offsets from the segment's start, but r9 is RW's start.
cat > sb.ld <<'L'
PHDRS { ro PT_LOAD; rw PT_LOAD FLAGS(6); }
SECTIONS { . = 0; .rrld_header : { . += 96; } :ro .text : { *(.text*) } :ro .rodata : { *(.rodata*) } :ro
  . = 0x20000000; .start : { __rw_start = .; } :rw . += 0x40; .data : { *(.data*) } :rw .bss : { *(.bss*) } :rw }
L
expect_error "the writable PT_LOAD segment starts at 0x20000000, but RW's first section is at 0x20000040" \
  "$RRLD" -T sb.ld start.o app.o -o x.elf
[[ ! -e x.elf ]] || fail "an output was written"

# No entry point.
expect_error "entry point 0x0 is not a Thumb function in RO code; define _start" "$RRLD" app.o -o x.elf

# Dynamic output.
expect_error "(rrld makes static images|recompile with -fPIC)" "$RRLD" -shared start.o app.o -o x.so

# Thread-local storage.
cc tls.o - <<'C'
_Thread_local int t;
int *tp(void) { return &t; }
void *__aeabi_read_tp(void) { return 0; }
C
expect_error "(thread-local|TLS)" "$RRLD" start.o app.o tls.o -o x.elf

# A header reservation that is too small.
cat > small.ld <<'L'
SECTIONS { . = 0; .rrld_header : { . += 16; } .text : { *(.text*) } .ARM.exidx : { *(.ARM.exidx*) } .rodata : { *(.rodata*) } . = 0x20000000; .data : { *(.data*) } .bss : { *(.bss*) } }
L
expect_error "\.rrld_header is 16 bytes; it must reserve 96 bytes" "$RRLD" -T small.ld start.o app.o -o x.elf

# RO and RW interleaved, so their ranges overlap.
cat > overlap.ld <<'L'
SECTIONS { . = 0; .rrld_header : { . += 96; } .text : { *(.text*) } .ARM.exidx : { *(.ARM.exidx*) } .data : { *(.data*) } .rodata : { *(.rodata*) } .bss : { *(.bss*) } }
L
cc ro.o - <<'C'
const char msg[] = "hello";
int v = 1;
int main(void) { return msg[v]; }
C
expect_error "RO \[0x0, 0x[0-9a-f]+\) and RW \[0x[0-9a-f]+, 0x[0-9a-f]+\) overlap" "$RRLD" -T overlap.ld start.o ro.o -o x.elf

# A segment that starts below its sections' alignment.
cc aligned.o - <<'C'
_Alignas(64) int big[16] = {1};
int main(void) { return big[0]; }
C
cat > misaligned.ld <<'L'
SECTIONS { . = 0; .rrld_header : { . += 96; } .text : { *(.text*) } .ARM.exidx : { *(.ARM.exidx*) } .rodata : { *(.rodata*) } .data 0x20000020 : { *(.data*) } .bss : { *(.bss*) } }
L
expect_error "RW starts at 0x20000020, which is not aligned to its largest section alignment 64" \
  "$RRLD" -T misaligned.ld start.o aligned.o -o x.elf
"$RRLD" start.o aligned.o -o ok.elf
"$RRLD" inspect --json ok.elf | contains '"rw_align": 64' || fail "rw_align"
# RW at an address a loader never places it (not a multiple of 8), even
# though its sections want only 4: the image could not be placed at its
# own link address.
cc word.o - <<'C'
int w = 1;
int main(void) { return w; }
C
expect_error "RW starts at 0x20000004, which is not a multiple of 8, as a loader places RW" \
  "$RRLD" start.o word.o --rrld-rw-origin=0x20000004 -o x.elf
[[ ! -e x.elf ]] || fail "an output was left after the RW origin error"
"$RRLD" start.o word.o --rrld-rw-origin=0x20000008 -o rw8.elf
"$RRLD" place --ro 0 --rw 0x20000008 rw8.elf -o rw8-placed.elf

# Writable data in a section named as read-only data: the default layout
# would put it in flash (and RW would start there): named before the link.
cc rwro.o - <<'C'
__attribute__((section(".rodata.cfg"))) int cfg = 5;
int main(void) { return ++cfg; }
C
expect_error "^rrld: error: rwro\.o:\(\.rodata\.cfg\) is writable, but its name makes the default layout put it in flash" \
  "$RRLD" start.o rwro.o -o x.elf
grep -q '^>>> fix: name its section .data.\* (or .bss.\*), or make the data const' out.txt || fail "rwro: fix"
[[ $(grep -c 'error' out.txt) == 1 ]] || fail "rwro: more than one error"

# Read-only data (not code) holding addresses in a section named as code:
# the default layout would put it into .text, where absolute words are
# taken for literal pools of code built without -fropi.  Named before the
# link, with the fix; the same data named .rodata.* links.
cat > datatext.c <<'C'
static int f(int x) { return x + 1; }
__attribute__((section(SECTION))) int (*const tab[])(int) = {f, f};
int main(void) { return tab[1](-1); }
C
cc datatext.o datatext.c '-DSECTION=".text.tab"'
expect_error "^rrld: error: datatext\.o:\(\.text\.tab\) is read-only data \(not code\) holding addresses, but its name makes the default layout put it into the code section \.text" \
  "$RRLD" start.o datatext.o -o x.elf
grep -q '^>>> fix: name its section .rodata.\*' out.txt || fail "datatext: fix"
cc datatext.o datatext.c '-DSECTION=".rodata.tab"'
"$RRLD" start.o datatext.o -o datatext.elf

# A script that puts something into .rrld_header's reservation, which the
# image header then overwrites: an input section (the section grows), a
# BYTE() (the bytes are not zeros), a zero-filled object (its symbol is
# there), each refused with the script fix.
cc hdr.o - <<'C'
const int k[4] = {11, 22, 33, 44};
const int z[2];
int main(void) { volatile const int *p = k; return p[0] + p[3] + z[1]; }
C
hdr() { printf 'SECTIONS {\n  . = 0;\n  .rrld_header : { %s }\n  .text : { *(.text*) }\n  .ARM.exidx : { *(.ARM.exidx*) }\n  .rodata : { *(.rodata*) }\n  . = 0x20000000;\n  .data : { *(.data*) }\n  .bss : { *(.bss* COMMON) }\n}\n' "$1" > hdr.ld; }
hdr '*(.rodata.k) . += 96;'
expect_error "\.rrld_header is 112 bytes, not 96: the image header overwrites its 96 bytes, so the linker script must reserve them and put nothing there" \
  "$RRLD" -T hdr.ld start.o hdr.o -o x.elf
hdr 'BYTE(1) . += 95;'
expect_error "\.rrld_header holds data: the image header overwrites" "$RRLD" -T hdr.ld start.o hdr.o -o x.elf
hdr '*(.rodata.z) . += 88;'
expect_error "\.rrld_header holds 'z': the image header overwrites" "$RRLD" -T hdr.ld start.o hdr.o -o x.elf
[[ ! -e x.elf ]] || fail "an output was left after the header errors"
hdr '. += 96;'
"$RRLD" -T hdr.ld start.o hdr.o -o hdr.elf

# A section named as one rrld adds to its ELF: refused, not shadowing rrld's.
cc reserved.o - <<'C'
__attribute__((used, section(".rrld.tables"))) const int fake[2] = {1, 2};
int main(void) { return 0; }
C
"$RRLD" --rrld-print-default-script | sed 's|^  \.rodata : {$|  .rrld.tables : { KEEP(*(.rrld.tables)) }\n&|' > reserved.ld
expect_error "the link made a section named \.rrld\.tables \(from an input or the linker script\); rrld reserves the name" \
  "$RRLD" -T reserved.ld start.o reserved.o -o x.elf

# -frwpi code reaching through r9 a symbol with no static base: a weak one
# nothing defines, an absolute one the script defines.  lld's error names
# no place; rrld adds where and how to fix it.
cc sbweak.o - <<'C'
extern int optional_config __attribute__((weak));
int main(void) { return optional_config; }
C
expect_error "SBREL relocation to optional_config without static base" "$RRLD" start.o sbweak.o -o x.elf
grep -q "^>>> referenced by sbweak\.o:(\.text[.a-z]*+0x[0-9a-f]*): R_ARM_THM_MOVW_BREL_NC against 'optional_config': -frwpi code reaches" out.txt ||
  fail "sbweak: no place"
grep -q "^>>> fix: define 'optional_config' inside an RW output section" out.txt || fail "sbweak: no fix"
cc sbabs.o - <<'C'
extern int _estack;
int main(void) { return _estack; }
C
"$RRLD" --rrld-print-default-script | sed 's|^ENTRY(_start)$|&\n_estack = 0x20008000;|' > sbabs.ld
expect_error "SBREL relocation to _estack without static base" "$RRLD" -T sbabs.ld start.o sbabs.o -o x.elf
grep -q "^>>> referenced by sbabs\.o:(\.text[.a-z]*+0x[0-9a-f]*): R_ARM_THM_MOVW_BREL_NC against '_estack'" out.txt ||
  fail "sbabs: no place"
