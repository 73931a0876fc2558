# An M-profile core runs Thumb code only.  Objects built for ARM state
# (A32) are refused before the link, naming the file (and the archive
# member): by their build attributes (Tag_CPU_arch_profile 'A'), by a $a
# mapping symbol when the attributes are gone, and by an A32-only
# relocation when the mapping symbols are gone too.  lld alone links them,
# and the app takes a UsageFault at the first BLX into ARM state.
source "$(dirname "$0")/lib.sh"
start
cc main.o - <<'C'
int helper(int);
int main(void) { return helper(3) == 4 ? 0 : 1; }
C
"$CLANG" --target=armv7a-none-eabi -marm -Os -ffreestanding -fropi -frwpi -c -x c - -o a32.o <<'C'
int helper(int x) { return x + 1; }
C
"$READELF" -A a32.o | grep -A1 "TagName: CPU_arch_profile" | contains "Description: Application" || fail "a32.o is not an A-profile object"

fix=">>> fix: build it for the Cortex-M core in Thumb state"
expect_error "rrld: error: a32.o: built for the 'A' profile \(Tag_CPU_arch_profile" \
  "$RRLD" start.o main.o a32.o -o out.elf
grep -q -- "$fix" out.txt || fail "no fix line"
[[ ! -e out.elf ]] || fail "an output was written"

# Inside an archive: the member is named.
"$LLVM_AR" rc liba32.a a32.o
expect_error "rrld: error: (\./)?liba32\.a\(a32.o\): built for the 'A' profile" \
  "$RRLD" start.o main.o -L. -la32 -o out.elf

# Without attributes, the $a mapping symbol gives it away.
: "${OBJCOPY:?}"
"$OBJCOPY" --remove-section=.ARM.attributes a32.o noattr.o
expect_error "rrld: error: noattr.o: holds ARM-state \(A32\) code: the mapping symbol \\\$a marks \.text" \
  "$RRLD" start.o main.o noattr.o -o out.elf

# Without mapping symbols either: the A32 relocations (a BL in ARM state).
"$CLANG" --target=armv7a-none-eabi -marm -Os -ffreestanding -fropi -frwpi -c -x c - -o call.o <<'C'
int ext(int);
int helper(int x) { return ext(x) + 1; }
C
"$READELF" -r call.o | contains -E "R_ARM_(CALL|JUMP24)" || fail "call.o has no A32 branch relocation"
syms=$("$READELF" -s call.o | awk '$8 ~ /^\$a/ {print "--strip-symbol=" $8}' | sort -u)
"$OBJCOPY" --remove-section=.ARM.attributes $syms call.o bare.o
! "$READELF" -s bare.o | contains '\$a' || fail "bare.o still has \$a"
expect_error "rrld: error: bare.o: holds ARM-state \(A32\) code: \.text\+0x[0-9a-f]+ has a R_ARM_(CALL|JUMP24)" \
  "$RRLD" start.o main.o bare.o -o out.elf

# The Cortex-M objects of the same program link.
cc helper.o - <<'C'
int helper(int x) { return x + 1; }
C
"$RRLD" start.o main.o helper.o -o ok.elf
