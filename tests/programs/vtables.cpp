// C++ through relocation: vtables (RO words pointing to code), pure virtual
// bases, a static array of base pointers (RW->RW), a const table of base
// pointers (RO->RW is not allowed, so it is writable), constructors run from
// .init_array (RW->RO), and member-function pointers.
struct Shape {
  virtual ~Shape() {}
  virtual int area() const = 0;
  virtual const char *name() const = 0;
};

struct Rect : Shape {
  int w, h;
  Rect(int w, int h) : w(w), h(h) {}
  int area() const override { return w * h; }
  const char *name() const override { return "rect"; }
};

struct Square : Rect {
  explicit Square(int s) : Rect(s, s) {}
  const char *name() const override { return "square"; }
};

struct Tri : Shape {
  int b, h;
  Tri(int b, int h) : b(b), h(h) {}
  int area() const override { return b * h / 2; }
  const char *name() const override { return "tri"; }
};

static Rect r1(3, 4);
static Square s1(5);
static Tri t1(6, 7);
Shape *shapes[] = {&r1, &s1, &t1};
static int constructed = 0;

struct Counter {
  Counter() { constructed += 17; }
};
static Counter c1, c2;

static unsigned hash(const char *s) {
  unsigned h = 5381;
  while (*s)
    h = h * 33 + (unsigned char)*s++;
  return h;
}

using AreaFn = int (Shape::*)() const;
AreaFn area_fn = &Shape::area;

extern "C" void __cxa_pure_virtual() {
  for (;;) {
  }
}
void operator delete(void *, unsigned) noexcept {}
void operator delete(void *) noexcept {}

extern "C" int main() {
  unsigned acc = (unsigned)constructed;
  for (Shape *s : shapes)
    acc = acc * 31 + (unsigned)(s->*area_fn)() + hash(s->name());
  return (int)(acc & 0x7fffffff);
}
