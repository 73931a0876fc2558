/*
 * App entry point, for both ways the test kernel starts an app:
 *  - kernel-loaded: the kernel ran rrld_load and enters with r9 = static
 *    base, sp = stack top and r0 = 0;
 *  - self-relocating (Tock's process start): r0 = flash start, r1 = RAM
 *    start, r2 = RAM length, r3 = app break, sp somewhere in the RAM slot.
 *    Nothing is relocated yet, so only the relocator (which has no writable
 *    data) may run before r9 and sp are set from its result.
 * Thumb-1 instructions only: one file for every core.
 */
        .syntax unified
        .thumb
        .section .text.rrld_start, "ax"
        .global _start
        .type   _start, %function
        .thumb_func
_start:
        cmp     r0, #0
        beq     1f
        sub     sp, #16                 /* rrld_load_result */
        mov     r3, sp
        bl      rrld_self_relocate      /* (flash, ram, ram_len, &result) */
        cmp     r0, #0
        bne     2f
        ldr     r1, [sp, #4]            /* static_base */
        mov     r9, r1
        ldr     r1, [sp, #8]            /* stack_top */
        mov     sp, r1
1:      bl      rrld_app_start          /* constructors, main, exit */
2:      adds    r0, #200                /* exit code 200 + rrld_status */
        svc     #2
        b       2b
        .size   _start, . - _start
