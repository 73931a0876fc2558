//===- Group.cpp ----------------------------------------------------------===//
#include "Group.h"

#include "llvm/ADT/StringSet.h"
#include "llvm/BinaryFormat/ELF.h"

#include <vector>

using namespace llvm;
using namespace llvm::ELF;

namespace rrld {

namespace {

// Where the absolute words of one data section point.
struct DataSection {
  StringRef symbol; // a symbol defined in it, for the ordering file
  bool writable = false;
  uint32_t toRo = 0, toRw = 0, unknown = 0;
};

bool writableSection(const ScanObject &o, const ScanSymbol &s) {
  return s.shndx == SHN_COMMON || (o.inSection(s) && (o.sections[s.shndx].flags & SHF_WRITE));
}

} // namespace

GroupOrder groupPointerData(const InputScan &scan, bool target1Abs) {
  GroupOrder out;
  out.inputs = scan.objects.size();

  // 0: read-only data holding addresses; 1: RW pointing only into flash;
  // 2: RW pointing both ways, or at symbols no input defines; 3: RW pointing
  // only into RAM.
  std::vector<StringRef> groups[4];
  for (const ScanObject *o : scan.objects)
    for (const ScanRelocSection &rs : o->relocs) {
      const ScanSection &holder = o->sections[rs.holder];
      if (!holder.isData() || holder.orderName.empty())
        continue;
      DataSection ds;
      ds.symbol = holder.orderName;
      ds.writable = holder.flags & SHF_WRITE;
      for (const ScanReloc &r : rs.relocs) {
        if (r.type != R_ARM_ABS32 && !(r.type == R_ARM_TARGET1 && target1Abs))
          continue;
        const ScanSymbol &s = o->symbols[r.sym];
        if (s.shndx == SHN_UNDEF) {
          // Resolved against the global symbols defined anywhere.
          const Definition *d = scan.find(s.name);
          if (!d)
            ++ds.unknown;
          else if (writableSection(*scan.objects[d->obj], scan.objects[d->obj]->symbols[d->sym]))
            ++ds.toRw;
          else
            ++ds.toRo;
        } else if (s.shndx == SHN_ABS) {
          // An absolute value: nothing to relocate.
        } else if (writableSection(*o, s)) {
          ++ds.toRw;
        } else if (o->inSection(s)) {
          ++ds.toRo;
        } else {
          ++ds.unknown;
        }
      }
      if (!ds.toRo && !ds.toRw && !ds.unknown)
        continue;
      int g = !ds.writable ? 0 : ds.unknown ? 2 : ds.toRo && ds.toRw ? 2 : ds.toRo ? 1 : 3;
      groups[g].push_back(ds.symbol);
    }
  StringSet<> seen;
  for (const std::vector<StringRef> &g : groups)
    for (StringRef name : g)
      if (seen.insert(name).second) {
        out.text += name;
        out.text += '\n';
        ++out.sections;
      }
  return out;
}

} // namespace rrld
