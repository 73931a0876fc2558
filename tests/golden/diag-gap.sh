# Holes a linker script makes inside a segment (Gaps.h): every hole of
# 64 KiB or more is a warning naming the section after it and its size,
# --rrld-allow-gap silences it, and a hole that makes a segment too large
# for the image format is an error.  The three scripts of the review:
# `. = 0x00800000` before .rodata (an 8 MB image), ALIGN(0x100000) before
# .bss (a 1 MB rw_zero_size), and .data placed in flash (RW from flash to
# RAM).
source "$(dirname "$0")/lib.sh"
start
cc app.o - <<'C'
const int table[4] = {1, 2, 3, 4};
int data = 5;
int zeroed[8];
volatile int i = 2;
int main(void) { zeroed[i] = table[i] + data; return zeroed[i] == 8 ? 0 : 1; }
C
"$RRLD" --rrld-print-default-script > default.ld
link() { "$RRLD" -T "$1" start.o app.o -o "${1%.ld}.elf" "${@:2}"; }

# 1. `. = 0x00800000` before .rodata: a warning, the image links.
sed 's|^  \.rodata : {|  . = 0x00800000;\n&|' default.ld > ro-gap.ld
grep -q '^  \. = 0x00800000;' ro-gap.ld || fail "script edit 1"
link ro-gap.ld 2> warn1.txt; cat warn1.txt
grep -qE "rrld: warning: ro-gap.elf: RO has a hole of [0-9]+ bytes between \.[a-zA-Z.]+ \(ending at 0x[0-9a-f]+\) and \.rodata \(at 0x800000\): flash the image fills with zeros" warn1.txt ||
  fail "no warning about the hole before .rodata"
gap=$(grep -oE "hole of [0-9]+ bytes" warn1.txt | head -1 | grep -oE "[0-9]+")
(( gap > 8000000 && gap < 8388608 )) || fail "hole size $gap"
link ro-gap.ld --rrld-allow-gap 2> allow1.txt
! grep -q "warning" allow1.txt || fail "--rrld-allow-gap did not silence the warning"

# 2. ALIGN(0x100000) before .bss: RAM reserved for nothing.
sed 's|^  \.bss : {|  . = ALIGN(0x100000);\n&|' default.ld > bss-gap.ld
link bss-gap.ld 2> warn2.txt; cat warn2.txt
grep -qE "rrld: warning: bss-gap.elf: RW has a hole of [0-9]+ bytes between \.data \(ending at 0x[0-9a-f]+\) and \.bss \(at 0x20100000\): RAM the loader reserves" warn2.txt ||
  fail "no warning about the hole before .bss"

# 3. .data in flash: RW runs from flash to RAM, which no loader can take.
sed -e 's|^  \. = 0x20000000;|  /* RAM below */|' -e 's|^  \.bss : {|  . = 0x20000000;\n&|' default.ld > data-flash.ld
expect_error "rrld: error: data-flash.elf: RW has a hole of [0-9]+ bytes between \.data \(ending at 0x[0-9a-f]+\) and \.bss \(at 0x20000000\), which makes RW [0-9]+ bytes: no loader can take it" \
  link data-flash.ld --rrld-allow-gap
[[ ! -e data-flash.elf ]] || fail "an output was left after the error"

# No hole, no warning.
link default.ld 2> none.txt
! grep -q "warning" none.txt || fail "a warning without a hole"
