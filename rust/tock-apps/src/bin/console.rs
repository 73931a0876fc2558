//! A Tock app on libtock-rs's console driver (`libtock_console`) over
//! rrld-rt's `TockSyscalls`: says where it runs, then formats through
//! `core::fmt` a table of `&dyn Trait` objects in flash (RO->RO words the
//! flashing tool patches), a writable copy (RW->RO words the start-up
//! relocates) and a boxed trait object on the heap, and checks the results.
#![no_std]
#![no_main]

extern crate alloc;

use alloc::boxed::Box;
use core::fmt::Write;
use core::hint::black_box as bb;
use libtock_console::Console;
use rrld_rt::TockSyscalls;
use rrld_rust_apps::Buf;

rrld_rt::entry!(main);

type Out = Console<TockSyscalls>;

trait Sensor: Sync {
    fn name(&self) -> &'static str;
    fn read(&self) -> i32;
}

struct Thermometer(i32);
struct Barometer {
    hpa: i32,
}

impl Sensor for Thermometer {
    fn name(&self) -> &'static str {
        "temperature"
    }
    fn read(&self) -> i32 {
        self.0
    }
}
impl Sensor for Barometer {
    fn name(&self) -> &'static str {
        "pressure"
    }
    fn read(&self) -> i32 {
        self.hpa * 100
    }
}

static SENSORS: [&dyn Sensor; 3] = [&Thermometer(-12), &Barometer { hpa: 1013 }, &Thermometer(37)];
static mut SENSORS_RW: [&dyn Sensor; 2] = [&Barometer { hpa: 990 }, &Thermometer(21)];
static GREETING: &str = "console";

/// Prints one line, formatted into `buf` first and then written with one
/// `Console::write`: Tock's console is shared by every process, and
/// libtock's writer would send each piece `core::fmt` hands it as a write
/// of its own, which other apps' output could land between.
macro_rules! say {
    ($buf:expr, $($arg:tt)*) => {{
        $buf.clear();
        let _ = writeln!($buf, $($arg)*);
        let _ = Out::write($buf.as_str().as_bytes());
    }};
}

fn main() -> i32 {
    let mut w = Buf::<128>::new();
    say!(
        w,
        "{}: code at {:p}, data at {:p}, r9 = {:#010x}",
        GREETING,
        main as fn() -> i32,
        core::ptr::addr_of!(SENSORS_RW),
        rrld_rt::static_base()
    );
    let mut sum = 0i32;
    let mut checks = 0;
    let mut bad = 0;
    for s in bb(&SENSORS).iter() {
        say!(w, "{}: {:>12} = {:+}", GREETING, s.name(), s.read());
        sum += s.read();
    }
    // SAFETY: one thread; the table is only read here.
    let rw = unsafe { &*core::ptr::addr_of!(SENSORS_RW) };
    for s in bb(rw).iter() {
        sum += s.read();
    }
    let boxed: Box<dyn Sensor> = Box::new(Barometer { hpa: 7 });
    sum += bb(&boxed).read();
    for (got, want) in [(sum, -12 + 101300 + 37 + 99000 + 21 + 700), (SENSORS[1].name().len() as i32, 8)] {
        checks += 1;
        if got != want {
            bad += 1;
            say!(w, "{}: got {}, expected {}", GREETING, got, want);
        }
    }
    // Console::write reports the kernel's answer: a buffer the app does not
    // own must be refused.
    // SAFETY: address 4 is the kernel's vector table, not the app's.
    let refused = Out::write(unsafe { core::slice::from_raw_parts(4 as *const u8, 4) }).is_err();
    checks += 1;
    if !refused {
        bad += 1;
    }
    if bad != 0 {
        say!(w, "{}: {} of {} checks failed", GREETING, bad, checks);
        return 1;
    }
    say!(w, "{}: {} checks ok, sum {:#x}", GREETING, checks, sum);
    0
}
