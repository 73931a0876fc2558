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
# helpers stay undefined): it is not the library's, and its soft-float
# division for ARMv6-M and ARMv8-M Baseline is refused; libc.a carries its
# own for those cores (docs/libc.md, "Soft-float division"), linked here
# with the rest.
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

# Floating-point division with libgcc on the link line, as apps link:
# every core links it without a refusal, and on thumbv6m and thumbv8m.base
# the division comes from libc.a's softfloat_div.o (libgcc's is refused:
# the control below shows it).
libgcc=$("$GCC" -mcpu=$cpu -mthumb -mfloat-abi=soft -print-libgcc-file-name)
cat > "$T/div.c" <<'C'
volatile double a = 1.0, b = 3.0;
volatile float c = 2.0f, d = 7.0f;
double q;
float r;
int main(void) { q = a / b; r = c / d; return 0; }
C
clang-19 --target=$core-none-eabi -mcpu=$cpu -mthumb -fropi -frwpi -c "$T/div.c" -o "$T/div.o"
if "$RRLD" "$T/div.o" --start-group "$libc/libc.a" "$libgcc" --end-group -e main --gc-sections \
    -y __aeabi_ddiv -y __aeabi_fdiv -o "$T/div.elf" > "$T/log" 2>&1; then
  case $core in
    thumbv6m|thumbv8m.base) from='libc.a(softfloat_div.o)' ;;
    *) from='libgcc.a(' ;;
  esac
  if (($(grep -cF "$from" "$T/log") >= 2)); then
    echo "double and float division for $core from $from: ok"
  else
    sed 's/^/  /' "$T/log"
    echo "FAIL: $core's floating-point division does not come from $from" >&2
    status=1
  fi
else
  sed 's/^/  /' "$T/log"
  echo "FAIL: floating-point division with libgcc for $core: rrld refused it" >&2
  status=1
fi
# The control: without libc.a, libgcc's division alone is refused on the
# two cores.
case $core in
  thumbv6m|thumbv8m.base)
    if "$RRLD" "$T/div.o" "$libgcc" -e main --gc-sections -o "$T/div.elf" > "$T/log" 2>&1; then
      echo "FAIL: the control, libgcc's division for $core, linked without a refusal" >&2
      status=1
    elif grep -q "libgcc.a(div[ds]f3.o)" "$T/log"; then
      echo "control: libgcc's division for $core refused: ok"
    else
      sed 's/^/  /' "$T/log" | head -10
      echo "FAIL: the control failed, but not for libgcc's division" >&2
      status=1
    fi ;;
esac

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
