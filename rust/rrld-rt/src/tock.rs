//! Tock's system calls (Tock 2.x, TRD 104) for the runtime and for
//! libtock-rs.
//!
//! [`TockSyscalls`] implements `libtock_platform::RawSyscalls`, the trait
//! behind libtock-rs's `Syscalls`, so the vendored libtock-rs drivers
//! (`libtock_console::Console<TockSyscalls>` ...) run on rrld's runtime
//! instead of libtock-rs's fixed-address start-up.  The runtime's own
//! `write` and `exit` use the console driver and exit-terminate directly,
//! as tock/runtime/syscalls.c does for C.
//!
//! r9 holds the static base (RW's start) for the whole life of the app:
//! the kernel saves and restores it with the other callee-saved registers,
//! and an upcall runs with the registers of the yield that let it in, so
//! nothing here needs to touch it.

use core::arch::asm;
use libtock_platform::{RawSyscalls, Register};

/// The system-call implementation for libtock-rs on rrld's runtime:
/// `libtock_console::Console::<rrld_rt::TockSyscalls>::write(b"hi\n")`.
pub struct TockSyscalls;

// SAFETY: each function issues the system call the trait's documentation
// asks for, with the register assignment of the Tock 2.x ABI, and declares
// every register the kernel or an upcall may change as clobbered.
unsafe impl RawSyscalls for TockSyscalls {
    unsafe fn yield1([Register(r0)]: [Register; 1]) {
        // Yield-Wait: upcalls run before it returns, so everything the C
        // ABI lets a function change may have changed.
        unsafe { asm!("svc 0", inlateout("r0") r0 => _, clobber_abi("C")) };
    }

    unsafe fn yield2([Register(r0), Register(r1)]: [Register; 2]) {
        // Yield-NoWait: r1 points to the byte the kernel sets.
        unsafe {
            asm!("svc 0", inlateout("r0") r0 => _, inlateout("r1") r1 => _, clobber_abi("C"))
        };
    }

    unsafe fn syscall1<const CLASS: usize>([Register(mut r0)]: [Register; 1]) -> [Register; 2] {
        let r1;
        unsafe {
            asm!("svc {class}", inlateout("r0") r0, lateout("r1") r1,
                 options(preserves_flags, nostack, nomem), class = const CLASS)
        };
        [Register(r0), Register(r1)]
    }

    unsafe fn syscall2<const CLASS: usize>(
        [Register(mut r0), Register(mut r1)]: [Register; 2],
    ) -> [Register; 2] {
        unsafe {
            asm!("svc {class}", inlateout("r0") r0, inlateout("r1") r1,
                 options(preserves_flags, nostack, nomem), class = const CLASS)
        };
        [Register(r0), Register(r1)]
    }

    unsafe fn syscall4<const CLASS: usize>(
        [Register(mut r0), Register(mut r1), Register(mut r2), Register(mut r3)]: [Register; 4],
    ) -> [Register; 4] {
        // Not nomem: allow and subscribe hand the kernel memory it may use.
        unsafe {
            asm!("svc {class}", inlateout("r0") r0, inlateout("r1") r1, inlateout("r2") r2,
                 inlateout("r3") r3, options(preserves_flags, nostack), class = const CLASS)
        };
        [Register(r0), Register(r1), Register(r2), Register(r3)]
    }
}

// Return variants in r0 (TRD 104).
const SUCCESS: u32 = 128;
const SUCCESS_U32_U32: u32 = 130;

const CONSOLE: u32 = 1; // driver number
const CONSOLE_WRITE: u32 = 1; // allow-ro buffer, command, upcall

fn svc4<const CLASS: usize>(a: [u32; 4]) -> [u32; 4] {
    // SAFETY: the callers below issue allow-ro, command and Yield-WaitFor,
    // which run no upcall and write no app memory.
    let r = unsafe {
        TockSyscalls::syscall4::<CLASS>([a[0].into(), a[1].into(), a[2].into(), a[3].into()])
    };
    [r[0].as_u32(), r[1].as_u32(), r[2].as_u32(), r[3].as_u32()]
}

/// Writes `buf` to the console: allow-ro it, command write, wait for the
/// write-done upcall with Yield-WaitFor (no callback subscribed: the kernel
/// hands the upcall's arguments to the yield), withdraw the buffer.  The
/// number of bytes written, or -1 when the kernel refused the buffer (not
/// the app's own memory) or the write.
pub(crate) fn console_write(buf: &[u8]) -> isize {
    if buf.is_empty() {
        return 0;
    }
    let ptr = buf.as_ptr() as u32;
    let len = buf.len() as u32;
    if svc4::<4>([CONSOLE, CONSOLE_WRITE, ptr, len])[0] != SUCCESS_U32_U32 {
        return -1;
    }
    let mut written = -1;
    if svc4::<2>([CONSOLE, CONSOLE_WRITE, len, 0])[0] == SUCCESS {
        const YIELD_WAIT_FOR: u32 = 2;
        written = svc4::<0>([YIELD_WAIT_FOR, CONSOLE, CONSOLE_WRITE, 0])[0] as i32 as isize;
    }
    svc4::<4>([CONSOLE, CONSOLE_WRITE, 0, 0]);
    written
}

/// Exit-terminate (svc 6, r0 = 0) with `code`.
pub(crate) fn exit_terminate(code: u32) -> ! {
    // SAFETY: the kernel does not return from exit-terminate.
    unsafe { asm!("svc 6", in("r0") 0u32, in("r1") code, options(noreturn, nostack)) }
}
