/*
 * rrld_load for Cortex-M0/M0+ (ARMv6-M) and Cortex-M23 (ARMv8-M Baseline),
 * by hand, in the Thumb-1 instructions both have.
 *
 * The same function as rrld::detail::load() in relocator.cpp (the
 * reference) and as load_thumb2.S: docs/format.md check for check and in
 * the same order, so all three give the same status and leave the same RAM
 * for every input; the QEMU tests relocator.qemu_diff.thumbv6m (Cortex-M0)
 * and .thumbv8m.base run this one on random, mutated and edge-case images
 * and compare with the C++ on the host.
 *
 * Trusts nothing, as load_thumb2.S: the arguments, the header (steps 1-5)
 * and the placement are checked before the first store; the two RW streams
 * are checked group by group as they are applied, each group before its
 * words are written, so every store lies in [static base, app_break).
 * Every bound is an overflow-safe subtraction, a carry test, or a sum of
 * sizes that step 4 keeps below 2^28 each.
 *
 * Position independent (PC-relative only), no data, no calls out, r9 unused
 * as static base: it runs before the code that contains it is relocated.
 * Only r0-r7, r12 and lr: nothing beyond what the one PUSH saves.  Thumb-1
 * has no CBZ, no IT and mostly 8-bit immediates, so the shape differs from
 * load_thumb2.S: the number reader is inlined in the stream walk (it tells
 * a group's head from a run's length by r4), and the two RW streams, which
 * lie back to back, are one walk that switches delta at the first one's
 * end.  Stack: the 28-byte frame below and 24 bytes pushed at .Lplaced
 * (the result, the RW->RW delta and the RW->RW stream's size), nothing
 * else: 52 bytes.
 */
#include "asm_layout.h"

#if H_ULEB_MAX_BYTES != 4 || H_KIND_BITS != 3 || H_RUN != 7 || H_BYTE_WORDS != 8
#error "the stream walk below is written for these encoding constants"
#endif
#if H_MIN_ALIGN_LOG2 != 2 || H_MAX_ALIGN_LOG2 != 17
#error "the alignment test below is written for [2, 17]"
#endif

    .syntax unified
    .thumb
    .section .text.rrld_load, "ax", %progbits
    .p2align 2
    .global rrld_load
    .type rrld_load, %function
    .thumb_func
rrld_load:                          @ r0 = args, r1 = result
    push    {r0, r1, r4-r7, lr}     @ [sp] = args, [sp, #4] = result
    movs    r5, r0
    movs    r0, #E_ARGUMENT
    cmp     r1, #0
    beq     .Lexit
    cmp     r5, #0
    beq     .Lfail0
    ldr     r4, [r5, #A_RAM]
    cmp     r4, #0
    beq     .Lfail0
    ldr     r4, [r5, #A_VERIFIED]   @ the caller ran rrld_verify
    ldr     r2, .Lverified
    cmp     r4, r2
    bne     .Lfail0
    ldm     r5, {r4, r5}            @ image, image_len
    cmp     r4, #0
    beq     .Lfail0

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
    movs    r0, #E_MAGIC
    ldr     r1, [r4, #H_MAGIC]
    ldr     r2, .Lmagic
    cmp     r1, r2
    bne     .Lfail0
    movs    r0, #E_VERSION
    ldr     r1, [r4, #H_VERSION]
    cmp     r1, #H_VERSION_VALUE
    bne     .Lfail0
    movs    r0, #E_FLAGS
    ldr     r1, [r4, #H_FLAGS]
    cmp     r1, #0
    beq     .Lalign_fields
.Lfail0:                            @ r0 = status: clear *result, return
    ldr     r2, [sp, #4]
    movs    r1, #0
    movs    r3, #0
    stm     r2!, {r1, r3}
    stm     r2!, {r1, r3}
.Lexit:
    pop     {r2-r7, pc}             @ r2, r3: args and result, dropped

.Lalign_fields:
    /* 3. Alignment fields: each log2 byte with the zero byte after it, as
     * a halfword, minus 2, below 16 (a borrow sets high bits): both in
     * [2, 17], the pads zero. */
    movs    r0, #E_ALIGN
    ldrh    r1, [r4, #H_RO_ALIGN_LOG2]
    subs    r1, #H_MIN_ALIGN_LOG2
    ldrh    r2, [r4, #H_RW_ALIGN_LOG2]
    subs    r2, #H_MIN_ALIGN_LOG2
    orrs    r1, r2
    lsrs    r1, r1, #4
    bne     .Lfail0

    /* 4. Layout, as load_thumb2.S: the sizes, ORed with themselves shifted,
     * have their two low bits clear iff ro_size is a multiple of 4,
     * rw_init_size of 16, rw_zero_size and stack_size of 8 (else E_ALIGN);
     * with the table sizes ORed in too, their top four bits are clear iff
     * each is below 2^28; then RO, the RW initial data and the three
     * streams add up, rounded up to a multiple of 4, to image_size
     * (E_LAYOUT).  r6 the OR, r2 the sum; r1 keeps ro_size for step 5. */
    ldr     r1, [r4, #H_STACK_SIZE]
    ldr     r6, [r4, #H_RW_ZERO_SIZE]
    orrs    r6, r1
    lsrs    r1, r6, #1
    orrs    r6, r1
    ldr     r1, [r4, #H_RO_SIZE]
    ldr     r2, [r4, #H_RW_INIT_SIZE]
    orrs    r6, r1
    orrs    r6, r2
    lsrs    r3, r2, #2
    orrs    r6, r3
    orrs    r6, r7
    lsls    r3, r6, #30             @ r0 is still E_ALIGN
    bne     .Lfail0
    adds    r2, r1
    ldr     r3, [r4, #H_RW_RO_TABLE_SIZE]
    orrs    r6, r3
    adds    r2, r3
    ldr     r3, [r4, #H_RW_RW_TABLE_SIZE]
    orrs    r6, r3
    adds    r2, r3
    ldr     r3, [r4, #H_RO_RO_TABLE_SIZE]
    orrs    r6, r3
    adds    r2, r3
    movs    r0, #E_LAYOUT
    lsrs    r6, r6, #28
    bne     .Lfail0
    subs    r2, r7, r2              @ the padding: 0 to 3 bytes
    cmp     r2, #3
    bhi     .Lfail0

    /* 5. The entry point: Thumb, entry - 1 in [96, ro_size); entry is odd
     * and ro_size a multiple of 4, so that is entry < ro_size and
     * entry > 96. */
    movs    r0, #E_ENTRY
    ldr     r2, [r4, #H_ENTRY]
    lsrs    r3, r2, #1              @ C = the Thumb bit
    bcc     .Lfail0
    cmp     r2, r1
    bhs     .Lfail0
    cmp     r2, #H_SIZE
    bls     .Lfail0

    /* Placement (docs/relocator.md, rrld_load, check 3), in its order:
     * ro_addr aligned (it is itself after its low log2 bits are shifted
     * out and back), ram and ram_addr 8-aligned. */
    movs    r0, #E_ALIGN
    ldr     r6, [sp]                @ args
    ldr     r2, [r6, #A_RO_ADDR]
    ldrb    r1, [r4, #H_RO_ALIGN_LOG2]
    movs    r3, r2
    lsrs    r3, r1
    lsls    r3, r1
    cmp     r3, r2
    bne     .Lfail
    adds    r6, #A_RAM
    ldm     r6, {r3, r5, r6}        @ ram, ram_len, ram_addr
    movs    r1, r3
    orrs    r1, r6
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
    ldr     r1, [r4, #H_RO_RO_TABLE_SIZE]
    cmp     r1, #0
    beq     2f
    ldr     r1, [r4, #H_RO_PATCHED_ADDR]
    cmp     r1, r2
    bne     .Lfail
2:  /* The RAM layout.  Its sizes are below 2^28 (step 4), so the break lies
     * less than 2^30 past ram_addr: break - ram_addr, computed modulo 2^32,
     * is what the layout uses, and it fits iff that is at most ram_len.
     * r12 = the RW->RO delta, lr = rw_init_size (the RW streams' segment),
     * r3 = RW as the loader writes it, r0 = entry, r1 = rw_addr, r2 =
     * stack_top from here. */
    ldr     r0, [r4, #H_RO_LINK_ADDR]
    subs    r0, r2, r0
    mov     r12, r0
    ldr     r0, [r4, #H_ENTRY]
    adds    r0, r2                  @ entry
    ldr     r2, [r4, #H_STACK_SIZE]
    adds    r2, r6                  @ stack_top
    ldrb    r7, [r4, #H_RW_ALIGN_LOG2]
    subs    r1, r2, #1
    lsrs    r1, r7
    adds    r1, #1
    lsls    r1, r7                  @ rw_addr = align_up(stack_top)
    subs    r6, r1, r6              @ rw_addr - ram_addr
    adds    r3, r6
    ldr     r7, [r4, #H_RW_INIT_SIZE]
    mov     lr, r7
    adds    r6, r7
    ldr     r7, [r4, #H_RW_ZERO_SIZE]
    adds    r6, r7                  @ used
    subs    r5, r6                  @ left for the heap
    blo     .Lfail_ram
    ldr     r7, [r4, #H_HEAP_SIZE]
    cmp     r7, r5
    bls     .Lplaced
.Lfail_ram:
    movs    r0, #E_RAM_TOO_SMALL
.Lfail:
    b       .Lfail0

.Lplaced:
    /* The result (r0 entry, r1 rw_addr = static_base, r2 stack_top, r7
     * app_break) waits on the stack with the RW->RW delta (r5) and the
     * RW->RW stream's size (r6): *result is written last, after every read
     * of the image, so a result that lies inside the image cannot change
     * what is read.  Then the stores. */
    ldr     r7, [r4, #H_RW_ZERO_SIZE]
    add     r7, lr
    adds    r7, r1                  @ app_break
    ldr     r5, [r4, #H_RW_LINK_ADDR]
    subs    r5, r1, r5              @ RW->RW delta
    ldr     r6, [r4, #H_RW_RW_TABLE_SIZE]
    push    {r0, r1, r2, r5, r6, r7}
    /* Copy the initial data a word at a time, then zero rw_zero_size bytes
     * (r7 is 0 when the copy ends). */
    movs    r0, r3
    ldr     r1, [r4, #H_RO_SIZE]
    adds    r1, r4
    mov     r2, lr
    adds    r2, r1
    b       2f
1:  ldm     r1!, {r7}
    stm     r0!, {r7}
2:  subs    r7, r1, r2              @ 0 when done: the zero
    bne     1b
    ldr     r6, [r4, #H_RW_ZERO_SIZE]
    adds    r6, r0
    b       4f
3:  stm     r0!, {r7}
4:  cmp     r0, r6
    bne     3b

    /* The two RW streams, which follow the data (r1), checked as they are
     * applied (docs/format.md, "Encoding"): r1 = the stream, r5 = its end,
     * r6 = where (below 2^31: where stays at most the segment's size lr
     * between groups and a number is below 2^28), r3 = the segment (RW,
     * 8-aligned), r12 = delta, r4 = bitmap bytes left; r0, r2, r7 are
     * scratch.  The RW->RO stream first, then the RW->RW one. */
    ldr     r5, [r4, #H_RW_RO_TABLE_SIZE]
    adds    r5, r1
    movs    r6, #0
.Lw_group:
    cmp     r1, r5
    beq     .Lw_end
    movs    r4, #0                  @ reading a head
.Lw_num:
    /* r0 = the ULEB128 number at r1, of at most 4 bytes before r5; r1
     * moves past it.  The 7-bit groups enter r0 from the top, so the number
     * is r0 >> (32 - 7 * bytes), whatever r0 held before. */
    movs    r2, #32 - 7             @ the shift that ends a 1-byte number
1:  cmp     r1, r5
    beq     .Lw_range
    lsrs    r0, r0, #7
    ldrb    r7, [r1]
    adds    r1, #1
    lsls    r7, r7, #25             @ C = more bytes follow
    orrs    r0, r7                  @ keeps C
    bcc     2f
    subs    r2, #7                  @ negative after the 4th byte (H_ULEB_MAX_BYTES)
    bpl     1b
.Lw_range:
    movs    r0, #E_RELOC_RANGE
    add     sp, #24                 @ what .Lplaced pushed
    b       .Lfail0
2:  lsrs    r0, r2
    subs    r4, #H_RUN              @ 0: the length of a run (no bitmap bytes)
    beq     .Lw_run
    lsrs    r2, r0, #H_KIND_BITS
    lsls    r2, r2, #2
    adds    r6, r2                  @ where: the group's first word
    lsls    r4, r0, #32 - H_KIND_BITS
    lsrs    r4, r4, #32 - H_KIND_BITS   @ the kind: bitmap bytes below 7
    movs    r0, #1                  @ a run of that one word
    cmp     r4, #H_RUN
    beq     .Lw_num                 @ else the run's words, the first included
.Lw_run:                            /* r0 words from where, all inside */
    lsls    r7, r0, #2
    adds    r7, r6                  @ where after them (below 2^31)
    cmp     r7, lr
    bhi     .Lw_range
    adds    r2, r3, r6
    movs    r6, r7
    b       6f
5:  ldr     r7, [r2]
    add     r7, r12
    stm     r2!, {r7}
6:  subs    r0, #1
    bcs     5b
.Lw_bytes:                          /* r4 bitmap bytes */
    subs    r4, #1
    bcc     .Lw_group
    cmp     r1, r5                  @ inside the stream,
    beq     .Lw_range
    ldrb    r7, [r1]                @ bit i: the word at where + 4 * i
    adds    r1, #1
    adds    r2, r3, r6
    adds    r6, #4 * H_BYTE_WORDS
    cmp     r6, lr                  @ its 8-word window inside the segment
    bhi     .Lw_range
7:  ldr     r0, [r2]
    lsrs    r7, r7, #1              @ C = this word's bit, Z = none after it
    bcc     8f
    add     r0, r12                 @ keeps the flags
8:  stm     r2!, {r0}               @ (unchanged if its bit is clear)
    bne     7b
    b       .Lw_bytes

.Lw_end:
    /* The end of a stream: of the RW->RO one if the RW->RW one's size is
     * still on the stack; it follows, with its delta, and the size is
     * cleared. */
    ldr     r0, [sp, #16]           @ the RW->RW stream's size
    cmp     r0, #0
    beq     .Ldone
    adds    r5, r0
    movs    r6, #0
    str     r6, [sp, #16]
    ldr     r0, [sp, #12]           @ the RW->RW delta
    mov     r12, r0
    b       .Lw_group
.Ldone:
    pop     {r0, r1, r2, r5, r6, r7}
    ldr     r4, [sp, #4]
    stm     r4!, {r0, r1, r2, r7}
    movs    r0, #0
    pop     {r2-r7, pc}

    .p2align 2
.Lmagic:
    .word   H_MAGIC_VALUE
.Lverified:
    .word   A_VERIFIED_VALUE
    .size rrld_load, . - rrld_load
