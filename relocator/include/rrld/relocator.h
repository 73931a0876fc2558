/*
 * The rrld on-device relocator: C ABI.
 *
 * A kernel (or an app's own startup, in self-relocating mode) calls these to
 * place an rrld image: RO executes in place from wherever the image sits, RW
 * goes to a RAM region of the caller's choosing.  Nothing in the image is
 * trusted: every offset and size is checked against the real buffer lengths
 * before it is used, every table entry before the words it names are
 * written, and on any error nothing is reported as success and no byte
 * outside the given RAM region (or the RO write callback) is written.  docs/format.md specifies the image; docs/relocator.md the calls.
 */
#ifndef RRLD_RELOCATOR_H
#define RRLD_RELOCATOR_H

#include "rrld/format.h"

/* Stack a self-relocating startup gives rrld_self_relocate, in bytes: the
 * deepest chain of its calls on any Cortex-M core (the footprint report's
 * STACK_rrld_self_relocate), the 16-byte rrld_load_result kept on the same
 * stack, and a 36-byte exception frame (8 words and the alignment word) the
 * kernel may push on it meanwhile; the relocator.self_stack test checks it.
 * A plain number, so a startup in assembly can include this header
 * (docs/relocator.md). */
#define RRLD_SELF_RELOCATE_STACK 192u

#ifndef __ASSEMBLER__
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Result codes.  Values are stable (part of the ABI); 0 is success. */
typedef enum rrld_status {
  RRLD_OK = 0,
  RRLD_E_ARGUMENT = 1,       /* a null pointer, an impossible argument, a load not verified */
  RRLD_E_TRUNCATED = 2,      /* buffer shorter than the header or image_size */
  RRLD_E_MAGIC = 3,          /* not an rrld image */
  RRLD_E_VERSION = 4,        /* unsupported format version */
  RRLD_E_FLAGS = 5,          /* unknown flag bits */
  RRLD_E_LAYOUT = 6,         /* a size of 256 MiB or more, or sizes not adding up to image_size */
  RRLD_E_ALIGN = 7,          /* bad alignment field or size, or a misaligned address */
  RRLD_E_CRC = 8,            /* the integrity check failed */
  RRLD_E_ENTRY = 9,          /* entry point outside RO, or not Thumb */
  RRLD_E_RAM_TOO_SMALL = 10, /* stack + RW + heap do not fit the RAM region */
  RRLD_E_RELOC_RANGE = 11,   /* a table names a word outside its segment, or is malformed */
  RRLD_E_RELOC_ORDER = 12,   /* format 1 only (table entries not increasing): not returned */
  RRLD_E_RO_NOT_PATCHED = 13, /* RO->RO words hold another RO address */
  RRLD_E_WRITE = 14,         /* the RO write callback reported failure */
  RRLD_E_ADDRESS = 15        /* an address range wraps around 2^32 */
} rrld_status;

/* Where the image is and where it goes. */
typedef struct rrld_load_args {
  const uint8_t *image; /* the image as the loader can read it */
  uint32_t image_len;   /* bytes readable at image (>= header.image_size) */
  uint32_t ro_addr;     /* address the RO segment executes from */
  uint8_t *ram;         /* the app's RAM region as the loader can write it (8-aligned) */
  uint32_t ram_len;     /* its length in bytes */
  uint32_t ram_addr;    /* the address the app sees `ram` at (8-aligned) */
  uint32_t verified;    /* must be RRLD_VERIFIED: the caller ran rrld_verify
                           at install (see below) */
} rrld_load_args;

/* rrld_load_args.verified: the caller ran rrld_verify (or rrld_patch_ro) on
 * these exact bytes, at install time, and they cannot have changed since
 * (flash only the kernel writes).  rrld_load requires it (RRLD_E_ARGUMENT
 * otherwise): the integrity check (a CRC over the whole image) is
 * rrld_verify's, once per install, and rrld_load checks every other thing
 * at each load: header, layout, placement, every group of the two RW
 * streams (the RO->RO stream is not decoded by rrld_load), so that nothing
 * is stored outside args->ram whatever the bytes.  One value, not a bit, so
 * that a stray or uninitialised field does not pass for it. */
#define RRLD_VERIFIED 0x56565656u /* "VVVV" */

/* RAM layout chosen by rrld_load (addresses as the app sees them):
 *   [ram_addr, stack_top)            stack (stack_size bytes, grows down)
 *   [static_base, app_break)         RW: initial data, then zeroed .bss
 *   [app_break, ram_addr + ram_len)  free: heap (at least heap_size bytes)
 * stack_top = ram_addr + stack_size, static_base (where RW starts) =
 * align_up(stack_top, 1 << rw_align_log2), app_break = static_base +
 * rw_init_size + rw_zero_size.  All three are 8-aligned. */
typedef struct rrld_load_result {
  uint32_t entry;       /* entry address, bit 0 set (Thumb) */
  uint32_t static_base; /* value for r9: the start of RW */
  uint32_t stack_top;   /* initial stack pointer */
  uint32_t app_break;   /* first free RAM address (heap start) */
} rrld_load_result;

/* Checks the header, the layout, the integrity check and every table entry.
 * Writes nothing. */
rrld_status rrld_verify(const uint8_t *image, uint32_t image_len);

/* Requires args->verified == RRLD_VERIFIED (the caller ran rrld_verify at
 * install), checks the header, the placement, and that RO->RO words hold
 * ro_addr (or that there are none), then copies RW initial data, zeroes
 * .bss and applies the RW tables inside args->ram, checking each group
 * before the words it names are written.  On failure *result is zeroed; a
 * bad RW table group leaves [static_base, app_break) partly written,
 * nothing outside it.  *result is written last, after every read of the
 * image, so the load reads the same bytes wherever it lies, even inside the
 * image (which then holds it); it belongs outside [static_base, app_break),
 * which the load writes first (not checked, unlike RAM over the image,
 * which is refused).  The stack region below static_base is never written:
 * a self-relocating startup keeps *result there. */
rrld_status rrld_load(const rrld_load_args *args, rrld_load_result *result);

/* Writes `len` bytes at image offset `offset` (flash programming).  Returns 0
 * on success. */
typedef int (*rrld_write_fn)(void *ctx, uint32_t offset, const uint8_t *bytes, uint32_t len);

/* Applies the RO->RO table so the image runs from ro_addr: verifies the image
 * first, then writes each patched word, the header's ro_patched_addr field
 * and, last, its crc32 (the patched image's), through `write`.  A patch
 * interrupted half way leaves an image whose integrity check fails (never
 * one that runs with wrong pointers). */
rrld_status rrld_patch_ro(const uint8_t *image, uint32_t image_len, uint32_t ro_addr,
                          rrld_write_fn write, void *ctx);

/* The same, for an image that sits in RAM: stores directly. */
rrld_status rrld_patch_ro_in_place(uint8_t *image, uint32_t image_len, uint32_t ro_addr);

/* A short constant name for a status ("RRLD_E_CRC"), for kernels' logs.
 * Values outside the enum give "RRLD_E_UNKNOWN". */
const char *rrld_status_name(rrld_status status);

/* Self-relocation: rrld_verify then rrld_load, for an app that places itself, called from its
 * own startup before anything is relocated, with the registers a Tock-style
 * kernel starts a process with (r0 = flash_start, r1 = ram_start; ram_len is
 * the RAM the app may use, e.g. app break - ram_start).  The image is read at
 * flash_start and runs there (ro_addr = flash_start); the RAM region is
 * [ram_start, ram_start + ram_len), addressed as is.  Needs no relocation
 * itself.  Its stack and *out belong at the top of the app's stack region,
 * [ram_start, ram_start + header.stack_size), which the load never writes:
 * RRLD_SELF_RELOCATE_STACK bytes of it, including *out.  docs/relocator.md
 * shows such a startup. */
rrld_status rrld_self_relocate(uint32_t flash_start, uint32_t ram_start, uint32_t ram_len,
                               rrld_load_result *out);

#ifdef __cplusplus
} /* extern "C" */
#endif
#endif /* !__ASSEMBLER__ */

#endif /* RRLD_RELOCATOR_H */
