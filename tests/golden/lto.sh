# Bitcode inputs (clang -flto): lld's LTO code generator compiles them, and
# rrld gives it the ROPI/RWPI relocation model the objects were compiled
# with (-mllvm -relocation-model=ropi-rwpi), so LTO code reaches data as
# -fropi -frwpi code does: a const table of function addresses in flash
# (RO->RO), a RAM table of them (RW->RO), a RAM pointer to RAM (RW->RW).
# A relocation model on the command line is the user's and is kept: static
# code holds absolute addresses, which rrld refuses.
source "$(dirname "$0")/lib.sh"
start
cat > app.c <<'C'
int g = 3;
__attribute__((used)) int *volatile p = &g;
static int f1(int x) { return x + g; }
static int f2(int x) { return x * *p; }
__attribute__((used)) int (*const ro_tab[])(int) = {f1, f2, f1};
__attribute__((used)) int (*volatile rw_tab[])(int) = {f2, f1};
volatile int sel;
int main(void) { return ro_tab[sel](1) + rw_tab[sel & 1](2); }
C
cc app.o app.c -flto
expect_eq "$(od -An -tx1 -N4 app.o | tr -d ' ')" 4243c0de "app.o's magic (LLVM bitcode)"
"$RRLD" start.o app.o -o app.elf
"$RRLD" inspect --json app.elf > i.json
expect_eq "$(json_field i.json relocs.ro_to_ro)" 3 "RO->RO words (ro_tab)"
expect_eq "$(json_field i.json relocs.rw_to_ro)" 2 "RW->RO words (rw_tab)"
expect_eq "$(json_field i.json relocs.rw_to_rw)" 1 "RW->RW words (p)"
"$RRLD" verify app.elf
# Code reaches ro_tab PC-relative and g through r9, as -fropi -frwpi code does.
"$OBJDUMP" -d --no-show-raw-insn app.elf | grep -A20 '<main>:' > main.txt
cat main.txt
grep -qE 'add\s+r[0-9]+, pc' main.txt || fail "main does not address ro_tab PC-relative"
grep -qE '\[?r9' main.txt || fail "main does not address RAM through r9"
# The user's relocation model wins: static code is refused, precisely.
expect_error "R_ARM_THM_MOV[WT]_ABS.* absolute address into an instruction" \
  "$RRLD" start.o app.o -o static.elf -mllvm -relocation-model=static

# Moves decided from the inputs: the read-only tables of RAM addresses
# (.rodata.ro_ptr1, .rodata.ro_ptr2) move to RW, named by one pattern,
# .rodata.ro_ptr*, only if the scan saw every input section.  A bitcode
# input's sections appear only after LTO (here .rodata.ro_ptr_plain, a
# plain table that must stay in flash), so the pattern must not be used.
cat > ptrs.c <<'C'
int x, y;
int *const ro_ptr1 = &x;
int *const ro_ptr2 = &y;
int get(int i);
int main(void) { return *ro_ptr1 + *ro_ptr2 + get(1); }
C
cat > plain.c <<'C'
const int ro_ptr_plain[5] = {1, 2, 3, 4, 5};
int get(int i) { return ro_ptr_plain[i & 3]; }
C
cc ptrs.o ptrs.c
cc plain.o plain.c -flto
"$RRLD" start.o ptrs.o plain.o -o mixed.elf
addr() { "$READELF" -sW "$1" | awk -v s="$2" '$8 == s {print $2}'; }
for s in ro_ptr1 ro_ptr2; do
  a=$(addr mixed.elf $s)
  ((16#$a >= 0x20000000)) || fail "$s (0x$a) did not move to RW"
done
a=$(addr mixed.elf ro_ptr_plain)
[[ -n $a ]] || fail "no ro_ptr_plain"
((16#$a < 0x20000000)) || fail "ro_ptr_plain (0x$a), which holds no address, moved to RW"
"$RRLD" verify mixed.elf

# Data that LTO's code generator makes read-only (a table of RAM addresses
# never written is constant to it) lands in flash, and rrld, which decides
# moves from the input objects before the link, cannot see it coming from
# bitcode: a precise error that says so, with a fix that works.
cat > ltoram.c <<'C'
int x = 1, y = 2;
static int *tab[] TAB_SECTION = {&x, &y};
volatile int sel;
int main(void) { return *tab[sel]; }
C
cc ltoram.o ltoram.c -flto -DTAB_SECTION=
expect_error "lto\.o:\(\.rodata\.tab\+0x0\): R_ARM_ABS32 against section \.data puts a RAM address into flash.*cannot see into LLVM bitcode \(LTO\)" \
  "$RRLD" start.o ltoram.o -o ltoram.elf -Map=ltoram.map
grep -q '^>>> fix: place the data in RAM by name, e.g. __attribute__((section(".data.tab")))' out.txt ||
  fail "ltoram: no fix"
# Without a map rrld cannot name the section, but still says why.
expect_error "R_ARM_ABS32 against section \.data puts a RAM address into flash.*cannot see into LLVM bitcode" \
  "$RRLD" start.o ltoram.o -o ltoram.elf
cc ltoram.o ltoram.c -flto '-DTAB_SECTION=__attribute__((section(".data.tab")))'
"$RRLD" start.o ltoram.o -o ltoram.elf
"$RRLD" inspect --json ltoram.elf > ltoram.json
expect_eq "$(json_field ltoram.json relocs.rw_to_rw)" 2 "ltoram: the table in RW"
