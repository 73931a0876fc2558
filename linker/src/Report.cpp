//===- Report.cpp ---------------------------------------------------------===//
#include "Report.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Support/Format.h"

#include <algorithm>

using namespace llvm;

namespace rrld {

const InputMap &SectionNames::get() {
  if (map.empty())
    map = InputMap::fromInputs(elf, lldArgs);
  return map;
}

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
// in RAM, or the inputs did not show that it had to move (for data that
// inputs rrld does not read made, such as LTO's, with its own fix).
static std::string unmoved(const LinkedElf &elf, const InputMap &map, const MovePlan &plan,
                           ArrayRef<MovedSection> moved, Problem &p) {
  const MapEntry *in = nullptr;
  if (p.move == MoveKind::Section) {
    in = map.find(p.offset);
  } else {
    const OutSymbol &s = elf.symbols[p.sym];
    if (s.type != ELF::STT_SECTION)
      in = map.find(s.value);
  }
  if (!in || StringRef(in->file).ends_with(".lto.o")) {
    if (plan.unseenInputs) {
      p.fix = "place the data in RAM by name, e.g. __attribute__((section(\".data.tab\"))) "
              "in C, or compile the file that defines it without -flto";
      return "; rrld decides what moves to RW from the input objects before the link, and it "
             "cannot see into LLVM bitcode (LTO), which lld compiles during the link, nor into "
             "inputs a linker script names";
    }
    return "; rrld did not move it to RW";
  }
  if (auto it = plan.refused.find(in->desc); it != plan.refused.end())
    return "; rrld cannot move it to RW: " + it->second;
  if (llvm::any_of(moved, [&](const MovedSection &m) { return m.desc == in->desc; }))
    return "; rrld moved " + in->desc + " to RW, but the linker script placed it in RO "
           "(does it put .data.* in RAM?)";
  return "; rrld decides what moves to RW from the inputs before the link, and they did not "
         "show that " + in->desc + " must move";
}

void reportProblems(Ctx &ctx, const LinkedElf &elf, SectionNames &names, const Classified &c,
                    const LldRun &run, bool userScript) {
  for (const Problem &p : c.warnings)
    ctx.diag.warn(describe(elf, names.get(), p));
  for (Problem p : c.problems) {
    if (p.move != MoveKind::None)
      p.why += unmoved(elf, names.get(), run.plan, run.moved, p);
    // A PC-relative word in read-only data that rrld moved to RW went along
    // with the data that had to move.
    if (p.pcRelFromRw)
      if (const MapEntry *in = names.get().find(p.offset))
        for (const MovedSection &m : run.moved)
          if (m.desc == in->desc) {
            p.why += "; rrld moved " + m.desc + " to RW (" + moveReasonName(m.reason) +
                     ": rrld --rrld-explain says why), and this word went with it";
            p.fix = "give the data that must move a section of its own, apart from the "
                    "PC-relative word";
            break;
          }
    if (userScript)
      if (const MapEntry *in = names.get().find(p.offset))
        explainScriptProblem(elf, run.script, in->name, p);
    ctx.diag.error(describe(elf, names.get(), p));
  }
}

void explain(const LinkedElf &elf, const InputMap &map, ArrayRef<MovedSection> moved,
             const ClassifyOptions &copts, raw_ostream &os) {
  constexpr size_t shown = 8;
  // The first `shown` of `n` references, each made by text(i).
  auto list = [&](size_t n, function_ref<std::string(size_t)> text) {
    for (size_t i = 0; i < n && i < shown; ++i)
      os << "    " << text(i) << "\n";
    if (n > shown)
      os << "    ... and " << n - shown << " more\n";
  };
  for (const MovedSection &m : moved) {
    os << "rrld: moved to RW (" << moveReasonName(m.reason) << ", " << m.size << " B): " << m.desc
       << "\n";
    // The references' text is made only here (Plan.h, MoveCause).
    list(m.because.size(), [&](size_t i) { return m.because[i].text(); });
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
    list(refs.size(), [&](size_t i) { return refs[i]; });
  }
}

void printSummary(const std::string &output, const ImageLayout &layout, const Classified &c,
                  const RewriteResult &rewrite, const Tables &tables, const LldRun &run,
                  ArrayRef<std::string> paddingNames, raw_ostream &os) {
  uint32_t n = c.rwRo.size() + c.rwRw.size() + c.roRo.size();
  os << "rrld: " << output << ": RO " << layout.roSize << " B, RW " << layout.rwInitSize << "+"
     << layout.rwZeroSize << " B\n"
     << "rrld: relocations: " << c.pcRelative << " PC-relative, " << c.sbRelative
     << " SB-relative, " << c.fixedValue << " absolute values, " << c.ignored << " ignored; "
     << rewrite.sequences
     << " PC-relative code sequences into RW made r9-relative; table entries: RW->RO "
     << c.rwRo.size() << ", RW->RW " << c.rwRw.size() << ", RO->RO " << c.roRo.size() << "\n"
     << "rrld: tables " << tables.bytes() << " B";
  if (n)
    os << format(" (%.2f B/relocation)", double(tables.bytes()) / n);
  os << "\n";
  uint32_t movedBytes = 0;
  for (const MovedSection &m : run.moved)
    movedBytes += m.size;
  const ScriptFragment &frag = run.frag;
  if (frag.insertedHeader)
    os << "rrld: script: image header inserted before " << frag.headerBefore << "\n";
  for (const std::string &s : frag.restated)
    os << "rrld: script: " << s << " given the load region of the RW before it\n";
  for (const std::string &s : frag.dropped)
    os << "rrld: script: " << s << " pads flash after the image, left out of the link\n";
  for (const std::string &s : paddingNames)
    os << "rrld: script: " << s << " is padding, left out of the image\n";
  os << "rrld: moved to RW: " << run.moved.size() << " read-only sections, " << movedBytes
     << " B (decided from " << run.plan.inputs << " input objects; 1 lld run)\n";
}

} // namespace rrld
