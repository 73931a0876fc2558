# RELR sizes: a dense table costs one address word plus one bitmap per 31
# words; isolated words cost 4 bytes each (the worst case).
source "$(dirname "$0")/lib.sh"
start
pointer_table() { # N: a C array of N pointers to a function
  echo 'static int f(void) { return 1; }'
  printf 'int (*tab[%d])(void) = {' "$1"
  for ((i = 0; i < $1; ++i)); do printf 'f,'; done
  echo '};'
  echo 'int main(void) { return tab[3](); }'
}
pointer_table 100 > dense.c
cc dense.o dense.c
"$RRLD" start.o dense.o -o dense.elf --rrld-image=dense.img
"$RRLD" inspect --json dense.elf > d.json
expect_eq "$(json_field d.json relocs.rw_to_ro)" 100 relocs
# 1 address + ceil(99 / 31) = 4 bitmaps: 20 bytes.
expect_eq "$(json_field d.json tables.rw_to_ro)" 20 table_bytes
# The table alone fills RW's initial data (400 bytes, a multiple of 16): the
# last bitmap's window, [0x178, 0x1f4), passes its end, but the 6 words it
# names (bits 0..5, [0x178, 0x190)) do not, so no word needs an address.
expect_eq "$(json_field d.json rw_init_size)" 400 rw_init_size
tables=$(( $(json_field d.json ro_size) + 400 ))
entries=$(od -An -tx4 -v -j $tables -N 20 dense.img | tr -s ' \n' ' ' | sed 's/^ //; s/ $//')
expect_eq "$entries" "00000000 ffffffff ffffffff ffffffff 0000007f" "RW->RO entries"
"$RRLD" verify dense.img

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
