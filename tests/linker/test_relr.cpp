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

TEST_CASE("a bitmap may reach past the segment end, its bits may not", "[relr]") {
  // Words near the end of a 0x100-byte segment: after the address entry for
  // 0xc0 the cursor is 0xc4, and the bitmap's window [0xc4, 0x140) passes the
  // end; the words it names do not.
  std::vector<uint32_t> offs{0xc0, 0xc4, 0xf8, 0xfc};
  std::vector<uint32_t> enc = encodeRelr(offs, 0x100);
  REQUIRE(enc.size() == 2);
  CHECK(enc[0] == 0xc0);
  CHECK((enc[1] & 1) == 1);
  CHECK(decodeOk(enc, 0x100) == offs);
  // Every word of [0, 0x100): address 0 and three bitmaps, the last one
  // naming 0xfc alone.
  std::vector<uint32_t> all;
  for (uint32_t o = 0; o < 0x100; o += 4)
    all.push_back(o);
  std::vector<uint32_t> e2 = encodeRelr(all, 0x100);
  CHECK(e2 == std::vector<uint32_t>{0x0, 0xffffffffu, 0xffffffffu, 0x3});
  CHECK(decodeOk(e2, 0x100) == all);
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
    CHECK(decodeOk(enc, segSize) == offs);
    // The segment's end does not change the encoding.
    CHECK(encodeRelr(offs, big) == enc);
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

  // A bitmap's set bits must name words inside; its window may pass the end:
  // after address 0 the cursor is 4, the window [4, 0x80).
  CHECK(decodeOk({0x0, 0x3}, 0x80) == std::vector<uint32_t>{0x0, 0x4});
  CHECK(decodeOk({0x0, 0x3}, 0x8) == std::vector<uint32_t>{0x0, 0x4});
  std::string err = decodeError({0x0, 0x5}, 0x8);
  CHECK_THAT(err, Catch::Contains("entry 1") && Catch::Contains("bitmap") &&
                      Catch::Contains("past the end") && Catch::Contains("0x8"));
  // A stream's first entry a bitmap: counts from start (the RO->RO stream
  // starts after the 96-byte header).
  CHECK(decodeOk({0x3}, RRLD_HEADER_SIZE + 4, RRLD_HEADER_SIZE) ==
        std::vector<uint32_t>{RRLD_HEADER_SIZE});
  CHECK_FALSE(decodeError({0x5}, RRLD_HEADER_SIZE + 4, RRLD_HEADER_SIZE).empty());
  // After a bitmap whose window passes the end the cursor stops at the end:
  // an empty bitmap is fine, any named word or address is not.
  CHECK(decodeOk({0x0, 0x3, 0x1}, 0x10) == std::vector<uint32_t>{0x0, 0x4});
  CHECK_FALSE(decodeError({0x0, 0x3, 0x3}, 0x10).empty());
  CHECK_THAT(decodeError({0x0, 0x3, 0xc}, 0x10), Catch::Contains("behind the cursor"));
  // An empty segment admits nothing.
  CHECK_FALSE(static_cast<bool>(decodeRelr({0x0}, 0, 0)));
  CHECK(decodeOk({0x1}, 0).empty()); // an empty bitmap names nothing
  CHECK_FALSE(static_cast<bool>(decodeRelr({0x3}, 0, 0)));
  CHECK(decodeOk({}, 0).empty());
}
