/*
 * The numbers the assembly load paths (load_thumb2.S, load_thumb1.S) need,
 * as plain integers an assembler accepts.  relocator.cpp checks each against
 * rrld/format.h and rrld/relocator.h with static_assert, so they cannot
 * drift apart.
 */
#ifndef RRLD_ASM_LAYOUT_H
#define RRLD_ASM_LAYOUT_H

/* rrld_status values. */
#define E_ARGUMENT 1
#define E_TRUNCATED 2
#define E_MAGIC 3
#define E_VERSION 4
#define E_FLAGS 5
#define E_LAYOUT 6
#define E_ALIGN 7
#define E_CRC 8
#define E_ENTRY 9
#define E_RAM_TOO_SMALL 10
#define E_RELOC_RANGE 11
#define E_RELOC_ORDER 12
#define E_RO_NOT_PATCHED 13
#define E_ADDRESS 15

/* Header: sizes, limits, field offsets. */
#define H_MAGIC_VALUE 0x444C5252
#define H_VERSION_VALUE 2
#define H_SIZE 96
#define H_MIN_ALIGN_LOG2 2
#define H_MAX_ALIGN_LOG2 17
#define H_RW_INIT_ALIGN 16
#define H_RAM_ALIGN 8
#define H_SIZE_LIMIT 0x10000000
#define H_CRC_START 8
#define H_ULEB_MAX_BYTES 4
#define H_KIND_BITS 3
#define H_RUN 7
#define H_BYTE_WORDS 8
#define H_MAGIC 0
#define H_CRC32 4
#define H_VERSION 8
#define H_FLAGS 12
#define H_IMAGE_SIZE 16
#define H_RO_ALIGN_LOG2 20
#define H_RW_ALIGN_LOG2 22
#define H_RO_SIZE 24
#define H_RW_INIT_SIZE 28
#define H_RW_RO_TABLE_SIZE 32
#define H_RW_RW_TABLE_SIZE 36
#define H_RO_RO_TABLE_SIZE 40
#define H_RW_ZERO_SIZE 44
#define H_ENTRY 48
#define H_STACK_SIZE 52
#define H_HEAP_SIZE 56
#define H_RO_LINK_ADDR 60
#define H_RW_LINK_ADDR 64
#define H_RO_PATCHED_ADDR 68

/* rrld_load_args on a 32-bit target. */
#define A_IMAGE 0
#define A_IMAGE_LEN 4
#define A_RO_ADDR 8
#define A_RAM 12
#define A_RAM_LEN 16
#define A_RAM_ADDR 20
#define A_VERIFIED 24
#define A_VERIFIED_VALUE 0x56565656 /* RRLD_VERIFIED */

#endif /* RRLD_ASM_LAYOUT_H */
