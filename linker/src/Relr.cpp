//===- Relr.cpp -----------------------------------------------------------===//
#include "Relr.h"

#include "rrld/format.h"

#include "llvm/Support/MathExtras.h"

using namespace llvm;

namespace rrld {

static constexpr uint32_t wordsPerBitmap = RRLD_RELR_BITMAP_WORDS; // 31
static constexpr uint32_t bitmapSpan = wordsPerBitmap * 4;          // bytes

std::vector<uint32_t> encodeRelr(ArrayRef<uint32_t> offsets, uint32_t segSize) {
  assert((offsets.empty() || uint64_t(offsets.back()) + 4 <= segSize) &&
         "a relocated word lies outside the segment's relocatable part");
  std::vector<uint32_t> out;
  size_t i = 0, n = offsets.size();
  while (i < n) {
    // An address entry for the first word of a run...
    uint64_t where = uint64_t(offsets[i]) + 4;
    out.push_back(offsets[i++]);
    // ...then bitmaps while the next 31 words hold at least one relocation.
    // A bitmap's window may run past segSize (docs/format.md): the words it
    // names are offsets, so they lie below segSize.
    for (;;) {
      uint32_t bitmap = 0;
      for (; i < n; ++i) {
        uint64_t delta = uint64_t(offsets[i]) - where;
        if (offsets[i] < where || delta >= bitmapSpan)
          break;
        bitmap |= 1u << (delta / 4);
      }
      if (bitmap == 0)
        break;
      out.push_back((bitmap << 1) | 1);
      where += bitmapSpan;
    }
  }
  return out;
}

Expected<std::vector<uint32_t>> decodeRelr(ArrayRef<uint32_t> entries, uint32_t start,
                                           uint32_t segSize) {
  std::vector<uint32_t> out;
  uint64_t where = start;
  for (auto [i, e] : llvm::enumerate(entries)) {
    if ((e & 1) == 0) {
      if (e < where)
        return createStringError(inconvertibleErrorCode(),
                                 "entry %zu: address 0x%x is behind the cursor 0x%llx "
                                 "(addresses must increase, and may not fall in a window "
                                 "an earlier bitmap covered)",
                                 i, e, (unsigned long long)where);
      if (e % 4 != 0)
        return createStringError(inconvertibleErrorCode(),
                                 "entry %zu: address 0x%x is not word aligned", i, e);
      if (uint64_t(e) + 4 > segSize)
        return createStringError(inconvertibleErrorCode(),
                                 "entry %zu: address 0x%x is past the end of the segment's "
                                 "relocatable part [0x%x, 0x%x)",
                                 i, e, start, segSize);
      out.push_back(e);
      where = uint64_t(e) + 4;
    } else {
      // Every word the bitmap names must lie below segSize, and the cursor
      // itself must not have passed segSize even if it names none
      // (docs/format.md); then the cursor moves on 31 words, unclamped.
      uint32_t bits = e >> 1;
      if (bits == 0) {
        if (where > segSize)
          return createStringError(inconvertibleErrorCode(),
                                   "entry %zu: bitmap 0x%08x names no word, but its first "
                                   "word 0x%llx is past the end of the segment's relocatable "
                                   "part [0x%x, 0x%x)",
                                   i, e, (unsigned long long)where, start, segSize);
      } else {
        uint32_t h = llvm::Log2_32(bits); // highest set bit, 0-based
        uint64_t last = where + 4 * uint64_t(h);
        if (last + 4 > segSize)
          return createStringError(inconvertibleErrorCode(),
                                   "entry %zu: bitmap 0x%08x names the word at 0x%llx, past "
                                   "the end of the segment's relocatable part [0x%x, 0x%x)",
                                   i, e, (unsigned long long)last, start, segSize);
      }
      for (uint32_t bit = 1; bit <= wordsPerBitmap; ++bit)
        if (e & (1u << bit))
          out.push_back(uint32_t(where + 4 * uint64_t(bit - 1)));
      where += bitmapSpan;
    }
  }
  return out;
}

} // namespace rrld
