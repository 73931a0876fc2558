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

# With moves (rodata.c: read-only data holding RAM addresses and reached
# through r9), an archive, relative and absolute paths, -Map, the default
# layout and a user's script: the .rrld.moved note names the inputs by file
# name, so the outputs are the same from any directory.
cc ro.o "$SRC/tests/programs/rodata.c"
"$LLVM_AR" rc libro.a ro.o
"$RRLD" --rrld-print-default-script > user.ld
for d in a b/c; do mkdir -p $d/lib && cp start.o $d/ && cp libro.a $d/lib/ && cp user.ld $d/; done
(cd a && "$RRLD" start.o -Llib -lro -u main -o ro.elf --rrld-image=ro.img -Map=ro.map)
(cd b/c && "$RRLD" "$PWD/start.o" "$PWD/lib/libro.a" -u main -o "$PWD/ro.elf" --rrld-image="$PWD/ro.img")
"$READELF" -p .rrld.moved a/ro.elf | tee moved.txt
grep -qE "ram-pointer libro\.a\(ro\.o\):\(\.rodata" moved.txt || fail "no move recorded (by file name)"
cmp a/ro.elf b/c/ro.elf || fail "ELF with moves differs"
cmp a/ro.img b/c/ro.img || fail "image with moves differs"
(cd a && "$RRLD" -T user.ld start.o -Llib -lro -u main -o user.elf --rrld-image=user.img -Map=user.map)
(cd b/c && "$RRLD" -T "$PWD/user.ld" "$PWD/start.o" "$PWD/lib/libro.a" -u main -o user.elf --rrld-image=user.img)
"$READELF" -p .rrld.moved a/user.elf | contains "ram-pointer" || fail "no move under the user's script"
cmp a/user.elf b/c/user.elf || fail "ELF with moves under a user's script differs"
cmp a/user.img b/c/user.img || fail "image with moves under a user's script differs"
! grep -q "$T" b/c/ro.elf b/c/user.elf || fail "absolute path in the output"
! grep -q "rrld-inputs" a/user.elf a/user.map || fail "a temporary copy's name in the output or the map"
