//! Panics on purpose: the runtime's panic handler must print the location
//! and the message, then exit with 101 (tests/rust/ expects exactly that).
#![no_std]
#![no_main]

rrld_rt::entry!(main);

fn main() -> i32 {
    let v = [1u32, 2, 3];
    let i = core::hint::black_box(7);
    rrld_rt::println!("panic: about to index {} of {}", i, v.len());
    v[i] as i32 // panics: index out of bounds
}
