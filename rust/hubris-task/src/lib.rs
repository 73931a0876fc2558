//! A Hubris-style task in Rust for tests/hubris/task.sh, the twin of
//! tests/hubris/task.c: started by rrld-hubris-rt, with a task-slot-table
//! entry as userlib's `task_slot!` makes (the address of a u16 in `.data`,
//! which Hubris's packager patches in flash with the peer's task index,
//! and the slot's name), `.data` holding pointers into flash and RAM,
//! `.bss` and `.uninit`.  It reports over Arm semihosting what it computed
//! and where it runs, then exits.
#![no_std]

use core::mem::MaybeUninit;
use core::ptr::{addr_of, addr_of_mut};
use core::sync::atomic::{AtomicU16, Ordering};

extern crate rrld_hubris_rt;

/// The slot: 0xffff until the packager writes the peer's index.
#[no_mangle]
pub static PEER_SLOT: AtomicU16 = AtomicU16::new(0xffff);

#[repr(C)]
pub struct TaskSlotTableEntry {
    taskidx_address: *const AtomicU16,
    slot_name_len: usize,
    slot_name: [u8; 4],
}
// Read by the packager only, never by the task.
unsafe impl Sync for TaskSlotTableEntry {}

#[used]
#[link_section = ".task_slot_table"]
static PEER_ENTRY: TaskSlotTableEntry =
    TaskSlotTableEntry { taskidx_address: addr_of!(PEER_SLOT), slot_name_len: 4, slot_name: *b"peer" };

static PRIMES: [u32; 6] = [2, 3, 5, 7, 11, 13];
fn square(x: u32) -> u32 {
    x * x
}

#[no_mangle]
pub static mut COUNTER: u32 = 40;
#[no_mangle]
pub static mut COUNTER_PTR: *mut u32 = addr_of_mut!(COUNTER); // RW -> RW
#[no_mangle]
pub static mut PRIMES_PTR: *const u32 = addr_of!(PRIMES) as *const u32; // RW -> RO
#[no_mangle]
pub static mut OP: fn(u32) -> u32 = square; // RW -> RO, a Thumb function
#[no_mangle]
pub static mut ZEROS: [u32; 32] = [0; 32]; // .bss
#[no_mangle]
#[link_section = ".uninit"]
pub static mut SCRATCH: MaybeUninit<[u32; 8]> = MaybeUninit::uninit();

/// Arm semihosting: SYS_WRITE0 and SYS_EXIT.
fn semihost(op: u32, arg: usize) -> u32 {
    let r: u32;
    unsafe { core::arch::asm!("bkpt #0xab", inout("r0") op => r, in("r1") arg, options(nostack)) };
    r
}
fn put(s: &[u8]) {
    // SYS_WRITE0 prints up to a NUL.
    let mut buf = [0u8; 48];
    let n = s.len().min(47);
    buf[..n].copy_from_slice(&s[..n]);
    semihost(0x04, buf.as_ptr() as usize);
}
fn put_hex(label: u8, v: u32) {
    let mut buf = *b" x=0x00000000\n";
    buf[1] = label;
    for i in 0..8 {
        buf[5 + i] = b"0123456789abcdef"[((v >> (28 - 4 * i)) & 15) as usize];
    }
    put(&buf);
}
fn exit(ok: bool) -> ! {
    // ADP_Stopped_ApplicationExit or ADP_Stopped_InternalError.
    semihost(0x18, if ok { 0x20026 } else { 0x20024 });
    loop {}
}

#[no_mangle]
pub extern "C" fn main() -> ! {
    unsafe {
        let mut bad = 0;
        for i in 0..32 {
            bad |= core::ptr::read_volatile(addr_of!(ZEROS[i])); // the start-up zeroed .bss
        }
        let scratch = &mut *addr_of_mut!(SCRATCH);
        scratch.write([0, 1, 2, 3, 4, 5, 6, 7]);
        *COUNTER_PTR += 2; // 42
        let mut sum = 0;
        for i in 0..6 {
            sum += OP(*PRIMES_PTR.add(i)); // 4+9+25+49+121+169 = 377
        }
        let counter = core::ptr::read_volatile(addr_of!(COUNTER));
        if bad != 0 || counter != 42 || sum != 377 {
            put(b"task: FAIL\n");
            exit(false);
        }
        put(b"task: counter 42, sum 377, .bss zero\n");
        put_hex(b'm', main as *const () as usize as u32);
        put_hex(b'c', addr_of!(COUNTER) as u32);
        put_hex(b'p', PEER_SLOT.load(Ordering::Relaxed) as u32);
        exit(true)
    }
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    put(b"task: panic\n");
    exit(false)
}
