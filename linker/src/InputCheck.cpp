//===- InputCheck.cpp -----------------------------------------------------===//
#include "InputCheck.h"

#include "Arm.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Support/ARMAttributeParser.h"
#include "llvm/Support/ARMBuildAttributes.h"
#include "llvm/Support/Endian.h"

using namespace llvm;
using namespace llvm::ELF;
using namespace llvm::object;

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

std::optional<std::string> checkMProfile(const ELFFile<ELF32LE> &f) {
  using Shdr = ELF32LE::Shdr;
  Expected<ArrayRef<Shdr>> secs = f.sections();
  if (!secs) {
    consumeError(secs.takeError());
    return std::nullopt; // lld reports a malformed object
  }
  auto secName = [&](uint32_t i) -> std::string {
    if (i >= secs->size())
      return "section " + std::to_string(i);
    Expected<StringRef> n = f.getSectionName((*secs)[i]);
    if (!n) {
      consumeError(n.takeError());
      return "section " + std::to_string(i);
    }
    return n->str();
  };

  // 1. The build attributes.
  for (const Shdr &s : *secs) {
    if (s.sh_type != SHT_ARM_ATTRIBUTES)
      continue;
    Expected<ArrayRef<uint8_t>> data = f.getSectionContents(s);
    if (!data) {
      consumeError(data.takeError());
      continue;
    }
    ARMAttributeParser parser;
    if (Error e = parser.parse(*data, endianness::little)) {
      consumeError(std::move(e));
      continue;
    }
    std::optional<unsigned> profile = parser.getAttributeValue(ARMBuildAttrs::CPU_arch_profile);
    if (profile && *profile != ARMBuildAttrs::MicroControllerProfile &&
        *profile != ARMBuildAttrs::Not_Applicable) {
      std::string p = *profile >= 0x20 && *profile < 0x7f ? std::string(1, char(*profile))
                                                           : std::to_string(*profile);
      return "built for the '" + p + "' profile (Tag_CPU_arch_profile in .ARM.attributes), "
             "not for an M-profile core";
    }
  }

  // 2. ARM code: a $a mapping symbol.
  for (const Shdr &s : *secs) {
    if (s.sh_type != SHT_SYMTAB)
      continue;
    Expected<ArrayRef<ELF32LE::Sym>> syms = f.symbols(&s);
    Expected<StringRef> strtab = f.getStringTableForSymtab(s);
    if (!syms || !strtab) {
      if (!syms)
        consumeError(syms.takeError());
      if (!strtab)
        consumeError(strtab.takeError());
      continue;
    }
    for (const ELF32LE::Sym &sym : *syms) {
      Expected<StringRef> name = sym.getName(*strtab);
      if (!name) {
        consumeError(name.takeError());
        continue;
      }
      if (*name == "$a" || name->starts_with("$a."))
        return "holds ARM-state (A32) code: the mapping symbol $a marks " +
               secName(sym.st_shndx) + "+0x" + utohexstr(sym.st_value, /*LowerCase=*/true);
    }
  }

  // 3. Relocations only A32 instructions carry.
  for (const Shdr &rs : *secs) {
    if (rs.sh_type != SHT_REL && rs.sh_type != SHT_RELA)
      continue;
    auto first = [&](auto rels) -> std::optional<std::string> {
      if (!rels) {
        consumeError(rels.takeError());
        return std::nullopt;
      }
      for (const auto &r : *rels)
        if (isA32Reloc(r.getType(false)))
          return "holds ARM-state (A32) code: " + secName(rs.sh_info) + "+0x" +
                 utohexstr(r.r_offset, /*LowerCase=*/true) + " has a " +
                 relocName(r.getType(false)) + ", which only A32 instructions carry";
      return std::nullopt;
    };
    std::optional<std::string> why =
        rs.sh_type == SHT_REL ? first(f.rels(rs)) : first(f.relas(rs));
    if (why)
      return why;
  }
  return std::nullopt;
}

FloatAbi floatAbiOf(const ELFFile<ELF32LE> &f) {
  Expected<ArrayRef<ELF32LE::Shdr>> secs = f.sections();
  if (!secs) {
    consumeError(secs.takeError());
    return FloatAbi::None;
  }
  for (const ELF32LE::Shdr &s : *secs) {
    if (s.sh_type != SHT_ARM_ATTRIBUTES)
      continue;
    Expected<ArrayRef<uint8_t>> data = f.getSectionContents(s);
    if (!data) {
      consumeError(data.takeError());
      continue;
    }
    ARMAttributeParser parser;
    if (Error e = parser.parse(*data, endianness::little)) {
      consumeError(std::move(e));
      continue;
    }
    std::optional<unsigned> model = parser.getAttributeValue(ARMBuildAttrs::ABI_FP_number_model);
    if (!model || *model == 0)
      return FloatAbi::None; // no floating point, or not said
    std::optional<unsigned> args = parser.getAttributeValue(ARMBuildAttrs::ABI_VFP_args);
    if (!args || *args == ARMBuildAttrs::BaseAAPCS)
      return FloatAbi::Soft;
    if (*args == ARMBuildAttrs::HardFPAAPCS)
      return FloatAbi::Hard;
    return FloatAbi::None; // toolchain-specific, or compatible with both
  }
  return FloatAbi::None;
}

} // namespace rrld
