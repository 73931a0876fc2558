//===- Layout.h - where the image's segments are at link time ---*- C++ -*-===//
#ifndef RRLD_LAYOUT_H
#define RRLD_LAYOUT_H

#include "Context.h"
#include "LinkedElf.h"

#include <cstdint>
#include <optional>

namespace rrld {

struct ImageLayout {
  uint32_t roLink = 0;     // link address of image offset 0 (.rrld_header)
  uint32_t roSize = 0;     // bytes, multiple of 4, header included
  uint32_t rwLink = 0;     // link address of RW offset 0, and the static base
  uint32_t rwInitSize = 0; // bytes of RW with file contents, padded with zeros
                           // to a multiple of RRLD_RW_INIT_ALIGN (16)
  uint32_t rwZeroSize = 0; // bytes of zeros after them (what RW needs beyond),
                           // rounded up to a multiple of RRLD_RAM_ALIGN (8)
  uint8_t roAlignLog2 = 2;
  uint8_t rwAlignLog2 = 2;
  uint32_t entry = 0;      // RO offset, bit 0 set
};

// Finds the two segments of a linked ELF and checks that the loader can place
// them independently: the header at RO start, RO and RW disjoint, one RW
// PT_LOAD that starts where RW starts (the static base, r9, is RW's start),
// every size below RRLD_SIZE_LIMIT, a Thumb entry point in RO.
// Reports problems to ctx.diag.  Returns nothing only when there is no
// layout to speak of (no header); otherwise the caller goes on classifying, so
// that one run reports every problem, and stops before writing output.
std::optional<ImageLayout> computeLayout(Ctx &ctx, const LinkedElf &elf, llvm::StringRef name);

} // namespace rrld

#endif
