// rrld_status_name.
#include <catch2/catch.hpp>

#include <string>

#include "rrld/relocator.h"

TEST_CASE("every status has its name", "[status]") {
  const char *names[] = {"RRLD_OK",           "RRLD_E_ARGUMENT",      "RRLD_E_TRUNCATED",
                         "RRLD_E_MAGIC",      "RRLD_E_VERSION",       "RRLD_E_FLAGS",
                         "RRLD_E_LAYOUT",     "RRLD_E_ALIGN",         "RRLD_E_CRC",
                         "RRLD_E_ENTRY",      "RRLD_E_RAM_TOO_SMALL", "RRLD_E_RELOC_RANGE",
                         "RRLD_E_RELOC_ORDER", "RRLD_E_RO_NOT_PATCHED", "RRLD_E_WRITE",
                         "RRLD_E_ADDRESS"};
  for (unsigned i = 0; i < sizeof names / sizeof names[0]; ++i)
    CHECK(std::string(rrld_status_name(static_cast<rrld_status>(i))) == names[i]);
  CHECK(std::string(rrld_status_name(static_cast<rrld_status>(16))) == "RRLD_E_UNKNOWN");
  // (In C++ an rrld_status can only hold 0..31 without undefined behaviour.)
  CHECK(std::string(rrld_status_name(static_cast<rrld_status>(31))) == "RRLD_E_UNKNOWN");
}
