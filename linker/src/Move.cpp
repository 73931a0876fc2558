//===- Move.cpp -----------------------------------------------------------===//
#include "Move.h"
#include "RunLld.h"

#include "ArchiveMember.h"

#include "Context.h"
#include "ElfWriter.h"

#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Object/Archive.h"
#include "llvm/Object/ELF.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <optional>

using namespace llvm;
using namespace llvm::ELF;
using namespace llvm::object;

namespace rrld {

//===----------------------------------------------------------------------===//
// lld's map
//===----------------------------------------------------------------------===//

// "dir/lib.a(m.o):(.rodata.x)" -> file "dir/lib.a", member "m.o", name ".rodata.x".
static void splitDesc(MapEntry &e) {
  StringRef d = e.desc;
  size_t colon = d.rfind(":(");
  if (colon == StringRef::npos || !d.ends_with(")"))
    return;
  e.name = d.slice(colon + 2, d.size() - 1).str();
  StringRef file = d.take_front(colon);
  size_t open = file.rfind('(');
  if (file.ends_with(")") && open != StringRef::npos && open > 0) {
    e.member = file.slice(open + 1, file.size() - 1).str();
    file = file.take_front(open);
  }
  e.file = file.str();
}

InputMap InputMap::parse(StringRef text, const LinkedElf &elf) {
  InputMap map;
  SmallVector<StringRef, 0> lines;
  text.split(lines, '\n');
  bool loaded = false;
  for (StringRef line : lines) {
    StringRef rest = line;
    uint64_t f[4];
    bool ok = true;
    for (uint64_t &v : f) {
      rest = rest.ltrim(' ');
      StringRef tok;
      std::tie(tok, rest) = rest.split(' ');
      ok = ok && !tok.getAsInteger(16, v);
    }
    if (!ok)
      continue;
    if (!rest.starts_with(" ")) {
      // With --emit-relocs the map also lists .rel.* sections at address 0.
      const OutSection *os = elf.findSection(rest.trim());
      loaded = os && os->seg != Seg::None;
      continue;
    }
    if (loaded && rest.starts_with("        ") && !rest.starts_with("                ")) {
      MapEntry e;
      e.addr = uint32_t(f[0]);
      e.size = uint32_t(f[2]);
      e.desc = rest.trim().str();
      splitDesc(e);
      map.entries.push_back(std::move(e));
    }
  }
  return map;
}

void InputMap::restorePaths(const std::map<std::string, std::string> &copyToOrig) {
  for (MapEntry &e : entries) {
    auto it = copyToOrig.find(e.file);
    if (it == copyToOrig.end())
      continue;
    std::string tail = e.desc.substr(e.file.size());
    e.file = it->second;
    e.desc = e.file + tail;
  }
}

const MapEntry *InputMap::find(uint32_t addr) const {
  const MapEntry *best = nullptr;
  for (const MapEntry &e : entries)
    if (addr >= e.addr && addr - e.addr < e.size && (!best || e.size < best->size))
      best = &e;
  return best;
}

std::string InputMap::locate(const LinkedElf &elf, uint32_t addr, uint32_t section) const {
  const MapEntry *e = find(addr);
  if (e && StringRef(e->desc).ends_with(")")) {
    std::string d = e->desc;
    d.insert(d.size() - 1, "+" + hex(addr - e->addr));
    return d;
  }
  const OutSection &s = elf.sections[section];
  return ("(" + s.name + "+" + hex(addr - s.addr) + ")").str();
}

//===----------------------------------------------------------------------===//
// Changed copies of the inputs
//===----------------------------------------------------------------------===//

// The new name's first bytes: as long as ".rodata", so the name is patched
// in place, and matched by `.data.*` in linker scripts.
static constexpr char roPrefix[] = ".rodata";
static constexpr char rwPrefix[] = ".data.R";
static_assert(sizeof(roPrefix) == sizeof(rwPrefix));

InputMover::~InputMover() {
  if (!dir.empty())
    sys::fs::remove_directories(dir);
}

Expected<InputMover::File *> InputMover::open(StringRef mapPath) {
  std::string orig = mapPath.str();
  if (auto it = copyToOrig.find(orig); it != copyToOrig.end())
    orig = it->second;
  if (auto it = files.find(orig); it != files.end())
    return &it->second;
  if (orig == "<internal>")
    return makeError("lld built this section from merged input sections; rrld cannot move it");
  auto buf = MemoryBuffer::getFile(orig, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!buf)
    return makeError("cannot read " + orig + ": " + buf.getError().message());
  File &f = files[orig];
  f.orig = orig;
  f.bytes.assign((*buf)->getBufferStart(), (*buf)->getBufferEnd());
  return &f;
}

// The bytes of the object itself: the file, or one member of an archive.
// A thin archive's member is a file of its own: it is read once into
// `f.members`, and changed there.
Expected<MutableArrayRef<uint8_t>> InputMover::object(File &f, StringRef member) {
  MutableArrayRef<uint8_t> all(f.bytes);
  if (member.empty())
    return all;
  if (auto it = f.members.find(member.str()); it != f.members.end())
    return MutableArrayRef<uint8_t>(it->second.bytes);
  StringRef data(reinterpret_cast<const char *>(f.bytes.data()), f.bytes.size());
  Expected<std::unique_ptr<Archive>> ar = Archive::create(MemoryBufferRef(data, f.orig));
  if (!ar)
    return ar.takeError();
  bool thin = (*ar)->isThin();
  // The copy of a thin archive keeps its members' names (writeThin); a
  // changed member named by its absolute path would have to be renamed.
  if (thin && sys::path::is_absolute(member))
    return makeError(f.orig + " is a thin archive whose member " + member +
                     " is named by its absolute path; rrld can change only a member named "
                     "relative to the archive (build the archive from relative paths)");
  std::vector<StringRef> found;
  Error err = Error::success();
  for (const Archive::Child &c : (*ar)->children(err)) {
    Expected<StringRef> name = c.getName();
    if (!name) {
      consumeError(name.takeError());
      continue;
    }
    if (*name != member)
      continue;
    // A thin archive's member: read from its file, beside the archive.
    Expected<StringRef> body = c.getBuffer();
    if (!body)
      return makeError(f.orig + ": cannot read member " + member + ": " +
                       toString(body.takeError()));
    if (!thin && !insideBuffer(data, *body))
      return makeError(f.orig + ": member " + member + " extends past the end of the archive");
    found.push_back(*body);
  }
  if (err)
    return err;
  if (found.size() != 1)
    return makeError(f.orig + " has " + Twine(found.size()) + " members named " + member +
                     "; rrld cannot tell which one lld used");
  if (!thin)
    return all.slice(found[0].data() - data.data(), found[0].size());
  f.thin = true;
  Member &m = f.members[member.str()];
  m.bytes.assign(found[0].bytes_begin(), found[0].bytes_end());
  return MutableArrayRef<uint8_t>(m.bytes);
}

void InputMover::changedAt(File &f, StringRef member) {
  f.changed = true;
  if (auto it = f.members.find(member.str()); it != f.members.end())
    it->second.changed = true;
}

namespace {
// Every section and symbol name of an object, to check that a rename in
// the string table changed only what it meant to.
struct Names {
  std::vector<std::string> sections, symbols;
  std::vector<uint32_t> relInfo; // sh_info of SHT_REL/RELA, else ~0
};
} // namespace

static Expected<Names> namesOf(const ELF32LEFile &obj) {
  Names n;
  auto secs = obj.sections();
  if (!secs)
    return secs.takeError();
  for (const ELF32LEFile::Elf_Shdr &s : *secs) {
    Expected<StringRef> name = obj.getSectionName(s);
    if (!name)
      return name.takeError();
    n.sections.push_back(name->str());
    n.relInfo.push_back(s.sh_type == SHT_REL || s.sh_type == SHT_RELA ? s.sh_info : ~0u);
    if (s.sh_type != SHT_SYMTAB)
      continue;
    auto syms = obj.symbols(&s);
    if (!syms)
      return syms.takeError();
    auto strtab = obj.getStringTableForSymtab(s);
    if (!strtab)
      return strtab.takeError();
    for (const ELF32LEFile::Elf_Sym &sym : *syms) {
      Expected<StringRef> sn = sym.getName(*strtab);
      if (!sn)
        return sn.takeError();
      n.symbols.push_back(sn->str());
    }
  }
  return n;
}

static std::string descOf(const std::string &file, StringRef member, StringRef name) {
  std::string d = file;
  if (!member.empty())
    d += "(" + member.str() + ")";
  return d + ":(" + name.str() + ")";
}

// Adds `because` to the moved section's reasons, unless it is there already.
static void addCause(MovedSection &m, const MoveCause *because) {
  if (because && llvm::none_of(m.because, [&](const MoveCause &c) { return c.sameText(*because); }))
    m.because.push_back(*because);
}

// A section renamed along with another of its name (moveIndex) is recorded
// as SameName without a cause until its own move() gives one.
void InputMover::record(std::string desc, uint32_t index, uint32_t size, MoveReason reason,
                        const MoveCause *because, const std::string &group) {
  auto it = llvm::find_if(movedSections, [&](const MovedSection &m) {
    return m.index == index && m.desc == desc;
  });
  if (it == movedSections.end()) {
    movedSections.push_back({std::move(desc), size, reason, {}, index, group});
    it = movedSections.end() - 1;
  } else if (it->because.empty() && because) {
    it->reason = reason;
  }
  if (it->group.empty())
    it->group = group;
  addCause(*it, because);
}

Expected<bool> InputMover::moveIndex(File &f, const MapEntry &in, uint32_t index,
                                     MoveReason reason, const MoveCause *because,
                                     const std::string &group) {
  Expected<MutableArrayRef<uint8_t>> objBytes = object(f, in.member);
  if (!objBytes)
    return objBytes.takeError();
  MutableArrayRef<uint8_t> bytes = *objBytes;
  auto view = [](ArrayRef<uint8_t> b) {
    return ELF32LEFile::create(StringRef(reinterpret_cast<const char *>(b.data()), b.size()));
  };
  Expected<ELF32LEFile> obj = view(bytes);
  if (!obj)
    return obj.takeError();
  auto secs = obj->sections();
  if (!secs)
    return secs.takeError();
  if (index == 0 || index >= secs->size())
    return makeError("section index " + Twine(index) + " out of range in " +
                     descOf(f.orig, in.member, in.name));
  const ELF32LEFile::Elf_Shdr &target = (*secs)[index];
  Expected<StringRef> nameOr = obj->getSectionName(target);
  if (!nameOr)
    return nameOr.takeError();
  std::string name = nameOr->str();
  std::string desc = descOf(f.orig, in.member, name);
  if (target.sh_flags & SHF_WRITE) { // moved already (renamed): one more reason
    record(descOf(f.orig, in.member, in.name), index, target.sh_size, reason, because, group);
    return false;
  }
  if (!(target.sh_flags & SHF_ALLOC) || (target.sh_flags & SHF_EXECINSTR) ||
      target.sh_type != SHT_PROGBITS)
    return makeError(desc + " is not read-only data; rrld moves only read-only data to RW");
  if (!StringRef(name).starts_with(roPrefix))
    return makeError("rrld moves only sections named .rodata*, not " + desc +
                     "; rename the section or make the data writable");

  // Every read-only section of that name moves: they may share the string.
  std::vector<uint32_t> moving;
  for (uint32_t i = 1; i < secs->size(); ++i) {
    const ELF32LEFile::Elf_Shdr &s = (*secs)[i];
    Expected<StringRef> n = obj->getSectionName(s);
    if (n && *n == name && s.sh_type == SHT_PROGBITS && (s.sh_flags & SHF_ALLOC) &&
        !(s.sh_flags & (SHF_WRITE | SHF_EXECINSTR)))
      moving.push_back(i);
  }
  Expected<Names> before = namesOf(*obj);
  if (!before)
    return before.takeError();

  const uint8_t *base = bytes.data();
  uint32_t shstrndx = obj->getHeader().e_shstrndx;
  if (shstrndx == SHN_UNDEF || shstrndx >= secs->size())
    return makeError(desc + ": the object has no section name table rrld can change");
  const ELF32LEFile::Elf_Shdr &strtab = (*secs)[shstrndx];
  std::vector<uint8_t> work(bytes.begin(), bytes.end());
  std::vector<uint64_t> renamed; // names' offsets: sections may share one
  for (uint32_t i : moving) {
    const ELF32LEFile::Elf_Shdr &s = (*secs)[i];
    size_t sh = reinterpret_cast<const uint8_t *>(&s) - base;
    size_t flagsAt = sh + offsetof(Elf32_Shdr, sh_flags);
    uint32_t flags = support::endian::read32le(&work[flagsAt]);
    flags = (flags | SHF_WRITE) & ~uint32_t(SHF_MERGE | SHF_STRINGS);
    support::endian::write32le(&work[flagsAt], flags);
    uint64_t nameAt = uint64_t(strtab.sh_offset) + s.sh_name;
    if (llvm::is_contained(renamed, nameAt))
      continue;
    renamed.push_back(nameAt);
    if (nameAt + sizeof(roPrefix) > work.size() ||
        std::memcmp(&work[nameAt], roPrefix, sizeof(roPrefix) - 1))
      return makeError(desc + ": unexpected section name table");
    std::memcpy(&work[nameAt], rwPrefix, sizeof(rwPrefix) - 1);
  }

  // The rename may only have touched the moved sections and their relocation
  // sections (a shared tail: ".rel.rodata.x" holds ".rodata.x").
  Expected<ELF32LEFile> after = view(work);
  if (!after)
    return after.takeError();
  Expected<Names> now = namesOf(*after);
  if (!now)
    return now.takeError();
  if (now->symbols != before->symbols)
    return makeError(desc + ": renaming the section would rename a symbol that shares its "
                            "name's bytes; make the data writable instead");
  for (size_t i = 0; i < now->sections.size(); ++i) {
    if (now->sections[i] == before->sections[i] || llvm::is_contained(moving, i) ||
        llvm::is_contained(moving, before->relInfo[i]))
      continue;
    return makeError(desc + ": renaming the section would also rename " + before->sections[i] +
                     "; make the data writable instead");
  }

  std::copy(work.begin(), work.end(), bytes.begin());
  changedAt(f, in.member);
  for (uint32_t i : moving)
    if (i == index)
      record(desc, i, (*secs)[i].sh_size, reason, because, group);
    else
      record(desc, i, (*secs)[i].sh_size, MoveReason::SameName, nullptr);
  return true;
}

Expected<bool> InputMover::move(const PlannedMove &m) {
  Expected<File *> f = open(m.file);
  if (!f)
    return f.takeError();
  MapEntry in;
  in.file = m.file;
  in.member = m.member;
  in.name = m.name;
  in.size = m.size;
  in.desc = m.desc();
  // The first call moves it; the others add their reasons.
  Expected<bool> moved =
      moveIndex(**f, in, m.index, m.reason, m.because.empty() ? nullptr : &m.because[0], m.group);
  for (size_t i = 1; moved && i < m.because.size(); ++i)
    if (Expected<bool> r = moveIndex(**f, in, m.index, m.reason, &m.because[i], m.group); !r)
      return r.takeError();
  return moved;
}

Expected<uint32_t> InputMover::retypeNonAllocSbrel(StringRef file, StringRef member) {
  Expected<File *> f = open(file);
  if (!f)
    return f.takeError();
  Expected<MutableArrayRef<uint8_t>> objBytes = object(**f, member);
  if (!objBytes)
    return objBytes.takeError();
  MutableArrayRef<uint8_t> bytes = *objBytes;
  Expected<ELF32LEFile> obj =
      ELF32LEFile::create(StringRef(reinterpret_cast<const char *>(bytes.data()), bytes.size()));
  if (!obj)
    return obj.takeError();
  auto secs = obj->sections();
  if (!secs)
    return secs.takeError();
  uint32_t n = 0;
  for (const ELF32LEFile::Elf_Shdr &rs : *secs) {
    if ((rs.sh_type != SHT_REL && rs.sh_type != SHT_RELA) || rs.sh_info >= secs->size() ||
        ((*secs)[rs.sh_info].sh_flags & SHF_ALLOC) || rs.sh_link >= secs->size())
      continue;
    auto syms = obj->symbols(&(*secs)[rs.sh_link]);
    if (!syms)
      return syms.takeError();
    size_t entsize = rs.sh_type == SHT_REL ? sizeof(Elf32_Rel) : sizeof(Elf32_Rela);
    if (rs.sh_offset > bytes.size() || rs.sh_size > bytes.size() - rs.sh_offset)
      return makeError(descOf((*f)->orig, member, "relocations") + " extend past the end");
    for (size_t off = rs.sh_offset; off + entsize <= size_t(rs.sh_offset) + rs.sh_size;
         off += entsize) {
      size_t infoAt = off + offsetof(Elf32_Rel, r_info);
      uint32_t info = support::endian::read32le(&bytes[infoAt]);
      uint32_t symIndex = info >> 8;
      // Against a section symbol lld would name the output section, and
      // the addend's input section would be lost: left for lld to refuse.
      if ((info & 0xff) != R_ARM_SBREL32 || symIndex >= syms->size() ||
          (*syms)[symIndex].getType() == STT_SECTION)
        continue;
      support::endian::write32le(&bytes[infoAt], info & ~0xffu); // R_ARM_NONE
      ++n;
    }
  }
  if (n != 0)
    changedAt(**f, member);
  retyped += n;
  return n;
}

// The copy of a thin archive is the archive's own bytes: its members'
// names, relative to the archive, then lead to files beside the copy, which
// rrld puts there: each changed member's patched copy, and for the others a
// link to the original (a copy of it where links fail).  lld reads the same
// members, named the same, the moved sections aside.  A name may climb out
// of the archive's directory ("../obj/a.o"): the copy then lies as many
// directories below `sub`, so that every name leads inside it.  A member
// named by its absolute path is read from the original (object() refuses
// to change one).
Error InputMover::writeThin(File &f, StringRef sub) {
  StringRef data(reinterpret_cast<const char *>(f.bytes.data()), f.bytes.size());
  Expected<std::unique_ptr<Archive>> ar = Archive::create(MemoryBufferRef(data, f.orig));
  if (!ar)
    return ar.takeError();
  std::vector<std::pair<std::string, std::string>> entries; // name, the original's path
  size_t up = 0;
  Error err = Error::success();
  for (const Archive::Child &c : (*ar)->children(err)) {
    Expected<StringRef> name = c.getName();
    if (!name)
      return makeError(f.orig + ": " + toString(name.takeError()));
    if (sys::path::is_absolute(*name))
      continue;
    Expected<std::string> full = c.getFullName();
    if (!full)
      return makeError(f.orig + ": " + toString(full.takeError()));
    SmallString<128> abs(*full);
    if (std::error_code ec = sys::fs::make_absolute(abs))
      return makeError("cannot find " + *full + ": " + ec.message());
    entries.push_back({name->str(), abs.str().str()});
    SmallString<128> norm(*name);
    sys::path::remove_dots(norm, /*remove_dot_dot=*/true);
    size_t k = 0;
    for (auto it = sys::path::begin(norm), e = sys::path::end(norm); it != e && *it == ".."; ++it)
      ++k;
    up = std::max(up, k);
  }
  if (err)
    return err;

  SmallString<128> at(sub);
  for (size_t i = 0; i < up; ++i)
    sys::path::append(at, "d");
  if (f.copy.empty()) {
    SmallString<128> copy(at);
    sys::path::append(copy, sys::path::filename(f.orig));
    f.copy = copy.str().str();
  }
  at = sys::path::parent_path(f.copy);
  if (std::error_code ec = sys::fs::create_directories(at))
    return makeError("cannot create " + at + ": " + ec.message());
  if (Error e = writeFile(f.copy, f.bytes))
    return e;

  // Names that lead to one file ("a.o", "./a.o") are one member's.
  std::map<std::string, bool> placed; // the file -> changed
  for (const auto &[name, orig] : entries) {
    auto m = f.members.find(name);
    bool changed = m != f.members.end() && m->second.changed;
    SmallString<128> to(at);
    sys::path::append(to, name);
    SmallString<128> norm(to);
    sys::path::remove_dots(norm, /*remove_dot_dot=*/true);
    SmallString<128> self(f.copy);
    sys::path::remove_dots(self, /*remove_dot_dot=*/true);
    if (norm == self)
      return makeError(f.orig + ": the member " + name + " is the archive itself");
    auto [it, fresh] = placed.insert({norm.str().str(), changed});
    if (!fresh) {
      if (it->second != changed)
        return makeError(f.orig + ": members of one file, one changed and one not (" + name +
                         "); rrld cannot copy the archive");
      continue;
    }
    if (std::error_code ec = sys::fs::create_directories(sys::path::parent_path(to)))
      return makeError("cannot create " + sys::path::parent_path(to) + ": " + ec.message());
    sys::fs::remove(to);
    if (changed) {
      if (Error e = writeFile(to, m->second.bytes))
        return e;
      continue;
    }
    // A missing member stays missing: lld reports it as for the original.
    if (sys::fs::create_link(orig, to) && sys::fs::exists(orig))
      if (std::error_code ec = sys::fs::copy_file(orig, to))
        return makeError("cannot copy " + orig + " to " + to + ": " + ec.message());
  }
  return Error::success();
}

Expected<std::vector<std::string>> InputMover::apply(ArrayRef<std::string> args) {
  if (dir.empty()) {
    SmallString<128> d;
    if (std::error_code ec = sys::fs::createUniqueDirectory("rrld-inputs", d))
      return makeError("cannot create a temporary directory: " + ec.message());
    dir = d.str().str();
    removeOnFatalExit(dir, /*directory=*/true);
  }
  std::vector<std::string> out(args.begin(), args.end());
  std::vector<std::string> searchDirs;
  unsigned n = 0;
  for (auto &[orig, f] : files) {
    // A file is opened before a move is tried, and the move may be refused:
    // lld then reads the original.
    if (!f.changed)
      continue;
    ++n;
    StringRef base = sys::path::filename(orig);
    SmallString<128> sub(dir);
    sys::path::append(sub, Twine(n));
    if (f.thin) {
      if (Error e = writeThin(f, sub))
        return e;
    } else {
      if (f.copy.empty()) {
        sys::path::append(sub, base);
        f.copy = sub.str().str();
      }
      if (std::error_code ec = sys::fs::create_directories(sys::path::parent_path(f.copy)))
        return makeError("cannot create " + sys::path::parent_path(f.copy) + ": " + ec.message());
      if (Error e = writeFile(f.copy, f.bytes))
        return e;
    }
    copyToOrig[f.copy] = orig;

    bool named = false;
    for (std::string &a : out)
      if (a == orig) {
        a = f.copy;
        named = true;
      }
    // Found through -l: put the copy's directory first in the search path.
    if (!named && base.starts_with("lib") && base.ends_with(".a")) {
      std::string lib = base.drop_front(3).drop_back(2).str();
      for (size_t i = 0; i < out.size() && !named; ++i)
        named = out[i] == "-l" + lib || out[i] == "-l:" + base.str() ||
                out[i] == "--library=" + lib ||
                ((out[i] == "-l" || out[i] == "--library") && i + 1 < out.size() &&
                 out[i + 1] == lib);
      if (named)
        searchDirs.push_back("-L" + sys::path::parent_path(f.copy).str());
    }
    if (!named)
      return makeError("rrld changed a copy of " + orig +
                       " but cannot give it to lld: the file is not named on the command line");
  }
  out.insert(out.begin(), searchDirs.begin(), searchDirs.end());
  return out;
}

std::string movedNote(llvm::ArrayRef<MovedSection> moved) {
  // The input's file name without its directory: the same inputs give the
  // same output wherever they lie and however the command line names them.
  std::string s;
  for (const MovedSection &m : moved) {
    llvm::StringRef desc = m.desc;
    size_t file = desc.find(":(");
    llvm::StringRef path = desc.substr(0, file);
    size_t member = path.find('(');
    std::string name = llvm::sys::path::filename(path.substr(0, member)).str() +
                       path.substr(member == llvm::StringRef::npos ? path.size() : member).str() +
                       desc.substr(file == llvm::StringRef::npos ? desc.size() : file).str();
    s += std::to_string(m.size) + " " + moveReasonName(m.reason) + " " + name + "\n";
  }
  return s;
}

} // namespace rrld
