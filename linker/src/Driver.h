//===- Driver.h - rrld's link mode ------------------------------*- C++ -*-===//
#ifndef RRLD_DRIVER_H
#define RRLD_DRIVER_H

#include "Context.h"

#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace rrld {

// Links with lld in-process and turns its output into an rrld image.
// `args` is an ld.lld command line without argv[0]; --rrld-* options are
// rrld's own.  Returns the process exit code.
int linkMain(Ctx &ctx, std::vector<std::string> args);

// The default linker script with its origins filled in.
std::string defaultScript(uint32_t roOrigin, uint32_t rwOrigin);

// `script` (the default layout) with the read-only input sections of
// `lines` (scriptLines in Plan.h) placed at the start of .data.
std::string withMovedSections(const std::string &script, llvm::StringRef lines);

// The --rrld-* options, for --help.
std::string linkOptionsHelp();

} // namespace rrld

#endif
