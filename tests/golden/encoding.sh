# RELR sizes: a dense table costs one address word plus one bitmap per 31
# words; isolated words cost 4 bytes each (the worst case).
source "$(dirname "$0")/lib.sh"
start
pointer_table() { # N [DECL]: a C array of N pointers to a function, then DECL
  echo 'static int f(void) { return 1; }'
  printf 'int (*tab[%d])(void) = {' "$1"
  for ((i = 0; i < $1; ++i)); do printf 'f,'; done
  echo '};'
  echo "${2:-}"
  echo 'int main(void) { return tab[3](); }'
}
# Followed by 31 words of other data: every bitmap's window fits in RW's
# initial data.  1 address + ceil(99 / 31) = 4 bitmaps: 20 bytes.
pointer_table 100 'int after[31] = {1}; int *keep(void) { return after; }' > dense.c
cc dense.o dense.c
"$RRLD" start.o dense.o -o dense.elf
"$RRLD" inspect --json dense.elf > d.json
expect_eq "$(json_field d.json relocs.rw_to_ro)" 100 relocs
expect_eq "$(json_field d.json tables.rw_to_ro)" 20 table_bytes

# The table alone fills RW's initial data (400 bytes, a multiple of 16): a
# bitmap's whole window must lie inside it, so after 1 address and 3
# bitmaps (words 0..93) the last 6 words, [0x178, 0x190), are addresses.
pointer_table 100 > end.c
cc end.o end.c
"$RRLD" start.o end.o -o end.elf --rrld-image=end.img
"$RRLD" inspect --json end.elf > e.json
expect_eq "$(json_field e.json rw_init_size)" 400 rw_init_size
expect_eq "$(json_field e.json relocs.rw_to_ro)" 100 relocs
expect_eq "$(json_field e.json tables.rw_to_ro)" 40 table_bytes
tables=$(( $(json_field e.json ro_size) + 400 ))
entries=$(od -An -tx4 -v -j $tables -N 40 end.img | tr -s ' \n' ' ' | sed 's/^ //; s/ $//')
expect_eq "$entries" "00000000 ffffffff ffffffff ffffffff 00000178 0000017c 00000180 00000184 00000188 0000018c" "RW->RO entries"
"$RRLD" verify end.img

# Sparse: one pointer every 256 bytes.
{
  echo 'static int f(void) { return 1; }'
  echo 'struct s { int (*fn)(void); char pad[252]; };'
  printf 'struct s arr[8] = {'
  for i in 1 2 3 4 5 6 7 8; do printf '{f},'; done
  echo '};'
  echo 'int main(void) { return arr[3].fn(); }'
} > sparse.c
cc sparse.o sparse.c
"$RRLD" start.o sparse.o -o sparse.elf
"$RRLD" inspect --json sparse.elf > s.json
expect_eq "$(json_field s.json relocs.rw_to_ro)" 8 relocs
expect_eq "$(json_field s.json tables.rw_to_ro)" 32 table_bytes
