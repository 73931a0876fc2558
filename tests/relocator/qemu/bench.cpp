// Bare-metal speed measurement of the relocator on a Cortex-M4 (QEMU
// mps2-an386, run with -icount shift=0 so time counts instructions).  Times
// rrld_load and rrld_verify on the images from gen_bench, a plain copy of the
// same RW size, and a calibration loop of known length; checks every loaded
// word; prints "name ticks" lines over semihosting.  run_bench.cmake turns
// them into instructions.
#include <stdint.h>

#include "rrld/relocator.h"
#include "semihost.h"

// Sizes, so that the same program fits a Cortex-M0 board with 16 KiB of RAM.
#ifndef BENCH_RW_WORDS
#define BENCH_RW_WORDS 4096 // must match gen_bench's argument
#endif
#ifndef BENCH_WIPE
#define BENCH_WIPE 1 // the board's flash is writable: wipe the original relocator
#endif

extern const uint32_t bench_rw_words;
extern const uint8_t bench_none[], bench_sparse[], bench_quarter[], bench_dense[], bench_ro_big[];
extern const uint32_t bench_none_len, bench_sparse_len, bench_quarter_len, bench_dense_len,
    bench_ro_big_len;

// External linkage, and read back below: the copy must not be optimised away.
alignas(4) uint32_t g_copy[BENCH_RW_WORDS];

namespace {

alignas(8) uint8_t g_ram[BENCH_RW_WORDS * 4 + 1024];
bool g_ok = true;

volatile uint32_t *const kSystCsr = reinterpret_cast<uint32_t *>(0xE000E010);
volatile uint32_t *const kSystRvr = reinterpret_cast<uint32_t *>(0xE000E014);
volatile uint32_t *const kSystCvr = reinterpret_cast<uint32_t *>(0xE000E018);


void print_line(const char *name, uint32_t v) {
  // Decimal without division (Cortex-M0 has none).
  char buf[16];
  char *p = buf;
  bool started = false;
  static const uint32_t kPowers[] = {1000000000u, 100000000u, 10000000u, 1000000u, 100000u,
                                     10000u,      1000u,      100u,      10u,      1u};
  for (uint32_t pow : kPowers) {
    char d = '0';
    while (v >= pow) {
      v -= pow;
      ++d;
    }
    if (d != '0' || started || pow == 1) {
      *p++ = d;
      started = true;
    }
  }
  *p++ = '\n';
  *p = 0;
  print(name);
  print(" ");
  print(buf);
}

// SysTick runs free from boot (24 bits, counting down); a measurement is the
// difference of two reads.
void systick_init() {
  *kSystCsr = 0;
  *kSystRvr = 0xFFFFFF;
  *kSystCvr = 0;
  *kSystCsr = 5; // enable, processor clock
}
uint32_t start() { return *kSystCvr; }
uint32_t stop(uint32_t t0) { return (t0 - *kSystCvr) & 0xFFFFFF; }

__attribute__((noinline)) void calibrate(uint32_t n) {
  __asm__ volatile("1: subs %0, %0, #1\n bne 1b" : "+r"(n) : : "cc");
}

// A plain word copy, the baseline the load is compared with.
__attribute__((noinline)) void copy_words(uint32_t *dst, const uint32_t *src, uint32_t n) {
  for (uint32_t i = 0; i != n; ++i)
    dst[i] = src[i];
}


// verified: the kernel ran rrld_verify on the image at install
// (rrld_load_args.verified), and this is a later load; otherwise the
// whole check, rrld_verify (its CRC) then rrld_load, both timed.
void time_load(const char *name, const uint8_t *image, uint32_t len, bool verified = false) {
  rrld_load_args a{image, len, uint32_t(reinterpret_cast<uintptr_t>(image)), g_ram, sizeof g_ram,
                   0x20100000u, RRLD_VERIFIED};
  rrld_load_result r;
  uint32_t t0 = start();
  rrld_status st = verified ? RRLD_OK : rrld_verify(image, len);
  if (st == RRLD_OK)
    st = rrld_load(&a, &r);
  uint32_t t = stop(t0);
  print_line(name, t);
  if (st != RRLD_OK) {
    print_line("load_failed", st);
    g_ok = false;
    return;
  }
  // Check every word against gen_bench's pattern.
  const uint32_t ro_link = 0x00010000u, rw_link = 0x20000000u;
  const uint32_t ro_delta = a.ro_addr - ro_link, rw_delta = r.static_base - rw_link;
  const uint32_t *init = reinterpret_cast<const uint32_t *>(image + *reinterpret_cast<const uint32_t *>(image + 24));
  const uint32_t *rw = reinterpret_cast<const uint32_t *>(g_ram + (r.static_base - a.ram_addr));
  for (uint32_t i = 0; i < bench_rw_words; ++i) {
    uint32_t v = init[i], want = v;
    if (v - ro_link < 0x100000u)
      want = v + ro_delta;
    else if (v - rw_link < 0x100000u)
      want = v + rw_delta;
    if (rw[i] != want) {
      print_line("bad_word", i);
      g_ok = false;
      return;
    }
  }
}

void time_verify(const char *name, const uint8_t *image, uint32_t len) {
  uint32_t t0 = start();
  rrld_status st = rrld_verify(image, len);
  print_line(name, stop(t0));
  if (st != RRLD_OK) {
    print_line("verify_failed", st);
    g_ok = false;
  }
}

// Position independence, shown: copy the relocator's code and read-only data
// to RAM at another address, wipe the original (this "flash" is writable in
// QEMU) with UDF instructions, and call rrld_self_relocate in the copy.  Any
// absolute reference back to the linked copy would fault or misbehave.
extern "C" uint8_t __rrld_start[], __rrld_end[];
alignas(16) uint8_t g_code[2048 + 16];

void self_relocate_moved() {
  const uint32_t n = uint32_t(__rrld_end - __rrld_start);
  if (n > 2048) {
    print_line("relocator_too_big", n);
    g_ok = false;
    return;
  }
  uint8_t *moved = g_code + 12; // not the original alignment either
  for (uint32_t i = 0; i < n; ++i)
    moved[i] = __rrld_start[i];
  uint32_t fn = uint32_t(reinterpret_cast<uintptr_t>(&rrld_self_relocate));
  uint32_t fn_off = (fn & ~1u) - uint32_t(reinterpret_cast<uintptr_t>(__rrld_start));
#if BENCH_WIPE
  for (uint32_t i = 0; i + 1 < n; i += 2) { // UDF #0xff
    __rrld_start[i] = 0xff;
    __rrld_start[i + 1] = 0xde;
  }
  __asm__ volatile("dsb\n isb" ::: "memory");
  if (n < 2 || *reinterpret_cast<volatile uint8_t *>(__rrld_start + 1) != 0xde) {
    print("original relocator not wiped: the test proves nothing\n");
    g_ok = false;
  }
#endif
  using Fn = rrld_status (*)(uint32_t, uint32_t, uint32_t, rrld_load_result *);
  Fn moved_fn = reinterpret_cast<Fn>(reinterpret_cast<uintptr_t>(moved + fn_off) | 1u);
  for (uint32_t i = 0; i < sizeof g_ram; ++i)
    g_ram[i] = 0xEE;
  const uint32_t flash_start = uint32_t(reinterpret_cast<uintptr_t>(bench_sparse));
  const uint32_t ram_start = uint32_t(reinterpret_cast<uintptr_t>(g_ram));
  rrld_load_result r;
  rrld_status st = moved_fn(flash_start, ram_start, sizeof g_ram, &r);
  print_line("self_relocate_moved", st);
  const uint32_t *init = reinterpret_cast<const uint32_t *>(bench_sparse + *reinterpret_cast<const uint32_t *>(bench_sparse + 24));
  const uint32_t *rw = reinterpret_cast<const uint32_t *>(g_ram + (r.static_base - ram_start));
  // Word 0 is an RW->RO pointer, word 16 an RW->RW pointer (gen_bench).
  if (st != RRLD_OK || rw[0] != init[0] - 0x00010000u + flash_start ||
      rw[16] != init[16] - 0x20000000u + r.static_base || rw[1] != init[1] ||
      r.entry != flash_start + 97) {
    print("self_relocate_moved FAIL\n");
    g_ok = false;
  }
  // A broken image still fails cleanly from the moved copy.
  st = moved_fn(flash_start + 4, ram_start, sizeof g_ram, &r);
  if (st == RRLD_OK || r.entry != 0)
    g_ok = false;
}

} // namespace

extern "C" [[noreturn]] void bench_main() {
  systick_init();
  calibrate(1000); // let the counter start
  uint32_t t0 = start();
  print_line("empty", stop(t0));
  t0 = start();
  calibrate(1000000); // 2,000,000 instructions
  print_line("calibrate_2000000", stop(t0));
  t0 = start();
  const uint32_t *copy_src = reinterpret_cast<const uint32_t *>(bench_none + 96 + 1024);
  copy_words(g_copy, copy_src, bench_rw_words);
  print_line("copy", stop(t0));
  for (uint32_t i = 0; i < bench_rw_words; ++i)
    if (g_copy[i] != copy_src[i])
      g_ok = false;
  time_load("load_none", bench_none, bench_none_len);
  time_load("load_sparse", bench_sparse, bench_sparse_len);
  time_load("load_quarter", bench_quarter, bench_quarter_len);
  time_load("load_dense", bench_dense, bench_dense_len);
  time_load("loadv_none", bench_none, bench_none_len, true);
  time_load("loadv_sparse", bench_sparse, bench_sparse_len, true);
  time_load("loadv_quarter", bench_quarter, bench_quarter_len, true);
  time_load("loadv_dense", bench_dense, bench_dense_len, true);
  time_verify("verify_none", bench_none, bench_none_len);
  time_verify("verify_sparse", bench_sparse, bench_sparse_len);
  time_verify("verify_quarter", bench_quarter, bench_quarter_len);
  time_verify("verify_dense", bench_dense, bench_dense_len);
  time_verify("verify_ro_big", bench_ro_big, bench_ro_big_len);
  print_line("len_none", bench_none_len);
  print_line("len_sparse", bench_sparse_len);
  print_line("len_quarter", bench_quarter_len);
  print_line("len_dense", bench_dense_len);
  print_line("len_ro_big", bench_ro_big_len);
  print_line("rw_words", bench_rw_words);
  self_relocate_moved();
  print(g_ok ? "result ok\n" : "result FAIL\n");
  semihost_exit();
}

// Vector table: initial SP, reset.
extern "C" uint32_t __stack_top;
extern "C" [[noreturn]] void reset_handler() { bench_main(); }
__attribute__((section(".vectors"), used)) const void *const g_vectors[2] = {
    &__stack_top, reinterpret_cast<const void *>(&reset_handler)};
