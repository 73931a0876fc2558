#!/usr/bin/env bash
# The README's main command: install what is missing, build, then link a
# sample C app with rrld and place it at two different (flash, RAM) address
# pairs, showing that one image serves both.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${RRLD_BUILD_DIR:-$root/build}
bash "$root/scripts/setup.sh"
bash "$root/scripts/build.sh" >/dev/null
rrld=$build/linker/rrld
out=$build/demo
mkdir -p "$out"
cd "$out"

flags=(--target=thumbv7em-none-eabi -mcpu=cortex-m4 -Os -ffreestanding
       -ffunction-sections -fdata-sections -fropi -frwpi)
echo "== compile a sample C app with clang-19 ${flags[*]}"
clang-19 "${flags[@]}" -c "$root/tests/programs/start.c" -o start.o
clang-19 "${flags[@]}" -c "$root/tests/programs/tables.c" -o tables.o

echo "== link it with rrld"
"$rrld" start.o tables.o --gc-sections -o app.elf --rrld-image=app.img --rrld-verbose
echo
"$rrld" inspect app.elf
"$rrld" verify app.img

for pair in "0x00010000 0x20001000" "0x00043000 0x20008800"; do
  read -r ro rw <<< "$pair"
  echo
  echo "== place the same image: flash $ro, RAM $rw"
  "$rrld" place --ro "$ro" --rw "$rw" app.elf -o "app-$ro.elf" --bin "app-$ro.bin"
  llvm-objdump-19 -s -j .data "app-$ro.elf" | sed -n '4,6p'
done
echo
echo "Outputs are in $out"
