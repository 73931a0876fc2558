//===- Driver.cpp - rrld's link mode --------------------------------------===//
//
// The pipeline of a link, in order; data flows one way and lld runs once:
//
//   1. split the command line: --rrld-* options are ours, the rest is lld's;
//      read the inputs and order the data holding addresses (Group.cpp);
//   2. decide from the inputs which read-only sections move to RW
//      (Plan.cpp), and place them: a fragment of the default layout, or
//      changed copies of the inputs under a user's script (Move.cpp);
//      copies of the objects whose debug info lld would refuse (DebugInfo.h);
//   3. run lld in-process with --emit-relocs (and the default layout when no
//      linker script is given);
//   4. read its output                        (LinkedElf.cpp)
//   5. find the RO and RW segments            (Layout.cpp)
//   6. classify every relocation              (Classify.cpp), then make
//      PC-relative code references into RW r9-relative (Rewrite.cpp)
//   7. encode the tables, lay out the image   (Relr.cpp, Image.cpp)
//   8. write the ELF and the flat image       (ElfWriter.cpp, DebugInfo.cpp),
//      and strip the ELF for -s                (Strip.cpp)
//
// Errors from 5 and 6 are collected and reported together, naming input
// sections (Names.cpp); nothing is written after an error, and lld's output
// file is removed, so a build system never sees a silently wrong image.
//
//===----------------------------------------------------------------------===//
#include "Driver.h"

#include "LinkArgs.h"
#include "RunLld.h"

#include "Classify.h"
#include "DebugInfo.h"
#include "ElfWriter.h"
#include "Gaps.h"
#include "Group.h"
#include "Image.h"
#include "Layout.h"
#include "LinkedElf.h"
#include "Move.h"
#include "Plan.h"
#include "Rewrite.h"
#include "Script.h"
#include "Strip.h"
#include "Tools.h"


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


#include <chrono>
#include <cstddef>
#include <cstring>


using namespace llvm;

namespace rrld {

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


//===----------------------------------------------------------------------===//
// 2. lld
//===----------------------------------------------------------------------===//


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
// Debug info of -frwpi code
//===----------------------------------------------------------------------===//

// lld refuses the SB-relative relocations of -frwpi code's debug info;
// copies of those objects carry them as R_ARM_NONE, and rrld applies them
// after the link (DebugInfo.h).  Nothing to do when lld drops debug info
// (-S, -s).  True if any changed.
static bool retypeDebugInfo(Ctx &ctx, const LinkArgs &split, const MovePlan &plan,
                            InputMover &mover) {
  if (split.stripDebug)
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
  // 1. The command line.
  LinkArgs split;
  if (!parseLinkArgs(ctx, std::move(rawArgs), split))
    return 1;
  Options &o = ctx.opts;
  if (split.printScript) {
    llvm::outs() << defaultScript(o.roOrigin, o.rwOrigin);
    return 0;
  }
  if (split.printOrder) {
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
  PassTimer timer(split.timePasses);
  timer.mark("setup");

  // Data holding addresses first, grouped by where it points (Group.h).
  std::unique_ptr<FileRemover> orderRemover;
  if (split.dataOrder == "grouped" && !split.ordersSections) {
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
  if (!plan.badInputs.empty()) {
    for (const std::string &b : plan.badInputs)
      ctx.diag.error(b + "\n>>> fix: build it for the Cortex-M core in Thumb state (for example "
                         "--target=thumbv7em-none-eabi, never -marm)");
    return 1;
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
    return 1;
  }
  InputMover mover;
  bool debugSbrel = retypeDebugInfo(ctx, split, plan, mover);
  if (ctx.diag.errorCount())
    return 1;
  // The default layout names moved sections by file: the copies', if any.
  std::map<std::string, std::string> copyOf;
  if (!split.hasScript && mover.changed()) {
    Expected<std::vector<std::string>> changed = mover.apply(lldArgs);
    if (!changed) {
      ctx.diag.check(changed.takeError());
      return 1;
    }
    lldArgs = std::move(*changed);
    for (const auto &[copy, orig] : mover.copies())
      copyOf[orig] = copy;
  }
  std::vector<MovedSection> moved;
  std::string movedLines;
  for (PlannedMove &m : plan.moves) {
    std::string why;
    if (!split.hasScript) {
      PlannedMove named = m;
      if (auto it = copyOf.find(m.file); it != copyOf.end())
        named.file = it->second;
      if (!scriptLines(named, movedLines, why)) {
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
  if (split.hasScript && mover.changed()) {
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
  // A user's script is taken as written: what the image needs beyond it
  // (the header, one RW PT_LOAD) is a second script for lld (Script.h).
  ScriptInfo script;
  ScriptFragment frag;
  SmallString<128> fragPath;
  std::unique_ptr<FileRemover> fragRemover;
  if (split.hasScript) {
    script = scanScripts(split.lld);
    frag = scriptFragment(script);
    if (!frag.text.empty()) {
      auto r = writeTemp("rrld-script", "ld", frag.text, fragPath);
      if (!r) {
        ctx.diag.check(r.takeError());
        return 1;
      }
      fragRemover = std::move(*r);
      lldArgs.push_back("-T");
      lldArgs.push_back(fragPath.str().str());
    }
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
  if (fragRemover)
    rename.push_back({fragPath.str().str(), "<rrld script fragment>"});
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
  if (!elf->hasSymtab) {
    ctx.diag.error(split.output + ": lld wrote no symbol table; rrld classifies relocations "
                   "by their target symbols (give rrld -s, not lld options that strip)");
    return 1;
  }
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

  // 4, 5. Segments, then every relocation.  Under a user's script, padding
  // sections leave the image first, and what the format cannot hold is
  // named with the script's file:line.
  ScriptEdits edits;
  if (split.hasScript) {
    edits = applyScript(ctx, *elf, script, frag);
    if (ctx.diag.errorCount())
      return 1;
  }
  std::vector<std::string> paddingNames; // for --rrld-verbose, after the ELF is unmapped
  for (uint32_t i : edits.padding)
    paddingNames.push_back(elf->sections[i].name.str());
  std::optional<ImageLayout> layout = computeLayout(ctx, *elf, split.output);
  if (!layout)
    return 1;
  checkGaps(ctx, *elf, split.output, o.allowGap);
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
      if (split.hasScript)
        if (const MapEntry *in = names().find(p.offset))
          explainScriptProblem(*elf, script, in->name, p);
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
  appendScriptPatches(*elf, edits, *patches);
  if (debugSbrel) {
    Expected<std::vector<FilePatch>> sb = nonAllocSbrelPatches(*elf, layout->rwLink);
    if (!sb) {
      ctx.diag.check(sb.takeError(), split.output);
      return 1;
    }
    patches->insert(patches->begin(), sb->begin(), sb->end());
  }
  if (o.explain)
    explain(*elf, map, moved, copts, llvm::outs());
  elf->buffer.reset(); // unmap before writing
  if (ctx.diag.check(patchFile(split.output, *patches)))
    return 1;
  // -s: the symbols served classification; now they go (Strip.h).
  if (split.stripAll && ctx.diag.check(stripFile(split.output)))
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
    if (frag.insertedHeader)
      os << "rrld: script: image header inserted before " << frag.headerBefore << "\n";
    for (const std::string &n : frag.restated)
      os << "rrld: script: " << n << " given the load region of the RW before it\n";
    for (const std::string &n : frag.dropped)
      os << "rrld: script: " << n << " pads flash after the image, left out of the link\n";
    for (const std::string &n : paddingNames)
      os << "rrld: script: " << n << " is padding, left out of the image\n";
    os << "rrld: moved to RW: " << moved.size() << " read-only sections, " << movedBytes
       << " B (decided from " << plan.inputs << " input objects; 1 lld run)\n";
  }
  return 0;
}

} // namespace rrld
