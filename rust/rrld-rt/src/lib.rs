//! The runtime for Rust apps on the rrld QEMU test kernel or, with the
//! feature `tock`, on Tock (docs/rust.md, docs/tock.md).
//!
//! The Rust counterpart of `qemu/runtime/` and `tock/runtime/`: the start-up
//! code for both ways the kernel starts an app, the two system calls
//! (write and exit, on the test kernel's or Tock's ABI), `print!`/`println!` on
//! `core::fmt`, a panic handler that reports and exits with 101, and (with
//! the `alloc` feature) a `#[global_allocator]` over the heap the loader
//! leaves after RW.  Everything is built `-C relocation-model=ropi-rwpi`
//! like the app: code and constants are reached PC-relative, writable
//! statics relative to r9.
//!
//! An app names its `main` with [`entry!`]:
//!
//! ```ignore
//! #![no_std]
//! #![no_main]
//! rrld_rt::entry!(main);
//! fn main() -> i32 {
//!     rrld_rt::println!("hello from Rust, {} + {} = {}", 1, 2, 1 + 2);
//!     0
//! }
//! ```
#![no_std]

use core::arch::{asm, global_asm};
use core::fmt::{self, Write};

/// The heap allocator (feature `alloc`).
#[cfg(feature = "alloc")]
pub mod heap;

/// Tock's system calls (feature `tock`), and libtock-rs's `RawSyscalls`.
#[cfg(feature = "tock")]
pub mod tock;
#[cfg(feature = "tock")]
pub use tock::TockSyscalls;

// ---------------------------------------------------------------- start-up

// The entry point, for both start modes (docs/qemu.md):
//  - kernel-loaded: the kernel ran rrld_load and enters with r9 = static
//    base, sp = stack top, r0 = 0;
//  - self-relocating (Tock's process start): r0 = flash start, r1 = RAM
//    start, r2 = RAM length, r3 = app break, sp at the top of the RAM slot.
//    Nothing is relocated yet, so only the relocator (which has no writable
//    data) may run before r9 and sp are set from its result.  It runs on a
//    stack at the top of the app's stack region, [RAM start, RAM start +
//    stack_size), which the load never writes; stack_size must be at least
//    RRLD_SELF_RELOCATE_STACK (rrld/relocator.h) and at most the RAM
//    length, else the app exits with 200 + 10 (RRLD_E_RAM_TOO_SMALL) before
//    sp moves.
// The same sequence as qemu/runtime/crt0.S, plus the flash start kept in r5
// for rrld_rt_start.  Thumb-1 instructions only: one text for every core.
// The section name is the one the default layout keeps first in .text.
#[cfg(all(feature = "self-relocate", not(feature = "tock")))]
global_asm!(
    ".pushsection .text.rrld_start, \"ax\", %progbits",
    ".global _start",
    ".type _start, %function",
    ".thumb_func",
    "_start:",
    "    cmp r0, #0",
    "    beq 1f",
    "    mov r5, r0",            // flash start, for rrld_rt_start
    "    ldr r4, [r0, #{stack_size}]",
    "    cmp r4, r2",
    "    bhi 3f",
    "    cmp r4, #{self_stack}",
    "    blo 3f",
    "    adds r4, r1, r4",
    "    subs r4, #16",          // rrld_load_result
    "    mov sp, r4",
    "    mov r3, sp",
    "    bl rrld_self_relocate", // (flash, ram, ram_len, &result)
    "    cmp r0, #0",
    "    bne 2f",
    "    ldr r1, [sp, #4]",      // static_base
    "    mov r9, r1",
    "    ldr r1, [sp, #8]",      // stack_top
    "    mov sp, r1",
    "    mov r0, r5",
    "1:  bl rrld_rt_start",      // (flash start or 0): main, exit
    "2:  adds r0, #200",         // exit code 200 + rrld_status
    "    svc #2",
    "    b 2b",
    "3:  movs r0, #10",          // RRLD_E_RAM_TOO_SMALL
    "    b 2b",
    ".size _start, . - _start",
    ".popsection",
    stack_size = const HDR_STACK_SIZE,
    self_stack = const RRLD_SELF_RELOCATE_STACK,
);

// The entry point on Tock (feature `tock`; docs/tock.md): Tock enters with
// r0 = the image start, r1 = RAM start, r2 = the RAM allocation's length,
// r3 = the initial break, and relocates nothing.  The same sequence as
// tock/runtime/crt0.S: compute the break the image needs from its header
// (RAM start + stack_size, up to RW's alignment, + rw_init_size +
// rw_zero_size + heap_size) and grow the break to it with memop brk when
// the kernel's is lower (refused: exit 220); run rrld_self_relocate at the
// top of the stack region with the RAM up to the break (stack_size below
// RRLD_SELF_RELOCATE_STACK or sizes wrapping past 2^32: exit 210; a
// relocator error: exit 200 + its status); set r9 and sp; tell the kernel
// the stack and heap starts (memop 10, 11); call rrld_rt_start with the
// flash start.  Exits are Tock's exit-terminate (svc 6).  Thumb-1 only.
#[cfg(feature = "tock")]
global_asm!(
    ".pushsection .text.rrld_start, \"ax\", %progbits",
    ".global _start",
    ".type _start, %function",
    ".thumb_func",
    "_start:",
    "    mov r4, r0",            // the image (its header)
    "    mov r5, r1",            // RAM start
    "    mov r6, r3",            // the kernel's break
    "    ldr r7, [r4, #{stack_size}]",
    "    cmp r7, #{self_stack}",
    "    blo 3f",
    "    adds r0, r5, r7",       // stack top
    "    bcs 3f",
    "    ldrb r1, [r4, #{rw_align}]",
    "    movs r2, #1",
    "    lsls r2, r1",
    "    subs r2, #1",           // RW alignment - 1
    "    adds r0, r2",
    "    bcs 3f",
    "    bics r0, r2",           // RW start
    "    ldr r1, [r4, #{rw_init}]",
    "    adds r0, r1",
    "    bcs 3f",
    "    ldr r1, [r4, #{rw_zero}]",
    "    adds r0, r1",
    "    bcs 3f",
    "    ldr r1, [r4, #{heap}]",
    "    adds r0, r1",
    "    bcs 3f",
    "    cmp r0, r6",
    "    bls 1f",                // the kernel's break is enough
    "    mov r6, r0",
    "    mov r1, r0",
    "    movs r0, #0",
    "    svc #5",                // memop brk(r1)
    "    cmp r0, #128",          // Success
    "    bne 4f",
    "1:  mov r0, r4",
    "    mov r1, r5",
    "    subs r2, r6, r5",       // the RAM the app has: up to the break
    "    adds r3, r5, r7",
    "    subs r3, #16",          // rrld_load_result
    "    mov sp, r3",
    "    bl rrld_self_relocate", // (flash, ram, ram_len, &result)
    "    cmp r0, #0",
    "    bne 2f",
    "    ldr r1, [sp, #4]",      // static_base
    "    mov r9, r1",
    "    ldr r5, [sp, #12]",     // app_break: the heap
    "    ldr r1, [sp, #8]",      // stack_top
    "    mov sp, r1",
    "    movs r0, #10",          // memop: the stack starts at r1
    "    svc #5",
    "    mov r1, r5",
    "    movs r0, #11",          // memop: the heap starts at r1
    "    svc #5",
    "    mov r0, r4",
    "    bl rrld_rt_start",      // (flash start): main, exit
    "3:  movs r0, #10",          // RRLD_E_RAM_TOO_SMALL
    "2:  adds r0, #200",         // exit code 200 + rrld_status
    "    mov r1, r0",
    "    b 5f",
    "4:  movs r1, #220",         // the kernel refused the break
    "5:  movs r0, #0",           // exit-terminate
    "    svc #6",
    "    b 5b",
    ".size _start, . - _start",
    ".popsection",
    stack_size = const HDR_STACK_SIZE,
    rw_align = const HDR_RW_ALIGN_LOG2,
    rw_init = const HDR_RW_INIT_SIZE,
    rw_zero = const HDR_RW_ZERO_SIZE,
    heap = const HDR_HEAP_SIZE,
    self_stack = const RRLD_SELF_RELOCATE_STACK,
);

/// `RRLD_SELF_RELOCATE_STACK` of rrld/relocator.h (the test
/// relocator.self_stack checks that the two agree).
#[cfg(feature = "self-relocate")]
const RRLD_SELF_RELOCATE_STACK: u32 = 192;

// Without the relocator: a self-relocating start exits with 199.
#[cfg(not(feature = "self-relocate"))]
global_asm!(
    ".pushsection .text.rrld_start, \"ax\", %progbits",
    ".global _start",
    ".type _start, %function",
    ".thumb_func",
    "_start:",
    "    cmp r0, #0",
    "    bne 2f",
    "    bl rrld_rt_start",
    "2:  movs r0, #199",
    "    svc #2",
    "    b 2b",
    ".size _start, . - _start",
    ".popsection",
);

extern "C" {
    fn _start();
}

extern "Rust" {
    // Defined by entry!().
    fn __rrld_rt_main() -> i32;
}

/// Names the app's `fn main() -> i32`; its result is the exit code.
#[macro_export]
macro_rules! entry {
    ($main:path) => {
        #[no_mangle]
        pub fn __rrld_rt_main() -> i32 {
            let main: fn() -> i32 = $main;
            main()
        }
    };
}

/// What the runtime found at start-up.  Initialised (not zero), so that every
/// app has a non-empty `.data`, and written at start-up.
struct State {
    header: usize,
    heap_start: usize,
    heap_end: usize,
    stack_bottom: usize,
    stack_top: usize,
}
static mut STATE: State = State { header: usize::MAX, heap_start: 0, heap_end: 0, stack_bottom: 0, stack_top: 0 };

/// What the unused stack is filled with, to measure its use.
const STACK_PAINT: u32 = 0xC5C5_C5C5;

/// Called by `_start` once r9 and sp are set, with the flash start in a
/// self-relocating start and 0 in a kernel-loaded one.
#[no_mangle]
unsafe extern "C" fn rrld_rt_start(flash_start: usize) -> ! {
    let header = find_header(flash_start);
    let state = &mut *core::ptr::addr_of_mut!(STATE);
    state.header = header.map_or(0, |h| h.0);
    if let Some(h) = header {
        // The loader's RAM layout (relocator.h): the stack right below RW
        // (up to RW's alignment), RW at r9, the heap right after .bss
        // (RW ends on a multiple of 8).
        let rw_addr = static_base();
        state.heap_start = rw_addr + h.word(HDR_RW_INIT_SIZE) as usize + h.word(HDR_RW_ZERO_SIZE) as usize;
        state.heap_end = state.heap_start + h.word(HDR_HEAP_SIZE) as usize;
        // Paint the stack below this frame, for stack_used().
        let sp: usize;
        asm!("mov {}, sp", out(reg) sp, options(nomem, nostack, preserves_flags));
        state.stack_top = rw_addr;
        state.stack_bottom = rw_addr.saturating_sub(h.word(HDR_STACK_SIZE) as usize);
        let mut p = state.stack_bottom;
        while p + 64 < sp {
            core::ptr::write_volatile(p as *mut u32, STACK_PAINT);
            p += 4;
        }
    }
    #[cfg(feature = "alloc")]
    heap::init(state.heap_start, state.heap_end);
    exit(__rrld_rt_main())
}

// ---------------------------------------------------------------- the image header

const RRLD_MAGIC: u32 = 0x444C_5252;
const HDR_SIZE: usize = 96;
#[cfg(feature = "tock")]
const HDR_RW_ALIGN_LOG2: usize = 22;
const HDR_RW_INIT_SIZE: usize = 28;
const HDR_RW_ZERO_SIZE: usize = 44;
const HDR_ENTRY: usize = 48;
const HDR_STACK_SIZE: usize = 52;
const HDR_HEAP_SIZE: usize = 56;

#[derive(Clone, Copy)]
struct Header(usize);

impl Header {
    fn word(self, off: usize) -> u32 {
        // SAFETY: the header lies in the app's own flash, which it may read.
        unsafe { core::ptr::read_volatile((self.0 + off) as *const u32) }
    }
}

/// The app's own image header.  A self-relocating start knows where the
/// image is; a kernel-loaded one does not, but the default layout puts
/// `_start` (section `.text.rrld_start`) right after the 96-byte header, so
/// the runtime looks there and accepts it only when the magic matches and
/// the header's entry offset leads back to `_start`.  With a linker script
/// that puts `_start` elsewhere the header is not found and the heap is
/// empty.
fn find_header(flash_start: usize) -> Option<Header> {
    let start = _start as *const () as usize;
    let candidate = if flash_start != 0 { flash_start } else { (start & !1).checked_sub(HDR_SIZE)? };
    let h = Header(candidate);
    if h.word(0) == RRLD_MAGIC && candidate.wrapping_add(h.word(HDR_ENTRY) as usize) == start {
        Some(h)
    } else {
        None
    }
}

/// The static base (r9): the start of RW in layouts rrld makes.
pub fn static_base() -> usize {
    let sb: usize;
    // SAFETY: reads a register.
    unsafe { asm!("mov {}, r9", out(reg) sb, options(nomem, nostack, preserves_flags)) };
    sb
}

/// The address of the app's image header in flash, when found.
pub fn image_header() -> Option<usize> {
    // SAFETY: written once at start-up, before main.
    let h = unsafe { (*core::ptr::addr_of!(STATE)).header };
    (h != 0 && h != usize::MAX).then_some(h)
}

/// The stack size the image asked for (`--rrld-stack-size`).
pub fn stack_size() -> Option<u32> {
    image_header().map(|h| Header(h).word(HDR_STACK_SIZE))
}

/// The heap, `[start, end)`: the `--rrld-heap-size` bytes after RW.
pub fn heap_bounds() -> (usize, usize) {
    // SAFETY: written once at start-up, before main.
    let s = unsafe { &*core::ptr::addr_of!(STATE) };
    (s.heap_start, s.heap_end)
}

/// The most stack used so far, in bytes: what is no longer painted from the
/// bottom of the `--rrld-stack-size` bytes below RW.  None when the header
/// was not found.
pub fn stack_used() -> Option<usize> {
    // SAFETY: written once at start-up, before main; the stack is the app's own.
    unsafe {
        let s = &*core::ptr::addr_of!(STATE);
        if s.stack_top == 0 {
            return None;
        }
        let mut p = s.stack_bottom;
        while p < s.stack_top && core::ptr::read_volatile(p as *const u32) == STACK_PAINT {
            p += 4;
        }
        Some(s.stack_top - p)
    }
}

// ---------------------------------------------------------------- system calls

/// `svc 1`: writes `buf`; the number of bytes written, or -1 when the buffer
/// is not the app's own flash or RAM.  On Tock: the console driver.
#[cfg(feature = "tock")]
pub fn write(buf: &[u8]) -> isize {
    tock::console_write(buf)
}

/// On Tock: exit-terminate with `code`.
#[cfg(feature = "tock")]
pub fn exit(code: i32) -> ! {
    tock::exit_terminate(code as u32)
}

/// `svc 1`: writes `buf`; the number of bytes written, or -1 when the buffer
/// is not the app's own flash or RAM.
#[cfg(not(feature = "tock"))]
pub fn write(buf: &[u8]) -> isize {
    let mut r0 = buf.as_ptr() as usize;
    // SAFETY: the kernel only reads the buffer.
    unsafe { asm!("svc #1", inout("r0") r0, in("r1") buf.len(), options(nostack, readonly)) };
    r0 as i32 as isize
}

/// `svc 2`: ends the app with `code`.
#[cfg(not(feature = "tock"))]
pub fn exit(code: i32) -> ! {
    // SAFETY: the kernel does not return from exit.
    unsafe { asm!("svc #2", in("r0") code, options(noreturn, nostack)) }
}

// ---------------------------------------------------------------- output

/// The console: `core::fmt::Write` over `svc 1`.
pub struct Console;

impl Write for Console {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        if s.is_empty() || write(s.as_bytes()) >= 0 {
            Ok(())
        } else {
            Err(fmt::Error)
        }
    }
}

/// What one `print!` formats, written in as few system calls as fit: the
/// kernel's console is shared (on Tock, by every process), and `core::fmt`
/// hands out a line in many small pieces, which another app's output could
/// otherwise land between.  A line up to the buffer's size goes out whole.
struct Buffered {
    buf: [u8; 128],
    len: usize,
}

impl Buffered {
    fn flush(&mut self) {
        if self.len != 0 {
            // Nothing to do about a failed write: print! has no result.
            write(&self.buf[..self.len]);
        }
        self.len = 0;
    }
}

impl Write for Buffered {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        for &b in s.as_bytes() {
            if self.len == self.buf.len() {
                self.flush();
            }
            self.buf[self.len] = b;
            self.len += 1;
        }
        Ok(())
    }
}

#[doc(hidden)]
pub fn _print(args: fmt::Arguments) {
    let mut out = Buffered { buf: [0; 128], len: 0 };
    let _ = out.write_fmt(args);
    out.flush();
}

/// Prints to the kernel's console.
#[macro_export]
macro_rules! print {
    ($($arg:tt)*) => { $crate::_print(::core::format_args!($($arg)*)) };
}

/// Prints to the kernel's console, with a newline.
#[macro_export]
macro_rules! println {
    () => { $crate::_print(::core::format_args!("\n")) };
    ($($arg:tt)*) => { $crate::_print(::core::format_args!("{}\n", ::core::format_args!($($arg)*))) };
}

/// Reports the panic ("panicked at FILE:LINE:COL:" and the message) and
/// exits with 101, Rust's exit code for a panic.
#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    _print(format_args!("{}\n", info));
    exit(101)
}
