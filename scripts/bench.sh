#!/usr/bin/env bash
# rrld against its alternatives, side by side, in one run on one machine;
# writes docs/benchmarks.md.  Sections:
#
#   link       link time: rrld vs ld.lld-19 with and without --emit-relocs
#   place      build once, place anywhere: 19 x `rrld place` vs 19 fixed links
#   tables     table bytes per relocation vs Elf32_Rel, bFLT words, one RELR
#   speed      relocator instructions (QEMU -icount) vs a copy and libtock-c's crt0
#   footprint  relocator code and stack per core
#   size       flash and RAM per app: rrld, GCC PIC (libtock-c), fixed address
#
#   scripts/bench.sh [--quick] [--out FILE] [--only S1,S2] [--objects N] [--runs R] [--keep DIR]
#
# --quick: small inputs, few runs, no callgrind (the ctest smoke test, ~1 min).
# --only: just these sections; the report then goes to stdout unless --out.
# --objects: objects of the large generated program (default 1000).
# The build comes from RRLD_BUILD_DIR (default build/; scripts/build.sh);
# tools from CLANG, CLANGXX, LD_LLD, GCC, QEMU, LLVM_NM (default the
# Debian clang-19 toolchain, arm-none-eabi-gcc, qemu-system-arm).
# valgrind (callgrind) is optional: with it, instruction counts are added.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${RRLD_BUILD_DIR:-$root/build}
build=$(cd "$build" 2>/dev/null && pwd) || { echo "bench: no build directory ${RRLD_BUILD_DIR:-build}: run scripts/build.sh" >&2; exit 1; }
rrld=$build/linker/rrld
CLANG=${CLANG:-clang-19} CLANGXX=${CLANGXX:-clang++-19} LD_LLD=${LD_LLD:-ld.lld-19}
GCC=${GCC:-arm-none-eabi-gcc} QEMU=${QEMU:-qemu-system-arm} LLVM_NM=${LLVM_NM:-llvm-nm-19}
PY=${PYTHON:-python3}
bench=$root/bench

quick=0 out= only= objects= runs= keep=
while (($#)); do
  case $1 in
    --quick) quick=1; shift ;;
    --out) out=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --objects) objects=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
if ((quick)); then
  medium=${objects:-10}; large=${objects:-40}; ((large > medium)) || medium=$((large / 2 + 1))
  runs=${runs:-3}; place_runs=2; nplace=4; use_callgrind=0
else
  medium=100; large=${objects:-1000}; runs=${runs:-21}; place_runs=7; nplace=19
  use_callgrind=0; command -v valgrind >/dev/null && use_callgrind=1
fi
[[ -n $only || -n $out ]] || out=$root/docs/benchmarks.md
[[ -z $out ]] || out=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")
want() { [[ -z $only || ",$only," == *",$1,"* ]]; }
for t in "$rrld" "$CLANG" "$CLANGXX" "$LD_LLD" "$GCC" "$LLVM_NM" "$PY"; do
  command -v "$t" >/dev/null || { echo "bench: $t not found (scripts/setup.sh, scripts/build.sh)" >&2; exit 1; }
done

if [[ -n $keep ]]; then T=$keep; rm -rf "$T"; mkdir -p "$T"; else
  T=$(mktemp -d "${TMPDIR:-/tmp}/rrld-bench.XXXXXX"); trap 'rm -rf "$T"' EXIT; fi
R=$T/results.jsonl
: > "$R"
log() { echo "bench: $*" >&2; }
# record SECTION NAME JSON: one result line.
record() { printf '{"section": "%s", "name": "%s", "data": %s}\n' "$1" "$2" "$3" >> "$R"; }
# jstr S: S as a JSON string (in bash: a Python start-up can cost 0.4 s on a small machine).
jstr() {
  local s=${1//\\/\\\\}
  s=${s//\"/\\\"}; s=${s//$'\t'/\\t}; s=${s//$'\n'/\\n}; s=${s//$'\r'/\\r}
  s=${s//[$'\x01'-$'\x1f']/}  # other control characters: dropped
  printf '"%s"\n' "$s"
}
jcmd() { local a out=; for a; do out+="$(jstr "$a"), "; done; printf '[%s]\n' "${out%, }"; } # a command as JSON
# errline FILE: the first error line of FILE, without directories; errtext: as JSON.
errline() { grep -m1 -iE 'error|fatal' "$1" | sed -E 's#"?/[^ "]*/([^/ "]+)"?#\1#g' | cut -c1-300 || true; }
errtext() { jstr "$(errline "$1")"; }
t_start=$(date +%s)

# --- inputs -----------------------------------------------------------------
cores=(thumbv7em thumbv6m)
((!quick)) || cores=(thumbv7em)  # table sizes: one core is enough for the smoke test
declare -A triple=([thumbv6m]=thumbv6m-none-eabi [thumbv7m]=thumbv7m-none-eabi
                   [thumbv7em]=thumbv7em-none-eabi [thumbv8m.main]=thumbv8m.main-none-eabi)
declare -A cpu=([thumbv6m]=cortex-m0 [thumbv7m]=cortex-m3 [thumbv7em]=cortex-m4 [thumbv8m.main]=cortex-m33)
cflags() { echo "--target=${triple[$1]} -mcpu=${cpu[$1]} -mthumb -mfloat-abi=soft -Os -ffreestanding -ffunction-sections -fdata-sections -fno-unwind-tables -fno-asynchronous-unwind-tables"; }
PIC=(-fropi -frwpi)
GCC_PIC=(-fPIC -msingle-pic-base -mpic-register=r9 -mno-pic-data-is-text-relative)
gccflags() { echo "-mcpu=${cpu[$1]} -mthumb -Os -ffreestanding -ffunction-sections -fdata-sections"; }
apps=$build/qemu/apps
runtime() { echo "--start-group $build/qemu/librrld_app_$1.a $build/relocator/librrld_relocator_$1.a --end-group -u _start"; }
[[ -d $apps/thumbv7em ]] || { echo "bench: $apps/thumbv7em missing: build the QEMU apps (scripts/build.sh)" >&2; exit 1; }

# compile_pic DIR: compile DIR/*.c with clang -fropi -frwpi for Cortex-M4 to
# DIR/pic/*.o, two at a time, and list them in DIR/pic/objs.rsp.
compile_pic() {
  mkdir -p "$1/pic"
  (cd "$1" && ls *.c | xargs -P 2 -I{} sh -c "$CLANG $(cflags thumbv7em) ${PIC[*]} -c {} -o pic/{}.o")
  (cd "$1/pic" && ls *.o > objs.rsp)
}
# The generated programs, with tests/programs/start.c as entry.
gen() { # NAME OBJECTS
  "$bench/gen-program.sh" "$2" "$T/$1"
  cp "$root/tests/programs/start.c" "$T/$1/start.c"
}
log "generating and compiling a $medium- and a $large-object program"
gen medium "$medium"; compile_pic "$T/medium"
gen large "$large"; compile_pic "$T/large"
"$rrld" --rrld-print-default-script > "$T/layout.ld"

# Each benchmark program: the directory its link runs in, rrld's inputs (and
# ld.lld's when they differ), extra options, and its name in the report.
declare -A prog_dir prog_in prog_lld_in prog_opts
prog_dir[small]=$apps/thumbv7em/tables.objs
prog_in[small]="$(cd "$apps/thumbv7em/tables.objs" && ls *.o | tr '\n' ' ') $(runtime thumbv7em)"
prog_opts[small]="--gc-sections"
for p in medium large; do prog_dir[$p]=$T/$p/pic; prog_in[$p]=@objs.rsp; prog_opts[$p]=; done
declare -A prog_label=([small]="qemu/apps/tables.c (QEMU test app with its runtime)"
  [medium]="generated, $medium objects" [large]="generated, $large objects")
# rrld links of each, with the flat image, for the sections below.
for p in small medium large; do
  (cd "${prog_dir[$p]}" && "$rrld" ${prog_in[$p]} ${prog_opts[$p]} -o "$T/$p.elf" --rrld-image="$T/$p.img")
  # The symbol ordering file rrld gives lld (--rrld-data-order), for ld.lld's
  # fixed links in section 2.
  (cd "${prog_dir[$p]}" && "$rrld" --rrld-print-data-order ${prog_in[$p]} ${prog_opts[$p]}) > "$T/$p.order"
done
# The large program in input order (--rrld-data-order=input), for comparison.
(cd "${prog_dir[large]}" && "$rrld" ${prog_in[large]} ${prog_opts[large]} --rrld-data-order=input \
  -o "$T/large_input.elf" --rrld-image="$T/large_input.img")
prog_label[large_input]="${prog_label[large]}, input order (--rrld-data-order=input)"
# A link that moves data: the same large program with --rrld-ro-relocs=ram,
# which moves each object's const table of flash addresses to RW (1000
# input sections for 1000 objects), placed by rrld's generated script.
# ld.lld links the same objects as for "large" (it moves nothing).
declare -A prog_rrld_opts
prog_dir[large_move]=${prog_dir[large]} prog_in[large_move]=${prog_in[large]} prog_opts[large_move]=
prog_rrld_opts[large_move]=--rrld-ro-relocs=ram
prog_label[large_move]="${prog_label[large]}, moving data (--rrld-ro-relocs=ram)"

# Rust: the largest of the Rust test apps (rust/apps), built here for
# thumbv7em in the Rust tests' cargo environment (tests/rust/env.sh, with the
# build's cargo and rustc), through bench/rrld-record, which keeps each app's
# link inputs and command line.  Its own cargo target directory in the build
# directory, so later runs only check that it is up to date.  Skipped, with
# the reason in the report, when anything is missing.
rust_note="no rust/apps in this tree"
rust_find() {
  local rec=$build/bench-rust/links
  [[ -f $root/rust/apps/Cargo.toml && -f $root/tests/rust/env.sh ]] || return 1
  rust_note="skipped in --quick"; ((!quick)) || return 1
  local cargo=${CARGO:-$(sed -n 's/^RRLD_CARGO:FILEPATH=//p' "$build/CMakeCache.txt" 2>/dev/null)}
  local rustc=${RUSTC:-$(sed -n 's/^RRLD_RUSTC:FILEPATH=//p' "$build/CMakeCache.txt" 2>/dev/null)}
  cargo=${cargo:-cargo} rustc=${rustc:-rustc}
  rust_note="cargo is not installed"; command -v "$cargo" >/dev/null || return 1
  log "building the Rust test apps for thumbv7em (cached in the build directory)"
  # The apps crate is rebuilt every run (the standard library stays cached), so
  # that every app is linked, and recorded, by this rrld.  Apps that do not
  # link leave no record; --keep-going builds the others.
  rm -rf "$rec"; mkdir -p "$rec"
  (BUILD=$build SRC=$root CARGO=$cargo RUSTC=$rustc RRLD=$rrld
   source "$root/tests/rust/env.sh" && rust_write_config &&
   export CARGO_TARGET_DIR=$build/bench-rust/target RRLD_RECORD_DIR=$rec RRLD=$rrld \
          CARGO_TARGET_THUMBV7EM_NONE_EABI_LINKER=$bench/rrld-record &&
   cd "$root/rust/apps" &&
   { "$cargo" clean --offline --release --target thumbv7em-none-eabi -p rrld-rust-apps || true; } &&
   nice "$cargo" build --offline --release --target thumbv7em-none-eabi --bins --keep-going -j 1) \
    > "$T/rust.log" 2>&1 || true
  local best= size=0 f sz
  for f in "$rec"/*/app.elf; do
    [[ -f $f ]] || continue
    sz=$(stat -c %s "$f"); ((sz > size)) && { best=$(dirname "$f"); size=$sz; }
  done
  # The first error, without the machine's paths.
  rust_note="the Rust apps did not build here: $(errline "$T/rust.log")"
  [[ -n $best ]] || return 1
  # ld.lld gets the same line without rrld's own options and lld's -flavor.
  awk 'skip {skip = 0; next}
       /^--rrld-(ro-relocs|stack-size|heap-size|ro-origin|rw-origin|image)$/ {skip = 1; next}
       /^--rrld-/ {next}  /^-flavor$/ {skip = 1; next}  {print}' "$best/link.rsp" > "$best/lld.rsp"
  prog_dir[rust]=$best; prog_in[rust]=@link.rsp; prog_lld_in[rust]=@lld.rsp; prog_opts[rust]=
  prog_label[rust]="Rust: rust/apps $(basename "$best") (largest app)"
  (cd "$best" && "$rrld" @link.rsp -o "$T/rust.elf" --rrld-image="$T/rust.img") > "$T/rust.log" 2>&1 ||
    { rust_note="relinking the recorded Rust app failed: $(errline "$T/rust.log")"; return 1; }
}
link_progs=(small medium large large_move)
rust_prog=
if rust_find; then link_progs+=(rust); rust_note= rust_prog=rust; fi

record meta run "{\"quick\": $quick, \"medium\": $medium, \"large\": $large, \"runs\": $runs, \"place_runs\": $place_runs, \"nplace\": $nplace, \"callgrind\": $use_callgrind, \"rust_note\": $(jstr "$rust_note"), \"date\": $(jstr "$(date -u +%Y-%m-%d)"), \"cpu\": $(jstr "$(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1)"), \"nproc\": $(nproc), \"load\": $(jstr "$(cut -d' ' -f1-3 /proc/loadavg)"), \"clang\": $(jstr "$("$CLANG" --version | head -1)"), \"lld\": $(jstr "$("$LD_LLD" --version | head -1)"), \"gcc\": $(jstr "$("$GCC" --version | head -1)"), \"qemu\": $(jstr "$("$QEMU" --version 2>/dev/null | head -1 || echo none)")}"

# --- 1. link time -------------------------------------------------------------
if want link; then
  for p in "${link_progs[@]}"; do
    log "link time: ${prog_label[$p]}"
    d=${prog_dir[$p]} in=${prog_in[$p]} o=${prog_opts[$p]} ro="${prog_opts[$p]} ${prog_rrld_opts[$p]:-}"
    lld="$LD_LLD -m armelf --pic-veneer -z norelro -T $T/layout.ld ${prog_lld_in[$p]:-$in} $o"
    cat > "$T/spec.json" <<J
{"runs": $runs, "cwd": "$d", "variants": {
  "lld_emit": [$(jcmd $lld --emit-relocs -o "$T/t-lld.elf")],
  "lld_plain": [$(jcmd $lld -o "$T/t-plain.elf")],
  "rrld": [$(jcmd "$rrld" $in $ro -o "$T/t-rrld.elf")],
  "rrld_input": [$(jcmd "$rrld" $in $ro --rrld-data-order=input -o "$T/t-rrld.elf")]}}
J
    times=$("$PY" "$bench/rrbench.py" timeit "$T/spec.json")
    ic=null
    if ((use_callgrind)); then
      # rrld's count includes its front end and the rrld-link it execs
      # (rrbench.py icount follows the exec).
      i_emit=$(cd "$d" && "$PY" "$bench/rrbench.py" icount $lld --emit-relocs --threads=1 -o "$T/t-lld.elf")
      i_plain=$(cd "$d" && "$PY" "$bench/rrbench.py" icount $lld --threads=1 -o "$T/t-plain.elf")
      i_rrld=$(cd "$d" && "$PY" "$bench/rrbench.py" icount "$rrld" $in $ro --threads=1 -o "$T/t-rrld.elf")
      i_input=$(cd "$d" && "$PY" "$bench/rrbench.py" icount "$rrld" $in $ro --rrld-data-order=input --threads=1 -o "$T/t-rrld.elf")
      ic="{\"lld_emit\": $i_emit, \"lld_plain\": $i_plain, \"rrld\": $i_rrld, \"rrld_input\": $i_input}"
    fi
    # The link's own figures: relocations, and the input sections it moved.
    (cd "$d" && "$rrld" $in $ro -o "$T/t-rrld.elf")
    read -r relocs moved < <("$rrld" inspect --json "$T/t-rrld.elf" | "$PY" -c 'import json,sys; j=json.load(sys.stdin); print(j["relocs"]["total"], j.get("moved", {}).get("sections", 0))')
    record link "$p" "{\"label\": $(jstr "${prog_label[$p]}"), \"relocs\": $relocs, \"moved\": $moved, \"time\": $times, \"icount\": $ic}"
  done
fi

# --- 2. build once, place anywhere ------------------------------------------------
if want place; then
  for p in small large; do
    log "placing vs relinking: ${prog_label[$p]}"
    d=${prog_dir[$p]} in=${prog_in[$p]} o=${prog_opts[$p]}
    # The same order as rrld's link, so the fixed links equal the placed ones.
    ord="--symbol-ordering-file=$T/$p.order --no-warn-symbol-ordering"
    places= links=
    for ((k = 0; k < nplace; ++k)); do
      printf -v ro '0x%08x' $((0x00100000 * (k + 1)))
      printf -v rw '0x%08x' $((0x20010000 + 0x10000 * k))
      "$rrld" --rrld-print-default-script --rrld-ro-origin="$ro" --rrld-rw-origin="$rw" > "$T/fixed$k.ld"
      places+="$(jcmd "$rrld" place --ro "$ro" --rw "$rw" "$T/$p.elf" -o "$T/placed$k.elf" --bin "$T/placed$k.bin"),"
      links+="$(jcmd $LD_LLD -m armelf --pic-veneer -z norelro -T "$T/fixed$k.ld" $in $o $ord -o "$T/fixed$k.elf"),"
    done
    # Process start-up alone: ld.lld loads the shared libLLVM, rrld nothing.
    s_place= s_link=
    for ((k = 0; k < nplace; ++k)); do
      s_place+="$(jcmd "$rrld" --version),"; s_link+="$(jcmd "$LD_LLD" --version),"
    done
    printf '{"runs": %d, "cwd": "%s", "variants": {"place": [%s], "relink": [%s], "place_startup": [%s], "relink_startup": [%s]}}\n' \
      "$place_runs" "$d" "${places%,}" "${links%,}" "${s_place%,}" "${s_link%,}" > "$T/spec.json"
    times=$("$PY" "$bench/rrbench.py" timeit "$T/spec.json")
    ic=null
    if ((use_callgrind)); then
      i_place=$("$PY" "$bench/rrbench.py" icount "$rrld" place --ro 0x00100000 --rw 0x20010000 "$T/$p.elf" -o "$T/placed0.elf" --bin "$T/placed0.bin")
      i_link=$(cd "$d" && "$PY" "$bench/rrbench.py" icount $LD_LLD -m armelf --pic-veneer -z norelro -T "$T/fixed0.ld" $in $o $ord --threads=1 -o "$T/fixed0.elf")
      i_ps=$("$PY" "$bench/rrbench.py" icount "$rrld" --version)
      i_ls=$("$PY" "$bench/rrbench.py" icount $LD_LLD --version)
      ic="{\"place\": $i_place, \"relink\": $i_link, \"place_startup\": $i_ps, \"relink_startup\": $i_ls}"
    fi
    record place "$p" "{\"label\": $(jstr "${prog_label[$p]}"), \"time\": $times, \"icount\": $ic}"
  done
fi

# --- 3. table size ----------------------------------------------------------------
# tables_row NAME CORE IMAGE: queue one image's relocations to be decoded
# and sized (all of them by one rrbench.py tables-many at the end).
tables_row() {
  local n; n=$(wc -l < "$T/tables.list")
  "$rrld" inspect --json "$3" > "$T/i$n.json"
  printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$T/i$n.json" >> "$T/tables.list"
}
if want tables; then
  log "table sizes"
  : > "$T/tables.list"
  for core in "${cores[@]}"; do
    for img in "$apps/$core"/*.img; do
      tables_row "qemu/apps/$(basename "$img" .img)" "$core" "$img"
    done
    pd=$T/programs-$core; mkdir -p "$pd"
    "$CLANG" $(cflags "$core") "${PIC[@]}" -c "$root/tests/programs/start.c" -o "$pd/start.o"
    for src in "$root"/tests/programs/*.c "$root"/tests/programs/*.cpp; do
      b=$(basename "$src")
      [[ $b == start.c ]] && continue
      case $b in
        *.gcc.c) "$GCC" $(gccflags "$core") "${GCC_PIC[@]}" -c "$src" -o "$pd/$b.o" ;;
        *.cpp) "$CLANGXX" $(cflags "$core") "${PIC[@]}" -fallow-unsupported -fno-exceptions -fno-rtti -c "$src" -o "$pd/$b.o" ;;
        *) "$CLANG" $(cflags "$core") "${PIC[@]}" -c "$src" -o "$pd/$b.o" ;;
      esac
      if "$rrld" "$pd/start.o" "$pd/$b.o" --gc-sections -o "$pd/$b.elf" --rrld-image="$pd/$b.img" 2> "$pd/$b.err"; then
        tables_row "tests/programs/$b" "$core" "$pd/$b.img"
      else # a program for a feature this rrld does not have yet
        record tables "$core tests/programs/$b" "{\"prog\": \"tests/programs/$b\", \"core\": \"$core\", \"error\": $(errtext "$pd/$b.err")}"
      fi
    done
  done
  for p in medium large large_input ${rust_prog:-}; do tables_row "${prog_label[$p]}" thumbv7em "$T/$p.img"; done
  "$PY" "$bench/rrbench.py" tables-many "$T/tables.list" >> "$R"
fi

# --- 4. relocator speed (QEMU) ----------------------------------------------------------
if want speed; then
  if command -v "$QEMU" >/dev/null; then
    log "relocator speed in QEMU"
    fw=$T/fw; mkdir -p "$fw"
    pairs=()
    for a in hello tables cxx bigdata; do pairs+=("$a=$apps/thumbv7em/$a.img"); done
    pairs+=("medium=$T/medium.img" "large=$T/large.img" "large_input=$T/large_input.img")
    [[ -f $T/rust.img ]] && pairs+=("rust=$T/rust.img")
    "$PY" "$bench/rrbench.py" fwgen "$fw/images.S" "$fw" "${pairs[@]}" > "$fw/meta.json"
    F=(--target=thumbv7em-none-eabi -mcpu=cortex-m4 -mthumb -mfloat-abi=soft)
    "$CLANG" "${F[@]}" -O2 -ffreestanding -fno-builtin -nostdlib -I"$root/relocator/include" \
      -c "$bench/reloc_bench.c" -o "$fw/reloc_bench.o"
    "$GCC" -mcpu=cortex-m4 -mthumb -Os -ffreestanding -fno-builtin -c "$bench/libtock_crt0.c" -o "$fw/libtock_crt0.o"
    (cd "$fw" && "$CLANG" "${F[@]}" -c images.S -o images.o)
    "$LD_LLD" -T "$bench/reloc_bench.ld" --gc-sections -e reset_handler -o "$fw/bench.elf" \
      "$fw/reloc_bench.o" "$fw/libtock_crt0.o" "$fw/images.o" "$build/relocator/librrld_relocator_thumbv7em.a"
    timeout 300 "$QEMU" -M mps2-an386 -nographic -monitor none -serial none \
      -semihosting-config enable=on,target=native -icount shift=0 -kernel "$fw/bench.elf" > "$fw/out.txt" 2>&1 || true
    record speed qemu "$("$PY" "$bench/rrbench.py" fwparse "$fw/out.txt" "$fw/meta.json")"
    labels="{"; for p in medium large large_input ${rust_prog:-}; do labels+="\"$p\": $(jstr "${prog_label[$p]}"),"; done
    record speed labels "${labels%,}}"
  else
    record speed qemu null
  fi
  rep=$build/tests/relocator/qemu/bench_report.txt
  [[ -f $rep ]] && record speed synthetic "$(jstr "$(cat "$rep")")"
fi

# --- 5. relocator footprint -----------------------------------------------------------------
if want footprint; then
  log "relocator footprint"
  for core in thumbv6m thumbv7m thumbv7em thumbv8m.main; do
    f=$build/relocator/footprint_$core.txt
    [[ -f $f ]] || { record footprint "$core" null; continue; }
    # Symbols the archive needs from outside itself (malloc, memcpy, ...): none.
    lib=$build/relocator/librrld_relocator_$core.a
    undef=$(comm -23 <("$LLVM_NM" -u "$lib" | awk '$1 == "U" {print $2}' | sort -u) \
                     <("$LLVM_NM" --defined-only "$lib" | awk 'NF == 3 {print $3}' | sort -u) | wc -l)
    "$GCC" $(gccflags "$core") -c "$bench/libtock_crt0.c" -o "$T/crt0-$core.o"
    crt0=$("$PY" -c '
import struct,sys
b=open(sys.argv[1],"rb").read()
shoff,=struct.unpack_from("<I",b,0x20); es,n,si=struct.unpack_from("<HHH",b,0x2E)
s=[struct.unpack_from("<10I",b,shoff+i*es) for i in range(n)]
print(sum(x[5] for x in s if x[2] & 4 and x[1] == 1))' "$T/crt0-$core.o")
    kv=$(awk -F= 'NF == 2 && $1 != "CORE" {printf "\"%s\": %s, ", $1, $2}' "$f")
    record footprint "$core" "{${kv}\"undefined\": $undef, \"crt0_text\": $crt0}"
  done
fi

# --- 6. flash and RAM per app ---------------------------------------------------------------
if want size; then
  log "flash and RAM per app"
  ram_mode=0
  # The option's help text lists its values; 'ram' is there once rrld has it.
  "$rrld" --help | sed -n '/--rrld-ro-relocs/,/^  --rrld-[a-z-]*=\{0,1\}[A-Z]*$/p' | sed '$d' |
    grep -qE "(^|[^[:alnum:]])'?ram'?([^[:alnum:]]|$)" && ram_mode=1
  S=$T/size; mkdir -p "$S"
  # size_app NAME DIR "APP SOURCES" "EXTRA CFLAGS" qemu|start
  size_app() {
    local name=$1 dir=$2 srcs=$3 extra=$4 kind=$5 v
    mkdir -p "$dir"
    for v in pic fixed gcc; do
      mkdir -p "$dir/$v"
      for src in $srcs; do
        local b; b=$(basename "$src")
        case $v in
          pic) "$CLANG" $(cflags thumbv7em) "${PIC[@]}" $extra -c "$src" -o "$dir/$v/$b.o" ;;
          fixed) "$CLANG" $(cflags thumbv7em) $extra -c "$src" -o "$dir/$v/$b.o" ;;
          gcc) "$GCC" $(gccflags thumbv7em) "${GCC_PIC[@]}" $extra -c "$src" -o "$dir/$v/$b.o" ;;
        esac 2>> "$dir/$v.err" || touch "$dir/$v.failed"
      done
    done
    local libs=() start_pic=() start_fixed=()
    if [[ $kind == qemu ]]; then libs=($(runtime thumbv7em) --rrld-stack-size=1024 --rrld-heap-size=0)
    else
      "$CLANG" $(cflags thumbv7em) "${PIC[@]}" -c "$root/tests/programs/start.c" -o "$dir/start-pic.o"
      "$CLANG" $(cflags thumbv7em) -c "$root/tests/programs/start.c" -o "$dir/start-fixed.o"
      start_pic=("$dir/start-pic.o"); start_fixed=("$dir/start-fixed.o")
    fi
    local res="{" r
    rrld_size() { # VARIANT DIR OPTS...
      local variant=$1 vd=$2; shift 2
      if [[ -f $vd.failed ]]; then res+="\"$variant\": {\"error\": $(errtext "$vd.err")},"; return; fi
      if "$rrld" "${start_pic[@]}" "$vd"/*.o "${libs[@]}" --gc-sections "$@" -o "$dir/$variant.elf" \
          --rrld-image="$dir/$variant.img" 2> "$dir/$variant.err"; then
        "$rrld" inspect --json "$dir/$variant.elf" > "$dir/$variant.json"
        r=$("$PY" "$bench/rrbench.py" tables "$dir/$variant.img" "$dir/$variant.json")
        res+="\"$variant\": {\"t\": $r, \"got\": $("$PY" "$bench/rrbench.py" elfsize "$dir/$variant.elf")},"
      else
        res+="\"$variant\": {\"error\": $(errtext "$dir/$variant.err")},"
      fi
    }
    rrld_size patch "$dir/pic"
    if ((ram_mode)); then rrld_size ram "$dir/pic" --rrld-ro-relocs=ram; fi
    rrld_size gcc "$dir/gcc"
    local fl=("${libs[@]}")
    [[ $kind == qemu ]] && fl=($(runtime thumbv7em))
    "$rrld" --rrld-print-default-script --rrld-ro-origin=0x10000 --rrld-rw-origin=0x20001000 > "$dir/fixed.ld"
    if [[ ! -f $dir/fixed.failed ]] && "$LD_LLD" -m armelf -z norelro -T "$dir/fixed.ld" "${start_fixed[@]}" "$dir/fixed"/*.o "${fl[@]}" \
        --gc-sections -o "$dir/fixed.elf" 2> "$dir/fixed.err"; then
      res+="\"fixed\": $("$PY" "$bench/rrbench.py" elfsize "$dir/fixed.elf")"
    else
      res+="\"fixed\": {\"error\": $(errtext "$dir/fixed.err")}"
    fi
    record size "$name" "$res}"
  }
  q=$root/qemu/apps
  size_app "tests/programs/tables.c" "$S/p-tables" "$root/tests/programs/tables.c" "" start
  size_app "tests/programs/got.gcc.c" "$S/p-got" "$root/tests/programs/got.gcc.c" "" start
  size_app "qemu/apps/hello.c" "$S/q-hello" "$q/hello.c" "-I$root/qemu/include" qemu
  for a in tables bigdata rodata; do # the checked C apps this tree and build have
    [[ -f $q/$a.c && -f $apps/expected/$a.h ]] || continue
    size_app "qemu/apps/$a.c" "$S/q-$a" "$q/$a.c $q/check_main.c" \
      "-I$root/qemu/include -DRRLD_APP_NAME=$a -include $apps/expected/$a.h" qemu
  done
  size_app "${prog_label[medium]}" "$S/gen" "$(ls "$T"/medium/u*.c | tr '\n' ' ') $T/medium/main.c" "" start
  record size ram_mode "$ram_mode"
fi

record meta elapsed "$(($(date +%s) - t_start))"
if [[ -n $out ]]; then
  "$PY" "$bench/bench_report.py" "$R" "$out"
  sed -n '/^## Targets/,/targets met/p' "$out" | grep -E '^\| [0-9]|targets met' >&2
  log "wrote $out in $(($(date +%s) - t_start)) s"
else
  "$PY" "$bench/bench_report.py" "$R" /dev/stdout
fi
