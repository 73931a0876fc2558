// rrld_self_relocate: the same placement as rrld_load with the app's own
// flash and RAM.  On a 64-bit host it needs buffers below 4 GiB.
#include <catch2/catch.hpp>

#include <cstring>
#include <sys/mman.h>

#include "image_builder.hpp"
#include "rrld/relocator.h"

using namespace rrld_test;

TEST_CASE("self-relocation places the image it sits in", "[self]") {
#ifndef MAP_32BIT
  SUCCEED("no MAP_32BIT on this host");
#else
  ImageSpec s;
  s.ro_body.assign(64, 0x77);
  s.rw_init.assign(32, 0);
  s.stack_size = 128;
  s.rw_ro = {0, 4};
  s.rw_rw = {8};
  set32(s.rw_init, 0, s.ro_link_addr + 100);
  set32(s.rw_init, 4, s.ro_link_addr + 104);
  set32(s.rw_init, 8, s.rw_link_addr + 16);
  const Bytes image = build(s);
  void *mem = mmap(nullptr, 1 << 16, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT,
                   -1, 0);
  REQUIRE(mem != MAP_FAILED);
  uint8_t *flash = static_cast<uint8_t *>(mem);
  uint8_t *ram = flash + (1 << 15);
  std::memcpy(flash, image.data(), image.size());
  const uint32_t flash_start = uint32_t(reinterpret_cast<uintptr_t>(flash));
  const uint32_t ram_start = uint32_t(reinterpret_cast<uintptr_t>(ram));
  rrld_load_result r;
  REQUIRE(rrld_self_relocate(flash_start, ram_start, 1024, &r) == RRLD_OK);
  CHECK(r.entry == flash_start + s.entry);
  CHECK(r.stack_top == ram_start + 128);
  CHECK(r.static_base == ram_start + 128);
  Bytes rw(ram + 128, ram + 128 + 32);
  CHECK(get32(rw, 0) == flash_start + 100);
  CHECK(get32(rw, 4) == flash_start + 104);
  CHECK(get32(rw, 8) == r.static_base + 16);
  // Nobody verified the image at install: self-relocation runs rrld_verify
  // first, and a changed byte stops it before any store.
  flash[96] ^= 1;
  std::memset(ram, 0xEE, 1024);
  CHECK(rrld_self_relocate(flash_start, ram_start, 1024, &r) == RRLD_E_CRC);
  CHECK(ram[128] == 0xEE);
  CHECK(r.entry == 0);
  flash[96] ^= 1;
  // Not enough RAM: nothing written.
  std::memset(ram, 0xEE, 1024);
  CHECK(rrld_self_relocate(flash_start, ram_start, 100, &r) == RRLD_E_RAM_TOO_SMALL);
  CHECK(ram[128] == 0xEE);
  munmap(mem, 1 << 16);
#endif
}
