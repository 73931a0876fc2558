/*
 * The app side of the test kernel's system-call ABI, and the heap break.
 * Compiled -fropi -frwpi like the apps.  These three functions are all a C
 * library's glue (qemu/runtime/libc_glue.c) asks of a runtime: another
 * kernel's runtime (Tock's) provides the same three its own way.
 */
#include "rrld_app.h"

int rrld_write(const void *buf, size_t len) {
  register const void *r0 __asm__("r0") = buf;
  register size_t r1 __asm__("r1") = len;
  __asm__ volatile("svc #1" : "+r"(r0) : "r"(r1) : "memory");
  return (int)(intptr_t)r0;
}

void rrld_exit(int code) {
  register int r0 __asm__("r0") = code;
  __asm__ volatile("svc #2" : : "r"(r0) : "memory");
  for (;;) {
  }
}

/* The heap: [heap_start, heap_limit), from the app break (the end of .bss)
 * to the end of the RAM the kernel gave the app; crt0.S passes both to
 * rrld_app_start, which records them here.  In .bss, reached through r9. */
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
