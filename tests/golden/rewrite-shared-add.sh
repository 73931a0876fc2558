# The r9 rewrite (Rewrite.cpp) changes "add rX, pc" to "add rX, r9"; every
# path that reaches the add must then carry a static-base offset.  Here two
# paths set r1 PC-relatively to different targets -- one to RW data, which
# is rewritten, one to read-only data, which stays PC-relative -- and meet
# at one add, the second through a branch.  Rewriting the straight-line path
# alone would make the other read the wrong word on the device, so rrld must
# refuse the link and say why.  A branch into the middle of a sequence, and
# a sequence inside an IT block, are refused the same way; sequences the
# rewrite may change still link and run.
source "$(dirname "$0")/lib.sh"
: "${BUILD:?}"
cat > main.c <<'C'
#include "rrld_app.h"
int get(int i);
int main(void) {
  int a = get(0), b = get(1);
  rrld_printf("get(0)=%d get(1)=%d\n", a, b);
  return a == 22 && b == 11 ? 0 : 1;
}
C
cc main.o main.c -I"$SRC/qemu/include"
app() { # NAME: link NAME.o with main.o and the runtime
  "$RRLD" main.o $1.o --start-group "$BUILD/qemu/librrld_app_thumbv7em.a" \
    "$BUILD/relocator/librrld_relocator_thumbv7em.a" --end-group -u _start --gc-sections \
    -o $1.elf "${@:2}"
}

# Two paths, one add: the read-only path branches to it.
as shared.o <<'S'
  .syntax unified
  .text
  .globl get
  .type get, %function
  .thumb_func
get:                    @ get(0): ro_val (22), get(1): rw_val (11)
  cmp r0, #0
  bne 2f
  movw r1, :lower16:(ro_val - (1f + 4))
  movt r1, :upper16:(ro_val - (1f + 4))
  b 1f
2:
  movw r1, :lower16:(rw_val - (1f + 4))
  movt r1, :upper16:(rw_val - (1f + 4))
1:
  add r1, pc
  ldr r0, [r1]
  bx lr
  .section .rodata.ro_val,"a"
  .p2align 2
ro_val: .word 22
  .data
  .p2align 2
rw_val: .word 11
S
expect_error "shared.o:\(\.text\+0x[0-9a-f]+\): R_ARM_THM_MOVW_PREL_NC against 'rw_val' is a PC-relative reference from RO code to RW, and .*branch.*0x[0-9a-f]+ reaches" \
  app shared
[[ ! -e shared.elf ]] || fail "an output was left after the error"

# The same with a Thumb-1 literal: the read-only path loads another literal.
as shared-lit.o <<'S'
  .syntax unified
  .text
  .globl get
  .type get, %function
  .thumb_func
get:
  cmp r0, #0
  bne 2f
  ldr r1, 3f
  b 1f
2:
  ldr r1, 4f
1:
  add r1, pc
  ldr r0, [r1]
  bx lr
  .p2align 2
3: .word ro_val - (1b + 4)
4: .word rw_val - (1b + 4)
  .section .rodata.ro_val,"a"
  .p2align 2
ro_val: .word 22
  .data
  .p2align 2
rw_val: .word 11
S
expect_error "shared-lit.o:\(\.text\+0x[0-9a-f]+\): R_ARM_REL32 against 'rw_val' is a PC-relative reference from RO code to RW, and .*branch.*reaches" \
  app shared-lit

# A branch to the MOVT: r1's low half would come from the other path.  Once
# through a 16-bit branch (CBZ), once through a 32-bit one (B T3), which the
# search for paths into a sequence must decode as well.
# into NAME BRANCH...: a function that branches to its MOVT with BRANCH.
into() {
  local name=$1; shift
  { printf '  .syntax unified\n  .text\n  .globl get\n  .type get, %%function\n  .thumb_func\nget:\n'
    printf '  %s\n' "$@"
    cat <<'S'
  movw r1, :lower16:(rw_val - (1f + 4))
2:
  movt r1, :upper16:(rw_val - (1f + 4))
1:
  add r1, pc
  ldr r0, [r1]
  bx lr
  .data
  .p2align 2
rw_val: .word 11
S
  } | as "$name.o"
  expect_error "$name.o:\(\.text\+0x[0-9a-f]+\): R_ARM_THM_MOVW_PREL_NC against 'rw_val' .*, and the branch at 0x[0-9a-f]+ reaches 0x[0-9a-f]+, inside the sequence" app "$name"
}
into into "cbz r0, 2f"
into into-wide "cmp r0, #0" "bne.w 2f"

# Other ways in than a branch: a symbol at the MOVT (code may be called
# through it), a code address held in a word.  Where two reach the same
# address the first noted is named: branches are noted before symbols.
# The start of a Thumb function `get`.
get_head() { printf '  .syntax unified\n  .text\n  .globl get\n  .type get, %%function\n  .thumb_func\nget:\n'; }
# midway NAME PATTERN BEFORE AFTER: a function with the symbol 'mid' at its
# MOVT, the line BEFORE before its MOVW and AFTER after its "bx lr".
midway() {
  { get_head
    printf '  %s\n' "$3"
    cat <<'S'
  movw r1, :lower16:(rw_val - (1f + 4))
  .globl mid
mid:
  movt r1, :upper16:(rw_val - (1f + 4))
1:
  add r1, pc
  ldr r0, [r1]
  bx lr
S
    printf '  %s\n' "$4"
    printf '  .data\n  .p2align 2\nrw_val: .word 11\n'
  } | as "$1.o"
  expect_error "$1.o:\(\.text\+0x[0-9a-f]+\): R_ARM_THM_MOVW_PREL_NC against 'rw_val' .*, and $2 reaches 0x[0-9a-f]+, inside the sequence" app "$1"
}
midway into-symbol "the symbol 'mid'" "nop" ".p2align 2"
midway into-branch-symbol "the branch at 0x[0-9a-f]+" $'cmp r0, #0\n  bne.w mid' ".p2align 2"
# A call (BL) forwards and backwards: its offset is sign-extended.
midway into-call "the branch at 0x[0-9a-f]+" "bl mid" ".p2align 2"
midway into-call-back "the branch at 0x[0-9a-f]+" "nop" "bl mid"

{ get_head; cat <<'S'; } | as into-held.o
  movw r1, :lower16:(rw_val - (1f + 4))
2:
  movt r1, :upper16:(rw_val - (1f + 4))
1:
  add r1, pc
  ldr r0, [r1]
  bx lr
  .p2align 2
  .word 2b + 1
  .data
  .p2align 2
rw_val: .word 11
S
expect_error "into-held.o:\(\.text\+0x[0-9a-f]+\): R_ARM_THM_MOVW_PREL_NC against 'rw_val' .*, and the code address held at 0x[0-9a-f]+ reaches 0x[0-9a-f]+, inside the sequence" app into-held

# Conditional: the MOVW and MOVT run only on one path.
as it.o <<'S'
  .syntax unified
  .text
  .globl get
  .type get, %function
  .thumb_func
get:
  cmp r0, #1
  itt eq
  movweq r1, :lower16:(rw_val - (1f + 4))
  movteq r1, :upper16:(rw_val - (1f + 4))
1:
  add r1, pc
  ldr r0, [r1]
  bx lr
  .data
  .p2align 2
rw_val: .word 11
S
expect_error "it.o:\(\.text\+0x[0-9a-f]+\): R_ARM_THM_MOVW_PREL_NC against 'rw_val' .*IT block" app it

# A branch to the start of the sequence is fine: both paths then run all of
# it.  This one links, is rewritten and runs at random placements.
as ok.o <<'S'
  .syntax unified
  .text
  .globl get
  .type get, %function
  .thumb_func
get:
  cmp r0, #0
  bne 2f
  movw r1, :lower16:(ro_val - (1f + 4))
  movt r1, :upper16:(ro_val - (1f + 4))
1:
  add r1, pc
  ldr r0, [r1]
  bx lr
2:
  movw r1, :lower16:(rw_val - (3f + 4))
  movt r1, :upper16:(rw_val - (3f + 4))
3:
  add r1, pc
  ldr r0, [r1]
  bx lr
  .section .rodata.ro_val,"a"
  .p2align 2
ro_val: .word 22
  .data
  .p2align 2
rw_val: .word 11
S
app ok --rrld-verbose | tee ok.txt
grep -q " 1 PC-relative code sequences into RW made r9-relative" ok.txt || fail "ok: not rewritten"
"$SRC/scripts/rrld-run" --build "$BUILD" --board mps2-an386 ok.elf ok.elf:self

# Two executable output sections (a user's script): the search for paths
# keeps a bit per halfword of each, so a call from one into a sequence in
# the other is found whichever comes first, and a sequence in the second
# with no other way in is rewritten.
"$RRLD" --rrld-print-default-script |
  sed 's/^  \.rodata : {$/  .text2 : { *(.text2 .text2.*) }\n&/' > two.ld
grep -q '^  \.text2 : ' two.ld || fail "two.ld: no .text2"
# two NAME SEQ_SECTION CALL_SECTION: get's sequence in SEQ_SECTION, a call
# to its MOVT (a local label: no symbol) from CALL_SECTION ("" for none).
two() {
  { printf '  .syntax unified\n  .section %s,"ax",%%progbits\n' "$2"
    printf '  .globl get\n  .type get, %%function\n  .thumb_func\nget:\n'
    cat <<'S'
  movw r1, :lower16:(rw_val - (1f + 4))
.Lmid:
  movt r1, :upper16:(rw_val - (1f + 4))
1:
  add r1, pc
  ldr r0, [r1, r0, lsl #2]
  bx lr
S
    if [[ -n $3 ]]; then
      printf '  .section %s,"ax",%%progbits\n  .globl other\n  .type other, %%function\n  .thumb_func\nother:\n  nop\n  bl .Lmid\n  bx lr\n' "$3"
    fi
    printf '  .data\n  .p2align 2\nrw_val: .word 22, 11\n'
  } | as "$1.o"
}
two two-fwd .text .text2.other
expect_error "two-fwd.o:\(\.text\+0x[0-9a-f]+\): R_ARM_THM_MOVW_PREL_NC against 'rw_val' .*, and the branch at 0x[0-9a-f]+ reaches 0x[0-9a-f]+, inside the sequence" \
  app two-fwd -T two.ld -u other
two two-back .text2.get .text.other
expect_error "two-back.o:\(\.text2\.get\+0x[0-9a-f]+\): R_ARM_THM_MOVW_PREL_NC against 'rw_val' .*, and the branch at 0x[0-9a-f]+ reaches 0x[0-9a-f]+, inside the sequence" \
  app two-back -T two.ld -u other
two two-ok .text2.get ""
app two-ok -T two.ld --rrld-verbose | tee two-ok.txt
grep -q " 1 PC-relative code sequences into RW made r9-relative" two-ok.txt || fail "two-ok: not rewritten"
[[ $("$READELF" -S two-ok.elf | grep -c ' AX ') == 2 ]] || fail "two-ok: not two executable sections"
"$SRC/scripts/rrld-run" --build "$BUILD" --board mps2-an386 two-ok.elf

# An encoding MC decodes with a soft failure ("potentially undefined"), as
# libgcc's __aeabi_uldivmod begins, is an instruction like any other: the
# walk to the literal's load passes it, and the link is rewritten and runs.
{ get_head; cat <<'S'; } | as softfail.o
  strd r12, lr, [sp, #-16]!
  ldrd r12, lr, [sp], #16
  ldr r1, 2f
1:
  add r1, pc
  ldr r0, [r1, r0, lsl #2]
  bx lr
  .p2align 2
2: .word rw_vals - (1b + 4)
  .data
  .p2align 2
rw_vals: .word 22, 11
S
app softfail --rrld-verbose | tee softfail.txt
grep -q " 1 PC-relative code sequences into RW made r9-relative" softfail.txt || fail "softfail: not rewritten"
"$SRC/scripts/rrld-run" --build "$BUILD" --board mps2-an386 softfail.elf
