#!/usr/bin/env bash
# Link time of a Hubris task's links after the partial link, on the same
# task in one run (docs/hubris.md):
#
#   Hubris today:  ld.lld -T task-tlink.x (the dummy link, for the size)
#                + ld.lld -T task-link.x  (the final link at the allocation)
#   with rrld:     rrld -T task-link.x    (one link)
#                + rrld place             (at the allocation)
#
#   bench/hubris-links.sh [--runs R] [--task c|rust|gen] [--units N]
#
# --task c: tests/hubris/task.c (small); rust: the Rust test task
# (rust/hubris-task, from the build) with all of core in its partial link,
# as a partial link without --gc-sections leaves it; gen (default): a
# generated firmware-shaped C program of N units (bench/gen-program.sh,
# default 300) with the Hubris start-up.  Prints the median of R runs
# (default 11) of each step, in milliseconds.  Both get Hubris's scripts
# unmodified, and a memory.x from tests/hubris/memory-x.sh.  Not a test:
# nothing here fails on a slow machine.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${RRLD_BUILD_DIR:-$root/build}
rrld=$build/linker/rrld
CLANG=${CLANG:-clang-19} LD_LLD=${LD_LLD:-ld.lld-19}
runs=11 task=gen units=300
while (($#)); do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --task) task=$2; shift 2 ;;
    --units) units=$2; shift 2 ;;
    *) echo "usage: $0 [--runs R] [--task c|rust|gen] [--units N]" >&2; exit 2 ;;
  esac
done
[[ -x $rrld ]] || { echo "no $rrld: run scripts/build.sh" >&2; exit 1; }
hub=$root/third_party/linker-scripts/hubris
W=$(mktemp -d "${TMPDIR:-/tmp}/rrld-hubris-bench.XXXXXX")
trap 'rm -rf "$W"' EXIT
cd "$W"
cflags=(--target=thumbv7em-none-eabi -mcpu=cortex-m4 -Os -ffreestanding -ffunction-sections
        -fdata-sections -fropi -frwpi)
stack=1024

# The objects and the partial link, as tests/hubris/task.sh.
case $task in
  c|gen)
    "$CLANG" "${cflags[@]}" -c "$root/hubris/runtime/init.c" -o init.o
    "$CLANG" "${cflags[@]}" -c "$root/hubris/runtime/start.S" -o start.o
    objs=(start.o init.o)
    if [[ $task == c ]]; then
      "$CLANG" "${cflags[@]}" -c "$root/tests/hubris/task.c" -o task.o
      objs+=(task.o)
    else
      bash "$root/bench/gen-program.sh" "$units" gen
      for f in gen/*.c; do
        "$CLANG" "${cflags[@]}" -c "$f" -o "${f%.c}.o" &
        (( $(jobs -r | wc -l) < 2 )) || wait -n
      done
      wait
      objs+=(gen/*.o)
    fi
    "$LD_LLD" -r -T "$hub/task-rlink.x" "${objs[@]}" -o partial.o ;;
  rust)
    lib=$build/rust/hubris/thumbv7em/libhubris_task.a
    [[ -f $lib ]] || { echo "no $lib: build the Rust apps (scripts/build.sh)" >&2; exit 1; }
    "$LD_LLD" -r -T "$hub/task-rlink.x" -u _start "$lib" -o partial.o ;;
  *) echo "unknown task $task" >&2; exit 2 ;;
esac

# memory.x DIR FLASH FLASH_LEN RAM RAM_LEN: Hubris's form (as tests/hubris/task.sh).
memory() { bash "$root/tests/hubris/memory-x.sh" "$@" $stack; }

# Sizes and the allocation, from one rrld link.
memory dummy 0x08020000 0x400000 0x24000000 0x100000
(cd dummy && "$rrld" -T "$hub/task-link.x" ../partial.o --gc-sections --rrld-stack-size=$stack -o ../t.elf)
json=$("$rrld" inspect --json t.elf)
flash=$(sed -n 's/^  "flash_size": \([0-9]*\).*/\1/p' <<< "$json")
ram=$(sed -n 's/^  "ram_size": \([0-9]*\).*/\1/p' <<< "$json")
pow2() { local n=32; while ((n < $1)); do n=$((n * 2)); done; echo $n; }
flen=$(pow2 "$flash") rlen=$(pow2 "$ram")
fbase=$((0x08100000 / flen * flen)) rbase=$((0x24100000 / rlen * rlen))
memory final $fbase $flen $rbase $rlen

# time_ms CMD...: wall time of one run in milliseconds.
time_ms() {
  local t0 t1
  t0=$(date +%s%N)
  "$@" > /dev/null
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 ))
}
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
dummy_link() { (cd dummy && "$LD_LLD" -T "$hub/task-tlink.x" ../partial.o --gc-sections -o ../d.elf); }
final_link() { (cd final && "$LD_LLD" -T "$hub/task-link.x" ../partial.o --gc-sections -o ../f.elf); }
rrld_link() { (cd dummy && "$rrld" -T "$hub/task-link.x" ../partial.o --gc-sections --rrld-stack-size=$stack -o ../r.elf); }
rrld_place() { "$rrld" place --ro $fbase --rw $((rbase + stack)) r.elf -o p.elf; }
declare -A ms
for step in dummy_link final_link rrld_link rrld_place; do
  ms[$step]=$(for ((i = 0; i < runs; ++i)); do time_ms $step; done | median)
done
hubris=$((ms[dummy_link] + ms[final_link])) ours=$((ms[rrld_link] + ms[rrld_place]))
echo "Hubris task '$task' (partial link $(stat -c %s partial.o) bytes; flash $flash bytes, RAM $ram bytes), median of $runs runs:"
printf '  ld.lld dummy link (task-tlink.x)   %6d ms\n' "${ms[dummy_link]}"
printf '  ld.lld final link (task-link.x)    %6d ms\n' "${ms[final_link]}"
printf '  Hubris today                       %6d ms\n' $hubris
printf '  rrld link (task-link.x)            %6d ms\n' "${ms[rrld_link]}"
printf '  rrld place                         %6d ms\n' "${ms[rrld_place]}"
printf '  with rrld                          %6d ms (%s x)\n' $ours \
  "$(awk -v a=$ours -v b=$hubris 'BEGIN {printf "%.2f", b ? a / b : 0}')"
