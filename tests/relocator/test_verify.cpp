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
  ImageSpec padded = sample_spec();
  padded.ro_pad = 8;
  padded.rw_pad = 4;
  CHECK(verify(build(padded)) == RRLD_OK);
  // A buffer longer than the image is fine.
  Bytes b = build(sample_spec());
  Buffer buf(b, 64);
  CHECK(rrld_verify(buf.data(), buf.size() + 64) == RRLD_OK);
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

TEST_CASE("header identity, flags, reserved", "[verify]") {
  CHECK(verify_with(0, 0x444C5253u) == RRLD_E_MAGIC);
  CHECK(verify_with(4, 96u << 16 | 2) == RRLD_E_VERSION);
  CHECK(verify_with(4, 95u << 16 | 1) == RRLD_E_HEADER_SIZE);
  CHECK(verify_with(8, 1) == RRLD_E_FLAGS);
  CHECK(verify_with(8, 0x80000000u) == RRLD_E_FLAGS);
  Bytes b = build(sample_spec());
  CHECK(verify_with(36, get32(b, 36) | 1u << 16) == RRLD_E_RESERVED); // reserved0
  CHECK(verify_with(84, 1) == RRLD_E_RESERVED);
  CHECK(verify_with(88, 0x100) == RRLD_E_RESERVED);
  CHECK(verify_with(92, 0x80000000u) == RRLD_E_RESERVED);
}

TEST_CASE("alignment fields", "[verify]") {
  Bytes b = build(sample_spec());
  const uint32_t aligns = get32(b, 36);
  CHECK(verify_with(36, (aligns & ~0xFFu) | 1) == RRLD_E_ALIGN);
  CHECK(verify_with(36, (aligns & ~0xFFu) | 17) == RRLD_E_ALIGN);
  CHECK(verify_with(36, (aligns & ~0xFFu) | 16) == RRLD_OK);
  CHECK(verify_with(36, (aligns & ~0xFF00u) | 1u << 8) == RRLD_E_ALIGN);
  CHECK(verify_with(36, (aligns & ~0xFF00u) | 200u << 8) == RRLD_E_ALIGN);
  CHECK(verify_with(48, 4) == RRLD_E_ALIGN); // stack_size
  CHECK(verify_with(48, 8) == RRLD_OK);
  for (uint32_t off : {20u, 24u, 28u, 68u, 72u, 76u, 80u}) {
    INFO("field " << off);
    CHECK(verify_with(off, get32(b, off) + 2) == RRLD_E_ALIGN);
  }
}

TEST_CASE("layout", "[verify]") {
  Bytes b = build(sample_spec());
  const uint32_t ro_size = get32(b, 20), rw_off = get32(b, 24), tables = get32(b, 68);
  CHECK(verify_with(20, 92) == RRLD_E_LAYOUT);              // RO smaller than the header
  CHECK(verify_with(20, rw_off + 4) == RRLD_E_LAYOUT);      // RO over RW init
  CHECK(verify_with(24, tables + 4) == RRLD_E_LAYOUT);      // RW init after the tables
  CHECK(verify_with(28, get32(b, 28) + 4) == RRLD_E_LAYOUT); // RW init over the tables
  CHECK(verify_with(68, get32(b, 12) + 4) == RRLD_E_LAYOUT); // tables past the end
  CHECK(verify_with(72, get32(b, 72) + 4) == RRLD_E_LAYOUT); // streams past the end
  CHECK(verify_with(80, get32(b, 80) - 4) == RRLD_E_LAYOUT); // streams short of the end
  CHECK(verify_with(72, 0xFFFFFFFCu) == RRLD_E_LAYOUT);      // sizes that wrap
  CHECK(verify_with(76, 0xFFFFFFFCu) == RRLD_E_LAYOUT);
  CHECK(verify_with(28, 0xFFFFFFFCu) == RRLD_E_LAYOUT);
  CHECK(verify_with(20, 0xFFFFFFFCu) == RRLD_E_LAYOUT);
  (void)ro_size;
}

TEST_CASE("entry point", "[verify]") {
  Bytes b = build(sample_spec());
  const uint32_t ro_size = get32(b, 20);
  CHECK(verify_with(40, 96 + 8) == RRLD_E_ENTRY);      // not Thumb
  CHECK(verify_with(40, 95) == RRLD_E_ENTRY);          // in the header
  CHECK(verify_with(40, 1) == RRLD_E_ENTRY);
  CHECK(verify_with(40, ro_size + 1) == RRLD_E_ENTRY); // past RO
  CHECK(verify_with(40, 0xFFFFFFFFu) == RRLD_E_ENTRY);
  CHECK(verify_with(40, 97) == RRLD_OK);
  CHECK(verify_with(40, ro_size - 1) == RRLD_OK);
}

TEST_CASE("the first failing check decides, in the specified order", "[verify]") {
  Bytes b = build(sample_spec());
  b[200 % b.size()] ^= 1; // CRC broken too
  set32(b, 0, 0);
  CHECK(verify(b) == RRLD_E_MAGIC);
  b = build(sample_spec());
  set32(b, 12, get32(b, 12) + 1000); // truncated beats everything
  set32(b, 0, 0);
  CHECK(verify(b) == RRLD_E_TRUNCATED);
  b = build(sample_spec());
  set32(b, 40, 0); // entry, before the CRC
  CHECK(verify(b) == RRLD_E_ENTRY);
  // A bad stream entry without a correct CRC is a CRC error.
  ImageSpec s = sample_spec();
  b = build_raw(s, {8, 0}, {}, {});
  CHECK(verify(b) == RRLD_E_RELOC_ORDER);
  b[get32(b, 68)] ^= 0x10;
  CHECK(verify(b) == RRLD_E_CRC);
}

TEST_CASE("every bit flip in the image is caught", "[verify][crc]") {
  const Bytes good = build(sample_spec());
  for (uint32_t bit = 0; bit < good.size() * 8; ++bit) {
    Bytes b = good;
    b[bit / 8] ^= uint8_t(1u << (bit % 8));
    INFO("bit " << bit);
    rrld_status st = verify(b);
    CHECK(st != RRLD_OK);
    if (bit / 8 >= 96 && bit / 8 < get32(good, 68)) // body: only the CRC can see it
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
  CHECK(verify(build_raw(s, {3}, {}, {})) == RRLD_OK);
  CHECK(verify(build_raw(s, {}, {1}, {})) == RRLD_OK);
  Buffer ro(build_raw(s, {}, {}, {0x7}));
  const Bytes before = ro.bytes();
  CHECK(rrld_verify(ro.data(), ro.size()) == RRLD_OK);
  CHECK(rrld_patch_ro_in_place(ro.data(), ro.size(), s.ro_link_addr + 0x1000) == RRLD_OK);
  CHECK(get32(ro.bytes(), 96) == get32(before, 96) + 0x1000);
  CHECK(get32(ro.bytes(), 100) == get32(before, 100) + 0x1000);
  CHECK(get32(ro.bytes(), 104) == get32(before, 104));
  // After a bitmap the cursor has moved 31 words on.
  ImageSpec big = sample_spec();
  big.rw_init.assign(4 * 80, 0);
  CHECK(verify(build_raw(big, {0, 1 | 2, 4 * 32}, {}, {})) == RRLD_OK);
  CHECK(verify(build_raw(big, {0, 1 | 2, 4 * 31}, {}, {})) == RRLD_E_RELOC_ORDER);
  CHECK(verify(build_raw(big, {0, 1, 1, 4 * 62}, {}, {})) == RRLD_E_RELOC_ORDER);
  CHECK(verify(build_raw(big, {0, 1, 1, 4 * 63}, {}, {})) == RRLD_OK); // 4 + 2 * 124
  // Empty bitmaps are allowed; the other streams too.
  CHECK(verify(build_raw(big, {}, {0, 1}, {96, 1, 1})) == RRLD_OK);
}

TEST_CASE("stream range", "[verify][relr]") {
  ImageSpec s = sample_spec(); // rw_init 40 bytes, ro_size 160
  CHECK(verify(build_raw(s, {36}, {}, {})) == RRLD_OK);
  CHECK(verify(build_raw(s, {40}, {}, {})) == RRLD_E_RELOC_RANGE); // .bss never
  CHECK(verify(build_raw(s, {}, {0xFFFFFFFCu}, {})) == RRLD_E_RELOC_RANGE);
  CHECK(verify(build_raw(s, {2}, {}, {})) == RRLD_E_RELOC_RANGE);  // misaligned
  // The RO cursor starts past the header: a word in it is behind the cursor.
  CHECK(verify(build_raw(s, {}, {}, {92})) == RRLD_E_RELOC_ORDER);
  CHECK(verify(build_raw(s, {}, {}, {0})) == RRLD_E_RELOC_ORDER);
  CHECK(verify(build_raw(s, {}, {}, {156})) == RRLD_OK);
  CHECK(verify(build_raw(s, {}, {}, {160})) == RRLD_E_RELOC_RANGE);
  // Bitmaps: the highest set bit decides.  RW words are 0..36: after 0, the
  // bitmap covers 4..124; bit 9 is word 36, bit 10 word 40.
  CHECK(verify(build_raw(s, {0, 1u | 1u << 9}, {}, {})) == RRLD_OK);
  CHECK(verify(build_raw(s, {0, 1u | 1u << 10}, {}, {})) == RRLD_E_RELOC_RANGE);
  CHECK(verify(build_raw(s, {0, 0xFFFFFFFFu}, {}, {})) == RRLD_E_RELOC_RANGE);
  CHECK(verify(build_raw(s, {36, 1u | 1u << 1}, {}, {})) == RRLD_E_RELOC_RANGE);
  CHECK(verify(build_raw(s, {36, 1}, {}, {})) == RRLD_OK); // empty bitmap past the end
  // A segment with no relocatable words.
  ImageSpec none = sample_spec();
  none.rw_init.clear();
  none.rw_ro.clear();
  none.rw_rw.clear();
  CHECK(verify(build(none)) == RRLD_OK);
  CHECK(verify(build_raw(none, {0}, {}, {})) == RRLD_E_RELOC_RANGE);
}

TEST_CASE("a cursor driven past 2^32 by empty bitmaps does not wrap", "[verify][relr]") {
  ImageSpec s = sample_spec();
  // 0xFFFFFF00 would be out of range anyway; what matters is that the
  // saturated cursor rejects every later address entry as out of order.
  std::vector<uint32_t> t = {36};
  for (int i = 0; i < 8; ++i)
    t.push_back(1);
  t.push_back(4);
  CHECK(verify(build_raw(s, t, {}, {})) == RRLD_E_RELOC_ORDER);
}
