//! Floating point: f32 and f64 arithmetic with exactly known results,
//! floats passed to and returned from functions called through a table,
//! and an f32 accumulator kept across system calls.  Built for the
//! hard-float target (thumbv7em-none-eabihf) the f32 code runs on the FPU
//! and floats travel in VFP registers: the kernel must have enabled the FPU
//! and must return from an app whose exception frames carry the FPU's
//! registers; on the other targets the same checks run on soft-float code.
#![no_std]
#![no_main]

use core::hint::black_box as bb;
use rrld_rust_apps::Checker;

rrld_rt::entry!(main);

fn add(a: f32, b: f32) -> f32 {
    a + b
}
fn sub(a: f32, b: f32) -> f32 {
    a - b
}
fn mul(a: f32, b: f32) -> f32 {
    a * b
}
fn div(a: f32, b: f32) -> f32 {
    a / b
}
// A table of functions taking and returning floats (RO->RO words).
static OPS: [(&str, fn(f32, f32) -> f32); 4] = [("add", add), ("sub", sub), ("mul", mul), ("div", div)];

// Newton's iteration for the square root.
fn sqrt(x: f32) -> f32 {
    let mut r = x;
    for _ in 0..20 {
        r = 0.5 * (r + x / r);
    }
    r
}

fn main() -> i32 {
    let mut c = Checker::new("float");
    let a = bb(1.5f32);
    let b = bb(2.25f32);
    let expected = [3.75f32, -0.75, 3.375, 0.6666667];
    for (i, (name, op)) in bb(&OPS).iter().enumerate() {
        let r = op(a, b);
        c.eq(name, r.to_bits(), expected[i].to_bits());
    }
    // sqrt(2) rounded to f32 is 0x3fb504f3.
    let s = sqrt(bb(2.0f32));
    c.eq("sqrt(2) bits", s.to_bits(), 0x3fb5_04f3);
    c.fmt(format_args!("{}", s), "1.4142135");
    // f64 (soft-float even on the Cortex-M4F's single-precision FPU).
    let d = bb(0.1f64) + bb(0.2f64);
    c.eq("0.1 + 0.2", d.to_bits(), 0x3fd3_3333_3333_3334);
    c.eq("f32 -> f64", (bb(0.1f32) as f64).to_bits(), 0x3fb9_9999_a000_0000);
    c.eq("f32 -> i32", bb(-7.9f32) as i32, -7);
    c.eq("u32 -> f32", (bb(16_777_217u32) as f32).to_bits(), 0x4b80_0000);

    // An accumulator live across system calls (each println is an svc):
    // 1/1 + 1/2 + ... + 1/10 in f32, summed in this order.
    let mut acc = bb(0.0f32);
    for i in 1..=10u32 {
        acc += 1.0 / bb(i as f32);
        rrld_rt::println!("float: partial sum {} = {}", i, acc);
    }
    c.eq("harmonic(10) bits", acc.to_bits(), 0x403b_7438);
    c.finish()
}
