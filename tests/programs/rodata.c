/* The QEMU suite's read-only-data app (all three cases rrld moves to RW),
   with a main() for tests/programs/start.c. */
#include "../../qemu/apps/rodata.c"

int main(void) { return (int)rrld_test_compute(); }
