#!/usr/bin/env bash
# Builds the Rust test apps (rust/apps) with cargo for every Cortex-M
# target a board uses, linked by rrld, the Tock apps (rust/tock-apps) for
# the Tock board's target, and the host test of the relocator bindings
# (rust/rrld-relocator) and the Hubris task (rust/hubris-task).  Run by the
# build (target rust_apps).
#
#   build-apps.sh [--tock TRIPLE] TRIPLE...
#
# Writes BUILD/rust/apps/<core>/<app>.elf (<core>: rust_core_of in env.sh) (what rrld wrote) and <app>.img
# (the flat image), or <app>.error with rrld's diagnostics when the app did
# not link; the Tock apps the same way into BUILD/tock/rust-apps/<core>/.  Never fails the build for an app that does not link: its
# tests fail instead, showing rrld's diagnostics.
# Needs BUILD, SRC, CARGO, RUSTC (and optionally RRLD) in the environment.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/env.sh"

tock_triple=
if [[ ${1:-} == --tock ]]; then tock_triple=$2; shift 2; fi

mkdir -p "$RUST_DIR"
log=$RUST_DIR/cargo-build.log
artifacts=$RUST_DIR/cargo-artifacts.json
: > "$log"
apps=()
for f in "$SRC"/rust/apps/src/bin/*.rs; do apps+=("$(basename "$f" .rs)"); done

if ! rust_write_config 2>> "$log"; then
  echo "rust: cannot configure cargo: $(tail -n 1 "$log")" >&2
fi

# Copies the built apps of one cargo run out of the target directory:
# collect TRIPLE OUTDIR APP...
failed=0
collect() {
  local t=$1 out=$2 app exe
  shift 2
  mkdir -p "$out"
  for app in "$@"; do
    exe=$CARGO_TARGET_DIR/$t/release/$app
    rm -f "$out/$app.error"
    if grep -q "\"executable\":\"$exe\"" "$artifacts"; then
      if ! cmp -s "$exe" "$out/$app.elf" || [[ ! -f $out/$app.img ]]; then
        cp "$exe" "$out/$app.elf"
        # The flat image, as --rrld-image would write it.
        json=$("$RRLD" inspect --json "$exe")
        ro=$(sed -n 's/.*"ro_link_addr": *\([0-9]*\).*/\1/p' <<< "$json")
        rw=$(sed -n 's/.*"rw_link_addr": *\([0-9]*\).*/\1/p' <<< "$json")
        "$RRLD" place --ro "$(printf 0x%x "$ro")" --rw "$(printf 0x%x "$rw")" --bin "$out/$app.img" "$exe" > /dev/null
      fi
    else
      failed=$((failed + 1))
      rm -f "$out/$app.elf" "$out/$app.img"
      # rrld's diagnostics for this app: the block from "error: linking
      # with" to "could not compile ... (bin "APP")" naming its output.
      awk -v key="/$t/release/deps/$app-" '
        /^error: linking with/ { buf = ""; inblk = 1 }
        inblk { buf = buf $0 "\n" }
        /^error: could not compile/ { if (inblk && index(buf, key)) printf "%s", buf; inblk = 0 }
      ' "$log" > "$out/$app.error"
      if [[ ! -s $out/$app.error ]]; then
        { echo "cargo did not build $app for $t (status $status); the end of $log:"; tail -n 30 "$log"; } \
          > "$out/$app.error"
      fi
    fi
  done
}

targets=()
for t in "$@"; do targets+=(--target "$t"); done
# cargo reads .cargo/config.toml from the current directory up, not from
# the manifest's: run it in the app workspace.
cd "$SRC/rust/apps" || exit 1
# One cargo run for all targets: each target's core/alloc is built once and
# shared by every app.  json-render-diagnostics: artifacts as JSON on
# stdout (which apps were built), rustc's and rrld's messages as text.
start=$(date +%s)
"$CARGO" build --offline --release "${targets[@]}" \
  --bins --keep-going --message-format=json-render-diagnostics > "$artifacts" 2>> "$log"
status=$?
for t in "$@"; do collect "$t" "$RUST_DIR/apps/$(rust_core_of "$t")" "${apps[@]}"; done

# The Tock apps: libtock-rs's platform and console crates from the patched
# copy (third_party/patches/libtock-rs/), made again only when the vendored
# sources or the patches change.
ntock=0
if [[ -n $tock_triple ]]; then
  lt=$RUST_DIR/libtock-rs
  stamp=$( (cd "$SRC/third_party" && find libtock-rs/platform libtock-rs/apis/interface/console \
              libtock-rs/build_scripts patches/libtock-rs -type f | LC_ALL=C sort | xargs sha256sum) |
            sha256sum)
  if [[ ! -f $lt/.stamp || $(cat "$lt/.stamp") != "$stamp" ]]; then
    rm -rf "$lt"
    mkdir -p "$lt/apis/interface"
    cp -r "$SRC/third_party/libtock-rs/platform" "$SRC/third_party/libtock-rs/build_scripts" "$lt/"
    cp -r "$SRC/third_party/libtock-rs/apis/interface/console" "$lt/apis/interface/"
    cp "$SRC"/third_party/libtock-rs/LICENSE-* "$lt/"
    for p in "$SRC"/third_party/patches/libtock-rs/*.patch; do
      patch -s -p1 --no-backup-if-mismatch -d "$lt" -i "$p" >> "$log" 2>&1 ||
        echo "rust: $(basename "$p") does not apply to third_party/libtock-rs" >&2
    done
    printf '%s\n' "$stamp" > "$lt/.stamp"
  fi
  tock_apps=(hello tables fmt console)
  ntock=${#tock_apps[@]}
  cd "$SRC/rust/tock-apps" || exit 1
  artifacts=$RUST_DIR/cargo-artifacts-tock.json
  "$CARGO" build --offline --release --target "$tock_triple" \
    --config "patch.crates-io.libtock_platform.path=\"$lt/platform\"" \
    --config "patch.crates-io.libtock_console.path=\"$lt/apis/interface/console\"" \
    --bins --keep-going --message-format=json-render-diagnostics > "$artifacts" 2>> "$log"
  status=$?
  collect "$tock_triple" "$BUILD/tock/rust-apps/${tock_triple%%-*}" "${tock_apps[@]}"

  # The console app again, linked with libtock-rs's layout by libtock-rs's
  # own build script (rust/libtock-layout; tests/scripts/libtock-rs.sh).
  if [[ $tock_triple == thumbv7em-none-eabi ]]; then
    cd "$SRC/rust/libtock-layout" || exit 1
    artifacts=$RUST_DIR/cargo-artifacts-libtock-layout.json
    "$CARGO" build --offline --release --target "$tock_triple" \
      --config "patch.crates-io.libtock_platform.path=\"$lt/platform\"" \
      --config "patch.crates-io.libtock_console.path=\"$lt/apis/interface/console\"" \
      --config "patch.crates-io.libtock_build_scripts.path=\"$lt/build_scripts\"" \
      --bins --keep-going --message-format=json-render-diagnostics > "$artifacts" 2>> "$log"
    status=$?
    collect "$tock_triple" "$BUILD/tock/rust-apps/${tock_triple%%-*}" layout_console
    ntock=$((ntock + 1))
  fi
fi

# The Hubris task (rust/hubris-task, tests/hubris/task.sh): a static
# library for thumbv7em, which the test links as a Hubris build would.
if [[ " $* " == *" thumbv7em-none-eabi "* ]]; then
  hub=$RUST_DIR/hubris/thumbv7em
  mkdir -p "$hub"
  if (cd "$SRC/rust/hubris-task" &&
      "$CARGO" build --offline --release --target thumbv7em-none-eabi) >> "$log" 2>&1; then
    cp "$CARGO_TARGET_DIR/thumbv7em-none-eabi/release/libhubris_task.a" "$hub/"
  else
    rm -f "$hub/libhubris_task.a"
    echo "rust: the Hubris task did not build (see $log)" >&2
  fi
fi

# The relocator bindings' host test, run by ctest (rust.relocator_ffi).
# (From its own directory: the apps' config would build std for the host.)
(cd "$SRC/rust/rrld-relocator" && "$CARGO" test --offline --no-run) >> "$log" 2>&1 ||
  echo "rust: the relocator bindings' test did not build (see $log)" >&2

echo "rust: ${#apps[@]} apps x $# targets, $ntock Tock apps in $(( $(date +%s) - start )) s, $failed did not link (log: $log)"
exit 0
