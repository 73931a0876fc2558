#!/usr/bin/env bash
# Sizes of the Rust test apps (rust/apps) built ROPI/RWPI and linked by
# rrld, against the same apps built -C relocation-model=static and linked
# by plain ld.lld at a fixed address (docs/rust.md, "Sizes").
#
#   scripts/rust-sizes.sh [--build DIR] [--core CORE]
#
# CORE: thumbv6m, thumbv7m, thumbv7em (default) or thumbv8m.main.  Needs
# the build (bash scripts/build.sh: rrld and the apps in DIR/rust/apps);
# the static builds go to DIR/rust/target-static (the first run builds
# core and alloc once more, without ROPI/RWPI: about a minute).
# Code = .text + .ARM.exidx + .rodata (rrld's 96-byte header not counted),
# RAM = .data + .bss (stack and heap not counted); table bytes and
# relocations from rrld inspect --json.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build core=thumbv7em
while (($#)); do
  case $1 in
    --build) build=$(cd "${2:?}" && pwd); shift 2 ;;
    --core) core=${2:?}; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "rust-sizes: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
triple=$core-none-eabi
readelf=$(command -v llvm-readelf-19 || command -v llvm-readelf)
ld_lld=$(command -v ld.lld-19 || command -v ld.lld)

# cargo and rustc: the first pair in PATH whose rustc has the library sources.
CARGO= RUSTC=
IFS=: read -r -a dirs <<< "$PATH"
for d in "${dirs[@]}"; do
  if [[ -x $d/cargo && -x $d/rustc && -d $("$d/rustc" --print sysroot)/lib/rustlib/src/rust/library/vendor ]]; then
    CARGO=$d/cargo RUSTC=$d/rustc
    break
  fi
done
[[ -n $CARGO ]] || { echo "rust-sizes: no cargo with the standard library sources (rust-src)" >&2; exit 1; }
BUILD=$build SRC=$root
source "$root/tests/rust/env.sh"
rust_write_config

apps_dir=$RUST_DIR/apps/$core
[[ -d $apps_dir ]] || { echo "rust-sizes: no $apps_dir (build first: bash scripts/build.sh)" >&2; exit 1; }

# The static build: the same sources, a fixed-address layout, plain ld.lld.
static_target=$RUST_DIR/target-static
mkdir -p "$static_target"
script=$static_target/fixed.ld
cat > "$script" <<'LD'
ENTRY(_start)
MEMORY { FLASH (rx) : ORIGIN = 0x00010000, LENGTH = 1M
         RAM (rwx) : ORIGIN = 0x20010000, LENGTH = 256K }
SECTIONS {
  .text : { KEEP(*(.text.rrld_start)) *(.text .text.*) } > FLASH
  .ARM.exidx : { *(.ARM.exidx*) } > FLASH
  .rodata : { *(.rodata .rodata.*) } > FLASH
  .data : { *(.data .data.*) } > RAM AT > FLASH
  .bss : { *(.bss .bss.* COMMON) } > RAM
}
LD
v=${triple^^}
v=${v//[-.]/_}
(
  cd "$root/rust/apps"
  export CARGO_TARGET_DIR=$static_target RRLD_RUST_STATIC_LINK=1
  export "CARGO_TARGET_${v}_LINKER=$ld_lld"
  export "CARGO_TARGET_${v}_RUSTFLAGS=-C relocation-model=static -C link-arg=-T$script"
  "$CARGO" build --offline --release --target "$triple" --bins --quiet
)

# Section sizes of an ELF: code (allocated, not writable), data, bss.
sizes() {
  local code=0 data=0 bss=0 line name type size flg
  while IFS= read -r line; do
    [[ $line =~ ^\ *\[\ *[0-9]+\]\ +([^ ]+)\ +([A-Z_]+)\ +[0-9a-f]+\ +[0-9a-f]+\ +([0-9a-f]+)\ +[0-9a-f]+\ +([A-Za-z]*) ]] || continue
    name=${BASH_REMATCH[1]} type=${BASH_REMATCH[2]} size=$((16#${BASH_REMATCH[3]})) flg=${BASH_REMATCH[4]}
    [[ $flg == *A* && $name != .rrld_header ]] || continue
    if [[ $flg == *W* ]]; then
      if [[ $type == NOBITS ]]; then bss=$((bss + size)); else data=$((data + size)); fi
    else
      code=$((code + size))
    fi
  done < <("$readelf" -S -W "$1")
  echo "$code $data $bss"
}
json() { sed -n "s/.*\"$2\": *\([0-9.]*\).*/\1/p" <<< "$1" | head -n 1; }

echo "Rust apps for $triple, $("$RUSTC" --version | cut -d' ' -f2), opt-level s:"
echo
echo "| app | code static | code rrld | RAM static | RAM rrld | relocations (RW→RO, RW→RW, RO→RO) | table bytes | bytes/reloc | moved to RW |"
echo "| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |"
for elf in "$apps_dir"/*.elf; do
  app=$(basename "$elf" .elf)
  fixed=$static_target/$triple/release/$app
  [[ -f $fixed ]] || { echo "| $app | (static build failed) |"; continue; }
  read -r sc sd sb <<< "$(sizes "$fixed")"
  read -r rc rd rb <<< "$(sizes "$elf")"
  j=$("$RRLD" inspect --json "$elf")
  moved=$(sed -n '/"moved"/,/}/p' <<< "$j" | sed -n 's/.*"bytes": *\([0-9]*\).*/\1/p' | head -n 1)
  printf '| %s | %d | %d (%+.1f%%) | %d | %d | %d (%d, %d, %d) | %d | %.2f | %d |\n' "$app" \
    "$sc" "$rc" "$(awk -v a="$rc" -v b="$sc" 'BEGIN { print (a - b) * 100 / b }')" \
    $((sd + sb)) $((rd + rb)) "$(json "$j" total)" "$(json "$j" rw_to_ro)" "$(json "$j" rw_to_rw)" \
    "$(json "$j" ro_to_ro)" "$(json "$j" table_bytes)" "$(json "$j" bytes_per_reloc)" "${moved:-0}"
done
