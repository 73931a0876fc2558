//===- Scan.cpp -----------------------------------------------------------===//
#include "Scan.h"

#include "ArchiveMember.h"
#include "Context.h"
#include "InputCheck.h"
#include "Plan.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/BinaryFormat/Magic.h"
#include "llvm/Object/ELF.h"
#include "llvm/Support/Compiler.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Parallel.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <new>
#include <sys/stat.h>
#include <type_traits>
#include <unistd.h>

using namespace llvm;
using namespace llvm::ELF;
using namespace llvm::object;

namespace rrld {

std::string ScanObject::name() const {
  return member.empty() ? file : file + "(" + member + ")";
}

// Marks the archive members `lazy` names that the loaded objects' strong
// references and `roots` pull in, and theirs in turn.
static void loadMembers(ArrayRef<const ScanObject *> objects,
                        const DenseMap<CachedHashStringRef, uint32_t> &lazy,
                        ArrayRef<std::string> roots, std::vector<bool> &loaded) {
  DenseSet<CachedHashStringRef> defined;
  std::vector<StringRef> wanted(roots.begin(), roots.end());
  auto add = [&](const ScanObject &o) {
    for (const ScanSymbol &s : o.symbols) {
      if (s.binding == STB_LOCAL || s.name.empty())
        continue;
      if (s.shndx != SHN_UNDEF)
        defined.insert(CachedHashStringRef(s.name));
      else if (s.binding == STB_GLOBAL)
        wanted.push_back(s.name);
    }
  };
  for (size_t i = 0; i < objects.size(); ++i)
    if (loaded[i])
      add(*objects[i]);
  while (!wanted.empty()) {
    CachedHashStringRef name(wanted.back());
    wanted.pop_back();
    if (defined.contains(name))
      continue;
    auto it = lazy.find(name);
    if (it == lazy.end() || loaded[it->second])
      continue;
    loaded[it->second] = true;
    add(*objects[it->second]);
  }
}

// InputScan::sawEverything, from the inputs as read.
static bool everyInputRead(ArrayRef<ScanInput> inputs) {
  for (const ScanInput &in : inputs) {
    if (in.missing)
      continue; // lld cannot open it either
    if (!in.read)
      return false;
    if (in.magic == file_magic::elf_shared_object)
      continue;
    if (in.magic == file_magic::elf_relocatable && in.objects.size() == 1)
      continue;
    if (in.magic != file_magic::archive || !in.archive)
      return false;
    size_t members = 0;
    Error err = Error::success();
    for (const object::Archive::Child &c : in.archive->children(err)) {
      (void)c;
      ++members;
    }
    if (err) {
      consumeError(std::move(err));
      return false;
    }
    if (members != in.objects.size())
      return false;
  }
  return true;
}

void InputScan::index(ArrayRef<std::string> roots) {
  objects.clear();
  globals.clear();
  size_t nobjs = 0, nsyms = 0;
  for (const ScanInput &in : inputs)
    nobjs += in.objects.size();
  objects.reserve(nobjs);
  loaded.assign(nobjs, false);
  // Archive members wait for a reference (lazy); the other objects load.
  DenseMap<CachedHashStringRef, uint32_t> lazy; // each symbol's first member
  for (const ScanInput &in : inputs)
    for (const ScanObject &o : in.objects) {
      uint32_t i = objects.size();
      objects.push_back(&o);
      nsyms += o.symbols.size();
      if (o.member.empty() || in.wholeArchive) {
        loaded[i] = true;
        continue;
      }
      for (const ScanSymbol &s : o.symbols)
        if (s.binding != STB_LOCAL && !s.name.empty() && s.shndx != SHN_UNDEF)
          lazy.try_emplace(CachedHashStringRef(s.name), i);
    }
  // An input the scan did not read (LLVM bitcode, a linker script naming
  // more inputs) may refer to any member: then all of them count.
  seenAll = everyInputRead(inputs);
  if (!seenAll)
    loaded.assign(nobjs, true);
  else if (!lazy.empty())
    loadMembers(objects, lazy, roots, loaded);
  // The first strong definition of each global, else the first weak one.
  globals.reserve(nsyms / 2);
  for (uint32_t i = 0; i < objects.size(); ++i) {
    if (!loaded[i])
      continue;
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

// What the scan does with each relocation type (8 bits in ELF32's r_info),
// decided once per scan: whether only A32 code carries it (InputCheck.h),
// and whether it can matter to the plan or the data order: a reference
// through r9 from anywhere allocated, or an absolute word in data (the data
// order counts R_ARM_TARGET1 as absolute unless --target1-rel).
enum : uint8_t { RelA32 = 1, KeepInAlloc = 2, KeepInData = 4 };
struct RelTable {
  uint8_t flags[256];
  // The bytes lld reads at a relocation's offset for its addend: the narrow
  // data and 16-bit Thumb instruction types, nothing for R_ARM_NONE, else a
  // word (or a 32-bit instruction).
  uint8_t width[256];
  explicit RelTable(const ArmOptions &arm) {
    for (uint32_t type = 0; type < 256; ++type) {
      RelKind kind = getRelKind(type, arm);
      uint8_t f = isA32Reloc(type) ? RelA32 : 0;
      if (kind == RelKind::SbRel || kind == RelKind::GotRel)
        f |= KeepInAlloc | KeepInData;
      else if (kind == RelKind::Abs || type == R_ARM_TARGET1)
        f |= KeepInData;
      flags[type] = f;
      width[type] = widthOf(type);
    }
  }
  static uint8_t widthOf(uint32_t type) {
    switch (type) {
    case R_ARM_NONE:
      return 0;
    case R_ARM_ABS8:
      return 1;
    case R_ARM_ABS16:
    case R_ARM_THM_ABS5:
    case R_ARM_THM_PC8:
    case R_ARM_THM_SWI8:
    case R_ARM_THM_JUMP6:
    case R_ARM_THM_TLS_DESCSEQ16:
    case R_ARM_THM_JUMP11:
    case R_ARM_THM_JUMP8:
    case R_ARM_THM_ALU_ABS_G0_NC:
    case R_ARM_THM_ALU_ABS_G1_NC:
    case R_ARM_THM_ALU_ABS_G2_NC:
    case R_ARM_THM_ALU_ABS_G3:
      return 2;
    default:
      return 4;
    }
  }
};

// The build attributes of the objects of one compiler and one set of flags
// are the same bytes: each thread remembers the last ones it read and what
// they said.
struct AttributesSeen {
  std::vector<uint8_t> bytes;
  bool valid = false;
  std::optional<std::string> profile;
  FloatAbi floatAbi = FloatAbi::None;
};

using Shdr = ELF32LE::Shdr;
using Sym = ELF32LE::Sym;

// The name at `off` in a string table ELFFile returned (it checked that the
// table ends in NUL): what getSectionName and Sym::getName do, without an
// Expected per name.  Section symbols and the null entries have empty
// names: those need no strlen.
std::optional<StringRef> nameAt(StringRef table, uint32_t off) {
  if (off >= table.size())
    return std::nullopt;
  const char *p = table.data() + off;
  return *p ? StringRef(p) : StringRef();
}

// The record's one allocation (see Scan.h), carved into its arrays and the
// copied string tables; 8-byte units keep every array aligned.
static_assert(alignof(ScanSection) <= 8 && alignof(ScanSymbol) <= 8 &&
              alignof(ScanReloc) <= 8);
static_assert(std::is_trivially_copyable_v<ScanSection> &&
              std::is_trivially_copyable_v<ScanSymbol> &&
              std::is_trivially_copyable_v<ScanReloc>);
size_t words(size_t bytes) { return (bytes + 7) / 8; }

// Diagnostics name a section by its index when it has no name.
std::string sectionName(const ScanObject &obj, uint32_t i) {
  if (i < obj.sections.size())
    return obj.sections[i].name.str();
  return "section " + std::to_string(i);
}

// The rare findings of the relocation loop, out of line so that building
// their messages does not crowd the loop's registers.
LLVM_ATTRIBUTE_NOINLINE void noteOutside(ScanObject &obj, uint32_t type, uint32_t offset,
                                         uint32_t holder, uint32_t room) {
  obj.badReloc = "relocation " + utostr(type) + " at offset 0x" +
                 utohexstr(offset, /*LowerCase=*/true) + " lies outside " +
                 (obj.sections[holder].name.empty() ? "section " + utostr(holder)
                                                    : obj.sections[holder].name.str()) +
                 " (" + utostr(room) + " bytes of contents)";
}
LLVM_ATTRIBUTE_NOINLINE void noteArmSymbol(MProfileCheck &check, const ScanObject &obj,
                                           const ScanSymbol &sym) {
  check.symbol(sym.name, sectionName(obj, sym.shndx), sym.value);
}
// An .ARM.attributes section: the profile and float ABI it records, read
// once per distinct contents (AttributesSeen).
void readAttributes(const ELFFile<ELF32LE> &f, const Shdr &sh, AttributesSeen &attrs,
                    MProfileCheck &check, ScanObject &obj) {
  Expected<ArrayRef<uint8_t>> contents = f.getSectionContents(sh);
  if (!contents) {
    consumeError(contents.takeError());
    return;
  }
  if (!attrs.valid || ArrayRef<uint8_t>(attrs.bytes) != *contents) {
    MProfileCheck fresh;
    fresh.attributes(*contents);
    attrs.bytes.assign(contents->begin(), contents->end());
    attrs.profile = std::move(fresh.profile);
    attrs.floatAbi = floatAbiOf(*contents);
    attrs.valid = true;
  }
  if (!check.profile)
    check.profile = attrs.profile;
  obj.floatAbi = attrs.floatAbi;
}
LLVM_ATTRIBUTE_NOINLINE void noteA32(MProfileCheck &check, const ScanObject &obj, uint32_t type,
                                     uint32_t offset, uint32_t holder) {
  check.reloc(type, sectionName(obj, holder), offset);
}

// Reads one ELF32 little-endian relocatable into `obj` with LLVM Object's
// ELFFile (views of the buffer, nothing copied); false if anything it needs
// is malformed.  `copyStrings`: the names are copied into obj.storage, as
// `data` will not outlive the record.
bool scanElfRecord(StringRef data, const RelTable &rt, AttributesSeen &attrs, bool copyStrings,
                   ScanObject &obj);

// An object the scan cannot read is left to lld, which names the problem;
// but one whose section headers already showed what crashes lld is kept,
// empty, with that reason (badReloc), so that the link stops first.
bool scanElf(StringRef data, const RelTable &rt, AttributesSeen &attrs, bool copyStrings,
             ScanObject &obj) {
  if (scanElfRecord(data, rt, attrs, copyStrings, obj))
    return true;
  if (!obj.badReloc)
    return false;
  obj.sections = {};
  obj.symbols = {};
  obj.relocs = {};
  return true;
}

bool scanElfRecord(StringRef data, const RelTable &rt, AttributesSeen &attrs, bool copyStrings,
                   ScanObject &obj) {
  Expected<ELFFile<ELF32LE>> file = ELFFile<ELF32LE>::create(data);
  if (!file) {
    consumeError(file.takeError());
    return false;
  }
  const ELFFile<ELF32LE> &f = *file;
  const ELF32LE::Ehdr &eh = f.getHeader();
  if (eh.getFileClass() != ELFCLASS32 || eh.getDataEncoding() != ELFDATA2LSB ||
      eh.e_machine != EM_ARM)
    return false;
  auto ok = [](auto &&expected) {
    if (expected)
      return true;
    consumeError(expected.takeError());
    return false;
  };
  Expected<ArrayRef<Shdr>> secs = f.sections();
  if (!ok(secs))
    return false;
  // Read once: getSectionName(Shdr) alone would look it up per section.
  Expected<StringRef> sectionNames = f.getSectionStringTable(*secs);
  if (!ok(sectionNames))
    return false;
  StringRef shstrtab = *sectionNames;

  // What the record's allocation must hold: the symbol table's entries (the
  // last symbol table's), room for every relocation ELFFile can return (a
  // relocation section's, if it lies inside the file: else ELFFile refuses
  // it), the string tables.
  const Shdr *symtab = nullptr;
  size_t relEntries = 0;
  SmallVector<const Shdr *, 32> relSections; // in section order
  // Section headers lld 19 trusts, and crashes on when they lie (with
  // --emit-relocs, which rrld always passes, more of them).
  auto malformed = [&](size_t i, const Twine &why) {
    if (!obj.badReloc)
      obj.badReloc = ("section [index " + Twine(i) + "] " + why).str();
  };
  for (auto [i, sh] : enumerate(*secs)) {
    switch (sh.sh_type) {
    case SHT_SYMTAB:
      symtab = &sh;
      break;
    case SHT_REL:
    case SHT_RELA: {
      uint32_t entry = sh.sh_type == SHT_REL ? sizeof(ELF32LE::Rel) : sizeof(ELF32LE::Rela);
      if (sh.sh_entsize != entry || sh.sh_size % entry)
        malformed(i, "is a relocation section of " + Twine(sh.sh_size) + " bytes with entries of " +
                         Twine(sh.sh_entsize) + ", not of " + Twine(entry));
      else if (sh.sh_flags & SHF_ALLOC)
        malformed(i, "is a relocation section marked allocated (SHF_ALLOC)");
      else if (sh.sh_info < secs->size() && ((*secs)[sh.sh_info].sh_type == SHT_REL ||
                                             (*secs)[sh.sh_info].sh_type == SHT_RELA))
        malformed(i, "relocates another relocation section");
      relSections.push_back(&sh);
      if (sh.sh_offset <= data.size() && sh.sh_size <= data.size() - sh.sh_offset)
        relEntries += sh.sh_size / entry;
      break;
    }
    case SHT_ARM_EXIDX:
      if (sh.sh_size % 8)
        malformed(i, "is an unwind index (.ARM.exidx) of " + Twine(sh.sh_size) +
                         " bytes, not a multiple of its 8-byte entries");
      break;
    case SHT_NOBITS:
      if (sh.sh_flags & SHF_MERGE)
        malformed(i, "is a mergeable section (SHF_MERGE) without contents (SHT_NOBITS)");
      break;
    }
  }
  ArrayRef<Sym> syms;
  StringRef strtab;
  if (symtab) {
    Expected<ArrayRef<Sym>> symbols = f.symbols(symtab);
    if (!ok(symbols))
      return false;
    syms = *symbols;
    Expected<StringRef> table = f.getStringTableForSymtab(*symtab, *secs);
    if (!ok(table))
      return false;
    strtab = *table;
  }
  // Relocations are kept only with a symbol table.
  size_t relRoom = symtab ? relEntries : 0;
  // One copy of each string table (often one table serves both).
  bool sameTable = strtab.empty() || strtab.data() == shstrtab.data();
  size_t stringBytes = !copyStrings ? 0 : shstrtab.size() + (sameTable ? 0 : strtab.size());

  size_t secWords = words(secs->size() * sizeof(ScanSection));
  size_t symWords = words(syms.size() * sizeof(ScanSymbol));
  size_t relWords = words(relRoom * sizeof(ScanReloc));
  size_t total = secWords + symWords + relWords + words(stringBytes);
  std::shared_ptr<uint64_t[]> block = std::make_shared_for_overwrite<uint64_t[]>(total);
  auto *sections = reinterpret_cast<ScanSection *>(block.get());
  auto *symbols = reinterpret_cast<ScanSymbol *>(block.get() + secWords);
  auto *relocs = reinterpret_cast<ScanReloc *>(block.get() + secWords + symWords);
  if (stringBytes) {
    char *copy = reinterpret_cast<char *>(block.get() + secWords + symWords + relWords);
    std::memcpy(copy, shstrtab.data(), shstrtab.size());
    if (!sameTable)
      std::memcpy(copy + shstrtab.size(), strtab.data(), strtab.size());
    shstrtab = StringRef(copy, shstrtab.size());
    strtab = sameTable ? strtab.empty() ? StringRef() : shstrtab
                       : StringRef(copy + shstrtab.size(), strtab.size());
  }
  obj.storage = std::move(block);
  obj.sections = ArrayRef(sections, secs->size());
  obj.symbols = ArrayRef(symbols, syms.size());

  MProfileCheck check;
  for (auto [i, sh] : enumerate(*secs)) {
    std::optional<StringRef> name = nameAt(shstrtab, sh.sh_name);
    if (!name)
      return false;
    ScanSection &sec = *new (sections + i) ScanSection();
    sec.name = *name;
    sec.type = sh.sh_type;
    sec.flags = sh.sh_flags;
    sec.size = sh.sh_size;
    // (lld refuses an alignment that is no power of 2.)
    sec.alignLog2 = sh.sh_addralign ? llvm::countr_zero(uint64_t(sh.sh_addralign)) : 0;
    if (sec.type == SHT_ARM_ATTRIBUTES)
      readAttributes(f, sh, attrs, check, obj);
    // (A look at the second letter first: most names are neither.)
    uint32_t kind = sec.flags & (SHF_ALLOC | SHF_WRITE | SHF_EXECINSTR);
    if (name->size() >= 5 &&
        (((*name)[1] == 'r' && kind == (SHF_ALLOC | SHF_WRITE) && name->starts_with(".rodata")) ||
         ((*name)[1] == 't' && kind == SHF_ALLOC && sec.type == SHT_PROGBITS &&
          name->starts_with(".text"))))
      obj.oddNames = true;
  }

  for (auto [k, s] : enumerate(syms)) {
    std::optional<StringRef> name = nameAt(strtab, s.st_name);
    if (!name)
      return false;
    ScanSymbol &sym = *new (symbols + k) ScanSymbol{*name, s.st_shndx, s.st_value,
                                                     s.getBinding(), s.getType()};
    // Only the first $a counts (InputCheck.h): no name built after it.
    if (!check.armCode && name->starts_with("$a"))
      noteArmSymbol(check, obj, sym);
    if (sym.type == STT_SECTION || sym.type == STT_FILE || name->empty() ||
        !obj.inSection(sym))
      continue;
    ScanSection &in = sections[sym.shndx];
    bool global = sym.binding != STB_LOCAL;
    if (in.orderName.empty() || (global && !in.orderNameGlobal)) {
      in.orderName = sym.name;
      in.orderNameGlobal = global;
    }
  }

  size_t kept = 0;
  for (const Shdr *rs : relSections) {
    uint32_t holder = rs->sh_info;
    bool known = holder < obj.sections.size();
    bool alloc = known && obj.sections[holder].isAlloc();
    bool inData = known && obj.sections[holder].isData();
    uint8_t keep = !alloc || !symtab ? 0 : inData ? KeepInData : KeepInAlloc;
    // lld reads each addend from the section's contents unchecked.
    uint32_t room =
        known && obj.sections[holder].type != SHT_NOBITS ? obj.sections[holder].size : 0;
    // REL (what ARM compilers emit) and RELA, read the same way.
    auto readAll = [&, known, alloc, keep, room, holder](auto rels) -> bool {
      // Locals, not the enclosing function's (which the compiler must
      // reload after each store into the record).
      size_t n = kept;
      uint32_t nsyms = obj.symbols.size();
      for (const auto &r : rels) {
        uint32_t type = r.getType(false);
        uint8_t flags = rt.flags[type & 0xff];
        uint32_t offset = r.r_offset;
        if (known && (offset > room || room - offset < rt.width[type & 0xff]) && !obj.badReloc)
          noteOutside(obj, type, offset, holder, room);
        // Only the first A32 relocation counts (InputCheck.h).
        if ((flags & RelA32) && !check.a32Reloc)
          noteA32(check, obj, type, offset, holder);
        if (!known)
          continue;
        if (!alloc) {
          // Debug info of -frwpi code: lld refuses these (DebugInfo.h).
          obj.sbrelNonAlloc |= type == R_ARM_SBREL32;
          continue;
        }
        if (!(flags & keep))
          continue;
        uint32_t sym = r.getSymbol(false);
        if (sym >= nsyms)
          return false;
        // An SB-relative reference (KeepInAlloc: the only kind kept in
        // code) to this object's own RW data or code decides nothing: the
        // plan moves only read-only data reached through r9 (Plan.cpp,
        // Planner::reloc), and most of a -frwpi object's are these.
        if (flags & KeepInAlloc) {
          const ScanSymbol &s = symbols[sym];
          if (s.binding != STB_WEAK && obj.inSection(s) && sections[s.shndx].isAlloc() &&
              !sections[s.shndx].isRoData())
            continue;
        }
        // n < relRoom: ELFFile returned this entry, so it was counted.
        new (relocs + n++) ScanReloc{offset, type, sym, holder};
      }
      kept = n;
      return true;
    };
    auto read = [&](auto rels) -> bool {
      if (rels)
        return readAll(*rels);
      consumeError(rels.takeError());
      // Only allocated sections' relocations decide anything.
      return !alloc;
    };
    if (!(rs->sh_type == SHT_REL ? read(f.rels(*rs)) : read(f.relas(*rs))))
      return false;
  }
  obj.relocs = ArrayRef(relocs, kept);
  obj.notM = check.result();
  return true;
}

// Appends the record of one object to `out`, built in place; nothing if it
// is malformed (see scanElf).
bool scanInto(std::vector<ScanObject> &out, StringRef data, const std::string &file,
              StringRef member, const RelTable &rt, AttributesSeen &attrs, bool copyStrings) {
  ScanObject &obj = out.emplace_back();
  obj.file = file;
  obj.member = member.str();
  if (scanElf(data, rt, attrs, copyStrings, obj))
    return true;
  out.pop_back();
  return false;
}

// Files up to this size are read into the thread's buffer; larger ones
// (archives, mostly) are mapped.
constexpr uint64_t readLimit = 1 << 20;

ScanInput read(const std::string &path, const RelTable &rt) {
  ScanInput in;
  thread_local std::vector<char> buffer;
  thread_local AttributesSeen attrs;
  // O_NONBLOCK: opening a FIFO must not wait for a writer.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    in.missing = errno == ENOENT;
    return in;
  }
  // Regular files only: a value such as `-o /dev/stdout` must not be read.
  struct stat st;
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return in;
  }
  StringRef data;
  std::unique_ptr<MemoryBuffer> mapped;
  if (uint64_t(st.st_size) <= readLimit) {
    size_t want = st.st_size;
    if (buffer.size() < want)
      buffer.resize(want);
    data = StringRef(buffer.data(), readFully(fd, MutableArrayRef<char>(buffer.data(), want)));
  } else {
    auto mb = MemoryBuffer::getOpenFile(sys::fs::convertFDToNativeFile(fd), path, st.st_size,
                                        /*RequiresNullTerminator=*/false);
    if (mb) {
      mapped = std::move(*mb);
      data = mapped->getBuffer();
    }
  }
  ::close(fd);

  file_magic magic = identify_magic(data);
  in.magic = magic;
  in.read = data.size() == uint64_t(st.st_size);
  if (magic == file_magic::elf_relocatable) {
    scanInto(in.objects, data, path, "", rt, attrs, /*copyStrings=*/true);
  } else if (magic == file_magic::archive) {
    // The members' records point into the archive, which the scan keeps.
    if (!mapped)
      mapped = MemoryBuffer::getMemBufferCopy(data, path);
    MemoryBufferRef ref = mapped->getMemBufferRef();
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
      if (identify_magic(member->getBuffer()) != file_magic::elf_relocatable)
        continue;
      // ELFFile reads its tables in place, which needs them aligned; a
      // member starts at any even offset of the archive: such a member is
      // read from an aligned copy, and its names copied out of it.
      StringRef bytes = member->getBuffer();
      bool aligned = reinterpret_cast<uintptr_t>(bytes.data()) % alignof(ELF32LE::Sym) == 0;
      if (!aligned) {
        if (buffer.size() < bytes.size())
          buffer.resize(bytes.size());
        std::copy(bytes.begin(), bytes.end(), buffer.begin());
        bytes = StringRef(buffer.data(), bytes.size());
      }
      scanInto(in.objects, bytes, path, *name, rt, attrs, /*copyStrings=*/!aligned);
    }
    consumeError(std::move(err));
    in.archive = std::move(*ar);
    in.buffer = std::move(mapped);
  }
  return in;
}

} // namespace

std::optional<ScanObject> scanObject(MemoryBufferRef mb, const std::string &file,
                                     StringRef member, const ArmOptions &arm) {
  AttributesSeen attrs;
  std::vector<ScanObject> one;
  if (!scanInto(one, mb.getBuffer(), file, member, RelTable(arm), attrs, /*copyStrings=*/false))
    return std::nullopt;
  return std::move(one.front());
}

InputScan scanInputs(ArrayRef<std::string> lldArgs, const ArmOptions &arm) {
  std::vector<bool> whole;
  std::vector<std::string> paths = inputPaths(lldArgs, &whole);
  InputScan scan;
  scan.inputs.resize(paths.size());
  // The files are independent: read them in parallel.
  RelTable rt(arm);
  parallelFor(0, paths.size(), [&](size_t i) { scan.inputs[i] = read(paths[i], rt); });
  for (size_t i = 0; i < paths.size(); ++i)
    scan.inputs[i].wholeArchive = whole[i];
  scan.index(rootSymbols(lldArgs));
  return scan;
}

} // namespace rrld
