//===- Rewrite.h - PC-relative code references to RW made r9-relative -*- C++ -*-===//
//
// With -fropi, code reaches read-only data PC-relative.  When such data ends
// up in RW (a linker script put it there, so that the pointers it holds can
// be relocated in RAM), those references break under independent placement.
// Two code patterns cover what clang emits, and both have an r9-relative
// twin of the same size:
//
//   Thumb-2 (v7-M, v8-M.main)          Thumb-1 (v6-M, v8-M.base)
//     movw rX, #:lower16:(T - Pa - 4)     ldr  rX, [pc, #lit]   lit: .word T - Pa - 4
//     movt rX, #:upper16:(T - Pa - 4)     ...
//     ...                                 add  rX, pc           (at Pa)
//     add  rX, pc                (at Pa)
//
// The "..." may jump with an unconditional B, as clang branches over a
// literal pool it puts inside a large function, when nothing else can reach
// where the branch lands.
//
// Both become "T - SB" in the immediates or the literal, and "add rX, r9".
// Every instruction involved is decoded with LLVM MC's disassembler before
// it is changed and after; anything else is reported, never guessed.
//
//===----------------------------------------------------------------------===//
#ifndef RRLD_REWRITE_H
#define RRLD_REWRITE_H

#include "Classify.h"
#include "Layout.h"
#include "LinkedElf.h"

#include "llvm/ADT/ArrayRef.h"

#include <cstdint>
#include <vector>

namespace rrld {

// New bytes for the output at a link-time address in RO code.
struct CodePatch {
  uint32_t addr = 0;
  std::vector<uint8_t> bytes;
};

struct RewriteResult {
  std::vector<CodePatch> patches;
  std::vector<Problem> problems;
  uint32_t sequences = 0; // code sequences rewritten
};

// Rewrites the PC-relative references from RO code into RW listed in `refs`
// (R_ARM_THM_MOVW_PREL_NC, R_ARM_THM_MOVT_PREL, R_ARM_REL32 in a literal
// pool) to be relative to the static base.
RewriteResult rewriteToStaticBase(const LinkedElf &elf, const ImageLayout &layout,
                                  llvm::ArrayRef<OutReloc> refs);

} // namespace rrld

#endif
