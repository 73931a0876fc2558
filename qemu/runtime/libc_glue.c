/*
 * The C library's glue to the app runtime: what picolibc leaves to the
 * system, built into build/libc/<core>/lib/libc.a.  It calls only
 * rrld_write, rrld_exit and rrld_sbrk (qemu/include/rrld_app.h), so the
 * same library serves any runtime that provides those three: the test
 * kernel's (qemu/runtime/syscalls.c and runtime.c) or Tock's
 * (tock/runtime/syscalls.c and the same runtime.c).
 *
 *  - stdout and stderr: one stream, buffered by line in RW and written with
 *    rrld_write; stdin is always at its end.
 *  - sbrk over rrld_sbrk, so malloc grows the heap the start-up recorded.
 *  - _exit: flushes stdout, then rrld_exit.
 *  - rrld_app_start, which crt0.S calls: records the heap, runs the
 *    constructors, and leaves main through exit(), so atexit handlers and
 *    C++ static destructors run.
 *
 * All state is in RW (.data/.bss, reached through r9): nothing here, nor in
 * picolibc as built (no thread-local storage), writes flash.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "rrld_app.h"

/* ---- stdout */

static char out_buf[128];
static unsigned out_len;

static int out_flush(FILE *f) {
  (void)f;
  unsigned n = out_len;
  out_len = 0;
  if (n != 0 && rrld_write(out_buf, n) != (int)n)
    return EOF;
  return 0;
}

static int out_put(char c, FILE *f) {
  out_buf[out_len++] = c;
  if ((c == '\n' || out_len == sizeof out_buf) && out_flush(f) != 0)
    return EOF;
  return (unsigned char)c;
}

static int in_get(FILE *f) {
  (void)f;
  return _FDEV_EOF;
}

static FILE out_file = FDEV_SETUP_STREAM(out_put, NULL, out_flush, _FDEV_SETUP_WRITE);
static FILE in_file = FDEV_SETUP_STREAM(NULL, in_get, NULL, _FDEV_SETUP_READ);

/* const pointers to RW objects: rrld moves them to RAM (or patches them;
 * see --rrld-ro-relocs), as for any app's. */
FILE *const stdout = &out_file;
FILE *const stderr = &out_file;
FILE *const stdin = &in_file;

/* ---- heap and exit */

void *sbrk(ptrdiff_t incr) {
  void *p = rrld_sbrk(incr);
  if (p == (void *)-1)
    errno = ENOMEM;
  return p;
}

void _exit(int code) {
  out_flush(stdout);
  rrld_exit(code);
}

/* strerror's hook for messages of its own, tested through a weak
 * reference: defined here (this object is in every app, for
 * rrld_app_start), so that the test is not a PC-relative reference to an
 * undefined weak symbol, which rrld refuses.  None: "Unknown error". */
char *_user_strerror(int errnum, int internal, int *errptr) {
  (void)errnum, (void)internal, (void)errptr;
  return NULL;
}

/* ---- start-up */

extern void (*__preinit_array_start[])(void);
extern void (*__preinit_array_end[])(void);
extern void (*__init_array_start[])(void);
extern void (*__init_array_end[])(void);
extern void (*__fini_array_start[])(void);
extern void (*__fini_array_end[])(void);

extern int main(void);

/* __attribute__((destructor)) functions, after the atexit handlers
 * registered later (C++ static destructors among them): registered first,
 * so exit() runs it last.  picolibc is built without its own .fini_array
 * hook (-Dinitfini-array=false), which the default layout does not place. */
static void run_fini_array(void) {
  for (void (**f)(void) = __fini_array_end; f != __fini_array_start;)
    (*--f)();
}

__attribute__((noreturn, used)) void rrld_app_start(void *heap_start, void *heap_limit) {
  rrld_heap_init(heap_start, heap_limit);
  atexit(run_fini_array);
  for (void (**f)(void) = __preinit_array_start; f != __preinit_array_end; ++f)
    (*f)();
  for (void (**f)(void) = __init_array_start; f != __init_array_end; ++f)
    (*f)();
  exit(main());
}
