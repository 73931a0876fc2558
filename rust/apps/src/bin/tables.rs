//! Read-only tables of pointers into flash: static arrays of `&dyn Trait`
//! (object and vtable pointers), `&'static str` tables, function-pointer
//! tables and slices of structs holding references.  Every pointer word is
//! an absolute address in flash: rrld lists them in the RO->RO table, which
//! the kernel (or the flashing tool) applies once per flash placement.
//! Writable copies of the same tables exercise RW->RO.
#![no_std]
#![no_main]

use core::hint::black_box as bb;
use rrld_rust_apps::{check_fmt, Checker};

rrld_rt::entry!(main);

trait Shape: Sync {
    fn area(&self) -> u32;
    fn name(&self) -> &'static str;
    fn sides(&self) -> u32 {
        4
    }
}

struct Square(u32);
struct Rect {
    w: u32,
    h: u32,
}
struct Triangle {
    base: u32,
    height: u32,
}

impl Shape for Square {
    fn area(&self) -> u32 {
        self.0 * self.0
    }
    fn name(&self) -> &'static str {
        "square"
    }
}
impl Shape for Rect {
    fn area(&self) -> u32 {
        self.w * self.h
    }
    fn name(&self) -> &'static str {
        "rect"
    }
}
impl Shape for Triangle {
    fn area(&self) -> u32 {
        self.base * self.height / 2
    }
    fn name(&self) -> &'static str {
        "triangle"
    }
    fn sides(&self) -> u32 {
        3
    }
}

static SQUARE: Square = Square(3);
// A static array of trait objects: each entry is a (data, vtable) pair of
// flash pointers, the vtables themselves hold flash function pointers.
static SHAPES: [&dyn Shape; 4] =
    [&SQUARE, &Rect { w: 4, h: 5 }, &Triangle { base: 6, height: 7 }, &Square(10)];
// The same through a slice reference (a pointer to an anonymous array).
static SHAPE_SLICE: &[&dyn Shape] = &[&Rect { w: 1, h: 2 }, &Triangle { base: 2, height: 2 }];

static NUMBERS: [&str; 5] = ["zero", "one", "two", "three", "four"];
static GREEK: &[&str] = &["alpha", "beta", "gamma"];
const MONTHS: [&str; 3] = ["jan", "feb", "mar"]; // a const: copied where used

fn add(a: i32, b: i32) -> i32 {
    a + b
}
fn sub(a: i32, b: i32) -> i32 {
    a - b
}
fn mul(a: i32, b: i32) -> i32 {
    a * b
}
fn max(a: i32, b: i32) -> i32 {
    a.max(b)
}

static OPS: [(&str, fn(i32, i32) -> i32); 4] = [("add", add), ("sub", sub), ("mul", mul), ("max", max)];
static HANDLERS: [fn(u32) -> u32; 3] = [|x| x + 1, |x| x * 2, |x| x ^ 0xff];

// Slices of structs holding references, one referring to another.
struct Command {
    name: &'static str,
    args: &'static [u16],
    run: fn(&[u16]) -> u32,
    alias: Option<&'static Command>,
}
fn sum(a: &[u16]) -> u32 {
    a.iter().map(|&v| v as u32).sum()
}
fn count(a: &[u16]) -> u32 {
    a.len() as u32
}
static LIST: Command = Command { name: "list", args: &[1, 2, 3], run: sum, alias: None };
static COMMANDS: &[Command] = &[
    Command { name: "sum", args: &[10, 20, 30, 40], run: sum, alias: None },
    Command { name: "count", args: &[7, 7], run: count, alias: Some(&LIST) },
    Command { name: "ls", args: &[], run: count, alias: Some(&LIST) },
];

// Writable copies: the words live in RAM and point into flash (RW->RO).
static mut SHAPES_RW: [&dyn Shape; 2] = [&SQUARE, &Triangle { base: 4, height: 4 }];
static mut NAMES_RW: [&str; 2] = ["left", "right"];
static mut OPS_RW: [fn(i32, i32) -> i32; 2] = [add, mul];

fn main() -> i32 {
    let mut c = Checker::new("tables");

    let total: u32 = bb(&SHAPES).iter().map(|s| s.area()).sum();
    c.eq("shape areas", total, 9 + 20 + 21 + 100);
    let sides: u32 = bb(&SHAPES).iter().map(|s| s.sides()).sum();
    c.eq("shape sides", sides, 4 + 4 + 3 + 4);
    check_fmt!(c, "square rect triangle square", "{} {} {} {}", SHAPES[0].name(), SHAPES[1].name(),
               SHAPES[2].name(), bb(SHAPES[3]).name());
    let slice_area: u32 = bb(SHAPE_SLICE).iter().map(|s| s.area()).sum();
    c.eq("slice areas", slice_area, 2 + 2);
    c.check("same object", core::ptr::eq(SHAPES[0] as *const dyn Shape as *const u8, &SQUARE as *const Square as *const u8));

    let mut b = rrld_rust_apps::Buf::<64>::new();
    for (i, n) in bb(&NUMBERS).iter().enumerate() {
        if i > 0 {
            let _ = core::fmt::Write::write_str(&mut b, ",");
        }
        let _ = core::fmt::Write::write_str(&mut b, n);
    }
    c.eq("numbers", b.as_str(), "zero,one,two,three,four");
    c.eq("greek", bb(GREEK).concat_len(), 5 + 4 + 5);
    c.eq("months", bb(MONTHS)[bb(2)], "mar");

    let mut acc = 0;
    for (name, f) in bb(&OPS) {
        let r = f(bb(12), bb(5));
        acc = acc * 100 + r;
        c.check(name, !name.is_empty());
    }
    c.eq("ops", acc, 17_07_60_12);
    let h: u32 = bb(&HANDLERS).iter().fold(3, |x, f| f(x));
    c.eq("handlers", h, ((3 + 1) * 2) ^ 0xff);

    let mut out = 0;
    for cmd in bb(COMMANDS) {
        out = out * 1000 + (cmd.run)(cmd.args);
        if let Some(a) = cmd.alias {
            out += (a.run)(a.args) * 10_000;
        }
    }
    c.eq("commands", out, ((100 * 1000 + 2 + 60_000) * 1000) + 60_000);
    check_fmt!(c, "sum count ls -> list list", "{} {} {} -> {} {}", COMMANDS[0].name, COMMANDS[1].name,
               COMMANDS[2].name, COMMANDS[1].alias.unwrap().name, COMMANDS[2].alias.unwrap().name);

    // SAFETY: one thread; the app's own statics.
    unsafe {
        let s = &mut *core::ptr::addr_of_mut!(SHAPES_RW);
        c.eq("rw shapes", s[0].area() + s[1].area(), 9 + 8);
        s[0] = SHAPES[1];
        c.eq("rw shapes after store", bb(&*s)[0].area(), 20);
        let n = &mut *core::ptr::addr_of_mut!(NAMES_RW);
        check_fmt!(c, "left/right", "{}/{}", n[0], n[1]);
        n.swap(0, 1);
        check_fmt!(c, "right/left", "{}/{}", bb(&*n)[0], n[1]);
        let o = &*core::ptr::addr_of!(OPS_RW);
        c.eq("rw ops", o[0](2, 3) * 10 + o[1](2, 3), 56);
    }
    c.finish()
}

trait ConcatLen {
    fn concat_len(&self) -> usize;
}
impl ConcatLen for &[&str] {
    fn concat_len(&self) -> usize {
        self.iter().map(|s| s.len()).sum()
    }
}
