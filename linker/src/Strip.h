//===- Strip.h - -s/--strip-all after classification ------------*- C++ -*-===//
//
// rrld classifies relocations by their target symbols, so lld must link
// with the symbol table and --emit-relocs, which lld refuses together with
// --strip-all.  rrld links with them and strips its own output at the end:
// the symbol table, its string table and the relocation sections
// --emit-relocs kept go; loaded sections, their file offsets and the
// program headers stay as they are, so the image is the same as without -s.
//
//===----------------------------------------------------------------------===//
#ifndef RRLD_STRIP_H
#define RRLD_STRIP_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <vector>

namespace rrld {

// The ELF `elf` without its symbol table, string table and non-allocated
// relocation sections.
llvm::Expected<std::vector<uint8_t>> stripSymbols(llvm::ArrayRef<uint8_t> elf);

// Strips the ELF file at `path` in place.
llvm::Error stripFile(llvm::StringRef path);

} // namespace rrld

#endif
