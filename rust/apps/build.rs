//! Per-app link options: the stack and heap each test app asks for in its
//! image header.  Small, because the micro:bit has 12 KiB of RAM for all apps.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=RRLD_RUST_STATIC_LINK");
    // scripts/rust-sizes.sh links the same apps with plain ld.lld, which
    // knows no --rrld-* option.
    if std::env::var_os("RRLD_RUST_STATIC_LINK").is_some() {
        return;
    }
    println!("cargo:rerun-if-changed=src/bin");
    let apps = [
        ("hello", 1024, 0),
        ("fmt", 3072, 0),
        ("tables", 1024, 0),
        ("statics", 1024, 0),
        ("panic", 1024, 0),
        ("alloc", 3072, 2048),
        ("crossref", 1024, 0),
        ("ro_relocs", 1024, 0),
        ("float", 1024, 0),
    ];
    for (bin, stack, heap) in apps {
        if !std::path::Path::new(&format!("src/bin/{bin}.rs")).exists() {
            continue;
        }
        println!("cargo:rustc-link-arg-bin={bin}=--rrld-stack-size={stack}");
        println!("cargo:rustc-link-arg-bin={bin}=--rrld-heap-size={heap}");
    }
}
