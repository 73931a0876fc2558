/*
 * main() of the C-library test apps on Arm: runs rrld_libc_test() and
 * compares every line and number with what the host build of the same
 * source wrote into the generated header RRLD_EXPECTED_HEADER
 * (libc_check.h).  Exit code 0 means everything agreed.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "libc_check.h"

#define RRLD_STR2(x) #x
#define RRLD_STR(x) RRLD_STR2(x)
#define APP RRLD_STR(RRLD_APP_NAME)

struct expected {
  int is_num;
  const char *text; /* the line, or the number's name */
  uint64_t bits;
};
/* The table holds pointers to strings: RO->RO words, relocated like any. */
static const struct expected expected[] = {
#define RRLD_TEXT(s) {0, s, 0},
#define RRLD_NUM(name, b) {1, name, b},
#include RRLD_STR(RRLD_EXPECTED_HEADER)
};
#define N_EXPECTED (sizeof expected / sizeof expected[0])

static unsigned next, failures;

static const struct expected *take(void) {
  if (next >= N_EXPECTED) {
    ++failures;
    printf("%s: more results than the host build had: WRONG\n", APP);
    return NULL;
  }
  return &expected[next++];
}

void text(const char *fmt, ...) {
  char buf[256];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  const struct expected *e = take();
  int ok = e && !e->is_num && strcmp(buf, e->text) == 0;
  failures += !ok;
  printf("%s: %s: %s\n", APP, buf, ok ? "ok" : "WRONG");
  if (!ok && e)
    printf("%s:   expected %s\n", APP, e->text);
}

void num(const char *name, double v) {
  uint64_t bits;
  memcpy(&bits, &v, sizeof bits);
  const struct expected *e = take();
  /* Within 2 units in the last place: same sign, bit patterns 2 apart. */
  int ok = e && e->is_num && strcmp(name, e->text) == 0 &&
           (bits >> 63) == (e->bits >> 63) &&
           (bits > e->bits ? bits - e->bits : e->bits - bits) <= 2;
  failures += !ok;
  printf("%s: %s = %.17g (0x%016llx): %s\n", APP, name, v, (unsigned long long)bits,
         ok ? "ok" : "WRONG");
  if (!ok && e)
    printf("%s:   expected %s 0x%016llx\n", APP, e->text, (unsigned long long)e->bits);
}

void check(int ok, const char *what) {
  failures += !ok;
  printf("%s: %s: %s\n", APP, what, ok ? "ok" : "WRONG");
}

int main(void) {
  rrld_libc_test();
  if (next != N_EXPECTED) {
    ++failures;
    printf("%s: %u results, the host build had %u: WRONG\n", APP, next, (unsigned)N_EXPECTED);
  }
  printf("%s: %u checks, %u wrong: %s\n", APP, next, failures, failures ? "WRONG" : "ok");
  return failures ? 1 : 0;
}
