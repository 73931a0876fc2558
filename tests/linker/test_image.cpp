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
#include <iterator>

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

  // The linked ELF alone.
  static LinkedElf model(uint32_t dataSize, uint32_t bssSize) {
    LinkedElf elf;
    std::vector<uint8_t> file(0x200);
    for (size_t i = 0; i < file.size(); ++i)
      file[i] = uint8_t(i * 7 + 3);
    std::fill(file.begin(), file.begin() + 0x60, 0);
    // The model owns its bytes, as a LinkedElf read from a file does.
    elf.buffer = llvm::MemoryBuffer::getMemBufferCopy(
        llvm::StringRef(reinterpret_cast<const char *>(file.data()), file.size()));
    elf.bytes = llvm::arrayRefFromStringRef(elf.buffer->getBuffer());
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
    return elf;
  }

  explicit Built(uint32_t dataSize = 0x10, uint32_t bssSize = 0x20)
      : elf(model(dataSize, bssSize)), dataSize(dataSize), bssSize(bssSize) {
    file = elf.bytes;
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
    image = buildImage(elf, layout, cantFail(encodeTables(cls, layout)), opts);
  }
  uint32_t rwInitOffset() const { return readHeader(image).ro_size; }
};

// computeLayout's diagnostics for a model ELF, "" when it accepts it.
std::string layoutErrors(const LinkedElf &elf) {
  std::string diags;
  llvm::raw_string_ostream os(diags);
  Ctx ctx(os);
  std::optional<ImageLayout> l = computeLayout(ctx, elf, "model");
  if (!l && diags.empty())
    return "no layout, and no diagnostic";
  return ctx.diag.errorCount() ? diags : "";
}

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
  CHECK(h.ro_align_pad == 0);
  CHECK(h.rw_align_pad == 0);
  // RW->RO: the word at 0 (a head: skip 0 words, no bitmap byte).
  CHECK(h.rw_ro_table_size == 1);
  // RW->RW: the word at 8, 2 words on.
  CHECK(h.rw_rw_table_size == 1);
  // RO->RO: 0xa0, 16 words past the header (a 2-byte head), then 0xa8 and
  // 0xb0 one word on each: a bitmap byte's window after 0xa0, [0xa4, 0xc4),
  // would pass RO's end (0xc0).
  CHECK(h.ro_ro_table_size == 4);
  // The parts are back to back: RW initial data at ro_size, then the streams
  // and zeros up to a word, which end the image.
  CHECK(tablesOffset(h) == 0xd0);
  CHECK(h.image_size == h.ro_size + h.rw_init_size + 8);
  const std::vector<uint8_t> tables(b.image.begin() + 0xd0, b.image.end());
  CHECK(tables == (std::vector<uint8_t>{0x00, 0x10, 0x80, 0x01, 0x08, 0x08, 0, 0}));
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
  CHECK(p[20] == 2); // ro_align_log2
  CHECK(p[21] == 0);
  CHECK(p[22] == 2); // rw_align_log2
  CHECK(p[23] == 0);
  CHECK(h.ro_align_log2 == 2);
  CHECK(h.rw_align_log2 == 2);
  CHECK(read32le(p + 24) == 0xc0);
  CHECK(read32le(p + 28) == 0x10);
  CHECK(read32le(p + 32) == 1);  // rw_ro_table_size
  CHECK(read32le(p + 36) == 1);  // rw_rw_table_size
  CHECK(read32le(p + 40) == 4);  // ro_ro_table_size
  CHECK(read32le(p + 44) == 0x20);
  CHECK(read32le(p + 48) == 0x61);
  // No sb_offset: the fields after entry follow it directly.
  Options defaults;
  CHECK(read32le(p + 52) == defaults.stackSize);
  CHECK(read32le(p + 56) == defaults.heapSize);
  CHECK(h.stack_size == defaults.stackSize);
  CHECK(h.heap_size == defaults.heapSize);
  CHECK(read32le(p + 60) == 0);               // ro_link_addr
  CHECK(read32le(p + 64) == Built::rwLink);   // rw_link_addr
  CHECK(read32le(p + 68) == 0);               // ro_patched_addr
  CHECK(h.rw_link_addr == Built::rwLink);
  for (uint32_t i = 72; i < RRLD_HEADER_SIZE; ++i) {
    INFO("reserved byte " << i);
    CHECK(p[i] == 0);
  }
  CHECK(RRLD_OFF_RESERVED == 72);
  // writeHeader puts each field where format.h says, with distinct values
  // so that no two fields can be confused.
  rrld_header d{};
  d.ro_align_log2 = 0x11;
  d.ro_align_pad = 0x12;
  d.rw_align_log2 = 0x13;
  d.rw_align_pad = 0x14;
  uint32_t *words[] = {&d.magic, &d.crc32, &d.version, &d.flags, &d.image_size,
                       &d.ro_size, &d.rw_init_size, &d.rw_ro_table_size,
                       &d.rw_rw_table_size, &d.ro_ro_table_size, &d.rw_zero_size,
                       &d.entry, &d.stack_size, &d.heap_size, &d.ro_link_addr,
                       &d.rw_link_addr, &d.ro_patched_addr};
  for (uint32_t i = 0; i < std::size(words); ++i)
    *words[i] = 0xa0000000u + i;
  std::vector<uint8_t> out(RRLD_HEADER_SIZE, 0xee);
  writeHeader(out, d);
  const uint8_t *q = out.data();
  CHECK(read32le(q + RRLD_OFF_MAGIC) == 0xa0000000u);
  CHECK(read32le(q + 4) == 0xa0000001u);  // crc32
  CHECK(read32le(q + 8) == 0xa0000002u);  // version
  CHECK(read32le(q + 12) == 0xa0000003u); // flags
  CHECK(read32le(q + 16) == 0xa0000004u); // image_size
  CHECK(read32le(q + 20) == 0x14131211u); // the alignment bytes and their pads
  CHECK(read32le(q + 24) == 0xa0000005u); // ro_size
  CHECK(read32le(q + 28) == 0xa0000006u); // rw_init_size
  CHECK(read32le(q + 32) == 0xa0000007u); // rw_ro_table_size
  CHECK(read32le(q + 36) == 0xa0000008u); // rw_rw_table_size
  CHECK(read32le(q + 40) == 0xa0000009u); // ro_ro_table_size
  CHECK(read32le(q + 44) == 0xa000000au); // rw_zero_size
  CHECK(read32le(q + 48) == 0xa000000bu); // entry
  CHECK(read32le(q + 52) == 0xa000000cu); // stack_size
  CHECK(read32le(q + 56) == 0xa000000du); // heap_size
  CHECK(read32le(q + 60) == 0xa000000eu); // ro_link_addr
  CHECK(read32le(q + 64) == 0xa000000fu); // rw_link_addr
  CHECK(read32le(q + 68) == 0xa0000010u); // ro_patched_addr
  for (uint32_t i = 72; i < RRLD_HEADER_SIZE; ++i)
    CHECK(q[i] == 0); // reserved
  rrld_header dBack = readHeader(out);
  CHECK(std::memcmp(&dBack, &d, sizeof(d)) == 0);

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
  // The zeros after the padded data, 0x14 bytes, are rounded up to 0x18, a
  // multiple of 8.
  Built b(0x14, 0x20);
  CHECK(b.layout.rwInitSize == 0x20);
  CHECK(b.layout.rwZeroSize == 0x18);
  auto info = parseImage(b.image);
  if (!info)
    FAIL(llvm::toString(info.takeError()));
  const rrld_header &h = info->h;
  CHECK(h.rw_init_size % RRLD_RW_INIT_ALIGN == 0);
  CHECK(h.rw_init_size == 0x20);
  CHECK(h.rw_zero_size % RRLD_RAM_ALIGN == 0);
  CHECK(h.rw_init_size + h.rw_zero_size == 0x38); // RW as linked, plus 4 bytes
  CHECK(h.image_size == ((h.ro_size + h.rw_init_size + h.rw_ro_table_size +
                             h.rw_rw_table_size + h.ro_ro_table_size + 3) & ~3u));
  // The data, then zeros up to the padded size; the streams right after.
  uint32_t rw = b.rwInitOffset();
  for (uint32_t i = 0; i < 0x14; ++i)
    CHECK(b.image[rw + i] == b.elf.bytes[0x100 + i]);
  for (uint32_t i = 0x14; i < 0x20; ++i) {
    INFO("RW byte " << i);
    CHECK(b.image[rw + i] == 0);
  }
  CHECK(tablesOffset(h) == rw + 0x20);
  CHECK(b.image[tablesOffset(h)] == 0x0); // RW->RO's one group: the word at 0
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
  la.verified = RRLD_VERIFIED; // the patch verified the image first
  rrld_load_result res{};
  REQUIRE(rrld_load(&la, &res) == RRLD_OK);
  // r9 is RW's start.
  REQUIRE(res.static_base >= la.ram_addr);
  CHECK(res.static_base == la.ram_addr + readHeader(installed).stack_size);
  const uint8_t *rwRam = ram + (res.static_base - la.ram_addr);
  CHECK(read32le(rwRam + 0) == read32le(b.elf.bytes.data() + 0x100) + la.ro_addr);
  CHECK(read32le(rwRam + 8) ==
        read32le(b.elf.bytes.data() + 0x108) + (res.static_base - Built::rwLink));
  for (uint32_t i = 4; i < 0x14; ++i)
    if (i < 8 || i >= 12)
      CHECK(rwRam[i] == b.elf.bytes[0x100 + i]);
  for (uint32_t i = 0x14; i < 0x38; ++i) {
    INFO("RW byte " << i);
    CHECK(rwRam[i] == 0);
  }
  // The break is RW's end, no rounding: 8-aligned because both sizes are.
  CHECK(res.app_break == res.static_base + 0x38);
  CHECK(res.app_break % 8 == 0);
  CHECK(ram[res.app_break - la.ram_addr] == 0xa5); // not written
}

TEST_CASE("RW's zeroed part is rounded up to a multiple of 8", "[image]") {
  // (data, bss) -> rw_zero_size: RW's end is rounded up to 8, never more.
  for (auto [data, bss, zero] :
       {std::tuple{0x10u, 0x4u, 0x8u}, std::tuple{0x10u, 0x8u, 0x8u},
        std::tuple{0x10u, 0xcu, 0x10u}, std::tuple{0x10u, 0x0u, 0x0u},
        std::tuple{0x18u, 0x4u, 0x0u}, std::tuple{0x18u, 0xcu, 0x8u}}) {
    Built b(data, bss);
    INFO("data " << data << ", bss " << bss);
    CHECK(b.layout.rwZeroSize == zero);
    rrld_header h = readHeader(b.image);
    CHECK(h.rw_zero_size == zero);
    CHECK(h.rw_zero_size % RRLD_RAM_ALIGN == 0);
    CHECK(h.rw_init_size + h.rw_zero_size >= data + bss);
    CHECK(h.rw_init_size + h.rw_zero_size - (data + bss) < 16);
    CHECK(parseError(b.image) == "");
    CHECK(rrld_verify(b.image.data(), uint32_t(b.image.size())) == RRLD_OK);
  }
}

// The default model's image with its RO->RO stream replaced by `roRo`
// (RO's relocatable part is [0x60, 0xc0)), sealed as a writer would.
static std::vector<uint8_t> withRoRo(std::vector<uint8_t> roRo) {
  Built b;
  Tables t = cantFail(encodeTables(b.cls, b.layout));
  t.roRo = std::move(roRo);
  Options opts;
  return buildImage(b.elf, b.layout, t, opts);
}

// Both checkers' verdicts on an image: parseImage's message ("" if it
// accepts) and rrld_verify's status.
static std::pair<std::string, int> verdicts(const std::vector<uint8_t> &img) {
  return {parseError(img), int(rrld_verify(img.data(), uint32_t(img.size())))};
}

TEST_CASE("the checker refuses words, runs and bitmap windows past the end", "[image]") {
  // RO's relocatable part is [0x60, 0xc0): words 24 to 47, the cursor
  // starting at 24.
  const std::pair<std::string, int> ok{"", RRLD_OK};
  CHECK(verdicts(withRoRo({0x80, 0x01, 0x08, 0x08})) == ok); // the model's own stream
  CHECK(verdicts(withRoRo({0xB8, 0x01})) == ok); // 23 << 3: 0xbc, RO's last word
  auto info = parseImage(withRoRo({0xB8, 0x01}));
  REQUIRE(static_cast<bool>(info));
  CHECK(info->roRo == std::vector<uint32_t>{0xbc});
  auto [err, status] = verdicts(withRoRo({0xC0, 0x01})); // 24 << 3: 0xc0
  CHECK_THAT(err, Catch::Contains("RO->RO table") && Catch::Contains("byte 0") &&
                      Catch::Contains("word at 0xc0") && Catch::Contains("[0x60, 0xc0)"));
  CHECK(status == RRLD_E_RELOC_RANGE);
  // A run: 24 words from 0x60 fill RO, 25 pass its end.
  CHECK(verdicts(withRoRo({0x07, 24})) == ok);
  auto run = verdicts(withRoRo({0x07, 25}));
  CHECK_THAT(run.first, Catch::Contains("a run of 25 words from 0x60"));
  CHECK(run.second == RRLD_E_RELOC_RANGE);
  // A bitmap byte: its whole window lies inside, whatever its bits name.
  // After the word at 0x9c (skip 15), the window is [0xa0, 0xc0): fine.
  CHECK(verdicts(withRoRo({15 << 3 | 1, 0x80})) == ok);
  auto win = verdicts(withRoRo({0x81, 0x01, 0x80})); // 16 << 3 | 1: the word at 0xa0
  CHECK_THAT(win.first, Catch::Contains("byte 2") && Catch::Contains("window [0xa4, 0xc4)"));
  CHECK(win.second == RRLD_E_RELOC_RANGE);
  // A stream cut inside a group.
  auto cut = verdicts(withRoRo({0x07}));
  CHECK_THAT(cut.first, Catch::Contains("ends inside a number"));
  CHECK(cut.second == RRLD_E_RELOC_RANGE);
  // The padding after the streams is zero; the checker names any other
  // byte (loaders ignore it: the integrity check covers it).
  std::vector<uint8_t> pad = withRoRo({0x80, 0x01, 0x08, 0x08});
  rrld_header h = readHeader(pad);
  REQUIRE(h.image_size > tablesOffset(h) + 6);
  pad[tablesOffset(h) + 6] = 0x5a;
  reseal(pad);
  CHECK_THAT(parseError(pad), Catch::Contains("padding byte") && Catch::Contains("0x5a"));
  CHECK(rrld_verify(pad.data(), uint32_t(pad.size())) == RRLD_OK);
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
  // The zero byte after each alignment byte.
  for (uint32_t off : {RRLD_OFF_RO_ALIGN_LOG2 + 1, RRLD_OFF_RW_ALIGN_LOG2 + 1}) {
    auto pad = edited([&](uint8_t *p) { p[off] = 0x40; });
    INFO("pad byte " << off);
    CHECK_THAT(parseError(pad), Catch::Contains(off == 21 ? "the byte after ro_align_log2"
                                                          : "the byte after rw_align_log2") &&
                                    Catch::Contains("0x40"));
    CHECK(rrld_verify(pad.data(), uint32_t(pad.size())) == RRLD_E_ALIGN);
  }
  CHECK_THAT(parseError(edited([](uint8_t *p) { write32le(p + RRLD_OFF_VERSION, 0x10001); })),
             Catch::Contains("version 65537"));
  auto stack = edited([](uint8_t *p) { write32le(p + RRLD_OFF_STACK_SIZE, 2044); });
  CHECK_THAT(parseError(stack), Catch::Contains("stack_size 2044 is not a multiple of 8"));
  CHECK(rrld_verify(stack.data(), uint32_t(stack.size())) == RRLD_E_ALIGN);
  // rw_zero_size is a multiple of 8 (it is in no sum: only this rule).
  auto zero = edited([](uint8_t *p) { write32le(p + RRLD_OFF_RW_ZERO_SIZE, 0x24); });
  CHECK_THAT(parseError(zero), Catch::Contains("rw_zero_size 36 is not a multiple of 8"));
  CHECK(rrld_verify(zero.data(), uint32_t(zero.size())) == RRLD_E_ALIGN);
  auto zero8 = edited([](uint8_t *p) { write32le(p + RRLD_OFF_RW_ZERO_SIZE, 0x28); });
  CHECK(parseError(zero8) == "");
  CHECK(rrld_verify(zero8.data(), uint32_t(zero8.size())) == RRLD_OK);
  // Moving 4 bytes from RO to RW keeps the sum but not the 16-byte multiple.
  CHECK_THAT(parseError(edited([](uint8_t *p) {
               write32le(p + RRLD_OFF_RO_SIZE, 0xbc);
               write32le(p + RRLD_OFF_RW_INIT_SIZE, 0x14);
             })),
             Catch::Contains("rw_init_size 20 is not a multiple of 16"));
  // Every size below 2^28: just below is only a matter for the other rules,
  // at the limit is a layout error of its own.
  for (uint32_t off : {RRLD_OFF_RO_SIZE, RRLD_OFF_RW_INIT_SIZE, RRLD_OFF_RW_RO_TABLE_SIZE,
                       RRLD_OFF_RW_RW_TABLE_SIZE, RRLD_OFF_RO_RO_TABLE_SIZE,
                       RRLD_OFF_RW_ZERO_SIZE, RRLD_OFF_STACK_SIZE}) {
    INFO("size field at " << off);
    auto big = edited([&](uint8_t *p) { write32le(p + off, RRLD_SIZE_LIMIT); });
    CHECK_THAT(parseError(big), Catch::Contains("0x10000000 is not below the format's size limit"));
    CHECK(rrld_verify(big.data(), uint32_t(big.size())) == RRLD_E_LAYOUT);
    auto huge = edited([&](uint8_t *p) { write32le(p + off, 0xfffffff0u); });
    CHECK_THAT(parseError(huge), Catch::Contains("size limit"));
    CHECK(rrld_verify(huge.data(), uint32_t(huge.size())) == RRLD_E_LAYOUT);
  }
  auto zeroBelow = edited([](uint8_t *p) { write32le(p + RRLD_OFF_RW_ZERO_SIZE, RRLD_SIZE_LIMIT - 8); });
  CHECK(parseError(zeroBelow) == "");
  CHECK(rrld_verify(zeroBelow.data(), uint32_t(zeroBelow.size())) == RRLD_OK);
  // Sizes that do not add up, and ones that would add up only modulo 2^32
  // (which the size limit now catches first).
  auto sum = edited([](uint8_t *p) { write32le(p + RRLD_OFF_RW_INIT_SIZE, 0); });
  CHECK_THAT(parseError(sum), Catch::Contains("do not add up"));
  CHECK(rrld_verify(sum.data(), uint32_t(sum.size())) == RRLD_E_LAYOUT);
  auto wrap = edited([](uint8_t *p) {
    write32le(p + RRLD_OFF_RW_RO_TABLE_SIZE, 0xfffffffc);
    write32le(p + RRLD_OFF_RW_RW_TABLE_SIZE, 0x8);
  });
  CHECK_THAT(parseError(wrap), Catch::Contains("rw_ro_table_size 0xfffffffc is not below"));
  CHECK(rrld_verify(wrap.data(), uint32_t(wrap.size())) == RRLD_E_LAYOUT);
  auto entry = edited([](uint8_t *p) { write32le(p + RRLD_OFF_ENTRY, 0x21); });
  CHECK_THAT(parseError(entry), Catch::Contains("entry point 0x21"));
  CHECK(rrld_verify(entry.data(), uint32_t(entry.size())) == RRLD_E_ENTRY);
  // Reserved bytes: loaders ignore them, rrld's checker names them.
  auto res = edited([](uint8_t *p) { p[RRLD_OFF_RESERVED + 3] = 0x80; });
  CHECK_THAT(parseError(res), Catch::Contains("reserved header byte 75"));
  CHECK(rrld_verify(res.data(), uint32_t(res.size())) == RRLD_OK);
}

TEST_CASE("the checker reports the first problem in the device's order", "[image]") {
  Built b;
  auto edited = [&](auto edit) {
    std::vector<uint8_t> img = b.image;
    edit(img.data());
    reseal(img);
    return img;
  };
  struct Case {
    const char *what;
    std::vector<uint8_t> img;
    const char *message;
    rrld_status status;
  };
  std::vector<Case> cases;
  // An alignment byte before a size multiple.
  cases.push_back({"align before multiple", edited([](uint8_t *p) {
                     p[RRLD_OFF_RW_ALIGN_LOG2 + 1] = 1;
                     write32le(p + RRLD_OFF_STACK_SIZE, 4);
                   }),
                   "the byte after rw_align_log2", RRLD_E_ALIGN});
  // A size multiple before the size limit: 2^28 + 4 is both.
  cases.push_back({"multiple before limit", edited([](uint8_t *p) {
                     write32le(p + RRLD_OFF_RW_ZERO_SIZE, RRLD_SIZE_LIMIT + 4);
                   }),
                   "rw_zero_size 268435460 is not a multiple of 8", RRLD_E_ALIGN});
  cases.push_back({"image_size multiple before limit", edited([](uint8_t *p) {
                     write32le(p + RRLD_OFF_STACK_SIZE, RRLD_SIZE_LIMIT);
                     write32le(p + RRLD_OFF_IMAGE_SIZE, read32le(p + RRLD_OFF_IMAGE_SIZE) - 2);
                   }),
                   "is not a multiple of 4", RRLD_E_ALIGN});
  // The tables' sizes are bytes, which the padding may absorb; past it the
  // sum does not add up.
  cases.push_back({"table bytes", edited([](uint8_t *p) {
                     write32le(p + RRLD_OFF_RW_RW_TABLE_SIZE, 8);
                   }),
                   "rounded up to a multiple of 4, is not image_size", RRLD_E_LAYOUT});
  // The size limit before the sum (which it breaks too).
  cases.push_back({"limit before sum", edited([](uint8_t *p) {
                     write32le(p + RRLD_OFF_RO_SIZE, RRLD_SIZE_LIMIT);
                   }),
                   "ro_size 0x10000000 is not below", RRLD_E_LAYOUT});
  // The sum before the entry point.
  cases.push_back({"sum before entry", edited([](uint8_t *p) {
                     write32le(p + RRLD_OFF_RW_INIT_SIZE, 0);
                     write32le(p + RRLD_OFF_ENTRY, 0x60);
                   }),
                   "do not add up", RRLD_E_LAYOUT});
  // The entry point before the integrity check.
  std::vector<uint8_t> entryCrc = edited([](uint8_t *p) { write32le(p + RRLD_OFF_ENTRY, 0x60); });
  entryCrc[0x70] ^= 1;
  cases.push_back({"entry before crc", entryCrc, "entry point 0x60", RRLD_E_ENTRY});
  // The integrity check before the streams.
  std::vector<uint8_t> crcStream = b.image;
  crcStream[tablesOffset(readHeader(b.image))] = 0xC0; // the word at 0xc0: past RW
  cases.push_back({"crc before streams", crcStream, "integrity check failed", RRLD_E_CRC});
  for (const Case &c : cases) {
    INFO(c.what);
    CHECK_THAT(parseError(c.img), Catch::Contains(c.message));
    CHECK(rrld_verify(c.img.data(), uint32_t(c.img.size())) == c.status);
  }
}

TEST_CASE("the linker refuses a static base that is not RW's start", "[image][layout]") {
  // The format has no sb_offset: r9 is RW's start.  lld counts SB-relative
  // offsets from the start of the writable PT_LOAD, so it must start there.
  CHECK(layoutErrors(Built::model(0x10, 0x20)) == "");
  LinkedElf elf = Built::model(0x10, 0x20);
  elf.loads[0].vaddr = Built::rwLink - 0x10;
  elf.loads[0].memsz += 0x10;
  CHECK_THAT(layoutErrors(elf), Catch::Contains("error") &&
                                    Catch::Contains("writable PT_LOAD segment starts at 0x1ffffff0") &&
                                    Catch::Contains("RW's first section is at 0x20000000"));
  // A PT_LOAD that is not writable, or empty, is no static base.
  LinkedElf ro = Built::model(0x10, 0x20);
  ro.loads.insert(ro.loads.begin(), {Built::rwLink - 0x10, 0x10, 0x10, 0x100, PF_R});
  ro.loads.push_back({Built::rwLink - 0x20, 0, 0, 0x100, PF_R | PF_W});
  CHECK(layoutErrors(ro) == "");
}

TEST_CASE("the linker refuses sizes over the format's limit", "[image][layout]") {
  // RO of 2^28 - 4 bytes is the largest; 2^28 is refused.
  LinkedElf elf = Built::model(0x10, 0x20);
  elf.ro.hi = RRLD_SIZE_LIMIT - 4;
  CHECK(layoutErrors(elf) == "");
  elf.ro.hi = RRLD_SIZE_LIMIT;
  CHECK_THAT(layoutErrors(elf), Catch::Contains("RO (ro_size) is 268435456 bytes") &&
                                    Catch::Contains("below 256 MiB"));
  // Near 4 GiB the rounding must not wrap to a small size.
  elf.ro.hi = 0xfffffffe;
  CHECK_THAT(layoutErrors(elf), Catch::Contains("RO (ro_size) is 4294967296 bytes"));

  // RW's initial data, and its zeroed part after rounding up to 8.
  LinkedElf data = Built::model(0x10, 0x20);
  data.rwInitEnd = data.rw.hi = Built::rwLink + RRLD_SIZE_LIMIT - 0x10;
  CHECK(layoutErrors(data) == "");
  data.rwInitEnd = data.rw.hi = Built::rwLink + RRLD_SIZE_LIMIT - 0xc; // padded to 2^28
  CHECK_THAT(layoutErrors(data), Catch::Contains("rw_init_size) is 268435456 bytes"));
  LinkedElf bss = Built::model(0x10, 0x20);
  bss.rw.hi = Built::rwLink + 0x10 + RRLD_SIZE_LIMIT - 8;
  CHECK(layoutErrors(bss) == "");
  bss.rw.hi = Built::rwLink + 0x10 + RRLD_SIZE_LIMIT - 4; // rounded up to 2^28
  CHECK_THAT(layoutErrors(bss), Catch::Contains("rw_zero_size) is 268435456 bytes"));
}
