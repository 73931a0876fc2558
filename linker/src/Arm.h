//===- Arm.h - ARM relocation knowledge -------------------------*- C++ -*-===//
#ifndef RRLD_ARM_H
#define RRLD_ARM_H

#include "llvm/ADT/StringRef.h"

#include <cstdint>

namespace rrld {

// What a relocation means for independent placement of RO and RW, in the
// spirit of lld's RelExpr: generic passes look at this, never at R_ARM_*.
enum class RelKind : uint8_t {
  None,        // no effect on the output contents
  Abs,         // S + A in a 32-bit word: a relocation-table candidate
  AbsInsn,     // absolute address bits inside an instruction or a short field
  PcRel,       // S + A - P: correct while S and P stay in one segment
  Branch,      // PC-relative branch; lld rewrites those to undefined weak symbols
  SbRel,       // S + A - B(S): correct while S is in RW, B(S) the static base
  GotSlot,     // the offset of S's GOT slot (GCC -fPIC code): the slot is an absolute word
  GotRel,      // S + A - GOT_ORG: SB-relative when the GOT starts RW
  GotBase,     // GOT_ORG + A - P: the GOT's address, PC-relative
  Got,         // other GOT forms (absolute or ARM-state), not supported
  Tls,         // thread-local storage
  Dynamic,     // only meaningful in dynamic links
  Unsupported, // anything else
};

// How lld resolves R_ARM_TARGET2 (exception tables' typeinfo references).
enum class Target2Policy : uint8_t { GotRel, Rel, Abs };

struct ArmOptions {
  bool target1Rel = false; // --target1-rel: R_ARM_TARGET1 is REL32, not ABS32
  Target2Policy target2 = Target2Policy::GotRel; // --target2=; lld's default
};

RelKind getRelKind(uint32_t type, const ArmOptions &opts);

// "R_ARM_ABS32", or "unknown relocation (N)".
std::string relocName(uint32_t type);

} // namespace rrld

#endif
