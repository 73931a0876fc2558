# Code built without -fropi/-frwpi: absolute addresses in instructions
# (v7-M MOVW/MOVT) and in literal pools (v6-M).
source "$(dirname "$0")/lib.sh"
start
PIC=()
cc app.o - <<'C'
int counter;
int main(void) { return counter; }
C
expect_error "app.o:\(\.text\.main\+0x[0-9a-f]+\): R_ARM_THM_MOVW_ABS_NC against 'counter' puts an absolute address into an instruction" \
  "$RRLD" start.o app.o -o app.elf
grep -q "R_ARM_THM_MOVT_ABS against 'counter'" out.txt || fail "MOVT not reported"
grep -q "fix: compile with -fropi -frwpi" out.txt || fail "no fix"

TARGET=thumbv6m-none-eabi CPU=cortex-m0
CFLAGS=(--target=$TARGET -mcpu=$CPU -Os -ffreestanding -ffunction-sections -fdata-sections)
PIC=(-fropi -frwpi)
start
PIC=()
cc app0.o - <<'C'
int counter;
int main(void) { return counter; }
C
expect_error "app0.o:\(\.text\.main\+0x[0-9a-f]+\): R_ARM_ABS32 against 'counter' puts an absolute address into code \(a literal pool\)" \
  "$RRLD" start.o app0.o -o app0.elf

# Hand-written assembly (inline asm included) loading an address from a
# literal pool, in an object built -fropi -frwpi: the message says so too.
as asmlit.o <<'S'
  .syntax unified
  .text
  .globl main
  .type main, %function
  .thumb_func
main:
  ldr r0, =main
  bx lr
S
expect_error "asmlit\.o:\(\.text\+0x[0-9a-f]+\): R_ARM_ABS32 against 'main' puts an absolute address into code \(a literal pool\): the object was built without -fropi -frwpi, or assembly loads the address \(ldr rX, =symbol\)" \
  "$RRLD" start.o asmlit.o -o x.elf
grep -q '^>>> fix: .*in assembly, form the address PC-relatively' out.txt || fail "asmlit: fix"
