// One case of the QEMU differential test (gen_diff.cpp writes them with the
// reference's answers, diff.cpp replays them on the Cortex-M build).
#ifndef RRLD_TESTS_DIFF_CASE_H
#define RRLD_TESTS_DIFF_CASE_H
#include <stdint.h>

constexpr uint32_t kDiffRamBytes = 4096; // the RAM buffer, hashed whole
constexpr uint32_t kDiffResultWords = 4; // rrld_load_result
constexpr uint32_t kDiffGuard = 64;      // never inside the region given
constexpr uint32_t kDiffImageInRam = 1024;

// DiffCase::flags: broken arguments.
// kResultInImage (with kInRam): the result lies inside the image, at
// result_off, where the load must not read it back (a result written first
// over the sizes made the Thumb-2 copy loop run past the image or forever).
// kRamInImage (with kInRam): the RAM region starts ram_off bytes into the
// image's copy, or past its end.
constexpr uint32_t kArgsNull = 1, kResultNull = 2, kRamNull = 4, kImageMisaligned = 8,
                   kRamMisaligned = 16, kInRam = 32, kResultInImage = 64, kRamInImage = 128;

struct DiffCase {
  uint32_t image_off; // in diff_blob
  uint32_t image_len;
  uint32_t ro_addr;
  uint32_t ram_len;
  uint32_t ram_addr;
  uint32_t verified;
  uint32_t flags;
  uint32_t result_off; // kResultInImage: the result's offset in the image
  uint32_t ram_off;    // kRamInImage: the RAM region's offset from the image
  uint32_t status;    // what the reference returned
  uint32_t result[kDiffResultWords]; // and left in the result (0xAA.. before the call)
  uint32_t ram_hash;  // FNV-1a of the RAM buffer after the call
};
#endif
