//===- Strip.cpp - -s/--strip-all after classification ---------------------===//
#include "Strip.h"

#include "Context.h"
#include "ElfWriter.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Object/ELF.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/MemoryBuffer.h"

#include <algorithm>
#include <cstddef>

using namespace llvm;
using namespace llvm::ELF;
using namespace llvm::object;
using llvm::support::endian::write16le;
using llvm::support::endian::write32le;

namespace rrld {

Expected<std::vector<uint8_t>> stripSymbols(ArrayRef<uint8_t> bytes) {
  StringRef data(reinterpret_cast<const char *>(bytes.data()), bytes.size());
  Expected<ELF32LEFile> fileOr = ELF32LEFile::create(data);
  if (!fileOr)
    return fileOr.takeError();
  const ELF32LEFile &file = *fileOr;
  const ELF32LE::Ehdr &eh = file.getHeader();
  Expected<ArrayRef<ELF32LE::Shdr>> secsOr = file.sections();
  if (!secsOr)
    return secsOr.takeError();
  ArrayRef<ELF32LE::Shdr> secs = *secsOr;
  uint32_t shstrndx = eh.e_shstrndx;
  if (secs.empty() || secs.size() >= SHN_LORESERVE || shstrndx == SHN_UNDEF ||
      shstrndx >= secs.size())
    return makeError("cannot strip: unexpected section header table");

  // What goes: the symbol table, the string table it names, and the
  // relocation sections --emit-relocs kept (not allocated; a static image
  // has no others).
  std::vector<bool> drop(secs.size(), false);
  for (size_t i = 1; i < secs.size(); ++i) {
    const ELF32LE::Shdr &s = secs[i];
    if (s.sh_type == SHT_SYMTAB || s.sh_type == SHT_SYMTAB_SHNDX ||
        ((s.sh_type == SHT_REL || s.sh_type == SHT_RELA) && !(s.sh_flags & SHF_ALLOC)))
      drop[i] = true;
    if (s.sh_type == SHT_SYMTAB && s.sh_link != shstrndx && s.sh_link < secs.size() &&
        secs[s.sh_link].sh_type == SHT_STRTAB && !(secs[s.sh_link].sh_flags & SHF_ALLOC))
      drop[s.sh_link] = true;
  }
  std::vector<uint32_t> newIndex(secs.size(), 0);
  uint32_t kept = 0;
  for (size_t i = 0; i < secs.size(); ++i)
    if (!drop[i])
      newIndex[i] = kept++;

  // The loaded part of the file stays byte for byte: headers, program
  // headers, every PT_LOAD and every loaded section.
  uint64_t keepEnd = sizeof(ELF32LE::Ehdr);
  keepEnd = std::max<uint64_t>(keepEnd, uint64_t(eh.e_phoff) + uint64_t(eh.e_phnum) * eh.e_phentsize);
  Expected<ArrayRef<ELF32LE::Phdr>> phdrs = file.program_headers();
  if (!phdrs)
    return phdrs.takeError();
  for (const ELF32LE::Phdr &p : *phdrs)
    keepEnd = std::max<uint64_t>(keepEnd, uint64_t(p.p_offset) + p.p_filesz);
  for (const ELF32LE::Shdr &s : secs)
    if ((s.sh_flags & SHF_ALLOC) && s.sh_type != SHT_NOBITS)
      keepEnd = std::max<uint64_t>(keepEnd, uint64_t(s.sh_offset) + s.sh_size);
  if (keepEnd > bytes.size())
    return makeError("cannot strip: the loaded part extends past the end of the file");

  std::vector<uint8_t> out(bytes.begin(), bytes.begin() + keepEnd);
  auto alignTo = [&](uint32_t a) {
    a = std::max<uint32_t>(a, 1);
    while (out.size() % a)
      out.push_back(0);
  };
  std::vector<ELF32LE::Shdr> shdrs;
  for (size_t i = 0; i < secs.size(); ++i) {
    if (drop[i])
      continue;
    ELF32LE::Shdr s = secs[i];
    bool inFile = i != 0 && s.sh_type != SHT_NOBITS && s.sh_size != 0;
    if (inFile && uint64_t(s.sh_offset) + s.sh_size > keepEnd) {
      if (s.sh_offset > bytes.size() || s.sh_size > bytes.size() - s.sh_offset)
        return makeError("cannot strip: a section extends past the end of the file");
      alignTo(uint32_t(s.sh_addralign));
      uint32_t at = uint32_t(out.size());
      out.insert(out.end(), bytes.begin() + s.sh_offset, bytes.begin() + s.sh_offset + s.sh_size);
      s.sh_offset = at;
    } else if (i != 0 && s.sh_offset > keepEnd) {
      s.sh_offset = uint32_t(out.size()); // empty: no bytes past the end
    }
    s.sh_link = s.sh_link < secs.size() && !drop[s.sh_link] ? newIndex[s.sh_link] : 0;
    if ((s.sh_type == SHT_REL || s.sh_type == SHT_RELA || (s.sh_flags & SHF_INFO_LINK)) &&
        s.sh_info < secs.size())
      s.sh_info = drop[s.sh_info] ? 0 : newIndex[s.sh_info];
    shdrs.push_back(s);
  }
  alignTo(4);
  uint32_t shoff = uint32_t(out.size());
  const uint8_t *table = reinterpret_cast<const uint8_t *>(shdrs.data());
  out.insert(out.end(), table, table + shdrs.size() * sizeof(ELF32LE::Shdr));

  write32le(&out[offsetof(Elf32_Ehdr, e_shoff)], shoff);
  write16le(&out[offsetof(Elf32_Ehdr, e_shnum)], uint16_t(shdrs.size()));
  write16le(&out[offsetof(Elf32_Ehdr, e_shstrndx)], uint16_t(newIndex[shstrndx]));
  return out;
}

Error stripFile(StringRef path) {
  auto buf = MemoryBuffer::getFile(path, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!buf)
    return makeError("cannot read " + path + ": " + buf.getError().message());
  Expected<std::vector<uint8_t>> stripped =
      stripSymbols(arrayRefFromStringRef((*buf)->getBuffer()));
  if (!stripped)
    return stripped.takeError();
  buf->reset(); // unmap before writing
  return writeFile(path, *stripped);
}

} // namespace rrld
