# The image subcommands (inspect, verify, place, tbf) on input and options
# they must refuse, with a message that says why and no output left behind:
#  - files that are no images: devices, directories, files under /proc,
#    files larger than any image, bytes after a flat image's image_size;
#  - sizes that do not fit 32 bits: a heap that takes minimum_ram_size past
#    2^32 (tbf at link time and from an image), a kernel heap that wraps;
#  - place: RO over RW, a heap past 4 GiB, a TBF for -o, one file for both
#    outputs, a second output that cannot be written, "-" for both;
#  - numbers: a leading 0 is not octal;
# and a package name with control characters shown escaped.
source "$(dirname "$0")/lib.sh"
start
cc app.o - <<'C'
static int f(void) { return 1; }
static int g(void) { return 2; }
int (*const rotab[])(void) = {f, g};
int (*rwtab[])(void) = {f, g};
int x = 5;
int *px = &x;
int main(void) { return rotab[0]() + rwtab[1]() + *px; }
C
"$RRLD" start.o app.o -o app.elf --rrld-image=app.img
size=$(stat -c %s app.img)

# Files that are no images.
expect_error "/dev/zero: not a regular file" "$RRLD" verify /dev/zero
expect_error "is a directory" "$RRLD" inspect .
if [[ -r /proc/self/status ]]; then
  expect_error "says it holds 0 bytes but does not" "$RRLD" verify /proc/self/status
fi
cp app.img sparse.img
truncate -s 300M sparse.img
expect_error "sparse.img: 314572800 bytes, larger than any rrld image" "$RRLD" verify sparse.img

# Bytes after image_size: refused wherever a flat image is read, as a TBF's
# after total_size are.
(cat app.img; printf 'GARBAGE!') > padded.img
expect_error "padded.img: the file holds 8 bytes after image_size $size \(one image per file\)" \
  "$RRLD" verify padded.img
expect_error "the file holds 8 bytes after image_size" "$RRLD" inspect padded.img
expect_error "the file holds 8 bytes after image_size" "$RRLD" tbf padded.img -o padded.tbf
[[ ! -e padded.tbf ]] || fail "tbf wrote a TBF of a padded image"
expect_error "the file holds 8 bytes after image_size" \
  "$RRLD" place --ro 0x10000 --rw 0x20001000 padded.img --bin padded.bin
[[ ! -e padded.bin ]] || fail "place wrote a padded image"
"$RRLD" tbf app.img -o app.tbf --flash-addr 0x40000
(cat app.tbf; printf 'GARBAGE!') > padded.tbf
expect_error "padded.tbf: TBF: the file holds 8 bytes after total_size" "$RRLD" verify padded.tbf

# minimum_ram_size: stack + RW + heap + kernel heap in 64 bits.  The link
# refuses a heap of 256 MiB or more (as the stack); the largest it takes,
# with a kernel heap, still passes 4 GiB.
expect_error "heap-size 4294965248 is too large" \
  "$RRLD" start.o app.o -o heap.elf --rrld-heap-size=0xfffff800 --rrld-image=heap.img --rrld-tbf=heap.tbf
[[ ! -e heap.tbf ]] || fail "a link wrote a TBF whose minimum_ram_size wrapped"
"$RRLD" start.o app.o -o heap.elf --rrld-heap-size=0x0ffffff8 --rrld-image=heap.img
expect_error "minimum_ram_size [0-9]+ \(the image's stack, RW and heap: [0-9]+, .*\) does not fit in 32 bits" \
  "$RRLD" tbf heap.img -o heap.tbf --kernel-heap 0xf0000000
expect_error "the kernel heap: 4294967295, .* does not fit in 32 bits" \
  "$RRLD" tbf app.img -o kh.tbf --kernel-heap 0xffffffff
expect_error "the kernel heap: 4294967293, .* does not fit in 32 bits" \
  "$RRLD" tbf app.img -o kh.tbf --kernel-heap 0xfffffffd
[[ ! -e kh.tbf ]] || fail "tbf wrote a TBF whose kernel heap wrapped"
"$RRLD" tbf app.img -o kh.tbf --kernel-heap 0xfffff000 --flash-addr 0x40000
"$RRLD" verify kh.tbf

# place: RO and RW must not overlap, in any order.
expect_error "RO and RW overlap: flash \[0x20000800, 0x[0-9a-f]+\) \(RO and RW's initial data\) and RAM \[0x20000000, 0x[0-9a-f]+\)" \
  "$RRLD" place --ro 0x20000800 --rw 0x20000800 app.elf -o same-addr.elf
[[ ! -e same-addr.elf && ! -e same-addr.elf.bin ]] || fail "place wrote RO over RW"
expect_error "RO and RW overlap" "$RRLD" place --ro 0x20000000 --rw 0x20000800 app.img --bin p.bin
ro_size=$("$RRLD" inspect --json app.img | grep -oE '"ro_size": [0-9]+' | awk '{print $2}')
# RW's initial data is in flash right after RO: RAM starting there overlaps,
# RAM starting after it does not.
init=$("$RRLD" inspect --json app.img | grep -oE '"rw_init_size": [0-9]+' | awk '{print $2}')
stack=$("$RRLD" inspect --json app.img | grep -oE '"stack_size": [0-9]+' | awk '{print $2}')
end=$((0x20000000 + ro_size + init))
rw=$(( (end + stack + 7) / 8 * 8 ))
expect_error "RO and RW overlap" \
  "$RRLD" place --ro 0x20000000 --rw $((rw - 8)) app.img --bin p.bin
"$RRLD" place --ro 0x20000000 --rw $rw app.img --bin p.bin >/dev/null
expect_error "the image's 268435448-byte heap after RW at 0xf0001000 does not fit below 4 GiB" \
  "$RRLD" place --ro 0x10000 --rw 0xf0001000 heap.elf --bin p.bin

# place: what -o needs, and the outputs as a pair.
expect_error "app.tbf is a TBF; a fixed-address ELF needs the ELF" \
  "$RRLD" place --ro 0x10000 --rw 0x20001000 app.tbf -o p.elf
expect_error "app.img is a flat image; a fixed-address ELF needs the ELF" \
  "$RRLD" place --ro 0x10000 --rw 0x20001000 app.img -o p.elf
expect_error "place: -o and --bin name the same file, same.elf" \
  "$RRLD" place --ro 0x10000 --rw 0x20001000 app.elf -o same.elf --bin same.elf
expect_error "place: -o and --bin name the same file" \
  "$RRLD" place --ro 0x10000 --rw 0x20001000 app.elf -o same.elf --bin ./same.elf
[[ ! -e same.elf ]] || fail "place wrote one file for two outputs"
expect_error "cannot open no-such-dir/out.bin" \
  "$RRLD" place --ro 0x10000 --rw 0x20001000 app.elf -o out.elf --bin no-such-dir/out.bin
[[ ! -e out.elf ]] || fail "place left the ELF when the flat binary could not be written"

# "-": standard output, for one output; the summary then goes to stderr.
"$RRLD" place --ro 0x10000 --rw 0x20001000 app.elf --bin - > stdout.bin 2> summary.txt
"$RRLD" place --ro 0x10000 --rw 0x20001000 app.elf --bin file.bin > summary2.txt
cmp stdout.bin file.bin || fail "place --bin - wrote other bytes than place --bin FILE"
contains "^placed: RO at 0x00010000" < summary.txt || fail "no summary on stderr"
contains "^placed: RO at 0x00010000" < summary2.txt || fail "no summary on stdout"
"$RRLD" place --ro 0x10000 --rw 0x20001000 app.elf -o - --bin file2.bin > stdout.elf 2>/dev/null
"$RRLD" place --ro 0x10000 --rw 0x20001000 app.elf -o file.elf --bin file3.bin >/dev/null
cmp stdout.elf file.elf || fail "place -o - wrote other bytes than place -o FILE"
expect_error "place: -o - writes the ELF to standard output; name the flat binary with --bin FILE" \
  "$RRLD" place --ro 0x10000 --rw 0x20001000 app.elf -o -
[[ ! -e -.bin ]] || fail "place -o - wrote -.bin"
expect_error "place: -o and --bin both write to standard output" \
  "$RRLD" place --ro 0x10000 --rw 0x20001000 app.elf -o - --bin -
"$RRLD" tbf app.img -o - --flash-addr 0x40000 > stdout.tbf
cmp stdout.tbf app.tbf || fail "tbf -o - wrote other bytes than tbf -o FILE"

# Numbers: decimal or 0x; a leading 0 is not octal.
expect_error "place: --ro '010000' is not a 32-bit address \(decimal, or hexadecimal after 0x; a leading 0 is not octal\)" \
  "$RRLD" place --ro 010000 --rw 0x20001000 app.elf --bin p.bin
expect_error "tbf: --flash-addr '0b1' is not a 32-bit number" \
  "$RRLD" tbf app.img -o n.tbf --flash-addr 0b1
expect_error "tbf: --kernel-heap '0x' is not a 32-bit number" \
  "$RRLD" tbf app.img -o n.tbf --kernel-heap 0x
"$RRLD" place --ro 65536 --rw 0X20001000 app.elf --bin dec.bin >/dev/null
cmp dec.bin file.bin || fail "decimal and 0X addresses"
"$RRLD" tbf app.img -o zero.tbf --kernel-heap 0 --ram-extra 0

# A package name with control characters: inspect shows it escaped.
"$RRLD" tbf app.img -o ctl.tbf --name "$(printf 'a\033[2Jb\302\205c"\\d é')"
"$RRLD" inspect ctl.tbf > ctl.txt
grep -F 'PackageName' ctl.txt
contains -F '"a\x1b[2Jb\u0085c\"\\d é"' < ctl.txt || fail "the package name is not escaped"
if LC_ALL=C grep -q $'\033' ctl.txt; then fail "inspect printed an escape character"; fi
echo PASS
