//===- Verify.cpp - rrld verify ----------------------------------------===//
//
// Checks every format invariant of an image (docs/format.md) with the host
// parser and the relocator library.
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

int verifyMain(Ctx &ctx, const std::string &path) {
  std::optional<LoadedImage> li = loadImage(ctx, path);
  if (!li)
    return 1;
  const rrld_header &h = li->info.h;
  if (const std::optional<TbfInfo> &t = li->tbf) {
    if (!(t->flags & TBF_FLAG_ENABLED))
      ctx.diag.warn(path + ": the TBF's enabled flag is clear: the kernel will not run it");
    std::optional<RoPatchState> ro = roPatchState(h, t->protectedSize());
    if (ro && !ro->patched)
      ctx.diag.warn(path + ": the image has " + Twine(li->info.roRo.size()) +
                    " RO->RO words not yet patched for a flash address: Tock's flash is "
                    "read-only, so it runs only once patched at install (rrld tbf --flash-addr)");
    else if (ro && ro->tbfAddr % t->totalSize)
      ctx.diag.warn(path + ": the image's RO->RO words are patched for an image at " +
                    hex(h.ro_patched_addr) + ", which puts the TBF at " + hex(ro->tbfAddr) +
                    ", not a multiple of its size " + Twine(t->totalSize) +
                    ": re-lay it with rrld tbf --flash-addr");
    llvm::outs() << path << ": ok (TBF " << t->totalSize << " bytes, image at offset "
                 << t->protectedSize() << ": " << h.image_size << " bytes, crc32 "
                 << format("0x%08x", h.crc32) << ")\n";
    return 0;
  }
  llvm::outs() << path << ": ok (" << h.image_size << " bytes, crc32 "
               << format("0x%08x", h.crc32) << ")\n";
  return 0;
}

} // namespace rrld
