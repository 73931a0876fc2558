#!/usr/bin/env bash
# bench.smoke: scripts/bench.sh --quick writes a report with every section,
# a targets table whose rows are all marked, and positive numbers where
# ratios and sizes belong; the run itself checks the relocator's results in
# QEMU (crt0 and rrld_load leave the same RAM).  No timing is asserted.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
T=$(mktemp -d "${TMPDIR:-/tmp}/rrld-bench-smoke.XXXXXX")
trap 'rm -rf "$T"' EXIT
bash "$root/scripts/bench.sh" --quick --out "$T/bench.md"
python3 - "$T/bench.md" "${RRLD_BUILD_DIR:-$root/build}" "$T" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def fail(msg):
    sys.exit('bench.smoke: FAIL: ' + msg)
for h in ('## Targets', '## 1. Link time', '## 2. Build once, place anywhere',
          '## 3. Table size', '## 4. Relocator speed', '## 5. Relocator footprint',
          '## 6. Flash and RAM per app'):
    if h not in text:
        fail('no section "%s"' % h)
for p in sys.argv[2:]:
    if p in text:
        fail('the report names a machine path: ' + p)
def rows(heading):
    """The first table after HEADING, as lists of cells (header first)."""
    part = text.split(heading, 1)[1]
    lines = [l for l in part.split('\n## ')[0].splitlines() if l.startswith('|')]
    return [[c.strip() for c in l.strip('|').split('|')] for l in lines if not l.startswith('| ---')]
def num(s):
    m = re.match(r'^-?[\d,]+(\.\d+)?', s.replace('×', '').strip())
    return float(m.group(0).replace(',', '')) if m else None
def positive(heading, columns, min_rows=1):
    t = rows(heading)
    head, body = t[0], t[1:]
    if len(body) < min_rows:
        fail('%s: %d rows, expected at least %d' % (heading, len(body), min_rows))
    for c in columns:
        i = head.index(c)
        for r in body:
            if r[2] == 'not available' or r[2].startswith(('refused', 'not linked')):
                continue  # rrld's own diagnostic, or a feature it lacks
            if r[i] in ('', '—') and 'bytes' not in c:
                continue
            v = num(r[i])
            if v is None or v <= 0:
                fail('%s: column "%s" of %s is "%s", expected a positive number' % (heading, c, r[0], r[i]))
t = rows('## Targets')
if len(t) < 10 or any(r[3] not in ('met', '**missed**') for r in t[1:]):
    fail('targets table incomplete: %r' % t)
positive('## 1. Link time', ['ld.lld --emit-relocs', 'ld.lld (plain)', 'rrld', 'rrld / --emit-relocs (wall)', 'rrld / plain (wall)'], 3)
# The link that moves data must have moved some (one const table per object).
link = rows('## 1. Link time')
mv = [r for r in link[1:] if 'moving data' in r[0]]
if not mv or not (num(mv[0][link[0].index('sections moved to RW')]) or 0) > 0:
    fail('section 1 has no link that moved data: %r' % mv)
m = re.search(r'\| (\d+) fixed links \(ld\.lld\) \| \1 × rrld place \|', text)
if not m:
    fail('section 2 names no count of placements')
positive('## 2. Build once', ['%s fixed links (ld.lld)' % m.group(1), '%s × rrld place' % m.group(1), 'speed-up (wall)'], 2)
positive('## 3. Table size', ['relocations', 'rrld bytes', 'rrld B/reloc', 'format 1 bytes', 'Elf32_Rel bytes (8 B/reloc)', 'bFLT bytes (4 B/reloc)', 'one RELR stream bytes'], 10)
if 'Not measured: qemu-system-arm' not in text:
    positive('## 4. Relocator speed', ['rrld load', 'rrld_verify + rrld_load', 'copy', 'libtock-c crt0', 'load / copy', 'verify + load / copy', 'crt0 / copy'], 4)
    if '**differs**' in text:
        fail('the libtock-c crt0 loop and rrld_load left different RAM')
positive('## 5. Relocator footprint', ['stack: rrld_load'], 4)
positive('## 6. Flash and RAM', ['flash B', 'RAM B'], 10)
print('bench.smoke: report complete (%d targets)' % (len(t) - 1))
PY
