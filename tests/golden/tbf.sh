# rrld tbf and the TBF checks of rrld verify: malformed TBFs are refused
# with a message naming the field (the kernel's parser rules, tock-tbf),
# bad input to rrld tbf fails cleanly.  docs/tock.md, "TBF layout".
source "$(dirname "$0")/lib.sh"
start
cc app.o - <<'C'
static int f(void) { return 1; }
static int g(void) { return 2; }
int (*const tab[])(void) = {f, g};
int counter = 5;
int main(void) { return tab[counter & 1]() + counter; }
C
"$RRLD" start.o app.o -o app.elf --rrld-image=app.img
"$RRLD" tbf app.elf -o good.tbf --sha256 --flash-addr 0x40000
"$RRLD" verify good.tbf
"$RRLD" tbf app.elf -o nosha.tbf --flash-addr 0x40000
"$RRLD" tbf app.img -o fromimg.tbf --name app --sha256 --flash-addr 0x40000
cmp good.tbf fromimg.tbf || fail "the ELF and the flat image give different TBFs"

# Little-endian stores into a file, and the header checksum recomputed as
# a writer would (XOR of the header's words but the fourth).
put() { # FILE OFFSET VALUE BYTES
  local bytes="" i
  for ((i = 0; i < $4; i++)); do bytes+=$(printf '\\x%02x' $(( ($3 >> (8 * i)) & 255 ))); done
  printf "$bytes" | dd of="$1" bs=1 seek="$2" conv=notrunc status=none
}
get() { od -An -tu$3 -j"$2" -N"$3" "$1" | tr -d ' '; }
reseal() {
  local f=$1 hs x=0 i=0 w
  hs=$(get "$f" 2 2)
  for w in $(od -An -tu4 -v -N"$hs" "$f"); do
    ((i != 3)) && x=$((x ^ w))
    i=$((i + 1))
  done
  put "$f" 12 $x 4
}
hs=$(get good.tbf 2 2)
total=$(get good.tbf 4 4)
bend=$(get good.tbf 48 4) # Program: binary_end_offset
mal() { cp good.tbf "$1"; }

mal bad-checksum.tbf; put bad-checksum.tbf 24 0x1234 2
expect_error "bad-checksum.tbf: TBF: header checksum is 0x[0-9a-f]+, but the header's words XOR to" \
  "$RRLD" verify bad-checksum.tbf
mal bad-tlv.tbf; put bad-tlv.tbf $((hs - 6)) 8 2; reseal bad-tlv.tbf # KernelVersion length
expect_error "TLV KernelVersion \(type 8\) at offset $((hs - 8)): length 8 runs past the header \(header_size $hs\)" \
  "$RRLD" verify bad-tlv.tbf
mal bad-program.tbf; put bad-program.tbf 34 16 2; reseal bad-program.tbf
expect_error "TLV Program \(type 9\) at offset 32: length 16, the kernel requires 20" \
  "$RRLD" verify bad-program.tbf
mal big-header.tbf; put big-header.tbf 2 $((total * 2)) 2; reseal big-header.tbf
expect_error "header_size $((total * 2)) is larger than total_size $total" "$RRLD" verify big-header.tbf
mal small-header.tbf; put small-header.tbf 2 12 2
expect_error "header_size 12 is less than the 16-byte base header" "$RRLD" verify small-header.tbf
mal bad-end.tbf; put bad-end.tbf 48 $((total + 4)) 4; reseal bad-end.tbf
expect_error "binary_end_offset $((total + 4)) is past total_size $total" "$RRLD" verify bad-end.tbf
mal bad-init.tbf; put bad-init.tbf 36 $((total)) 4; reseal bad-init.tbf
expect_error "init_fn_offset .* outside the binary" "$RRLD" verify bad-init.tbf
mal bad-sha.tbf; put bad-sha.tbf $((bend - 8)) 0xff 1 # a byte of the image's tables
expect_error "footer at offset $bend: SHA-256 credential [0-9a-f]{64} does not match the integrity region" \
  "$RRLD" verify bad-sha.tbf
mal bad-sha2.tbf; put bad-sha2.tbf $((bend + 8)) 0 4 # the stored hash
expect_error "SHA-256 credential .* does not match" "$RRLD" verify bad-sha2.tbf
mal bad-footer.tbf; put bad-footer.tbf $bend 7 2
expect_error "footer at offset $bend: type 7, not a credentials footer" "$RRLD" verify bad-footer.tbf
head -c $((total - 16)) good.tbf > truncated.tbf
expect_error "truncated: total_size is $total but the file holds $((total - 16)) bytes" \
  "$RRLD" verify truncated.tbf
head -c 6 good.tbf > tiny.tbf
expect_error "truncated: 6 bytes" "$RRLD" verify tiny.tbf
mal version.tbf; put version.tbf 0 3 2
expect_error "version 3, not 2" "$RRLD" verify version.tbf
cp nosha.tbf disabled.tbf; put disabled.tbf 8 0 4; reseal disabled.tbf
# A TBF that is fine but for the image inside: rrld's image checks.
cp nosha.tbf bad-image.tbf; put bad-image.tbf $((hs + 4)) 0 4 # the image's crc32
expect_error "bad-image.tbf: integrity check failed" "$RRLD" inspect bad-image.tbf
cp nosha.tbf bad-magic.tbf; put bad-magic.tbf $hs 0 4
expect_error "bad-magic.tbf: TBF: no rrld image at the end of the protected region \(offset $hs\)" \
  "$RRLD" verify bad-magic.tbf

# The parts verify accepts with a warning: disabled, RO->RO not patched.
"$RRLD" verify disabled.tbf 2> warn.txt || fail "verify refuses a disabled TBF"
grep -q "enabled flag is clear" warn.txt || fail "no warning for a disabled TBF"
"$RRLD" tbf app.elf -o unpatched.tbf 2> warn.txt
grep -q "2 RO->RO words: the TBF runs only once patched" warn.txt || fail "rrld tbf: no RO->RO warning"
"$RRLD" verify unpatched.tbf 2> warn.txt
grep -q "2 RO->RO words not yet patched for a flash address" warn.txt || fail "verify: no RO->RO warning"
"$RRLD" inspect unpatched.tbf | contains "needs patching for its flash address" ||
  fail "inspect does not say the TBF needs patching"
"$RRLD" inspect --json unpatched.tbf | contains '"needs_flash_patch": true' || fail "json"
"$RRLD" verify good.tbf 2> warn.txt
[[ ! -s warn.txt ]] || fail "verify warns about a patched TBF: $(cat warn.txt)"

# Bad input to rrld tbf.
echo "hello" > text.bin
expect_error "text.bin" "$RRLD" tbf text.bin -o x.tbf
"$CLANG" "${CFLAGS[@]}" -c -x c - -o plain.o <<< 'int main(void){return 0;}'
"$LD_LLD" plain.o -o plain.elf -e main
expect_error "plain.elf: .*linked by rrld" "$RRLD" tbf plain.elf -o x.tbf
expect_error "--flash-addr 0x40100 is not a multiple of the TBF's 512-byte total size" \
  "$RRLD" tbf app.elf -o x.tbf --flash-addr 0x40100
expect_error "--flash-addr 'zz' is not a 32-bit number" "$RRLD" tbf app.elf -o x.tbf --flash-addr zz
expect_error "--kernel-version '2' is not MAJOR.MINOR" "$RRLD" tbf app.elf -o x.tbf --kernel-version 2
expect_error "bad-sha.tbf: TBF: footer" "$RRLD" tbf bad-sha.tbf -o x.tbf
[[ ! -e x.tbf ]] || fail "x.tbf written after an error"
echo "tbf: ok"
