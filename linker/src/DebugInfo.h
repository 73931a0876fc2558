//===- DebugInfo.h - relocations in non-allocated sections ------*- C++ -*-===//
//
// Debug info (and any other section that is not loaded) never reaches the
// device, but its words name addresses: a debugger reads them.
//
// Link: LLVM describes a global of -frwpi code r9-relatively,
// `DW_OP_const4u off, DW_OP_breg9 (r9), DW_OP_plus`, with an R_ARM_SBREL32
// on `off`: S + A - B(S), the variable's offset from the static base.  That
// is the right value for a debugger at any placement (RW moves as a whole
// and r9 moves with it), but lld refuses SB-relative relocations in a
// non-allocated section.  So rrld gives lld copies of those objects in
// which they are R_ARM_NONE (Move.h): lld leaves the field (A) alone and
// keeps the relocation in --emit-relocs; after the link rrld writes
// S + A - B(S) into the field and makes the relocation R_ARM_SBREL32 again.
//
// Place: `rrld place` moves the ELF's absolute words into RO and RW in the
// debug info (code addresses in .debug_addr, .debug_line, .debug_frame ...)
// and in every other non-allocated section, from the relocations
// --emit-relocs kept.
//
//===----------------------------------------------------------------------===//
#ifndef RRLD_DEBUGINFO_H
#define RRLD_DEBUGINFO_H

#include "ElfWriter.h"
#include "LinkedElf.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <vector>

namespace rrld {

// For lld's output of inputs changed by InputMover::retypeNonAllocSbrel:
// the field and the relocation of each R_ARM_NONE with a symbol in a
// non-allocated section, as R_ARM_SBREL32 against the static base.
llvm::Expected<std::vector<FilePatch>> nonAllocSbrelPatches(const LinkedElf &elf,
                                                            uint32_t staticBase);

} // namespace rrld

#endif
