# The same inputs give bit-identical outputs, whatever the directory.
source "$(dirname "$0")/lib.sh"
start
cxx app.o "$SRC/tests/programs/vtables.cpp"
mkdir -p one two/deeper
cp start.o app.o one/ && cp start.o app.o two/deeper/
(cd one && "$RRLD" start.o app.o -o app.elf --rrld-image=app.img -Map=app.map)
(cd two/deeper && "$RRLD" "$PWD/start.o" "$PWD/app.o" -o app.elf --rrld-image=app.img)
cmp one/app.elf two/deeper/app.elf || fail "ELF differs"
cmp one/app.img two/deeper/app.img || fail "image differs"
"$RRLD" start.o app.o -o again.elf
cmp again.elf one/app.elf || fail "ELF differs between runs"
! grep -q "$T" one/app.elf || fail "absolute path in the output"
