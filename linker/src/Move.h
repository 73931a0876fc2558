//===- Move.h - moving read-only input sections into RW --------*- C++ -*-===//
//
// Some read-only data cannot stay in flash: a word holding a RAM address
// (the RAM base changes at each load), data reached through r9 (r9 holds the
// RW base), and, with --rrld-ro-relocs=ram, any word holding an address.
// Plan.h decides from the inputs which input sections move, before the one
// lld run.
//
// With the default layout, a generated script fragment places them in .data
// (Driver.cpp).  A user's linker script cannot be extended that way, so
// there the inputs are changed instead, the way a user would: copies of the
// affected objects (or archives) in which those sections are writable and
// named `.data.R...` instead of `.rodata...` (same length, so the copy is a
// byte patch of the original).  Every linker script that puts `.data.*` in
// RAM then places them there.  Code that reached them PC-relative is made
// r9-relative after the link (Rewrite.h).
//
// A thin archive holds only its members' paths, relative to itself, and the
// copy holds the same names: beside the copy, each name leads to the
// member's patched copy or, for a member that did not change, to a link to
// the original file.  lld then reads what the user's archive holds, and
// names its members (in the map, in diagnostics, in a script's
// `archive:member` patterns) as the user's archive does.
//
// lld's -Map output (InputMap) names the input section of an output
// address in diagnostics.
//
//===----------------------------------------------------------------------===//
#ifndef RRLD_MOVE_H
#define RRLD_MOVE_H

#include "Classify.h"
#include "LinkedElf.h"
#include "Plan.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Object/ELF.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rrld {

// One input section of lld's -Map output.
struct MapEntry {
  uint32_t addr = 0, size = 0;
  std::string file;   // path of the object or archive as lld printed it
  std::string member; // archive member, or empty
  std::string name;   // section name
  std::string desc;   // "file(member):(name)"
};

class InputMap {
public:
  // Parses lld's -Map output: "VMA LMA Size Align" in hex, then the name:
  // unindented for output sections, indented 8 spaces for input sections.
  // Only input sections of loaded output sections are kept.
  static InputMap parse(llvm::StringRef text, const LinkedElf &elf);
  // Without a map: the input sections found in `elf` by reading the inputs
  // named in `lldArgs` again (Names.cpp).
  static InputMap fromInputs(const LinkedElf &elf, llvm::ArrayRef<std::string> lldArgs);

  // The smallest input section holding addr, or null.
  const MapEntry *find(uint32_t addr) const;
  // "a.o:(.rodata.x+0x8)", or "(.rodata+0x40)" when the map has no entry.
  std::string locate(const LinkedElf &elf, uint32_t addr, uint32_t section) const;
  bool empty() const { return entries.empty(); }
  // Names the inputs rrld changed by their originals (InputMover::copies).
  void restorePaths(const std::map<std::string, std::string> &copyToOrig);

private:
  std::vector<MapEntry> entries;
};

// A section rrld moved into RW.
struct MovedSection {
  std::string desc; // "a.o:(.rodata.p)", named as in the inputs
  uint32_t size = 0;
  MoveReason reason = MoveReason::RamPointer;
  std::vector<MoveCause> because; // the references that forced it
  uint32_t index = 0; // section index in its object (two may share desc)
  // For a section of a section group (COMDAT) defining a global: its name
  // and that symbol's, which copies in other objects share; else empty.
  std::string group;
};

class InputMover {
public:
  InputMover() = default;
  InputMover(const InputMover &) = delete;
  InputMover &operator=(const InputMover &) = delete;
  ~InputMover(); // removes the copies

  // Makes the planned section writable and renames it in a copy of its
  // input.  Returns false if it had been moved already.
  llvm::Expected<bool> move(const PlannedMove &m);

  // In a copy of the object (an archive's member), R_ARM_SBREL32 in
  // non-allocated sections becomes R_ARM_NONE, which lld leaves alone and
  // keeps in --emit-relocs (DebugInfo.h).  Returns how many changed.
  llvm::Expected<uint32_t> retypeNonAllocSbrel(llvm::StringRef file, llvm::StringRef member);
  // Whether any input changed (moved or retyped): apply() is due.
  bool changed() const { return !movedSections.empty() || retyped != 0; }

  // Writes the changed copies and returns lld's arguments with each
  // changed input replaced by its copy.
  llvm::Expected<std::vector<std::string>> apply(llvm::ArrayRef<std::string> args);

  const std::vector<MovedSection> &moved() const { return movedSections; }
  // Path of each changed copy -> path of its original.
  const std::map<std::string, std::string> &copies() const { return copyToOrig; }

private:
  // A thin archive's member: a file of its own.
  struct Member {
    std::vector<uint8_t> bytes; // patched contents
    bool changed = false;
  };
  struct File {
    std::string orig;                    // as named on the command line / in the map
    std::string copy;                    // the patched copy ("" until written)
    std::vector<uint8_t> bytes;          // patched contents (a thin archive: its own)
    bool changed = false;                // only a changed file is copied
    bool thin = false;                   // a thin archive: its members are in `members`
    std::map<std::string, Member> members; // by name in the archive, those read
  };

  llvm::Expected<File *> open(llvm::StringRef mapPath);
  llvm::Expected<llvm::MutableArrayRef<uint8_t>> object(File &f, llvm::StringRef member);
  void changedAt(File &f, llvm::StringRef member);
  llvm::Error writeThin(File &f, llvm::StringRef sub);
  llvm::Expected<bool> moveIndex(File &f, const MapEntry &in, uint32_t index, MoveReason reason,
                                 const MoveCause *because, const std::string &group);
  void record(std::string desc, uint32_t index, uint32_t size, MoveReason reason,
              const MoveCause *because, const std::string &group = {});

  std::map<std::string, File> files; // by original path
  std::map<std::string, std::string> copyToOrig;
  std::vector<MovedSection> movedSections;
  std::string dir; // temporary directory of the copies
  uint32_t retyped = 0; // relocations retypeNonAllocSbrel changed
};

// The text of the .rrld.moved section `rrld inspect` reads: a line per
// moved section, "<bytes> <reason> <desc>", the desc's file named without
// its directory (the output must not depend on where the inputs lie).
std::string movedNote(llvm::ArrayRef<MovedSection> moved);

} // namespace rrld

#endif
