//===- Classify.cpp -------------------------------------------------------===//
#include "Classify.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/BinaryFormat/ELF.h"

#include <algorithm>

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
  void problem(const OutReloc &r, std::string why, std::string fix);

  const LinkedElf &elf;
  const ImageLayout &layout;
  const ClassifyOptions &opts;
  Classified out;
};

} // namespace

void Classifier::problem(const OutReloc &r, std::string why, std::string fix) {
  out.problems.push_back({r.offset, r.type, r.section, elf.symbolDesc(elf.symbols[r.sym]),
                          std::move(why), std::move(fix)});
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
    if (target != located) {
      problem(r,
              std::string("is a PC-relative reference from ") + segName(located) + " to " +
                  segName(target) + ": the distance changes when RO and RW are placed "
                                    "independently",
              located == Seg::RO ? "compile every object with -fropi -frwpi"
                                 : "compile every object with -fropi -frwpi");
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
      problem(r,
              "is an SB-relative (r9) reference to read-only data: lld resolves it against the "
              "RO segment's base, but at run time r9 holds the RW base (rust-lang/rust#95871)",
              "make the data writable so it lives in RW, or reach it PC-relative "
              "(moving such data to RW automatically is not implemented yet)");
      return;
    }
    problem(r, "is an SB-relative (r9) reference to a symbol that is not in RW",
            "SB-relative references must name data in the RW segment");
    return;

  case RelKind::AbsInsn:
    problem(r, "puts an absolute address into an instruction, which no load-time table can fix",
            "compile with -fropi -frwpi (clang) or -C relocation-model=ropi-rwpi (rustc)");
    return;

  case RelKind::Got:
    if (r.type == R_ARM_TARGET2) {
      problem(r, "is resolved through a GOT slot (lld's default --target2=got-rel), which "
                 "rrld does not support",
              "pass --target2=rel, as clang does for bare-metal targets");
      return;
    }
    problem(r, "needs a GOT slot (GCC -fPIC style code), which rrld does not support yet",
            "compile with clang -fropi -frwpi instead");
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
               "without -fropi -frwpi",
            "compile with -fropi -frwpi (clang) or -C relocation-model=ropi-rwpi (rustc)");
    return;
  }
  if (target == Seg::RW) {
    problem(r, "puts a RAM address into flash, but the RAM base changes at each load",
            "keep the pointer in RW: drop its 'const' (a static the compiler sees is never "
            "written is made read-only too: give it external linkage); moving such data to "
            "RW automatically is not implemented yet");
    return;
  }
  if (opts.roRelocs == RoRelocPolicy::Error) {
    problem(r, "puts a flash address into flash, which needs install-time patching of the RO "
               "segment, refused by --rrld-ro-relocs=error",
            "use --rrld-ro-relocs=patch, or make the table writable");
    return;
  }
  out.roRo.push_back(r.offset - layout.roLink);
}

Classified Classifier::run() {
  for (const OutReloc &r : elf.relocs)
    classifyOne(r);

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
