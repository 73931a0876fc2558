//===- LldRun.h - from the plan to lld's one run ---------------*- C++ -*-===//
//
// The stage between the decisions made from the inputs (Scan.h, Group.h,
// Plan.h) and lld: it turns them into lld's command line, then runs lld
// once.
//
//   - the symbol ordering file of the data order (Group.h);
//   - the moved read-only sections: a fragment of the default layout, or
//     changed copies of the inputs under a user's script (Move.h);
//   - copies of the objects whose debug info lld would refuse (DebugInfo.h);
//   - the default layout and its anchor object, or, under a user's script,
//     the second script the image needs (Script.h);
//   - a -Map for --rrld-explain.
//
// Its temporary files live as long as the LldRun.
//
//===----------------------------------------------------------------------===//
#ifndef RRLD_LLDRUN_H
#define RRLD_LLDRUN_H

#include "Classify.h"
#include "Context.h"
#include "LinkArgs.h"
#include "Move.h"
#include "Plan.h"
#include "RunLld.h"
#include "Scan.h"
#include "Script.h"

#include "llvm/Support/FileUtilities.h"

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace rrld {

struct LldRun {
  std::vector<std::string> args; // lld's, without argv[0]
  // Temporary paths in lld's messages -> what the user knows them as.
  std::vector<std::pair<std::string, std::string>> rename;
  std::vector<std::unique_ptr<llvm::FileRemover>> temps;
  MovePlan plan;
  std::unique_ptr<InputMover> mover; // the changed copies of inputs
  std::vector<MovedSection> moved;   // what moved to RW
  bool debugSbrel = false;           // debug info retyped: applied after the link
  ScriptInfo script;                 // a user's script, as rrld reads it
  ScriptFragment frag;               // and what rrld adds to it
  std::string mapPath;               // lld's map, if one is written
  // With --gc-sections and moves: the sections lld removed (linkOnce).
  std::optional<GcRemoved> gc;
};

// Plans lld's one run from the scanned inputs.  False after reporting an
// error (an input a Cortex-M core cannot run, a file rrld cannot write).
bool prepareLld(Ctx &ctx, const LinkArgs &args, const InputScan &scan,
                const ClassifyOptions &copts, LldRun &run);

// Runs lld once; returns its exit code.  A moved section that lld's
// --gc-sections removed is taken out of `run.moved`.
int linkOnce(LldRun &run);

// After lld: the user's -Map names the inputs as the user does, not rrld's
// copies, and rrld's own anchor object as "<rrld anchor>".  False after
// reporting an error.
bool restoreUserMap(Ctx &ctx, const LinkArgs &args, const LldRun &run);

} // namespace rrld

#endif
