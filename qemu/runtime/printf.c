/*
 * rrld_printf: a small printf for apps without a C library, formatting into
 * a buffer written by line with rrld_write.
 */
#include "rrld_app.h"

/* Formats into a small buffer, written by line. */

struct out {
  char buf[64];
  unsigned len;
  int total;
};

static void out_flush(struct out *o) {
  if (o->len)
    rrld_write(o->buf, o->len);
  o->len = 0;
}

static void out_char(struct out *o, char c) {
  o->buf[o->len++] = c;
  ++o->total;
  if (o->len == sizeof o->buf || c == '\n')
    out_flush(o);
}

static void out_field(struct out *o, const char *s, unsigned n, int width, int left, char pad) {
  int fill = width > (int)n ? width - (int)n : 0;
  if (!left)
    while (fill-- > 0)
      out_char(o, pad);
  while (n--)
    out_char(o, *s++);
  if (left)
    while (fill-- > 0)
      out_char(o, ' ');
}

int rrld_vprintf(const char *fmt, va_list ap) {
  struct out o;
  o.len = 0;
  o.total = 0;
  for (; *fmt; ++fmt) {
    if (*fmt != '%') {
      out_char(&o, *fmt);
      continue;
    }
    ++fmt;
    int left = 0;
    char pad = ' ';
    for (;; ++fmt) {
      if (*fmt == '-')
        left = 1;
      else if (*fmt == '0')
        pad = '0';
      else
        break;
    }
    int width = 0;
    while (*fmt >= '0' && *fmt <= '9')
      width = width * 10 + (*fmt++ - '0');
    char tmp[12];
    unsigned n = 0;
    const char *digits = "0123456789abcdef";
    switch (*fmt) {
    case 'c':
      tmp[0] = (char)va_arg(ap, int);
      out_field(&o, tmp, 1, width, left, ' ');
      break;
    case 's': {
      const char *s = va_arg(ap, const char *);
      if (!s)
        s = "(null)";
      out_field(&o, s, (unsigned)strlen(s), width, left, ' ');
      break;
    }
    case 'd':
    case 'i':
    case 'u': {
      unsigned v;
      int neg = 0;
      if (*fmt == 'u') {
        v = va_arg(ap, unsigned);
      } else {
        int sv = va_arg(ap, int);
        neg = sv < 0;
        v = neg ? 0u - (unsigned)sv : (unsigned)sv;
      }
      do {
        tmp[sizeof tmp - 1 - n++] = (char)('0' + v % 10);
        v /= 10;
      } while (v);
      if (neg)
        tmp[sizeof tmp - 1 - n++] = '-';
      out_field(&o, tmp + sizeof tmp - n, n, width, left, pad);
      break;
    }
    case 'X':
      digits = "0123456789ABCDEF";
      /* fall through */
    case 'x':
    case 'p': {
      unsigned v = *fmt == 'p' ? (unsigned)(uintptr_t)va_arg(ap, void *) : va_arg(ap, unsigned);
      if (*fmt == 'p') {
        out_char(&o, '0');
        out_char(&o, 'x');
        width = 8;
        pad = '0';
      }
      do {
        tmp[sizeof tmp - 1 - n++] = digits[v & 15];
        v >>= 4;
      } while (v);
      out_field(&o, tmp + sizeof tmp - n, n, width, left, pad);
      break;
    }
    case '%':
      out_char(&o, '%');
      break;
    case '\0':
      --fmt;
      break;
    default:
      out_char(&o, '%');
      out_char(&o, *fmt);
      break;
    }
  }
  out_flush(&o);
  return o.total;
}

int rrld_printf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = rrld_vprintf(fmt, ap);
  va_end(ap);
  return n;
}

int rrld_puts(const char *s) {
  int n = rrld_write(s, strlen(s));
  rrld_write("\n", 1);
  return n + 1;
}
