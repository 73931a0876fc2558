#!/usr/bin/env bash
# rrld as an installed toolchain (docs/install.md): `cmake --install` into a
# staging prefix, then moved elsewhere (the package must be relocatable), then
#  - an out-of-tree CMake project (written here) with find_package(rrld)
#    builds a C and a C++ app with rrld_add_app(), and one more with the
#    toolchain file; the installed rrld-run runs them relocated;
#  - clang-19 -fuse-ld=rrld links an app with the installed toolchain on PATH,
#    and a hard-float one with the _hf archives (refused with the soft ones;
#    it runs below, self-relocating);
#  - a cargo project configured by `rrld cargo-config` is `cargo run` in
#    QEMU: its exit code is the app's, and a failing app fails `cargo run`;
#    cargo-config's configurations for thumbv7em_hf and thumbv8m.base;
#  - rrld-run --junit: valid XML naming the failing app and the reason;
#  - cpack -G DEB: dpkg-deb -c lists the installed files.
# Needs BUILD, SRC, CLANG; CARGO and RUSTC for the cargo part.
set -euo pipefail
: "${BUILD:?}" "${SRC:?}" "${CLANG:?}"
# A fixed directory in the build tree, made anew each run except for
# cargo's target directory: cargo's fingerprints include the linker's path,
# so the standard library built for the target is reused only if the
# installed rrld is at the same place each time.
T=$BUILD/install-test
rm -rf "$T/stage" "$T/prefix" "$T/app" "$T/tc" "$T/crate" "$T/deb" "$T"/*.log "$T"/*.xml "$T"/*.elf
mkdir -p "$T"
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$BUILD" --prefix "$T/stage" > "$T/install.log" || fail "cmake --install failed"
mv "$T/stage" "$T/prefix"
P=$T/prefix
for f in bin/rrld bin/rrld-link bin/ld.rrld bin/rrld-run bin/tock-run include/rrld/relocator.h \
         include/rrld/rrld_app.h lib/rrld/librrld_relocator_thumbv7em.a lib/rrld/librrld_app_thumbv7em.a \
         lib/rrld/librrld_app_tock_thumbv7em.a lib/rrld/librrld_relocator_thumbv7em_hf.a \
         lib/rrld/librrld_app_thumbv7em_hf.a lib/rrld/librrld_relocator_thumbv8m.base.a \
         lib/cmake/rrld/toolchains/thumbv7em_hf.cmake lib/cmake/rrld/rrldConfig.cmake \
         lib/cmake/rrld/rrldConfigVersion.cmake lib/cmake/rrld/RrldApp.cmake \
         lib/cmake/rrld/toolchains/thumbv7em.cmake share/rrld/boards/mps2-an386.board \
         share/rrld/kernels/mps2-an386.elf share/rrld/tock/kernel.bin share/rrld/rust/rrld-rt/Cargo.toml \
         share/doc/rrld/manual.md; do
  [[ -e $P/$f ]] || fail "not installed: $f"
done
[[ -L $P/bin/ld.rrld && $(readlink "$P/bin/ld.rrld") == rrld ]] || fail "ld.rrld is not a link to rrld"
echo "installed: $(find "$P" -type f | wc -l) files"

# ---- 1. find_package(rrld) and rrld_add_app()
app=$T/app
mkdir -p "$app"
cat > "$app/CMakeLists.txt" <<'CM'
cmake_minimum_required(VERSION 3.20)
project(userapps C CXX)
find_package(rrld 0.1 CONFIG REQUIRED)
if(NOT TARGET rrld::relocator_thumbv7em OR NOT TARGET rrld::app_runtime_thumbv7em OR NOT TARGET rrld::rrld)
  message(FATAL_ERROR "rrld's imported targets are missing")
endif()
rrld_add_app(user_c SOURCES user.c CORE thumbv7em)
rrld_add_app(user_cxx SOURCES user.cpp CORE thumbv7em)
CM
cat > "$app/user.c" <<'C'
#include "rrld_app.h"
static int table[] = {3, 5, 7};
int *entries[] = {&table[0], &table[1], &table[2]}; /* RW->RW words */
int main(void) {
  int sum = 0;
  for (int i = 0; i < 3; ++i) sum += *entries[i];
  rrld_printf("user_c: sum %d at %p\n", sum, (void *)&table);
  return sum == 15 ? 0 : 1;
}
C
cat > "$app/user.cpp" <<'C'
#include "rrld_app.h"
struct Shape { virtual int area() const = 0; };
struct Sq : Shape { int s; explicit Sq(int v) : s(v) {} int area() const override { return s * s; } };
struct Rect : Shape { int w, h; Rect(int a, int b) : w(a), h(b) {} int area() const override { return w * h; } };
static Sq sq(4);
static Rect rect(2, 3);
static const Shape *shapes[] = {&sq, &rect};
extern "C" int main() {
  int total = 0;
  for (const Shape *s : shapes) total += s->area(); /* vtables: RO->RO words */
  rrld_printf("user_cxx: total %d\n", total);
  return total == 22 ? 0 : 1;
}
C
cmake -S "$app" -B "$app/build" -DCMAKE_PREFIX_PATH="$P" > "$T/app-cmake.log" 2>&1 ||
  { cat "$T/app-cmake.log"; fail "the out-of-tree project does not configure"; }
cmake --build "$app/build" > "$T/app-build.log" 2>&1 ||
  { cat "$T/app-build.log"; fail "the out-of-tree project does not build"; }
grep -q "$P/bin/rrld" "$app/build/CMakeCache.txt" "$app/build/CMakeFiles/"*/build.make 2>/dev/null ||
  grep -rq "$P/bin/rrld" "$app/build/CMakeFiles" || fail "the project did not link with the installed rrld"

# ---- 2. the toolchain file and imported targets
tc=$T/tc
mkdir -p "$tc"
cat > "$tc/CMakeLists.txt" <<'CM'
cmake_minimum_required(VERSION 3.20)
project(tcapp C)
find_package(rrld CONFIG REQUIRED)
add_executable(tc_app tc.c)
target_link_libraries(tc_app PRIVATE rrld::app_runtime_${RRLD_CORE})
CM
cat > "$tc/tc.c" <<'C'
#include "rrld_app.h"
const char *const names[] = {"flash", "ram"}; /* pointers in read-only data */
int main(void) {
  rrld_printf("tc_app: %s and %s\n", names[0], names[1]);
  return names[1][0] == 'r' ? 0 : 1;
}
C
cmake -S "$tc" -B "$tc/build" --toolchain "$P/lib/cmake/rrld/toolchains/thumbv7em.cmake" \
  > "$T/tc-cmake.log" 2>&1 || { cat "$T/tc-cmake.log"; fail "the toolchain-file project does not configure"; }
cmake --build "$tc/build" -v > "$T/tc-build.log" 2>&1 ||
  { cat "$T/tc-build.log"; fail "the toolchain-file project does not build"; }
grep -q -- "--ld-path=$P/bin/ld.rrld" "$T/tc-build.log" || fail "the toolchain file did not link through rrld"

# ---- 3. clang -fuse-ld=rrld with the installed toolchain on PATH
cat > "$T/fuse.c" <<'C'
#include "rrld_app.h"
int value = 6;
int *pv = &value;
int main(void) { rrld_printf("fuse: %d\n", *pv * 7); return *pv * 7 == 42 ? 0 : 1; }
C
PATH=$P/bin:$PATH "$CLANG" --target=thumbv7em-none-eabi -mcpu=cortex-m4 -mthumb -mfloat-abi=soft \
  -fropi -frwpi -ffreestanding -I"$P/include/rrld" -fuse-ld=rrld -nostdlib -Wl,-u,_start \
  "$T/fuse.c" "$P/lib/rrld/librrld_app_thumbv7em.a" "$P/lib/rrld/librrld_relocator_thumbv7em.a" \
  -o "$T/fuse.elf" || fail "clang -fuse-ld=rrld did not link"
"$P/bin/rrld" verify "$T/fuse.elf" > /dev/null || fail "clang -fuse-ld=rrld did not give an rrld image"
# Hard-float (Cortex-M4F): a float-using app with the _hf archives links
# and runs below; with the soft-float ones rrld refuses the mix.
grep -q -- "-mfloat-abi=hard -mfpu=fpv4-sp-d16" "$P/lib/cmake/rrld/toolchains/thumbv7em_hf.cmake" ||
  fail "the thumbv7em_hf toolchain file is not hard-float"
cat > "$T/hf.c" <<'C'
#include "rrld_app.h"
float scale = 1.5f;                           /* .data */
float mul(float a, float b) { return a * b; } /* floats in s0, s1 */
float (*volatile op)(float, float) = mul;     /* RW->RO word */
int main(void) {
  float r = op(scale, 2.25f);
  rrld_printf("hf: %d\n", (int)(r * 1000));
  return r == 3.375f ? 0 : 1;
}
C
hf=(--target=thumbv7em-none-eabihf -mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16
    -fropi -frwpi -ffreestanding -I"$P/include/rrld" -fuse-ld=rrld -nostdlib -Wl,-u,_start "$T/hf.c")
PATH=$P/bin:$PATH "$CLANG" "${hf[@]}" "$P/lib/rrld/librrld_app_thumbv7em_hf.a" \
  "$P/lib/rrld/librrld_relocator_thumbv7em_hf.a" -o "$T/hf.elf" || fail "the hard-float app did not link"
if PATH=$P/bin:$PATH "$CLANG" "${hf[@]}" "$P/lib/rrld/librrld_app_thumbv7em.a" \
     "$P/lib/rrld/librrld_relocator_thumbv7em.a" -o "$T/hf-soft.elf" > "$T/hf-soft.log" 2>&1; then
  fail "a hard-float app linked with the soft-float archives"
fi
grep -q "passes floats in VFP registers (hard-float.*in core registers (soft-float)" "$T/hf-soft.log" ||
  { cat "$T/hf-soft.log"; fail "no float ABI error"; }

# ---- 4. the installed rrld-run, with JUnit
run=("$P/bin/rrld-run" --board mps2-an386 --quiet)
"${run[@]}" --junit "$T/ok.xml" "$app/build/apps/thumbv7em/user_c.elf" \
  "$app/build/apps/thumbv7em/user_cxx.elf:self" "$tc/build/tc_app" "$T/fuse.elf" "$T/hf.elf:self" \
  > "$T/run.log" ||
  { cat "$T/run.log"; fail "the installed rrld-run did not run the apps as expected"; }
grep -q "all as expected" "$T/run.log" || fail "rrld-run did not report success"
# A failing app: the run fails, and the JUnit file says which and why.
set +e
"${run[@]}" --junit "$T/bad.xml" "$app/build/apps/thumbv7em/user_c.elf" \
  "$tc/build/tc_app:expect=7" > "$T/run-bad.log" 2>&1
rc=$?
set -e
((rc == 1)) || { cat "$T/run-bad.log"; fail "rrld-run with an app not exiting as expected gave status $rc, not 1"; }
python3 - "$T/ok.xml" "$T/bad.xml" <<'PY' || fail "the JUnit files are wrong"
import sys, xml.etree.ElementTree as ET
ok, bad = (ET.parse(p).getroot() for p in sys.argv[1:3])
cases = list(ok.iter('testcase'))
assert len(cases) == 5 and not list(ok.iter('failure')), "ok run: 5 cases, no failure"
assert any('hf: 3375' in (c.findtext('system-out') or '') for c in cases), "the hard-float app's output"
assert any('user_c: sum 15' in (c.findtext('system-out') or '') for c in cases), "user_c's output"
suite = bad.find('testsuite')
assert suite.get('tests') == '2' and suite.get('failures') == '1', suite.attrib
failed = [c for c in bad.iter('testcase') if c.find('failure') is not None]
assert [c.get('name') for c in failed] == ['tc_app'], [c.get('name') for c in failed]
msg = failed[0].find('failure').get('message')
assert 'exit 0' in msg and 'expected exit 7' in msg, msg
seed = [p.get('value') for p in failed[0].iter('property') if p.get('name') == 'seed']
assert seed and seed[0].isdigit(), "the placement seed"
print("junit: ok")
PY

# ---- 5. cargo run through the generated configuration
if [[ -n ${CARGO:-} && -n ${RUSTC:-} ]]; then
  crate=$T/crate
  mkdir -p "$crate/src" "$crate/.cargo"
  cat > "$crate/Cargo.toml" <<TOML
[package]
name = "userapp"
version = "0.1.0"
edition = "2021"
[dependencies]
rrld-rt = { path = "$P/share/rrld/rust/rrld-rt" }
# As rust/apps: the standard library built for the target by the build's
# own Rust apps is then reused.
[profile.release]
panic = "abort"
opt-level = "s"
codegen-units = 1
debug = false
[profile.dev]
panic = "abort"
TOML
  cat > "$crate/src/main.rs" <<'RS'
#![no_std]
#![no_main]
use rrld_rt::println;
rrld_rt::entry!(main);
trait Op { fn apply(&self, x: i32) -> i32; }
struct Add(i32);
struct Mul(i32);
impl Op for Add { fn apply(&self, x: i32) -> i32 { x + self.0 } }
impl Op for Mul { fn apply(&self, x: i32) -> i32 { x * self.0 } }
static OPS: [&(dyn Op + Sync); 2] = [&Add(4), &Mul(6)];
fn main() -> i32 {
    let v = OPS.iter().fold(3, |acc, op| op.apply(acc));
    println!("userapp: {}", v);
    v - EXPECTED
}
const EXPECTED: i32 = 42;
RS
  "$P/bin/rrld" cargo-config --board mps2-an386 --rustc "$RUSTC" -o "$crate/.cargo/config.toml" ||
    fail "rrld cargo-config failed"
  grep -q "linker = \"$P/bin/rrld\"" "$crate/.cargo/config.toml" || fail "cargo-config: not the installed rrld"
  # The other targets: Cortex-M23 and the hard-float Cortex-M4F (configured,
  # not built here: tests/rust builds and runs both).
  "$P/bin/rrld" cargo-config --board mps2-an386 --core thumbv7em_hf --rustc "$RUSTC" > "$T/hf.toml" ||
    fail "cargo-config --core thumbv7em_hf failed"
  grep -q '^target = "thumbv7em-none-eabihf"' "$T/hf.toml" && grep -q '^\[target.thumbv7em-none-eabihf\]' "$T/hf.toml" ||
    fail "cargo-config --core thumbv7em_hf: not the eabihf target"
  "$P/bin/rrld" cargo-config --board mps2-an505 --target thumbv8m.base-none-eabi --rustc "$RUSTC" > "$T/base.toml" ||
    fail "cargo-config --target thumbv8m.base-none-eabi failed"
  grep -q '^target = "thumbv8m.base-none-eabi"' "$T/base.toml" && grep -q 'mps2-an505.board' "$T/base.toml" ||
    fail "cargo-config for thumbv8m.base on mps2-an505"
  if "$P/bin/rrld" cargo-config --board mps2-an386 --tock --core thumbv7em_hf --rustc "$RUSTC" > /dev/null 2> "$T/hf-tock.log"; then
    fail "cargo-config --tock accepted a hard-float target"
  fi
  grep -q "the Tock kernel leaves the FPU off" "$T/hf-tock.log" || fail "cargo-config --tock hf: $(cat "$T/hf-tock.log")"
  export CARGO_HOME=$T/cargo-home CARGO_TARGET_DIR=$T/target RUSTC_BOOTSTRAP=1
  t0=$(date +%s)
  (cd "$crate" && "$CARGO" run --offline --release) > "$T/cargo.log" 2>&1 ||
    { tail -n 30 "$T/cargo.log"; fail "cargo run failed"; }
  grep -q "userapp: 42" "$T/cargo.log" || { tail -n 20 "$T/cargo.log"; fail "cargo run: no app output"; }
  # A failing app fails cargo run, with its exit code.
  sed -i 's/const EXPECTED: i32 = 42;/const EXPECTED: i32 = 37;/' "$crate/src/main.rs"
  set +e
  (cd "$crate" && "$CARGO" run --offline --release) > "$T/cargo-bad.log" 2>&1
  rc=$?
  set -e
  ((rc == 5)) || { tail -n 20 "$T/cargo-bad.log"; fail "cargo run of an app exiting 5 gave status $rc"; }
  echo "cargo run: ok (exit 0, and 5 for the failing app) in $(( $(date +%s) - t0 )) s;" \
    "crates compiled: $(grep -c '^ *Compiling' "$T/cargo.log" "$T/cargo-bad.log" | tr '\n' ' ')"
else
  echo "cargo run: skipped (no cargo)"
fi

# ---- 6. cpack -G DEB
(cd "$T" && cpack -G DEB --config "$BUILD/CPackConfig.cmake" -B "$T/deb") > "$T/cpack.log" 2>&1 ||
  { tail -n 20 "$T/cpack.log"; fail "cpack -G DEB failed"; }
deb=$(ls "$T"/deb/*.deb)
dpkg-deb -c "$deb" > "$T/deb.txt"
for f in ./usr/bin/rrld ./usr/bin/rrld-link ./usr/bin/ld.rrld ./usr/bin/rrld-run \
         ./usr/lib/cmake/rrld/rrldConfig.cmake ./usr/lib/rrld/librrld_relocator_thumbv7em.a \
         ./usr/lib/rrld/librrld_relocator_thumbv7em_hf.a ./usr/lib/rrld/librrld_app_thumbv7em_hf.a \
         ./usr/include/rrld/relocator.h ./usr/share/rrld/kernels/mps2-an386.elf; do
  grep -q " $f\( \|$\)" "$T/deb.txt" || fail "the package lacks $f"
done
echo "cpack: $(basename "$deb"), $(wc -l < "$T/deb.txt") entries"
echo "PASS"
