/*
 * Everything relocation can break in C: const and non-const function-pointer
 * tables, string tables, pointers into .data and .bss, one-past-the-end
 * pointers, pointers to pointers, structs of pointers, a switch table.
 * main() returns a checksum that the same source computes on the host.
 */
#include <stddef.h>

typedef int (*op_fn)(int, int);
static int op_add(int a, int b) { return a + b; }
static int op_sub(int a, int b) { return a - b; }
static int op_mul(int a, int b) { return a * b; }
static int op_xor(int a, int b) { return a ^ b; }

/* RO words pointing into RO (the RO->RO table). */
static const op_fn const_ops[] = {op_add, op_sub, op_mul, op_xor};
static const char *const const_names[] = {"add", "sub", "mul", "xor"};

/* RW words pointing into RO (RW->RO).  Not static: a static the compiler
   sees is never written would be made read-only (and land in RO). */
op_fn ops[] = {op_xor, op_mul, op_sub, op_add};
const char *names[] = {"xor", "mul", "sub", "add"};

/* RW words pointing into RW and .bss (RW->RW). */
static int counters[8] = {1, 2, 3, 4, 5, 6, 7, 8};
static int scratch[16];
int *counter_ptrs[] = {&counters[0], &counters[7], &scratch[3]};
int *counters_end = counters + 8; /* one past the end */
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

static unsigned hash(const char *s) {
  unsigned h = 2166136261u;
  while (*s)
    h = (h ^ (unsigned char)*s++) * 16777619u;
  return h;
}

static int classify(int v) {
  switch (v & 7) { /* dense enough for a jump table */
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

int main(void) {
  unsigned acc = 0;
  for (int i = 0; i < 4; ++i) {
    acc = acc * 31 + (unsigned)const_ops[i](i + 7, 3) + hash(const_names[i]);
    acc = acc * 31 + (unsigned)ops[i](i + 5, 2) + hash(names[i]);
  }
  for (int *p = counters; p != counters_end; ++p)
    acc = acc * 7 + (unsigned)*p;
  for (int *p = scratch; p != scratch_end; ++p)
    *p = (int)(p - scratch);
  for (size_t i = 0; i < sizeof entries / sizeof entries[0]; ++i) {
    *entries[i].slot = entries[i].fn(*entries[i].slot + 1, 3);
    acc = acc * 13 + hash(entries[i].key) + (unsigned)*entries[i].slot;
  }
  acc += (unsigned)*ptr_to_ptrs[0] + (unsigned)*ptr_to_ptrs[1] + (unsigned)*ptr_to_ptrs[2];
  for (int i = 0; i < 32; ++i)
    acc = acc * 3 + (unsigned)classify(i * 5 + 1);
  return (int)(acc & 0x7fffffff);
}
