# Bad input gets a clear error and a non-zero exit, never a crash.
source "$(dirname "$0")/lib.sh"
start
cc app.o - <<'C'
int main(void) { return 0; }
C

# Truncated object.
head -c 100 app.o > trunc.o
expect_error "error: trunc.o: section header table goes past the end of the file" "$RRLD" start.o trunc.o -o x.elf
# Not an ELF at all.
echo "hello" > text.o
# (Not an object, so lld reads it as a linker script.)
expect_error "error: text.o:1: unexpected EOF" "$RRLD" start.o text.o -o x.elf
# Wrong machine.
"$CLANG" --target=x86_64-linux-gnu -c -x c - -o x86.o <<< 'int main(void){return 0;}'
expect_error "x86.o.*incompatible" "$RRLD" x86.o -o x.elf
expect_error "x86.o.*incompatible" "$RRLD" start.o x86.o -o x.elf
# Big-endian ARM.
"$CLANG" --target=thumbebv7m-none-eabi -c -x c - -o be.o <<< 'int main(void){return 0;}'
expect_error "be.o.*incompatible" "$RRLD" be.o -o x.elf
# A relocation type no ARM linker knows: patch the type byte of app's first
# relocation (R_ARM_ABS32 in a pointer table) to 250.
cc rel.o - <<'C'
static int f(void) { return 1; }
int (*tab[])(void) = {f};
int main(void) { return tab[0](); }
C
hexoff=$("$READELF" -SW rel.o | awk '$2==".rel.data.tab" {print $5}')
[[ -n "$hexoff" ]] || fail "no .rel.data.tab"
off=$((16#$hexoff))
printf '\xfa' | dd of=rel.o bs=1 seek=$((off + 4)) conv=notrunc status=none
expect_error "error: rel.o:\(\.data\.tab\+0x0\): unknown relocation \(250\) against symbol f" "$RRLD" start.o rel.o -o x.elf
# Objects are read before lld (--rrld-data-order): a relocation naming a
# symbol past the symbol table, and a symbol table past the end of the file,
# are lld's errors, not a crash.
cc rel.o - <<'C'
static int f(void) { return 1; }
int (*tab[])(void) = {f};
int main(void) { return tab[0](); }
C
off=$((16#$("$READELF" -SW rel.o | awk '$2==".rel.data.tab" {print $5}')))
cp rel.o badsym.o
printf '\xff\xff\xff' | dd of=badsym.o bs=1 seek=$((off + 5)) conv=notrunc status=none
expect_error "badsym.o: invalid symbol index" "$RRLD" start.o badsym.o -o x.elf
"$RRLD" --rrld-print-data-order start.o badsym.o > order.txt
expect_eq "$(cat order.txt)" "" "ordering file of a malformed object"
cp rel.o badtab.o
symtab=$("$READELF" -SW rel.o | sed -n 's/^ *\[ *\([0-9]*\)\] *[^ ]* *SYMTAB .*/\1/p')
[[ -n $symtab ]] || fail "no symbol table"
shoff=$(od -An -tu4 -j32 -N4 rel.o | tr -d ' ')
printf '\xf0\xff\xff\x7f' | dd of=badtab.o bs=1 seek=$((shoff + symtab * 40 + 16)) conv=notrunc status=none
expect_error "badtab.o: section .* greater than the file size" "$RRLD" start.o badtab.o -o x.elf
# lld reports some malformed objects from a worker thread and then ends the
# process at once: rrld's temporary files (the layout, the anchor object, the
# data order) must still go.  A section name past the end of the name table.
cp rel.o badname.o
printf '\xff\xff\xff\x0f' | dd of=badname.o bs=1 seek=$((shoff + 2 * 40)) conv=notrunc status=none
mkdir tmpdir
TMPDIR=$PWD/tmpdir expect_error "error: a section \[index 2\] has an invalid sh_name" "$RRLD" start.o badname.o -o bn.elf --rrld-image=bn.img
[[ ! -e bn.elf && ! -e bn.img ]] || fail "a failed link left an output"
[[ -z "$(ls -A tmpdir)" ]] || fail "a fatal error in lld left temporary files: $(ls tmpdir)"

# Corrupt images given to inspect, verify and place.
"$RRLD" start.o app.o -o good.elf --rrld-image=good.img
"$RRLD" verify good.img
head -c 50 good.img > short.img
expect_error "error: short.img: truncated: 50 bytes is shorter than the header" "$RRLD" verify short.img
head -c $(( $(stat -c %s good.img) - 4 )) good.img > cut.img
expect_error "error: cut.img: truncated: header says [0-9]+ bytes, have [0-9]+" "$RRLD" inspect cut.img
cp good.img flip.img
printf '\x55' | dd of=flip.img bs=1 seek=120 conv=notrunc status=none
expect_error "error: flip.img: integrity check failed: CRC-32 is 0x[0-9a-f]{8}, header says 0x[0-9a-f]{8}" "$RRLD" verify flip.img
cp good.img magic.img
printf 'X' | dd of=magic.img bs=1 seek=0 conv=notrunc status=none
expect_error "error: magic.img: bad magic: not an rrld image" "$RRLD" inspect magic.img
expect_error "error: cannot open missing.img: No such file or directory" "$RRLD" verify missing.img
head -c 300 good.elf > short.elf
expect_error "error: short.elf: section header table goes past the end of the file" "$RRLD" inspect short.elf
expect_error "error: text.o: truncated: 6 bytes is shorter than the header" "$RRLD" inspect text.o

# An ELF whose symbol table place must edit: past the end of the file, or a
# symbol naming a section that does not exist.
sh_field() { # FILE SECTION-INDEX FIELD-OFFSET: the file offset of a header field
  echo $(( $(od -An -tu4 -j32 -N4 "$1" | tr -d ' ') + $2 * 40 + $3 ))
}
symtab=$("$READELF" -SW good.elf | sed -n 's/^ *\[ *\([0-9]*\)\] *[^ ]* *SYMTAB .*/\1/p')
[[ -n $symtab ]] || fail "no symbol table in good.elf"
cp good.elf badsymtab.elf
printf '\xf0\xff\xff\x7f' | dd of=badsymtab.elf bs=1 seek=$(sh_field good.elf $symtab 16) conv=notrunc status=none
expect_error "error: p.elf: section .symtab extends past the end of the file" "$RRLD" place --ro 0x1000 --rw 0x20001000 badsymtab.elf -o p.elf
[[ ! -e p.elf ]] || fail "a failed place left an output"
symoff=$(od -An -tu4 -j$(sh_field good.elf $symtab 16) -N4 good.elf | tr -d ' ')
cp good.elf badshndx.elf
printf '\xff\x7f' | dd of=badshndx.elf bs=1 seek=$((symoff + 16 + 14)) conv=notrunc status=none
expect_error "error: p.elf: symbol 1 has a bad section index" "$RRLD" place --ro 0x1000 --rw 0x20001000 badshndx.elf -o p.elf

# Wrong flags.
expect_error "not a 32-bit address" "$RRLD" place --ro zz --rw 0x20000000 good.elf -o p.elf
expect_error "RO at 0x1002.*RRLD_E_ALIGN" "$RRLD" place --ro 0x1002 --rw 0x20001000 good.elf -o p.elf
expect_error "error: --rw 0x20001004 must be a multiple of 8" "$RRLD" place --ro 0x1000 --rw 0x20001004 good.elf -o p.elf
expect_error "error: place: nothing to write; give -o ELF and/or --bin FILE" "$RRLD" place --ro 0x1000 --rw 0x20001000 good.elf
expect_error "error: good.img is a flat image" "$RRLD" place --ro 0x1000 --rw 0x20001000 good.img -o p.elf
expect_error "error: --ro is required" "$RRLD" place good.elf
expect_error "error: The following argument was not expected: --bogus" "$RRLD" inspect --bogus good.elf
expect_error "not a 32-bit number" "$RRLD" --rrld-stack-size=lots start.o app.o -o x.elf
expect_error "'010000' is not a 32-bit number \(decimal, or hexadecimal after 0x; a leading 0 is not octal\)" \
  "$RRLD" --rrld-ro-origin=010000 start.o app.o -o x.elf
expect_error "error: --rrld-stack-size must be a multiple of 8" "$RRLD" --rrld-stack-size=100 start.o app.o -o x.elf
expect_error "stack-size 268435456 is too large.*below 256 MiB" "$RRLD" --rrld-stack-size=0x10000000 start.o app.o -o x.elf
# The heap too: a TBF's minimum RAM (stack + RW + heap) would wrap.
expect_error "heap-size 4294965248 is too large.*below 256 MiB" "$RRLD" --rrld-heap-size=0xfffff800 start.o app.o -o x.elf
# Outputs: one file each, none on standard output; TBF options need a TBF.
expect_error "error: --rrld-image x.elf names the same file as -o" "$RRLD" start.o app.o -o x.elf --rrld-image=x.elf
expect_error "error: --rrld-image ./x.elf names the same file as -o" "$RRLD" start.o app.o -o x.elf --rrld-image=./x.elf
expect_error "error: --rrld-tbf y.img names the same file as --rrld-image" "$RRLD" start.o app.o -o x.elf --rrld-image=y.img --rrld-tbf=y.img
expect_error "error: -o -: rrld writes its outputs to files" "$RRLD" start.o app.o -o -
expect_error "error: --rrld-tbf-name needs --rrld-tbf" "$RRLD" start.o app.o -o x.elf --rrld-tbf-name=app
[[ ! -e x.elf && ! -e y.img ]] || fail "an output was left after an option error"
# A TBF that cannot be written: the ELF and the image go too.
mkdir -p adir
expect_error "cannot open adir" "$RRLD" start.o app.o -o x.elf --rrld-image=x.img --rrld-tbf=adir
[[ ! -e x.elf && ! -e x.img ]] || fail "an output was left after the TBF error"
"$RRLD" --rrld-stack-size=0xfffff00 start.o app.o -o big-stack.elf
"$RRLD" verify big-stack.elf
expect_error "error: no input files" "$RRLD"
help=$("$RRLD" --help) && grep -q "rrld place" <<< "$help" || fail "--help"
"$RRLD" --version | contains "compatible with GNU linkers" || fail "--version"
# Each subcommand's help: its usage line and every option (CLI11 parses a
# subcommand's arguments as a program of its own, named "rrld SUBCOMMAND").
for spec in "place:--ro --rw -o --bin IMAGE" "inspect:--json IMAGE" "verify:IMAGE" \
            "tbf:IN -o --name --kernel-version --sha256 --flash-addr --ram-extra --kernel-heap --app-version" \
            "cargo-config:--core --target --board --tock --rustc -o"; do
  sub=${spec%%:*}
  help=$("$RRLD" "$sub" --help) || fail "$sub --help exits non-zero"
  grep -qE "^Usage: .*rrld $sub \[OPTIONS\]" <<< "$help" || fail "$sub --help: no usage line: $help"
  for opt in -h,--help ${spec#*:}; do
    grep -qE -- "^  $opt( |$)" <<< "$help" || fail "$sub --help does not list $opt: $help"
  done
done
# cargo-config: a core and a target that disagree are refused (usage error).
rc=0; "$RRLD" cargo-config --core thumbv7em --target thumbv6m-none-eabi > cc.txt 2>&1 || rc=$?
expect_eq "$rc" 2 "cargo-config with a core and a target that disagree"
grep -q "name different targets" cc.txt || fail "cargo-config: no reason"
# A subcommand leaves without cleaning up: what it printed must still reach
# a pipe, whole.
"$RRLD" place --ro 0x1000 --rw 0x20001000 good.elf --bin p.bin | contains "^placed: RO at 0x00001000, RW at 0x20001000" || fail "place's output"
"$RRLD" inspect --json good.elf | tail -c 3 | contains "}" || fail "inspect --json's output ends early"

# An object that crashes lld 19 (a relocation offset outside its section):
# rrld refuses it before lld runs when it is on the command line; named by
# a linker script's INPUT, it reaches lld unchecked, and the crash ends the
# link with an error and exit 1, no signal and no temporary file left.
cp "$SRC/tests/fuzz/corpus/reloc-offset-outside-section-cdf4aab5.o" bad.o
expect_error "error: bad.o: relocation 42 at offset 0x20000000 lies outside" "$RRLD" bad.o -o x.elf
echo 'INPUT(bad.o)' > wrap.ld
export TMPDIR=$PWD/tmp && mkdir -p "$TMPDIR"
for threads in 1 2; do
  expect_error "error: lld crashed on these inputs" "$RRLD" wrap.ld -o x.elf --threads=$threads
  [[ ! -e x.elf ]] || fail "a crashed link left x.elf"
  [[ -z $(ls "$TMPDIR") ]] || { ls "$TMPDIR"; fail "a crashed link left temporary files"; }
done
unset TMPDIR

# Section headers lld 19 trusts and crashes on (with --emit-relocs, which
# rrld passes): refused before lld, naming the section.
cc shapes.o - -fexceptions -funwind-tables <<'C'
static int f(int x) { return x + 1; }
int (*const rotab[])(int) = {f};
int main(void) { return rotab[0](1); }
C
# setshdr OUT SECTION FIELD-OFFSET LE-BYTES: a copy of shapes.o with one
# section header field changed.
setshdr() {
  local shoff idx
  cp shapes.o "$1"
  shoff=$(od -An -tu4 -j32 -N4 shapes.o | tr -d ' ')
  idx=$("$READELF" -SW shapes.o | sed -n "s/^ *\[ *\([0-9]*\)\] $2 .*/\1/p" | head -1)
  [[ -n $idx ]] || fail "shapes.o has no $2"
  printf "$4" | dd of="$1" bs=1 seek=$((shoff + idx * 40 + $3)) conv=notrunc status=none
}
setshdr exidx.o '\.ARM\.exidx[^ ]*' 20 '\x19\x00\x00\x00'
expect_error "exidx\.o: section \[index [0-9]+\] is an unwind index \(\.ARM\.exidx\) of 25 bytes, not a multiple of its 8-byte entries: the object is malformed" \
  "$RRLD" start.o exidx.o -o x.elf
setshdr rela.o '\.rel\.rodata\.rotab' 4 '\x04\x00\x00\x00'
expect_error "rela\.o: section \[index [0-9]+\] is a relocation section of [0-9]+ bytes with entries of 8, not of 12" \
  "$RRLD" start.o rela.o -o x.elf
setshdr alloc.o '\.rel\.rodata\.rotab' 8 '\x42\x00\x00\x00'
expect_error "alloc\.o: section \[index [0-9]+\] is a relocation section marked allocated" "$RRLD" start.o alloc.o -o x.elf
setshdr nobits.o '\.comment' 4 '\x08\x00\x00\x00'
expect_error "nobits\.o: section \[index [0-9]+\] is a mergeable section \(SHF_MERGE\) without contents" \
  "$RRLD" start.o nobits.o -o x.elf
! grep -q "lld crashed" out.txt || fail "lld crashed"
[[ ! -e x.elf ]] || fail "an output was left after a malformed object"

# No inputs; --help and --version among a link's arguments are rrld's.
expect_error "^rrld: error: no input files" "$RRLD" -o x.elf
"$RRLD" link start.o --version > ver.txt
grep -q '^rrld .*(LLD .*compatible with GNU linkers))$' ver.txt || fail "--version among link arguments"
"$RRLD" start.o --help > help.txt
grep -q -- '--rrld-ro-relocs' help.txt || fail "--help among link arguments"
[[ ! -e a.out && ! -e x.elf ]] || fail "an output was written"
