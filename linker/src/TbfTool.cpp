//===- TbfTool.cpp - rrld tbf ------------------------------------------===//
//
// Writes Tock Binary Format apps holding an rrld image (Tbf.cpp), from an
// image or at link time (--rrld-tbf).
//
//===----------------------------------------------------------------------===//
#include "Tools.h"
#include "ToolInput.h"

#include "ElfWriter.h"
#include "Image.h"
#include "LinkedElf.h"
#include "Tbf.h"

#include "rrld/relocator.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"

using namespace llvm;

namespace rrld {

static bool writeTbf(Ctx &ctx, const std::string &inputName, ArrayRef<uint8_t> image,
                     const rrld_header &h, size_t roRoWords, TbfSettings s,
                     const std::string &output) {
  Expected<TbfLayout> lay = tbfLayout(h, s);
  Expected<std::vector<uint8_t>> tbf = lay ? buildTbf(image, s) : lay.takeError();
  if (!tbf) {
    ctx.diag.error(output + ": " + toString(tbf.takeError()));
    return false;
  }
  // Without a flash address, RO->RO words keep what they hold: fine if a
  // re-laid TBF was patched for an address that still fits, else the app
  // runs only once patched at install.
  if (!s.flashAddr)
    if (std::optional<RoPatchState> ro = roPatchState(h, lay->imageOffset))
      if (!ro->patched || ro->tbfAddr % lay->totalSize)
        ctx.diag.warn(output + ": the image of " + inputName + " has " + Twine(roRoWords) +
                      " RO->RO words: the TBF runs only once patched for its flash address "
                      "(rrld tbf --flash-addr ADDR)");
  return writeOutput(ctx, output, *tbf);
}

int tbfMain(Ctx &ctx, const TbfArgs &a) {
  std::optional<LoadedImage> li = loadImage(ctx, a.input);
  if (!li)
    return 1;
  TbfSettings s;
  if (li->tbf) {
    // Re-laying keeps what the TBF says unless told otherwise.
    const TbfInfo &t = *li->tbf;
    s.name = t.packageName.value_or("");
    if (t.kernelVersion)
      std::tie(s.kernelMajor, s.kernelMinor) = *t.kernelVersion;
    s.appVersion = t.appVersion;
    if (!a.ramExtra && !a.kernelHeap)
      s.minimumRamSize = t.minimumRamSize;
  } else {
    s.name = sys::path::stem(a.input).str();
  }
  if (a.name)
    s.name = *a.name;
  if (a.kernelVersion)
    std::tie(s.kernelMajor, s.kernelMinor) = *a.kernelVersion;
  if (a.appVersion)
    s.appVersion = *a.appVersion;
  s.sha256 = a.sha256;
  s.flashAddr = a.flashAddr;
  s.ramExtra = a.ramExtra.value_or(0);
  s.kernelHeap = a.kernelHeap.value_or(TBF_KERNEL_HEAP_DEFAULT);
  return writeTbf(ctx, a.input, li->bytes, li->info.h, li->info.roRo.size(), s, a.output) ? 0
                                                                                           : 1;
}

bool writeLinkTbf(Ctx &ctx, ArrayRef<uint8_t> image, StringRef elfPath) {
  Expected<ImageInfo> info = parseImage(image);
  if (!info) {
    ctx.diag.error(elfPath + ": " + toString(info.takeError()));
    return false;
  }
  TbfSettings s;
  s.name = ctx.opts.tbfName.empty() ? sys::path::stem(elfPath).str() : ctx.opts.tbfName;
  s.sha256 = ctx.opts.tbfSha256;
  return writeTbf(ctx, elfPath.str(), image, info->h, info->roRo.size(), s, ctx.opts.tbfPath);
}

} // namespace rrld
