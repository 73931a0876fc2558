//===- ToolInput.h - what the image subcommands share -----------*- C++ -*-===//
//
// inspect, verify, place and tbf read an image (the ELF rrld wrote, the flat
// image, or a TBF holding one, read by the kernel's rules in Tbf.cpp), check
// it with the host-side parser (Image.cpp, which explains problems in words)
// and with the relocator library itself (the code that runs on the device),
// then act.
//
//===----------------------------------------------------------------------===//
#ifndef RRLD_TOOLINPUT_H
#define RRLD_TOOLINPUT_H

#include "Context.h"
#include "Image.h"
#include "LinkedElf.h"
#include "Tbf.h"

#include "rrld/format.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace rrld {

struct LoadedImage {
  std::vector<uint8_t> bytes;
  std::optional<LinkedElf> elf;
  ImageInfo info;
  std::optional<TbfInfo> tbf; // when the file is a TBF
};

// Reads and checks an image with both the host parser and the device code.
// `writableElf`: read an ELF into a private copy the caller may edit
// (LinkedElf::writableBytes).
std::optional<LoadedImage> loadImage(Ctx &ctx, llvm::StringRef path, bool writableElf = false);

// Where the image's RO->RO words point, for a TBF: nullopt when there are
// none.  `patched` says whether they were patched since the link, `tbfAddr`
// the TBF address they fit.
struct RoPatchState {
  bool patched = false;
  uint32_t tbfAddr = 0;
};
std::optional<RoPatchState> roPatchState(const rrld_header &h, uint32_t imageOffset);

// Writes an output file; false (and an error) if it cannot.
bool writeOutput(Ctx &ctx, llvm::StringRef path, llvm::ArrayRef<uint8_t> bytes);

} // namespace rrld

#endif
