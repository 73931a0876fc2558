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

using namespace rrld;
using namespace llvm::ELF;
using llvm::support::endian::read32le;
using llvm::support::endian::write32le;

namespace {
// A linked ELF model with real bytes: RO at 0 (header, 0x40 of code, 0x20 of
// rodata), RW at 0x20000000 (0x10 data, 0x20 bss).
struct Built {
  LinkedElf elf;
  ImageLayout layout;
  Classified cls;
  std::vector<uint8_t> image;
  std::vector<uint8_t> file;

  Built() {
    file.resize(0x200);
    for (size_t i = 0; i < file.size(); ++i)
      file[i] = uint8_t(i * 7 + 3);
    std::fill(file.begin(), file.begin() + 0x60, 0);
    elf.bytes = file;
    addSection(elf, ".rrld_header", SHT_PROGBITS, SHF_ALLOC, 0, 0x60, 0);
    addSection(elf, ".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, 0x60, 0x40, 0x60);
    addSection(elf, ".rodata", SHT_PROGBITS, SHF_ALLOC, 0xa0, 0x20, 0xa0);
    addSection(elf, ".data", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, 0x20000000, 0x10, 0x100);
    addSection(elf, ".bss", SHT_NOBITS, SHF_ALLOC | SHF_WRITE, 0x20000010, 0x20, 0x110);
    elf.ro = {0, 0xc0};
    elf.rw = {0x20000000, 0x20000030};
    elf.rwInitEnd = 0x20000010;
    layout.roLink = 0;
    layout.roSize = 0xc0;
    layout.rwLink = 0x20000000;
    layout.rwInitSize = 0x10;
    layout.rwZeroSize = 0x20;
    layout.entry = 0x61;
    cls.roRo = {0xa0, 0xa8, 0xb0};
    cls.rwRo = {0x0};
    cls.rwRw = {0x8};
    Options opts;
    image = buildImage(elf, layout, encodeTables(cls), opts);
  }
};
} // namespace

TEST_CASE("image layout follows the header", "[image]") {
  Built b;
  auto info = parseImage(b.image);
  REQUIRE(static_cast<bool>(info));
  const rrld_header &h = info->h;
  CHECK(h.magic == RRLD_MAGIC);
  CHECK(h.ro_size == 0xc0);
  CHECK(h.rw_init_offset == 0xc0);
  CHECK(h.rw_init_size == 0x10);
  CHECK(h.rw_zero_size == 0x20);
  CHECK(h.tables_offset == 0xd0);
  CHECK(h.rw_ro_table_size == 4);
  CHECK(h.rw_rw_table_size == 4);
  CHECK(h.ro_ro_table_size == 8); // address 0xa0, bitmap for 0xa8, 0xb0
  CHECK(h.image_size == 0xd0 + 16);
  CHECK(h.ro_patched_addr == h.ro_link_addr);
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

TEST_CASE("the CRC is CRC-32/ISO-HDLC over the image with the crc32 field zeroed", "[image]") {
  // docs/format.md's check value.
  CHECK(llvm::crc32(llvm::arrayRefFromStringRef("123456789")) == 0xCBF43926u);
  Built b;
  rrld_header h = readHeader(b.image);
  std::vector<uint8_t> plain = b.image;
  write32le(plain.data() + RRLD_OFF_CRC32, 0);
  CHECK(h.crc32 == llvm::crc32(plain));
}

TEST_CASE("every byte is covered by the integrity check", "[image]") {
  Built b;
  for (size_t i = 0; i < b.image.size(); ++i) {
    std::vector<uint8_t> bad = b.image;
    bad[i] ^= 0x10;
    INFO("byte " << i);
    CHECK_FALSE(static_cast<bool>(parseImage(bad)));
    CHECK(rrld_verify(bad.data(), uint32_t(bad.size())) != RRLD_OK);
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
