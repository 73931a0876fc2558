# In a large function clang puts a literal pool in the middle of the code
# and branches over it, sometimes between a Thumb-1 literal load and the
# "add rX, pc" that consumes it:
#
#     ldr  r6, [pc, #lit]
#     b    1f
#     (literal pool)
#  1: add  r6, pc
#
# The default code on Cortex-M0/M23 and on v7-M with -mno-movt (there with
# B.W and LDR.W too).  The r9
# rewrite (Rewrite.cpp) follows such an unconditional branch to the add, as
# long as the branch is the only way in there: another branch to the add, or
# code before it that may run on into it, still refuses the rewrite, and so
# does a write to the register on the way.
TARGET=thumbv6m-none-eabi CPU=cortex-m0
source "$(dirname "$0")/lib.sh"
: "${BUILD:?}"
cat > main.c <<'C'
#include "rrld_app.h"
int get(int i), back(int i);
int main(void) {
  int a = get(0), b = get(1), c = back(0), d = back(1);
  rrld_printf("get: %d %d back: %d %d\n", a, b, c, d);
  return a == 22 && b == 11 && c == 22 && d == 11 ? 0 : 1;
}
C
cc main.o main.c -I"$SRC/qemu/include"
# The refused ones define get alone.
printf 'int get(int i);\nint main(void) { return get(0); }\n' > main1.c
cc main1.o main1.c
app() { # NAME OBJECTS...: link NAME.elf from OBJECTS and the runtime
  "$RRLD" "${@:2}" --start-group "$BUILD/qemu/librrld_app_thumbv6m.a" \
    "$BUILD/relocator/librrld_relocator_thumbv6m.a" --end-group -u _start --gc-sections \
    -o $1.elf
}
# The start of a Thumb function NAME.
fn() { printf '  .syntax unified\n  .text\n  .globl %s\n  .type %s, %%function\n  .thumb_func\n%s:\n' $1 $1 $1; }
data() { printf '  .data\n  .p2align 2\nrw_vals: .word 22, 11\n'; }

# get: the load, a branch over a pool, the add.  back: the add before the
# load, after a branch (so nothing runs on into it), reached backwards.
{ fn get; cat <<'S'
  ldr r1, 2f
  b 1f
  .p2align 2
  .word 0x12345678, 0x9abcdef0, 0x0fedcba9
2: .word rw_vals - (1f + 4)
1:
  add r1, pc
  lsls r0, r0, #2
  ldr r0, [r1, r0]
  bx lr
S
  fn back; cat <<'S'
  b 3f
1:
  add r1, pc
  lsls r0, r0, #2
  ldr r0, [r1, r0]
  bx lr
3:
  ldr r1, 2f
  b 1b
  .p2align 2
2: .word rw_vals - (1b + 4)
S
  data; } | as island.o
app island main.o island.o --rrld-verbose | tee island.txt
grep -q " 2 PC-relative code sequences into RW made r9-relative" island.txt || fail "island: not rewritten"
for f in get back; do
  "$OBJDUMP" -d --no-show-raw-insn island.elf | sed -n "/<$f>:/,/^\$/p" | tee $f.dis
  grep -qE 'add\s+r1, r9' $f.dis || fail "island: no add r1, r9 in $f"
  ! grep -qE 'add\s+r1, pc' $f.dis || fail "island: an add r1, pc is left in $f"
done
"$SRC/scripts/rrld-run" --build "$BUILD" --board microbit island.elf island.elf:self
"$SRC/scripts/rrld-run" --build "$BUILD" --board mps2-an386 island.elf island.elf:self

# Another branch to the add: a path that loads a literal for read-only
# data.  Rewriting the add would break it.
{ fn get; cat <<'S'
  cmp r0, #0
  bne 3f
  ldr r1, 2f
  b 1f
  .p2align 2
  .word 0x12345678
2: .word rw_vals - (1f + 4)
1:
  add r1, pc
  ldr r0, [r1]
  bx lr
3:
  ldr r1, 4f
  b 1b
  .p2align 2
4: .word ro_val - (1b + 4)
  .section .rodata.ro_val,"a"
  .p2align 2
ro_val: .word 22
S
  data; } | as shared.o
expect_error "shared.o:\(\.text\+0x[0-9a-f]+\): R_ARM_REL32 against 'rw_vals' is a PC-relative reference from RO code to RW, and the branch at 0x[0-9a-f]+ reaches 0x[0-9a-f]+, inside the sequence from 0x[0-9a-f]+ to its 'add register, pc' at 0x[0-9a-f]+, so another path shares the add" \
  app shared main1.o shared.o
[[ ! -e shared.elf ]] || fail "an output was left after the error"

# Code after the pool that runs on into the add (a path that branches
# there with another value in r1).
{ fn get; cat <<'S'
  cmp r0, #0
  bne 3f
  ldr r1, 2f
  b 1f
  .p2align 2
  .word 0x12345678
2: .word rw_vals - (1f + 4)
3:
  movs r1, #0
1:
  add r1, pc
  ldr r0, [r1]
  bx lr
S
  data; } | as runon.o
expect_error "runon.o:\(\.text\+0x[0-9a-f]+\): R_ARM_REL32 against 'rw_vals' .*, and the code before 0x[0-9a-f]+ may run on into it, where the branch at 0x[0-9a-f]+ that the sequence from 0x[0-9a-f]+ follows to its 'add register, pc' at 0x[0-9a-f]+ lands, so another path shares the add" \
  app runon main1.o runon.o
# The same backwards: the add follows a call, which returns into it.
{ fn get; cat <<'S'
  b 3f
4:
  bl other
1:
  add r1, pc
  ldr r0, [r1]
  bx lr
3:
  ldr r1, 2f
  b 1b
  .p2align 2
2: .word rw_vals - (1b + 4)
S
  fn other; printf '  bx lr\n'; data; } | as runon-back.o
expect_error "runon-back.o:\(\.text\+0x[0-9a-f]+\): R_ARM_REL32 against 'rw_vals' .*, and the code before 0x[0-9a-f]+ may run on into it" \
  app runon-back main1.o runon-back.o

# The register written after the branch: the add no longer consumes the
# literal.
{ fn get; cat <<'S'
  ldr r1, 2f
  b 1f
  .p2align 2
  .word 0x12345678
2: .word rw_vals - (3f + 4)
1:
  adds r1, #4
3:
  add r1, pc
  ldr r0, [r1]
  bx lr
S
  data; } | as clobber.o
expect_error "clobber.o:\(\.text\+0x[0-9a-f]+\): R_ARM_REL32 against 'rw_vals' .*, and no single 'add register, pc' consumes the loaded literal" \
  app clobber main1.o clobber.o

# clang's own: a large function reading many 'int *const' (moved to RW, as
# they hold RW addresses) between many large constants, so that its literal
# pools land inside it.  Checked to hold the pattern: a "b" (or "b.w") to an
# "add rX, pc".  The result is checked against the same code run on the host.
# big N CORE BOARD CLANG-FLAGS...: N pointers, built for CORE, run on BOARD.
big() {
  local n=$1 core=$2 board=$3 k j i
  shift 3
  { echo '#include <stdint.h>'
    for ((k = 0; k < n; k++)); do echo "extern int *const cp$k;"; done
    echo 'volatile uint32_t sink;'
    echo '__attribute__((noinline)) uint32_t big(uint32_t x) {'
    echo '  uint32_t a = x, b = 1;'
    for ((k = 0; k < n; k++)); do
      echo "  a += *cp$k + $k; b ^= a;"
      for ((j = 0; j <= (k * 7 + 3) % 3; j++)); do
        i=$(((k * 131 + j * 7919) % 1000003))
        echo "  a = a * $((i % 7 + 3)) + (b ^ $(((i * 2654435761) % 100000))); b = (b << 3) ^ (a >> 5) ^ $(((i * 977) % 65536)); sink = a;"
      done
    done
    echo '  return a ^ b;'
    echo '}'
  } > big.c
  for ((k = 0; k < n; k++)); do echo "int c$k = $((k * 3 + 1)); int *const cp$k = &c$k;"; done > bigdata.c
  printf '#include <stdint.h>\n#include <stdio.h>\nuint32_t big(uint32_t);\nint main(void) { printf("%%u\\n", (unsigned)big(3)); return 0; }\n' > host.c
  "$CLANG" -O0 -o host big.c bigdata.c host.c
  local expected
  expected=$(./host)
  cat > bigmain.c <<C
#include "rrld_app.h"
#include <stdint.h>
uint32_t big(uint32_t);
int main(void) {
  uint32_t r = big(3);
  rrld_printf("big(3)=%u\n", (unsigned)r);
  return r == ${expected}u ? 0 : 1;
}
C
  local f
  for f in big bigdata bigmain; do
    "$CLANG" "$@" -O2 -ffreestanding -ffunction-sections -fdata-sections "${PIC[@]}" \
      -I"$SRC/qemu/include" -c $f.c -o $f-$core.o
  done
  "$OBJDUMP" -d --no-show-raw-insn big-$core.o | awk '
    /^ *[0-9a-f]+:/ { a = $1; sub(":", "", a); ins[a] = $0 }
    /\tb(\.w)?\t0x/ { for (i = 1; i <= NF; i++) if ($i ~ /^0x/) { t = $i; sub("0x", "", t); br[a] = t } }
    END { for (b in br) if (ins[br[b]] ~ /add\tr[0-9]+, pc/) print b " -> " ins[br[b]] }' | tee islands-$core.txt
  [[ -s islands-$core.txt ]] || fail "big $core: clang put no literal pool between a load and its add"
  "$RRLD" bigmain-$core.o big-$core.o bigdata-$core.o --start-group "$BUILD/qemu/librrld_app_$core.a" \
    "$BUILD/relocator/librrld_relocator_$core.a" --end-group -u _start --gc-sections \
    -o big-$core.elf --rrld-verbose | tee big-$core.txt
  grep -q " $n PC-relative code sequences into RW made r9-relative" big-$core.txt ||
    fail "big $core: not all rewritten"
  "$SRC/scripts/rrld-run" --build "$BUILD" --board $board big-$core.elf big-$core.elf:self
}
big 200 thumbv6m microbit --target=thumbv6m-none-eabi -mcpu=cortex-m0
big 400 thumbv7m mps2-an385 --target=thumbv7m-none-eabi -mcpu=cortex-m3 -mno-movt

# Thumb-2 (v7-M): a MOVW/MOVT pair, and a literal loaded with a 32-bit LDR
# (-mno-movt), each branching over a pool with a B.W to its add.
{ fn get; cat <<'S'
  movw r1, :lower16:(rw_vals - (1f + 4))
  movt r1, :upper16:(rw_vals - (1f + 4))
  b.w 1f
  .p2align 2
  .word 0x12345678
1:
  add r1, pc
  ldr r0, [r1, r0, lsl #2]
  bx lr
S
  fn back; cat <<'S'
  ldr.w r1, 2f
  b.w 1f
  .p2align 2
2: .word rw_vals - (1f + 4)
1:
  add r1, pc
  ldr r0, [r1, r0, lsl #2]
  bx lr
S
  data; } | "$LLVM_MC" -triple=thumbv7em-none-eabi -mcpu=cortex-m4 -filetype=obj -o island7.o
"$CLANG" --target=thumbv7em-none-eabi -mcpu=cortex-m4 -Os -ffreestanding -fropi -frwpi \
  -I"$SRC/qemu/include" -c main.c -o main7.o
"$RRLD" main7.o island7.o --start-group "$BUILD/qemu/librrld_app_thumbv7em.a" \
  "$BUILD/relocator/librrld_relocator_thumbv7em.a" --end-group -u _start --gc-sections \
  -o island7.elf --rrld-verbose | tee island7.txt
grep -q " 2 PC-relative code sequences into RW made r9-relative" island7.txt || fail "island7: not rewritten"
"$OBJDUMP" -d --no-show-raw-insn island7.elf | grep -A12 '<get>:' | tee get7.dis
grep -qE 'b\.w' get7.dis || fail "island7: no b.w"
"$SRC/scripts/rrld-run" --build "$BUILD" --board mps2-an386 island7.elf island7.elf:self

# A B.W inside an IT block is conditional: the path it starts is not the
# only one the code may take, and is refused.
{ fn get; cat <<'S'
  ldr.w r1, 2f
  cmp r0, #0
  it eq
  beq.w 1f
  movs r0, #0
  bx lr
  .p2align 2
2: .word rw_vals - (1f + 4)
1:
  add r1, pc
  ldr r0, [r1]
  bx lr
S
  data; } | "$LLVM_MC" -triple=thumbv7em-none-eabi -mcpu=cortex-m4 -filetype=obj -o it.o
"$CLANG" --target=thumbv7em-none-eabi -mcpu=cortex-m4 -Os -ffreestanding -fropi -frwpi \
  -c main1.c -o main17.o
expect_error "it.o:\(\.text\+0x[0-9a-f]+\): R_ARM_REL32 against 'rw_vals' .*, and the instruction at 0x[0-9a-f]+ of the sequence from 0x[0-9a-f]+ to 0x[0-9a-f]+ is inside an IT block" \
  "$RRLD" main17.o it.o --start-group "$BUILD/qemu/librrld_app_thumbv7em.a" \
  "$BUILD/relocator/librrld_relocator_thumbv7em.a" --end-group -u _start -o it.elf
