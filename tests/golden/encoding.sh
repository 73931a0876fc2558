# Table sizes (docs/format.md, "Encoding"): a dense table is one run group
# (a head byte and the run's length); isolated words cost one head each, 1
# byte when they are less than 16 words apart, 2 bytes up to 2048; a strided
# table is bitmap bytes.  Then zeros pad the tables to a word.
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
# One run from RW's first word: head 0x07 (skip 0, kind 7), length 100.
expect_eq "$(json_field d.json tables.rw_to_ro)" 2 table_bytes
expect_eq "$(json_field d.json rw_init_size)" 400 rw_init_size
tables=$(( $(json_field d.json ro_size) + 400 ))
entries=$(od -An -tx1 -v -j $tables -N 2 dense.img | tr -s ' \n' ' ' | sed 's/^ //; s/ $//')
expect_eq "$entries" "07 64" "RW->RO stream"
# The image's tables: the streams and zeros up to a word.
expect_eq "$(json_field d.json table_bytes)" $(( ($(json_field d.json tables.rw_to_ro) + $(json_field d.json tables.rw_to_rw) + $(json_field d.json tables.ro_to_ro) + 3) / 4 * 4 )) "padded table bytes"
"$RRLD" verify dense.img

# Sparse: one pointer every 256 bytes (64 words): the first word, then 7
# heads that skip 63 words, 63 << 3 = 504, two ULEB128 bytes each (f8 03).
{
  echo 'static int f(void) { return 1; }'
  echo 'struct s { int (*fn)(void); char pad[252]; };'
  printf 'struct s arr[8] = {'
  for i in 1 2 3 4 5 6 7 8; do printf '{f},'; done
  echo '};'
  echo 'int main(void) { return arr[3].fn(); }'
} > sparse.c
cc sparse.o sparse.c
"$RRLD" start.o sparse.o -o sparse.elf --rrld-image=sparse.img
"$RRLD" inspect --json sparse.elf > s.json
expect_eq "$(json_field s.json relocs.rw_to_ro)" 8 relocs
expect_eq "$(json_field s.json tables.rw_to_ro)" 15 table_bytes
tables=$(( $(json_field s.json ro_size) + $(json_field s.json rw_init_size) ))
entries=$(od -An -tx1 -v -j $tables -N 5 sparse.img | tr -s ' \n' ' ' | sed 's/^ //; s/ $//')
expect_eq "$entries" "00 f8 03 f8 03" "RW->RO stream"

# Strided: every other word a pointer, 16 of them, filling RW's 32 words:
# the first word, then 3 bitmap bytes of every other bit (words 2, 4, ...
# are bits 1, 3, ... of windows starting at word 1), head 0x03; the fourth
# window, words 25..32, would pass RW's end, so the last three words are
# single groups, one word apart (heads 0x08).
{
  echo 'static int f(void) { return 1; }'
  echo 'struct s { int (*fn)(void); int n; };'
  printf 'struct s arr[16] = {'
  for ((i = 0; i < 16; ++i)); do printf '{f, %d},' $i; done
  echo '};'
  echo 'int main(void) { return arr[3].fn() + arr[3].n; }'
} > strided.c
cc strided.o strided.c
"$RRLD" start.o strided.o -o strided.elf --rrld-image=strided.img
"$RRLD" inspect --json strided.elf > t.json
expect_eq "$(json_field t.json relocs.rw_to_ro)" 16 relocs
expect_eq "$(json_field t.json rw_init_size)" 128 rw_init_size
expect_eq "$(json_field t.json tables.rw_to_ro)" 7 table_bytes
tables=$(( $(json_field t.json ro_size) + 128 ))
entries=$(od -An -tx1 -v -j $tables -N 7 strided.img | tr -s ' \n' ' ' | sed 's/^ //; s/ $//')
expect_eq "$entries" "03 aa aa aa 08 08 08" "RW->RO stream"
"$RRLD" verify strided.img
