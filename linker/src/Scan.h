//===- Scan.h - one read of the link's inputs ------------------*- C++ -*-===//
//
// Three decisions are made from the input objects before lld runs: which
// read-only sections move to RW (Plan.h), the order of the data holding
// addresses (Group.h), and whether an object was built for a core that
// cannot run it (InputCheck.h).  They need the same facts, so the inputs
// are read once, here, in parallel, into a compact record per object:
//
//   - every section's name, type, flags and size;
//   - every symbol's name, section, binding and type, and per section the
//     name the symbol ordering file knows it by;
//   - the relocations that can matter to a decision: absolute words in
//     allocated data, and SB- and GOT-relative references from anywhere
//     allocated;
//   - what the A32 check needs (InputCheck.h), and whether non-allocated
//     sections carry R_ARM_SBREL32 (DebugInfo.h).
//
// Inputs are found as lld finds them (inputPaths in Plan.h).  An input that
// cannot be read, or an object with anything malformed, is left out of the
// scan: lld reports it when it reads it.
//
// The scan costs a link of a thousand small objects as much as lld's own
// reading of them, so it reads lean: each object file with one read() into
// a buffer its thread reuses (fresh memory costs a page fault per 4 KiB,
// which dominated the scan's wall time), only the ELF structures it needs,
// with its own bounds checks instead of LLVM Object's per-call ones, and
// keeps only the string tables (copied into the record), not the file.
// A record's sections, symbols, relocations and string tables share one
// allocation, sized from the section headers before anything is read.
// Archives are kept whole, as their members' records point into them.
//
//===----------------------------------------------------------------------===//
#ifndef RRLD_SCAN_H
#define RRLD_SCAN_H

#include "Arm.h"
#include "InputCheck.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/CachedHashString.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/BinaryFormat/Magic.h"
#include "llvm/Object/Archive.h"
#include "llvm/Support/MemoryBuffer.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rrld {

struct ScanSection {
  llvm::StringRef name;
  uint32_t type = 0, flags = 0, size = 0;
  bool orderNameGlobal = false; // here, not after orderName: 48 bytes, not 56
  uint8_t alignLog2 = 0;        // of sh_addralign
  // A symbol defined in it for the symbol ordering file: the first global
  // one, else the first local one (names of locals may repeat elsewhere).
  llvm::StringRef orderName;

  bool isAlloc() const { return flags & llvm::ELF::SHF_ALLOC; }
  // Allocated, with contents, not code (writable or not).
  bool isData() const {
    return type == llvm::ELF::SHT_PROGBITS && (flags & llvm::ELF::SHF_ALLOC) &&
           !(flags & llvm::ELF::SHF_EXECINSTR);
  }
  // Allocated, with contents, neither writable nor code.
  bool isRoData() const { return isData() && !(flags & llvm::ELF::SHF_WRITE); }
};

struct ScanSymbol {
  llvm::StringRef name;
  uint32_t shndx = 0;
  uint32_t value = 0;
  uint8_t binding = 0, type = 0;
};

// A relocation that may matter to a decision (see the file comment).
struct ScanReloc {
  uint32_t offset = 0;
  uint32_t type = 0;
  uint32_t sym = 0;    // index into ScanObject::symbols, checked
  uint32_t holder = 0; // index of the section the relocation applies to
};

struct ScanObject {
  std::string file;   // the path lld opens
  std::string member; // archive member, or empty
  // Views of `storage`.
  llvm::ArrayRef<ScanSection> sections; // by section index
  llvm::ArrayRef<ScanSymbol> symbols;   // by symbol index (empty without .symtab)
  // The kept relocations, in the object's order: those of one relocation
  // section together.
  llvm::ArrayRef<ScanReloc> relocs;
  // R_ARM_SBREL32 in a non-allocated section (debug info of -frwpi code).
  bool sbrelNonAlloc = false;
  // Sections whose names the default layout misreads: writable ones named
  // .rodata*, read-only data (not code) named .text* (Plan.h, MovePlan).
  bool oddNames = false;
  // Why an M-profile core cannot run this object (InputCheck.h), or nothing.
  std::optional<std::string> notM;
  // Why lld 19 cannot read it safely (it does not check, and crashes): the
  // first relocation it could not apply without reading outside its
  // section, or a section header that lies (a relocation or unwind index
  // section of the wrong shape, mergeable data without contents); or
  // nothing.
  std::optional<std::string> badReloc;
  // The float ABI its build attributes record (InputCheck.h).
  FloatAbi floatAbi = FloatAbi::None;

  // What sections, symbols and relocs view, and the string tables the names
  // point into when the scan read the object into a buffer it reuses (see
  // the file comment).  Shared by copies.
  std::shared_ptr<const void> storage;

  // "file(member)", as lld names the object.
  std::string name() const;
  // Whether symbol `s` is defined in one of this object's sections.
  bool inSection(const ScanSymbol &s) const {
    return s.shndx != llvm::ELF::SHN_UNDEF && s.shndx < llvm::ELF::SHN_LORESERVE &&
           s.shndx < sections.size();
  }
};

// One input file: an object, or an archive and its members, in order.
struct ScanInput {
  std::unique_ptr<llvm::MemoryBuffer> buffer; // an archive's (objects own their names)
  std::unique_ptr<llvm::object::Archive> archive; // owns a thin archive's members
  std::vector<ScanObject> objects;
  // What the file is, if the scan could read it (a regular file); `missing`
  // if it could not open it (then lld cannot either, and fails the link).
  llvm::file_magic magic = llvm::file_magic::unknown;
  bool read = false, missing = false;
  bool wholeArchive = false; // inside --whole-archive: every member is loaded
};

// A global symbol's definition: objects[obj]->symbols[sym].
struct Definition {
  uint32_t obj = 0, sym = 0;
};

struct InputScan {
  std::vector<ScanInput> inputs; // in command-line order
  // The objects in link order (archive members in archive order).
  std::vector<const ScanObject *> objects;
  // Whether the linker loads objects[i]: every object file, and an archive
  // member (all of them unless sawEverything()) when a strong reference
  // from a loaded object (or a root symbol) names a symbol that no loaded
  // object defines and the member is the first to define (lld's lazy symbols: a weak reference, or a definition
  // already there, weak or common, pulls in nothing), or inside
  // --whole-archive.
  std::vector<bool> loaded;
  // Each global symbol defined in a section (or COMMON) of a loaded object
  // by the definition the linker takes: the first strong one, else the
  // first weak one.
  llvm::DenseMap<llvm::CachedHashStringRef, Definition> globals;

  // The definition of `name`, or null if no loaded object defines it.
  const Definition *find(llvm::StringRef name) const;
  // Whether the scan saw every input section lld will read from the inputs:
  // not if an input is neither a read ELF object nor an archive of them nor
  // a shared library (a linker script naming more inputs, LLVM bitcode,
  // a --format=binary file).  An input that cannot be opened fails the link.
  // Found once, by index().
  bool sawEverything() const { return seenAll; }
  // Fills `objects`, `loaded`, `globals` and sawEverything() from `inputs`
  // (scanInputs does); `roots` are the symbols the linker looks up first
  // (rootSymbols, Plan.h).
  void index(llvm::ArrayRef<std::string> roots = {});

private:
  bool seenAll = false;
};

// Reads the inputs among `lldArgs` (after response-file expansion), as lld
// finds them, in parallel, and resolves the global symbols.  `arm` says which relocations are absolute or
// SB-relative (--target1-rel, --target2).
InputScan scanInputs(llvm::ArrayRef<std::string> lldArgs, const ArmOptions &arm);

// One object's record, its names pointing into `mb`; nothing if it is no
// 32-bit little-endian ARM ELF relocatable or anything in it is malformed.
std::optional<ScanObject> scanObject(llvm::MemoryBufferRef mb, const std::string &file,
                                     llvm::StringRef member, const ArmOptions &arm);

} // namespace rrld

#endif
