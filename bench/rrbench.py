#!/usr/bin/env python3
"""Helpers of scripts/bench.sh: read rrld images and ELF files, compute the
alternative relocation encodings, time commands, build the relocator
benchmark's image set and read its output.  bench/bench_report.py turns
the results into docs/benchmarks.md.

Subcommands (results are JSON on stdout unless said otherwise):

  tables IMAGE INSPECT_JSON       decode the three streams (docs/format.md),
                                  cross-check the counts with `rrld inspect
                                  --json`, re-encode them to the same bytes,
                                  and size the same relocations as format 1
                                  (RELR streams), Elf32_Rel, bFLT words and
                                  one RELR stream
  elfsize ELF                     flash and RAM bytes of a fixed-address link
  timeit SPEC                     interleaved timed runs of command batches
  tables-many LISTING             tables for many images, as bench result lines
  icount CMD...                   instructions of CMD and the programs it
                                  runs (exec included) under callgrind
  fwgen OUT.S DIR NAME=IMAGE...   the relocator benchmark's image set
  fwparse OUTPUT                  QEMU output of the benchmark -> instructions

Only the standard library: the benchmark must run wherever the project
builds.
"""
import json
import os
import re
import statistics
import struct
import subprocess
import sys
import time
import zlib

HEADER_SIZE = 96
CRC_START = 8  # the integrity check covers [CRC_START, image_size)
# format.md header: name -> byte offset (all 32-bit unless listed in U8).
H = dict(magic=0, crc32=4, version=8, flags=12, image_size=16, ro_size=24, rw_init_size=28,
         rw_ro_table_size=32, rw_rw_table_size=36, ro_ro_table_size=40, rw_zero_size=44,
         entry=48, stack_size=52, heap_size=56, ro_link_addr=60, rw_link_addr=64,
         ro_patched_addr=68)
U8 = dict(ro_align_log2=20, rw_align_log2=22)  # each followed by a zero byte
TABLE_SIZES = ('rw_ro_table_size', 'rw_rw_table_size', 'ro_ro_table_size')
STREAMS = (('rw_to_ro', 'rw_ro_table_size', 0), ('rw_to_rw', 'rw_rw_table_size', 0),
           ('ro_to_ro', 'ro_ro_table_size', HEADER_SIZE))


def u32(b, off):
    return struct.unpack_from('<I', b, off)[0]


def header(img):
    h = {k: u32(img, o) for k, o in H.items()}
    h.update({k: img[o] for k, o in U8.items()})
    if h['magic'] != 0x444C5252:
        raise SystemExit('not an rrld image')
    if h['version'] != 2:
        raise SystemExit('format version %d: this script reads version 2' % h['version'])
    # The parts lie back to back, so the header stores no offsets: RW initial
    # data right after RO, then the three streams and zeros up to a word,
    # which end the image.
    h['rw_init_offset'] = h['ro_size']
    h['tables_offset'] = h['ro_size'] + h['rw_init_size']
    if (h['tables_offset'] + sum(h[k] for k in TABLE_SIZES) + 3) & ~3 != h['image_size']:
        raise SystemExit('the image\'s parts do not add up to its image_size')
    return h


def decode_stream(b, where, seg_size):
    """Offsets named by one stream (format.md, "Encoding"); the cursor
    starts at WHERE (0 for the RW streams, HEADER_SIZE for RO->RO).  Every
    rule is checked: numbers of at most 4 bytes inside the stream, runs and
    bitmap windows inside [.., SEG_SIZE)."""
    out, p = [], 0

    def number():
        nonlocal p
        v = 0
        for k in range(4):
            if p >= len(b):
                raise SystemExit('a stream ends inside a number')
            v |= (b[p] & 0x7F) << (7 * k)
            p += 1
            if not b[p - 1] & 0x80:
                return v
        raise SystemExit('a number longer than 4 bytes')

    while p < len(b):
        h = number()
        where += 4 * (h >> 3)
        kind, words = h & 7, 1
        if kind == 7:
            words, kind = number(), 0
        if where + 4 * words > seg_size:
            raise SystemExit('a stream names a word past the end of its segment')
        out += [where + 4 * i for i in range(words)]
        where += 4 * words
        for _ in range(kind):
            if p >= len(b) or where + 32 > seg_size:
                raise SystemExit('a bitmap byte past the stream or the segment')
            out += [where + 4 * i for i in range(8) if b[p] >> i & 1]
            p += 1
            where += 32
    return out


def uleb(v):
    out = bytearray()
    while True:
        out.append((v & 0x7F) | (0x80 if v >= 0x80 else 0))
        v >>= 7
        if not v:
            return bytes(out)


def encode_stream(offsets, start, seg_size):
    """Stream bytes for sorted word offsets, as rrld's encoder makes them
    (linker/src/Relr.cpp: a run or up to 6 bitmap bytes a group, whichever
    costs less per word)."""
    w = [o // 4 for o in offsets]
    end, cur, i, n, out = seg_size // 4, start // 4, 0, len(w), bytearray()
    while i < n:
        skip = w[i] - cur
        run = 1
        while i + run < n and w[i + run] == w[i] + run:
            run += 1
        j, nbytes = i + 1, 0
        while nbytes + 1 < 7 and j < n and w[j] < w[i] + 1 + 8 * (nbytes + 1) \
                and w[i] + 1 + 8 * (nbytes + 1) <= end:
            while j < n and w[j] < w[i] + 1 + 8 * (nbytes + 1):
                j += 1
            nbytes += 1
        bm_cost = len(uleb(skip << 3)) + nbytes
        run_cost = len(uleb(skip << 3)) + len(uleb(run))
        if run >= 2 and (run >= j - i or run_cost * (j - i) <= bm_cost * run):
            out += uleb(skip << 3 | 7) + uleb(run)
            i += run
            cur = w[i - 1] + 1
            continue
        out += uleb(skip << 3 | nbytes)
        base = w[i] + 1
        k = i + 1
        for b in range(nbytes):
            bits = 0
            while k < j and w[k] < base + 8 * (b + 1):
                bits |= 1 << (w[k] - base - 8 * b)
                k += 1
            out.append(bits)
        i, cur = j, base + 8 * nbytes
    return bytes(out)


def encode_relr(offsets):
    """RELR entries (32-bit) for sorted offsets: format 1's encoding of the
    tables, for the old-vs-new comparison, and the one-stream bound."""
    out, i, n = [], 0, len(offsets)
    while i < n:
        out.append(offsets[i])
        where = offsets[i] + 4
        i += 1
        while i < n:
            bitmap = 0
            while i < n and offsets[i] - where < 31 * 4:
                bitmap |= 1 << ((offsets[i] - where) // 4 + 1)
                i += 1
            if not bitmap:
                break
            out.append(bitmap | 1)
            where += 124
    return out


def seg_size(h, stream):
    """The relocatable part a stream's words lie in (format.md, "Encoding")."""
    return h['ro_size'] if stream == 'ro_to_ro' else h['rw_init_size']


def streams(img):
    h = header(img)
    off = h['tables_offset']
    res = {}
    for name, key, start in STREAMS:
        n = h[key]
        res[name] = decode_stream(img[off:off + n], start, seg_size(h, name))
        off += n
    return h, res


def tables(image, inspect_json):
    """IMAGE's relocation counts and table sizes, checked against rrld inspect's JSON."""
    img = open(image, 'rb').read()
    h, s = streams(img)
    ins = json.load(open(inspect_json))
    off = h['tables_offset']
    for k, key, start in STREAMS:
        if len(s[k]) != ins['relocs'][k]:
            raise SystemExit('%s: decoded %d %s relocations, rrld inspect says %d'
                             % (image, len(s[k]), k, ins['relocs'][k]))
        # Our encoder must reproduce rrld's bytes, or the figures below
        # would not be comparable.
        if encode_stream(s[k], start, seg_size(h, k)) != img[off:off + h[key]]:
            raise SystemExit('%s: re-encoding %s gives other bytes than rrld' % (image, k))
        off += h[key]
    n = sum(len(v) for v in s.values())
    # Format 1 (three RELR streams of 32-bit entries): what rrld wrote
    # before, for the old-vs-new comparison.
    v1 = sum(4 * len(encode_relr(s[k])) for k, _, _ in STREAMS)
    # One RELR stream over link addresses, as an ELF SHT_RELR section would
    # hold them: the lower bound, but it cannot say which base each word
    # needs.
    addrs = sorted([h['rw_link_addr'] + o for o in s['rw_to_ro'] + s['rw_to_rw']] +
                   [h['ro_link_addr'] + o for o in s['ro_to_ro']])
    relr = 4 * len(encode_relr(addrs))
    return dict(relocs=n, rw_to_ro=len(s['rw_to_ro']), rw_to_rw=len(s['rw_to_rw']),
                          ro_to_ro=len(s['ro_to_ro']), rrld=ins['table_bytes'], v1=v1, rel=8 * n,
                          bflt=4 * n, relr=relr, image_size=h['image_size'],
                          ro_size=h['ro_size'], rw_init=h['rw_init_size'],
                          rw_zero=h['rw_zero_size'])


def cmd_tables(image, inspect_json):
    print(json.dumps(tables(image, inspect_json)))


def cmd_tables_many(listing):
    """LISTING: lines "NAME<TAB>CORE<TAB>IMAGE<TAB>INSPECT_JSON"; prints one
    bench result line (section "tables") per image, as bench.sh's record does:
    one Python start-up for all the images instead of one each."""
    for line in open(listing):
        name, core, image, ins = line.rstrip('\n').split('\t')
        print(json.dumps(dict(section='tables', name='%s %s' % (core, name),
                              data=dict(prog=name, core=core, t=tables(image, ins)))))


def crc_image(img):
    """format.md's integrity check of IMG: the CRC-32 of the bytes
    [CRC_START, image_size), everything after the magic and the crc32 field."""
    return zlib.crc32(bytes(img[CRC_START:u32(img, H['image_size'])])) & 0xFFFFFFFF


def without_tables(img):
    """The same image with empty streams, its integrity check recomputed."""
    h, s = streams(img)
    b = bytearray(img[:h['tables_offset']])  # the streams end the image
    struct.pack_into('<I', b, H['image_size'], len(b))
    for key in TABLE_SIZES:
        struct.pack_into('<I', b, H[key], 0)
    struct.pack_into('<I', b, H['crc32'], crc_image(b))
    return bytes(b)


def libtock_blob(img):
    """The RW data and relocations of IMG the way libtock-c's crt0 gets them:
    words pointing to flash hold (flash offset | 0x80000000), words pointing
    to RAM the RAM offset, and an Elf32_Rel list (r_offset from RAM start,
    r_info R_ARM_ABS32) names them.  Layout: struct lt_hdr (bench/libtock_crt0.c),
    the data, struct lt_reldata."""
    h, s = streams(img)
    init = bytearray(img[h['rw_init_offset']:h['rw_init_offset'] + h['rw_init_size']])
    rels = []
    for o in s['rw_to_ro']:
        v = (u32(init, o) - h['ro_link_addr']) & 0xFFFFFFFF
        struct.pack_into('<I', init, o, v | 0x80000000)
        rels.append(o)
    for o in s['rw_to_rw']:
        struct.pack_into('<I', init, o, (u32(init, o) - h['rw_link_addr']) & 0xFFFFFFFF)
        rels.append(o)
    rels.sort()
    hdr_size = 24
    data_off = hdr_size
    rel_off = data_off + len(init)
    hdr = struct.pack('<6I', data_off, 0, len(init), len(init), h['rw_zero_size'], rel_off)
    rel = struct.pack('<I', 8 * len(rels)) + b''.join(struct.pack('<II', o, 2) for o in rels)
    return hdr + bytes(init) + rel


def cmd_fwgen(out_s, d, pairs):
    lines = ['/* Generated by bench/rrbench.py fwgen: the images the relocator',
             ' * benchmark (bench/reloc_bench.c) runs on. */',
             '        .section .bench_images, "aw"']
    table = []
    meta = {}
    for i, pair in enumerate(pairs):
        name, path = pair.split('=', 1)
        img = open(path, 'rb').read()
        h, s = streams(img)
        nt = without_tables(img)
        lt = libtock_blob(img)
        for suffix, data in (('img', img), ('nt', nt), ('lt', lt)):
            with open(os.path.join(d, '%s.%s' % (name, suffix)), 'wb') as f:
                f.write(data)
        align = max(12, h['ro_align_log2'])
        lines += ['        .p2align %d' % align, 'img%d: .incbin "%s.img"' % (i, name),
                  '        .p2align %d' % align, 'nt%d: .incbin "%s.nt"' % (i, name),
                  '        .p2align 2', 'lt%d: .incbin "%s.lt"' % (i, name)]
        table.append('        .word name%d, img%d, %d, nt%d, %d, lt%d'
                     % (i, i, len(img), i, len(nt), i))
        meta[name] = dict(image_size=len(img), rw_init=h['rw_init_size'],
                          rw_zero=h['rw_zero_size'], rw_relocs=len(s['rw_to_ro']) + len(s['rw_to_rw']),
                          ro_relocs=len(s['ro_to_ro']))
    lines += ['        .section .rodata.bench_images, "a"', '        .p2align 2',
              '        .global bench_images', 'bench_images:'] + table
    lines += ['        .global bench_image_count', 'bench_image_count: .word %d' % len(pairs)]
    for i, pair in enumerate(pairs):
        lines.append('name%d: .asciz "%s"' % (i, pair.split('=', 1)[0]))
    with open(out_s, 'w') as f:
        f.write('\n'.join(lines) + '\n')
    print(json.dumps(meta))


def cmd_fwparse(output, meta_json):
    text = open(output).read()
    meta = json.load(open(meta_json))
    v = {}
    for line in text.splitlines():
        m = re.match(r'^([A-Za-z0-9_.]+) (\d+) (\d+)$', line)
        if m:
            v[m.group(1)] = (int(m.group(2)), int(m.group(3)))
    if 'result ok' not in text:
        raise SystemExit('relocator benchmark failed:\n' + text)
    per_tick = 2e6 / (v['calibrate'][1] - v['empty'][1])
    noop = v['noop'][1] * per_tick / v['noop'][0]
    res = dict(insns_per_tick=per_tick, images={})
    for name, m in meta.items():
        r = dict(m)
        for op in ('load', 'verify', 'load_nt', 'verify_nt', 'copy', 'crt0', 'loadv', 'loadv_nt'):
            key = '%s.%s' % (name, op)
            if key in v:  # loadv*: only with a relocator that has RRLD_VERIFIED
                reps, ticks = v[key]
                r[op] = ticks * per_tick / reps - noop
        r['check'] = ('check %s ok' % name) in text
        res['images'][name] = r
    print(json.dumps(res))


def cmd_elfsize(path):
    """Flash (allocated sections with contents) and RAM (writable allocated
    sections) of an ELF32 file; .rrld_header is left out (fixed links only)."""
    b = open(path, 'rb').read()
    shoff, = struct.unpack_from('<I', b, 0x20)
    shentsize, shnum, shstrndx = struct.unpack_from('<HHH', b, 0x2E)
    secs = [struct.unpack_from('<10I', b, shoff + i * shentsize) for i in range(shnum)]
    strtab = secs[shstrndx]
    flash = ram = got = 0
    for s in secs:
        name = b[strtab[4] + s[0]:b.index(b'\0', strtab[4] + s[0])].decode()
        typ, flags, size = s[1], s[2], s[5]
        if not flags & 2 or name == '.rrld_header':  # SHF_ALLOC
            continue
        if typ != 8:  # SHT_NOBITS
            flash += size
        if flags & 1:  # SHF_WRITE
            ram += size
        if name == '.got':
            got = size
    print(json.dumps(dict(flash=flash, ram=ram, got=got)))


def cmd_timeit(spec_path):
    """SPEC: {"runs": R, "cwd": DIR, "variants": {NAME: [[cmd...], ...]}}.
    Each run times every variant's batch of commands once; the order of the
    variants rotates from run to run.  One untimed warm-up run first."""
    spec = json.load(open(spec_path))
    names = list(spec['variants'])
    times = {n: [] for n in names}

    def batch(cmds):
        t0 = time.perf_counter_ns()
        for c in cmds:
            subprocess.run(c, cwd=spec['cwd'], check=True, stdout=subprocess.DEVNULL)
        return time.perf_counter_ns() - t0

    for n in names:
        batch(spec['variants'][n])
    for r in range(spec['runs']):
        order = names[r % len(names):] + names[:r % len(names)]
        for n in order:
            times[n].append(batch(spec['variants'][n]))
    print(json.dumps({n: dict(median_ms=statistics.median(t) / 1e6, min_ms=min(t) / 1e6,
                              max_ms=max(t) / 1e6, runs=len(t)) for n, t in times.items()}))


def cmd_icount(cmd):
    """Instructions of CMD and of every program it runs.  `rrld` links by
    exec'ing `rrld-link`: callgrind follows exec and children
    (--trace-children), and dumps the counts before each execve, which it
    would otherwise drop with the old program image; every dump's total is
    summed (each dump resets the counts)."""
    import glob
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        p = subprocess.run(['valgrind', '--tool=callgrind', '--trace-children=yes',
                            '--dump-before=execve', '--dump-instr=no',
                            '--callgrind-out-file=' + os.path.join(d, 'cg.%p')] + cmd,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        totals = []
        for f in glob.glob(os.path.join(d, 'cg.*')):
            m = re.search(r'^totals: (\d+)', open(f).read(), re.M)
            if m:
                totals.append(int(m.group(1)))
    if p.returncode or not totals or 'Collected' not in p.stderr:
        raise SystemExit('callgrind failed on %s:\n%s' % (' '.join(cmd), p.stderr[-2000:]))
    print(sum(totals))


if __name__ == '__main__':
    a = sys.argv[1:]
    if not a:
        raise SystemExit(__doc__)
    if a[0] == 'tables':
        cmd_tables(a[1], a[2])
    elif a[0] == 'tables-many':
        cmd_tables_many(a[1])
    elif a[0] == 'elfsize':
        cmd_elfsize(a[1])
    elif a[0] == 'timeit':
        cmd_timeit(a[1])
    elif a[0] == 'icount':
        cmd_icount(a[1:])
    elif a[0] == 'fwgen':
        cmd_fwgen(a[1], a[2], a[3:])
    elif a[0] == 'fwparse':
        cmd_fwparse(a[1], a[2])
    else:
        raise SystemExit(__doc__)
