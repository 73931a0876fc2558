//===- Report.h - what a link tells its user --------------------*- C++ -*-===//
//
// After classification: the problems as errors and warnings naming input
// sections ("a.o:(.rodata.x+0x8): R_ARM_ABS32 against 'f' ..."), the
// --rrld-explain listing of what moved to RW or is patched at install
// time, and the --rrld-verbose summary.  Input sections are named from
// lld's map when there is one, else from the inputs (Names.cpp).
//
//===----------------------------------------------------------------------===//
#ifndef RRLD_REPORT_H
#define RRLD_REPORT_H

#include "Classify.h"
#include "Context.h"
#include "Image.h"
#include "Layout.h"
#include "LinkArgs.h"
#include "LldRun.h"
#include "Move.h"
#include "Rewrite.h"
#include "Script.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace rrld {

// Names input sections in diagnostics: from lld's map if it wrote one,
// else, at the first question, from the inputs.
class SectionNames {
public:
  SectionNames(const LinkedElf &elf, InputMap map, llvm::ArrayRef<std::string> lldArgs)
      : elf(elf), map(std::move(map)), lldArgs(lldArgs) {}
  const InputMap &get();
  // The names as they are now: lld's map, those found so far, or none.
  const InputMap &current() const { return map; }

private:
  const LinkedElf &elf;
  InputMap map;
  llvm::ArrayRef<std::string> lldArgs;
};

// Reports c's warnings, and its problems as errors with why each was not
// moved to RW (under a user's script, with the script line that caused it).
void reportProblems(Ctx &ctx, const LinkedElf &elf, SectionNames &names, const Classified &c,
                    const LldRun &run, bool userScript);

// --rrld-explain: per read-only section moved to RW or patched at install
// time, the references that made it so.
void explain(const LinkedElf &elf, const InputMap &map, llvm::ArrayRef<MovedSection> moved,
             const ClassifyOptions &copts, llvm::raw_ostream &os);

// --rrld-verbose: sizes, relocation counts, table bytes, what the script
// fragment did and what moved.
void printSummary(const std::string &output, const ImageLayout &layout, const Classified &c,
                  const RewriteResult &rewrite, const Tables &tables, const LldRun &run,
                  llvm::ArrayRef<std::string> paddingNames, llvm::raw_ostream &os);

} // namespace rrld

#endif
