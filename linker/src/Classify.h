//===- Classify.h - decide what every relocation needs at load time -*- C++ -*-===//
//
// The scan half of scan-then-apply (lld's Relocations.cpp): for each
// relocation lld kept with --emit-relocs, look at the segment the relocated
// field lives in and the segment of its target symbol's section (never the
// value), and decide: nothing to do, an entry in one of the three tables, or
// a problem that makes independent placement impossible.
//
//===----------------------------------------------------------------------===//
#ifndef RRLD_CLASSIFY_H
#define RRLD_CLASSIFY_H

#include "Arm.h"
#include "Context.h"
#include "Layout.h"
#include "LinkedElf.h"

#include <string>
#include <vector>

namespace rrld {

// How the driver can make a problem go away by moving a read-only input
// section into RW (Move.h), if the policy allows it.
enum class MoveKind : uint8_t {
  None,    // it cannot: the problem is an error
  Section, // move the input section that holds the relocated field
  Target,  // move the input section the relocation points to
};

// Why a section moves; also the tag `rrld inspect` prints.
enum class MoveReason : uint8_t {
  RamPointer,  // read-only data holding a RAM address (case 1)
  StaticBase,  // read-only data reached through r9 (case 2)
  RoRelocsRam, // read-only data holding a flash address, --rrld-ro-relocs=ram (case 3)
  SameName,    // read-only data named as a moving section of its object: a
               // linker script cannot place one of them without the other
};
const char *moveReasonName(MoveReason r);

// A relocation that cannot be made correct as linked; printed in lld's shape
// by the driver, which knows how to name the input section the field came
// from, unless moving a section fixes it.
struct Problem {
  uint32_t offset = 0;  // P
  uint32_t type = 0;
  uint32_t section = 0; // output section index of P
  std::string symbol;   // as LinkedElf::symbolDesc
  std::string why;
  std::string fix;
  uint32_t sym = 0;     // index into LinkedElf::symbols
  MoveKind move = MoveKind::None;
  MoveReason reason = MoveReason::RamPointer;
  // A PC-relative word in RW pointing into RO (the report says whether rrld
  // moved its section there).
  bool pcRelFromRw = false;
};

struct Classified {
  // Segment-relative word offsets, sorted, unique.
  std::vector<uint32_t> rwRo; // words in RW holding RO addresses
  std::vector<uint32_t> rwRw; // words in RW holding RW addresses
  std::vector<uint32_t> roRo; // words in RO holding RO addresses
  uint32_t pcRelative = 0;    // resolved by lld, placement-independent
  uint32_t sbRelative = 0;    // resolved by lld against r9
  uint32_t fixedValue = 0;    // absolute symbols, null weak references
  uint32_t ignored = 0;       // R_ARM_NONE and friends
  std::vector<Problem> problems;
  std::vector<Problem> warnings; // linkable, but probably not what was meant
  // PC-relative references from RO code to RW in the forms Rewrite.cpp can
  // make r9-relative (MOVW/MOVT_PREL pairs, REL32 literals); problems if not.
  std::vector<OutReloc> crossPcRel;
};

struct ClassifyOptions {
  RoRelocPolicy roRelocs = RoRelocPolicy::Patch;
  ArmOptions arm;
};

Classified classify(const LinkedElf &elf, const ImageLayout &layout, const ClassifyOptions &opts);

} // namespace rrld

#endif
