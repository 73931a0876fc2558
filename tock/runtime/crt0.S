/*
 * App entry point on Tock (docs/tock.md, "C and Rust apps for Tock").
 *
 * Tock starts a process at the TBF's init function, which is the rrld
 * image's entry, with r0 = the image start (app flash right after the TBF's
 * protected region), r1 = RAM start, r2 = the RAM allocation's length
 * (including the kernel's grant region at its top), r3 = the initial app
 * break, and relocates nothing.  Before anything else the start-up
 *  1. computes the break the image needs from its own header (rrld/format.h,
 *     docs/format.md "Placement rules"): RAM start + stack_size, up to RW's
 *     alignment, + rw_init_size + rw_zero_size + heap_size, and grows the
 *     break to it with memop 0 (brk) when the kernel's is lower; the kernel
 *     refusing exits with 220;
 *  2. moves sp to the top of the stack region, [RAM start, RAM start +
 *     stack_size), which the load never writes, and runs rrld_self_relocate
 *     there with the RAM up to the break (as qemu/runtime/crt0.S does);
 *     stack_size below RRLD_SELF_RELOCATE_STACK, or sizes that wrap past
 *     2^32, exit with 210 (200 + RRLD_E_RAM_TOO_SMALL) before sp moves; a
 *     relocator error exits with 200 + its status;
 *  3. sets r9 and sp from the result, tells the kernel where the stack and
 *     the heap start (memop 10 and 11, for its fault reports), and calls
 *     rrld_app_start(app break, process break) (qemu/runtime/start.c, or
 *     the C library's glue): the heap is what lies between the two.
 * Exits are Tock's exit-terminate (svc 6, r0 = 0, r1 = the code).  Before
 * relocation only registers are used, and no stack: the kernel's sp may
 * not even lie in RAM the app keeps.  Thumb-1 instructions only: one file
 * for every core.
 */
#include "rrld/relocator.h"

#define TOCK_MEMOP_BRK 0
#define TOCK_MEMOP_STACK_START 10
#define TOCK_MEMOP_HEAP_START 11
#define TOCK_SUCCESS 128
#define EXIT_BRK_REFUSED 220

        .syntax unified
        .thumb
        .section .text.rrld_start, "ax"
        .global _start
        .type   _start, %function
        .thumb_func
_start:
        mov     r4, r0                  /* the image (its header) */
        mov     r5, r1                  /* RAM start */
        mov     r6, r3                  /* the kernel's break */
        ldr     r7, [r4, #RRLD_OFF_STACK_SIZE]
        cmp     r7, #RRLD_SELF_RELOCATE_STACK
        blo     .Ltoo_small
        /* The break the image needs; each size is below 2^28, the sums are
         * checked for carries all the same. */
        adds    r0, r5, r7              /* stack top */
        bcs     .Ltoo_small
        ldrb    r1, [r4, #RRLD_OFF_RW_ALIGN_LOG2]
        movs    r2, #1
        lsls    r2, r1
        subs    r2, #1                  /* RW alignment - 1 */
        adds    r0, r2
        bcs     .Ltoo_small
        bics    r0, r2                  /* RW start */
        ldr     r1, [r4, #RRLD_OFF_RW_INIT_SIZE]
        adds    r0, r1
        bcs     .Ltoo_small
        ldr     r1, [r4, #RRLD_OFF_RW_ZERO_SIZE]
        adds    r0, r1
        bcs     .Ltoo_small
        ldr     r1, [r4, #RRLD_OFF_HEAP_SIZE]
        adds    r0, r1
        bcs     .Ltoo_small
        cmp     r0, r6
        bls     1f                      /* the kernel's break is enough */
        mov     r6, r0
        mov     r1, r0
        movs    r0, #TOCK_MEMOP_BRK
        svc     #5                      /* memop brk(r1) */
        cmp     r0, #TOCK_SUCCESS
        bne     .Lno_ram
1:      mov     r0, r4
        mov     r1, r5
        subs    r2, r6, r5              /* the RAM the app has: up to the break */
        adds    r3, r5, r7
        subs    r3, #16                 /* rrld_load_result */
        mov     sp, r3
        bl      rrld_self_relocate      /* (flash, ram, ram_len, &result) */
        cmp     r0, #0
        bne     .Lreloc_failed
        ldr     r1, [sp, #4]            /* static_base */
        mov     r9, r1
        ldr     r4, [sp, #12]           /* app_break: the heap */
        ldr     r1, [sp, #8]            /* stack_top */
        mov     sp, r1
        movs    r0, #TOCK_MEMOP_STACK_START
        svc     #5
        mov     r1, r4
        movs    r0, #TOCK_MEMOP_HEAP_START
        svc     #5
        mov     r0, r4                  /* the heap: from the app break */
        mov     r1, r6                  /* to the process break */
        bl      rrld_app_start          /* heap, constructors, main, exit */
.Ltoo_small:
        movs    r0, #10                 /* RRLD_E_RAM_TOO_SMALL */
.Lreloc_failed:
        adds    r0, #200                /* exit code 200 + rrld_status */
        mov     r1, r0
        b       .Lexit
.Lno_ram:
        movs    r1, #EXIT_BRK_REFUSED
.Lexit:
        movs    r0, #0                  /* exit-terminate */
        svc     #6
        b       .Lexit
        .size   _start, . - _start
