// Writes the cases of the QEMU differential test as a C++ source
// (gen_diff <out.cpp> [cases]): random and mutated images, random placements,
// then cases at the edge of each check, with what the reference
// implementation (the C++ relocator, host build) returns for each: status,
// result and a hash of the whole RAM buffer after the call.  diff.cpp runs
// the Cortex-M build (rrld_load in assembly) on the same inputs and
// compares.  Fixed seeds.
#include <cstdio>
#include <cstring>
#include <string>

#include "diff_case.h"
#include "image_builder.hpp"
#include "rrld/relocator.h"

using namespace rrld_test;

namespace {

uint32_t hash(const uint8_t *p, uint32_t n) { // FNV-1a
  uint32_t h = 2166136261u;
  for (uint32_t i = 0; i < n; ++i)
    h = (h ^ p[i]) * 16777619u;
  return h;
}

// Mutations a corrupt or hostile image might carry (the CRC is often
// fixed: rrld_verify's check, which rrld_load does not run).
void mutate(Bytes &b, Rng &rng) {
  const uint32_t kind = rng.below(8);
  const uint32_t n = uint32_t(b.size());
  static const uint32_t nasty[] = {0, 1, 2, 3, 4, 7, 8, 95, 96, 97, 100, 0x7FFFFFFF, 0x80000000,
                                   0xFFFFFFFC, 0xFFFFFFFF, 0xFFFFFF00, 0x00010001, 0x00001102};
  if (kind == 0) { // bit flips anywhere
    for (uint32_t i = 0, k = 1 + rng.below(3); i < k; ++i)
      b[rng.below(n)] ^= uint8_t(1u << rng.below(8));
  } else if (kind <= 3) { // a header word (any) set to something nasty
    const uint32_t off = 4 * rng.below(24);
    uint32_t v = rng.below(2) ? nasty[rng.below(18)] : get32(b, off) + (rng.below(64) - 32) * 4;
    if (rng.below(4) == 0)
      v = get32(b, off) ^ (1u << rng.below(32));
    set32(b, off, v);
  } else if (kind <= 5) { // stream bytes replaced, a word at a time
    const uint64_t tables = uint64_t(get32(b, kOffRoSize)) + get32(b, kOffRwInitSize);
    if (tables + 4 <= n) {
      uint32_t off = uint32_t(tables) + 4 * rng.below(uint32_t(n - tables) / 4);
      uint32_t v = rng.below(2) ? rng.next() : get32(b, off) ^ (1u << rng.below(32));
      if (rng.below(3) == 0)
        v = nasty[rng.below(18)];
      set32(b, off, v);
    }
  } else if (kind == 6) { // truncated
    b.resize(rng.below(n + 1));
  } else if (rng.below(2) == 0) { // bytes moved from RO to RW init, the sum kept
    const uint32_t d = 16 * (1 + rng.below(12));
    set32(b, kOffRoSize, get32(b, kOffRoSize) - d);
    set32(b, kOffRwInitSize, get32(b, kOffRwInitSize) + d);
  }
  if (b.size() >= 96 && rng.below(3) != 0)
    fix_crc(b);
}

// Runs the reference on one case (the placement and flags in d, the image
// readable up to d.image_len, at least its size) and writes the case with
// what the reference returned.
void record(std::FILE *f, std::string &blob, const Bytes &image, DiffCase d) {
  d.image_off = uint32_t(blob.size());
  blob.append(reinterpret_cast<const char *>(image.data()), image.size());
  blob.append(d.image_len - image.size(), '\0'); // readable past image_size (zeros)
  blob.append((8 - blob.size() % 8) % 8, '\0');

  // The reference, on the same layout: RAM buffer filled with 0xEE, the
  // image at an 8-aligned address, or inside the RAM buffer (kInRam).
  Buffer ram(kDiffRamBytes, 0xEE);
  Buffer img(image, d.image_len - image.size());
  const uint8_t *ip = img.data();
  if (d.flags & kInRam) {
    std::memcpy(ram.data() + kDiffImageInRam, image.data(), image.size());
    ip = ram.data() + kDiffImageInRam;
    d.image_len = uint32_t(image.size());
  }
  if (d.flags & kImageMisaligned)
    ip += 2;
  uint8_t *rp = (d.flags & kRamNull) ? nullptr : ram.data();
  if (d.flags & kRamInImage)
    rp = ram.data() + kDiffImageInRam + d.ram_off;
  if (d.flags & kRamMisaligned)
    rp += 4; // word aligned, not 8-aligned
  rrld_load_args a{ip, d.image_len, d.ro_addr, rp, d.ram_len, d.ram_addr, d.verified};
  rrld_load_result r;
  std::memset(&r, 0xAA, sizeof r);
  rrld_load_result *rp_result = &r;
  if (d.flags & kResultInImage)
    rp_result = reinterpret_cast<rrld_load_result *>(ram.data() + kDiffImageInRam + d.result_off);
  d.status = rrld_load((d.flags & kArgsNull) ? nullptr : &a,
                       (d.flags & kResultNull) ? nullptr : rp_result);
  static_assert(sizeof r == sizeof d.result, "diff_case.h: the result's words");
  std::memcpy(d.result, rp_result, sizeof r);
  d.ram_hash = hash(ram.data(), kDiffRamBytes);
  std::fprintf(f, "{%uu,%uu,0x%08xu,%uu,0x%08xu,0x%08xu,%uu,%uu,%uu,%uu,{", d.image_off,
               d.image_len, d.ro_addr, d.ram_len, d.ram_addr, d.verified, d.flags,
               d.result_off, d.ram_off, d.status);
  for (uint32_t w : d.result)
    std::fprintf(f, "0x%08xu,", w);
  std::fprintf(f, "},0x%08xu},\n", d.ram_hash);
}

// Cases on both sides of each check's edge, which random mutations reach
// rarely (an entry point of 95, a window ending one word past the segment,
// the last bitmap byte missing from a stream): a valid image (no RO->RO
// stream, RW of at least 20 words) placed where it loads, then one header
// field, placement argument or stream changed.  Their own generator, after
// the random cases, which stay as they were.  Returns how many.
uint32_t edge_cases(std::FILE *f, std::string &blob) {
  Rng rng(0xED6E5EEDu);
  uint32_t count = 0;
  auto spec = [&rng]() {
    ImageSpec s;
    do
      s = random_spec(rng);
    while (s.rw_init.size() < 80);
    s.ro_ro.clear();
    return s;
  };
  auto placed = [&rng](const Bytes &image) {
    DiffCase d{};
    d.image_len = uint32_t(image.size());
    d.ro_addr = get32(image, kOffRoPatchedAddr); // 4 KiB aligned
    d.ram_len = kDiffRamBytes - kDiffGuard;
    d.ram_addr = rng.next() & 0x7FFFFFF8u;
    d.verified = RRLD_VERIFIED;
    return d;
  };
  auto add = [&](const Bytes &image, const DiffCase &d) {
    record(f, blob, image, d);
    ++count;
  };
  // One header word of image set to each value, placed where it loads.
  auto header = [&](const Bytes &image, uint32_t off, std::initializer_list<uint32_t> values) {
    const DiffCase d = placed(image);
    for (uint32_t v : values) {
      Bytes b = image;
      set32(b, off, v);
      add(b, d);
    }
  };

  // Steps 1-5: the buffer's length, the entry point, the alignment bytes and
  // their pads, the sizes' alignment and limits, the layout's padding.
  {
    const Bytes image = build(spec());
    const uint32_t n = uint32_t(image.size());
    for (uint32_t len : {n, n + 4, 96u, 95u}) {
      Bytes b = image;
      b.resize(len < n ? len : n);
      DiffCase d = placed(image);
      d.image_len = len;
      add(b, d);
    }
    Bytes b = image; // image_size past the buffer by one word
    set32(b, kOffImageSize, n + 4);
    add(b, placed(image));
    for (uint32_t len : {96u, 95u}) { // the header alone, image_size 96
      Bytes h(image.begin(), image.begin() + 96);
      set32(h, kOffImageSize, 96);
      DiffCase d = placed(image);
      d.image_len = len;
      h.resize(len);
      add(h, d);
    }
  }
  {
    const Bytes image = build(spec());
    const uint32_t ro = get32(image, kOffRoSize);
    header(image, kOffEntry, {95, 96, 97, 99, ro - 1, ro + 1, ro - 3, ro + 3, ro});
  }
  for (uint32_t byte = kOffAlign; byte < kOffAlign + 4; ++byte) {
    const Bytes image = build(spec());
    const DiffCase d = placed(image);
    for (uint32_t v : {0, 1, 2, 7, 12, 17, 18, 255}) {
      Bytes b = image;
      b[byte] = uint8_t(v);
      add(b, d);
    }
  }
  header(build(spec()), kOffStackSize, {4, 8, 0x0FFFFFF8u, 0x10000000u});
  header(build(spec()), kOffRwZeroSize, {4, 8, 0x0FFFFFF8u, 0x10000000u});
  header(build(spec()), kOffHeapSize, {0, 0xFFFFFFFFu, 0x0FFFFFFFu});
  for (uint32_t off : {kOffRoSize, kOffRwInitSize, kOffRwRoTableSize, kOffRwRwTableSize,
                       kOffRoRoTableSize}) {
    const Bytes image = build(spec());
    const uint32_t v = get32(image, off);
    header(image, off, {v + 1, v + 4, v + 16, v - 4, v | 0x10000000u});
  }
  {
    Bytes image = build(spec());
    const uint32_t n = uint32_t(image.size());
    image.resize(n + 8, 0);
    header(image, kOffImageSize, {n + 3, n + 4, n + 8});
  }

  // The placement: ro_addr's alignment and the top of the address space,
  // RAM and ram_addr alignment and end, the RAM layout exactly fitting.
  {
    const Bytes image = build(spec());
    const uint32_t n = uint32_t(image.size());
    const uint32_t align = 1u << image[kOffAlign];
    const DiffCase d0 = placed(image);
    const uint32_t top = (0u - n) & ~(align - 1); // the highest RO that fits
    for (uint32_t ro : {d0.ro_addr + align / 2, top, top + align, 0u - align, 0u}) {
      DiffCase d = d0;
      d.ro_addr = ro;
      add(image, d);
    }
    for (uint32_t ram_addr : {0u - d0.ram_len, 0u - d0.ram_len - 8, 0u - d0.ram_len + 8,
                              d0.ram_addr + 4, 0u}) {
      DiffCase d = d0;
      d.ram_addr = ram_addr;
      add(image, d);
    }
    DiffCase d = d0;
    d.flags = kRamMisaligned;
    add(image, d);
    // RAM and the image, in the RAM buffer: RAM just below the image or
    // reaching one word into it; RAM starting inside the image, at its
    // last word, or just past it.
    if (n <= kDiffRamBytes - kDiffImageInRam - kDiffGuard - 64) {
      for (uint32_t len : {kDiffImageInRam, kDiffImageInRam + 8}) {
        d = d0;
        d.flags = kInRam;
        d.ram_len = len;
        add(image, d);
      }
      for (uint32_t off : {8u, (n - 4) & ~7u, (n + 7) & ~7u, (n + 15) & ~7u}) {
        d = d0;
        d.flags = kInRam | kRamInImage;
        d.ram_off = off;
        d.ram_len = kDiffRamBytes - kDiffImageInRam - kDiffGuard - off;
        add(image, d);
      }
    }
  }
  for (uint32_t i = 0; i < 4; ++i) {
    const ImageSpec s = spec();
    const Bytes image = build(s);
    DiffCase d = placed(image);
    const uint32_t rw_align = 1u << s.rw_align_log2;
    const uint32_t rw_addr = (d.ram_addr + s.stack_size + rw_align - 1) & ~(rw_align - 1);
    const uint32_t used = rw_addr - d.ram_addr + padded_init_size(s) + padded_zero_size(s);
    for (uint32_t len : {used + s.heap_size, used + s.heap_size - 1, used, used - 8}) {
      d.ram_len = len;
      add(image, d);
    }
  }
  { // RO->RO words: patched for ro_addr or not
    ImageSpec s;
    do
      s = random_spec(rng);
    while (s.ro_ro.empty());
    const Bytes image = build(s);
    DiffCase d = placed(image);
    add(image, d);
    d.ro_addr += 1u << s.ro_align_log2;
    add(image, d);
  }

  // The RW streams: each kind of group at the segment's end, inside and one
  // word past; numbers of 4 bytes, of 5, cut off; bitmap bytes missing at
  // the stream's end, with and without another stream after it.
  for (uint32_t which = 0; which < 3; ++which) {
    const ImageSpec s = spec();
    const uint32_t w = padded_init_size(s) / 4; // the segment's words, 16 or more
    const Bytes streams[] = {
        cat({head(0, 7), uleb(w)}),
        cat({head(0, 7), uleb(w + 1)}),
        cat({head(1, 7), uleb(w - 1)}),
        cat({head(0, 7), uleb(0)}),
        head(w - 1, 0),
        head(w, 0),
        cat({head(w - 9, 1), {0xFF}}),
        cat({head(w - 8, 1), {0x81}}),
        cat({head(w - 17, 2), {0x00, 0x80}}),
        cat({head(0, 2), {0x55}}),
        cat({head(0, 6), {1, 2, 3, 4, 5}}),
        Bytes{0x80, 0x80, 0x80, 0x00},
        Bytes{0x80, 0x80, 0x80, 0x80, 0x00},
        Bytes{0x88, 0x80},
        cat({head(2, 0), head(0, 7), uleb(3), head(1, 1), {0x0F}}),
    };
    for (const Bytes &t : streams) {
      // which: the RW->RO stream alone, the RW->RW one alone, or the
      // RW->RO one followed by a group of the RW->RW one.
      const Bytes other = which == 2 ? cat({head(3, 1), {0xA5}}) : Bytes{};
      const Bytes image = which == 1 ? build_raw(s, {}, t, {}) : build_raw(s, t, other, {});
      add(image, placed(image));
    }
  }
  return count;
}

} // namespace

int main(int argc, char **argv) {
  if (argc != 2 && argc != 3)
    return 2;
  const uint32_t cases = argc == 3 ? uint32_t(std::stoul(argv[2])) : 3000;
  std::FILE *f = std::fopen(argv[1], "w");
  if (!f)
    return 1;
  Rng rng(0xD1FF5EEDu);
  std::string blob;
  std::fprintf(f, "// Generated by gen_diff: do not edit.\n#include \"diff_case.h\"\n");
  std::fprintf(f, "extern const DiffCase diff_cases[] = {\n");
  for (uint32_t c = 0; c < cases; ++c) {
    ImageSpec spec = random_spec(rng);
    Bytes image = build(spec);
    if (c % 5 != 0)
      mutate(image, rng);
    DiffCase d{};
    d.image_len = uint32_t(image.size());
    if (rng.below(8) == 0)
      d.image_len += 4 * rng.below(4); // readable past image_size (zeros)
    d.ro_addr = rng.below(2) && image.size() >= kOffRoPatchedAddr + 4
                    ? get32(image, kOffRoPatchedAddr)
                    : rng.next();
    if (rng.below(4) != 0)
      d.ro_addr &= ~((1u << spec.ro_align_log2) - 1);
    if (rng.below(16) == 0)
      d.ro_addr |= 0xFFFF0000u;
    d.ram_len = rng.below(4) ? 256 + rng.below(kDiffRamBytes - 256 - kDiffGuard)
                             : rng.below(256);
    d.ram_addr = rng.below(8) ? (rng.next() & ~7u) : rng.next();
    if (rng.below(16) == 0)
      d.ram_addr = 0xFFFFFFFFu - d.ram_len + rng.below(3); // the top of the address space
    // rrld_load requires the caller's word that rrld_verify ran.
    d.verified = rng.below(8) ? RRLD_VERIFIED : (rng.below(2) ? 0 : rng.next());
    if (rng.below(12) == 0)
      d.flags = 1u << rng.below(6);
    // One case in 8 (no random draw, so the other cases stay as they were):
    // the result inside the image, over the header's sizes, its first
    // words, the RW initial data or its last 16 bytes.
    if (c % 8 == 5 && image.size() >= kOffRoPatchedAddr + 16) {
      d.flags = kInRam | kResultInImage;
      const uint32_t ro_size = get32(image, kOffRoSize);
      const uint32_t offs[4] = {kOffRoSize, 0, ro_size, uint32_t(image.size()) - 16};
      d.result_off = offs[(c / 8) % 4] & ~3u;
      if (d.result_off > image.size() - 16)
        d.result_off = kOffRoSize;
      // Placed so that the load can succeed: RAM below the image's copy,
      // aligned, at the address the RO->RO words hold.
      d.ram_len = 256 + d.ram_len % (kDiffImageInRam - 256);
      d.ram_addr &= ~7u;
      d.ro_addr = get32(image, kOffRoPatchedAddr) & ~((1u << spec.ro_align_log2) - 1);
    }
    if ((d.flags & kInRam) && image.size() > kDiffRamBytes - kDiffImageInRam - kDiffGuard)
      d.flags = 0;
    record(f, blob, image, d);
  }
  const uint32_t edges = edge_cases(f, blob);
  std::fprintf(f, "};\nextern const uint32_t diff_case_count = %u;\n", cases + edges);
  std::fprintf(f, "alignas(8) extern const uint8_t diff_blob[] = {");
  for (size_t i = 0; i < blob.size(); ++i)
    std::fprintf(f, "%s%u,", i % 24 ? "" : "\n", uint8_t(blob[i]));
  std::fprintf(f, "0};\n");
  return std::fclose(f) == 0 ? 0 : 1;
}
