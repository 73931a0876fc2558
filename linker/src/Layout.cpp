//===- Layout.cpp ---------------------------------------------------------===//
#include "Layout.h"

#include "rrld/format.h"

#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Support/MathExtras.h"

using namespace llvm;

namespace rrld {

static uint32_t alignTo4(uint32_t v) { return (v + 3u) & ~3u; }

std::optional<ImageLayout> computeLayout(Ctx &ctx, const LinkedElf &elf, StringRef name) {
  Diag &diag = ctx.diag;
  ImageLayout l;

  if (elf.isDynamic)
    diag.error(name + ": the output is dynamically linked; rrld makes static images "
                      "(remove -shared, -pie and --dynamic-linker)");

  const OutSection *hdr = elf.findSection(".rrld_header");
  if (!hdr || hdr->seg != Seg::RO) {
    diag.error(name + ": no .rrld_header output section in the RO region; the linker "
                      "script must reserve the image header as the first RO section: "
                      ".rrld_header : { . += 96; }");
    return std::nullopt;
  }
  if (hdr->size < RRLD_HEADER_SIZE || !hdr->hasBits())
    diag.error(name + ": .rrld_header is " + Twine(hdr->size) + " bytes; it must reserve " +
               Twine(RRLD_HEADER_SIZE) + " bytes of file contents");
  if (hdr->addr != elf.ro.lo)
    diag.error(name + ": .rrld_header is at " + hex(hdr->addr) +
               " but RO starts at " + hex(elf.ro.lo) + "; it must be the first RO section");
  l.roLink = hdr->addr;
  l.roSize = alignTo4(elf.ro.size());
  l.rwLink = elf.rw.lo;

  if (!elf.rw.empty() && elf.ro.lo < elf.rw.hi && elf.rw.lo < elf.ro.hi)
    diag.error(name + ": RO [" + hex(elf.ro.lo) + ", " + hex(elf.ro.hi) + ") and RW [" +
               hex(elf.rw.lo) + ", " + hex(elf.rw.hi) + ") overlap");

  // Alignment: each segment must start at an address aligned to every section
  // in it, so that placing it at any address with that alignment keeps all
  // section alignments.
  uint32_t roAlign = 4, rwAlign = 4;
  for (const OutSection &s : elf.sections) {
    if (s.seg == Seg::RO)
      roAlign = std::max(roAlign, s.align);
    else if (s.seg == Seg::RW)
      rwAlign = std::max(rwAlign, s.align);
  }
  for (auto [what, align, base, log2] :
       {std::tuple{"RO", roAlign, l.roLink, &l.roAlignLog2},
        std::tuple{"RW", rwAlign, l.rwLink, &l.rwAlignLog2}}) {
    if (!isPowerOf2_32(align) || Log2_32(align) > RRLD_MAX_ALIGN_LOG2) {
      diag.error(name + ": " + what + " section alignment " + Twine(align) +
                 " exceeds the format's limit of " + Twine(1u << RRLD_MAX_ALIGN_LOG2));
      continue;
    }
    if (base % align != 0)
      diag.error(name + ": " + what + " starts at " + hex(base) +
                 ", which is not aligned to its largest section alignment " + Twine(align));
    *log2 = uint8_t(Log2_32(align));
  }

  // RW: initial data, then zeros.  A NOBITS section before a PROGBITS one
  // simply becomes zeros inside the initial data.  The format wants the
  // initial data in whole RRLD_RW_INIT_ALIGN (16-byte) blocks, so that a
  // loader copies four words at a time: it is padded with zero bytes, which
  // are the first bytes of .bss (zero anyway) or padding after RW.  Nothing
  // moves: RW's link addresses stay, and the tables never name a padding
  // word.  Done here, before anything uses the size, so that the RW tables
  // are encoded against the same relocatable part the header describes.
  uint32_t init = alignTo4(elf.rwInitEnd - elf.rw.lo);
  uint32_t rwTotal = alignTo4(elf.rw.size());
  l.rwInitSize = alignTo(init, RRLD_RW_INIT_ALIGN);
  l.rwZeroSize = rwTotal > l.rwInitSize ? rwTotal - l.rwInitSize : 0;

  // The static base.  lld resolves SB-relative relocations against the first
  // section of the PT_LOAD holding the symbol; the loader puts one value in
  // r9.  So RW must be one PT_LOAD, and its start is the static base.
  unsigned rwLoads = 0;
  for (const LoadSegment &p : elf.loads) {
    if (!(p.flags & ELF::PF_W) || p.memsz == 0)
      continue;
    ++rwLoads;
    l.sbOffset = p.vaddr - l.rwLink;
  }
  if (rwLoads > 1)
    diag.error(name + ": RW is split over " + Twine(rwLoads) +
               " writable PT_LOAD segments; lld gives each its own static base for "
               "SB-relative (r9) relocations, but the loader sets one.  Keep all "
               "writable output sections contiguous in one memory region, with the same "
               "load region: give .bss the same 'AT > FLASH' as .data, or drop 'AT >' "
               "altogether (rrld images carry .data's contents themselves)");

  // Entry point: a Thumb function in RO code.
  const OutSection *entrySec = elf.sectionAt(elf.entry & ~1u);
  if (!(elf.entry & 1) || !entrySec || !entrySec->isExec() || entrySec->seg != Seg::RO)
    diag.error(name + ": entry point " + hex(elf.entry) +
               " is not a Thumb function in RO code; define _start (or pass -e SYMBOL)");
  l.entry = elf.entry - l.roLink;

  return l;
}

} // namespace rrld
