/*
 * The C start-up after crt0.S for apps without a C library: records the
 * heap, runs the .init_array constructors, calls main and exits with its
 * value.  An app linked with the C library (build/libc/<core>/lib/libc.a,
 * linked before this runtime) gets libc_glue.c's rrld_app_start instead,
 * which also runs atexit handlers and flushes stdout.  What a C library
 * replaces is kept out of the objects an app with one still links
 * (runtime.c, crt0.S, div.c), so the two never define a symbol twice.
 */
#include "rrld_app.h"

/* In RW (.data): the default layout puts .init_array there, so its entries
 * are RW->RO words the loader relocates; flash is never written. */
extern void (*__init_array_start[])(void);
extern void (*__init_array_end[])(void);

extern int main(void);

/* C++ objects with destructors register them; an app never returns to
 * run them.  Initialised (an RW->RW word), so that every app has a
 * non-empty .data (kept by `retain` through --gc-sections): with none, lld drops the output section and the
 * __init_array_* symbols above would no longer be in RW. */
__attribute__((used, retain)) void *__dso_handle = &__dso_handle;
int __aeabi_atexit(void *obj, void (*fn)(void *), void *dso) {
  (void)obj, (void)fn, (void)dso;
  return 0;
}
int __cxa_atexit(void (*fn)(void *), void *obj, void *dso) {
  (void)obj, (void)fn, (void)dso;
  return 0;
}
__attribute__((noreturn, used)) void rrld_app_start(void *heap_start, void *heap_limit) {
  rrld_heap_init(heap_start, heap_limit);
  for (void (**f)(void) = __init_array_start; f != __init_array_end; ++f)
    (*f)();
  rrld_exit(main());
}

