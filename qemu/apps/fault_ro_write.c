/*
 * Deliberately faults: writes to its own code.  On a board with an MPU the
 * kernel gave it its flash slot read-only, so the store faults; on one
 * without (micro:bit), where the flash ignores CPU stores, it then executes
 * an undefined instruction.  Either way the kernel must report a fault and
 * go on with the next app.
 */
#include "rrld_app.h"

int main(void) {
  volatile unsigned *code = (volatile unsigned *)((uintptr_t)main & ~3u);
  rrld_printf("fault_ro_write: writing to my own code at %p\n", (void *)code);
  *code = 0xDEADBEEF;
  rrld_printf("fault_ro_write: the store did not fault; trying an undefined instruction\n");
  __builtin_trap();
}
