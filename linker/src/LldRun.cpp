//===- LldRun.cpp ---------------------------------------------------------===//
#include "LldRun.h"

#include "Driver.h"
#include "ElfWriter.h"
#include "Group.h"
#include "RunLld.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Parallel.h"

#include <map>

using namespace llvm;
using namespace llvm::ELF;

namespace rrld {

// Whether lld's flag --NAME is on: given, and not --no-NAME after it (one
// dash or two, as lld takes them).
static bool lastFlag(ArrayRef<std::string> args, StringRef name) {
  bool on = false;
  for (StringRef a : args) {
    if (!a.consume_front("-"))
      continue;
    a.consume_front("-");
    if (a == name)
      on = true;
    else if (a.consume_front("no-") && a == name)
      on = false;
  }
  return on;
}

namespace {

// Whether an -mllvm option (`-mllvm X`, `-mllvm=X`, `--mllvm ...`) sets the
// relocation model.
bool setsRelocationModel(ArrayRef<std::string> args) {
  for (size_t i = 0; i < args.size(); ++i) {
    StringRef a = args[i], v;
    if ((a == "-mllvm" || a == "--mllvm") && i + 1 < args.size())
      v = args[++i];
    else if (!a.consume_front("-mllvm=") && !a.consume_front("--mllvm="))
      continue;
    else
      v = a;
    if (v.ltrim('-').starts_with("relocation-model"))
      return true;
  }
  return false;
}

// Writes `text` to a temporary file kept by `run`; its path, or nothing
// after reporting an error.
std::optional<std::string> temp(Ctx &ctx, LldRun &run, StringRef prefix, StringRef suffix,
                                StringRef text) {
  SmallString<128> path;
  auto r = writeTemp(prefix, suffix, text, path);
  if (!r) {
    ctx.diag.check(r.takeError());
    return std::nullopt;
  }
  run.temps.push_back(std::move(*r));
  return path.str().str();
}

// Gives lld rrld's anchor object (anchorObject), named "<rrld anchor>" in
// lld's messages and the user's map.  False after reporting an error.
static bool addAnchor(Ctx &ctx, LldRun &run, uint32_t dataBytes, uint32_t bssBytes) {
  std::optional<std::string> anchor =
      temp(ctx, run, "rrld-anchor", "o", anchorObject(dataBytes, bssBytes));
  if (!anchor)
    return false;
  run.args.push_back(*anchor);
  run.rename.push_back({*anchor, "<rrld anchor>"});
  return true;
}

// lld refuses the SB-relative relocations of -frwpi code's debug info;
// copies of those objects carry them as R_ARM_NONE, and rrld applies them
// after the link (DebugInfo.h).  Nothing to do when lld drops debug info
// (-S, -s).  True if any changed.
bool retypeDebugInfo(Ctx &ctx, const LinkArgs &args, const MovePlan &plan, InputMover &mover) {
  if (args.stripDebug)
    return false;
  uint32_t n = 0;
  for (const auto &[file, member] : plan.sbrelNonAlloc) {
    Expected<uint32_t> r = mover.retypeNonAllocSbrel(file, member);
    if (!r) {
      ctx.diag.check(r.takeError(), file);
      continue;
    }
    n += *r;
  }
  return n != 0;
}

// lld's arguments with each changed input replaced by its copy.
bool applyCopies(Ctx &ctx, LldRun &run) {
  Expected<std::vector<std::string>> changed = run.mover->apply(run.args);
  if (!changed) {
    ctx.diag.check(changed.takeError());
    return false;
  }
  run.args = std::move(*changed);
  return true;
}

} // namespace

bool prepareLld(Ctx &ctx, const LinkArgs &args, const InputScan &scan,
                const ClassifyOptions &copts, LldRun &run) {
  const Options &o = ctx.opts;
  // --emit-relocs keeps every relocation in the output for classification;
  // --pic-veneer makes any range-extension thunk position-independent;
  // -z norelro keeps .got in the one RW PT_LOAD (RELRO means nothing on an
  // MCU, and lld would start a new segment where it ends).
  run.args = args.lld;
  for (const char *a : {"--emit-relocs", "--pic-veneer", "-z", "norelro"})
    run.args.push_back(a);
  // Bitcode inputs (clang -flto, rustc -C linker-plugin-lto) are compiled by
  // lld's LTO code generator, which knows nothing of the -fropi -frwpi they
  // were compiled with and would emit absolute addresses: it gets the same
  // relocation model, unless the command line names one.
  if (!setsRelocationModel(args.lld))
    for (const char *a : {"-mllvm", "-relocation-model=ropi-rwpi"})
      run.args.push_back(a);
  if (!args.hasEmulation)
    run.args.insert(run.args.begin(), {std::string("-m"), std::string("armelf")});
  // The default layout's script itself is written once the moves are
  // known (below).
  if (!args.hasScript && !addAnchor(ctx, run, 0, 0))
    return false;

  // Data holding addresses first, grouped by where it points (Group.h).
  if (args.dataOrder == "grouped" && !args.ordersSections) {
    GroupOrder order = groupPointerData(scan, !args.target1Rel);
    if (order.sections) {
      std::optional<std::string> path = temp(ctx, run, "rrld-order", "txt", order.text);
      if (!path)
        return false;
      run.args.push_back("--symbol-ordering-file=" + *path);
      run.args.push_back("--no-warn-symbol-ordering");
    }
    if (o.verbose)
      llvm::outs() << "rrld: grouped " << order.sections << " data sections holding addresses ("
                   << order.inputs << " input objects read, "
                   << llvm::parallel::strategy.compute_thread_count() << " threads at most)\n";
  }

  // Read-only data that cannot stay in flash moves to RW, decided from the
  // inputs (Plan.h) and placed by a script fragment in the default layout,
  // or by changed copies of the inputs under a user's script (Move.h).
  run.plan = planMoves(scan, {o.roRelocs, copts.arm});
  MovePlan &plan = run.plan;
  // Under a user's script, code reaching script symbols through r9 (a
  // start-up's __edata, __ebss) fails in lld when their output section is
  // empty: an empty section gets no PT_LOAD, so no static base.  When code
  // does that and the inputs have no initialised data, or no zeroed data,
  // a word of each that is missing keeps .data and .bss in RW (Hubris
  // tasks without data).
  if (args.hasScript) {
    bool data = false, bss = false, sbrelToEmpty = false;
    for (size_t i = 0; i < scan.objects.size(); ++i) {
      if (!scan.loaded[i])
        continue;
      const ScanObject &o = *scan.objects[i];
      for (const ScanSection &s : o.sections)
        if ((s.flags & SHF_ALLOC) && (s.flags & SHF_WRITE) && s.size)
          (s.type == SHT_NOBITS ? bss : data) = true;
      for (const ScanSymbol &sym : o.symbols)
        bss |= sym.shndx == SHN_COMMON;
      // r9 reaching a symbol of an empty section (a partial link's
      // __edata), or one no input defines (a script's).
      for (const ScanReloc &r : o.relocs) {
        RelKind k = getRelKind(r.type, copts.arm);
        const ScanSymbol &sym = o.symbols[r.sym];
        if ((k == RelKind::SbRel || k == RelKind::GotRel) && sym.type != STT_SECTION &&
            (sym.shndx == SHN_UNDEF || (o.inSection(sym) && !o.sections[sym.shndx].size)))
          sbrelToEmpty = true;
      }
    }
    if (sbrelToEmpty && (!data || !bss) && !addAnchor(ctx, run, data ? 0 : 4, bss ? 0 : 4))
      return false;
  }
  if (!plan.malformed.empty()) {
    for (const std::string &m : plan.malformed)
      ctx.diag.error(m + ": the object is malformed\n>>> fix: rebuild it");
    return false;
  }
  if (!args.hasScript && !plan.writableRoData.empty()) {
    for (const std::string &w : plan.writableRoData)
      ctx.diag.error(w + " is writable, but its name makes the default layout put it in flash "
                         "with the read-only data (.rodata)\n>>> fix: name its section .data.* "
                         "(or .bss.*), or make the data const");
    return false;
  }
  if (!args.hasScript && !plan.dataInCode.empty()) {
    for (const std::string &d : plan.dataInCode)
      ctx.diag.error(d + " is read-only data (not code) holding addresses, but its name makes "
                         "the default layout put it into the code section .text, where rrld "
                         "takes absolute words for literal pools\n>>> fix: name its section "
                         ".rodata.*");
    return false;
  }
  if (!plan.badInputs.empty()) {
    for (const std::string &b : plan.badInputs)
      ctx.diag.error(b + "\n>>> fix: build it for the Cortex-M core in Thumb state (for example "
                         "--target=thumbv7em-none-eabi, never -marm)");
    return false;
  }
  if (plan.floatMismatch) {
    ctx.diag.error(plan.floatMismatch->first +
                   " passes floats in VFP registers (hard-float: Tag_ABI_VFP_args in "
                   ".ARM.attributes), " + plan.floatMismatch->second +
                   " in core registers (soft-float); calls between them would pass floats in "
                   "the wrong registers\n>>> fix: build every object with the same float ABI: "
                   "link hard-float code (-mfloat-abi=hard, Rust's thumbv7em-none-eabihf) with "
                   "the _hf archives (librrld_relocator_thumbv7em_hf.a, "
                   "librrld_app_thumbv7em_hf.a)");
    return false;
  }
  run.mover = std::make_unique<InputMover>();
  InputMover &mover = *run.mover;
  run.debugSbrel = retypeDebugInfo(ctx, args, plan, mover);
  if (ctx.diag.errorCount())
    return false;
  // The default layout names moved sections by file: the copies', if any.
  std::map<std::string, std::string> copyOf;
  if (!args.hasScript && mover.changed()) {
    if (!applyCopies(ctx, run))
      return false;
    for (const auto &[copy, orig] : mover.copies())
      copyOf[orig] = copy;
  }
  std::string movedLines;
  if (!args.hasScript) {
    for (const PlannedMove *m : defaultLayoutLines(scan, plan.moves, copyOf, movedLines,
                                                   plan.refused))
      run.moved.push_back({m->desc(), m->size, m->reason, m->because, m->index, m->group});
  } else {
    for (PlannedMove &m : plan.moves) {
      Expected<bool> r = mover.move(m);
      if (!r)
        plan.refused[m.desc()] = toString(r.takeError());
    }
  }
  if (args.hasScript && mover.changed()) {
    if (!applyCopies(ctx, run))
      return false;
    run.moved = mover.moved();
  }
  if (!args.hasScript) {
    std::optional<std::string> path =
        temp(ctx, run, "rrld-layout", "ld",
             withMovedSections(defaultScript(o.roOrigin, o.rwOrigin), movedLines));
    if (!path)
      return false;
    run.args.push_back("-T");
    run.args.push_back(*path);
    run.rename.push_back({*path, "<rrld default layout>"});
  } else {
    // A user's script is taken as written: what the image needs beyond it
    // (the header, one RW PT_LOAD) is a second script for lld (Script.h).
    run.script = scanScripts(args.lld);
    run.frag = scriptFragment(run.script);
    if (!run.frag.text.empty()) {
      std::optional<std::string> path = temp(ctx, run, "rrld-script", "ld", run.frag.text);
      if (!path)
        return false;
      run.args.push_back("-T");
      run.args.push_back(*path);
      run.rename.push_back({*path, "<rrld script fragment>"});
    }
  }

  // lld's map names the input section of each output address for
  // --rrld-explain: the user's -Map if given, else one of rrld's own.  It
  // nearly doubles lld's work on a large program, so diagnostics without a
  // map find the input sections from the inputs instead (Names.cpp).
  run.mapPath = args.mapFile;
  if (run.mapPath.empty() && o.explain) {
    std::optional<std::string> path = temp(ctx, run, "rrld-map", "txt", "");
    if (!path)
      return false;
    run.mapPath = *path;
    run.args.push_back("-Map=" + *path);
  }
  run.rename.insert(run.rename.begin(), mover.copies().begin(), mover.copies().end());

  // lld may remove a moved section (--gc-sections): it says which when
  // asked, so that the moves rrld reports are those the image holds.
  if (!run.moved.empty() && lastFlag(args.lld, "gc-sections")) {
    run.gc.emplace();
    run.gc->show = lastFlag(args.lld, "print-gc-sections");
    if (!run.gc->show)
      run.args.push_back("--print-gc-sections");
  }
  return true;
}

// Copies of a section group's (COMDAT's) section, of which the link keeps
// one: every copy is placed (lld may keep any of them), one is counted.
static void dropGroupCopies(std::vector<MovedSection> &moved) {
  StringSet<> seen;
  llvm::erase_if(moved, [&](const MovedSection &m) {
    return !m.group.empty() && !seen.insert(m.group).second;
  });
}

int linkOnce(LldRun &run) {
  int rc = runLld(run.args, run.rename, run.gc ? &*run.gc : nullptr, &run.plan.sbrelUndefined);
  dropGroupCopies(run.moved);
  if (rc == 0 && run.gc)
    for (std::string desc : run.gc->sections) {
      // Under a user's script lld read a renamed copy (Move.h): .data.R...
      // was .rodata... (same length).
      if (size_t at = desc.rfind(":(.data.R"); at != std::string::npos && run.mover->changed())
        desc.replace(at + 2, 7, ".rodata");
      auto it = llvm::find_if(run.moved, [&](const MovedSection &m) { return m.desc == desc; });
      if (it != run.moved.end())
        run.moved.erase(it);
    }
  return rc;
}

bool restoreUserMap(Ctx &ctx, const LinkArgs &args, const LldRun &run) {
  if (args.mapFile.empty() || run.rename.empty())
    return true;
  if (auto text = MemoryBuffer::getFile(args.mapFile)) {
    std::string t = (*text)->getBuffer().str();
    // The copies of changed inputs, rrld's anchor object and script: by
    // what the user knows them as.
    for (const auto &[from, to] : run.rename)
      for (size_t pos = 0; (pos = t.find(from, pos)) != std::string::npos; pos += to.size())
        t.replace(pos, from.size(), to);
    text->reset();
    if (ctx.diag.check(writeFile(args.mapFile, arrayRefFromStringRef(t))))
      return false;
  }
  return true;
}

} // namespace rrld
