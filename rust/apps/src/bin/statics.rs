//! Writable statics: `static mut` arrays in .data and .bss, RW words
//! pointing into RW (RW->RW) and into flash (RW->RO), atomics and cells
//! reached r9-relative, and references between them filled at run time.
#![no_std]
#![no_main]

use core::cell::Cell;
use core::hint::black_box as bb;
use core::ptr::{addr_of, addr_of_mut};
use core::sync::atomic::{AtomicU32, AtomicUsize, Ordering::Relaxed};
use rrld_rust_apps::{check_fmt, Checker};

rrld_rt::entry!(main);

static mut COUNTERS: [u32; 8] = [1, 2, 3, 4, 5, 6, 7, 8]; // .data
static mut ZEROS: [u64; 64] = [0; 64]; // .bss
static mut BYTES: [u8; 300] = [0xA5; 300]; // .data, odd size
// RW words pointing into RW: the loader adds the RAM base (RW->RW).
static mut PTRS: [*mut u32; 3] = unsafe {
    [addr_of_mut!(COUNTERS[0]), addr_of_mut!(COUNTERS[7]), addr_of_mut!(ZEROS) as *mut u32]
};
// One past the end of an array, and a pointer to a pointer.
static mut END: *const u32 = (addr_of!(COUNTERS) as *const u32).wrapping_add(8);
static mut PTR_PTR: *const *mut u32 = unsafe { addr_of!(PTRS[1]) };
// RW words pointing into flash (RW->RO).
static mut GREETING: &str = "hello, rw";
static mut TABLE: [&[u8]; 2] = [b"abc", b"defgh"];

static HITS: AtomicU32 = AtomicU32::new(100);
static SLOTS: [AtomicUsize; 4] = [AtomicUsize::new(0), AtomicUsize::new(1), AtomicUsize::new(2), AtomicUsize::new(3)];

struct Registry {
    counter: &'static AtomicU32,
    names: [&'static str; 2],
    cell: Cell<u32>,
}
// SAFETY: the app has one thread.
unsafe impl Sync for Registry {}
// Interior mutability makes this static writable (RW): its pointers are
// RW->RW and RW->RO words.
static REGISTRY: Registry = Registry { counter: &HITS, names: ["a", "bb"], cell: Cell::new(7) };

fn main() -> i32 {
    let mut c = Checker::new("statics");
    // SAFETY: one thread; the app's own statics.
    unsafe {
        let counters = &mut *addr_of_mut!(COUNTERS);
        c.eq("data sum", counters.iter().sum::<u32>(), 36);
        let zeros = &mut *addr_of_mut!(ZEROS);
        c.check("bss zeroed", zeros.iter().all(|&z| z == 0));
        let bytes = &mut *addr_of_mut!(BYTES);
        c.check("data bytes", bytes.iter().all(|&v| v == 0xA5));

        // black_box: the optimiser must not see that these are never
        // stored to and fold the loads (then no pointer word would remain).
        let ptrs = &*bb(addr_of!(PTRS));
        c.check("ptr to data", ptrs[0] == counters.as_mut_ptr());
        c.check("ptr to data end", ptrs[1] == &mut counters[7] as *mut u32);
        c.check("ptr to bss", ptrs[2] == zeros.as_mut_ptr() as *mut u32);
        *ptrs[0] += 10;
        **bb(addr_of!(PTR_PTR)).read() += 100;
        *ptrs[2] = 0xdead;
        c.eq("through pointers", counters[0] + counters[7], 11 + 108);
        c.eq("bss through pointer", zeros[0] as u32, 0xdead);
        c.eq("one past the end", (bb(addr_of!(END)).read() as usize - counters.as_ptr() as usize) / 4, 8);

        for (i, b) in bytes.iter_mut().enumerate() {
            *b = (i % 251) as u8;
        }
        c.eq("bytes", bb(&*bytes).iter().map(|&b| b as u32).sum::<u32>(), (0..300u32).map(|i| i % 251).sum());
        for (i, z) in zeros.iter_mut().enumerate() {
            *z = (i as u64) << 33;
        }
        c.eq("u64 bss", bb(&*zeros).iter().sum::<u64>() >> 33, (0..64).sum::<u64>());

        check_fmt!(c, "hello, rw", "{}", bb(addr_of!(GREETING)).read());
        GREETING = "changed";
        check_fmt!(c, "changed", "{}", bb(*addr_of!(GREETING)));
        let t = &*bb(addr_of!(TABLE));
        c.eq("byte strings", t[0].len() * 10 + t[1].len(), 35);
        c.eq("byte string", t[1][4], b'h');
    }

    HITS.store(HITS.load(Relaxed) + 1, Relaxed);
    let registry = bb(&REGISTRY);
    c.eq("atomic", registry.counter.load(Relaxed), 101);
    c.check("registry points to HITS", core::ptr::eq(registry.counter, &HITS));
    REGISTRY.cell.set(REGISTRY.cell.get() * 6);
    c.eq("cell", bb(&REGISTRY).cell.get(), 42);
    check_fmt!(c, "a bb", "{} {}", registry.names[0], registry.names[1]);
    for (i, s) in SLOTS.iter().enumerate() {
        s.store(s.load(Relaxed) * 10 + i, Relaxed);
    }
    c.eq("slots", SLOTS.iter().map(|s| s.load(Relaxed)).sum::<usize>(), 66);
    c.finish()
}
