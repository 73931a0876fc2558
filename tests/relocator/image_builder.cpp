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

Bytes uleb(uint32_t v) {
  Bytes out;
  do {
    uint8_t b = v & 0x7F;
    v >>= 7;
    out.push_back(v ? b | 0x80 : b);
  } while (v);
  return out;
}

Bytes head(uint32_t skip, uint32_t kind) { return uleb(skip << 3 | kind); }

Bytes cat(std::initializer_list<Bytes> parts) {
  Bytes out;
  for (const Bytes &p : parts)
    out.insert(out.end(), p.begin(), p.end());
  return out;
}

Bytes encode_stream(const std::vector<uint32_t> &offsets, uint32_t start, uint32_t seg_size) {
  Bytes out;
  uint32_t where = start / 4; // in words from here
  const uint32_t end = seg_size / 4;
  size_t i = 0;
  while (i < offsets.size()) {
    const uint32_t w = offsets[i] / 4;
    size_t run = 1;
    while (i + run < offsets.size() && offsets[i + run] / 4 == w + run)
      ++run;
    if (run >= 2) { // kind 7: a run of `run` words
      out = cat({out, head(w - where, 7), uleb(uint32_t(run))});
      i += run;
      where = w + uint32_t(run);
      continue;
    }
    Bytes bits;
    uint32_t base = w + 1;
    ++i;
    while (bits.size() < 6 && i < offsets.size() && base + 8 <= end &&
           offsets[i] / 4 < base + 8) {
      uint8_t b = 0;
      for (; i < offsets.size() && offsets[i] / 4 < base + 8; ++i)
        b |= uint8_t(1u << (offsets[i] / 4 - base));
      bits.push_back(b);
      base += 8;
    }
    out = cat({out, head(w - where, uint32_t(bits.size())), bits});
    where = w + 1 + 8 * uint32_t(bits.size());
  }
  return out;
}

std::vector<uint32_t> decode_stream(const Bytes &s, uint32_t start) {
  std::vector<uint32_t> out;
  uint32_t where = start;
  size_t p = 0;
  auto number = [&] {
    uint32_t v = 0;
    for (uint32_t shift = 0;; shift += 7) {
      const uint8_t b = s.at(p++);
      v |= uint32_t(b & 0x7F) << shift;
      if (!(b & 0x80))
        return v;
    }
  };
  while (p < s.size()) {
    const uint32_t h = number();
    where += 4 * (h >> 3);
    const uint32_t kind = h & 7;
    if (kind == 7) {
      for (uint32_t n = number(); n; --n, where += 4)
        out.push_back(where);
      continue;
    }
    out.push_back(where);
    where += 4;
    for (uint32_t k = 0; k < kind; ++k, ++p, where += 32)
      for (uint32_t i = 0; i < 8; ++i)
        if (s.at(p) >> i & 1)
          out.push_back(where + 4 * i);
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

Bytes build_raw(const ImageSpec &s, const Bytes &rw_ro, const Bytes &rw_rw, const Bytes &ro_ro) {
  if (s.ro_body.size() % 4 || s.rw_init.size() % 4)
    throw std::invalid_argument("sizes must be multiples of 4");
  const uint32_t ro_size = kHeader + uint32_t(s.ro_body.size());
  const uint32_t init_size = padded_init_size(s);
  const uint32_t tables = ro_size + init_size;
  const uint32_t sizes[3] = {uint32_t(rw_ro.size()), uint32_t(rw_rw.size()),
                             uint32_t(ro_ro.size())};
  // The streams, back to back, then zeros up to a multiple of 4.
  const uint32_t image_size = (tables + sizes[0] + sizes[1] + sizes[2] + 3) & ~3u;
  Bytes b(image_size, 0);
  put(b, 0, 0x444C5252u);
  put(b, kOffVersion, 2);
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
  for (const Bytes *stream : {&rw_ro, &rw_rw, &ro_ro}) {
    std::copy(stream->begin(), stream->end(), b.begin() + o);
    o += uint32_t(stream->size());
  }
  fix_crc(b);
  return b;
}

Bytes build(const ImageSpec &s) {
  const uint32_t init = padded_init_size(s), ro = kHeader + uint32_t(s.ro_body.size());
  return build_raw(s, encode_stream(s.rw_ro, 0, init), encode_stream(s.rw_rw, 0, init),
                   encode_stream(s.ro_ro, kHeader, ro));
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
