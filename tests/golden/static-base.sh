# SB-relative relocations resolve against the start of RW, the value the
# loader puts in r9: MOVW/MOVT carry the symbol's offset from RW start.
source "$(dirname "$0")/lib.sh"
start
cc app.o - <<'C'
int pad[37] = {1};
int target = 9;
int main(void) { return target; }
C
"$RRLD" --rrld-rw-origin=0x20000100 start.o app.o -o app.elf
addr=$("$READELF" -s app.elf | awk '$8=="target" {print $2}')
expect_eq "$addr" 20000194 "target address"
"$OBJDUMP" -d --no-show-raw-insn app.elf | grep -A6 '<main>:' > main.txt
cat main.txt
grep -qE 'movw\s+r0, #0x94' main.txt || fail "MOVW_BREL is not RW-relative"
# r9 is always RW's start, where RW was linked (the format has no separate
# static-base offset): the offset the code adds to r9 is target's distance
# from the rw_link_addr the image records, the load is r9-relative, and
# SB-relative code needs no table entry at all.
"$RRLD" inspect --json app.elf > i.json
rw=$(json_field i.json rw_link_addr)
expect_eq "$rw" $((0x20000100)) rw_link_addr
sbrel=$(printf '0x%x' $((0x$addr - rw)))
grep -qE "movw\s+r0, #$sbrel\$" main.txt || fail "MOVW_BREL is not target - rw_link_addr ($sbrel)"
grep -qE 'movt\s+r0, #0x0$' main.txt || fail "MOVT_BREL is not the high half of $sbrel"
grep -qE 'ldr(\.w)?\s+r0, \[r9, r0\]' main.txt || fail "the load is not r9-relative"
expect_eq "$(json_field i.json relocs.total)" 0 "table entries for SB-relative code"
"$RRLD" inspect app.elf | contains "r9 = RW start" || fail "inspect: r9"
# Placed elsewhere, r9 is the new RW start, and MOVW_BREL still needs no
# patching: the word at target is reached as r9 + 0x94.
"$RRLD" place --ro 0x08010000 --rw 0x20008000 app.elf -o placed.elf > place.txt
cat place.txt
grep -q "RW at 0x20008000, .* r9 0x20008000" place.txt || fail "place: r9 is not RW's start"
addr=$("$READELF" -s placed.elf | awk '$8=="target" {print $2}')
expect_eq "$addr" 20008094 "placed target address"
