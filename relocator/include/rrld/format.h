/*
 * rrld image format, version 2: the one definition shared by the host linker
 * (linker/) and the on-device relocator (relocator/).  docs/format.md is the
 * byte-level specification; this header must agree with it field for field.
 *
 * An image is one contiguous, little-endian byte string, its parts back to
 * back, so no offsets are stored:
 *
 *   [0, ro_size)                       RO segment; executes in place.  The
 *                                      header below is its first 96 bytes.
 *   [ro_size, +rw_init_size)           initial contents of the RW segment,
 *                                      copied to RAM by the loader.
 *   then the three relocation streams, in order RW->RO, RW->RW, RO->RO,
 *   bytes back to back, and zero bytes up to the next multiple of 4, which
 *   end the image.
 *
 * Every relocated word holds the value it had at link time.  Applying a
 * stream adds one delta to each word it names:
 *
 *   RW->RO stream: word in RW, += ro_addr - ro_link_addr
 *   RW->RW stream: word in RW, += rw_addr - rw_link_addr
 *   RO->RO stream: word in RO, += ro_addr - ro_patched_addr
 *
 * A stream is a byte string of groups (docs/format.md, "Encoding"), read
 * with a cursor `where`, a byte offset in the segment the words live in (0
 * for RW, RRLD_HEADER_SIZE for RO).  A group starts with a ULEB128 number h
 * (at most RRLD_ULEB_MAX_BYTES bytes): where += 4*(h >> 3), then by the
 * kind k = h & 7:
 *   k == RRLD_GROUP_RUN: a second ULEB128 number n; the n words from where
 *     are relocated, where += 4*n;
 *   k < RRLD_GROUP_RUN: the word at where is relocated, where += 4; then k
 *     bitmap bytes, each naming with bit i the word at where + 4*i, after
 *     which where += 32.
 * Every run and every bitmap byte's whole 8-word window lie in the
 * segment's relocatable part.
 *
 * RW is laid out at rw_addr, and r9 (the static base) is rw_addr: RW's link
 * address is where SB-relative offsets count from.
 *
 * Plain C89-compatible declarations so that C kernels, C++ and Rust (through
 * bindgen or by hand) can share it.  No libc headers beyond <stdint.h>.  The
 * #defines are plain numbers an assembler accepts as well: assembly (an
 * app's startup) includes this header with __ASSEMBLER__ defined and gets
 * them without the struct.
 */
#ifndef RRLD_FORMAT_H
#define RRLD_FORMAT_H

#ifndef __ASSEMBLER__
#include <stdint.h>
#endif

#define RRLD_MAGIC 0x444C5252u /* "RRLD" in file byte order */
#define RRLD_VERSION 2u
#define RRLD_HEADER_SIZE 96u /* the fields below, then reserved bytes */

/* No flags are defined in version 2; a loader rejects any set bit. */
#define RRLD_FLAGS_KNOWN 0x00000000u

/* Alignment limits a loader enforces (log2 of bytes). */
#define RRLD_MIN_ALIGN_LOG2 2u  /* every segment is word aligned */
#define RRLD_MAX_ALIGN_LOG2 17u /* 128 KiB: larger is certainly a corrupt image */

/* rw_init_size is a multiple of this, so a loader copies 4 words at a time. */
#define RRLD_RW_INIT_ALIGN 16u

/* rw_zero_size and stack_size are multiples of this, so that stack_top and
 * the app break stay 8-aligned with no rounding. */
#define RRLD_RAM_ALIGN 8u

/* Every size field (ro_size, rw_init_size, the three table sizes,
 * rw_zero_size, stack_size) is below this: 256 MiB, more than any
 * microcontroller has, and small enough that no sum a loader forms can pass
 * 2^32. */
#define RRLD_SIZE_LIMIT 0x10000000u

/* The integrity check covers [RRLD_CRC_START, image_size): everything after
 * the magic and the crc32 field itself. */
#define RRLD_CRC_START 8u

/* Byte offsets of the header fields, for code that reads the header as
 * little-endian words without a struct (and for static_asserts). */
#define RRLD_OFF_MAGIC 0u
#define RRLD_OFF_CRC32 4u
#define RRLD_OFF_VERSION 8u
#define RRLD_OFF_FLAGS 12u
#define RRLD_OFF_IMAGE_SIZE 16u
#define RRLD_OFF_RO_ALIGN_LOG2 20u /* 1 byte; the byte after it must be zero */
#define RRLD_OFF_RW_ALIGN_LOG2 22u /* 1 byte; the byte after it must be zero */
#define RRLD_OFF_RO_SIZE 24u
#define RRLD_OFF_RW_INIT_SIZE 28u
#define RRLD_OFF_RW_RO_TABLE_SIZE 32u
#define RRLD_OFF_RW_RW_TABLE_SIZE 36u
#define RRLD_OFF_RO_RO_TABLE_SIZE 40u
#define RRLD_OFF_RW_ZERO_SIZE 44u
#define RRLD_OFF_ENTRY 48u
#define RRLD_OFF_STACK_SIZE 52u
#define RRLD_OFF_HEAP_SIZE 56u
#define RRLD_OFF_RO_LINK_ADDR 60u
#define RRLD_OFF_RW_LINK_ADDR 64u
#define RRLD_OFF_RO_PATCHED_ADDR 68u
#define RRLD_OFF_RESERVED 72u /* 24 bytes: written as zero, ignored by loaders */

/* Stream encoding: a ULEB128 number has at most this many bytes (so it is
 * below 2^28); a group's head keeps its kind in its low RRLD_GROUP_KIND_BITS
 * bits: RRLD_GROUP_RUN, a run whose length follows, else the number of
 * bitmap bytes that follow the group's word.  A bitmap byte covers 8 words. */
#define RRLD_ULEB_MAX_BYTES 4u
#define RRLD_GROUP_KIND_BITS 3u
#define RRLD_GROUP_RUN 7u
#define RRLD_BITMAP_BYTE_WORDS 8u

#ifndef __ASSEMBLER__
struct rrld_header {
  uint32_t magic;            /* RRLD_MAGIC */
  uint32_t crc32;            /* see docs/format.md, "Integrity check" */
  uint32_t version;          /* RRLD_VERSION */
  uint32_t flags;            /* RRLD_FLAGS_KNOWN bits only */
  uint32_t image_size;       /* ro_size + rw_init_size + the table sizes, rounded up to 4 */
  uint8_t ro_align_log2;     /* the image must start at this alignment */
  uint8_t ro_align_pad;      /* zero */
  uint8_t rw_align_log2;     /* RW must start at this alignment */
  uint8_t rw_align_pad;      /* zero */
  uint32_t ro_size;          /* RO segment bytes from image offset 0 */
  uint32_t rw_init_size;     /* bytes copied to the start of RW, from ro_size */
  uint32_t rw_ro_table_size; /* bytes; the streams follow RW, back to back */
  uint32_t rw_rw_table_size; /* bytes */
  uint32_t ro_ro_table_size; /* bytes; then zeros up to a multiple of 4 */
  uint32_t rw_zero_size;     /* bytes zeroed after the initial data (.bss), multiple of 8 */
  uint32_t entry;            /* RO offset of the entry point, bit 0 = Thumb */
  uint32_t stack_size;       /* bytes of stack the app asks for, multiple of 8 */
  uint32_t heap_size;        /* bytes of heap the app asks for at least */
  uint32_t ro_link_addr;     /* address image offset 0 had at link time */
  uint32_t rw_link_addr;     /* address RW offset 0 had at link time; the static base */
  uint32_t ro_patched_addr;  /* RO address the RO->RO words now hold */
  uint8_t reserved[24];      /* zero; loaders ignore them */
};

#ifdef __cplusplus
/* The layout is shared between a 64-bit host and 32-bit targets: pin it. */
static_assert(sizeof(rrld_header) == RRLD_HEADER_SIZE, "rrld_header size");
static_assert(__builtin_offsetof(rrld_header, crc32) == RRLD_OFF_CRC32, "crc32");
static_assert(__builtin_offsetof(rrld_header, image_size) == RRLD_OFF_IMAGE_SIZE, "image_size");
static_assert(__builtin_offsetof(rrld_header, ro_align_log2) == RRLD_OFF_RO_ALIGN_LOG2, "ro_align");
static_assert(__builtin_offsetof(rrld_header, rw_align_log2) == RRLD_OFF_RW_ALIGN_LOG2, "rw_align");
static_assert(__builtin_offsetof(rrld_header, stack_size) == RRLD_OFF_STACK_SIZE, "stack_size");
static_assert(__builtin_offsetof(rrld_header, ro_size) == RRLD_OFF_RO_SIZE, "ro_size");
static_assert(__builtin_offsetof(rrld_header, ro_ro_table_size) == RRLD_OFF_RO_RO_TABLE_SIZE,
              "ro_ro_table_size");
static_assert(__builtin_offsetof(rrld_header, entry) == RRLD_OFF_ENTRY, "entry");
static_assert(__builtin_offsetof(rrld_header, ro_patched_addr) == RRLD_OFF_RO_PATCHED_ADDR,
              "ro_patched_addr");
static_assert(__builtin_offsetof(rrld_header, reserved) == RRLD_OFF_RESERVED, "reserved");
#endif
#endif /* !__ASSEMBLER__ */

#endif /* RRLD_FORMAT_H */
