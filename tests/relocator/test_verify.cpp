// rrld_verify: header checks in docs/format.md's order, truncation, the
// integrity check, stream groups.
#include <catch2/catch.hpp>

#include <cstring>

#include "image_builder.hpp"
#include "rrld/relocator.h"

using namespace rrld_test;

namespace {

ImageSpec sample_spec() {
  ImageSpec s;
  s.ro_body.assign(64, 0xA5);
  s.rw_init.assign(40, 0);
  s.rw_zero_size = 12;
  s.rw_ro = {0, 8};
  s.rw_rw = {4, 12, 36};
  s.ro_ro = {96, 100, 96 + 60};
  s.entry = 96 + 8 + 1;
  return s;
}

rrld_status verify(const Bytes &b) {
  Buffer buf(b);
  return rrld_verify(buf.data(), buf.size());
}

// Edits a header word, recomputes the CRC, verifies.
rrld_status verify_with(uint32_t off, uint32_t value, bool fix = true) {
  Bytes b = build(sample_spec());
  set32(b, off, value);
  if (fix)
    fix_crc(b);
  return verify(b);
}

} // namespace

TEST_CASE("builder CRC-32 matches the IEEE check value", "[verify][builder]") {
  const char *s = "123456789";
  CHECK(crc32(reinterpret_cast<const uint8_t *>(s), 9) == 0xCBF43926u);
}

TEST_CASE("builder stream encoding round-trips", "[verify][builder]") {
  std::vector<uint32_t> offs = {0, 4, 8, 128, 132, 400, 404 + 4 * 30, 404 + 4 * 31, 4000};
  CHECK(decode_stream(encode_stream(offs, 0, 8192), 0) == offs);
  std::vector<uint32_t> dense;
  for (uint32_t i = 0; i < 64; ++i)
    dense.push_back(96 + 4 * i);
  Bytes enc = encode_stream(dense, 96, 4096);
  CHECK(enc == cat({head(0, 7), uleb(64)})); // one run
  CHECK(decode_stream(enc, 96) == dense);
  CHECK(uleb(0) == Bytes{0});
  CHECK(uleb(0x80) == (Bytes{0x80, 0x01}));
  CHECK(uleb(0x0FFFFFFF) == (Bytes{0xFF, 0xFF, 0xFF, 0x7F}));
}

TEST_CASE("valid images verify", "[verify]") {
  CHECK(verify(build(sample_spec())) == RRLD_OK);
  ImageSpec empty;
  empty.ro_body.assign(4, 0);
  CHECK(verify(build(empty)) == RRLD_OK);
  // A buffer longer than the image is fine.
  Bytes b = build(sample_spec());
  Buffer buf(b, 64);
  CHECK(rrld_verify(buf.data(), buf.size() + 64) == RRLD_OK);
  // The builder pads RW initial data to 16 bytes from .bss, as the linker.
  // RW, 40 + 12 bytes, ends on a multiple of 8.
  CHECK(get32(b, kOffRwInitSize) == 48);
  CHECK(get32(b, kOffRwZeroSize) == 8);
  // The reserved bytes are ignored (the CRC covers them).
  set32(b, kOffReserved, 0x12345678u);
  set32(b, kOffReserved + 20, 1);
  fix_crc(b);
  CHECK(verify(b) == RRLD_OK);
}

TEST_CASE("arguments", "[verify]") {
  CHECK(rrld_verify(nullptr, 100) == RRLD_E_ARGUMENT);
  Bytes b = build(sample_spec());
  Buffer buf(b, 8);
  std::memmove(buf.data() + 1, buf.data(), buf.size());
  CHECK(rrld_verify(buf.data() + 1, buf.size()) == RRLD_E_ALIGN);
}

TEST_CASE("truncated at every length", "[verify]") {
  const Bytes b = build(sample_spec());
  for (uint32_t len = 0; len < b.size(); ++len) {
    Buffer buf(Bytes(b.begin(), b.begin() + len));
    INFO("len " << len);
    CHECK(rrld_verify(buf.data(), len) == RRLD_E_TRUNCATED);
  }
}

TEST_CASE("header identity and flags", "[verify]") {
  CHECK(verify_with(0, 0x444C5253u) == RRLD_E_MAGIC);
  CHECK(verify_with(kOffVersion, 3) == RRLD_E_VERSION);
  CHECK(verify_with(kOffVersion, 0) == RRLD_E_VERSION);
  CHECK(verify_with(kOffVersion, 96u << 16 | 1) == RRLD_E_VERSION); // the old layout's word
  CHECK(verify_with(kOffFlags, 1) == RRLD_E_FLAGS);
  CHECK(verify_with(kOffFlags, 0x80000000u) == RRLD_E_FLAGS);
}

TEST_CASE("alignment fields", "[verify]") {
  Bytes b = build(sample_spec());
  const uint32_t aligns = get32(b, kOffAlign);
  CHECK(verify_with(kOffAlign, (aligns & ~0xFFu) | 1) == RRLD_E_ALIGN);
  CHECK(verify_with(kOffAlign, (aligns & ~0xFFu) | 0) == RRLD_E_ALIGN);
  CHECK(verify_with(kOffAlign, (aligns & ~0xFFu) | 18) == RRLD_E_ALIGN);
  CHECK(verify_with(kOffAlign, (aligns & ~0xFFu) | 17) == RRLD_OK);
  CHECK(verify_with(kOffAlign, (aligns & ~0xFFu) | 2) == RRLD_OK);
  CHECK(verify_with(kOffAlign, (aligns & ~0xFF0000u) | 1u << 16) == RRLD_E_ALIGN);
  CHECK(verify_with(kOffAlign, (aligns & ~0xFF0000u) | 0u << 16) == RRLD_E_ALIGN);
  CHECK(verify_with(kOffAlign, (aligns & ~0xFF0000u) | 18u << 16) == RRLD_E_ALIGN);
  CHECK(verify_with(kOffAlign, (aligns & ~0xFF0000u) | 200u << 16) == RRLD_E_ALIGN);
  CHECK(verify_with(kOffAlign, (aligns & ~0xFF0000u) | 17u << 16) == RRLD_OK);
  CHECK(verify_with(kOffAlign, (aligns & ~0xFF0000u) | 2u << 16) == RRLD_OK);
  CHECK(verify_with(kOffAlign, aligns | 1u << 8) == RRLD_E_ALIGN); // the two zero bytes
  CHECK(verify_with(kOffAlign, aligns | 1u << 24) == RRLD_E_ALIGN);
  CHECK(verify_with(kOffAlign, aligns | 1u << 31) == RRLD_E_ALIGN);
  CHECK(verify_with(kOffAlign, aligns | 0xFF00u) == RRLD_E_ALIGN);
  // The stack and .bss keep RAM 8-aligned.
  CHECK(verify_with(kOffStackSize, 4) == RRLD_E_ALIGN);
  CHECK(verify_with(kOffStackSize, 1) == RRLD_E_ALIGN);
  CHECK(verify_with(kOffStackSize, 8) == RRLD_OK);
  CHECK(verify_with(kOffRwZeroSize, 4) == RRLD_E_ALIGN);
  CHECK(verify_with(kOffRwZeroSize, 2) == RRLD_E_ALIGN);
  CHECK(verify_with(kOffRwZeroSize, 1) == RRLD_E_ALIGN);
  CHECK(verify_with(kOffRwZeroSize, 16) == RRLD_OK);
  for (uint32_t off : {kOffRoSize, kOffRwInitSize}) {
    INFO("field " << off);
    CHECK(verify_with(off, get32(b, off) + 2) == RRLD_E_ALIGN);
    CHECK(verify_with(off, get32(b, off) + 1) == RRLD_E_ALIGN);
  }
  // image_size too (the tables' sizes are bytes: zeros pad them to a word).
  CHECK(verify_with(kOffImageSize, get32(b, kOffImageSize) - 1) == RRLD_E_ALIGN);
  CHECK(verify_with(kOffImageSize, get32(b, kOffImageSize) - 2) == RRLD_E_ALIGN);
  // RW initial data in 16-byte steps.
  CHECK(verify_with(kOffRwInitSize, get32(b, kOffRwInitSize) - 4) == RRLD_E_ALIGN);
  CHECK(verify_with(kOffRwInitSize, get32(b, kOffRwInitSize) - 8) == RRLD_E_ALIGN);
}

TEST_CASE("layout", "[verify]") {
  Bytes b = build(sample_spec());
  const uint32_t size = get32(b, kOffImageSize);
  CHECK(verify_with(kOffRoSize, get32(b, kOffRoSize) + 4) == RRLD_E_LAYOUT); // sum past the end
  CHECK(verify_with(kOffRoSize, get32(b, kOffRoSize) - 4) == RRLD_E_LAYOUT); // short of it
  CHECK(verify_with(kOffRwInitSize, get32(b, kOffRwInitSize) + 16) == RRLD_E_LAYOUT);
  CHECK(verify_with(kOffRwRoTableSize, get32(b, kOffRwRoTableSize) + 4) == RRLD_E_LAYOUT);
  CHECK(verify_with(kOffRoRoTableSize, get32(b, kOffRoRoTableSize) - 4) == RRLD_E_LAYOUT);
  CHECK(verify_with(kOffImageSize, size - 4) == RRLD_E_LAYOUT);
  // Sizes whose sum wraps past 2^32 back onto image_size.
  CHECK(verify_with(kOffRwRoTableSize, 0xFFFFFFFCu) == RRLD_E_LAYOUT);
  {
    Bytes w = build(sample_spec());
    // Sizes that add up to image_size + 2^32, wrapping exactly back onto
    // it: still refused.
    const uint32_t init = get32(w, kOffRwInitSize);
    set32(w, kOffRwInitSize, 0xFFFFFFF0u);
    set32(w, kOffRwRoTableSize, get32(w, kOffRwRoTableSize) + init + 16);
    fix_crc(w);
    CHECK(verify(w) == RRLD_E_LAYOUT);
  }
  CHECK(verify_with(kOffRwInitSize, 0xFFFFFFF0u) == RRLD_E_LAYOUT);
  CHECK(verify_with(kOffRoSize, 0xFFFFFFFCu) == RRLD_E_LAYOUT);
  // Every size is below 2^28, the two that are not in the sum too.
  CHECK(verify_with(kOffRwZeroSize, 0x10000000u) == RRLD_E_LAYOUT);
  CHECK(verify_with(kOffRwZeroSize, 0x80000000u) == RRLD_E_LAYOUT);
  CHECK(verify_with(kOffRwZeroSize, 0x0FFFFFF8u) == RRLD_OK);
  CHECK(verify_with(kOffStackSize, 0x10000000u) == RRLD_E_LAYOUT);
  CHECK(verify_with(kOffStackSize, 0x0FFFFFF8u) == RRLD_OK);
  CHECK(verify_with(kOffRoRoTableSize, 0x10000000u) == RRLD_E_LAYOUT);
  CHECK(verify_with(kOffRwInitSize, 0x10000000u) == RRLD_E_LAYOUT);
  CHECK(verify_with(kOffRwInitSize, 0x20000000u) == RRLD_E_LAYOUT);
  // A misaligned size is E_ALIGN even when it is also too large.
  CHECK(verify_with(kOffRwZeroSize, 0x10000004u) == RRLD_E_ALIGN);
}

TEST_CASE("entry point", "[verify]") {
  Bytes b = build(sample_spec());
  const uint32_t ro_size = get32(b, kOffRoSize);
  CHECK(verify_with(kOffEntry, 96 + 8) == RRLD_E_ENTRY);      // not Thumb
  CHECK(verify_with(kOffEntry, 95) == RRLD_E_ENTRY);          // in the header
  CHECK(verify_with(kOffEntry, 1) == RRLD_E_ENTRY);
  CHECK(verify_with(kOffEntry, ro_size + 1) == RRLD_E_ENTRY); // past RO
  CHECK(verify_with(kOffEntry, 0xFFFFFFFFu) == RRLD_E_ENTRY);
  CHECK(verify_with(kOffEntry, 97) == RRLD_OK);
  CHECK(verify_with(kOffEntry, ro_size - 1) == RRLD_OK);
  // An RO segment no larger than the header has no room for an entry.
  ImageSpec tiny = sample_spec();
  tiny.ro_body.clear();
  tiny.ro_ro.clear();
  tiny.entry = 97;
  CHECK(verify(build(tiny)) == RRLD_E_ENTRY);
}

TEST_CASE("the first failing check decides, in the specified order", "[verify]") {
  Bytes b = build(sample_spec());
  b[200 % b.size()] ^= 1; // CRC broken too
  set32(b, 0, 0);
  CHECK(verify(b) == RRLD_E_MAGIC);
  b = build(sample_spec());
  set32(b, kOffImageSize, get32(b, kOffImageSize) + 1000); // truncated beats everything
  set32(b, 0, 0);
  CHECK(verify(b) == RRLD_E_TRUNCATED);
  b = build(sample_spec());
  set32(b, kOffEntry, 0); // entry, before the CRC
  CHECK(verify(b) == RRLD_E_ENTRY);
  b = build(sample_spec());
  set32(b, kOffRwInitSize, get32(b, kOffRwInitSize) + 4); // alignment before the sum
  CHECK(verify(b) == RRLD_E_ALIGN);
  // A bad stream group without a correct CRC is a CRC error.
  ImageSpec s = sample_spec();
  b = build_raw(s, head(12, 0), {}, {});
  CHECK(verify(b) == RRLD_E_RELOC_RANGE);
  b[get32(b, kOffRoSize) + get32(b, kOffRwInitSize)] ^= 0x10;
  CHECK(verify(b) == RRLD_E_CRC);
}

TEST_CASE("every bit flip in the image is caught", "[verify][crc]") {
  const Bytes good = build(sample_spec());
  const uint32_t tables = get32(good, kOffRoSize) + get32(good, kOffRwInitSize);
  for (uint32_t bit = 0; bit < good.size() * 8; ++bit) {
    Bytes b = good;
    b[bit / 8] ^= uint8_t(1u << (bit % 8));
    INFO("bit " << bit);
    rrld_status st = verify(b);
    CHECK(st != RRLD_OK);
    if (bit / 8 >= kOffReserved && bit / 8 < tables) // reserved bytes, body: only the CRC sees it
      CHECK(st == RRLD_E_CRC);
  }
}

TEST_CASE("the integrity check at every image size", "[verify][crc]") {
  // Host builds may compute the CRC in blocks (on x86-64, 64 and 16 bytes at
  // a time, then words): images of every size up to a few blocks, and of 5
  // and 80 KiB, with varied contents, against the builder's bitwise CRC, and
  // a flipped bit in the first byte after the header, the middle and the
  // last byte (only the CRC covers these).
  uint32_t seed = 1;
  auto next = [&seed] { return seed = seed * 1103515245u + 12345u; };
  for (uint32_t words = 1; words <= 20480; words = words < 80 ? words + 1 : words * 16) {
    ImageSpec s;
    for (uint32_t i = 0; i < 4 * words; ++i)
      s.ro_body.push_back(uint8_t(next() >> 16));
    const Bytes good = build(s);
    INFO("image size " << good.size());
    CHECK(verify(good) == RRLD_OK);
    const uint32_t size = uint32_t(good.size());
    for (uint32_t at : {uint32_t(RRLD_HEADER_SIZE), (RRLD_HEADER_SIZE + size) / 2, size - 1}) {
      Bytes b = good;
      b[at] ^= uint8_t(1u << (at % 8));
      INFO("bit flipped at " << at);
      CHECK(verify(b) == RRLD_E_CRC);
    }
  }
}

TEST_CASE("stream groups", "[verify][relr]") {
  // RW relocatable words 0..11 (48 bytes once padded); RO words 24..39
  // (ro_size 160, the cursor starts past the 96-byte header).
  ImageSpec s = sample_spec();
  auto rw_ro = [&](const Bytes &st) { return verify(build_raw(s, st, {}, {})); };
  auto rw_rw = [&](const Bytes &st) { return verify(build_raw(s, {}, st, {})); };
  auto ro_ro = [&](const Bytes &st) { return verify(build_raw(s, {}, {}, st)); };
  CHECK(rw_ro({}) == RRLD_OK);
  // One word a group: the head skips words from the cursor, which then
  // passes the word.
  CHECK(rw_ro(head(11, 0)) == RRLD_OK);             // word 11, still RW init (padding)
  CHECK(rw_ro(head(12, 0)) == RRLD_E_RELOC_RANGE);  // .bss never
  CHECK(rw_rw(head(12, 0)) == RRLD_E_RELOC_RANGE);
  CHECK(rw_ro(cat({head(0, 0), head(0, 0), head(9, 0)})) == RRLD_OK);            // 0, 1, 11
  CHECK(rw_ro(cat({head(0, 0), head(0, 0), head(10, 0)})) == RRLD_E_RELOC_RANGE); // 12
  CHECK(ro_ro(head(0, 0)) == RRLD_OK);               // RO word 24, at 96
  CHECK(ro_ro(head(15, 0)) == RRLD_OK);              // RO word 39
  CHECK(ro_ro(head(16, 0)) == RRLD_E_RELOC_RANGE);   // ro_size
  // Runs: the number counts the words from the group's, inclusive; 0 only
  // moves the cursor, even to the end.
  CHECK(rw_ro(cat({head(0, 7), uleb(12)})) == RRLD_OK);
  CHECK(rw_ro(cat({head(0, 7), uleb(13)})) == RRLD_E_RELOC_RANGE);
  CHECK(rw_ro(cat({head(1, 7), uleb(11)})) == RRLD_OK);
  CHECK(rw_ro(cat({head(1, 7), uleb(12)})) == RRLD_E_RELOC_RANGE);
  CHECK(rw_ro(cat({head(12, 7), uleb(0)})) == RRLD_OK);
  CHECK(rw_ro(cat({head(12, 7), uleb(0), head(0, 7), uleb(0)})) == RRLD_OK);
  CHECK(rw_ro(cat({head(13, 7), uleb(0)})) == RRLD_E_RELOC_RANGE);
  CHECK(rw_ro(cat({head(12, 7), uleb(0), head(0, 0)})) == RRLD_E_RELOC_RANGE);
  CHECK(rw_ro(cat({head(0, 7), uleb(0x0FFFFFFF)})) == RRLD_E_RELOC_RANGE); // no wrap
  CHECK(ro_ro(cat({head(0, 7), uleb(16)})) == RRLD_OK);
  CHECK(ro_ro(cat({head(0, 7), uleb(17)})) == RRLD_E_RELOC_RANGE);
  // Bitmap bytes: bit i names the word at where + 4 * i, where just past the
  // group's word; each byte's whole 8-word window lies inside.
  CHECK(rw_ro(cat({head(0, 1), Bytes{0xFF}})) == RRLD_OK);                      // 0..8
  CHECK(rw_ro(cat({head(3, 1), Bytes{0x01}})) == RRLD_OK);                      // window 4..11
  CHECK(rw_ro(cat({head(4, 1), Bytes{0x01}})) == RRLD_E_RELOC_RANGE);           // 5..12
  CHECK(rw_ro(cat({head(0, 1), Bytes{0x00}})) == RRLD_OK);                      // names none
  CHECK(rw_ro(cat({head(0, 1), Bytes{0x01}, head(0, 0), head(1, 0)})) == RRLD_OK); // 0, 1, 9, 11
  CHECK(rw_ro(cat({head(0, 1), Bytes{0x01}, head(3, 0)})) == RRLD_E_RELOC_RANGE); // 12
  CHECK(rw_ro(cat({head(0, 2), Bytes{0x01}})) == RRLD_E_RELOC_RANGE); // a byte short
  CHECK(rw_ro(cat({head(0, 2), Bytes{0x01, 0x01}})) == RRLD_E_RELOC_RANGE); // 1..16 > 12
  CHECK(ro_ro(cat({head(0, 1), Bytes{0x80}, head(6, 0)})) == RRLD_OK); // 24, 32, 39
  // Numbers: at most 4 bytes, inside the stream.
  CHECK(rw_ro(Bytes{0x80, 0x80, 0x80, 0x00}) == RRLD_OK);                // 0, in 4 bytes
  CHECK(rw_ro(Bytes{0x80, 0x80, 0x80, 0x80, 0x00}) == RRLD_E_RELOC_RANGE); // 5 bytes
  CHECK(rw_ro(Bytes{0x80}) == RRLD_E_RELOC_RANGE);                       // cut off
  CHECK(rw_ro(head(0, 7)) == RRLD_E_RELOC_RANGE);                        // no run length
  CHECK(rw_ro(cat({head(0, 7), Bytes{0x81}})) == RRLD_E_RELOC_RANGE);
  CHECK(rw_ro(uleb(0x0FFFFFF8)) == RRLD_E_RELOC_RANGE);                  // far, no wrap
  // The RW->RW stream is checked the same way, and the RO one by the
  // patcher before it writes.
  CHECK(rw_rw(cat({head(0, 7), uleb(13)})) == RRLD_E_RELOC_RANGE);
  Buffer ro(build_raw(s, {}, {}, cat({head(0, 7), uleb(2), head(1, 0)})));
  const Bytes before = ro.bytes();
  CHECK(rrld_verify(ro.data(), ro.size()) == RRLD_OK);
  CHECK(rrld_patch_ro_in_place(ro.data(), ro.size(), s.ro_link_addr + 0x1000) == RRLD_OK);
  CHECK(get32(ro.bytes(), 96) == get32(before, 96) + 0x1000);
  CHECK(get32(ro.bytes(), 100) == get32(before, 100) + 0x1000);
  CHECK(get32(ro.bytes(), 104) == get32(before, 104));
  CHECK(get32(ro.bytes(), 108) == get32(before, 108) + 0x1000);
  Buffer bad(build_raw(s, {}, {}, cat({head(0, 7), uleb(17)})));
  CHECK(rrld_patch_ro_in_place(bad.data(), bad.size(), s.ro_link_addr + 0x1000) ==
        RRLD_E_RELOC_RANGE);
  // A segment with no relocatable words.
  ImageSpec none = sample_spec();
  none.rw_init.clear();
  none.rw_ro.clear();
  none.rw_rw.clear();
  CHECK(verify(build(none)) == RRLD_OK);
  CHECK(verify(build_raw(none, head(0, 0), {}, {})) == RRLD_E_RELOC_RANGE);
  CHECK(verify(build_raw(none, cat({head(0, 7), uleb(0)}), {}, {})) == RRLD_OK);
}

TEST_CASE("the tables' padding and an old format", "[verify]") {
  // The streams are bytes: image_size is their end rounded up to a word.
  ImageSpec s = sample_spec();
  for (uint32_t n = 0; n < 8; ++n) {
    Bytes st;
    for (uint32_t i = 0; i < n; ++i)
      st = cat({st, head(0, 0)}); // words 0, 1, ...
    Bytes b = build_raw(s, st, {}, {});
    INFO("stream bytes " << n);
    CHECK(get32(b, kOffImageSize) % 4 == 0);
    CHECK(verify(b) == RRLD_OK);
    // Padding of 4 bytes or more is a layout error.
    b.resize(b.size() + 4, 0);
    set32(b, kOffImageSize, get32(b, kOffImageSize) + 4);
    fix_crc(b);
    CHECK(verify(b) == RRLD_E_LAYOUT);
  }
  // A format-1 image is refused by its version, not misread.
  CHECK(verify_with(kOffVersion, 1) == RRLD_E_VERSION);
}
