//===- Gaps.cpp -----------------------------------------------------------===//
#include "Gaps.h"

#include "rrld/format.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/Twine.h"

#include <vector>

using namespace llvm;

namespace rrld {

void checkGaps(Ctx &ctx, const LinkedElf &elf, StringRef name, bool allow) {
  for (Seg seg : {Seg::RO, Seg::RW}) {
    AddrRange range = seg == Seg::RO ? elf.ro : elf.rw;
    std::vector<const OutSection *> secs;
    for (const OutSection &s : elf.sections)
      if (s.seg == seg && s.size)
        secs.push_back(&s);
    llvm::stable_sort(secs, [](const OutSection *a, const OutSection *b) {
      return a->addr < b->addr;
    });
    const char *what = seg == Seg::RO ? "RO" : "RW";
    bool tooLarge = range.size() >= RRLD_SIZE_LIMIT;
    uint32_t end = range.lo;
    const OutSection *prev = nullptr;
    for (const OutSection *s : secs) {
      if (s->addr > end) {
        uint32_t gap = s->addr - end;
        std::string where = prev ? "between " + prev->name.str() + " (ending at " + hex(end) +
                                       ") and " + s->name.str() + " (at " + hex(s->addr) + ")"
                                 : "before " + s->name.str() + " (at " + hex(s->addr) + ")";
        std::string kind = seg == Seg::RO ? "flash the image fills with zeros"
                           : s->hasBits() ? "zeros the image carries and the loader copies"
                                          : "RAM the loader reserves";
        // A hole in a segment past the format's limit: the image cannot load.
        if (tooLarge && gap >= kGapWarnBytes)
          ctx.diag.error(name + ": " + what + " has a hole of " + Twine(gap) + " bytes " + where +
                         ", which makes " + what + " " + Twine(range.size()) +
                         " bytes: no loader can take it (the image format's limit is " +
                         Twine(RRLD_SIZE_LIMIT) + " bytes); does the linker script put a " +
                         (seg == Seg::RW ? "writable section in flash, or a " : "") +
                         "'. =' or ALIGN() there?");
        else if (gap >= kGapWarnBytes && !allow)
          ctx.diag.warn(name + ": " + what + " has a hole of " + Twine(gap) + " bytes " + where +
                        ": " + kind + " (a '. =' or ALIGN() in the linker script?); pass "
                        "--rrld-allow-gap if it is meant");
      }
      if (s->addr + uint64_t(s->size) > end)
        end = s->addr + s->size;
      prev = s;
    }
  }
}

} // namespace rrld
