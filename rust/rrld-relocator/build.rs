//! Links the relocator library built by rrld's CMake build: for a
//! Cortex-M target `librrld_relocator_<core>.a` (`<core>` = the first part
//! of the triple: thumbv6m, thumbv7m, thumbv7em, thumbv8m.base,
//! thumbv8m.main; with `_hf` for a hard-float `...-eabihf` triple, whose
//! objects the linker would refuse to mix with soft-float ones), for the
//! host `librrld_relocator.a`.  Found in `$RRLD_RELOCATOR_LIB_DIR`, or else
//! in `build/relocator/` of the repository this crate sits in.
use std::env;
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=RRLD_RELOCATOR_LIB_DIR");
    println!("cargo:rerun-if-changed=build.rs");
    let target = env::var("TARGET").unwrap_or_default();
    let name = if target.starts_with("thumb") {
        let core = target.split('-').next().unwrap_or_default();
        let hf = if target.ends_with("eabihf") { "_hf" } else { "" };
        format!("rrld_relocator_{core}{hf}")
    } else {
        "rrld_relocator".to_string()
    };
    let dir = match env::var_os("RRLD_RELOCATOR_LIB_DIR") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap()).join("../../build/relocator"),
    };
    let lib = dir.join(format!("lib{name}.a"));
    if !lib.is_file() {
        panic!("rrld-relocator: no {} (build rrld first, or set RRLD_RELOCATOR_LIB_DIR)", lib.display());
    }
    println!("cargo:rerun-if-changed={}", lib.display());
    println!("cargo:rustc-link-search=native={}", dir.display());
    println!("cargo:rustc-link-lib=static={name}");
}
