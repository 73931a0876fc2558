//===- Classify.cpp -------------------------------------------------------===//
#include "Classify.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/BinaryFormat/ELF.h"

#include "llvm/Support/Endian.h"

#include <algorithm>
#include <map>

using namespace llvm;
using namespace llvm::ELF;

namespace rrld {

namespace {

class Classifier {
public:
  Classifier(const LinkedElf &elf, const ImageLayout &layout, const ClassifyOptions &opts)
      : elf(elf), layout(layout), opts(opts) {}

  Classified run();

private:
  void classifyOne(const OutReloc &r);
  void classifyAbs(const OutReloc &r, Seg located, Seg target);
  void classifyGotSlot(const OutReloc &r, Seg located);
  void classifyGotTable();
  void problem(const OutReloc &r, std::string why, std::string fix,
               MoveKind move = MoveKind::None, MoveReason reason = MoveReason::RamPointer);
  bool moves() const { return opts.roRelocs != RoRelocPolicy::Error; }

  const LinkedElf &elf;
  const ImageLayout &layout;
  const ClassifyOptions &opts;
  Classified out;

  // GOT slots named by relocations: slot address -> target symbol index.
  std::map<uint32_t, uint32_t> gotSlots;
  bool usesGotOrigin = false;
};

} // namespace

void Classifier::problem(const OutReloc &r, std::string why, std::string fix, MoveKind move,
                         MoveReason reason) {
  out.problems.push_back({r.offset, r.type, r.section, elf.symbolDesc(elf.symbols[r.sym]),
                          std::move(why), std::move(fix), r.sym, move, reason});
}

const char *moveReasonName(MoveReason r) {
  switch (r) {
  case MoveReason::RamPointer:
    return "ram-pointer";
  case MoveReason::StaticBase:
    return "sb-relative";
  case MoveReason::RoRelocsRam:
    return "ro-relocs-ram";
  case MoveReason::SameName:
    return "same-name";
  }
  return "?";
}

static bool isUndefined(const OutSymbol &s) { return s.shndx == SHN_UNDEF; }

void Classifier::classifyOne(const OutReloc &r) {
  const OutSymbol &sym = elf.symbols[r.sym];
  const OutSection &sec = elf.sections[r.section];
  Seg located = sec.seg;
  Seg target = elf.symbolSeg(sym);
  if (!sec.contains(r.offset)) {
    problem(r, ("the relocated field lies outside its section " + sec.name).str(),
            "this is a linker bug; please report it");
    return;
  }

  switch (getRelKind(r.type, opts.arm)) {
  case RelKind::None:
    ++out.ignored;
    return;

  case RelKind::Abs:
    classifyAbs(r, located, target);
    return;

  case RelKind::Branch:
    // lld turns a branch to an undefined weak symbol into a branch to the
    // next instruction: position-independent.
    if (isUndefined(sym) && r.sym != 0) {
      ++out.pcRelative;
      return;
    }
    [[fallthrough]];
  case RelKind::PcRel:
    if (target == Seg::None) {
      if (isUndefined(sym))
        problem(r, "is a PC-relative reference to an undefined weak symbol: it computes null only "
                       "at the link address, and a non-null address once the image moves",
                "define the symbol, or test it through a pointer stored in RW data");
      else
        problem(r, "is a PC-relative reference to an absolute symbol: the distance changes when the "
                       "image moves",
                "reach fixed addresses through an absolute pointer in data");
      return;
    }
    if (located == Seg::RO && target == Seg::RW && sec.isExec() &&
        (r.type == R_ARM_THM_MOVW_PREL_NC || r.type == R_ARM_THM_MOVT_PREL ||
         r.type == R_ARM_REL32)) {
      out.crossPcRel.push_back(r);
      return;
    }
    if (target != located) {
      problem(r,
              std::string("is a PC-relative reference from ") + segName(located) + " to " +
                  segName(target) + ": the distance changes when RO and RW are placed "
                                    "independently",
              "compile every object with -fropi -frwpi");
      out.problems.back().pcRelFromRw = located == Seg::RW;
      return;
    }
    ++out.pcRelative;
    return;

  case RelKind::SbRel:
    if (target == Seg::RW) {
      ++out.sbRelative;
      return;
    }
    if (target == Seg::RO) {
      // Data reached through r9 must be where r9 points: rrld moves it to RW.
      problem(r,
              "is an SB-relative (r9) reference to read-only data: lld resolves it against the "
              "RO segment's base, but at run time r9 holds the RW base (rust-lang/rust#95871)",
              moves() ? "make the data writable so it lives in RW, or reach it PC-relative"
                      : "drop --rrld-ro-relocs=error (rrld then moves the data to RW), make it "
                        "writable, or reach it PC-relative",
              moves() ? MoveKind::Target : MoveKind::None, MoveReason::StaticBase);
      return;
    }
    problem(r, "is an SB-relative (r9) reference to a symbol that is not in RW",
            "SB-relative references must name data in the RW segment");
    return;

  case RelKind::AbsInsn:
    problem(r, "puts an absolute address into an instruction, which no load-time table can fix",
            "compile with -fropi -frwpi (clang) or -C relocation-model=ropi-rwpi (rustc)");
    return;

  case RelKind::GotSlot:
    classifyGotSlot(r, located);
    return;

  case RelKind::GotRel:
    // S + A - GOT_ORG: with the GOT at the start of RW, an SB-relative offset.
    usesGotOrigin = true;
    if (target == Seg::RW) {
      ++out.sbRelative;
      return;
    }
    if (target == Seg::RO && !elf.sections[sym.shndx].isExec()) {
      problem(r, "is a GOT-relative (r9) reference to read-only data, which r9 does not reach",
              moves() ? "make the data writable so it lives in RW"
                      : "drop --rrld-ro-relocs=error (rrld then moves the data to RW), or make "
                        "the data writable",
              moves() ? MoveKind::Target : MoveKind::None, MoveReason::StaticBase);
      return;
    }
    problem(r, "is a GOT-relative (r9) reference to a symbol that is not in RW",
            "GOT-relative references must name data in the RW segment");
    return;

  case RelKind::GotBase:
    problem(r, "computes the GOT's address PC-relative, which breaks when RO and RW are "
               "placed independently",
            "compile GCC code with -fPIC -msingle-pic-base -mpic-register=r9 "
            "-mno-pic-data-is-text-relative, so that r9 holds the GOT address");
    return;

  case RelKind::Got:
    problem(r, "is a GOT form rrld does not support (absolute or ARM-state)",
            "compile GCC code for Thumb with -fPIC -msingle-pic-base -mpic-register=r9 "
            "-mno-pic-data-is-text-relative");
    return;

  case RelKind::Tls:
    problem(r, "refers to thread-local storage, which rrld images do not have",
            "remove _Thread_local/thread_local variables");
    return;

  case RelKind::Dynamic:
    problem(r, "is a dynamic relocation; rrld makes static images",
            "remove -shared and -pie");
    return;

  case RelKind::Unsupported:
    problem(r, "is not supported by rrld",
            "compile for Thumb (thumbv6m/v7m/v7em/v8m) with -fropi -frwpi");
    return;
  }
}

void Classifier::classifyAbs(const OutReloc &r, Seg located, Seg target) {
  const OutSection &sec = elf.sections[r.section];

  // An absolute symbol, or a weak reference that stayed null: the value does
  // not depend on placement.
  if (target == Seg::None) {
    // An absolute symbol whose value happens to lie inside the image (say
    // `_estack = ORIGIN(RAM) + LENGTH(RAM)` in a script) names a place that
    // moves with the image while the value does not.  The value decides
    // nothing here; it only makes the warning likely to be useful.
    const OutSymbol &sym = elf.symbols[r.sym];
    if (sym.shndx == SHN_ABS && (elf.addrSeg(sym.value) != Seg::None ||
                                 sym.value == elf.ro.hi || sym.value == elf.rw.hi))
      out.warnings.push_back(
          {r.offset, r.type, r.section, elf.symbolDesc(sym),
           "holds the absolute symbol's value " + hex(sym.value) +
               ", which lies inside the image but will not move with it",
           "define the symbol inside an output section (then it moves with its section), "
           "or ignore this if the address is meant to be fixed"});
    ++out.fixedValue;
    return;
  }
  if (r.offset % 4 != 0 || sec.addr + sec.size - r.offset < 4) {
    problem(r, "is an absolute word at an address that is not word aligned; the "
               "relocation tables hold aligned words only",
            "do not store pointers in packed structures");
    return;
  }
  if (!sec.hasBits()) {
    problem(r, ("relocates a word in " + sec.name + ", which has no contents").str(),
            "this is a linker bug; please report it");
    return;
  }

  if (located == Seg::RW) {
    uint32_t off = r.offset - layout.rwLink;
    (target == Seg::RO ? out.rwRo : out.rwRw).push_back(off);
    return;
  }

  // Located in RO.
  if (sec.isExec()) {
    problem(r, "puts an absolute address into code (a literal pool): the object was built "
               "without -fropi -frwpi, or assembly loads the address (ldr rX, =symbol)",
            "compile with -fropi -frwpi (clang) or -C relocation-model=ropi-rwpi (rustc); in "
            "assembly, form the address PC-relatively (adr, or a literal of symbol - (. + 4) "
            "then add rX, pc)");
    return;
  }
  if (target == Seg::RW) {
    problem(r, "puts a RAM address into flash, but the RAM base changes at each load",
            moves() ? "keep the pointer in RW: drop its 'const'"
                    : "drop --rrld-ro-relocs=error (rrld then moves the data to RW), or keep "
                      "the pointer in RW: drop its 'const'",
            moves() ? MoveKind::Section : MoveKind::None, MoveReason::RamPointer);
    return;
  }
  if (opts.roRelocs == RoRelocPolicy::Error) {
    problem(r, "puts a flash address into flash, which needs install-time patching of the RO "
               "segment, refused by --rrld-ro-relocs=error",
            "use --rrld-ro-relocs=patch or =ram, or make the table writable");
    return;
  }
  if (opts.roRelocs == RoRelocPolicy::Ram) {
    problem(r, "puts a flash address into flash, which --rrld-ro-relocs=ram keeps out of flash",
            "use --rrld-ro-relocs=patch, or make the table writable",
            MoveKind::Section, MoveReason::RoRelocsRam);
    return;
  }
  out.roRo.push_back(r.offset - layout.roLink);
}

// R_ARM_GOT_BREL (G(S) + A - GOT_ORG) and R_ARM_GOT_PREL (G(S) + A - P):
// the field holds the distance to S's GOT slot.  --emit-relocs keeps no
// relocation for the slot itself, so this is how rrld learns which symbol
// each slot holds: the slot is found from the field's value (compilers emit
// these with A = 0) and checked to hold S's address, so that a nonzero
// addend or a foreign layout is an error, not a guess.  The symbol's section
// then decides the slot's table, as for any absolute word.
void Classifier::classifyGotSlot(const OutReloc &r, Seg located) {
  const OutSymbol &sym = elf.symbols[r.sym];
  const OutSection &sec = elf.sections[r.section];
  const OutSection *got = elf.findSection(".got");
  bool brel = r.type == R_ARM_GOT_BREL;
  if (!brel && located != Seg::RW) {
    problem(r, "reaches a GOT slot PC-relative from RO, which breaks when RO and RW are "
               "placed independently",
            r.type == R_ARM_TARGET2 ? "pass --target2=rel, as clang does for bare-metal targets"
                                    : "compile with -fPIC -msingle-pic-base -mpic-register=r9 "
                                      "-mno-pic-data-is-text-relative (GCC) or -fropi -frwpi "
                                      "(clang)");
    return;
  }
  llvm::ArrayRef<uint8_t> bytes = elf.contents(sec);
  if (r.offset % 4 != 0 || bytes.size() < 4 || r.offset - sec.addr > bytes.size() - 4) {
    problem(r, "is a GOT reference in a field rrld cannot read", "report this as a bug");
    return;
  }
  uint32_t field = llvm::support::endian::read32le(bytes.data() + (r.offset - sec.addr));
  uint32_t slot = (brel ? (got ? got->addr : 0) : r.offset) + field;
  if (!got || !got->contains(slot) || slot % 4 != 0 || got->addr + got->size - slot < 4) {
    problem(r, "names a GOT slot at " + hex(slot) + ", which is not a word of .got",
            "GOT references with nonzero addends are not supported");
    return;
  }
  llvm::ArrayRef<uint8_t> gotBytes = elf.contents(*got);
  if (gotBytes.size() != got->size) {
    problem(r, "names a slot of a .got without contents", "report this as a bug");
    return;
  }
  uint32_t held = llvm::support::endian::read32le(gotBytes.data() + (slot - got->addr));
  if (held != sym.value) {
    problem(r, "names the GOT slot at " + hex(slot) + ", which holds " + hex(held) +
                   " rather than the symbol's address " + hex(sym.value),
            "GOT references with nonzero addends are not supported");
    return;
  }
  if (brel)
    usesGotOrigin = true;
  auto [it, inserted] = gotSlots.try_emplace(slot, r.sym);
  if (!inserted && elf.symbols[it->second].value != sym.value)
    problem(r, "names the GOT slot at " + hex(slot) + " for a second, different symbol",
            "report this as a bug");
  ++out.sbRelative;
}

// Every GOT slot is an absolute word in RW: list each in the RW table its
// symbol's section calls for.  A slot no relocation named cannot be
// classified, and GOT_ORG must be the static base the loader sets.
void Classifier::classifyGotTable() {
  const OutSection *got = elf.findSection(".got");
  if (!got || got->size == 0)
    return;
  OutReloc at;
  at.type = R_ARM_GOT_BREL;
  at.section = got->index;
  at.offset = got->addr;
  if (got->seg != Seg::RW) {
    problem(at, "lies in a read-only .got", "put .got in RW");
    return;
  }
  if (usesGotOrigin && got->addr != layout.rwLink) {
    problem(at, "uses .got at " + hex(got->addr) + " as the GOT origin, but r9 will hold the "
                    "static base " + hex(layout.rwLink),
            "make .got the first RW output section (the default layout does)");
    return;
  }
  for (uint32_t slot = got->addr; got->addr + got->size - slot >= 4; slot += 4) {
    auto it = gotSlots.find(slot);
    at.offset = slot;
    if (it == gotSlots.end()) {
      problem(at, "is a GOT slot that no relocation rrld can see names",
              "report this as a bug, with the objects that use the GOT");
      continue;
    }
    Seg target = elf.symbolSeg(elf.symbols[it->second]);
    if (target == Seg::RO)
      out.rwRo.push_back(slot - layout.rwLink);
    else if (target == Seg::RW)
      out.rwRw.push_back(slot - layout.rwLink);
    else
      ++out.fixedValue;
  }
}

Classified Classifier::run() {
  for (const OutReloc &r : elf.relocs)
    classifyOne(r);
  classifyGotTable();

  // Each word may be relocated once, by one table.
  // lld emits relocations in address order, so this rarely sorts anything.
  for (std::vector<uint32_t> *v : {&out.rwRo, &out.rwRw, &out.roRo})
    if (!std::is_sorted(v->begin(), v->end()))
      llvm::sort(*v);
  auto report = [&](uint32_t off, uint32_t base, const char *what) {
    OutReloc r;
    r.offset = base + off;
    r.type = R_ARM_ABS32;
    const OutSection *s = elf.sectionAt(r.offset);
    r.section = s ? s->index : 0;
    problem(r, std::string("relocates the same word ") + what,
            "do not relocate one word twice (check hand-written relocations)");
  };
  for (auto [v, base] : {std::pair{&out.rwRo, layout.rwLink}, std::pair{&out.rwRw, layout.rwLink},
                         std::pair{&out.roRo, layout.roLink}})
    for (size_t i = 1; i < v->size(); ++i)
      if ((*v)[i] == (*v)[i - 1])
        report((*v)[i], base, "twice");
  std::vector<uint32_t> both;
  std::set_intersection(out.rwRo.begin(), out.rwRo.end(), out.rwRw.begin(), out.rwRw.end(),
                        std::back_inserter(both));
  for (uint32_t off : both)
    report(off, layout.rwLink, "against both RO and RW");
  for (std::vector<uint32_t> *v : {&out.rwRo, &out.rwRw, &out.roRo})
    v->erase(std::unique(v->begin(), v->end()), v->end());
  return std::move(out);
}

Classified classify(const LinkedElf &elf, const ImageLayout &layout, const ClassifyOptions &opts) {
  return Classifier(elf, layout, opts).run();
}

} // namespace rrld
