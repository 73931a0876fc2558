#!/usr/bin/env bash
# End-to-end test on one QEMU board: every test app, relocated, twice.
#
#   run-board.sh BOARD CORE [--seed N]
#
# Run 1 starts every app kernel-loaded (rrld_load in the kernel), run 2
# self-relocating (Tock style); each run places all apps at random flash
# and RAM addresses from its own seed (printed; --seed N repeats both runs),
# and no app has the same flash and RAM slots in both.
# The checked apps print their result and exit 0 only when it matches the
# host build of the same source; the fault apps must fault and the kernel
# must go on; a corrupted image must be refused and the kernel go on.
# Needs RRLD_BUILD (the build directory) in the environment.
set -euo pipefail
: "${RRLD_BUILD:?}"
board=$1 core=$2
shift 2
seed=$(( ($(date +%s%N) / 1000) % 1000000 ))
if [[ ${1:-} == --seed ]]; then seed=$2; fi
echo "qemu test $board: seed $seed (repeat with: $0 $board $core --seed $seed)"

here=$(cd "$(dirname "$0")" && pwd)
run=$here/../../scripts/rrld-run
apps=$RRLD_BUILD/qemu/apps/$core
T=$(mktemp -d "${TMPDIR:-/tmp}/rrld-qemu.XXXXXX")
trap 'rm -rf "$T"' EXIT

# A corrupted image: one byte of code flipped, so the integrity check fails.
cp "$apps/hello.img" "$T/corrupt.img"
byte=$(od -An -tu1 -j 200 -N 1 "$T/corrupt.img" | tr -d ' ')
printf "\\x$(printf %02x $((byte ^ 0xff)))" | dd of="$T/corrupt.img" bs=1 seek=200 conv=notrunc status=none

list=("$apps/tables.elf" "$apps/fault_ro_write.elf:expect=fault" "$apps/cxx.elf"
      "$T/corrupt.img:expect=error" "$apps/bigdata.img" "$apps/hello.elf")
if [[ $board != microbit ]]; then
  # Reads below its RAM slot: only a board with an MPU stops that.
  list+=("$apps/fault_stack.elf:expect=fault" "$apps/tables.img")
fi
# Read-only data moved to RW (rodata, and every *_ram app), and GCC-built
# apps (libtock-c flags) when arm-none-eabi-gcc built them.
moved=("$apps/rodata.elf" "$apps/rodata_ram.elf" "$apps/rodata_cxx.elf" "$apps/rodata_cxx_ram.elf"
       "$apps/tables_ram.elf" "$apps/cxx_ram.elf")
for app in tables_gcc rodata_gcc; do
  [[ -e $apps/$app.elf ]] && moved+=("$apps/$app.elf")
done
# Compiled with full debug info (-g): the same results.
debug=("$apps/tables_g.elf" "$apps/rodata_g.img")
checks=(tables cxx bigdata rodata rodata_ram rodata_cxx rodata_cxx_ram tables_ram cxx_ram
        tables_g rodata_g)
[[ -e $apps/tables_gcc.elf ]] && checks+=(tables_gcc rodata_gcc)
# Apps linked with the C library, when it was built for this core
# (docs/libc.md).  It is built for every core; on thumbv6m and
# thumbv8m.base its apps need its own soft-float division, which is built
# only where cargo is: a library with it and no apps is a failure.
libc_apps=()
libc=$RRLD_BUILD/libc/$core/lib/libc.a
if [[ ! -e $apps/libc_test.elf && -e $libc ]] &&
   { [[ $core != thumbv6m && $core != thumbv8m.base ]] || llvm-ar-19 t "$libc" | grep -x softfloat_div.o > /dev/null; }; then
  echo "FAIL: $libc is built, but the C library's apps for $core are not" >&2
  exit 1
fi
if [[ -e $apps/libc_test.elf ]]; then
  libc_apps=("$apps/libc_test.elf" "$apps/libc_cxx.img" "$apps/libc_test_ram.img" "$apps/libc_cxx_ram.elf")
fi

# "app N NAME: flash A+S ram B+S" for every app, without running anything.
placements() { # SEED MODE APP...
  local seed=$1 mode=$2
  shift 2
  "$run" --build "$RRLD_BUILD" --board "$board" --mode "$mode" --seed "$seed" --dry-run "$@" |
    sed -n 's/^rrld-run: \(app [0-9]* [^:]*: flash [^ ]* ram [^ ]*\) .*/\1/p'
}

status=0
# Runs APP... in both modes, each app at other places in the second run.
batch() {
  local first=
  for mode in kernel self; do
    if [[ -z $first ]]; then
      first=$(placements "$seed" "$mode" "$@")
    else
      # Every app somewhere else than in the first run: the next seeds until so.
      for ((try = 0; try < 20; ++try)); do
        [[ -z $(comm -12 <(sort <<< "$first") <(placements "$seed" "$mode" "$@" | sort)) ]] && break
        seed=$((seed + 1))
      done
    fi
    "$run" --build "$RRLD_BUILD" --board "$board" --mode "$mode" --seed "$seed" --timeout 20 \
      "$@" > "$T/out" 2>&1 || status=1
    cat "$T/out" | tee -a "$T/all"
    seed=$((seed + 1))
  done
}
if [[ $board == microbit ]]; then
  # 12 KiB of RAM for all apps: three boots, and one app a boot with the C
  # library (each asks for 2 KiB of stack and 2 KiB of heap, and its _ram
  # variant holds its strings and tables in RAM too: two do not fit).
  batch "${list[@]}"
  batch "${moved[@]}"
  batch "${debug[@]}"
  for app in "${libc_apps[@]}"; do
    batch "$app"
  done
else
  batch "${list[@]}" "${moved[@]}" "${debug[@]}" "${libc_apps[@]}"
fi
# A stack too small for the self-relocating start-up: refused before sp
# moves (exit 200 + RRLD_E_RAM_TOO_SMALL); kernel-loaded, it runs.
for mode in kernel self; do
  code=0
  [[ $mode == self ]] && code=210
  "$run" --build "$RRLD_BUILD" --board "$board" --mode "$mode" --seed "$seed" --timeout 20 \
    "$apps/small_stack.elf:expect=$code" || status=1
done
# Sanity of the report itself: every check printed, in both modes.
for c in "${checks[@]}"; do
  (($(grep -c "^$c: result .*: ok$" "$T/all") >= 2)) || { echo "FAIL: $c did not pass in both modes" >&2; status=1; }
done
# The C library apps: every check ok, in both modes, and the C++ static
# destructor ran at exit.
for app in "${libc_apps[@]}"; do
  name=$(basename "${app%.*}")
  (($(grep -c "^$name: [0-9]* checks, 0 wrong: ok$" "$T/all") == 2)) ||
    { echo "FAIL: $name did not pass in both modes" >&2; status=1; }
done
if ((${#libc_apps[@]})); then
  (($(grep -c '^libc_cxx: static destructor ran, 3 items: ok$' "$T/all") == 4)) ||
    { echo "FAIL: libc_cxx's static destructor did not run at every exit" >&2; status=1; }
fi
(($(grep -c '^rrld-run: .*image refused: RRLD_E_CRC' "$T/all") == 2)) || { echo "FAIL: the corrupt image was not refused in both modes" >&2; status=1; }
exit $status
