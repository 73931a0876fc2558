// A test-only builder of rrld images, written from docs/format.md alone (not
// from the relocator's code), so the tests check the relocator against the
// specification: header, RO bytes, RW initial data, streams, CRC-32.
#ifndef RRLD_TESTS_IMAGE_BUILDER_HPP
#define RRLD_TESTS_IMAGE_BUILDER_HPP

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <vector>

namespace rrld_test {

using Bytes = std::vector<uint8_t>;

struct ImageSpec {
  Bytes ro_body;      // RO bytes after the 96-byte header (multiple of 4)
  Bytes rw_init;      // RW initial data (multiple of 4; padded to 16 with
                      // zeros taken from .bss, as the linker does)
  uint32_t rw_zero_size = 0; // RW (initial data + this) is rounded up to 8
  uint8_t ro_align_log2 = 2;
  uint8_t rw_align_log2 = 2;
  uint32_t entry = 96 + 1; // RO offset | 1
  uint32_t stack_size = 0;
  uint32_t heap_size = 0;
  uint32_t ro_link_addr = 0x00010000;
  uint32_t rw_link_addr = 0x20000000;
  // Offsets of the words each stream relocates, increasing: RW offsets for
  // the first two, image offsets for RO->RO.
  std::vector<uint32_t> rw_ro, rw_rw, ro_ro;
};

// The stream encoding of docs/format.md of increasing word offsets, the
// cursor starting at `start` (0 in RW, 96 in RO), in a segment whose
// relocatable part ends at seg_size: a run group for consecutive words,
// else the word and the bitmap bytes that follow it (up to 6, each window
// inside the segment).  Simpler than the linker's encoder, on purpose.
Bytes encode_stream(const std::vector<uint32_t> &offsets, uint32_t start, uint32_t seg_size);

// Decodes a stream naively (trusting it): the offsets it names.
std::vector<uint32_t> decode_stream(const Bytes &stream, uint32_t start);

// The ULEB128 bytes of v; a group's head (skip words, then the kind).
Bytes uleb(uint32_t v);
Bytes head(uint32_t skip, uint32_t kind);
// Bytes back to back.
Bytes cat(std::initializer_list<Bytes> parts);

// CRC-32 (IEEE 802.3) of bytes.
uint32_t crc32(const uint8_t *p, size_t n);

// The integrity check value of an image as docs/format.md defines it (the
// CRC-32 of [8, image_size)).
uint32_t integrity_crc(const Bytes &image);

// Recomputes and stores the header's crc32 (after a test edits the image).
void fix_crc(Bytes &image);

// Header field offsets (docs/format.md), for tests that edit images.
enum : uint32_t {
  kOffCrc32 = 4,
  kOffVersion = 8,
  kOffFlags = 12,
  kOffImageSize = 16,
  kOffAlign = 20, // ro_align_log2, a zero byte, rw_align_log2, a zero byte
  kOffRoSize = 24,
  kOffRwInitSize = 28,
  kOffRwRoTableSize = 32,
  kOffRwRwTableSize = 36,
  kOffRoRoTableSize = 40,
  kOffRwZeroSize = 44,
  kOffEntry = 48,
  kOffStackSize = 52,
  kOffHeapSize = 56,
  kOffRoLinkAddr = 60,
  kOffRwLinkAddr = 64,
  kOffRoPatchedAddr = 68,
  kOffReserved = 72,
};

// rw_init_size and rw_zero_size of spec once padded (rw_init to 16 bytes).
uint32_t padded_init_size(const ImageSpec &spec);
uint32_t padded_zero_size(const ImageSpec &spec);

// Builds the image described by spec, with a correct crc32.
Bytes build(const ImageSpec &spec);

// Builds an image with the given raw streams (possibly invalid), padded
// with zeros to a word, correct crc32.
Bytes build_raw(const ImageSpec &spec, const Bytes &rw_ro, const Bytes &rw_rw,
                const Bytes &ro_ro);

uint32_t get32(const Bytes &b, uint32_t off);
void set32(Bytes &b, uint32_t off, uint32_t v);

// An 8-byte-aligned copy of bytes, with room: the relocator wants aligned
// buffers (images word aligned, RAM 8-aligned).
struct Buffer {
  explicit Buffer(const Bytes &b, size_t extra = 0);
  explicit Buffer(size_t n, uint8_t fill = 0);
  uint8_t *data() { return reinterpret_cast<uint8_t *>(words.data()); }
  const uint8_t *data() const { return reinterpret_cast<const uint8_t *>(words.data()); }
  uint32_t size() const { return size_; }
  Bytes bytes() const { return Bytes(data(), data() + size_); }
  std::vector<uint64_t> words;
  uint32_t size_;
};

// A deterministic random image: random RO/RW sizes, random pointers in RW and
// RO, random link addresses; small enough for thousands of iterations.
struct Rng {
  explicit Rng(uint64_t seed) : s(seed ? seed : 1) {}
  uint64_t s;
  uint32_t next() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return static_cast<uint32_t>(s >> 16);
  }
  uint32_t below(uint32_t n) { return n ? next() % n : 0; }
};
ImageSpec random_spec(Rng &rng);

} // namespace rrld_test

#endif
