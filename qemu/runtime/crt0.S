/*
 * App entry point, for both ways the test kernel starts an app:
 *  - kernel-loaded: the kernel ran rrld_load and enters with r9 = static
 *    base, sp = stack top, r0 = 0, r1 = the app break (rrld_load's
 *    app_break, the end of .bss) and r2 = the end of the app's RAM slot;
 *  - self-relocating (Tock's process start): r0 = flash start, r1 = RAM
 *    start, r2 = RAM length, r3 = app break, sp somewhere in the RAM slot.
 *    Nothing is relocated yet, so only the relocator (which has no writable
 *    data) may run before r9 and sp are set from its result.  It runs on a
 *    stack at the top of the app's stack region, [RAM start, RAM start +
 *    stack_size), which the load never writes, wherever the kernel's sp was
 *    (docs/relocator.md, "rrld_self_relocate").  The header is the app's
 *    own, but its stack_size is checked before sp moves there: at least
 *    RRLD_SELF_RELOCATE_STACK, at most the RAM length; otherwise the app
 *    exits with 200 + RRLD_E_RAM_TOO_SMALL.
 * Either way rrld_app_start(heap start, heap limit) follows: the heap runs
 * from the app break to the end of the slot (self-relocating: the break
 * the kernel passed in r3, which the test kernel sets there), and
 * rrld_sbrk hands it out.
 * Thumb-1 instructions only: one file for every core.
 */
#include "rrld/relocator.h"

        .syntax unified
        .thumb
        .section .text.rrld_start, "ax"
        .global _start
        .type   _start, %function
        .thumb_func
_start:
        cmp     r0, #0
        bne     4f
        movs    r0, r1                  /* kernel-loaded: heap from the break */
        movs    r1, r2                  /* to the end of the slot */
        b       1f
4:      mov     r5, r3                  /* the kernel's break: the heap limit */
        ldr     r4, [r0, #RRLD_OFF_STACK_SIZE]
        cmp     r4, r2
        bhi     3f
        cmp     r4, #RRLD_SELF_RELOCATE_STACK
        blo     3f
        adds    r4, r1, r4
        subs    r4, #16                 /* rrld_load_result */
        mov     sp, r4
        mov     r3, sp
        bl      rrld_self_relocate      /* (flash, ram, ram_len, &result) */
        cmp     r0, #0
        bne     2f
        ldr     r1, [sp, #4]            /* static_base */
        mov     r9, r1
        ldr     r0, [sp, #12]           /* app_break: the heap start */
        mov     r1, r5                  /* the heap limit */
        ldr     r2, [sp, #8]            /* stack_top */
        mov     sp, r2
1:      bl      rrld_app_start          /* heap, constructors, main, exit */
2:      adds    r0, #200                /* exit code 200 + rrld_status */
        svc     #2
        b       2b
3:      movs    r0, #10                 /* RRLD_E_RAM_TOO_SMALL */
        b       2b
        .size   _start, . - _start
