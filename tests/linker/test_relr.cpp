// The tables' byte encoder and decoder (linker/src/Relr.cpp).
#include "Relr.h"

#include "rrld/format.h"

#include <catch2/catch.hpp>

#include <optional>
#include <random>
#include <set>

using namespace rrld;

using Bytes = std::vector<uint8_t>;
using Words = std::vector<uint32_t>;

// A segment large enough that its end never limits a group.
static constexpr uint32_t big = 0x100000;

static Bytes encode(const Words &offs, uint32_t segSize = big, uint32_t start = 0) {
  auto r = encodeStream(offs, start, segSize);
  if (!r)
    FAIL(llvm::toString(r.takeError()));
  return *r;
}

static Words decodeOk(const Bytes &s, uint32_t segSize = big, uint32_t start = 0) {
  auto r = decodeStream(s, start, segSize);
  if (!r)
    FAIL(llvm::toString(r.takeError()));
  return *r;
}

static std::string decodeError(const Bytes &s, uint32_t segSize, uint32_t start = 0) {
  auto r = decodeStream(s, start, segSize);
  if (r)
    return "";
  return llvm::toString(r.takeError());
}

// A group's head: the words to skip, then the kind (docs/format.md).
static uint8_t head(uint32_t skip, uint32_t kind) {
  REQUIRE(skip < 16);
  return uint8_t(skip << RRLD_GROUP_KIND_BITS | kind);
}

// The rule of docs/format.md, followed with a cursor of its own (not the
// decoder under test): the offsets a stream names in a segment whose
// relocatable part is [start, segSize), or nothing if it breaks a rule.
static std::optional<Words> ruleDecode(const Bytes &s, uint32_t segSize, uint32_t start) {
  Words out;
  uint64_t where = start;
  size_t p = 0;
  auto number = [&](uint64_t &v) {
    v = 0;
    for (int k = 0; k < 4; ++k) {
      if (p >= s.size())
        return false;
      v += uint64_t(s[p] & 0x7F) << (7 * k);
      if (!(s[p++] & 0x80))
        return true;
    }
    return false;
  };
  while (p < s.size()) {
    uint64_t h, words = 1;
    if (!number(h))
      return std::nullopt;
    where += 4 * (h / 8);
    uint64_t bytes = h % 8;
    if (bytes == 7) {
      if (!number(words))
        return std::nullopt;
      bytes = 0;
    }
    for (uint64_t k = 0; k < words; ++k, where += 4) {
      if (where + 4 > segSize)
        return std::nullopt;
      out.push_back(uint32_t(where));
    }
    for (; bytes; --bytes, ++p, where += 32) {
      if (p >= s.size() || where + 32 > segSize)
        return std::nullopt;
      for (int i = 0; i < 8; ++i)
        if (s[p] >> i & 1)
          out.push_back(uint32_t(where + 4 * i));
    }
  }
  return out;
}

TEST_CASE("empty and single", "[relr]") {
  CHECK(encode({}).empty());
  CHECK(encode({0x20}) == Bytes{head(8, 0)});
  CHECK(decodeOk({head(8, 0)}) == Words{0x20});
  // The last word of a segment.
  CHECK(encode({0x20}, 0x24) == Bytes{head(8, 0)});
  CHECK(decodeOk({head(8, 0)}, 0x24) == Words{0x20});
  // A head of two bytes: 16 words or more to skip.
  CHECK(encode({0x40}) == (Bytes{0x80, 0x01}));
  CHECK(decodeOk({0x80, 0x01}) == Words{0x40});
  // The RO->RO cursor starts past the header.
  CHECK(encode({RRLD_HEADER_SIZE}, big, RRLD_HEADER_SIZE) == Bytes{0});
  CHECK(decodeOk({0}, big, RRLD_HEADER_SIZE) == Words{RRLD_HEADER_SIZE});
}

TEST_CASE("a dense run is one group", "[relr]") {
  Words offs;
  for (uint32_t i = 0; i < 1000; ++i)
    offs.push_back(0x100 + 4 * i);
  Bytes enc = encode(offs);
  // Skip 64 words (a 2-byte head, kind 7), then 1000 (2 bytes).
  CHECK(enc == (Bytes{0x80 | 7, 0x04, 0xE8, 0x07}));
  CHECK(decodeOk(enc) == offs);
  // Ending exactly at the segment's end.
  CHECK(encode(offs, 0x100 + 4000) == enc);
  CHECK(decodeOk(enc, 0x100 + 4000) == offs);
  CHECK_THAT(decodeError(enc, 0x100 + 3996),
             Catch::Contains("a run of 1000 words from 0x100") &&
                 Catch::Contains("[0x0, 0x109c)"));
}

TEST_CASE("strided and sparse words are bitmap bytes", "[relr]") {
  // Every other word: the group's word, then one byte over the next 8.
  Words offs{0, 8, 16, 24};
  Bytes enc = encode(offs);
  CHECK(enc == (Bytes{head(0, 1), 0b00101010}));
  CHECK(decodeOk(enc) == offs);
  // Every fourth word, 100 of them: a head and 6 bitmap bytes name 13.
  Words quarter;
  for (uint32_t i = 0; i < 100; ++i)
    quarter.push_back(16 * i);
  enc = encode(quarter);
  CHECK(enc.size() == 54);
  CHECK(decodeOk(enc) == quarter);
  // Isolated words: one byte each while they are less than 16 words apart.
  Words sparse{0, 60, 120, 180};
  CHECK(encode(sparse) == (Bytes{head(0, 0), head(14, 0), head(14, 0), head(14, 0)}));
  CHECK(decodeOk(encode(sparse)) == sparse);
}

TEST_CASE("a bitmap byte's window lies inside the segment", "[relr]") {
  // Words near the end of a 0x40-byte segment (16 words): after word 6 the
  // byte's window is words 7..14, inside; after word 8 it would be 9..16,
  // past the end, so the encoder writes single words instead.
  CHECK(encode({24, 32}, 0x40) == (Bytes{head(6, 1), 0x02}));
  Bytes enc = encode({32, 40}, 0x40);
  CHECK(enc == (Bytes{head(8, 0), head(1, 0)}));
  CHECK(decodeOk(enc, 0x40) == (Words{32, 40}));
  // The decoder refuses a window past the end even when its bits name
  // words inside.
  CHECK_THAT(decodeError({head(8, 1), 0x01}, 0x40),
             Catch::Contains("byte 1") && Catch::Contains("window [0x24, 0x44)") &&
                 Catch::Contains("[0x0, 0x40)"));
  CHECK(decodeOk({head(7, 1), 0x80}, 0x40) == (Words{28, 60}));
  // A zero byte names nothing and is valid (the encoder never writes one).
  CHECK(decodeOk({head(0, 1), 0x00}, 0x40) == Words{0});
}

TEST_CASE("decoder rejects malformed streams", "[relr]") {
  // Words past the end.
  CHECK(decodeOk({head(15, 0)}, 0x40) == Words{60});
  CHECK_THAT(decodeError({head(15, 0), head(0, 0)}, 0x40),
             Catch::Contains("byte 1") && Catch::Contains("word at 0x40") &&
                 Catch::Contains("past the end"));
  // Numbers: at most 4 bytes, inside the stream.
  CHECK(decodeOk({0x80, 0x80, 0x80, 0x00}, 0x40) == Words{0});
  CHECK_THAT(decodeError({0x80, 0x80, 0x80, 0x80, 0x00}, big),
             Catch::Contains("longer than 4 bytes"));
  CHECK_THAT(decodeError({0x80}, big), Catch::Contains("ends inside a number"));
  CHECK_THAT(decodeError({head(0, 7)}, big), Catch::Contains("ends inside a number"));
  CHECK_THAT(decodeError({head(0, 2), 0x01}, big),
             Catch::Contains("ends inside the group's bitmap bytes"));
  // The largest skip, far past any segment, without wrapping.
  CHECK_FALSE(static_cast<bool>(decodeStream({0xFF, 0xFF, 0xFF, 0x7F}, 0, 0xFFFFFFFCu)));
  auto far = decodeStream({0xF8, 0xFF, 0xFF, 0x7F}, 0, 0xFFFFFFFCu);
  REQUIRE(static_cast<bool>(far));
  CHECK(*far == Words{4 * 0x1FFFFFFu});
  // A run of 0 words only moves the cursor, even to the end.
  CHECK(decodeOk({head(15, 7), 0, head(0, 7), 0}, 0x3c).empty());
  CHECK(decodeOk({head(0, 7), 0x0F}, 0x3c).size() == 15);
  CHECK_FALSE(static_cast<bool>(decodeStream({head(0, 7), 0x10}, 0, 0x3c)));
  // An empty segment admits no word.
  CHECK_FALSE(static_cast<bool>(decodeStream({head(0, 0)}, 0, 0)));
  CHECK(decodeOk({}, 0).empty());
}

TEST_CASE("too far apart for a head", "[relr]") {
  // 2^25 words between two relocated words: more than a 4-byte head skips.
  auto r = encodeStream({0, 4 + (1u << 27)}, 0, 0x0FFFFFF0u);
  REQUIRE_FALSE(static_cast<bool>(r));
  CHECK_THAT(llvm::toString(r.takeError()), Catch::Contains("128 MiB"));
  CHECK(decodeOk(encode({0, (1u << 27)}, 0x0FFFFFF0u), 0x0FFFFFF0u) ==
        (Words{0, 1u << 27}));
}

TEST_CASE("worst case is 2 bytes per relocation", "[relr]") {
  Words offs;
  for (uint32_t i = 0; i < 1000; ++i)
    offs.push_back(i * 128 * 4);
  CHECK(encode(offs, 1u << 24).size() <= 2 * offs.size());
}

TEST_CASE("random sets round-trip, within 1/8 of 4-byte RELR", "[relr]") {
  std::mt19937 rng(1234);
  uint32_t worse = 0, sets = 0;
  for (int iter = 0; iter < 2000; ++iter) {
    std::set<uint32_t> s;
    uint32_t density = 1 + rng() % 64;
    uint32_t n = rng() % 300;
    uint32_t start = (rng() % 2) ? RRLD_HEADER_SIZE : 0;
    for (uint32_t i = 0; i < n; ++i)
      s.insert(start + 4 * (rng() % (n * density + 1)));
    Words offs(s.begin(), s.end());
    // The segment ends right after the last word, or a little later.
    uint32_t segSize = (offs.empty() ? start : offs.back() + 4) + 4 * (rng() % 40);
    INFO("iteration " << iter << ", segment size " << segSize);
    Bytes enc = encode(offs, segSize, start);
    CHECK(decodeOk(enc, segSize, start) == offs);
    CHECK(ruleDecode(enc, segSize, start) == std::optional<Words>(offs));
    // What format 1 (RELR, 4-byte entries) needed, computed here.
    uint32_t relr = 0;
    for (size_t i = 0; i < offs.size();) {
      relr += 4;
      uint32_t where = offs[i++] + 4;
      for (;;) {
        bool any = false;
        while (i < offs.size() && offs[i] - where < 124) {
          any = true;
          ++i;
        }
        if (!any)
          break;
        relr += 4;
        where += 124;
      }
    }
    // Long irregular stretches of medium density cost a head and 6 bitmap
    // bytes per 49 words here, a 4-byte bitmap per 31 words there: up to
    // 1/8 more (docs/format.md); everything else costs less.
    CHECK(enc.size() * 8 <= relr * 9 + 16);
    worse += enc.size() > relr;
    ++sets;
  }
  // Most random sets are smaller than in RELR.
  CHECK(worse * 20 < sets);
}

TEST_CASE("decoder follows the rule on random streams", "[relr]") {
  // Short random byte strings near a small segment's end: the decoder
  // accepts exactly the streams the rule does, naming the same words.
  std::mt19937 rng(99);
  for (int iter = 0; iter < 20000; ++iter) {
    uint32_t start = (rng() % 2) ? RRLD_HEADER_SIZE : 0;
    uint32_t segSize = start + 4 * (rng() % 80);
    Bytes s;
    for (uint32_t k = rng() % 8; k--;) {
      switch (rng() % 4) {
      case 0: s.push_back(uint8_t(rng() % 128)); break;        // a 1-byte number
      case 1: s.push_back(uint8_t(0x80 | rng())); break;       // a longer one
      case 2: s.push_back(head(rng() % 16, rng() % 8)); break; // a head
      default: s.push_back(uint8_t(rng())); break;             // anything
      }
    }
    INFO("iteration " << iter << ", start " << start << ", segment size " << segSize);
    auto r = decodeStream(s, start, segSize);
    std::optional<Words> want = ruleDecode(s, segSize, start);
    CHECK(static_cast<bool>(r) == want.has_value());
    if (r && want)
      CHECK(*r == *want);
    if (!r)
      llvm::consumeError(r.takeError());
  }
}
