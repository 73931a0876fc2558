//===- ElfWriter.cpp ------------------------------------------------------===//
#include "ElfWriter.h"

#include "Image.h"

#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Support/Endian.h"

#include <cstddef>

using namespace llvm;
using namespace llvm::ELF;
using llvm::support::endian::read16le;
using llvm::support::endian::read32le;
using llvm::support::endian::write16le;
using llvm::support::endian::write32le;

namespace rrld {

static Error fail(const Twine &msg) {
  return createStringError(inconvertibleErrorCode(), msg);
}

namespace {
// Little-endian field access at byte offsets given by the ELF structs.
struct Bytes {
  std::vector<uint8_t> &b;
  uint32_t r32(size_t off) const { return read32le(b.data() + off); }
  uint16_t r16(size_t off) const { return read16le(b.data() + off); }
  void w32(size_t off, uint32_t v) { write32le(b.data() + off, v); }
  void w16(size_t off, uint16_t v) { write16le(b.data() + off, v); }
};
} // namespace

constexpr size_t shdrSize = sizeof(Elf32_Shdr);
constexpr size_t phdrSize = sizeof(Elf32_Phdr);

static size_t shdrAt(const Bytes &f, uint32_t i) { return f.r32(offsetof(Elf32_Ehdr, e_shoff)) + i * shdrSize; }

Expected<std::vector<uint8_t>> writeImageElf(const LinkedElf &elf, ArrayRef<uint8_t> image) {
  std::vector<uint8_t> in = elf.bytes;
  Bytes f{in};
  const OutSection *hdr = elf.findSection(".rrld_header");
  if (!hdr || hdr->size < RRLD_HEADER_SIZE)
    return fail("no room for the image header");
  std::copy(image.begin(), image.begin() + RRLD_HEADER_SIZE, in.begin() + hdr->offset);

  uint32_t shoff = f.r32(offsetof(Elf32_Ehdr, e_shoff));
  uint16_t shnum = f.r16(offsetof(Elf32_Ehdr, e_shnum));
  uint16_t shstrndx = f.r16(offsetof(Elf32_Ehdr, e_shstrndx));
  if (f.r16(offsetof(Elf32_Ehdr, e_shentsize)) != shdrSize || shnum == 0 ||
      shnum >= SHN_LORESERVE - 1 || shstrndx >= shnum)
    return fail("lld's output has an unexpected section header table");

  rrld_header h = readHeader(image);
  ArrayRef<uint8_t> tables = image.slice(h.tables_offset, h.image_size - h.tables_offset);
  const OutSection &strtab = elf.sections[shstrndx];
  ArrayRef<uint8_t> oldNames = ArrayRef<uint8_t>(in).slice(strtab.offset, strtab.size);
  static constexpr char name[] = ".rrld.tables";

  // Keep everything before the section header table (lld writes it last),
  // then: tables, the grown .shstrtab, the grown section header table.
  size_t keep = (shoff + size_t(shnum) * shdrSize == in.size()) ? shoff : in.size();
  std::vector<uint8_t> out(in.begin(), in.begin() + keep);
  auto pad4 = [&] { out.resize((out.size() + 3) & ~size_t(3), 0); };
  pad4();
  uint32_t tablesOff = out.size();
  out.insert(out.end(), tables.begin(), tables.end());
  uint32_t namesOff = out.size();
  out.insert(out.end(), oldNames.begin(), oldNames.end());
  out.insert(out.end(), name, name + sizeof(name));
  uint32_t namesSize = out.size() - namesOff;
  pad4();
  uint32_t newShoff = out.size();
  out.insert(out.end(), in.begin() + shoff, in.begin() + shoff + size_t(shnum) * shdrSize);
  out.resize(out.size() + shdrSize, 0);

  Bytes o{out};
  o.w32(offsetof(Elf32_Ehdr, e_shoff), newShoff);
  o.w16(offsetof(Elf32_Ehdr, e_shnum), shnum + 1);
  size_t s = newShoff + shstrndx * shdrSize;
  o.w32(s + offsetof(Elf32_Shdr, sh_offset), namesOff);
  o.w32(s + offsetof(Elf32_Shdr, sh_size), namesSize);
  size_t t = newShoff + size_t(shnum) * shdrSize;
  o.w32(t + offsetof(Elf32_Shdr, sh_name), strtab.size);
  o.w32(t + offsetof(Elf32_Shdr, sh_type), SHT_PROGBITS);
  o.w32(t + offsetof(Elf32_Shdr, sh_offset), tablesOff);
  o.w32(t + offsetof(Elf32_Shdr, sh_size), tables.size());
  o.w32(t + offsetof(Elf32_Shdr, sh_addralign), 4);
  o.w32(t + offsetof(Elf32_Shdr, sh_entsize), 4);
  return out;
}

Expected<std::vector<uint8_t>> writePlacedElf(const LinkedElf &elf, ArrayRef<uint8_t> placed,
                                              ArrayRef<uint8_t> rwInit, uint32_t roAddr,
                                              uint32_t rwAddr) {
  std::vector<uint8_t> out = elf.bytes;
  Bytes f{out};
  const OutSection *hdr = elf.findSection(".rrld_header");
  if (!hdr)
    return fail("no .rrld_header");
  uint32_t roLink = hdr->addr, rwLink = elf.rw.lo;
  auto delta = [&](Seg s) -> uint32_t {
    return s == Seg::RO ? roAddr - roLink : s == Seg::RW ? rwAddr - rwLink : 0;
  };

  // Section addresses and contents.
  for (const OutSection &s : elf.sections) {
    if (s.seg == Seg::None)
      continue;
    f.w32(shdrAt(f, s.index) + offsetof(Elf32_Shdr, sh_addr), s.addr + delta(s.seg));
    if (!s.hasBits())
      continue;
    ArrayRef<uint8_t> from = s.seg == Seg::RO ? placed.slice(s.addr - roLink, s.size)
                                              : rwInit.slice(s.addr - rwLink, s.size);
    std::copy(from.begin(), from.end(), out.begin() + s.offset);
  }

  // Program headers: each moves with the segment its address is in.
  uint32_t phoff = f.r32(offsetof(Elf32_Ehdr, e_phoff));
  uint16_t phnum = f.r16(offsetof(Elf32_Ehdr, e_phnum));
  for (uint16_t i = 0; i < phnum; ++i) {
    size_t p = phoff + i * phdrSize;
    uint32_t vaddr = f.r32(p + offsetof(Elf32_Phdr, p_vaddr));
    uint32_t paddr = f.r32(p + offsetof(Elf32_Phdr, p_paddr));
    if (f.r32(p + offsetof(Elf32_Phdr, p_memsz)) == 0)
      continue;
    Seg vs = elf.addrSeg(vaddr);
    Seg ps = elf.addrSeg(paddr);
    f.w32(p + offsetof(Elf32_Phdr, p_vaddr), vaddr + delta(vs));
    f.w32(p + offsetof(Elf32_Phdr, p_paddr), paddr + delta(ps == Seg::None ? vs : ps));
  }

  // Symbols defined in loaded sections, and the relocations lld kept.
  for (const OutSection &s : elf.sections) {
    if (s.type == SHT_SYMTAB) {
      for (size_t i = 0; i < elf.symbols.size(); ++i) {
        const OutSymbol &sym = elf.symbols[i];
        Seg seg = elf.symbolSeg(sym);
        if (seg != Seg::None)
          f.w32(s.offset + i * sizeof(Elf32_Sym) + offsetof(Elf32_Sym, st_value),
                sym.value + delta(seg));
      }
    } else if (s.type == SHT_REL) {
      uint32_t info = f.r32(shdrAt(f, s.index) + offsetof(Elf32_Shdr, sh_info));
      Seg seg = info < elf.sections.size() ? elf.sections[info].seg : Seg::None;
      for (uint32_t off = 0; seg != Seg::None && off + sizeof(Elf32_Rel) <= s.size;
           off += sizeof(Elf32_Rel)) {
        size_t r = s.offset + off + offsetof(Elf32_Rel, r_offset);
        f.w32(r, f.r32(r) + delta(seg));
      }
    }
  }
  f.w32(offsetof(Elf32_Ehdr, e_entry), elf.entry + delta(Seg::RO));
  return out;
}

} // namespace rrld
