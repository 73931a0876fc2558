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
"$RRLD" inspect --json app.elf > i.json
expect_eq "$(json_field i.json sb_offset)" 0 sb_offset
