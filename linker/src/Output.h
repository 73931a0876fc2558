//===- Output.h - writing a link's outputs ----------------------*- C++ -*-===//
//
// The last stage of a link.  lld's output is edited in place, a few
// kilobytes, not the whole file: the image header and tables, the code
// rewritten to reach RW through r9, the note of moved sections, what a
// user's script needs changed, and the debug info relocations lld could not
// apply.  Then -s strips it, and the flat image and the TBF are written.
// Nothing is written after an error.
//
//===----------------------------------------------------------------------===//
#ifndef RRLD_OUTPUT_H
#define RRLD_OUTPUT_H

#include "Context.h"
#include "ElfWriter.h"
#include "LinkArgs.h"
#include "LldRun.h"
#include "Rewrite.h"
#include "Script.h"

#include <optional>
#include <vector>

namespace rrld {

// The edits of lld's output; nothing after reporting an error.
std::optional<std::vector<FilePatch>> outputPatches(Ctx &ctx, const LinkArgs &args,
                                                    const LinkedElf &elf,
                                                    const ImageLayout &layout,
                                                    llvm::ArrayRef<uint8_t> image,
                                                    const RewriteResult &rewrite,
                                                    const ScriptEdits &edits, const LldRun &run);

// Unmaps `elf`, applies the edits, strips for -s, and writes the image and
// the TBF.  False after reporting an error.
bool writeOutputs(Ctx &ctx, const LinkArgs &args, LinkedElf &elf,
                  llvm::ArrayRef<FilePatch> patches, llvm::ArrayRef<uint8_t> image);

} // namespace rrld

#endif
