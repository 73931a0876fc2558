//===- Scan.cpp -----------------------------------------------------------===//
#include "Scan.h"

#include "ArchiveMember.h"
#include "InputCheck.h"
#include "Plan.h"

#include "llvm/BinaryFormat/ELF.h"
#include "llvm/BinaryFormat/Magic.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Parallel.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace llvm;
using namespace llvm::ELF;
using namespace llvm::object;

namespace rrld {

std::string ScanObject::name() const {
  return member.empty() ? file : file + "(" + member + ")";
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

uint16_t rd16(const uint8_t *p) { return support::endian::read16le(p); }
uint32_t rd32(const uint8_t *p) { return support::endian::read32le(p); }

// What the scan does with each relocation type (8 bits in ELF32's r_info),
// decided once per scan: whether only A32 code carries it (InputCheck.h),
// and whether it can matter to the plan or the data order: a reference
// through r9 from anywhere allocated, or an absolute word in data (the data
// order counts R_ARM_TARGET1 as absolute unless --target1-rel).
enum : uint8_t { RelA32 = 1, KeepInAlloc = 2, KeepInData = 4 };
struct RelTable {
  uint8_t flags[256];
  explicit RelTable(const ArmOptions &arm) {
    for (uint32_t type = 0; type < 256; ++type) {
      RelKind kind = getRelKind(type, arm);
      uint8_t f = isA32Reloc(type) ? RelA32 : 0;
      if (kind == RelKind::SbRel || kind == RelKind::GotRel)
        f |= KeepInAlloc | KeepInData;
      else if (kind == RelKind::Abs || type == R_ARM_TARGET1)
        f |= KeepInData;
      flags[type] = f;
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

// A string table's contents: `index` is an SHT_STRTAB section inside
// `data`, non-empty and NUL-terminated (LLVM Object's checks).
std::optional<StringRef> stringTable(StringRef data, const uint8_t *shdrs, uint32_t count,
                                     uint32_t index) {
  if (index >= count)
    return std::nullopt;
  const uint8_t *h = shdrs + size_t(index) * 40;
  uint32_t type = rd32(h + 4), off = rd32(h + 16), size = rd32(h + 20);
  if (type != SHT_STRTAB || size == 0 || off > data.size() || size > data.size() - off ||
      data[off + size - 1] != 0)
    return std::nullopt;
  return data.substr(off, size);
}

// The NUL-terminated name at `off` in a checked string table.
std::optional<StringRef> nameAt(StringRef table, uint32_t off) {
  if (off >= table.size())
    return std::nullopt;
  return StringRef(table.data() + off);
}

// Reads one ELF32 little-endian relocatable into `obj`; false if anything
// it needs is malformed.  `copyStrings`: the names are copied into
// obj.strings, as `data` will not outlive the record.
bool scanElf(StringRef data, const RelTable &rt, AttributesSeen &attrs, bool copyStrings,
             ScanObject &obj) {
  const auto *base = reinterpret_cast<const uint8_t *>(data.data());
  if (data.size() < 52 || base[EI_CLASS] != ELFCLASS32 || base[EI_DATA] != ELFDATA2LSB ||
      rd16(base + 18) != EM_ARM)
    return false;
  // The section headers (ELFFile::sections' rules: an extended count in
  // section 0's sh_size, checked entry size and bounds).
  uint32_t shoff = rd32(base + 32);
  uint32_t count = 0;
  const uint8_t *shdrs = nullptr;
  if (shoff != 0) {
    if (rd16(base + 46) != 40 || shoff > data.size() || data.size() - shoff < 40)
      return false;
    shdrs = base + shoff;
    count = rd16(base + 48);
    if (count == 0)
      count = rd32(shdrs + 20);
    if (count > (data.size() - shoff) / 40)
      return false;
  }
  // The section name table (SHN_XINDEX: its index in section 0's sh_link).
  uint32_t shstrndx = rd16(base + 50);
  if (shstrndx == SHN_XINDEX)
    shstrndx = count ? rd32(shdrs + 24) : 0;
  StringRef shstrtab;
  if (shstrndx) {
    std::optional<StringRef> t = stringTable(data, shdrs, count, shstrndx);
    if (!t)
      return false;
    shstrtab = *t;
  }

  MProfileCheck check;
  const uint8_t *symtab = nullptr;
  size_t relEntries = 0; // room for every relocation: one allocation
  obj.sections.resize(count);
  for (uint32_t i = 0; i < count; ++i) {
    const uint8_t *h = shdrs + size_t(i) * 40;
    ScanSection &sec = obj.sections[i];
    if (uint32_t nameOff = rd32(h)) {
      std::optional<StringRef> name = nameAt(shstrtab, nameOff);
      if (!name)
        return false;
      sec.name = *name;
    }
    sec.type = rd32(h + 4);
    sec.flags = rd32(h + 8);
    sec.size = rd32(h + 20);
    if (sec.type == SHT_SYMTAB)
      symtab = h;
    else if (sec.type == SHT_REL)
      relEntries += sec.size / 8;
    else if (sec.type == SHT_RELA)
      relEntries += sec.size / 12;
    if (sec.type == SHT_ARM_ATTRIBUTES) {
      uint32_t off = rd32(h + 16);
      if (off <= data.size() && sec.size <= data.size() - off) {
        ArrayRef<uint8_t> contents(base + off, sec.size);
        if (!attrs.valid || ArrayRef<uint8_t>(attrs.bytes) != contents) {
          MProfileCheck fresh;
          fresh.attributes(contents);
          attrs.bytes.assign(contents.begin(), contents.end());
          attrs.profile = std::move(fresh.profile);
          attrs.floatAbi = floatAbiOf(contents);
          attrs.valid = true;
        }
        if (!check.profile)
          check.profile = attrs.profile;
        obj.floatAbi = attrs.floatAbi;
      }
    }
  }
  // Diagnostics name a section by its index when it has no name.
  auto secName = [&](uint32_t i) -> std::string {
    if (i < obj.sections.size())
      return obj.sections[i].name.str();
    return "section " + std::to_string(i);
  };

  StringRef strtab;
  if (symtab) {
    uint32_t off = rd32(symtab + 16), size = rd32(symtab + 20);
    if (size % 16 || off > data.size() || size > data.size() - off)
      return false;
    std::optional<StringRef> t = stringTable(data, shdrs, count, rd32(symtab + 24));
    if (!t)
      return false;
    strtab = *t;
    uint32_t nsyms = size / 16;
    obj.symbols.resize(nsyms);
    for (uint32_t k = 0; k < nsyms; ++k) {
      const uint8_t *e = base + off + size_t(k) * 16;
      std::optional<StringRef> name = nameAt(strtab, rd32(e));
      if (!name)
        return false;
      uint8_t info = e[12];
      ScanSymbol &sym = obj.symbols[k];
      sym = {*name, rd16(e + 14), rd32(e + 4), uint8_t(info >> 4), uint8_t(info & 0xf)};
      if (name->starts_with("$a"))
        check.symbol(*name, secName(sym.shndx), sym.value);
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

  if (symtab)
    obj.relocs.reserve(std::min(relEntries, data.size() / 8));
  for (uint32_t i = 0; i < count; ++i) {
    const uint8_t *h = shdrs + size_t(i) * 40;
    uint32_t type = rd32(h + 4);
    if (type != SHT_REL && type != SHT_RELA)
      continue;
    // REL (what ARM compilers emit) and RELA, read the same way.
    uint32_t entsize = type == SHT_REL ? 8 : 12;
    uint32_t holder = rd32(h + 28);
    bool known = holder < obj.sections.size();
    bool alloc = known && obj.sections[holder].isAlloc();
    bool inData = known && obj.sections[holder].isData();
    uint32_t off = rd32(h + 16), size = rd32(h + 20);
    if (size % entsize || off > data.size() || size > data.size() - off) {
      // Only allocated sections' relocations decide anything.
      if (alloc)
        return false;
      continue;
    }
    uint8_t keep = !alloc || !symtab ? 0 : inData ? KeepInData : KeepInAlloc;
    for (const uint8_t *e = base + off, *end = e + size; e != end; e += entsize) {
      uint32_t info = rd32(e + 4);
      uint32_t rtype = info & 0xff;
      uint8_t f = rt.flags[rtype];
      if (f & RelA32)
        check.reloc(rtype, secName(holder), rd32(e));
      if (!known)
        continue;
      if (!alloc) {
        // Debug info of -frwpi code: lld refuses these (DebugInfo.h).
        obj.sbrelNonAlloc |= rtype == R_ARM_SBREL32;
        continue;
      }
      if (!(f & keep))
        continue;
      uint32_t sym = info >> 8;
      if (sym >= obj.symbols.size())
        return false;
      obj.relocs.push_back({rd32(e), rtype, sym, holder});
    }
  }
  obj.notM = check.result();

  if (copyStrings && !(shstrtab.empty() && strtab.empty())) {
    // One copy of each table (often one table serves both).
    bool same = strtab.empty() || strtab.data() == shstrtab.data();
    size_t n = shstrtab.size() + (same ? 0 : strtab.size());
    obj.strings = std::make_shared_for_overwrite<char[]>(n);
    char *sh = obj.strings.get(), *st = same ? sh : sh + shstrtab.size();
    std::memcpy(sh, shstrtab.data(), shstrtab.size());
    if (!same)
      std::memcpy(st, strtab.data(), strtab.size());
    auto rebase = [&](StringRef &s) {
      if (s.empty())
        s = StringRef();
      else if (s.data() >= shstrtab.begin() && s.data() < shstrtab.end())
        s = StringRef(sh + (s.data() - shstrtab.data()), s.size());
      else
        s = StringRef(st + (s.data() - strtab.data()), s.size());
    };
    for (ScanSection &sec : obj.sections) {
      rebase(sec.name);
      rebase(sec.orderName);
    }
    for (ScanSymbol &sym : obj.symbols)
      rebase(sym.name);
  }
  return true;
}

std::optional<ScanObject> scanOne(StringRef data, const std::string &file, StringRef member,
                                  const RelTable &rt, AttributesSeen &attrs, bool copyStrings) {
  ScanObject obj;
  obj.file = file;
  obj.member = member.str();
  if (!scanElf(data, rt, attrs, copyStrings, obj))
    return std::nullopt;
  return obj;
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
  if (fd < 0)
    return in;
  // Regular files only: a value such as `-o /dev/stdout` must not be read.
  struct stat st;
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return in;
  }
  StringRef data;
  std::unique_ptr<MemoryBuffer> mapped;
  if (uint64_t(st.st_size) <= readLimit) {
    size_t want = st.st_size, got = 0;
    if (buffer.size() < want)
      buffer.resize(want);
    while (got < want) {
      ssize_t n = ::read(fd, buffer.data() + got, want - got);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      got += n;
    }
    data = StringRef(buffer.data(), got);
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
  if (magic == file_magic::elf_relocatable) {
    if (std::optional<ScanObject> o = scanOne(data, path, "", rt, attrs, /*copyStrings=*/true))
      in.objects.push_back(std::move(*o));
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
      if (identify_magic(member->getBuffer()) == file_magic::elf_relocatable)
        if (std::optional<ScanObject> o = scanOne(member->getBuffer(), path, *name, rt, attrs,
                                                  /*copyStrings=*/false))
          in.objects.push_back(std::move(*o));
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
  return scanOne(mb.getBuffer(), file, member, RelTable(arm), attrs, /*copyStrings=*/false);
}

InputScan scanInputs(ArrayRef<std::string> lldArgs, const ArmOptions &arm) {
  std::vector<std::string> paths = inputPaths(lldArgs);
  InputScan scan;
  scan.inputs.resize(paths.size());
  // The files are independent: read them in parallel.
  RelTable rt(arm);
  parallelFor(0, paths.size(), [&](size_t i) { scan.inputs[i] = read(paths[i], rt); });
  scan.index();
  return scan;
}

} // namespace rrld
