//===- StaticStubs.cpp - what rrld-link's static LLVM lacks ---------------===//
//
// Debian builds LLVM with Polly linked into its tools, so libLLVMLTO's
// optimisation pipeline registers Polly's passes through this function; the
// shared libLLVM defines it, the static archives do not (Polly is only a
// shared plugin there).  rrld-link runs no Polly: the plugin it returns
// registers nothing.  (linker/CMakeLists.txt explains the static link.)
//
//===----------------------------------------------------------------------===//
#include "llvm/Passes/PassPlugin.h"

llvm::PassPluginLibraryInfo getPollyPluginInfo() {
  return {LLVM_PLUGIN_API_VERSION, "Polly", "none", [](llvm::PassBuilder &) {}};
}
