#!/usr/bin/env bash
# The README's main command: install what is missing, build, then compile a
# sample C app, link it with rrld, and run it relocated in QEMU on the test
# kernel: twice in one run, at two different random placements, once loaded
# by the kernel and once relocating itself (Tock style).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${RRLD_BUILD_DIR:-$root/build}
bash "$root/scripts/setup.sh"
bash "$root/scripts/build.sh" >/dev/null
rrld=$build/linker/rrld
out=$build/demo
mkdir -p "$out"
cd "$out"

flags=(--target=thumbv7em-none-eabi -mcpu=cortex-m4 -mthumb -mfloat-abi=soft -Os
       -ffreestanding -fropi -frwpi -ffunction-sections -fdata-sections)
echo "== compile the sample app (qemu/apps/hello.c) with clang-19 ${flags[*]}"
clang-19 "${flags[@]}" -I"$root/qemu/include" -c "$root/qemu/apps/hello.c" -o hello.o

echo "== link it with rrld and the app runtime"
"$rrld" hello.o --start-group "$build/qemu/librrld_app_thumbv7em.a" \
  "$build/relocator/librrld_relocator_thumbv7em.a" --end-group \
  -u _start --gc-sections -o hello.elf --rrld-image=hello.img --rrld-verbose
"$rrld" inspect hello.elf
"$rrld" verify hello.img

echo
echo "== run it relocated in QEMU (mps2-an386, Cortex-M4): two placements,"
echo "   kernel-loaded and self-relocating"
"$root/scripts/rrld-run" --board mps2-an386 hello.img hello.img:self "$@"
