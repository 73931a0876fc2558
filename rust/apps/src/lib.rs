//! What the test apps share: a fixed-size `core::fmt` buffer and a checker
//! that counts mismatches.  Each app prints `<app>: <n> checks ok` and
//! exits 0 only when every check held; tests/rust/run-app.sh looks for that
//! line.
#![no_std]

use core::fmt::{self, Write};

/// Formats into a fixed buffer (no heap needed).
pub struct Buf<const N: usize> {
    bytes: [u8; N],
    len: usize,
}

impl<const N: usize> Buf<N> {
    pub const fn new() -> Self {
        Buf { bytes: [0; N], len: 0 }
    }
    pub fn as_str(&self) -> &str {
        core::str::from_utf8(&self.bytes[..self.len]).unwrap_or("<invalid utf-8>")
    }
    pub fn clear(&mut self) {
        self.len = 0;
    }
}

impl<const N: usize> Default for Buf<N> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const N: usize> Write for Buf<N> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let b = s.as_bytes();
        if b.len() > N - self.len {
            return Err(fmt::Error);
        }
        self.bytes[self.len..self.len + b.len()].copy_from_slice(b);
        self.len += b.len();
        Ok(())
    }
}

/// Counts checks and failures for one app; failures are printed.
pub struct Checker {
    app: &'static str,
    checks: u32,
    failures: u32,
}

impl Checker {
    pub fn new(app: &'static str) -> Self {
        Checker { app, checks: 0, failures: 0 }
    }

    /// `args` formatted must read `expected`.
    pub fn fmt(&mut self, args: fmt::Arguments, expected: &str) {
        let mut b = Buf::<128>::new();
        let ok = b.write_fmt(args).is_ok() && b.as_str() == expected;
        self.record(ok, |c| {
            rrld_rt::println!("{}: check {}: got '{}', expected '{}': FAILED", c.app, c.checks, b.as_str(), expected)
        });
    }

    /// `got` must equal `expected` (integers).
    pub fn eq<T: PartialEq + fmt::Debug>(&mut self, what: &str, got: T, expected: T) {
        let ok = got == expected;
        self.record(ok, |c| {
            rrld_rt::println!("{}: check {} ({}): got {:?}, expected {:?}: FAILED", c.app, c.checks, what, got, expected)
        });
    }

    /// A condition that must hold.
    pub fn check(&mut self, what: &str, ok: bool) {
        self.record(ok, |c| rrld_rt::println!("{}: check {} ({}): FAILED", c.app, c.checks, what));
    }

    fn record(&mut self, ok: bool, report: impl FnOnce(&Self)) {
        self.checks += 1;
        if !ok {
            self.failures += 1;
            report(self);
        }
    }

    /// Prints the verdict; the app's exit code (0 when every check held).
    pub fn finish(self) -> i32 {
        if self.failures == 0 {
            let stack = rrld_rt::stack_used().unwrap_or(0);
            let size = rrld_rt::stack_size().unwrap_or(0);
            rrld_rt::println!("{}: {} checks ok (stack {} of {} bytes)", self.app, self.checks, stack, size);
            0
        } else {
            rrld_rt::println!("{}: {} of {} checks FAILED", self.app, self.failures, self.checks);
            1
        }
    }
}

/// Formats like `format_args!` and checks the text.
#[macro_export]
macro_rules! check_fmt {
    ($c:expr, $expected:expr, $($arg:tt)*) => {
        $c.fmt(::core::format_args!($($arg)*), $expected)
    };
}

/// Read-only statics used by another crate (the crossref app): see
/// src/bin/crossref.rs.
pub mod shared {
    pub static PRIMES: [u32; 8] = [2, 3, 5, 7, 11, 13, 17, 19];
    pub static DIRECTIONS: [&str; 4] = ["north", "east", "south", "west"];
    pub static LIMIT: u32 = 1000;
}
