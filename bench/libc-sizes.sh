#!/usr/bin/env bash
# What the C library costs an app, per function class: flash (code and
# constants) and RAM (.data + .bss) of a small program using the class,
# minus the same program with an empty main, linked two ways:
#   ropi-rwpi  rrld's C library (build/libc/<core>, picolibc -fropi -frwpi)
#              linked by rrld with the QEMU runtime;
#   newlib     Debian's newlib (non-PIC, libnewlib-arm-none-eabi) and its
#              nano variant, linked by arm-none-eabi-gcc with nosys.specs.
# Prints a Markdown table (docs/libc.md quotes it).
#
#   bench/libc-sizes.sh [--core thumbv7em]
#
# Needs a build (scripts/build.sh; RRLD_BUILD_DIR, default build/).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${RRLD_BUILD_DIR:-$root/build}
core=thumbv7em cpu=cortex-m4
if [[ ${1:-} == --core ]]; then
  core=$2
  case $core in
    thumbv6m) cpu=cortex-m0 ;; thumbv7m) cpu=cortex-m3 ;; thumbv7em) cpu=cortex-m4 ;;
    thumbv8m.base) cpu=cortex-m23 ;; thumbv8m.main) cpu=cortex-m33 ;;
    *) echo "libc-sizes: unknown core $core" >&2; exit 2 ;;
  esac
fi
CLANG=${CLANG:-clang-19} GCC=${GCC:-arm-none-eabi-gcc} SIZE=${SIZE:-llvm-size-19}
libc=$build/libc/$core
[[ -e $libc/lib/libc.a ]] || { echo "libc-sizes: $libc/lib/libc.a missing: run scripts/build.sh" >&2; exit 1; }
T=$(mktemp -d "${TMPDIR:-/tmp}/rrld-libc-sizes.XXXXXX")
trap 'rm -rf "$T"' EXIT
libgcc=$($GCC -mcpu=$cpu -mthumb -mfloat-abi=soft -print-libgcc-file-name)

# class name | includes | body of main (v: a volatile input)
# Inputs and results go through volatile objects, so that neither compiler
# folds a call away (both may drop a malloc whose memory is never used).
classes=(
  "empty||"
  "printf %d|stdio.h|printf(\"%d\\\\n\", (int)v);"
  "printf %f %e|stdio.h|printf(\"%f %e\\\\n\", v, v);"
  "snprintf, strtod, strtol|stdio.h stdlib.h|char b[32]; snprintf(b, sizeof b, \"%ld\", strtol(s, 0, 0)); return (int)strtod(b, 0);"
  "malloc, realloc, free|stdlib.h|char *volatile p = malloc((int)v); p = realloc(p, 64); sink = p; free(p);"
  "qsort, bsearch|stdlib.h|int a[4] = {3, 1, 2, (int)v}; qsort(a, 4, sizeof a[0], cmp); return bsearch(a, a, 4, sizeof a[0], cmp) != 0;"
  "string.h, ctype.h|string.h ctype.h|char *d = buf; strcpy(d, s); strcat(d, s); sink = strstr(d, s + 1); sink = strtok(d, s + 1); return (int)strlen(d) + toupper(d[0]) + strcmp(d, s);"
  "libm (9 functions)|math.h|return (int)(sqrt(v) + sin(v) + cos(v) + exp(v) + log(v) + pow(v, v) + floor(v) + fmod(v, 3) + atan2(v, 2));"
)

# sizes ELF -> "flash ram": text (+ rodata, header) and data + bss.
sizes() { $SIZE -B "$1" | awk 'NR == 2 { print $1, $2 + $3 }'; }

build_one() { # KIND NAME INCLUDES BODY -> "flash ram"
  local kind=$1 name=$2 incs=$3 body=$4 src=$T/p.c
  { for h in $incs; do echo "#include <$h>"; done
    echo "volatile double v = 2.5;"
    echo "char buf[32], *volatile s = \"12ab\"; void *volatile sink;"
    echo "static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }"
    echo "int main(void) { (void)cmp; $body return 0; }"; } > "$src"
  case $kind in
    ropi)
      $CLANG --target=$core-none-eabi -mcpu=$cpu -mthumb -mfloat-abi=soft -Os -fropi -frwpi \
        -ffunction-sections -fdata-sections -nostdlibinc -isystem "$libc/include" -w -c "$src" -o "$T/p.o"
      "$build/linker/rrld" "$T/p.o" --start-group "$libc/lib/libc.a" "$libc/lib/libm.a" \
        "$build/qemu/librrld_app_$core.a" "$build/relocator/librrld_relocator_$core.a" "$libgcc" \
        --end-group -u _start --gc-sections --rrld-heap-size=0 -o "$T/p.elf" --rrld-image="$T/p.img" ;;
    newlib|nano)
      local specs=--specs=nosys.specs
      [[ $kind == nano ]] && specs="$specs --specs=nano.specs"
      # newlib-nano's printf leaves floating point out unless asked.
      [[ $kind == nano && $name == *%f* ]] && specs="$specs -Wl,-u,_printf_float"
      $GCC -mcpu=$cpu -mthumb -mfloat-abi=soft -Os -ffunction-sections -fdata-sections -w $specs \
        -Wl,--gc-sections "$src" -o "$T/p.elf" -lm ;;
  esac
  sizes "$T/p.elf"
}

echo "| class ($core) | ropi-rwpi flash | RAM | newlib flash | RAM | newlib-nano flash | RAM |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
declare -A base
for c in "${classes[@]}"; do
  IFS='|' read -r name incs body <<< "$c"
  row="| $name"
  for kind in ropi newlib nano; do
    read -r flash ram < <(build_one "$kind" "$name" "$incs" "$body")
    if [[ $name == empty ]]; then
      base[$kind]="$flash $ram"
      row+=" | $flash | $ram"
    else
      read -r bf br <<< "${base[$kind]}"
      row+=" | +$((flash - bf)) | +$((ram - br))"
    fi
  done
  echo "$row |"
done
