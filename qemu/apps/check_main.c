/*
 * main() of the checked test apps: runs the app's rrld_test_compute(),
 * prints the result and compares it with RRLD_EXPECTED, the value the same
 * source computed when built for the host (a generated header, included
 * with -include).  Exit code 0 means the relocated app computed it right.
 */
#include "rrld_app.h"

#define RRLD_STR2(x) #x
#define RRLD_STR(x) RRLD_STR2(x)

unsigned rrld_test_compute(void);

/* In RW: its address says where the app's RAM is. */
unsigned rrld_check_result;

int main(void) {
  unsigned got = rrld_test_compute();
  rrld_check_result = got;
  int ok = got == RRLD_EXPECTED;
  /* Where it runs: code in flash, data in RAM. */
  rrld_printf("%s: code at %p, data at %p\n", RRLD_STR(RRLD_APP_NAME), (void *)main,
              (void *)&rrld_check_result);
  rrld_printf("%s: result 0x%08x, expected 0x%08x: %s\n", RRLD_STR(RRLD_APP_NAME), got,
              (unsigned)RRLD_EXPECTED, ok ? "ok" : "WRONG");
  return ok ? 0 : 1;
}
