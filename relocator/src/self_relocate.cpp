// rrld_self_relocate: rrld_load for an app that places itself.
//
// Called from the app's own startup before anything is relocated, with the
// registers a Tock-style kernel starts a process with (docs/relocator.md,
// "Self-relocation"): rrld_verify, the check a kernel runs at install, then
// rrld_load.  The whole library is -fropi -frwpi without writable
// data, so running it at an address other than its link address is safe.

#include "internal.hpp"

extern "C" rrld_status rrld_self_relocate(uint32_t flash_start, uint32_t ram_start,
                                          uint32_t ram_len, rrld_load_result *out) {
  rrld_load_args args;
  args.image = reinterpret_cast<const uint8_t *>(static_cast<uintptr_t>(flash_start));
  // The image is the app's own flash: readable up to the top of the address
  // space as far as the loader can tell; its header says how long it is.
  args.image_len = ~flash_start;
  args.ro_addr = flash_start;
  args.ram = reinterpret_cast<uint8_t *>(static_cast<uintptr_t>(ram_start));
  args.ram_len = ram_len;
  args.ram_addr = ram_start;
  // Nobody verified the image at install: the integrity check runs here,
  // at every start, before the load.
  rrld_status st = rrld_verify(args.image, args.image_len);
  if (st != RRLD_OK) {
    if (out != nullptr)
      *out = rrld_load_result{0, 0, 0, 0};
    return st;
  }
  args.verified = RRLD_VERIFIED;
  return rrld_load(&args, out);
}
