// The rrld on-device relocator: a thin C++17 API over the C ABI in
// relocator.h (same code, same rules; docs/relocator.md is the manual).
//
// Freestanding: usable in a kernel without exceptions, RTTI or libstdc++.
#ifndef RRLD_RELOCATOR_HPP
#define RRLD_RELOCATOR_HPP

#include <stdint.h>

#include "rrld/relocator.h"

namespace rrld {

// The status codes of rrld_status, as a scoped enum.  The relocator's code
// uses this type internally; the C ABI only converts at its edge.
enum class Status : uint32_t {
  ok = RRLD_OK,
  argument = RRLD_E_ARGUMENT,
  truncated = RRLD_E_TRUNCATED,
  magic = RRLD_E_MAGIC,
  version = RRLD_E_VERSION,
  flags = RRLD_E_FLAGS,
  layout = RRLD_E_LAYOUT,
  align = RRLD_E_ALIGN,
  crc = RRLD_E_CRC,
  entry = RRLD_E_ENTRY,
  ram_too_small = RRLD_E_RAM_TOO_SMALL,
  reloc_range = RRLD_E_RELOC_RANGE,
  reloc_order = RRLD_E_RELOC_ORDER,
  ro_not_patched = RRLD_E_RO_NOT_PATCHED,
  write = RRLD_E_WRITE,
  address = RRLD_E_ADDRESS,
};

using LoadArgs = rrld_load_args;
using LoadResult = rrld_load_result;

inline Status to_status(rrld_status s) { return static_cast<Status>(s); }

// Checks the whole image; writes nothing.
inline Status verify(const uint8_t *image, uint32_t image_len) {
  return to_status(rrld_verify(image, image_len));
}

// Checks, then places RW in args.ram (rrld_load).  On failure `out` is zeroed.
inline Status load(const LoadArgs &args, LoadResult &out) { return to_status(rrld_load(&args, &out)); }

// Applies the RO->RO stream through `write` (see rrld_patch_ro).
inline Status patch_ro(const uint8_t *image, uint32_t image_len, uint32_t ro_addr, rrld_write_fn write,
                       void *ctx) {
  return to_status(rrld_patch_ro(image, image_len, ro_addr, write, ctx));
}

// The same with any callable `int(uint32_t offset, const uint8_t *bytes, uint32_t len)`.
template <class F>
inline Status patch_ro(const uint8_t *image, uint32_t image_len, uint32_t ro_addr, F &write) {
  struct Thunk {
    static int call(void *ctx, uint32_t offset, const uint8_t *bytes, uint32_t len) {
      return (*static_cast<F *>(ctx))(offset, bytes, len);
    }
  };
  return to_status(rrld_patch_ro(image, image_len, ro_addr, &Thunk::call, &write));
}

// Applies the RO->RO stream to an image that sits in writable memory.
inline Status patch_ro_in_place(uint8_t *image, uint32_t image_len, uint32_t ro_addr) {
  return to_status(rrld_patch_ro_in_place(image, image_len, ro_addr));
}

// "RRLD_OK", "RRLD_E_CRC", ...
inline const char *name(Status s) { return rrld_status_name(static_cast<rrld_status>(s)); }

} // namespace rrld

#endif // RRLD_RELOCATOR_HPP
