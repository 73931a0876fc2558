/*
 * C++ through relocation: virtual calls (vtables are RO->RO words), objects
 * whose vtable pointer is set by a constructor run from .init_array (an
 * RW->RO table of constructor addresses) or statically in .data (RW->RO),
 * a base-pointer table in RAM, a const table of member-function pointers,
 * a template, and constructor order.
 */
#include <stddef.h>

// The types have external linkage: a table of pointers to objects of an
// internal type would be internal itself, seen never written, and made
// read-only, which rrld refuses (a RAM address in flash).
unsigned trace; // constructors append to it, so their order is checked

struct Shape {
  virtual ~Shape() {}
  virtual unsigned area() const = 0;
  virtual const char *name() const { return "shape"; }
  unsigned scaled(unsigned k) const { return area() * k; }
};

struct Rect : Shape {
  unsigned w, h;
  Rect(unsigned w_, unsigned h_) : w(w_), h(h_) { trace = trace * 10 + 1; }
  unsigned area() const override { return w * h; }
  const char *name() const override { return "rect"; }
};

struct Square : Rect {
  explicit Square(unsigned s) : Rect(s, s) { trace = trace * 10 + 2; }
  const char *name() const override { return "square"; }
};

struct Tri : Shape {
  unsigned b, h;
  constexpr Tri(unsigned b_, unsigned h_) : b(b_), h(h_) {} // static init: vptr in .data
  unsigned area() const override { return b * h / 2; }
};

template <typename T, size_t N> struct Ring {
  T items[N];
  size_t head = 0;
  void push(T v) { items[head++ % N] = v; }
  T sum() const {
    T s{};
    for (size_t i = 0; i < N; ++i)
      s += items[i];
    return s;
  }
};

namespace {
unsigned hash(const char *s) {
  unsigned h = 5381;
  while (*s)
    h = h * 33 + static_cast<unsigned char>(*s++);
  return h;
}
} // namespace

// Dynamic initialisation: .init_array entries.
Rect big_rect(7, 9);
Square square(5);
Tri tri(6, 4);
Ring<unsigned, 5> ring;

// Not const: a table of pointers to RAM objects must stay in RW.
Shape *shapes[] = {&big_rect, &square, &tri};

typedef unsigned (Shape::*shape_fn)() const;
static const shape_fn shape_fns[] = {&Shape::area, &Shape::area};

extern "C" unsigned rrld_test_compute(void) {
  unsigned acc = trace;
  for (Shape *s : shapes) {
    acc = acc * 31 + s->area() + hash(s->name());
    acc = acc * 7 + s->scaled(3);
    for (shape_fn f : shape_fns)
      acc += (s->*f)();
  }
  Square local(3); // a vtable pointer made on the stack
  Shape &ref = local;
  acc = acc * 17 + ref.area() + hash(ref.name());
  for (unsigned i = 0; i < 12; ++i)
    ring.push(i * i + acc % 7);
  acc = acc * 3 + ring.sum();
  return acc;
}
