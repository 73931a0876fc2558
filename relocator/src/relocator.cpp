// The rrld on-device relocator: checks an image, then places it.
//
// Modelled on Linux's binfmt_flat.c and Tock's tock-tbf parser, not on a
// trusting relocation loop: every header field is checked against the real buffer
// length before anything is written, with overflow-safe subtractions
// (`size > len - off`, never `off + size > len`); every table entry is
// checked against the segment it must lie in before the word it names is
// written; an error code leaves through one exit.  docs/format.md is the
// specification; the numbered steps below are its "Invariants a loader
// checks", in its order.
//
// check_image() decides for rrld_verify and the RO patchers (reads only);
// load() checks the header, the integrity and the placement, then copies
// and applies the two RW streams, checking each entry as it goes, so its
// stores stay inside [static base, app_break) whatever the streams hold.  The
// thumb builds are -fropi -frwpi with no writable data, so this file may be
// run before the code that contains it has been relocated
// (rrld_self_relocate).

#include "internal.hpp"

#include "asm_layout.h"

#if defined(__x86_64__)
// The host build on x86-64 folds the CRC with carry-less multiplication
// (image_crc below).
#define RRLD_CRC_FOLD 1
#include <immintrin.h>
#endif

// The assembly load paths (load_thumb2.S, load_thumb1.S) spell the format
// and the ABI as plain numbers (asm_layout.h); they must be these.
static_assert(E_ARGUMENT == RRLD_E_ARGUMENT && E_TRUNCATED == RRLD_E_TRUNCATED &&
                  E_MAGIC == RRLD_E_MAGIC && E_VERSION == RRLD_E_VERSION &&
                  E_FLAGS == RRLD_E_FLAGS && E_LAYOUT == RRLD_E_LAYOUT &&
                  E_ALIGN == RRLD_E_ALIGN && E_CRC == RRLD_E_CRC && E_ENTRY == RRLD_E_ENTRY &&
                  E_RAM_TOO_SMALL == RRLD_E_RAM_TOO_SMALL && E_RELOC_RANGE == RRLD_E_RELOC_RANGE &&
                  E_RELOC_ORDER == RRLD_E_RELOC_ORDER &&
                  E_RO_NOT_PATCHED == RRLD_E_RO_NOT_PATCHED && E_ADDRESS == RRLD_E_ADDRESS,
              "asm_layout.h: status codes");
static_assert(H_MAGIC_VALUE == RRLD_MAGIC && H_VERSION_VALUE == RRLD_VERSION &&
                  H_SIZE == RRLD_HEADER_SIZE && H_MIN_ALIGN_LOG2 == RRLD_MIN_ALIGN_LOG2 &&
                  H_MAX_ALIGN_LOG2 == RRLD_MAX_ALIGN_LOG2 &&
                  H_RW_INIT_ALIGN == RRLD_RW_INIT_ALIGN && H_RAM_ALIGN == RRLD_RAM_ALIGN &&
                  H_SIZE_LIMIT == RRLD_SIZE_LIMIT && H_CRC_START == RRLD_CRC_START &&
                  H_ULEB_MAX_BYTES == RRLD_ULEB_MAX_BYTES &&
                  H_KIND_BITS == RRLD_GROUP_KIND_BITS &&
                  H_RUN == RRLD_GROUP_RUN &&
                  H_BYTE_WORDS == RRLD_BITMAP_BYTE_WORDS && RRLD_FLAGS_KNOWN == 0,
              "asm_layout.h: header constants");
static_assert(H_MAGIC == RRLD_OFF_MAGIC && H_CRC32 == RRLD_OFF_CRC32 &&
                  H_VERSION == RRLD_OFF_VERSION && H_FLAGS == RRLD_OFF_FLAGS &&
                  H_IMAGE_SIZE == RRLD_OFF_IMAGE_SIZE &&
                  H_RO_ALIGN_LOG2 == RRLD_OFF_RO_ALIGN_LOG2 &&
                  H_RW_ALIGN_LOG2 == RRLD_OFF_RW_ALIGN_LOG2 && H_RO_SIZE == RRLD_OFF_RO_SIZE &&
                  H_RW_INIT_SIZE == RRLD_OFF_RW_INIT_SIZE &&
                  H_RW_RO_TABLE_SIZE == RRLD_OFF_RW_RO_TABLE_SIZE &&
                  H_RW_RW_TABLE_SIZE == RRLD_OFF_RW_RW_TABLE_SIZE &&
                  H_RO_RO_TABLE_SIZE == RRLD_OFF_RO_RO_TABLE_SIZE &&
                  H_RW_ZERO_SIZE == RRLD_OFF_RW_ZERO_SIZE && H_ENTRY == RRLD_OFF_ENTRY &&
                  H_STACK_SIZE == RRLD_OFF_STACK_SIZE &&
                  H_HEAP_SIZE == RRLD_OFF_HEAP_SIZE && H_RO_LINK_ADDR == RRLD_OFF_RO_LINK_ADDR &&
                  H_RW_LINK_ADDR == RRLD_OFF_RW_LINK_ADDR &&
                  H_RO_PATCHED_ADDR == RRLD_OFF_RO_PATCHED_ADDR,
              "asm_layout.h: header offsets");
// The assembly reads the three table sizes with one LDM after ro_size and
// rw_init_size.
static_assert(RRLD_OFF_RW_INIT_SIZE == RRLD_OFF_RO_SIZE + 4 &&
                  RRLD_OFF_RW_RO_TABLE_SIZE == RRLD_OFF_RW_INIT_SIZE + 4 &&
                  RRLD_OFF_RW_RW_TABLE_SIZE == RRLD_OFF_RW_RO_TABLE_SIZE + 4 &&
                  RRLD_OFF_RO_RO_TABLE_SIZE == RRLD_OFF_RW_RW_TABLE_SIZE + 4 &&
                  RRLD_OFF_RW_ALIGN_LOG2 == RRLD_OFF_RO_ALIGN_LOG2 + 2,
              "format.h: the layout fields are consecutive words, the alignment bytes "
              "one word");
static_assert(A_VERIFIED_VALUE == RRLD_VERIFIED, "asm_layout.h: RRLD_VERIFIED");
#if UINTPTR_MAX == 0xFFFFFFFFu // the layout the assembly reads
static_assert(__builtin_offsetof(rrld_load_args, image) == A_IMAGE &&
                  __builtin_offsetof(rrld_load_args, image_len) == A_IMAGE_LEN &&
                  __builtin_offsetof(rrld_load_args, ro_addr) == A_RO_ADDR &&
                  __builtin_offsetof(rrld_load_args, ram) == A_RAM &&
                  __builtin_offsetof(rrld_load_args, ram_len) == A_RAM_LEN &&
                  __builtin_offsetof(rrld_load_args, ram_addr) == A_RAM_ADDR &&
                  __builtin_offsetof(rrld_load_args, verified) == A_VERIFIED,
              "asm_layout.h: rrld_load_args");
#endif

namespace rrld {
namespace detail {
namespace {

inline uint32_t field(const uint8_t *image, uint32_t off) { return load32(image + off); }

// CRC-32 (IEEE 802.3, reflected), a nibble at a time: a 64-byte table instead
// of 1 KiB, two lookups per byte.  Images are whole words and little-endian,
// so the CRC takes a word at a time.
// The table entry of value i, `bits` bits wide (the tables are made at
// compile time).
constexpr uint32_t crc_entry(uint32_t i, uint32_t bits) {
  uint32_t c = i;
  for (uint32_t k = 0; k < bits; ++k)
    c = (c >> 1) ^ ((c & 1) ? 0xEDB88320u : 0u);
  return c;
}
#if defined(__arm__)
struct CrcTable {
  uint32_t v[16];
};
constexpr CrcTable make_crc_table() {
  CrcTable t{};
  for (uint32_t i = 0; i < 16; ++i)
    t.v[i] = crc_entry(i, 4);
  return t;
}
constexpr CrcTable kCrcTable = make_crc_table();
#else
// The host build (rrld verify, inspect, place and the tests) runs the same
// checks over images of hundreds of kilobytes, where the nibble loop's ten
// instructions a byte dominate: it takes a word with four lookups into four
// 1 KiB tables instead ("slicing by 4"), the same CRC.  The Cortex-M builds
// keep the 64-byte table; the host/device differential test compares the
// two.
struct CrcSlices {
  uint32_t v[4][256];
};
constexpr CrcSlices make_crc_slices() {
  CrcSlices t{};
  for (uint32_t i = 0; i < 256; ++i)
    t.v[0][i] = crc_entry(i, 8);
  // v[k][i]: the CRC of byte i followed by k zero bytes.
  for (uint32_t k = 1; k < 4; ++k)
    for (uint32_t i = 0; i < 256; ++i)
      t.v[k][i] = (t.v[k - 1][i] >> 8) ^ t.v[0][t.v[k - 1][i] & 0xFF];
  return t;
}
constexpr CrcSlices kCrcSlices = make_crc_slices();
#endif

#if RRLD_CRC_FOLD
// On an x86-64 host with PCLMULQDQ (x86-64 CPUs since about 2010; others
// take the word loop), the bulk of the image is folded 64 bytes at a time by
// carry-less multiplication (Intel's "Fast CRC Computation for Generic
// Polynomials Using PCLMULQDQ Instruction", for the reflected CRC): about
// 0.2 instructions a byte instead of slicing's 4, where `rrld place` checks
// an image of up to hundreds of kilobytes, patches it and checks it again.
// The same CRC: the tests check it against a bitwise one at every length.
//
// Folding multiplies by x^n mod P for a few n; in the reflected domain the
// constant is that remainder bit-reversed and shifted left once.
constexpr uint64_t kCrcPoly = 0x104C11DB7u; // P, with its x^32 term
constexpr uint64_t reflect(uint64_t v, uint32_t bits) {
  uint64_t r = 0;
  for (uint32_t i = 0; i < bits; ++i)
    r |= ((v >> i) & 1) << (bits - 1 - i);
  return r;
}
constexpr uint64_t fold_constant(uint32_t n) { // (x^n mod P)' << 1
  uint64_t r = 1;
  for (uint32_t i = 0; i < n; ++i) {
    r <<= 1;
    if ((r >> 32) & 1)
      r ^= kCrcPoly;
  }
  return reflect(r, 32) << 1;
}
constexpr uint64_t barrett_constant() { // (x^64 div P)', 33 bits
  // Long division of x^64 by P, a quotient bit at a time from x^32 down:
  // `rem` holds the remainder's 33 bits from x^i up.
  uint64_t rem = uint64_t(1) << 32, q = 0;
  for (int i = 32; i >= 0; --i, rem <<= 1)
    if ((rem >> 32) & 1) {
      rem ^= kCrcPoly;
      q |= uint64_t(1) << i;
    }
  return reflect(q, 33);
}
// Fold 4 x 128 bits forward by 512, one 128-bit lane by 128, then 64 and
// 32 bits, then Barrett-reduce with mu = x^64 div P and P itself.
constexpr uint64_t kFold512Lo = fold_constant(4 * 128 + 32),
                   kFold512Hi = fold_constant(4 * 128 - 32);
constexpr uint64_t kFold128Lo = fold_constant(128 + 32), kFold128Hi = fold_constant(128 - 32);
constexpr uint64_t kFold64 = fold_constant(64);
constexpr uint64_t kMu = barrett_constant(), kPolyR = reflect(kCrcPoly, 33);
static_assert(kFold512Lo == 0x154442BD4u && kFold512Hi == 0x1C6E41596u &&
                  kFold128Lo == 0x1751997D0u && kFold128Hi == 0x0CCAA009Eu &&
                  kFold64 == 0x163CD6124u && kMu == 0x1F7011641u && kPolyR == 0x1DB710641u,
              "the published folding constants of CRC-32");

__attribute__((target("pclmul"))) inline __m128i load128(const uint8_t *p) {
  return _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
}
// One fold: the 128 bits x carried forward by the distance k stands for
// (x's low half times k's low constant, its high half times the high one),
// plus the 128 bits there.
__attribute__((target("pclmul"))) inline __m128i fold(__m128i x, __m128i k, __m128i next) {
  return _mm_xor_si128(
      _mm_xor_si128(_mm_clmulepi64_si128(x, k, 0x00), _mm_clmulepi64_si128(x, k, 0x11)), next);
}

// The CRC state after crc has taken the n bytes at p (n >= 64, a multiple
// of 16), as crc_word would leave it.
__attribute__((target("pclmul"))) uint32_t crc_fold(const uint8_t *p, uint32_t n, uint32_t crc) {
  const __m128i k512 = _mm_set_epi64x(int64_t(kFold512Hi), int64_t(kFold512Lo));
  const __m128i k128 = _mm_set_epi64x(int64_t(kFold128Hi), int64_t(kFold128Lo));
  const __m128i k64 = _mm_set_epi64x(0, int64_t(kFold64));
  const __m128i barrett = _mm_set_epi64x(int64_t(kMu), int64_t(kPolyR));
  const __m128i low32 = _mm_set_epi32(0, 0, 0, -1);
  __m128i x0 = _mm_xor_si128(load128(p), _mm_cvtsi32_si128(int(crc)));
  __m128i x1 = load128(p + 16), x2 = load128(p + 32), x3 = load128(p + 48);
  for (p += 64, n -= 64; n >= 64; p += 64, n -= 64) {
    x0 = fold(x0, k512, load128(p));
    x1 = fold(x1, k512, load128(p + 16));
    x2 = fold(x2, k512, load128(p + 32));
    x3 = fold(x3, k512, load128(p + 48));
  }
  x0 = fold(fold(fold(x0, k128, x1), k128, x2), k128, x3);
  for (; n != 0; p += 16, n -= 16)
    x0 = fold(x0, k128, load128(p));
  // 128 to 64 bits (with 32 zero bits appended), 64 to 32, then Barrett.
  x0 = _mm_xor_si128(_mm_clmulepi64_si128(x0, k128, 0x10), _mm_srli_si128(x0, 8));
  x0 = _mm_xor_si128(_mm_clmulepi64_si128(_mm_and_si128(x0, low32), k64, 0x00),
                     _mm_srli_si128(x0, 4));
  __m128i t = _mm_clmulepi64_si128(_mm_and_si128(x0, low32), barrett, 0x10);
  t = _mm_clmulepi64_si128(_mm_and_si128(t, low32), barrett, 0x00);
  return uint32_t(_mm_cvtsi128_si32(_mm_srli_si128(_mm_xor_si128(x0, t), 4)));
}
#endif

// The streams, in image order; the index selects the segment too.
enum : uint32_t { kRwRo = 0, kRwRw = 1, kRoRo = 2 };

// Start of stream s: the streams follow the RW initial data (the header is
// checked: they lie inside the image).
const uint8_t *stream_start(const uint8_t *image, uint32_t s) {
  const uint8_t *t =
      image + field(image, RRLD_OFF_RO_SIZE) + field(image, RRLD_OFF_RW_INIT_SIZE);
  for (uint32_t i = 0; i != s; ++i)
    t += field(image, RRLD_OFF_RW_RO_TABLE_SIZE + 4 * i);
  return t;
}

inline uint32_t crc_word(uint32_t crc, uint32_t w) {
  crc ^= w;
#if defined(__arm__)
  for (uint32_t i = 0; i != 8; ++i)
    crc = (crc >> 4) ^ kCrcTable.v[crc & 15];
  return crc;
#else
  return kCrcSlices.v[3][crc & 0xFF] ^ kCrcSlices.v[2][(crc >> 8) & 0xFF] ^
         kCrcSlices.v[1][(crc >> 16) & 0xFF] ^ kCrcSlices.v[0][crc >> 24];
#endif
}

// Step 6, the integrity check (docs/format.md): the CRC-32 of
// [RRLD_CRC_START, image_size), everything after the magic and the crc32
// field itself.
__attribute__((noinline)) uint32_t image_crc(const uint8_t *image) {
  uint32_t crc = 0xFFFFFFFFu;
  uint32_t pos = RRLD_CRC_START;
#if RRLD_CRC_FOLD
  const uint32_t bulk = (field(image, RRLD_OFF_IMAGE_SIZE) - pos) & ~15u;
  if (bulk >= 64 && __builtin_cpu_supports("pclmul")) {
    crc = crc_fold(image + pos, bulk, crc);
    pos += bulk;
  }
#endif
  for (; pos != field(image, RRLD_OFF_IMAGE_SIZE); pos += 4)
    crc = crc_word(crc, load32(image + pos));
  return ~crc;
}

// Reads a ULEB128 number of at most RRLD_ULEB_MAX_BYTES bytes from
// [*p, end) into *v (so *v < 2^28); false if it is longer or cut off by end.
inline bool uleb(const uint8_t **p, const uint8_t *end, uint32_t *v) {
  uint32_t value = 0;
  for (uint32_t shift = 0; shift != 7 * RRLD_ULEB_MAX_BYTES; shift += 7) {
    if (*p == end)
      return false;
    const uint32_t b = *(*p)++;
    value |= (b & 0x7Fu) << shift;
    if ((b & 0x80u) == 0) {
      *v = value;
      return true;
    }
  }
  return false;
}

// The offsets a valid stream names, in increasing order (kNone after the
// last).  Only for streams check_image() accepted.
constexpr uint32_t kNone = 0xFFFFFFFFu;
struct StreamOffsets {
  const uint8_t *p, *end;
  uint32_t where; // the cursor of docs/format.md, "Encoding"
  uint32_t at;    // the word bit 0 of bits stands for
  uint32_t bits;  // what is left of the current bitmap byte
  uint32_t count; // bitmap bytes left in the group
  uint32_t run;   // words left in the current run
  uint32_t next() {
    for (;;) {
      if (run != 0) {
        --run;
        where += 4;
        return where - 4;
      }
      if (bits != 0) {
        while ((bits & 1) == 0) {
          bits >>= 1;
          at += 4;
        }
        bits >>= 1;
        at += 4;
        return at - 4;
      }
      if (count != 0) {
        --count;
        bits = *p++;
        at = where;
        where += 4 * RRLD_BITMAP_BYTE_WORDS;
        continue;
      }
      uint32_t h;
      if (!uleb(&p, end, &h))
        return kNone; // the end (the stream was checked)
      where += 4 * (h >> RRLD_GROUP_KIND_BITS);
      count = h & ((1u << RRLD_GROUP_KIND_BITS) - 1);
      if (count == RRLD_GROUP_RUN) {
        uleb(&p, end, &run);
        count = 0;
        continue;
      }
      where += 4;
      return where - 4;
    }
  }
};

// The integrity check the image will have once its RO->RO words hold
// ro_addr: each word the stream names read as word + delta, ro_patched_addr
// as ro_addr.  Only for an image check_image() accepted.
uint32_t patched_crc(const uint8_t *image, uint32_t ro_addr, uint32_t delta) {
  const uint8_t *t = stream_start(image, kRoRo);
  StreamOffsets ro{t, t + field(image, RRLD_OFF_RO_RO_TABLE_SIZE), RRLD_HEADER_SIZE, 0, 0, 0, 0};
  uint32_t next = ro.next();
  uint32_t crc = 0xFFFFFFFFu;
  for (uint32_t pos = RRLD_CRC_START; pos != field(image, RRLD_OFF_IMAGE_SIZE); pos += 4) {
    uint32_t w = load32(image + pos);
    if (pos == RRLD_OFF_RO_PATCHED_ADDR)
      w = ro_addr;
    else if (pos == next) {
      w += delta;
      next = ro.next();
    }
    crc = crc_word(crc, w);
  }
  return ~crc;
}

// The hot loop: adds delta to the word at p + 4 * i for every bit i set in
// bits (not 0).  On Thumb-2, by hand: a run of set bits costs 6 instructions
// per word (LSRS gives the bit in C and "none left" in Z at once; the
// compiler's best was 8), and a gap of zeros of any length is skipped with
// RBIT/CLZ in 5 more, instead of 4 per zero word.
inline void apply_bitmap(uint8_t *p, uint32_t bits, uint32_t delta) {
#if defined(__thumb2__) && !defined(RRLD_STORE_HOOK)
  uint32_t tmp;
  __asm__ volatile("1:  lsrs   %[bits], %[bits], #1\n"   // C = this word's bit, Z = none left
                   "    bcc    2f\n"
                   "    ldr    %[tmp], [%[p]]\n"
                   "    add    %[tmp], %[tmp], %[delta]\n"
                   "    str    %[tmp], [%[p]], #4\n"     // post-increment keeps the flags
                   "    bne    1b\n"
                   "    b      3f\n"
                   "2:  rbit   %[tmp], %[bits]\n"        // a zero (more bits follow):
                   "    clz    %[tmp], %[tmp]\n"         // tmp = further zeros
                   "    lsr    %[bits], %[bits], %[tmp]\n"
                   "    add    %[p], %[p], %[tmp], lsl #2\n"
                   "    add    %[p], %[p], #4\n"         // p at the next set bit
                   "    ldr    %[tmp], [%[p]]\n"
                   "    add    %[tmp], %[tmp], %[delta]\n"
                   "    str    %[tmp], [%[p]], #4\n"
                   "    lsrs   %[bits], %[bits], #1\n"   // drop it: Z = none left
                   "    bne    1b\n"
                   "3:\n"
                   : [p] "+r"(p), [bits] "+r"(bits), [tmp] "=&r"(tmp)
                   : [delta] "r"(delta)
                   : "cc", "memory");
#else
  do {
    if (bits & 1)
      store32(p, load32(p) + delta);
    p += 4;
    bits >>= 1;
  } while (bits != 0);
#endif
}

// Step 7 for stream s, and the hot loop: checks every group (docs/format.md,
// "Encoding": numbers of at most 4 bytes and bitmap bytes inside the stream,
// runs and bitmap windows inside the segment's relocatable part) and, when
// seg is set, adds delta to each word named in the segment at seg, each
// group checked before the words it names are written.
Error walk(const uint8_t *image, uint32_t s, uint8_t *seg, uint32_t delta) {
  const uint8_t *p = stream_start(image, s);
  const uint8_t *const end = p + field(image, RRLD_OFF_RW_RO_TABLE_SIZE + 4 * s);
  uint32_t where = 0;                                  // the cursor
  uint32_t size = field(image, RRLD_OFF_RW_INIT_SIZE); // .bss never holds addresses
  if (s == kRoRo) {
    where = RRLD_HEADER_SIZE; // the header is never relocated
    size = field(image, RRLD_OFF_RO_SIZE);
  }
  // where stays at most size between groups, and a number is below 2^28,
  // so where + 4 * skip + 4 * words cannot pass 2^31: size is below 2^28.
  while (p != end) {
    uint32_t h, count;
    if (!uleb(&p, end, &h))
      return Error::reloc_range;
    where += 4 * (h >> RRLD_GROUP_KIND_BITS);
    count = h & ((1u << RRLD_GROUP_KIND_BITS) - 1);
    uint32_t words = 1; // the group's word, then `count` bitmap bytes
    if (count == RRLD_GROUP_RUN) {
      // A run: the number is its length in words, from where.
      if (!uleb(&p, end, &words))
        return Error::reloc_range;
      count = 0;
    }
    // All inside: where + 4 * words <= size (below 2^31: no carry).
    if (where + 4 * words > size)
      return Error::reloc_range;
    if (seg) {
      for (uint8_t *w = seg + where, *e = w + 4 * words; w != e; w += 4)
        store32(w, load32(w) + delta);
    }
    where += 4 * words;
    for (; count != 0; --count) {
      // A byte inside the stream, its 8-word window inside the segment.
      if (p == end || where + 4 * RRLD_BITMAP_BYTE_WORDS > size)
        return Error::reloc_range;
      const uint32_t bits = *p++;
      if (seg && bits != 0)
        apply_bitmap(seg + where, bits, delta);
      where += 4 * RRLD_BITMAP_BYTE_WORDS;
    }
  }
  return Error::ok;
}

// Steps 1 to 5 of docs/format.md: the header alone.  A function of its own
// so that its registers are not on the stack while the CRC runs.
__attribute__((noinline)) Error check_header(const uint8_t *image, uint32_t len) {
  if (image == nullptr)
    return Error::argument;
  if ((addr_of(image) & 3) != 0)
    return Error::align; // words are read as words

  // 1. The buffer holds the header and the whole image.
  if (len < RRLD_HEADER_SIZE)
    return Error::truncated;
  const uint32_t image_size = field(image, RRLD_OFF_IMAGE_SIZE);
  if (image_size > len)
    return Error::truncated;

  // 2. Identity and flags.
  if (field(image, RRLD_OFF_MAGIC) != RRLD_MAGIC)
    return Error::magic;
  if (field(image, RRLD_OFF_VERSION) != RRLD_VERSION)
    return Error::version;
  if ((field(image, RRLD_OFF_FLAGS) & ~RRLD_FLAGS_KNOWN) != 0)
    return Error::flags;

  // 3. Alignment fields: both log2 bytes in [2, 17] and the byte after each
  // zero (one test on the word: minus 2 in each half, every half must be
  // below 16, a borrow sets high bits).
  static_assert(RRLD_MIN_ALIGN_LOG2 == 2 && RRLD_MAX_ALIGN_LOG2 == 17, "the test below");
  if (((field(image, RRLD_OFF_RO_ALIGN_LOG2) - 0x00020002u) & 0xFFF0FFF0u) != 0)
    return Error::align;

  // 4. Layout: the parts lie back to back, so RO's size and image_size must
  // be multiples of 4 (rw_init_size of 16: it is copied four words at a
  // time; rw_zero_size and stack_size of 8, keeping the stack and the break
  // 8-aligned); the streams are bytes, padded with zeros to a word.  Each
  // size is below 2^28, and they add up, rounded up to a word, to image_size
  // (which then cannot carry).
  const uint32_t ro_size = field(image, RRLD_OFF_RO_SIZE);
  const uint32_t init_size = field(image, RRLD_OFF_RW_INIT_SIZE);
  const uint32_t ram_sizes =
      field(image, RRLD_OFF_RW_ZERO_SIZE) | field(image, RRLD_OFF_STACK_SIZE);
  uint32_t bits =
      ro_size | init_size | (init_size >> 2) | ram_sizes | (ram_sizes >> 1) | image_size;
  if ((bits & 3) != 0)
    return Error::align;
  uint32_t sum = ro_size + init_size;
  for (uint32_t s = kRwRo; s != kRoRo + 1; ++s) {
    const uint32_t table_size = field(image, RRLD_OFF_RW_RO_TABLE_SIZE + 4 * s);
    bits |= table_size;
    sum += table_size;
  }
  static_assert(RRLD_SIZE_LIMIT == 1u << 28, "5 sizes below 2^28 add up without carry");
  if (bits >= RRLD_SIZE_LIMIT || image_size - sum > 3) // 0 to 3 bytes of padding
    return Error::layout;

  // 5. The entry point: Thumb, inside RO, past the header.
  const uint32_t entry = field(image, RRLD_OFF_ENTRY);
  if ((entry & 1) == 0 || entry - 1 < RRLD_HEADER_SIZE || entry - 1 >= ro_size)
    return Error::entry;

  return Error::ok;
}

// Steps 1 to 7 of docs/format.md, in that order.  Reads the image only.
Error check_image(const uint8_t *image, uint32_t len) {
  Error err = check_header(image, len);
  if (err != Error::ok)
    return err;

  // 6. The integrity check.
  if (image_crc(image) != field(image, RRLD_OFF_CRC32))
    return Error::crc;

  // 7. Every stream entry, streams in image order.
  for (uint32_t s = kRwRo; s != kRoRo + 1 && err == Error::ok; ++s)
    err = walk(image, s, nullptr, 0);
  return err;
}

// The two placement checks of ro_addr, shared by load and the RO patchers:
// ro_addr is aligned as the header asks, and the image fits below 2^32 there.
inline bool ro_misaligned(const uint8_t *image, uint32_t ro_addr) {
  return (ro_addr & ((1u << image[RRLD_OFF_RO_ALIGN_LOG2]) - 1)) != 0;
}
inline bool ro_wraps(const uint8_t *image, uint32_t ro_addr) {
  return field(image, RRLD_OFF_IMAGE_SIZE) > ~ro_addr;
}

// For the RO patchers, in that order.
Error check_ro_addr(const uint8_t *image, uint32_t ro_addr) {
  if (ro_misaligned(image, ro_addr))
    return Error::align;
  if (ro_wraps(image, ro_addr))
    return Error::address;
  return Error::ok;
}

#ifndef RRLD_LOAD_ASM // else rrld_load is load_thumb2.S or load_thumb1.S
// Copies n bytes (a multiple of 4) from src to dst, or zeroes them when src
// is null.  (The Thumb-2 load path copies with LDM/STM, four words at a
// time, which is why rw_init_size is a multiple of 16.)
__attribute__((noinline)) void copy_words(uint8_t *dst, const uint8_t *src, uint32_t n) {
  RRLD_STORE_CHECK(dst, n);
  for (uint32_t off = 0; off != n; off += 4)
    *reinterpret_cast<word_t *>(dst + off) = src ? load32(src + off) : 0;
}

// rrld_load, but for clearing *result on failure (load() does that).
// The arguments, steps 1 to 5, the placement checks, then the stores: RW initial data, zeros
// up to the break (.bss, rounded up to 8 by the linker), the two RW streams,
// whose entries are checked as they are applied, and last the result, after
// every read of the image (a result inside the image changes nothing that is
// read).  The RO->RO stream is not decoded here: only the patchers write
// through it, and they check it first (rrld_verify checks all three).
Error load_checked(const rrld_load_args *args, rrld_load_result *r) {
  // The integrity check (step 6) is rrld_verify's, run at install: the
  // caller says it did (rrld_load_args.verified).
  if (args == nullptr || r == nullptr || args->ram == nullptr ||
      args->verified != RRLD_VERIFIED)
    return Error::argument;
  const uint8_t *image = args->image;
  Error err = check_header(image, args->image_len);
  if (err != Error::ok)
    return err;

  // Placement (docs/relocator.md, rrld_load, check 3), in its order.
  uint8_t *ram = args->ram;
  const uint32_t ro_addr = args->ro_addr;
  const uint32_t ram_addr = args->ram_addr;
  const uint32_t ram_len = args->ram_len;
  const uint32_t image_size = field(image, RRLD_OFF_IMAGE_SIZE);
  if (ro_misaligned(image, ro_addr) || ((ram_addr | addr_of(ram)) & 7) != 0)
    return Error::align;
  if (ro_wraps(image, ro_addr) || ram_len > ~ram_addr)
    return Error::address; // no range may reach 2^32
  // RAM over the image: writes would change what was checked.  The two
  // ranges meet iff one starts less than its length past the other, counted
  // modulo the address space, so no end address is ever formed.
  if (addr_of(ram) - addr_of(image) < image_size || addr_of(image) - addr_of(ram) < ram_len)
    return Error::argument;
  if (field(image, RRLD_OFF_RO_RO_TABLE_SIZE) != 0 &&
      field(image, RRLD_OFF_RO_PATCHED_ADDR) != ro_addr)
    return Error::ro_not_patched;

  // RAM layout (docs/format.md, "Placement rules").  Every size is below
  // 2^28 (step 4), so the offset of the break from ram_addr, below 2^30,
  // cannot carry: it fits iff it is at most ram_len.
  const uint32_t stack_top = ram_addr + field(image, RRLD_OFF_STACK_SIZE);
  const uint32_t rw_align = 1u << image[RRLD_OFF_RW_ALIGN_LOG2];
  const uint32_t rw_addr = (stack_top + (rw_align - 1)) & ~(rw_align - 1);
  const uint32_t init_size = field(image, RRLD_OFF_RW_INIT_SIZE);
  const uint32_t zero_size = field(image, RRLD_OFF_RW_ZERO_SIZE);
  const uint32_t used = field(image, RRLD_OFF_STACK_SIZE) + (rw_addr - stack_top) + init_size +
                        zero_size;
  if (used > ram_len || field(image, RRLD_OFF_HEAP_SIZE) > ram_len - used)
    return Error::ram_too_small;

  uint8_t *rw = ram + (rw_addr - ram_addr);
  copy_words(rw, image + field(image, RRLD_OFF_RO_SIZE), init_size);
  copy_words(rw + init_size, nullptr, zero_size);
  err = walk(image, kRwRo, rw, ro_addr - field(image, RRLD_OFF_RO_LINK_ADDR));
  if (err == Error::ok)
    err = walk(image, kRwRw, rw, rw_addr - field(image, RRLD_OFF_RW_LINK_ADDR));
  if (err == Error::ok) {
    // The header read again (nothing has written to the image), all of it
    // before the first word of the result.
    const uint32_t entry = ro_addr + field(image, RRLD_OFF_ENTRY);
    const uint32_t app_break =
        rw_addr + field(image, RRLD_OFF_RW_INIT_SIZE) + field(image, RRLD_OFF_RW_ZERO_SIZE);
    const uint32_t stack = field(image, RRLD_OFF_STACK_SIZE);
    r->entry = entry;
    r->static_base = rw_addr;
    r->stack_top = ram_addr + stack;
    r->app_break = app_break;
  }
  return err;
}

inline void clear(rrld_load_result *r) {
  r->entry = 0;
  r->static_base = 0;
  r->stack_top = 0;
  r->app_break = 0;
}

// Every failure leaves *result zero.
Error load(const rrld_load_args *args, rrld_load_result *result) {
  Error err = load_checked(args, result);
  if (err != Error::ok && result != nullptr)
    clear(result);
  return err;
}
#endif // RRLD_LOAD_ASM

// Checks shared by both RO patchers; on success *delta is what to add to each
// RO->RO word (0: already patched for ro_addr, nothing to write).
Error check_patch(const uint8_t *image, uint32_t len, uint32_t ro_addr, uint32_t *delta) {
  Error err = check_image(image, len);
  if (err == Error::ok)
    err = check_ro_addr(image, ro_addr);
  if (err == Error::ok)
    *delta = ro_addr - field(image, RRLD_OFF_RO_PATCHED_ADDR);
  return err;
}

// Writes one word through the callback, as its little-endian bytes.
inline bool put(rrld_write_fn write, void *ctx, uint32_t off, uint32_t value) {
  return write(ctx, off, reinterpret_cast<const uint8_t *>(&value), 4) == 0;
}

Error patch_ro(const uint8_t *image, uint32_t len, uint32_t ro_addr, rrld_write_fn write,
               void *ctx) {
  if (write == nullptr)
    return Error::argument;
  uint32_t delta;
  Error err = check_patch(image, len, ro_addr, &delta);
  if (err != Error::ok || delta == 0)
    return err;
  // Word by word, then ro_patched_addr, then the integrity check: until that
  // last write lands, the image fails the check.
  const uint32_t crc = patched_crc(image, ro_addr, delta);
  const uint8_t *t = stream_start(image, kRoRo);
  StreamOffsets ro{t, t + field(image, RRLD_OFF_RO_RO_TABLE_SIZE), RRLD_HEADER_SIZE, 0, 0, 0, 0};
  for (uint32_t off = ro.next(); off != kNone; off = ro.next())
    if (!put(write, ctx, off, load32(image + off) + delta))
      return Error::write;
  if (!put(write, ctx, RRLD_OFF_RO_PATCHED_ADDR, ro_addr) ||
      !put(write, ctx, RRLD_OFF_CRC32, crc))
    return Error::write;
  return Error::ok;
}

Error patch_ro_in_place(uint8_t *image, uint32_t len, uint32_t ro_addr) {
  uint32_t delta;
  Error err = check_patch(image, len, ro_addr, &delta);
  if (err != Error::ok || delta == 0)
    return err;
#if RRLD_CRC_FOLD
  // Where the CRC is folded, checking the patched image costs less than
  // computing its CRC word by word as the words would be (patched_crc).
  walk(image, kRoRo, image, delta);
  store32(image + RRLD_OFF_RO_PATCHED_ADDR, ro_addr);
  store32(image + RRLD_OFF_CRC32, image_crc(image));
#else
  const uint32_t crc = patched_crc(image, ro_addr, delta);
  walk(image, kRoRo, image, delta);
  store32(image + RRLD_OFF_RO_PATCHED_ADDR, ro_addr);
  store32(image + RRLD_OFF_CRC32, crc);
#endif
  return Error::ok;
}

inline rrld_status to_c(Error e) { return static_cast<rrld_status>(e); }

} // namespace
} // namespace detail
} // namespace rrld

using rrld::detail::Error;

extern "C" rrld_status rrld_verify(const uint8_t *image, uint32_t image_len) {
  return rrld::detail::to_c(rrld::detail::check_image(image, image_len));
}

#ifndef RRLD_LOAD_ASM
extern "C" rrld_status rrld_load(const rrld_load_args *args, rrld_load_result *result) {
  return rrld::detail::to_c(rrld::detail::load(args, result));
}
#endif

extern "C" rrld_status rrld_patch_ro(const uint8_t *image, uint32_t image_len, uint32_t ro_addr,
                                     rrld_write_fn write, void *ctx) {
  return rrld::detail::to_c(rrld::detail::patch_ro(image, image_len, ro_addr, write, ctx));
}

extern "C" rrld_status rrld_patch_ro_in_place(uint8_t *image, uint32_t image_len,
                                              uint32_t ro_addr) {
  return rrld::detail::to_c(rrld::detail::patch_ro_in_place(image, image_len, ro_addr));
}
