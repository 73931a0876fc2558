/*
 * The host build of a C-library test app: runs rrld_libc_test() with the
 * host's C library and prints the header the Arm build compares with
 * (libc_check.h).  Same source, the system compiler.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "libc_check.h"

static void print_c_string(const char *s) {
  putchar('"');
  for (; *s; ++s) {
    if (*s == '"' || *s == '\\')
      printf("\\%c", *s);
    else if (*s < 32 || *s > 126)
      printf("\\%03o", (unsigned char)*s);
    else
      putchar(*s);
  }
  putchar('"');
}

void text(const char *fmt, ...) {
  char buf[256];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  printf("RRLD_TEXT(");
  print_c_string(buf);
  printf(")\n");
}

void num(const char *name, double v) {
  uint64_t bits;
  memcpy(&bits, &v, sizeof bits);
  printf("RRLD_NUM(");
  print_c_string(name);
  printf(", 0x%016llxull) /* %.17g */\n", (unsigned long long)bits, v);
}

void check(int ok, const char *what) { (void)ok, (void)what; }

int main(void) {
  printf("/* generated at build time by the host build of the same source */\n");
  rrld_libc_test();
  return 0;
}
