//===- Group.cpp ----------------------------------------------------------===//
#include "Group.h"

#include "Plan.h"
#include "ArchiveMember.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/BinaryFormat/Magic.h"
#include "llvm/Object/Archive.h"
#include "llvm/Object/ELF.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Parallel.h"

#include <memory>
#include <vector>

using namespace llvm;
using namespace llvm::ELF;
using namespace llvm::object;

namespace rrld {

namespace {

using Shdr = ELF32LE::Shdr;
using Sym = ELF32LE::Sym;

// Where the absolute words of one data section point.
struct DataSection {
  StringRef symbol; // a symbol defined in it, for the ordering file
  bool writable = false;
  uint32_t toRo = 0, toRw = 0, unknown = 0;
};

// One input object: its data sections that hold absolute words, and the
// undefined symbols those words name, resolved once every object is read.
struct Object {
  std::vector<DataSection> sections;
  std::vector<std::pair<uint32_t, StringRef>> undefinedRefs; // (index in sections, name)
  std::vector<std::pair<StringRef, bool>> globals;           // defined here; in a writable section
  bool ok = false;
};

// One input file: an object, or an archive and its members, in order.
struct Input {
  // The names in `objects` point into these (a thin archive's members are
  // buffers the Archive owns).
  std::unique_ptr<MemoryBuffer> buffer;
  std::unique_ptr<Archive> archive;
  std::vector<Object> objects;
};

class Scanner {
public:
  explicit Scanner(bool target1Abs) : target1Abs(target1Abs) {}

  GroupOrder order(ArrayRef<StringRef> paths) const;

private:
  Input read(StringRef path) const;
  Object scan(MemoryBufferRef mb) const;
  Error scan(const ELFFile<ELF32LE> &f, Object &obj) const;

  bool target1Abs;
};

Input Scanner::read(StringRef path) const {
  Input in;
  // Regular files only: a value such as `-o /dev/stdout` must not be read.
  if (!sys::fs::is_regular_file(path))
    return in;
  auto mb = MemoryBuffer::getFile(path, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!mb)
    return in;
  MemoryBufferRef ref = (*mb)->getMemBufferRef();
  file_magic magic = identify_magic(ref.getBuffer());
  if (magic == file_magic::elf_relocatable) {
    in.objects.push_back(scan(ref));
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
      if (!(*ar)->isThin() && !insideBuffer(ref.getBuffer(), member->getBuffer()))
        continue; // truncated: lld reports it
      if (identify_magic(member->getBuffer()) == file_magic::elf_relocatable)
        in.objects.push_back(scan(*member));
    }
    consumeError(std::move(err));
    in.archive = std::move(*ar);
  }
  in.buffer = std::move(*mb);
  return in;
}

Object Scanner::scan(MemoryBufferRef mb) const {
  Object obj;
  Expected<ELFFile<ELF32LE>> f = ELFFile<ELF32LE>::create(mb.getBuffer());
  if (!f) {
    consumeError(f.takeError());
    return obj;
  }
  if (f->getHeader().e_machine != EM_ARM)
    return obj;
  if (Error e = scan(*f, obj)) {
    consumeError(std::move(e));
    return Object();
  }
  obj.ok = true;
  return obj;
}

// Records the object's data sections that hold absolute words and what each
// word's symbol is.  An object with anything malformed is dropped whole.
Error Scanner::scan(const ELFFile<ELF32LE> &f, Object &obj) const {
  Expected<ArrayRef<Shdr>> secs = f.sections();
  if (!secs)
    return secs.takeError();
  const Shdr *symtab = nullptr;
  for (const Shdr &s : *secs)
    if (s.sh_type == SHT_SYMTAB)
      symtab = &s;
  if (!symtab)
    return Error::success();
  Expected<ArrayRef<Sym>> syms = f.symbols(symtab);
  if (!syms)
    return syms.takeError();
  Expected<StringRef> strtab = f.getStringTableForSymtab(*symtab);
  if (!strtab)
    return strtab.takeError();

  // Data sections: allocated, with contents, not code.
  auto isData = [](const Shdr &s) {
    return s.sh_type == SHT_PROGBITS && (s.sh_flags & SHF_ALLOC) && !(s.sh_flags & SHF_EXECINSTR);
  };
  auto inSection = [&](const Sym &s) {
    return s.st_shndx != SHN_UNDEF && s.st_shndx < SHN_LORESERVE && s.st_shndx < secs->size();
  };
  auto writableSection = [&](const Sym &s) {
    return s.st_shndx == SHN_COMMON || (inSection(s) && ((*secs)[s.st_shndx].sh_flags & SHF_WRITE));
  };

  // Each data section's name for the ordering file: a global symbol in it if
  // there is one (a local name may repeat in other objects), else a local.
  std::vector<StringRef> names(secs->size());
  std::vector<bool> global(secs->size());
  for (const Sym &s : *syms) {
    uint8_t type = s.getType();
    if (type == STT_SECTION || type == STT_FILE)
      continue;
    bool isGlobal = s.getBinding() != STB_LOCAL;
    bool defined = inSection(s) || s.st_shndx == SHN_COMMON;
    if (!defined)
      continue;
    Expected<StringRef> name = s.getName(*strtab);
    if (!name)
      return name.takeError();
    if (name->empty())
      continue;
    if (isGlobal)
      obj.globals.push_back({*name, writableSection(s)});
    if (!inSection(s) || (!names[s.st_shndx].empty() && (global[s.st_shndx] || !isGlobal)))
      continue;
    names[s.st_shndx] = *name;
    global[s.st_shndx] = isGlobal;
  }

  for (const Shdr &rs : *secs) {
    if ((rs.sh_type != SHT_REL && rs.sh_type != SHT_RELA) || rs.sh_info >= secs->size())
      continue;
    const Shdr &target = (*secs)[rs.sh_info];
    if (!isData(target) || names[rs.sh_info].empty())
      continue;
    DataSection ds;
    ds.symbol = names[rs.sh_info];
    ds.writable = target.sh_flags & SHF_WRITE;
    auto add = [&](uint32_t type, uint32_t symIndex) -> Error {
      if (type != R_ARM_ABS32 && !(type == R_ARM_TARGET1 && target1Abs))
        return Error::success();
      if (symIndex >= syms->size())
        return createStringError("bad symbol index");
      const Sym &s = (*syms)[symIndex];
      if (s.st_shndx == SHN_UNDEF) {
        Expected<StringRef> name = s.getName(*strtab);
        if (!name)
          return name.takeError();
        obj.undefinedRefs.push_back({uint32_t(obj.sections.size()), *name});
      } else if (s.st_shndx == SHN_ABS) {
        // An absolute value: nothing to relocate.
      } else if (writableSection(s)) {
        ++ds.toRw;
      } else if (inSection(s)) {
        ++ds.toRo;
      } else {
        ++ds.unknown;
      }
      return Error::success();
    };
    // REL (what ARM compilers emit) and RELA, read the same way.
    auto addAll = [&](auto rels) -> Error {
      if (!rels)
        return rels.takeError();
      for (const auto &r : *rels)
        if (Error e = add(r.getType(false), r.getSymbol(false)))
          return e;
      return Error::success();
    };
    if (Error e = rs.sh_type == SHT_REL ? addAll(f.rels(rs)) : addAll(f.relas(rs)))
      return e;
    obj.sections.push_back(ds);
  }
  return Error::success();
}

GroupOrder Scanner::order(ArrayRef<StringRef> paths) const {
  // The files are independent: read them in parallel, then resolve each
  // word naming an undefined symbol against the global symbols defined
  // anywhere (the first definition, as the linker takes it).
  std::vector<Input> inputs(paths.size());
  parallelFor(0, paths.size(), [&](size_t i) { inputs[i] = read(paths[i]); });
  StringMap<bool> globalWritable;
  GroupOrder out;
  for (const Input &in : inputs)
    for (const Object &obj : in.objects) {
      out.inputs += obj.ok;
      for (auto [name, writable] : obj.globals)
        globalWritable.try_emplace(name, writable);
    }

  // 0: read-only data holding addresses; 1: RW pointing only into flash;
  // 2: RW pointing both ways, or at symbols no input defines; 3: RW pointing
  // only into RAM.
  std::vector<StringRef> groups[4];
  for (Input &in : inputs)
    for (Object &obj : in.objects) {
      for (auto [index, name] : obj.undefinedRefs) {
        DataSection &ds = obj.sections[index];
        auto it = globalWritable.find(name);
        if (it == globalWritable.end())
          ++ds.unknown;
        else if (it->second)
          ++ds.toRw;
        else
          ++ds.toRo;
      }
      for (const DataSection &ds : obj.sections) {
        if (!ds.toRo && !ds.toRw && !ds.unknown)
          continue;
        int g = !ds.writable ? 0 : ds.unknown ? 2 : ds.toRo && ds.toRw ? 2 : ds.toRo ? 1 : 3;
        groups[g].push_back(ds.symbol);
      }
    }
  StringSet<> seen;
  for (const std::vector<StringRef> &g : groups)
    for (StringRef name : g)
      if (seen.insert(name).second) {
        out.text += name;
        out.text += '\n';
        ++out.sections;
      }
  return out;
}

} // namespace

GroupOrder groupPointerData(ArrayRef<std::string> lldArgs, bool target1Abs) {
  // The inputs as lld finds them: -l through the -L directories too, so
  // that "-Llib -lfoo" and "lib/libfoo.a" give the same order.
  std::vector<std::string> all = inputPaths(lldArgs);
  std::vector<StringRef> paths(all.begin(), all.end());
  return Scanner(target1Abs).order(paths);
}

} // namespace rrld
