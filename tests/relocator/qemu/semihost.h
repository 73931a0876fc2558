// Semihosting for the bare-metal QEMU test programs (bench.cpp, diff.cpp):
// QEMU's -semihosting prints for them and ends the run.
#ifndef RRLD_TEST_SEMIHOST_H
#define RRLD_TEST_SEMIHOST_H

#include <stdint.h>

inline uint32_t semihost(uint32_t op, const void *arg) {
  register uint32_t r0 __asm__("r0") = op;
  register const void *r1 __asm__("r1") = arg;
  __asm__ volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
  return r0;
}

inline void print(const char *s) { semihost(0x04, s); } // SYS_WRITE0

[[noreturn]] inline void semihost_exit() {
  semihost(0x18, reinterpret_cast<const void *>(0x20026)); // ADP_Stopped_ApplicationExit
  for (;;) {
  }
}

#endif
