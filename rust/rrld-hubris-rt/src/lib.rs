//! Start-up of a relocatable Hubris task (docs/hubris.md), in Rust: the
//! `_start` a task links instead of userlib's, whose absolute MOVW/MOVT
//! loads of `__sidata`, `__sdata`, `__edata`, `__sbss` and `__ebss` no
//! load-time table can fix.  The same contract as the C start-up
//! (hubris/runtime/start.S and init.c):
//!
//! - Hubris's kernel enters the task with sp at the top of its stack
//!   region, and memory.x puts RAM (`.data`, `.bss`, `.uninit`) right above
//!   the stack, so r9, the static base of `ropi-rwpi` code, is the initial
//!   sp;
//! - `.data`'s initial contents are copied from flash, reached PC-relative
//!   at `__erodata` (task-link.x aligns `.rodata`'s end so that `.data`'s
//!   load address follows it; `rrld place` refuses an image where it does
//!   not), to `__sdata..__edata`, reached r9-relative (`(sbrel)`), and
//!   `__sbss..__ebss` is zeroed;
//! - then the task's `main` (`#[no_mangle] extern "C" fn main() -> !`) runs.
//!
//! Written in assembly (Thumb-1, for every core) so that no Rust code runs
//! before RW is set up and every address form is explicit.
#![no_std]

core::arch::global_asm!(
    r#"
    .syntax unified
    .section .text.start, "ax"
    .global _start
    .type _start, %function
    .thumb_func
_start:
    mov     r9, sp
    ldr     r0, 8f              @ __erodata, PC-relative
1:  add     r0, pc
    ldr     r1, 9f              @ __sdata, r9-relative
    add     r1, r9
    ldr     r2, 10f             @ __edata
    add     r2, r9
2:  cmp     r1, r2              @ copy .data word by word
    bhs     3f
    ldm     r0!, {{r3}}
    stm     r1!, {{r3}}
    b       2b
3:  ldr     r1, 11f             @ __sbss
    add     r1, r9
    ldr     r2, 12f             @ __ebss
    add     r2, r9
    movs    r3, #0
4:  cmp     r1, r2              @ zero .bss
    bhs     5f
    stm     r1!, {{r3}}
    b       4b
5:  bl      main
6:  bkpt    #0                  @ main returned: a Hubris task must not
    b       6b
    .p2align 2
8:  .word   __erodata - (1b + 4)
9:  .word   __sdata(sbrel)
10: .word   __edata(sbrel)
11: .word   __sbss(sbrel)
12: .word   __ebss(sbrel)
    .size _start, . - _start
"#
);
