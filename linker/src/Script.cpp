//===- Script.cpp - the ecosystem's linker scripts, unmodified ------------===//
//
// A reader of linker scripts just deep enough for what Script.h needs: the
// output section descriptions, their memories, INCLUDE, REGION_ALIAS and
// INSERT.  lld parses the script for the link; expressions are never
// evaluated here, only skipped.
//
//===----------------------------------------------------------------------===//
#include "Script.h"

#include "rrld/format.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <set>

using namespace llvm;

namespace rrld {

//===----------------------------------------------------------------------===//
// Tokens
//===----------------------------------------------------------------------===//

namespace {

struct Token {
  StringRef text;
  unsigned line = 0;
  size_t begin = 0, end = 0; // offsets in the file's text
};

// lld's tokenizer splits on white space and on a few characters; names may
// hold '*', '?', '.', '-' and '/' (file patterns, /DISCARD/).  Operators
// inside expressions come out glued to names at times ("a+b"): harmless,
// since expressions are only skipped.
std::vector<Token> tokenize(StringRef s) {
  std::vector<Token> out;
  unsigned line = 1;
  size_t i = 0;
  auto isPunct = [](char c) { return StringRef("{}();,:=<>\"").contains(c); };
  while (i < s.size()) {
    char c = s[i];
    if (c == '\n') {
      ++line;
      ++i;
      continue;
    }
    if (isSpace(c)) {
      ++i;
      continue;
    }
    if (s.substr(i).starts_with("/*")) {
      size_t e = s.find("*/", i + 2);
      e = e == StringRef::npos ? s.size() : e + 2;
      line += s.slice(i, e).count('\n');
      i = e;
      continue;
    }
    size_t b = i;
    if (c == '"') {
      size_t e = s.find('"', i + 1);
      e = e == StringRef::npos ? s.size() : e + 1;
      out.push_back({s.slice(b + 1, std::max(b + 1, e - 1)), line, b, e});
      line += s.slice(b, e).count('\n');
      i = e;
      continue;
    }
    if (isPunct(c)) {
      out.push_back({s.substr(i, 1), line, i, i + 1});
      ++i;
      continue;
    }
    while (i < s.size() && !isSpace(s[i]) && !isPunct(s[i]) && !s.substr(i).starts_with("/*"))
      ++i;
    out.push_back({s.slice(b, i), line, b, i});
  }
  return out;
}

struct ScriptFile {
  std::string path;
  std::unique_ptr<MemoryBuffer> buf;
  std::vector<Token> toks;
};

class Scanner {
public:
  Scanner(std::vector<std::string> searchDirs) : dirs(std::move(searchDirs)) {}

  void scanFile(StringRef path, StringRef includer);
  ScriptInfo finish();

private:
  struct Insert {
    std::vector<ScriptSection> sections;
    bool after = false;
    std::string where;
  };

  std::optional<std::string> find(StringRef name, StringRef includer) const;
  ScriptFile *open(StringRef name, StringRef includer);
  void topLevel(ScriptFile &f, size_t &i, size_t end);
  void sectionsBlock(ScriptFile &f, size_t &i, size_t end, std::vector<ScriptSection> &out);
  void outputSection(ScriptFile &f, size_t &i, size_t end, std::vector<ScriptSection> &out);
  static size_t skipGroup(const std::vector<Token> &t, size_t i, size_t end); // at '(' or '{'
  static size_t skipStatement(const std::vector<Token> &t, size_t i, size_t end);

  std::vector<std::string> dirs;
  std::vector<std::unique_ptr<ScriptFile>> files;
  std::vector<ScriptSection> main;
  std::vector<Insert> inserts;
  std::map<std::string, std::string> aliases;
  StringSet<> active;
  bool hasSections = false;
};

} // namespace

// Index past the group that opens at t[i] ('(' or '{'), or `end`.
size_t Scanner::skipGroup(const std::vector<Token> &t, size_t i, size_t end) {
  int depth = 0;
  for (; i < end; ++i) {
    StringRef x = t[i].text;
    if (x == "(" || x == "{")
      ++depth;
    else if ((x == ")" || x == "}") && --depth == 0)
      return i + 1;
  }
  return end;
}

// Index past the ';' that ends the statement at t[i] (groups skipped), or
// at the '}' that closes the enclosing block.
size_t Scanner::skipStatement(const std::vector<Token> &t, size_t i, size_t end) {
  while (i < end) {
    StringRef x = t[i].text;
    if (x == ";")
      return i + 1;
    if (x == "}")
      return i;
    if (x == "(" || x == "{")
      i = skipGroup(t, i, end);
    else
      ++i;
  }
  return end;
}

std::optional<std::string> Scanner::find(StringRef name, StringRef includer) const {
  if (sys::fs::exists(name))
    return name.str();
  for (const std::string &d : dirs) {
    SmallString<256> p(d);
    sys::path::append(p, name);
    if (sys::fs::exists(p))
      return std::string(p);
  }
  if (!includer.empty()) {
    SmallString<256> p(sys::path::parent_path(includer));
    sys::path::append(p, name);
    if (sys::fs::exists(p))
      return std::string(p);
  }
  return std::nullopt;
}

// The script NAME (INCLUDEd from INCLUDER), read and tokenized, active
// until the caller has scanned it; null when it is not found, already being
// read (an INCLUDE cycle) or unreadable: lld reports those.
ScriptFile *Scanner::open(StringRef name, StringRef includer) {
  std::optional<std::string> path = find(name, includer);
  if (!path || !active.insert(*path).second)
    return nullptr;
  ErrorOr<std::unique_ptr<MemoryBuffer>> mb = MemoryBuffer::getFile(*path, /*IsText=*/true);
  if (!mb) {
    active.erase(*path);
    return nullptr;
  }
  auto f = std::make_unique<ScriptFile>();
  f->path = *path;
  f->buf = std::move(*mb);
  f->toks = tokenize(f->buf->getBuffer());
  files.push_back(std::move(f));
  return files.back().get();
}

void Scanner::scanFile(StringRef name, StringRef includer) {
  if (ScriptFile *f = open(name, includer)) {
    size_t i = 0;
    topLevel(*f, i, f->toks.size());
    active.erase(f->path);
  }
}

void Scanner::topLevel(ScriptFile &f, size_t &i, size_t end) {
  const std::vector<Token> &t = f.toks;
  while (i < end) {
    StringRef x = t[i].text;
    StringRef next = i + 1 < end ? t[i + 1].text : "";
    if (x == ";") {
      ++i;
    } else if (x == "INCLUDE" && i + 1 < end) {
      std::string inc = t[i + 1].text.str();
      i += 2;
      scanFile(inc, f.path);
    } else if (x == "SECTIONS" && next == "{") {
      hasSections = true;
      size_t close = skipGroup(t, i + 1, end);
      std::vector<ScriptSection> v;
      size_t j = i + 2;
      sectionsBlock(f, j, close - 1, v);
      i = close;
      if (i < end && t[i].text == "INSERT") {
        Insert ins;
        ins.after = i + 1 < end && t[i + 1].text == "AFTER";
        ins.where = i + 2 < end ? t[i + 2].text.str() : "";
        for (ScriptSection &s : v)
          s.inserted = true;
        ins.sections = std::move(v);
        inserts.push_back(std::move(ins));
        i += 3;
      } else {
        main.insert(main.end(), v.begin(), v.end());
      }
    } else if (x == "REGION_ALIAS" && next == "(") {
      size_t close = skipGroup(t, i + 1, end);
      if (close - i == 6) // REGION_ALIAS ( "alias" , region )
        aliases[t[i + 2].text.str()] = t[i + 4].text.str();
      i = close;
    } else if (next == "(" || next == "{") {
      // ENTRY(...), MEMORY {...}, PHDRS {...}, ASSERT(...), PROVIDE(...) ...
      i = skipGroup(t, i + 1, end);
    } else {
      size_t n = skipStatement(t, i, end);
      i = n > i ? n : i + 1; // a stray '}': lld reports it
    }
  }
}

void Scanner::sectionsBlock(ScriptFile &f, size_t &i, size_t end,
                            std::vector<ScriptSection> &out) {
  const std::vector<Token> &t = f.toks;
  while (i < end) {
    StringRef x = t[i].text;
    StringRef next = i + 1 < end ? t[i + 1].text : "";
    if (x == ";") {
      ++i;
      continue;
    }
    if (x == "INCLUDE" && i + 1 < end) {
      // An INCLUDE inside SECTIONS holds section commands.
      StringRef name = t[i + 1].text;
      i += 2;
      if (ScriptFile *g = open(name, f.path)) {
        size_t j = 0;
        sectionsBlock(*g, j, g->toks.size(), out);
        active.erase(g->path);
      }
      continue;
    }
    if (x == "OVERLAY") { // not described here: lld places it
      while (i < end && t[i].text != "{")
        ++i;
      i = skipGroup(t, i, end);
      continue;
    }
    if (next == "(" && StringRef(x).upper() == x.str() && x != "/DISCARD/" &&
        !x.starts_with(".")) {
      // ASSERT(...), PROVIDE(...), ENTRY(...), ...
      i = skipGroup(t, i + 1, end);
      continue;
    }
    // An assignment has '=' before any ':' or '{'; a description a ':'.
    size_t j = i;
    bool isSection = false;
    while (j < end) {
      StringRef y = t[j].text;
      if (y == "=" || y == ";" || y == "{" || y == "}")
        break;
      if (y == ":") {
        isSection = true;
        break;
      }
      j = (y == "(") ? skipGroup(t, j, end) : j + 1;
    }
    if (isSection) {
      outputSection(f, i, end, out);
    } else {
      size_t n = skipStatement(t, i, end);
      i = n > i ? n : i + 1;
    }
  }
}

void Scanner::outputSection(ScriptFile &f, size_t &i, size_t end,
                            std::vector<ScriptSection> &out) {
  const std::vector<Token> &t = f.toks;
  StringRef text = f.buf->getBuffer();
  ScriptSection s;
  s.name = t[i].text.str();
  s.file = f.path;
  s.line = t[i].line;
  size_t begin = t[i].begin;
  ++i;
  // NAME [address] [(TYPE)] : [AT(lma)] [ALIGN(a)] [SUBALIGN(a)] [constraint] {
  for (; i < end && t[i].text != ":"; ++i)
    if (t[i].text == "(") {
      size_t close = skipGroup(t, i, end);
      if (close - i == 3) {
        StringRef ty = t[i + 1].text;
        s.noload |= ty == "NOLOAD";
        s.info |= ty == "INFO" || ty == "COPY" || ty == "DSECT" || ty == "OVERLAY";
      }
      i = close - 1;
    }
  for (++i; i < end && t[i].text != "{"; ++i) {
    if (t[i].text == "AT" && i + 1 < end && t[i + 1].text == "(")
      s.atExpr = true;
    if (t[i].text == "(")
      i = skipGroup(t, i, end) - 1;
  }
  if (i >= end)
    return;
  size_t bodyEnd = skipGroup(t, i, end); // past '}'
  // The body: input section descriptions and data make a section more than
  // padding; assignments and PROVIDEs do not.
  bool content = false;
  for (size_t k = i + 1; k + 1 < bodyEnd;) {
    StringRef y = t[k].text;
    StringRef ny = k + 1 < bodyEnd ? t[k + 1].text : "";
    if (y == ";") {
      ++k;
    } else if ((y == "PROVIDE" || y == "PROVIDE_HIDDEN") && ny == "(") {
      s.provides = true;
      k = skipGroup(t, k + 1, bodyEnd);
    } else if ((y == "HIDDEN" || y == "ASSERT" || y == "FILL") && ny == "(") {
      k = skipGroup(t, k + 1, bodyEnd);
    } else if (y == "BYTE" || y == "SHORT" || y == "LONG" || y == "QUAD" || y == "SQUAD") {
      content = true;
      k = ny == "(" ? skipGroup(t, k + 1, bodyEnd) : k + 1;
    } else if (ny == "=" || (ny.size() == 1 && StringRef("+-*/&|").contains(ny[0]) &&
                             k + 2 < bodyEnd && t[k + 2].text == "=") ||
               y.ends_with("+") || y.ends_with("-")) {
      k = skipStatement(t, k, bodyEnd - 1);
    } else {
      content = true; // *(.text*), KEEP(...), file.o(...), CONSTRUCTORS
      k = ny == "(" ? skipGroup(t, k + 1, bodyEnd) : k + 1;
    }
  }
  s.padding = !content;
  s.text = text.slice(begin, t[bodyEnd - 1].end).str();
  i = bodyEnd;
  // > REGION, AT > REGION, :phdr, = fill
  while (i < end) {
    StringRef y = t[i].text;
    if (y == ">" && i + 1 < end) {
      s.region = t[i + 1].text.str();
      i += 2;
    } else if (y == "AT" && i + 2 < end && t[i + 1].text == ">") {
      s.lmaRegion = t[i + 2].text.str();
      i += 3;
    } else if (y == ":" && i + 1 < end) {
      s.phdrs = true;
      i += 2;
    } else if (y == "=" && i + 1 < end) {
      i += 2;
    } else {
      break;
    }
  }
  out.push_back(std::move(s));
}

ScriptInfo Scanner::finish() {
  ScriptInfo info;
  info.sections = std::move(main);
  for (Insert &ins : inserts) {
    auto it = llvm::find_if(info.sections,
                            [&](const ScriptSection &s) { return s.name == ins.where; });
    if (it == info.sections.end()) { // lld reports it
      info.sections.insert(info.sections.end(), ins.sections.begin(), ins.sections.end());
      continue;
    }
    if (ins.after)
      ++it;
    info.sections.insert(it, ins.sections.begin(), ins.sections.end());
  }
  info.aliases = std::move(aliases);
  info.hasSections = hasSections;
  return info;
}

const ScriptSection *ScriptInfo::find(StringRef name) const {
  for (const ScriptSection &s : sections)
    if (s.name == name)
      return &s;
  return nullptr;
}

std::string ScriptInfo::memory(StringRef region) const {
  std::string r = region.str();
  for (int n = 0; n < 8; ++n) { // aliases of aliases, without looping forever
    auto it = aliases.find(r);
    if (it == aliases.end())
      break;
    r = it->second;
  }
  return r;
}

// The -T scripts and -L directories in lld's arguments, in lld's spellings.
ScriptInfo scanScripts(ArrayRef<std::string> args) {
  std::vector<std::string> scripts, dirs;
  for (size_t i = 0; i < args.size(); ++i) {
    StringRef a = args[i];
    auto value = [&](std::initializer_list<StringRef> names, std::vector<std::string> &out) {
      for (StringRef n : names) {
        if (a == n && i + 1 < args.size()) {
          out.push_back(args[++i]);
          return true;
        }
        if (a.starts_with(n) && a.size() > n.size() && (n.size() == 2 || a[n.size()] == '=')) {
          out.push_back(a.drop_front(n.size()).ltrim('=').str());
          return true;
        }
      }
      return false;
    };
    if (a.starts_with("-Ttext") || a.starts_with("-Tdata") || a.starts_with("-Tbss"))
      continue;
    if (!value({"--script", "-script", "-T"}, scripts))
      value({"--library-path", "-library-path", "-L"}, dirs);
  }
  Scanner sc(dirs);
  for (const std::string &s : scripts)
    sc.scanFile(s, "");
  return sc.finish();
}

//===----------------------------------------------------------------------===//
// Before lld: the fragment
//===----------------------------------------------------------------------===//

ScriptFragment scriptFragment(const ScriptInfo &info) {
  ScriptFragment frag;
  if (!info.hasSections || info.sections.empty())
    return frag;
  std::string out;
  if (!info.find(".rrld_header")) {
    // The header goes before the first output section, in its memory.  lld
    // inserts it there as it does a memory.x's INSERT.
    const ScriptSection &first = info.sections.front();
    frag.insertedHeader = true;
    frag.headerBefore = first.name;
    out += "/* rrld: the image header, first in RO */\nSECTIONS {\n  .rrld_header : { . += " +
           std::to_string(RRLD_HEADER_SIZE) + "; }";
    if (!first.region.empty())
      out += " > " + first.region;
    if (!first.lmaRegion.empty())
      out += " AT > " + first.lmaRegion;
    out += "\n} INSERT BEFORE " + first.name + ";\n";
  }
  // lld starts a new PT_LOAD where the load region changes.  A section that
  // follows an 'AT > L' section in the same memory but has no load region of
  // its own (Hubris's NOLOAD .bss and .uninit, libtock-c's .bss) would start
  // a second writable PT_LOAD, with its own static base.  Its load address
  // means nothing to an rrld image (RW's initial data is in the image), so it
  // is restated with L.
  std::string restated;
  for (size_t k = 0; k < info.sections.size(); ++k) {
    const ScriptSection &s = info.sections[k];
    if (s.region.empty() || !s.lmaRegion.empty() || s.atExpr || s.info || s.provides ||
        s.phdrs || s.name == "/DISCARD/")
      continue;
    std::string mem = info.memory(s.region), lma;
    for (size_t p = k; p-- > 0;) {
      const ScriptSection &q = info.sections[p];
      if (info.memory(q.region) == mem && !q.lmaRegion.empty()) {
        lma = q.lmaRegion;
        break;
      }
    }
    if (lma.empty())
      continue;
    restated += "  " + s.text + " > " + s.region + " AT > " + lma + "\n";
    frag.restated.push_back(s.name);
  }
  // Flash padding after the load image (Hubris's .fill, which fills flash
  // up to the end of its memory): not part of a relocatable image, and the
  // restated sections' load addresses would not fit after it.  Restated as
  // empty, so lld drops it.
  bool afterLoad = false;
  std::set<std::string> loadMemories;
  for (const ScriptSection &s : info.sections)
    if (!s.lmaRegion.empty())
      loadMemories.insert(info.memory(s.lmaRegion));
  for (const ScriptSection &s : info.sections) {
    afterLoad |= !s.lmaRegion.empty();
    if (afterLoad && s.padding && !s.region.empty() && !s.phdrs &&
        loadMemories.count(info.memory(s.region))) {
      restated += "  " + s.name + " : { }\n";
      frag.dropped.push_back(s.name);
    }
  }
  if (!restated.empty())
    out += "/* rrld: RW sections with the load region of the RW before them */\n"
           "OVERWRITE_SECTIONS {\n" + restated + "}\n";
  frag.text = std::move(out);
  return frag;
}

//===----------------------------------------------------------------------===//
// After lld
//===----------------------------------------------------------------------===//

// Recomputes the segment ranges after sections left the image (as
// LinkedElf::read does).
static void recomputeRanges(LinkedElf &elf) {
  bool haveRo = false, haveRw = false;
  elf.ro = elf.rw = {0, 0};
  elf.rwInitEnd = 0;
  for (const OutSection &s : elf.sections) {
    if (s.seg == Seg::None || s.size == 0)
      continue;
    AddrRange &r = s.seg == Seg::RO ? elf.ro : elf.rw;
    bool &have = s.seg == Seg::RO ? haveRo : haveRw;
    uint32_t end = s.addr + s.size;
    r = have ? AddrRange{std::min(r.lo, s.addr), std::max(r.hi, end)} : AddrRange{s.addr, end};
    have = true;
    if (s.seg == Seg::RW && s.hasBits())
      elf.rwInitEnd = std::max(elf.rwInitEnd, end);
  }
  if (elf.rwInitEnd < elf.rw.lo)
    elf.rwInitEnd = elf.rw.lo;
}

static bool inLoad(const LoadSegment &p, const OutSection &s) {
  return s.addr >= p.vaddr && s.addr - p.vaddr < std::max<uint32_t>(p.memsz, 1) &&
         (s.size == 0 || s.addr + s.size - p.vaddr <= p.memsz);
}

ScriptEdits applyScript(Ctx &ctx, LinkedElf &elf, const ScriptInfo &info,
                        const ScriptFragment &frag) {
  ScriptEdits edits;
  auto where = [&](StringRef name) -> std::string {
    if (const ScriptSection *s = info.find(name))
      return " (" + s->where() + ")";
    return " (not in the linker script)";
  };

  // 1. Padding: a section holding only assignments to '.' (Hubris's .fill,
  // which pads flash up to the end of its memory; libtock-c's .stack, which
  // reserves RAM the loader gives anyway).  lld gives such a section the
  // flags of the section before it, so it may look writable in flash.
  for (OutSection &s : elf.sections) {
    const ScriptSection *d = info.find(s.name);
    if (s.seg == Seg::None || !d || !d->padding || s.name == ".rrld_header")
      continue;
    s.seg = Seg::None;
    edits.padding.push_back(s.index);
  }
  if (!edits.padding.empty()) {
    recomputeRanges(elf);
    // PT_LOADs that hold only padding leave the model (and the output).
    std::vector<LoadSegment> kept;
    // Program header indices: elf.loads lists the PT_LOADs in file order.
    const auto *eh = reinterpret_cast<const ELF::Elf32_Ehdr *>(elf.bytes.data());
    std::vector<uint32_t> loadIndex;
    for (uint32_t k = 0; k < eh->e_phnum; ++k) {
      size_t off = eh->e_phoff + size_t(k) * sizeof(ELF::Elf32_Phdr);
      if (off + sizeof(ELF::Elf32_Phdr) <= elf.bytes.size() &&
          support::endian::read32le(elf.bytes.data() + off) == ELF::PT_LOAD)
        loadIndex.push_back(k);
    }
    for (size_t k = 0; k < elf.loads.size(); ++k) {
      const LoadSegment &p = elf.loads[k];
      bool padding = false, other = false;
      for (const OutSection &s : elf.sections)
        if ((s.flags & ELF::SHF_ALLOC) && inLoad(p, s) && (s.size || p.memsz == 0))
          (llvm::is_contained(edits.padding, s.index) ? padding : other) = true;
      if (padding && !other && k < loadIndex.size())
        edits.nullLoads.push_back(loadIndex[k]);
      else
        kept.push_back(p);
    }
    elf.loads = std::move(kept);
  }

  // 2. The header: where rrld inserted it, it must have landed first in RO.
  if (frag.insertedHeader) {
    const OutSection *hdr = elf.findSection(".rrld_header");
    const OutSection *next = elf.findSection(frag.headerBefore);
    if ((hdr && hdr->seg != Seg::RO) || (next && next->seg == Seg::RW)) {
      ctx.diag.error("rrld put the image header before " + frag.headerBefore +
                     where(frag.headerBefore) +
                     ", the script's first output section, but that section is writable (in "
                     "RAM); the header must be the first read-only section: make the script's first output section a read-only one, or "
                     "describe the header yourself first in flash: .rrld_header : { . += 96; } "
                     "> FLASH");
      return edits; // the rest follows from it
    }
    // Something lld placed before it: an orphan (lld's rules put a
    // read-only one there) or a section with an address of its own.
    const OutSection *before = nullptr;
    for (const OutSection &s : elf.sections)
      if (hdr && hdr->seg == Seg::RO && s.seg == Seg::RO && s.size && s.addr < hdr->addr &&
          (!before || s.addr < before->addr))
        before = &s;
    if (before) {
      ctx.diag.error("rrld put the image header before " + frag.headerBefore +
                     where(frag.headerBefore) + ", the script's first output section, but "
                     "lld placed the read-only section " + before->name + where(before->name) +
                     " at " + hex(before->addr) + ", before the header at " + hex(hdr->addr) +
                     "; the header must be the first read-only section\n>>> fix: describe " +
                     before->name + " in the script after " + frag.headerBefore +
                     ", or discard it (/DISCARD/ : { *(" + before->name + "*) })");
      return edits;
    }
    if (hdr && next && next->seg == Seg::RO && next->addr < hdr->addr)
      ctx.diag.error("rrld put the image header before " + frag.headerBefore +
                     where(frag.headerBefore) + ", but lld placed it at " + hex(hdr->addr) +
                     ", after that section (" + hex(next->addr) +
                     "); give the section no fixed address, or describe the header yourself "
                     "first in flash: .rrld_header : { . += 96; } > FLASH");
  }

  // 3. RW in one memory.  The format carries one RW region: one RAM block
  // the loader allocates, one static base (docs/format.md).
  std::map<std::string, std::vector<const OutSection *>> byMemory;
  for (const OutSection &s : elf.sections)
    if (s.seg == Seg::RW && s.size != 0)
      if (const ScriptSection *d = info.find(s.name); d && !d->region.empty())
        byMemory[info.memory(d->region)].push_back(&s);
  if (byMemory.size() > 1) {
    // The memory of RW's first section is RW's; the others are named.
    const OutSection *first = nullptr;
    for (const auto &[mem, secs] : byMemory)
      for (const OutSection *s : secs)
        if (!first || s->addr < first->addr)
          first = s;
    std::string home = info.memory(info.find(first->name)->region), list, others;
    for (const auto &[mem, secs] : byMemory)
      for (const OutSection *s : secs) {
        list += "\n>>> " + s->name.str() + where(s->name) + " in memory " + mem + ", " +
                std::to_string(s->size) + " bytes";
        if (mem != home)
          others += (others.empty() ? "" : ", ") + s->name.str() + " (" + mem + ")";
      }
    ctx.diag.error("RW output sections lie in " + Twine(byMemory.size()) +
                   " memories, but an rrld image has one RW region, which the loader "
                   "places as one block with one static base (r9):" + list +
                   "\n>>> fix: keep every writable output section in " + home + ", " +
                   first->name + "'s memory: place " + others + " there, or leave " +
                   "its input sections out of this program (a buffer in another memory "
                   "cannot move with the image; the kernel must lend it)");
    return edits;
  }

  // 4. RW in one PT_LOAD (what the restated sections are for): name the
  // section that starts each further writable PT_LOAD.
  std::vector<const OutSection *> starts;
  for (const LoadSegment &p : elf.loads) {
    if (!(p.flags & ELF::PF_W) || p.memsz == 0)
      continue;
    const OutSection *first = nullptr;
    for (const OutSection &s : elf.sections)
      if (s.seg == Seg::RW && s.size && inLoad(p, s) && (!first || s.addr < first->addr))
        first = &s;
    if (first)
      starts.push_back(first);
  }
  if (starts.size() > 1) {
    // An orphan (an output section the script does not describe: lld made
    // it from input sections no description took) is laid out with its
    // load address equal to its address, which splits RW: it is the cause.
    bool orphans = false;
    for (const OutSection &s : elf.sections)
      if (s.seg == Seg::RW && s.size && s.addr > starts[0]->addr && !info.find(s.name)) {
        orphans = true;
        ctx.diag.error("RW output section " + s.name + " is an orphan: the linker script does "
                       "not describe it, so lld placed it after " + starts[0]->name +
                       where(starts[0]->name) + " without its load region, and RW no longer "
                       "fits in one PT_LOAD, which rrld needs (one static base for r9)\n"
                       ">>> fix: put its input sections (" + s.name + ") into a section the "
                       "script describes, such as .data, or describe " + s.name +
                       " in the script with the load region of " + starts[0]->name);
      }
    if (orphans)
      return edits;
    const ScriptSection *d0 = info.find(starts[0]->name);
    std::string lma = d0 && !d0->lmaRegion.empty() ? d0->lmaRegion : "";
    for (size_t k = 1; k < starts.size(); ++k) {
      const ScriptSection *d = info.find(starts[k]->name);
      // Without memories, the split has other causes (read-only sections
      // between, addresses far apart), which computeLayout names.
      if (!d || (d->region.empty() && !d->atExpr && !d->phdrs))
        continue;
      std::string why = d->atExpr ? "it has its own load address, AT(...)"
                        : d->provides ? "rrld cannot restate it with a load region: it holds "
                                        "PROVIDE, which lld 19 ignores in OVERWRITE_SECTIONS"
                        : d->phdrs ? "the script assigns it to program headers (PHDRS)"
                                   : "its load region differs from " +
                                         starts[0]->name.str() + "'s";
      ctx.diag.error(
          "RW output section " + starts[k]->name + where(starts[k]->name) +
          " starts a second writable PT_LOAD after " + starts[0]->name + where(starts[0]->name) +
          ": " + why + "; lld gives each PT_LOAD its own static base for SB-relative (r9) "
          "relocations, but the loader sets one\n>>> fix: give " + starts[k]->name +
          (lma.empty() ? std::string(" the same load region as ") + starts[0]->name.str()
                       : " the load region 'AT > " + lma + "'") +
          ", or none to both (rrld images carry RW's initial data themselves)");
    }
  }
  return edits;
}

void appendScriptPatches(const LinkedElf &elf, const ScriptEdits &edits,
                         std::vector<FilePatch> &patches) {
  if (edits.padding.empty() && edits.nullLoads.empty())
    return;
  using support::endian::read32le;
  // The section header table's place after imageElfPatches: the ELF header
  // patch (offset 0) holds it.
  uint32_t shoff = read32le(elf.bytes.data() + offsetof(ELF::Elf32_Ehdr, e_shoff));
  for (const FilePatch &p : patches)
    if (p.offset == 0 && p.bytes.size() >= sizeof(ELF::Elf32_Ehdr))
      shoff = read32le(p.bytes.data() + offsetof(ELF::Elf32_Ehdr, e_shoff));
  auto word = [](uint32_t v) {
    std::vector<uint8_t> b(4);
    support::endian::write32le(b.data(), v);
    return b;
  };
  for (uint32_t idx : edits.padding) {
    uint32_t flags = elf.sections[idx].flags &
                     ~uint32_t(ELF::SHF_ALLOC | ELF::SHF_WRITE | ELF::SHF_EXECINSTR);
    patches.push_back({shoff + uint64_t(idx) * sizeof(ELF::Elf32_Shdr) +
                           offsetof(ELF::Elf32_Shdr, sh_flags),
                       word(flags)});
  }
  uint32_t phoff = read32le(elf.bytes.data() + offsetof(ELF::Elf32_Ehdr, e_phoff));
  for (uint32_t k : edits.nullLoads)
    patches.push_back({phoff + uint64_t(k) * sizeof(ELF::Elf32_Phdr), word(ELF::PT_NULL)});
}

void explainScriptProblem(const LinkedElf &elf, const ScriptInfo &info, StringRef input,
                          Problem &p) {
  const OutSection &out = elf.sections[p.section];
  const ScriptSection *d = info.find(out.name);
  if (!d || !out.isExec() || input.empty() || input.starts_with(".text") ||
      !StringRef(p.why).starts_with("puts an absolute address into code"))
    return;
  p.why = ("lies in read-only data (" + input + ") that the linker script puts into the "
           "executable output section " + out.name + " (" + d->where() +
           "); rrld takes absolute words in code for literal pools, which a relocatable "
           "image cannot hold").str();
  p.fix = "pass --rrld-ro-relocs=ram, which moves such data to RAM before the link, or "
          "describe the read-only data in an output section of its own";
}

} // namespace rrld
