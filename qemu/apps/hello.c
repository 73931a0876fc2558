/* The smallest app: says where it runs (the README's example). */
#include "rrld_app.h"

int counter = 41;
int *counter_ptr = &counter; /* relocated by the loader (RW->RW) */

int main(void) {
  void *sb;
  __asm__("mov %0, r9" : "=r"(sb));
  ++*counter_ptr;
  /* The kernel writes only bytes the app may read itself. */
  if (rrld_write((const void *)4, 4) != -1)
    return 2;
  rrld_printf("hello from an rrld app: code at %p, data at %p, r9 = %p, answer %d\n",
              (void *)main, (void *)&counter, sb, counter);
  return 0;
}
