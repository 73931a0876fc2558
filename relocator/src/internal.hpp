// Internal definitions of the on-device relocator: the error enum, word
// access and the single store primitive every write goes through.
//
// Freestanding C++17: no heap, no exceptions, no RTTI, no libc.  The thumb
// builds are compiled with -fropi -frwpi and must need no relocation
// themselves, so nothing here may introduce writable data or a table of
// pointers.
#ifndef RRLD_RELOCATOR_INTERNAL_HPP
#define RRLD_RELOCATOR_INTERNAL_HPP

#include <stdint.h>

#include "rrld/relocator.hpp"

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "the rrld relocator reads images as native words: little-endian only"
#endif

#ifdef RRLD_STORE_HOOK
// Test builds only: every store the relocator makes is announced here first
// (address and length), so a test can check it lies where it should.
extern "C" void rrld_store_hook(const void *addr, uint32_t len);
#define RRLD_STORE_CHECK(p, n) rrld_store_hook((p), (n))
#else
#define RRLD_STORE_CHECK(p, n) ((void)0)
#endif

namespace rrld {
namespace detail {

// Internal code returns rrld::Status; only the extern "C" wrappers convert.
using Error = Status;

// Images and RAM are accessed as aligned native words.  may_alias because
// the underlying objects are byte arrays.
typedef uint32_t __attribute__((may_alias)) word_t;

inline uint32_t load32(const uint8_t *p) { return *reinterpret_cast<const word_t *>(p); }

// The only way the relocator writes memory.
inline void store32(uint8_t *p, uint32_t v) {
  RRLD_STORE_CHECK(p, 4);
  *reinterpret_cast<word_t *>(p) = v;
}

inline uintptr_t addr_of(const void *p) { return reinterpret_cast<uintptr_t>(p); }

} // namespace detail
} // namespace rrld

#endif // RRLD_RELOCATOR_INTERNAL_HPP
