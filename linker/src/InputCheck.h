//===- InputCheck.h - inputs a Cortex-M core cannot run --------*- C++ -*-===//
//
// An M-profile core executes Thumb code only.  An object built for ARM
// state (A32, e.g. --target=armv7a-none-eabi -marm) links without complaint
// in lld, which then calls into it with a BLX the core cannot take (a
// UsageFault at run time).  rrld refuses such objects before the link, from
// what the object says about itself, in this order:
//
//   - its build attributes (.ARM.attributes): Tag_CPU_arch_profile other
//     than 'M' (an A- or R-profile object);
//   - a $a mapping symbol: ARM code in one of its sections;
//   - a relocation type that only A32 instructions carry (R_ARM_CALL,
//     R_ARM_JUMP24, R_ARM_PC24, R_ARM_MOVW_ABS_NC and the other A32
//     MOVW/MOVT, group and 12-bit forms, R_ARM_V4BX).
//
// The input scan (Scan.cpp) reads each object once and asks these
// questions of what it reads.
//
//===----------------------------------------------------------------------===//
#ifndef RRLD_INPUTCHECK_H
#define RRLD_INPUTCHECK_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <optional>
#include <string>

namespace rrld {

// The evidence found in one object, the first of each kind.
struct MProfileCheck {
  std::optional<std::string> profile, armCode, a32Reloc;

  // The contents of an .ARM.attributes section.
  void attributes(llvm::ArrayRef<uint8_t> contents);
  // A symbol `name` at `value` in the section named `section`.
  void symbol(llvm::StringRef name, llvm::StringRef section, uint32_t value);
  // A relocation of `type` at `offset` in the section named `section`.
  void reloc(uint32_t type, llvm::StringRef section, uint32_t offset);

  // Why the object cannot run on an M-profile core ("<what>: <where>"), or
  // nothing if it can as far as its attributes, symbols and relocations tell.
  std::optional<std::string> result() const;
};

// The float ABI an object's functions are called with, from its build
// attributes as GNU ld reads them: an object that records a floating-point
// number model (Tag_ABI_FP_number_model, which compilers write and plain
// assembly does not) passes floats in VFP registers if Tag_ABI_VFP_args
// says so (hard-float, -mfloat-abi=hard, Rust's *-eabihf) and in core
// registers otherwise (soft-float and softfp).  None: the object takes no
// side (no number model, or Tag_ABI_VFP_args "compatible with both").
// lld links the two kinds together without a word; the calls between them
// then pass floats in the wrong registers.
enum class FloatAbi { None, Soft, Hard };
FloatAbi floatAbiOf(llvm::ArrayRef<uint8_t> attributes); // an .ARM.attributes section

// Whether a relocation type is carried only by A32 (ARM-state) instructions.
bool isA32Reloc(uint32_t type);

} // namespace rrld

#endif
