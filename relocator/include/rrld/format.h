/*
 * rrld image format, version 1: the one definition shared by the host linker
 * (linker/) and the on-device relocator (relocator/).  docs/format.md is the
 * byte-level specification; this header must agree with it field for field.
 *
 * An image is one contiguous, little-endian byte string:
 *
 *   [0, ro_size)                       RO segment; executes in place.  The
 *                                      header below is its first 96 bytes.
 *   [rw_init_offset, +rw_init_size)    initial contents of the RW segment,
 *                                      copied to RAM by the loader.
 *   [tables_offset, +table sizes)      three relocation streams, in order:
 *                                      RW->RO, RW->RW, RO->RO.
 *
 * Every relocated word holds the value it had at link time.  Applying a
 * stream adds one delta to each word it names:
 *
 *   RW->RO stream: word in RW, += ro_addr - ro_link_addr
 *   RW->RW stream: word in RW, += rw_addr - rw_link_addr
 *   RO->RO stream: word in RO, += ro_addr - ro_patched_addr
 *
 * Streams use the RELR encoding (32-bit entries): an even entry is the byte
 * offset of a word to relocate (relative to the start of the segment the
 * word lives in); an odd entry is a bitmap whose bit i (1..31) relocates the
 * word at where + 4*(i-1), after which where advances by 31 words.
 *
 * Plain C89-compatible declarations so that C kernels, C++ and Rust (through
 * bindgen or by hand) can share it.  No libc headers beyond <stdint.h>.
 */
#ifndef RRLD_FORMAT_H
#define RRLD_FORMAT_H

#include <stdint.h>

#define RRLD_MAGIC 0x444C5252u /* "RRLD" in file byte order */
#define RRLD_VERSION 1u
#define RRLD_HEADER_SIZE 96u

/* No flags are defined in version 1; a loader rejects any set bit. */
#define RRLD_FLAGS_KNOWN 0x00000000u

/* Alignment limits a loader enforces (log2 of bytes). */
#define RRLD_MIN_ALIGN_LOG2 2u  /* every segment is word aligned */
#define RRLD_MAX_ALIGN_LOG2 16u /* 64 KiB: larger is certainly a corrupt image */

/* Byte offsets of the header fields, for code that reads the header as
 * little-endian words without a struct (and for static_asserts). */
#define RRLD_OFF_MAGIC 0u
#define RRLD_OFF_VERSION 4u
#define RRLD_OFF_HEADER_SIZE 6u
#define RRLD_OFF_FLAGS 8u
#define RRLD_OFF_IMAGE_SIZE 12u
#define RRLD_OFF_CRC32 16u
#define RRLD_OFF_RO_SIZE 20u
#define RRLD_OFF_RW_INIT_OFFSET 24u
#define RRLD_OFF_RW_INIT_SIZE 28u
#define RRLD_OFF_RW_ZERO_SIZE 32u
#define RRLD_OFF_RO_ALIGN_LOG2 36u
#define RRLD_OFF_RW_ALIGN_LOG2 37u
#define RRLD_OFF_RESERVED0 38u
#define RRLD_OFF_ENTRY 40u
#define RRLD_OFF_SB_OFFSET 44u
#define RRLD_OFF_STACK_SIZE 48u
#define RRLD_OFF_HEAP_SIZE 52u
#define RRLD_OFF_RO_LINK_ADDR 56u
#define RRLD_OFF_RW_LINK_ADDR 60u
#define RRLD_OFF_RO_PATCHED_ADDR 64u
#define RRLD_OFF_TABLES_OFFSET 68u
#define RRLD_OFF_RW_RO_TABLE_SIZE 72u
#define RRLD_OFF_RW_RW_TABLE_SIZE 76u
#define RRLD_OFF_RO_RO_TABLE_SIZE 80u
#define RRLD_OFF_RESERVED1 84u /* 3 words, must be zero */

struct rrld_header {
  uint32_t magic;           /* RRLD_MAGIC */
  uint16_t version;         /* RRLD_VERSION */
  uint16_t header_size;     /* RRLD_HEADER_SIZE */
  uint32_t flags;           /* RRLD_FLAGS_KNOWN bits only */
  uint32_t image_size;      /* bytes of the whole image */
  uint32_t crc32;           /* see docs/format.md, "Integrity check" */
  uint32_t ro_size;         /* RO segment bytes from image offset 0 */
  uint32_t rw_init_offset;  /* image offset of RW initial data */
  uint32_t rw_init_size;    /* bytes copied to the start of RW */
  uint32_t rw_zero_size;    /* bytes zeroed after them (.bss) */
  uint8_t ro_align_log2;    /* the image must start at this alignment */
  uint8_t rw_align_log2;    /* RW must start at this alignment */
  uint16_t reserved0;       /* zero */
  uint32_t entry;           /* RO offset of the entry point, bit 0 = Thumb */
  uint32_t sb_offset;       /* static base (r9) minus RW start */
  uint32_t stack_size;      /* bytes of stack the app asks for */
  uint32_t heap_size;       /* bytes of heap the app asks for at least */
  uint32_t ro_link_addr;    /* address image offset 0 had at link time */
  uint32_t rw_link_addr;    /* address RW offset 0 had at link time */
  uint32_t ro_patched_addr; /* RO address the RO->RO words now hold */
  uint32_t tables_offset;   /* image offset of the first stream */
  uint32_t rw_ro_table_size; /* bytes, multiple of 4 */
  uint32_t rw_rw_table_size; /* bytes, multiple of 4 */
  uint32_t ro_ro_table_size; /* bytes, multiple of 4 */
  uint32_t reserved1[3];     /* zero */
};

/* RELR bitmap entries cover this many words after the current position. */
#define RRLD_RELR_BITMAP_WORDS 31u

#ifdef __cplusplus
/* The layout is shared between a 64-bit host and 32-bit targets: pin it. */
static_assert(sizeof(rrld_header) == RRLD_HEADER_SIZE, "rrld_header size");
static_assert(__builtin_offsetof(rrld_header, crc32) == RRLD_OFF_CRC32, "crc32");
static_assert(__builtin_offsetof(rrld_header, ro_align_log2) == RRLD_OFF_RO_ALIGN_LOG2, "ro_align");
static_assert(__builtin_offsetof(rrld_header, entry) == RRLD_OFF_ENTRY, "entry");
static_assert(__builtin_offsetof(rrld_header, ro_patched_addr) == RRLD_OFF_RO_PATCHED_ADDR,
              "ro_patched_addr");
static_assert(__builtin_offsetof(rrld_header, tables_offset) == RRLD_OFF_TABLES_OFFSET,
              "tables_offset");
static_assert(__builtin_offsetof(rrld_header, ro_ro_table_size) == RRLD_OFF_RO_RO_TABLE_SIZE,
              "ro_ro_table_size");
static_assert(__builtin_offsetof(rrld_header, reserved1) == RRLD_OFF_RESERVED1, "reserved1");
#endif

#endif /* RRLD_FORMAT_H */
