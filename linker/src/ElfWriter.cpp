//===- ElfWriter.cpp ------------------------------------------------------===//
#include "ElfWriter.h"

#include "Arm.h"
#include "Image.h"

#include "Context.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Signals.h"
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
  MutableArrayRef<uint8_t> b;
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
    uint32_t align; // the streams start 4-aligned; the note is text
    uint32_t offset = 0, nameOff = 0;
  };
  std::vector<Added> added{
      {".rrld.tables", image.slice(tables, h.image_size - tables), 4}};
  // sh_entsize stays 0 for both: the table streams are byte-coded
  // (docs/format.md), not an array of fixed-size entries.
  if (!movedNote.empty())
    added.push_back({".rrld.moved", arrayRefFromStringRef(movedNote), 1});
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
    t.w32(n + offsetof(Elf32_Shdr, sh_addralign), added[i].align);
    t.w32(n + offsetof(Elf32_Shdr, sh_entsize), 0);
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

// Writes over the file's old bytes and then cuts it to length, rather than
// opening it with O_TRUNC: ext4 flushes a file truncated to zero and written
// again when it is closed (auto_da_alloc), a millisecond or more for each
// output of a command that takes a few (`rrld place` writes two).  A failed
// write removes the file, as ToolOutputFile does; "-" is standard output.
Error writeFile(StringRef path, ArrayRef<uint8_t> bytes) {
  std::error_code ec;
  if (path == "-") {
    ToolOutputFile out(path, ec, sys::fs::OF_None);
    if (ec)
      return createStringError(ec, "cannot open " + path + ": " + ec.message());
    out.os().write(reinterpret_cast<const char *>(bytes.data()), bytes.size());
    out.os().flush();
    if (out.os().has_error()) {
      ec = out.os().error();
      out.os().clear_error();
      return createStringError(ec, "cannot write " + path + ": " + ec.message());
    }
    out.keep();
    return Error::success();
  }
  int fd;
  if ((ec = sys::fs::openFileForWrite(path, fd, sys::fs::CD_OpenAlways, sys::fs::OF_None)))
    return createStringError(ec, "cannot open " + path + ": " + ec.message());
  // Only a regular file is cut to length, or removed when a write fails (not
  // a device such as /dev/null).
  sys::fs::file_status st;
  bool regular = !sys::fs::status(fd, st) && sys::fs::is_regular_file(st);
  if (regular)
    sys::RemoveFileOnSignal(path);
  raw_fd_ostream os(fd, /*shouldClose=*/true);
  os.write(reinterpret_cast<const char *>(bytes.data()), bytes.size());
  os.flush();
  if (regular && !os.has_error() && st.getSize() > bytes.size())
    ec = sys::fs::resize_file(fd, bytes.size());
  os.close();
  if (os.has_error() || ec) {
    if (os.has_error())
      ec = os.error();
    os.clear_error();
    if (regular) {
      sys::fs::remove(path);
      sys::DontRemoveFileOnSignal(path);
    }
    return createStringError(ec, "cannot write " + path + ": " + ec.message());
  }
  if (regular)
    sys::DontRemoveFileOnSignal(path);
  return Error::success();
}

// Where a symbol moves when the image is placed (docs/manual.md, "rrld
// place"): one defined in a loaded section moves with that section's
// segment.  An absolute one (SHN_ABS: a linker script's `__sidata =
// LOADADDR(.data);` or `_stack_start = ORIGIN(STACK) + LENGTH(STACK);`)
// carries no section, so its value decides: inside RO or at its end, or
// inside the flash copy of RW's initial data, it moves with RO; inside RW or
// at its end, with RW; anywhere else (another image's address, a constant)
// it stays.
static Seg absoluteSymbolSeg(const LinkedElf &elf, uint32_t value, AddrRange rwLoad) {
  auto within = [&](AddrRange r) { return !r.empty() && value >= r.lo && value <= r.hi; };
  if (within(elf.ro) || within(rwLoad))
    return Seg::RO;
  if (within(elf.rw))
    return Seg::RW;
  return Seg::None;
}

Expected<std::vector<uint8_t>> writePlacedElf(const LinkedElf &elf, ArrayRef<uint8_t> placed,
                                              ArrayRef<uint8_t> rwInit, uint32_t roAddr,
                                              uint32_t rwAddr) {
  std::vector<uint8_t> out(elf.bytes.begin(), elf.bytes.end());
  if (Error e = placeElf(elf, out, placed, rwInit, roAddr, rwAddr))
    return std::move(e);
  return out;
}

Error placeElf(const LinkedElf &elf, MutableArrayRef<uint8_t> out, ArrayRef<uint8_t> placed,
               ArrayRef<uint8_t> rwInit, uint32_t roAddr, uint32_t rwAddr) {
  if (out.size() != elf.bytes.size())
    return makeError("the placed ELF's buffer is not the size of the ELF");
  Bytes f{out};
  // The sections read or written below must lie in the file (LinkedElf::read
  // checked the loaded ones only).
  auto checkInFile = [&](const OutSection &s) -> Error {
    if (s.offset > out.size() || s.size > out.size() - s.offset)
      return makeError("section " + s.name + " extends past the end of the file");
    return Error::success();
  };
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

  // Program headers.  p_vaddr moves with the segment it is in.  p_paddr is
  // where the segment's bytes lie in flash: a segment loaded where it runs
  // (p_paddr = p_vaddr) keeps that; RW loaded from flash (`> RAM AT> FLASH`:
  // its initial data right after RO, which the kernel or start-up copies)
  // moves with RO, as a fixed link at the placed addresses puts it.
  uint32_t phoff = f.r32(offsetof(Elf32_Ehdr, e_phoff));
  uint16_t phnum = f.r16(offsetof(Elf32_Ehdr, e_phnum));
  AddrRange rwLoad;
  for (int pass = 0; pass < 2; ++pass)
    for (uint16_t i = 0; i < phnum; ++i) {
      size_t p = phoff + i * phdrSize;
      if (f.r32(p + offsetof(Elf32_Phdr, p_memsz)) == 0)
        continue;
      uint32_t vaddr = f.r32(p + offsetof(Elf32_Phdr, p_vaddr));
      uint32_t paddr = f.r32(p + offsetof(Elf32_Phdr, p_paddr));
      uint32_t filesz = f.r32(p + offsetof(Elf32_Phdr, p_filesz));
      Seg vs = elf.addrSeg(vaddr);
      if (pass == 0) { // the flash copy of RW's initial data, for the symbols
        if (vs == Seg::RW && paddr != vaddr && f.r32(p + offsetof(Elf32_Phdr, p_type)) == PT_LOAD)
          rwLoad = {paddr, paddr + filesz};
        continue;
      }
      Seg ps = paddr == vaddr ? vs : Seg::RO;
      // The image keeps RW's initial data right after RO, and so must the
      // ELF: a start-up copies it from there (hubris/runtime/init.c), and
      // the ELF and the flat image must put the same bytes in flash.
      uint32_t roSize = readHeader(placed).ro_size;
      if (vs == Seg::RW && ps == Seg::RO && paddr != roLink + roSize)
        return makeError("the writable segment at " + hex(vaddr) + " is loaded from " +
                         hex(paddr) + ", but the image keeps RW's initial data right after "
                         "RO, at " + hex(roLink + roSize) +
                         "; end the last RO output section aligned to RW's alignment (" +
                         Twine(1u << readHeader(placed).rw_align_log2) +
                         "), e.g. with . = ALIGN(" + Twine(1u << readHeader(placed).rw_align_log2) + ")");
      f.w32(p + offsetof(Elf32_Phdr, p_vaddr), vaddr + delta(vs));
      f.w32(p + offsetof(Elf32_Phdr, p_paddr), paddr + delta(ps));
    }

  // Symbols, read from the file's own table (the image tools read no
  // OutSymbols: LinkedElf::Parts::Sections), each moved by its segment's
  // displacement.
  const OutSection *symtab = nullptr, *shndxTable = nullptr;
  for (const OutSection &s : elf.sections) {
    if (s.type == SHT_SYMTAB)
      symtab = &s;
    else if (s.type == SHT_SYMTAB_SHNDX)
      shndxTable = &s;
  }
  std::vector<Seg> symSeg;
  if (symtab) {
    if (Error e = checkInFile(*symtab))
      return e;
    if (symtab->size % sizeof(Elf32_Sym))
      return makeError("the symbol table's size is not a multiple of its entries'");
    if (shndxTable)
      if (Error e = checkInFile(*shndxTable))
        return e;
    symSeg.resize(symtab->size / sizeof(Elf32_Sym), Seg::None);
  }
  for (size_t i = 0; i < symSeg.size(); ++i) {
    size_t e = symtab->offset + i * sizeof(Elf32_Sym);
    uint32_t value = f.r32(e + offsetof(Elf32_Sym, st_value));
    uint8_t type = out[e + offsetof(Elf32_Sym, st_info)] & 0xf;
    uint32_t shndx = f.r16(e + offsetof(Elf32_Sym, st_shndx));
    if (shndx == SHN_XINDEX) {
      if (!shndxTable || i >= shndxTable->size / 4)
        return makeError("symbol " + Twine(i) + " has an extended section index but no " +
                         "SHT_SYMTAB_SHNDX entry");
      shndx = f.r32(shndxTable->offset + 4 * i);
    }
    if (shndx < SHN_LORESERVE && shndx >= elf.sections.size())
      return makeError("symbol " + Twine(i) + " has a bad section index");
    if (shndx == SHN_ABS && type != STT_FILE && type != STT_SECTION)
      symSeg[i] = absoluteSymbolSeg(elf, value, rwLoad);
    else if (shndx != SHN_UNDEF && shndx < SHN_LORESERVE)
      symSeg[i] = elf.sections[shndx].seg;
    if (symSeg[i] != Seg::None)
      f.w32(e + offsetof(Elf32_Sym, st_value), value + delta(symSeg[i]));
  }

  // The relocations lld kept (--emit-relocs).
  for (const OutSection &s : elf.sections) {
    if (s.type != SHT_REL)
      continue;
    if (Error e = checkInFile(s))
      return e;
    uint32_t info = f.r32(shdrAt(f, s.index) + offsetof(Elf32_Shdr, sh_info));
    if (info >= elf.sections.size())
      return makeError("relocation section " + s.name + " has a bad sh_info");
    const OutSection &target = elf.sections[info];
    if (target.seg != Seg::None) {
      // A loaded section: its contents came from the image above; only the
      // offsets move.
      for (uint32_t off = 0; off + sizeof(Elf32_Rel) <= s.size; off += sizeof(Elf32_Rel)) {
        size_t r = s.offset + off + offsetof(Elf32_Rel, r_offset);
        f.w32(r, f.r32(r) + delta(target.seg));
      }
      continue;
    }
    // A section that is not loaded (.task_slot_table, .caboose_pos_table,
    // debug info): lld wrote S + A into its absolute words at the link
    // addresses; add S's displacement, as a fixed link would have.  (lld
    // counts P in such a section from 0, so a PC-relative word moves by S's
    // displacement too.)
    if (!target.hasBits())
      continue;
    if (Error e = checkInFile(target))
      return e;
    for (uint32_t off = 0; off + sizeof(Elf32_Rel) <= s.size; off += sizeof(Elf32_Rel)) {
      uint32_t rOffset = f.r32(s.offset + off + offsetof(Elf32_Rel, r_offset));
      uint32_t rInfo = f.r32(s.offset + off + offsetof(Elf32_Rel, r_info));
      uint32_t type = rInfo & 0xff, symIndex = rInfo >> 8;
      if (symIndex >= symSeg.size())
        return makeError(s.name + ": relocation against a bad symbol index");
      uint32_t d = delta(symSeg[symIndex]);
      switch (type) {
      case R_ARM_NONE:
      case R_ARM_SBREL32: // S + A - B(S): S and B(S) move together
        break;
      case R_ARM_ABS32: // S + A
      case R_ARM_TARGET1:
      case R_ARM_REL32: // S + A - P, P the offset in the section
        if (rOffset > target.size || target.size - rOffset < 4)
          return makeError(s.name + ": relocation at offset " + hex(rOffset) +
                           " lies outside " + target.name);
        if (d)
          f.w32(target.offset + rOffset, f.r32(target.offset + rOffset) + d);
        break;
      default:
        return makeError(s.name + ": cannot move " + relocName(type) + " at offset " +
                         hex(rOffset) + " in the non-loaded section " + target.name +
                         " to the placed addresses: only absolute words (R_ARM_ABS32) can "
                         "follow their symbol");
      }
    }
  }
  f.w32(offsetof(Elf32_Ehdr, e_entry), elf.entry + delta(Seg::RO));
  return Error::success();
}

} // namespace rrld
