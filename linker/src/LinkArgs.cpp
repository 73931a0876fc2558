//===- LinkArgs.cpp - the link's command line -----------------------------===//
//
// The first stage of a link: response files are expanded, --rrld-* options
// are rrld's (parsed here into Ctx::opts), everything else is lld's, and
// the few lld options rrld must know about are noted.
//
//===----------------------------------------------------------------------===//
#include "LinkArgs.h"
#include "Driver.h"
#include "Tbf.h"

#include "rrld/format.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/StringSaver.h"

#include <CLI/CLI.hpp>

#include <optional>

using namespace llvm;

namespace rrld {

namespace {

// The values of the --rrld-* options, their defaults until parsed.
struct LinkValues {
  std::string roRelocs = "patch";
  std::string dataOrder = "grouped";
  std::string stackSize, heapSize, roOrigin, rwOrigin;
  std::string image, tbf, tbfName;
  bool tbfSha256 = false;
  bool verbose = false;
  bool explain = false;
  bool allowGap = false;
  bool timePasses = false;
  bool printScript = false;
  bool printOrder = false;
};

struct LinkCli : LinkValues {
  CLI::App app{"rrld link options"};

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
    app.add_flag("--rrld-allow-gap", allowGap,
                 "Do not warn about holes of 64 KiB or more inside RO or RW (a '. =' or "
                 "ALIGN() in a linker script); a hole that makes a segment too large for "
                 "the image format is an error still");
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
  std::optional<uint32_t> n = parseNumber(v);
  if (!n) {
    ctx.diag.error(opt + ": '" + v + "' is not a 32-bit number (decimal, or hexadecimal after "
                   "0x; a leading 0 is not octal)");
    return dflt;
  }
  return *n;
}

// -s/--strip-all: lld refuses it together with --emit-relocs, so rrld takes
// it (lld links with the symbols, rrld strips its output after classifying,
// Strip.h) and gives lld --strip-debug, which --strip-all implies.
// -S/--strip-debug stays lld's.  True for an option rrld took.
static bool noteStrip(StringRef a, SplitArgs &out) {
  if (a == "-s" || a == "--strip-all" || a == "-strip-all") {
    out.stripAll = out.stripDebug = true;
    return true;
  }
  if (a == "-S" || a == "--strip-debug" || a == "-strip-debug")
    out.stripDebug = true;
  return false;
}

// Separates rrld's options from lld's and notes the few lld options rrld
// needs to know about.  Matching follows lld's option table: single- and
// double-dash long options, joined or separate values.
// `cli` is made at the first --rrld-* option.
static SplitArgs splitArgs(Ctx &ctx, MutableArrayRef<std::string> args,
                           std::optional<LinkCli> &cli) {
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

  out.lld.reserve(args.size() + 1);
  for (size_t i = 0; i < args.size(); ++i) {
    StringRef a = args[i];
    // An input path, the usual argument (a thousand of them in a large
    // link): no option of either linker's begins without a dash.
    if (a.empty() || a[0] != '-') {
      out.lld.push_back(std::move(args[i]));
      continue;
    }
    if (a.starts_with("--rrld-")) {
      std::string name = a.split('=').first.str();
      if (!cli)
        cli.emplace();
      const CLI::Option *o = cli->app.get_option_no_throw(name);
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
    if (noteStrip(a, out))
      continue;
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
    } else if (valueOf(j, a, {"--threads", "-threads"}, v)) {
      // lld reports a value that is not a positive number.
      if (!to_integer(v, out.threads, 0))
        out.threads = 0;
    } else if (valueOf(j, a, {"--target2", "-target2"}, v)) {
      out.target2 = v == "rel" ? Target2Policy::Rel
                    : v == "abs" ? Target2Policy::Abs
                                 : Target2Policy::GotRel;
    }
    for (; i <= j; ++i)
      out.lld.push_back(std::move(args[i]));
    --i;
  }
  if (out.stripAll)
    out.lld.push_back("--strip-debug");
  return out;
}

bool parseLinkArgs(Ctx &ctx, std::vector<std::string> rawArgs, LinkArgs &out) {
  // Response files first, so that options inside them are seen.
  BumpPtrAllocator alloc;
  StringSaver saver(alloc);
  SmallVector<const char *, 0> expanded;
  for (const std::string &a : rawArgs)
    expanded.push_back(saver.save(a).data());
  if (!cl::ExpandResponseFiles(saver, cl::TokenizeGNUCommandLine, expanded)) {
    ctx.diag.error("cannot expand a response file");
    return false;
  }
  std::vector<std::string> args(expanded.begin(), expanded.end());

  // Without --rrld-* options the defaults hold, and CLI11's parser (which
  // costs as much to build as splitting a thousand arguments) is not made.
  std::optional<LinkCli> parser;
  static_cast<SplitArgs &>(out) = splitArgs(ctx, args, parser);
  LinkValues cli;
  if (parser) {
    try {
      std::vector<std::string> rev(out.rrld.rbegin(), out.rrld.rend());
      parser->app.parse(rev);
    } catch (const CLI::ParseError &e) {
      ctx.diag.error(std::string(e.what()) + " (see rrld --help)");
      return false;
    }
    cli = *parser;
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
  o.allowGap = cli.allowGap;
  if (o.stackSize % RRLD_RAM_ALIGN)
    ctx.diag.error("--rrld-stack-size must be a multiple of " + Twine(RRLD_RAM_ALIGN));
  for (auto [opt, v] : {std::pair{"--rrld-stack-size", o.stackSize},
                        std::pair{"--rrld-heap-size", o.heapSize}})
    if (v >= RRLD_SIZE_LIMIT)
      ctx.diag.error(Twine(opt) + " " + Twine(v) +
                     " is too large: the image format needs every size below 256 MiB (" +
                     Twine(RRLD_SIZE_LIMIT) + " bytes)");
  // The outputs: each its own file, none on stdout (rrld edits the ELF lld
  // wrote, then writes the image and TBF from it).
  std::string elfPath = out.output.empty() ? "a.out" : out.output; // lld's default
  std::pair<const char *, const std::string *> outputs[] = {
      {"-o", &elfPath}, {"--rrld-image", &o.imagePath}, {"--rrld-tbf", &o.tbfPath}};
  for (size_t i = 0; i < std::size(outputs); ++i) {
    const std::string &p = *outputs[i].second;
    if (p == "-")
      ctx.diag.error(Twine(outputs[i].first) + " -: rrld writes its outputs to files, not to "
                     "standard output");
    for (size_t j = 0; j < i && !p.empty(); ++j)
      if (!outputs[j].second->empty() && sameFile(*outputs[j].second, p))
        ctx.diag.error(Twine(outputs[i].first) + " " + p + " names the same file as " +
                       outputs[j].first);
  }
  if (o.tbfPath.empty() && (!o.tbfName.empty() || o.tbfSha256))
    ctx.diag.error(Twine(!o.tbfName.empty() ? "--rrld-tbf-name" : "--rrld-tbf-sha256") +
                   " needs --rrld-tbf, which writes the TBF it describes");
  if (o.tbfName.size() > TBF_NAME_MAX)
    ctx.diag.error("--rrld-tbf-name of " + Twine(o.tbfName.size()) +
                   " bytes; a TBF package name has at most " + Twine(TBF_NAME_MAX));
  if (ctx.diag.errorCount())
    return false;
  out.dataOrder = cli.dataOrder;
  out.timePasses = cli.timePasses;
  out.printScript = cli.printScript;
  out.printOrder = cli.printOrder;
  return true;
}

} // namespace rrld
