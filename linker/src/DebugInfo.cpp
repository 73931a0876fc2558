//===- DebugInfo.cpp - relocations in non-allocated sections --------------===//
#include "DebugInfo.h"

#include "Arm.h"
#include "Context.h"

#include "llvm/ADT/Twine.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Support/Endian.h"

#include <cstddef>

using namespace llvm;
using namespace llvm::ELF;
using llvm::support::endian::read32le;
using llvm::support::endian::write32le;

namespace rrld {

namespace {
// One relocation of a non-allocated section, with the file offsets of its
// r_info and of the field it relocates.
struct NonAllocRel {
  const OutSection *target;
  uint32_t infoAt, fieldAt, offset;
  uint32_t type, sym;
};
} // namespace

// Every relocation --emit-relocs kept for a non-allocated section.
static Expected<std::vector<NonAllocRel>> nonAllocRels(const LinkedElf &elf) {
  ArrayRef<uint8_t> b = elf.bytes;
  if (b.size() < sizeof(Elf32_Ehdr))
    return makeError("truncated ELF header");
  uint32_t shoff = read32le(b.data() + offsetof(Elf32_Ehdr, e_shoff));
  std::vector<NonAllocRel> out;
  for (const OutSection &rs : elf.sections) {
    if (rs.type != SHT_REL)
      continue;
    uint64_t infoField = uint64_t(shoff) + uint64_t(rs.index) * sizeof(Elf32_Shdr) +
                         offsetof(Elf32_Shdr, sh_info);
    if (infoField + 4 > b.size())
      return makeError("section header " + Twine(rs.index) + " past the end of the file");
    uint32_t info = read32le(b.data() + infoField);
    if (info >= elf.sections.size())
      return makeError(rs.name + ": bad sh_info");
    const OutSection &t = elf.sections[info];
    if (t.flags & SHF_ALLOC)
      continue;
    if (rs.offset > b.size() || rs.size > b.size() - rs.offset)
      return makeError(rs.name + " extends past the end of the file");
    for (uint32_t off = 0; rs.size - off >= sizeof(Elf32_Rel); off += sizeof(Elf32_Rel)) {
      const uint8_t *r = b.data() + rs.offset + off;
      uint32_t rOffset = read32le(r + offsetof(Elf32_Rel, r_offset));
      uint32_t rInfo = read32le(r + offsetof(Elf32_Rel, r_info));
      uint32_t at = rOffset - t.addr;
      if (rOffset < t.addr || t.size < 4 || at > t.size - 4 || !t.hasBits() ||
          t.offset > b.size() || t.size > b.size() - t.offset)
        return makeError(rs.name + ": relocation at " + hex(rOffset) + " outside " + t.name);
      if ((rInfo >> 8) >= elf.symbols.size())
        return makeError(rs.name + ": relocation against a bad symbol index");
      out.push_back({&t, uint32_t(rs.offset + off + offsetof(Elf32_Rel, r_info)), t.offset + at,
                     rOffset, rInfo & 0xff, rInfo >> 8});
    }
  }
  return out;
}

static std::vector<uint8_t> le32(uint32_t v) {
  std::vector<uint8_t> b(4);
  write32le(b.data(), v);
  return b;
}

Expected<std::vector<FilePatch>> nonAllocSbrelPatches(const LinkedElf &elf, uint32_t staticBase) {
  Expected<std::vector<NonAllocRel>> rels = nonAllocRels(elf);
  if (!rels)
    return rels.takeError();
  std::vector<FilePatch> patches;
  for (const NonAllocRel &r : *rels) {
    // Symbol 0: lld dropped the target (--gc-sections); the field keeps A,
    // as lld leaves a dead absolute reference's.
    if (r.type != R_ARM_NONE || r.sym == 0)
      continue;
    const OutSymbol &s = elf.symbols[r.sym];
    if (elf.symbolSeg(s) != Seg::RW)
      return makeError(r.target->name + "+" + hex(r.offset - r.target->addr) +
                       ": R_ARM_SBREL32 against " + elf.symbolDesc(s) +
                       ", which is not in RW; r9 cannot reach it");
    uint32_t a = read32le(elf.bytes.data() + r.fieldAt);
    patches.push_back({r.fieldAt, le32(s.value + a - staticBase)}); // S + A - B(S)
    patches.push_back({r.infoAt, le32(r.sym << 8 | R_ARM_SBREL32)});
  }
  return patches;
}

} // namespace rrld
