//===- Group.h - grouping data that holds addresses ------------*- C++ -*-===//
//
// The relocator patches a RW stream fastest where its words come in long
// runs (docs/format.md: a bitmap word covers 31 words; a full one is patched
// three words at a time), and the streams are smallest there too.  In a
// program's input order, pointers are scattered: each object's tables of
// flash addresses, its pointers to RAM and its plain integers alternate, so
// the RW->RO and RW->RW streams interleave and every stream word covers a
// few bits.
//
// Before the link, rrld finds in the scanned input objects (and archive
// members; Scan.h) each data section holding absolute words, classified by
// where its words point, from the target symbols' sections.
// It then hands lld a symbol ordering file that puts, inside each output
// section, first the sections pointing only into flash, then the mixed ones,
// then those pointing only into RAM; every other section keeps its place
// after them, in input order.  Read-only data holding addresses (RO->RO
// words, patched at install time) goes first in its output section the same
// way.
//
// This only orders sections that the linker was free to order (C leaves the
// relative placement of separate objects unspecified); the classification
// of the linked image does not depend on it, and a section this pass
// misjudges (a symbol defined twice, an input it cannot read) just lands in
// another group.  --rrld-data-order=input turns it off, and a link that
// already orders sections (--symbol-ordering-file, --shuffle-sections) is
// left alone.
//
//===----------------------------------------------------------------------===//
#ifndef RRLD_GROUP_H
#define RRLD_GROUP_H

#include "Scan.h"

#include <cstdint>
#include <string>

namespace rrld {

struct GroupOrder {
  std::string text;      // the symbol ordering file, one name a line
  uint32_t inputs = 0;   // objects read (archive members included)
  uint32_t sections = 0; // data sections ordered
};

// The ordering, from the scanned inputs.  Inputs the scan could not read
// are left out: lld reports them when it reads them.  `target1Abs`:
// R_ARM_TARGET1 is absolute.
GroupOrder groupPointerData(const InputScan &scan, bool target1Abs);

} // namespace rrld

#endif
