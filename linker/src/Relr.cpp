//===- Relr.cpp -----------------------------------------------------------===//
#include "Relr.h"

#include "rrld/format.h"

using namespace llvm;

namespace rrld {

static constexpr uint32_t wordsPerBitmap = RRLD_RELR_BITMAP_WORDS; // 31
static constexpr uint32_t bitmapSpan = wordsPerBitmap * 4;          // bytes

std::vector<uint32_t> encodeRelr(ArrayRef<uint32_t> offsets) {
  std::vector<uint32_t> out;
  size_t i = 0, n = offsets.size();
  while (i < n) {
    // An address entry for the first word of a run...
    uint32_t where = offsets[i] + 4;
    out.push_back(offsets[i++]);
    // ...then bitmaps while the next 31 words hold at least one relocation.
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

Expected<std::vector<uint32_t>> decodeRelr(ArrayRef<uint32_t> entries, uint32_t start) {
  std::vector<uint32_t> out;
  uint64_t where = start;
  for (auto [i, e] : llvm::enumerate(entries)) {
    if ((e & 1) == 0) {
      if (e < where)
        return createStringError(inconvertibleErrorCode(),
                                 "entry %zu: address 0x%x is behind the cursor 0x%llx", i, e,
                                 (unsigned long long)where);
      if (e % 4 != 0)
        return createStringError(inconvertibleErrorCode(),
                                 "entry %zu: address 0x%x is not word aligned", i, e);
      out.push_back(e);
      where = uint64_t(e) + 4;
    } else {
      for (uint32_t bit = 1; bit <= wordsPerBitmap; ++bit) {
        if (!(e & (1u << bit)))
          continue;
        uint64_t a = where + 4 * uint64_t(bit - 1);
        if (a > UINT32_MAX - 3)
          return createStringError(inconvertibleErrorCode(),
                                   "entry %zu: bitmap runs past 4 GiB", i);
        out.push_back(uint32_t(a));
      }
      where += bitmapSpan;
    }
  }
  return out;
}

} // namespace rrld
