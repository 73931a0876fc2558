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

// Encodes the words at `offsets` of a segment whose relocatable part is
// [0, segSize): rw_init_size for the RW streams, ro_size for RO->RO.
// `offsets` must be sorted, unique, multiples of 4 and name words inside
// [0, segSize) (asserted).  A bitmap's window may run past segSize (a last,
// partial window); the words it names never do.  No bitmap is empty.
std::vector<uint32_t> encodeRelr(llvm::ArrayRef<uint32_t> offsets, uint32_t segSize);

// Decodes a stream, checking the rules of docs/format.md.  The cursor
// `where` starts at `start` (the segment's first relocatable word: 0 for RW,
// RRLD_HEADER_SIZE for RO); `segSize` is the end of the relocatable part.
//  - an address entry e must satisfy e >= where (else an order error), and
//    e % 4 == 0 and e < segSize (else a range error); then where = e + 4;
//  - a bitmap's set bit i (1..31) names the word at where + 4*(i-1); every
//    word named must lie below segSize, and where itself must be <= segSize
//    even if it names none (else a range error): with h the highest set bit
//    of bits = e >> 1, valid iff (bits == 0 ? where : where + 4*h + 4) <=
//    segSize.  Then where += 124, unclamped (it may end up to 124 bytes
//    past segSize, after which no entry is valid).
llvm::Expected<std::vector<uint32_t>> decodeRelr(llvm::ArrayRef<uint32_t> entries,
                                                 uint32_t start, uint32_t segSize);

} // namespace rrld

#endif
