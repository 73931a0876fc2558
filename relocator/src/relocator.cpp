// The rrld on-device relocator: checks an image, then places it.
//
// Modelled on Linux's binfmt_flat.c and Tock's tock-tbf parser, not on a
// trusting RELR loop: every header field is checked against the real buffer
// length before anything is written, with overflow-safe subtractions
// (`size > len - off`, never `off + size > len`); every table entry is
// re-checked against the segment it must lie in; an error code leaves through
// one exit, and on error nothing has been written.  docs/format.md is the
// specification; the numbered steps below are its "Invariants a loader
// checks", in its order.
//
// Work is split in two: check_image() decides (reads only), then the apply
// functions write, trusting what check_image() proved.  The thumb builds are
// -fropi -frwpi with no writable data, so this file may be run before the
// code that contains it has been relocated (rrld_self_relocate).

#include "internal.hpp"

#include "asm_layout.h"

// The Thumb-2 load path (load_thumb2.S) spells the format and the ABI as
// plain numbers (asm_layout.h); they must be these.
static_assert(E_ARGUMENT == RRLD_E_ARGUMENT && E_TRUNCATED == RRLD_E_TRUNCATED &&
                  E_MAGIC == RRLD_E_MAGIC && E_VERSION == RRLD_E_VERSION &&
                  E_HEADER_SIZE == RRLD_E_HEADER_SIZE && E_FLAGS == RRLD_E_FLAGS &&
                  E_RESERVED == RRLD_E_RESERVED && E_LAYOUT == RRLD_E_LAYOUT &&
                  E_ALIGN == RRLD_E_ALIGN && E_CRC == RRLD_E_CRC && E_ENTRY == RRLD_E_ENTRY &&
                  E_RAM_TOO_SMALL == RRLD_E_RAM_TOO_SMALL && E_RELOC_RANGE == RRLD_E_RELOC_RANGE &&
                  E_RELOC_ORDER == RRLD_E_RELOC_ORDER &&
                  E_RO_NOT_PATCHED == RRLD_E_RO_NOT_PATCHED && E_ADDRESS == RRLD_E_ADDRESS,
              "asm_layout.h: status codes");
static_assert(H_MAGIC_VALUE == RRLD_MAGIC && H_VERSION_VALUE == RRLD_VERSION &&
                  H_SIZE == RRLD_HEADER_SIZE && H_MIN_ALIGN_LOG2 == RRLD_MIN_ALIGN_LOG2 &&
                  H_MAX_ALIGN_LOG2 == RRLD_MAX_ALIGN_LOG2 &&
                  H_BITMAP_WORDS == RRLD_RELR_BITMAP_WORDS && RRLD_FLAGS_KNOWN == 0,
              "asm_layout.h: header constants");
static_assert(H_MAGIC == RRLD_OFF_MAGIC && H_VERSION == RRLD_OFF_VERSION &&
                  H_HEADER_SIZE == RRLD_OFF_HEADER_SIZE && H_FLAGS == RRLD_OFF_FLAGS &&
                  H_IMAGE_SIZE == RRLD_OFF_IMAGE_SIZE && H_CRC32 == RRLD_OFF_CRC32 &&
                  H_RO_SIZE == RRLD_OFF_RO_SIZE && H_RW_INIT_OFFSET == RRLD_OFF_RW_INIT_OFFSET &&
                  H_RW_INIT_SIZE == RRLD_OFF_RW_INIT_SIZE &&
                  H_RW_ZERO_SIZE == RRLD_OFF_RW_ZERO_SIZE &&
                  H_RO_ALIGN_LOG2 == RRLD_OFF_RO_ALIGN_LOG2 &&
                  H_RW_ALIGN_LOG2 == RRLD_OFF_RW_ALIGN_LOG2 && H_RESERVED0 == RRLD_OFF_RESERVED0 &&
                  H_ENTRY == RRLD_OFF_ENTRY && H_SB_OFFSET == RRLD_OFF_SB_OFFSET &&
                  H_STACK_SIZE == RRLD_OFF_STACK_SIZE && H_HEAP_SIZE == RRLD_OFF_HEAP_SIZE &&
                  H_RO_LINK_ADDR == RRLD_OFF_RO_LINK_ADDR &&
                  H_RW_LINK_ADDR == RRLD_OFF_RW_LINK_ADDR &&
                  H_RO_PATCHED_ADDR == RRLD_OFF_RO_PATCHED_ADDR &&
                  H_TABLES_OFFSET == RRLD_OFF_TABLES_OFFSET &&
                  H_RW_RO_TABLE_SIZE == RRLD_OFF_RW_RO_TABLE_SIZE &&
                  H_RW_RW_TABLE_SIZE == RRLD_OFF_RW_RW_TABLE_SIZE &&
                  H_RO_RO_TABLE_SIZE == RRLD_OFF_RO_RO_TABLE_SIZE &&
                  H_RESERVED1 == RRLD_OFF_RESERVED1,
              "asm_layout.h: header offsets");
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
struct CrcTable {
  uint32_t v[16];
};
constexpr CrcTable make_crc_table() {
  CrcTable t{};
  for (uint32_t i = 0; i < 16; ++i) {
    uint32_t c = i;
    for (uint32_t k = 0; k < 4; ++k)
      c = (c >> 1) ^ ((c & 1) ? 0xEDB88320u : 0u);
    t.v[i] = c;
  }
  return t;
}
constexpr CrcTable kCrcTable = make_crc_table();

// The RELR streams, in image order; the index selects the segment too.
enum : uint32_t { kRwRo = 0, kRwRw = 1, kRoRo = 2 };

// Start of stream s (the header is checked: tables lie inside the image).
const uint8_t *stream_start(const uint8_t *image, uint32_t s) {
  const uint8_t *t = image + field(image, RRLD_OFF_TABLES_OFFSET);
  for (uint32_t i = 0; i != s; ++i)
    t += field(image, RRLD_OFF_RW_RO_TABLE_SIZE + 4 * i);
  return t;
}

// Step 6, the integrity check (docs/format.md): the CRC-32 of [0, image_size)
// with the header's crc32 and ro_patched_addr read as zero and each word the
// RO->RO stream names read as word - delta (delta = ro_patched_addr -
// ro_link_addr).  It walks the stream beside the image without trusting it:
// the stream only decides which words are normalised, image reads stay in
// [0, image_size), and an entry behind the current word stops the walk.  For
// a valid stream that is exactly the specification; an invalid one makes the
// CRC fail, or, if the linker computed the CRC over it as written, step 7
// rejects it.
__attribute__((noinline)) uint32_t image_crc(const uint8_t *image) {
  const uint32_t delta =
      field(image, RRLD_OFF_RO_PATCHED_ADDR) - field(image, RRLD_OFF_RO_LINK_ADDR);
  const uint8_t *t = stream_start(image, kRoRo);
  const uint8_t *end = t + field(image, RRLD_OFF_RO_RO_TABLE_SIZE);
  // The stream as slots from cur on: bit i of bits says whether the word at
  // cur + 4i is named; a sentinel bit above the last slot, so bits == 1 when
  // the entry is used up and cur is where a following bitmap starts.
  uint32_t bits = 1;
  uint32_t cur = 0;
  uint32_t crc = 0xFFFFFFFFu;
  for (uint32_t pos = 0; pos != field(image, RRLD_OFF_IMAGE_SIZE); pos += 4) {
    uint32_t w = load32(image + pos);
    if (pos == RRLD_OFF_CRC32 || pos == RRLD_OFF_RO_PATCHED_ADDR)
      w = 0;
    if (bits == 1 && t != end) { // next stream entry
      uint32_t e = load32(t);
      t += 4;
      if ((e & 1) == 0) {
        cur = e;
        bits = 3; // one slot and the sentinel
      } else {
        bits = (e >> 1) | (1u << RRLD_RELR_BITMAP_WORDS); // 31 slots from cur
      }
    }
    if (pos == cur && bits != 1) { // a bad stream falls behind pos and stops
      if (bits & 1)
        w -= delta;
      bits >>= 1;
      cur += 4;
    }
    crc ^= w;
    for (uint32_t i = 0; i != 8; ++i)
      crc = (crc >> 4) ^ kCrcTable.v[crc & 15];
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

// Step 7 for stream s, and the hot loop: checks every entry (docs/format.md,
// "Encoding": offsets strictly increase; every word named lies in the
// segment's relocatable part) and, when seg is set, adds delta to each word
// named in the segment at seg.  Callers check every stream with seg null
// before they write anything, so a write pass never fails half way; it skips
// the per-address checks (the hot path) and keeps the cheap bitmap ones.
Error relr(const uint8_t *image, uint32_t s, uint8_t *seg, uint32_t delta) {
  const uint8_t *t = stream_start(image, s);
  const uint8_t *end = t + field(image, RRLD_OFF_RW_RO_TABLE_SIZE + 4 * s);
  uint32_t lo = 0;
  uint32_t size = field(image, RRLD_OFF_RW_INIT_SIZE); // .bss never holds addresses
  if (s == kRoRo) {
    lo = RRLD_HEADER_SIZE; // the header is never relocated
    size = field(image, RRLD_OFF_RO_SIZE);
  }
  uint32_t where = 0; // lowest offset allowed next; 0 only before the first
  for (; t != end; t += 4) {
    uint32_t e = load32(t);
    if ((e & 1) == 0) {
      if (seg) { // a write pass: check_image() has checked this entry
        store32(seg + e, load32(seg + e) + delta);
        where = e + 4;
        continue;
      }
      if (e < where)
        return Error::reloc_order;
      if ((e & 3) != 0 || e < lo || e >= size)
        return Error::reloc_range;
      where = e + 4; // e < size <= 2^32 - 4
    } else {
      if (where == 0)
        return Error::reloc_order; // a stream may not begin with a bitmap
      uint32_t bits = e >> 1;
      if (bits != 0) {
        if (where >= size)
          return Error::reloc_range;
        uint32_t room = (size - where) >> 2; // words left in the segment
        if (room < RRLD_RELR_BITMAP_WORDS && (bits >> room) != 0)
          return Error::reloc_range;
        if (seg)
          apply_bitmap(seg + where, bits, delta);
      }
      // Saturate rather than wrap: a cursor past every segment stays there.
      uint32_t next = where + 4 * RRLD_RELR_BITMAP_WORDS;
      where = next < where ? 0xFFFFFFFFu : next;
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

  // 2. Identity, flags, reserved fields.
  if (field(image, RRLD_OFF_MAGIC) != RRLD_MAGIC)
    return Error::magic;
  const uint32_t version = field(image, RRLD_OFF_VERSION); // and header_size
  if ((version & 0xFFFFu) != RRLD_VERSION)
    return Error::version;
  if ((version >> 16) != RRLD_HEADER_SIZE)
    return Error::header_size;
  if ((field(image, RRLD_OFF_FLAGS) & ~RRLD_FLAGS_KNOWN) != 0)
    return Error::flags;
  if (((field(image, RRLD_OFF_RO_ALIGN_LOG2) >> 16) | field(image, RRLD_OFF_RESERVED1) |
       field(image, RRLD_OFF_RESERVED1 + 4) | field(image, RRLD_OFF_RESERVED1 + 8)) != 0)
    return Error::reserved;

  // 3. Alignments.
  const uint32_t ro_size = field(image, RRLD_OFF_RO_SIZE);
  const uint32_t rw_init_offset = field(image, RRLD_OFF_RW_INIT_OFFSET);
  const uint32_t rw_init_size = field(image, RRLD_OFF_RW_INIT_SIZE);
  const uint32_t tables_offset = field(image, RRLD_OFF_TABLES_OFFSET);
  const uint32_t span = RRLD_MAX_ALIGN_LOG2 - RRLD_MIN_ALIGN_LOG2;
  if (uint32_t(image[RRLD_OFF_RO_ALIGN_LOG2] - RRLD_MIN_ALIGN_LOG2) > span ||
      uint32_t(image[RRLD_OFF_RW_ALIGN_LOG2] - RRLD_MIN_ALIGN_LOG2) > span ||
      (field(image, RRLD_OFF_STACK_SIZE) & 7) != 0 ||
      ((ro_size | rw_init_offset | rw_init_size | tables_offset |
        field(image, RRLD_OFF_RW_RO_TABLE_SIZE) | field(image, RRLD_OFF_RW_RW_TABLE_SIZE) |
        field(image, RRLD_OFF_RO_RO_TABLE_SIZE)) &
       3) != 0)
    return Error::align;

  // 4. Layout: RO, RW init, then the streams, which end the image.
  if (ro_size < RRLD_HEADER_SIZE || ro_size > rw_init_offset || rw_init_offset > tables_offset ||
      rw_init_size > tables_offset - rw_init_offset)
    return Error::layout;
  uint32_t left = image_size - tables_offset;
  if (tables_offset > image_size)
    return Error::layout;
  for (uint32_t s = kRwRo; s != kRoRo; ++s) {
    const uint32_t n = field(image, RRLD_OFF_RW_RO_TABLE_SIZE + 4 * s);
    if (n > left)
      return Error::layout;
    left -= n;
  }
  if (field(image, RRLD_OFF_RO_RO_TABLE_SIZE) != left)
    return Error::layout;

  // 5. The entry point: Thumb, inside RO, past the header.
  const uint32_t entry = field(image, RRLD_OFF_ENTRY);
  if ((entry & 1) == 0 || entry - 1 < RRLD_HEADER_SIZE || entry - 1 >= ro_size)
    return Error::entry;

  return Error::ok;
}

// Steps 1 to 7 of docs/format.md, in that order.  Reads the image only.
// verified: the caller vouches that these bytes passed this whole check
// before (rrld_load_args.verified), so step 6 is skipped; the others are
// cheap and are what keeps every store inside the RAM region.
Error check_image(const uint8_t *image, uint32_t len, bool verified = false) {
  Error err = check_header(image, len);
  if (err != Error::ok)
    return err;

  // 6. The integrity check.
  if (!verified && image_crc(image) != field(image, RRLD_OFF_CRC32))
    return Error::crc;

  // 7. Every stream entry, streams in image order.
  for (uint32_t s = kRwRo; s != kRoRo + 1 && err == Error::ok; ++s)
    err = relr(image, s, nullptr, 0);
  return err;
}

// Placement checks shared by load and the RO patchers: ro_addr is aligned as
// the header asks and the image fits below 2^32 there.
Error check_ro_addr(const uint8_t *image, uint32_t ro_addr) {
  if ((ro_addr & ((1u << image[RRLD_OFF_RO_ALIGN_LOG2]) - 1)) != 0)
    return Error::align;
  if (field(image, RRLD_OFF_IMAGE_SIZE) > ~ro_addr)
    return Error::address;
  return Error::ok;
}

#ifndef RRLD_LOAD_ASM // else rrld_load is load_thumb2.S
// Copies n bytes (a multiple of 4) from src to dst, or zeroes them when src
// is null.  On Thumb-2 four words at a time with LDM/STM, as a memcpy would:
// the copy is most of a load's time.
__attribute__((noinline)) void copy_words(uint8_t *dst, const uint8_t *src, uint32_t n) {
  RRLD_STORE_CHECK(dst, n);
#if defined(__thumb2__) && !defined(RRLD_STORE_HOOK)
  // LDM/STM want their registers in ascending order: pin them.
  register uint8_t *d_ __asm__("r0") = dst;
  register const uint8_t *s_ __asm__("r1") = src;
  register uint32_t n_ __asm__("r2") = n;
  register uint32_t a __asm__("r3") = 0;
  register uint32_t b __asm__("r4") = 0;
  register uint32_t c __asm__("r5") = 0;
  register uint32_t e __asm__("r12") = 0;
  if (src == nullptr) {
    __asm__ volatile("    subs   %[n], %[n], #16\n"
                     "    blo    2f\n"
                     "1:  stmia  %[dst]!, {%[a], %[b], %[c], %[e]}\n"
                     "    subs   %[n], %[n], #16\n"
                     "    bhs    1b\n"
                     "2:  adds   %[n], %[n], #16\n"
                     : [dst] "+r"(d_), [n] "+r"(n_)
                     : [a] "r"(a), [b] "r"(b), [c] "r"(c), [e] "r"(e)
                     : "cc", "memory");
  } else {
    __asm__ volatile("    subs   %[n], %[n], #16\n"
                     "    blo    2f\n"
                     "1:  ldmia  %[src]!, {%[a], %[b], %[c], %[e]}\n"
                     "    stmia  %[dst]!, {%[a], %[b], %[c], %[e]}\n"
                     "    subs   %[n], %[n], #16\n"
                     "    bhs    1b\n"
                     "2:  adds   %[n], %[n], #16\n"
                     : [dst] "+r"(d_), [src] "+r"(s_), [n] "+r"(n_), [a] "+r"(a), [b] "+r"(b),
                       [c] "+r"(c), [e] "+r"(e)
                     :
                     : "cc", "memory");
  }
  dst = d_;
  src = src ? s_ : nullptr;
  n = n_;
#endif
  for (uint32_t off = 0; off != n; off += 4) // the rest (all of it elsewhere)
    *reinterpret_cast<word_t *>(dst + off) = src ? load32(src + off) : 0;
}

// Takes n bytes more of the RAM region: *at advances, staying <= end.
inline bool take(uint32_t *at, uint32_t n, uint32_t end) {
  if (n > end - *at)
    return false;
  *at += n;
  return true;
}

inline void clear(rrld_load_result *r) {
  r->entry = 0;
  r->static_base = 0;
  r->stack_top = 0;
  r->rw_addr = 0;
  r->app_break = 0;
  r->ram_end = 0;
}

// Places a checked image; *r arrives zeroed.  Results go to *r as soon as
// they are known, which keeps few values live (stack), so a failure after
// that clears them again.
__attribute__((noinline)) Error place(const rrld_load_args *args, rrld_load_result *r) {
  const uint8_t *image = args->image;
  uint8_t *ram = args->ram;
  const uint32_t ro_addr = args->ro_addr;
  const uint32_t ram_addr = args->ram_addr;
  const uint32_t ram_len = args->ram_len;
  Error err = check_ro_addr(image, ro_addr);
  if (err != Error::ok)
    return err;
  if ((ram_addr & 7) != 0 || (addr_of(ram) & 3) != 0)
    return Error::align;
  if (ram_len > ~ram_addr)
    return Error::address;
  if (addr_of(ram) < addr_of(image) + field(image, RRLD_OFF_IMAGE_SIZE) &&
      addr_of(image) < addr_of(ram) + ram_len)
    return Error::argument; // RAM over the image: writes would change what was checked
  if (field(image, RRLD_OFF_RO_RO_TABLE_SIZE) != 0 &&
      field(image, RRLD_OFF_RO_PATCHED_ADDR) != ro_addr)
    return Error::ro_not_patched;

  // RAM layout (docs/format.md, "Placement rules"), as addresses <= ram_end.
  const uint32_t ram_end = ram_addr + ram_len;
  uint32_t at = ram_addr;
  if (!take(&at, field(image, RRLD_OFF_STACK_SIZE), ram_end))
    return Error::ram_too_small;
  r->stack_top = at;
  if (!take(&at, (0u - at) & ((1u << image[RRLD_OFF_RW_ALIGN_LOG2]) - 1), ram_end) ||
      !take(&at, field(image, RRLD_OFF_RW_INIT_SIZE), ram_end) ||
      !take(&at, field(image, RRLD_OFF_RW_ZERO_SIZE), ram_end) ||
      !take(&at, (0u - at) & 7, ram_end) || field(image, RRLD_OFF_HEAP_SIZE) > ram_end - at) {
    r->stack_top = 0;
    return Error::ram_too_small;
  }
  r->app_break = at;
  // Recomputed rather than kept live: rw_addr = align_up(stack_top, rw_align).
  r->rw_addr = r->stack_top + ((0u - r->stack_top) & ((1u << image[RRLD_OFF_RW_ALIGN_LOG2]) - 1));
  r->ram_end = ram_end;
  r->entry = ro_addr + field(image, RRLD_OFF_ENTRY);
  r->static_base = r->rw_addr + field(image, RRLD_OFF_SB_OFFSET);

  // Everything is checked: write.  RW initial data, then zeros up to the
  // break (.bss and the padding after it), then the two RW streams.
  uint8_t *rw = ram + (r->rw_addr - ram_addr);
  const uint32_t init_size = field(image, RRLD_OFF_RW_INIT_SIZE);
  copy_words(rw, image + field(image, RRLD_OFF_RW_INIT_OFFSET), init_size);
  copy_words(rw + init_size, nullptr, at - r->rw_addr - init_size);
  relr(image, kRwRo, rw, ro_addr - field(image, RRLD_OFF_RO_LINK_ADDR));
  relr(image, kRwRw, rw, r->rw_addr - field(image, RRLD_OFF_RW_LINK_ADDR));
  return Error::ok;
}

// *result is cleared first, so every failure leaves it zero (place() keeps
// that promise for its own failures); place() is a tail call, its frame
// replacing this one.
Error load(const rrld_load_args *args, rrld_load_result *result) {
  if (result != nullptr)
    clear(result);
  if (args == nullptr || result == nullptr || args->ram == nullptr)
    return Error::argument;
  Error err = check_image(args->image, args->image_len, args->verified == RRLD_VERIFIED);
  if (err != Error::ok)
    return err;
  return place(args, result);
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
  // Word by word, then the header field last: until that lands, the
  // integrity check normalises with the old address and fails.
  const uint8_t *t = stream_start(image, kRoRo);
  const uint8_t *end = t + field(image, RRLD_OFF_RO_RO_TABLE_SIZE);
  uint32_t where = 0;
  for (; t != end; t += 4) {
    uint32_t e = load32(t);
    if ((e & 1) == 0) {
      if (!put(write, ctx, e, load32(image + e) + delta))
        return Error::write;
      where = e + 4;
    } else {
      for (uint32_t off = where; (e >>= 1) != 0; off += 4)
        if ((e & 1) && !put(write, ctx, off, load32(image + off) + delta))
          return Error::write;
      where += 4 * RRLD_RELR_BITMAP_WORDS;
    }
  }
  if (!put(write, ctx, RRLD_OFF_RO_PATCHED_ADDR, ro_addr))
    return Error::write;
  return Error::ok;
}

Error patch_ro_in_place(uint8_t *image, uint32_t len, uint32_t ro_addr) {
  uint32_t delta;
  Error err = check_patch(image, len, ro_addr, &delta);
  if (err != Error::ok || delta == 0)
    return err;
  relr(image, kRoRo, image, delta);
  store32(image + RRLD_OFF_RO_PATCHED_ADDR, ro_addr);
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
