#!/usr/bin/env bash
# scripts/rrld-run's command line, mostly without running QEMU (--dry-run):
# help, usage errors, the same seed giving the same placement, explicit
# addresses taken as given, and (one short QEMU run) the kernel refusing a
# slot outside the app regions.  Needs RRLD_BUILD in the environment.
set -euo pipefail
: "${RRLD_BUILD:?}"
run=$(cd "$(dirname "$0")/../../scripts" && pwd)/rrld-run
app=$RRLD_BUILD/qemu/apps/thumbv7em/hello.elf
fail() { echo "FAIL: $*"; exit 1; }
contains() { local in; in=$(cat); grep -q "$@" <<<"$in"; }  # grep -q that reads all its input (no SIGPIPE)
placement() { "$run" --build "$RRLD_BUILD" -n "$@" | grep '^rrld-run: app '; }

"$run" --help | contains '^Usage: scripts/rrld-run' || fail "--help"
set +e
"$run" "$app" > /dev/null 2>&1; [[ $? == 2 ]] || fail "no --board is not a usage error"
"$run" -b no-such-board "$app" > /dev/null 2>&1; [[ $? == 2 ]] || fail "unknown board"
"$run" -b mps2-an386 "$app:bogus" > /dev/null 2>&1; [[ $? == 2 ]] || fail "unknown app option"
"$run" -b mps2-an386 -n "$app:flash=0x0" > /dev/null 2>&1; [[ $? == 2 ]] || fail "flash over the kernel"
set -e

a=$(placement -b mps2-an386 -m random -s 7 "$app" "$app" "$app")
b=$(placement -b mps2-an386 -m random -s 7 "$app" "$app" "$app")
[[ $a == "$b" ]] || fail "the same seed gave two placements:"$'\n'"$a"$'\n'"$b"
c=$(placement -b mps2-an386 -m random -s 8 "$app" "$app" "$app")
[[ $a != "$c" ]] || fail "seeds 7 and 8 gave the same placement"

p=$(placement -b mps2-an386 "$app:flash=0x40000:ram=0x20100000:self")
[[ $p == *"flash 0x00040000+"*"ram 0x20100000+"*" self" ]] || fail "explicit placement: $p"
# The kernel protects itself: a RAM slot over its own RAM is refused, and the
# next app still runs.
out=$("$run" --build "$RRLD_BUILD" -q -b mps2-an386 -s 1 "$app:ram=0x20000000:expect=error" "$app") ||
  fail "slot over the kernel: $out"
[[ $out == *"app 0 hello.elf: error: bad slot in the app table"*"app 1 hello.elf: exit 0"* ]] ||
  fail "slot over the kernel: $out"
# JUnit XML (scripts/junit.sh): one case per app, the failing one named with
# its reason, its placement as properties; the run itself fails.
T=$(mktemp -d "${TMPDIR:-/tmp}/rrld-runner.XXXXXX")
trap 'rm -rf "$T"' EXIT
bad=$RRLD_BUILD/qemu/apps/thumbv7em/fault_ro_write.elf
! "$run" --build "$RRLD_BUILD" -q -b mps2-an386 -s 3 --junit "$T/r.xml" "$app" "$bad" > "$T/out" ||
  fail "a faulting app did not fail the run"
python3 - "$T/r.xml" <<'PY' || fail "JUnit: $(cat "$T/r.xml")"
import sys, xml.etree.ElementTree as E
suite = E.parse(sys.argv[1]).getroot().find('testsuite')
assert suite.get('tests') == '2' and suite.get('failures') == '1', suite.attrib
cases = suite.findall('testcase')
assert [c.get('name') for c in cases] == ['hello.elf', 'fault_ro_write.elf'], cases
assert cases[0].find('failure') is None
assert 'MemManage' in cases[1].find('failure').get('message')
props = {p.get('name'): p.get('value') for p in cases[1].find('properties')}
assert props['seed'] == '3' and props['flash'].startswith('0x') and props['mode'] == 'kernel', props
assert 'rrk: app 0' in (cases[0].find('system-out').text or ''), 'no output in the first case'
PY
echo "runner command line: ok"
