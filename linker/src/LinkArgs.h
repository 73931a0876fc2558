//===- LinkArgs.h - the link's command line ---------------------*- C++ -*-===//
#ifndef RRLD_LINKARGS_H
#define RRLD_LINKARGS_H

#include "Arm.h"
#include "Context.h"

#include <string>
#include <vector>

namespace rrld {

struct SplitArgs {
  std::vector<std::string> lld;  // for lld, without argv[0]
  std::vector<std::string> rrld; // --rrld-* options, normalised to --x=value
  std::string output = "a.out";
  bool hasScript = false;
  std::string mapFile; // the user's -Map
  bool hasEmulation = false;
  bool ordersSections = false; // --symbol-ordering-file and the like
  bool target1Rel = false;
  Target2Policy target2 = Target2Policy::GotRel;
  bool stripAll = false;   // -s/--strip-all: rrld strips its output (Strip.h)
  bool stripDebug = false; // -S/--strip-debug, or implied by -s: lld drops debug info
  unsigned threads = 0;    // --threads=N, or 0: how many threads rrld's passes and lld use
};


// The parsed command line of a link.
struct LinkArgs : SplitArgs {
  std::string dataOrder = "grouped";
  bool timePasses = false;
  bool printScript = false; // --rrld-print-default-script
  bool printOrder = false;  // --rrld-print-data-order
};

// Expands response files, splits rrld's options from lld's and fills
// ctx.opts.  False after reporting an error.
bool parseLinkArgs(Ctx &ctx, std::vector<std::string> rawArgs, LinkArgs &out);

} // namespace rrld

#endif
