//===- Tools.h - rrld's subcommands on images -------------------*- C++ -*-===//
#ifndef RRLD_TOOLS_H
#define RRLD_TOOLS_H

#include "Context.h"

#include "llvm/ADT/ArrayRef.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

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

// `rrld tbf`: options not given are nullopt (a TBF input keeps its own).
struct TbfArgs {
  std::string input, output;
  std::optional<std::string> name;
  std::optional<std::pair<uint16_t, uint16_t>> kernelVersion;
  bool sha256 = false;
  std::optional<uint32_t> flashAddr, ramExtra, kernelHeap, appVersion;
};
int tbfMain(Ctx &ctx, const TbfArgs &args);

// `rrld cargo-config`: a .cargo/config.toml for Rust apps (docs/install.md).
struct CargoConfigArgs {
  std::string core, target, board, rustc, output; // rustc: empty = search PATH
  bool tock = false;
};
int cargoConfigMain(Ctx &ctx, const CargoConfigArgs &args, const char *argv0);

// --rrld-tbf=FILE at link time: the TBF of the image just written, with
// rrld tbf's defaults (the name is the ELF's file stem).  False on error.
bool writeLinkTbf(Ctx &ctx, llvm::ArrayRef<uint8_t> image, llvm::StringRef elfPath);

} // namespace rrld

#endif
