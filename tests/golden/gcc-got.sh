# GCC objects built the libtock-c way reach data through GOT slots at r9:
# each slot is an RW word listed in the table its symbol's section calls for.
source "$(dirname "$0")/lib.sh"
: "${GCC:?}"
start
gccpic() { "$GCC" -mcpu=cortex-m4 -mthumb -Os -ffunction-sections -fdata-sections "$@" -x c -c -; }
gccpic -fPIC -msingle-pic-base -mpic-register=r9 -mno-pic-data-is-text-relative -o lib.o <<'C'
int counter = 5;           /* GOT slot -> .data: RW->RW */
int zeroed[4];             /* GOT slot -> .bss:  RW->RW */
static int add1(int x) { return x + 1; }
int (*const fns[])(int) = {add1};    /* .data.rel.ro: RW->RO (GCC calls add1 directly: no slot) */
const char *names[] = {"one", "two"}; /* 2 x RW->RO, and its slot RW->RW */
int get(int i) { return fns[0](i) + names[i][0] + counter + zeroed[i]; }
C
cc main.o - <<'C'
int get(int);
int main(void) { return get(1); }
C
"$RRLD" start.o main.o lib.o -o app.elf --rrld-verbose
"$RRLD" inspect --json app.elf > i.json
expect_eq "$(json_field i.json relocs.rw_to_ro)" 3 rw_to_ro
expect_eq "$(json_field i.json relocs.rw_to_rw)" 3 rw_to_rw   # the slots of names, counter, zeroed
# .got is the first RW section: r9 = RW start = GOT origin.
"$READELF" -SW app.elf | grep -E '\.got +PROGBITS +20000000 ' || fail ".got is not at RW start"
"$RRLD" verify app.elf

# A layout with the GOT elsewhere in RW gives GCC's code the wrong r9.
cat > late-got.ld <<'L'
SECTIONS { . = 0; .rrld_header : { . += 96; } .text : { *(.text*) } .ARM.exidx : { *(.ARM.exidx*) } .rodata : { *(.rodata*) }
  . = 0x20000000; .data : { *(.data*) } .got : { *(.got) } .bss : { *(.bss*) } }
L
expect_error "\(\.got\+0x0\): R_ARM_GOT_BREL against .* uses \.got at 0x2000[0-9a-f]+ as the GOT origin, but r9 will hold the static base 0x20000000" \
  "$RRLD" -T late-got.ld -z norelro start.o main.o lib.o -o late.elf

# GCC's default PIC computes the GOT address PC-relative: refused.
gccpic -fPIC -o pcgot.o <<'C'
int counter = 5;
int get(int i) { return counter + i; }
C
expect_error "pcgot.o:\(\.text\.get\+0x[0-9a-f]+\): R_ARM_BASE_PREL against .* computes the GOT's address PC-relative" \
  "$RRLD" start.o main.o pcgot.o -o pc.elf
grep -q "fix: compile GCC code with -fPIC -msingle-pic-base -mpic-register=r9 -mno-pic-data-is-text-relative" out.txt || fail "fix"
