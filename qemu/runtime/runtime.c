/*
 * The heap break, kernel-independent: rrld_app_start records the heap the
 * start-up found (from the app break to the end of the RAM the app may
 * use), and rrld_sbrk hands it out.  With rrld_write and rrld_exit (the
 * system calls: qemu/runtime/syscalls.c for the test kernel,
 * tock/runtime/syscalls.c for Tock) this is all a C library's glue
 * (qemu/runtime/libc_glue.c) asks of a runtime.  Compiled -fropi -frwpi
 * like the apps.
 */
#include "rrld_app.h"

/* The heap: [heap_start, heap_limit).  In .bss, reached through r9. */
static uintptr_t heap_start, heap_break, heap_limit;

void rrld_heap_init(void *start, void *limit) {
  heap_start = heap_break = (uintptr_t)start;
  heap_limit = (uintptr_t)limit >= heap_start ? (uintptr_t)limit : heap_start;
}

void *rrld_sbrk(ptrdiff_t incr) {
  uintptr_t old = heap_break;
  /* Overflow-safe: compare against the room left, never old + incr. */
  if (incr >= 0 ? (uintptr_t)incr > heap_limit - old : (uintptr_t)0 - (uintptr_t)incr > old - heap_start)
    return (void *)-1;
  heap_break = old + (uintptr_t)incr;
  return (void *)old;
}
