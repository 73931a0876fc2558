#!/usr/bin/env bash
# Builds the vendored Tock kernel (third_party/tock, board
# boards/qemu_arm_mps2_an386) with rrld's patches (third_party/patches/tock),
# which make the board depend on rust/rrld-relocator and the relocator
# library for Cortex-M4, into OUT: OUT/kernel.elf and OUT/kernel.bin, the flat flash image from
# address 0 (docs/tock.md).  Run by the build (target tock_kernel).
#
#   build-kernel.sh
#
# Offline and cached:
#  - the tree is copied to OUT/src and patched only when the vendored
#    sources or the patches changed (OUT/src.stamp, a hash of their bytes);
#  - cargo runs only when that, the relocator library the board links or
#    the toolchain changed (OUT/kernel.stamp): a rebuild with nothing
#    changed hashes some files and stops;
#  - cargo itself runs offline with CARGO_HOME in OUT/cargo-home, whose
#    config serves crates.io from the standard library's vendored sources
#    (scripts/rust-config.sh), -Zbuild-std for core on a toolchain without
#    a prebuilt Cortex-M library, RUSTC_BOOTSTRAP=1 for the unstable
#    flags, and a rust-lld on PATH that runs ld.lld-19 (Tock's cargo
#    configuration names rust-lld, which Debian's Rust does not ship).
# Needs SRC (the repository), OUT, CARGO, RUSTC, LD_LLD, OBJCOPY and
# RRLD_RELOCATOR_LIB_DIR (where librrld_relocator_thumbv7em.a is) in the
# environment.
set -euo pipefail
: "${SRC:?}" "${OUT:?}" "${CARGO:?}" "${RUSTC:?}" "${LD_LLD:?}" "${OBJCOPY:?}" \
  "${RRLD_RELOCATOR_LIB_DIR:?}"
board=qemu_arm_mps2_an386
triple=thumbv7em-none-eabi
mkdir -p "$OUT"
log=$OUT/cargo-build.log

# Hash of every file under the given directories, names and bytes.
tree_hash() {
  (cd "$SRC" && find "$@" -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum) | sha256sum | cut -d' ' -f1
}

# ---- the patched copy
src_hash=$(tree_hash third_party/tock third_party/tock-registers third_party/patches/tock \
                     rust/rrld-relocator/src rust/rrld-relocator/build.rs rust/rrld-relocator/Cargo.toml \
                     tock/kernel/build-kernel.sh)
if [[ ! -f $OUT/src.stamp || $(cat "$OUT/src.stamp") != "$src_hash" ]]; then
  rm -f "$OUT/src.stamp" "$OUT/kernel.stamp"
  # A fresh copy each time (patches apply to pristine files); -p keeps the
  # vendored files' times, so cargo rebuilds only the crates that changed.
  rm -rf "$OUT/src.new"
  mkdir -p "$OUT/src.new"
  cp -pR "$SRC/third_party/tock" "$SRC/third_party/tock-registers" "$OUT/src.new/"
  # The relocator bindings the patched board depends on, beside the tree.
  mkdir -p "$OUT/src.new/rrld-relocator"
  cp -pR "$SRC"/rust/rrld-relocator/{src,build.rs,Cargo.toml} "$OUT/src.new/rrld-relocator/"
  # The tree pins a nightly rustup toolchain; rrld builds it with the
  # system's Rust (RUSTC_BOOTSTRAP=1), so the pin goes.
  rm -f "$OUT/src.new/tock/rust-toolchain.toml"
  for p in "$SRC"/third_party/patches/tock/*.patch; do
    [[ -e $p ]] || continue
    if ! patch -s -p1 -N -d "$OUT/src.new/tock" < "$p" > "$OUT/patch.log" 2>&1; then
      echo "tock: error: $(basename "$p") does not apply to third_party/tock:" >&2
      cat "$OUT/patch.log" >&2
      exit 1
    fi
  done
  # Patched files are new; where their bytes equal the previous copy's,
  # keep its times so that cargo rebuilds only the crates that changed.
  if [[ -d $OUT/src ]]; then
    (cd "$OUT/src.new" && find . -type f -print0) |
      while IFS= read -r -d '' f; do
        if [[ $OUT/src.new/$f -nt $OUT/src/$f ]] && cmp -s "$OUT/src.new/$f" "$OUT/src/$f"; then
          touch -r "$OUT/src/$f" "$OUT/src.new/$f"
        fi
      done
  fi
  rm -rf "$OUT/src"
  mv "$OUT/src.new" "$OUT/src"
  echo "$src_hash" > "$OUT/src.stamp"
fi

# ---- cargo
lib=$RRLD_RELOCATOR_LIB_DIR/librrld_relocator_thumbv7em.a
[[ -f $lib ]] || { echo "tock: error: no $lib (build the relocator first)" >&2; exit 1; }
kernel_hash=$( { echo "$src_hash"; sha256sum < "$lib"
                 "$RUSTC" --version; "$CARGO" --version; } | sha256sum | cut -d' ' -f1)
if [[ -f $OUT/kernel.stamp && $(cat "$OUT/kernel.stamp") == "$kernel_hash" &&
      -f $OUT/kernel.elf && -f $OUT/kernel.bin ]]; then
  exit 0
fi
rm -f "$OUT/kernel.stamp"

export CARGO_HOME=$OUT/cargo-home
mkdir -p "$CARGO_HOME" "$OUT/bin"
cfg=$("$SRC/scripts/rust-config.sh" --rustc "$RUSTC")
printf '%s\n\n[net]\noffline = true\n' "$cfg" > "$CARGO_HOME/config.toml"
# Tock's cargo flags link with `rust-lld -flavor gnu`: the same lld.
cat > "$OUT/bin/rust-lld" <<LLD
#!/bin/sh
# Written by rrld's tock/kernel/build-kernel.sh: rust-lld as Tock's cargo
# configuration calls it, run by ld.lld.
if [ "\$1" = "-flavor" ]; then shift 2; fi
exec "$LD_LLD" "\$@"
LLD
chmod +x "$OUT/bin/rust-lld"

# cargo would look for a make jobserver that the build does not pass on.
unset MAKEFLAGS MFLAGS MAKELEVEL
export PATH=$OUT/bin:$PATH
export RUSTC RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR=$OUT/target CARGO_TERM_COLOR=never
export RRLD_RELOCATOR_LIB_DIR
if [[ -n ${RRLD_JOBS:-} && -z ${CARGO_BUILD_JOBS:-} ]]; then
  export CARGO_BUILD_JOBS=$RRLD_JOBS
fi
start=$(date +%s)
if ! (cd "$OUT/src/tock/boards/$board" &&
      "$CARGO" build --release --offline -Zbuild-std=core,compiler_builtins \
        -Zbuild-std-features=compiler-builtins-mem) > "$log" 2>&1; then
  echo "tock: error: the kernel did not build; the end of $log:" >&2
  tail -n 40 "$log" >&2
  exit 1
fi
elf=$CARGO_TARGET_DIR/$triple/release/$board
cp "$elf" "$OUT/kernel.elf.new" && mv "$OUT/kernel.elf.new" "$OUT/kernel.elf"
"$OBJCOPY" -O binary "$OUT/kernel.elf" "$OUT/kernel.bin"
echo "$kernel_hash" > "$OUT/kernel.stamp"
echo "tock: kernel built in $(( $(date +%s) - start )) s ($(stat -c %s "$OUT/kernel.bin") bytes of flash; log: $log)"
