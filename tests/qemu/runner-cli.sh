#!/usr/bin/env bash
# scripts/rrld-run's command line, without running QEMU (--dry-run):
# help, usage errors, the same seed giving the same placement, explicit
# addresses taken as given.  Needs RRLD_BUILD in the environment.
set -euo pipefail
: "${RRLD_BUILD:?}"
run=$(cd "$(dirname "$0")/../../scripts" && pwd)/rrld-run
app=$RRLD_BUILD/qemu/apps/thumbv7em/hello.elf
fail() { echo "FAIL: $*"; exit 1; }
placement() { "$run" --build "$RRLD_BUILD" -n "$@" | grep '^rrld-run: app '; }

"$run" --help | grep -q '^Usage: scripts/rrld-run' || fail "--help"
set +e
"$run" "$app" > /dev/null 2>&1; [[ $? == 2 ]] || fail "no --board is not a usage error"
"$run" -b no-such-board "$app" > /dev/null 2>&1; [[ $? == 2 ]] || fail "unknown board"
"$run" -b mps2-an386 "$app:bogus" > /dev/null 2>&1; [[ $? == 2 ]] || fail "unknown app option"
set -e

a=$(placement -b mps2-an386 -m random -s 7 "$app" "$app" "$app")
b=$(placement -b mps2-an386 -m random -s 7 "$app" "$app" "$app")
[[ $a == "$b" ]] || fail "the same seed gave two placements:"$'\n'"$a"$'\n'"$b"
c=$(placement -b mps2-an386 -m random -s 8 "$app" "$app" "$app")
[[ $a != "$c" ]] || fail "seeds 7 and 8 gave the same placement"

p=$(placement -b mps2-an386 "$app:flash=0x40000:ram=0x20100000:self")
[[ $p == *"flash 0x00040000+"*"ram 0x20100000+"*" self" ]] || fail "explicit placement: $p"
echo "runner command line: ok"
