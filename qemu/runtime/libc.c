/*
 * The few C library and run-time ABI functions that compiled code calls
 * without being asked: clang emits memcpy/memset/memmove for struct copies
 * and large initialisers, __aeabi_mem* under the Arm run-time ABI, and
 * __aeabi_[u]idiv[mod] for `/` and `%` on cores without a divide
 * instruction (ARMv6-M).  Built for apps (-fropi -frwpi) and for the kernel.
 *
 * Compiled with -ffreestanding -fno-builtin so that these loops are not
 * themselves turned back into calls to memcpy.
 */
#include <stddef.h>
#include <stdint.h>

void *memcpy(void *dst, const void *src, size_t n) {
  unsigned char *d = dst;
  const unsigned char *s = src;
  if ((((uintptr_t)d | (uintptr_t)s | n) & 3) == 0) {
    for (; n != 0; n -= 4, d += 4, s += 4)
      *(uint32_t *)d = *(const uint32_t *)s;
    return dst;
  }
  while (n--)
    *d++ = *s++;
  return dst;
}

void *memmove(void *dst, const void *src, size_t n) {
  unsigned char *d = dst;
  const unsigned char *s = src;
  if (d == s || n == 0)
    return dst;
  if ((uintptr_t)d - (uintptr_t)s >= n) /* no overlap that a forward copy breaks */
    return memcpy(dst, src, n);
  while (n--)
    d[n] = s[n];
  return dst;
}

void *memset(void *dst, int c, size_t n) {
  unsigned char *d = dst;
  while (n--)
    *d++ = (unsigned char)c;
  return dst;
}

int memcmp(const void *a, const void *b, size_t n) {
  const unsigned char *x = a, *y = b;
  for (; n != 0; --n, ++x, ++y)
    if (*x != *y)
      return *x - *y;
  return 0;
}

size_t strlen(const char *s) {
  const char *p = s;
  while (*p)
    ++p;
  return (size_t)(p - s);
}

/* Arm run-time ABI memory helpers: note the (dest, n, c) order of memset. */
void __aeabi_memcpy(void *d, const void *s, size_t n) { memcpy(d, s, n); }
void __aeabi_memcpy4(void *d, const void *s, size_t n) { memcpy(d, s, n); }
void __aeabi_memcpy8(void *d, const void *s, size_t n) { memcpy(d, s, n); }
void __aeabi_memmove(void *d, const void *s, size_t n) { memmove(d, s, n); }
void __aeabi_memmove4(void *d, const void *s, size_t n) { memmove(d, s, n); }
void __aeabi_memmove8(void *d, const void *s, size_t n) { memmove(d, s, n); }
void __aeabi_memset(void *d, size_t n, int c) { memset(d, c, n); }
void __aeabi_memset4(void *d, size_t n, int c) { memset(d, c, n); }
void __aeabi_memset8(void *d, size_t n, int c) { memset(d, c, n); }
void __aeabi_memclr(void *d, size_t n) { memset(d, 0, n); }
void __aeabi_memclr4(void *d, size_t n) { memset(d, 0, n); }
void __aeabi_memclr8(void *d, size_t n) { memset(d, 0, n); }

/* Division by shift and subtract (no `/` here: it would call itself).
 * The {quotient, remainder} pairs come back in r0:r1, which is how AAPCS
 * returns a 64-bit value. */
static uint64_t udivmod(uint32_t n, uint32_t d) {
  uint32_t q = 0, r = 0;
  if (d == 0)
    return ((uint64_t)n << 32) | 0xFFFFFFFFu; /* the ABI leaves it open; no trap */
  for (int i = 31; i >= 0; --i) {
    r = (r << 1) | ((n >> i) & 1);
    if (r >= d) {
      r -= d;
      q |= 1u << i;
    }
  }
  return ((uint64_t)r << 32) | q;
}

uint32_t __aeabi_uidiv(uint32_t n, uint32_t d) { return (uint32_t)udivmod(n, d); }
uint64_t __aeabi_uidivmod(uint32_t n, uint32_t d) { return udivmod(n, d); }

static uint64_t idivmod(int32_t n, int32_t d) {
  uint32_t un = n < 0 ? 0u - (uint32_t)n : (uint32_t)n;
  uint32_t ud = d < 0 ? 0u - (uint32_t)d : (uint32_t)d;
  uint64_t qr = udivmod(un, ud);
  uint32_t q = (uint32_t)qr, r = (uint32_t)(qr >> 32);
  if ((n < 0) != (d < 0))
    q = 0u - q;
  if (n < 0)
    r = 0u - r;
  return ((uint64_t)r << 32) | q;
}

int32_t __aeabi_idiv(int32_t n, int32_t d) { return (int32_t)idivmod(n, d); }
uint64_t __aeabi_idivmod(int32_t n, int32_t d) { return idivmod(n, d); }
