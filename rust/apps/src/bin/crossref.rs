//! Read-only statics defined in another crate (the apps' library): rustc
//! declares them without `constant` where they are used, so LLVM reaches
//! them relative to r9 as if they were writable (rust-lang/rust#95871)
//! while their definitions are in flash.  rrld moves such sections into RW
//! (--rrld-ro-relocs=patch, the default); with =error it refuses them.
#![no_std]
#![no_main]

use core::hint::black_box as bb;
use rrld_rust_apps::{check_fmt, Checker, shared};

rrld_rt::entry!(main);

fn main() -> i32 {
    let mut c = Checker::new("crossref");
    c.eq("primes", bb(&shared::PRIMES).iter().sum::<u32>(), 2 + 3 + 5 + 7 + 11 + 13 + 17 + 19);
    check_fmt!(c, "north east south west", "{} {} {} {}", shared::DIRECTIONS[0], shared::DIRECTIONS[1],
               shared::DIRECTIONS[bb(2)], shared::DIRECTIONS[3]);
    c.eq("limit", bb(shared::LIMIT), 1000);
    c.finish()
}
