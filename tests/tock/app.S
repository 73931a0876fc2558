@ A tiny Tock app for the Tock tests (tests/tock): exits with CODE through
@ Tock's exit system call; with FAULT=1 it first stores into its own flash,
@ which the kernel's MPU setup must stop; PAD adds read-only bytes (a
@ bigger TBF).  Linked by rrld into an rrld image (no relocations).
  .syntax unified
  .thumb
  .text
  .globl _start
  .type _start, %function
_start:
#if FAULT
  adr r0, _start           @ a store into the app's own flash: an MPU fault
  str r0, [r0]
#endif
  movs r0, #0              @ exit-terminate
  movs r1, #CODE           @ the completion code
  svc #6
  b .
#if PAD
  .section .rodata
  .space PAD
#endif
