# A read-only word holding a RAM address cannot follow the RAM base.
source "$(dirname "$0")/lib.sh"
start
cc app.o - <<'C'
int counter;
int *const pc = &counter;
int main(void) { return *pc; }
C
expect_error "^rrld: error: app.o:\(\.rodata\.pc\+0x0\): R_ARM_ABS32 against 'counter' puts a RAM address into flash" \
  "$RRLD" start.o app.o -o app.elf
grep -q '^>>> fix: keep the pointer in RW' out.txt || fail "no fix"
[[ ! -e app.elf ]] || fail "an output was left behind after an error"
