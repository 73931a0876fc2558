#!/usr/bin/env bash
# A Hubris task linked once by rrld and placed at two allocations, as
# docs/hubris.md tells a Hubris build to do it:
#
#   task.sh c|rust
#
#  1. the task's objects (tests/hubris/task.c with hubris/runtime's
#     start-up, or the Rust task rust/hubris-task with rust/rrld-hubris-rt,
#     built by the build) go through Hubris's partial link
#     (`ld.lld -r -T task-rlink.x`);
#  2. rrld links that once with Hubris's task-link.x, unmodified, and a
#     memory.x of Hubris's form at placeholder addresses
#     (tests/hubris/memory-x.sh); `rrld inspect --json` gives flash_size
#     and ram_size;
#  3. for each of two allocations (power-of-two sizes, aligned, as the
#     ARMv7-M MPU wants), `rrld place` writes the task ELF there, and a
#     plain ld.lld link of the same partial object with the same unmodified
#     script must give the same task (tests/hubris/compare.sh: entry, flash
#     and RAM ranges of the PT_LOADs, section contents, task slot table,
#     symbols).  rrld puts its image header at the start of FLASH, so the
#     plain link's memory.x starts FLASH where the placed task's code
#     starts, the header's size further on.  The plain link gets the
#     task's SB-relative references to .bss and .uninit wrong (lld's static
#     base is per PT_LOAD, and the script gives those sections their own):
#     compare.sh checks that exactly those fields differ, by that much;
#  4. the placed ELF is packaged as Hubris's packager would (flash bytes
#     by load address, the task slot's index written into .data's flash
#     copy through the address .task_slot_table gives) and run on QEMU's
#     mps2-an386, started by tests/hubris/boot.S as Hubris's kernel starts
#     a task: it must report its results, the slot's index, and that it
#     runs at its allocation.
source "$(dirname "$0")/../golden/lib.sh"
: "${OBJCOPY:?}" "${QEMU:?}"
lang=${1:?c or rust}
hub=$SRC/third_party/linker-scripts/hubris
stack=1024

# memory.x DIR FLASH FLASH_LEN RAM RAM_LEN: Hubris's form, the stack at
# the bottom of the task's RAM, RW right above it.
memory() { bash "$SRC/tests/hubris/memory-x.sh" "$@" $stack; }

# 1. The objects and Hubris's partial link.
case $lang in
  c)
    CFLAGS+=(-gline-tables-only) # debug line tables, moved by place too
    cc init.o "$SRC/hubris/runtime/init.c"
    "$CLANG" --target=$TARGET -mcpu=$CPU -c "$SRC/hubris/runtime/start.S" -o start.o
    cc task.o "$SRC/tests/hubris/task.c"
    objs=(start.o init.o task.o) ;;
  rust)
    lib=$BUILD/rust/hubris/thumbv7em/libhubris_task.a
    [[ -f $lib ]] || fail "$lib was not built (see the build's rust/cargo-build.log)"
    objs=(-u _start "$lib") ;;
  *) fail "unknown language $lang" ;;
esac
# (With --gc-sections from _start: the partial link merges every .text.*
# into one .text, after which the final link could not drop any of core's
# unused code.)
# The Rust task's partial link is rust-lld's, the linker rustc ships (as in
# a Hubris build), when RUSTC's sysroot has it.
rlink=("$LD_LLD")
if [[ $lang == rust && -n ${RUSTC:-} ]]; then
  for l in "$("$RUSTC" --print sysroot)"/lib/rustlib/*/bin/rust-lld; do
    [[ -x $l ]] && rlink=("$l" -flavor gnu)
  done
fi
echo "partial link: $("${rlink[@]}" --version)"
"${rlink[@]}" -r --gc-sections -e _start -T "$hub/task-rlink.x" "${objs[@]}" -o partial.o

# 2. One rrld link at placeholder addresses, and the sizes.
memory link 0x08020000 0x100000 0x24000000 0x100000
(cd link && "$RRLD" -T "$hub/task-link.x" ../partial.o --gc-sections --rrld-stack-size=$stack -o ../task.elf)
# A task with no data at all (Hubris's idle task): the start-up reaches
# __edata and __ebss through r9, whose sections are empty, and lld gives an
# empty section no segment ("SBREL relocation to __edata without static
# base"); rrld adds a word to each so that both stay in RW.
if [[ $lang == c ]]; then
  cc idle.o - <<'C'
void main(void) { for (;;) { } }
C
  "$LD_LLD" -r --gc-sections -e _start -T "$hub/task-rlink.x" start.o init.o idle.o -o partial-idle.o
  (cd link && "$RRLD" -T "$hub/task-link.x" ../partial-idle.o --gc-sections \
    --rrld-stack-size=$stack -o ../idle.elf)
  "$RRLD" verify idle.elf
fi
"$RRLD" verify task.elf
"$RRLD" inspect --json task.elf > sizes.json
flash=$(json_field sizes.json flash_size)
ram=$(json_field sizes.json ram_size)
ro=$(json_field sizes.json ro_size)
init=$(json_field sizes.json rw_init_size)
zero=$(json_field sizes.json rw_zero_size)
expect_eq "$flash" $((ro + init)) flash_size
expect_eq "$ram" $((stack + init + zero)) ram_size
(cd link && "$RRLD" --rrld-print-data-order -T "$hub/task-link.x" ../partial.o) > order.txt
# shdr ELF SECTION: its address and file offset (hex).
shdr() { "$READELF" -SW "$1" | sed -n 's/^ *\[ *[0-9]*\] //p' | awk -v s="$2" '$1 == s {print $3, $4}'; }
pow2() { local n=32; while ((n < $1)); do n=$((n * 2)); done; echo $n; }
flen=$(pow2 "$flash") rlen=$(pow2 "$ram")
echo "task: needs $flash bytes of flash ($flen allocated), $ram of RAM ($rlen allocated)"

# 3 and 4, at two allocations in mps2-an386's SSRAM1 (flash) and SSRAM2 (RAM).
n=0
for alloc in "0x00010000 0x20010000" "0x00200000 0x20300000"; do
  read -r fbase rbase <<< "$alloc"
  fbase=$(( (fbase + flen - 1) / flen * flen )) rbase=$(( (rbase + rlen - 1) / rlen * rlen ))
  rw=$((rbase + stack))
  d=alloc$((n++))
  "$RRLD" place --ro "$(printf 0x%x $fbase)" --rw "$(printf 0x%x $rw)" task.elf -o $d.elf
  # The plain link: FLASH from where the placed code starts (after the
  # image header), to the same end.
  read -r taddr _ < <(shdr $d.elf .text)
  header=$((0x$taddr - fbase))
  ((header >= 96 && header < 256)) || fail "the code starts $header bytes into FLASH"
  memory $d $((fbase + header)) $((flen - header)) $rbase $rlen
  (cd $d && "$LD_LLD" -T "$hub/task-link.x" ../partial.o --gc-sections --emit-relocs \
     --symbol-ordering-file=../order.txt --no-warn-symbol-ordering -o ../$d.lld.elf)
  bash "$SRC/tests/hubris/compare.sh" $d.elf $d.lld.elf
  "$READELF" -SW $d.lld.elf | contains ' \.fill ' || fail "the plain link has no .fill: not Hubris's script?"

  # The packager: the slot's u16, found through .task_slot_table, gets
  # index 7 in .data's flash copy; flash is every loaded byte by its load
  # address (llvm-objcopy -O binary).
  read -r _ toff < <(shdr $d.elf .task_slot_table)
  slot=$(od -An -tx4 -N4 -j $((0x$toff)) $d.elf | tr -d ' ')
  read -r daddr doff < <(shdr $d.elf .data)
  (( 0x$slot >= 0x$daddr )) || fail "slot address 0x$slot outside .data"
  printf '\007\000' | dd of=$d.elf bs=1 seek=$((0x$doff + 0x$slot - 0x$daddr)) conv=notrunc status=none
  "$OBJCOPY" -O binary $d.elf $d.bin
  entry=$("$READELF" -hW $d.elf | awk '/Entry point/ {print $NF}')
  "$LLVM_MC" -triple=$TARGET -mcpu=$CPU -filetype=obj "$SRC/tests/hubris/boot.S" -o boot.o
  echo 'SECTIONS { .vectors 0 : { *(.vectors) } .text 0x400 : { *(.text) } }' > boot.ld
  "$LD_LLD" -T boot.ld -e reset boot.o --defsym=TASK_SP=$rw --defsym=TASK_ENTRY=$entry -o $d.boot.elf
  timeout 30 "$QEMU" -M mps2-an386 -display none -monitor none -serial null \
    -semihosting-config enable=on,target=native -kernel $d.boot.elf \
    -device loader,file=$d.bin,addr=$fbase > $d.out 2>&1 || { cat $d.out; fail "the task failed at $alloc"; }
  cat $d.out
  main=$("$READELF" -sW $d.elf | awk '$8 == "main" {print $2}')
  counter=$("$READELF" -sW $d.elf | awk '$8 == "counter" || $8 == "COUNTER" {print $2}')
  grep -q "counter 42, sum 377, .bss zero" $d.out || fail "results"
  grep -q "^ m=0x$main" $d.out || fail "main is not at 0x$main"
  grep -q "^ c=0x$counter" $d.out || fail "counter is not at 0x$counter"
  grep -q "^ p=0x00000007" $d.out || fail "the slot's index"
  ((0x$main > fbase && 0x$main < fbase + flen)) || fail "main outside the flash allocation"
  ((0x$counter >= rw && 0x$counter < rbase + rlen)) || fail "counter outside the RAM allocation"
done
echo "hubris.$lang: placed at two allocations, equal to ld.lld's links (unmodified task-link.x), ran in QEMU"
