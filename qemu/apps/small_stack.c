/* An app whose stack (--rrld-stack-size=160) is smaller than the
 * self-relocating start-up needs (RRLD_SELF_RELOCATE_STACK): kernel-loaded
 * it runs and exits 0; self-relocating, its start-up exits with 200 +
 * RRLD_E_RAM_TOO_SMALL before it moves sp. */
#include "rrld_app.h"

int counter = 41;
int *counter_ptr = &counter; /* relocated by the loader (RW->RW) */

int main(void) { return *counter_ptr == 41 ? 0 : 1; }
