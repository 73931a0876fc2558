//===- Relr.cpp -----------------------------------------------------------===//
#include "Relr.h"

#include "rrld/format.h"

#include "llvm/Support/LEB128.h"

using namespace llvm;

namespace rrld {

static constexpr uint32_t kindMask = (1u << RRLD_GROUP_KIND_BITS) - 1;
static constexpr uint32_t byteWords = RRLD_BITMAP_BYTE_WORDS;
// A head is at most RRLD_ULEB_MAX_BYTES bytes: below 2^28, so it skips
// fewer than 2^25 words.
static constexpr uint32_t maxSkip = 1u << (7 * RRLD_ULEB_MAX_BYTES - RRLD_GROUP_KIND_BITS);

static uint32_t ulebSize(uint32_t v) { return llvm::getULEB128Size(v); }
static void putUleb(std::vector<uint8_t> &out, uint32_t v) {
  uint8_t buf[8];
  unsigned n = llvm::encodeULEB128(v, buf);
  out.insert(out.end(), buf, buf + n);
}

Expected<std::vector<uint8_t>> encodeStream(ArrayRef<uint32_t> offsets, uint32_t start,
                                            uint32_t segSize) {
  assert((offsets.empty() || (offsets.front() >= start && uint64_t(offsets.back()) + 4 <= segSize)) &&
         "a relocated word lies outside the segment's relocatable part");
  std::vector<uint8_t> out;
  // Everything in words from here.
  std::vector<uint32_t> w(offsets.size());
  for (size_t i = 0; i < offsets.size(); ++i) {
    assert(offsets[i] % 4 == 0 && (i == 0 || offsets[i] > offsets[i - 1]) &&
           "offsets must be increasing word offsets");
    w[i] = offsets[i] / 4;
  }
  const uint32_t end = segSize / 4;
  uint32_t cur = start / 4;
  size_t i = 0, n = w.size();
  while (i < n) {
    uint32_t skip = w[i] - cur;
    if (skip >= maxSkip)
      return createStringError(inconvertibleErrorCode(),
                               "relocated words at offsets 0x%x and 0x%x lie 128 MiB or "
                               "more apart, more than the table encoding can skip",
                               cur * 4, w[i] * 4);
    // The run of consecutive words from w[i]...
    size_t run = 1;
    while (i + run < n && w[i + run] == w[i] + run)
      ++run;
    // ...and the bitmap bytes that would follow w[i]: as long as the next
    // word falls in the next byte's window (never a zero byte), the window
    // lies inside the segment, and the head can count them.
    size_t j = i + 1;
    uint32_t bytes = 0;
    auto windowEnd = [&](uint32_t b) { return uint64_t(w[i]) + 1 + byteWords * (b + 1); };
    while (bytes + 1 < RRLD_GROUP_RUN && j < n && w[j] < windowEnd(bytes) &&
           windowEnd(bytes) <= end) {
      while (j < n && w[j] < windowEnd(bytes))
        ++j;
      ++bytes;
    }
    uint32_t bitmapCost = ulebSize(skip << RRLD_GROUP_KIND_BITS) + bytes;
    uint32_t runCost = ulebSize(skip << RRLD_GROUP_KIND_BITS) + ulebSize(uint32_t(run));
    // A run when it covers as many words, or costs less per word.
    if (run >= 2 && (run >= j - i || uint64_t(runCost) * (j - i) <= uint64_t(bitmapCost) * run)) {
      putUleb(out, skip << RRLD_GROUP_KIND_BITS | RRLD_GROUP_RUN);
      putUleb(out, uint32_t(run));
      i += run;
      cur = w[i - 1] + 1;
      continue;
    }
    putUleb(out, skip << RRLD_GROUP_KIND_BITS | bytes);
    uint32_t base = w[i] + 1;
    size_t k = i + 1;
    for (uint32_t b = 0; b < bytes; ++b) {
      uint8_t bits = 0;
      for (; k < j && w[k] < base + byteWords * (b + 1); ++k)
        bits |= uint8_t(1u << (w[k] - base - byteWords * b));
      assert(bits && "a bitmap byte names no word");
      out.push_back(bits);
    }
    i = j;
    cur = base + byteWords * bytes;
  }
  return out;
}

Expected<std::vector<uint32_t>> decodeStream(ArrayRef<uint8_t> bytes, uint32_t start,
                                             uint32_t segSize) {
  std::vector<uint32_t> out;
  uint64_t where = start;
  size_t p = 0;
  auto err = [&](size_t at, const Twine &what) {
    return createStringError(inconvertibleErrorCode(),
                             "byte %zu: %s (relocatable part [0x%x, 0x%x))", at,
                             what.str().c_str(), start, segSize);
  };
  // A ULEB128 number of at most RRLD_ULEB_MAX_BYTES bytes.
  auto number = [&](uint32_t &v) -> Error {
    size_t at = p;
    v = 0;
    for (unsigned k = 0; k < RRLD_ULEB_MAX_BYTES; ++k) {
      if (p == bytes.size())
        return err(at, "the stream ends inside a number");
      uint8_t b = bytes[p++];
      v |= uint32_t(b & 0x7F) << (7 * k);
      if (!(b & 0x80))
        return Error::success();
    }
    return err(at, "a number longer than " + Twine(RRLD_ULEB_MAX_BYTES) + " bytes");
  };
  while (p < bytes.size()) {
    size_t at = p;
    uint32_t h;
    if (Error e = number(h))
      return std::move(e);
    where += 4 * uint64_t(h >> RRLD_GROUP_KIND_BITS);
    uint32_t count = h & kindMask, words = 1;
    if (count == RRLD_GROUP_RUN) {
      if (Error e = number(words))
        return std::move(e);
      count = 0;
    }
    if (where + 4 * uint64_t(words) > segSize)
      return err(at, words == 1 ? "names the word at 0x" + Twine::utohexstr(where) +
                                      ", past the end of the segment's relocatable part"
                                : "a run of " + Twine(words) + " words from 0x" +
                                      Twine::utohexstr(where) +
                                      " passes the end of the segment's relocatable part");
    for (uint32_t k = 0; k < words; ++k)
      out.push_back(uint32_t(where + 4 * k));
    where += 4 * uint64_t(words);
    for (; count; --count) {
      if (p == bytes.size())
        return err(at, "the stream ends inside the group's bitmap bytes");
      if (where + 4 * byteWords > segSize)
        return err(p, "a bitmap byte's window [0x" + Twine::utohexstr(where) + ", 0x" +
                          Twine::utohexstr(where + 4 * byteWords) +
                          ") passes the end of the segment's relocatable part");
      uint8_t bits = bytes[p++];
      for (unsigned k = 0; k < byteWords; ++k)
        if (bits & (1u << k))
          out.push_back(uint32_t(where + 4 * k));
      where += 4 * byteWords;
    }
  }
  return out;
}

} // namespace rrld
