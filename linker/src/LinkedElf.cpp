//===- LinkedElf.cpp ------------------------------------------------------===//
#include "LinkedElf.h"

#include "Context.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Object/ELF.h"

#include <algorithm>

using namespace llvm;
using namespace llvm::ELF;
using ELFT = llvm::object::ELF32LE;

namespace rrld {

const char *segName(Seg s) {
  switch (s) {
  case Seg::RO:
    return "RO";
  case Seg::RW:
    return "RW";
  case Seg::None:
    break;
  }
  return "none";
}

bool OutSection::isExec() const { return flags & SHF_EXECINSTR; }
bool OutSection::hasBits() const { return type != SHT_NOBITS; }

bool isElf(ArrayRef<uint8_t> b) {
  return b.size() >= 4 && b[0] == 0x7f && b[1] == 'E' && b[2] == 'L' && b[3] == 'F';
}

static Error fail(StringRef name, const Twine &msg) { return makeError(name + ": " + msg); }

Expected<LinkedElf> LinkedElf::readFile(StringRef path) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> mb =
      MemoryBuffer::getFile(path, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!mb)
    return fail(path, "cannot open: " + mb.getError().message());
  return read(std::move(*mb));
}

Expected<LinkedElf> LinkedElf::read(std::unique_ptr<MemoryBuffer> buffer, Parts parts) {
  StringRef name = buffer->getBufferIdentifier();
  ArrayRef<uint8_t> bytes = arrayRefFromStringRef(buffer->getBuffer());
  if (!isElf(bytes))
    return fail(name, "not an ELF file");
  if (bytes.size() < EI_NIDENT || bytes[EI_CLASS] != ELFCLASS32)
    return fail(name, "not a 32-bit ELF file (rrld links ELF32 ARM)");
  if (bytes[EI_DATA] != ELFDATA2LSB)
    return fail(name, "big-endian ELF; rrld supports little-endian ARM only");

  LinkedElf out;
  out.bytes = bytes;
  StringRef data = buffer->getBuffer();
  out.buffer = std::move(buffer);
  Expected<object::ELFFile<ELFT>> fileOrErr = object::ELFFile<ELFT>::create(data);
  if (!fileOrErr)
    return fail(name, toString(fileOrErr.takeError()));
  const object::ELFFile<ELFT> &file = *fileOrErr;
  const ELFT::Ehdr &eh = file.getHeader();
  if (eh.e_machine != EM_ARM)
    return fail(name, "machine is not ARM (e_machine " + Twine(eh.e_machine) + ")");
  if (eh.e_type != ET_EXEC)
    return fail(name, "not an executable (e_type " + Twine(eh.e_type) +
                          "); rrld makes static images, remove -r/-shared/-pie");
  out.entry = eh.e_entry;

  auto phdrs = file.program_headers();
  if (!phdrs)
    return fail(name, toString(phdrs.takeError()));
  for (const ELFT::Phdr &p : *phdrs) {
    if (p.p_type == PT_DYNAMIC || p.p_type == PT_INTERP)
      out.isDynamic = true;
    if (p.p_type != PT_LOAD)
      continue;
    if (p.p_filesz > p.p_memsz)
      return fail(name, "PT_LOAD with p_filesz > p_memsz");
    out.loads.push_back({uint32_t(p.p_vaddr), uint32_t(p.p_memsz), uint32_t(p.p_filesz),
                         uint32_t(p.p_offset), uint32_t(p.p_flags)});
  }

  auto sections = file.sections();
  if (!sections)
    return fail(name, toString(sections.takeError()));
  const ELFT::Shdr *symtab = nullptr;
  ArrayRef<ELFT::Word> shndxTable;
  for (const ELFT::Shdr &sh : *sections) {
    OutSection s;
    s.index = out.sections.size();
    auto nameOrErr = file.getSectionName(sh);
    if (!nameOrErr)
      return fail(name, toString(nameOrErr.takeError()));
    s.name = *nameOrErr;
    s.type = sh.sh_type;
    s.flags = sh.sh_flags;
    s.addr = sh.sh_addr;
    s.size = sh.sh_size;
    s.offset = sh.sh_offset;
    s.align = sh.sh_addralign ? uint32_t(sh.sh_addralign) : 1;
    // Empty sections belong to a segment too: symbols such as
    // __init_array_start may be all they hold.
    if (s.flags & SHF_ALLOC) {
      if ((s.flags & SHF_TLS) && s.size != 0)
        return fail(name, "section " + s.name +
                              " is thread-local; rrld images have no TLS");
      if (uint64_t(s.addr) + s.size > (uint64_t(1) << 32))
        return fail(name, "section " + s.name + " wraps around the address space");
      if (s.hasBits() && (s.offset > out.bytes.size() || s.size > out.bytes.size() - s.offset))
        return fail(name, "section " + s.name + " extends past the end of the file");
      s.seg = (s.flags & SHF_WRITE) ? Seg::RW : Seg::RO;
    }
    if (sh.sh_type == SHT_SYMTAB)
      symtab = &sh;
    out.sections.push_back(std::move(s));
  }
  // A link needs the symbols (Driver.cpp checks); the tools read a stripped
  // ELF too.
  out.hasSymtab = symtab != nullptr;
  if (parts == Parts::Sections) {
    out.computeRanges();
    return out;
  }

  for (const ELFT::Shdr &sh : *sections) {
    if (sh.sh_type != SHT_SYMTAB_SHNDX)
      continue;
    auto t = file.getSHNDXTable(sh);
    if (!t)
      return fail(name, toString(t.takeError()));
    shndxTable = *t;
  }
  auto syms = file.symbols(symtab); // empty without one
  if (!syms)
    return fail(name, toString(syms.takeError()));
  Expected<StringRef> strtab = symtab ? file.getStringTableForSymtab(*symtab) : StringRef();
  if (!strtab)
    return fail(name, toString(strtab.takeError()));
  out.symbols.reserve(syms->size());
  for (auto [i, sym] : llvm::enumerate(*syms)) {
    OutSymbol s;
    // The string table ends in NUL (ELFFile checked), so a name that starts
    // inside it ends inside it.
    if (sym.st_name >= strtab->size())
      return fail(name, "symbol " + Twine(i) + " has a bad name offset");
    s.name = StringRef(strtab->data() + sym.st_name);
    s.value = sym.st_value;
    s.size = sym.st_size;
    s.type = sym.getType();
    s.binding = sym.getBinding();
    s.shndx = sym.st_shndx;
    if (sym.st_shndx == SHN_XINDEX) {
      auto idx = object::getExtendedSymbolTableIndex<ELFT>(sym, i, shndxTable);
      if (!idx)
        return fail(name, toString(idx.takeError()));
      s.shndx = *idx;
    }
    if (s.shndx < SHN_LORESERVE && s.shndx >= out.sections.size())
      return fail(name, "symbol " + s.name + " has a bad section index");
    if (s.type == STT_SECTION && s.name.empty() && s.shndx < out.sections.size())
      s.name = out.sections[s.shndx].name;
    out.symbols.push_back(std::move(s));
  }

  // The relocations --emit-relocs kept, for allocated sections only: those
  // against debug info and other non-loaded sections never reach the device.
  size_t relCount = 0;
  for (const ELFT::Shdr &sh : *sections)
    if (sh.sh_type == SHT_REL && sh.sh_info < out.sections.size() &&
        (out.sections[sh.sh_info].flags & SHF_ALLOC))
      relCount += sh.sh_size / sizeof(ELFT::Rel);
  out.relocs.reserve(relCount);
  for (const ELFT::Shdr &sh : *sections) {
    if (sh.sh_type == SHT_RELA)
      return fail(name, "SHT_RELA relocations; ARM objects use SHT_REL");
    if (sh.sh_type != SHT_REL)
      continue;
    if (sh.sh_info >= out.sections.size())
      return fail(name, "relocation section with a bad sh_info");
    const OutSection &target = out.sections[sh.sh_info];
    if (!(target.flags & SHF_ALLOC))
      continue;
    auto rels = file.rels(sh);
    if (!rels)
      return fail(name, toString(rels.takeError()));
    for (const ELFT::Rel &r : *rels) {
      OutReloc rel;
      rel.offset = r.r_offset;
      rel.type = r.getType(false);
      rel.sym = r.getSymbol(false);
      rel.section = target.index;
      if (rel.sym >= out.symbols.size())
        return fail(name, "relocation against a bad symbol index");
      out.relocs.push_back(rel);
    }
  }

  out.computeRanges();
  return out;
}

// The segments' address ranges: every non-empty section of each.
void LinkedElf::computeRanges() {
  bool haveRo = false, haveRw = false;
  for (const OutSection &s : sections) {
    if (s.seg == Seg::None || s.size == 0) // an empty section spans nothing
      continue;
    AddrRange &r = s.seg == Seg::RO ? ro : rw;
    bool &have = s.seg == Seg::RO ? haveRo : haveRw;
    uint32_t end = s.addr + s.size;
    if (!have) {
      r = {s.addr, end};
      have = true;
    } else {
      r.lo = std::min(r.lo, s.addr);
      r.hi = std::max(r.hi, end);
    }
    if (s.seg == Seg::RW && s.hasBits())
      rwInitEnd = std::max(rwInitEnd, end);
  }
  if (!haveRw)
    rw = {0, 0};
  if (rwInitEnd < rw.lo)
    rwInitEnd = rw.lo;
}

const OutSection *LinkedElf::findSection(StringRef n) const {
  for (const OutSection &s : sections)
    if (s.name == n)
      return &s;
  return nullptr;
}

Seg LinkedElf::symbolSeg(const OutSymbol &s) const {
  if (s.shndx == SHN_UNDEF || s.shndx >= SHN_LORESERVE || s.shndx >= sections.size())
    return Seg::None;
  return sections[s.shndx].seg;
}

Seg LinkedElf::addrSeg(uint32_t a) const {
  if (const OutSection *s = sectionAt(a))
    return s->seg;
  return Seg::None;
}

const OutSection *LinkedElf::sectionAt(uint32_t a) const {
  for (const OutSection &s : sections)
    if (s.seg != Seg::None && s.contains(a))
      return &s;
  return nullptr;
}

ArrayRef<uint8_t> LinkedElf::contents(const OutSection &s) const {
  // read() checked every loaded section against the file; models built by
  // hand (tests) may have no bytes at all.
  if (!s.hasBits() || s.offset > bytes.size() || s.size > bytes.size() - s.offset)
    return {};
  return bytes.slice(s.offset, s.size);
}

std::string LinkedElf::symbolDesc(const OutSymbol &s) const {
  if (s.type == STT_SECTION)
    return ("section " + s.name).str();
  if (s.name.empty())
    return "symbol index 0";
  return ("'" + s.name + "'").str();
}

} // namespace rrld
