// C++ with the C library through relocation: operator new and delete over
// the app's heap, new[]/delete[], nothrow new to exhaustion, virtual
// destructors through delete, and static objects whose constructors run
// before main and whose destructor runs at exit.  The same source runs on
// the host (libc_check.h); the destructor prints a line the QEMU test
// looks for.
#include <new>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "libc_check.h"

namespace {

unsigned trace; // constructors append to it: their order is checked

struct Registry {
  unsigned items[8];
  unsigned count;
  explicit Registry(unsigned first) : items{first}, count(1) { trace = trace * 10 + 1; }
  ~Registry() {
    // Runs from exit(), after main: reports on stdout, which _exit flushes.
    // (Not on the host, whose stdout is the generated header.)
#if defined(__arm__)
    printf("libc_cxx: static destructor ran, %u items: %s\n", count, count == 3 ? "ok" : "WRONG");
#endif
  }
  void add(unsigned v) { items[count++] = v; }
};

struct Counter {
  unsigned value;
  Counter() : value(7) { trace = trace * 10 + 2; }
};

} // namespace

Registry registry(5); // dynamic initialisation: an .init_array entry
Counter counter;

struct Node {
  virtual ~Node() { ++destroyed; }
  virtual unsigned weight() const { return value; }
  static unsigned destroyed;
  unsigned value;
  Node *next;
  explicit Node(unsigned v, Node *n) : value(v), next(n) {}
};
unsigned Node::destroyed;

struct HeavyNode : Node {
  unsigned extra[6];
  HeavyNode(unsigned v, Node *n) : Node(v, n) {
    for (unsigned i = 0; i < 6; ++i)
      extra[i] = v * i;
  }
  unsigned weight() const override { return value + extra[5]; }
};

extern "C" void rrld_libc_test(void) {
  text("constructors before main: trace %u, counter %u, registry %u", trace, counter.value,
       registry.items[0]);
  registry.add(11);
  registry.add(13);

  // A list of 40 nodes of two types, walked, then deleted through the base.
  Node *head = nullptr;
  for (unsigned i = 0; i < 40; ++i)
    head = i % 3 ? new Node(i * i, head) : static_cast<Node *>(new HeavyNode(i, head));
  unsigned sum = 0;
  for (Node *n = head; n; n = n->next)
    sum = sum * 31 + n->weight();
  while (head) {
    Node *next = head->next;
    delete head;
    head = next;
  }
  text("list: checksum %u, %u destroyed", sum, Node::destroyed);

  unsigned *arr = new unsigned[100];
  for (unsigned i = 0; i < 100; ++i)
    arr[i] = i * 3 + 1;
  unsigned total = 0;
  for (unsigned i = 0; i < 100; ++i)
    total += arr[i];
  delete[] arr;
  text("new[]: total %u", total);

  char *s = new char[32];
  strcpy(s, "heap string");
  text("new char[]: %s", s);
  delete[] s;

#if defined(__arm__)
  // nothrow new until the heap is exhausted, then everything back.
  enum { MAX = 256 };
  static Node *nodes[MAX];
  unsigned count = 0;
  while (count < MAX && (nodes[count] = new (std::nothrow) HeavyNode(count, nullptr)) != nullptr)
    ++count;
  check(count > 0 && count < MAX, "new (nothrow): the heap runs out");
  unsigned ok = 1;
  for (unsigned i = 0; i < count; ++i)
    ok &= nodes[i]->weight() == i + i * 5;
  check(ok, "new (nothrow): every object intact");
  for (unsigned i = 0; i < count; ++i)
    delete nodes[i];
  Node *again = new (std::nothrow) HeavyNode(1, nullptr);
  check(again != nullptr, "delete: the space is taken again");
  delete again;
#endif
}
