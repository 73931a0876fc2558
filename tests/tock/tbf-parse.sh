# The Tock kernel's own TBF parser (tock-tbf, through tests/tock/tbf-parse)
# reads TBFs rrld made from real linked apps, and sees what `rrld inspect
# --json` reports: sizes, offsets, the entry, the RAM size, name, kernel
# version, footers.  A TBF the kernel's parser rejects, rrld verify rejects.
source "$(dirname "$0")/../golden/lib.sh"
: "${CARGO:?}" "${RUSTC:?}" "${BUILD:?}"

# The parser, built once per build directory (offline: tock-tbf has no
# dependencies).
export CARGO_HOME=$BUILD/tock/cargo-home CARGO_TARGET_DIR=$BUILD/tock/tbf-parse RUSTC
"$CARGO" build --offline --locked --release -q \
  --manifest-path "$SRC/tests/tock/tbf-parse/Cargo.toml" || fail "cannot build tbf-parse"
PARSE=$CARGO_TARGET_DIR/release/tbf-parse

start
# RO->RO words (a table of function pointers), data, .bss.
cc app.o - <<'C'
static int f(void) { return 1; }
static int g(void) { return 2; }
int (*const tab[])(void) = {f, g};
int counter = 5;
int zeros[8];
int main(void) { return tab[counter & 1]() + counter + zeros[3]; }
C
# RO aligned to 256: the image must start 256-aligned inside the TBF.
cc aligned.o - <<'C'
__attribute__((aligned(256))) const int table[4] = {1, 2, 3, 4};
int main(void) { return table[1]; }
C
"$RRLD" start.o app.o -o app.elf --rrld-tbf=linked.tbf --rrld-tbf-sha256
"$RRLD" start.o aligned.o -o aligned.elf --rrld-stack-size=4096

"$RRLD" tbf app.elf -o plain.tbf
"$RRLD" tbf app.elf -o full.tbf --sha256 --flash-addr 0x40800 --ram-extra 104 \
  --kernel-heap 2048 --name other --kernel-version 2.1 --app-version 3
"$RRLD" tbf full.tbf -o relaid.tbf --flash-addr 0x41000 # no SHA-256, name kept
"$RRLD" tbf aligned.elf -o aligned.tbf --sha256

jstr() { grep -oE "^  \"$2\": \"[^\"]*\"" "$1" | sed 's/.*: "//; s/"$//'; }
kv() { sed -n "s/^$2=//p" "$1" | head -1; }

for t in linked plain full relaid aligned; do
  echo "== $t"
  "$RRLD" verify $t.tbf 2> verify.err || fail "$t: rrld verify failed: $(cat verify.err)"
  "$RRLD" inspect --json $t.tbf > $t.json
  "$PARSE" $t.tbf > $t.kernel || fail "$t: the kernel's parser rejects it: $(cat $t.kernel)"
  cat $t.kernel
  for k in header_size total_size protected_size binary_end_offset minimum_ram_size; do
    expect_eq "$(kv $t.kernel $k)" "$(json_field $t.json $k)" "$t: $k"
  done
  expect_eq "$(kv $t.kernel app_start_offset)" "$(json_field $t.json image_offset)" "$t: app start"
  # The kernel jumps to its init function offset: the image's entry.
  expect_eq "$(kv $t.kernel init_function_offset)" \
    "$(( $(json_field $t.json image_offset) + $(json_field $t.json entry) ))" "$t: entry"
  expect_eq "$(kv $t.kernel init_function_offset)" \
    "$(( $(json_field $t.json header_size) + $(json_field $t.json init_fn_offset) ))" "$t: init_fn"
  expect_eq "$(kv $t.kernel binary_version)" "$(json_field $t.json app_version)" "$t: version"
  expect_eq "$(kv $t.kernel package_name)" "$(jstr $t.json package_name)" "$t: name"
  expect_eq "$(kv $t.kernel kernel_version)" "$(jstr $t.json kernel_version)" "$t: kernel version"
  expect_eq "$(kv $t.kernel enabled)" "true" "$t: enabled"
  expect_eq "$(kv $t.kernel fixed_address_flash)" "none" "$t: fixed flash address"
  expect_eq "$(kv $t.kernel fixed_address_ram)" "none" "$t: fixed RAM address"
  expect_eq "$(kv $t.kernel footers)" "$(grep -c '"format": ' $t.json)" "$t: footers"
  expect_eq "$(kv $t.kernel footer_bytes_left)" "$(json_field $t.json footer_padding)" "$t: padding"
  # The image is relocatable and the TBF a power of two, at least 512 bytes.
  total=$(kv $t.kernel total_size)
  (( total >= 512 && (total & (total - 1)) == 0 )) || fail "$t: total_size $total"
done

# What each TBF was made with.
expect_eq "$(kv plain.kernel package_name)" "app" "default name"
expect_eq "$(kv plain.kernel kernel_version)" "2.0" "default kernel version"
expect_eq "$(kv linked.kernel package_name)" "app" "link-time name"
expect_eq "$(kv full.kernel package_name)" "other" "--name"
expect_eq "$(kv full.kernel kernel_version)" "2.1" "--kernel-version"
expect_eq "$(kv full.kernel binary_version)" "3" "--app-version"
expect_eq "$(kv relaid.kernel package_name)" "other" "re-laid name"
expect_eq "$(kv relaid.kernel kernel_version)" "2.1" "re-laid kernel version"
expect_eq "$(kv relaid.kernel minimum_ram_size)" "$(kv full.kernel minimum_ram_size)" "re-laid RAM"
expect_eq "$(( $(kv full.kernel minimum_ram_size) - $(kv plain.kernel minimum_ram_size) ))" \
  "$(( 104 + 2048 - 1024 ))" "--ram-extra and --kernel-heap"
# SHA-256 footers: the kernel reads the hash rrld computed.
for t in linked full aligned; do
  expect_eq "$(sed -n 's/^footer=SHA256 36 //p' $t.kernel)" "$(jstr $t.json sha256)" "$t: SHA-256"
done
grep -q "^footer=SHA256" relaid.kernel && fail "relaid: SHA-256 footer kept without --sha256"
# The aligned image starts 256-aligned.
(( $(kv aligned.kernel app_start_offset) % 256 == 0 )) || fail "aligned: image not 256-aligned"
# Patched for their flash addresses: the image at ADDR + image offset.
expect_eq "$(json_field full.json ro_patched_addr)" "$(( 0x40800 + $(kv full.kernel app_start_offset) ))" "full: patched"
expect_eq "$(json_field relaid.json ro_patched_addr)" "$(( 0x41000 + $(kv relaid.kernel app_start_offset) ))" "relaid: patched"

# A corrupt checksum: both parsers refuse it.
cp plain.tbf bad.tbf
printf '\x55' | dd of=bad.tbf bs=1 seek=20 conv=notrunc status=none
"$PARSE" bad.tbf > bad.kernel && fail "the kernel's parser accepts a bad checksum"
grep -q "Checksum verification failed" bad.kernel || fail "kernel: $(cat bad.kernel)"
expect_error "checksum" "$RRLD" verify bad.tbf
echo "tbf-parse: ok"
