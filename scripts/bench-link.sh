#!/usr/bin/env bash
# Link-time benchmark: rrld against plain ld.lld-19 --emit-relocs on the
# same generated program (N objects, default 500), same linker script, runs
# interleaved, medians compared in the same run.  Also reports the table
# bytes per relocation of that program.
#
#   scripts/bench-link.sh [--objects N] [--runs R]
#
# Then the same bytes-per-relocation figure for each test program in
# tests/programs on Cortex-M0 and Cortex-M4.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${RRLD_BUILD_DIR:-$root/build}
rrld=$build/linker/rrld
objects=500
runs=15
while (($#)); do
  case $1 in
    --objects) objects=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) echo "usage: $0 [--objects N] [--runs R]" >&2; exit 2 ;;
  esac
done
[[ -x $rrld ]] || { echo "build rrld first (scripts/build.sh)" >&2; exit 1; }
T=$(mktemp -d "${TMPDIR:-/tmp}/rrld-bench.XXXXXX")
trap 'rm -rf "$T"' EXIT
cd "$T"

# A program shaped like firmware: each unit has code, a const dispatch table
# (RO->RO), a RW table of handlers and strings (RW->RO), RW pointers to RW
# state (RW->RW) and SB-relative globals.
for ((i = 0; i < objects; ++i)); do
  cat > u$i.c <<C
static int st$i[8];
int g$i = $i;
static int f${i}a(int x) { return x + $i + st$i[x & 7]; }
static int f${i}b(int x) { return x * $i - g$i; }
static int f${i}c(int x) { st$i[x & 7] = x; return x ^ $i; }
int (*const ro_tab$i[])(int) = {f${i}a, f${i}b, f${i}c, f${i}a};
int (*rw_tab$i[])(int) = {f${i}c, f${i}b, f${i}a};
const char *names$i[] = {"alpha$i", "beta$i", "gamma$i"};
int *ptrs$i[] = {&st$i[0], &st$i[7], &g$i};
int unit$i(int x) { return ro_tab$i[x & 3](x) + rw_tab$i[x % 3](x) + names$i[x % 3][0] + *ptrs$i[x % 3]; }
C
done
{
  echo "int unit0(int);"
  for ((i = 1; i < objects; ++i)); do echo "int unit$i(int);"; done
  echo "int main(void) { int s = 0;"
  for ((i = 0; i < objects; ++i)); do echo "  s += unit$i(s);"; done
  echo "  return s; }"
} > main.c
cp "$root/tests/programs/start.c" start.c
flags=(--target=thumbv7em-none-eabi -mcpu=cortex-m4 -Os -ffreestanding -ffunction-sections -fdata-sections -fropi -frwpi)
ls *.c | xargs -P "$(nproc)" -I{} sh -c 'clang-19 "$@" -c {} -o {}.o' sh "${flags[@]}"
ls *.c.o > objs.rsp
"$rrld" --rrld-print-default-script > layout.ld

lld_cmd=(ld.lld-19 -m armelf --emit-relocs --pic-veneer -T layout.ld @objs.rsp -o lld.elf)
lld_plain=(ld.lld-19 -m armelf --pic-veneer -T layout.ld @objs.rsp -o plain.elf)
rrld_cmd=("$rrld" @objs.rsp -o rrld.elf)

now() { date +%s%N; }
declare -a t_lld t_plain t_rrld
for ((r = 0; r < runs; ++r)); do
  a=$(now); "${lld_cmd[@]}"; b=$(now); "${rrld_cmd[@]}"; c=$(now); "${lld_plain[@]}"; d=$(now)
  t_lld+=($((b - a))); t_rrld+=($((c - b))); t_plain+=($((d - c)))
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
m_lld=$(median "${t_lld[@]}"); m_rrld=$(median "${t_rrld[@]}"); m_plain=$(median "${t_plain[@]}")
relocs=$("$rrld" inspect --json rrld.elf | awk -F': ' '/"total"/ {gsub(",","",$2); print $2}')
tbytes=$("$rrld" inspect --json rrld.elf | awk -F': ' '/"table_bytes"/ {gsub(",","",$2); print $2}')
ms() { awk -v n="$1" 'BEGIN { printf "%8.1f ms", n / 1e6 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
printf 'objects: %d (+ main, start); runs: %d, interleaved; medians:\n' "$objects" "$runs"
echo "  ld.lld-19 --emit-relocs  $(ms "$m_lld")"
echo "  ld.lld-19 (plain)        $(ms "$m_plain")"
echo "  rrld                     $(ms "$m_rrld")"
echo "  ratio rrld / ld.lld --emit-relocs: $(ratio "$m_rrld" "$m_lld")"
echo "  ratio rrld / ld.lld (plain):       $(ratio "$m_rrld" "$m_plain")"
# Instruction counts are repeatable where wall time on a shared machine is
# not: count both links single-threaded under callgrind when it is there.
if command -v valgrind >/dev/null; then
  icount() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 |
             awk '/Collected :/ {print $4}'; }
  i_lld=$(icount "${lld_cmd[@]}" --threads=1)
  i_rrld=$(icount "${rrld_cmd[@]}" --threads=1)
  echo "  instructions, --threads=1: ld.lld-19 --emit-relocs $i_lld, rrld $i_rrld, ratio $(ratio "$i_rrld" "$i_lld")"
fi
echo "tables: $relocs relocations in $tbytes bytes: $(ratio "$tbytes" "$relocs") bytes/relocation"

echo "tables of the test programs (bytes / relocations):"
for prog in "$root"/tests/programs/tables.c "$root"/tests/programs/vtables.cpp; do
  for core in "thumbv6m-none-eabi cortex-m0" "thumbv7em-none-eabi cortex-m4"; do
    read -r target cpu <<< "$core"
    f=(--target=$target -mcpu=$cpu -Os -ffreestanding -ffunction-sections -fdata-sections -fropi -frwpi)
    clang-19 "${f[@]}" -c "$root/tests/programs/start.c" -o p-start.o
    case $prog in
      *.cpp) clang++-19 "${f[@]}" -fallow-unsupported -fno-exceptions -fno-rtti -c "$prog" -o p.o ;;
      *) clang-19 "${f[@]}" -c "$prog" -o p.o ;;
    esac
    "$rrld" p-start.o p.o --gc-sections -o p.elf
    "$rrld" inspect --json p.elf > p.json
    r=$(awk -F': ' '/"total"/ {gsub(",","",$2); print $2}' p.json)
    b=$(awk -F': ' '/"table_bytes"/ {gsub(",","",$2); print $2}' p.json)
    printf '  %-14s %-11s %4d relocations, %4d bytes: %s B/relocation\n' "$(basename "$prog")" "$cpu" "$r" "$b" "$(ratio "$b" "$r")"
  done
done
