#!/usr/bin/env bash
# Installs every Debian 12 package rrld needs to build, test and run its
# demo, and nothing else.  Idempotent: only missing packages are installed,
# and apt is not touched when nothing is missing.  Run as root.
set -euo pipefail

packages=(
  cmake make
  clang-19 lld-19 llvm-19 llvm-19-dev llvm-19-tools liblld-19-dev libclang-rt-19-dev
  zlib1g-dev libzstd-dev
  libcli11-dev catch2
  qemu-system-arm
  gcc-arm-none-eabi libnewlib-arm-none-eabi
  rustc-web cargo-web rust-web-src
  python3 patch
  meson ninja-build
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
  echo "setup: missing packages: ${missing[*]}; run this script as root" >&2
  exit 1
fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
