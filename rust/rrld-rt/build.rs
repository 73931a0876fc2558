//! Links the Cortex-M relocator library for the self-relocating start-up.
//!
//! The library is `librrld_relocator_<core>.a` from the rrld build, where
//! `<core>` is the first part of the target triple (`thumbv7em`,
//! `thumbv8m.main`, ...), with `_hf` for a hard-float target
//! (`thumbv7em-none-eabihf`: `thumbv7em_hf`), whose objects rrld does not
//! link with soft-float ones.  It is looked for in `$RRLD_RELOCATOR_LIB_DIR`, or
//! else in `build/relocator/` of the repository this crate sits in.
use std::env;
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=RRLD_RELOCATOR_LIB_DIR");
    println!("cargo:rerun-if-changed=build.rs");
    if env::var_os("CARGO_FEATURE_SELF_RELOCATE").is_none() {
        return;
    }
    let target = env::var("TARGET").unwrap_or_default();
    if !target.starts_with("thumb") {
        return; // a host build (cargo check, docs): nothing to link
    }
    let arch = target.split('-').next().unwrap_or_default();
    let core = if target.ends_with("eabihf") { format!("{arch}_hf") } else { arch.to_string() };
    let dir = match env::var_os("RRLD_RELOCATOR_LIB_DIR") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap()).join("../../build/relocator"),
    };
    let lib = dir.join(format!("librrld_relocator_{core}.a"));
    if !lib.is_file() {
        panic!(
            "rrld-rt: no {} (build rrld first, set RRLD_RELOCATOR_LIB_DIR, or disable the \
             `self-relocate` feature)",
            lib.display()
        );
    }
    println!("cargo:rerun-if-changed={}", lib.display());
    println!("cargo:rustc-link-search=native={}", dir.display());
    println!("cargo:rustc-link-lib=static=rrld_relocator_{core}");
}
