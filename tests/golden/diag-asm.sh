# Relocations only assembly (or a buggy compiler) produces, one error each.
source "$(dirname "$0")/lib.sh"
start
check() { # NAME PATTERN [LINK ARGS]: assemble stdin into NAME.o, link, expect PATTERN
  as "$1.o"
  expect_error "$2" "$RRLD" start.o "$1.o" -o "$1.elf" "${@:3}"
  [[ ! -e "$1.elf" ]] || fail "$1: output left behind"
}

# SB-relative (r9) reference to read-only data (rust-lang/rust#95871), when
# moving it to RW is refused (tests/golden/move-rodata.sh: the default).
check sbrel-ro "sbrel-ro.o:\(\.text\+0x0\): R_ARM_THM_MOVW_BREL_NC against 'lut' is an SB-relative \(r9\) reference to read-only data" --rrld-ro-relocs=error <<'S'
  .syntax unified
  .text
  .globl main
  .type main,%function
  .thumb_func
main:
  movw r0, :lower16:lut(sbrel)
  bx lr
  .section .rodata.lut,"a"
lut: .word 1
S

# PC-relative from RO code to RW data in no shape rrld can make r9-relative
# (a MOVW/MOVT pair whose result no "add rX, pc" consumes).
check pcrel-rw "pcrel-rw.o:\(\.text\+0x0\): R_ARM_THM_MOVW_PREL_NC against 'var' is a PC-relative reference from RO code to RW, and no 'add register, pc' consumes it" <<'S'
  .syntax unified
  .text
  .globl main
  .thumb_func
main:
  movw r0, :lower16:(var - (. + 4))
  movt r0, :upper16:(var - (. + 4))
  bx lr
  .data
var: .word 1
S

# PC-relative reference to an undefined weak symbol.
check weak "weak.o:\(\.text\+0x0\): R_ARM_THM_MOVW_PREL_NC against 'maybe' is a PC-relative reference to an undefined weak symbol" <<'S'
  .syntax unified
  .weak maybe
  .text
  .globl main
  .thumb_func
main:
  movw r0, :lower16:(maybe - (. + 4))
  movt r0, :upper16:(maybe - (. + 4))
  bx lr
S

# A pointer at an address that is not word aligned.
check misaligned "misaligned.o:\(\.data\+0x1\): R_ARM_ABS32 against 'main' is an absolute word at an address that is not word aligned" <<'S'
  .syntax unified
  .text
  .globl main
  .thumb_func
main:
  bx lr
  .data
  .byte 0
  .word main
S

# A GOT slot reached PC-relative from RO: lld's default --target2=got-rel
# for an exception-table style reference (clang passes --target2=rel).
check target2 "target2.o:\(\.rodata\+0x0\): R_ARM_TARGET2 against 'main' reaches a GOT slot PC-relative from RO" <<'S'
  .syntax unified
  .text
  .globl main
  .thumb_func
main:
  bx lr
  .section .rodata,"a"
  .word main(target2)
S
grep -q "fix: pass --target2=rel" out.txt || fail "target2 fix"
"$RRLD" --target2=rel start.o target2.o -o target2.elf

# An SB-relative reference to an absolute symbol.
check sbrel-abs "(SBREL relocation to fixed without static base|sbrel-abs.o:\(\.text\+0x0\): R_ARM_THM_MOVW_BREL_NC against 'fixed' is an SB-relative \(r9\) reference to a symbol that is not in RW)" <<'S'
  .syntax unified
  .globl fixed
  .set fixed, 0x1000
  .text
  .globl main
  .thumb_func
main:
  movw r0, :lower16:fixed(sbrel)
  bx lr
S

# A branch to an absolute address moves with the code and breaks.
check branch-abs "branch-abs.o:\(\.text\+0x0\): R_ARM_THM_CALL against 'rom_fn' is a PC-relative reference to an absolute symbol" --defsym=rom_fn=0x1001 <<'S'
  .syntax unified
  .text
  .globl main
  .thumb_func
main:
  bl rom_fn
  bx lr
S

# The location names the input section the field is in, never one of the
# .rel.* sections --emit-relocs lists in the map at address 0.
as many.o <<'S'
  .data
  .rept 40
  .word main
  .endr
S
as big.o <<'S'
  .syntax unified
  .text
  .globl main
  .thumb_func
main:
  movw r0, :lower16:(var - (. + 4))
  bx lr
  .space 0x400
  .data
var: .word 1
S
expect_error "^rrld: error: big.o:\(\.text\+0x0\): R_ARM_THM_MOVW_PREL_NC against 'var' is a PC-relative reference from RO code to RW, and no MOVT_PREL completes it" \
  "$RRLD" start.o many.o big.o -o loc.elf
