/*
 * Everything relocation can break in C: const and non-const function-pointer
 * tables, string tables, pointers into .data and .bss, one-past-the-end
 * pointers, pointers to pointers, structs of pointers, pointer tables to
 * RAM filled at run time, a switch table.  rrld_test_compute() returns a
 * checksum that must not depend on addresses (the host computes it too).
 */
#include <stddef.h>

typedef int (*op_fn)(int, int);
static int op_add(int a, int b) { return a + b; }
static int op_sub(int a, int b) { return a - b; }
static int op_mul(int a, int b) { return a * b; }
static int op_xor(int a, int b) { return a ^ b; }

/* RO words pointing into RO: the RO->RO table, patched for the flash slot. */
static const op_fn const_ops[] = {op_add, op_sub, op_mul, op_xor};
static const char *const const_names[] = {"add", "sub", "mul", "xor"};
static const char *const *const names_of_names[] = {const_names, const_names + 2};

/* RW words pointing into RO (RW->RO).  Not static: a static the compiler
   sees is never written would be made read-only and land in RO. */
op_fn ops[] = {op_xor, op_mul, op_sub, op_add};
const char *names[] = {"xor", "mul", "sub", "add"};

/* RW words pointing into RW and .bss (RW->RW). */
static int counters[8] = {1, 2, 3, 4, 5, 6, 7, 8};
static int scratch[16];
int *counter_ptrs[] = {&counters[0], &counters[7], &scratch[3]};
int *counters_end = counters + 8; /* one past the end of .data */
int *scratch_end = &scratch[16];  /* one past the end of .bss */
int **ptr_to_ptrs = counter_ptrs;

struct entry {
  const char *key;
  int (*fn)(int, int);
  int *slot;
};
struct entry entries[] = {
    {"alpha", op_add, &counters[1]},
    {"beta", op_mul, &scratch[0]},
    {"gamma", op_xor, &counters[2]},
};

/* A table of RAM pointers written at run time (no relocation at all). */
int *runtime_ptrs[4];

static unsigned hash(const char *s) {
  unsigned h = 2166136261u;
  while (*s)
    h = (h ^ (unsigned char)*s++) * 16777619u;
  return h;
}

static int classify(int v) {
  switch (v & 7) { /* dense enough for a jump or lookup table */
  case 0: return 11;
  case 1: return 23;
  case 2: return 37;
  case 3: return 41;
  case 4: return 53;
  case 5: return 67;
  case 6: return 71;
  default: return 89;
  }
}

static unsigned dispatch(int v, unsigned acc) {
  switch (v % 9) { /* a jump table to code */
  case 0: return acc * 3 + 1;
  case 1: return acc ^ 0x5a5a5a5au;
  case 2: return acc + 12345;
  case 3: return (acc << 3) | (acc >> 29);
  case 4: return acc - 777;
  case 5: return acc * 2654435761u;
  case 6: return ~acc;
  case 7: return acc + hash("seven");
  default: return acc / 3;
  }
}

unsigned rrld_test_compute(void) {
  unsigned acc = 0;
  for (int i = 0; i < 4; ++i) {
    acc = acc * 31 + (unsigned)const_ops[i](i + 7, 3) + hash(const_names[i]);
    acc = acc * 31 + (unsigned)ops[i](i + 5, 2) + hash(names[i]);
  }
  acc += hash(names_of_names[1][1]);
  for (int *p = counters; p != counters_end; ++p)
    acc = acc * 7 + (unsigned)*p;
  for (int *p = scratch; p != scratch_end; ++p)
    *p = (int)(p - scratch);
  for (size_t i = 0; i < sizeof entries / sizeof entries[0]; ++i) {
    *entries[i].slot = entries[i].fn(*entries[i].slot + 1, 3);
    acc = acc * 13 + hash(entries[i].key) + (unsigned)*entries[i].slot;
  }
  acc += (unsigned)*ptr_to_ptrs[0] + (unsigned)*ptr_to_ptrs[1] + (unsigned)*ptr_to_ptrs[2];
  for (int i = 0; i < 4; ++i)
    runtime_ptrs[i] = &scratch[i * 4 + 1];
  for (int i = 0; i < 4; ++i)
    acc = acc * 5 + (unsigned)*runtime_ptrs[i];
  for (int i = 0; i < 32; ++i)
    acc = acc * 3 + (unsigned)classify(i * 5 + 1);
  for (int i = 0; i < 40; ++i)
    acc = dispatch(i * 7 + 3, acc);
  return acc;
}
