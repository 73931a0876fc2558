//===- RunLld.h - the link's lld run ----------------------------*- C++ -*-===//
#ifndef RRLD_RUNLLD_H
#define RRLD_RUNLLD_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/FileUtilities.h"

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace rrld {

// What lld said of the sections --gc-sections removed (--print-gc-sections):
// "file(member):(name)" each, renamed; printed too if `show`.
struct GcRemoved {
  bool show = true;
  std::vector<std::string> sections;
};

// Runs lld in-process with `args` (without argv[0]); its messages go to
// stdout and stderr as they come, with each `rename` pair's first string
// replaced by the second.  With `gc`, lld's "removing unused section" lines
// go there (and to stdout only if gc->show).  `sbrelAt` names where each
// symbol is first reached SB-relative (MovePlan::sbrelUndefined): lld's
// "SBREL relocation to X without static base", which names no place, gets
// it and a fix.  Returns lld's exit code.
int runLld(llvm::ArrayRef<std::string> args,
           llvm::ArrayRef<std::pair<std::string, std::string>> rename, GcRemoved *gc = nullptr,
           const std::map<std::string, std::string> *sbrelAt = nullptr);

// For rrld-link's main, which links once and exits (not for a fuzzer, which
// links again and again and catches crashes itself): lld's memory is left
// to the exit, and a crash inside lld (lld 19 reads some malformed inputs
// unchecked) ends the process with an error and exit status 1 instead of
// the signal, after LLVM's handler has printed the stack; the temporary
// files are removed.
void oneLinkProcess();

// Removes `path` (a file, or a directory and what it holds) if lld ends the
// process on a fatal error (llvm_shutdown() and _exit(): no destructor runs).
// Normally the path's own owner removes it first.
void removeOnFatalExit(llvm::StringRef path, bool directory);

// Writes `text` to a new temporary file; removed when the returned object
// dies, or when lld ends the process (removeOnFatalExit).
llvm::Expected<std::unique_ptr<llvm::FileRemover>>
writeTemp(llvm::StringRef prefix, llvm::StringRef suffix, llvm::StringRef text,
          llvm::SmallString<128> &path);

// A relocatable ARM object with one writable section, .data.rrld_anchor,
// empty unless `dataBytes` (zeros), and with `bssBytes` a .bss.rrld_anchor
// of that many zeroed bytes; sized ones are SHF_GNU_RETAIN.
std::string anchorObject(uint32_t dataBytes = 0, uint32_t bssBytes = 0);

} // namespace rrld

#endif
