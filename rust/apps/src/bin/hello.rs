//! The smallest Rust app: says where it runs, and checks that the kernel
//! refuses to write a buffer the app does not own.
#![no_std]
#![no_main]

use core::sync::atomic::{AtomicU32, Ordering};
use rrld_rt::println;

rrld_rt::entry!(main);

static COUNTER: AtomicU32 = AtomicU32::new(41);

fn main() -> i32 {
    let n = COUNTER.fetch_add_or_load();
    // SAFETY: address 4 is the kernel's vector table, not the app's.
    let refused = rrld_rt::write(unsafe { core::slice::from_raw_parts(4 as *const u8, 4) }) == -1;
    let (heap_start, heap_end) = rrld_rt::heap_bounds();
    println!(
        "hello from a Rust rrld app: code at {:p}, data at {:p}, r9 = {:#010x}, heap {:#x}..{:#x}, answer {}",
        main as fn() -> i32,
        &COUNTER,
        rrld_rt::static_base(),
        heap_start,
        heap_end,
        n
    );
    if !refused || n != 42 || rrld_rt::image_header().is_none() {
        return 2;
    }
    println!("hello: 1 checks ok");
    0
}

/// `fetch_add` needs atomic read-modify-write, which ARMv6-M lacks: load and
/// store suffice (one thread).
trait LoadIncrement {
    fn fetch_add_or_load(&self) -> u32;
}
impl LoadIncrement for AtomicU32 {
    fn fetch_add_or_load(&self) -> u32 {
        let v = self.load(Ordering::Relaxed) + 1;
        self.store(v, Ordering::Relaxed);
        v
    }
}
