//===- Plan.h - deciding from the inputs what moves to RW ------*- C++ -*-===//
//
// Some read-only data cannot stay in flash (Move.h says which).  All that
// decides it is in the input objects: a read-only section's relocations
// name their target symbols, and each symbol's section is writable or not.
// So rrld decides before the link, and lld runs once:
//
//   - a read-only data section holding an absolute word whose symbol lies in
//     a writable section (or in a section that itself moves) moves, as a
//     RAM address in flash would be wrong after the RW part is placed;
//   - a read-only data section that any code or data reaches SB-relative
//     (through r9) moves, as r9 holds the RW base;
//   - with --rrld-ro-relocs=ram, every read-only data section holding an
//     absolute word to a section moves;
//   - a read-only data section named as a moving section of the same object
//     moves with it: a linker script names an input section by file and
//     name, so neither the generated layout nor a renamed copy (Move.h) can
//     place one of them without the other;
//   - a section whose name is a C identifier belongs to a linker set (the
//     linker defines __start_NAME and __stop_NAME around the output section
//     of that name): if one moves, every loaded one of that name moves, and
//     the default layout keeps the set whole in .data between definitions
//     of those symbols.
//
// Global symbols are resolved across the objects the link loads (archive
// members as lld extracts them: InputScan::loaded) the way the linker
// does: the first strong definition, else the first weak one.  A member
// the link does not load moves nothing.  A word naming a symbol that no
// input defines (one the linker script or --defsym defines) may be a RAM
// address: its section moves, when rrld read every input; else (bitcode,
// INPUT in a script) it cannot be judged here, and if the linked image
// shows it needed a move, rrld reports it as an error naming the section.
//
// The plan names each section to move as lld will name it: the path on the
// command line (or the one -l finds through -L), the archive member, and
// the section name.
//
//===----------------------------------------------------------------------===//
#ifndef RRLD_PLAN_H
#define RRLD_PLAN_H

#include "Arm.h"
#include "Classify.h"
#include "Context.h"
#include "Scan.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace rrld {

// One reference that forced a move, kept as its parts: the text is made
// only when printed (--rrld-explain), not for each of the thousands of
// references of a link that prints none.  It points into the scan, which
// must outlive it.
struct MoveCause {
  const ScanObject *object = nullptr; // holds the reference
  uint32_t section = 0;               // index of the section holding it
  uint32_t offset = 0;
  uint32_t type = 0;                  // relocation type
  llvm::StringRef symbol;             // its name, or the section's for a section symbol
  bool sectionSymbol = false;
  // No reference: `section` is another section of the same name that moves
  // (MoveReason::SameName); offset, type and symbol are unused.
  bool sameName = false;
  const char *why = "";               // what it does wrong, a string literal

  // "a.o:(.rodata.x+0x8): R_ARM_ABS32 against 'f' <why>", or for sameName
  // "a.o:(.rodata), section 8, moves to RW<why>"
  std::string text() const;
  // Whether the texts are equal (without making them, mostly).
  bool sameText(const MoveCause &other) const;
};

// One read-only input section that moves to RW.
struct PlannedMove {
  std::string file;   // the path lld opens
  std::string member; // archive member, or empty
  std::string name;   // section name
  uint32_t index = 0; // section index in the object
  uint32_t object = ~0u; // the object's index in the scan planned from (InputScan::objects)
  uint32_t size = 0;
  // For a section of a section group (SHF_GROUP, C++'s COMDAT) defining a
  // global: its name and that symbol's.  Other objects' copies share it,
  // and the link keeps one.  Else empty.
  std::string group;
  MoveReason reason = MoveReason::RamPointer;
  std::vector<MoveCause> because; // the references that forced it (64 at most)

  // "file(member):(name)", as lld's map and diagnostics name it.
  std::string desc() const;
  // The file pattern a linker script matches the object with: the path,
  // or "archive:member".
  std::string scriptFile() const;
};

struct MovePlan {
  std::vector<PlannedMove> moves;     // in input order
  uint32_t inputs = 0;                // objects read (archive members included)
  // Objects (file, member) with R_ARM_SBREL32 in a non-allocated section:
  // the debug info of -frwpi code, which rrld retypes for lld (DebugInfo.h).
  std::vector<std::pair<std::string, std::string>> sbrelNonAlloc;
  // Sections that needed moving but cannot, by desc(): why not.
  std::map<std::string, std::string> refused;
  // Objects a Cortex-M core cannot run (InputCheck.h), each as
  // "file(member): why"; the link stops before lld with these errors.
  std::vector<std::string> badInputs;
  // Inputs lld cannot link safely (Scan.h, badReloc).
  std::vector<std::string> malformed;
  // Set when hard-float and soft-float objects meet (InputCheck.h,
  // FloatAbi): "file(member)" of the first of each kind.
  std::optional<std::pair<std::string, std::string>> floatMismatch;
  // Set when the scan did not see every input section (LLVM bitcode, which
  // lld compiles during the link, or a linker script naming inputs): what
  // those hold cannot be planned.
  bool unseenInputs = false;
  // Writable sections of loaded objects named as read-only data (.rodata*),
  // "file(member):(name)": the default layout would put them in flash.
  std::vector<std::string> writableRoData;
  // Read-only data (not code) holding absolute words in sections named as
  // code (.text*), "file(member):(name)": the default layout would put them
  // in .text, where rrld takes absolute words for literal pools.
  std::vector<std::string> dataInCode;
  // The first SB-relative reference to each symbol no loaded input defines,
  // "a.o:(.text+0x8): R_ARM_THM_MOVW_BREL_NC against 'x' ", for lld's error
  // if the symbol has no static base (RunLld.h).
  std::map<std::string, std::string> sbrelUndefined;
};

struct PlanOptions {
  RoRelocPolicy roRelocs = RoRelocPolicy::Patch;
  ArmOptions arm;
};

// Decides from the scanned inputs (Scan.h) which read-only sections move.
// Inputs the scan could not read are left out: lld reports them.
MovePlan planMoves(const InputScan &scan, const PlanOptions &opts);

// The file names lld gives the inputs among `lldArgs`: positional paths as
// written, and each -l library as found in the -L directories.  `whole`,
// if given, says of each whether it stands inside --whole-archive.
std::vector<std::string> inputPaths(llvm::ArrayRef<std::string> lldArgs,
                                    std::vector<bool> *whole = nullptr);

// The symbols lld looks up before any object asks for them, each of which
// pulls the archive member defining it into the link: the entry (-e, and
// _start), -u / --require-defined, -init / -fini, and every name in a -T
// script or a --defsym (more than lld looks up: a name too many is
// harmless, one too few could hide a member's definitions).
std::vector<std::string> rootSymbols(llvm::ArrayRef<std::string> lldArgs);

// An input section description matching exactly the planned sections, for
// a linker script: one line per section, `"file"(name)`.  Returns false
// (and `why`) if a name cannot be written in the script language.
bool scriptLines(const PlannedMove &m, std::string &out, std::string &why);

// The input section descriptions placing the planned moves in the default
// layout (for withMovedSections, Driver.h).  lld tests every input section
// (of every kind, its own synthetic ones included) against every pattern of
// a description, by name first, so a line per moved section made a link
// that moves a thousand sections several times slower.  A section whose
// name no unmoved input section shares (the usual case with
// -fdata-sections) is matched by name alone, all of them in one
// description with few patterns (namePatterns); the others get a line each
// (scriptLines).  The patterns are only that few when the scan saw every
// input section (not with LLVM bitcode, a linker script or a binary file
// among the inputs); else each name is written out.  `fileOf` renames
// inputs lld reads as changed copies; a move that cannot be written is
// left out, with why in `refused`.  `moves` are planMoves' from `scan`
// (PlannedMove::object names each section without comparing names); one
// the scan does not show gets a line.  Returns the moves placed.
// A moved linker set (a C-identifier name, which lld bounds with
// __start_NAME and __stop_NAME as an output section of its own) is placed
// whole, between script definitions of those two symbols.
std::vector<const PlannedMove *>
defaultLayoutLines(const InputScan &scan, llvm::ArrayRef<PlannedMove> moves,
                   const std::map<std::string, std::string> &fileOf, std::string &out,
                   std::map<std::string, std::string> &refused);

// Whether `name` is a C identifier: lld defines __start_NAME and
// __stop_NAME for an output section of that name.
bool isCIdentifier(llvm::StringRef name);

// lld section patterns (globs, metacharacters escaped) that match every
// name of `moved` and no name of `others`: one per largest subtree of the
// name trie whose names are all moved, written as the prefix they share
// then '*' (a name alone if it is the only one).  A thousand sections named
// .rodata.tab0 ... .rodata.tab999 among unmoved .rodata.str1.1 and
// .text.tab0 become ".rodata.tab*".
std::vector<std::string> namePatterns(std::vector<llvm::StringRef> moved,
                                      llvm::ArrayRef<llvm::StringRef> others);

} // namespace rrld

#endif
