#!/usr/bin/env bash
# Runs one Rust test app on one QEMU board, relocated: twice, each time two
# instances side by side (one kernel-loaded, one self-relocating; the ELF
# and the flat image), each run at random placements from its own seed.
#
#   run-app.sh BOARD APP [--core CORE] [--seed N]
#
# CORE: the apps of another core the board runs (its EXTRA_CORES, or
# thumbv7em_hf, the hard-float build, on a Cortex-M4F board); default the
# board's CORE.
# Checks the exit codes and the app's own verdict lines.  Needs RRLD_BUILD.
set -euo pipefail
: "${RRLD_BUILD:?}"
board=$1 app=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
run=$here/../../scripts/rrld-run
core=$(sed -n 's/^CORE=//p' "$here/../../targets/boards/$board.board")
opt_core=()
if [[ ${1:-} == --core ]]; then core=$2 opt_core=(--core "$2"); shift 2; fi
dir=$RRLD_BUILD/rust/apps/$core
seed=$(( ($(date +%s%N) / 1000) % 1000000 ))
if [[ ${1:-} == --seed ]]; then seed=$2; fi
echo "rust test $app ($core) on $board: seed $seed (repeat with: $0 $board $app ${opt_core[*]} --seed $seed)"

if [[ ! -f $dir/$app.elf ]]; then
  echo "rust test $app on $board: $dir/$app.elf was not built:"
  cat "$dir/$app.error" 2> /dev/null || echo "(no $dir/$app.error: was the build run?)"
  exit 1
fi

# What the app must print (each line once per instance) and its exit code.
expect=0
lines=("$app: [0-9]* checks ok")
case $app in
  panic)
    expect=101
    lines=("panicked at src/bin/panic.rs:[0-9]*:[0-9]*:" "index out of bounds: the len is 3 but the index is 7") ;;
  hello) lines+=("hello from a Rust rrld app: code at 0x") ;;
  fmt) lines+=("fmt: {} of 256 prints 256") ;;
esac

T=$(mktemp -d "${TMPDIR:-/tmp}/rrld-rust.XXXXXX")
trap 'rm -rf "$T"' EXIT
status=0
for round in 1 2; do
  if ((round == 1)); then
    list=("$dir/$app.elf:kernel:expect=$expect" "$dir/$app.img:self:expect=$expect")
  else
    list=("$dir/$app.img:kernel:expect=$expect" "$dir/$app.elf:self:expect=$expect")
  fi
  "$run" --build "$RRLD_BUILD" --board "$board" --seed "$seed" --timeout 20 "${list[@]}" > "$T/out" 2>&1 ||
    status=1
  cat "$T/out"
  for l in "${lines[@]}"; do
    n=$(grep -c "^$l" "$T/out" || true)
    if ((n != 2)); then
      echo "rust test $app on $board: '$l' printed $n times, expected 2"
      status=1
    fi
  done
  seed=$((seed + 1))
done
exit $status
