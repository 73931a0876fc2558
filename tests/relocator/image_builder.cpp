// See image_builder.hpp.  Written from docs/format.md.
#include "image_builder.hpp"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace rrld_test {

namespace {
constexpr uint32_t kHeader = 96;
void put(Bytes &b, uint32_t off, uint32_t v) {
  for (int i = 0; i < 4; ++i)
    b[off + i] = static_cast<uint8_t>(v >> (8 * i));
}
} // namespace

uint32_t get32(const Bytes &b, uint32_t off) {
  return uint32_t(b.at(off)) | uint32_t(b.at(off + 1)) << 8 | uint32_t(b.at(off + 2)) << 16 |
         uint32_t(b.at(off + 3)) << 24;
}
void set32(Bytes &b, uint32_t off, uint32_t v) {
  (void)b.at(off + 3);
  put(b, off, v);
}

std::vector<uint32_t> encode_relr(const std::vector<uint32_t> &offsets) {
  std::vector<uint32_t> out;
  size_t i = 0;
  while (i < offsets.size()) {
    out.push_back(offsets[i]);
    uint32_t base = offsets[i] + 4;
    ++i;
    for (;;) {
      uint32_t bits = 0;
      while (i < offsets.size() && offsets[i] - base < 4 * 31) {
        bits |= 1u << ((offsets[i] - base) / 4);
        ++i;
      }
      if (bits == 0)
        break;
      out.push_back((bits << 1) | 1);
      base += 4 * 31;
    }
  }
  return out;
}

std::vector<uint32_t> decode_relr(const std::vector<uint32_t> &entries) {
  std::vector<uint32_t> out;
  uint32_t where = 0;
  for (uint32_t e : entries) {
    if ((e & 1) == 0) {
      out.push_back(e);
      where = e + 4;
    } else {
      for (uint32_t i = 1; i < 32; ++i)
        if (e >> i & 1)
          out.push_back(where + 4 * (i - 1));
      where += 4 * 31;
    }
  }
  return out;
}

uint32_t crc32(const uint8_t *p, size_t n) {
  uint32_t c = 0xFFFFFFFFu;
  for (size_t i = 0; i < n; ++i) {
    c ^= p[i];
    for (int k = 0; k < 8; ++k)
      c = (c >> 1) ^ ((c & 1) ? 0xEDB88320u : 0);
  }
  return ~c;
}

uint32_t integrity_crc(const Bytes &image) {
  // docs/format.md, "Integrity check": [8, image_size).  Tolerates images
  // whose fields were corrupted on purpose: the range stops at the buffer's
  // end.
  const uint32_t size = image.size() >= kOffImageSize + 4
                            ? uint32_t(std::min<uint64_t>(get32(image, kOffImageSize), image.size()))
                            : 0;
  return size > 8 ? crc32(image.data() + 8, size - 8) : crc32(nullptr, 0);
}

void fix_crc(Bytes &image) { set32(image, kOffCrc32, integrity_crc(image)); }

uint32_t padded_init_size(const ImageSpec &s) { return (uint32_t(s.rw_init.size()) + 15) & ~15u; }
uint32_t padded_zero_size(const ImageSpec &s) {
  // RW ends on a multiple of 8: rw_zero_size is one (docs/format.md).
  const uint64_t rw = (uint64_t(s.rw_init.size()) + s.rw_zero_size + 7) & ~uint64_t(7);
  const uint64_t init = padded_init_size(s);
  return rw > init ? uint32_t(rw - init) : 0;
}

Bytes build_raw(const ImageSpec &s, const std::vector<uint32_t> &rw_ro,
                const std::vector<uint32_t> &rw_rw, const std::vector<uint32_t> &ro_ro) {
  if (s.ro_body.size() % 4 || s.rw_init.size() % 4)
    throw std::invalid_argument("sizes must be multiples of 4");
  const uint32_t ro_size = kHeader + uint32_t(s.ro_body.size());
  const uint32_t init_size = padded_init_size(s);
  const uint32_t tables = ro_size + init_size;
  const uint32_t sizes[3] = {uint32_t(4 * rw_ro.size()), uint32_t(4 * rw_rw.size()),
                             uint32_t(4 * ro_ro.size())};
  const uint32_t image_size = tables + sizes[0] + sizes[1] + sizes[2];
  Bytes b(image_size, 0);
  put(b, 0, 0x444C5252u);
  put(b, kOffVersion, 1);
  put(b, kOffImageSize, image_size);
  b[kOffAlign] = s.ro_align_log2;
  b[kOffAlign + 2] = s.rw_align_log2;
  put(b, kOffRoSize, ro_size);
  put(b, kOffRwInitSize, init_size);
  put(b, kOffRwRoTableSize, sizes[0]);
  put(b, kOffRwRwTableSize, sizes[1]);
  put(b, kOffRoRoTableSize, sizes[2]);
  put(b, kOffRwZeroSize, padded_zero_size(s));
  put(b, kOffEntry, s.entry);
  put(b, kOffStackSize, s.stack_size);
  put(b, kOffHeapSize, s.heap_size);
  put(b, kOffRoLinkAddr, s.ro_link_addr);
  put(b, kOffRwLinkAddr, s.rw_link_addr);
  put(b, kOffRoPatchedAddr, s.ro_link_addr); // as it leaves the linker
  std::copy(s.ro_body.begin(), s.ro_body.end(), b.begin() + kHeader);
  std::copy(s.rw_init.begin(), s.rw_init.end(), b.begin() + ro_size);
  uint32_t o = tables;
  for (const auto *stream : {&rw_ro, &rw_rw, &ro_ro})
    for (uint32_t e : *stream) {
      put(b, o, e);
      o += 4;
    }
  fix_crc(b);
  return b;
}

Bytes build(const ImageSpec &s) {
  return build_raw(s, encode_relr(s.rw_ro), encode_relr(s.rw_rw), encode_relr(s.ro_ro));
}

Buffer::Buffer(const Bytes &b, size_t extra)
    : words((b.size() + extra + 7) / 8 + 1, 0), size_(uint32_t(b.size())) {
  std::copy(b.begin(), b.end(), data());
}
Buffer::Buffer(size_t n, uint8_t fill) : words(n / 8 + 1, 0), size_(uint32_t(n)) {
  std::memset(data(), fill, words.size() * 8);
}

ImageSpec random_spec(Rng &rng) {
  ImageSpec s;
  const uint32_t ro_words = 1 + rng.below(64);
  const uint32_t rw_words = rng.below(96);
  s.ro_link_addr = (rng.next() & ~0xFFFu) | 0x1000u;
  s.rw_link_addr = (rng.next() & ~0xFFFu) | 0x2000u;
  for (uint32_t i = 0; i < ro_words * 4; ++i)
    s.ro_body.push_back(uint8_t(rng.next()));
  for (uint32_t i = 0; i < rw_words * 4; ++i)
    s.rw_init.push_back(uint8_t(rng.next()));
  s.rw_zero_size = rng.below(4) ? rng.below(200) : 0;
  s.ro_align_log2 = uint8_t(2 + rng.below(6));
  s.rw_align_log2 = uint8_t(2 + rng.below(6));
  s.entry = (96 + 4 * rng.below(ro_words)) | 1;
  s.stack_size = 8 * rng.below(32);
  s.heap_size = rng.below(64);
  const uint32_t density = 1 + rng.below(4);
  for (uint32_t w = 0; w < s.rw_init.size() / 4; ++w) {
    uint32_t pick = rng.below(8);
    if (pick < density) {
      uint32_t v;
      if (rng.below(2)) {
        s.rw_ro.push_back(4 * w);
        v = s.ro_link_addr + 4 * rng.below(uint32_t(96 + s.ro_body.size()) / 4);
      } else {
        s.rw_rw.push_back(4 * w);
        v = s.rw_link_addr + rng.below(uint32_t(s.rw_init.size() + s.rw_zero_size + 1));
      }
      put(s.rw_init, 4 * w, v);
    }
  }
  for (uint32_t w = 0; w < s.ro_body.size() / 4; ++w)
    if (rng.below(6) == 0) {
      s.ro_ro.push_back(96 + 4 * w);
      put(s.ro_body, 4 * w, s.ro_link_addr + 4 * rng.below(uint32_t(96 + s.ro_body.size()) / 4));
    }
  return s;
}

} // namespace rrld_test
