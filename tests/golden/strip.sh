# -s/--strip-all (rustc's -C strip=symbols): lld cannot strip together with
# --emit-relocs, so rrld links with the symbols and strips its output after
# classifying (linker/src/Strip.h).  The link must succeed, the symbols and
# the kept relocations be gone, the image be the one linked without -s, and
# the tools read the stripped ELF.  -S/--strip-debug is lld's.
source "$(dirname "$0")/lib.sh"
start
cc app.o "$SRC/tests/programs/tables.c" -g
"$RRLD" start.o app.o -o full.elf --rrld-image=full.img
for opt in -s --strip-all -strip-all; do
  "$RRLD" start.o app.o $opt -o s.elf --rrld-image=s.img
  cmp s.img full.img || fail "$opt changed the image"
  "$READELF" -SW s.elf > sections.txt
  ! grep -qE "SYMTAB|\.strtab|\.rel\.|\.debug_" sections.txt || { cat sections.txt; fail "$opt left symbols, relocations or debug info"; }
  grep -q "\.rrld\.tables" sections.txt || fail "$opt dropped .rrld.tables"
  "$READELF" -aW s.elf > /dev/null 2> err.txt
  [[ ! -s err.txt ]] || { cat err.txt; fail "$opt: llvm-readelf complains"; }
done
# The loaded bytes and program headers are untouched.
"$READELF" -lW full.elf | grep LOAD > full.load
"$READELF" -lW s.elf | grep LOAD > s.load
cmp full.load s.load || fail "-s moved a segment"
"$OBJCOPY" -O binary full.elf full.bin
"$OBJCOPY" -O binary s.elf s.bin
cmp full.bin s.bin || fail "-s changed loaded bytes"
# The tools read it.
"$RRLD" verify s.elf
"$RRLD" inspect s.elf | contains "rrld image" || fail "inspect of a stripped ELF"
"$RRLD" place --ro 0x10000 --rw 0x20001000 s.elf -o placed.elf --bin placed.bin
"$RRLD" place --ro 0x10000 --rw 0x20001000 full.elf -o placed-full.elf --bin placed-full.bin
cmp placed.bin placed-full.bin || fail "placing the stripped ELF gives another image"
# With a move (the rodata program) and a user's script too.
cc ro.o "$SRC/tests/programs/rodata.c"
"$RRLD" --rrld-print-default-script > user.ld
"$RRLD" start.o ro.o -T user.ld -o ro.elf --rrld-image=ro.img
"$RRLD" start.o ro.o -T user.ld -s -o ros.elf --rrld-image=ros.img
cmp ro.img ros.img || fail "-s changed the image of a link with moves"
# -S: lld drops the debug info; the symbols stay.
"$RRLD" start.o app.o -S -o d.elf --rrld-image=d.img
cmp d.img full.img || fail "-S changed the image"
! "$READELF" -SW d.elf | contains "\.debug_" || fail "-S kept debug info"
"$READELF" -SW d.elf | contains SYMTAB || fail "-S dropped the symbols"
echo "strip: ok"
