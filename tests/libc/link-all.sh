#!/usr/bin/env bash
# Every object of the C library links under rrld without a refusal.
#
#   link-all.sh CORE
#
# Links all of build/libc/CORE/lib/libc.a (--whole-archive, no
# --gc-sections, so every section's every relocation is classified) with
# the QEMU runtime and the relocator, once with --rrld-ro-relocs at
# its default and once at ram, and checks that rrld reports nothing, then
# verifies the image.  A control shows that the check can fail: Debian's
# non-PIC newlib's sqrt, linked the same way, must be refused with the
# diagnostic that names its absolute word.  libgcc is left out (its
# helpers stay undefined): on ARMv6-M its soft-float division is refused
# (docs/libc.md, "Status"), which is not the library's.
# Needs RRLD, BUILD and GCC in the environment (tests/CMakeLists.txt).
set -euo pipefail
: "${RRLD:?}" "${BUILD:?}" "${GCC:?}"
core=$1
case $core in
  thumbv6m) cpu=cortex-m0 ;; thumbv7m) cpu=cortex-m3 ;; thumbv7em) cpu=cortex-m4 ;;
  thumbv8m.base) cpu=cortex-m23 ;; thumbv8m.main) cpu=cortex-m33 ;;
  *) echo "link-all: unknown core $core" >&2; exit 2 ;;
esac
libc=$BUILD/libc/$core/lib
T=$(mktemp -d "${TMPDIR:-/tmp}/rrld-libc-link.XXXXXX")
trap 'rm -rf "$T"' EXIT
members=$(llvm-ar-19 t "$libc/libc.a" | wc -l)

# Where no board runs the core's apps, its runtime and relocator are not
# built: then the library's own references to them stay undefined, which is fine
# here, since no code runs, and main is the entry point instead of the
# runtime's _start.
support=()
entry=()
if [[ -e $BUILD/qemu/librrld_app_$core.a ]]; then
  support=("$BUILD/qemu/librrld_app_$core.a" "$BUILD/relocator/librrld_relocator_$core.a")
else
  entry=(-e main)
fi
status=0
for mode in patch ram; do
  out=$T/all-$mode
  # main: the glue's start-up calls it.
  printf 'int main(void) { return 0; }\n' > "$T/main.c"
  clang-19 --target=$core-none-eabi -mcpu=$cpu -mthumb -fropi -frwpi -c "$T/main.c" -o "$T/main.o"
  if "$RRLD" "$T/main.o" --whole-archive "$libc/libc.a" --no-whole-archive --start-group \
      "${support[@]}" --end-group "${entry[@]}" --unresolved-symbols=ignore-all \
      --rrld-ro-relocs=$mode --error-limit=0 -o "$out.elf" --rrld-image="$out.img" > "$T/log" 2>&1 &&
    ! grep -q 'error' "$T/log"; then
    "$RRLD" verify "$out.img" > /dev/null
    echo "libc.a for $core: all $members members linked, --rrld-ro-relocs=$mode: ok"
  else
    sed "s/^/  /" "$T/log"
    echo "FAIL: libc.a for $core, --rrld-ro-relocs=$mode: rrld refused it" >&2
    status=1
  fi
done

# The control: Debian's newlib (built without -fropi -frwpi) must fail.
newlib=$("$GCC" -mcpu=$cpu -mthumb -mfloat-abi=soft -print-file-name=libm.a)
if "$RRLD" "$T/main.o" "$newlib" -u sqrt -e main --unresolved-symbols=ignore-all \
    -o "$T/newlib.elf" > "$T/log" 2>&1; then
  echo "FAIL: the control, non-PIC newlib's sqrt, linked without a refusal" >&2
  status=1
# Its absolute word is a literal (R_ARM_ABS32), or a MOVW/MOVT pair where
# the core has them and no literal pools are used (thumbv8m.base).
elif grep -qE "R_ARM_(ABS32|THM_MOVW_ABS_NC) against '__fdlib_version'" "$T/log"; then
  echo "control: non-PIC newlib's sqrt refused: ok"
else
  sed 's/^/  /' "$T/log" | head -10
  echo "FAIL: the control failed, but not with the expected diagnostic" >&2
  status=1
fi
exit $status
