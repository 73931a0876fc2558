//! Per-app link options: the stack and heap each Tock test app asks for in
//! its image header (the Tock start-up grows the break to cover them).
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let apps = [("hello", 1024, 0), ("tables", 1024, 0), ("fmt", 3072, 0), ("console", 2048, 1024)];
    for (bin, stack, heap) in apps {
        println!("cargo:rustc-link-arg-bin={bin}=--rrld-stack-size={stack}");
        println!("cargo:rustc-link-arg-bin={bin}=--rrld-heap-size={heap}");
    }
}
