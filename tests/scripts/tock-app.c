/* The app the libtock-c and libtock-rs layouts link (tests/scripts): data,
 * zeroed data, pointers both ways, and a table of flash addresses, checked
 * after a relocated start. */
#include "rrld_app.h"

int counter = 41;
int *counter_ptr = &counter;           /* RW->RW */
static int zeros[8];                   /* .bss */
static const char *const names[] = {"a", "bb", "ccc"}; /* flash addresses */
static int twice(int x) { return 2 * x; }
int (*handler)(int) = twice;           /* RW->RO */

int main(void) {
  ++*counter_ptr;
  for (int i = 0; i < 8; ++i)
    zeros[i] += i; /* 28: .bss starts zero */
  int sum = 0;
  for (int i = 0; i < 8; ++i)
    sum += zeros[i];
  int len = 0;
  for (int i = 0; i < 3; ++i)
    for (const char *p = names[i]; *p; ++p)
      ++len; /* 6 */
  rrld_printf("script app: code at %p, data at %p, answer %d\n", (void *)main,
              (void *)&counter, counter);
  return handler(counter) + sum + len - 84 - 28 - 6;
}
