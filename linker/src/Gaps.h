//===- Gaps.h - large holes inside a segment --------------------*- C++ -*-===//
//
// The image holds each segment whole: a hole between two sections of RO is
// flash the image fills with zeros, one in RW's initial data is zeros the
// loader copies, one before .bss is RAM the loader reserves.  A linker
// script makes such holes without meaning to -- `. = 0x00800000` before
// .rodata, ALIGN(0x100000) before .bss, a writable section placed in flash
// so that RW stretches from flash to RAM -- and the link would otherwise
// succeed with an image of megabytes.  So rrld warns about every hole of
// kGapWarnBytes or more, naming the section after it, and reports an error
// where the hole makes a segment too large for the image format (which no
// loader can then take).  --rrld-allow-gap silences the warnings.
//
//===----------------------------------------------------------------------===//
#ifndef RRLD_GAPS_H
#define RRLD_GAPS_H

#include "Context.h"
#include "LinkedElf.h"

#include "llvm/ADT/StringRef.h"

#include <cstdint>

namespace rrld {

// Holes of this many bytes or more are reported: larger than any alignment
// a Cortex-M program needs but MPU regions of 64 KiB, and small next to the
// flash and RAM of the devices rrld links for.
constexpr uint32_t kGapWarnBytes = 64 * 1024;

// Reports the holes of both segments of `elf` (the output `name`) to
// ctx.diag: warnings unless `allow`, errors where a segment passes the
// format's size limit.
void checkGaps(Ctx &ctx, const LinkedElf &elf, llvm::StringRef name, bool allow);

} // namespace rrld

#endif
