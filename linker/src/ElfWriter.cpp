//===- ElfWriter.cpp ------------------------------------------------------===//
#include "ElfWriter.h"

#include "DebugInfo.h"
#include "Image.h"

#include "Context.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/raw_ostream.h"

#include <cstddef>

using namespace llvm;
using namespace llvm::ELF;
using llvm::support::endian::read16le;
using llvm::support::endian::read32le;
using llvm::support::endian::write16le;
using llvm::support::endian::write32le;

namespace rrld {

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

Expected<std::vector<FilePatch>> imageElfPatches(const LinkedElf &elf, ArrayRef<uint8_t> image,
                                                 ArrayRef<CodePatch> code, StringRef movedNote) {
  std::vector<FilePatch> patches;
  for (const CodePatch &c : code) {
    const OutSection *s = elf.sectionAt(c.addr);
    if (!s || !s->hasBits() || s->addr + s->size - c.addr < c.bytes.size())
      return makeError("a code patch at " + hex(c.addr) + " lies outside any section");
    patches.push_back({s->offset + (c.addr - s->addr), c.bytes});
  }
  const OutSection *hdr = elf.findSection(".rrld_header");
  if (!hdr || hdr->size < RRLD_HEADER_SIZE || !hdr->hasBits())
    return makeError("no room for the image header");
  patches.push_back({hdr->offset, std::vector<uint8_t>(image.begin(), image.begin() + RRLD_HEADER_SIZE)});

  std::vector<uint8_t> ehdr(elf.bytes.begin(), elf.bytes.begin() + sizeof(Elf32_Ehdr));
  Bytes e{ehdr};
  uint32_t shoff = e.r32(offsetof(Elf32_Ehdr, e_shoff));
  uint16_t shnum = e.r16(offsetof(Elf32_Ehdr, e_shnum));
  uint16_t shstrndx = e.r16(offsetof(Elf32_Ehdr, e_shstrndx));
  if (e.r16(offsetof(Elf32_Ehdr, e_shentsize)) != shdrSize || shnum == 0 ||
      shnum >= SHN_LORESERVE - 2 || shstrndx >= shnum ||
      shoff + size_t(shnum) * shdrSize > elf.bytes.size())
    return makeError("lld's output has an unexpected section header table");

  // The streams end the image (format.h): everything after the RW initial
  // data.
  rrld_header h = readHeader(image);
  uint32_t tables = tablesOffset(h);
  struct Added {
    StringRef name;
    ArrayRef<uint8_t> bytes;
    uint32_t entsize;
    uint32_t offset = 0, nameOff = 0;
  };
  std::vector<Added> added{
      {".rrld.tables", image.slice(tables, h.image_size - tables), 4}};
  if (!movedNote.empty())
    added.push_back({".rrld.moved", arrayRefFromStringRef(movedNote), 0});
  const OutSection &strtab = elf.sections[shstrndx];
  ArrayRef<uint8_t> oldNames = elf.contents(strtab);

  // Everything before the section header table stays (lld writes the table
  // last); after it come the new sections, the grown .shstrtab, and the
  // grown section header table.
  size_t keep = (shoff + size_t(shnum) * shdrSize == elf.bytes.size()) ? shoff : elf.bytes.size();
  std::vector<uint8_t> tail;
  auto here = [&] { return uint32_t(keep + tail.size()); };
  auto align4 = [&] {
    while ((keep + tail.size()) % 4)
      tail.push_back(0);
  };
  for (Added &a : added) {
    align4();
    a.offset = here();
    tail.insert(tail.end(), a.bytes.begin(), a.bytes.end());
  }
  uint32_t namesOff = here();
  tail.insert(tail.end(), oldNames.begin(), oldNames.end());
  for (Added &a : added) {
    a.nameOff = here() - namesOff;
    tail.insert(tail.end(), a.name.begin(), a.name.end());
    tail.push_back(0);
  }
  uint32_t namesSize = here() - namesOff;
  align4();
  uint32_t newShoff = here();
  ArrayRef<uint8_t> shdrs = elf.bytes.slice(shoff, size_t(shnum) * shdrSize);
  tail.insert(tail.end(), shdrs.begin(), shdrs.end());
  tail.resize(tail.size() + added.size() * shdrSize, 0);

  Bytes t{tail};
  size_t sh = newShoff - keep;
  size_t s = sh + shstrndx * shdrSize;
  t.w32(s + offsetof(Elf32_Shdr, sh_offset), namesOff);
  t.w32(s + offsetof(Elf32_Shdr, sh_size), namesSize);
  for (size_t i = 0; i < added.size(); ++i) {
    size_t n = sh + (shnum + i) * shdrSize;
    t.w32(n + offsetof(Elf32_Shdr, sh_name), added[i].nameOff);
    t.w32(n + offsetof(Elf32_Shdr, sh_type), SHT_PROGBITS);
    t.w32(n + offsetof(Elf32_Shdr, sh_offset), added[i].offset);
    t.w32(n + offsetof(Elf32_Shdr, sh_size), added[i].bytes.size());
    t.w32(n + offsetof(Elf32_Shdr, sh_addralign), added[i].entsize ? 4 : 1);
    t.w32(n + offsetof(Elf32_Shdr, sh_entsize), added[i].entsize);
  }

  e.w32(offsetof(Elf32_Ehdr, e_shoff), newShoff);
  e.w16(offsetof(Elf32_Ehdr, e_shnum), shnum + added.size());
  patches.push_back({0, std::move(ehdr)});
  patches.push_back({keep, std::move(tail)});
  return patches;
}

Error patchFile(StringRef path, ArrayRef<FilePatch> patches) {
  int fd;
  if (std::error_code ec = sys::fs::openFileForReadWrite(path, fd, sys::fs::CD_OpenExisting,
                                                         sys::fs::OF_None))
    return createStringError(ec, "cannot open " + path + ": " + ec.message());
  raw_fd_ostream os(fd, /*shouldClose=*/true);
  uint64_t end = 0;
  for (const FilePatch &p : patches) {
    os.seek(p.offset);
    os.write(reinterpret_cast<const char *>(p.bytes.data()), p.bytes.size());
    end = std::max<uint64_t>(end, p.offset + p.bytes.size());
  }
  os.flush();
  if (std::error_code ec = sys::fs::resize_file(fd, end))
    return createStringError(ec, "cannot resize " + path + ": " + ec.message());
  os.close();
  if (os.has_error()) {
    std::error_code ec = os.error();
    os.clear_error();
    return createStringError(ec, "cannot write " + path + ": " + ec.message());
  }
  return Error::success();
}

Error writeFile(StringRef path, ArrayRef<uint8_t> bytes) {
  std::error_code ec;
  ToolOutputFile out(path, ec, sys::fs::OF_None);
  if (ec)
    return createStringError(ec, "cannot open " + path + ": " + ec.message());
  out.os().write(reinterpret_cast<const char *>(bytes.data()), bytes.size());
  out.os().close();
  if (out.os().has_error()) {
    ec = out.os().error();
    out.os().clear_error();
    return createStringError(ec, "cannot write " + path + ": " + ec.message());
  }
  out.keep();
  return Error::success();
}

Expected<std::vector<uint8_t>> writePlacedElf(const LinkedElf &elf, ArrayRef<uint8_t> placed,
                                              ArrayRef<uint8_t> rwInit, uint32_t roAddr,
                                              uint32_t rwAddr) {
  std::vector<uint8_t> out(elf.bytes.begin(), elf.bytes.end());
  Bytes f{out};
  const OutSection *hdr = elf.findSection(".rrld_header");
  if (!hdr)
    return makeError("no .rrld_header");
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

  // Debug info and other non-allocated sections (DebugInfo.h).
  if (Error e = relocateNonAlloc(elf, out, delta))
    return e;
  return out;
}

} // namespace rrld
