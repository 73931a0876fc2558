/*
 * What a C-library test app reports, shared by its host build and its Arm
 * build.  The app's rrld_libc_test() calls:
 *   text(fmt, ...)   a line that must read the same on both (formatted
 *                    with the C library under test on Arm, the host's
 *                    printf on the host);
 *   num(name, v)     a libm result, equal to the host's within 2 units in
 *                    the last place (two libms may round differently);
 *   check(ok, what)  a self-check of what only the Arm build can test
 *                    (heap exhaustion, the heap's bounds); the host build
 *                    ignores it.
 * libc_host_main.c writes the host's lines and numbers as a header;
 * libc_check_main.c compares the Arm build's with it, prints every line
 * with ok or WRONG, and exits 0 only when all agree.
 */
#ifndef RRLD_LIBC_CHECK_H
#define RRLD_LIBC_CHECK_H

#ifdef __cplusplus
extern "C" {
#endif

void text(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void num(const char *name, double v);
void check(int ok, const char *what);
void rrld_libc_test(void);

#ifdef __cplusplus
}
#endif

#endif
