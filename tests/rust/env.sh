# Sourced by the Rust test scripts: the cargo environment of one rrld build
# directory.  Everything cargo writes stays in BUILD/rust/: CARGO_HOME (with
# the config scripts/rust-config.sh writes), CARGO_TARGET_DIR.  rrld is the
# linker of every Cortex-M target through CARGO_TARGET_<TRIPLE>_LINKER,
# which overrides the relative path in rust/apps/.cargo/config.toml.
#
# Needs: BUILD (the build directory), SRC (the repository), CARGO, RUSTC.
: "${BUILD:?}" "${SRC:?}" "${CARGO:?}" "${RUSTC:?}"
RUST_DIR=$BUILD/rust
RRLD=${RRLD:-$BUILD/linker/rrld}
export CARGO_HOME=$RUST_DIR/cargo-home
export CARGO_TARGET_DIR=$RUST_DIR/target
export RUSTC
export RUSTC_BOOTSTRAP=1 # -Zbuild-std on a stable toolchain
export RRLD_RELOCATOR_LIB_DIR=$BUILD/relocator
export CARGO_TERM_COLOR=never
# The build's parallelism (scripts/build.sh's RRLD_JOBS) unless cargo's own is set.
if [[ -n ${RRLD_JOBS:-} && -z ${CARGO_BUILD_JOBS:-} ]]; then
  export CARGO_BUILD_JOBS=$RRLD_JOBS
fi
for _t in thumbv6m-none-eabi thumbv7m-none-eabi thumbv7em-none-eabi thumbv7em-none-eabihf \
          thumbv8m.base-none-eabi thumbv8m.main-none-eabi; do
  _v=${_t^^}
  _v=${_v//[-.]/_}
  export "CARGO_TARGET_${_v}_LINKER=$RRLD"
done
unset _t _v

# CARGO_HOME/config.toml: the vendored standard-library sources (rewritten
# only when they change).
rust_write_config() {
  mkdir -p "$CARGO_HOME"
  local cfg
  cfg=$("$SRC/scripts/rust-config.sh" --rustc "$RUSTC") || return 1
  if [[ ! -f $CARGO_HOME/config.toml || $(cat "$CARGO_HOME/config.toml") != "$cfg" ]]; then
    printf '%s\n' "$cfg" > "$CARGO_HOME/config.toml"
  fi
}

# The directory name of a target's apps: the triple's first part, with _hf
# for a hard-float target (thumbv7em-none-eabihf: thumbv7em_hf), as the
# relocator and runtime archives are named.
rust_core_of() {
  local t=$1
  if [[ $t == *-eabihf ]]; then echo "${t%%-*}_hf"; else echo "${t%%-*}"; fi
}
