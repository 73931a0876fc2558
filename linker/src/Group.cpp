//===- Group.cpp ----------------------------------------------------------===//
#include "Group.h"

#include "llvm/ADT/CachedHashString.h"
#include "llvm/ADT/DenseSet.h"
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
  enum : uint8_t { Unresolved, Nowhere, ToRo, ToRw };
  std::vector<uint8_t> resolved; // per symbol of the current object
  for (const ScanObject *o : scan.objects) {
    resolved.clear();
    for (size_t i = 0, n = o->relocs.size(); i < n;) {
      // The relocations of one relocation section, which share a holder.
      uint32_t holderIndex = o->relocs[i].holder;
      size_t end = i + 1;
      while (end < n && o->relocs[end].holder == holderIndex)
        ++end;
      ArrayRef<ScanReloc> relocs(o->relocs.data() + i, end - i);
      i = end;
      const ScanSection &holder = o->sections[holderIndex];
      if (!holder.isData() || holder.orderName.empty())
        continue;
      DataSection ds;
      ds.symbol = holder.orderName;
      ds.writable = holder.flags & SHF_WRITE;
      for (const ScanReloc &r : relocs) {
        if (r.type != R_ARM_ABS32 && !(r.type == R_ARM_TARGET1 && target1Abs))
          continue;
        const ScanSymbol &s = o->symbols[r.sym];
        if (s.shndx == SHN_UNDEF) {
          // Resolved against the global symbols defined anywhere, once per
          // symbol of this object.
          if (resolved.size() != o->symbols.size())
            resolved.assign(o->symbols.size(), Unresolved);
          uint8_t &where = resolved[r.sym];
          if (where == Unresolved) {
            const Definition *d = scan.find(s.name);
            where = !d ? Nowhere
                    : writableSection(*scan.objects[d->obj],
                                      scan.objects[d->obj]->symbols[d->sym])
                        ? ToRw
                        : ToRo;
          }
          ++(where == Nowhere ? ds.unknown : where == ToRw ? ds.toRw : ds.toRo);
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
  }
  // Each name once, at its first place.
  size_t total = 0, bytes = 0;
  for (const std::vector<StringRef> &g : groups)
    for (StringRef name : g) {
      ++total;
      bytes += name.size() + 1;
    }
  DenseSet<CachedHashStringRef> seen;
  seen.reserve(total);
  out.text.reserve(bytes);
  for (const std::vector<StringRef> &g : groups)
    for (StringRef name : g)
      if (seen.insert(CachedHashStringRef(name)).second) {
        out.text += name;
        out.text += '\n';
        ++out.sections;
      }
  return out;
}

} // namespace rrld
