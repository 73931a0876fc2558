/*
 * Start-up of a relocatable Hubris task (docs/hubris.md), in place of
 * userlib's _start, which loads __sidata, __sdata, __edata, __sbss and
 * __ebss with absolute MOVW/MOVT: instruction bits no load-time table can
 * fix, so rrld refuses them.
 *
 * The contract is Hubris's: the kernel enters the task at its entry point
 * with sp at the top of the task's stack region, and task-link.x's memory.x
 * puts RAM (RW: .data, .bss, .uninit) right above the stack (STACK then
 * RAM), which is also where rrld's loader puts RW (docs/format.md,
 * "Placement rules").  So the static base is the initial sp: r9 = sp, and
 * every RW address is r9-relative from then on.  rrld_hubris_init (init.c,
 * built -fropi -frwpi) copies .data's initial contents from flash, reached
 * PC-relative, and zeroes .bss; then main runs, and must not return (a
 * Hubris task's main is `-> !`): if it does, the task stops on a
 * breakpoint, which the kernel reports as a fault.
 * Thumb-1 instructions only: one file for every core.
 */
        .syntax unified
        .thumb
        .section .text.start, "ax"   /* task-link.x puts .text.start* first */
        .global _start
        .type   _start, %function
        .thumb_func
_start:
        mov     r9, sp                  /* RW starts at the stack's top */
        bl      rrld_hubris_init
        bl      main
1:      bkpt    #0
        b       1b
        .size   _start, . - _start
