// Builders for synthetic LinkedElf models shared by the linker unit tests.
#ifndef RRLD_TESTS_MODEL_H
#define RRLD_TESTS_MODEL_H

#include "LinkedElf.h"

#include "llvm/BinaryFormat/ELF.h"

// Appends a section; its segment follows from its flags, as LinkedElf::read
// decides it.
inline void addSection(rrld::LinkedElf &elf, const char *name, uint32_t type, uint32_t flags,
                       uint32_t addr, uint32_t size, uint32_t offset = 0) {
  rrld::OutSection s;
  s.index = elf.sections.size();
  s.name = name;
  s.type = type;
  s.flags = flags;
  s.addr = addr;
  s.size = size;
  s.offset = offset;
  if (flags & llvm::ELF::SHF_ALLOC)
    s.seg = (flags & llvm::ELF::SHF_WRITE) ? rrld::Seg::RW : rrld::Seg::RO;
  elf.sections.push_back(s);
}

#endif
