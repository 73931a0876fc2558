# Read-only data a linker script puts in RW (here: a const table of RAM
# pointers, which could not stay in flash) is still reached PC-relative by
# -fropi code.  rrld rewrites those sequences to be r9-relative -- Thumb-2
# MOVW/MOVT + "add rX, pc" and Thumb-1 literal + "add rX, pc" -- and the app
# runs correctly at random placements on the QEMU kernel.  Two tables reached
# from separate functions make sequences whose rewritten MOVWs differ only in
# their second halfword (the decoder's answers are kept by all the bytes
# decoded: Rewrite.cpp, ThumbDecoder::decode).
source "$(dirname "$0")/lib.sh"
: "${BUILD:?}"
app() { # CORE TARGET CPU
  local core=$1
  "$CLANG" --target=$2 -mcpu=$3 -mthumb -mfloat-abi=soft -Os -ffreestanding -fropi -frwpi \
    -ffunction-sections -fdata-sections -I"$SRC/qemu/include" -x c -c - -o app-$core.o <<'C'
int counter = 3, other = 4;
static int zeroed[4];
int *const ptrs[] = {&counter, &other, &zeroed[2], zeroed + 4};
int *const more[] = {&other, &counter};
volatile int index[] = {0, 1, 2, 3}; /* keeps the table's uses opaque */
__attribute__((noinline)) int *ptr(int i) { return ptrs[i]; }
__attribute__((noinline)) int get(int i) { return *ptrs[i]; }
__attribute__((noinline)) int getMore(int i) { return *more[i]; }
int main(void) {
  if (get(index[0]) + get(index[1]) != 7 || getMore(index[0]) != 4 || getMore(index[1]) != 3)
    return 1;
  *ptr(index[2]) = 40; /* through the moved table into .bss */
  if (zeroed[2] != 40 || ptr(index[3]) != zeroed + 4)
    return 2;
  counter = 10;
  return get(index[0]) == 10 ? 0 : 3;
}
C
  # The default layout, with this object's read-only data moved into RW.
  "$RRLD" --rrld-print-default-script |
    sed -e "s|^    \*(.rodata .rodata.\* .gnu.linkonce.r.\*)|    *(EXCLUDE_FILE(app-$core.o) .rodata .rodata.* .gnu.linkonce.r.*)|" \
        -e "s|^    KEEP(\*(.data.rrld_anchor)).*|&\n    app-$core.o(.rodata .rodata.*)|" > moved-$core.ld
  grep -q "EXCLUDE_FILE(app-$core.o)" moved-$core.ld && grep -q "^    app-$core.o(.rodata" moved-$core.ld ||
    fail "layout edit"
  "$RRLD" -T moved-$core.ld app-$core.o --start-group "$BUILD/qemu/librrld_app_$core.a" \
    "$BUILD/relocator/librrld_relocator_$core.a" --end-group -u _start --gc-sections \
    -o app-$core.elf --rrld-verbose | tee link-$core.txt
  grep -qE "[1-9][0-9]* PC-relative code sequences into RW made r9-relative" link-$core.txt ||
    fail "$core: nothing rewritten"
  "$OBJDUMP" -d --no-show-raw-insn app-$core.elf | grep -A8 '<get>:' | tee get-$core.txt
  grep -qE 'add\s+r[0-7], r9' get-$core.txt || fail "$core: no add rX, r9 in get()"
  ! grep -qE 'add\s+r[0-7], pc' get-$core.txt || fail "$core: an add rX, pc is left in get()"
}
app thumbv7em thumbv7em-none-eabi cortex-m4
app thumbv6m thumbv6m-none-eabi cortex-m0
"$SRC/scripts/rrld-run" --build "$BUILD" --board mps2-an386 app-thumbv7em.elf app-thumbv7em.elf:self
"$SRC/scripts/rrld-run" --build "$BUILD" --board microbit app-thumbv6m.elf app-thumbv6m.elf:self

# Shapes rrld does not know are refused, not guessed: the add reads another
# register than the one MOVW/MOVT set.
start
as odd.o <<'S'
  .syntax unified
  .text
  .globl main
  .thumb_func
main:
  movw r0, :lower16:(var - (1f + 4))
  movt r0, :upper16:(var - (1f + 4))
1: add r1, pc
  bx lr
  .data
var: .word 1
S
expect_error "odd.o:\(\.text\+0x0\): R_ARM_THM_MOVW_PREL_NC against 'var' is a PC-relative reference from RO code to RW, and no 'add register, pc' consumes it" \
  "$RRLD" start.o odd.o -o odd.elf
# A literal no instruction loads.
as lit.o <<'S'
  .syntax unified
  .text
  .globl main
  .thumb_func
main:
  bx lr
  .p2align 2
  .word var - .
  .data
var: .word 1
S
expect_error "lit.o:\(\.text\+0x4\): R_ARM_REL32 against 'var' is a PC-relative reference from RO code to RW, and no PC-relative load of the literal was found" \
  "$RRLD" start.o lit.o -o lit.elf
