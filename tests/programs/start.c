/* Minimal entry for link-only tests: the QEMU runtime (qemu/) has the real one. */
extern int main(void);
volatile int rrld_test_result;
void _start(void) {
  rrld_test_result = main();
  for (;;) {
  }
}
