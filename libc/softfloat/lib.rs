//! Nothing of its own: a staticlib bundles compiler_builtins, whose
//! soft-float division libc/softfloat.sh takes (docs/libc.md).
#![no_std]

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}
