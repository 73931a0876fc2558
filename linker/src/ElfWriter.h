//===- ElfWriter.h - the ELF files rrld writes ------------------*- C++ -*-===//
//
// rrld never re-lays-out lld's output.  It edits it in place: fills the
// reserved .rrld_header, appends the tables as a non-allocated section, and,
// for `rrld place`, moves every allocated section, segment, symbol and
// relocation offset by its segment's displacement, and relocates the
// non-loaded sections' absolute words.  Output bytes depend only
// on the inputs (no timestamps, no paths), like lld's.
//
//===----------------------------------------------------------------------===//
#ifndef RRLD_ELFWRITER_H
#define RRLD_ELFWRITER_H

#include "LinkedElf.h"
#include "Rewrite.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <vector>

namespace rrld {

// Bytes to overwrite in a file, at an offset.
struct FilePatch {
  uint64_t offset = 0;
  std::vector<uint8_t> bytes;
};

// What turns lld's output into the ELF a link writes: the image header filled
// in, and the image's tables in a non-allocated section named .rrld.tables
// (appended with a grown .shstrtab and section header table), and, if rrld
// moved read-only sections to RW, their list in .rrld.moved (Move.h).
// Small: a link writes these few kilobytes in place rather than the whole
// file again.
llvm::Expected<std::vector<FilePatch>> imageElfPatches(const LinkedElf &elf,
                                                       llvm::ArrayRef<uint8_t> image,
                                                       llvm::ArrayRef<CodePatch> code = {},
                                                       llvm::StringRef movedNote = {});
llvm::Error patchFile(llvm::StringRef path, llvm::ArrayRef<FilePatch> patches);

// Writes a whole output file (kept only if every byte was written).
llvm::Error writeFile(llvm::StringRef path, llvm::ArrayRef<uint8_t> bytes);

// A fixed-address ELF for `rrld place`: RO at roAddr, RW at rwAddr, contents
// from the placed image (RO patched) and the relocated RW initial data; what
// a plain link at those addresses gives (docs/hubris.md, "What rrld place
// writes"): RW's load address right after RO, absolute symbols moved by the
// segment their value lies in, the absolute words of non-loaded sections
// (.task_slot_table, debug info) by their symbol's segment.
llvm::Expected<std::vector<uint8_t>> writePlacedElf(const LinkedElf &elf,
                                                    llvm::ArrayRef<uint8_t> placedImage,
                                                    llvm::ArrayRef<uint8_t> rwInit,
                                                    uint32_t roAddr, uint32_t rwAddr);
// The same, edited into `file`: elf's own bytes (LinkedElf::writableBytes) or
// a copy of them.  Every field is read before it is written, so the edit may
// be made in place.
llvm::Error placeElf(const LinkedElf &elf, llvm::MutableArrayRef<uint8_t> file,
                     llvm::ArrayRef<uint8_t> placedImage, llvm::ArrayRef<uint8_t> rwInit,
                     uint32_t roAddr, uint32_t rwAddr);

} // namespace rrld

#endif
