//! libtock-rs's build script, as a libtock-rs app has it, plus what rrld's
//! runtime needs on top.
fn main() {
    // Writes LIBTOCK_PLATFORM's layout (its FLASH and RAM, then `INCLUDE
    // libtock_layout.ld`) into OUT_DIR and links with it: -T, -L and
    // -zmax-page-size=4096.
    libtock_build_scripts::auto_layout();
    // The layout enters at `start` and writes its address into rt_header:
    // libtock_runtime's name for its entry; rrld-rt's is `_start`.
    println!("cargo:rustc-link-arg=--defsym=start=_start");
    // The stack and heap the image header asks for (rrld-rt's Tock start-up
    // grows the break to cover them).
    println!("cargo:rustc-link-arg=--rrld-stack-size=2048");
    println!("cargo:rustc-link-arg=--rrld-heap-size=1024");
}
