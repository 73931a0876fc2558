/*
 * Read-only data that cannot stay in flash as linked, which rrld fixes by
 * moving it to RW (docs/manual.md, "Read-only data that holds addresses"):
 *   1. const words holding RAM addresses (int *const p = &counter);
 *   2. const data reached through r9 (what rustc does for core::fmt's digit
 *      table, rust-lang/rust#95871), here by an SB-relative literal, and
 *      PC-relative too, from the same code;
 *   3. const words holding flash addresses (function and string tables),
 *      patched in flash under --rrld-ro-relocs=patch, moved under =ram.
 * rrld_test_compute() returns a checksum that must not depend on addresses
 * (the host computes it too).
 */
#include <stddef.h>

/* 1. RAM addresses in const data: also reached through an extern
   declaration, so the compiler cannot fold the loads away. */
int counter = 7;
int bucket[4] = {1, 2, 3, 4};
static int zeroed[8];
int *const counter_ptr = &counter;
int *const ram_ptrs[] = {&counter, &bucket[1], &bucket[3], &zeroed[2], zeroed + 8};
struct slot {
  const char *name; /* flash */
  int *value;       /* RAM */
};
const struct slot slots[] = {{"counter", &counter}, {"bucket", bucket}, {"zeroed", &zeroed[5]}};
int *const *const ptr_to_ram_ptrs = ram_ptrs; /* a const pointer to moved data */

/* 2. A table read through r9 and PC-relative. */
extern const unsigned char digits_lut[41]; /* external linkage in C++ too: asm names it */
const unsigned char digits_lut[41] = "0001020304050607080910111213141516171819";

static const unsigned char *lut_via_r9(void) {
#if defined(__arm__)
  const unsigned char *p;
  __asm__ volatile("ldr %0, 1f\n\t"
                   "add %0, r9\n\t"
                   "b 2f\n\t"
                   ".p2align 2\n"
                   "1: .word digits_lut(sbrel)\n"
                   "2:"
                   : "=l"(p));
  return p;
#else
  return digits_lut;
#endif
}

/* 3. Flash addresses in const data. */
typedef unsigned (*op_fn)(unsigned, unsigned);
static unsigned op_add(unsigned a, unsigned b) { return a + b; }
static unsigned op_rot(unsigned a, unsigned b) { return (a << (b & 31)) | (a >> ((32 - b) & 31)); }
static unsigned op_xor(unsigned a, unsigned b) { return a ^ (b * 2654435761u); }
const op_fn ops[] = {op_add, op_rot, op_xor};
const char *const words[] = {"alpha", "beta", "gamma", "delta"};
const char *const *const word_ends[] = {words + 1, words + 4};

static unsigned hash(const char *s) {
  unsigned h = 2166136261u;
  while (*s)
    h = (h ^ (unsigned char)*s++) * 16777619u;
  return h;
}

/* Opaque indices: the compiler must read the tables. */
volatile int zero = 0;

unsigned rrld_test_compute(void) {
  unsigned acc = 0;
  *counter_ptr += 1;
  acc = acc * 31 + (unsigned)counter;
  for (size_t i = zero; i < sizeof ram_ptrs / sizeof ram_ptrs[0] - 1; ++i) {
    *ram_ptrs[i] += (int)i + 1;
    acc = acc * 31 + (unsigned)*ram_ptrs[i];
  }
  acc += (unsigned)(ram_ptrs[4] - &zeroed[zero]); /* one past the end of .bss */
  for (size_t i = zero; i < sizeof slots / sizeof slots[0]; ++i)
    acc = acc * 17 + hash(slots[i].name) + (unsigned)*slots[i].value;
  acc += (unsigned)*ptr_to_ram_ptrs[1 + zero];

  const unsigned char *sb = lut_via_r9();
  for (int i = zero; i < 40; ++i)
    acc = acc * 3 + (unsigned)(sb[i] - '0') + (unsigned)digits_lut[39 - i];
  acc += sb == digits_lut ? 1000 : 0; /* both reach the same bytes */

  for (int i = zero, k = 0; i < 9; ++i, k = k == 2 ? 0 : k + 1) /* no division on M0 */
    acc = ops[k](acc, (unsigned)i + 3);
  for (const char *const *w = words + zero; w != word_ends[1]; ++w)
    acc = acc * 13 + hash(*w);
  acc += hash(*word_ends[0]);
  return acc;
}
