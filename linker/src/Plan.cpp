//===- Plan.cpp -----------------------------------------------------------===//
#include "Plan.h"

#include "InputCheck.h"
#include "ArchiveMember.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/BinaryFormat/Magic.h"
#include "llvm/Object/Archive.h"
#include "llvm/Object/ELF.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Parallel.h"
#include "llvm/Support/Path.h"

#include <deque>
#include <memory>
#include <optional>

using namespace llvm;
using namespace llvm::ELF;
using namespace llvm::object;

namespace rrld {

std::string PlannedMove::desc() const {
  std::string d = file;
  if (!member.empty())
    d += "(" + member + ")";
  return d + ":(" + name + ")";
}

std::string PlannedMove::scriptFile() const {
  return member.empty() ? file : file + ":" + member;
}

bool scriptLines(const PlannedMove &m, std::string &out, std::string &why) {
  // A quoted pattern is matched exactly, so no character needs escaping but
  // the quote itself, which the script language cannot express.
  std::string file = m.scriptFile();
  if (StringRef(file).contains('"') || StringRef(m.name).contains('"')) {
    why = "its file or section name contains a '\"', which a linker script cannot name";
    return false;
  }
  out += "    \"" + file + "\"(\"" + m.name + "\")\n";
  return true;
}

//===----------------------------------------------------------------------===//
// The inputs lld will read
//===----------------------------------------------------------------------===//

std::vector<std::string> inputPaths(ArrayRef<std::string> args) {
  // lld searches every -L directory, wherever it stands, in order.
  std::vector<std::string> dirs;
  for (size_t i = 0; i < args.size(); ++i) {
    StringRef a = args[i];
    for (StringRef opt : {"--library-path", "-library-path", "-L"}) {
      if (a == opt && i + 1 < args.size()) {
        dirs.push_back(args[++i]);
        break;
      }
      if (a.starts_with(opt) && (opt == "-L" || a[opt.size()] == '=')) {
        dirs.push_back(a.drop_front(opt.size()).ltrim('=').str());
        break;
      }
    }
  }
  auto find = [&](const std::string &name) -> std::optional<std::string> {
    for (const std::string &d : dirs) {
      SmallString<128> p;
      sys::path::append(p, d, name);
      if (sys::fs::exists(p))
        return std::string(p);
    }
    return std::nullopt;
  };

  std::vector<std::string> paths;
  StringSet<> seen;
  bool isStatic = false;
  auto add = [&](std::string p) {
    if (seen.insert(p).second)
      paths.push_back(std::move(p));
  };
  for (size_t i = 0; i < args.size(); ++i) {
    StringRef a = args[i];
    if (a == "-static" || a == "--static" || a == "-Bstatic" || a == "-dn" || a == "-non_shared") {
      isStatic = true;
      continue;
    }
    if (a == "-Bdynamic" || a == "-dy" || a == "-call_shared") {
      isStatic = false;
      continue;
    }
    // Options whose value is the next argument: the value is no input.
    if (llvm::is_contained({"-L", "--library-path", "-library-path", "-o", "--output", "-T",
                            "--script", "-e", "--entry", "-u", "--undefined", "-m", "-z", "-y",
                            "-Map", "--Map", "--defsym", "-soname", "-rpath"},
                           a)) {
      ++i;
      continue;
    }
    std::string lib;
    if ((a == "-l" || a == "--library") && i + 1 < args.size())
      lib = args[++i];
    else if (a.starts_with("--library="))
      lib = a.drop_front(10).str();
    else if (a.starts_with("-l") && a.size() > 2)
      lib = a.drop_front(2).str();
    else if (!a.empty() && a[0] != '-')
      add(a.str());
    if (lib.empty())
      continue;
    if (lib[0] == ':') {
      if (std::optional<std::string> p = find(lib.substr(1)))
        add(*p);
      continue;
    }
    // A shared library found first wins in lld; rrld plans nothing for it.
    if (!isStatic && find("lib" + lib + ".so"))
      continue;
    if (std::optional<std::string> p = find("lib" + lib + ".a"))
      add(*p);
  }
  return paths;
}

//===----------------------------------------------------------------------===//
// Reading the objects
//===----------------------------------------------------------------------===//

namespace {

using Shdr = ELF32LE::Shdr;
using Sym = ELF32LE::Sym;

// Where a relocation's symbol lies, as far as the inputs tell.
struct Target {
  enum Kind : uint8_t { None, Section, Global } kind = None;
  uint32_t shndx = 0; // Section: in this object
  StringRef name;     // Global: resolved against every object's definitions
  bool common = false;
};

struct Reloc {
  uint32_t section; // index of the section holding the field
  uint32_t offset;
  uint32_t type;
  Target target;
  StringRef symbol; // its name, or the section's for a section symbol
  bool sectionSymbol;
};

struct Section {
  StringRef name;
  uint32_t flags = 0, type = 0, size = 0;
};

struct Object {
  std::string file, member;
  std::optional<std::string> notM; // why an M-profile core cannot run it
  FloatAbi floatAbi = FloatAbi::None;
  std::vector<Section> sections;
  std::vector<Reloc> relocs; // those that may move something
  std::vector<std::pair<StringRef, uint32_t>> strong, weak; // defined globals, shndx
  bool sbrelNonAlloc = false; // R_ARM_SBREL32 in a non-allocated section (debug info)
};

struct Input {
  std::unique_ptr<MemoryBuffer> buffer;
  std::unique_ptr<Archive> archive;
  std::vector<Object> objects;
};

bool isRoData(const Section &s) {
  return s.type == SHT_PROGBITS && (s.flags & SHF_ALLOC) &&
         !(s.flags & (SHF_WRITE | SHF_EXECINSTR));
}

class Planner {
public:
  explicit Planner(const PlanOptions &opts) : opts(opts) {}
  MovePlan run(ArrayRef<std::string> paths);

private:
  Input read(const std::string &path) const;
  std::optional<Object> scan(MemoryBufferRef mb, const std::string &file,
                             StringRef member) const;
  Error scan(const ELFFile<ELF32LE> &f, Object &obj) const;

  // A node is a section of an object: (object number, section index).
  struct Node {
    uint32_t obj, sec;
  };
  enum class Seg : uint8_t { None, RO, RW, Node };
  Seg resolve(uint32_t obj, const Target &t, Node &node) const;
  std::string where(const Object &o, uint32_t sec, uint32_t offset) const;
  std::string because(const Object &o, const Reloc &r, const char *why) const;
  void mark(Node n, MoveReason reason, std::string because);

  const PlanOptions &opts;
  std::vector<Object *> objects;
  StringMap<Node> globals; // name -> defining section; sec = SHN_COMMON for COMMON
  std::vector<std::vector<uint8_t>> state; // per object, per section: moving?
  std::vector<std::vector<MoveReason>> reasons;
  std::map<std::pair<uint32_t, uint32_t>, std::vector<std::string>> becauses;
  std::deque<Node> work;
};

Input Planner::read(const std::string &path) const {
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
    if (std::optional<Object> o = scan(ref, path, ""))
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
        if (std::optional<Object> o = scan(*member, path, *name))
          in.objects.push_back(std::move(*o));
    }
    consumeError(std::move(err));
    in.archive = std::move(*ar);
  }
  in.buffer = std::move(*mb);
  return in;
}

std::optional<Object> Planner::scan(MemoryBufferRef mb, const std::string &file,
                                    StringRef member) const {
  Expected<ELFFile<ELF32LE>> f = ELFFile<ELF32LE>::create(mb.getBuffer());
  if (!f) {
    consumeError(f.takeError());
    return std::nullopt;
  }
  if (f->getHeader().e_machine != EM_ARM)
    return std::nullopt;
  Object obj;
  obj.file = file;
  obj.member = member.str();
  obj.notM = checkMProfile(*f);
  obj.floatAbi = floatAbiOf(*f);
  if (Error e = scan(*f, obj)) {
    consumeError(std::move(e));
    return std::nullopt;
  }
  return obj;
}

// Records the object's sections, its global definitions, and the
// relocations that can make a section move: absolute words in read-only
// data, and SB- or GOT-relative references from anywhere.
Error Planner::scan(const ELFFile<ELF32LE> &f, Object &obj) const {
  Expected<ArrayRef<Shdr>> secs = f.sections();
  if (!secs)
    return secs.takeError();
  for (const Shdr &s : *secs) {
    Expected<StringRef> name = f.getSectionName(s);
    if (!name)
      return name.takeError();
    obj.sections.push_back({*name, uint32_t(s.sh_flags), s.sh_type, s.sh_size});
  }
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
  auto inSection = [&](const Sym &s) {
    return s.st_shndx != SHN_UNDEF && s.st_shndx < SHN_LORESERVE && s.st_shndx < secs->size();
  };

  for (const Sym &s : *syms) {
    if (s.getBinding() == STB_LOCAL || (!inSection(s) && s.st_shndx != SHN_COMMON))
      continue;
    Expected<StringRef> name = s.getName(*strtab);
    if (!name)
      return name.takeError();
    (s.getBinding() == STB_WEAK ? obj.weak : obj.strong).push_back({*name, s.st_shndx});
  }

  for (const Shdr &rs : *secs) {
    if ((rs.sh_type != SHT_REL && rs.sh_type != SHT_RELA) || rs.sh_info >= secs->size())
      continue;
    uint32_t holder = rs.sh_info;
    if (!((*secs)[holder].sh_flags & SHF_ALLOC)) {
      // Debug info of -frwpi code: lld refuses these (DebugInfo.h).
      auto anySbrel = [&](auto rels) {
        if (!rels) {
          consumeError(rels.takeError());
          return false;
        }
        return llvm::any_of(*rels, [](const auto &r) { return r.getType(false) == R_ARM_SBREL32; });
      };
      obj.sbrelNonAlloc |= rs.sh_type == SHT_REL ? anySbrel(f.rels(rs)) : anySbrel(f.relas(rs));
      continue;
    }
    bool roData = isRoData(obj.sections[holder]);
    auto add = [&](uint32_t type, uint32_t offset, uint32_t symIndex) -> Error {
      RelKind kind = getRelKind(type, opts.arm);
      bool abs = kind == RelKind::Abs && roData;
      if (!abs && kind != RelKind::SbRel && kind != RelKind::GotRel)
        return Error::success();
      if (symIndex >= syms->size())
        return createStringError("bad symbol index");
      const Sym &s = (*syms)[symIndex];
      bool here = inSection(s) && s.getBinding() != STB_WEAK &&
                  obj.sections[s.st_shndx].flags & SHF_ALLOC;
      if (here && !abs && !isRoData(obj.sections[s.st_shndx]))
        return Error::success(); // r9 reaching RW or code: nothing moves
      Reloc r{holder, offset, type, {}, {}, s.getType() == STT_SECTION};
      if (r.sectionSymbol) {
        if (inSection(s))
          r.symbol = obj.sections[s.st_shndx].name;
      } else {
        Expected<StringRef> name = s.getName(*strtab);
        if (!name)
          return name.takeError();
        r.symbol = *name;
      }
      // A strong definition here is the one the linker takes (two would be
      // an error); a weak one may lose to another object's.
      if (!here && (s.st_shndx == SHN_UNDEF || (s.getBinding() != STB_LOCAL &&
                                                s.st_shndx != SHN_ABS))) {
        r.target = {Target::Global, 0, r.symbol, false};
      } else if (s.st_shndx == SHN_COMMON) {
        r.target = {Target::Section, 0, {}, true};
      } else if (inSection(s)) {
        r.target = {Target::Section, s.st_shndx, {}, false};
      } else {
        return Error::success(); // an absolute value: nothing moves for it
      }
      obj.relocs.push_back(r);
      return Error::success();
    };
    // REL (what ARM compilers emit) and RELA, read the same way.
    auto addAll = [&](auto rels) -> Error {
      if (!rels)
        return rels.takeError();
      for (const auto &r : *rels)
        if (Error e = add(r.getType(false), r.r_offset, r.getSymbol(false)))
          return e;
      return Error::success();
    };
    if (Error e = rs.sh_type == SHT_REL ? addAll(f.rels(rs)) : addAll(f.relas(rs)))
      return e;
  }
  return Error::success();
}

Planner::Seg Planner::resolve(uint32_t obj, const Target &t, Node &node) const {
  node = {obj, t.shndx};
  if (t.kind == Target::None)
    return Seg::None;
  if (t.kind == Target::Global) {
    auto it = globals.find(t.name);
    if (it == globals.end())
      return Seg::None; // no input defines it: nothing to judge by
    node = it->second;
  } else if (t.common) {
    return Seg::RW;
  }
  if (node.sec == SHN_COMMON)
    return Seg::RW;
  const Section &s = objects[node.obj]->sections[node.sec];
  if (!(s.flags & SHF_ALLOC))
    return Seg::None;
  if (s.flags & SHF_WRITE)
    return Seg::RW;
  return isRoData(s) ? Seg::Node : Seg::RO;
}

std::string Planner::where(const Object &o, uint32_t sec, uint32_t offset) const {
  std::string d = o.file;
  if (!o.member.empty())
    d += "(" + o.member + ")";
  return d + ":(" + o.sections[sec].name.str() + "+0x" + utohexstr(offset, /*LowerCase=*/true) +
         ")";
}

std::string Planner::because(const Object &o, const Reloc &r, const char *why) const {
  std::string sym = r.sectionSymbol ? "section " + r.symbol.str() : "'" + r.symbol.str() + "'";
  return where(o, r.section, r.offset) + ": " + relocName(r.type) + " against " + sym + " " + why;
}

void Planner::mark(Node n, MoveReason reason, std::string why) {
  std::vector<std::string> &b = becauses[{n.obj, n.sec}];
  if (!why.empty() && b.size() < 64)
    b.push_back(std::move(why));
  if (state[n.obj][n.sec])
    return;
  state[n.obj][n.sec] = 1;
  reasons[n.obj][n.sec] = reason;
  work.push_back(n);
}

MovePlan Planner::run(ArrayRef<std::string> paths) {
  // The files are independent: read them in parallel.
  std::vector<Input> inputs(paths.size());
  parallelFor(0, paths.size(), [&](size_t i) { inputs[i] = read(paths[i]); });
  for (Input &in : inputs)
    for (Object &o : in.objects)
      objects.push_back(&o);
  MovePlan plan;
  plan.inputs = objects.size();
  const Object *hard = nullptr, *soft = nullptr;
  auto name = [](const Object *o) {
    return o->file + (o->member.empty() ? "" : "(" + o->member + ")");
  };
  for (const Object *o : objects) {
    if (o->notM)
      plan.badInputs.push_back(name(o) + ": " + *o->notM);
    if (o->floatAbi == FloatAbi::Hard && !hard)
      hard = o;
    if (o->floatAbi == FloatAbi::Soft && !soft)
      soft = o;
    if (o->sbrelNonAlloc)
      plan.sbrelNonAlloc.push_back({o->file, o->member});
  }

  if (hard && soft)
    plan.floatMismatch = {name(hard), name(soft)};

  // The first strong definition of each global, else the first weak one.
  StringSet<> strong;
  for (uint32_t i = 0; i < objects.size(); ++i)
    for (auto [name, shndx] : objects[i]->strong)
      if (strong.insert(name).second)
        globals[name] = {i, shndx};
  for (uint32_t i = 0; i < objects.size(); ++i)
    for (auto [name, shndx] : objects[i]->weak)
      globals.try_emplace(name, Node{i, shndx});

  state.resize(objects.size());
  reasons.resize(objects.size());
  for (uint32_t i = 0; i < objects.size(); ++i) {
    state[i].assign(objects[i]->sections.size(), 0);
    reasons[i].assign(objects[i]->sections.size(), MoveReason::RamPointer);
  }
  if (opts.roRelocs == RoRelocPolicy::Error)
    return plan;

  // Direct reasons; a read-only word pointing at read-only data is an edge:
  // it moves if its target does.
  std::map<std::pair<uint32_t, uint32_t>, std::vector<std::pair<Node, const Reloc *>>> pointedBy;
  for (uint32_t i = 0; i < objects.size(); ++i) {
    const Object &o = *objects[i];
    for (const Reloc &r : o.relocs) {
      Node t;
      Seg seg = resolve(i, r.target, t);
      RelKind kind = getRelKind(r.type, opts.arm);
      if (kind == RelKind::SbRel || kind == RelKind::GotRel) {
        if (seg == Seg::Node)
          mark(t, MoveReason::StaticBase,
               because(o, r, "reaches read-only data through r9, which holds the RW base"));
        continue;
      }
      // An absolute word in read-only data.
      if (seg == Seg::RW) {
        mark({i, r.section}, MoveReason::RamPointer,
             because(o, r, "puts a RAM address into flash, but the RAM base changes at each load"));
      } else if ((seg == Seg::RO || seg == Seg::Node) &&
                 opts.roRelocs == RoRelocPolicy::Ram) {
        mark({i, r.section}, MoveReason::RoRelocsRam,
             because(o, r, "puts a flash address into flash, which --rrld-ro-relocs=ram keeps "
                           "out of flash"));
      } else if (seg == Seg::Node && !(t.obj == i && t.sec == r.section)) {
        pointedBy[{t.obj, t.sec}].push_back({Node{i, r.section}, &r});
      }
    }
  }
  // A move makes the words pointing at the moved data RAM addresses.
  while (!work.empty()) {
    Node n = work.front();
    work.pop_front();
    auto it = pointedBy.find({n.obj, n.sec});
    if (it == pointedBy.end())
      continue;
    for (auto [from, r] : it->second)
      mark(from, MoveReason::RamPointer,
           because(*objects[from.obj], *r,
                   "puts a RAM address into flash: its target moves to RW"));
  }

  for (uint32_t i = 0; i < objects.size(); ++i)
    for (uint32_t s = 0; s < state[i].size(); ++s) {
      if (!state[i][s])
        continue;
      const Object &o = *objects[i];
      PlannedMove m;
      m.file = o.file;
      m.member = o.member;
      m.name = o.sections[s].name.str();
      m.index = s;
      m.size = o.sections[s].size;
      m.reason = reasons[i][s];
      m.because = std::move(becauses[{i, s}]);
      plan.moves.push_back(std::move(m));
    }
  return plan;
}

} // namespace

MovePlan planMoves(ArrayRef<std::string> lldArgs, const PlanOptions &opts) {
  return Planner(opts).run(inputPaths(lldArgs));
}

} // namespace rrld
