//===- Driver.cpp - rrld's link mode --------------------------------------===//
//
// A link is a sequence of stages; data flows one way and lld runs once:
//
//   parse      split the command line: --rrld-* options are ours, the rest
//              is lld's                                  (LinkArgs.cpp)
//   scan       read every input object once              (Scan.cpp)
//   plan       decide from the inputs the data order and what moves to RW,
//              refuse objects a Cortex-M core cannot run, and write lld's
//              command line            (Group.cpp, Plan.cpp, InputCheck.cpp,
//                                       Move.cpp, LldRun.cpp)
//   lld        run lld in-process, once, with --emit-relocs (LldRun.cpp,
//              RunLld.cpp)
//   read       read its output                           (LinkedElf.cpp)
//   classify   find the RO and RW segments, classify every relocation,
//              make PC-relative code references into RW r9-relative
//              (Layout.cpp, Classify.cpp, Rewrite.cpp), and report what the
//              format cannot hold                        (Report.cpp)
//   encode     the tables and the image                  (Relr.cpp, Image.cpp)
//   write      edit lld's output in place, write the image (Output.cpp)
//
// Errors are collected per stage, naming input sections (Names.cpp);
// nothing is written after an error, and lld's output file is removed, so a
// build system never sees a silently wrong image.
//
//===----------------------------------------------------------------------===//
#include "Driver.h"

#include "Classify.h"
#include "Gaps.h"
#include "Group.h"
#include "Image.h"
#include "Layout.h"
#include "LinkArgs.h"
#include "LinkedElf.h"
#include "LldRun.h"
#include "Output.h"
#include "Report.h"
#include "Rewrite.h"
#include "Scan.h"
#include "Script.h"

#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Parallel.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <chrono>
#include <optional>

using namespace llvm;

namespace rrld {

namespace {
// --rrld-time-passes: wall time per stage, to stderr.
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

// read: lld's output, and lld's map if it wrote one.
static std::optional<LinkedElf> readOutput(Ctx &ctx, const LinkArgs &args, const LldRun &run,
                                           InputMap &map) {
  Expected<LinkedElf> elf = LinkedElf::readFile(args.output);
  if (!elf) {
    ctx.diag.check(elf.takeError());
    return std::nullopt;
  }
  if (!elf->hasSymtab) {
    ctx.diag.error(args.output + ": lld wrote no symbol table; rrld classifies relocations "
                   "by their target symbols (give rrld -s, not lld options that strip)");
    return std::nullopt;
  }
  if (!run.mapPath.empty())
    if (auto text = MemoryBuffer::getFile(run.mapPath)) {
      map = InputMap::parse((*text)->getBuffer(), *elf);
      map.restorePaths(run.mover->copies());
    }
  return std::move(*elf);
}

// classify: segments, then every relocation.  Under a user's script,
// padding sections leave the image first, and what the format cannot hold
// is named with the script's file:line.  PC-relative code references into
// RW become r9-relative where the code has a recognised shape (Rewrite.cpp);
// the rest are problems, in address order.
struct Analysis {
  ScriptEdits edits;
  std::vector<std::string> paddingNames; // for --rrld-verbose, after the ELF is unmapped
  std::optional<ImageLayout> layout;
  Classified c;
  RewriteResult rewrite;
};

static bool analyze(Ctx &ctx, const LinkArgs &args, const LldRun &run,
                    const ClassifyOptions &copts, LinkedElf &elf, Analysis &a) {
  if (args.hasScript) {
    a.edits = applyScript(ctx, elf, run.script, run.frag);
    if (ctx.diag.errorCount())
      return false;
  }
  for (uint32_t i : a.edits.padding)
    a.paddingNames.push_back(elf.sections[i].name.str());
  a.layout = computeLayout(ctx, elf, args.output);
  if (!a.layout)
    return false;
  checkGaps(ctx, elf, args.output, ctx.opts.allowGap);
  a.c = classify(elf, *a.layout, copts);
  a.rewrite = rewriteToStaticBase(elf, *a.layout, a.c.crossPcRel);
  a.c.problems.insert(a.c.problems.end(), a.rewrite.problems.begin(), a.rewrite.problems.end());
  std::stable_sort(a.c.problems.begin(), a.c.problems.end(),
                   [](const Problem &x, const Problem &y) { return x.offset < y.offset; });
  return true;
}

int linkMain(Ctx &ctx, std::vector<std::string> rawArgs) {
  // parse
  LinkArgs args;
  if (!parseLinkArgs(ctx, std::move(rawArgs), args))
    return 1;
  const Options &o = ctx.opts;
  if (args.printScript) {
    llvm::outs() << defaultScript(o.roOrigin, o.rwOrigin);
    return 0;
  }
  ClassifyOptions copts;
  copts.roRelocs = o.roRelocs;
  copts.arm.target1Rel = args.target1Rel;
  copts.arm.target2 = args.target2;
  PassTimer timer(args.timePasses);

  // --threads=N holds for rrld's own passes as for lld's (which sets the
  // same strategy again when it reads the option).
  if (args.threads)
    llvm::parallel::strategy = llvm::hardware_concurrency(args.threads);

  // scan: the inputs, read once for the data order, the moves and the A32 check.
  InputScan scan = scanInputs(args.lld, copts.arm);
  timer.mark("scan");
  if (scan.inputs.empty() && !args.hasScript &&
      llvm::none_of(args.lld, [](llvm::StringRef a) {
        return a.starts_with("-l") || a.starts_with("--library");
      })) {
    ctx.diag.error("no input files (see rrld --help)");
    return 1;
  }
  if (args.printOrder) {
    llvm::outs() << groupPointerData(scan, !args.target1Rel).text;
    return 0;
  }

  // plan: lld's command line from what the inputs show.
  LldRun run;
  if (!prepareLld(ctx, args, scan, copts, run))
    return 1;
  timer.mark("plan");

  // lld, once.
  if (int ret = linkOnce(run))
    return ret;
  timer.mark("lld");
  FileRemover outputRemover(args.output); // any error from here on removes it
  if (!restoreUserMap(ctx, args, run))
    return 1;

  // read
  InputMap map;
  std::optional<LinkedElf> elf = readOutput(ctx, args, run, map);
  if (!elf)
    return 1;
  SectionNames names(*elf, std::move(map), args.lld);
  timer.mark("read");

  // classify
  Analysis a;
  if (!analyze(ctx, args, run, copts, *elf, a))
    return 1;
  timer.mark("classify");
  reportProblems(ctx, *elf, names, a.c, run, args.hasScript);
  if (ctx.diag.errorCount())
    return 1;

  // encode: the layout's RW initial data size is already padded to the
  // format's 16-byte multiple, so the RW streams are encoded against the
  // size the header will carry.
  Expected<Tables> encoded = encodeTables(a.c, *a.layout);
  if (ctx.diag.check(encoded.takeError()))
    return 1;
  Tables &tables = *encoded;
  std::vector<uint8_t> image = buildImage(*elf, *a.layout, tables, o, a.rewrite.patches);
  timer.mark("encode");

  // write
  std::optional<std::vector<FilePatch>> patches =
      outputPatches(ctx, args, *elf, *a.layout, image, a.rewrite, a.edits, run);
  if (!patches)
    return 1;
  if (o.explain)
    explain(*elf, names.current(), run.moved, copts, llvm::outs());
  if (!writeOutputs(ctx, args, *elf, *patches, image))
    return 1;
  outputRemover.releaseFile();
  timer.mark("write");

  if (o.verbose)
    printSummary(args.output, *a.layout, a.c, a.rewrite, tables, run, a.paddingNames,
                 llvm::outs());
  return 0;
}

} // namespace rrld
