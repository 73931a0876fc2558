//! The `alloc` crate on the heap the loader leaves after RW (the image's
//! `--rrld-heap-size`, see build.rs): Vec, Box<dyn Trait>, String
//! formatting, BTreeMap; every allocation must lie in the heap, and all of
//! it must be free again at the end.
#![no_std]
#![no_main]

extern crate alloc;

use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::hint::black_box as bb;
use rrld_rust_apps::Checker;

rrld_rt::entry!(main);

trait Animal {
    fn name(&self) -> String;
    fn legs(&self) -> u32;
}
struct Dog {
    name: &'static str,
}
struct Bird {
    wings: u32,
}
impl Animal for Dog {
    fn name(&self) -> String {
        format!("dog {}", self.name)
    }
    fn legs(&self) -> u32 {
        4
    }
}
impl Animal for Bird {
    fn name(&self) -> String {
        format!("bird with {} wings", self.wings)
    }
    fn legs(&self) -> u32 {
        2
    }
}

fn main() -> i32 {
    let mut c = Checker::new("alloc");
    let (start, end) = rrld_rt::heap_bounds();
    c.check("heap after RW", start > rrld_rt::static_base() && end - start >= 2048);
    let in_heap = |p: *const u8| (p as usize) >= start && (p as usize) < end;
    let free_at_start = rrld_rt::heap::free_bytes();
    c.eq("all free", free_at_start, end - start);

    {
        let mut v: Vec<u32> = Vec::new();
        for i in 0..bb(200u32) {
            v.push(i * i);
        }
        c.eq("vec sum", v.iter().sum::<u32>(), (0..200).map(|i| i * i).sum());
        c.check("vec in heap", in_heap(v.as_ptr() as *const u8));
        v.retain(|x| x % 2 == 0);
        v.shrink_to_fit();
        c.eq("vec len", v.len(), 100);

        let zoo: Vec<Box<dyn Animal>> =
            alloc::vec![Box::new(Dog { name: "rex" }), Box::new(Bird { wings: 2 }), Box::new(Dog { name: "fido" })];
        c.eq("legs", zoo.iter().map(|a| a.legs()).sum::<u32>(), 10);
        let names: Vec<String> = zoo.iter().map(|a| a.name()).collect();
        c.eq("names", names.join(", ").as_str(), "dog rex, bird with 2 wings, dog fido");
        c.check("box in heap", in_heap(&*zoo[1] as *const dyn Animal as *const u8));

        let s = format!("{}-{:04}-{:.2}-{:?}", "id", bb(42), bb(2.5f32), bb(Some("x")));
        c.eq("format!", s.as_str(), "id-0042-2.50-Some(\"x\")");
        let mut t = String::new();
        for i in 0..bb(50) {
            t.push_str(&i.to_string());
        }
        c.eq("string len", t.len(), 10 + 40 * 2);
        c.check("string in heap", in_heap(t.as_ptr()));

        let mut m = BTreeMap::new();
        for w in "the quick brown fox jumps over the lazy dog the end".split(' ') {
            *m.entry(w).or_insert(0u32) += 1;
        }
        c.eq("btreemap the", m["the"], 3);
        c.eq("btreemap keys", m.keys().copied().collect::<Vec<_>>().concat().as_str(), "browndogendfoxjumpslazyoverquickthe");
        let used = free_at_start - rrld_rt::heap::free_bytes();
        rrld_rt::println!("alloc: heap {:#x}..{:#x}, {} bytes in use before the drops", start, end, used);
    }
    c.eq("all free again", rrld_rt::heap::free_bytes(), free_at_start);
    c.finish()
}
