// libFuzzer target over the whole load path: rrld_verify, rrld_load,
// rrld_patch_ro_in_place and rrld_patch_ro, with the relocator built with
// RRLD_STORE_HOOK so every store is checked against the region it may touch
// (and ASan checks every read and write of the exact-size buffers).
// Properties, each a crash when broken:
//  - a store outside RAM (load) or outside RO (in-place patch);
//  - a callback write outside RO, or any write by a call that then fails;
//  - load/patch succeeding on an image rrld_verify rejects;
//  - a patched image that no longer verifies, or that does not return to
//    the original bytes when patched back;
//  - a load whose result lies inside the image differing from one whose
//    result lies elsewhere (or reading past the image).
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <memory>

#include "rrld/relocator.h"

namespace {
const uint8_t *g_lo, *g_hi;
uint64_t g_stores;

void allow(const uint8_t *lo, size_t n) {
  g_lo = lo;
  g_hi = lo + n;
  g_stores = 0;
}

void require(bool ok) {
  if (!ok)
    __builtin_trap();
}

uint32_t rd32(const uint8_t *p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

struct Flash {
  uint8_t *mem;
  uint32_t ro_size;
  uint32_t writes;
};
int flash_write(void *ctx, uint32_t off, const uint8_t *bytes, uint32_t len) {
  Flash *f = static_cast<Flash *>(ctx);
  require(len <= f->ro_size && off <= f->ro_size - len);
  std::memcpy(f->mem + off, bytes, len);
  ++f->writes;
  return 0;
}
} // namespace

extern "C" void rrld_store_hook(const void *addr, uint32_t len) {
  const uint8_t *p = static_cast<const uint8_t *>(addr);
  require(p >= g_lo && p <= g_hi && len <= size_t(g_hi - p));
  ++g_stores;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > (1u << 20))
    return 0;
  const uint32_t n = uint32_t(size);
  // Exact-size copies: ASan sees any read past the end.
  std::unique_ptr<uint8_t[]> image(new uint8_t[n ? n : 1]);
  std::memcpy(image.get(), data, n);

  allow(nullptr, 0);
  const rrld_status v = rrld_verify(image.get(), n);
  require(g_stores == 0);
  const uint32_t patched =
      n >= RRLD_OFF_RO_PATCHED_ADDR + 4 ? rd32(data + RRLD_OFF_RO_PATCHED_ADDR) : 0;
  const uint32_t ro_size = n >= RRLD_OFF_RO_SIZE + 4 ? rd32(data + RRLD_OFF_RO_SIZE) : 0;

  // Load where the RO->RO words point, into RAM of two sizes, as an image
  // verified at install (the load has no CRC: the fuzzer's bytes reach
  // every structural check, which alone must keep the stores in RAM), and
  // once without that word, which must be refused.
  for (uint32_t i = 0; i < 3; ++i) {
    const uint32_t ram_len = i == 1 ? 64u + (n & 0x3F8u) : 8192u;
    const uint32_t verified = i == 2 ? 0u : RRLD_VERIFIED;
    std::unique_ptr<uint8_t[]> ram(new uint8_t[ram_len]);
    rrld_load_args args{image.get(), n, patched, ram.get(), ram_len, 0x20000000u, verified};
    rrld_load_result r;
    allow(ram.get(), ram_len);
    const rrld_status l = rrld_load(&args, &r);
    if (l == RRLD_OK) {
      // verify also decodes the RO->RO stream, which load leaves to the
      // patchers.
      require(verified == RRLD_VERIFIED);
      require(v == RRLD_OK || v == RRLD_E_CRC || v == RRLD_E_RELOC_RANGE);
      require(r.stack_top >= 0x20000000u && r.static_base >= r.stack_top &&
              r.app_break >= r.static_base && r.app_break <= 0x20000000u + ram_len &&
              (r.stack_top | r.static_base | r.app_break) % 8 == 0);
    } else {
      // A bad RW stream entry is found as the streams are applied, after
      // stores that stayed in RAM (the store hook checks each).
      require(g_stores == 0 || l == RRLD_E_RELOC_RANGE);
      require(verified == RRLD_VERIFIED || l == RRLD_E_ARGUMENT);
      require((r.entry | r.static_base | r.stack_top | r.app_break) == 0);
    }
  }
  require(std::memcmp(image.get(), data, n) == 0);

  // The result inside the image (over the header's sizes, and half way):
  // the load reads nothing after writing it, so status, RAM and result are
  // those of a load with the result elsewhere, and the image changed only
  // under the result.  (A result written first made the load read sizes it
  // had overwritten: past the image.)
  for (uint32_t off : {uint32_t(RRLD_OFF_RO_SIZE), (n / 2) & ~3u}) {
    if (n < 16 || off > n - 16)
      continue;
    const uint32_t ram_len = 8192u;
    std::unique_ptr<uint8_t[]> ram1(new uint8_t[ram_len]()), ram2(new uint8_t[ram_len]());
    rrld_load_args a1{image.get(), n, patched, ram1.get(), ram_len, 0x20000000u, RRLD_VERIFIED};
    rrld_load_result r1;
    allow(ram1.get(), ram_len);
    const rrld_status s1 = rrld_load(&a1, &r1);
    std::unique_ptr<uint8_t[]> inside(new uint8_t[n]);
    std::memcpy(inside.get(), data, n);
    rrld_load_args a2{inside.get(), n, patched, ram2.get(), ram_len, 0x20000000u,
                      RRLD_VERIFIED};
    rrld_load_result *r2 = reinterpret_cast<rrld_load_result *>(inside.get() + off);
    allow(ram2.get(), ram_len);
    const rrld_status s2 = rrld_load(&a2, r2);
    require(s1 == s2 && std::memcmp(ram1.get(), ram2.get(), ram_len) == 0 &&
            std::memcmp(&r1, r2, sizeof r1) == 0);
    require(std::memcmp(inside.get(), data, off) == 0 &&
            std::memcmp(inside.get() + off + 16, data + off + 16, n - off - 16) == 0);
  }

  // Patch in place for another address, then back.
  const uint32_t other = patched + 0x10000u;
  std::unique_ptr<uint8_t[]> copy(new uint8_t[n ? n : 1]);
  std::memcpy(copy.get(), data, n);
  allow(copy.get(), ro_size <= n ? ro_size : 0);
  const rrld_status p = rrld_patch_ro_in_place(copy.get(), n, other);
  if (p != RRLD_OK) {
    require(g_stores == 0 && std::memcmp(copy.get(), data, n) == 0);
  } else {
    require(v == RRLD_OK);
    allow(nullptr, 0);
    require(rrld_verify(copy.get(), n) == RRLD_OK);
    // The callback path writes the same bytes.
    std::unique_ptr<uint8_t[]> flash(new uint8_t[n]);
    std::memcpy(flash.get(), data, n);
    Flash f{flash.get(), ro_size, 0};
    require(rrld_patch_ro(image.get(), n, other, &flash_write, &f) == RRLD_OK);
    require(g_stores == 0 && std::memcmp(flash.get(), copy.get(), n) == 0);
    // And back to where it was, when that is a placement at all: nothing
    // checks that ro_patched_addr is (an image may claim its RO->RO words
    // hold 0xFFFFFF00), and patching to it refuses such an address.
    const uint32_t align_mask = (1u << data[RRLD_OFF_RO_ALIGN_LOG2]) - 1; // checked: <= 17
    const uint32_t image_size = rd32(data + RRLD_OFF_IMAGE_SIZE);
    allow(copy.get(), ro_size);
    const rrld_status back = rrld_patch_ro_in_place(copy.get(), n, patched);
    if ((patched & align_mask) != 0) {
      require(back == RRLD_E_ALIGN && g_stores == 0);
    } else if (image_size > ~patched) {
      require(back == RRLD_E_ADDRESS && g_stores == 0);
    } else {
      require(back == RRLD_OK);
      require(std::memcmp(copy.get(), data, n) == 0);
    }
  }
  return 0;
}
