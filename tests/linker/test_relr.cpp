// RELR encoder and decoder (linker/src/Relr.cpp).
#include "Relr.h"

#include <catch2/catch.hpp>

#include <random>
#include <set>

using namespace rrld;

static std::vector<uint32_t> decodeOk(const std::vector<uint32_t> &entries) {
  auto r = decodeRelr(entries);
  REQUIRE(static_cast<bool>(r));
  return *r;
}

TEST_CASE("empty and single", "[relr]") {
  CHECK(encodeRelr({}).empty());
  CHECK(encodeRelr({0x40}) == std::vector<uint32_t>{0x40});
  CHECK(decodeOk({0x40}) == std::vector<uint32_t>{0x40});
}

TEST_CASE("a dense run becomes one address and bitmaps", "[relr]") {
  std::vector<uint32_t> offs;
  for (uint32_t i = 0; i < 32; ++i)
    offs.push_back(0x100 + 4 * i);
  std::vector<uint32_t> enc = encodeRelr(offs);
  // Word 0 by address, words 1..31 by one full bitmap.
  REQUIRE(enc.size() == 2);
  CHECK(enc[0] == 0x100);
  CHECK(enc[1] == 0xffffffffu);
  CHECK(decodeOk(enc) == offs);
}

TEST_CASE("strided and sparse", "[relr]") {
  // Every other word: bits 2, 4, ... of the bitmap.
  std::vector<uint32_t> offs{0, 8, 16, 24};
  std::vector<uint32_t> enc = encodeRelr(offs);
  REQUIRE(enc.size() == 2);
  // After the address entry, where = 4: words 8, 16, 24 are bitmap words 1, 3, 5,
  // stored shifted left by one with the low bit set.
  CHECK(enc[1] == ((0b101010u << 1) | 1));
  CHECK(decodeOk(enc) == offs);
  // Isolated words further apart than a bitmap reaches: one address each.
  std::vector<uint32_t> sparse{0, 200, 400, 1000};
  CHECK(encodeRelr(sparse) == sparse);
  CHECK(decodeOk(sparse) == sparse);
}

TEST_CASE("worst case is 4 bytes per relocation", "[relr]") {
  std::vector<uint32_t> offs;
  for (uint32_t i = 0; i < 1000; ++i)
    offs.push_back(i * 128);
  CHECK(encodeRelr(offs).size() == offs.size());
}

TEST_CASE("random sets round-trip", "[relr]") {
  std::mt19937 rng(1234);
  for (int iter = 0; iter < 500; ++iter) {
    std::set<uint32_t> s;
    uint32_t density = 1 + rng() % 64;
    uint32_t n = rng() % 300;
    for (uint32_t i = 0; i < n; ++i)
      s.insert(4 * (rng() % (n * density + 1)));
    std::vector<uint32_t> offs(s.begin(), s.end());
    std::vector<uint32_t> enc = encodeRelr(offs);
    CHECK(enc.size() <= offs.size());
    CHECK(decodeOk(enc) == offs);
  }
}

TEST_CASE("decoder rejects malformed streams", "[relr]") {
  CHECK_FALSE(static_cast<bool>(decodeRelr({0x5c}, 0x60)));  // behind the first word
  CHECK_FALSE(static_cast<bool>(decodeRelr({0x42})));       // not word aligned
  CHECK_FALSE(static_cast<bool>(decodeRelr({0x40, 0x40}))); // not increasing
  CHECK_FALSE(static_cast<bool>(decodeRelr({0x40, 0x3c}))); // decreasing
  // An address inside the span a bitmap already covered goes backwards.
  CHECK_FALSE(static_cast<bool>(decodeRelr({0x0, 0x3, 0x40})));
  CHECK(static_cast<bool>(decodeRelr({0x0, 0x3, 0x80})));
  // A stream may begin with a bitmap, which counts from the start.
  auto first = decodeRelr({0x7}, 0x60);
  REQUIRE(static_cast<bool>(first));
  CHECK(*first == std::vector<uint32_t>{0x60, 0x64});
  // A bitmap running past 4 GiB.
  CHECK_FALSE(static_cast<bool>(decodeRelr({0xfffffff0, 0xffffffff})));
}
