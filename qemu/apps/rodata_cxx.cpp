/*
 * rodata.c's three cases compiled as C++ (const objects have internal
 * linkage there, and are still kept read-only by the compiler), plus what
 * only C++ has: a reference member and a constexpr-constructed object
 * holding RAM addresses, and a vtable (flash addresses in flash).
 */
extern "C" unsigned rrld_test_compute(void);
#define rrld_test_compute rrld_test_compute_c
#include "rodata.c"
#undef rrld_test_compute

namespace {
struct Ref {
  int &value;     // RAM, through a reference
  const char *tag;
};
constexpr Ref refs[] = {{counter, "counter"}, {bucket[2], "bucket"}};

struct Shape {
  virtual unsigned area() const = 0;
  virtual ~Shape() = default;
};
struct Square : Shape {
  unsigned side;
  constexpr explicit Square(unsigned s) : side(s) {}
  unsigned area() const override { return side * side; }
};
struct Rect : Shape {
  unsigned w, h;
  constexpr Rect(unsigned w, unsigned h) : w(w), h(h) {}
  unsigned area() const override { return w * h; }
};
const Square sq(7);
const Rect rc(3, 5);
const Shape *const shapes[] = {&sq, &rc}; // const pointers to const objects with vtables
} // namespace

extern "C" unsigned rrld_test_compute(void) {
  unsigned acc = rrld_test_compute_c();
  for (int i = zero; i < 2; ++i) {
    refs[i].value += i + 1;
    acc = acc * 7 + (unsigned)refs[i].value + hash(refs[i].tag);
  }
  for (int i = zero; i < 2; ++i)
    acc = acc * 11 + shapes[i]->area();
  return acc;
}
