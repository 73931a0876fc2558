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

// Whether every bitmap of a stream covers a window inside [start, segSize),
// followed with a cursor of its own (not the decoder under test).
static bool windowsFit(const std::vector<uint32_t> &entries, uint32_t segSize,
                       uint32_t start = 0) {
  uint64_t where = start;
  for (uint32_t e : entries) {
    if ((e & 1) == 0) {
      where = uint64_t(e) + 4;
      continue;
    }
    if (where + 4 * RRLD_RELR_BITMAP_WORDS > segSize)
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

TEST_CASE("the encoder never emits a bitmap whose window passes the segment end", "[relr]") {
  // Words near the end of a 0x100-byte segment: after the address entry for
  // 0xc0 the cursor is 0xc4, and a bitmap's window [0xc4, 0x140) would pass
  // the end, so every word is an address entry.
  std::vector<uint32_t> offs{0xc0, 0xc4, 0xf8, 0xfc};
  std::vector<uint32_t> enc = encodeRelr(offs, 0x100);
  CHECK(enc == offs);
  CHECK(decodeOk(enc, 0x100) == offs);
  // In a segment that holds the window, the same words take a bitmap.
  std::vector<uint32_t> roomy = encodeRelr(offs, 0x140);
  REQUIRE(roomy.size() == 2);
  CHECK(roomy[0] == 0xc0);
  CHECK(roomy[1] == (((1u << 0 | 1u << 13 | 1u << 14) << 1) | 1));
  CHECK(decodeOk(roomy, 0x140) == offs);

  // Every word of [0, 0x100): address 0, two bitmaps ([0x4, 0x80) and
  // [0x80, 0xfc), the second ending 4 bytes short of the end), then the last
  // word by address.
  std::vector<uint32_t> all;
  for (uint32_t o = 0; o < 0x100; o += 4)
    all.push_back(o);
  std::vector<uint32_t> e2 = encodeRelr(all, 0x100);
  CHECK(e2 == std::vector<uint32_t>{0x0, 0xffffffffu, 0xffffffffu, 0xfc});
  CHECK(decodeOk(e2, 0x100) == all);
}

TEST_CASE("a run ending at the segment's last word ends in address entries", "[relr]") {
  // Every word of [0x100, 0x1f0), the end of a 0x1f0-byte segment: address
  // 0x100, one bitmap over [0x104, 0x180), then the 28 words of the last,
  // partial window [0x180, 0x1f0) one address each.
  const uint32_t seg = 0x1f0;
  std::vector<uint32_t> offs;
  for (uint32_t o = 0x100; o < seg; o += 4)
    offs.push_back(o);
  std::vector<uint32_t> enc = encodeRelr(offs, seg);
  REQUIRE(enc.size() == 2 + 28);
  CHECK(enc[0] == 0x100);
  CHECK(enc[1] == 0xffffffffu);
  for (uint32_t i = 0; i < 28; ++i) {
    INFO("tail entry " << i);
    CHECK(enc[2 + i] == 0x180 + 4 * i);
  }
  CHECK(enc.back() == seg - 4);
  CHECK(windowsFit(enc, seg));
  CHECK(decodeOk(enc, seg) == offs);
  // The words at RO's start: the RO->RO cursor starts after the header.
  std::vector<uint32_t> ro;
  for (uint32_t o = RRLD_HEADER_SIZE; o < RRLD_HEADER_SIZE + 0x40; o += 4)
    ro.push_back(o);
  std::vector<uint32_t> roEnc = encodeRelr(ro, RRLD_HEADER_SIZE + 0x40);
  CHECK(roEnc == ro); // 16 words: no window fits
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
    // The segment ends right after the last word, or a little later: no
    // bitmap's window may pass it.
    uint32_t segSize = (offs.empty() ? 0 : offs.back() + 4) + 4 * (rng() % 40);
    INFO("iteration " << iter << ", segment size " << segSize);
    std::vector<uint32_t> enc = encodeRelr(offs, segSize);
    CHECK(enc.size() <= offs.size());
    CHECK(windowsFit(enc, segSize));
    CHECK(decodeOk(enc, segSize) == offs);
    // Far from the end, the end does not change the encoding: a segment
    // one window longer than the words allows every bitmap.
    uint32_t roomy = segSize + 4 * RRLD_RELR_BITMAP_WORDS;
    CHECK(encodeRelr(offs, roomy) == encodeRelr(offs, big));
    CHECK(decodeOk(encodeRelr(offs, roomy), roomy) == offs);
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
  CHECK_THAT(decodeError({0x0, 0x80}, 0x80), Catch::Contains("entry 1"));

  // A bitmap's whole window must lie inside, whatever its bits: after
  // address 0 the cursor is 4, the window [0x4, 0x80).
  CHECK(decodeOk({0x0, 0x3}, 0x80) == std::vector<uint32_t>{0x0, 0x4});
  std::string err = decodeError({0x0, 0x3}, 0x7c);
  CHECK_THAT(err, Catch::Contains("entry 1") && Catch::Contains("bitmap") &&
                      Catch::Contains("window [0x4, 0x80)") &&
                      Catch::Contains("[0x0, 0x7c)"));
  // Its set bits inside the segment do not save it, nor do no bits at all.
  CHECK_THAT(decodeError({0x0, 0x3}, 0x8), Catch::Contains("window"));
  CHECK_THAT(decodeError({0x0, 0x1}, 0x8), Catch::Contains("window"));
  // A stream's first entry a bitmap: counts from start (the RO->RO stream
  // starts after the 96-byte header).
  const uint32_t window = 4 * RRLD_RELR_BITMAP_WORDS;
  CHECK(decodeOk({0x3}, RRLD_HEADER_SIZE + window, RRLD_HEADER_SIZE) ==
        std::vector<uint32_t>{RRLD_HEADER_SIZE});
  CHECK_THAT(decodeError({0x3}, RRLD_HEADER_SIZE + window - 4, RRLD_HEADER_SIZE),
             Catch::Contains("entry 0") && Catch::Contains("window [0x60, 0xdc)"));
  // After a bitmap the cursor is 31 words on: a second window must fit too,
  // and an address inside the first is behind the cursor.
  CHECK(decodeOk({0x0, 0x3, 0x1}, 0xfc) == std::vector<uint32_t>{0x0, 0x4});
  CHECK_THAT(decodeError({0x0, 0x3, 0x3}, 0xf8), Catch::Contains("entry 2"));
  CHECK_THAT(decodeError({0x0, 0x3, 0x7c}, 0x100), Catch::Contains("behind the cursor"));
  CHECK(decodeOk({0x0, 0x3, 0x80}, 0x100) == std::vector<uint32_t>{0x0, 0x4, 0x80});
  // An empty segment admits nothing, not even an empty bitmap.
  CHECK_FALSE(static_cast<bool>(decodeRelr({0x0}, 0, 0)));
  CHECK_FALSE(static_cast<bool>(decodeRelr({0x1}, 0, 0)));
  CHECK_FALSE(static_cast<bool>(decodeRelr({0x3}, 0, 0)));
  CHECK(decodeOk({}, 0).empty());
}
