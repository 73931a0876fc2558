// RELR encoder and decoder (linker/src/Relr.cpp).
#include "Relr.h"

#include "rrld/format.h"

#include <catch2/catch.hpp>

#include <random>
#include <set>

using namespace rrld;

// A segment large enough that its end never limits a bitmap.
static constexpr uint32_t big = 0x100000;

static std::vector<uint32_t> decodeOk(const std::vector<uint32_t> &entries,
                                      uint32_t segSize = big, uint32_t start = 0) {
  auto r = decodeRelr(entries, start, segSize);
  if (!r)
    FAIL(llvm::toString(r.takeError()));
  return *r;
}

static std::string decodeError(const std::vector<uint32_t> &entries, uint32_t segSize,
                               uint32_t start = 0) {
  auto r = decodeRelr(entries, start, segSize);
  if (r)
    return "";
  return llvm::toString(r.takeError());
}

// The rule of docs/format.md, followed with a cursor of its own (not the
// decoder under test): whether the stream is valid in a segment whose
// relocatable part is [start, segSize).  A bitmap with highest set bit h
// (0-based over bits = e >> 1) is valid iff
// (bits == 0 ? where : where + 4*h + 4) <= segSize; then where += 124.
static bool ruleValid(const std::vector<uint32_t> &entries, uint32_t segSize,
                      uint32_t start = 0) {
  uint64_t where = start;
  for (uint32_t e : entries) {
    if ((e & 1) == 0) {
      if (e < where || e % 4 != 0 || uint64_t(e) + 4 > segSize)
        return false;
      where = uint64_t(e) + 4;
      continue;
    }
    uint32_t bits = e >> 1;
    uint64_t need = where;
    for (uint32_t h = 0; h < RRLD_RELR_BITMAP_WORDS; ++h)
      if (bits >> h & 1)
        need = where + 4 * uint64_t(h) + 4;
    if (need > segSize)
      return false;
    where += 4 * RRLD_RELR_BITMAP_WORDS;
  }
  return true;
}

TEST_CASE("empty and single", "[relr]") {
  CHECK(encodeRelr({}, big).empty());
  CHECK(encodeRelr({0x40}, big) == std::vector<uint32_t>{0x40});
  CHECK(decodeOk({0x40}) == std::vector<uint32_t>{0x40});
  // The last word of a segment.
  CHECK(encodeRelr({0x40}, 0x44) == std::vector<uint32_t>{0x40});
  CHECK(decodeOk({0x40}, 0x44) == std::vector<uint32_t>{0x40});
}

TEST_CASE("a dense run becomes one address and bitmaps", "[relr]") {
  std::vector<uint32_t> offs;
  for (uint32_t i = 0; i < 32; ++i)
    offs.push_back(0x100 + 4 * i);
  std::vector<uint32_t> enc = encodeRelr(offs, big);
  // Word 0 by address, words 1..31 by one full bitmap.
  REQUIRE(enc.size() == 2);
  CHECK(enc[0] == 0x100);
  CHECK(enc[1] == 0xffffffffu);
  CHECK(decodeOk(enc) == offs);
  // The same run ending exactly at the segment end: the bitmap's window is
  // [0x104, 0x180), inside a 0x180-byte segment.
  CHECK(encodeRelr(offs, 0x180) == enc);
  CHECK(decodeOk(enc, 0x180) == offs);
}

TEST_CASE("strided and sparse", "[relr]") {
  // Every other word: bits 2, 4, ... of the bitmap.
  std::vector<uint32_t> offs{0, 8, 16, 24};
  std::vector<uint32_t> enc = encodeRelr(offs, big);
  REQUIRE(enc.size() == 2);
  // After the address entry, where = 4: words 8, 16, 24 are bitmap words 1, 3, 5,
  // stored shifted left by one with the low bit set.
  CHECK(enc[1] == ((0b101010u << 1) | 1));
  CHECK(decodeOk(enc) == offs);
  // Isolated words further apart than a bitmap reaches: one address each.
  std::vector<uint32_t> sparse{0, 200, 400, 1000};
  CHECK(encodeRelr(sparse, big) == sparse);
  CHECK(decodeOk(sparse) == sparse);
}

TEST_CASE("a bitmap's window may pass the segment end, its bits may not", "[relr]") {
  // Words near the end of a 0x100-byte segment: after the address entry for
  // 0xc0 the cursor is 0xc4, and the bitmap's window [0xc4, 0x140) passes the
  // end; the words it names (bits 0, 13, 14: 0xc4, 0xf8, 0xfc) do not.
  std::vector<uint32_t> offs{0xc0, 0xc4, 0xf8, 0xfc};
  std::vector<uint32_t> enc = encodeRelr(offs, 0x100);
  CHECK(enc == std::vector<uint32_t>{0xc0, ((1u << 0 | 1u << 13 | 1u << 14) << 1) | 1});
  CHECK(decodeOk(enc, 0x100) == offs);
  // The segment's end does not change the encoding.
  CHECK(encodeRelr(offs, big) == enc);

  // Every word of [0, 0x100): address 0 and three bitmaps, the last one
  // (the partial window [0xfc, 0x178)) naming 0xfc alone.
  std::vector<uint32_t> all;
  for (uint32_t o = 0; o < 0x100; o += 4)
    all.push_back(o);
  std::vector<uint32_t> e2 = encodeRelr(all, 0x100);
  CHECK(e2 == std::vector<uint32_t>{0x0, 0xffffffffu, 0xffffffffu, 0x3});
  CHECK(decodeOk(e2, 0x100) == all);
}

TEST_CASE("a run ending at the segment's last word ends in a bitmap", "[relr]") {
  // Every word of [0x100, 0x1f0), the end of a 0x1f0-byte segment: address
  // 0x100, one bitmap over [0x104, 0x180), then one bitmap over the last,
  // partial window [0x180, 0x1fc) naming its 28 words 0x180..0x1ec: no
  // address entry per word.
  const uint32_t seg = 0x1f0;
  std::vector<uint32_t> offs;
  for (uint32_t o = 0x100; o < seg; o += 4)
    offs.push_back(o);
  std::vector<uint32_t> enc = encodeRelr(offs, seg);
  CHECK(enc == std::vector<uint32_t>{0x100, 0xffffffffu, (((1u << 28) - 1) << 1) | 1});
  CHECK(ruleValid(enc, seg));
  CHECK(decodeOk(enc, seg) == offs);
  // One word shorter, the same stream names the word at seg - 4 = 0x1ec,
  // which is no longer below the end.
  CHECK_THAT(decodeError(enc, seg - 4),
             Catch::Contains("entry 2") && Catch::Contains("0x1ec") &&
                 Catch::Contains("[0x0, 0x1ec)"));

  // The words at RO's start: the RO->RO cursor starts after the header.
  std::vector<uint32_t> ro;
  for (uint32_t o = RRLD_HEADER_SIZE; o < RRLD_HEADER_SIZE + 0x40; o += 4)
    ro.push_back(o);
  std::vector<uint32_t> roEnc = encodeRelr(ro, RRLD_HEADER_SIZE + 0x40);
  // 16 words: an address and a bitmap of 15 bits, its window passing the end.
  CHECK(roEnc == std::vector<uint32_t>{RRLD_HEADER_SIZE, (((1u << 15) - 1) << 1) | 1});
  CHECK(decodeOk(roEnc, RRLD_HEADER_SIZE + 0x40, RRLD_HEADER_SIZE) == ro);
}

TEST_CASE("worst case is 4 bytes per relocation", "[relr]") {
  std::vector<uint32_t> offs;
  for (uint32_t i = 0; i < 1000; ++i)
    offs.push_back(i * 128);
  CHECK(encodeRelr(offs, big).size() == offs.size());
}

TEST_CASE("random sets round-trip", "[relr]") {
  std::mt19937 rng(1234);
  for (int iter = 0; iter < 2000; ++iter) {
    std::set<uint32_t> s;
    uint32_t density = 1 + rng() % 64;
    uint32_t n = rng() % 300;
    for (uint32_t i = 0; i < n; ++i)
      s.insert(4 * (rng() % (n * density + 1)));
    std::vector<uint32_t> offs(s.begin(), s.end());
    // The segment ends right after the last word, or a little later: the
    // decoder checks the bits of the last bitmap against it.
    uint32_t segSize = (offs.empty() ? 0 : offs.back() + 4) + 4 * (rng() % 40);
    INFO("iteration " << iter << ", segment size " << segSize);
    std::vector<uint32_t> enc = encodeRelr(offs, segSize);
    CHECK(enc.size() <= offs.size());
    CHECK(ruleValid(enc, segSize));
    CHECK(decodeOk(enc, segSize) == offs);
    // The segment's end does not change the encoding.
    CHECK(encodeRelr(offs, big) == enc);
    // Never an empty bitmap.
    for (uint32_t e : enc)
      CHECK(e != 0x1);
  }
}

TEST_CASE("decoder follows the rule on random streams", "[relr]") {
  // Short streams of addresses and bitmaps near a small segment's end: the
  // decoder accepts exactly the streams the rule does.
  std::mt19937 rng(99);
  for (int iter = 0; iter < 20000; ++iter) {
    uint32_t start = (rng() % 2) ? RRLD_HEADER_SIZE : 0;
    uint32_t segSize = start + 4 * (rng() % 80);
    std::vector<uint32_t> entries;
    for (uint32_t k = 1 + rng() % 4; k--;) {
      switch (rng() % 4) {
      case 0: entries.push_back(4 * (rng() % 90)); break;       // an address
      case 1: entries.push_back(0x1); break;                    // an empty bitmap
      case 2: entries.push_back((1u << (1 + rng() % 31)) | 1); break; // one bit
      default: entries.push_back(rng() | 1); break;             // any bitmap
      }
    }
    INFO("iteration " << iter << ", start " << start << ", segment size " << segSize);
    auto r = decodeRelr(entries, start, segSize);
    bool ok = static_cast<bool>(r);
    if (!ok)
      llvm::consumeError(r.takeError());
    CHECK(ok == ruleValid(entries, segSize, start));
  }
}

TEST_CASE("decoder rejects malformed streams", "[relr]") {
  CHECK_FALSE(static_cast<bool>(decodeRelr({0x5c}, 0x60, big)));  // behind the first word
  CHECK_FALSE(static_cast<bool>(decodeRelr({0x42}, 0, big)));     // not word aligned
  CHECK_FALSE(static_cast<bool>(decodeRelr({0x40, 0x40}, 0, big))); // not increasing
  CHECK_FALSE(static_cast<bool>(decodeRelr({0x40, 0x3c}, 0, big))); // decreasing
  // An address inside the span a bitmap already covered goes backwards.
  CHECK_FALSE(static_cast<bool>(decodeRelr({0x0, 0x3, 0x40}, 0, big)));
  CHECK(static_cast<bool>(decodeRelr({0x0, 0x3, 0x80}, 0, big)));
  // A stream may begin with a bitmap, which counts from the start.
  auto first = decodeRelr({0x7}, 0x60, big);
  REQUIRE(static_cast<bool>(first));
  CHECK(*first == std::vector<uint32_t>{0x60, 0x64});
  // A bitmap running past 4 GiB is past any segment's end.
  CHECK_FALSE(static_cast<bool>(decodeRelr({0xfffffff0, 0xffffffff}, 0, 0xfffffffc)));
}


TEST_CASE("decoder rejects words and bitmaps past the segment end", "[relr]") {
  // Address entries: the last word is fine, the one after it is not.
  CHECK(decodeOk({0x7c}, 0x80) == std::vector<uint32_t>{0x7c});
  CHECK_THAT(decodeError({0x80}, 0x80), Catch::Contains("past the end"));
  CHECK_THAT(decodeError({0x0, 0x80}, 0x80),
             Catch::Contains("entry 1") && Catch::Contains("0x80") &&
                 Catch::Contains("[0x0, 0x80)"));

  // A bitmap's set bits must name words inside; its window may pass the end:
  // after address 0 the cursor is 4, the window [0x4, 0x80).
  CHECK(decodeOk({0x0, 0x3}, 0x80) == std::vector<uint32_t>{0x0, 0x4});
  CHECK(decodeOk({0x0, 0x3}, 0x8) == std::vector<uint32_t>{0x0, 0x4});
  // Bit 2 names the word at 0x8, the segment's end: a range error naming
  // the entry, the word and the bounds.
  std::string err = decodeError({0x0, 0x5}, 0x8);
  CHECK_THAT(err, Catch::Contains("entry 1") && Catch::Contains("bitmap") &&
                      Catch::Contains("word at 0x8") && Catch::Contains("past the end") &&
                      Catch::Contains("[0x0, 0x8)"));
  // Bit 31 names the window's last word, 0x7c: fine in 0x80 bytes, not 0x7c.
  CHECK(decodeOk({0x0, 0x80000001u}, 0x80) == std::vector<uint32_t>{0x0, 0x7c});
  CHECK_THAT(decodeError({0x0, 0x80000001u}, 0x7c),
             Catch::Contains("entry 1") && Catch::Contains("word at 0x7c"));
  // Only the highest set bit matters: low bits inside do not save it.
  CHECK_THAT(decodeError({0x0, 0x80000003u}, 0x7c), Catch::Contains("word at 0x7c"));
  // A stream's first entry a bitmap: counts from start (the RO->RO stream
  // starts after the 96-byte header).
  CHECK(decodeOk({0x3}, RRLD_HEADER_SIZE + 4, RRLD_HEADER_SIZE) ==
        std::vector<uint32_t>{RRLD_HEADER_SIZE});
  CHECK_THAT(decodeError({0x5}, RRLD_HEADER_SIZE + 4, RRLD_HEADER_SIZE),
             Catch::Contains("entry 0") && Catch::Contains("word at 0x64") &&
                 Catch::Contains("[0x60, 0x64)"));

  // An empty bitmap names no word but is valid only while where <= segSize:
  // at the end itself it is fine...
  CHECK(decodeOk({0x1}, 0).empty());
  CHECK(decodeOk({0x1}, RRLD_HEADER_SIZE, RRLD_HEADER_SIZE).empty());
  CHECK(decodeOk({0x7c, 0x1}, 0x80) == std::vector<uint32_t>{0x7c}); // where = 0x80
  // ...and after a partial window (where = 0x80 > 0x10) it is a range error.
  CHECK(decodeOk({0x0, 0x3}, 0x10) == std::vector<uint32_t>{0x0, 0x4});
  std::string empty = decodeError({0x0, 0x3, 0x1}, 0x10);
  CHECK_THAT(empty, Catch::Contains("entry 2") && Catch::Contains("names no word") &&
                        Catch::Contains("0x80") && Catch::Contains("past the end") &&
                        Catch::Contains("[0x0, 0x10)"));
  // Two partial windows in a row: the cursor is not clamped to the end.
  CHECK_THAT(decodeError({0x0, 0x3, 0x3}, 0x10), Catch::Contains("entry 2"));
  // Windows [0x4, 0x80) and [0x80, 0xfc) in a 0xfc-byte segment leave
  // where = S: a further empty bitmap is still fine, one naming a word is not.
  CHECK(decodeOk({0x0, 0x3, 0x1}, 0xfc) == std::vector<uint32_t>{0x0, 0x4});
  CHECK(decodeOk({0x0, 0x3, 0x1, 0x1}, 0xfc) == std::vector<uint32_t>{0x0, 0x4});
  CHECK_THAT(decodeError({0x0, 0x3, 0x1, 0x1, 0x1}, 0xfc), Catch::Contains("entry 4"));
  CHECK_THAT(decodeError({0x0, 0x3, 0x1, 0x3}, 0xfc), Catch::Contains("entry 3"));
  // After a partial window, an address is behind the cursor or past the end.
  CHECK_THAT(decodeError({0x0, 0x3, 0xc}, 0x10), Catch::Contains("behind the cursor"));
  CHECK_THAT(decodeError({0x0, 0x3, 0x80}, 0x10), Catch::Contains("past the end"));
  // An empty segment admits no word.
  CHECK_FALSE(static_cast<bool>(decodeRelr({0x0}, 0, 0)));
  CHECK_FALSE(static_cast<bool>(decodeRelr({0x3}, 0, 0)));
  CHECK(decodeOk({}, 0).empty());
}
