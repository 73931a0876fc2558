/*
 * rrld_load for Cortex-M3/M4/M7/M33 (Thumb-2), by hand.
 *
 * The same function as rrld::detail::load() in relocator.cpp, which stays
 * the reference (the host, Cortex-M0, the property tests and the fuzzer run
 * it), written in assembly for the 512-byte code target of the load path.
 * It implements docs/format.md check for check and in the same order, so
 * both give the same status and leave the same RAM for every input; the
 * QEMU test relocator.qemu_diff runs both on mutated images and compares.
 *
 * Trusts nothing: steps 1-5 (the header), 6 (the integrity check, skipped
 * only when args->verified == RRLD_VERIFIED), 7 (every stream entry), then
 * the placement checks, all before the first store; then the stores, all in
 * [rw_addr, app_break).  Every bound is an overflow-safe subtraction or a
 * carry test.
 *
 * Position independent (PC-relative only), no data, no calls out, r9 unused
 * as static base: it runs before the code that contains it is relocated.
 * Stack: the 44-byte frame below, nothing else.
 */
#include "asm_layout.h"

    .syntax unified
    .thumb
    .section .text.rrld_load, "ax", %progbits
    .p2align 2
    .global rrld_load
    .type rrld_load, %function
    .thumb_func
rrld_load:                          @ r0 = args, r1 = result
    push    {r0, r1, r4-r11, lr}    @ [sp] = args, [sp, #4] = result
    movs    r5, r0
    movs    r0, #E_ARGUMENT
    cmp     r1, #0
    beq     .Lfail_arg
    cmp     r5, #0
    beq     .Lfail_arg
    ldr     r4, [r5, #A_RAM]
    cmp     r4, #0
    beq     .Lfail_arg
    ldr     r4, [r5, #A_IMAGE]
    ldr     r1, [r5, #A_IMAGE_LEN]
    cmp     r4, #0
    beq     .Lfail_arg

    /* 1. Aligned; holds the header and image_size bytes. */
    movs    r0, #E_ALIGN
    lsls    r2, r4, #30
    bne     .Lfail
    movs    r0, #E_TRUNCATED
    cmp     r1, #H_SIZE
    blo     .Lfail
    ldr     r7, [r4, #H_IMAGE_SIZE]
    cmp     r7, r1
    bhi     .Lfail

    /* 2. Identity, flags, reserved fields. */
    ldm     r4, {r1, r2, r3}        @ magic, version | header_size << 16, flags
    movs    r0, #E_MAGIC
    ldr     r6, .Lmagic
    cmp     r1, r6
    bne     .Lfail
    movs    r0, #E_VERSION
    uxth    r1, r2
    cmp     r1, #H_VERSION_VALUE
    bne     .Lfail
    movs    r0, #E_HEADER_SIZE
    lsrs    r2, r2, #16
    cmp     r2, #H_SIZE
    bne     .Lfail
    movs    r0, #E_FLAGS
    cmp     r3, #0
    bne     .Lfail
    movs    r0, #E_RESERVED
    ldrh    r1, [r4, #H_RESERVED0]
    ldr     r2, [r4, #H_RESERVED1]
    orrs    r1, r2
    ldr     r2, [r4, #H_RESERVED1 + 4]
    orrs    r1, r2
    ldr     r2, [r4, #H_RESERVED1 + 8]
    orrs    r1, r2
    bne     .Lfail

    /* 3. Alignments. */
    movs    r0, #E_ALIGN
    ldrb    r1, [r4, #H_RO_ALIGN_LOG2]
    subs    r1, #H_MIN_ALIGN_LOG2
    cmp     r1, #H_MAX_ALIGN_LOG2 - H_MIN_ALIGN_LOG2
    bhi     .Lfail
    ldrb    r1, [r4, #H_RW_ALIGN_LOG2]
    subs    r1, #H_MIN_ALIGN_LOG2
    cmp     r1, #H_MAX_ALIGN_LOG2 - H_MIN_ALIGN_LOG2
    bhi     .Lfail
    ldr     r1, [r4, #H_STACK_SIZE]
    lsls    r1, r1, #29
    bne     .Lfail
    adds    r1, r4, #H_RO_SIZE
    ldm     r1, {r1, r2, r3}        @ ro_size, rw_init_offset, rw_init_size
    adds    r5, r4, #H_TABLES_OFFSET
    ldm     r5, {r5, r6, r7}        @ tables_offset, the first two stream sizes
    movs    r0, r1
    orrs    r0, r2
    orrs    r0, r3
    orrs    r0, r5
    orrs    r0, r6
    orrs    r0, r7
    ldr     r7, [r4, #H_RO_RO_TABLE_SIZE]
    orrs    r0, r7
    lsls    r0, r0, #30             @ Z: all multiples of 4
    it      ne
    movne   r0, #E_ALIGN
    bne     .Lfail

    /* 4. Layout: RO, RW init, then the streams, which end the image. */
    movs    r0, #E_LAYOUT
    cmp     r1, #H_SIZE
    blo     .Lfail
    cmp     r1, r2                  @ ro_size <= rw_init_offset
    bhi     .Lfail
    subs    r2, r5, r2              @ tables_offset - rw_init_offset
    blo     .Lfail
    cmp     r3, r2
    bhi     .Lfail
    ldr     r2, [r4, #H_IMAGE_SIZE]
    subs    r2, r2, r5              @ left for the streams
    blo     .Lfail
    subs    r2, r2, r6
    blo     .Lfail
    ldr     r3, [r4, #H_RW_RW_TABLE_SIZE]
    subs    r2, r2, r3
    blo     .Lfail
    cmp     r2, r7
    bne     .Lfail

    /* 5. The entry point: Thumb, in [96, ro_size). */
    movs    r0, #E_ENTRY
    ldr     r2, [r4, #H_ENTRY]
    lsls    r3, r2, #31
    beq     .Lfail
    subs    r2, #H_SIZE + 1
    subs    r1, #H_SIZE
    cmp     r2, r1
    blo     .Lchecked_header
.Lfail_arg:
.Lfail:                             @ r0 = status: clear *result, return
    ldr     r2, [sp, #4]
    cbz     r2, .Lexit
    movs    r1, #0
    movs    r3, #0
    stm     r2!, {r1, r3}
    stm     r2!, {r1, r3}
    stm     r2!, {r1, r3}
.Lexit:
    add     sp, #8
    pop     {r4-r11, pc}

.Lchecked_header:
    /* 6. The integrity check, unless the caller verified these bytes. */
    ldr     r0, [sp]
    ldr     r0, [r0, #A_VERIFIED]
    ldr     r1, .Lverified
    cmp     r0, r1
    beq     .Lstreams
    /* CRC-32 of [0, image_size) with crc32 and ro_patched_addr read as 0
     * and each word the RO->RO stream names read as word - delta; the
     * stream is walked beside the image without trusting it (as image_crc()
     * in relocator.cpp).  r0 crc, r1 stream cursor, r2 stream end (the
     * image end), r3 slots (bit i: the word at cur + 4i is named; a sentinel
     * above), r5 pos, r6 polynomial, r7 word, r8 cur, r9 delta. */
    ldr     r0, [r4, #H_RO_PATCHED_ADDR]
    ldr     r1, [r4, #H_RO_LINK_ADDR]
    sub     r9, r0, r1
    ldr     r2, [r4, #H_IMAGE_SIZE]
    adds    r2, r4
    ldr     r1, [r4, #H_RO_RO_TABLE_SIZE]
    subs    r1, r2, r1
    movs    r3, #1
    movs    r5, #0
    mov     r8, r5
    mvns    r0, r5
    ldr     r6, .Lpoly
.Lcrc_word:
    cmp     r3, #1                  @ slots used up: the next entry
    bne     1f
    cmp     r1, r2
    beq     1f
    ldm     r1!, {r7}
    lsrs    r3, r7, #1              @ C: a bitmap, 31 slots from cur
    ite     cs
    orrcs   r3, r3, #0x80000000
    movcc   r8, r7                  @ an address: one slot at e
    it      cc
    movcc   r3, #3
1:  ldr     r7, [r4, r5]
    cmp     r5, #H_CRC32
    beq     2f
    cmp     r5, #H_RO_PATCHED_ADDR
    bne     3f
2:  movs    r7, #0
3:  cmp     r5, r8                  @ a bad stream falls behind pos and stops
    bne     4f
    cmp     r3, #1
    beq     4f
    lsrs    r3, r3, #1
    it      cs
    subcs   r7, r7, r9
    add     r8, r8, #4
4:  eors    r0, r7
    movs    r7, #32
5:  lsrs    r0, r0, #1
    it      cs
    eorcs   r0, r6
    subs    r7, #1
    bne     5b
    adds    r5, #4
    adds    r7, r4, r5
    cmp     r7, r2
    bne     .Lcrc_word
    ldr     r1, [r4, #H_CRC32]
    mvns    r0, r0
    cmp     r0, r1
    it      ne
    movne   r0, #E_CRC
    bne     .Lfail

.Lstreams:
    /* 7. Every stream entry, streams in image order; nothing written. */
    movs    r5, #0                  @ segment: none, check only
    ldr     r1, [r4, #H_TABLES_OFFSET]
    add     r1, r4
    ldr     r3, [r4, #H_RW_INIT_SIZE]
    ldr     r2, [r4, #H_RW_RO_TABLE_SIZE]
    bl      .Lwalk
    cbnz    r0, .Lfail_w
    ldr     r2, [r4, #H_RW_RW_TABLE_SIZE]
    bl      .Lwalk
    cbnz    r0, .Lfail_w
    ldr     r3, [r4, #H_RO_SIZE]
    ldr     r2, [r4, #H_RO_RO_TABLE_SIZE]
    movs    r0, #H_SIZE
    bl      .Lwalk_lo
    cbz     r0, .Lplace
.Lfail_w:
    b       .Lfail

.Lplace:
    /* Placement (docs/relocator.md, rrld_load, check 3), in its order. */
    ldr     r0, [sp]
    adds    r0, #A_RO_ADDR
    ldm     r0, {r1, r2, r3, r5}    @ ro_addr, ram, ram_len, ram_addr
    ldr     r7, [r4, #H_IMAGE_SIZE]
    ldrb    r6, [r4, #H_RO_ALIGN_LOG2]
    movs    r0, #1
    lsls    r0, r6
    subs    r6, r0, #1
    movs    r0, #E_ALIGN
    tst     r1, r6                  @ ro_addr aligned
    bne     .Lfail
    movs    r0, #E_ADDRESS
    mvns    r6, r1
    cmp     r7, r6                  @ image_size > ~ro_addr
    bhi     .Lfail
    movs    r0, #E_ALIGN
    lsls    r6, r5, #29
    bne     .Lfail
    lsls    r6, r2, #30
    bne     .Lfail
    movs    r0, #E_ADDRESS
    mvns    r6, r5
    cmp     r3, r6                  @ ram_len > ~ram_addr
    bhi     .Lfail
    movs    r0, #E_ARGUMENT         @ RAM over the image
    adds    r6, r4, r7
    cmp     r2, r6
    bhs     1f
    adds    r6, r2, r3
    cmp     r4, r6
    blo     .Lfail
1:  movs    r0, #E_RO_NOT_PATCHED
    ldr     r6, [r4, #H_RO_RO_TABLE_SIZE]
    cbz     r6, 2f
    ldr     r6, [r4, #H_RO_PATCHED_ADDR]
    cmp     r6, r1
    bne     .Lfail
2:  /* The RAM layout.  at only grows, so a step takes it past ram_end iff
     * it ends past ram_end or a step carries past 2^32. */
    adds    r3, r5                  @ ram_end
    ldr     r6, [r4, #H_STACK_SIZE]
    adds    r6, r5
    bcs     .Lfail_ram
    mov     r10, r6                 @ stack_top
    ldrb    r7, [r4, #H_RW_ALIGN_LOG2]
    movs    r0, #1
    lsls    r0, r7
    subs    r0, #1
    adds    r6, r0
    bcs     .Lfail_ram
    bics    r6, r0
    mov     r9, r6                  @ rw_addr
    ldr     r7, [r4, #H_RW_INIT_SIZE]
    adds    r6, r7
    bcs     .Lfail_ram
    ldr     r7, [r4, #H_RW_ZERO_SIZE]
    adds    r6, r7
    bcs     .Lfail_ram
    adds    r6, #7
    bcs     .Lfail_ram
    movs    r0, #7
    bics    r6, r0                  @ app_break
    subs    r7, r3, r6              @ left for the heap
    blo     .Lfail_ram
    ldr     r0, [r4, #H_HEAP_SIZE]
    cmp     r0, r7
    bls     .Lplaced
.Lfail_ram:
    movs    r0, #E_RAM_TOO_SMALL
    b       .Lfail

.Lplaced:
    /* Everything is checked: the result, then the stores. */
    sub     r0, r9, r5
    add     r0, r2
    mov     r12, r0                 @ RW as the loader writes it
    ldr     r0, [r4, #H_RO_LINK_ADDR]
    subs    r0, r1, r0
    mov     r11, r0                 @ RW->RO delta
    ldr     r0, [r4, #H_RW_LINK_ADDR]
    sub     r8, r9, r0              @ RW->RW delta
    ldr     r0, [r4, #H_ENTRY]
    adds    r0, r1                  @ entry
    ldr     r1, [r4, #H_SB_OFFSET]
    add     r1, r9                  @ static_base
    mov     r2, r10                 @ stack_top
    mov     r5, r3                  @ ram_end
    mov     r3, r9                  @ rw_addr
    ldr     r7, [sp, #4]
    stm     r7!, {r0, r1, r2, r3}
    stm     r7!, {r6}
    stm     r7!, {r5}
    /* Copy the initial data, six words at a time, then zero to the break. */
    mov     r0, r12
    ldr     r1, [r4, #H_RW_INIT_OFFSET]
    add     r1, r4
    ldr     r2, [r4, #H_RW_INIT_SIZE]
    subs    r3, r6, r3
    subs    r3, r3, r2              @ bytes to zero
    subs    r2, #24
    blo     2f
1:  ldm     r1!, {r5, r6, r7, r9, r10, lr}
    stm     r0!, {r5, r6, r7, r9, r10, lr}
    subs    r2, #24
    bhs     1b
2:  adds    r2, #24
    beq     4f
3:  ldm     r1!, {r5}
    stm     r0!, {r5}
    subs    r2, #4
    bne     3b
4:  movs    r5, #0
    cbz     r3, 6f
5:  stm     r0!, {r5}
    subs    r3, #4
    bne     5b
6:  /* The two RW streams. */
    mov     r5, r12
    mov     r10, r8
    mov     r8, r11
    ldr     r1, [r4, #H_TABLES_OFFSET]
    add     r1, r4
    ldr     r3, [r4, #H_RW_INIT_SIZE]
    ldr     r2, [r4, #H_RW_RO_TABLE_SIZE]
    bl      .Lwalk
    mov     r8, r10
    ldr     r2, [r4, #H_RW_RW_TABLE_SIZE]
    bl      .Lwalk
    b       .Lexit

    .p2align 2
.Lmagic:
    .word   H_MAGIC_VALUE
.Lverified:
    .word   A_VERIFIED_VALUE
.Lpoly:
    .word   0xEDB88320

/* Step 7 for one stream, and the hot loop.  In: r1 = stream, r2 = its
 * bytes, r3 = segment size, r5 = segment to patch or 0 to check only,
 * r8 = delta; .Lwalk_lo takes the lowest offset allowed in r0 (.Lwalk: 0).
 * Out: r0 = status, r1 = the stream's end.  Uses r6, r7, r9, r12. */
.Lwalk:
    movs    r0, #0
.Lwalk_lo:
    mov     r12, r0
    adds    r2, r1
    movs    r6, #0                  @ where: 0 only before the first entry
.Lw_entry:
    cmp     r1, r2
    beq     .Lw_ok
    ldm     r1!, {r0}
    lsrs    r7, r0, #1
    bcs     .Lw_bitmap
    cmp     r0, r6                  @ an address: strictly increasing,
    blo     .Lw_order
    lsls    r7, r0, #30             @ a multiple of 4,
    bmi     .Lw_range
    cmp     r0, r12                 @ in [lo, size)
    blo     .Lw_range
    cmp     r0, r3
    bhs     .Lw_range
    adds    r6, r0, #4
    cmp     r5, #0
    beq     .Lw_entry
    ldr     r7, [r5, r0]
    add     r7, r8
    str     r7, [r5, r0]
    b       .Lw_entry
.Lw_bitmap:
    cbz     r6, .Lw_order           @ a stream may not begin with a bitmap
    cbz     r7, .Lw_next
    subs    r0, r3, r6              @ bytes left in the segment
    bls     .Lw_range
    clz     r9, r7
    rsb     r9, r9, #32             @ words the bitmap spans
    cmp     r0, r9, lsl #2
    blo     .Lw_range
    cbz     r5, .Lw_next
    adds    r0, r5, r6
    /* A run of set bits costs 6 instructions a word (LSRS gives the bit in
     * C and "none left" in Z); a gap of any length 5 more (RBIT/CLZ). */
1:  lsrs    r7, r7, #1
    bcc     2f
    ldr     r9, [r0]
    add     r9, r8
    str     r9, [r0], #4
    bne     1b
    b       .Lw_next
2:  rbit    r9, r7
    clz     r9, r9
    lsr     r7, r7, r9
    add     r0, r0, r9, lsl #2
    adds    r0, #4
    ldr     r9, [r0]
    add     r9, r8
    str     r9, [r0], #4
    lsrs    r7, r7, #1
    bne     1b
.Lw_next:
    adds    r6, #4 * H_BITMAP_WORDS
    bcc     .Lw_entry
    movs    r6, #0                  @ saturate: any later address is out of order
    subs    r6, #1
    b       .Lw_entry
.Lw_ok:
    movs    r0, #0
    bx      lr
.Lw_order:
    movs    r0, #E_RELOC_ORDER
    bx      lr
.Lw_range:
    movs    r0, #E_RELOC_RANGE
    bx      lr
    .size rrld_load, . - rrld_load
