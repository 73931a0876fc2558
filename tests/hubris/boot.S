/*
 * The smallest "kernel" that starts a Hubris task as Hubris's does, for
 * tests/hubris/task.sh on QEMU's mps2 boards: a vector table at 0, and a
 * reset handler that sets sp to the top of the task's stack region and
 * jumps to the task's entry point (TASK_SP and TASK_ENTRY, given with
 * --defsym when this is linked).  A fault exits QEMU with a failure.
 */
        .syntax unified
        .thumb
        .section .vectors, "a"
        .word   0x20001000              /* the boot's own stack */
        .word   reset
        .rept   14
        .word   fault
        .endr

        .text
        .thumb_func
        .global reset
reset:  ldr     r0, =TASK_SP
        mov     sp, r0
        ldr     r0, =TASK_ENTRY
        bx      r0
        .thumb_func
fault:  movs    r0, #0x18               /* SYS_EXIT */
        ldr     r1, =0x20024            /* ADP_Stopped_InternalError */
        bkpt    #0xab
        b       .
        .ltorg
