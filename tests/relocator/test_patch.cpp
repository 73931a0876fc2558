// rrld_patch_ro and rrld_patch_ro_in_place: the RO->RO flow, interruption,
// and loading afterwards.
#include <catch2/catch.hpp>

#include <cstring>

#include "image_builder.hpp"
#include "rrld/relocator.h"
#include "rrld/relocator.hpp"

using namespace rrld_test;

namespace {

ImageSpec ro_spec() {
  ImageSpec s;
  s.ro_body.assign(4 * 80, 0x3C);
  s.rw_init.assign(16, 0);
  s.rw_ro = {0};
  set32(s.rw_init, 0, s.ro_link_addr + 96);
  for (uint32_t w : {0u, 1u, 2u, 5u, 33u, 34u, 70u, 79u}) {
    s.ro_ro.push_back(96 + 4 * w);
    set32(s.ro_body, 4 * w, s.ro_link_addr + 96 + 8 * w);
  }
  return s;
}

// A flash model: writes into a copy, can be told to fail after n writes.
struct Flash {
  Buffer mem;
  uint32_t ro_size;
  int budget = -1; // writes left before failing; -1: never fail
  int writes = 0;
  bool out_of_range = false;
  static int write(void *ctx, uint32_t off, const uint8_t *bytes, uint32_t len) {
    Flash *f = static_cast<Flash *>(ctx);
    if (f->budget == 0)
      return -1;
    if (f->budget > 0)
      --f->budget;
    if (len > f->ro_size || off > f->ro_size - len)
      f->out_of_range = true;
    else
      std::memcpy(f->mem.data() + off, bytes, len);
    ++f->writes;
    return 0;
  }
  explicit Flash(const Bytes &b) : mem(b), ro_size(get32(b, kOffRoSize)) {}
};

} // namespace

TEST_CASE("patch_ro relocates RO->RO words, then load accepts the new address", "[patch]") {
  const ImageSpec s = ro_spec();
  const Bytes image = build(s);
  for (uint32_t ro_addr : {0x08000000u, 0x00000400u, s.ro_link_addr + 0x100u}) {
    Flash f(image);
    REQUIRE(rrld_patch_ro(f.mem.data(), f.mem.size(), ro_addr, &Flash::write, &f) == RRLD_OK);
    CHECK(!f.out_of_range);
    CHECK(f.writes == int(s.ro_ro.size()) + 2); // the words, ro_patched_addr, crc32
    const Bytes patched = f.mem.bytes();
    CHECK(get32(patched, kOffRoPatchedAddr) == ro_addr);
    for (uint32_t o : s.ro_ro)
      CHECK(get32(patched, o) == get32(image, o) + ro_addr - s.ro_link_addr);
    CHECK(rrld_verify(f.mem.data(), f.mem.size()) == RRLD_OK);
    // Only the words and the two fields changed.
    Bytes a = patched, b = image;
    for (uint32_t o : s.ro_ro) {
      set32(a, o, 0);
      set32(b, o, 0);
    }
    for (uint32_t o : {uint32_t(kOffCrc32), uint32_t(kOffRoPatchedAddr)}) {
      set32(a, o, 0);
      set32(b, o, 0);
    }
    CHECK(a == b);
    // Load at the patched address, not elsewhere.
    Buffer ram(256);
    rrld_load_result r;
    rrld_load_args args{f.mem.data(), f.mem.size(), ro_addr, ram.data(), 256, 0x20000000,
                        RRLD_VERIFIED};
    CHECK(rrld_load(&args, &r) == RRLD_OK);
    CHECK(get32(ram.bytes(), 0) == ro_addr + 96);
    args.ro_addr = ro_addr + 0x1000;
    CHECK(rrld_load(&args, &r) == RRLD_E_RO_NOT_PATCHED);
    // In place gives the same bytes.
    Buffer in_place(image);
    CHECK(rrld_patch_ro_in_place(in_place.data(), in_place.size(), ro_addr) == RRLD_OK);
    CHECK(in_place.bytes() == patched);
  }
}

TEST_CASE("patching again moves the words on", "[patch]") {
  const ImageSpec s = ro_spec();
  Buffer img(build(s));
  REQUIRE(rrld_patch_ro_in_place(img.data(), img.size(), 0x08000000) == RRLD_OK);
  REQUIRE(rrld_patch_ro_in_place(img.data(), img.size(), 0x00300000) == RRLD_OK);
  CHECK(rrld_verify(img.data(), img.size()) == RRLD_OK);
  const Bytes fresh = build(s);
  for (uint32_t o : s.ro_ro)
    CHECK(get32(img.bytes(), o) == get32(fresh, o) + 0x00300000 - s.ro_link_addr);
  // Back to the link address: the image is as it left the linker.
  REQUIRE(rrld_patch_ro_in_place(img.data(), img.size(), s.ro_link_addr) == RRLD_OK);
  CHECK(img.bytes() == fresh);
}

TEST_CASE("patching for the current address writes nothing", "[patch]") {
  const ImageSpec s = ro_spec();
  Flash f(build(s));
  CHECK(rrld_patch_ro(f.mem.data(), f.mem.size(), s.ro_link_addr, &Flash::write, &f) == RRLD_OK);
  CHECK(f.writes == 0);
}

TEST_CASE("an interrupted patch fails verification", "[patch][crc]") {
  const ImageSpec s = ro_spec();
  const Bytes image = build(s);
  const int total = int(s.ro_ro.size()) + 2; // the words, ro_patched_addr, crc32
  for (int n = 0; n < total; ++n) {
    INFO("writes before failure " << n);
    Flash f(image);
    f.budget = n;
    CHECK(rrld_patch_ro(f.mem.data(), f.mem.size(), 0x08000000, &Flash::write, &f) ==
          RRLD_E_WRITE);
    CHECK(f.writes == n);
    // Nothing written: still the old image.  Anything written: broken.
    const rrld_status v = rrld_verify(f.mem.data(), f.mem.size());
    CHECK(v == (n == 0 ? RRLD_OK : RRLD_E_CRC));
    // So a kernel that verifies, then loads, never starts it there.
    Buffer ram(256);
    rrld_load_result r;
    rrld_load_args args{f.mem.data(), f.mem.size(), 0x08000000, ram.data(), 256, 0x20000000,
                        RRLD_VERIFIED};
    CHECK((v != RRLD_OK || rrld_load(&args, &r) != RRLD_OK));
  }
}

TEST_CASE("patch errors", "[patch]") {
  ImageSpec s = ro_spec();
  s.ro_align_log2 = 10;
  Bytes image = build(s);
  Flash f(image);
  CHECK(rrld_patch_ro(f.mem.data(), f.mem.size(), 0x08000000, nullptr, &f) == RRLD_E_ARGUMENT);
  CHECK(rrld_patch_ro(nullptr, 100, 0x08000000, &Flash::write, &f) == RRLD_E_ARGUMENT);
  CHECK(rrld_patch_ro_in_place(nullptr, 100, 0x08000000) == RRLD_E_ARGUMENT);
  CHECK(rrld_patch_ro(f.mem.data(), f.mem.size(), 0x08000200, &Flash::write, &f) == RRLD_E_ALIGN);
  Flash g(build(ro_spec())); // word-aligned: fits up to the last 256 bytes, not the image
  CHECK(rrld_patch_ro(g.mem.data(), g.mem.size(), 0xFFFFFF00, &Flash::write, &g) ==
        RRLD_E_ADDRESS);
  CHECK(g.writes == 0);
  CHECK(rrld_patch_ro(f.mem.data(), 50, 0x08000000, &Flash::write, &f) == RRLD_E_TRUNCATED);
  CHECK(f.writes == 0);
  Buffer img(image);
  CHECK(rrld_patch_ro_in_place(img.data(), img.size(), 0x08000200) == RRLD_E_ALIGN);
  image[300] ^= 4;
  Buffer bad(image);
  CHECK(rrld_patch_ro_in_place(bad.data(), bad.size(), 0x08000000) == RRLD_E_CRC);
  CHECK(bad.bytes() == image);
}

TEST_CASE("C++ API", "[patch][api]") {
  const ImageSpec s = ro_spec();
  Buffer img(build(s));
  Buffer copy(build(s));
  int calls = 0;
  auto writer = [&](uint32_t off, const uint8_t *bytes, uint32_t len) {
    std::memcpy(copy.data() + off, bytes, len);
    ++calls;
    return 0;
  };
  CHECK(rrld::patch_ro(img.data(), img.size(), 0x08000000, writer) == rrld::Status::ok);
  CHECK(calls == int(s.ro_ro.size()) + 2);
  CHECK(rrld::verify(copy.data(), copy.size()) == rrld::Status::ok);
  Buffer ram(256);
  rrld::LoadArgs args{copy.data(), copy.size(), 0x08000000, ram.data(), 256, 0x20000000,
                      RRLD_VERIFIED};
  rrld::LoadResult r;
  CHECK(rrld::load(args, r) == rrld::Status::ok);
  args.ro_addr = 0x09000000;
  CHECK(rrld::load(args, r) == rrld::Status::ro_not_patched);
  CHECK(std::string(rrld::name(rrld::Status::ro_not_patched)) == "RRLD_E_RO_NOT_PATCHED");
  CHECK(rrld::patch_ro_in_place(img.data(), img.size(), 0x08000000) == rrld::Status::ok);
}
