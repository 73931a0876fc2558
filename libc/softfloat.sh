#!/usr/bin/env bash
# Builds the C library's soft-float division for the cores whose libgcc
# division rrld refuses (docs/libc.md, "Soft-float division"): run by
# libc/CMakeLists.txt.
#
#   softfloat.sh SRC OUT CORE...
#
# libgcc's divdf3.o and divsf3.o for ARMv6-M and ARMv8-M Baseline jump
# through a switch table whose address is a literal in code, which rrld
# refuses.  Rust's compiler_builtins (the Rust toolchain's library
# sources, Debian's rust-web-src) implements the same functions in
# portable Rust; cargo builds it with -Zbuild-std and
# relocation-model=ropi-rwpi (libc/softfloat/ is only the staticlib that
# bundles it).  Its objects are then joined into one (ld.lld -r) holding
# only what the four division entry points reach (--gc-sections), and every
# symbol but those four is made local, so the object defines nothing else
# an app or picolibc could bind to (compiler_builtins also carries memcpy,
# libm functions and integer helpers) and references nothing outside
# itself: 2 KB of code.  Writes OUT/<core>/softfloat_div.o, rewritten
# only when its bytes change.
# Needs CARGO, RUSTC, LD_LLD, OBJCOPY, AR and NM in the environment.
set -euo pipefail
: "${CARGO:?}" "${RUSTC:?}" "${LD_LLD:?}" "${OBJCOPY:?}" "${AR:?}" "${NM:?}"
SRC=$1 OUT=$2
shift 2
exports=(__aeabi_ddiv __divdf3 __aeabi_fdiv __divsf3)

mkdir -p "$OUT"
export CARGO_HOME=$OUT/cargo-home CARGO_TARGET_DIR=$OUT/target
export RUSTC RUSTC_BOOTSTRAP=1 CARGO_TERM_COLOR=never
mkdir -p "$CARGO_HOME"
cfg=$("$SRC/scripts/rust-config.sh" --rustc "$RUSTC")
if [[ ! -f $CARGO_HOME/config.toml || $(cat "$CARGO_HOME/config.toml") != "$cfg" ]]; then
  printf '%s\n' "$cfg" > "$CARGO_HOME/config.toml"
fi

targets=()
for core in "$@"; do targets+=(--target "$core-none-eabi"); done
# cargo reads .cargo/config.toml from the current directory up: none here.
cd "$OUT"
if ! RUSTFLAGS="-C relocation-model=ropi-rwpi" "$CARGO" build --offline --locked --release \
    --manifest-path "$SRC/libc/softfloat/Cargo.toml" -Zbuild-std=core "${targets[@]}" \
    > "$OUT/cargo-build.log" 2>&1; then
  echo "softfloat: error: cargo failed to build compiler_builtins; the end of $OUT/cargo-build.log:" >&2
  tail -n 20 "$OUT/cargo-build.log" >&2
  exit 1
fi

keep=() roots=()
for s in "${exports[@]}"; do keep+=(--keep-global-symbol="$s"); roots+=(-u "$s"); done
for core in "$@"; do
  lib=$CARGO_TARGET_DIR/$core-none-eabi/release/librrld_libc_softfloat.a
  tmp=$OUT/$core/tmp
  rm -rf "$tmp"
  mkdir -p "$tmp"
  (cd "$tmp" && "$AR" x "$lib")
  "$LD_LLD" -r --gc-sections "${roots[@]}" -o "$tmp/joined.o" "$tmp"/compiler_builtins-*.o
  "$OBJCOPY" "${keep[@]}" "$tmp/joined.o" "$tmp/softfloat_div.o"
  # The object must define the four and need nothing.
  defined=$("$NM" -g --defined-only "$tmp/softfloat_div.o" | awk '{print $3}' | sort | tr '\n' ' ')
  if [[ $defined != "$(printf '%s\n' "${exports[@]}" | sort | tr '\n' ' ')" ]] ||
     [[ -n $("$NM" -u "$tmp/softfloat_div.o") ]]; then
    echo "softfloat: error: $core: compiler_builtins' object defines [$defined] and needs [$("$NM" -u "$tmp/softfloat_div.o" | tr '\n' ' ')]" >&2
    exit 1
  fi
  if ! cmp -s "$tmp/softfloat_div.o" "$OUT/$core/softfloat_div.o"; then
    mv "$tmp/softfloat_div.o" "$OUT/$core/softfloat_div.o"
  fi
  rm -rf "$tmp"
done
