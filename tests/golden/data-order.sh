# --rrld-data-order: data sections holding addresses come first in their
# output section, grouped by where they point (flash only, both or unknown,
# RAM only); the rest follow in input order.  Words naming a symbol defined
# in another input (here an archive member) are classified by that symbol's
# section.
source "$(dirname "$0")/lib.sh"
start
cc a.o - <<'C'
extern int counter;          /* b.c: RW */
extern int handler_b(int);   /* b.c: code */
extern char __init_array_start[]; /* the linker script's: no input defines it */
static int fa(int x) { return x + 1; }
int plain_a[4] = {1, 2, 3, 4};
int (*ro_tab_a[])(int) = {fa, handler_b};
int *rw_tab_a[] = {&counter, &plain_a[1]};
void *mixed_a[] = {(void *)fa, &counter};
void *unk_a[] = {__init_array_start};
int (*const const_tab_a[])(int) = {fa};
int main(void) {
  return ro_tab_a[1](plain_a[0]) + *rw_tab_a[0] + (mixed_a[0] != 0) + (unk_a[0] != 0) +
         const_tab_a[0](1);
}
C
cc b.o - <<'C'
int counter = 7;
int plain_b = 3;
int handler_b(int x) { return x * 2; }
int (*ro_tab_b[])(int) = {handler_b};
int *rw_tab_b[] = {&plain_b};
int use_b(void) { return ro_tab_b[0](*rw_tab_b[0]); }
C
"$LLVM_AR" rc libb.a b.o

"$RRLD" --rrld-print-data-order start.o a.o libb.a > order.txt
cat order.txt
expect_eq "$(tr '\n' ' ' < order.txt)" \
  "const_tab_a ro_tab_a ro_tab_b mixed_a unk_a rw_tab_a rw_tab_b " "ordering file"

# A thin archive's members are read from their own files.
"$LLVM_AR" rcT libthin.a b.o
"$RRLD" --rrld-print-data-order start.o a.o libthin.a > thin.txt
cmp order.txt thin.txt || fail "thin archive ordered differently"

addr() { "$READELF" -sW "$1" | awk -v s="$2" '$8 == s {print $2}'; }
# in_order ELF SYM...: the symbols' addresses increase in this order.
in_order() {
  local elf=$1 prev="" p a; shift
  for s in "$@"; do
    a=$(addr "$elf" "$s")
    [[ -n $a ]] || fail "$elf: no symbol $s"
    [[ -z $prev ]] || ((16#$a > 16#$prev)) || fail "$elf: $s (0x$a) is not after $p (0x$prev)"
    prev=$a p=$s
  done
}
"$RRLD" start.o a.o libb.a -u use_b -o grouped.elf --rrld-verbose > verbose.txt
grep -q "grouped 7 data sections" verbose.txt || { cat verbose.txt; fail "verbose line"; }
# --threads=1 holds for the scan of the inputs too.
"$RRLD" start.o a.o libb.a -u use_b -o one.elf --threads=1 --rrld-verbose > verbose.txt
grep -q "read, 1 threads at most)" verbose.txt || { cat verbose.txt; fail "--threads=1 not taken by the scan"; }
cmp grouped.elf one.elf || fail "one thread linked differently"
in_order grouped.elf ro_tab_a ro_tab_b mixed_a unk_a rw_tab_a rw_tab_b plain_a
in_order grouped.elf plain_a counter plain_b
"$RRLD" verify grouped.elf

# input: the sections keep lld's input order.
"$RRLD" start.o a.o libb.a -u use_b -o input.elf --rrld-data-order=input --rrld-verbose > verbose.txt
! grep -q "grouped" verbose.txt || fail "input order still grouped"
in_order input.elf plain_a ro_tab_a rw_tab_a mixed_a unk_a counter plain_b ro_tab_b rw_tab_b
# A link that orders its own sections keeps that order.
printf 'plain_b\nplain_a\n' > mine.txt
"$RRLD" start.o a.o libb.a -u use_b -o mine.elf --symbol-ordering-file=mine.txt --rrld-verbose > verbose.txt
! grep -q "grouped" verbose.txt || fail "--symbol-ordering-file overridden"
in_order mine.elf plain_b plain_a ro_tab_a
expect_error "data-order.*not in" "$RRLD" start.o a.o -o x.elf --rrld-data-order=sorted

# Grouping shortens the streams: 100 units of a plain integer, three flash
# addresses and two RAM addresses each, interleaved in input order.
{
  echo "static int f(int x) { return x; }"
  for i in $(seq 100); do
    echo "int g$i = $i; static int s$i; int (*rt$i[3])(int) = {f, f, f}; int *rp$i[2] = {&s$i, &g$i};"
  done
  echo "int main(void) { return rt1[0](*rp1[0]); }"
} > units.c
cc units.o units.c
"$RRLD" start.o units.o -o u-grouped.elf --rrld-image=u-grouped.img
"$RRLD" start.o units.o -o u-input.elf --rrld-image=u-input.img --rrld-data-order=input
"$RRLD" inspect --json u-grouped.img > g.json
"$RRLD" inspect --json u-input.img > i.json
expect_eq "$(json_field g.json relocs.rw_to_ro)" 300 "grouped RW->RO words"
expect_eq "$(json_field i.json relocs.rw_to_ro)" 300 "input RW->RO words"
expect_eq "$(json_field g.json relocs.rw_to_rw)" 200 "grouped RW->RW words"
g=$(json_field g.json table_bytes) i=$(json_field i.json table_bytes)
echo "table bytes: grouped $g, input order $i"
((g * 2 <= i)) || fail "grouping did not halve the tables ($g vs $i bytes)"

# The scan reads small files into a reused buffer and maps larger ones
# (over 1 MiB), keeping only their string tables; GCC writes section and
# symbol names into two tables, clang into one.  Each way, the names in the
# ordering file must be the inputs' own.
cc big.o - <<'C'
char big_blob[1200000] = {1};
int big_v;
int use_big(void) { return big_blob[5] + big_v; }
int (*big_ro[])(void) = {use_big};
int *big_rw[] = {&big_v};
C
(($(stat -c %s big.o) > 1048576)) || fail "big.o is not over 1 MiB"
"$GCC" -mcpu=cortex-m4 -mthumb -Os -ffunction-sections -fdata-sections -x c -c - -o gcc.o <<'C'
extern int big_v;
int gcc_v;
int gcc_f(void) { return gcc_v; }
int (*gcc_ro[])(void) = {gcc_f};
int *gcc_rw[] = {&gcc_v, &big_v};
void *gcc_mixed[] = {(void *)gcc_f, &gcc_v};
C
"$READELF" -SW gcc.o | grep -q '\.shstrtab' || fail "gcc.o has no separate .shstrtab"
"$RRLD" --rrld-print-data-order start.o big.o gcc.o > big.txt
expect_eq "$(tr '\n' ' ' < big.txt)" "big_ro gcc_ro gcc_mixed big_rw gcc_rw " "ordering file of big.o and gcc.o"
