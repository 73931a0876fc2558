#!/usr/bin/env python3
"""Writes docs/benchmarks.md from the results scripts/bench.sh collected
(one JSON object a line: section, name, data).  Every figure in the report
comes from that one run; each table says how it was measured and how to
reproduce it, and each target is marked met or missed.

  bench/bench_report.py RESULTS.jsonl OUT.md
"""
import json
import statistics
import sys

MET, MISSED = 'met', '**missed**'


def load(path):
    res = {}
    for line in open(path):
        if line.strip():
            r = json.loads(line)
            res.setdefault(r['section'], {})[r['name']] = r['data']
    return res


def n(x, d=0):
    """1,234 or 1,234.5."""
    return '{:,.{}f}'.format(x, d)


def ratio(a, b, d=2):
    # A small nonzero ratio keeps two significant digits (16 bytes for 13,000
    # relocations is 0.0012, not 0.00).
    if not b:
        return '—'
    v = a / b
    while v and abs(v) < 10 ** -d and d < 8:
        d += 1
    return '%.*f' % (d + (1 if v and abs(v) < 0.1 and d > 2 else 0), v)


def mark(ok):
    return MET if ok else MISSED



# Section 1: where rrld's instructions beyond ld.lld's go (docs/benchmarks.md).
LINK_COSTS = (
    "Where a link's cost goes beyond ld.lld's (`valgrind --tool=callgrind --trace-children=yes` "
    "of the large link, one thread): `rrld-link` starts in about 3 M instructions, where "
    "ld.lld spends about 24 M loading and relocating the shared libLLVM, so the small links "
    "cost rrld a fraction of ld.lld's; like ld.lld, `rrld-link` leaves lld's memory to the "
    "process's exit instead of freeing it. In the large link lld itself costs about 10 M "
    "more inside rrld than alone, applying the symbol ordering file of the data order (lld "
    "parses it, `buildSectionOrder` hashes every symbol of every input, then each output "
    "section is sorted). Naming each group's sections in input section descriptions of the "
    "default layout instead was tried: lld tests every input section against every "
    "description, about 2.6 M per group here, and the net gain was under 2 M. rrld's scan of "
    "the 1000 inputs (each read with one `read()`, parsed with LLVM Object's `ELFFile` into "
    "one allocation per object) costs about 9 M, and the rest of its own work (the command "
    "line, the move plan, the ordering file, reading lld's output, classifying its "
    "relocations, the image) about 12 M. The moving link names its 1,000 moved sections "
    "with the few glob patterns that match exactly them (checked against every input "
    "section name and lld's own: here one, `.rodata.ro_tab*`), so lld no longer tests every "
    "input section against a thousand names; the rest of what it costs over the same link "
    "without moves (about 42 M) is mostly the MC disassembler's check of the 1,000 "
    "rewritten code sequences (about 8 M), the search for other paths into them (about 8 M: "
    "every branch, table, address taken, symbol and held code address is marked in a bit "
    "per halfword of code), the default layout's names (about 6 M), the move plan (about "
    "4 M; its explanations are written only for `--rrld-explain`) and lld matching the "
    "restated `.data` (OVERWRITE_SECTIONS) against every input section. Against plain "
    "ld.lld, rrld pays for `--emit-relocs`, about 30 M here, which it needs to classify the "
    "relocations.")

# Section 2: what a place spends its time on (docs/benchmarks.md).
PLACE_COSTS = (
    "Where a place's cost goes (the 1000-object program: a 925 KB ELF, a 285 KB image): "
    "the device code's CRC-32, three passes (`rrld_verify`; `rrld_patch_ro_in_place`, "
    "which verifies before it patches; the patched image's check value), which the "
    "relocator's host build computes on x86-64 64 bytes at a time with PCLMULQDQ (0.44 "
    "instructions a byte for all three; `rrld_patch_ro_in_place` there computes the "
    "patched image's CRC after patching), elsewhere with four table lookups a word (the "
    "Cortex-M builds keep their 64-byte nibble table); the host parser trusts "
    "`rrld_verify`'s CRC instead of computing it a fourth time. CLI11 parses a "
    "subcommand's arguments as one app of its own, and a subcommand, like a link, exits "
    "without running destructors. Then moving the ELF's contents, symbols and "
    'relocation offsets (`placeElf` in `linker/src/ElfWriter.cpp`), and page faults, '
    'which cost about 14 µs each on some virtual machines and were most of a large '
    "place's wall time: `place` reads only the ELF's sections (it moves the symbols in "
    "the file's own table), edits the ELF it read into its output instead of a copy, "
    'reads an ELF of 256 KiB or more into a transparent huge page (one fault instead of '
    'one per 4 KiB page it changes), and writes its outputs over the old files and then '
    'cuts them to length (ext4 flushes a file truncated to zero when it is closed).')


class Report:
    def __init__(self, res):
        self.r = res
        self.out = []
        self.targets = []  # (section, target, measured, met)
        self.meta = res['meta']['run']

    def w(self, *lines):
        self.out.extend(lines)

    def table(self, head, rows):
        self.w('| ' + ' | '.join(head) + ' |', '|' + ' --- |' * len(head))
        for row in rows:
            self.w('| ' + ' | '.join(str(c) for c in row) + ' |')
        self.w('')

    def target(self, section, what, measured, ok):
        self.targets.append((section, what, measured, mark(ok)))

    # --- 1 -----------------------------------------------------------------
    def link(self):
        L = self.r.get('link')
        if not L:
            return
        m = self.meta
        self.w('## 1. Link time: rrld against ld.lld', '',
               'The same objects, the same linker script (rrld\'s default layout, '
               'printed by `rrld --rrld-print-default-script`), linked by `ld.lld-19 '
               '--emit-relocs` (the relocations rrld needs, kept in the output), plain '
               '`ld.lld-19`, and `rrld` (its scan of the inputs for the data order, lld '
               'in-process with `--emit-relocs` and the symbol ordering file, then '
               'classification, encoding, the image), also with `--rrld-data-order=input` '
               '(no scan, no ordering file). Wall time: %d runs of each, '
               'interleaved (the order rotates every run), one warm-up run first; '
               'the medians are compared. Instructions: one run of each under '
               'callgrind with `--threads=1`, which repeats exactly; `rrld` counts its '
               'static front end and the `rrld-link` it runs (`bench/rrbench.py icount` '
               'follows the exec). "Moving data" links the large program with '
               '`--rrld-ro-relocs=ram`, which moves every object\'s const table of flash '
               'addresses to RW (rrld\'s generated layout names the moved input '
               'sections); ld.lld links the same objects with the default layout.' % m['runs'], '')
        rows = []
        for key, d in L.items():
            t = d['time']
            e, p, r = t['lld_emit']['median_ms'], t['lld_plain']['median_ms'], t['rrld']['median_ms']
            ri = t['rrld_input']['median_ms'] if 'rrld_input' in t else None
            ic = d.get('icount')
            icr = icp = ici = '—'
            if ic:
                icr = '%s (%s M vs %s M)' % (ratio(ic['rrld'], ic['lld_emit'], 3),
                                           n(ic['rrld'] / 1e6, 1), n(ic['lld_emit'] / 1e6, 1))
                icp = ratio(ic['rrld'], ic['lld_plain'], 3)
                if 'rrld_input' in ic:
                    ici = ratio(ic['rrld_input'], ic['lld_emit'], 3)
            rows.append([d['label'], n(d['relocs']), n(d.get('moved', 0)), '%.1f ms' % e,
                         '%.1f ms' % p, '%.1f ms' % r, ratio(r, e, 3), ratio(r, p, 3), icr, icp,
                         ratio(ri, e, 3) if ri else '—', ici])
            if key in ('large', 'large_move', 'rust'):
                # Issue #20: ≤ 1.05× ld.lld --emit-relocs and ≤ 1.15× plain
                # ld.lld, wall and instructions.
                for what, base, lim in (('ld.lld --emit-relocs', 'lld_emit', 1.05),
                                        ('plain ld.lld', 'lld_plain', 1.15)):
                    w = t[base]['median_ms']
                    self.target('1', 'link time, %s: rrld / %s ≤ %.2f (wall)' % (d['label'], what, lim),
                                ratio(r, w, 3), r / w <= lim)
                    if ic:
                        self.target('1', 'link time, %s: rrld / %s ≤ %.2f (instructions)'
                                    % (d['label'], what, lim), ratio(ic['rrld'], ic[base], 3),
                                    ic['rrld'] / ic[base] <= lim)
        self.table(['input', 'absolute relocations', 'sections moved to RW', 'ld.lld --emit-relocs', 'ld.lld (plain)',
                    'rrld', 'rrld / --emit-relocs (wall)', 'rrld / plain (wall)',
                    'rrld / --emit-relocs (instructions)', 'rrld / plain (instructions)',
                    'rrld, input order / --emit-relocs (wall)',
                    'rrld, input order / --emit-relocs (instructions)'], rows)
        if not any(d.get('icount') for d in L.values()):
            self.w('No instruction counts: valgrind is not installed (or `--quick`); '
                   'scripts/setup.sh does not install it (`apt-get install valgrind`).', '')
        note = m.get('rust_note')
        if note:
            self.w('Rust: ' + note + '.', '')
        self.w('Targets: ≤ 1.05× `ld.lld --emit-relocs` and ≤ 1.15× plain ld.lld, wall '
               'and instructions, on the large program with the data order and moves on, '
               'and on a link that moves data. The small input is dominated by process start-up: '
               'ld.lld loads and relocates the shared libLLVM; rrld starts its small static '
               'front end, which runs `rrld-link`, lld and LLVM linked statically (ARM only), '
               'with nothing to load. The large one shows rrld\'s own passes (`rrld --rrld-time-passes` '
               'prints their split for any link). Against plain ld.lld, rrld also pays for '
               'keeping the relocations in the output (`--emit-relocs`), which it needs to '
               'classify them. The last two columns show what the data order costs: reading '
               'the inputs once before lld, and lld applying a symbol ordering file '
               '(docs/manual.md, "Data order"); section 4 shows what it buys at load time.', '',
               LINK_COSTS, '',
               'Reproduce: `scripts/bench.sh --only link` (inputs: the QEMU test app '
               '`tables` from the build, and the programs `bench/gen-program.sh` writes).', '')

    # --- 2 -----------------------------------------------------------------
    def place(self):
        P = self.r.get('place')
        if not P:
            return
        nplace = self.meta.get('nplace', 19)  # 19: the address pairs libtock-rs builds for
        self.w('## 2. Build once, place anywhere', '',
               'Getting an app to %(n)d different (flash, RAM) address pairs. libtock-rs '
               'links each app again for every fixed address (`ld.lld-19` with a linker '
               'script at those addresses, here rrld\'s default layout moved with '
               '`--rrld-ro-origin`/`--rrld-rw-origin`, the same objects and the symbol '
               'ordering file rrld\'s link used, from `--rrld-print-data-order`); rrld links once '
               'and runs `rrld place --ro ADDR --rw ADDR app.elf -o placed.elf --bin '
               'placed.bin` %(n)d times (a fixed-address ELF and the flash image, which '
               'tests/differential proves byte-identical to the fixed link). Wall time: '
               'the batch of %(n)d, %(runs)d interleaved runs, medians. "Start-up" is the same '
               'binary run %(n)d times with `--version`: ld.lld loads the shared libLLVM at '
               'start; `rrld`, the static front end that runs `place` itself, loads no '
               'library.'
               % dict(n=nplace, runs=self.meta['place_runs']), '')
        rows = []
        for key, d in P.items():
            t = d['time']
            pl, rl = t['place']['median_ms'], t['relink']['median_ms']
            ps, rs = t.get('place_startup', {}).get('median_ms'), t.get('relink_startup', {}).get('median_ms')
            net = '—'
            if ps is not None and rs is not None and pl - ps > 0:
                net = ratio(rl - rs, pl - ps, 1)
            ic = d.get('icount')
            icr = icn = '—'
            if ic:
                icr = ratio(ic['relink'], ic['place'], 1)
                if ic.get('place_startup') and ic['place'] > ic['place_startup']:
                    icn = '%s (%s M vs %s M)' % (
                        ratio(ic['relink'] - ic['relink_startup'], ic['place'] - ic['place_startup'], 1),
                        n((ic['relink'] - ic['relink_startup']) / 1e6, 2),
                        n((ic['place'] - ic['place_startup']) / 1e6, 2))
            rows.append([d['label'], '%.0f ms' % rl, '%.0f ms' % pl, ratio(rl, pl, 1),
                         net, icr, icn])
            self.target('2', 'placing vs re-linking, %s: ≥ 20× faster (wall, whole commands)'
                        % d['label'], ratio(rl, pl, 1) + '×', rl / pl >= 20)
            if ic and ic.get('place_startup'):
                v = (ic['relink'] - ic['relink_startup']) / max(1, ic['place'] - ic['place_startup'])
                self.target('2', 'placing vs re-linking, %s: ≥ 20× (instructions beyond '
                            'process start-up)' % d['label'], '%.1f×' % v, v >= 20)
        self.table(['app', '%d fixed links (ld.lld)' % nplace, '%d × rrld place' % nplace, 'speed-up (wall)',
                    'speed-up beyond start-up (wall)', 'speed-up (instructions, one of each)',
                    'speed-up beyond start-up (instructions)'], rows)
        shares = ['%s: %.0f%%' % (d['label'], 100.0 * d['icount']['place_startup'] / d['icount']['place'])
                  for d in P.values() if d.get('icount') and d['icount'].get('place_startup')]
        self.w('Target: placing ≥ 20× faster than re-linking. A whole `rrld place` command '
               'runs in `rrld`, the small static front end (links go to `rrld-link`, which '
               'holds lld and LLVM)%s. The columns "beyond start-up" are '
               'what placing costs beyond process start-up; on the device the same work is `rrld_patch_ro` plus '
               '`rrld_load` (section 4), without any host tool.'
               % ((' (start-up share of one `rrld place`, instructions: ' + '; '.join(shares) + ')')
                  if shares else ''), '',
               PLACE_COSTS, '',
               'Reproduce: `scripts/bench.sh --only place`.', '')

    # --- 3 -----------------------------------------------------------------
    def tables(self):
        T = self.r.get('tables')
        if not T:
            return
        self.w('## 3. Table size: bytes per relocation', '',
               'Every absolute relocation an image carries (RW→RO, RW→RW, RO→RO words), '
               'decoded from the image\'s own streams (`bench/rrbench.py tables`, which '
               'checks the counts against `rrld inspect --json` and re-encodes each '
               'stream to the same bytes rrld wrote), then sized the other ways:', '',
               '- **Elf32_Rel**: 8 bytes each (`r_offset`, `r_info`), what libtock-c\'s '
               'crt0 walks (`.rel.data`);',
               '- **bFLT**: one 4-byte offset word each (uClinux flat binaries);',
               '- **one RELR stream**: all the words in one `SHT_RELR`-style stream over '
               'link addresses: the lower bound for a bitmap encoding, but one stream '
               'cannot say which base (flash or RAM) each word needs, so a loader would '
               'have to guess from the value, as libtock-c does.', '',
               'rrld\'s figure includes everything: the three streams (docs/format.md, '
               '"Encoding": byte groups, runs and bitmap bytes) and the zeros that pad '
               'them to a word. **format 1** is what rrld wrote before the format\'s '
               'version 2, the same relocations as three RELR streams of 4-byte '
               'entries (`bench/rrbench.py` re-encodes them); the target is never to be '
               'worse than it on any image.', '')
        rows = []
        tot = {}
        worse = []
        for d in T.values():
            c, name = d['core'], d['prog']
            if 'error' in d:
                rows.append([name, c, 'not linked: ' + d['error'].split(': ', 3)[-1].replace('|', '/')[:120]]
                            + [''] * 10)
                continue
            t = d['t']
            v1 = t.get('v1', t['rrld'])
            rows.append([name, c, n(t['relocs']), '%d / %d / %d' % (t['rw_to_ro'], t['rw_to_rw'], t['ro_to_ro']),
                         n(t['rrld']), ratio(t['rrld'], t['relocs']), n(v1),
                         mark(t['rrld'] <= v1), n(t['rel']), n(t['bflt']),
                         n(t['relr']), ratio(t['relr'], t['relocs']), mark(t['rrld'] <= 0.5 * t['relocs'])])
            if t['rrld'] > v1:
                worse.append('%s (%s)' % (name, c))
            if not name.startswith('generated') and not name.startswith('Rust'):
                a = tot.setdefault(c, [0, 0, 0, 0, 0, 0])
                for i, k in enumerate(('relocs', 'rrld', 'rel', 'bflt', 'relr')):
                    a[i] += t[k]
                a[5] += v1
        for c, a in tot.items():
            rows.append(['**all test apps**', c, n(a[0]), '', n(a[1]), ratio(a[1], a[0]), n(a[5]),
                         mark(a[1] <= a[5]), n(a[2]), n(a[3]), n(a[4]), ratio(a[4], a[0]),
                         mark(a[1] <= 0.5 * a[0])])
            self.target('3', 'table bytes per relocation ≤ 0.5, all test apps together (%s)' % c,
                        ratio(a[1], a[0]), a[1] <= 0.5 * a[0])
        self.target('3', 'tables never larger than format 1\'s on any image',
                    'larger: ' + ', '.join(worse) if worse else 'none larger', not worse)
        for d in T.values():
            name = d['prog']
            if 'error' not in d and (name.startswith('generated') or name.startswith('Rust')) \
                    and 'input order' not in name:
                t = d['t']
                self.target('3', 'table bytes per relocation ≤ 0.5, %s' % name,
                            ratio(t['rrld'], t['relocs']), t['rrld'] <= 0.5 * t['relocs'])
        self.table(['program', 'core', 'relocations', 'RW→RO / RW→RW / RO→RO', 'rrld bytes',
                    'rrld B/reloc', 'format 1 bytes', 'rrld ≤ format 1',
                    'Elf32_Rel bytes (8 B/reloc)', 'bFLT bytes (4 B/reloc)',
                    'one RELR stream bytes', 'one RELR B/reloc', 'rrld ≤ 0.5 B/reloc'], rows)
        self.w('Target: ≤ 0.5 bytes per relocation over all test apps, and never more '
               'than format 1 on any image. rrld keeps three separate streams so that the '
               'loader never guesses a base; a stream costs nothing when empty, an '
               'isolated word 1 byte (2 when it is 16 words or more from the last one), '
               'a run of any length 2 to 4 bytes, and one zero to three zero bytes pad '
               'the three to a word. The single RELR stream cannot be used without '
               'guessing.', '',
               'Reproduce: `scripts/bench.sh --only tables`.', '')

    # --- 4 -----------------------------------------------------------------
    def speed(self):
        S = self.r.get('speed')
        if not S:
            return
        q = S.get('qemu')
        self.w('## 4. Relocator speed', '')
        if not q:
            self.w('Not measured: qemu-system-arm is not installed.', '')
            return
        labels = S.get('labels', {})
        self.w('Instructions on a Cortex-M4 (QEMU `mps2-an386` with `-icount shift=0`: '
               'every instruction takes 1 ns of virtual time, so SysTick counts '
               'instructions; no wait states or pipeline effects). The benchmark firmware '
               '(bench/reloc_bench.c, linked with the build\'s '
               '`librrld_relocator_thumbv7em.a`) embeds each image three ways and times, '
               'repeating each call until it spans ≥ 20,000 SysTick ticks:', '',
               '- **rrld load**: `rrld_load` of an image the kernel verified at install '
               '(`verified = RRLD_VERIFIED`), the cost of every start: it checks the '
               'header, the placement and every group of the two RW streams before its '
               'stores, copies the RW initial data, zeroes `.bss` and applies both RW '
               'streams. With the CRC that `rrld_verify` ran once at install, every byte '
               'of the image is checked (docs/relocator.md, "What is checked, when, and '
               'against what");',
               '- **rrld_verify + rrld_load**: both on every call: the CRC-32 over the whole '
               'image (flash part included) and the full header and stream checks, then the '
               'load: what an install costs, and every start of a self-relocating app '
               '(`rrld_self_relocate`);',
               '- **per patched word**: the load of the image minus the same load of the '
               'image with empty streams (its CRC recomputed), divided by the RW words '
               'patched: entries, checks and the bitmap loop included;',
               '- **copy**: a plain word loop copying the RW initial data and zeroing '
               '`.bss` (clang -O2): the least any loader does;',
               '- **libtock-c crt0**: libtock-c\'s start-up relocation reimplemented '
               '(bench/libtock_crt0.c, GCC -Os as libtock-c builds it): the same copy and '
               'zeroing, then an Elf32_Rel list walked with the flash-or-RAM guess from '
               'each word\'s top bit, on the same RW data and relocations (converted to '
               'libtock-c\'s link addresses). The firmware checks that it leaves RAM '
               'identical to `rrld_load`.', '',
               'RO→RO words are patched once before timing (`rrld_patch_ro_in_place`, an '
               'install-time cost, not a per-load one).', '')

        def place(d, nt=False):
            if 'loadv' in d:
                return d['loadv_nt' if nt else 'loadv']
            return d['load_nt'] - d['verify_nt'] if nt else d['load'] - d['verify']

        rows = []
        for name, d in q['images'].items():
            w = d['rw_relocs']
            per = (place(d) - place(d, True)) / w if w else None
            crt_per = (d['crt0'] - d['copy']) / w if w else None
            label = labels.get(name, 'qemu/apps/%s (M4)' % name)
            rows.append([label, n(d['image_size']), n(d['rw_init'] + d['rw_zero']), n(w),
                         n(place(d)), n(d['load']), n(d['copy']), n(d['crt0']),
                         '%.1f' % per if per is not None else '—',
                         '%.1f' % crt_per if crt_per is not None else '—',
                         ratio(place(d), d['copy'], 2), ratio(d['load'], d['copy'], 1),
                         ratio(d['crt0'], d['copy'], 2), 'ok' if d['check'] else '**differs**'])
        self.table(['image', 'image bytes', 'RW bytes', 'RW words patched', 'rrld load',
                    'rrld_verify + rrld_load', 'copy', 'libtock-c crt0', 'rrld per patched word',
                    'crt0 per patched word', 'load / copy', 'verify + load / copy',
                    'crt0 / copy', 'crt0 RAM = rrld RAM'], rows)
        big = q['images'].get('large')
        if big and big['rw_relocs']:
            per = (place(big) - place(big, True)) / big['rw_relocs']
            lab = labels.get('large', 'large')
            self.target('4', 'relocator: ≤ 6 instructions per patched word (%s)' % lab, '%.1f' % per, per <= 6)
            self.target('4', 'relocator load (verified at install) ≤ 1.5× copy (%s)' % lab,
                        ratio(place(big), big['copy']), place(big) <= 1.5 * big['copy'])
            self.target('4', 'a load that checks the whole image ≤ 4× copy (%s): CRC once at '
                        'install (`rrld_verify`), header, placement and every RW group at '
                        'each load (`rrld_load`)' % lab,
                        '%s (verify + load on every call: %s)'
                        % (ratio(place(big), big['copy']), ratio(big['load'], big['copy'], 1)),
                        place(big) <= 4 * big['copy'])
        crc = ''
        if big:
            crc = ' (here %.1f instructions an image byte)' % (big['verify'] / big['image_size'])
        self.w('Targets (judged on the largest image, where per-word figures are not '
               'dominated by a few fixed entries): ≤ 6 instructions per patched word, a '
               'load ≤ 1.5× a copy, and a load that checks the whole image ≤ 4× a copy '
               '(#20: flash checked once at install, what each load depends on checked at '
               'each load). The integrity check, a CRC-32 over the whole image, flash part '
               'included%s, dominates `rrld_verify + rrld_load`; a kernel pays it once per '
               'install, not per start (docs/relocator.md, "Speed"). The bitmap loop itself '
               'takes 5 instructions per word inside a run of relocated words and a run is '
               'walked at 3 a word (docs/relocator.md); gaps and stream entries add to '
               'that. In the generated programs each object\'s plain integer, tables of '
               'flash addresses and pointers to RAM alternate; rrld\'s default data order '
               '(docs/manual.md, "Data order") groups the sections holding addresses, so the '
               'streams come in long runs. The same large program in input order '
               '(`--rrld-data-order=input`) is in the table for comparison: there the two RW '
               'streams interleave. The crt0 loop checks nothing, neither the image nor '
               'where a relocation points.' % crc, '')
        syn = S.get('synthetic')
        if syn:
            self.w('The relocator\'s own test `relocator.speed` (synthetic 16 KiB RW images, '
                   'its last report in the build directory):', '', '```', syn.rstrip(), '```', '')
        self.w('Reproduce: `scripts/bench.sh --only speed` (and `ctest -R relocator.speed -V`).', '')

    # --- 5 -----------------------------------------------------------------
    def footprint(self):
        F = self.r.get('footprint')
        if not F:
            return
        self.w('## 5. Relocator footprint', '',
               'From the build (`build/relocator/footprint_<core>.txt`, written by the '
               'relocator\'s CMake build: the code of `rrld_load` and everything it '
               'calls, linked alone with `--gc-sections`, clang-19 -Os; stack: the '
               'deepest call chain in the disassembly from `-fstack-usage` frames). Heap: '
               'the archive\'s undefined symbols outside itself (`llvm-nm -u`), so no '
               'allocator can be reached. For scale, the code of the libtock-c crt0 '
               'relocation reimplemented in bench/ (GCC -Os, without its memcpy and '
               'memset), which checks nothing.', '')
        names = {'thumbv6m': 'Cortex-M0 (thumbv6m)', 'thumbv7m': 'Cortex-M3 (thumbv7m)',
                 'thumbv7em': 'Cortex-M4 (thumbv7em)', 'thumbv8m.main': 'Cortex-M33 (thumbv8m.main)'}
        rows = []
        for core, d in F.items():
            if not d:
                rows.append([names.get(core, core), 'not built', '', '', '', '', '', '', ''])
                continue
            code = d['LOAD_TEXT'] + d['LOAD_RODATA']
            rows.append([names.get(core, core), '%d + %d = %d B' % (d['LOAD_TEXT'], d['LOAD_RODATA'], code),
                         '%d + %d B' % (d['ALL_TEXT'], d['ALL_RODATA']), '%d B' % d['STACK_rrld_load'],
                         '%d B' % d['STACK_rrld_self_relocate'], '%d B' % d['LOAD_RAM'],
                         '0 B' if d['undefined'] == 0 else '%d undefined symbols' % d['undefined'],
                         '%d B' % d['crt0_text'], '%s / %s / %s' % (mark(code <= 512),
                                                                   mark(d['STACK_rrld_load'] <= 64),
                                                                   mark(d['LOAD_RAM'] == 0 and d['undefined'] == 0))])
            self.target('5', 'relocator code ≤ 512 B, %s (load path + .rodata)' % names.get(core, core),
                        '%d B' % code, code <= 512)
            self.target('5', 'relocator stack ≤ 64 B, %s (rrld_load)' % names.get(core, core),
                        '%d B' % d['STACK_rrld_load'], d['STACK_rrld_load'] <= 64)
            self.target('5', 'relocator heap and RAM of its own = 0, %s' % names.get(core, core),
                        '%d B, %d undefined symbols' % (d['LOAD_RAM'], d['undefined']),
                        d['LOAD_RAM'] == 0 and d['undefined'] == 0)
        self.table(['core', 'load path code + .rodata', 'whole API code + .rodata',
                    'stack: rrld_load', 'stack: rrld_self_relocate', 'RAM of its own',
                    'heap', 'libtock-c crt0 loop code', 'code ≤ 512 / stack ≤ 64 / heap 0'], rows)
        self.w('Targets: ≤ 512 B code, ≤ 64 B stack, 0 heap. Where the code bytes go: '
               'docs/relocator.md, "Footprint".', '',
               'Reproduce: `scripts/bench.sh --only footprint` (and `ctest -R relocator.footprint -V`).', '')

    # --- 6 -----------------------------------------------------------------
    def size(self):
        Z = self.r.get('size')
        if not Z:
            return
        ram_mode = Z.pop('ram_mode', 0)
        self.w('## 6. Flash and RAM per app', '',
               'The same C source (Cortex-M4), built four ways:', '',
               '- **rrld patch**: clang `-fropi -frwpi`, rrld (default `--rrld-ro-relocs=patch`: '
               'RO→RO words stay in flash and are patched at install time);',
               '- **rrld ram**: the same objects with `--rrld-ro-relocs=ram`;',
               '- **GCC PIC (libtock-c)**: arm-none-eabi-gcc `-fPIC -msingle-pic-base '
               '-mpic-register=r9 -mno-pic-data-is-text-relative` (libtock-c\'s flags), linked '
               'by rrld; its GOT and its const pointer tables (`.data.rel.ro`) are in RAM. The '
               '"libtock-c flash" column swaps rrld\'s tables for libtock-c\'s Elf32_Rel list '
               '(8 B per relocation, GOT slots excepted: libtock-c walks the whole GOT instead);',
               '- **fixed address**: clang without PIC, `ld.lld-19` at one fixed address '
               '(what libtock-rs builds), no header, no tables.', '',
               'Flash: every byte that goes into flash (for rrld images: the 96-byte '
               'header, RO, the RW initial data and the tables). RAM: RW initial data and '
               '`.bss`; stack and heap are the same for all and left out. Start-up code '
               '(tests/programs/start.c or the QEMU runtime with the relocator, which the '
               'QEMU apps link in all four builds) is clang-built in every variant.', '')
        if not ram_mode:
            self.w('**rrld ram: not available** — this rrld\'s `--help` lists no `ram` value '
                   'for `--rrld-ro-relocs`; the rows appear once it does.', '')
        rows = []
        for app, d in Z.items():
            fx = d.get('fixed', {})
            for v, label in (('patch', 'rrld patch'), ('ram', 'rrld ram'), ('gcc', 'GCC PIC (libtock-c)'),
                             ('fixed', 'fixed address')):
                if v == 'ram' and not ram_mode:
                    rows.append([app, label, 'not available', '', '', '', '', ''])
                    continue
                x = d.get(v)
                if x is None:
                    continue
                if 'error' in x:
                    first = x['error'].split('\n')[0]
                    why = first.split(': ', 3)[-1] if ': ' in first else first
                    rows.append([app, label, 'refused: ' + why.replace('|', '/')[:110], '', '', '', '', ''])
                    continue
                if v == 'fixed':
                    fl, ram, tb, lt = x['flash'], x['ram'], 0, '—'
                else:
                    t = x['t']
                    fl, ram, tb = t['image_size'], t['rw_init'] + t['rw_zero'], t['rrld']
                    lt = '—'
                    if v == 'gcc':
                        got = x['got']['got'] // 4
                        lt = n(fl - tb + 8 * max(0, t['relocs'] - got))
                vs = lambda a, b: ('%+.1f%%' % (100.0 * (a - b) / b)) if b and 'error' not in fx else '—'
                rows.append([app, label, n(fl), n(tb), lt, n(ram),
                             vs(fl, fx.get('flash', 0)), vs(ram, fx.get('ram', 0))])
        self.table(['app', 'build', 'flash B', 'of which tables B', 'libtock-c flash B', 'RAM B',
                    'flash vs fixed', 'RAM vs fixed'], rows)
        self.w('No target; what relocatability costs in flash (header and tables) and in '
               'RAM (GCC\'s GOT and RAM-resident const tables), against a fixed link. A '
               '"refused" cell is rrld\'s own diagnostic: that source needs a change to be '
               'relocatable that way.', '',
               'Reproduce: `scripts/bench.sh --only size`.', '')

    def render(self):
        m = self.meta
        body = self.out
        self.out = []
        self.link(); self.place(); self.tables(); self.speed(); self.footprint(); self.size()
        sections = self.out
        self.out = []
        self.w('# Benchmarks', '',
               'Generated by `scripts/bench.sh`%s: rrld against its alternatives, side by '
               'side, in one run on one machine. Every figure below comes from that run; '
               'each section says how it was measured and how to reproduce it. Ratios '
               'are of medians measured in the same run with interleaved runs, or of '
               'instruction counts (callgrind on the host, QEMU `-icount` on the device), '
               'which repeat exactly. Absolute times are of a shared machine and noisy.'
               % (' --quick (small inputs, few runs: a smoke test, not a measurement)' if m['quick'] else ''), '',
               'Run: %s; %s, %d cores, load average %s at the start; %s; %s; %s; %s. '
               'Generated programs: %d and %d objects. The whole run took %d s.'
               % (m['date'], m['cpu'] or 'unknown CPU', m['nproc'], m['load'], m['clang'], m['lld'],
                  m['gcc'], m['qemu'], m['medium'], m['large'], self.r['meta'].get('elapsed', 0)), '',
               'Reproduce everything: `bash scripts/build.sh && nice bash scripts/bench.sh` '
               '(writes this file; `--quick` for a fast check, `--only SECTION,...` and '
               '`--out FILE` for parts; `RRLD_BUILD_DIR` picks the build).', '',
               '## Targets', '')
        self.table(['section', 'target', 'measured', ''], self.targets)
        met = sum(1 for t in self.targets if t[3] == MET)
        self.w('%d of %d targets met.' % (met, len(self.targets)), '')
        return '\n'.join(self.out + sections + body).rstrip() + '\n'


def main(results, out):
    text = Report(load(results)).render()
    with open(out, 'w') as f:
        f.write(text)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
