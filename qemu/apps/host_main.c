/*
 * The host build of a checked test app: prints the header that gives the
 * Arm build its expected result.  Same source, the system compiler.
 */
#include <stdio.h>

unsigned rrld_test_compute(void);

int main(void) {
  printf("/* generated at build time by the host build of the same source */\n");
  printf("#define RRLD_EXPECTED 0x%08xu\n", rrld_test_compute());
  return 0;
}
