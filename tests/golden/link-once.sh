# rrld decides from the inputs which read-only data moves to RW and runs
# lld once per link (docs/manual.md, "How a link runs"): with moves, with a
# chain of moves, through r9, from an archive found with -l, under a user's
# linker script, and when the link fails.  One run also means: the user's
# -Map describes the output, lld's messages print once, no temporary file
# names appear in messages, and the same link gives the same bytes from any
# directory.
source "$(dirname "$0")/lib.sh"
start

# lld_runs FILE: how many times lld ran, counted twice: the lld stage of
# --rrld-time-passes, and the version line lld itself prints for -v at the
# start of each run (so a second run anywhere in rrld is seen).
lld_runs() { grep -c '^rrld: time: lld ' "$1" || true; }
lld_starts() { grep -c '(compatible with GNU linkers)$' "$1" || true; }
once() { # NAME CMD...: CMD succeeds and runs lld exactly once
  local name=$1; shift
  "$@" --rrld-time-passes -v > "$name.out" 2>&1 || { cat "$name.out"; fail "$name: link failed"; }
  expect_eq "$(lld_runs "$name.out")" 1 "$name: lld stages"
  expect_eq "$(lld_starts "$name.out")" 1 "$name: lld runs"
}

# A chain: ptrs holds RAM addresses, pp points at ptrs; a word in an
# archive member found with -l; data reached through r9.
cc chain.o - <<'C'
int a, b;
int *const ptrs[] = {&a, &b};
int *const *const pp = ptrs;
volatile int i;
int main(void) { return *pp[i]; }
C
cc ptr.o - <<'C'
extern int a;
int *const pa = &a;
C
"$LLVM_AR" rc libptr.a ptr.o
as sb.o <<'S'
  .syntax unified
  .text
  .globl use_lut
  .thumb_func
use_lut:
  movw r0, :lower16:lut(sbrel)
  movt r0, :upper16:lut(sbrel)
  add r0, r9
  bx lr
  .section .rodata.lut,"a"
lut: .byte 1, 2, 3, 4
S
once chain "$RRLD" start.o chain.o sb.o -L. -lptr -u pa -o chain.elf --rrld-explain --rrld-verbose
cat chain.out
for s in 'chain.o:(.rodata.ptrs)' 'chain.o:(.rodata.pp)' './libptr.a(ptr.o):(.rodata.pa)' 'sb.o:(.rodata.lut)'; do
  grep -qF "rrld: moved to RW" chain.out && grep -F "rrld: moved to RW" chain.out | contains -F "): $s" ||
    fail "chain: $s not moved"
done
grep -q 'moved to RW: 4 read-only sections, 20 B (decided from [0-9]* input objects; 1 lld run)' chain.out ||
  fail "chain: verbose summary"
for sym in ptrs pp pa lut; do
  addr=$("$READELF" -s chain.elf | awk -v s=$sym '$8==s {print $2}')
  [[ $addr == 2000* ]] || fail "chain: $sym is not in RW: $addr"
done
"$RRLD" verify chain.elf

# --rrld-ro-relocs=ram moves flash addresses in const data too; one run.
cc tab.o - <<'C'
static int one(void) { return 1; }
int (*const fns[])(void) = {one, one};
volatile int i;
int main(void) { return fns[i](); }
C
once ram "$RRLD" start.o tab.o -o ram.elf --rrld-ro-relocs=ram
addr=$("$READELF" -s ram.elf | awk '$8=="fns" {print $2}')
[[ $addr == 2000* ]] || fail "ram: fns is not in RW: $addr"

# With a move, the default layout's .data is restated for lld: the symbols
# it provides (__init_array_start/end, which every app's start-up reads
# r9-relative) must still be defined in RW.
cc init.o - <<'C'
extern void (*__init_array_start[])(void);
extern void (*__init_array_end[])(void);
static int one(void) { return 1; }
int (*const ctors[])(void) = {one};
__attribute__((constructor)) static void ctor(void) {}
int main(void) {
  int n = 0;
  for (void (**f)(void) = __init_array_start; f != __init_array_end; ++f)
    ++n;
  return n + ctors[0]();
}
C
once init "$RRLD" start.o init.o -o init.elf --rrld-ro-relocs=ram
for sym in __init_array_start __init_array_end ctors; do
  addr=$("$READELF" -s init.elf | awk -v s=$sym '$8==s {print $2}')
  [[ $addr == 2000* ]] || fail "init: $sym is not in RW: '$addr'"
done

# A user's script: the moved sections reach RW through changed copies of
# the inputs, still with one lld run; the user's -Map names the inputs, not
# the copies, and describes this output.
cat > user.ld <<'L'
SECTIONS { . = 0; .rrld_header : { . += 96; } .text : { *(.text*) } .ARM.exidx : { *(.ARM.exidx*) } .rodata : { *(.rodata*) }
  . = 0x20000000; .data : { *(.data*) } .bss : { *(.bss*) } }
L
once user "$RRLD" -T user.ld start.o chain.o sb.o -L. -lptr -u pa -o user.elf -Map=user.map
grep -qE '^ *[0-9a-f]+ +[0-9a-f]+ +[0-9a-f]+ +[0-9a-f]+ +chain\.o:\(\.data\.R\.ptrs\)$' user.map ||
  fail "user map: no moved chain.o:(.data.R.ptrs)"
! grep -q 'rrld-' user.map || fail "user map: names a temporary file"
ptrs=$("$READELF" -s user.elf | awk '$8=="ptrs" {print $2}')
grep -qE "^ *$ptrs +[0-9a-f]+ +[0-9a-f]+ +[0-9a-f]+ +ptrs$" user.map || fail "user map: ptrs not at $ptrs"
# ... and the default layout's map, too.
once map "$RRLD" start.o chain.o -o map.elf -Map=default.map
ptrs=$("$READELF" -s map.elf | awk '$8=="ptrs" {print $2}')
[[ $ptrs == 2000* ]] || fail "map: ptrs is not in RW: $ptrs"
grep -qE "^ *$ptrs +[0-9a-f]+ +[0-9a-f]+ +[0-9a-f]+ +ptrs$" default.map || fail "map: ptrs not at $ptrs"
# rrld's own input (the anchor object of the default layout) by its name,
# not a temporary file's.
! grep -q 'rrld-' default.map || fail "default map: names a temporary file"
grep -q '<rrld anchor>:(.data.rrld_anchor)' default.map || fail "default map: no anchor"

# --rrld-explain with the user's -Map: the map is written, describes this
# output and names the inputs, and the explanation uses it.
once explain "$RRLD" -T user.ld start.o chain.o sb.o -L. -lptr -u pa -o explain.elf \
  -Map=explain.map --rrld-explain
[[ -s explain.map ]] || fail "explain: the user's map was not written"
ptrs=$("$READELF" -s explain.elf | awk '$8=="ptrs" {print $2}')
grep -qE "^ *$ptrs +[0-9a-f]+ +[0-9a-f]+ +[0-9a-f]+ +ptrs$" explain.map ||
  fail "explain: ptrs not at $ptrs in the map"
grep -qF "rrld: moved to RW" explain.out && grep -F "rrld: moved to RW" explain.out | contains -F "): chain.o:(.rodata.ptrs)" ||
  fail "explain: chain.o:(.rodata.ptrs) not explained"
! grep -qE 'rrld-(inputs|map|layout|anchor|order)' explain.map explain.out ||
  fail "explain: a temporary file is named"

# lld's own output prints once: --print-gc-sections and a warning.
cc unused.o - <<'C'
int unused_fn(void) { return 7; }
C
once gc "$RRLD" start.o chain.o unused.o -o gc.elf --gc-sections --print-gc-sections -z rrld-no-such-option
expect_eq "$(grep -cF 'removing unused section unused.o:(.text.unused_fn)' gc.out)" 1 "gc lines"
expect_eq "$(grep -c 'warning: unknown -z value: rrld-no-such-option' gc.out)" 1 "lld warnings"
# ... also for an input rrld changed a copy of (a user's script), which lld
# names as the user does.
cc gcmove.o - <<'C'
extern int a;
int *const gp = &a;
int gc_unused(void) { return 8; }
C
once gcuser "$RRLD" -T user.ld start.o chain.o gcmove.o -u gp -o gcuser.elf --gc-sections --print-gc-sections
cat gcuser.out
expect_eq "$(grep -cF 'removing unused section gcmove.o:(.text.gc_unused)' gcuser.out)" 1 "gc lines (copy)"
! grep -qE 'rrld-(inputs|map|layout|anchor|order)' gcuser.out || fail "gcuser: a temporary file is named"

# A failing link: one lld run, each error once, no temporary file names.
cc named.o - <<'C'
int counter;
__attribute__((section(".flashcfg"))) int *const cfg = &counter;
int main(void) { return *cfg; }
C
cat > named.ld <<'L'
SECTIONS { . = 0; .rrld_header : { . += 96; } .text : { *(.text*) } .ARM.exidx : { *(.ARM.exidx*) } .rodata : { *(.rodata*) *(.flashcfg) }
  . = 0x20000000; .data : { *(.data*) } .bss : { *(.bss*) } }
L
expect_error "named\.o:\(\.flashcfg\+0x0\): R_ARM_ABS32 against 'counter' puts a RAM address into flash" \
  "$RRLD" -T named.ld start.o named.o sb.o -o named.elf --rrld-time-passes -v
expect_eq "$(lld_runs out.txt)" 1 "error: lld stages"
expect_eq "$(lld_starts out.txt)" 1 "error: lld runs"
expect_eq "$(grep -c 'error:' out.txt)" 1 "error: errors"
! grep -qE 'rrld-(inputs|map|layout|anchor|order)' out.txt || fail "error: a temporary file is named"
# lld's own error about a changed copy names the original input.
cc dup.o - <<'C'
int *const ptrs_dup = 0;
int a;
C
expect_error "duplicate symbol: a" "$RRLD" -T user.ld start.o chain.o dup.o -o dup.elf
grep -qE '^>>> +chain\.o:\(a\)' out.txt || fail "dup: the copy is not named chain.o"
! grep -qE 'rrld-(inputs|map|layout|anchor|order)' out.txt || fail "dup: a temporary file is named"

# The same link from two directories, inputs named by absolute paths: the
# same bytes, with the default layout and under a user's script.
mkdir -p d1 d2/deeper
for args in "" "-T $T/user.ld"; do
  (cd d1 && "$RRLD" $args "$T/start.o" "$T/chain.o" "$T/sb.o" -L"$T" -lptr -u pa -o "$T/a.elf" --rrld-image="$T/a.img")
  (cd d2/deeper && "$RRLD" $args "$T/start.o" "$T/chain.o" "$T/sb.o" -L"$T" -lptr -u pa -o "$T/b.elf" --rrld-image="$T/b.img")
  cmp a.elf b.elf || fail "ELF differs between directories ($args)"
  cmp a.img b.img || fail "image differs between directories ($args)"
done
