//===- Layout.cpp ---------------------------------------------------------===//
#include "Layout.h"

#include "rrld/format.h"

#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Support/MathExtras.h"

using namespace llvm;

namespace rrld {

std::optional<ImageLayout> computeLayout(Ctx &ctx, const LinkedElf &elf, StringRef name) {
  Diag &diag = ctx.diag;
  ImageLayout l;

  if (elf.isDynamic)
    diag.error(name + ": the output is dynamically linked; rrld makes static images "
                      "(remove -shared, -pie and --dynamic-linker)");

  // rrld adds these to the ELF (docs/format.md, "ELF container"); one that
  // an input or the script made would be found instead of rrld's.
  for (const char *reserved : {".rrld.tables", ".rrld.moved"})
    if (elf.findSection(reserved))
      diag.error(name + ": the link made a section named " + reserved + " (from an input or "
                 "the linker script); rrld reserves the name for its own: rename it");

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
  // rrld writes the header over the reservation's 96 bytes: anything the
  // script put there (an input section, BYTE(), code) would be overwritten.
  // Only a reservation is allowed: exactly those bytes, zeros as lld leaves
  // them, no relocated word, no function or object in them.
  if (hdr->size >= RRLD_HEADER_SIZE && hdr->hasBits()) {
    auto inHeader = [&](uint32_t a) { return a - hdr->addr < RRLD_HEADER_SIZE; };
    std::string what;
    ArrayRef<uint8_t> bytes = elf.contents(*hdr);
    if (hdr->size != RRLD_HEADER_SIZE)
      what = "is " + std::to_string(hdr->size) + " bytes, not " +
             std::to_string(RRLD_HEADER_SIZE);
    else if (llvm::any_of(bytes.take_front(RRLD_HEADER_SIZE), [](uint8_t b) { return b; }))
      what = "holds data";
    for (const OutSymbol &sym : elf.symbols)
      if (sym.shndx == hdr->index && what.empty() &&
          (sym.type == ELF::STT_FUNC || sym.type == ELF::STT_OBJECT) && inHeader(sym.value & ~1u))
        what = "holds '" + sym.name.str() + "'";
    // (lld names the relocation section of .rrld_header .rel.rrld_header.)
    if (what.empty() && elf.findSection(".rel.rrld_header"))
      for (const OutReloc &r : elf.relocs)
        if (r.section == hdr->index && inHeader(r.offset)) {
          what = "holds a relocated word at " + hex(r.offset);
          break;
        }
    if (!what.empty())
      diag.error(name + ": .rrld_header " + what + ": the image header overwrites its " +
                 Twine(RRLD_HEADER_SIZE) + " bytes, so the linker script must reserve them "
                 "and put nothing there: .rrld_header : { . += " + Twine(RRLD_HEADER_SIZE) +
                 "; }");
  }
  l.roLink = hdr->addr;
  l.rwLink = elf.rw.lo;

  uint64_t roSize = alignTo(uint64_t(elf.ro.size()), 4); // checked against the limit below
  l.roSize = uint32_t(roSize);

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
  // A loader places RW at a multiple of RRLD_RAM_ALIGN (the stack below it
  // keeps AAPCS's 8-byte alignment), and so must the link: else the image
  // could not be placed at its own link address (rrld place refuses it).
  if (!elf.rw.empty() && rwAlign < RRLD_RAM_ALIGN && l.rwLink % RRLD_RAM_ALIGN != 0)
    diag.error(name + ": RW starts at " + hex(l.rwLink) + ", which is not a multiple of " +
               Twine(RRLD_RAM_ALIGN) + ", as a loader places RW (--rrld-rw-origin or the "
               "linker script sets it)");

  // RW: initial data, then zeros.  A NOBITS section before a PROGBITS one
  // simply becomes zeros inside the initial data.  The format wants the
  // initial data in whole RRLD_RW_INIT_ALIGN (16-byte) blocks, so that a
  // loader copies four words at a time: it is padded with zero bytes, which
  // are the first bytes of .bss (zero anyway) or padding after RW.  Nothing
  // moves: RW's link addresses stay, and the tables never name a padding
  // word.  Done here, before anything uses the size, so that the RW tables
  // are encoded against the same relocatable part the header describes.
  // The zeros that follow are rounded up to a multiple of RRLD_RAM_ALIGN
  // (8), so that the loader's app break (RW start + both sizes) stays
  // 8-aligned with no rounding of its own: .bss grows by at most 4 bytes of
  // RAM, which nothing at link time owns.  Summed in 64 bits: a segment near
  // 4 GiB must be refused below, not wrap.
  uint64_t init = alignTo(uint64_t(elf.rwInitEnd - elf.rw.lo), RRLD_RW_INIT_ALIGN);
  uint64_t rwTotal = alignTo(uint64_t(elf.rw.size()), 4);
  uint64_t zero = alignTo(rwTotal > init ? rwTotal - init : 0, RRLD_RAM_ALIGN);
  l.rwInitSize = uint32_t(init);
  l.rwZeroSize = uint32_t(zero);

  // Every size field is below RRLD_SIZE_LIMIT (256 MiB), so that no sum a
  // loader forms can pass 2^32.  (The streams are never larger than the
  // segment they list words of; stack_size is checked with the options.)
  for (auto [what, size] : {std::pair{"RO (ro_size)", roSize},
                            std::pair{"RW's initial data (rw_init_size)", init},
                            std::pair{"RW's zeroed part (rw_zero_size)", zero}})
    if (size >= RRLD_SIZE_LIMIT)
      diag.error(name + ": " + what + " is " + Twine(size) +
                 " bytes; the image format needs every size below 256 MiB (" +
                 Twine(RRLD_SIZE_LIMIT) + " bytes)");

  // The static base.  lld resolves SB-relative relocations against the first
  // section of the PT_LOAD holding the symbol; the loader puts one value in
  // r9, RW's start (the format has no room for another).  So RW must be one
  // PT_LOAD, and it must start where RW starts.
  unsigned rwLoads = 0;
  uint32_t sb = l.rwLink;
  for (const LoadSegment &p : elf.loads) {
    if (!(p.flags & ELF::PF_W) || p.memsz == 0)
      continue;
    if (rwLoads++ == 0)
      sb = p.vaddr;
  }
  if (rwLoads == 1 && sb != l.rwLink)
    diag.error(name + ": the writable PT_LOAD segment starts at " + hex(sb) +
               ", but RW's first section is at " + hex(l.rwLink) +
               "; lld counts SB-relative (r9) offsets from the segment's start, and the "
               "loader sets r9 to RW's start.  Make a writable output section the first "
               "thing in the segment (no padding and no empty or read-only section "
               "before it)");
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
