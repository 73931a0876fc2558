/*
 * __aeabi_[u]idiv[mod], which clang calls for `/` and `%` on cores without
 * a divide instruction (ARMv6-M, ARMv8-M Baseline has one).  Built for apps
 * (-fropi -frwpi) and for the kernel.  A file of its own: apps linked with
 * the C library need these but must not pull libc.c's memcpy beside the
 * library's.
 */
#include <stdint.h>

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
