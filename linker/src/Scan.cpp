//===- Scan.cpp -----------------------------------------------------------===//
#include "Scan.h"

#include "ArchiveMember.h"
#include "InputCheck.h"
#include "Plan.h"

#include "llvm/BinaryFormat/ELF.h"
#include "llvm/BinaryFormat/Magic.h"
#include "llvm/Object/ELF.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Parallel.h"

using namespace llvm;
using namespace llvm::ELF;
using namespace llvm::object;

namespace rrld {

bool ScanSection::isAlloc() const { return flags & SHF_ALLOC; }

bool ScanSection::isData() const {
  return type == SHT_PROGBITS && (flags & SHF_ALLOC) && !(flags & SHF_EXECINSTR);
}

bool ScanSection::isRoData() const { return isData() && !(flags & SHF_WRITE); }

std::string ScanObject::name() const {
  return member.empty() ? file : file + "(" + member + ")";
}

bool ScanObject::inSection(const ScanSymbol &s) const {
  return s.shndx != SHN_UNDEF && s.shndx < SHN_LORESERVE && s.shndx < sections.size();
}

void InputScan::index() {
  objects.clear();
  globals.clear();
  size_t nsyms = 0;
  for (const ScanInput &in : inputs)
    for (const ScanObject &o : in.objects) {
      objects.push_back(&o);
      nsyms += o.symbols.size();
    }
  // The first strong definition of each global, else the first weak one.
  globals.reserve(nsyms / 2);
  for (uint32_t i = 0; i < objects.size(); ++i) {
    const ScanObject &o = *objects[i];
    for (uint32_t k = 0; k < o.symbols.size(); ++k) {
      const ScanSymbol &s = o.symbols[k];
      if (s.binding == STB_LOCAL || s.name.empty() || (!o.inSection(s) && s.shndx != SHN_COMMON))
        continue;
      auto [it, inserted] = globals.try_emplace(CachedHashStringRef(s.name), Definition{i, k});
      if (!inserted && s.binding != STB_WEAK &&
          objects[it->second.obj]->symbols[it->second.sym].binding == STB_WEAK)
        it->second = {i, k};
    }
  }
}

const Definition *InputScan::find(StringRef name) const {
  auto it = globals.find(CachedHashStringRef(name));
  return it == globals.end() ? nullptr : &it->second;
}

namespace {

using Shdr = ELF32LE::Shdr;
using Sym = ELF32LE::Sym;

// Whether a relocation in an allocated section can matter to the plan or
// the data order: an absolute word in data, or a reference through r9.
bool keep(uint32_t type, bool inData, const ArmOptions &arm) {
  RelKind kind = getRelKind(type, arm);
  if (kind == RelKind::SbRel || kind == RelKind::GotRel)
    return true;
  // The data order counts R_ARM_TARGET1 as absolute unless --target1-rel.
  return inData && (kind == RelKind::Abs || type == R_ARM_TARGET1);
}

Error scanElf(const ELFFile<ELF32LE> &f, const ArmOptions &arm, ScanObject &obj) {
  Expected<ArrayRef<Shdr>> secs = f.sections();
  if (!secs)
    return secs.takeError();
  obj.sections.reserve(secs->size());
  // Read once: getSectionName(Shdr) alone would look it up per section.
  Expected<StringRef> shstrtab = f.getSectionStringTable(*secs);
  if (!shstrtab)
    return shstrtab.takeError();
  MProfileCheck check;
  const Shdr *symtab = nullptr;
  for (const Shdr &s : *secs) {
    Expected<StringRef> name = f.getSectionName(s, *shstrtab);
    if (!name)
      return name.takeError();
    ScanSection sec;
    sec.name = *name;
    sec.type = s.sh_type;
    sec.flags = s.sh_flags;
    sec.size = s.sh_size;
    obj.sections.push_back(sec);
    if (s.sh_type == SHT_SYMTAB)
      symtab = &s;
    if (s.sh_type == SHT_ARM_ATTRIBUTES) {
      Expected<ArrayRef<uint8_t>> data = f.getSectionContents(s);
      if (data) {
        check.attributes(*data);
        obj.floatAbi = floatAbiOf(*data);
      }
      else
        consumeError(data.takeError());
    }
  }
  // Diagnostics name a section by its index when it has no name.
  auto secName = [&](uint32_t i) -> std::string {
    if (i < obj.sections.size())
      return obj.sections[i].name.str();
    return "section " + std::to_string(i);
  };

  if (symtab) {
    Expected<ArrayRef<Sym>> syms = f.symbols(symtab);
    if (!syms)
      return syms.takeError();
    Expected<StringRef> strtab = f.getStringTableForSymtab(*symtab);
    if (!strtab)
      return strtab.takeError();
    obj.symbols.reserve(syms->size());
    for (const Sym &s : *syms) {
      Expected<StringRef> name = s.getName(*strtab);
      if (!name)
        return name.takeError();
      ScanSymbol sym{*name, s.st_shndx, s.st_value, s.getBinding(), s.getType()};
      obj.symbols.push_back(sym);
      if (name->starts_with("$a"))
        check.symbol(*name, secName(s.st_shndx), s.st_value);
      if (sym.type == STT_SECTION || sym.type == STT_FILE || name->empty() ||
          !obj.inSection(sym))
        continue;
      ScanSection &in = obj.sections[sym.shndx];
      bool global = sym.binding != STB_LOCAL;
      if (in.orderName.empty() || (global && !in.orderNameGlobal)) {
        in.orderName = sym.name;
        in.orderNameGlobal = global;
      }
    }
  }

  for (const Shdr &rs : *secs) {
    if (rs.sh_type != SHT_REL && rs.sh_type != SHT_RELA)
      continue;
    uint32_t holder = rs.sh_info;
    bool known = holder < obj.sections.size();
    bool alloc = known && obj.sections[holder].isAlloc();
    bool inData = known && obj.sections[holder].isData();
    ScanRelocSection kept;
    kept.holder = holder;
    // REL (what ARM compilers emit) and RELA, read the same way.
    auto readAll = [&](auto rels) -> Error {
      if (!rels) {
        // Only allocated sections' relocations decide anything.
        if (alloc)
          return rels.takeError();
        consumeError(rels.takeError());
        return Error::success();
      }
      for (const auto &r : *rels) {
        uint32_t type = r.getType(false);
        if (isA32Reloc(type))
          check.reloc(type, secName(holder), r.r_offset);
        if (!known)
          continue;
        if (!alloc) {
          // Debug info of -frwpi code: lld refuses these (DebugInfo.h).
          obj.sbrelNonAlloc |= type == R_ARM_SBREL32;
          continue;
        }
        if (!symtab || !keep(type, inData, arm))
          continue;
        uint32_t sym = r.getSymbol(false);
        if (sym >= obj.symbols.size())
          return createStringError("bad symbol index");
        kept.relocs.push_back({uint32_t(r.r_offset), type, sym});
      }
      return Error::success();
    };
    if (Error e = rs.sh_type == SHT_REL ? readAll(f.rels(rs)) : readAll(f.relas(rs)))
      return e;
    if (!kept.relocs.empty())
      obj.relocs.push_back(std::move(kept));
  }
  obj.notM = check.result();
  return Error::success();
}

ScanInput read(const std::string &path, const ArmOptions &arm) {
  ScanInput in;
  // Regular files only: a value such as `-o /dev/stdout` must not be read.
  if (!sys::fs::is_regular_file(path))
    return in;
  auto mb = MemoryBuffer::getFile(path, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!mb)
    return in;
  MemoryBufferRef ref = (*mb)->getMemBufferRef();
  file_magic magic = identify_magic(ref.getBuffer());
  if (magic == file_magic::elf_relocatable) {
    if (std::optional<ScanObject> o = scanObject(ref, path, "", arm))
      in.objects.push_back(std::move(*o));
  } else if (magic == file_magic::archive) {
    Expected<std::unique_ptr<Archive>> ar = Archive::create(ref);
    if (!ar) {
      consumeError(ar.takeError());
      return in;
    }
    Error err = Error::success();
    for (const Archive::Child &c : (*ar)->children(err)) {
      Expected<MemoryBufferRef> member = c.getMemoryBufferRef();
      if (!member) {
        consumeError(member.takeError());
        continue;
      }
      Expected<StringRef> name = c.getName();
      if (!name) {
        consumeError(name.takeError());
        continue;
      }
      if (!(*ar)->isThin() && !insideBuffer(ref.getBuffer(), member->getBuffer()))
        continue; // truncated: lld reports it
      if (identify_magic(member->getBuffer()) == file_magic::elf_relocatable)
        if (std::optional<ScanObject> o = scanObject(*member, path, *name, arm))
          in.objects.push_back(std::move(*o));
    }
    consumeError(std::move(err));
    in.archive = std::move(*ar);
  }
  in.buffer = std::move(*mb);
  return in;
}

} // namespace

std::optional<ScanObject> scanObject(MemoryBufferRef mb, const std::string &file,
                                     StringRef member, const ArmOptions &arm) {
  Expected<ELFFile<ELF32LE>> f = ELFFile<ELF32LE>::create(mb.getBuffer());
  if (!f) {
    consumeError(f.takeError());
    return std::nullopt;
  }
  if (f->getHeader().e_machine != EM_ARM)
    return std::nullopt;
  ScanObject obj;
  obj.file = file;
  obj.member = member.str();
  if (Error e = scanElf(*f, arm, obj)) {
    consumeError(std::move(e));
    return std::nullopt;
  }
  return obj;
}

InputScan scanInputs(ArrayRef<std::string> lldArgs, const ArmOptions &arm) {
  std::vector<std::string> paths = inputPaths(lldArgs);
  InputScan scan;
  scan.inputs.resize(paths.size());
  // The files are independent: read them in parallel.
  parallelFor(0, paths.size(), [&](size_t i) { scan.inputs[i] = read(paths[i], arm); });
  scan.index();
  return scan;
}

} // namespace rrld
