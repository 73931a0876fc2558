//===- Relr.h - the tables' byte encoding -----------------------*- C++ -*-===//
//
// docs/format.md, "Encoding": a stream is a byte string of groups, each a
// ULEB128 head (the distance in words from the cursor to a relocated word,
// and a kind), then bitmap bytes over the next words or the length of a run
// of relocated words.  The encoder picks, for each group, a run or bitmap
// bytes, whichever is cheaper; the decoder checks every rule of the format
// with a message per rule, for inspect, verify and the tests (the device has
// its own, in relocator/).  (The file keeps the name of the RELR encoding
// format version 1 used.)
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
// [start, segSize): start 0 and rw_init_size for the RW streams,
// RRLD_HEADER_SIZE and ro_size for RO->RO.  `offsets` must be sorted,
// unique, multiples of 4 and inside [start, segSize) (asserted).  Fails only
// if two relocated words lie 2^25 words (128 MiB) or more apart, more than a
// head can skip.
llvm::Expected<std::vector<uint8_t>> encodeStream(llvm::ArrayRef<uint32_t> offsets,
                                                  uint32_t start, uint32_t segSize);

// Decodes a stream, checking every rule of docs/format.md: numbers of at
// most 4 bytes and bitmap bytes that the stream holds whole, every run and
// every bitmap byte's 8-word window below segSize.  The cursor starts at
// `start`.  Returns the offsets named, increasing.
llvm::Expected<std::vector<uint32_t>> decodeStream(llvm::ArrayRef<uint8_t> bytes,
                                                   uint32_t start, uint32_t segSize);

} // namespace rrld

#endif
