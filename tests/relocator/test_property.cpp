// Property check: every store the relocator makes lies in the RW part of the
// RAM region it was given, [static_base, app_break) as computed here from
// the header (load), or in the RO segment of the image it patches (in place);
// patches through the callback stay inside RO; a failed call stores nothing.
// Random and mutated images, fixed seed, bounded iterations.  Linked with
// rrld_relocator_checked, whose every store calls rrld_store_hook first.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>

#include "image_builder.hpp"
#include "rrld/relocator.h"

using namespace rrld_test;

namespace {

struct Window {
  const uint8_t *lo = nullptr;
  const uint8_t *hi = nullptr; // [lo, hi) may be stored to
  uint64_t stores = 0;
  uint64_t violations = 0;
} g_window;

struct Flash {
  uint32_t ro_size;
  Buffer *mem;
  uint64_t writes = 0, violations = 0;
  static int write(void *ctx, uint32_t off, const uint8_t *bytes, uint32_t len) {
    Flash *f = static_cast<Flash *>(ctx);
    ++f->writes;
    if (len > f->ro_size || off > f->ro_size - len) {
      ++f->violations;
      return -1;
    }
    std::memcpy(f->mem->data() + off, bytes, len);
    return 0;
  }
};

void allow(const uint8_t *lo, uint32_t n) {
  g_window.lo = lo;
  g_window.hi = lo + n;
  g_window.stores = 0;
}

// Mutations a corrupt or hostile image might carry.
void mutate(Bytes &b, Rng &rng) {
  const uint32_t kind = rng.below(6);
  const uint32_t n = uint32_t(b.size());
  if (kind == 0) { // a few random bit flips anywhere
    for (uint32_t i = 0, k = 1 + rng.below(4); i < k; ++i)
      b[rng.below(n)] ^= uint8_t(1u << rng.below(8));
  } else if (kind == 1 || kind == 2) { // a header field set to something nasty, CRC fixed
    static const uint32_t nasty[] = {0, 1, 2, 3, 4, 95, 96, 97, 0x7FFFFFFF, 0x80000000,
                                     0xFFFFFFFC, 0xFFFFFFFF, 0xFFFFFF00};
    const uint32_t off = 4 * (2 + rng.below(17)); // version .. ro_patched_addr
    uint32_t v = rng.below(2) ? nasty[rng.below(13)] : get32(b, off) + (rng.below(64) - 32) * 4;
    set32(b, off, v);
    if (kind == 2)
      fix_crc(b);
  } else if (kind == 3) { // a table word replaced, CRC fixed
    const uint32_t tables = n >= kOffRwInitSize + 4
                                ? get32(b, kOffRoSize) + get32(b, kOffRwInitSize)
                                : n;
    if (tables < n && tables + 4 <= n) {
      uint32_t off = tables + 4 * rng.below((n - tables) / 4);
      uint32_t v = rng.below(2) ? rng.next() : get32(b, off) ^ (1u << rng.below(32));
      set32(b, off, v);
    }
    fix_crc(b);
  } else if (kind == 4) { // truncated
    b.resize(rng.below(n));
  } else { // left valid
  }
}

uint32_t random_addr(Rng &rng, uint32_t align_log2) {
  uint32_t a = rng.next();
  if (rng.below(4))
    a &= ~((1u << align_log2) - 1);
  if (rng.below(8) == 0)
    a |= 0xFFFF0000u; // near the top of the address space
  return a;
}

} // namespace

extern "C" void rrld_store_hook(const void *addr, uint32_t len) {
  const uint8_t *p = static_cast<const uint8_t *>(addr);
  ++g_window.stores;
  if (p < g_window.lo || p > g_window.hi || len > uint32_t(g_window.hi - p))
    ++g_window.violations;
}

TEST_CASE("stores stay in the given regions for random and mutated images", "[property]") {
  Rng rng(0x5EED1234u);
  uint64_t ok_loads = 0, failed_loads = 0;
  for (int iter = 0; iter < 20000; ++iter) {
    const ImageSpec spec = random_spec(rng);
    Bytes image = build(spec);
    if (iter % 4 != 0)
      mutate(image, rng);

    // verify writes nothing.
    Buffer img(image);
    allow(nullptr, 0);
    const rrld_status v = rrld_verify(img.data(), img.size());
    CHECK(g_window.stores == 0);

    // load.
    const uint32_t ram_len = rng.below(4) ? 256 + rng.below(2048) : rng.below(256);
    Buffer ram(ram_len, 0xEE);
    // Half the time where its RO->RO words point, so loads can succeed.
    const uint32_t ro_addr = (rng.below(2) && image.size() >= kOffRoPatchedAddr + 4)
                                 ? get32(image, kOffRoPatchedAddr)
                                 : random_addr(rng, spec.ro_align_log2);
    uint32_t ram_addr = rng.below(8) ? (rng.next() & ~7u) : rng.next();
    // Most loads claim the image was verified at install (it may not have
    // been): the load has no CRC, the stores must stay in RAM all the same.
    // The others must be refused before anything is read.
    const bool trusted = rng.below(8) != 0;
    rrld_load_args args{img.data(), img.size(), ro_addr, ram.data(), ram_len, ram_addr,
                        trusted ? RRLD_VERIFIED : 0u};
    rrld_load_result r;
    std::memset(&r, 0xAA, sizeof r);
    // The load may store only to [static_base, app_break) (the stack below
    // and the heap above stay as they are), computed here from the header
    // as docs/format.md's "Placement rules" say, not from the result; an
    // empty window when that is not inside the RAM buffer or the header
    // cannot say (such loads must fail before any store).
    uint64_t rw_lo = 0, rw_hi = 0;
    if (image.size() >= kOffReserved && image[kOffAlign + 2] <= 17) {
      const uint64_t align = uint64_t(1) << image[kOffAlign + 2];
      const uint64_t stack_top = uint64_t(ram_addr) + get32(image, kOffStackSize);
      rw_lo = (stack_top + align - 1) & ~(align - 1);
      rw_hi = rw_lo + get32(image, kOffRwInitSize) + get32(image, kOffRwZeroSize);
    }
    if (rw_hi <= uint64_t(ram_addr) + ram_len)
      allow(ram.data() + (rw_lo - ram_addr), uint32_t(rw_hi - rw_lo));
    else
      allow(nullptr, 0);
    const rrld_status l = rrld_load(&args, &r);
    if (l == RRLD_OK) {
      ++ok_loads;
      // verify also decodes the RO->RO stream, which load leaves to the
      // patchers: a bad one fails verify alone.
      CHECK(trusted);
      CHECK((v == RRLD_OK || v == RRLD_E_CRC || v == RRLD_E_RELOC_RANGE));
      const uint64_t ram_end = uint64_t(ram_addr) + ram_len;
      CHECK(r.stack_top >= ram_addr);
      CHECK(r.static_base >= r.stack_top);
      CHECK(r.app_break >= r.static_base);
      CHECK(r.app_break <= ram_end);
      CHECK(ram_end - r.app_break >= get32(image, kOffHeapSize));
      CHECK((r.stack_top | r.static_base | r.app_break) % 8 == 0);
      CHECK(r.static_base == rw_lo); // the window checked is the one reported
      CHECK(r.app_break == rw_hi);
    } else {
      ++failed_loads;
      // Only a bad RW stream entry is found after the first store (the
      // streams are checked as they are applied); the stores so far stayed
      // in RAM like all others (the hook counts any that did not).
      if (l != RRLD_E_RELOC_RANGE)
        CHECK(g_window.stores == 0);
      if (!trusted)
        CHECK(l == RRLD_E_ARGUMENT);
      CHECK((r.entry | r.static_base | r.stack_top | r.app_break) == 0);
    }
    CHECK(img.bytes() == image); // load never writes the image

    // patch through the callback: no direct stores at all.
    Buffer flash_mem(image);
    Flash f{image.size() >= kOffRoSize + 4 ? get32(image, kOffRoSize) : 0, &flash_mem};
    const uint32_t new_ro = random_addr(rng, spec.ro_align_log2);
    allow(nullptr, 0);
    const rrld_status p = rrld_patch_ro(img.data(), img.size(), new_ro, &Flash::write, &f);
    CHECK(g_window.stores == 0);
    CHECK(f.violations == 0);
    if (p != RRLD_OK)
      CHECK(f.writes == 0);
    else
      CHECK(rrld_verify(flash_mem.data(), flash_mem.size()) == RRLD_OK);

    // patch in place: stores only inside RO.
    Buffer inplace(image);
    const uint32_t ro_size = image.size() >= kOffRoSize + 4 ? get32(image, kOffRoSize) : 0;
    allow(inplace.data(), std::min<uint32_t>(ro_size, inplace.size()));
    const rrld_status q = rrld_patch_ro_in_place(inplace.data(), inplace.size(), new_ro);
    CHECK(q == p);
    if (q != RRLD_OK) {
      CHECK(g_window.stores == 0);
      CHECK(inplace.bytes() == image);
    } else {
      CHECK(inplace.bytes() == flash_mem.bytes());
    }
  }
  CHECK(g_window.violations == 0);
  // The generator must exercise both outcomes.
  CHECK(ok_loads > 2000);
  CHECK(failed_loads > 2000);
}
