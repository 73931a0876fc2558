//===- Relr.h - the tables' RELR encoding -----------------------*- C++ -*-===//
//
// docs/format.md, "Encoding (RELR)": an even 32-bit entry names one word; an
// odd entry is a bitmap over the next 31 words.  The encoder is lld's
// RelrSection::updateAllocSize for 32-bit words; the decoder is its mirror,
// used by inspect, verify and the tests (the device has its own, in
// relocator/).
//
//===----------------------------------------------------------------------===//
#ifndef RRLD_RELR_H
#define RRLD_RELR_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <vector>

namespace rrld {

// `offsets` must be sorted, unique and multiples of 4.
std::vector<uint32_t> encodeRelr(llvm::ArrayRef<uint32_t> offsets);

// Decodes a stream, checking the rules of docs/format.md: the cursor starts
// at `start` (the segment's first relocatable word), addresses are at or past
// it and multiples of 4, and a bitmap moves it on by 31 words.
llvm::Expected<std::vector<uint32_t>> decodeRelr(llvm::ArrayRef<uint32_t> entries,
                                                 uint32_t start = 0);

} // namespace rrld

#endif
