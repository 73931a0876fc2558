# Each kind of absolute word lands in its own table, counted exactly.
source "$(dirname "$0")/lib.sh"
start
cc app.o - <<'C'
static int f1(void) { return 1; }
static int f2(void) { return 2; }
int counter = 5, zeroed[10];
int (*const ro_fns[])(void) = {f1, f2, f1};   /* RO->RO: 3 */
int (*rw_fns[])(void) = {f2, f1};             /* RW->RO: 2 */
const char *rw_strs[] = {"a", "b", "c"};      /* RW->RO: 3 */
int *rw_ptrs[] = {&counter, &zeroed[10], &zeroed[0], 0}; /* RW->RW: 3, null: none */
int main(void) { return ro_fns[0]() + rw_fns[1]() + rw_strs[2][0] + *rw_ptrs[0]; }
C
"$RRLD" start.o app.o -o app.elf --rrld-image=app.img
"$RRLD" inspect --json app.elf > i.json
cat i.json
expect_eq "$(json_field i.json relocs.ro_to_ro)" 3 ro_to_ro
expect_eq "$(json_field i.json relocs.rw_to_ro)" 5 rw_to_ro
expect_eq "$(json_field i.json relocs.rw_to_rw)" 3 rw_to_rw   # .data, one-past-.bss, .bss
"$RRLD" inspect --json app.img > j.json
# The same, but for what only the ELF knows (the sections moved to RW).
diff <(sed -e '/"moved": {/,/^  }/d' -e 's/,$//' i.json) <(sed 's/,$//' j.json) ||
  fail "the ELF and the flat image disagree"
"$RRLD" verify app.elf
# The tables are a non-allocated section of the ELF (byte streams, 4-aligned:
# no entry size, no flags); the header is loaded.
"$READELF" -S app.elf | grep -E '\.rrld\.tables +PROGBITS +00000000 [0-9a-f]+ [0-9a-f]+ 00 +0 +0 +4$' ||
  fail "no .rrld.tables, or not with entry size 0, no flags and alignment 4"
"$READELF" -S app.elf | grep -E '\.rrld_header +PROGBITS +00000000 [0-9a-f]+ 000060 .* A ' || fail "no header"
# The header starts with the magic, then the crc32 and the version (a word).
"$OBJDUMP" -s -j .rrld_header app.elf | grep -E '^ 0000 52524c44 [0-9a-f]{8} 02000000' ||
  fail "bad magic or version"

# place writes the fixed-address ELF and, beside it, the flat binary.
"$RRLD" place --ro 0x10000 --rw 0x20001000 app.elf -o fixed.elf
[[ -s fixed.elf.bin ]] || fail "no flat binary beside the placed ELF"
"$RRLD" inspect --json fixed.elf.bin > f.json
expect_eq "$(json_field f.json ro_patched_addr)" $((0x10000)) ro_patched_addr
"$READELF" -SW fixed.elf | grep -E '\.text +PROGBITS +000100[0-9a-f]{2} ' || fail "placed .text address"
