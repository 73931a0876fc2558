//===- LinkedElf.h - the model of a linked ELF rrld works on ----*- C++ -*-===//
//
// lld links with --emit-relocs; this reads its output with LLVM Object into a
// small model: output sections (each assigned to the RO or RW segment by its
// flags), symbols, and the relocations lld copied from the inputs.  Passes
// after this one never look at ELF structures again.
//
//===----------------------------------------------------------------------===//
#ifndef RRLD_LINKEDELF_H
#define RRLD_LINKEDELF_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rrld {

enum class Seg : uint8_t {
  None, // not loaded (debug info, symbol tables) or absolute
  RO,   // flash: not writable
  RW,   // RAM: writable
};

const char *segName(Seg s);

struct OutSection {
  uint32_t index = 0;
  llvm::StringRef name; // points into LinkedElf::bytes
  uint32_t type = 0;
  uint32_t flags = 0;
  uint32_t addr = 0;
  uint32_t size = 0;
  uint32_t offset = 0; // file offset
  uint32_t align = 1;
  Seg seg = Seg::None;

  bool isExec() const;
  bool hasBits() const; // occupies bytes in the file (not NOBITS)
  bool contains(uint32_t a) const { return a >= addr && a - addr < size; }
};

struct OutSymbol {
  llvm::StringRef name; // points into LinkedElf::bytes
  uint32_t value = 0;
  uint32_t size = 0;
  uint32_t shndx = 0; // resolved through SHT_SYMTAB_SHNDX
  uint8_t type = 0;
  uint8_t binding = 0;
};

struct OutReloc {
  uint32_t offset = 0;  // P: the output address of the relocated field
  uint32_t type = 0;
  uint32_t sym = 0;     // index into LinkedElf::symbols
  uint32_t section = 0; // index of the section the field is in
};

struct AddrRange {
  uint32_t lo = 0, hi = 0; // [lo, hi)
  bool empty() const { return lo == hi; }
  uint32_t size() const { return hi - lo; }
};

struct LoadSegment {
  uint32_t vaddr = 0, memsz = 0, filesz = 0, offset = 0, flags = 0;
};

struct LinkedElf {
  llvm::ArrayRef<uint8_t> bytes;              // the whole file
  std::unique_ptr<llvm::MemoryBuffer> buffer; // owns `bytes` when read from a file
  // `bytes` again, when the buffer is a private copy its reader may change
  // (readImageFile's `writable`); else empty.
  llvm::MutableArrayRef<uint8_t> writableBytes;
  std::vector<OutSection> sections;
  std::vector<OutSymbol> symbols;
  std::vector<OutReloc> relocs;
  std::vector<LoadSegment> loads; // PT_LOAD, in file order
  uint32_t entry = 0;
  bool isDynamic = false; // PT_DYNAMIC or PT_INTERP present
  bool hasSymtab = false; // false: stripped (-s); no symbols, no relocations

  AddrRange ro, rw;       // section address ranges of the two segments
  uint32_t rwInitEnd = 0; // end of the last RW section with file bytes

  // What to read: a link needs everything; the image tools (inspect, verify,
  // place, tbf) only the sections, so they skip the symbols and relocations,
  // tens of thousands of each in a large program (`rrld place` moves the
  // symbols' values in the file's own table, ElfWriter.cpp).
  enum class Parts : uint8_t { All, Sections };

  // Reads and validates an ELF32 little-endian ARM executable.  The file is
  // mapped, not copied: a link reads only the parts it needs.
  static llvm::Expected<LinkedElf> read(std::unique_ptr<llvm::MemoryBuffer> buffer,
                                        Parts parts = Parts::All);
  static llvm::Expected<LinkedElf> readFile(llvm::StringRef path);

  // Sets ro, rw and rwInitEnd from the sections.
  void computeRanges();

  const OutSection *findSection(llvm::StringRef name) const;
  // Segment of the section a symbol is defined in (None: absolute/undefined).
  Seg symbolSeg(const OutSymbol &s) const;
  Seg addrSeg(uint32_t a) const;
  const OutSection *sectionAt(uint32_t addr) const; // alloc section holding addr
  llvm::ArrayRef<uint8_t> contents(const OutSection &s) const;
  // Name for diagnostics: the symbol's name, or "section .rodata".
  std::string symbolDesc(const OutSymbol &s) const;
};

bool isElf(llvm::ArrayRef<uint8_t> bytes);

} // namespace rrld

#endif
