// Image layout, header and integrity check (linker/src/Image.cpp), checked
// against the format spec and against the device relocator's own verifier.
#include "Image.h"
#include "model.h"

#include "rrld/relocator.h"

#include "llvm/BinaryFormat/ELF.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CRC.h"
#include "llvm/Support/Endian.h"

#include <catch2/catch.hpp>

#include <cstring>

using namespace rrld;
using namespace llvm::ELF;
using llvm::support::endian::read32le;
using llvm::support::endian::write32le;

namespace {
// A linked ELF model with real bytes: RO at 0 (header, 0x40 of code, 0x20 of
// rodata), RW at 0x20000000 (dataSize bytes of .data, then bssSize of .bss).
// The layout comes from computeLayout, as in a link, so that the RW padding
// it applies is what the image gets.
struct Built {
  static constexpr uint32_t rwLink = 0x20000000;
  LinkedElf elf;
  ImageLayout layout;
  Classified cls;
  std::vector<uint8_t> image;
  std::vector<uint8_t> file;
  uint32_t dataSize, bssSize;

  explicit Built(uint32_t dataSize = 0x10, uint32_t bssSize = 0x20)
      : dataSize(dataSize), bssSize(bssSize) {
    file.resize(0x200);
    for (size_t i = 0; i < file.size(); ++i)
      file[i] = uint8_t(i * 7 + 3);
    std::fill(file.begin(), file.begin() + 0x60, 0);
    elf.bytes = file;
    addSection(elf, ".rrld_header", SHT_PROGBITS, SHF_ALLOC, 0, 0x60, 0);
    addSection(elf, ".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, 0x60, 0x40, 0x60);
    addSection(elf, ".rodata", SHT_PROGBITS, SHF_ALLOC, 0xa0, 0x20, 0xa0);
    addSection(elf, ".data", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, rwLink, dataSize, 0x100);
    addSection(elf, ".bss", SHT_NOBITS, SHF_ALLOC | SHF_WRITE, rwLink + dataSize, bssSize,
               0x100 + dataSize);
    elf.ro = {0, 0xc0};
    elf.rw = {rwLink, rwLink + dataSize + bssSize};
    elf.rwInitEnd = rwLink + dataSize;
    elf.loads.push_back({rwLink, dataSize + bssSize, dataSize, 0x100, PF_R | PF_W});
    elf.entry = 0x61;
    std::string diags;
    llvm::raw_string_ostream os(diags);
    Ctx ctx(os);
    std::optional<ImageLayout> l = computeLayout(ctx, elf, "model");
    INFO(diags);
    REQUIRE(l);
    REQUIRE(ctx.diag.errorCount() == 0);
    layout = *l;
    cls.roRo = {0xa0, 0xa8, 0xb0};
    cls.rwRo = {0x0};
    cls.rwRw = {0x8};
    Options opts;
    image = buildImage(elf, layout, encodeTables(cls, layout), opts);
  }
  uint32_t rwInitOffset() const { return readHeader(image).ro_size; }
};

// Recomputes an edited image's integrity check, as a writer would.
void reseal(std::vector<uint8_t> &img) {
  write32le(img.data() + RRLD_OFF_CRC32, computeCrc(img));
}

std::string parseError(llvm::ArrayRef<uint8_t> img) {
  auto info = parseImage(img);
  if (info)
    return "";
  return llvm::toString(info.takeError());
}
} // namespace

TEST_CASE("image layout follows the header", "[image]") {
  Built b;
  auto info = parseImage(b.image);
  if (!info)
    FAIL(llvm::toString(info.takeError()));
  const rrld_header &h = info->h;
  CHECK(h.magic == RRLD_MAGIC);
  CHECK(h.version == RRLD_VERSION);
  CHECK(h.ro_size == 0xc0);
  CHECK(h.rw_init_size == 0x10);
  CHECK(h.rw_zero_size == 0x20);
  CHECK(h.ro_align_log2 == 2);
  CHECK(h.rw_align_log2 == 2);
  CHECK(h.align_pad == 0);
  CHECK(h.rw_ro_table_size == 4);
  CHECK(h.rw_rw_table_size == 4);
  CHECK(h.ro_ro_table_size == 8); // address 0xa0, bitmap for 0xa8, 0xb0
  // The parts are back to back: RW initial data at ro_size, then the streams,
  // which end the image.
  CHECK(tablesOffset(h) == 0xd0);
  CHECK(h.image_size == h.ro_size + h.rw_init_size + 4 + 4 + 8);
  CHECK(read32le(b.image.data() + 0xd0) == 0x0);     // RW->RO: word 0
  CHECK(read32le(b.image.data() + 0xd4) == 0x8);     // RW->RW: word 8
  CHECK(read32le(b.image.data() + 0xd8) == 0xa0);    // RO->RO: 0xa0, then
  CHECK(read32le(b.image.data() + 0xdc) == ((0b1010u << 1) | 1)); // 0xa8, 0xb0
  CHECK(h.ro_patched_addr == h.ro_link_addr);
  for (uint8_t r : h.reserved)
    CHECK(r == 0);
  CHECK(info->roRo == b.cls.roRo);
  CHECK(info->rwRo == b.cls.rwRo);
  CHECK(info->rwRw == b.cls.rwRw);
  // RO bytes are the sections' bytes at their offsets; RW follows RO.
  CHECK(b.image[0x60] == b.elf.bytes[0x60]);
  CHECK(b.image[0xbf] == b.elf.bytes[0xbf]);
  CHECK(b.image[0xc0] == b.elf.bytes[0x100]);
  // The device code agrees.
  CHECK(rrld_verify(b.image.data(), uint32_t(b.image.size())) == RRLD_OK);
}

TEST_CASE("the header's fields are at the offsets format.h gives", "[image]") {
  Built b;
  rrld_header h = readHeader(b.image);
  const uint8_t *p = b.image.data();
  CHECK(read32le(p + 0) == RRLD_MAGIC);
  CHECK(read32le(p + 4) == h.crc32);
  CHECK(read32le(p + 8) == RRLD_VERSION);
  CHECK(read32le(p + 16) == b.image.size());
  CHECK(p[20] == h.ro_align_log2);
  CHECK(read32le(p + 24) == 0xc0);
  CHECK(read32le(p + 28) == 0x10);
  CHECK(read32le(p + 44) == 0x20);
  CHECK(read32le(p + 48) == 0x61);
  // writeHeader and readHeader round-trip every byte, the reserved ones too.
  std::vector<uint8_t> copy(RRLD_HEADER_SIZE, 0xee);
  h.reserved[7] = 0x5a;
  writeHeader(copy, h);
  CHECK(copy[RRLD_OFF_RESERVED + 7] == 0x5a);
  rrld_header back = readHeader(copy);
  CHECK(std::memcmp(&back, &h, sizeof(h)) == 0);
  std::vector<uint8_t> again(RRLD_HEADER_SIZE, 0x11);
  writeHeader(again, back);
  CHECK(again == copy);
}

TEST_CASE("the CRC is CRC-32/ISO-HDLC over the image after the crc32 field", "[image]") {
  // docs/format.md's check value.
  CHECK(llvm::crc32(llvm::arrayRefFromStringRef("123456789")) == 0xCBF43926u);
  Built b;
  rrld_header h = readHeader(b.image);
  // [RRLD_CRC_START, image_size): neither the magic nor the crc32 field.
  CHECK(RRLD_CRC_START == RRLD_OFF_CRC32 + 4);
  CHECK(h.crc32 == llvm::crc32(llvm::ArrayRef<uint8_t>(b.image).drop_front(RRLD_CRC_START)));
  CHECK(computeCrc(b.image) == h.crc32);
  // Bytes past image_size are not covered.
  std::vector<uint8_t> longer = b.image;
  longer.push_back(0x42);
  CHECK(computeCrc(longer) == h.crc32);
}

TEST_CASE("every byte is covered by the integrity check", "[image]") {
  for (auto [data, bss] : {std::pair{0x10u, 0x20u}, std::pair{0x14u, 0x4u}}) {
    Built b(data, bss);
    for (size_t i = 0; i < b.image.size(); ++i) {
      std::vector<uint8_t> bad = b.image;
      bad[i] ^= 0x10;
      INFO("RW " << data << "+" << bss << ", byte " << i);
      CHECK_FALSE(static_cast<bool>(parseImage(bad)));
      CHECK(rrld_verify(bad.data(), uint32_t(bad.size())) != RRLD_OK);
    }
  }
}

TEST_CASE("an image verifies after its RO part is patched, not half way", "[image]") {
  Built b;
  const uint32_t ro = 0x08004000;
  std::vector<uint8_t> patched = b.image;
  REQUIRE(rrld_patch_ro_in_place(patched.data(), uint32_t(patched.size()), ro) == RRLD_OK);
  auto info = parseImage(patched);
  REQUIRE(static_cast<bool>(info));
  CHECK(info->h.ro_patched_addr == ro);
  for (uint32_t off : b.cls.roRo)
    CHECK(read32le(patched.data() + off) == read32le(b.image.data() + off) + ro);
  // Host and device compute the same check over the patched image, which
  // the patch rewrote.
  CHECK(computeCrc(patched) == info->h.crc32);
  CHECK(info->h.crc32 != readHeader(b.image).crc32);

  // Half a patch: one word moved, the header not updated.
  std::vector<uint8_t> half = b.image;
  write32le(half.data() + 0xa8, read32le(half.data() + 0xa8) + ro);
  CHECK_FALSE(static_cast<bool>(parseImage(half)));
  CHECK(rrld_verify(half.data(), uint32_t(half.size())) == RRLD_E_CRC);
}

TEST_CASE("truncated images are refused at every length", "[image]") {
  Built b;
  for (size_t n = 0; n < b.image.size(); ++n) {
    llvm::ArrayRef<uint8_t> cut(b.image.data(), n);
    INFO("length " << n);
    CHECK_FALSE(static_cast<bool>(parseImage(cut)));
  }
}

TEST_CASE("RW initial data is padded with zeros to a multiple of 16", "[image]") {
  // Unpadded: 0x14 bytes of .data, then 0x20 of .bss (0x34 bytes of RW).
  Built b(0x14, 0x20);
  CHECK(b.layout.rwInitSize == 0x20);
  CHECK(b.layout.rwZeroSize == 0x14);
  auto info = parseImage(b.image);
  if (!info)
    FAIL(llvm::toString(info.takeError()));
  const rrld_header &h = info->h;
  CHECK(h.rw_init_size % RRLD_RW_INIT_ALIGN == 0);
  CHECK(h.rw_init_size == 0x20);
  CHECK(h.rw_init_size + h.rw_zero_size == 0x34); // RW as big as linked
  CHECK(h.image_size == h.ro_size + h.rw_init_size + h.rw_ro_table_size +
                            h.rw_rw_table_size + h.ro_ro_table_size);
  // The data, then zeros up to the padded size; the streams right after.
  uint32_t rw = b.rwInitOffset();
  for (uint32_t i = 0; i < 0x14; ++i)
    CHECK(b.image[rw + i] == b.elf.bytes[0x100 + i]);
  for (uint32_t i = 0x14; i < 0x20; ++i) {
    INFO("RW byte " << i);
    CHECK(b.image[rw + i] == 0);
  }
  CHECK(tablesOffset(h) == rw + 0x20);
  CHECK(read32le(b.image.data() + tablesOffset(h)) == 0x0); // RW->RO's one entry
  CHECK(rrld_verify(b.image.data(), uint32_t(b.image.size())) == RRLD_OK);

  // .bss shorter than the padding: the padding covers it and more, and
  // nothing is left to zero.
  Built s(0x14, 0x4);
  CHECK(s.layout.rwInitSize == 0x20);
  CHECK(s.layout.rwZeroSize == 0);
  rrld_header hs = readHeader(s.image);
  CHECK(hs.rw_init_size % RRLD_RW_INIT_ALIGN == 0);
  CHECK(hs.rw_init_size + hs.rw_zero_size >= 0x18);
  CHECK(static_cast<bool>(parseImage(s.image)));

  // Already a multiple of 16: nothing added.
  Built a(0x10, 0x20);
  CHECK(readHeader(a.image).rw_init_size == 0x10);
  CHECK(readHeader(a.image).rw_zero_size == 0x20);

  // Installed at 0x08000000 and loaded by the device code into RAM full of
  // garbage: RW holds the data (with its two relocated words) and zeros
  // from the unpadded end on.
  std::vector<uint8_t> installed = b.image;
  REQUIRE(rrld_patch_ro_in_place(installed.data(), uint32_t(installed.size()), 0x08000000) ==
          RRLD_OK);
  alignas(8) uint8_t ram[0x1000];
  std::memset(ram, 0xa5, sizeof(ram));
  rrld_load_args la{};
  la.image = installed.data();
  la.image_len = uint32_t(installed.size());
  la.ro_addr = 0x08000000;
  la.ram = ram;
  la.ram_len = sizeof(ram);
  la.ram_addr = 0x20010000;
  rrld_load_result res{};
  REQUIRE(rrld_load(&la, &res) == RRLD_OK);
  REQUIRE(res.rw_addr >= la.ram_addr);
  const uint8_t *rwRam = ram + (res.rw_addr - la.ram_addr);
  CHECK(read32le(rwRam + 0) == read32le(b.elf.bytes.data() + 0x100) + la.ro_addr);
  CHECK(read32le(rwRam + 8) == read32le(b.elf.bytes.data() + 0x108) + (res.rw_addr - Built::rwLink));
  for (uint32_t i = 4; i < 0x14; ++i)
    if (i < 8 || i >= 12)
      CHECK(rwRam[i] == b.elf.bytes[0x100 + i]);
  for (uint32_t i = 0x14; i < 0x34; ++i) {
    INFO("RW byte " << i);
    CHECK(rwRam[i] == 0);
  }
  CHECK(res.app_break >= res.rw_addr + 0x34);
}

TEST_CASE("the checker rejects a bitmap naming a word past the segment end", "[image]") {
  Built b;
  // The RO->RO stream is address 0xa0, then a bitmap for 0xa8 and 0xb0 from
  // the cursor 0xa4; its window [0xa4, 0x120) passes RO's end (0xc0), which
  // is fine while its bits stay inside.  Bit 28 names 0xa4 + 4 * 27 = 0x110.
  rrld_header h = readHeader(b.image);
  REQUIRE(h.ro_ro_table_size == 8);
  std::vector<uint8_t> bad = b.image;
  uint32_t ro = tablesOffset(h) + h.rw_ro_table_size + h.rw_rw_table_size;
  REQUIRE(read32le(bad.data() + ro + 4) == (((0b1010u) << 1) | 1));
  write32le(bad.data() + ro + 4, ((0b1010u | 1u << 27) << 1) | 1);
  reseal(bad);
  std::string err = parseError(bad);
  CHECK_THAT(err, Catch::Contains("RO->RO table") && Catch::Contains("bitmap") &&
                      Catch::Contains("past the end"));
  CHECK(rrld_verify(bad.data(), uint32_t(bad.size())) == RRLD_E_RELOC_RANGE);
  // The first word past RO's end (0xc0, bit 7) is out too; the last word
  // of RO (0xbc, bit 6) is inside.
  write32le(bad.data() + ro + 4, ((0b1010u | 1u << 7) << 1) | 1);
  reseal(bad);
  CHECK_FALSE(parseError(bad).empty());
  CHECK(rrld_verify(bad.data(), uint32_t(bad.size())) == RRLD_E_RELOC_RANGE);
  write32le(bad.data() + ro + 4, ((0b1010u | 1u << 6) << 1) | 1);
  reseal(bad);
  CHECK(parseError(bad) == "");
  CHECK(rrld_verify(bad.data(), uint32_t(bad.size())) == RRLD_OK);
}

TEST_CASE("the checker names each bad header field", "[image]") {
  Built b;
  auto edited = [&](auto edit) {
    std::vector<uint8_t> img = b.image;
    REQUIRE(img.size() >= RRLD_HEADER_SIZE);
    edit(img.data());
    reseal(img);
    return img;
  };
  // The largest alignment the format allows is accepted; one more is not.
  auto a17 = edited([](uint8_t *p) { p[RRLD_OFF_RW_ALIGN_LOG2] = 17; });
  CHECK(parseError(a17) == "");
  CHECK(rrld_verify(a17.data(), uint32_t(a17.size())) == RRLD_OK);
  CHECK_THAT(parseError(edited([](uint8_t *p) { p[RRLD_OFF_RO_ALIGN_LOG2] = 18; })),
             Catch::Contains("ro_align_log2 is 18"));
  CHECK_THAT(parseError(edited([](uint8_t *p) { p[RRLD_OFF_RW_ALIGN_LOG2] = 1; })),
             Catch::Contains("rw_align_log2 is 1"));
  CHECK_THAT(parseError(edited([](uint8_t *p) { p[RRLD_OFF_ALIGN_PAD + 1] = 1; })),
             Catch::Contains("align_pad"));
  CHECK_THAT(parseError(edited([](uint8_t *p) { write32le(p + RRLD_OFF_VERSION, 0x10001); })),
             Catch::Contains("version 65537"));
  CHECK_THAT(parseError(edited([](uint8_t *p) { write32le(p + RRLD_OFF_STACK_SIZE, 2044); })),
             Catch::Contains("stack_size 2044"));
  // Moving 4 bytes from RO to RW keeps the sum but not the 16-byte multiple.
  CHECK_THAT(parseError(edited([](uint8_t *p) {
               write32le(p + RRLD_OFF_RO_SIZE, 0xbc);
               write32le(p + RRLD_OFF_RW_INIT_SIZE, 0x14);
             })),
             Catch::Contains("rw_init_size 20 is not a multiple of 16"));
  // Sizes that do not add up, and ones that add up only modulo 2^32.
  CHECK_THAT(parseError(edited([](uint8_t *p) { write32le(p + RRLD_OFF_RW_INIT_SIZE, 0); })),
             Catch::Contains("do not add up"));
  CHECK_THAT(parseError(edited([](uint8_t *p) {
               write32le(p + RRLD_OFF_RW_RO_TABLE_SIZE, 0xfffffffc);
               write32le(p + RRLD_OFF_RW_RW_TABLE_SIZE, 0x8);
             })),
             Catch::Contains("do not add up"));
  CHECK_THAT(parseError(edited([](uint8_t *p) { write32le(p + RRLD_OFF_ENTRY, 0x21); })),
             Catch::Contains("entry point 0x21"));
  // Reserved bytes: loaders ignore them, rrld's checker names them.
  auto res = edited([](uint8_t *p) { p[RRLD_OFF_RESERVED + 3] = 0x80; });
  CHECK_THAT(parseError(res), Catch::Contains("reserved header byte 79"));
  CHECK(rrld_verify(res.data(), uint32_t(res.size())) == RRLD_OK);
}
