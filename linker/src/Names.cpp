//===- Names.cpp - naming input sections without lld's map ---------------===//
//
// Diagnostics name the input section a relocated field came from
// ("a.o:(.rodata.x+0x8)").  lld's -Map says where each input section went,
// but writing it nearly doubles lld's work on a large program, and running
// lld again on the error path for a map is what rrld no longer does.  So
// when a diagnostic needs names and there is no map, rrld reads the inputs
// again and finds each input section in the output by an anchor:
//
//   - a symbol defined once in all the inputs and present in the output:
//     the section starts at its output value minus its input value;
//   - else a relocation whose type and symbol occur once in the inputs and
//     once in the output: the section starts at its output offset minus its
//     input offset.
//
// A section without an anchor is named by its output section, as before.
//
//===----------------------------------------------------------------------===//
#include "ArchiveMember.h"
#include "Context.h"
#include "Move.h"
#include "Plan.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/BinaryFormat/Magic.h"
#include "llvm/Object/Archive.h"
#include "llvm/Object/ELF.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"

#include <memory>
#include <optional>

using namespace llvm;
using namespace llvm::ELF;
using namespace llvm::object;

namespace rrld {

namespace {

using Shdr = ELF32LE::Shdr;
using Sym = ELF32LE::Sym;

// ARM mapping symbols ($a, $t, $d and $x.N) mark code and data runs; every
// object has them, so they anchor nothing.
bool isMappingSymbol(StringRef name) {
  return name.size() >= 2 && name[0] == '$' && StringRef("atd").contains(name[1]) &&
         (name.size() == 2 || name[2] == '.');
}

// A function's value carries the Thumb bit in both the inputs and the output.
uint32_t symbolAddress(uint32_t value, uint8_t type) {
  return type == STT_FUNC ? value & ~1u : value;
}

struct InSection {
  MapEntry entry; // addr unknown until anchored
  bool anchored = false;
};

class Namer {
public:
  explicit Namer(const LinkedElf &elf) : elf(elf) {}
  void read(const std::string &path);
  std::vector<MapEntry> anchor();

private:
  void scan(MemoryBufferRef mb, const std::string &file, StringRef member);

  const LinkedElf &elf;
  std::vector<InSection> sections;
  // Candidates by symbol name, and by (relocation type, symbol name):
  // (index into `sections`, offset in it); more than one means ambiguous.
  StringMap<SmallVector<std::pair<uint32_t, uint32_t>, 1>> bySymbol;
  std::map<std::pair<uint32_t, std::string>, SmallVector<std::pair<uint32_t, uint32_t>, 1>>
      byReloc;
  std::vector<std::unique_ptr<MemoryBuffer>> buffers;
};

void Namer::read(const std::string &path) {
  if (!sys::fs::is_regular_file(path))
    return;
  auto mb = MemoryBuffer::getFile(path, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!mb)
    return;
  MemoryBufferRef ref = (*mb)->getMemBufferRef();
  file_magic magic = identify_magic(ref.getBuffer());
  if (magic == file_magic::elf_relocatable) {
    scan(ref, path, "");
  } else if (magic == file_magic::archive) {
    Expected<std::unique_ptr<Archive>> ar = Archive::create(ref);
    if (!ar) {
      consumeError(ar.takeError());
      return;
    }
    Error err = Error::success();
    for (const Archive::Child &c : (*ar)->children(err)) {
      Expected<MemoryBufferRef> member = c.getMemoryBufferRef();
      Expected<StringRef> name = c.getName();
      if (!member || !name) {
        consumeError(member.takeError());
        consumeError(name.takeError());
        continue;
      }
      if (!(*ar)->isThin() && !insideBuffer(ref.getBuffer(), member->getBuffer()))
        continue; // truncated
      if (identify_magic(member->getBuffer()) == file_magic::elf_relocatable)
        scan(*member, path, *name);
    }
    consumeError(std::move(err));
  }
  buffers.push_back(std::move(*mb));
}

void Namer::scan(MemoryBufferRef mb, const std::string &file, StringRef member) {
  Expected<ELFFile<ELF32LE>> f = ELFFile<ELF32LE>::create(mb.getBuffer());
  if (!f) {
    consumeError(f.takeError());
    return;
  }
  Expected<ArrayRef<Shdr>> secs = f->sections();
  if (!secs) {
    consumeError(secs.takeError());
    return;
  }
  // Section index -> index into `sections`, for allocated sections.
  std::vector<int64_t> index(secs->size(), -1);
  for (size_t i = 1; i < secs->size(); ++i) {
    const Shdr &s = (*secs)[i];
    if (!(s.sh_flags & SHF_ALLOC) || s.sh_size == 0)
      continue;
    Expected<StringRef> name = f->getSectionName(s);
    if (!name) {
      consumeError(name.takeError());
      continue;
    }
    InSection in;
    in.entry.size = s.sh_size;
    in.entry.file = file;
    in.entry.member = member.str();
    in.entry.name = name->str();
    in.entry.desc = file + (member.empty() ? "" : "(" + member.str() + ")") + ":(" +
                    name->str() + ")";
    index[i] = sections.size();
    sections.push_back(std::move(in));
  }
  const Shdr *symtab = nullptr;
  for (const Shdr &s : *secs)
    if (s.sh_type == SHT_SYMTAB)
      symtab = &s;
  if (!symtab)
    return;
  Expected<ArrayRef<Sym>> syms = f->symbols(symtab);
  Expected<StringRef> strtab = f->getStringTableForSymtab(*symtab);
  if (!syms || !strtab) {
    consumeError(syms.takeError());
    consumeError(strtab.takeError());
    return;
  }
  auto nameOf = [&](const Sym &s) -> StringRef {
    Expected<StringRef> n = s.getName(*strtab);
    if (!n) {
      consumeError(n.takeError());
      return "";
    }
    return *n;
  };
  for (const Sym &s : *syms) {
    if (s.getType() == STT_SECTION || s.getType() == STT_FILE || s.st_shndx == SHN_UNDEF ||
        s.st_shndx >= secs->size() || index[s.st_shndx] < 0)
      continue;
    StringRef name = nameOf(s);
    if (name.empty() || isMappingSymbol(name))
      continue;
    bySymbol[name].push_back(
        {uint32_t(index[s.st_shndx]), symbolAddress(s.st_value, s.getType())});
  }
  for (const Shdr &rs : *secs) {
    if (rs.sh_type != SHT_REL || rs.sh_info >= secs->size() || index[rs.sh_info] < 0)
      continue;
    auto rels = f->rels(rs);
    if (!rels) {
      consumeError(rels.takeError());
      continue;
    }
    for (const ELF32LE::Rel &r : *rels) {
      uint32_t si = r.getSymbol(false);
      if (si >= syms->size() || (*syms)[si].getType() == STT_SECTION)
        continue;
      StringRef name = nameOf((*syms)[si]);
      if (!name.empty())
        byReloc[{r.getType(false), name.str()}].push_back(
            {uint32_t(index[rs.sh_info]), uint32_t(r.r_offset)});
    }
  }
}

std::vector<MapEntry> Namer::anchor() {
  auto place = [&](std::pair<uint32_t, uint32_t> at, uint32_t addr) {
    InSection &in = sections[at.first];
    if (!in.anchored) {
      in.entry.addr = addr - at.second;
      in.anchored = true;
    }
  };
  // Symbols defined once in the output too.
  StringMap<SmallVector<uint32_t, 1>> outSymbols;
  for (const OutSymbol &s : elf.symbols)
    if (s.type != STT_SECTION && !s.name.empty() && s.shndx != SHN_UNDEF &&
        s.shndx < elf.sections.size())
      outSymbols[s.name].push_back(symbolAddress(s.value, s.type));
  for (auto &[name, ins] : bySymbol) {
    auto it = outSymbols.find(name);
    if (ins.size() == 1 && it != outSymbols.end() && it->second.size() == 1)
      place(ins[0], it->second[0]);
  }
  // Relocations, for sections without a symbol of their own.
  std::map<std::pair<uint32_t, std::string>, SmallVector<uint32_t, 1>> outRelocs;
  for (const OutReloc &r : elf.relocs) {
    const OutSymbol &s = elf.symbols[r.sym];
    if (s.type != STT_SECTION && !s.name.empty())
      outRelocs[{r.type, s.name.str()}].push_back(r.offset);
  }
  for (auto &[key, ins] : byReloc) {
    auto it = outRelocs.find(key);
    if (ins.size() == 1 && it != outRelocs.end() && it->second.size() == 1)
      place(ins[0], it->second[0]);
  }
  std::vector<MapEntry> out;
  for (InSection &in : sections) {
    if (!in.anchored)
      continue;
    const OutSection *os = elf.sectionAt(in.entry.addr);
    // The anchor must put the whole section inside one output section.
    if (os && in.entry.size <= os->addr + os->size - in.entry.addr)
      out.push_back(std::move(in.entry));
  }
  return out;
}

} // namespace

InputMap InputMap::fromInputs(const LinkedElf &elf, ArrayRef<std::string> lldArgs) {
  Namer namer(elf);
  for (const std::string &path : inputPaths(lldArgs))
    namer.read(path);
  InputMap map;
  map.entries = namer.anchor();
  return map;
}

} // namespace rrld
