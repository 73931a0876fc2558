# Read-only sections move to RW out of a thin archive's members (llvm-ar
# --thin: the archive holds its members' paths, relative to itself) under a
# user's linker script, and under the default layout when a member's debug
# info is changed: rrld's copy of the archive names the same members, which
# lead to patched copies or to the originals (Move.h).  The apps run in QEMU;
# the user's archive and member files are never written.
source "$(dirname "$0")/lib.sh"
: "${BUILD:?}"
RUNTIME=(--start-group "$BUILD/qemu/librrld_app_thumbv7em.a"
  "$BUILD/relocator/librrld_relocator_thumbv7em.a" --end-group -u _start)
run() { "$SRC/scripts/rrld-run" --build "$BUILD" --board mps2-an386 "$@"; }
"$RRLD" --rrld-print-default-script > layout.ld
mkdir lib obj

# 1. Two members with const pointers to RAM: one beside the archive
# ("ptr.o"), one named by a path that climbs out of its directory
# ("../obj/ptr2.o"); a third member is not changed.
cat > main.c <<'C'
#include "rrld_app.h"
int counter, counter2;
extern int *const pc, *const pc2;
int twice(int x);
int main(void) {
  *pc = 5;
  *pc2 = 6;
  int r = twice(counter + counter2);
  rrld_printf("r=%d\n", r);
  return r == 22 ? 0 : 1;
}
C
cc main.o main.c -I"$SRC/qemu/include"
cc lib/ptr.o - <<'C'
extern int counter;
int *const pc = &counter;
C
cc obj/ptr2.o - <<'C'
extern int counter2;
int *const pc2 = &counter2;
C
cc obj/twice.o - <<'C'
int twice(int x) { return 2 * x; }
C
"$LLVM_AR" rcs --thin lib/libthin.a lib/ptr.o obj/ptr2.o obj/twice.o
head -c 8 lib/libthin.a | grep -q '^!<thin>' || fail "not a thin archive"
grep -aq '\.\./obj/ptr2\.o' lib/libthin.a || fail "the archive does not name ../obj/ptr2.o"
files=(lib/libthin.a lib/ptr.o obj/ptr2.o obj/twice.o)
sums=$(cksum "${files[@]}")

"$RRLD" main.o lib/libthin.a "${RUNTIME[@]}" -T layout.ld -Map=thin.map -o thin.elf \
  --rrld-explain | tee thin.txt
grep -q '^rrld: moved to RW (ram-pointer, 4 B): lib/libthin.a(ptr.o):(.rodata.pc)$' thin.txt ||
  fail "thin: pc did not move"
grep -q '^rrld: moved to RW (ram-pointer, 4 B): lib/libthin.a(../obj/ptr2.o):(.rodata.pc2)$' thin.txt ||
  fail "thin: pc2 did not move"
for s in pc pc2; do
  addr=$("$READELF" -s thin.elf | awk -v s=$s '$8==s {print $2}')
  [[ $addr == 2000* ]] || fail "thin: $s is not in RW: $addr"
done
# lld read the members under their own names.
grep -q 'lib/libthin.a(../obj/ptr2.o):(.data.R.pc2)$' thin.map || fail "thin: the map does not name ../obj/ptr2.o"
grep -q 'lib/libthin.a(../obj/twice.o):(.text.twice)$' thin.map || fail "thin: the map does not name ../obj/twice.o"
"$RRLD" inspect --json thin.elf > thin.json
expect_eq "$(json_field thin.json moved.sections)" 2 "thin: moved sections"
expect_eq "$(json_field thin.json moved.bytes)" 8 "thin: moved bytes"
"$RRLD" inspect thin.elf | contains -E '^ +4  ram-pointer +libthin\.a\(\.\./obj/ptr2\.o\):\(\.rodata\.pc2\)$' ||
  fail "thin: inspect does not list pc2"
"$RRLD" verify thin.elf
run thin.elf thin.elf:self
# Found through -L/-l: the same.
"$RRLD" main.o -Llib -lthin "${RUNTIME[@]}" -T layout.ld -o thin-l.elf
"$RRLD" inspect --json thin-l.elf > thin-l.json
expect_eq "$(json_field thin-l.json moved.sections)" 2 "thin -l: moved sections"
run thin-l.elf

# 2. C++: a COMDAT copy of a const pointer to RAM in a thin archive's member,
# which lld discards for another object's copy.  Counted once; runs.
printf '%s\n' 'extern int gx;' \
  'inline int *const &getp() { static int *const p = &gx; return p; }' > h.h
cxx a.o - -I. -O0 <<'C'
#include "h.h"
int gx = 1;
int tu2();
extern "C" int main() { return *getp() + tu2() - 3; }
C
cxx lib/b.o - -I. -O0 <<'C'
#include "h.h"
int tu2() { return *getp() + 1; }
C
"$READELF" -g lib/b.o | contains '_ZZ4getpvE1p' || fail "b.o has no section group for p"
"$LLVM_AR" rcs --thin lib/libcomdat.a lib/b.o
files+=(lib/libcomdat.a lib/b.o)
sums=$(cksum "${files[@]}")
"$RRLD" a.o lib/libcomdat.a "${RUNTIME[@]}" -T layout.ld -o comdat.elf
"$RRLD" inspect --json comdat.elf > comdat.json
expect_eq "$(json_field comdat.json moved.sections)" 1 "comdat: moved sections"
expect_eq "$(json_field comdat.json moved.bytes)" 4 "comdat: moved bytes"
run comdat.elf

# 3. A member named by its absolute path is read where it lies; rrld does not
# change it (its copy would need another name): a section that must move
# there is a clear error, a discarded COMDAT copy there links.
mkdir abs
cp obj/ptr2.o abs/ptr2.o
cp lib/b.o abs/b.o
"$LLVM_AR" rcs --thin abs/libabs.a "$T/abs/ptr2.o" "$T/obj/twice.o" lib/ptr.o
grep -aq "$T/abs/ptr2.o" abs/libabs.a || fail "abs: the archive does not name the absolute path"
expect_error "rrld cannot move it to RW: abs/libabs\.a is a thin archive whose member $T/abs/ptr2\.o is named by its absolute path" \
  "$RRLD" main.o abs/libabs.a "${RUNTIME[@]}" -T layout.ld -o abs.elf
"$LLVM_AR" rcs --thin abs/libabsb.a "$T/abs/b.o"
files+=(abs/libabs.a abs/libabsb.a abs/ptr2.o abs/b.o)
sums=$(cksum "${files[@]}")
"$RRLD" a.o abs/libabsb.a "${RUNTIME[@]}" -T layout.ld -o absb.elf
run absb.elf

# 4. The default layout: a member's debug info (-g) is changed in the copy
# (R_ARM_SBREL32 retyped, DebugInfo.h), and its moved section is named by
# the copy's path and the member's name.
cc lib/gptr.o - -g <<'C'
int gvar = 3; /* located r9-relatively in the debug info */
extern int counter;
int *const pc = &counter;
C
"$LLVM_AR" rcs --thin lib/libg.a lib/gptr.o obj/ptr2.o obj/twice.o
files+=(lib/libg.a lib/gptr.o)
sums=$(cksum "${files[@]}")
"$RRLD" main.o lib/libg.a "${RUNTIME[@]}" -o g.elf
"$RRLD" inspect --json g.elf > g.json
expect_eq "$(json_field g.json moved.sections)" 2 "debug: moved sections"
"$READELF" -rW g.elf | grep -A30 'rel.debug_info' | contains R_ARM_SBREL32 ||
  fail "debug: no R_ARM_SBREL32 in the debug info"
run g.elf

[[ $(cksum "${files[@]}") == "$sums" ]] || fail "an input changed"
