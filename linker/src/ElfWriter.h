//===- ElfWriter.h - the ELF files rrld writes ------------------*- C++ -*-===//
//
// rrld never re-lays-out lld's output.  It edits it in place: fills the
// reserved .rrld_header, appends the tables as a non-allocated section, and,
// for `rrld place`, moves every allocated section, segment, symbol and
// relocation offset by its segment's displacement.  Output bytes depend only
// on the inputs (no timestamps, no paths), like lld's.
//
//===----------------------------------------------------------------------===//
#ifndef RRLD_ELFWRITER_H
#define RRLD_ELFWRITER_H

#include "LinkedElf.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <vector>

namespace rrld {

// The ELF a link writes: lld's output with the image header filled in and
// the image's tables in a section named .rrld.tables.
llvm::Expected<std::vector<uint8_t>> writeImageElf(const LinkedElf &elf,
                                                   llvm::ArrayRef<uint8_t> image);

// A fixed-address ELF for `rrld place`: RO at roAddr, RW at rwAddr, contents
// from the placed image (RO patched) and the relocated RW initial data.
llvm::Expected<std::vector<uint8_t>> writePlacedElf(const LinkedElf &elf,
                                                    llvm::ArrayRef<uint8_t> placedImage,
                                                    llvm::ArrayRef<uint8_t> rwInit,
                                                    uint32_t roAddr, uint32_t rwAddr);

} // namespace rrld

#endif
