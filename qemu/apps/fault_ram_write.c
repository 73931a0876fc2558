/*
 * Deliberately faults by writing below its RAM (the stack is at the bottom
 * of the app's RAM, so far enough below sp is another app's or the
 * kernel's memory).  For kernels with memory protection: Tock's MPU, the
 * test kernel's on boards with an MPU.  Without one this would overwrite
 * someone else's memory.
 */
#include "rrld_app.h"

int main(void) {
  volatile unsigned local = 0;
  volatile unsigned *below = (volatile unsigned *)((uintptr_t)&local - 0x10000);
  rrld_printf("fault_ram_write: writing %p, below my RAM\n", (void *)below);
  *below = 0xDEADBEEF;
  rrld_printf("fault_ram_write: the store did not fault\n");
  return 3;
}
