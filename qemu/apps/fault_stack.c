/*
 * Deliberately faults by reading below its RAM slot (the stack is at the
 * bottom of the slot, so far enough below sp is another app's or the
 * kernel's memory).  Only for boards with an MPU: without one this would
 * read someone else's memory and could go on.
 */
#include "rrld_app.h"

int main(void) {
  volatile unsigned local = 0;
  volatile unsigned *below = (volatile unsigned *)((uintptr_t)&local - 0x10000);
  rrld_printf("fault_stack: reading %p, below my RAM slot\n", (void *)below);
  unsigned v = *below;
  rrld_printf("fault_stack: read 0x%x without a fault\n", v);
  return 3;
}
