// Tock Binary Format output (linker/src/Tbf.cpp): the bytes the writer lays
// out, computed here by hand from the image's header, and the reader's
// rules, which follow the kernel's parser (tock-tbf).
#include "Image.h"
#include "Tbf.h"
#include "model.h"

#include "rrld/relocator.h"

#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/SHA256.h"

#include <catch2/catch.hpp>

using namespace rrld;
using namespace llvm::ELF;
using llvm::support::endian::read16le;
using llvm::support::endian::read32le;
using llvm::support::endian::write16le;
using llvm::support::endian::write32le;

namespace {
// A real image from a model link: RO at 0 (header, code, rodata with three
// RO->RO words), RW at 0x20000000 with one word in each RW stream.
std::vector<uint8_t> modelImage(uint8_t roAlignLog2 = 2, uint8_t rwAlignLog2 = 2) {
  LinkedElf elf;
  std::vector<uint8_t> file(0x200);
  for (size_t i = 0; i < file.size(); ++i)
    file[i] = uint8_t(i * 7 + 3);
  std::fill(file.begin(), file.begin() + 0x60, 0);
  elf.bytes = file;
  const uint32_t rw = 0x20000000;
  addSection(elf, ".rrld_header", SHT_PROGBITS, SHF_ALLOC, 0, 0x60, 0);
  addSection(elf, ".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, 0x60, 0x40, 0x60);
  addSection(elf, ".rodata", SHT_PROGBITS, SHF_ALLOC, 0xa0, 0x20, 0xa0);
  addSection(elf, ".data", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, rw, 0x10, 0x100);
  addSection(elf, ".bss", SHT_NOBITS, SHF_ALLOC | SHF_WRITE, rw + 0x10, 0x20, 0x110);
  elf.ro = {0, 0xc0};
  elf.rw = {rw, rw + 0x30};
  elf.rwInitEnd = rw + 0x10;
  elf.loads.push_back({rw, 0x30, 0x10, 0x100, PF_R | PF_W});
  elf.entry = 0x61;
  std::string diags;
  llvm::raw_string_ostream os(diags);
  Ctx ctx(os);
  std::optional<ImageLayout> l = computeLayout(ctx, elf, "model");
  INFO(diags);
  REQUIRE(l);
  Classified cls;
  cls.roRo = {0xa0, 0xa8, 0xb0};
  cls.rwRo = {0x0};
  cls.rwRw = {0x8};
  Options opts;
  opts.stackSize = 1024;
  opts.heapSize = 512;
  std::vector<uint8_t> img = buildImage(elf, *l, cantFail(encodeTables(cls, *l)), opts);
  // Other alignments, as a link with aligned sections would ask for them.
  img[RRLD_OFF_RO_ALIGN_LOG2] = roAlignLog2;
  img[RRLD_OFF_RW_ALIGN_LOG2] = rwAlignLog2;
  write32le(img.data() + RRLD_OFF_CRC32, computeCrc(img));
  REQUIRE(rrld_verify(img.data(), uint32_t(img.size())) == RRLD_OK);
  return img;
}

std::vector<uint8_t> tbf(llvm::ArrayRef<uint8_t> img, const TbfSettings &s) {
  auto t = buildTbf(img, s);
  if (!t)
    FAIL(llvm::toString(t.takeError()));
  return *t;
}

TbfInfo parse(llvm::ArrayRef<uint8_t> file) {
  auto t = parseTbf(file);
  if (!t)
    FAIL(llvm::toString(t.takeError()));
  return *t;
}

std::string parseError(llvm::ArrayRef<uint8_t> file) {
  auto t = parseTbf(file);
  return t ? "" : llvm::toString(t.takeError());
}

// XOR of the header's words but the checksum, written as the kernel checks it.
void reseal(std::vector<uint8_t> &f) {
  uint16_t hs = read16le(f.data() + 2);
  uint32_t x = 0;
  for (uint32_t i = 0; i < hs; i += 4)
    if (i != 12)
      x ^= read32le(f.data() + i);
  write32le(f.data() + 12, x);
}
} // namespace

TEST_CASE("the base header and its checksum", "[tbf]") {
  std::vector<uint8_t> img = modelImage();
  TbfSettings s;
  s.name = "hello";
  std::vector<uint8_t> f = tbf(img, s);
  CHECK(read16le(f.data()) == 2);
  uint16_t hs = read16le(f.data() + 2);
  CHECK(read32le(f.data() + 4) == f.size());
  CHECK(read32le(f.data() + 8) == 1); // enabled
  uint32_t x = 0;
  for (uint32_t i = 0; i < hs; i += 4)
    if (i != 12)
      x ^= read32le(f.data() + i);
  CHECK(read32le(f.data() + 12) == x);
  CHECK(tbfChecksum(llvm::ArrayRef<uint8_t>(f).take_front(hs)) == x);
  // Any header byte changed breaks the checksum.
  for (uint32_t i : {16u, 21u, 40u, 60u, uint32_t(hs - 1)}) {
    std::vector<uint8_t> bad = f;
    bad[i] ^= 0x10;
    INFO("byte " << i);
    CHECK_THAT(parseError(bad), Catch::Contains("checksum"));
  }
}

TEST_CASE("TLVs: Program, Main, PackageName, KernelVersion, each padded to 4", "[tbf]") {
  std::vector<uint8_t> img = modelImage();
  TbfSettings s;
  s.name = "hello"; // 5 bytes: 3 of padding
  s.kernelMajor = 2;
  s.kernelMinor = 3;
  s.appVersion = 7;
  std::vector<uint8_t> f = tbf(img, s);
  // 16 base + (4+12) Main + (4+20) Program + (4+8) name + (4+4) version,
  // in elf2tab's order.
  CHECK(read16le(f.data() + 2) == 76);
  CHECK(read16le(f.data() + 16) == 1);
  CHECK(read16le(f.data() + 18) == 12);
  CHECK(read16le(f.data() + 32) == 9);
  CHECK(read16le(f.data() + 34) == 20);
  CHECK(read32le(f.data() + 36 + 16) == 7); // app version
  // Main repeats Program's first three words.
  for (int i = 0; i < 3; ++i)
    CHECK(read32le(f.data() + 20 + 4 * i) == read32le(f.data() + 36 + 4 * i));
  CHECK(read16le(f.data() + 56) == 3);
  CHECK(read16le(f.data() + 58) == 5);
  CHECK(std::string(f.begin() + 60, f.begin() + 65) == "hello");
  CHECK(f[65] == 0);
  CHECK(f[66] == 0);
  CHECK(f[67] == 0);
  CHECK(read16le(f.data() + 68) == 8);
  CHECK(read16le(f.data() + 70) == 4);
  CHECK(read16le(f.data() + 72) == 2);
  CHECK(read16le(f.data() + 74) == 3);

  TbfInfo t = parse(f);
  CHECK(t.hasProgram);
  CHECK(t.hasMain);
  CHECK_FALSE(t.fixedAddresses);
  CHECK(t.packageName == std::optional<std::string>("hello"));
  CHECK(t.kernelVersion == std::optional<std::pair<uint16_t, uint16_t>>({2, 3}));
  CHECK(t.appVersion == 7);
  REQUIRE(t.tlvs.size() == 4);
  CHECK(t.tlvs[2].offset == 56);

  // Without a name there is no PackageName TLV.
  s.name.clear();
  std::vector<uint8_t> g = tbf(img, s);
  CHECK(read16le(g.data() + 2) == 64);
  CHECK_FALSE(parse(g).packageName);
}

TEST_CASE("minimum_ram_size: stack, RW with its alignment, heap, kernel heap, extra",
          "[tbf]") {
  for (uint8_t rwAlignLog2 : {2, 3, 5, 8}) {
    std::vector<uint8_t> img = modelImage(2, rwAlignLog2);
    rrld_header h = readHeader(img);
    REQUIRE(h.stack_size == 1024);
    REQUIRE(h.heap_size == 512);
    uint32_t rwAlign = 1u << rwAlignLog2;
    uint32_t pad = rwAlign > 8 ? rwAlign - 8 : 0;
    uint32_t image = 1024 + pad + h.rw_init_size + h.rw_zero_size + 512;
    TbfSettings s;
    INFO("rw align " << rwAlign);
    CHECK(parse(tbf(img, s)).minimumRamSize == ((image + 1024 + 7) & ~7u));
    s.kernelHeap = 2048;
    s.ramExtra = 100;
    CHECK(parse(tbf(img, s)).minimumRamSize == ((image + 2048 + 100 + 7) & ~7u));
    // A fixed value (a re-laid TBF's) is kept, not below what the image needs.
    s.minimumRamSize = image + 4;
    CHECK(parse(tbf(img, s)).minimumRamSize == image + 4);
    s.minimumRamSize = image - 8;
    CHECK_FALSE(static_cast<bool>(buildTbf(img, s)));
  }
}

TEST_CASE("minimum_ram_size is summed in 64 bits: a heap or kernel heap past 2^32 is refused",
          "[tbf]") {
  std::vector<uint8_t> img = modelImage();
  rrld_header h = readHeader(img);
  // heap_size has no bound in the format: stack + RW + heap passes 2^32.
  h.heap_size = 0xfffffc00;
  uint64_t need = uint64_t(1024) + h.rw_init_size + h.rw_zero_size + 0xfffffc00;
  REQUIRE(need > UINT32_MAX);
  CHECK(tbfImageRam(h) == need);
  llvm::Expected<uint32_t> ram = tbfMinimumRamSize(h, 1024, 0);
  REQUIRE_FALSE(static_cast<bool>(ram));
  CHECK_THAT(llvm::toString(ram.takeError()),
             Catch::Contains("does not fit in 32 bits"));
  // A TBF whose minimum_ram_size wrapped (the sum taken in 32 bits) is
  // refused by the check verify and inspect make.
  TbfInfo t = parse(tbf(img, TbfSettings{}));
  t.minimumRamSize = uint32_t(need + 1024);
  llvm::Error e = checkTbfAgainstImage(t, h);
  REQUIRE(static_cast<bool>(e));
  CHECK_THAT(llvm::toString(std::move(e)),
             Catch::Contains("more than a 32-bit minimum_ram_size can give"));
  // A kernel heap that rounds up past 2^32 (0xfffffffd..0xffffffff).
  h = readHeader(img);
  for (uint32_t kh : {0xfffffffdu, 0xffffffffu}) {
    llvm::Expected<uint32_t> r = tbfMinimumRamSize(h, kh, 0);
    CHECK_FALSE(static_cast<bool>(r));
    if (!r)
      llvm::consumeError(r.takeError());
  }
  TbfSettings s;
  s.kernelHeap = 0xffffffff;
  llvm::Expected<std::vector<uint8_t>> bad = buildTbf(img, s);
  CHECK_FALSE(static_cast<bool>(bad));
  if (!bad)
    llvm::consumeError(bad.takeError());
}

TEST_CASE("init_fn_offset points the kernel at the image's entry", "[tbf]") {
  for (uint8_t roAlignLog2 : {2, 7, 10}) {
    std::vector<uint8_t> img = modelImage(roAlignLog2);
    rrld_header h = readHeader(img);
    TbfSettings s;
    s.name = "app";
    std::vector<uint8_t> f = tbf(img, s);
    TbfInfo t = parse(f);
    INFO("ro align " << (1u << roAlignLog2));
    // The kernel jumps to flash + header_size + init_fn_offset (Thumb bit
    // kept) and passes flash + header_size + protected_trailer_size in r0.
    uint32_t init = t.headerSize + t.initFnOffset;
    CHECK((init & 1) == 1);
    CHECK(init == t.protectedSize() + h.entry);
    CHECK(f[init - 1] == img[h.entry - 1]);
    CHECK(std::equal(img.begin(), img.end(), f.begin() + t.protectedSize()));
    CHECK(!checkTbfAgainstImage(t, h));
  }
}

TEST_CASE("the image starts aligned for its RO; the TBF is a power of two", "[tbf]") {
  // 2^17, the largest RO alignment: a 256 KiB TBF whose padding takes
  // several reserved footers (a TLV length has 16 bits).
  for (uint8_t roAlignLog2 : {2, 6, 8, 12, 17}) {
    std::vector<uint8_t> img = modelImage(roAlignLog2);
    uint32_t align = 1u << roAlignLog2;
    for (bool sha : {false, true}) {
      TbfSettings s;
      s.name = "aligned";
      s.sha256 = sha;
      std::vector<uint8_t> f = tbf(img, s);
      TbfInfo t = parse(f);
      INFO("ro align " << align << (sha ? ", sha256" : ""));
      uint32_t hs = 16 + 24 + 16 + 12 + 8;
      CHECK(t.headerSize == hs);
      uint32_t want = (hs + align - 1) / align * align;
      CHECK(t.protectedSize() == want);
      CHECK(t.protectedTrailer == want - hs);
      CHECK(std::all_of(f.begin() + hs, f.begin() + want, [](uint8_t b) { return b == 0; }));
      CHECK(t.binaryEnd == want + img.size());
      uint32_t content = t.binaryEnd + (sha ? 40 : 0);
      uint32_t total = 512;
      while (total < content || total < align)
        total *= 2;
      CHECK(t.totalSize == total);
      CHECK(f.size() == total);
      // Footers: the SHA-256 credential, then reserved credentials to the end.
      uint32_t at = t.binaryEnd;
      if (sha) {
        REQUIRE(!t.footers.empty());
        CHECK(t.footers[0].format == TBF_CRED_SHA256);
        CHECK(t.footers[0].length == 36);
        CHECK(t.footers[0].checked);
        auto sum = llvm::SHA256::hash(llvm::ArrayRef<uint8_t>(f).take_front(t.binaryEnd));
        CHECK(std::equal(sum.begin(), sum.end(), f.begin() + at + 8));
        at += 40;
      }
      uint32_t covered = at;
      for (const TbfFooter &ft : t.footers)
        if (ft.format == TBF_CRED_RESERVED) {
          CHECK(ft.offset == covered);
          covered += 4 + ft.length;
        }
      CHECK(covered + t.footerPadding == total);
      CHECK(t.footerPadding < 8);
      if (roAlignLog2 == 17) // over 128 KiB of padding
        CHECK(std::count_if(t.footers.begin(), t.footers.end(), [](const TbfFooter &ft) {
                return ft.format == TBF_CRED_RESERVED;
              }) == 2);
    }
  }
}

TEST_CASE("a TBF gives back its image, and re-lays", "[tbf]") {
  std::vector<uint8_t> img = modelImage(6);
  TbfSettings s;
  s.name = "first";
  s.sha256 = true;
  std::vector<uint8_t> f = tbf(img, s);
  TbfInfo t = parse(f);
  auto back = tbfImage(f, t);
  REQUIRE(static_cast<bool>(back));
  CHECK(*back == img);
  // Re-laid with a longer name: the header grows, the image moves, still
  // aligned, the bytes the same.
  TbfSettings r;
  r.name = "a-much-longer-package-name";
  r.minimumRamSize = t.minimumRamSize;
  std::vector<uint8_t> g = tbf(*back, r);
  TbfInfo u = parse(g);
  CHECK(u.headerSize > t.headerSize);
  CHECK(u.protectedSize() % 64 == 0);
  CHECK(u.minimumRamSize == t.minimumRamSize);
  CHECK(*tbfImage(g, u) == img);
}

TEST_CASE("--flash-addr patches RO->RO for the image's address before the SHA-256",
          "[tbf]") {
  std::vector<uint8_t> img = modelImage();
  rrld_header h0 = readHeader(img);
  TbfSettings s;
  s.name = "patched";
  s.sha256 = true;
  std::vector<uint8_t> plain = tbf(img, s);
  uint32_t total = parse(plain).totalSize;
  const uint32_t flash = 0x00040000 + 3 * total;
  s.flashAddr = flash;
  std::vector<uint8_t> f = tbf(img, s);
  TbfInfo t = parse(f); // the SHA-256 footer matches the patched bytes
  REQUIRE(t.footers[0].checked);
  auto inside = tbfImage(f, t);
  REQUIRE(static_cast<bool>(inside));
  auto info = parseImage(*inside); // CRC rewritten
  REQUIRE(static_cast<bool>(info));
  uint32_t at = flash + t.protectedSize();
  CHECK(info->h.ro_patched_addr == at);
  CHECK(computeCrc(*inside) == info->h.crc32);
  CHECK(info->h.crc32 != h0.crc32);
  for (uint32_t off : {0xa0u, 0xa8u, 0xb0u})
    CHECK(read32le(inside->data() + off) == read32le(img.data() + off) + at - h0.ro_link_addr);
  // Everything else in the image is as linked.
  for (size_t i = RRLD_HEADER_SIZE; i < img.size(); ++i)
    if (i < 0xa0 || i >= 0xb4 || (i & 4))
      CHECK((*inside)[i] == img[i]);
  // The same TBF re-laid for another address holds that one.
  TbfSettings r = s;
  r.flashAddr = flash + total;
  auto again = tbfImage(tbf(*inside, r), t);
  CHECK(readHeader(*again).ro_patched_addr == at + total);
  CHECK(read32le(again->data() + 0xa0) == read32le(img.data() + 0xa0) + at + total);

  // The TBF address must be a multiple of its power-of-two size.
  s.flashAddr = flash + total / 2;
  auto bad = buildTbf(img, s);
  REQUIRE_FALSE(static_cast<bool>(bad));
  CHECK_THAT(llvm::toString(bad.takeError()), Catch::Contains("is not a multiple of"));
}

TEST_CASE("the reader refuses what the kernel refuses", "[tbf]") {
  std::vector<uint8_t> img = modelImage();
  TbfSettings s;
  s.name = "bad";
  s.sha256 = true;
  const std::vector<uint8_t> f = tbf(img, s);
  TbfInfo t = parse(f);
  auto with = [&](auto edit) {
    std::vector<uint8_t> b = f;
    edit(b);
    return parseError(b);
  };
  CHECK_THAT(with([](auto &b) { b[0] = 1; }), Catch::Contains("version 1, not 2"));
  CHECK_THAT(with([](auto &b) { b.resize(b.size() - 4); }), Catch::Contains("truncated"));
  CHECK_THAT(with([](auto &b) { b.resize(6); }), Catch::Contains("truncated"));
  CHECK_THAT(with([&](auto &b) {
               write16le(b.data() + 2, 0x7ffc);
               write32le(b.data() + 4, 0x1000);
             }),
             Catch::Contains("header_size 32764 is larger than total_size 4096"));
  // A TLV whose length passes the header's end.
  CHECK_THAT(with([&](auto &b) {
               write16le(b.data() + t.tlvs.back().offset + 2, 8);
               reseal(b);
             }),
             Catch::Contains("runs past the header"));
  CHECK_THAT(with([&](auto &b) {
               write16le(b.data() + 34, 16); // Program length
               reseal(b);
             }),
             Catch::Contains("Program (type 9) at offset 32: length 16, the kernel requires 20"));
  CHECK_THAT(with([&](auto &b) {
               write32le(b.data() + 48, t.totalSize + 4); // binary_end_offset
               reseal(b);
             }),
             Catch::Contains("binary_end_offset " + std::to_string(t.totalSize + 4) +
                             " is past total_size"));
  CHECK_THAT(with([&](auto &b) { b[t.protectedSize() + 0x70] ^= 1; }),
             Catch::Contains("SHA-256 credential"));
  CHECK_THAT(with([&](auto &b) { b[t.binaryEnd + 8] ^= 1; }),
             Catch::Contains("SHA-256 credential"));
  // Main without Program: the binary ends at total_size, past the image.
  std::vector<uint8_t> noKernelVersion = f;
  write16le(noKernelVersion.data() + t.tlvs.back().offset, 99); // unknown type: skipped
  reseal(noKernelVersion);
  CHECK_THAT(parseError(noKernelVersion), Catch::Contains("no KernelVersion TLV"));
}
