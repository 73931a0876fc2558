//===- ArchiveMember.h - checking archive members -------------*- C++ -*-===//
//
// LLVM's Archive yields a member whose header claims more bytes than a
// truncated archive holds, and reports the error only when the iteration
// moves past it.  Every reader of archive members checks with this before
// reading one.
//
//===----------------------------------------------------------------------===//
#ifndef RRLD_ARCHIVEMEMBER_H
#define RRLD_ARCHIVEMEMBER_H

#include "llvm/ADT/StringRef.h"

#include <cstddef>

namespace rrld {

// Whether `member` lies inside `archive`.
inline bool insideBuffer(llvm::StringRef archive, llvm::StringRef member) {
  return member.begin() >= archive.begin() && member.begin() <= archive.end() &&
         member.size() <= size_t(archive.end() - member.begin());
}

} // namespace rrld

#endif
