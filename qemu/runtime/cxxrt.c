/*
 * The two pieces of C++ run-time support a -fno-exceptions -fno-rtti app
 * needs without a C library: the pure-virtual trap and operator delete,
 * which a virtual destructor's "deleting" variant names.  With the C
 * library, libc_glue_cxx.cpp provides them over the heap instead.
 */
#include "rrld_app.h"

void __cxa_pure_virtual(void) { rrld_exit(198); }

/* operator delete(void *) and operator delete(void *, unsigned): a virtual
 * destructor's "deleting" variant names them.  Without a C library there
 * is no allocator, so they are never called with memory to free. */
void _ZdlPv(void *p) { (void)p; }
void _ZdlPvj(void *p, unsigned n) { (void)p, (void)n; }

