//===- Arm.cpp - ARM relocation kinds -------------------------------------===//
//
// All of rrld's knowledge of ARM relocation types lives here.
//
// A few facts about Thumb code on Cortex-M decide everything else:
//
// - Cortex-M executes only Thumb.  Function addresses have bit 0 set, which is
//   part of S for R_ARM_ABS32 against a Thumb function: adding an aligned base
//   keeps it, so a table entry needs no special case.
//
// - With -fropi, code reaches read-only data PC-relative: MOVW/MOVT pairs with
//   R_ARM_THM_MOVW_PREL_NC/MOVT_PREL feeding "add rX, pc" on v7-M/v8-M.main,
//   and literal-pool words with R_ARM_REL32 on v6-M/v8-M.base.  The value is
//   S + A - P, which stays right as long as S and P move together, i.e. lie
//   in the same segment.
//
// - With -frwpi, code reaches writable data relative to the static base in
//   r9: R_ARM_THM_MOVW_BREL_NC/MOVT_BREL and R_ARM_SBREL32, S + A - B(S).
//   lld takes B(S) to be the address of the first section of the PT_LOAD
//   holding S, so S must sit in the one RW PT_LOAD for r9 = RW start to work.
//
// - Pointers stored in data (function tables, vtables, string tables, .bss
//   pointers, .init_array) are R_ARM_ABS32 words: the only relocations whose
//   value changes with placement, and the ones the image's tables list.
//   R_ARM_TARGET1 (used for .init_array) is ABS32 unless --target1-rel;
//   R_ARM_TARGET2 (exception tables) follows --target2, which clang sets to
//   rel for bare-metal targets.
//
// - Branches (BL, B.W) are PC-relative.  A branch to an undefined weak symbol
//   is rewritten by lld into a branch to the next instruction, which is
//   position-independent; any other PC-relative reference to an undefined weak
//   symbol computes a "null" that stops being null when the image moves.
//
// - MOVW/MOVT_ABS, the v6-M execute-only ALU_ABS group, ABS16/ABS8 etc. put
//   absolute address bits into instructions: code built without -fropi.
//
// - GCC's PIC (libtock-c: -fPIC -msingle-pic-base -mpic-register=r9
//   -mno-pic-data-is-text-relative) reaches data through the GOT: a literal
//   holds R_ARM_GOT_BREL, the offset of the symbol's GOT slot from the GOT
//   origin, and code loads the slot from [r9, literal].  lld resolves
//   GOT_ORG to the start of .got, so with .got first in RW, r9 = RW start
//   serves both GCC's and clang's code.  The slots themselves are absolute
//   words in RW that lld fills without leaving relocations behind.
//
//===----------------------------------------------------------------------===//
#include "Arm.h"

#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Object/ELF.h"

using namespace llvm::ELF;

namespace rrld {

RelKind getRelKind(uint32_t type, const ArmOptions &opts) {
  switch (type) {
  case R_ARM_NONE:
  case R_ARM_V4BX:          // BX rN marker for ARMv4
  case R_ARM_GNU_VTENTRY:   // GC hints
  case R_ARM_GNU_VTINHERIT:
    return RelKind::None;

  case R_ARM_ABS32:     // S + A
  case R_ARM_ABS32_NOI: // S + A
    return RelKind::Abs;
  case R_ARM_TARGET1:   // S + A, or S + A - P with --target1-rel
    return opts.target1Rel ? RelKind::PcRel : RelKind::Abs;

  case R_ARM_ABS16:              // S + A, 16 bits
  case R_ARM_ABS12:              // S + A, ARM LDR
  case R_ARM_ABS8:               // S + A, 8 bits
  case R_ARM_THM_ABS5:           // S + A, Thumb LDR
  case R_ARM_MOVW_ABS_NC:        // (S + A) & 0xffff, ARM
  case R_ARM_MOVT_ABS:           // (S + A) >> 16, ARM
  case R_ARM_THM_MOVW_ABS_NC:    // (S + A) & 0xffff
  case R_ARM_THM_MOVT_ABS:       // (S + A) >> 16
  case R_ARM_THM_ALU_ABS_G0_NC:  // (S + A) & 0xff, v6-M execute-only
  case R_ARM_THM_ALU_ABS_G1_NC:  // ((S + A) >> 8) & 0xff
  case R_ARM_THM_ALU_ABS_G2_NC:  // ((S + A) >> 16) & 0xff
  case R_ARM_THM_ALU_ABS_G3:     // (S + A) >> 24
    return RelKind::AbsInsn;

  case R_ARM_REL32:             // S + A - P
  case R_ARM_REL32_NOI:         // S + A - P
  case R_ARM_PREL31:            // (S + A - P) & 0x7fffffff, .ARM.exidx
  case R_ARM_THM_PC8:           // S + A - Pa, Thumb ADR/LDR literal
  case R_ARM_THM_PC12:          // S + A - Pa, Thumb-2 LDR literal
  case R_ARM_THM_ALU_PREL_11_0: // S + A - Pa, Thumb-2 ADR
  case R_ARM_THM_MOVW_PREL_NC:  // (S + A - P) & 0xffff
  case R_ARM_THM_MOVT_PREL:     // (S + A - P) >> 16
  case R_ARM_MOVW_PREL_NC:      // ARM state forms of the same
  case R_ARM_MOVT_PREL:
  case R_ARM_ALU_PC_G0_NC:
  case R_ARM_ALU_PC_G0:
  case R_ARM_ALU_PC_G1_NC:
  case R_ARM_ALU_PC_G1:
  case R_ARM_ALU_PC_G2:
  case R_ARM_LDR_PC_G0:
  case R_ARM_LDR_PC_G1:
  case R_ARM_LDR_PC_G2:
  case R_ARM_LDRS_PC_G0:
  case R_ARM_LDRS_PC_G1:
  case R_ARM_LDRS_PC_G2:
  case R_ARM_LDC_PC_G0:
  case R_ARM_LDC_PC_G1:
  case R_ARM_LDC_PC_G2:
    return RelKind::PcRel;

  case R_ARM_THM_CALL:    // ((S + A) | T) - P, BL/BLX
  case R_ARM_THM_JUMP24:  // ((S + A) | T) - P, B.W
  case R_ARM_THM_JUMP19:  // S + A - P, B<c>.W
  case R_ARM_THM_JUMP11:  // S + A - P, B
  case R_ARM_THM_JUMP8:   // S + A - P, B<c>
  case R_ARM_THM_JUMP6:   // S + A - P, CBZ/CBNZ
  case R_ARM_THM_BF16:    // v8.1-M branch future
  case R_ARM_THM_BF12:
  case R_ARM_THM_BF18:
  case R_ARM_CALL:        // ARM state BL/BLX
  case R_ARM_JUMP24:
  case R_ARM_PC24:
  case R_ARM_PLT32:
    return RelKind::Branch;

  case R_ARM_SBREL32:          // S + A - B(S)
  case R_ARM_THM_MOVW_BREL_NC: // ((S + A) | T) - B(S) & 0xffff
  case R_ARM_THM_MOVT_BREL:    // (S + A - B(S)) >> 16
  case R_ARM_THM_MOVW_BREL:    // ((S + A) | T) - B(S) & 0xffff, checked
  case R_ARM_MOVW_BREL_NC:     // ARM state forms
  case R_ARM_MOVT_BREL:
  case R_ARM_MOVW_BREL:
    return RelKind::SbRel;

  case R_ARM_GOT_BREL:   // G(S) + A - GOT_ORG (GCC -msingle-pic-base literal pools)
  case R_ARM_GOT_PREL:   // G(S) + A - P
    return RelKind::GotSlot;
  case R_ARM_GOTOFF32:   // S + A - GOT_ORG
    return RelKind::GotRel;
  case R_ARM_BASE_PREL:  // GOT_ORG + A - P
    return RelKind::GotBase;
  case R_ARM_GOT_ABS:    // G(S) + A: an absolute slot address
  case R_ARM_GOT_BREL12: // ARM-state LDR forms
  case R_ARM_GOTOFF12:
  case R_ARM_BASE_ABS:
    return RelKind::Got;
  case R_ARM_TARGET2:    // --target2=got-rel (lld's default), rel or abs
    switch (opts.target2) {
    case Target2Policy::Rel:
      return RelKind::PcRel;
    case Target2Policy::Abs:
      return RelKind::Abs;
    case Target2Policy::GotRel:
      break;
    }
    return RelKind::GotSlot;

  case R_ARM_TLS_DESC:
  case R_ARM_TLS_DTPMOD32:
  case R_ARM_TLS_DTPOFF32:
  case R_ARM_TLS_TPOFF32:
  case R_ARM_TLS_GD32:
  case R_ARM_TLS_LDM32:
  case R_ARM_TLS_LDO32:
  case R_ARM_TLS_IE32:
  case R_ARM_TLS_LE32:
  case R_ARM_TLS_LDO12:
  case R_ARM_TLS_LE12:
  case R_ARM_TLS_IE12GP:
  case R_ARM_TLS_GOTDESC:
  case R_ARM_TLS_CALL:
  case R_ARM_TLS_DESCSEQ:
  case R_ARM_THM_TLS_CALL:
  case R_ARM_THM_TLS_DESCSEQ16:
  case R_ARM_THM_TLS_DESCSEQ32:
    return RelKind::Tls;

  case R_ARM_COPY:
  case R_ARM_GLOB_DAT:
  case R_ARM_JUMP_SLOT:
  case R_ARM_RELATIVE:
  case R_ARM_IRELATIVE:
    return RelKind::Dynamic;

  default:
    return RelKind::Unsupported;
  }
}

std::string relocName(uint32_t type) {
  llvm::StringRef name = llvm::object::getELFRelocationTypeName(EM_ARM, type);
  if (name == "Unknown")
    return "unknown relocation (" + std::to_string(type) + ")";
  return name.str();
}

} // namespace rrld
