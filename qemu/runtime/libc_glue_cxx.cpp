// C++ run-time support for -fno-exceptions -fno-rtti apps linked with the C
// library (built into build/libc/<core>/lib/libc.a with libc_glue.c):
// operator new and delete over malloc and free, so over the same heap, and
// the two hooks the compiler's code calls.  Static constructors run from
// .init_array (rrld_app_start); static destructors are registered through
// __aeabi_atexit and run by exit().
#include <new>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

const std::nothrow_t std::nothrow{};

namespace {
// Without exceptions, a failed plain new cannot throw std::bad_alloc: the
// app stops, as an uncaught exception would stop it.
[[noreturn]] void out_of_memory() {
  fputs("operator new: out of memory\n", stderr);
  abort();
}
void *allocate(size_t n) {
  void *p = malloc(n != 0 ? n : 1);
  if (p == nullptr)
    out_of_memory();
  return p;
}
} // namespace

void *operator new(size_t n) { return allocate(n); }
void *operator new[](size_t n) { return allocate(n); }
void *operator new(size_t n, const std::nothrow_t &) noexcept { return malloc(n != 0 ? n : 1); }
void *operator new[](size_t n, const std::nothrow_t &) noexcept { return malloc(n != 0 ? n : 1); }
void operator delete(void *p) noexcept { free(p); }
void operator delete[](void *p) noexcept { free(p); }
void operator delete(void *p, size_t) noexcept { free(p); }
void operator delete[](void *p, size_t) noexcept { free(p); }
void operator delete(void *p, const std::nothrow_t &) noexcept { free(p); }
void operator delete[](void *p, const std::nothrow_t &) noexcept { free(p); }

extern "C" {
// The Arm C++ ABI's name for registering a static object's destructor
// (arguments in another order than __cxa_atexit's); picolibc has only the
// latter.
int __cxa_atexit(void (*fn)(void *), void *obj, void *dso);
int __aeabi_atexit(void *obj, void (*fn)(void *), void *dso) { return __cxa_atexit(fn, obj, dso); }

void __cxa_pure_virtual() {
  fputs("pure virtual function called\n", stderr);
  abort();
}
}
