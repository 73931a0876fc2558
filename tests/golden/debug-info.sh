# Full debug info (-g) of -frwpi code: lld refuses the R_ARM_SBREL32 that
# locates RW globals in .debug_info, so rrld applies it itself
# (linker/src/DebugInfo.h).  The DWARF must verify, say r9 + (S - RW start)
# for each global, and `rrld place` must describe the placed addresses.
source "$(dirname "$0")/lib.sh"
: "${DWARFDUMP:?}" "${SYMBOLIZER:?}"
start
cat > app.c <<'C'
int counter = 11;
int table[4] = {1, 2, 3, 4};
static int hidden = 5;
int *const where = &counter; /* a RAM address in read-only data: moves to RW */
int get(int i) { hidden++; return table[i] + *where + hidden; }
int main(void) { counter++; return get(1); }
C
cat > lib.c <<'C'
int lib_total = 40;
int lib_add(int x) { lib_total += x; return lib_total; }
C
cc app.o app.c -g
cc lib.o lib.c -g
"$LLVM_AR" rcs libdbg.a lib.o
cat >> app.c <<'C'
int lib_add(int);
int use_lib(void) { return lib_add(2); }
C
cc app.o app.c -g

# Each global's DW_AT_location: DW_OP_const4u OFF, DW_OP_breg9, DW_OP_plus.
location() { # ELF NAME -> OFF in hex
  "$DWARFDUMP" --name="$2" "$1" | sed -n 's/.*DW_AT_location.*DW_OP_const4u \(0x[0-9a-f]*\), DW_OP_breg9 R9+0, DW_OP_plus.*/\1/p'
}
symbol() { "$READELF" -sW "$1" | awk -v n="$2" '$8==n {print "0x" $2}'; }
check_locations() { # ELF RW_START
  local elf=$1 rw=$2 name off addr
  for name in counter table hidden lib_total; do
    off=$(location "$elf" $name)
    addr=$(symbol "$elf" $name)
    [[ -n $off && -n $addr ]] || fail "$elf: no location or symbol for $name"
    expect_eq "$(printf 0x%x $((rw + off)))" "$(printf 0x%x $((addr)))" "$elf: r9 + location of $name"
  done
}

for script in default user; do
  args=(start.o app.o -L. -ldbg -o $script.elf --rrld-image=$script.img)
  if [[ $script == user ]]; then
    "$RRLD" --rrld-print-default-script > user.ld
    args+=(-T user.ld)
  fi
  "$RRLD" "${args[@]}" --rrld-verbose | tee link.txt
  grep -q "moved to RW: 1 read-only sections" link.txt || fail "$script: where did not move"
  "$DWARFDUMP" --verify $script.elf > verify.txt || { cat verify.txt; fail "$script: DWARF does not verify"; }
  "$READELF" -rW $script.elf | grep -A30 "rel.debug_info" > rel.txt
  [[ $(grep -c R_ARM_SBREL32 rel.txt) -ge 4 ]] || { cat rel.txt; fail "$script: SBREL32 not kept"; }
  ! grep -q R_ARM_NONE rel.txt || fail "$script: a retyped relocation is left as R_ARM_NONE"
  rw=$("$READELF" -SW $script.elf | awk '{for (i = 1; i < NF; ++i) if ($i == ".data") print "0x" $(i + 2)}')
  check_locations $script.elf $rw
  # The image is the one linked without -g.
  cc app_nog.o app.c
  cc lib_nog.o lib.c
  rm -f libnog.a && "$LLVM_AR" rcs libnog.a lib_nog.o
  nog=(start.o app_nog.o -L. -lnog -o nog.elf --rrld-image=nog.img)
  [[ $script == user ]] && nog+=(-T user.ld)
  "$RRLD" "${nog[@]}"
  cmp $script.img nog.img || fail "$script: -g changed the image"
done

# Placed: code addresses in the DWARF move with RO, and the globals are
# still r9-relative, r9 being the placed RW start.
"$RRLD" place --ro 0x08020000 --rw 0x20004000 default.elf -o placed.elf
"$DWARFDUMP" --verify placed.elf > verify.txt || { cat verify.txt; fail "placed: DWARF does not verify"; }
check_locations placed.elf 0x20004000
get=$(symbol placed.elf get)
[[ $(( get & 0xfff00000 )) -eq $((0x08000000)) ]] || fail "placed: get at $get"
lowpc=$("$DWARFDUMP" --name=get placed.elf | sed -n 's/.*DW_AT_low_pc.*(\(0x[0-9a-f]*\)).*/\1/p')
expect_eq "$(printf 0x%x $((lowpc)))" "$(printf 0x%x $((get & ~1)))" "placed: DW_AT_low_pc of get"
"$SYMBOLIZER" --obj=placed.elf $((get & ~1)) > sym.txt
cat sym.txt
grep -q '^get$' sym.txt || fail "placed: the symbolizer does not find get at its placed address"
grep -q 'app.c:5' sym.txt || fail "placed: no line for get"
"$SYMBOLIZER" --obj=default.elf $((get & ~1)) | contains '^get$' && fail "the linked ELF also has get there"

# -S drops the debug info (lld does), and rrld changes no inputs for it.
"$RRLD" -S start.o app.o -L. -ldbg -o s.elf --rrld-image=s.img
! "$READELF" -SW s.elf | contains debug_info || fail "-S kept .debug_info"
cmp s.img default.img || fail "-S changed the image"

# Against a section symbol lld would lose the input section's offset:
# left alone, lld refuses it (no silently wrong location).
cat > sec.s <<'S'
	.data
	.word 0
var:	.word 1
	.section .debug_info,"",%progbits
	.word .data(sbrel)
S
"$LLVM_MC" -triple=$TARGET -mcpu=$CPU -filetype=obj -o sec.o sec.s
if "$READELF" -rW sec.o | contains "R_ARM_SBREL32.*\.data"; then
  expect_error "non-ABS relocation R_ARM_SBREL32" "$RRLD" start.o app.o sec.o -L. -ldbg -o x.elf
fi
echo "debug-info: ok"
