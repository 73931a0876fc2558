// rrld_verify: header checks in docs/format.md's order, truncation, the
// integrity check, stream entries.
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

TEST_CASE("builder RELR encoding round-trips", "[verify][builder]") {
  std::vector<uint32_t> offs = {0, 4, 8, 128, 132, 400, 404 + 4 * 30, 404 + 4 * 31, 4000};
  CHECK(decode_relr(encode_relr(offs)) == offs);
  std::vector<uint32_t> dense;
  for (uint32_t i = 0; i < 64; ++i)
    dense.push_back(4 * i);
  auto enc = encode_relr(dense);
  CHECK(enc.size() == 4); // 0, then 31 + 31 + 1 words in three bitmaps
  CHECK(decode_relr(enc) == dense);
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
  CHECK(verify_with(kOffVersion, 2) == RRLD_E_VERSION);
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
  for (uint32_t off : {kOffRoSize, kOffRwInitSize, kOffRwRoTableSize, kOffRwRwTableSize,
                       kOffRoRoTableSize}) {
    INFO("field " << off);
    CHECK(verify_with(off, get32(b, off) + 2) == RRLD_E_ALIGN);
    CHECK(verify_with(off, get32(b, off) + 1) == RRLD_E_ALIGN);
  }
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
  // A bad stream entry without a correct CRC is a CRC error.
  ImageSpec s = sample_spec();
  b = build_raw(s, {8, 0}, {}, {});
  CHECK(verify(b) == RRLD_E_RELOC_ORDER);
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

TEST_CASE("stream order", "[verify][relr]") {
  ImageSpec s = sample_spec();
  CHECK(verify(build_raw(s, {8, 4}, {}, {})) == RRLD_E_RELOC_ORDER);   // decreasing
  CHECK(verify(build_raw(s, {8, 8}, {}, {})) == RRLD_E_RELOC_ORDER);   // repeated
  CHECK(verify(build_raw(s, {8, 12}, {}, {})) == RRLD_OK);
  // A stream may begin with a bitmap: its words count from the segment's
  // first relocatable word (RW 0, RO 96).
  ImageSpec big = sample_spec();
  big.rw_init.assign(4 * 80, 0);
  big.ro_body.assign(4 * 40, 0);
  CHECK(verify(build_raw(big, {3}, {}, {})) == RRLD_OK);
  CHECK(verify(build_raw(big, {}, {1}, {})) == RRLD_OK);
  Buffer ro(build_raw(big, {}, {}, {0x7}));
  const Bytes before = ro.bytes();
  CHECK(rrld_verify(ro.data(), ro.size()) == RRLD_OK);
  CHECK(rrld_patch_ro_in_place(ro.data(), ro.size(), s.ro_link_addr + 0x1000) == RRLD_OK);
  CHECK(get32(ro.bytes(), 96) == get32(before, 96) + 0x1000);
  CHECK(get32(ro.bytes(), 100) == get32(before, 100) + 0x1000);
  CHECK(get32(ro.bytes(), 104) == get32(before, 104));
  // After a bitmap the cursor has moved 31 words on.
  CHECK(verify(build_raw(big, {0, 1 | 2, 4 * 32}, {}, {})) == RRLD_OK);
  CHECK(verify(build_raw(big, {0, 1 | 2, 4 * 31}, {}, {})) == RRLD_E_RELOC_ORDER);
  CHECK(verify(build_raw(big, {0, 1, 1, 4 * 62}, {}, {})) == RRLD_E_RELOC_ORDER);
  CHECK(verify(build_raw(big, {0, 1, 1, 4 * 63}, {}, {})) == RRLD_OK); // 4 + 2 * 124
  // Empty bitmaps are allowed; the other streams too.
  CHECK(verify(build_raw(big, {}, {0, 1}, {96, 1})) == RRLD_OK);
}

TEST_CASE("stream range", "[verify][relr]") {
  ImageSpec s = sample_spec(); // rw_init 48 bytes once padded, ro_size 160
  CHECK(verify(build_raw(s, {44}, {}, {})) == RRLD_OK); // padding, still RW init
  CHECK(verify(build_raw(s, {48}, {}, {})) == RRLD_E_RELOC_RANGE); // .bss never
  CHECK(verify(build_raw(s, {}, {0xFFFFFFFCu}, {})) == RRLD_E_RELOC_RANGE);
  CHECK(verify(build_raw(s, {2}, {}, {})) == RRLD_E_RELOC_RANGE);  // misaligned
  CHECK(verify(build_raw(s, {0xFFFFFFFEu}, {}, {})) == RRLD_E_RELOC_RANGE);
  // The RO cursor starts past the header: a word in it is behind the cursor.
  CHECK(verify(build_raw(s, {}, {}, {92})) == RRLD_E_RELOC_ORDER);
  CHECK(verify(build_raw(s, {}, {}, {0})) == RRLD_E_RELOC_ORDER);
  CHECK(verify(build_raw(s, {}, {}, {156})) == RRLD_OK);
  CHECK(verify(build_raw(s, {}, {}, {160})) == RRLD_E_RELOC_RANGE);
  // Bitmaps: every word named lies in the segment; the highest set bit
  // decides.  RW words are 0..44: after 0, the bitmap covers 4..124; bit 11
  // is word 44, bit 12 word 48.
  CHECK(verify(build_raw(s, {0, 1u | 1u << 11}, {}, {})) == RRLD_OK);
  CHECK(verify(build_raw(s, {0, 1u | 1u << 12}, {}, {})) == RRLD_E_RELOC_RANGE);
  CHECK(verify(build_raw(s, {0, 0xFFFFFFFFu}, {}, {})) == RRLD_E_RELOC_RANGE);
  CHECK(verify(build_raw(s, {44, 1u | 1u << 1}, {}, {})) == RRLD_E_RELOC_RANGE);
  CHECK(verify(build_raw(s, {44, 1}, {}, {})) == RRLD_OK); // empty, where = 48 = S
  CHECK(verify(build_raw(s, {1u | 1u << 12}, {}, {})) == RRLD_OK); // first, word 44
  CHECK(verify(build_raw(s, {}, {}, {96, 1u | 1u << 15})) == RRLD_OK);          // RO word 156
  CHECK(verify(build_raw(s, {}, {}, {96, 1u | 1u << 16})) == RRLD_E_RELOC_RANGE); // 160
  // The cursor moves on 31 words even past the end; then nothing is valid,
  // not even an empty bitmap (a bitmap needs where <= S).
  CHECK(verify(build_raw(s, {0, 3, 1}, {}, {})) == RRLD_E_RELOC_RANGE);
  CHECK(verify(build_raw(s, {0, 3, 3}, {}, {})) == RRLD_E_RELOC_RANGE);
  CHECK(verify(build_raw(s, {0, 3, 44}, {}, {})) == RRLD_E_RELOC_ORDER);
  CHECK(verify(build_raw(s, {0, 3, 0x400}, {}, {})) == RRLD_E_RELOC_RANGE);
  ImageSpec big = sample_spec();
  big.rw_init.assign(4 * 32, 0); // 128 bytes: windows [0, 124) and [4, 128) fit
  CHECK(verify(build_raw(big, {0xFFFFFFFFu}, {}, {})) == RRLD_OK);
  CHECK(verify(build_raw(big, {0, 0xFFFFFFFFu}, {}, {})) == RRLD_OK);
  CHECK(verify(build_raw(big, {4, 3}, {}, {})) == RRLD_OK);             // [8, 132): word 8
  CHECK(verify(build_raw(big, {4, 1u | 1u << 30}, {}, {})) == RRLD_OK);  // word 124
  CHECK(verify(build_raw(big, {4, 1u | 1u << 31}, {}, {})) == RRLD_E_RELOC_RANGE); // 128
  CHECK(verify(build_raw(big, {3, 1}, {}, {})) == RRLD_OK); // [124, 248): where 124 <= 128
  CHECK(verify(build_raw(big, {3, 3}, {}, {})) == RRLD_OK); // word 124
  CHECK(verify(build_raw(big, {3, 5}, {}, {})) == RRLD_E_RELOC_RANGE); // word 128
  CHECK(verify(build_raw(big, {3, 1, 1}, {}, {})) == RRLD_E_RELOC_RANGE); // where 248 > 128
  // A segment with no relocatable words.
  ImageSpec none = sample_spec();
  none.rw_init.clear();
  none.rw_ro.clear();
  none.rw_rw.clear();
  CHECK(verify(build(none)) == RRLD_OK);
  CHECK(verify(build_raw(none, {0}, {}, {})) == RRLD_E_RELOC_RANGE);
  CHECK(verify(build_raw(none, {1}, {}, {})) == RRLD_OK); // an empty bitmap names nothing
  CHECK(verify(build_raw(none, {3}, {}, {})) == RRLD_E_RELOC_RANGE);
}
