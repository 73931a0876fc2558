//! Rust bindings to the rrld on-device relocator (docs/relocator.md), for
//! a kernel written in Rust: the C ABI of `relocator/include/rrld/relocator.h`
//! as `extern "C"` declarations ([`ffi`]) and a safe wrapper on slices.
//!
//! `no_std`, no allocation.  build.rs links the relocator library that
//! rrld's build makes for the target (Cortex-M) or for the host.
//!
//! ```ignore
//! let r = rrld_relocator::load(image, flash_addr, ram, ram_addr)?;
//! // start the process: pc = r.entry, sp = r.stack_top, r9 = r.static_base
//! ```
#![no_std]

use core::ffi::CStr;
use core::fmt;

/// The C declarations, one for one.
pub mod ffi {
    use core::ffi::{c_char, c_int, c_void};

    /// `rrld_status`: 0 is success, the other values are [`super::Error`].
    pub type RrldStatus = c_int;

    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct RrldLoadArgs {
        pub image: *const u8,
        pub image_len: u32,
        pub ro_addr: u32,
        pub ram: *mut u8,
        pub ram_len: u32,
        pub ram_addr: u32,
        /// Must be [`RRLD_VERIFIED`]: the caller verified these exact bytes
        /// at install time; the load has no integrity check of its own.
        pub verified: u32,
    }

    /// `rrld_load_args.verified`: the caller ran `rrld_verify` (the CRC) at
    /// install; `rrld_load` requires it.
    pub const RRLD_VERIFIED: u32 = 0x5656_5656;

    #[repr(C)]
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
    pub struct RrldLoadResult {
        pub entry: u32,
        /// Value for r9: where RW starts.
        pub static_base: u32,
        pub stack_top: u32,
        pub app_break: u32,
    }

    pub type RrldWriteFn =
        unsafe extern "C" fn(ctx: *mut c_void, offset: u32, bytes: *const u8, len: u32) -> c_int;

    extern "C" {
        pub fn rrld_verify(image: *const u8, image_len: u32) -> RrldStatus;
        pub fn rrld_load(args: *const RrldLoadArgs, result: *mut RrldLoadResult) -> RrldStatus;
        pub fn rrld_patch_ro(image: *const u8, image_len: u32, ro_addr: u32, write: RrldWriteFn,
                             ctx: *mut c_void) -> RrldStatus;
        pub fn rrld_patch_ro_in_place(image: *mut u8, image_len: u32, ro_addr: u32) -> RrldStatus;
        pub fn rrld_status_name(status: RrldStatus) -> *const c_char;
        pub fn rrld_self_relocate(flash_start: u32, ram_start: u32, ram_len: u32,
                                  out: *mut RrldLoadResult) -> RrldStatus;
    }
}

pub use ffi::RrldLoadResult as LoadResult;

/// Why the relocator refused (the non-zero `rrld_status` values).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    Argument,
    Truncated,
    Magic,
    Version,
    Flags,
    Layout,
    Align,
    Crc,
    Entry,
    RamTooSmall,
    RelocRange,
    RelocOrder,
    RoNotPatched,
    Write,
    Address,
    /// A value this crate does not know (a newer library).
    Unknown(i32),
}

impl Error {
    /// The C status value.
    pub fn code(self) -> i32 {
        match self {
            Error::Argument => 1,
            Error::Truncated => 2,
            Error::Magic => 3,
            Error::Version => 4,
            Error::Flags => 5,
            Error::Layout => 6,
            Error::Align => 7,
            Error::Crc => 8,
            Error::Entry => 9,
            Error::RamTooSmall => 10,
            Error::RelocRange => 11,
            Error::RelocOrder => 12,
            Error::RoNotPatched => 13,
            Error::Write => 14,
            Error::Address => 15,
            Error::Unknown(c) => c,
        }
    }

    fn from_code(c: i32) -> Error {
        match c {
            1 => Error::Argument,
            2 => Error::Truncated,
            3 => Error::Magic,
            4 => Error::Version,
            5 => Error::Flags,
            6 => Error::Layout,
            7 => Error::Align,
            8 => Error::Crc,
            9 => Error::Entry,
            10 => Error::RamTooSmall,
            11 => Error::RelocRange,
            12 => Error::RelocOrder,
            13 => Error::RoNotPatched,
            14 => Error::Write,
            15 => Error::Address,
            c => Error::Unknown(c),
        }
    }

    /// The library's constant name for it ("RRLD_E_CRC").
    pub fn name(self) -> &'static str {
        status_name(self.code())
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

fn check(status: ffi::RrldStatus) -> Result<(), Error> {
    if status == 0 {
        Ok(())
    } else {
        Err(Error::from_code(status))
    }
}

fn len32(n: usize) -> Result<u32, Error> {
    u32::try_from(n).map_err(|_| Error::Argument)
}

/// The constant name of a status value ("RRLD_OK", "RRLD_E_CRC", ...;
/// "RRLD_E_UNKNOWN" for other values).
pub fn status_name(status: i32) -> &'static str {
    // SAFETY: the library returns a pointer to a static NUL-terminated string.
    unsafe { CStr::from_ptr(ffi::rrld_status_name(status)) }.to_str().unwrap_or("RRLD_E_UNKNOWN")
}

/// Checks the header, the layout, the integrity check and every table entry
/// (`rrld_verify`).
pub fn verify(image: &[u8]) -> Result<(), Error> {
    // SAFETY: the library reads at most image_len bytes.
    check(unsafe { ffi::rrld_verify(image.as_ptr(), len32(image.len())?) })
}

/// `rrld_verify` then `rrld_load`: checks `image` whole (the integrity
/// check included), which runs from `ro_addr`, and sets up its RAM in
/// `ram`, which the app sees at `ram_addr`.  Writes only inside `ram`.
/// `image` must be 4-byte and `ram` 8-byte aligned, as `ram_addr`
/// ([`Error::Align`]).  A kernel that verified the image at install calls
/// [`load_preverified`] at each start instead.
pub fn load(image: &[u8], ro_addr: u32, ram: &mut [u8], ram_addr: u32) -> Result<LoadResult, Error> {
    verify(image)?;
    load_args(image, ro_addr, ram, ram_addr, ffi::RRLD_VERIFIED)
}

/// `rrld_load` alone, for an image the caller verified at install time
/// ([`verify`] or [`patch_ro`] on these exact bytes, in flash only the
/// kernel writes): every check but the integrity check, which
/// `rrld_verify` ran.
pub fn load_preverified(image: &[u8], ro_addr: u32, ram: &mut [u8], ram_addr: u32) -> Result<LoadResult, Error> {
    load_args(image, ro_addr, ram, ram_addr, ffi::RRLD_VERIFIED)
}

fn load_args(image: &[u8], ro_addr: u32, ram: &mut [u8], ram_addr: u32, verified: u32) -> Result<LoadResult, Error> {
    let args = ffi::RrldLoadArgs {
        image: image.as_ptr(),
        image_len: len32(image.len())?,
        ro_addr,
        ram: ram.as_mut_ptr(),
        ram_len: len32(ram.len())?,
        ram_addr,
        verified,
    };
    let mut r = LoadResult::default();
    // SAFETY: the library reads image_len bytes of image and writes only
    // inside [ram, ram + ram_len); both come from live slices.
    check(unsafe { ffi::rrld_load(&args, &mut r) })?;
    Ok(r)
}

/// `rrld_patch_ro_in_place`: applies the RO->RO table for `ro_addr` to an
/// image in writable memory.
pub fn patch_ro_in_place(image: &mut [u8], ro_addr: u32) -> Result<(), Error> {
    // SAFETY: the library writes only inside the image.
    check(unsafe { ffi::rrld_patch_ro_in_place(image.as_mut_ptr(), len32(image.len())?, ro_addr) })
}

/// `rrld_patch_ro`: applies the RO->RO table for `ro_addr` through `write`
/// (a flash driver): `write(offset, bytes)` stores `bytes` at image offset
/// `offset` and returns whether it succeeded.
pub fn patch_ro<F>(image: &[u8], ro_addr: u32, mut write: F) -> Result<(), Error>
where
    F: FnMut(u32, &[u8]) -> bool,
{
    unsafe extern "C" fn trampoline<F: FnMut(u32, &[u8]) -> bool>(
        ctx: *mut core::ffi::c_void,
        offset: u32,
        bytes: *const u8,
        len: u32,
    ) -> core::ffi::c_int {
        let f = &mut *(ctx as *mut F);
        let bytes = core::slice::from_raw_parts(bytes, len as usize);
        if f(offset, bytes) {
            0
        } else {
            1
        }
    }
    // SAFETY: the library reads the image and calls `trampoline` with `ctx`
    // (our closure, alive for the whole call) and a valid byte range.
    check(unsafe {
        ffi::rrld_patch_ro(image.as_ptr(), len32(image.len())?, ro_addr, trampoline::<F>,
                           &mut write as *mut F as *mut core::ffi::c_void)
    })
}

/// `rrld_self_relocate`, for an app's own start-up (see rrld-rt, which
/// calls it from assembly before anything is relocated).
///
/// # Safety
/// `flash_start` must be the address of a readable image and
/// `[ram_start, ram_start + ram_len)` RAM the caller owns and nothing else
/// uses.
pub unsafe fn self_relocate(flash_start: u32, ram_start: u32, ram_len: u32) -> Result<LoadResult, Error> {
    let mut r = LoadResult::default();
    check(ffi::rrld_self_relocate(flash_start, ram_start, ram_len, &mut r))?;
    Ok(r)
}
