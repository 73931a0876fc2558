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
