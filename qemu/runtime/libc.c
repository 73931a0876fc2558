/*
 * The few C library functions that compiled code calls without being
 * asked: clang emits memcpy/memset/memmove for struct copies and large
 * initialisers, and __aeabi_mem* under the Arm run-time ABI.  Built for
 * apps (-fropi -frwpi) and for the kernel.  An app linked with the C
 * library takes these from it (it comes first on the link line); the
 * division helpers, which the C library lacks, are in div.c so that
 * linking them never drags these in beside the library's.
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
