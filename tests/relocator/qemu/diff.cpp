// The QEMU differential test: replays gen_diff's cases on the Cortex-M build
// of the relocator (rrld_load in assembly) and compares status,
// result and the whole RAM buffer with what the reference (the C++ build on
// the host) produced.  Prints a status histogram, so a run shows which
// checks the cases reached, then "result ok" or the first mismatches.
#include <stdint.h>

#include "diff_case.h"
#include "rrld/relocator.h"
#include "semihost.h"

extern const DiffCase diff_cases[];
extern const uint32_t diff_case_count;
extern const uint8_t diff_blob[];

namespace {

alignas(8) uint8_t g_ram[kDiffRamBytes];


void print_num(uint32_t v) { // hexadecimal: no division needed
  char buf[12];
  buf[0] = '0';
  buf[1] = 'x';
  for (int i = 0; i < 8; ++i)
    buf[2 + i] = "0123456789abcdef"[(v >> (28 - 4 * i)) & 15];
  buf[10] = ' ';
  buf[11] = 0;
  print(buf);
}

uint32_t hash(const uint8_t *p, uint32_t n) { // FNV-1a, as gen_diff
  uint32_t h = 2166136261u;
  for (uint32_t i = 0; i < n; ++i)
    h = (h ^ p[i]) * 16777619u;
  return h;
}

} // namespace

extern "C" [[noreturn]] void diff_main() {
  uint32_t bad = 0;
  volatile uint32_t seen[32]; // volatile: cleared by a loop, not a libc call
  for (uint32_t s = 0; s < 32; ++s)
    seen[s] = 0;
  for (uint32_t c = 0; c < diff_case_count; ++c) {
    const DiffCase &d = diff_cases[c];
    for (uint32_t i = 0; i < kDiffRamBytes; ++i)
      g_ram[i] = 0xEE;
    const uint8_t *ip = diff_blob + d.image_off;
    if (d.flags & kInRam) {
      for (uint32_t i = 0; i < d.image_len; ++i)
        g_ram[kDiffImageInRam + i] = ip[i];
      ip = g_ram + kDiffImageInRam;
    }
    if (d.flags & kImageMisaligned)
      ip += 2;
    uint8_t *rp = (d.flags & kRamNull) ? nullptr : g_ram;
    if (d.flags & kRamInImage)
      rp = g_ram + kDiffImageInRam + d.ram_off;
    if (d.flags & kRamMisaligned)
      rp += 4; // word aligned, not 8-aligned
    rrld_load_args a{ip, d.image_len, d.ro_addr, rp, d.ram_len, d.ram_addr, d.verified};
    rrld_load_result r;
    uint32_t *rw = reinterpret_cast<uint32_t *>(&r);
    static_assert(sizeof r == 4 * kDiffResultWords, "diff_case.h: the result's words");
    for (uint32_t i = 0; i < kDiffResultWords; ++i)
      rw[i] = 0xAAAAAAAAu;
    rrld_load_result *rp_result = &r;
    if (d.flags & kResultInImage) { // inside the RAM copy of the image
      rp_result = reinterpret_cast<rrld_load_result *>(g_ram + kDiffImageInRam + d.result_off);
      rw = reinterpret_cast<uint32_t *>(rp_result);
    }
    const uint32_t st = rrld_load((d.flags & kArgsNull) ? nullptr : &a,
                                  (d.flags & kResultNull) ? nullptr : rp_result);
    bool same = st == d.status && hash(g_ram, kDiffRamBytes) == d.ram_hash;
    for (uint32_t i = 0; i < kDiffResultWords; ++i)
      same = same && rw[i] == d.result[i];
    seen[st & 31] = seen[st & 31] + 1;
    if (!same && ++bad <= 10) {
      print("mismatch: case ");
      print_num(c);
      print("status ");
      print_num(st);
      print("want ");
      print_num(d.status);
      print("\n");
    }
  }
  print("statuses (code count):\n");
  for (uint32_t s = 0; s < 32; ++s)
    if (seen[s]) {
      print_num(s);
      print_num(seen[s]);
      print("\n");
    }
  print("cases ");
  print_num(diff_case_count);
  print("mismatches ");
  print_num(bad);
  print("\n");
  print(bad == 0 && diff_case_count != 0 ? "result ok\n" : "result FAIL\n");
  semihost_exit();
}

extern "C" uint32_t __stack_top;
extern "C" [[noreturn]] void reset_handler() { diff_main(); }
__attribute__((section(".vectors"), used)) const void *const g_vectors[2] = {
    &__stack_top, reinterpret_cast<const void *>(&reset_handler)};
