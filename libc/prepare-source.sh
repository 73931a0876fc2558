#!/usr/bin/env bash
# Makes the picolibc tree the C library is built from: a copy of
# third_party/picolibc with rrld's patches (third_party/patches/picolibc)
# applied, in OUT (run by libc/CMakeLists.txt, target rrld_libc_source).
#
#   prepare-source.sh SRC OUT
#
# SRC is the repository.  The copy is made again only when the vendored
# tree or the patches changed (OUT.stamp, a hash of their bytes), so a
# rebuild with nothing changed hashes the files and stops.  Files keep
# their times where their bytes did not change, so that meson and ninja
# rebuild only what a change touched.
set -euo pipefail
SRC=$1 OUT=$2

tree_hash() {
  (cd "$SRC" && find "$@" -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum) | sha256sum | cut -d' ' -f1
}

hash=$(tree_hash third_party/picolibc third_party/patches/picolibc libc/prepare-source.sh)
if [[ -f $OUT.stamp && $(cat "$OUT.stamp") == "$hash" && -d $OUT ]]; then
  exit 0
fi
rm -f "$OUT.stamp"
rm -rf "$OUT.new"
mkdir -p "$(dirname "$OUT")"
# -p keeps the vendored files' times.
cp -pR "$SRC/third_party/picolibc" "$OUT.new"
for p in "$SRC"/third_party/patches/picolibc/*.patch; do
  [[ -e $p ]] || continue
  if ! patch -s -p1 -N -d "$OUT.new" < "$p" > "$OUT.patch.log" 2>&1; then
    echo "picolibc: error: $(basename "$p") does not apply to third_party/picolibc:" >&2
    cat "$OUT.patch.log" >&2
    exit 1
  fi
done
# Only the patched files have new times (cp -p kept the others'); where
# their bytes equal the previous copy's, they keep its times too.
if [[ -d $OUT ]]; then
  for f in $(sed -n 's|^+++ b/\([^[:space:]]*\).*|\1|p' "$SRC"/third_party/patches/picolibc/*.patch 2>/dev/null); do
    if [[ -f $OUT/$f && -f $OUT.new/$f ]] && cmp -s "$OUT.new/$f" "$OUT/$f"; then
      touch -r "$OUT/$f" "$OUT.new/$f"
    fi
  done
fi
rm -rf "$OUT"
mv "$OUT.new" "$OUT"
echo "$hash" > "$OUT.stamp"
