/*
 * Built with GCC the libtock-c way (-fPIC -msingle-pic-base -mpic-register=r9
 * -mno-pic-data-is-text-relative): every global is reached through a GOT slot
 * loaded from [r9, offset].  Pointer tables, strings, static data holding
 * pointers, .bss, one-past-the-end pointers, function pointers called
 * through the GOT; linked with clang-built objects (tests/programs/start.c).
 */
#include <stddef.h>

struct handler {
  const char *name;
  int (*fn)(int);
  int *counter;
};

static int calls[4];
static int twice(int x) { return 2 * x; }
static int square(int x) { return x * x; }
static int negate(int x) { return -x; }

static const char *const greetings[] = {"hello", "hallo", "bonjour"};
static struct handler handlers[] = {
    {"twice", twice, &calls[0]},
    {"square", square, &calls[1]},
    {"negate", negate, &calls[2]},
};
static int *const calls_end = calls + 4; /* one past the end of .bss */
char buffer[32];
char *cursor = buffer;

static void put(const char *s) {
  while (*s && cursor != buffer + sizeof buffer)
    *cursor++ = *s++;
}

int main(void) {
  unsigned acc = 0;
  for (size_t i = 0; i < sizeof handlers / sizeof handlers[0]; ++i) {
    struct handler *h = &handlers[i];
    *h->counter += 1;
    acc = acc * 31 + (unsigned)h->fn((int)i + 3) + (unsigned)h->name[0];
  }
  for (size_t i = 0; i < 3; ++i)
    put(greetings[i]);
  for (const char *p = buffer; p != cursor; ++p)
    acc = acc * 7 + (unsigned char)*p;
  for (int *p = calls; p != calls_end; ++p)
    acc += (unsigned)*p;
  return (int)(acc & 0x7fffffff);
}
