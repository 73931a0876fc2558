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
 * Trusts nothing: the header (steps 1-5), the integrity check (6, skipped
 * only when args->verified == RRLD_VERIFIED) and the placement are checked
 * before the first store (the RO->RO stream is left to the patchers, which
 * write through it; only its size matters here); the RW streams are checked
 * entry by entry as they are applied, each word before it is written, so
 * every store lies in [static base, app_break) whatever the image holds.
 * Every bound is an overflow-safe subtraction, a carry test, or a sum of
 * sizes that step 4 keeps below 2^28 each.
 *
 * Position independent (PC-relative only), no data, no calls out, r9 unused
 * as static base: it runs before the code that contains it is relocated.
 * Stack: the 44-byte frame below and the 16-byte result pushed on it at
 * .Lplaced, nothing else: 60 bytes.
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
    cbz     r1, .Lexit
    cbz     r5, .Lfail0
    ldr     r4, [r5, #A_RAM]
    cbz     r4, .Lfail0
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
     * low bits clear iff ro_size and the tables are multiples of 4,
     * rw_init_size of 16, rw_zero_size and stack_size of 8 (else E_ALIGN),
     * and their top four clear iff each is below 2^28; then RO, the RW
     * initial data and the three streams, back to back, add up (five
     * numbers below 2^28: no carry) to image_size (E_LAYOUT).  r6 the OR,
     * r2 the sum; r1 keeps ro_size for step 5. */
    ldr     r1, [r4, #H_STACK_SIZE]
    ldr     r6, [r4, #H_RW_ZERO_SIZE]
    orrs    r6, r1
    orr     r6, r6, r6, lsr #1
    add     r1, r4, #H_RO_SIZE
    ldm     r1, {r1, r2, r3, r5}    @ ro_size, rw_init_size, RW->RO, RW->RW
    orrs    r6, r1
    orrs    r6, r2
    orrs    r6, r3
    orrs    r6, r5
    orr     r6, r6, r2, lsr #2
    adds    r2, r1
    adds    r2, r3
    adds    r2, r5
    ldr     r3, [r4, #H_RO_RO_TABLE_SIZE]
    orrs    r6, r3
    adds    r2, r3
    lsls    r3, r6, #30
    bne     .Lfail0
    movs    r0, #E_LAYOUT
    lsrs    r6, r6, #28
    bne     .Lfail0
    cmp     r2, r7
    bne     .Lfail0

    /* 5. The entry point: Thumb, entry - 1 in [96, ro_size) (so ro_size
     * may be below 96 only to fail here).  entry is odd and ro_size a
     * multiple of 4 (step 4), so that is entry < ro_size and entry > 96. */
    movs    r0, #E_ENTRY
    ldr     r2, [r4, #H_ENTRY]
    lsls    r3, r2, #31             @ r3 = 1 << 31 for the CRC's start
    beq     .Lfail
    cmp     r2, r1
    bhs     .Lfail
    cmp     r2, #H_SIZE
    bls     .Lfail

    /* 6. The integrity check, unless the caller verified these bytes:
     * CRC-32 of [8, image_size), a bit at a time (no table).  image_size
     * is past the header (step 5).  r1 crc, r2 word, r3 args, r5 pos,
     * r6 polynomial, r7 end. */
    asrs    r1, r3, #31             @ 0xFFFFFFFF
    ldr     r3, [sp]
    ldr     r0, [r3, #A_VERIFIED]
    cmp     r0, #A_VERIFIED_VALUE
    beq     .Lplace
    movs    r5, #H_CRC_START
    ldr     r6, .Lpoly
1:  ldr     r2, [r4, r5]
    eors    r1, r2
    movs    r2, #32
2:  lsrs    r1, r1, #1
    it      cs
    eorcs   r1, r6
    subs    r2, #1
    bne     2b
    adds    r5, #4
    cmp     r5, r7
    bne     1b
    movs    r0, #E_CRC
    ldr     r2, [r4, #H_CRC32]
    mvns    r1, r1
    cmp     r1, r2
    bne     .Lfail

.Lplace:
    /* Placement (docs/relocator.md, rrld_load, check 3), in its order. */
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
     * multiple of 16), then zero rw_zero_size bytes two words at a time
     * (a multiple of 8; RW is 8-aligned). */
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
    movs    r5, #0
    b       4f
3:  stm     r0!, {r5, r6}
4:  cmp     r0, r7
    bne     3b
    /* The two RW streams, which follow the data (r1), checked as they are
     * applied. */
    ldr     r3, [r4, #H_RW_INIT_SIZE]
    ldr     r2, [r4, #H_RW_RO_TABLE_SIZE]
    bl      .Lwalk
    mov     r8, r9
    ldr     r2, [r4, #H_RW_RW_TABLE_SIZE]
    bl      .Lwalk                  @ returns r0 = 0
    pop     {r1, r2, r3, r5}        @ the result, into four ascending registers
    ldr     r7, [sp, #4]
    stm     r7!, {r1, r2, r3, r5}
    b       .Lexit


/* One RW stream, each entry checked, then applied.  In: r1 = stream, r2 =
 * its bytes, r3 = segment size, r12 = segment to patch (8-aligned), r8 =
 * delta.  Out: r1 = the stream's end, r0 = 0.  Uses r0 (the word), r2, r5
 * (the end), r6 (where), r7 (bits), r10, r11; a bad entry drops the result
 * pushed at .Lplaced and goes to .Lfail.
 * where stays below r3 + 128 (a bitmap needs where <= r3), far from 2^32. */
.Lwalk:
    adds    r5, r1, r2
    movs    r6, #0                  @ where: the lowest offset allowed next
.Lw_entry:
    subs    r0, r1, r5              @ r0 = 0 at the end
    it      eq
    bxeq    lr
    ldm     r1!, {r0}
    lsrs    r7, r0, #1
    bcs     .Lw_bitmap
    cmp     r0, r6                  @ an address: at or past where,
    blo     .Lw_order
    cmp     r0, r3                  @ inside the segment,
    bhs     .Lw_range
    adds    r6, r0, #4
    add     r0, r12
    lsls    r7, r0, #30             @ a multiple of 4 (r12 is): r7 = 0, so
    bne     .Lw_range
    b       .Lw_one                 @ .Lw_one patches this word alone
.Lw_bitmap:
    /* Every word named lies in the segment, and where <= r3 even if none
     * is: with h the highest set bit, where + 4 * h + 4 <= r3, that is
     * where + 124 < r3 + 4 * clz (clz = 31 - h; 32 with no bit set). */
    add     r0, r12, r6             @ the window's first word
    clz     r2, r7
    add     r2, r3, r2, lsl #2
    adds    r6, #4 * H_BITMAP_WORDS
    cmp     r6, r2
    bhs     .Lw_range
    adds    r2, r7, #1              @ N: all 31 bits set
    bmi     .Lw_full
    rbit    r7, r7                  @ the window's first word in bit 31
    cbz     r7, .Lw_done
    /* Bit 31 of r7 stands for the word at r0.  A run of set bits costs 5
     * instructions a word (LSLS drops the bit just applied and gives the
     * next in N, "none left" in Z); a gap of any length 4 more (BNE, CLZ,
     * ADD, LSLS). */
3:  clz     r2, r7                  @ zeros up to the next set bit
    add     r0, r0, r2, lsl #2      @ past them
    lsls    r7, r2                  @ its bit in bit 31
.Lw_one:
    ldr     r2, [r0]
    add     r2, r8
    stm     r0!, {r2}
    lsls    r7, r7, #1
    bmi     .Lw_one
    bne     3b
.Lw_done:
    b       .Lw_entry
.Lw_full:                           @ all 31 words: 30 three at a time, then one
    lsrs    r7, r7, #2              @ 0x1FFFFFFF: ten shifts by 3 leave 0
4:  ldm     r0, {r2, r10, r11}
    add     r2, r8
    add     r10, r8
    add     r11, r8
    stm     r0!, {r2, r10, r11}
    lsrs    r7, r7, #3
    bne     4b
    b       .Lw_one                 @ r7 = 0: the last word ends it
.Lw_order:
    movs    r0, #E_RELOC_ORDER
    b       1f
.Lw_range:
    movs    r0, #E_RELOC_RANGE
1:  add     sp, #16                 @ the result pushed at .Lplaced
    b       .Lfail

    .p2align 2
.Lmagic:
    .word   H_MAGIC_VALUE
.Lpoly:
    .word   0xEDB88320
    .size rrld_load, . - rrld_load
