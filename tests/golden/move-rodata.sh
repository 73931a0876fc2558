# Read-only data that cannot stay in flash moves to RW (docs/manual.md,
# "Read-only data that holds addresses"): const words holding RAM addresses
# and data reached through r9 under the default policy, and every relocated
# read-only section under --rrld-ro-relocs=ram; =error refuses them.  The
# inputs themselves are never changed.  (The QEMU suite runs such apps:
# qemu/apps/rodata.c and the *_ram apps.)
source "$(dirname "$0")/lib.sh"
start

# 1. A const word holding a RAM address, in an archive found with -l.
cc app.o - <<'C'
int counter;
extern int *const pc;
int main(void) { return *pc; }
C
cc ptr.o - <<'C'
extern int counter;
int *const pc = &counter;
C
"$LLVM_AR" rc libptr.a ptr.o
sum=$(cksum < libptr.a)
"$RRLD" start.o app.o -L. -lptr -o app.elf --rrld-explain | tee explain.txt
[[ $(cksum < libptr.a) == "$sum" ]] || fail "the input archive changed"
grep -q '^rrld: moved to RW (ram-pointer, 4 B): ./libptr.a(ptr.o):(.rodata.pc)$' explain.txt || fail "explain: no move"
grep -q "libptr.a(ptr.o):(.rodata.pc+0x0): R_ARM_ABS32 against 'counter' puts a RAM address" explain.txt ||
  fail "explain: no reason"
addr=$("$READELF" -s app.elf | awk '$8=="pc" {print $2}')
[[ $addr == 2000* ]] || fail "pc is not in RW: $addr"
"$RRLD" inspect --json app.elf > i.json
expect_eq "$(json_field i.json moved.sections)" 1 moved.sections
expect_eq "$(json_field i.json moved.bytes)" 4 moved.bytes
expect_eq "$(json_field i.json relocs.rw_to_rw)" 1 rw_to_rw
"$RRLD" inspect app.elf | contains -E '^ +4  ram-pointer +libptr\.a\(ptr\.o\):\(\.rodata\.pc\)$' ||
  fail "inspect: no moved section"
"$RRLD" verify app.elf

# ... refused by --rrld-ro-relocs=error.
expect_error "^rrld: error: \./libptr\.a\(ptr\.o\):\(\.rodata\.pc\+0x0\): R_ARM_ABS32 against 'counter' puts a RAM address into flash" \
  "$RRLD" start.o app.o -L. -lptr -o err.elf --rrld-ro-relocs=error
grep -q '^>>> fix: drop --rrld-ro-relocs=error' out.txt || fail "no fix"
[[ ! -e err.elf ]] || fail "an output was left behind after an error"

# 2. Data reached through r9 and PC-relative from the same code: it moves,
# the MOVW/MOVT_BREL pair then holds its offset from RW, and the PC-relative
# pair becomes r9-relative too.
as sb.o <<'S'
  .syntax unified
  .text
  .globl main
  .thumb_func
main:
  movw r0, :lower16:lut(sbrel)
  movt r0, :upper16:lut(sbrel)
  add r0, r9
  movw r2, :lower16:(lut - (1f + 4))
  movt r2, :upper16:(lut - (1f + 4))
1: add r2, pc
  subs r0, r0, r2
  bx lr
  .section .rodata.lut,"a"
lut: .byte 1, 2, 3, 4
S
"$RRLD" start.o sb.o -o sb.elf --rrld-verbose | tee sb.txt
grep -q 'moved to RW: 1 read-only sections, 4 B (decided from 2 input objects; 1 lld run)' sb.txt || fail "sb: no move"
grep -q '1 PC-relative code sequences into RW made r9-relative' sb.txt || fail "sb: no rewrite"
lut=$("$READELF" -s sb.elf | awk '$8=="lut" {print $2}')
"$RRLD" inspect --json sb.elf > sb.json
off=$(printf '%x' $((0x$lut - $(json_field sb.json rw_link_addr))))
"$OBJDUMP" -d --no-show-raw-insn sb.elf | grep -A7 '<main>:' | tee main.txt
[[ $(grep -cE "movw\s+r[02], #0x$off$" main.txt) == 2 ]] || fail "sb: MOVW does not hold lut's RW offset 0x$off"
[[ $(grep -cE 'add\s+r[02], r9' main.txt) == 2 ]] || fail "sb: not both r9-relative"

# 3. Flash addresses in const data: the RO table under =patch, moved under =ram.
cc tab.o - <<'C'
static int one(void) { return 1; }
static int two(void) { return 2; }
int (*const fns[])(void) = {one, two};
const char *const names[] = {"one", "two"};
volatile int i;
int main(void) { return fns[i]() + names[i][0]; }
C
"$RRLD" start.o tab.o -o patch.elf --rrld-explain | tee patch.txt
grep -q '^rrld: patched at install (RO table, 2 words): tab.o:(.rodata.fns)$' patch.txt || fail "patch: explain"
"$RRLD" inspect --json patch.elf > p.json
expect_eq "$(json_field p.json relocs.ro_to_ro)" 4 "patch: ro_to_ro"
expect_eq "$(json_field p.json moved.sections)" 0 "patch: moved"
"$RRLD" start.o tab.o -o ram.elf --rrld-ro-relocs=ram --rrld-explain | tee ram.txt
grep -q '^rrld: moved to RW (ro-relocs-ram, 8 B): tab.o:(.rodata.fns)$' ram.txt || fail "ram: fns"
grep -q '^rrld: moved to RW (ro-relocs-ram, 8 B): tab.o:(.rodata.names)$' ram.txt || fail "ram: names"
! grep -q 'patched at install' ram.txt || fail "ram: something is still patched"
"$RRLD" inspect --json ram.elf > r.json
expect_eq "$(json_field r.json relocs.ro_to_ro)" 0 "ram: ro_to_ro"
expect_eq "$(json_field r.json relocs.rw_to_ro)" 4 "ram: rw_to_ro"
expect_eq "$(json_field r.json moved.bytes)" 16 "ram: moved bytes"

# A chain: a const pointer to a table that itself had to move moves next.
cc chain.o - <<'C'
int a, b;
int *const ptrs[] = {&a, &b};
int *const *const pp = ptrs;
volatile int i;
int main(void) { return *pp[i]; }
C
"$RRLD" start.o chain.o -o chain.elf --rrld-explain | tee chain.txt
grep -q 'moved to RW (ram-pointer, 8 B): chain.o:(.rodata.ptrs)$' chain.txt || fail "chain: ptrs"
grep -q 'moved to RW (ram-pointer, 4 B): chain.o:(.rodata.pp)$' chain.txt || fail "chain: pp"

# Only .rodata* sections move: others are a precise error.
cc named.o - <<'C'
int counter;
__attribute__((section(".flashcfg"))) int *const cfg = &counter;
int main(void) { return *cfg; }
C
cat > named.ld <<'L'
SECTIONS { . = 0; .rrld_header : { . += 96; } .text : { *(.text*) } .rodata : { *(.rodata*) *(.flashcfg) }
  . = 0x20000000; .data : { *(.data*) } .bss : { *(.bss*) } }
L
expect_error "named.o:\(\.flashcfg\+0x0\): R_ARM_ABS32 against 'counter' puts a RAM address into flash, but the RAM base changes at each load; rrld cannot move it to RW: rrld moves only sections named \.rodata\*, not named\.o:\(\.flashcfg\)" \
  "$RRLD" -T named.ld start.o named.o -o named.elf

# Two read-only sections of one name in one object (-fno-unique-section-names):
# a linker script names input sections by file and name, so the table that
# could stay in flash moves with the pointer that must not, and is counted,
# and so is a pointer elsewhere to that table; the code reaching the table
# PC-relative becomes r9-relative.  The same under a user's script, where
# rrld renames the sections in a copy of the object.
cc same.o - -fno-unique-section-names <<'C'
int var = 5;
int *const ptr_to_var = &var;
const int table[4] = {1, 2, 3, 4};
int main(void) { return table[var & 3] + *ptr_to_var; }
C
[[ $("$READELF" -S same.o | grep -c ' \.rodata ') == 2 ]] || fail "same: expected two .rodata sections"
cc sametp.o - <<'C'
extern const int table[4];
const int *const tp = table;
C
"$RRLD" --rrld-print-default-script > same.ld
for layout in default user; do
  opts=(); [[ $layout == user ]] && opts=(-T same.ld)
  "$RRLD" "${opts[@]}" start.o same.o sametp.o -o same-$layout.elf --rrld-explain | tee same-$layout.txt
  grep -q '^rrld: moved to RW (ram-pointer, 4 B): same.o:(.rodata)$' same-$layout.txt || fail "same $layout: pointer"
  grep -q '^rrld: moved to RW (same-name, 16 B): same.o:(.rodata)$' same-$layout.txt || fail "same $layout: table"
  grep -qE '^    same\.o:\(\.rodata\), section [0-9]+, moves to RW, and a linker script cannot place' same-$layout.txt ||
    fail "same $layout: no reason for the table"
  grep -q '^rrld: moved to RW (ram-pointer, 4 B): sametp.o:(.rodata.tp)$' same-$layout.txt || fail "same $layout: tp"
  "$RRLD" inspect --json same-$layout.elf > same-$layout.json
  expect_eq "$(json_field same-$layout.json moved.sections)" 3 "same $layout: moved sections"
  expect_eq "$(json_field same-$layout.json moved.bytes)" 24 "same $layout: moved bytes"
  expect_eq "$(json_field same-$layout.json relocs.rw_to_rw)" 2 "same $layout: rw_to_rw"
  addr=$("$READELF" -s same-$layout.elf | awk '$8=="table" {print $2}')
  [[ $addr == 2000* ]] || fail "same $layout: table is not in RW: $addr"
  "$OBJDUMP" -d --no-show-raw-insn same-$layout.elf | grep -A12 '<main>:' > same-main.txt
  ! grep -qE 'add\s+r[0-9]+, pc' same-main.txt || fail "same $layout: the table is still reached PC-relative"
  "$RRLD" verify same-$layout.elf
done

# Archive members the link does not load decide nothing (lld extracts a
# member only for a strong reference to a symbol nothing defines yet):
# here a weak RAM variable keeps lib.a's strong flash one out, so the const
# pointer to it holds a RAM address and moves; and the member's own const
# pointer to RAM is not in the link, so nothing of it moves or is counted.
cc weak.o - <<'C'
__attribute__((weak)) int wx = 3;
extern int *const pwx;
int main(void) { return *pwx; }
C
cc pweak.o - <<'C'
extern int wx;
int *const pwx = &wx;
C
cc strongx.o - <<'C'
const int wx = 7;
int unused_counter;
int *const unused_ptr = &unused_counter;
C
"$LLVM_AR" rc libstrongx.a strongx.o
"$RRLD" start.o weak.o pweak.o -L. -lstrongx -o weak.elf --rrld-explain | tee weak.txt
grep -q '^rrld: moved to RW (ram-pointer, 4 B): pweak.o:(.rodata.pwx)$' weak.txt || fail "weak: pwx"
! grep -q 'strongx' weak.txt || fail "weak: a member that is not linked moved"
"$RRLD" inspect --json weak.elf > weak.json
expect_eq "$(json_field weak.json moved.sections)" 1 "weak: moved sections"
expect_eq "$(json_field weak.json moved.bytes)" 4 "weak: moved bytes"
# The same member pulled in (-u unused_ptr): its strong wx (flash) wins,
# pwx stays in flash (an RO->RO word), and its RAM pointer moves.
"$RRLD" start.o weak.o pweak.o -L. -lstrongx -u unused_ptr -o strong.elf --rrld-explain | tee strong.txt
grep -q '^rrld: moved to RW (ram-pointer, 4 B): ./libstrongx.a(strongx.o):(.rodata.unused_ptr)$' strong.txt ||
  fail "strong: unused_ptr"
! grep -q 'moved to RW.*pwx' strong.txt || fail "strong: pwx moved"
"$RRLD" inspect --json strong.elf > strong.json
expect_eq "$(json_field strong.json relocs.ro_to_ro)" 1 "strong: ro_to_ro"

# A moved section that --gc-sections removes is not in the image, so it is
# not reported as moved (rrld asks lld which it removed, and prints lld's
# list only if the link asked for it); under a user's script too.
cc gc.o - <<'C'
int gv, kept_v;
int *const unused_gp = &gv;
int *const kept_p = &kept_v;
C
cc gcmain.o - <<'C'
extern int *const kept_p;
int main(void) { return *kept_p; }
C
for layout in default user; do
  opts=(); [[ $layout == user ]] && opts=(-T same.ld)
  "$RRLD" "${opts[@]}" start.o gcmain.o gc.o --gc-sections -o gc-$layout.elf --rrld-explain > gc-$layout.txt
  cat gc-$layout.txt
  grep -q '^rrld: moved to RW (ram-pointer, 4 B): gc.o:(.rodata.kept_p)$' gc-$layout.txt || fail "gc $layout: kept_p"
  ! grep -q 'unused_gp' gc-$layout.txt || fail "gc $layout: a removed section is reported"
  ! grep -q 'removing unused section' gc-$layout.txt || fail "gc $layout: lld's list printed unasked"
  "$RRLD" inspect --json gc-$layout.elf > gc-$layout.json
  expect_eq "$(json_field gc-$layout.json moved.sections)" 1 "gc $layout: moved sections"
  expect_eq "$(json_field gc-$layout.json moved.bytes)" 4 "gc $layout: moved bytes"
done
"$RRLD" start.o gcmain.o gc.o --gc-sections --print-gc-sections -o gc-print.elf > gc-print.txt
grep -q '^removing unused section gc.o:(.rodata.unused_gp)$' gc-print.txt || fail "gc: --print-gc-sections lost"

# C++ inline virtual functions: each object that uses the class holds a copy
# of its vtable in a section group (COMDAT), and the link keeps one.  Moved
# under --rrld-ro-relocs=ram, it is counted once; vtables of two classes
# whose sections share a name (-fno-unique-section-names) count as two.
printf '%s\n' 'struct S { virtual int f() { return 1; } virtual int g() { return 2; } };' \
  'struct T { virtual int h() { return 3; } };' > vt.h
for unique in "" -fno-unique-section-names; do
  cxx vta.o - -I. $unique <<'C'
#include "vt.h"
int usea() { S s; T t; S *volatile p = &s; T *volatile q = &t; return p->f() + q->h(); }
C
  cxx vtb.o - -I. $unique <<'C'
#include "vt.h"
int usea();
extern "C" int main() { S s; T t; S *volatile p = &s; T *volatile q = &t; return p->g() + q->h() + usea(); }
C
  for layout in default user; do
    opts=(); [[ $layout == user ]] && opts=(-T same.ld)
    "$RRLD" "${opts[@]}" start.o vta.o vtb.o --rrld-ro-relocs=ram -o vt.elf
    "$RRLD" inspect --json vt.elf > vt.json
    data=$("$READELF" -S vt.elf | awk '/ \.data / {for (i = 1; i < NF; i++) if ($i == "PROGBITS") print $(i + 3)}')
    expect_eq "$(json_field vt.json moved.sections)" 2 "vtables $layout $unique: moved sections"
    expect_eq "$(json_field vt.json moved.bytes)" 28 "vtables $layout $unique: moved bytes"
    expect_eq "$((16#$data))" 28 "vtables $layout $unique: .data size"
  done
done

# A const word holding the address of a symbol no input object defines (the
# layout's __init_array_start, a --defsym): with every input read, it may be
# a RAM address, so its section moves, and the words are relocated by the
# segment they turn out to point into.
cc script.o - <<'C'
extern char __init_array_start[], flashsym[];
char *const bounds[] = {__init_array_start, flashsym};
int main(void) { return bounds[0] != 0; }
C
"$RRLD" start.o script.o --defsym=flashsym=main -o script.elf --rrld-explain | tee script.txt
grep -q '^rrld: moved to RW (ram-pointer, 8 B): script.o:(.rodata.bounds)$' script.txt || fail "script: bounds"
grep -q "R_ARM_ABS32 against '__init_array_start' puts into flash the address of a symbol that no input object defines" script.txt ||
  fail "script: reason"
"$RRLD" inspect --json script.elf > script.json
expect_eq "$(json_field script.json relocs.rw_to_rw)" 1 "script: RW->RW (__init_array_start)"
expect_eq "$(json_field script.json relocs.rw_to_ro)" 1 "script: RW->RO (flashsym)"

# Read-only data that must move (a RAM pointer) sharing its section with a
# PC-relative word to code: the word goes to RW too and is refused, and the
# error says that rrld moved it and how to keep them apart.
as mix.o <<'S'
  .syntax unified
  .section .rodata.mix,"a",%progbits
  .globl mix
  .p2align 2
mix:
  .word rwvar
  .word main - .
  .data
  .globl rwvar
  .p2align 2
rwvar: .word 5
S
cc mixmain.o - <<'C'
extern const int mix[];
int main(void) { return mix[1]; }
C
expect_error "mix\.o:\(\.rodata\.mix\+0x4\): R_ARM_REL32 against 'main' is a PC-relative reference from RW to RO.*; rrld moved mix\.o:\(\.rodata\.mix\) to RW \(ram-pointer: rrld --rrld-explain says why\), and this word went with it" \
  "$RRLD" start.o mixmain.o mix.o -o x.elf
grep -q '^>>> fix: give the data that must move a section of its own' out.txt || fail "mix: fix"
