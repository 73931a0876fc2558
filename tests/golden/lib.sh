# Shared helpers for the golden tests (sourced).  In the style of mold's
# test/arch-arm-*.sh: compile or assemble tiny inputs with the real
# toolchain, link with rrld, check the output with llvm-readelf/llvm-objdump
# and grep.  ctest passes the tools' paths in the environment.
set -euo pipefail

: "${RRLD:?}" "${CLANG:?}" "${CLANGXX:?}" "${LLVM_MC:?}" "${READELF:?}" "${OBJDUMP:?}" "${LLVM_AR:?}" "${LD_LLD:?}" "${SRC:?}"
T=$(mktemp -d "${TMPDIR:-/tmp}/rrld-test.XXXXXX")
trap 'rm -rf "$T"' EXIT
cd "$T"

TARGET=${TARGET:-thumbv7em-none-eabi}
CPU=${CPU:-cortex-m4}
CFLAGS=(--target=$TARGET -mcpu=$CPU -Os -ffreestanding -ffunction-sections -fdata-sections)
PIC=(-fropi -frwpi)

fail() { echo "FAIL: $*" >&2; exit 1; }
# CMD | contains [grep flags] PATTERN: grep -q that reads all of its input.
# (grep -q stops at the first match; the writer then dies of SIGPIPE and
# pipefail turns that into a failure, at random, under load.)
contains() { local in; in=$(cat); grep -q "$@" <<<"$in"; }

# cc OUT.o SRC [flags...]: compile C (stdin if SRC is -) with -fropi -frwpi.
cc() { local out=$1 src=$2; shift 2; "$CLANG" "${CFLAGS[@]}" "${PIC[@]}" "$@" -x c -c "$src" -o "$out"; }
cxx() { local out=$1 src=$2; shift 2; "$CLANGXX" "${CFLAGS[@]}" "${PIC[@]}" -fallow-unsupported -fno-exceptions -fno-rtti "$@" -x c++ -c "$src" -o "$out"; }
# as OUT.o: assemble Thumb assembly from stdin.
as() { "$LLVM_MC" -triple=$TARGET -mcpu=$CPU -filetype=obj -o "$1" -; }
start() { cc start.o "$SRC/tests/programs/start.c"; }

# expect_error PATTERN CMD...: CMD must fail (non-zero, no crash) and print PATTERN.
expect_error() {
  local pattern=$1; shift
  local rc=0
  "$@" >out.txt 2>&1 || rc=$?
  cat out.txt
  [[ $rc -ne 0 ]] || fail "expected failure from: $*"
  [[ $rc -lt 128 ]] || fail "crashed (exit $rc): $*"
  grep -qE -- "$pattern" out.txt || fail "expected /$pattern/ in the output of: $*"
}

# json_field FILE KEY: a number from rrld inspect --json (top level or a.b).
json_field() {
  local file=$1 key=$2
  if [[ $key == *.* ]]; then
    sed -n "/\"${key%%.*}\": {/,/}/p" "$file" | grep -oE "\"${key#*.}\": [0-9.]+" | head -1 | awk '{print $2}'
  else
    grep -oE "^  \"$key\": [0-9.]+" "$file" | awk '{print $2}'
  fi
}
expect_eq() { [[ "$1" == "$2" ]] || fail "${3:-value}: expected '$2', got '$1'"; }
