/*
 * Relocator speed on real images, Cortex-M4 (QEMU mps2-an386 with
 * -icount shift=0, so SysTick time counts instructions).  For each image
 * scripts/bench.sh embeds (bench/rrbench.py fwgen), it times:
 *
 *   load, verify        rrld_load / rrld_verify of the image
 *   loadv               rrld_load with verified = RRLD_VERIFIED (the image
 *                       was verified at install time), when the relocator
 *                       has that option
 *   load_nt, verify_nt, the same image without relocation tables
 *   loadv_nt
 *   copy                a plain word copy of its RW initial data and
 *                       zeroing of its .bss: the least any loader does
 *   crt0                libtock-c's start-up relocation (libtock_crt0.c)
 *                       on the same RW data and relocations
 *
 * and checks that the crt0 loop and rrld_load produce identical RAM.  SysTick
 * ticks every few instructions, so each measurement repeats the call until
 * it spans at least ~20000 ticks; "calibrate" (a loop of exactly 2,000,000
 * instructions) and "noop" (4096 calls of an empty function) let
 * rrbench.py turn ticks into instructions per call.  Output, over
 * semihosting: "NAME REPS TICKS" lines, "check IMAGE ok|BAD", "result ok".
 */
#include <stdint.h>

#include "rrld/relocator.h"

struct bench_image {
  const char *name;
  uint8_t *img;
  uint32_t img_len;
  uint8_t *notab;
  uint32_t notab_len;
  const void *lt; /* struct lt_hdr, libtock_crt0.c */
};
extern const struct bench_image bench_images[];
extern const uint32_t bench_image_count;

void lt_crt0(const void *hdr, uint32_t app_start, uint32_t mem_start);

#define RAM_ADDR 0x20100000u
#define RAM_LEN 0x00100000u
#define CHECK_ADDR 0x20200000u
#define MIN_TICKS 20000u

static int g_ok = 1;

static uint32_t semihost(uint32_t op, const void *arg) {
  register uint32_t r0 __asm__("r0") = op;
  register const void *r1 __asm__("r1") = arg;
  __asm__ volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
  return r0;
}
static void print(const char *s) { semihost(0x04, s); }
static void print_u(uint32_t v) {
  char buf[12];
  char *p = buf + sizeof buf;
  *--p = 0;
  do {
    *--p = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  print(p);
}
static void print_line(const char *image, const char *name, uint32_t reps, uint32_t ticks) {
  if (image) {
    print(image);
    print(".");
  }
  print(name);
  print(" ");
  print_u(reps);
  print(" ");
  print_u(ticks);
  print("\n");
}

/* SysTick runs free (24 bits, counting down). */
#define SYST_CSR (*(volatile uint32_t *)0xE000E010u)
#define SYST_RVR (*(volatile uint32_t *)0xE000E014u)
#define SYST_CVR (*(volatile uint32_t *)0xE000E018u)
static uint32_t t_start(void) { return SYST_CVR; }
static uint32_t t_stop(uint32_t t0) { return (t0 - SYST_CVR) & 0xFFFFFFu; }

__attribute__((noinline)) static void calibrate(uint32_t n) {
  __asm__ volatile("1: subs %0, %0, #1\n bne 1b" : "+r"(n) : : "cc");
}

/* The copy baseline, also what lt_crt0 copies and zeroes with. */
__attribute__((noinline)) void bench_copy(void *dst, const void *src, uint32_t bytes) {
  uint32_t *d = dst;
  const uint32_t *s = src;
  for (uint32_t i = 0; i != bytes / 4; ++i)
    d[i] = s[i];
}
__attribute__((noinline)) void bench_zero(void *dst, uint32_t bytes) {
  uint32_t *d = dst;
  for (uint32_t i = 0; i != bytes / 4; ++i)
    d[i] = 0;
}

static uint32_t rd32(const uint8_t *p, uint32_t off) { return *(const uint32_t *)(p + off); }

/* One measured operation on one image; returns nonzero on failure. */
typedef int (*op_fn)(const struct bench_image *b);
static uint32_t g_rw_addr;

__attribute__((noinline)) static int op_noop(const struct bench_image *b) {
  __asm__ volatile("" : : "r"(b) : "memory");
  return 0;
}
/* verified: a load of an image the kernel verified at install; otherwise
 * the whole check, rrld_verify (its CRC over the image) then rrld_load. */
static int load(uint8_t *img, uint32_t len, uint32_t verified) {
  rrld_load_args a = {.image = img, .image_len = len, .ro_addr = (uint32_t)img,
                      .ram = (uint8_t *)RAM_ADDR, .ram_len = RAM_LEN, .ram_addr = RAM_ADDR,
                      .verified = RRLD_VERIFIED};
  rrld_load_result r = {0, 0, 0, 0};
  rrld_status st = verified ? RRLD_OK : rrld_verify(img, len);
  if (st == RRLD_OK)
    st = rrld_load(&a, &r);
  g_rw_addr = r.static_base;
  return st != RRLD_OK;
}
__attribute__((noinline)) static int op_load(const struct bench_image *b) {
  return load(b->img, b->img_len, 0);
}
__attribute__((noinline)) static int op_load_nt(const struct bench_image *b) {
  return load(b->notab, b->notab_len, 0);
}
#ifdef RRLD_VERIFIED
/* The load of an image the kernel verified at install time: every check but
 * the integrity check. */
__attribute__((noinline)) static int op_loadv(const struct bench_image *b) {
  return load(b->img, b->img_len, RRLD_VERIFIED);
}
__attribute__((noinline)) static int op_loadv_nt(const struct bench_image *b) {
  return load(b->notab, b->notab_len, RRLD_VERIFIED);
}
#endif
__attribute__((noinline)) static int op_verify(const struct bench_image *b) {
  return rrld_verify(b->img, b->img_len) != RRLD_OK;
}
__attribute__((noinline)) static int op_verify_nt(const struct bench_image *b) {
  return rrld_verify(b->notab, b->notab_len) != RRLD_OK;
}
__attribute__((noinline)) static int op_copy(const struct bench_image *b) {
  uint32_t init = rd32(b->img, RRLD_OFF_RW_INIT_SIZE), zero = rd32(b->img, RRLD_OFF_RW_ZERO_SIZE);
  bench_copy((void *)g_rw_addr, b->img + rd32(b->img, RRLD_OFF_RO_SIZE), init);
  bench_zero((void *)(g_rw_addr + init), zero);
  return 0;
}
__attribute__((noinline)) static int op_crt0(const struct bench_image *b) {
  lt_crt0(b->lt, (uint32_t)b->img, g_rw_addr);
  return 0;
}

/* Ticks of REPS calls of OP, the same loop for every operation and for the
 * empty one that measures the loop's own cost. */
__attribute__((noinline)) static uint32_t run(op_fn op, const struct bench_image *b, uint32_t reps,
                                              int *bad) {
  uint32_t t0 = t_start();
  for (uint32_t i = 0; i < reps; ++i)
    *bad |= op(b);
  return t_stop(t0);
}

static void measure(const struct bench_image *b, const char *name, op_fn op) {
  int bad = 0;
  uint32_t reps = 1;
  uint32_t t = run(op, b, reps, &bad);
  if (t < MIN_TICKS) {
    reps = MIN_TICKS / (t ? t : 1) + 1;
    if (reps > 4096)
      reps = 4096;
    t = run(op, b, reps, &bad);
  }
  if (bad) {
    print(name);
    print(": FAILED\n");
    g_ok = 0;
  }
  print_line(b ? b->name : 0, name, reps, t);
}

static void bench_image(const struct bench_image *b) {
  uint32_t rw_bytes = rd32(b->img, RRLD_OFF_RW_INIT_SIZE) + rd32(b->img, RRLD_OFF_RW_ZERO_SIZE);
  /* RO->RO words, if any, are patched once for where the image sits (this
   * "flash" is writable), as a kernel does at install time. */
  if (rrld_patch_ro_in_place(b->img, b->img_len, (uint32_t)b->img) != RRLD_OK ||
      op_load(b)) {
    print(b->name);
    print(": patch or load failed\n");
    g_ok = 0;
    return;
  }
  /* The crt0 loop must leave RAM exactly as rrld_load does. */
  volatile uint32_t *rw = (volatile uint32_t *)g_rw_addr, *check = (volatile uint32_t *)CHECK_ADDR;
  for (uint32_t i = 0; i < rw_bytes / 4; ++i) {
    check[i] = rw[i];
    rw[i] = 0xEEEEEEEEu;
  }
  op_crt0(b);
  int same = 1;
  for (uint32_t i = 0; i < rw_bytes / 4; ++i)
    same &= rw[i] == check[i];
  print("check ");
  print(b->name);
  print(same ? " ok\n" : " BAD\n");
  g_ok &= same;

  measure(b, "load", op_load);
  measure(b, "verify", op_verify);
  measure(b, "load_nt", op_load_nt);
  measure(b, "verify_nt", op_verify_nt);
#ifdef RRLD_VERIFIED
  measure(b, "loadv", op_loadv);
  measure(b, "loadv_nt", op_loadv_nt);
#endif
  measure(b, "copy", op_copy);
  measure(b, "crt0", op_crt0);
}

__attribute__((noreturn)) void bench_main(void) {
  SYST_CSR = 0;
  SYST_RVR = 0xFFFFFF;
  SYST_CVR = 0;
  SYST_CSR = 5; /* enable, processor clock */
  calibrate(1000);
  uint32_t t0 = t_start();
  print_line(0, "empty", 1, t_stop(t0));
  t0 = t_start();
  calibrate(1000000); /* 2,000,000 instructions */
  print_line(0, "calibrate", 1, t_stop(t0));
  int bad = 0;
  print_line(0, "run1", 1, run(op_noop, 0, 1, &bad));
  print_line(0, "noop", 4096, run(op_noop, 0, 4096, &bad));
  for (uint32_t i = 0; i < bench_image_count; ++i)
    bench_image(&bench_images[i]);
  print(g_ok ? "result ok\n" : "result FAIL\n");
  semihost(0x18, (const void *)0x20026); /* ADP_Stopped_ApplicationExit */
  for (;;) {
  }
}

extern uint32_t __stack_top;
__attribute__((noreturn)) void reset_handler(void) { bench_main(); }
__attribute__((section(".vectors"), used)) static const void *const g_vectors[2] = {
    &__stack_top, (const void *)&reset_handler};
