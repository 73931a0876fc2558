//! A Rust kernel-side caller loading real rrld images through the bindings
//! (host build, linked with the host relocator library).
//!
//! Images come from `RRLD_TEST_IMAGES` (paths separated by `:`; flat images
//! or ELFs rrld wrote), or else the C test apps of the default build
//! directory.  `RRLD` names the rrld tool (default: the default build
//! directory's), used to turn ELFs into flat images and to read the
//! relocation counts (`rrld inspect --json`) the loads must agree with.
use rrld_relocator::{load, load_preverified, patch_ro, patch_ro_in_place, status_name, verify, Error, LoadResult};
use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn rrld() -> PathBuf {
    std::env::var_os("RRLD").map(PathBuf::from).unwrap_or_else(|| repo().join("build/linker/rrld"))
}

/// 8-byte-aligned bytes: the relocator wants word-aligned images and
/// 8-aligned RAM.
struct Aligned(Vec<u64>, usize);
impl Aligned {
    fn new(bytes: &[u8]) -> Self {
        let mut v = vec![0u64; bytes.len().div_ceil(8)];
        Self::bytes_of(&mut v)[..bytes.len()].copy_from_slice(bytes);
        Aligned(v, bytes.len())
    }
    fn zeroed(n: usize) -> Self {
        Aligned(vec![0u64; n.div_ceil(8)], n)
    }
    fn bytes_of(v: &mut [u64]) -> &mut [u8] {
        // SAFETY: u64 storage viewed as bytes.
        unsafe { std::slice::from_raw_parts_mut(v.as_mut_ptr() as *mut u8, v.len() * 8) }
    }
    fn b(&self) -> &[u8] {
        // SAFETY: as above, shared.
        unsafe { std::slice::from_raw_parts(self.0.as_ptr() as *const u8, self.1) }
    }
    fn m(&mut self) -> &mut [u8] {
        let n = self.1;
        &mut Self::bytes_of(&mut self.0)[..n]
    }
}

fn word(b: &[u8], off: usize) -> u32 {
    u32::from_le_bytes(b[off..off + 4].try_into().unwrap())
}

fn json_number(json: &str, key: &str) -> u64 {
    let k = format!("\"{key}\"");
    let at = json.find(&k).unwrap_or_else(|| panic!("no {key} in rrld inspect --json")) + k.len();
    let rest = json[at..].trim_start_matches([':', ' ']);
    rest.chars().take_while(|c| c.is_ascii_digit()).collect::<String>().parse().unwrap()
}

/// The flat image bytes and the relocation counts rrld reports.
fn read_image(path: &Path) -> (Vec<u8>, [u64; 3]) {
    let out = Command::new(rrld()).arg("inspect").arg("--json").arg(path).output().expect("run rrld");
    assert!(out.status.success(), "rrld inspect {}: {}", path.display(), String::from_utf8_lossy(&out.stderr));
    let json = String::from_utf8(out.stdout).unwrap();
    let counts = [json_number(&json, "rw_to_ro"), json_number(&json, "rw_to_rw"), json_number(&json, "ro_to_ro")];
    let bytes = std::fs::read(path).unwrap();
    if bytes.starts_with(b"\x7fELF") {
        // The flat image as the linker made it, placed at its link addresses.
        let flat = std::env::temp_dir().join(format!("rrld-ffi-{}-{}.img", std::process::id(),
                                                     path.file_name().unwrap().to_string_lossy()));
        let st = Command::new(rrld())
            .args(["place", "--ro", &format!("{:#x}", json_number(&json, "ro_link_addr")), "--rw",
                   &format!("{:#x}", json_number(&json, "rw_link_addr")), "--bin"])
            .arg(&flat)
            .arg(path)
            .output()
            .unwrap();
        assert!(st.status.success(), "rrld place: {}", String::from_utf8_lossy(&st.stderr));
        let b = std::fs::read(&flat).unwrap();
        let _ = std::fs::remove_file(&flat);
        (b, counts)
    } else {
        (bytes, counts)
    }
}

/// RW words that differ between two loads, and by how much.
fn rw_diff(a: &Aligned, ra: &LoadResult, a_addr: u32, b: &Aligned, rb: &LoadResult, b_addr: u32) -> Vec<u32> {
    let (sa, sb) = ((ra.static_base - a_addr) as usize, (rb.static_base - b_addr) as usize);
    let n = (ra.app_break - ra.static_base) as usize;
    (0..n / 4)
        .filter_map(|i| {
            let (x, y) = (word(a.b(), sa + 4 * i), word(b.b(), sb + 4 * i));
            (x != y).then(|| y.wrapping_sub(x))
        })
        .collect()
}

fn check_image(path: &Path) {
    let (bytes, [rw_ro, rw_rw, ro_ro]) = read_image(path);
    let img = Aligned::new(&bytes);
    let h = img.b();
    verify(h).unwrap_or_else(|e| panic!("{}: verify: {e}", path.display()));
    // Header offsets: docs/format.md.
    let (ro_size, rw_init, rw_zero) = (word(h, 24), word(h, 28), word(h, 44));
    let (ro_align, rw_align) = (1u32 << h[20], 1u32 << h[22]);
    let (entry, stack, heap) = (word(h, 48), word(h, 52), word(h, 56));
    let ro_link = word(h, 60);
    let ram_len = (stack + rw_align + rw_init + rw_zero + heap + 64) as usize;

    // Two RAM placements: the RW->RW words move with the RAM, nothing else.
    let (a_addr, b_addr) = (0x2000_0000u32, 0x2010_0400u32);
    let mut ram_a = Aligned::zeroed(ram_len);
    let mut ram_b = Aligned::zeroed(ram_len);
    let ra = load(h, ro_link, ram_a.m(), a_addr).unwrap();
    let rb = load(h, ro_link, ram_b.m(), b_addr).unwrap();
    assert_eq!(ra.entry, ro_link + entry);
    assert_eq!(ra.stack_top, a_addr + stack);
    assert_eq!(ra.static_base, (ra.stack_top + rw_align - 1) & !(rw_align - 1));
    assert_eq!(ra.app_break, ra.static_base + rw_init + rw_zero);
    assert_eq!(ra.app_break % 8, 0);
    assert!(ra.app_break + heap <= a_addr + ram_len as u32);
    // .bss zeroed: the words after the initial data are 0 in a fresh load
    // into RAM filled with 0xAA.
    let mut ram_f = Aligned::new(&vec![0xAAu8; ram_len]);
    let rf = load(h, ro_link, ram_f.m(), a_addr).unwrap();
    let bss = (rf.static_base - a_addr + rw_init) as usize;
    assert!(ram_f.b()[bss..bss + rw_zero as usize].iter().all(|&v| v == 0), "{}: .bss not zeroed", path.display());
    let d = rw_diff(&ram_a, &ra, a_addr, &ram_b, &rb, b_addr);
    assert_eq!(d.len() as u64, rw_rw, "{}: RW->RW words", path.display());
    assert!(d.iter().all(|&v| v == b_addr - a_addr));

    // Another flash address: patch RO->RO (through the callback, and in
    // place: the same bytes), then the RW->RO words move with the flash.
    let q = ro_link + 16 * ro_align.max(0x1000);
    let mut via_cb = img.b().to_vec();
    let mut writes = 0;
    patch_ro(img.b(), q, |off, bytes| {
        via_cb[off as usize..off as usize + bytes.len()].copy_from_slice(bytes);
        writes += 1;
        true
    })
    .unwrap();
    let mut patched = Aligned::new(img.b());
    patch_ro_in_place(patched.m(), q).unwrap();
    assert_eq!(patched.b(), &via_cb[..]);
    verify(patched.b()).unwrap();
    if ro_ro > 0 {
        assert_eq!(writes as u64, ro_ro + 2, "{}: one write per RO->RO word, then ro_patched_addr and crc32", path.display());
        let changed = (0..ro_size as usize / 4).filter(|&i| word(h, 4 * i) != word(patched.b(), 4 * i)).count();
        assert_eq!(changed as u64, ro_ro + 2);
        assert_eq!(load(h, q, ram_a.m(), a_addr), Err(Error::RoNotPatched));
    }
    let mut ram_q = Aligned::zeroed(ram_len);
    let rq = load(patched.b(), q, ram_q.m(), a_addr).unwrap();
    assert_eq!(rq.entry, q + entry);
    let d = rw_diff(&ram_a, &ra, a_addr, &ram_q, &rq, a_addr);
    assert_eq!(d.len() as u64, rw_ro, "{}: RW->RO words", path.display());
    assert!(d.iter().all(|&v| v == q - ro_link));

    // Refusals.
    let mut bad = Aligned::new(img.b());
    bad.m()[200] ^= 0xff;
    assert_eq!(verify(bad.b()), Err(Error::Crc));
    assert_eq!(load(bad.b(), ro_link, ram_a.m(), a_addr), Err(Error::Crc));
    // Pre-verified: the CRC is not checked, everything else is.
    let rv = load_preverified(bad.b(), ro_link, ram_a.m(), a_addr).unwrap();
    assert_eq!(rv, ra);
    let mut small = Aligned::zeroed((stack + rw_init) as usize / 2);
    assert_eq!(load(h, ro_link, small.m(), a_addr), Err(Error::RamTooSmall));
    assert_eq!(verify(&img.b()[..64]), Err(Error::Truncated));
    println!("{}: loaded at two RAM and two flash addresses: {rw_ro} RW->RO, {rw_rw} RW->RW, {ro_ro} RO->RO words checked",
             path.display());
}

#[test]
fn status_names() {
    assert_eq!(status_name(0), "RRLD_OK");
    assert_eq!(Error::Crc.name(), "RRLD_E_CRC");
    assert_eq!(Error::RamTooSmall.to_string(), "RRLD_E_RAM_TOO_SMALL");
    assert_eq!(status_name(999), "RRLD_E_UNKNOWN");
}

#[test]
fn load_images() {
    let list: Vec<PathBuf> = match std::env::var("RRLD_TEST_IMAGES") {
        Ok(s) => s.split(':').filter(|p| !p.is_empty()).map(PathBuf::from).collect(),
        Err(_) => ["tables", "bigdata", "cxx"]
            .iter()
            .map(|a| repo().join(format!("build/qemu/apps/thumbv7em/{a}.img")))
            .filter(|p| p.exists())
            .collect(),
    };
    if list.is_empty() {
        println!("no images (set RRLD_TEST_IMAGES or build rrld): nothing to load");
        return;
    }
    for p in &list {
        check_image(p);
    }
}
