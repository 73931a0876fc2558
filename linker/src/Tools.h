//===- Tools.h - rrld's subcommands on images -------------------*- C++ -*-===//
#ifndef RRLD_TOOLS_H
#define RRLD_TOOLS_H

#include "Context.h"

#include <cstdint>
#include <string>

namespace rrld {

int inspectMain(Ctx &ctx, const std::string &path, bool json);
int verifyMain(Ctx &ctx, const std::string &path);

struct PlaceArgs {
  std::string input;
  std::string output; // fixed-address ELF
  std::string bin;    // flat image patched for the RO address
  uint32_t ro = 0, rw = 0;
};
int placeMain(Ctx &ctx, const PlaceArgs &args);

} // namespace rrld

#endif
