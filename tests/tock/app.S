@ A tiny Tock app for the Tock tests (tests/tock), linked by rrld: exits
@ with CODE through Tock's exit system call.  Options (0 or 1 unless said):
@  FAULT  1: first store into the app's own flash; 2: first store just
@         below the app's RAM (r1 at entry: its start), in another app's
@         RAM or the kernel's; the MPU must stop either;
@  PTR    check a flash pointer first: a read-only word holding _start's
@         address (an RO->RO word, right only once `rrld tbf --flash-addr`
@         patched it for where the app sits); exit 1 if it does not match;
@  PAD    bytes of read-only padding (a bigger TBF).
  .syntax unified
  .thumb
  .text
  .globl _start
  .type _start, %function
_start:
#if FAULT == 1
  adr r0, _start           @ a store into the app's own flash: an MPU fault
  str r0, [r0]
#elif FAULT == 2
  subs r1, #4              @ a store below the app's RAM: an MPU fault
  str r0, [r1]
#endif
#if PTR
  ldr r1, .Lself          @ the address of `self`, PC-relative
.Lpc:
  add r1, pc
  ldr r1, [r1]             @ RO->RO: _start, Thumb bit set
  adr r0, _start           @ where _start really is (a Thumb function: bit 0 set)
  cmp r0, r1
  beq 1f
  movs r0, #0
  movs r1, #1              @ exit 1: the pointers were not patched for here
  svc #6
1:
#endif
  movs r0, #0              @ exit-terminate
  movs r1, #CODE           @ the completion code
  svc #6
  b .
#if PTR
  .p2align 2
.Lself:
  .word self - .Lpc - 4
#endif
#if PTR
  .section .rodata.self, "a"
  .p2align 2
self:
  .word _start
#endif
#if PAD
  .section .rodata.pad, "a"
  .space PAD
#endif
