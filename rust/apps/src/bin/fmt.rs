//! Integer and float formatting through core::fmt: the digit tables, the
//! float algorithms (Grisu with the Dragon fallback) and their constant
//! tables all live in flash and are reached PC-relative.
#![no_std]
#![no_main]

use core::hint::black_box as bb;
use rrld_rust_apps::{check_fmt, Checker};

rrld_rt::entry!(main);

fn main() -> i32 {
    // The line tests/rust/run-app.sh looks for: `{}` of 256 prints 256.
    rrld_rt::println!("fmt: {{}} of 256 prints {}", bb(256));
    let mut c = Checker::new("fmt");

    // Integers.
    check_fmt!(c, "256", "{}", bb(256u32));
    check_fmt!(c, "-12345", "{}", bb(-12345i32));
    check_fmt!(c, "0", "{}", bb(0u8));
    check_fmt!(c, "255 -128", "{} {}", bb(255u8), bb(-128i8));
    check_fmt!(c, "65535", "{}", bb(u16::MAX));
    check_fmt!(c, "4294967295", "{}", bb(u32::MAX));
    check_fmt!(c, "18446744073709551615", "{}", bb(u64::MAX));
    check_fmt!(c, "-9223372036854775808", "{}", bb(i64::MIN));
    check_fmt!(c, "1267650600228229401496703205376", "{}", bb(1u128 << 100));
    check_fmt!(c, "deadbeef", "{:x}", bb(0xdead_beefu32));
    check_fmt!(c, "0x0000BEEF", "{:#010X}", bb(0xbeefu32));
    check_fmt!(c, "101 0o17 0b1111", "{:b} {:#o} {:#b}", bb(5u8), bb(15u8), bb(15u8));
    check_fmt!(c, "    42|42    |  42  |+42", "{:>6}|{:<6}|{:^6}|{:+}", bb(42), bb(42), bb(42), bb(42));
    check_fmt!(c, "000042 -0042", "{:06} {:05}", bb(42), bb(-42));
    check_fmt!(c, "1000000", "{}", bb(1000) * bb(1000));
    check_fmt!(c, "123456789012", "{}", bb(123_456_789_012u64));
    check_fmt!(c, "12345678", "{}", bb(123_456_789_012u64) / bb(10_000));

    // Floats.
    check_fmt!(c, "1.5", "{}", bb(1.5f32));
    check_fmt!(c, "0.30000000000000004", "{}", bb(0.1f64) + bb(0.2f64));
    check_fmt!(c, "0.3", "{}", bb(0.1f32) + bb(0.2f32));
    check_fmt!(c, "3.142", "{:.3}", bb(core::f64::consts::PI));
    check_fmt!(c, "3.1415927", "{}", bb(core::f32::consts::PI));
    check_fmt!(c, "1.2345e3", "{:e}", bb(1234.5f64));
    check_fmt!(c, "-0", "{}", bb(-0.0f64));
    check_fmt!(c, "inf -inf NaN", "{} {} {}", bb(f64::INFINITY), bb(f32::NEG_INFINITY), bb(f64::NAN));
    check_fmt!(c, "    0.67", "{:8.2}", bb(2.0f64) / bb(3.0f64));
    check_fmt!(c, "1000000000000000000000", "{}", bb(1e21f64));
    check_fmt!(c, "0.0000001", "{}", bb(1e-7f32));
    check_fmt!(c, "1.7976931348623157e308", "{:e}", bb(f64::MAX));
    check_fmt!(c, "5e-324", "{:e}", bb(5e-324f64));
    check_fmt!(c, "-2.50", "{:.2}", bb(-2.5f64));
    check_fmt!(c, "256.0", "{:?}", bb(256.0f32));

    // Debug, strings, chars.
    check_fmt!(c, "\"a\\\"b\\n\"", "{:?}", bb("a\"b\n"));
    check_fmt!(c, "Some(3) None", "{:?} {:?}", bb(Some(3)), bb(None::<u8>));
    check_fmt!(c, "(1, \"x\", 2.5, 'é')", "{:?}", bb((1, "x", 2.5, 'é')));
    check_fmt!(c, "[1, 2, 3]", "{:?}", bb([1u16, 2, 3]));
    check_fmt!(c, "ab   |   cd", "{:<5}|{:>5}", bb("ab"), bb("cd"));
    check_fmt!(c, "Point { x: 1, y: -2 }", "{:?}", bb(Point { x: 1, y: -2 }));
    check_fmt!(c, "Point {\n    x: 1,\n    y: -2,\n}", "{:#?}", bb(Point { x: 1, y: -2 }));
    c.finish()
}

#[derive(Debug)]
#[allow(dead_code)] // read through Debug only
struct Point {
    x: i32,
    y: i32,
}
