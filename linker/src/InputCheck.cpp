//===- InputCheck.cpp -----------------------------------------------------===//
#include "InputCheck.h"

#include "Arm.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Support/ARMBuildAttributes.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/Error.h"

using namespace llvm;
using namespace llvm::ELF;

namespace rrld {

bool isA32Reloc(uint32_t type) {
  switch (type) {
  case R_ARM_PC24:       // B/BL, ARM state
  case R_ARM_LDR_PC_G0:  // LDR, ARM state
  case R_ARM_ABS12:      // LDR/STR imm12, ARM state
  case R_ARM_XPC25:      // BLX from ARM state
  case R_ARM_PLT32:      // BL, ARM state
  case R_ARM_CALL:       // BL/BLX, ARM state
  case R_ARM_JUMP24:     // B/BL<cond>, ARM state
  case R_ARM_V4BX:       // BX in ARMv4T code
  case R_ARM_MOVW_ABS_NC: // the A32 encodings of MOVW/MOVT
  case R_ARM_MOVT_ABS:
  case R_ARM_MOVW_PREL_NC:
  case R_ARM_MOVT_PREL:
  case R_ARM_MOVW_BREL_NC:
  case R_ARM_MOVT_BREL:
  case R_ARM_MOVW_BREL:
  case R_ARM_TLS_CALL:
  case R_ARM_TLS_DESCSEQ:
  case R_ARM_GOT_BREL12:
  case R_ARM_GOTOFF12:
  case R_ARM_TLS_LDO12:
  case R_ARM_TLS_LE12:
  case R_ARM_TLS_IE12GP:
    return true;
  default:
    // The ALU/LDR/LDRS/LDC group relocations, PC- and SB-relative: A32 only.
    return (type >= R_ARM_ALU_PCREL_7_0 && type <= R_ARM_ALU_SBREL_27_20_CK) ||
           (type >= R_ARM_ALU_PC_G0_NC && type <= R_ARM_LDC_SB_G2);
  }
}

namespace {

// Reads the build attributes' value of one tag, as *Addenda to, and Errata
// in, the ABI for the Arm Architecture* lays them out:
//
//   'A' { <u32 length> "aeabi\0" { <uleb tag> <u32 length> <attributes> }* }*
//
// An attribute is a ULEB128 tag and a value: a NUL-terminated string for
// Tag_CPU_raw_name (4), Tag_CPU_name (5) and odd tags from 33 on, a ULEB128
// and then a string for Tag_compatibility (32), else a ULEB128.  The
// sub-subsections of section or symbol scope (tags 2, 3) start with a list
// of indices ending in 0.  Nothing if the data is malformed or has no such
// attribute.  (LLVM's ARMAttributeParser builds a description of every
// attribute; this is the one value the check needs, at a tenth of the cost.)
class AttrReader {
public:
  explicit AttrReader(ArrayRef<uint8_t> d) : d(d) {}

  std::optional<uint64_t> find(uint64_t wanted) {
    if (d.empty() || d[0] != 'A')
      return std::nullopt;
    std::optional<uint64_t> found;
    size_t pos = 1;
    while (pos < d.size()) {
      uint32_t len;
      if (!u32(pos, len) || len < 4 || len > d.size() - pos)
        return std::nullopt;
      size_t end = pos + len, p = pos + 4;
      pos = end;
      size_t nul = p;
      while (nul < end && d[nul])
        ++nul;
      if (nul == end)
        return std::nullopt;
      bool aeabi = StringRef(reinterpret_cast<const char *>(&d[p]), nul - p) == "aeabi";
      if (!aeabi)
        continue; // another vendor's attributes
      for (p = nul + 1; p < end;) {
        size_t start = p;
        uint64_t scope;
        uint32_t sublen;
        if (!uleb(p, end, scope) || !u32(p, sublen))
          return std::nullopt;
        p += 4;
        if (sublen < p - start || sublen > end - start)
          return std::nullopt;
        size_t subEnd = start + sublen;
        if (scope == 2 || scope == 3) { // section or symbol numbers, ending in 0
          uint64_t index = 1;
          while (index != 0)
            if (!uleb(p, subEnd, index))
              return std::nullopt;
        } else if (scope != 1) {
          return std::nullopt;
        }
        while (p < subEnd) {
          uint64_t tag, value = 0;
          if (!uleb(p, subEnd, tag))
            return std::nullopt;
          bool str = tag == 4 || tag == 5 || (tag > 32 && tag % 2 == 1);
          if ((tag == 32 || !str) && !uleb(p, subEnd, value))
            return std::nullopt;
          if ((tag == 32 || str) && !ntbs(p, subEnd))
            return std::nullopt;
          if (tag == wanted && !str && !found)
            found = value;
        }
        p = subEnd;
      }
    }
    return found;
  }

private:
  bool u32(size_t p, uint32_t &v) const {
    if (d.size() < 4 || p > d.size() - 4)
      return false;
    v = support::endian::read32le(&d[p]);
    return true;
  }
  bool uleb(size_t &p, size_t end, uint64_t &v) const {
    v = 0;
    for (unsigned shift = 0; p < end && shift < 64; shift += 7) {
      uint8_t b = d[p++];
      v |= uint64_t(b & 0x7f) << shift;
      if (!(b & 0x80))
        return true;
    }
    return false;
  }
  bool ntbs(size_t &p, size_t end) const {
    while (p < end)
      if (d[p++] == 0)
        return true;
    return false;
  }

  ArrayRef<uint8_t> d;
};

} // namespace

void MProfileCheck::attributes(ArrayRef<uint8_t> contents) {
  if (profile)
    return;
  std::optional<uint64_t> p = AttrReader(contents).find(ARMBuildAttrs::CPU_arch_profile);
  if (p && *p != ARMBuildAttrs::MicroControllerProfile && *p != ARMBuildAttrs::Not_Applicable) {
    std::string name = *p >= 0x20 && *p < 0x7f ? std::string(1, char(*p)) : std::to_string(*p);
    profile = "built for the '" + name + "' profile (Tag_CPU_arch_profile in .ARM.attributes), "
              "not for an M-profile core";
  }
}

void MProfileCheck::symbol(StringRef name, StringRef section, uint32_t value) {
  // ARM code: a $a mapping symbol.
  if (armCode || !(name == "$a" || name.starts_with("$a.")))
    return;
  armCode = "holds ARM-state (A32) code: the mapping symbol $a marks " + section.str() + "+0x" +
            utohexstr(value, /*LowerCase=*/true);
}

void MProfileCheck::reloc(uint32_t type, StringRef section, uint32_t offset) {
  if (a32Reloc || !isA32Reloc(type))
    return;
  a32Reloc = "holds ARM-state (A32) code: " + section.str() + "+0x" +
             utohexstr(offset, /*LowerCase=*/true) + " has a " + relocName(type) +
             ", which only A32 instructions carry";
}

std::optional<std::string> MProfileCheck::result() const {
  if (profile)
    return profile;
  if (armCode)
    return armCode;
  return a32Reloc;
}

FloatAbi floatAbiOf(ArrayRef<uint8_t> attributes) {
  std::optional<uint64_t> model = AttrReader(attributes).find(ARMBuildAttrs::ABI_FP_number_model);
  if (!model || *model == 0)
    return FloatAbi::None; // no floating point, or not said
  std::optional<uint64_t> args = AttrReader(attributes).find(ARMBuildAttrs::ABI_VFP_args);
  if (!args || *args == ARMBuildAttrs::BaseAAPCS)
    return FloatAbi::Soft;
  if (*args == ARMBuildAttrs::HardFPAAPCS)
    return FloatAbi::Hard;
  return FloatAbi::None; // toolchain-specific, or compatible with both
}

} // namespace rrld
