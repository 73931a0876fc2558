/*
 * The C library through relocation: printf's floating-point and long long
 * conversions, snprintf, strtod, strtol, qsort, bsearch, <ctype.h>,
 * <string.h>, libm, and malloc/free/realloc up to exhaustion.  The same
 * source runs on the host, whose results the Arm build must reproduce
 * (libc_check.h); heap exhaustion is checked on Arm only.
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "libc_check.h"

/* volatile, so that the compiler cannot fold the library calls away. */
static volatile double in_d[] = {2.0, 0.5, 1.25, 1.5, 10.0, 2.5, 3.5, -2.5, 10.3, 3.0, 1.0, -2.0};
static volatile long long in_ll = -1234567890123456789ll;

static void test_printf(void) {
  double pi = 3.14159265358979323846, tiny = 6.02214076e-23;
  text("%f %e %g %.3f", pi, pi, pi, -pi);
  text("%e %.10e %E %G", tiny, tiny, 1e300, 1e-5);
  text("%+08.2f|%-10.4f|% .1f|%.0f|%#.0f", 2.5, 1.0 / 3, 9.95, 2.5, 3.0);
  text("%lld %llu %llx %016llX", in_ll, (unsigned long long)in_ll, 0x123456789abcdefull,
       0xfedcba9876543210ull);
  text("%d %5d|%-5d|%05d %i %u %x %o %c %s %%", -42, 42, 42, 42, 7, 4000000000u, 0xbeef, 8, 'z',
       "str");
  text("%.3s|%10s|%-10s|%*d", "abcdef", "right", "left", 6, 99);

  char buf[16];
  int n = snprintf(buf, 8, "%s", "truncated text");
  text("snprintf: %d '%s'", n, buf);
  n = snprintf(buf, sizeof buf, "%08.3f", -1.5);
  text("snprintf: %d '%s'", n, buf);
  n = snprintf(NULL, 0, "%lld", LLONG_MIN);
  text("snprintf(NULL, 0): %d", n);
}

static void test_strto(void) {
  /* The values compared by their bits (num), the rest as text with 15
   * digits: with %.17g picolibc printed 0.00325 where glibc printed
   * 0.0032499999999999999, the same double. */
  const char *inputs[] = {"3.25e-3xyz", "  -0.1", "1e308", "0x1.8p3", "inf", "12abc", "2.2250738585072014e-308"};
  for (unsigned i = 0; i < sizeof inputs / sizeof inputs[0]; ++i) {
    char *end;
    double v = strtod(inputs[i], &end);
    text("strtod('%s') = %.15g, %d used", inputs[i], v, (int)(end - inputs[i]));
    num(inputs[i], v);
  }
  const char *ints[] = {"  -123xyz", "0x7fffffff", "0777", "99999999999999999999", "+42"};
  for (unsigned i = 0; i < sizeof ints / sizeof ints[0]; ++i) {
    char *end;
    errno = 0;
    long v = strtol(ints[i], &end, 0);
    /* long is 32 bits on Arm, often 64 on the host: print it as the Arm
       build sees it, saturated to 32 bits. */
    long long v32 = v > INT32_MAX ? INT32_MAX : v < INT32_MIN ? INT32_MIN : v;
    int range = errno == ERANGE || v != v32;
    text("strtol('%s', 0) = %lld, %d used, range error %d", ints[i], v32, (int)(end - ints[i]),
         range);
  }
  text("strtoul('ff', 16) = %lu, atoi('-17') = %d", strtoul("ff", NULL, 16), atoi("-17"));
}

static int cmp_int(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void test_sort(void) {
  int v[24];
  uint32_t seed = 12345;
  for (unsigned i = 0; i < 24; ++i) {
    seed = seed * 1103515245u + 12345u;
    v[i] = (int)(seed >> 16) % 1000 - 500;
  }
  qsort(v, 24, sizeof v[0], cmp_int);
  char line[160];
  int len = 0;
  for (unsigned i = 0; i < 24; ++i)
    len += snprintf(line + len, sizeof line - (size_t)len, "%d ", v[i]);
  text("qsort: %s", line);
  int key = v[17], missing = 501;
  int *hit = bsearch(&key, v, 24, sizeof v[0], cmp_int);
  int *miss = bsearch(&missing, v, 24, sizeof v[0], cmp_int);
  text("bsearch: %d found at %d, %d %s", key, hit ? (int)(hit - v) : -1, missing,
       miss ? "found" : "not found");

  const char *words[] = {"pear", "apple", "fig", "banana", "cherry", "date"};
  qsort(words, 6, sizeof words[0], cmp_str);
  text("qsort strings: %s %s %s %s %s %s", words[0], words[1], words[2], words[3], words[4],
       words[5]);
}

static void test_ctype_string(void) {
  unsigned alpha = 0, digit = 0, space = 0, upper = 0, punct = 0, xdigit = 0, print = 0;
  for (int c = 0; c < 128; ++c) {
    alpha += !!isalpha(c), digit += !!isdigit(c), space += !!isspace(c);
    upper += !!isupper(c), punct += !!ispunct(c), xdigit += !!isxdigit(c), print += !!isprint(c);
  }
  text("ctype: alpha %u digit %u space %u upper %u punct %u xdigit %u print %u", alpha, digit,
       space, upper, punct, xdigit, print);
  char s[64] = "Hello, Relocated World";
  for (char *p = s; *p; ++p)
    *p = (char)(islower((unsigned char)*p) ? toupper((unsigned char)*p) : tolower((unsigned char)*p));
  text("swapcase: %s", s);

  char d[64];
  strcpy(d, "alpha");
  strcat(d, "-beta");
  strncat(d, "-gammadelta", 6);
  text("strcpy/strcat/strncat: %s (%u)", d, (unsigned)strlen(d));
  text("strchr %s, strrchr %s, strstr %s", strchr(d, '-'), strrchr(d, '-'), strstr(d, "eta"));
  text("strcmp %d %d %d, strncmp %d", strcmp("abc", "abd") < 0, strcmp("b", "a") > 0,
       strcmp("same", "same"), strncmp("prefix-a", "prefix-b", 7));
  text("strspn %u strcspn %u", (unsigned)strspn("aabbcx", "ab"), (unsigned)strcspn("hello", "l"));
  char tok[] = "one, two,,three four";
  char line[64] = "";
  for (char *t = strtok(tok, ", "); t; t = strtok(NULL, ", ")) {
    strcat(line, "[");
    strcat(line, t);
    strcat(line, "]");
  }
  text("strtok: %s", line);
  char *dup = strdup("duplicated");
  text("strdup: %s, memchr %s", dup, (char *)memchr(dup, 'c', 10));
  free(dup);
  char n[8];
  strncpy(n, "ab", sizeof n);
  text("strncpy pads: %d %d", n[2] == 0, n[7] == 0);
}

static void test_math(void) {
  num("sqrt(2)", sqrt(in_d[0]));
  num("sin(0.5)", sin(in_d[1]));
  num("cos(1.25)", cos(in_d[2]));
  num("exp(1.5)", exp(in_d[3]));
  num("log(10)", log(in_d[4]));
  num("pow(2.5, 3.5)", pow(in_d[5], in_d[6]));
  num("floor(-2.5)", floor(in_d[7]));
  num("fmod(10.3, 3)", fmod(in_d[8], in_d[9]));
  num("atan2(1, -2)", atan2(in_d[10], in_d[11]));
  num("sinf(0.5f)", sinf((float)in_d[1]));
  num("sqrt(-1) is nan", isnan(sqrt(-in_d[10])));
}

/* The heap: grows to exhaustion, the failure is reported right, freed
 * memory is reused, realloc keeps contents.  The sizes the heap holds
 * depend on the RAM slot, so only the outcome is compared. */
static void test_heap(void) {
  /* The app may count on no more heap than it asks for (--rrld-heap-size
   * 2048, qemu/apps/CMakeLists.txt): a RAM slot can end right there
   * (PMSAv8's 32-byte granularity), so the block grows to 1500 bytes, which
   * fits beside the first even when realloc must move it.  A failed
   * allocation is reported (a wrong sum), never written through. */
  unsigned sum = 0;
  char *a = malloc(100);
  if (a)
    for (int i = 0; i < 100; ++i)
      a[i] = (char)i;
  char *longer = a ? realloc(a, 1500) : NULL;
  if (longer) {
    for (int i = 0; i < 100; ++i)
      sum += (unsigned char)longer[i];
    memset(longer + 100, 7, 1400);
    for (int i = 100; i < 1500; ++i)
      sum += (unsigned char)longer[i];
    char *shorter = realloc(longer, 50);
    if (shorter) {
      for (int i = 0; i < 50; ++i)
        sum += (unsigned char)shorter[i];
      free(shorter);
    } else {
      free(longer);
    }
  } else {
    free(a);
  }
  text("realloc keeps contents: sum %u", sum);

#if defined(__arm__)
  /* Exhaustion: 64-byte blocks until malloc fails, each filled with its
   * index; then every block is checked, freed, and the space taken again. */
  enum { BLOCK = 64, MAX_BLOCKS = 256 };
  static unsigned char *blocks[MAX_BLOCKS];
  unsigned count = 0;
  errno = 0;
  while (count < MAX_BLOCKS) {
    unsigned char *p = malloc(BLOCK);
    if (!p)
      break;
    memset(p, (int)(count & 0xff), BLOCK);
    blocks[count++] = p;
  }
  check(count > 0 && count < MAX_BLOCKS, "malloc: the heap runs out");
  check(errno == ENOMEM, "malloc: errno is ENOMEM when it does");
  /* Through volatile: a compiler may assume an allocation whose result is
   * only compared with NULL succeeded, and drop the call. */
  void *volatile huge = malloc(SIZE_MAX / 2);
  check(huge == NULL, "malloc: a huge request fails");
  void *volatile grown = realloc(blocks[0], 1u << 20);
  check(grown == NULL && count > 0 && blocks[0][BLOCK - 1] == 0, "realloc: a failed realloc keeps the block");
  int intact = 1;
  for (unsigned i = 0; i < count; ++i)
    for (unsigned j = 0; j < BLOCK; ++j)
      intact &= blocks[i][j] == (unsigned char)(i & 0xff);
  check(intact, "malloc: no two blocks overlap");
  for (unsigned i = 0; i < count; ++i)
    free(blocks[i]);
  unsigned char *big = malloc((size_t)count * BLOCK / 2);
  check(big != NULL, "free: the space is taken again");
  free(big);
  unsigned again = 0;
  while (again < count && (blocks[again] = malloc(BLOCK)) != NULL)
    ++again;
  check(again == count, "malloc: as many blocks after freeing them all");
  for (unsigned i = 0; i < again; ++i)
    free(blocks[i]);
  printf("libc heap: %u blocks of %u bytes\n", count, (unsigned)BLOCK);
#endif
}

void rrld_libc_test(void) {
  test_printf();
  test_strto();
  test_sort();
  test_ctype_string();
  test_math();
  test_heap();
}
