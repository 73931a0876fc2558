# A linker set: sections named as a C identifier, which lld bounds with
# __start_NAME and __stop_NAME, and which a program iterates (command
# tables, init hooks).  When an entry holds a RAM address (or, under
# --rrld-ro-relocs=ram, any address) the set must move to RW whole: every
# object's entries, between the two symbols, aligned as its most aligned
# entry.  Two objects contribute here; only one entry points at RAM.  The
# app runs at random placements and prints what it read through the set.
source "$(dirname "$0")/lib.sh"
: "${BUILD:?}"
cat > set.h <<'C'
struct cmd { const char *name; int (*fn)(int); int *hits; long long pad; };
#define CMD(n, f, h) __attribute__((used, section("cmdset"))) static const struct cmd cmd_##n = {#n, f, h, 0}
extern const struct cmd __start_cmdset[], __stop_cmdset[];
C
cc seta.o - -I. -I"$SRC/qemu/include" <<'C'
#include "rrld_app.h"
#include "set.h"
int hits[2];
static int c_a(int x) { return x + 1; }
CMD(alpha, c_a, &hits[0]);
int main(void) {
  int v = 10, n = 0, sum = 0;
  for (const struct cmd *c = __start_cmdset; c < __stop_cmdset; c++, n++) {
    v = c->fn(v);
    if (c->hits)
      ++*c->hits;
    sum += c->name[0];
  }
  rrld_printf("cmds %d v=%d hits %d %d names %d\n", n, v, hits[0], hits[1], sum);
  return n == 2 && v == 22 && hits[0] == 1 && sum == 'a' + 'b' ? 0 : 1;
}
C
cc setb.o - -I. <<'C'
#include "set.h"
static int c_b(int x) { return x * 2; }
CMD(beta, c_b, 0);
C
link() { # OUT OPTIONS...
  local out=$1; shift
  "$RRLD" seta.o setb.o --start-group "$BUILD/qemu/librrld_app_thumbv7em.a" \
    "$BUILD/relocator/librrld_relocator_thumbv7em.a" --end-group -u _start -o "$out" "$@"
}
for opts in "" "--gc-sections" "--rrld-ro-relocs=ram --gc-sections"; do
  link set.elf $opts --rrld-explain | tee set.txt
  grep -qE '^rrld: moved to RW \((ram-pointer|ro-relocs-ram), 24 B\): seta\.o:\(cmdset\)$' set.txt ||
    fail "$opts: seta's entry did not move"
  grep -qE '^rrld: moved to RW \((same-name|ro-relocs-ram), 24 B\): setb\.o:\(cmdset\)$' set.txt ||
    fail "$opts: setb's entry did not move with it"
  start=$("$READELF" -s set.elf | awk '$8=="__start_cmdset" {print $2}')
  stop=$("$READELF" -s set.elf | awk '$8=="__stop_cmdset" {print $2}')
  [[ $start == 2000* ]] || fail "$opts: __start_cmdset is not in RW: $start"
  expect_eq "$((0x$stop - 0x$start))" 48 "$opts: set size"
  expect_eq "$((0x$start % 8))" 0 "$opts: set alignment"
  "$SRC/scripts/rrld-run" --build "$BUILD" --board mps2-an386 set.elf set.elf:self
done
link set.elf --rrld-explain > set.txt
grep -qE '^    seta\.o:\(cmdset\), section [0-9]+, moves to RW, and a linker set \(the sections of one C-identifier name' set.txt ||
  fail "no reason for setb's move"
[[ $(grep -c 'linker set' set.txt) == 1 ]] || fail "the set's reason is given more than once"
# Under a user's script rrld can move only .rodata* sections (it renames
# them in a copy of the object): a precise error.
"$RRLD" --rrld-print-default-script > user.ld
expect_error "seta\.o:\(cmdset\+0x8\): R_ARM_ABS32 against 'hits' puts a RAM address into flash.*rrld moves only sections named \.rodata\*" \
  link user.elf -T user.ld

# A read-only set (flash addresses only) whose bounds the program declares
# without const: -frwpi code (and Rust, for every extern static) reaches
# them through r9, as RW data, so the set must be in RW: it moves whole.
cc roset.o - -I"$SRC/qemu/include" <<'C'
#include "rrld_app.h"
struct op { const char *name; int (*fn)(int); };
static int twice(int x) { return 2 * x; }
static int plus3(int x) { return x + 3; }
__attribute__((used, section("roset"))) static const struct op op1 = {"twice", twice};
__attribute__((used, section("roset"))) static const struct op op2 = {"plus3", plus3};
extern struct op __start_roset[], __stop_roset[]; /* no const: reached through r9 */
int main(void) {
  int v = 5, n = 0;
  for (struct op *o = __start_roset; o < __stop_roset; o++, n++)
    v = o->fn(v);
  rrld_printf("ops %d v=%d\n", n, v);
  return n == 2 && (v == 13 || v == 16) ? 0 : 1;
}
C
"$RRLD" roset.o --start-group "$BUILD/qemu/librrld_app_thumbv7em.a" \
  "$BUILD/relocator/librrld_relocator_thumbv7em.a" --end-group -u _start -o roset.elf --rrld-explain |
  tee roset.txt
grep -q "R_ARM_THM_MOVW_BREL_NC against '__start_roset' reaches a linker set's bound through r9" roset.txt ||
  fail "roset: no reason"
start=$("$READELF" -s roset.elf | awk '$8=="__start_roset" {print $2}')
[[ $start == 2000* ]] || fail "roset: __start_roset is not in RW: $start"
"$SRC/scripts/rrld-run" --build "$BUILD" --board mps2-an386 roset.elf roset.elf:self
