// rrld_load: RAM layout, copying, zeroing, the RW streams, placement errors,
// and that nothing is written or reported on failure.
#include <catch2/catch.hpp>

#include <cstring>

#include "image_builder.hpp"
#include "rrld/relocator.h"

using namespace rrld_test;

namespace {

ImageSpec pointer_spec() {
  ImageSpec s;
  s.ro_body.assign(128, 0x11);
  s.entry = 96 + 16 + 1;
  s.stack_size = 64;
  s.heap_size = 32;
  s.rw_zero_size = 20; // RW, 280 + 20 bytes, is rounded up to 304
  s.rw_align_log2 = 4;
  s.rw_init.assign(4 * 70, 0x5A);
  // Dense run (bitmaps) and isolated words, both streams.
  for (uint32_t w = 0; w < 40; ++w) {
    if (w % 3 == 0) {
      s.rw_ro.push_back(4 * w);
      set32(s.rw_init, 4 * w, s.ro_link_addr + 96 + 4 * w);
    } else if (w % 3 == 1) {
      s.rw_rw.push_back(4 * w);
      set32(s.rw_init, 4 * w, s.rw_link_addr + 8 * w);
    }
  }
  s.rw_ro.push_back(4 * 69);
  set32(s.rw_init, 4 * 69, s.ro_link_addr + 200);
  return s;
}

struct Placed {
  rrld_status status;
  rrld_load_result r;
  Buffer ram;
};

constexpr uint8_t kCanary = 0xC3;

Placed place(const Bytes &image, uint32_t ro_addr, uint32_t ram_addr, uint32_t ram_len) {
  Buffer img(image);
  Placed p{RRLD_OK, {}, Buffer(ram_len, kCanary)};
  std::memset(&p.r, 0xAA, sizeof p.r);
  rrld_load_args a{img.data(), img.size(), ro_addr, p.ram.data(), ram_len, ram_addr,
                   RRLD_VERIFIED};
  p.status = rrld_load(&a, &p.r);
  return p;
}

rrld_status verify_image(const Bytes &image) {
  Buffer img(image);
  return rrld_verify(img.data(), img.size());
}

bool untouched(const Buffer &ram, uint32_t from, uint32_t to) {
  for (uint32_t i = from; i < to; ++i)
    if (ram.data()[i] != kCanary)
      return false;
  return true;
}

bool zero_result(const rrld_load_result &r) {
  return r.entry == 0 && r.static_base == 0 && r.stack_top == 0 && r.app_break == 0;
}

// What the RW segment must hold after loading spec with these addresses:
// the initial data, relocated, then zeros up to the break (.bss, padding).
Bytes expected_rw(const ImageSpec &s, uint32_t ro_addr, uint32_t rw_addr) {
  Bytes rw = s.rw_init;
  for (uint32_t o : s.rw_ro)
    set32(rw, o, get32(rw, o) + ro_addr - s.ro_link_addr);
  for (uint32_t o : s.rw_rw)
    set32(rw, o, get32(rw, o) + rw_addr - s.rw_link_addr);
  rw.resize(padded_init_size(s) + padded_zero_size(s), 0);
  return rw;
}

} // namespace

TEST_CASE("load lays out RAM and relocates RW", "[load]") {
  const ImageSpec s = pointer_spec();
  const Bytes image = build(s);
  for (uint32_t ro_addr : {s.ro_link_addr, 0x08004000u, 0x00200000u, 0xFFF00000u}) {
    for (uint32_t ram_addr : {s.rw_link_addr, 0x20001008u, 0x10000000u, 0u}) {
      INFO("ro " << std::hex << ro_addr << " ram " << ram_addr);
      const uint32_t ram_len = 1024;
      Placed p = place(image, ro_addr, ram_addr, ram_len);
      REQUIRE(p.status == RRLD_OK);
      const uint32_t stack_top = ram_addr + s.stack_size;
      const uint32_t rw_addr = (stack_top + 15) & ~15u;
      const uint32_t rw_end = rw_addr + uint32_t(s.rw_init.size()) + s.rw_zero_size;
      CHECK(p.r.entry == ro_addr + s.entry);
      CHECK(p.r.static_base == rw_addr);
      CHECK(p.r.stack_top == stack_top);
      CHECK(p.r.app_break == ((rw_end + 7) & ~7u));
      // The stack and the heap are not touched; RW is exactly as expected,
      // zeros (and the padding after .bss) up to the break included.
      CHECK(untouched(p.ram, 0, rw_addr - ram_addr));
      CHECK(untouched(p.ram, p.r.app_break - ram_addr, ram_len));
      Bytes rw(p.ram.data() + (rw_addr - ram_addr), p.ram.data() + (p.r.app_break - ram_addr));
      CHECK(rw == expected_rw(s, ro_addr, rw_addr));
    }
  }
}

TEST_CASE("load with large dense and sparse tables", "[load][relr]") {
  ImageSpec s;
  s.ro_body.assign(4, 0);
  s.rw_init.assign(4 * 2000, 0);
  for (uint32_t w = 0; w < 2000; ++w) {
    bool take = w < 700 || (w % 37 == 0) || (w > 1500 && w % 2 == 0);
    if (take) {
      s.rw_ro.push_back(4 * w);
      set32(s.rw_init, 4 * w, s.ro_link_addr + w);
    }
  }
  const Bytes image = build(s);
  Placed p = place(image, 0x08000000, 0x20000000, 4 * 2000 + 64);
  REQUIRE(p.status == RRLD_OK);
  Bytes rw(p.ram.data(), p.ram.data() + 4 * 2000);
  CHECK(rw == expected_rw(s, 0x08000000, 0x20000000));
}

TEST_CASE("load at the link addresses changes nothing", "[load]") {
  const ImageSpec s = pointer_spec();
  Placed p = place(build(s), s.ro_link_addr, s.rw_link_addr - s.stack_size, 1024);
  REQUIRE(p.status == RRLD_OK);
  CHECK(p.r.static_base == s.rw_link_addr);
  Bytes rw(p.ram.data() + s.stack_size, p.ram.data() + s.stack_size + s.rw_init.size());
  CHECK(rw == s.rw_init);
}

TEST_CASE("RAM just large enough, and one byte short", "[load]") {
  const ImageSpec s = pointer_spec();
  const Bytes image = build(s);
  Placed ok = place(image, 0x08000000, 0x20000000, 4096);
  REQUIRE(ok.status == RRLD_OK);
  const uint32_t need = ok.r.app_break - 0x20000000 + s.heap_size;
  CHECK(place(image, 0x08000000, 0x20000000, need).status == RRLD_OK);
  Placed short_ = place(image, 0x08000000, 0x20000000, need - 1);
  CHECK(short_.status == RRLD_E_RAM_TOO_SMALL);
  CHECK(zero_result(short_.r));
  CHECK(untouched(short_.ram, 0, need - 1));
  // Each part alone too big.
  for (uint32_t len : {0u, 8u, s.stack_size, s.stack_size + 16, need - s.heap_size})
    CHECK(place(image, 0x08000000, 0x20000000, len).status == RRLD_E_RAM_TOO_SMALL);
  ImageSpec huge = s;
  huge.heap_size = 0xFFFFFFF0u;
  CHECK(place(build(huge), 0x08000000, 0x20000000, 4096).status == RRLD_E_RAM_TOO_SMALL);
  huge = s;
  huge.rw_zero_size = 0x0FFFFFF0u; // the largest sizes: the sums cannot carry
  CHECK(place(build(huge), 0x08000000, 0x20000000, 4096).status == RRLD_E_RAM_TOO_SMALL);
  CHECK(place(build(huge), 0x08000000, 0xF0000000, 0x0FFFFFF8).status ==
        RRLD_E_RAM_TOO_SMALL); // the break would pass 2^32
  huge = s;
  huge.stack_size = 0x0FFFFFF8u;
  CHECK(place(build(huge), 0x08000000, 0x20000000, 4096).status == RRLD_E_RAM_TOO_SMALL);
  CHECK(place(build(huge), 0x08000000, 0xF8000000, 0x07FFFFF8).status ==
        RRLD_E_RAM_TOO_SMALL); // stack_top would pass 2^32
  huge.stack_size = 0xFFFFFFF8u; // and larger ones are not images
  CHECK(place(build(huge), 0x08000000, 0x20000000, 4096).status == RRLD_E_LAYOUT);
  huge = s;
  huge.rw_align_log2 = 16; // padding alone overflows a small region
  CHECK(place(build(huge), 0x08000000, 0x20000008, 4096).status == RRLD_E_RAM_TOO_SMALL);
}

TEST_CASE("placement errors", "[load]") {
  ImageSpec s = pointer_spec();
  s.ro_align_log2 = 8;
  const Bytes image = build(s);
  CHECK(place(image, 0x08000100, 0x20000000, 1024).status == RRLD_OK);
  CHECK(place(image, 0x08000080, 0x20000000, 1024).status == RRLD_E_ALIGN); // ro_addr
  CHECK(place(image, 0x08000000, 0x20000004, 1024).status == RRLD_E_ALIGN); // ram_addr
  CHECK(place(image, 0xFFFFFF00, 0x20000000, 1024).status == RRLD_E_ADDRESS);
  CHECK(place(image, 0x08000000, 0xFFFFFF00, 1024).status == RRLD_E_ADDRESS);
  Placed p = place(image, 0x08000000, 0xFFFFFC00, 1024); // ends exactly at 2^32
  CHECK(p.status == RRLD_E_ADDRESS);
  CHECK(zero_result(p.r));
  CHECK(untouched(p.ram, 0, 1024));
}

TEST_CASE("argument errors", "[load]") {
  const Bytes image = build(pointer_spec());
  Buffer img(image);
  Buffer ram(1024, kCanary);
  rrld_load_result r;
  rrld_load_args a{img.data(), img.size(), 0x08000000, ram.data(), 1024, 0x20000000,
                   RRLD_VERIFIED};
  CHECK(rrld_load(nullptr, &r) == RRLD_E_ARGUMENT);
  CHECK(rrld_load(&a, nullptr) == RRLD_E_ARGUMENT);
  rrld_load_args bad = a;
  bad.ram = nullptr;
  std::memset(&r, 0xAA, sizeof r);
  CHECK(rrld_load(&bad, &r) == RRLD_E_ARGUMENT);
  CHECK(zero_result(r));
  bad = a;
  bad.image = nullptr;
  CHECK(rrld_load(&bad, &r) == RRLD_E_ARGUMENT);
  // The caller must have run rrld_verify (the integrity check) at install.
  for (uint32_t v : {0u, 1u, RRLD_VERIFIED ^ 1u, 0xFFFFFFFFu}) {
    bad = a;
    bad.verified = v;
    std::memset(&r, 0xAA, sizeof r);
    CHECK(rrld_load(&bad, &r) == RRLD_E_ARGUMENT);
    CHECK(zero_result(r));
  }
  bad = a;
  bad.ram = ram.data() + 2; // misaligned RAM pointer
  bad.ram_len = 1000;
  CHECK(rrld_load(&bad, &r) == RRLD_E_ALIGN);
  bad.ram = ram.data() + 4; // word aligned is not enough: 8, as ram_addr
  CHECK(rrld_load(&bad, &r) == RRLD_E_ALIGN);
  CHECK(untouched(ram, 0, 1024));
  // RAM overlapping the image.
  Buffer both(image, 2048);
  bad = a;
  bad.image = both.data();
  bad.ram = both.data() + 64;
  CHECK(rrld_load(&bad, &r) == RRLD_E_ARGUMENT);
  CHECK(both.bytes() == image);
  bad.ram = both.data() + ((image.size() + 7) & ~7u);
  bad.ram_len = 1024;
  CHECK(rrld_load(&bad, &r) == RRLD_OK); // right after it is fine
  // RAM before the image, reaching into its first word or ending at it.
  Buffer after(1024 + image.size());
  std::memcpy(after.data() + 1024, image.data(), image.size());
  bad = a;
  bad.image = after.data() + 1024;
  bad.image_len = static_cast<uint32_t>(image.size());
  bad.ram = after.data();
  bad.ram_len = 1028;
  CHECK(rrld_load(&bad, &r) == RRLD_E_ARGUMENT);
  CHECK(Bytes(after.data() + 1024, after.data() + after.size()) == image);
  bad.ram_len = 1024;
  CHECK(rrld_load(&bad, &r) == RRLD_OK);
  CHECK(rrld_load(&a, &r) == RRLD_OK);
}

TEST_CASE("load refuses an image whose RO->RO words hold another address", "[load][patch]") {
  ImageSpec s = pointer_spec();
  s.ro_ro = {96, 104};
  set32(s.ro_body, 0, s.ro_link_addr + 100);
  set32(s.ro_body, 8, s.ro_link_addr + 120);
  const Bytes image = build(s);
  CHECK(place(image, s.ro_link_addr, 0x20000000, 1024).status == RRLD_OK);
  Placed p = place(image, 0x08000000, 0x20000000, 1024);
  CHECK(p.status == RRLD_E_RO_NOT_PATCHED);
  CHECK(zero_result(p.r));
  CHECK(untouched(p.ram, 0, 1024));
  s.ro_ro.clear(); // without RO->RO words any address will do
  CHECK(place(build(s), 0x08000000, 0x20000000, 1024).status == RRLD_OK);
}

TEST_CASE("a failed load writes nothing, whatever failed", "[load]") {
  const Bytes good = build(pointer_spec());
  for (uint32_t bit = 0; bit < good.size() * 8; bit += 3) {
    Bytes b = good;
    b[bit / 8] ^= uint8_t(1u << (bit % 8));
    Placed p = place(b, 0x08000000, 0x20000000, 1024);
    INFO("bit " << bit);
    // rrld_verify, at install, catches every flip (the CRC); a load after
    // it fails, or copies what the image now says, within RW.
    CHECK(verify_image(b) != RRLD_OK);
    if (p.status != RRLD_OK) {
      CHECK(zero_result(p.r));
      if (p.status != RRLD_E_RELOC_RANGE)
        CHECK(untouched(p.ram, 0, 1024));
    }
  }
}

// rrld_load_args.verified: the kernel verified the image at install; the
// load requires it, and checks everything but the CRC itself.
Placed place_verified(const Bytes &image, uint32_t verified) {
  Buffer img(image);
  Placed p{RRLD_OK, {}, Buffer(1024, kCanary)};
  std::memset(&p.r, 0xAA, sizeof p.r);
  rrld_load_args a{img.data(), img.size(), 0x08000000, p.ram.data(), 1024, 0x20000000, verified};
  p.status = rrld_load(&a, &p.r);
  return p;
}

TEST_CASE("a load checks everything but the CRC, which rrld_verify ran", "[load][verified]") {
  const ImageSpec spec = pointer_spec();
  const Bytes good = build(spec);
  Placed full = place_verified(good, RRLD_VERIFIED);
  REQUIRE(full.status == RRLD_OK);

  // A changed crc32 field: rrld_verify fails, the load does not look; any
  // value but RRLD_VERIFIED (zero-initialised args, garbage) is refused.
  Bytes crc_off = good;
  set32(crc_off, kOffCrc32, get32(good, kOffCrc32) ^ 1);
  CHECK(verify_image(crc_off) == RRLD_E_CRC);
  CHECK(place_verified(crc_off, RRLD_VERIFIED).status == RRLD_OK);
  for (uint32_t v : {0u, 1u, RRLD_VERIFIED ^ 1u, 0xFFFFFFFFu})
    CHECK(place_verified(crc_off, v).status == RRLD_E_ARGUMENT);

  // Every other check stays, CRC fixed or not: header, layout, streams.
  const uint32_t tables = get32(good, kOffRoSize) + get32(good, kOffRwInitSize);
  struct Damage {
    uint32_t off, value;
    rrld_status want;
  } damage[] = {
      {0, 0, RRLD_E_MAGIC},
      {kOffFlags, 1, RRLD_E_FLAGS},
      {kOffRwRoTableSize, get32(good, kOffRwRoTableSize) + 4, RRLD_E_LAYOUT},
      {kOffRwInitSize, get32(good, kOffRwInitSize) + 4, RRLD_E_ALIGN},
      {kOffEntry, 96, RRLD_E_ENTRY},
      // The first RW->RO group names the word 72, past RW (288 bytes once
      // padded): its head, 72 << 3, is the ULEB128 bytes C0 04.
      {tables, (get32(good, tables) & 0xFFFF0000u) | 0x04C0u, RRLD_E_RELOC_RANGE},
  };
  for (const Damage &d : damage) {
    Bytes b = good;
    set32(b, d.off, d.value);
    INFO("offset " << d.off);
    Placed p = place_verified(b, RRLD_VERIFIED);
    CHECK(p.status == d.want);
    CHECK(zero_result(p.r));
    if (d.want == RRLD_E_RELOC_RANGE) {
      // RW streams are checked as they are applied: stores so far stay in
      // [static_base, app_break).
      CHECK(untouched(p.ram, 0, full.r.static_base - 0x20000000));
      CHECK(untouched(p.ram, full.r.app_break - 0x20000000, 1024));
    } else {
      CHECK(untouched(p.ram, 0, 1024));
    }
    fix_crc(b);
    CHECK(place_verified(b, RRLD_VERIFIED).status == d.want);
  }
  // And the placement checks.
  Buffer img(good);
  Buffer ram(64, kCanary);
  rrld_load_args a{img.data(), img.size(), 0x08000000, ram.data(), 64, 0x20000000, RRLD_VERIFIED};
  rrld_load_result r;
  CHECK(rrld_load(&a, &r) == RRLD_E_RAM_TOO_SMALL);
  CHECK(untouched(ram, 0, 64));
}

TEST_CASE("a result inside the image is written last and changes nothing read", "[load][api]") {
  // A caller may hand rrld_load a result that lies in the image buffer (a
  // kernel reusing its buffer).  *result is written only after the last
  // read of the image, so the load is the same as with the result elsewhere:
  // neither the sizes in the header, the RW initial data nor the streams are
  // read after the result overwrote them (which read past the image, or
  // never ended copying, when the result came first).
  const ImageSpec s = pointer_spec();
  const Bytes image = build(s);
  const uint32_t ram_addr = 0x20001000u, ram_len = 1024;
  const Placed ref = place(image, 0x08000000u, ram_addr, ram_len);
  REQUIRE(ref.status == RRLD_OK);
  const uint32_t ro_size = get32(image, RRLD_OFF_RO_SIZE);
  const uint32_t size = uint32_t(image.size());
  for (uint32_t at : {uint32_t(RRLD_OFF_RO_SIZE), uint32_t(RRLD_OFF_IMAGE_SIZE), ro_size,
                      size - 16}) {
    INFO("result at image offset " << at);
    Buffer img(image);
    Buffer ram(ram_len, kCanary);
    rrld_load_result *r = reinterpret_cast<rrld_load_result *>(img.data() + at);
    rrld_load_args a{img.data(), img.size(), 0x08000000u, ram.data(), ram_len, ram_addr,
                     RRLD_VERIFIED};
    REQUIRE(rrld_load(&a, r) == RRLD_OK);
    CHECK(std::memcmp(r, &ref.r, sizeof ref.r) == 0);
    CHECK(ram.bytes() == ref.ram.bytes());
    // The image changed only where the result went.
    Bytes expect = image;
    std::memcpy(expect.data() + at, &ref.r, sizeof ref.r);
    CHECK(img.bytes() == expect);
  }
  // A failed load clears the result, also there, and reads nothing after.
  Buffer img(image);
  Buffer ram(8, kCanary);
  rrld_load_result *r = reinterpret_cast<rrld_load_result *>(img.data() + RRLD_OFF_RO_SIZE);
  rrld_load_args a{img.data(), img.size(), 0x08000000u, ram.data(), 8, ram_addr, RRLD_VERIFIED};
  CHECK(rrld_load(&a, r) == RRLD_E_RAM_TOO_SMALL);
  CHECK(zero_result(*r));
}
