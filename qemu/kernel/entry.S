/*
 * The test kernel's vector table and the three ways between the kernel and
 * an app: the kernel enters an app with `svc 0` from privileged thread mode
 * (rrk_enter_user); an app comes back with a system call the kernel decides
 * ends it (exit) or with a fault.  Each app runs unprivileged in thread mode
 * on its own stack (PSP); the kernel runs on MSP.  Thumb-1 instructions only,
 * so the same file serves ARMv6-M, v7-M and v8-M.
 *
 * EXC_RETURN bit 2 says which stack the exception came from (1: PSP, an
 * app); setting or clearing it chooses where to return to.
 */
        .syntax unified
        .thumb

        .section .vectors, "a"
        .global rrk_vectors
rrk_vectors:
        .word   __kernel_stack_top
        .word   rrk_reset
        .rept   9                       /* NMI .. SecureFault, reserved */
        .word   rrk_fault_entry
        .endr
        .word   rrk_svc_entry           /* 11: SVCall */
        .rept   4                       /* DebugMon, reserved, PendSV, SysTick */
        .word   rrk_fault_entry
        .endr
        .rept   32                      /* interrupts: none are enabled */
        .word   rrk_fault_entry
        .endr

        .text

/* void rrk_enter_user(uint32_t psp, uint32_t sb): runs the app whose initial
 * exception frame is at psp, with r9 = sb, until it exits or faults.  Keeps
 * the kernel's callee-saved registers on its own stack meanwhile. */
        .global rrk_enter_user
        .thumb_func
rrk_enter_user:
        push    {r4-r7, lr}
        mov     r2, r8
        mov     r3, r9
        mov     r4, r10
        mov     r5, r11
        push    {r2-r5}
        svc     #0
        pop     {r2-r5}
        mov     r8, r2
        mov     r9, r3
        mov     r10, r4
        mov     r11, r5
        pop     {r4-r7, pc}

        .thumb_func
rrk_svc_entry:
        mov     r0, lr
        movs    r1, #4
        tst     r0, r1
        bne     1f
        /* From the kernel (rrk_enter_user): stacked r0 = psp, r1 = sb. */
        mrs     r0, msp
        ldr     r1, [r0, #0]
        ldr     r2, [r0, #4]
        msr     psp, r1
        mov     r9, r2
        movs    r3, #1                  /* CONTROL.nPRIV: thread mode unprivileged */
        msr     control, r3
        isb
        mov     r0, lr
        movs    r1, #4
        orrs    r0, r1                  /* return to thread mode on PSP */
        bx      r0
1:      /* A system call from an app: the C side returns nonzero to end it. */
        mrs     r0, psp
        push    {r0, lr}
        bl      rrk_syscall
        pop     {r1, r2}
        mov     lr, r2
        cmp     r0, #0
        bne     rrk_back_to_kernel
        bx      lr

        .thumb_func
rrk_fault_entry:
        mov     r0, lr
        movs    r1, #4
        tst     r0, r1
        beq     2f
        mrs     r0, psp
        push    {r0, lr}
        bl      rrk_app_fault
        pop     {r1, r2}
        mov     lr, r2
        b       rrk_back_to_kernel
2:      /* The kernel itself faulted: report and stop. */
        mrs     r0, msp
        mov     r1, lr
        bl      rrk_kernel_fault

/* Ends the current app: privileged again, and return to thread mode on MSP,
 * which pops the frame rrk_enter_user's `svc 0` pushed: a basic frame
 * (EXC_RETURN bit 4 set), even when the app's, from a hard-float app, had
 * its floating-point registers too. */
        .thumb_func
rrk_back_to_kernel:
        movs    r3, #0
        msr     control, r3
        isb
        mov     r0, lr
        movs    r1, #4
        bics    r0, r1
        movs    r1, #16
        orrs    r0, r1
        bx      r0
