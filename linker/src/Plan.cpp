//===- Plan.cpp -----------------------------------------------------------===//
#include "Plan.h"

#include "llvm/ADT/CachedHashString.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/BinaryFormat/Magic.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/StringSaver.h"

#include <deque>
#include <optional>

using namespace llvm;
using namespace llvm::ELF;

namespace rrld {

std::string PlannedMove::desc() const {
  std::string d = file;
  if (!member.empty())
    d += "(" + member + ")";
  return d + ":(" + name + ")";
}

std::string MoveCause::text() const {
  if (sameName)
    return object->name() + ":(" + object->sections[section].name.str() + "), section " +
           Twine(section).str() + ", moves to RW" + why;
  std::string sym = sectionSymbol ? "section " : "'";
  sym += symbol;
  if (!sectionSymbol)
    sym += "'";
  return object->name() + ":(" + object->sections[section].name.str() + "+0x" +
         utohexstr(offset, /*LowerCase=*/true) + "): " + relocName(type) + " against " + sym +
         " " + why;
}

bool MoveCause::sameText(const MoveCause &o) const {
  // Only when these agree can the texts (the offset in hex, the type's
  // name, the reason) be equal.
  if (offset != o.offset || type != o.type || sameName != o.sameName ||
      StringRef(why) != o.why)
    return false;
  return text() == o.text();
}

std::string PlannedMove::scriptFile() const {
  return member.empty() ? file : file + ":" + member;
}

namespace {

// `name` as an lld section pattern matching only itself: lld reads section
// patterns as globs (LLVM's GlobPattern) even when quoted, and there a
// backslash makes the next character literal.
std::string globLiteral(StringRef name) {
  std::string out;
  out.reserve(name.size());
  for (char c : name) {
    if (StringRef("?*[]{}\\").contains(c))
      out += '\\';
    out += c;
  }
  return out;
}

} // namespace

bool scriptLines(const PlannedMove &m, std::string &out, std::string &why) {
  // The file pattern, quoted, is matched exactly; the section pattern is a
  // glob even when quoted, so its metacharacters are escaped.  Neither can
  // hold the quote itself, which the script language cannot express.
  std::string file = m.scriptFile();
  if (StringRef(file).contains('"') || StringRef(m.name).contains('"')) {
    why = "its file or section name contains a '\"', which a linker script cannot name";
    return false;
  }
  out += "    \"" + file + "\"(\"" + globLiteral(m.name) + "\")\n";
  return true;
}

namespace {

// The moved names, sorted, and where the unmoved names fall among them.
// In sorted order the names under any prefix are one run, so a prefix
// matches only moved names if the unmoved names nearest to its run do not
// have it: per gap g between moved names (g moved names sort before it),
// only the least and the greatest unmoved name count.  Sorting the few
// moved names and placing the many others by binary search costs far less
// than sorting them all.
class NameGaps {
public:
  explicit NameGaps(std::vector<StringRef> names);
  // Places an unmoved name.  A name that is also a moved name is not placed:
  // it is noted as shared (a description by name alone would take both).
  void add(StringRef other);
  // Moved names some unmoved name equals.
  bool anyShared() const { return shared; }
  bool isShared(StringRef name) const;
  // One pattern per largest subtree of the name trie whose names are all
  // moved (namePatterns, Plan.h); shared names are among the moved all the
  // same.
  std::vector<std::string> patterns() const;

private:
  // The first eight bytes of a name as one number, in the names' order
  // (names hold no NUL): most unmoved names differ from every moved one
  // there, and are placed without comparing strings.
  static uint64_t head(StringRef s) {
    if (s.size() >= 8)
      return support::endian::read64be(s.data());
    uint64_t h = 0;
    for (size_t i = 0; i < 8; ++i)
      h = h << 8 | (i < s.size() ? uint8_t(s[i]) : 0);
    return h;
  }
  // Index of the gap `o` falls in, and whether it equals moved[that].
  std::pair<size_t, bool> find(StringRef o, uint64_t h) const;

  struct Gap {
    StringRef least, greatest;
    uint64_t leastHead = 0, greatestHead = 0;
    bool used = false;
  };
  std::vector<StringRef> moved;     // sorted, distinct
  std::vector<uint64_t> heads;      // distinct, ascending
  std::vector<size_t> headStart{0}; // moved[headStart[h] .. headStart[h + 1]) have heads[h]
  std::vector<Gap> gaps;            // moved.size() + 1
  std::vector<bool> sharedName;     // by moved index
  bool shared = false;
};

NameGaps::NameGaps(std::vector<StringRef> names) : moved(std::move(names)) {
  llvm::sort(moved);
  moved.erase(std::unique(moved.begin(), moved.end()), moved.end());
  size_t n = moved.size();
  for (size_t i = 0; i < n; ++i) {
    uint64_t h = head(moved[i]);
    if (heads.empty() || heads.back() != h) {
      if (!heads.empty())
        headStart.push_back(i);
      heads.push_back(h);
    }
  }
  headStart.push_back(n);
  gaps.resize(n + 1);
  sharedName.resize(n);
}

std::pair<size_t, bool> NameGaps::find(StringRef o, uint64_t h) const {
  size_t x = std::lower_bound(heads.begin(), heads.end(), h) - heads.begin();
  size_t g = headStart[x];
  if (x < heads.size() && heads[x] == h) {
    g = std::lower_bound(moved.begin() + g, moved.begin() + headStart[x + 1], o) - moved.begin();
    return {g, g < moved.size() && moved[g] == o};
  }
  return {g, false};
}

void NameGaps::add(StringRef o) {
  uint64_t h = head(o);
  auto [g, same] = find(o, h);
  if (same) {
    sharedName[g] = true;
    shared = true;
    return;
  }
  Gap &gap = gaps[g];
  if (!gap.used) {
    gap = {o, o, h, h, true};
  } else if (h < gap.leastHead || (h == gap.leastHead && o < gap.least)) {
    gap.least = o;
    gap.leastHead = h;
  } else if (h > gap.greatestHead || (h == gap.greatestHead && gap.greatest < o)) {
    gap.greatest = o;
    gap.greatestHead = h;
  }
}

bool NameGaps::isShared(StringRef name) const {
  auto [g, same] = find(name, head(name));
  return same && sharedName[g];
}

std::vector<std::string> NameGaps::patterns() const {
  // From the first moved name of each run of moved names, the shortest
  // prefix that neither nearest unmoved name has is the largest subtree of
  // the name trie holding moved names only; its pattern is the longest
  // prefix its names share, then '*' (or the name alone).
  size_t n = moved.size();
  // before[i]: the greatest unmoved name below moved[i]; after[i]: the
  // least above it.
  std::vector<std::optional<StringRef>> before(n), after(n);
  std::optional<StringRef> last;
  for (size_t i = 0; i < n; ++i) {
    if (gaps[i].used)
      last = gaps[i].greatest;
    before[i] = last;
  }
  last.reset();
  for (size_t i = n; i-- > 0;) {
    if (gaps[i + 1].used)
      last = gaps[i + 1].least;
    after[i] = last;
  }
  auto common = [](StringRef a, StringRef b) {
    size_t k = 0;
    while (k < a.size() && k < b.size() && a[k] == b[k])
      ++k;
    return k;
  };
  std::vector<std::string> out;
  for (size_t i = 0; i < n;) {
    // The shortest prefix of moved[i] that neither neighbour has.
    size_t len = 1 + std::max(before[i] ? common(*before[i], moved[i]) : 0,
                              after[i] ? common(*after[i], moved[i]) : 0);
    size_t k = i + 1;
    if (len <= moved[i].size()) {
      StringRef prefix = moved[i].take_front(len);
      while (k < n && moved[k].starts_with(prefix) && !gaps[k].used)
        ++k;
    }
    if (k == i + 1) {
      out.push_back(globLiteral(moved[i]));
    } else {
      size_t sharedLen = common(moved[i], moved[k - 1]); // sorted: first and last suffice
      out.push_back(globLiteral(moved[i].take_front(sharedLen)) + "*");
    }
    i = k;
  }
  return out;
}

} // namespace

std::vector<std::string> namePatterns(std::vector<StringRef> moved, ArrayRef<StringRef> others) {
  NameGaps gaps(std::move(moved));
  for (StringRef o : others)
    gaps.add(o); // a moved name among them is left out (callers keep the lists apart)
  return gaps.patterns();
}

namespace {

// Names of input sections lld makes itself (lld/ELF/SyntheticSections.cpp,
// Writer.cpp) for an ARM link, and the anchor object's: lld matches them
// against the script like any input section, and no input shows them.
constexpr const char *lldSectionNames[] = {
    ".ARM.exidx", ".bss", ".bss.rel.ro", ".comment", ".data.rrld_anchor", ".dynamic", ".dynstr",
    ".dynsym", ".eh_frame", ".eh_frame_hdr", ".gdb_index", ".gnu.hash", ".gnu.version",
    ".gnu.version_d", ".gnu.version_r", ".got", ".got.plt", ".hash", ".interp", ".iplt",
    ".note.gnu.build-id", ".note.gnu.property", ".plt", ".rel.dyn", ".rel.plt", ".rela.dyn",
    ".rela.plt", ".relr.dyn", ".shstrtab", ".strtab", ".symtab", "COMMON"};

} // namespace

bool isCIdentifier(StringRef name) {
  return !name.empty() && (isAlpha(name[0]) || name[0] == '_') &&
         llvm::all_of(name, [](char c) { return isAlnum(c) || c == '_'; });
}

std::vector<const PlannedMove *>
defaultLayoutLines(const InputScan &scan, ArrayRef<PlannedMove> moves,
                   const std::map<std::string, std::string> &fileOf, std::string &out,
                   std::map<std::string, std::string> &refused) {
  // A linker set (a C-identifier name) moved into .data loses the output
  // section of its name that lld bounds with __start_NAME and __stop_NAME:
  // the restated .data defines them around all the set's sections (the
  // plan moves every loaded one), aligned as the most aligned of them, and
  // keeps them, as lld keeps a set its program iterates.
  if (llvm::any_of(moves, [](const PlannedMove &m) { return isCIdentifier(m.name); })) {
    std::vector<PlannedMove> rest;
    std::vector<const PlannedMove *> origin; // of each of `rest`
    std::vector<std::pair<StringRef, unsigned>> sets; // name, alignment (log2)
    for (const PlannedMove &m : moves) {
      if (!isCIdentifier(m.name)) {
        rest.push_back(m);
        origin.push_back(&m);
        continue;
      }
      unsigned a = 0;
      if (m.object < scan.objects.size() && m.index < scan.objects[m.object]->sections.size())
        a = std::min<unsigned>(scan.objects[m.object]->sections[m.index].alignLog2, 30);
      auto it = llvm::find_if(sets, [&](const auto &x) { return x.first == m.name; });
      if (it == sets.end())
        sets.push_back({m.name, a});
      else
        it->second = std::max(it->second, a);
    }
    for (auto [name, a] : sets)
      out += ("    . = ALIGN(" + Twine(1u << a) + ");\n    HIDDEN(__start_" + name +
              " = .);\n    KEEP(*(" + name + "))\n    HIDDEN(__stop_" + name + " = .);\n")
                 .str();
    std::vector<bool> placed(moves.size());
    for (const PlannedMove *p : defaultLayoutLines(scan, rest, fileOf, out, refused))
      placed[origin[p - rest.data()] - moves.data()] = true;
    std::vector<const PlannedMove *> all;
    for (const PlannedMove &m : moves)
      if (placed[&m - moves.data()] || isCIdentifier(m.name))
        all.push_back(&m);
    return all;
  }
  // lld tests every input section (of any kind, its own included) against
  // the description, by name first, so a moved name goes by name alone only
  // if no unmoved input section has it.  (Counting every input, not only
  // those lld will load, errs on the safe side.)
  if (moves.empty())
    return {};
  // The moved sections, by object and index, from the plan (PlannedMove::
  // object).  A move the scan does not show, a second move of one section,
  // and a name a script cannot hold go by file, and their names count as
  // unmoved.
  std::vector<uint32_t> first(scan.objects.size() + 1, 0);
  for (size_t i = 0; i < scan.objects.size(); ++i)
    first[i + 1] = first[i] + scan.objects[i]->sections.size();
  std::vector<bool> isMoved(first.back(), false);
  std::vector<StringRef> names, byFileNames;
  for (const PlannedMove &m : moves) {
    const ScanObject *o = m.object < scan.objects.size() ? scan.objects[m.object] : nullptr;
    if (o && m.index < o->sections.size() && o->sections[m.index].name == m.name &&
        !isMoved[first[m.object] + m.index] && !StringRef(m.name).contains('"')) {
      isMoved[first[m.object] + m.index] = true;
      names.push_back(m.name);
    } else {
      byFileNames.push_back(m.name);
    }
  }
  // Every unmoved name, placed among the moved ones (or found equal to one).
  auto unmoved = [&](function_ref<void(StringRef)> f) {
    for (size_t i = 0; i < scan.objects.size(); ++i) {
      ArrayRef<ScanSection> secs = scan.objects[i]->sections;
      for (size_t s = 0; s < secs.size(); ++s)
        if (!isMoved[first[i] + s])
          f(secs[s].name);
    }
    for (const char *n : lldSectionNames)
      f(n);
    for (StringRef n : byFileNames)
      f(n);
  };
  NameGaps gaps(names);
  unmoved([&](StringRef n) { gaps.add(n); });
  // An allocated section of the moved one's object and name that stays.
  auto unmovedNamesake = [&](const PlannedMove &m) -> const ScanSection * {
    if (m.object >= scan.objects.size())
      return nullptr;
    ArrayRef<ScanSection> secs = scan.objects[m.object]->sections;
    for (size_t s = 0; s < secs.size(); ++s)
      if (s != m.index && secs[s].name == m.name && secs[s].isAlloc() &&
          !isMoved[first[m.object] + s])
        return &secs[s];
    return nullptr;
  };

  std::vector<const PlannedMove *> placed;
  std::vector<StringRef> byName;
  std::string byFile;
  for (const PlannedMove &m : moves) {
    std::string why;
    if (!StringRef(m.name).contains('"') && !llvm::is_contained(byFileNames, m.name) &&
        !(gaps.anyShared() && gaps.isShared(m.name))) {
      byName.push_back(m.name);
    } else {
      PlannedMove named = m;
      if (auto it = fileOf.find(m.file); it != fileOf.end())
        named.file = it->second;
      // The line names every section of that name in the file: the plan
      // moves read-only data along (MoveReason::SameName), not code.
      if (const ScanSection *other = unmovedNamesake(m)) {
        refused[m.desc()] = "section " + std::to_string(other - scan.objects[m.object]->sections.data()) +
                            " of that file has the same name and is not read-only data, and a "
                            "linker script cannot place one of them without the other; give the "
                            "data a section name of its own (-fdata-sections)";
        continue;
      }
      if (!scriptLines(named, byFile, why)) {
        refused[m.desc()] = why;
        continue;
      }
    }
    placed.push_back(&m);
  }
  if (!byName.empty()) {
    // Few patterns matching exactly these names when the scan knows every
    // other input section name; else each name as itself.
    std::vector<std::string> patterns;
    if (!scan.sawEverything()) {
      for (StringRef n : byName)
        patterns.push_back(globLiteral(n));
    } else if (!gaps.anyShared() && byFileNames.empty()) {
      patterns = gaps.patterns(); // every moved name goes by name
    } else {
      // Some go by file: their names are among the unmoved.
      NameGaps some(byName);
      unmoved([&](StringRef n) { some.add(n); });
      for (StringRef n : names)
        if (gaps.isShared(n))
          some.add(n);
      patterns = some.patterns();
    }
    for (size_t i = 0; i < patterns.size(); ++i)
      out += (i ? "\n      \"" : "    *(\"") + patterns[i] + "\"";
    out += ")\n";
  }
  out += byFile;
  return placed;
}

//===----------------------------------------------------------------------===//
// The inputs lld will read
//===----------------------------------------------------------------------===//

std::vector<std::string> inputPaths(ArrayRef<std::string> args, std::vector<bool> *whole) {
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
  paths.reserve(args.size());
  // Each path once (a thousand objects: no allocation per name).
  BumpPtrAllocator alloc;
  StringSaver saver(alloc);
  DenseSet<CachedHashStringRef> seen;
  seen.reserve(args.size());
  bool isStatic = false, inWhole = false;
  auto add = [&](StringRef p) {
    if (seen.insert(CachedHashStringRef(saver.save(p))).second) {
      paths.push_back(p.str());
      if (whole)
        whole->push_back(inWhole);
    } else if (whole && inWhole) {
      (*whole)[llvm::find(paths, p) - paths.begin()] = true;
    }
  };
  if (whole)
    whole->clear();
  for (size_t i = 0; i < args.size(); ++i) {
    StringRef a = args[i];
    if (!a.empty() && a[0] != '-') {
      add(a); // a positional input, the usual case
      continue;
    }
    if (a == "--whole-archive" || a == "-whole-archive") {
      inWhole = true;
      continue;
    }
    if (a == "--no-whole-archive" || a == "-no-whole-archive") {
      inWhole = false;
      continue;
    }
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

std::vector<std::string> rootSymbols(ArrayRef<std::string> args) {
  // _start always, and every name a -T script or --defsym mentions (lld
  // looks up the symbols a script refers to like -u ones): a root too many
  // (or a misread option) only keeps an archive member's definitions in
  // view, as before rrld modelled archives; a root too few could hide one.
  std::vector<std::string> roots{"_start"};
  auto names = [&](StringRef text) {
    auto first = [](char c) { return isAlpha(c) || c == '_' || c == '.' || c == '$'; };
    for (size_t i = 0; i < text.size();) {
      if (!first(text[i])) {
        ++i;
        continue;
      }
      size_t j = i + 1;
      while (j < text.size() && (first(text[j]) || isDigit(text[j])))
        ++j;
      roots.push_back(text.substr(i, j - i).str());
      i = j;
    }
  };
  auto script = [&](StringRef path) {
    if (ErrorOr<std::unique_ptr<MemoryBuffer>> mb = MemoryBuffer::getFile(path))
      names((*mb)->getBuffer());
  };
  for (size_t i = 0; i < args.size(); ++i) {
    StringRef a = args[i];
    if (a.empty() || a[0] != '-')
      continue;
    // The option's value: "-u sym", "-usym", "--undefined=sym", "--undefined sym".
    auto value = [&](std::initializer_list<StringRef> names, bool joined) -> std::optional<StringRef> {
      for (StringRef n : names) {
        if (a == n && i + 1 < args.size())
          return StringRef(args[++i]);
        if (a.starts_with(n) && a.size() > n.size() && n.starts_with("--") && a[n.size()] == '=')
          return a.drop_front(n.size() + 1);
        if (joined && !n.starts_with("--") && a.starts_with(n) && a.size() > n.size())
          return a.drop_front(n.size());
      }
      return std::nullopt;
    };
    if (std::optional<StringRef> v =
            value({"--entry", "-entry", "-e", "--undefined", "-undefined", "--require-defined",
                   "-require-defined", "-u", "-init", "--init", "-fini", "--fini"},
                  true)) {
      roots.push_back(v->str());
    } else if (std::optional<StringRef> v = value({"--script", "-script", "-T"}, true)) {
      script(*v);
    } else if (std::optional<StringRef> v = value({"--defsym", "-defsym"}, false)) {
      names(*v);
    }
  }
  return roots;
}

//===----------------------------------------------------------------------===//
// Deciding
//===----------------------------------------------------------------------===//

namespace {

// Where a relocation's symbol lies, as far as the inputs tell.
struct Target {
  enum Kind : uint8_t { None, Section, Global } kind = None;
  uint32_t shndx = 0; // Section: in this object
  StringRef name;     // Global: resolved against every object's definitions
  bool common = false;
  bool weak = false;  // Global: a weak reference (0 if nothing defines it)
};

// A relocation that may move something.
struct Reloc {
  uint32_t section; // index of the section holding the field
  uint32_t offset;
  uint32_t type;
  Target target;
  StringRef symbol; // its name, or the section's for a section symbol
  bool sectionSymbol;
};

class Planner {
public:
  explicit Planner(const PlanOptions &opts) : opts(opts) {}
  MovePlan run(const InputScan &scan);

private:
  // A node is a section of an object: (object number, section index).
  struct Node {
    uint32_t obj, sec;
  };
  // Unknown: a symbol no loaded input defines (the linker script's, or
  // --defsym's), with every input seen: it may lie in RAM.
  enum class Seg : uint8_t { None, RO, RW, Node, Unknown };
  std::optional<Reloc> reloc(const ScanObject &o, uint32_t holder, const ScanReloc &r) const;
  Seg resolve(uint32_t obj, const Target &t, Node &node) const;
  MoveCause because(const ScanObject &o, const Reloc &r, const char *why) const;
  void mark(Node n, MoveReason reason, const MoveCause &because);
  // The loaded read-only data sections named `name` (a C identifier).
  ArrayRef<Node> setMembers(StringRef name);

  const PlanOptions &opts;
  const InputScan *scan = nullptr;
  bool allSeen = false; // scan->sawEverything()
  // RelKind by relocation type (ELF32 types have 8 bits), made once.
  RelKind kindOf(uint32_t type) const {
    return type < 256 ? kinds[type] : getRelKind(type, opts.arm);
  }
  RelKind kinds[256];
  // Per section of every object, flat: object i's section s is at
  // first[i] + s.
  std::vector<uint32_t> first;
  std::vector<uint8_t> state; // moving?
  std::vector<MoveReason> reasons;
  std::vector<std::vector<MoveCause>> becauses; // by section, as `state`
  std::deque<Node> work;
  std::optional<StringMap<std::vector<Node>>> sets; // setMembers', made once
};

ArrayRef<Planner::Node> Planner::setMembers(StringRef name) {
  if (!sets) {
    sets.emplace();
    for (uint32_t i = 0; i < scan->objects.size(); ++i) {
      if (!scan->loaded[i])
        continue;
      ArrayRef<ScanSection> secs = scan->objects[i]->sections;
      for (uint32_t s = 0; s < secs.size(); ++s)
        if (secs[s].isRoData() && isCIdentifier(secs[s].name))
          (*sets)[secs[s].name].push_back({i, s});
    }
  }
  auto it = sets->find(name);
  return it == sets->end() ? ArrayRef<Node>() : ArrayRef<Node>(it->second);
}

// The relocation as the plan sees it, if it can make a section move: an
// absolute word in read-only data, or an SB- or GOT-relative reference.
std::optional<Reloc> Planner::reloc(const ScanObject &o, uint32_t holder,
                                    const ScanReloc &r) const {
  RelKind kind = kindOf(r.type);
  bool abs = kind == RelKind::Abs && o.sections[holder].isRoData();
  if (!abs && kind != RelKind::SbRel && kind != RelKind::GotRel)
    return std::nullopt;
  const ScanSymbol &s = o.symbols[r.sym];
  bool here = o.inSection(s) && s.binding != STB_WEAK && o.sections[s.shndx].isAlloc();
  if (here && !abs && !o.sections[s.shndx].isRoData())
    return std::nullopt; // r9 reaching RW or code: nothing moves
  Reloc out{holder, r.offset, r.type, {}, {}, s.type == STT_SECTION};
  if (out.sectionSymbol) {
    if (o.inSection(s))
      out.symbol = o.sections[s.shndx].name;
  } else {
    out.symbol = s.name;
  }
  // A strong definition here is the one the linker takes (two would be an
  // error); a weak one may lose to another object's.
  if (!here && (s.shndx == SHN_UNDEF || (s.binding != STB_LOCAL && s.shndx != SHN_ABS)))
    out.target = {Target::Global, 0, out.symbol, false, s.binding == STB_WEAK};
  else if (s.shndx == SHN_COMMON)
    out.target = {Target::Section, 0, {}, true};
  else if (o.inSection(s))
    out.target = {Target::Section, s.shndx, {}, false};
  else
    return std::nullopt; // an absolute value: nothing moves for it
  return out;
}

Planner::Seg Planner::resolve(uint32_t obj, const Target &t, Node &node) const {
  node = {obj, t.shndx};
  if (t.kind == Target::None)
    return Seg::None;
  if (t.kind == Target::Global) {
    const Definition *d = scan->find(t.name);
    if (!d)
      return allSeen && !t.weak ? Seg::Unknown : Seg::None; // nothing to judge by
    node = {d->obj, scan->objects[d->obj]->symbols[d->sym].shndx};
  } else if (t.common) {
    return Seg::RW;
  }
  if (node.sec == SHN_COMMON)
    return Seg::RW;
  const ScanSection &s = scan->objects[node.obj]->sections[node.sec];
  if (!s.isAlloc())
    return Seg::None;
  if (s.flags & SHF_WRITE)
    return Seg::RW;
  return s.isRoData() ? Seg::Node : Seg::RO;
}

MoveCause Planner::because(const ScanObject &o, const Reloc &r, const char *why) const {
  return {&o, r.section, r.offset, r.type, r.symbol, r.sectionSymbol, false, why};
}

void Planner::mark(Node n, MoveReason reason, const MoveCause &why) {
  uint32_t at = first[n.obj] + n.sec;
  if (becauses.empty()) // made at the first move: most links have none
    becauses.resize(first.back());
  std::vector<MoveCause> &b = becauses[at];
  if (b.size() < 64)
    b.push_back(why);
  if (state[at])
    return;
  state[at] = 1;
  reasons[at] = reason;
  work.push_back(n);
}

MovePlan Planner::run(const InputScan &in) {
  scan = &in;
  ArrayRef<const ScanObject *> objects = in.objects;
  MovePlan plan;
  plan.inputs = objects.size();
  const ScanObject *hard = nullptr, *soft = nullptr;
  for (const ScanObject *o : objects) {
    if (o->notM)
      plan.badInputs.push_back(o->name() + ": " + *o->notM);
    if (o->badReloc)
      plan.malformed.push_back(o->name() + ": " + *o->badReloc);
    if (o->floatAbi == FloatAbi::Hard && !hard)
      hard = o;
    if (o->floatAbi == FloatAbi::Soft && !soft)
      soft = o;
    if (o->sbrelNonAlloc)
      plan.sbrelNonAlloc.push_back({o->file, o->member});
  }
  if (hard && soft)
    plan.floatMismatch = {hard->name(), soft->name()};
  plan.unseenInputs = !in.sawEverything();
  allSeen = !plan.unseenInputs;

  first.resize(objects.size() + 1);
  for (uint32_t i = 0; i < objects.size(); ++i)
    first[i + 1] = first[i] + objects[i]->sections.size();
  state.assign(first.back(), 0);
  reasons.assign(first.back(), MoveReason::RamPointer);
  for (uint32_t type = 0; type < 256; ++type)
    kinds[type] = getRelKind(type, opts.arm);
  // Sections whose names the default layout misreads (LldRun.cpp).
  for (uint32_t i = 0; i < objects.size(); ++i) {
    if (!in.loaded[i] || !objects[i]->oddNames)
      continue;
    const ScanObject &o = *objects[i];
    for (const ScanSection &s : o.sections)
      if ((s.flags & (SHF_ALLOC | SHF_WRITE)) == (SHF_ALLOC | SHF_WRITE) &&
          (s.name == ".rodata" || s.name.starts_with(".rodata.")))
        plan.writableRoData.push_back(o.name() + ":(" + s.name.str() + ")");
    uint32_t last = ~0u;
    for (const ScanReloc &r : o.relocs) {
      const ScanSection &s = o.sections[r.holder];
      if (s.isRoData() && r.holder != last && kindOf(r.type) == RelKind::Abs &&
          (s.name == ".text" || s.name.starts_with(".text."))) {
        plan.dataInCode.push_back(o.name() + ":(" + s.name.str() + ")");
        last = r.holder;
      }
    }
  }
  if (opts.roRelocs == RoRelocPolicy::Error)
    return plan;

  // Direct reasons; a read-only word pointing at read-only data is an edge:
  // it moves if its target does.
  std::map<std::pair<uint32_t, uint32_t>, std::vector<std::pair<Node, Reloc>>> pointedBy;
  for (uint32_t i = 0; i < objects.size(); ++i) {
    if (!in.loaded[i])
      continue; // an archive member nothing pulls in: not in the link
    const ScanObject &o = *objects[i];
    for (const ScanReloc &sr : o.relocs) {
      std::optional<Reloc> kept = reloc(o, sr.holder, sr);
      if (!kept)
        continue;
      const Reloc &r = *kept;
      Node t;
      Seg seg = resolve(i, r.target, t);
      RelKind kind = kindOf(r.type);
      if (kind == RelKind::SbRel || kind == RelKind::GotRel) {
        if (seg == Seg::Node)
          mark(t, MoveReason::StaticBase,
               because(o, r, "reaches read-only data through r9, which holds the RW base"));
        // A symbol no input defines, reached through r9: if the script
        // makes it absolute (or it is weak and stays undefined), lld says
        // only "SBREL relocation to X without static base"; this is where.
        bool undefinedGlobal =
            seg == Seg::Unknown || (seg == Seg::None && r.target.kind == Target::Global);
        if (undefinedGlobal && !plan.sbrelUndefined.count(r.symbol.str()))
          plan.sbrelUndefined[r.symbol.str()] = StringRef(because(o, r, "").text()).rtrim().str();
        // __start_X / __stop_X, which lld defines around a linker set X:
        // reached through r9 (Rust reaches every extern static so), the set
        // is read-only data reached SB-relative, and moves.
        StringRef set = r.target.name;
        if (undefinedGlobal && (set.consume_front("__start_") || set.consume_front("__stop_")) &&
            isCIdentifier(set))
          for (Node member : setMembers(set))
            mark(member, MoveReason::StaticBase,
                 because(o, r, "reaches a linker set's bound through r9, which holds the RW "
                               "base"));
        continue;
      }
      // An absolute word in read-only data.
      if (seg == Seg::RW) {
        mark({i, r.section}, MoveReason::RamPointer,
             because(o, r, "puts a RAM address into flash, but the RAM base changes at each load"));
      } else if (seg == Seg::Unknown) {
        mark({i, r.section}, MoveReason::RamPointer,
             because(o, r, "puts into flash the address of a symbol that no input object "
                           "defines (a linker script's or --defsym's), which may lie in RAM"));
      } else if ((seg == Seg::RO || seg == Seg::Node) &&
                 opts.roRelocs == RoRelocPolicy::Ram) {
        mark({i, r.section}, MoveReason::RoRelocsRam,
             because(o, r, "puts a flash address into flash, which --rrld-ro-relocs=ram keeps "
                           "out of flash"));
      } else if (seg == Seg::Node && !(t.obj == i && t.sec == r.section)) {
        pointedBy[{t.obj, t.sec}].push_back({Node{i, r.section}, r});
      }
    }
  }
  // A move makes the words pointing at the moved data RAM addresses, and
  // takes the object's other read-only data sections of that name along.
  while (!work.empty()) {
    Node n = work.front();
    work.pop_front();
    const ScanObject &o = *objects[n.obj];
    StringRef name = o.sections[n.sec].name;
    for (uint32_t s = 0; s < o.sections.size(); ++s)
      if (s != n.sec && !state[first[n.obj] + s] && o.sections[s].name == name &&
          o.sections[s].isRoData())
        mark({n.obj, s}, MoveReason::SameName,
             MoveCause{&o, n.sec, 0, 0, {}, false, true,
                       ", and a linker script cannot place one of the object's sections of "
                       "that name without the others"});
    if (isCIdentifier(name))
      for (Node other : setMembers(name))
        if (!state[first[other.obj] + other.sec])
          mark(other, MoveReason::SameName,
               MoveCause{&o, n.sec, 0, 0, {}, false, true,
                         ", and a linker set (the sections of one C-identifier name, which "
                         "__start_ and __stop_ symbols bound) stays together"});
    auto it = pointedBy.find({n.obj, n.sec});
    if (it == pointedBy.end())
      continue;
    for (const auto &[from, r] : it->second)
      mark(from, MoveReason::RamPointer,
           because(*objects[from.obj], r,
                   "puts a RAM address into flash: its target moves to RW"));
  }

  for (uint32_t i = 0; i < objects.size(); ++i)
    for (uint32_t s = 0; s < first[i + 1] - first[i]; ++s) {
      if (!state[first[i] + s])
        continue;
      const ScanObject &o = *objects[i];
      PlannedMove m;
      m.file = o.file;
      m.member = o.member;
      m.name = o.sections[s].name.str();
      m.index = s;
      m.object = i;
      m.size = o.sections[s].size;
      if ((o.sections[s].flags & SHF_GROUP) && o.sections[s].orderNameGlobal &&
          !o.sections[s].orderName.empty())
        m.group = (o.sections[s].name + " " + o.sections[s].orderName).str();
      m.reason = reasons[first[i] + s];
      m.because = std::move(becauses[first[i] + s]);
      plan.moves.push_back(std::move(m));
    }
  return plan;
}

} // namespace

MovePlan planMoves(const InputScan &scan, const PlanOptions &opts) {
  return Planner(opts).run(scan);
}

} // namespace rrld
