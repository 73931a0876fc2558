//===- Output.cpp ---------------------------------------------------------===//
#include "Output.h"

#include "DebugInfo.h"
#include "Strip.h"
#include "Tools.h"

#include "llvm/Support/FileUtilities.h"

using namespace llvm;

namespace rrld {

std::optional<std::vector<FilePatch>> outputPatches(Ctx &ctx, const LinkArgs &args,
                                                    const LinkedElf &elf,
                                                    const ImageLayout &layout,
                                                    ArrayRef<uint8_t> image,
                                                    const RewriteResult &rewrite,
                                                    const ScriptEdits &edits, const LldRun &run) {
  Expected<std::vector<FilePatch>> patches =
      imageElfPatches(elf, image, rewrite.patches, movedNote(run.moved));
  if (!patches) {
    ctx.diag.check(patches.takeError(), args.output);
    return std::nullopt;
  }
  appendScriptPatches(elf, edits, *patches);
  if (run.debugSbrel) {
    Expected<std::vector<FilePatch>> sb = nonAllocSbrelPatches(elf, layout.rwLink);
    if (!sb) {
      ctx.diag.check(sb.takeError(), args.output);
      return std::nullopt;
    }
    patches->insert(patches->begin(), sb->begin(), sb->end());
  }
  return std::move(*patches);
}

bool writeOutputs(Ctx &ctx, const LinkArgs &args, LinkedElf &elf, ArrayRef<FilePatch> patches,
                  ArrayRef<uint8_t> image) {
  const Options &o = ctx.opts;
  elf.buffer.reset(); // unmap before writing
  if (ctx.diag.check(patchFile(args.output, patches)))
    return false;
  // -s: the symbols served classification; now they go (Strip.h).
  if (args.stripAll && ctx.diag.check(stripFile(args.output)))
    return false;
  if (!o.imagePath.empty() && ctx.diag.check(writeFile(o.imagePath, image)))
    return false;
  // A link that fails leaves no output (the ELF's remover is the caller's).
  FileRemover imageRemover(o.imagePath, !o.imagePath.empty());
  if (!o.tbfPath.empty() && !writeLinkTbf(ctx, image, args.output))
    return false;
  imageRemover.releaseFile();
  return true;
}

} // namespace rrld
