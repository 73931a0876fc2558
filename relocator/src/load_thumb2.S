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
 * Trusts nothing: the arguments (args->verified must say that the caller
 * ran rrld_verify, whose CRC covers the image, at install), the header
 * (steps 1-5) and the placement are checked before the first store (the
 * RO->RO stream is left to the patchers, which write through it; only its
 * size matters here); the RW streams are checked group by group as they are
 * applied, each word before it is written, so every store lies in
 * [static base, app_break) whatever the image holds.  Every bound is an
 * overflow-safe subtraction, a carry test, or a sum of sizes that step 4
 * keeps below 2^28 each.
 *
 * Position independent (PC-relative only), no data, no calls out, r9 unused
 * as static base: it runs before the code that contains it is relocated.
 * Stack: the 44-byte frame below and the 16-byte result pushed on it at
 * .Lplaced, nothing else: 60 bytes (the walk and the number reader it
 * calls keep their return addresses in registers).
 */
#include "asm_layout.h"

#if H_ULEB_MAX_BYTES != 4 || H_KIND_BITS != 3 || H_RUN != 7 || H_BYTE_WORDS != 8
#error "the stream walk below is written for these encoding constants"
#endif

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
    cbz     r1, .Lexit
    cbz     r5, .Lfail0
    ldr     r4, [r5, #A_RAM]
    cbz     r4, .Lfail0
    ldr     r4, [r5, #A_VERIFIED]   @ the caller ran rrld_verify
    cmp     r4, #A_VERIFIED_VALUE
    bne     .Lfail0
    ldm     r5, {r4, r5}            @ image, image_len
    cbz     r4, .Lfail0

    /* 1. Aligned; holds the header and image_size bytes.  r7 = image_size
     * until the placement. */
    movs    r0, #E_ALIGN
    lsls    r2, r4, #30
    bne     .Lfail0
    movs    r0, #E_TRUNCATED
    cmp     r5, #H_SIZE
    blo     .Lfail0
    ldr     r7, [r4, #H_IMAGE_SIZE]
    cmp     r7, r5
    bhi     .Lfail0

    /* 2. Identity and flags. */
    ldm.w   r4, {r1, r2, r3, r5}    @ magic, crc32, version, flags
    movs    r0, #E_MAGIC
    ldr     r2, .Lmagic
    cmp     r1, r2
    bne     .Lfail0
    movs    r0, #E_VERSION
    cmp     r3, #H_VERSION_VALUE
    bne     .Lfail0
    movs    r0, #E_FLAGS
    cbz     r5, .Lalign_fields
.Lfail0:                            @ r0 = status: clear *result, return
    ldr     r2, [sp, #4]
    movs    r1, #0
    movs    r3, #0
    stm     r2!, {r1, r3}
    stm     r2!, {r1, r3}
.Lexit:
    pop     {r2-r11, pc}            @ r2, r3: args and result, dropped

.Lalign_fields:
    /* 3. Alignment fields: the word holding both log2 bytes, each followed
     * by a zero byte, minus 2 in each half, must have no bit set outside
     * the low nibble of each half (a borrow sets high bits): both in
     * [2, 17], the pads zero. */
    movs    r0, #E_ALIGN
    ldr     r1, [r4, #H_RO_ALIGN_LOG2]
    sub     r1, r1, #0x00020002
    bics    r1, r1, #0x000F000F
    bne     .Lfail0

    /* 4. Layout.  The sizes, ORed with themselves shifted, have their two
     * low bits clear iff ro_size is a multiple of 4, rw_init_size of 16,
     * rw_zero_size and stack_size of 8 (else E_ALIGN); with the table sizes
     * (bytes) ORed in too, their top four bits are clear iff each is below
     * 2^28; then RO, the RW initial data and the three streams, back to
     * back, add up (five numbers below 2^28: no carry), rounded up to a
     * multiple of 4, to image_size (E_LAYOUT).  r6 the OR, r2 the sum; r1
     * keeps ro_size for step 5. */
    ldr     r1, [r4, #H_STACK_SIZE]
    ldr     r6, [r4, #H_RW_ZERO_SIZE]
    orrs    r6, r1
    orr     r6, r6, r6, lsr #1
    add     r1, r4, #H_RO_SIZE
    ldm     r1, {r1, r2, r3, r5}    @ ro_size, rw_init_size, RW->RO, RW->RW
    orrs    r6, r1
    orrs    r6, r2
    orr     r6, r6, r2, lsr #2
    orrs    r6, r7
    tst     r6, #3
    bne     .Lfail0
    orrs    r6, r3
    orrs    r6, r5
    adds    r2, r1
    adds    r2, r3
    adds    r2, r5
    ldr     r3, [r4, #H_RO_RO_TABLE_SIZE]
    orrs    r6, r3
    adds    r2, r3
    movs    r0, #E_LAYOUT
    lsrs    r6, r6, #28
    bne     .Lfail0
    subs    r2, r7, r2              @ the padding: 0 to 3 bytes
    cmp     r2, #3
    bhi     .Lfail0

    /* 5. The entry point: Thumb, entry - 1 in [96, ro_size) (so ro_size
     * may be below 96 only to fail here).  entry is odd and ro_size a
     * multiple of 4 (step 4), so that is entry < ro_size and entry > 96. */
    movs    r0, #E_ENTRY
    ldr     r2, [r4, #H_ENTRY]
    lsls    r3, r2, #31
    beq     .Lfail
    cmp     r2, r1
    bhs     .Lfail
    cmp     r2, #H_SIZE
    bls     .Lfail

    /* Placement (docs/relocator.md, rrld_load, check 3), in its order. */
    ldr     r3, [sp]
    ldm     r3, {r0, r1, r2, r3, r5, r6} @ -, -, ro_addr, ram, ram_len, ram_addr
    movs    r0, #E_ALIGN
    ldrb    r1, [r4, #H_RO_ALIGN_LOG2]
    rsb     r1, r1, #32
    lsl     r1, r2, r1              @ ro_addr aligned
    cbnz    r1, .Lfail
    orr     r1, r3, r6              @ ram and ram_addr 8-aligned
    lsls    r1, r1, #29
    bne     .Lfail
    movs    r0, #E_ADDRESS          @ no range may reach 2^32
    adds    r1, r2, r7
    bcs     .Lfail
    adds    r1, r5, r6              @ the RAM region's end
    bcs     .Lfail
    movs    r0, #E_ARGUMENT         @ RAM over the image, modulo 2^32:
    subs    r1, r3, r4              @ ram - image < image_size
    cmp     r1, r7
    blo     .Lfail
    subs    r1, r4, r3              @ or image - ram < ram_len
    cmp     r1, r5
    blo     .Lfail
    movs    r0, #E_RO_NOT_PATCHED
    ldr     r7, [r4, #H_RO_RO_TABLE_SIZE]
    cbz     r7, 2f
    ldr     r7, [r4, #H_RO_PATCHED_ADDR]
    cmp     r7, r2
    bne     .Lfail
2:  /* The RAM layout.  Its sizes are below 2^28 (step 4), so the break lies
     * less than 2^30 past ram_addr: break - ram_addr, computed modulo 2^32,
     * is what the layout uses, and it fits iff that is at most ram_len.
     * Then nothing wrapped.  r0 = entry from here. */
    ldr     r0, [r4, #H_RO_LINK_ADDR]
    subs    r0, r2, r0
    mov     r8, r0                  @ RW->RO delta
    ldr     r0, [r4, #H_ENTRY]
    add     r0, r2                  @ entry
    subs    r3, r6                  @ ram - ram_addr
    ldr     r2, [r4, #H_STACK_SIZE]
    adds    r2, r6                  @ stack_top
    ldrb    r7, [r4, #H_RW_ALIGN_LOG2]
    subs    r1, r2, #1
    lsrs    r1, r7
    adds    r1, #1
    lsls    r1, r7                  @ rw_addr = align_up(stack_top)
    add     r3, r1
    mov     r12, r3                 @ RW as the loader writes it
    ldr     r7, [r4, #H_RW_INIT_SIZE]
    adds    r3, r1, r7
    ldr     r7, [r4, #H_RW_ZERO_SIZE]
    adds    r3, r7                  @ app_break
    subs    r7, r3, r6              @ used
    subs    r5, r7                  @ left for the heap
    blo     .Lfail_ram
    ldr     r7, [r4, #H_HEAP_SIZE]
    cmp     r7, r5
    bls     .Lplaced
.Lfail_ram:
    movs    r0, #E_RAM_TOO_SMALL
.Lfail:
    b       .Lfail0

.Lplaced:
    /* The result (r0 entry, r1 rw_addr = static_base, r2 stack_top, r3
     * app_break) waits on the stack: *result is written last, after every
     * read of the image, so a result that lies inside the image cannot
     * change what is read (sizes, data, streams).  Then the stores. */
    ldr     r5, [r4, #H_RW_LINK_ADDR]
    sub     r9, r1, r5              @ RW->RW delta
    push    {r0, r1, r2, r3}
    /* Copy the initial data four words at a time (rw_init_size is a
     * multiple of 16), then zero rw_zero_size bytes a word at a time (r6 is
     * 0 when the copy ends). */
    mov     r0, r12
    ldr     r1, [r4, #H_RO_SIZE]
    add     r1, r4
    ldr     r2, [r4, #H_RW_INIT_SIZE]
    add     r2, r1
    b       2f
1:  ldm     r1!, {r3, r5, r6, r7}
    stm     r0!, {r3, r5, r6, r7}
2:  subs    r6, r1, r2              @ 0 when done: one of the two zeros
    bne     1b
    ldr     r7, [r4, #H_RW_ZERO_SIZE]
    add     r7, r0
    b       4f
3:  stm     r0!, {r6}
4:  cmp     r0, r7
    bne     3b
    /* The two RW streams, which follow the data (r1), checked as they are
     * applied.  The walk needs r4: the RW->RW stream's size waits in r10. */
    ldr     r2, [r4, #H_RW_RW_TABLE_SIZE]
    mov     r10, r2
    ldr     r3, [r4, #H_RW_INIT_SIZE]
    ldr     r2, [r4, #H_RW_RO_TABLE_SIZE]
    bl      .Lwalk
    mov     r8, r9
    mov     r2, r10
    bl      .Lwalk                  @ returns r0 = 0
    pop     {r1, r2, r3, r5}        @ the result, into four ascending registers
    ldr     r7, [sp, #4]
    stm     r7!, {r1, r2, r3, r5}
    b       .Lexit


/* One RW stream, each group checked, then applied (docs/format.md,
 * "Encoding").  In: r1 = stream, r2 = its bytes, r3 = segment size, r12 =
 * segment to patch (8-aligned), r8 = delta.  Out: r1 = the stream's end,
 * r0 = 0.  Uses r0, r2, r4 (bitmap bytes), r5 (the end), r6 (where), r7,
 * r11 (the return address), lr; a bad group drops the result pushed at
 * .Lplaced and goes to .Lfail.  where stays at most r3, and a number is
 * below 2^28, so where + 4 * number cannot carry. */
.Lwalk:
    mov     r11, lr
    adds    r5, r1, r2
    movs    r6, #0                  @ where
.Lw_group:
    subs    r0, r1, r5              @ r0 = 0 at the end
    it      eq
    bxeq    r11
    bl      .Luleb                  @ r0 = the head
    lsrs    r2, r0, #H_KIND_BITS
    add     r6, r6, r2, lsl #2      @ where: the group's first word
    and     r4, r0, #7              @ the kind: bitmap bytes below 7
    movs    r0, #1                  @ a run of that one word
    cmp     r4, #H_RUN
    bne     .Lw_run
    bl      .Luleb                  @ r0 = the run's words, the first included
    movs    r4, #0                  @ and no bitmap bytes
.Lw_run:                            /* r0 words from where, all inside */
    add     r7, r6, r0, lsl #2      @ where after them (below 2^31)
    cmp     r7, r3
    bhi     .Lw_range
    add     r2, r12, r6
    mov     r6, r7
    lsrs    r0, r0, #1              @ C = an odd word, Z = no pair
    bcc     1f
    ldr     r7, [r2]
    add     r7, r8
    stm     r2!, {r7}
1:  beq     3f
2:  ldm     r2, {r7, lr}            @ two words at a time
    add     r7, r8
    add     lr, r8
    stm     r2!, {r7, lr}
    subs    r0, #1
    bne     2b
3:  subs    r4, #1                  /* r4 bitmap bytes */
    bcc     .Lw_group
    cmp     r1, r5                  @ inside the stream,
    beq     .Lw_range
    ldrb    r7, [r1], #1            @ bit i: the word at where + 4 * i
    add     r2, r12, r6
    adds    r6, #4 * H_BYTE_WORDS
    cmp     r6, r3                  @ its 8-word window inside the segment
    bhi     .Lw_range
4:  lsrs    r7, r7, #1              @ C = this word's bit, Z = none after it
    bcc     5f
    ldr     r0, [r2]
    add     r0, r8
    str     r0, [r2]
5:  add     r2, r2, #4              @ keeps Z
    bne     4b
    b       3b

/* r0 = the ULEB128 number at r1, of at most 4 bytes before r5; r1 moves
 * past it.  Uses r2, r7.  The 7-bit groups enter r0 from the top, so the
 * number is r0 >> (32 - 7 * bytes), whatever r0 held before. */
.Luleb:
    movs    r2, #32 - 7             @ the shift that ends a 1-byte number
1:  cmp     r1, r5
    beq     .Lw_range
    ldrb    r7, [r1], #1
    lsls    r7, r7, #25             @ C = more bytes follow
    orr     r0, r7, r0, lsr #7
    itt     cc
    lsrcc   r0, r2
    bxcc    lr
    subs    r2, #7                  @ negative after the 4th byte (H_ULEB_MAX_BYTES)
    bpl     1b
.Lw_range:
    movs    r0, #E_RELOC_RANGE
    add     sp, #16                 @ the result pushed at .Lplaced
    b       .Lfail

    .p2align 2
.Lmagic:
    .word   H_MAGIC_VALUE
    .size rrld_load, . - rrld_load
