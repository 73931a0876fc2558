#!/usr/bin/env python3
"""sbrel.py PLACED.elf FIXED.elf SECTION...: the one kind of word in which a task
`rrld place` wrote may differ from a plain ld.lld link of Hubris's unmodified
task-link.x (tests/hubris/compare.sh).

RWPI code reaches RAM r9-relative: an SB-relative field holds S + A - B(S),
and lld takes B(S), the static base, to be the start of the PT_LOAD holding S.
task-link.x gives .bss and .uninit (NOLOAD, in RAM without AT>) PT_LOADs of
their own, after .data's, so in the plain link an SB-relative reference to
.bss is relative to .bss's start, while r9 holds the start of RW (.data) at
run time: those fields are off by the distance from RW's start to their
segment.  rrld keeps RW one segment, so its fields are right (the task runs).

Checks that SECTION's contents in the two files differ only in the fields of
SB-relative relocations (R_ARM_SBREL32, R_ARM_THM_MOVW_BREL[_NC],
R_ARM_THM_MOVT_BREL; FIXED must be linked with --emit-relocs), each by
exactly B_lld(S) - B_rw: the start of the plain link's PT_LOAD holding S
minus the start of the placed task's RW.  Prints each such field; exits 1 on
any other difference, with where it is.  Several SECTIONs are checked in
turn, in one run (a python start is the costly part); the first one wrong
ends the run.
"""
import struct
import sys

SHT_SYMTAB, SHT_REL, PT_LOAD, PF_W = 2, 9, 1, 2
R_ARM_SBREL32, R_ARM_THM_MOVW_BREL_NC, R_ARM_THM_MOVT_BREL, R_ARM_THM_MOVW_BREL = 9, 87, 88, 89


class Elf:
    def __init__(self, path):
        self.data = open(path, "rb").read()
        d = self.data
        (self.phoff, self.shoff) = struct.unpack_from("<II", d, 28)
        (self.phentsize, self.phnum, self.shentsize, self.shnum, self.shstrndx) = struct.unpack_from("<HHHHH", d, 42)
        self.sections = [struct.unpack_from("<IIIIIIIIII", d, self.shoff + i * self.shentsize) for i in range(self.shnum)]
        strtab = self.sections[self.shstrndx]
        self.names = [self.cstr(strtab[4] + s[0]) for s in self.sections]
        self.loads = []
        for i in range(self.phnum):
            p = struct.unpack_from("<IIIIIIII", d, self.phoff + i * self.phentsize)
            if p[0] == PT_LOAD:
                self.loads.append(p)  # type offset vaddr paddr filesz memsz flags align

    def cstr(self, off):
        return self.data[off:self.data.index(b"\0", off)].decode()

    def index(self, name):
        return self.names.index(name)

    def contents(self, i):
        s = self.sections[i]
        return self.data[s[4]:s[4] + s[5]]


def thumb_imm16(hw1, hw2):
    return ((hw1 & 0xF) << 12) | (((hw1 >> 10) & 1) << 11) | (((hw2 >> 12) & 7) << 8) | (hw2 & 0xFF)


def main():
    placed, fixed = Elf(sys.argv[1]), Elf(sys.argv[2])
    for name in sys.argv[3:]:
        if check(placed, fixed, name):
            return 1
    return 0


def check(placed, fixed, name):
    pi, fi = placed.index(name), fixed.index(name)
    pbytes, fbytes = bytearray(placed.contents(pi)), bytearray(fixed.contents(fi))
    if len(pbytes) != len(fbytes):
        print(f"sbrel: {name}: {len(pbytes)} bytes placed, {len(fbytes)} in the plain link")
        return 1
    base = fixed.sections[fi][3]  # sh_addr: r_offset is an address (0 if not allocated)
    rw = [p for p in placed.loads if p[6] & PF_W]
    if len(rw) != 1:
        print(f"sbrel: the placed task has {len(rw)} writable PT_LOADs, not 1")
        return 1
    b_rw = rw[0][2]
    symtab = next(i for i, s in enumerate(fixed.sections) if s[1] == SHT_SYMTAB)

    def symbol(n):
        s = fixed.sections[symtab]
        name_off, value, _, _, _, shndx = struct.unpack_from("<IIIBBH", fixed.data, s[4] + n * 16)
        return value, shndx, fixed.cstr(fixed.sections[s[6]][4] + name_off) or f"symbol {n}"

    def static_base(value, shndx):
        # lld's B(S): the start of the PT_LOAD holding S's output section (a
        # symbol at the end of .data, __edata, is .data's, even where .bss
        # starts); for an absolute symbol, the PT_LOAD holding its address.
        at = fixed.sections[shndx][3] if 0 < shndx < len(fixed.sections) else value
        for p in fixed.loads:
            if p[2] <= at < p[2] + p[5]:
                return p[2]
        for p in fixed.loads:
            if p[5] and at == p[2] + p[5]:
                return p[2]
        return None

    fields = 0
    for s in fixed.sections:
        if s[1] != SHT_REL or s[7] != fi:
            continue
        for k in range(s[5] // 8):
            r_offset, r_info = struct.unpack_from("<II", fixed.data, s[4] + k * 8)
            rtype, sym = r_info & 0xFF, r_info >> 8
            if rtype not in (R_ARM_SBREL32, R_ARM_THM_MOVW_BREL_NC, R_ARM_THM_MOVT_BREL, R_ARM_THM_MOVW_BREL):
                continue
            off = r_offset - base
            value, shndx, sname = symbol(sym)
            b_lld = static_base(value, shndx)
            if b_lld is None:
                print(f"sbrel: {name}+{off:#x}: '{sname}' ({value:#x}) is in no PT_LOAD of the plain link")
                return 1
            d = b_lld - b_rw
            if rtype == R_ARM_SBREL32:
                got, was = struct.unpack_from("<I", pbytes, off)[0], struct.unpack_from("<I", fbytes, off)[0]
                ok = got == (was + d) & 0xFFFFFFFF
                mask = (0, 4)
            else:
                p1, p2 = struct.unpack_from("<HH", pbytes, off)
                f1, f2 = struct.unpack_from("<HH", fbytes, off)
                got, was = thumb_imm16(p1, p2), thumb_imm16(f1, f2)
                if rtype == R_ARM_THM_MOVT_BREL:  # the high half of S + A - B: a carry at most
                    ok = got in (((was << 16) + d) >> 16 & 0xFFFF, (((was << 16) | 0xFFFF) + d) >> 16 & 0xFFFF)
                else:
                    ok = got == (was + d) & 0xFFFF
                # Everything but the immediate's bits must be equal.
                ok = ok and (p1 & ~0x040F) == (f1 & ~0x040F) and (p2 & ~0x70FF) == (f2 & ~0x70FF)
                mask = (0, 4)
            if got != was or not ok:
                print(f"sbrel: {name}+{off:#x} against '{sname}': placed {got:#x}, plain link {was:#x};"
                      f" lld's static base {b_lld:#x}, RW at {b_rw:#x}: {'as expected' if ok else 'WRONG'}")
            if not ok:
                return 1
            fields += got != was
            pbytes[off + mask[0]:off + mask[1]] = fbytes[off + mask[0]:off + mask[1]]
    for i in range(len(pbytes)):
        if pbytes[i] != fbytes[i]:
            print(f"sbrel: {name}+{i:#x}: {pbytes[i]:#04x} placed, {fbytes[i]:#04x} in the plain link,"
                  " not an SB-relative field")
            return 1
    print(f"sbrel: {name}: equal but for {fields} SB-relative fields, each off by lld's per-segment static base")
    return 0


if __name__ == "__main__":
    sys.exit(main())
