/*
 * The app side of the test kernel's system-call ABI (docs/qemu.md):
 * svc 1 writes, svc 2 exits.  tock/runtime/syscalls.c is the same API on
 * Tock's system calls.
 */
#include "rrld_app.h"

int rrld_write(const void *buf, size_t len) {
  register const void *r0 __asm__("r0") = buf;
  register size_t r1 __asm__("r1") = len;
  __asm__ volatile("svc #1" : "+r"(r0) : "r"(r1) : "memory");
  return (int)(intptr_t)r0;
}

void rrld_exit(int code) {
  register int r0 __asm__("r0") = code;
  __asm__ volatile("svc #2" : : "r"(r0) : "memory");
  for (;;) {
  }
}
