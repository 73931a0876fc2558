//===- Script.h - the ecosystem's linker scripts, unmodified ----*- C++ -*-===//
//
// rrld links with a user's linker script (-T) as lld does; lld parses and
// applies it.  What the image format needs from a script that was not
// written for rrld (Hubris's task-link.x, libtock-c's userland_generic.ld,
// libtock-rs's libtock_layout.ld) is done around lld, never by editing the
// script:
//
//   before lld  scanScripts() reads the script and the files it INCLUDEs
//               (the output section descriptions, their memories and
//               where they are written), and scriptFragment() writes a
//               second script for lld: the image header, INSERTed before
//               the first output section when the script has none, and the
//               NOLOAD-style RW sections restated with the load region of
//               the RW section before them in the same memory, so that RW
//               stays one PT_LOAD (one static base);
//   after lld   applyScript() leaves padding sections (only assignments to
//               '.', such as Hubris's .fill) out of the image, and refuses
//               what the format cannot hold with the output section's
//               file:line: RW in several memories, RW over several PT_LOADs,
//               a header that did not land first in RO.
//
//===----------------------------------------------------------------------===//
#ifndef RRLD_SCRIPT_H
#define RRLD_SCRIPT_H

#include "Classify.h"
#include "Context.h"
#include "ElfWriter.h"
#include "LinkedElf.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace rrld {

// One output section description, as written.
struct ScriptSection {
  std::string name;
  std::string file; // the script file it is written in
  unsigned line = 0;
  std::string region;    // '> REGION', as written (may be an alias)
  std::string lmaRegion; // 'AT> REGION', as written
  bool atExpr = false;   // 'AT(expr)'
  bool noload = false;   // (NOLOAD)
  bool info = false;     // (INFO), (COPY), (DSECT), (OVERLAY): not allocated
  bool padding = false;  // no input sections and no data: only assignments
  bool provides = false; // holds PROVIDE/PROVIDE_HIDDEN (cannot be restated)
  bool phdrs = false;    // ':phdr' after it
  bool inserted = false; // from a 'SECTIONS { } INSERT ...' block
  std::string text;      // "NAME ... { ... }", for restating it

  std::string where() const { return file + ":" + std::to_string(line); }
};

struct ScriptInfo {
  // In the order lld lays them out: the main SECTIONS, with the INSERT
  // blocks spliced in where they say.
  std::vector<ScriptSection> sections;
  std::map<std::string, std::string> aliases; // REGION_ALIAS: alias -> region
  bool hasSections = false;

  const ScriptSection *find(llvm::StringRef name) const;
  std::string memory(llvm::StringRef region) const; // alias resolved
};

// Reads the -T scripts named in lld's arguments and what they INCLUDE
// (searched as lld does: as given, then in the -L directories, then beside
// the including script).  A file that cannot be read is skipped: lld
// reports it.
ScriptInfo scanScripts(llvm::ArrayRef<std::string> lldArgs);

struct ScriptFragment {
  std::string text;          // empty: nothing to add
  bool insertedHeader = false;
  std::string headerBefore;  // the section the header was inserted before
  std::vector<std::string> restated; // sections given a load region
  std::vector<std::string> dropped;  // flash padding after the load image
};
ScriptFragment scriptFragment(const ScriptInfo &info);

// What applyScript changed in the model, for the output ELF to say the same.
struct ScriptEdits {
  std::vector<uint32_t> padding;   // section indices left out of the image
  std::vector<uint32_t> nullLoads; // program header indices holding only those
};

// After lld: marks padding sections as outside the image, then checks what
// the format needs of the layout, naming sections with their file:line.
ScriptEdits applyScript(Ctx &ctx, LinkedElf &elf, const ScriptInfo &info,
                        const ScriptFragment &frag);

// The output ELF edits that keep the padding out of the image when the ELF
// is read again (verify, inspect, tbf, place): each padding section loses
// SHF_ALLOC, and a PT_LOAD that holds nothing else becomes PT_NULL.  Appended
// after imageElfPatches' (which moves the section header table; its new
// place is read from the ELF header patch).
void appendScriptPatches(const LinkedElf &elf, const ScriptEdits &edits,
                         std::vector<FilePatch> &patches);

// A refusal of an absolute word in code that the script caused: read-only
// data (an input section not named .text*) that the script puts into an
// executable output section, as libtock-c's .text takes *(.rodata*).  The
// problem then names the script line and the way out instead of blaming
// the compiler flags.
void explainScriptProblem(const LinkedElf &elf, const ScriptInfo &info,
                          llvm::StringRef inputSection, Problem &p);

} // namespace rrld

#endif
