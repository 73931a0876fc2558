//===- Driver.cpp - rrld's link mode --------------------------------------===//
//
// The pipeline of a link, in order; data flows one way and lld runs once:
//
//   1. split the command line: --rrld-* options are ours, the rest is lld's;
//      read the inputs and order the data holding addresses (Group.cpp);
//   2. decide from the inputs which read-only sections move to RW
//      (Plan.cpp), and place them: a fragment of the default layout, or
//      changed copies of the inputs under a user's script (Move.cpp);
//   3. run lld in-process with --emit-relocs (and the default layout when no
//      linker script is given);
//   4. read its output                        (LinkedElf.cpp)
//   5. find the RO and RW segments            (Layout.cpp)
//   6. classify every relocation              (Classify.cpp), then make
//      PC-relative code references into RW r9-relative (Rewrite.cpp)
//   7. encode the tables, lay out the image   (Relr.cpp, Image.cpp)
//   8. write the ELF and the flat image       (ElfWriter.cpp)
//
// Errors from 5 and 6 are collected and reported together, naming input
// sections (Names.cpp); nothing is written after an error, and lld's output
// file is removed, so a build system never sees a silently wrong image.
//
//===----------------------------------------------------------------------===//
#include "Driver.h"

#include "Classify.h"
#include "ElfWriter.h"
#include "Group.h"
#include "Image.h"
#include "Layout.h"
#include "LinkedElf.h"
#include "Move.h"
#include "Plan.h"
#include "Rewrite.h"
#include "Tools.h"

#include "lld/Common/Driver.h"
#include "lld/Common/ErrorHandler.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/StringSaver.h"

#include <CLI/CLI.hpp>

#include <chrono>
#include <cstddef>
#include <cstring>

LLD_HAS_DRIVER(elf)

using namespace llvm;

namespace rrld {

static const char defaultScriptTemplate[] =
#include "DefaultScript.inc"
    ;

std::string defaultScript(uint32_t roOrigin, uint32_t rwOrigin) {
  std::string s = defaultScriptTemplate;
  auto subst = [&](StringRef key, uint32_t v) {
    for (size_t pos; (pos = s.find(key.str())) != std::string::npos;)
      s.replace(pos, key.size(), hex(v));
  };
  subst("@RRLD_RO_ORIGIN@", roOrigin);
  subst("@RRLD_RW_ORIGIN@", rwOrigin);
  return s;
}

//===----------------------------------------------------------------------===//
// 1. The command line
//===----------------------------------------------------------------------===//

namespace {

struct LinkCli {
  CLI::App app{"rrld link options"};
  std::string roRelocs = "patch";
  std::string dataOrder = "grouped";
  std::string stackSize, heapSize, roOrigin, rwOrigin;
  std::string image, tbf, tbfName;
  bool tbfSha256 = false;
  bool verbose = false;
  bool explain = false;
  bool timePasses = false;
  bool printScript = false;
  bool printOrder = false;

  LinkCli() {
    app.set_help_flag();
    app.add_option("--rrld-ro-relocs", roRelocs,
                   "What to do with read-only data that holds addresses or is reached "
                   "through r9. 'patch' (default): words pointing into flash (vtables, "
                   "function and string tables) go to the RO table, applied when the image "
                   "is installed; data holding RAM addresses or reached through r9 moves to "
                   "RW. 'ram': all of it moves to RW, so flash is never written. 'error': "
                   "refuse all of it")
        ->check(CLI::IsMember({"patch", "ram", "error"}));
    app.add_option("--rrld-data-order", dataOrder,
                   "Order of data sections inside each output section. 'grouped' "
                   "(default): those holding addresses first, grouped by what they point at "
                   "(flash, both, RAM), for short relocation tables and a fast load; the "
                   "rest after them in input order. 'input': input order throughout. "
                   "A link given --symbol-ordering-file, --call-graph-ordering-file or "
                   "--shuffle-sections keeps its own order")
        ->check(CLI::IsMember({"grouped", "input"}));
    app.add_option("--rrld-stack-size", stackSize,
                   "Stack bytes the image asks the loader for (default 2048)");
    app.add_option("--rrld-heap-size", heapSize,
                   "Heap bytes the image asks the loader for at least (default 1024)");
    app.add_option("--rrld-ro-origin", roOrigin,
                   "Link address of RO in the default layout (default 0x0)");
    app.add_option("--rrld-rw-origin", rwOrigin,
                   "Link address of RW in the default layout (default 0x20000000)");
    app.add_option("--rrld-image", image, "Also write the flat image to this file");
    app.add_option("--rrld-tbf", tbf,
                   "Also write the image as a Tock Binary Format app to this file, as "
                   "'rrld tbf' would with its defaults (see rrld tbf --help)");
    app.add_option("--rrld-tbf-name", tbfName,
                   "The TBF's package name (default: the output's file stem)");
    app.add_flag("--rrld-tbf-sha256", tbfSha256, "Add a SHA-256 credentials footer to the TBF");
    app.add_flag("--rrld-verbose", verbose, "Print how the relocations were classified");
    app.add_flag("--rrld-explain", explain,
                 "Print each read-only section moved to RW or patched at install time, "
                 "and the references that made it so");
    app.add_flag("--rrld-time-passes", timePasses, "Print the time each pass took");
    app.add_flag("--rrld-print-default-script", printScript,
                 "Print the default linker script (with the origins above) and exit");
    app.add_flag("--rrld-print-data-order", printOrder,
                 "Print the symbol ordering file that --rrld-data-order=grouped gives lld "
                 "for these inputs and exit (ld.lld --symbol-ordering-file=FILE "
                 "--no-warn-symbol-ordering then links them in the same order)");
    // As GNU ld does with its own options: a repeated option's last value
    // wins (cargo's build scripts and rustflags may both pass one).
    for (CLI::Option *o : app.get_options())
      o->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
  }
};

struct SplitArgs {
  std::vector<std::string> lld;  // for lld, without argv[0]
  std::vector<std::string> rrld; // --rrld-* options, normalised to --x=value
  std::string output = "a.out";
  bool hasScript = false;
  std::string mapFile; // the user's -Map
  bool hasEmulation = false;
  bool ordersSections = false; // --symbol-ordering-file and the like
  bool target1Rel = false;
  Target2Policy target2 = Target2Policy::GotRel;
};

} // namespace

std::string linkOptionsHelp() {
  LinkCli cli;
  std::string out;
  for (const CLI::Option *o : cli.app.get_options()) {
    std::string name = o->get_name(false, true);
    if (o->get_expected_min() > 0)
      name += "=VALUE";
    out += "  " + name + "\n      " + o->get_description() + "\n";
  }
  return out;
}

static uint32_t parseU32(Ctx &ctx, StringRef opt, StringRef v, uint32_t dflt) {
  if (v.empty())
    return dflt;
  uint64_t n;
  if (v.getAsInteger(0, n) || n > UINT32_MAX) {
    ctx.diag.error(opt + ": '" + v + "' is not a 32-bit number");
    return dflt;
  }
  return uint32_t(n);
}

// Separates rrld's options from lld's and notes the few lld options rrld
// needs to know about.  Matching follows lld's option table: single- and
// double-dash long options, joined or separate values.
static SplitArgs splitArgs(Ctx &ctx, ArrayRef<std::string> args, const LinkCli &cli) {
  SplitArgs out;
  auto valueOf = [&](size_t &i, StringRef a, std::initializer_list<StringRef> names,
                     std::string &value) {
    for (StringRef n : names) {
      if (a == n) {
        if (i + 1 < args.size())
          value = args[++i];
        return true;
      }
      if (a.starts_with(n) && (n.size() == 2 || a[n.size()] == '=')) {
        value = a.drop_front(n.size()).ltrim('=').str();
        return true;
      }
    }
    return false;
  };

  for (size_t i = 0; i < args.size(); ++i) {
    StringRef a = args[i];
    if (a.starts_with("--rrld-")) {
      std::string name = a.split('=').first.str();
      const CLI::Option *o = cli.app.get_option_no_throw(name);
      if (o && o->get_expected_min() > 0 && !a.contains('=') && i + 1 < args.size())
        out.rrld.push_back(name + "=" + args[++i]);
      else
        out.rrld.push_back(a.str());
      continue;
    }
    if (i == 0 && a == "-flavor" && i + 1 < args.size()) {
      if (args[i + 1] != "gnu")
        ctx.diag.error("-flavor " + args[i + 1] + " is not supported; rrld is an ELF linker");
      ++i;
      continue;
    }
    // Long options that share a prefix with -o, -T and -m.
    auto isLong = [&](std::initializer_list<StringRef> prefixes) {
      return llvm::any_of(prefixes, [&](StringRef p) { return a.starts_with(p); });
    };
    std::string v;
    size_t j = i;
    if (!isLong({"-omagic", "-oformat", "-opt-remarks", "-orphan-handling"}) &&
        valueOf(j, a, {"--output", "-output", "-o"}, v)) {
      out.output = v;
    } else if (!isLong({"-Ttext", "-Tdata", "-Tbss"}) &&
               valueOf(j, a, {"--script", "-script", "-T"}, v)) {
      out.hasScript = true;
    } else if (valueOf(j, a, {"--Map", "-Map"}, v)) {
      out.mapFile = v;
    } else if (!isLong({"-mllvm"}) && valueOf(j, a, {"-m"}, v)) {
      out.hasEmulation = true;
    } else if (isLong({"--symbol-ordering-file", "-symbol-ordering-file",
                       "--call-graph-ordering-file", "-call-graph-ordering-file",
                       "--shuffle-sections", "-shuffle-sections"})) {
      out.ordersSections = true;
    } else if (a == "--target1-rel" || a == "-target1-rel") {
      out.target1Rel = true;
    } else if (a == "--target1-abs" || a == "-target1-abs") {
      out.target1Rel = false;
    } else if (valueOf(j, a, {"--target2", "-target2"}, v)) {
      out.target2 = v == "rel" ? Target2Policy::Rel
                    : v == "abs" ? Target2Policy::Abs
                                 : Target2Policy::GotRel;
    }
    for (; i <= j; ++i)
      out.lld.push_back(args[i]);
    --i;
  }
  return out;
}

//===----------------------------------------------------------------------===//
// Diagnostics: naming the input section a relocated field came from
//===----------------------------------------------------------------------===//

// "a.o:(.rodata.x+0x8): R_ARM_ABS32 against 'f' <why>"
static std::string reference(const LinkedElf &elf, const InputMap &map, const Problem &p) {
  return map.locate(elf, p.offset, p.section) + ": " + relocName(p.type) + " against " +
         p.symbol + " " + p.why;
}

// The same, then "\n>>> fix: <fix>"
static std::string describe(const LinkedElf &elf, const InputMap &map, const Problem &p) {
  return reference(elf, map, p) + "\n>>> fix: " + p.fix;
}

// Why a problem that moving its section would fix is still there after the
// link: the plan refused the move, the script did not put the moved section
// in RAM, or the inputs did not show that it had to move.
static std::string unmoved(const LinkedElf &elf, const InputMap &map, const MovePlan &plan,
                           ArrayRef<MovedSection> moved, const Problem &p) {
  const MapEntry *in = nullptr;
  if (p.move == MoveKind::Section) {
    in = map.find(p.offset);
  } else {
    const OutSymbol &s = elf.symbols[p.sym];
    if (s.type != ELF::STT_SECTION)
      in = map.find(s.value);
  }
  if (!in)
    return "; rrld did not move it to RW";
  if (auto it = plan.refused.find(in->desc); it != plan.refused.end())
    return "; rrld cannot move it to RW: " + it->second;
  if (llvm::any_of(moved, [&](const MovedSection &m) { return m.desc == in->desc; }))
    return "; rrld moved " + in->desc + " to RW, but the linker script placed it in RO "
           "(does it put .data.* in RAM?)";
  return "; rrld decides what moves to RW from the inputs before the link, and they did not "
         "show that " + in->desc + " must move";
}

// The default layout with the planned read-only input sections placed at
// the start of .data.  lld assigns each input section to the first output
// section description that matches it, in script order, and .rodata comes
// first; OVERWRITE_SECTIONS descriptions are matched before all others, so
// the fragment restates .data there with the moved sections first.
std::string withMovedSections(const std::string &script, StringRef lines) {
  if (lines.empty())
    return script;
  size_t start = script.find("\n  .data : {");
  size_t open = script.find('{', start);
  size_t end = open;
  for (int depth = 0; end < script.size(); ++end) {
    depth += script[end] == '{' ? 1 : script[end] == '}' ? -1 : 0;
    if (depth == 0)
      break;
  }
  if (start == std::string::npos || end >= script.size())
    return script; // not the default layout's shape: nothing moves (the link reports it)
  return script + "\n/* Read-only input sections rrld moves to RW (rrld --rrld-explain says why). */\n"
                  "OVERWRITE_SECTIONS\n{\n  .data : {\n" +
         lines.str() + script.substr(open + 1, end - open - 1) + "}\n}\n";
}

//===----------------------------------------------------------------------===//
// 2. lld
//===----------------------------------------------------------------------===//

namespace {
// Passes lld's messages on line by line, as they come (lld may end the
// process on a fatal error), with the names of rrld's temporary files
// (changed copies of inputs, the default layout) replaced by what the user
// knows them as.
class RenamingStream : public raw_ostream {
public:
  RenamingStream(raw_ostream &os, ArrayRef<std::pair<std::string, std::string>> rename)
      : os(os), rename(rename) {
    SetUnbuffered();
  }
  ~RenamingStream() override {
    if (!pending.empty())
      emit(pending);
  }

private:
  void write_impl(const char *p, size_t n) override {
    written += n;
    pending.append(p, n);
    for (size_t nl; (nl = pending.find('\n')) != std::string::npos;) {
      emit(pending.substr(0, nl + 1));
      pending.erase(0, nl + 1);
    }
  }
  uint64_t current_pos() const override { return written; }
  void emit(std::string line) {
    for (const auto &[from, to] : rename)
      for (size_t pos = 0; (pos = line.find(from, pos)) != std::string::npos; pos += to.size())
        line.replace(pos, from.size(), to);
    os << line;
    os.flush();
  }

  raw_ostream &os;
  ArrayRef<std::pair<std::string, std::string>> rename;
  std::string pending;
  uint64_t written = 0;
};
} // namespace

static int runLld(ArrayRef<std::string> args,
                  ArrayRef<std::pair<std::string, std::string>> rename) {
  std::vector<const char *> argv{"ld.lld"};
  for (const std::string &a : args)
    argv.push_back(a.c_str());
  RenamingStream out(llvm::outs(), rename), err(llvm::errs(), rename);
  lld::Result r = lld::lldMain(argv, out, err, {{lld::Gnu, &lld::elf::link}});
  return r.retCode;
}

// Writes `text` to a new temporary file; removed when the returned object dies.
static Expected<std::unique_ptr<FileRemover>> writeTemp(StringRef prefix, StringRef suffix,
                                                         StringRef text, SmallString<128> &path) {
  int fd;
  if (std::error_code ec = sys::fs::createTemporaryFile(prefix, suffix, fd, path))
    return createStringError(ec, "cannot create a temporary file: " + ec.message());
  auto remover = std::make_unique<FileRemover>(path);
  raw_fd_ostream os(fd, /*shouldClose=*/true);
  os << text;
  os.close();
  if (os.has_error())
    return createStringError(os.error(), "cannot write " + path + ": " + os.error().message());
  return remover;
}

// A relocatable ARM object with one empty writable section, .data.rrld_anchor,
// that the default layout keeps in .data.  Without it, a program with no
// initialised data leaves .data empty; lld then keeps it only for the symbols
// the script defines there (__init_array_start ...), gives it the flags of the
// section before it (read-only), and resolves SB-relative references to those
// symbols against the RO segment.  An empty input section is enough to make
// the output section writable.
static std::string anchorObject() {
  static constexpr char names[] = "\0.data.rrld_anchor\0.shstrtab\0";
  constexpr uint32_t ehsize = sizeof(ELF::Elf32_Ehdr), shsize = sizeof(ELF::Elf32_Shdr);
  constexpr uint32_t namesOff = ehsize, shoff = (namesOff + sizeof(names) + 3) & ~3u;
  std::string obj(shoff + 3 * shsize, '\0');
  auto w16 = [&](size_t off, uint16_t v) { support::endian::write16le(&obj[off], v); };
  auto w32 = [&](size_t off, uint32_t v) { support::endian::write32le(&obj[off], v); };
  std::memcpy(&obj[0], ELF::ElfMagic, 4);
  obj[ELF::EI_CLASS] = ELF::ELFCLASS32;
  obj[ELF::EI_DATA] = ELF::ELFDATA2LSB;
  obj[ELF::EI_VERSION] = ELF::EV_CURRENT;
  w16(offsetof(ELF::Elf32_Ehdr, e_type), ELF::ET_REL);
  w16(offsetof(ELF::Elf32_Ehdr, e_machine), ELF::EM_ARM);
  w32(offsetof(ELF::Elf32_Ehdr, e_version), ELF::EV_CURRENT);
  w32(offsetof(ELF::Elf32_Ehdr, e_flags), ELF::EF_ARM_EABI_VER5);
  w32(offsetof(ELF::Elf32_Ehdr, e_shoff), shoff);
  w16(offsetof(ELF::Elf32_Ehdr, e_ehsize), ehsize);
  w16(offsetof(ELF::Elf32_Ehdr, e_shentsize), shsize);
  w16(offsetof(ELF::Elf32_Ehdr, e_shnum), 3);
  w16(offsetof(ELF::Elf32_Ehdr, e_shstrndx), 2);
  std::memcpy(&obj[namesOff], names, sizeof(names));
  size_t anchor = shoff + shsize, strtab = shoff + 2 * shsize;
  w32(anchor + offsetof(ELF::Elf32_Shdr, sh_name), 1);
  w32(anchor + offsetof(ELF::Elf32_Shdr, sh_type), ELF::SHT_PROGBITS);
  w32(anchor + offsetof(ELF::Elf32_Shdr, sh_flags), ELF::SHF_ALLOC | ELF::SHF_WRITE);
  w32(anchor + offsetof(ELF::Elf32_Shdr, sh_offset), namesOff);
  w32(anchor + offsetof(ELF::Elf32_Shdr, sh_addralign), 4);
  w32(strtab + offsetof(ELF::Elf32_Shdr, sh_name), 19);
  w32(strtab + offsetof(ELF::Elf32_Shdr, sh_type), ELF::SHT_STRTAB);
  w32(strtab + offsetof(ELF::Elf32_Shdr, sh_offset), namesOff);
  w32(strtab + offsetof(ELF::Elf32_Shdr, sh_size), sizeof(names));
  w32(strtab + offsetof(ELF::Elf32_Shdr, sh_addralign), 1);
  return obj;
}

static bool writeFile(Ctx &ctx, StringRef path, ArrayRef<uint8_t> bytes) {
  return !ctx.diag.check(rrld::writeFile(path, bytes));
}

namespace {
// --rrld-time-passes: wall time per pass, to stderr.
class PassTimer {
public:
  explicit PassTimer(bool on) : on(on), last(std::chrono::steady_clock::now()) {}
  void mark(const char *pass) {
    if (!on)
      return;
    auto now = std::chrono::steady_clock::now();
    llvm::errs() << format("rrld: time: %-10s %8.3f ms\n", pass,
                           std::chrono::duration<double, std::milli>(now - last).count());
    last = now;
  }

private:
  bool on;
  std::chrono::steady_clock::time_point last;
};
} // namespace

//===----------------------------------------------------------------------===//
// --rrld-explain
//===----------------------------------------------------------------------===//

// Per read-only section moved to RW or patched at install time, the
// references that made it so.
static void explain(const LinkedElf &elf, const InputMap &map,
                    ArrayRef<MovedSection> moved, const ClassifyOptions &copts, raw_ostream &os) {
  constexpr size_t shown = 8;
  auto list = [&](ArrayRef<std::string> refs) {
    for (size_t i = 0; i < refs.size() && i < shown; ++i)
      os << "    " << refs[i] << "\n";
    if (refs.size() > shown)
      os << "    ... and " << refs.size() - shown << " more\n";
  };
  for (const MovedSection &m : moved) {
    os << "rrld: moved to RW (" << moveReasonName(m.reason) << ", " << m.size << " B): " << m.desc
       << "\n";
    list(m.because);
  }
  // The RO->RO table's words, grouped by the input section they lie in.
  std::vector<std::pair<std::string, std::vector<std::string>>> patched;
  for (const OutReloc &r : elf.relocs) {
    const OutSection &sec = elf.sections[r.section];
    if (getRelKind(r.type, copts.arm) != RelKind::Abs || sec.seg != Seg::RO || sec.isExec() ||
        elf.symbolSeg(elf.symbols[r.sym]) != Seg::RO)
      continue;
    const MapEntry *in = map.find(r.offset);
    std::string where = in ? in->desc : ("(" + sec.name + ")").str();
    if (patched.empty() || patched.back().first != where)
      patched.push_back({where, {}});
    patched.back().second.push_back(map.locate(elf, r.offset, r.section) + ": " +
                                    relocName(r.type) + " against " +
                                    elf.symbolDesc(elf.symbols[r.sym]));
  }
  for (auto &[where, refs] : patched) {
    os << "rrld: patched at install (RO table, " << refs.size() << " words): " << where << "\n";
    list(refs);
  }
}

//===----------------------------------------------------------------------===//
// The link
//===----------------------------------------------------------------------===//

int linkMain(Ctx &ctx, std::vector<std::string> rawArgs) {
  // Response files first, so that options inside them are seen.
  BumpPtrAllocator alloc;
  StringSaver saver(alloc);
  SmallVector<const char *, 0> expanded;
  for (const std::string &a : rawArgs)
    expanded.push_back(saver.save(a).data());
  if (!cl::ExpandResponseFiles(saver, cl::TokenizeGNUCommandLine, expanded)) {
    ctx.diag.error("cannot expand a response file");
    return 1;
  }
  std::vector<std::string> args(expanded.begin(), expanded.end());

  LinkCli cli;
  SplitArgs split = splitArgs(ctx, args, cli);
  try {
    std::vector<std::string> rev(split.rrld.rbegin(), split.rrld.rend());
    cli.app.parse(rev);
  } catch (const CLI::ParseError &e) {
    ctx.diag.error(std::string(e.what()) + " (see rrld --help)");
    return 1;
  }
  Options &o = ctx.opts;
  o.roRelocs = cli.roRelocs == "error" ? RoRelocPolicy::Error
               : cli.roRelocs == "ram" ? RoRelocPolicy::Ram
                                       : RoRelocPolicy::Patch;
  o.stackSize = parseU32(ctx, "--rrld-stack-size", cli.stackSize, o.stackSize);
  o.heapSize = parseU32(ctx, "--rrld-heap-size", cli.heapSize, o.heapSize);
  o.roOrigin = parseU32(ctx, "--rrld-ro-origin", cli.roOrigin, o.roOrigin);
  o.rwOrigin = parseU32(ctx, "--rrld-rw-origin", cli.rwOrigin, o.rwOrigin);
  o.imagePath = cli.image;
  o.tbfPath = cli.tbf;
  o.tbfName = cli.tbfName;
  o.tbfSha256 = cli.tbfSha256;
  o.verbose = cli.verbose;
  o.explain = cli.explain;
  if (o.stackSize % RRLD_RAM_ALIGN)
    ctx.diag.error("--rrld-stack-size must be a multiple of " + Twine(RRLD_RAM_ALIGN));
  if (o.stackSize >= RRLD_SIZE_LIMIT)
    ctx.diag.error("--rrld-stack-size " + Twine(o.stackSize) +
                   " is too large: the image format needs every size below 256 MiB (" +
                   Twine(RRLD_SIZE_LIMIT) + " bytes)");
  if (ctx.diag.errorCount())
    return 1;
  if (cli.printScript) {
    llvm::outs() << defaultScript(o.roOrigin, o.rwOrigin);
    return 0;
  }
  if (cli.printOrder) {
    llvm::outs() << groupPointerData(split.lld, !split.target1Rel).text;
    return 0;
  }

  // 2. lld.  --emit-relocs keeps every relocation in the output for step 5;
  // --pic-veneer makes any range-extension thunk position-independent;
  // -z norelro keeps .got in the one RW PT_LOAD (RELRO means nothing on an
  // MCU, and lld would start a new segment where it ends).
  std::vector<std::string> lldArgs = split.lld;
  lldArgs.push_back("--emit-relocs");
  lldArgs.push_back("--pic-veneer");
  lldArgs.push_back("-z");
  lldArgs.push_back("norelro");
  if (!split.hasEmulation) {
    lldArgs.insert(lldArgs.begin(), "armelf");
    lldArgs.insert(lldArgs.begin(), "-m");
  }
  std::unique_ptr<FileRemover> scriptRemover, anchorRemover;
  if (!split.hasScript) {
    // The script itself is written once the moves are known (below).
    SmallString<128> anchorPath;
    auto a = writeTemp("rrld-anchor", "o", anchorObject(), anchorPath);
    if (!a) {
      ctx.diag.check(a.takeError());
      return 1;
    }
    anchorRemover = std::move(*a);
    lldArgs.push_back(anchorPath.str().str());
  }
  PassTimer timer(cli.timePasses);
  timer.mark("setup");

  // Data holding addresses first, grouped by where it points (Group.h).
  std::unique_ptr<FileRemover> orderRemover;
  if (cli.dataOrder == "grouped" && !split.ordersSections) {
    GroupOrder order = groupPointerData(split.lld, !split.target1Rel);
    if (order.sections) {
      SmallString<128> path;
      auto r = writeTemp("rrld-order", "txt", order.text, path);
      if (!r) {
        ctx.diag.check(r.takeError());
        return 1;
      }
      orderRemover = std::move(*r);
      lldArgs.push_back("--symbol-ordering-file=" + path.str().str());
      lldArgs.push_back("--no-warn-symbol-ordering");
    }
    if (o.verbose)
      llvm::outs() << "rrld: grouped " << order.sections << " data sections holding addresses ("
                   << order.inputs << " input objects read)\n";
    timer.mark("group");
  }

  ClassifyOptions copts;
  copts.roRelocs = o.roRelocs;
  copts.arm.target1Rel = split.target1Rel;
  copts.arm.target2 = split.target2;

  // Read-only data that cannot stay in flash moves to RW, decided from the
  // inputs (Plan.h) and placed by a script fragment in the default layout,
  // or by changed copies of the inputs under a user's script (Move.h).
  MovePlan plan = planMoves(split.lld, {o.roRelocs, copts.arm});
  InputMover mover;
  std::vector<MovedSection> moved;
  std::string movedLines;
  for (PlannedMove &m : plan.moves) {
    std::string why;
    if (!split.hasScript) {
      if (!scriptLines(m, movedLines, why)) {
        plan.refused[m.desc()] = why;
        continue;
      }
      moved.push_back({m.desc(), m.size, m.reason, m.because});
      continue;
    }
    Expected<bool> r = mover.move(m);
    if (!r)
      plan.refused[m.desc()] = toString(r.takeError());
  }
  if (split.hasScript && !mover.moved().empty()) {
    Expected<std::vector<std::string>> changed = mover.apply(lldArgs);
    if (!changed) {
      ctx.diag.check(changed.takeError());
      return 1;
    }
    lldArgs = std::move(*changed);
    moved = mover.moved();
  }
  SmallString<128> scriptPath;
  if (!split.hasScript) {
    auto r = writeTemp("rrld-layout", "ld",
                       withMovedSections(defaultScript(o.roOrigin, o.rwOrigin), movedLines),
                       scriptPath);
    if (!r) {
      ctx.diag.check(r.takeError());
      return 1;
    }
    scriptRemover = std::move(*r);
    lldArgs.push_back("-T");
    lldArgs.push_back(scriptPath.str().str());
  }
  timer.mark("plan");

  // lld's map names the input section of each output address for
  // --rrld-explain: the user's -Map if given, else one of rrld's own.  It
  // nearly doubles lld's work on a large program, so diagnostics without a
  // map find the input sections from the inputs instead (Names.cpp).
  SmallString<128> mapPath(split.mapFile);
  std::unique_ptr<FileRemover> mapRemover;
  if (mapPath.empty() && o.explain) {
    auto r = writeTemp("rrld-map", "txt", "", mapPath);
    if (!r) {
      ctx.diag.check(r.takeError());
      return 1;
    }
    mapRemover = std::move(*r);
    lldArgs.push_back("-Map=" + mapPath.str().str());
  }

  // 2. lld, once.
  std::vector<std::pair<std::string, std::string>> rename(mover.copies().begin(),
                                                          mover.copies().end());
  if (scriptRemover)
    rename.push_back({scriptPath.str().str(), "<rrld default layout>"});
  int ret = runLld(lldArgs, rename);
  timer.mark("lld");
  if (ret != 0)
    return ret;
  FileRemover outputRemover(split.output); // any error from here on removes it
  // The user's map names the inputs as the user does.
  if (!split.mapFile.empty() && !mover.copies().empty())
    if (auto text = MemoryBuffer::getFile(split.mapFile)) {
      std::string t = (*text)->getBuffer().str();
      for (const auto &[from, to] : mover.copies())
        for (size_t pos = 0; (pos = t.find(from, pos)) != std::string::npos; pos += to.size())
          t.replace(pos, from.size(), to);
      text->reset();
      if (ctx.diag.check(rrld::writeFile(split.mapFile, arrayRefFromStringRef(t))))
        return 1;
    }

  // 3. Read lld's output.
  Expected<LinkedElf> read = LinkedElf::readFile(split.output);
  if (!read) {
    ctx.diag.check(read.takeError());
    return 1;
  }
  std::optional<LinkedElf> elf;
  elf.emplace(std::move(*read));
  InputMap map;
  if (!mapPath.empty())
    if (auto text = MemoryBuffer::getFile(mapPath)) {
      map = InputMap::parse((*text)->getBuffer(), *elf);
      map.restorePaths(mover.copies());
    }
  auto names = [&]() -> const InputMap & {
    if (map.empty())
      map = InputMap::fromInputs(*elf, split.lld);
    return map;
  };
  timer.mark("read");

  // 4, 5. Segments, then every relocation.
  std::optional<ImageLayout> layout = computeLayout(ctx, *elf, split.output);
  if (!layout)
    return 1;
  Classified c = classify(*elf, *layout, copts);
  // PC-relative code references into RW become r9-relative where the code
  // has a recognised shape (Rewrite.cpp); the rest are problems.
  RewriteResult rewrite = rewriteToStaticBase(*elf, *layout, c.crossPcRel);
  c.problems.insert(c.problems.end(), rewrite.problems.begin(), rewrite.problems.end());
  std::stable_sort(c.problems.begin(), c.problems.end(),
                   [](const Problem &a, const Problem &b) { return a.offset < b.offset; });
  timer.mark("classify");

  for (const Problem &p : c.warnings)
    ctx.diag.warn(describe(*elf, names(), p));

  if (!c.problems.empty() || ctx.diag.errorCount()) {
    for (Problem &p : c.problems) {
      if (p.move != MoveKind::None)
        p.why += unmoved(*elf, names(), plan, moved, p);
      ctx.diag.error(describe(*elf, names(), p));
    }
    return 1;
  }

  // 6. Tables and image.  The layout's RW initial data size is already
  // padded to the format's 16-byte multiple: the RW streams are encoded
  // against the size the header will carry.
  Tables tables = encodeTables(c, *layout);
  std::vector<uint8_t> image = buildImage(*elf, *layout, tables, o, rewrite.patches);

  timer.mark("encode");

  // 7. Output.
  // lld's output is edited in place: a few kilobytes, not the whole file.
  std::string note = movedNote(moved);
  Expected<std::vector<FilePatch>> patches =
      imageElfPatches(*elf, image, rewrite.patches, note);
  if (!patches) {
    ctx.diag.check(patches.takeError(), split.output);
    return 1;
  }
  if (o.explain)
    explain(*elf, map, moved, copts, llvm::outs());
  elf->buffer.reset(); // unmap before writing
  if (ctx.diag.check(patchFile(split.output, *patches)))
    return 1;
  if (!o.imagePath.empty() && !writeFile(ctx, o.imagePath, image))
    return 1;
  if (!o.tbfPath.empty() && !writeLinkTbf(ctx, image, split.output))
    return 1;
  outputRemover.releaseFile();
  timer.mark("write");

  if (o.verbose) {
    uint32_t n = c.rwRo.size() + c.rwRw.size() + c.roRo.size();
    raw_ostream &os = llvm::outs();
    os << "rrld: " << split.output << ": RO " << layout->roSize << " B, RW " << layout->rwInitSize
       << "+" << layout->rwZeroSize << " B\n"
       << "rrld: relocations: " << c.pcRelative << " PC-relative, " << c.sbRelative
       << " SB-relative, " << c.fixedValue << " absolute values, " << c.ignored
       << " ignored; " << rewrite.sequences
       << " PC-relative code sequences into RW made r9-relative; table entries: RW->RO " << c.rwRo.size() << ", RW->RW " << c.rwRw.size()
       << ", RO->RO " << c.roRo.size() << "\n"
       << "rrld: tables " << tables.bytes() << " B";
    if (n)
      os << format(" (%.2f B/relocation)", double(tables.bytes()) / n);
    os << "\n";
    uint32_t movedBytes = 0;
    for (const MovedSection &m : moved)
      movedBytes += m.size;
    os << "rrld: moved to RW: " << moved.size() << " read-only sections, " << movedBytes
       << " B (decided from " << plan.inputs << " input objects; 1 lld run)\n";
  }
  return 0;
}

} // namespace rrld
