/*
 * Large initialised .data (3 KiB the loader copies), with RW->RW pointers
 * into its middle and one past its end, a .bss buffer with pointers to it,
 * and a const descriptor table (RO->RO words to functions and strings).
 */
#define V(b, i) ((b) * 2654435761u + (i) * 40503u)
#define R4(b, i) V(b, i), V(b, i + 1), V(b, i + 2), V(b, i + 3)
#define R16(b, i) R4(b, i), R4(b, i + 4), R4(b, i + 8), R4(b, i + 12)
#define R64(b, i) R16(b, i), R16(b, i + 16), R16(b, i + 32), R16(b, i + 48)
#define R256(b, i) R64(b, i), R64(b, i + 64), R64(b, i + 128), R64(b, i + 192)

unsigned big[768] = {R256(1, 0), R256(2, 256), R256(3, 512)};
unsigned *big_mid = &big[384];
unsigned *big_end = big + 768; /* one past the end */
unsigned *marks[] = {&big[0], &big[100], &big[767], big + 768};

unsigned char buffer[1024]; /* .bss */
unsigned char *buffer_end = buffer + sizeof buffer;
unsigned char *cursor = buffer;

static unsigned mix(unsigned a, unsigned b) { return (a ^ b) * 0x9E3779B1u; }
static unsigned fold(unsigned a, unsigned b) { return a + (b >> 3) + (b << 5); }

struct step {
  const char *label;
  unsigned (*fn)(unsigned, unsigned);
};
static const struct step steps[] = {{"mix", mix}, {"fold", fold}, {"mix again", mix}};

unsigned rrld_test_compute(void) {
  unsigned acc = 0;
  for (const unsigned *p = big; p != big_end; ++p)
    acc = acc * 33 + *p;
  acc += *big_mid + (unsigned)(big_end - big_mid);
  for (int i = 0; i < 3; ++i)
    acc = acc * 7 + (unsigned)(marks[i + 1] - marks[i]);
  while (cursor != buffer_end) {
    *cursor = (unsigned char)(acc >> ((cursor - buffer) & 24));
    ++cursor;
  }
  for (unsigned i = 0; i < sizeof buffer; ++i)
    acc = acc * 3 + buffer[i];
  for (unsigned i = 0; i < sizeof steps / sizeof steps[0]; ++i) {
    acc = steps[i].fn(acc, i);
    for (const char *s = steps[i].label; *s; ++s)
      acc = acc * 5 + (unsigned char)*s;
  }
  return acc;
}
