/*
 * The rrld QEMU app runtime: what an app for the test kernel may call.
 *
 * Link librrld_app_<core>.a (built in build/qemu/) and the relocator library
 * librrld_relocator_<core>.a; the runtime's _start runs .init_array
 * constructors, calls `int main(void)` and exits with its return value.
 * docs/qemu.md has the command lines.
 */
#ifndef RRLD_APP_H
#define RRLD_APP_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* System calls (svc 1, svc 2). */
int rrld_write(const void *buf, size_t len); /* bytes written, or -1 */
__attribute__((noreturn)) void rrld_exit(int code);

/* The heap break: moves it by incr bytes and returns the old break, or
 * (void *)-1 when that would leave [heap start, heap limit), which the
 * start-up sets from what the kernel passes (rrld_heap_init).  The C
 * library's malloc grows through it (its sbrk). */
void *rrld_sbrk(ptrdiff_t incr);
void rrld_heap_init(void *start, void *limit);

/* printf-style output: %d %i %u %x %X %c %s %p %%, flags 0 and -, a width;
 * for apps without the C library (which has printf). */
int rrld_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int rrld_vprintf(const char *fmt, va_list ap);
int rrld_puts(const char *s); /* s and a newline */

/* Without the C library, the runtime has these (the library's own
 * <string.h> declares them the same way). */
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* RRLD_APP_H */
