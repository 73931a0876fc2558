// rrld_status_name: constant names for kernels' logs.
//
// The names are one string, NUL-separated, walked to the n-th: an array of
// string pointers would be a table of absolute addresses (R_ARM_ABS32 in
// .rodata), which a -fropi build that runs before relocation cannot have.

#include "internal.hpp"

namespace {

constexpr char kNames[] =
    "RRLD_OK\0"
    "RRLD_E_ARGUMENT\0"
    "RRLD_E_TRUNCATED\0"
    "RRLD_E_MAGIC\0"
    "RRLD_E_VERSION\0"
    "RRLD_E_FLAGS\0"
    "RRLD_E_LAYOUT\0"
    "RRLD_E_ALIGN\0"
    "RRLD_E_CRC\0"
    "RRLD_E_ENTRY\0"
    "RRLD_E_RAM_TOO_SMALL\0"
    "RRLD_E_RELOC_RANGE\0"
    "RRLD_E_RELOC_ORDER\0"
    "RRLD_E_RO_NOT_PATCHED\0"
    "RRLD_E_WRITE\0"
    "RRLD_E_ADDRESS\0"
    "RRLD_E_UNKNOWN"; // for any other value

constexpr uint32_t kUnknown = RRLD_E_ADDRESS + 1;

} // namespace

extern "C" const char *rrld_status_name(rrld_status status) {
  uint32_t n = static_cast<uint32_t>(status);
  if (n > kUnknown)
    n = kUnknown;
  const char *s = kNames;
  for (; n != 0; --n)
    while (*s++ != '\0') {
    }
  return s;
}
