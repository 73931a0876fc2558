//! Read-only words that point into RAM: `static P: &AtomicU32 = &X` and
//! tables of such references.  The words are in flash but the RAM base
//! changes at each load, so rrld moves them to RW (--rrld-ro-relocs=patch,
//! the default); with =error it refuses them.
#![no_std]
#![no_main]

use core::hint::black_box as bb;
use core::sync::atomic::{AtomicU32, Ordering::Relaxed};
use rrld_rust_apps::{check_fmt, Checker};

rrld_rt::entry!(main);

static X: AtomicU32 = AtomicU32::new(7);
static Y: AtomicU32 = AtomicU32::new(8);
static P: &AtomicU32 = &X;
static TABLE: [&AtomicU32; 3] = [&X, &Y, &X];

struct Device {
    name: &'static str,
    count: &'static AtomicU32,
}
static DEVICES: &[Device] = &[Device { name: "uart", count: &X }, Device { name: "spi", count: &Y }];

fn main() -> i32 {
    let mut c = Checker::new("ro_relocs");
    bb(P).store(bb(P).load(Relaxed) + 1, Relaxed);
    c.eq("through P", X.load(Relaxed), 8);
    c.check("P is X", core::ptr::eq(bb(P), &X));
    let sum: u32 = bb(&TABLE).iter().map(|a| a.load(Relaxed)).sum();
    c.eq("table", sum, 8 + 8 + 8);
    for d in bb(DEVICES) {
        d.count.store(d.count.load(Relaxed) * 10, Relaxed);
    }
    c.eq("devices", X.load(Relaxed) + Y.load(Relaxed), 160);
    check_fmt!(c, "uart spi", "{} {}", DEVICES[0].name, bb(DEVICES)[1].name);
    c.finish()
}
