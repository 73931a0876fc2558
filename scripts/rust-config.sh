#!/usr/bin/env bash
# Prints the machine-specific part of the cargo configuration for building
# Rust apps with rrld offline (docs/rust.md): the standard library's
# vendored dependencies (from the rust-src package) as the crates.io source,
# which -Zbuild-std needs without network, and optionally rrld as the linker
# of the four Cortex-M targets.  Append it to $CARGO_HOME/config.toml or a
# project's .cargo/config.toml.
#
#   scripts/rust-config.sh [--rustc RUSTC] [--rrld PATH]
set -euo pipefail

rustc=${RUSTC:-rustc} rrld=
while (($#)); do
  case $1 in
    --rustc) rustc=${2:?}; shift 2 ;;
    --rrld) rrld=${2:?}; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "rust-config: unknown argument '$1'" >&2; exit 2 ;;
  esac
done

sysroot=$("$rustc" --print sysroot)
library=$sysroot/lib/rustlib/src/rust/library
if [[ ! -d $library/vendor ]]; then
  echo "rust-config: no $library/vendor: $rustc has no standard library sources" \
       "(Debian: apt-get install rust-web-src; rustup: rustup component add rust-src)" >&2
  exit 1
fi
vendor=$(cd "$library/vendor" && pwd)

cat <<TOML
# Written by rrld's scripts/rust-config.sh for $("$rustc" --version).
# -Zbuild-std resolves the standard library's own dependencies from
# crates.io; these are their sources as shipped with rust-src.
[source.crates-io]
replace-with = "rust-std-vendor"

[source.rust-std-vendor]
directory = "$vendor"
TOML

if [[ -n $rrld ]]; then
  rrld=$(cd "$(dirname "$rrld")" && pwd -P)/$(basename "$rrld")
  for t in thumbv6m-none-eabi thumbv7m-none-eabi thumbv7em-none-eabi thumbv7em-none-eabihf \
           thumbv8m.base-none-eabi thumbv8m.main-none-eabi; do
    printf '\n[target.%s]\nlinker = "%s"\nrustflags = ["-C", "relocation-model=ropi-rwpi"]\n' "$t" "$rrld"
  done
fi
