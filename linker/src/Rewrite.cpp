//===- Rewrite.cpp --------------------------------------------------------===//
//
// See Rewrite.h for the two patterns.  The encoders below are the mirror of
// the Thumb decoders in LLVM MC, which checks each rewrite twice: the
// instruction must be what the pattern says before it is changed, and must
// decode to the intended r9-relative instruction afterwards.
//
//===----------------------------------------------------------------------===//
#include "Rewrite.h"

#include "Context.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/MC/MCAsmInfo.h"
#include "llvm/MC/MCContext.h"
#include "llvm/MC/MCDisassembler/MCDisassembler.h"
#include "llvm/MC/MCInst.h"
#include "llvm/MC/MCInstrAnalysis.h"
#include "llvm/MC/MCInstrInfo.h"
#include "llvm/MC/MCRegisterInfo.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/MCTargetOptions.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/Endian.h"
#include "llvm/TargetParser/Triple.h"

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <set>

extern "C" void LLVMInitializeARMTargetInfo();
extern "C" void LLVMInitializeARMTargetMC();
extern "C" void LLVMInitializeARMDisassembler();

using namespace llvm;
using namespace llvm::ELF;
using llvm::support::endian::read16le;
using llvm::support::endian::read32le;
using llvm::support::endian::write16le;
using llvm::support::endian::write32le;

namespace rrld {

namespace {

//===----------------------------------------------------------------------===//
// Thumb encodings (ARM ARM, A7.7): MOVW T3 and MOVT T1 share the immediate
// layout
//   hw1: 1 1 1 1 0 i 1 0 | 0 1 0 0 | imm4   (MOVW: bits 7..4 = 0100; MOVT: 1100)
//   hw2: 0 imm3 Rd imm8
// with imm16 = imm4:i:imm3:imm8.  ADD (register) T2 is
//   0 1 0 0 0 1 0 0 DN Rm(4) Rdn(3)        Rd = DN:Rdn
//===----------------------------------------------------------------------===//

uint16_t getImm16(const uint8_t *p) {
  uint16_t hw1 = read16le(p), hw2 = read16le(p + 2);
  uint32_t imm4 = hw1 & 0xf, i = (hw1 >> 10) & 1;
  uint32_t imm3 = (hw2 >> 12) & 0x7, imm8 = hw2 & 0xff;
  return uint16_t((imm4 << 12) | (i << 11) | (imm3 << 8) | imm8);
}

void setImm16(uint8_t *p, uint16_t imm) {
  uint16_t hw1 = read16le(p), hw2 = read16le(p + 2);
  hw1 = uint16_t((hw1 & ~0x040fu) | ((imm >> 12) & 0xf) /* imm4 */ | (((imm >> 11) & 1) << 10) /* i */);
  hw2 = uint16_t((hw2 & ~0x70ffu) | (((imm >> 8) & 0x7) << 12) /* imm3 */ | (imm & 0xff) /* imm8 */);
  write16le(p, hw1);
  write16le(p + 2, hw2);
}

// ADD (register) T2 with Rm replaced.
uint16_t withRm(uint16_t add, unsigned rm) { return uint16_t((add & ~0x0078u) | (rm << 3)); }

//===----------------------------------------------------------------------===//
// The decoder
//===----------------------------------------------------------------------===//

class ThumbDecoder {
public:
  static Expected<std::unique_ptr<ThumbDecoder>> create() {
    static bool initialised = [] {
      LLVMInitializeARMTargetInfo();
      LLVMInitializeARMTargetMC();
      LLVMInitializeARMDisassembler();
      return true;
    }();
    (void)initialised;
    auto d = std::make_unique<ThumbDecoder>();
    // A superset of every Cortex-M core rrld takes: Thumb-1 decodes as
    // itself, Thumb-2 with DSP and FP.
    Triple triple("thumbv8m.main-none-eabi");
    std::string error;
    const llvm::Target *target = TargetRegistry::lookupTarget(triple.str(), error);
    if (!target)
      return makeError("cannot set up the Thumb disassembler: " + error);
    MCTargetOptions options;
    d->mri.reset(target->createMCRegInfo(triple.str()));
    d->mai.reset(target->createMCAsmInfo(*d->mri, triple.str(), options));
    d->sti.reset(target->createMCSubtargetInfo(triple.str(), "cortex-m33", "+dsp,+fp-armv8d16"));
    d->mii.reset(target->createMCInstrInfo());
    if (d->mii)
      d->mia.reset(target->createMCInstrAnalysis(d->mii.get()));
    if (!d->mri || !d->mai || !d->sti || !d->mii || !d->mia)
      return makeError("cannot set up the Thumb disassembler");
    d->ctx = std::make_unique<MCContext>(triple, d->mai.get(), d->mri.get(), d->sti.get());
    d->dis.reset(target->createMCDisassembler(*d->sti, *d->ctx));
    if (!d->dis)
      return makeError("cannot set up the Thumb disassembler");
    for (unsigned r = 1; r < d->mri->getNumRegs(); ++r) {
      StringRef n = d->mri->getName(r);
      if (n == "PC")
        d->pc = r;
      else if (n == "R9")
        d->r9 = r;
    }
    return d;
  }

  // Decodes one instruction at `addr` of a section whose bytes are `code`
  // starting at `base`.
  //
  // MC's decoder keeps the state of an IT block between calls: the
  // instructions after an IT get its conditions.  That state belongs to
  // the instructions that follow the IT, so it is carried only along a
  // walk (each call decoding the bytes right after the last); a decode
  // anywhere else starts outside any IT block.
  //
  // Outside an IT block MC's answer depends on the bytes alone (no
  // symbolizer is set, so not on the address), and a link decodes the same
  // few instructions again and again (each rewritten sequence's "mov",
  // "add rX, pc", the rewritten "add rX, r9"): those answers are kept and
  // given again, MC's own, without running its decoder tables each time.
  bool decode(ArrayRef<uint8_t> code, uint32_t base, uint32_t addr, MCInst &inst,
              uint64_t &size) const {
    if (addr < base || addr - base >= code.size())
      return false;
    ArrayRef<uint8_t> bytes = code.drop_front(addr - base);
    if (bytes.data() != walkNext && inIt)
      leaveIt();
    // The answer depends on the first halfword, and on the second too if
    // the first begins a 32-bit instruction (ARM ARM A6.1) or MC tried one.
    uint16_t hw1 = bytes.size() >= 2 ? read16le(bytes.data()) : 0;
    bool wide = hw1 >> 11 >= 0x1d;
    bool keyed = !inIt && bytes.size() >= (wide ? 4u : 2u);
    uint64_t key = hw1;
    if (keyed && wide)
      key |= uint64_t(1) << 32 | uint32_t(read16le(bytes.data() + 2)) << 16;
    MCDisassembler::DecodeStatus st;
    if (auto it = keyed ? seen.find(key) : seen.end(); it != seen.end()) {
      inst = it->second.inst;
      size = it->second.size;
      st = it->second.status;
    } else {
      st = dis->getInstruction(inst, size, bytes, addr, nulls());
      if (st != MCDisassembler::Fail && name(inst) == "t2IT")
        inIt = true; // until leaveIt(); never kept
      else if (keyed && (st == MCDisassembler::Fail ? wide : size == (wide ? 4u : 2u)))
        seen.try_emplace(key, Decoded{inst, size, st});
    }
    // A walk steps over what does not decode by a halfword.  A soft
    // failure is an encoding the architecture calls UNPREDICTABLE in some
    // use, which MC decodes whole (libgcc's __aeabi_uldivmod starts with
    // "strd r12, lr, [sp, #-16]!", which it flags): an instruction.
    walkNext = bytes.data() + (st != MCDisassembler::Fail ? size : 2);
    return st != MCDisassembler::Fail;
  }

  StringRef name(const MCInst &i) const { return mii->getName(i.getOpcode()); }
  bool reg(const MCInst &i, unsigned op, unsigned r) const {
    return op < i.getNumOperands() && i.getOperand(op).isReg() && i.getOperand(op).getReg() == r;
  }
  unsigned regOf(const MCInst &i, unsigned op) const {
    return op < i.getNumOperands() && i.getOperand(op).isReg() ? i.getOperand(op).getReg() : 0;
  }
  int64_t immOf(const MCInst &i, unsigned op) const {
    return op < i.getNumOperands() && i.getOperand(op).isImm() ? i.getOperand(op).getImm() : -1;
  }
  // Whether the instruction may write `r` or leave straight-line code.
  bool clobbersOrLeaves(const MCInst &i, unsigned r) const {
    const MCInstrDesc &d = mii->get(i.getOpcode());
    return d.hasDefOfPhysReg(i, r, *mri) || d.isBranch() || d.isCall() || d.isReturn() ||
           d.isIndirectBranch() || d.hasDefOfPhysReg(i, pc, *mri);
  }
  // The target of a direct branch or call (B, Bcc, BL, BLX, CBZ, CBNZ).
  std::optional<uint32_t> branchTarget(const MCInst &i, uint32_t addr, uint64_t size) const {
    const MCInstrDesc &d = mii->get(i.getOpcode());
    if (!(d.isBranch() || d.isCall()) || d.isIndirectBranch())
      return std::nullopt;
    StringRef n = name(i);
    if (n == "tCBZ" || n == "tCBNZ") // Rn, imm: PC + imm
      return addr + 4 + uint32_t(immOf(i, 1));
    uint64_t t;
    if (mia->evaluateBranch(i, addr, size, t))
      return uint32_t(t);
    return std::nullopt;
  }
  // Whether execution never runs on past the instruction (B, BX, ...) when
  // it is not conditional.
  bool barrier(const MCInst &i) const { return mii->get(i.getOpcode()).isBarrier(); }
  bool isBranchOrCall(const MCInst &i) const {
    const MCInstrDesc &d = mii->get(i.getOpcode());
    return d.isBranch() || d.isCall();
  }
  // Encoding number of a core register (R0 = 0 ... R9 = 9).
  unsigned encoding(unsigned r) const { return mri->getEncodingValue(r); }

  unsigned pc = 0, r9 = 0;

private:
  // Ends MC's IT block: a CBZ, which an IT block may not hold, decodes
  // with a soft failure (and takes the block's next condition) until none
  // is left.  (The cores decoded for have no MVE, so no VPT blocks.)
  void leaveIt() const {
    static const uint8_t cbz[2] = {0x00, 0xb1}; // cbz r0, . + 4
    MCInst inst;
    uint64_t size;
    for (int i = 0; i < 64; ++i)
      if (dis->getInstruction(inst, size, cbz, 0, nulls()) != MCDisassembler::SoftFail)
        break;
    inIt = false;
  }
  struct Decoded {
    MCInst inst;
    uint64_t size;
    MCDisassembler::DecodeStatus status;
  };
  mutable DenseMap<uint64_t, Decoded> seen; // by the bytes MC read
  mutable const uint8_t *walkNext = nullptr; // the byte after the last decoded instruction
  mutable bool inIt = false;                 // MC may be inside an IT block

  std::unique_ptr<MCRegisterInfo> mri;
  std::unique_ptr<MCAsmInfo> mai;
  std::unique_ptr<MCSubtargetInfo> sti;
  std::unique_ptr<MCInstrInfo> mii;
  std::unique_ptr<MCInstrAnalysis> mia;
  std::unique_ptr<MCContext> ctx;
  std::unique_ptr<MCDisassembler> dis;
};

//===----------------------------------------------------------------------===//
// The rewriter
//===----------------------------------------------------------------------===//

class Rewriter {
public:
  Rewriter(const LinkedElf &elf, const ImageLayout &layout, const ThumbDecoder &dec)
      : elf(elf), layout(layout), dec(dec), sb(layout.rwLink) {
    // Mapping symbols ($t Thumb code; $d data, $a ARM code: not Thumb)
    // bound the code that can be decoded.
    // Sorted vectors by section index, not maps: a link has thousands.
    mapping.resize(elf.sections.size());
    notCode.resize(elf.sections.size());
    for (const OutSymbol &s : elf.symbols)
      if (s.shndx < elf.sections.size() &&
          (s.name == "$t" || s.name.starts_with("$t.") || s.name == "$d" ||
           s.name.starts_with("$d.") || s.name == "$a" || s.name.starts_with("$a.")))
        mapping[s.shndx].push_back({s.value, s.name[1] == 't'});
    for (Marks &marks : mapping) {
      // By address; of two symbols at one address the later one counts.
      std::stable_sort(marks.begin(), marks.end(),
                       [](const Mark &a, const Mark &b) { return a.first < b.first; });
      auto last = marks.begin();
      for (auto it = marks.begin(); it != marks.end(); ++it)
        if (last->first == it->first)
          *last = *it;
        else
          *++last = *it;
      if (!marks.empty())
        marks.erase(last + 1, marks.end());
    }
    // codeEnd's lookup: a section's non-code mapping symbols, in address
    // order (walking `mapping` instead costs a step per $t, per call).
    for (uint32_t shndx = 0; shndx < mapping.size(); ++shndx)
      for (const auto &[addr, isCode] : mapping[shndx])
        if (!isCode)
          notCode[shndx].push_back(addr);
  }

  void run(ArrayRef<OutReloc> refs);
  RewriteResult result;

private:
  void movwMovt(const OutReloc &movw);
  std::vector<const OutReloc *> movts; // the MOVT_PREL relocations by (section, offset)
  void literal(const OutReloc &lit);
  // An unconditional direct branch a sequence's path follows to its add
  // (clang branches over a literal pool it puts inside a large function).
  struct Hop {
    uint32_t branch, target;
  };
  // Finds "add rX, pc" at or after `from`, before anything writes rX or
  // leaves straight-line code but through a B or B.W within the section's
  // code (noted in `hops`); 0 if there is none.
  uint32_t findAddPc(const OutSection &sec, uint32_t from, unsigned rx,
                     std::vector<Hop> &hops);
  bool inCode(const OutSection &sec, uint32_t a) const;
  bool targetOk(const OutReloc &r, uint32_t t);
  void patchAdd(const OutSection &sec, uint32_t pa);
  void fail(const OutReloc &r, const Twine &why);
  ArrayRef<uint8_t> code(const OutSection &s) const { return elf.contents(s); }
  uint32_t codeEnd(const OutSection &sec, uint32_t from) const;

  // The rewrite changes what the add computes on every path that reaches
  // it, so the path through the rewritten MOVW/MOVT or literal load must be
  // the only one: nothing may enter (start, pa] but by falling through from
  // `start`, and no instruction of [start, pa] may be conditional.
  // Through a Hop the path leaves the code after the branch and enters the
  // code at its target, so the branch must be the only way in there: no
  // other entry noted at the target, and no instruction before it that may
  // run on into it.
  bool onlyPath(const OutReloc &r, uint32_t start, uint32_t pa, ArrayRef<Hop> hops);
  std::optional<uint32_t> entryIn(uint32_t lo, uint32_t hi) const;
  bool fallsInto(const OutSection &sec, uint32_t t);
  void findEntries();
  // What may jump to a code address; put into words only when a rewrite
  // is refused (most images have thousands and refuse nothing).
  struct Entry {
    enum Kind : uint8_t { Branch, Table, Address, Symbol, Held } kind;
    uint32_t at = 0;       // the branch, table, address or word
    llvm::StringRef name;  // Symbol
    Entry(Kind kind, uint32_t at, llvm::StringRef name = {}) : kind(kind), at(at), name(name) {}
    std::string describe() const;
  };
  void noteEntry(uint32_t addr, Entry e);
  void scanCode(const OutSection &sec, uint32_t start, uint32_t end);

  const LinkedElf &elf;
  const ImageLayout &layout;
  const ThumbDecoder &dec;
  uint32_t sb;
  bool inFunction(uint32_t a) const;
  bool entriesFound = false;
  // STT_FUNC extents in code, (start, end) sorted by start, one per start.
  std::vector<std::pair<uint32_t, uint32_t>> functions;
  // Code address -> what may jump there, in the order noted (the first
  // noted of an address is the one reported).  `entryBits` has a bit per
  // halfword of each executable section (`entryCode`: address, size, first
  // bit) saying whether any entry was noted there, so that checking a
  // sequence reads a few bits instead of sorting every entry.
  std::vector<std::pair<uint32_t, Entry>> entries;
  struct CodeBits {
    uint32_t addr, size;
    size_t bit0;
  };
  std::vector<CodeBits> entryCode; // by address
  std::vector<uint64_t> entryBits;
  const CodeBits *codeBitsAt(uint32_t a) const;
  std::vector<uint32_t> conditional;       // instructions inside an IT block, sorted once found
  using Mark = std::pair<uint32_t, bool>;  // address, is code
  using Marks = std::vector<Mark>;
  std::vector<Marks> mapping;                  // by section: its mapping symbols by address
  std::vector<std::vector<uint32_t>> notCode;  // by section: sorted $d/$a addrs
  std::map<uint32_t, std::vector<uint8_t>> patched;     // addr -> new bytes
  std::set<uint32_t> paired;                            // MOVTs matched to a MOVW
};

void Rewriter::fail(const OutReloc &r, const Twine &why) {
  result.problems.push_back(
      {r.offset, r.type, r.section, elf.symbolDesc(elf.symbols[r.sym]),
       ("is a PC-relative reference from RO code to RW, and " + why).str(),
       "keep the data read-only, or build this object with -frwpi so it reaches RW "
       "through r9"});
}

// End of the code that starts at or before `from`: the next $d, or the end
// of the section.
uint32_t Rewriter::codeEnd(const OutSection &sec, uint32_t from) const {
  uint32_t end = sec.addr + sec.size;
  const std::vector<uint32_t> &nc = notCode[sec.index];
  auto m = std::upper_bound(nc.begin(), nc.end(), from);
  return m == nc.end() ? end : std::min(end, *m);
}

//===----------------------------------------------------------------------===//
// Other paths into a sequence
//
// A path enters code by falling through, or by a jump.  Every jump whose
// target the image shows is collected once, over all executable sections:
// direct branches and calls, TBB/TBH tables (the table follows the
// instruction, up to the next $t), ADR (an address taken PC-relative, which
// a BX or a "mov pc" may use), symbols in code, and code addresses held in
// words with an absolute or PC-relative relocation (function pointers,
// vtables).  A jump through an address computed otherwise -- a MOVW/MOVT or
// literal plus "add rX, pc" to a code label that has no symbol -- is not
// seen; compilers compute code addresses that way only for functions, which
// have symbols.
//===----------------------------------------------------------------------===//

// Whether the Thumb instruction starting with halfword `hw1` (then `hw2`)
// may be one scanCode looks for -- a direct branch or call, IT, TBB/TBH,
// ADR -- and must be decoded; all other instructions are only stepped over
// (ARM ARM A6.3 and A6.7).  A superset of what MC decodes as those.
bool mayEnter(uint16_t hw1, uint16_t hw2) {
  if (hw1 >> 11 < 0x1d) {
    return (hw1 & 0xf000) == 0xd000 || // B T1, UDF, SVC
           (hw1 & 0xf800) == 0xe000 || // B T2
           (hw1 & 0xf500) == 0xb100 || // CBZ, CBNZ
           (hw1 & 0xff00) == 0xbf00 || // IT, hints
           (hw1 & 0xf800) == 0xa000;   // ADR T1
  }
  return ((hw1 & 0xf800) == 0xf000 && (hw2 & 0x8000)) || // branches, miscellaneous control
         (hw1 & 0xfff0) == 0xe8d0 ||                     // TBB, TBH (and exclusives)
         (hw1 & 0xfbff) == 0xf2af || (hw1 & 0xfbff) == 0xf20f; // ADR T2, T3
}

void Rewriter::scanCode(const OutSection &sec, uint32_t start, uint32_t end) {
  ArrayRef<uint8_t> bytes = code(sec);
  const uint8_t *c = bytes.data();
  MCInst inst;
  uint64_t size = 2;
  unsigned itLeft = 0;
  for (uint32_t a = start; a < end; a += uint32_t(size)) {
    uint16_t hw1 = read16le(c + (a - sec.addr));
    // lld pads between input sections with 0xd4d4, which decodes as a
    // "bmi" to nowhere: outside every function it is padding.
    if (hw1 == 0xd4d4 && !inFunction(a)) {
      size = 2;
      continue;
    }
    // Decoding is what costs here (MC tries table after table), so only
    // the instructions that may enter code, and all of an IT block (whose
    // state the decoder carries from one instruction to the next), are
    // decoded; the others are stepped over by the length their first
    // halfword gives (a 32-bit one that MC cannot decode too: it is still
    // 32 bits long on the core).
    bool wide = hw1 >> 11 >= 0x1d;
    if (!itLeft && (!wide || sec.addr + sec.size - a >= 4) &&
        !mayEnter(hw1, wide ? read16le(c + (a - sec.addr) + 2) : 0)) {
      size = wide ? 4 : 2;
      continue;
    }
    // BL (T1), the most common of them, outside an IT block: its target
    // as MC's evaluateBranch gives it, without MC (ARM ARM A7.7.18: every
    // encoding is a BL; imm32 = SignExtend(S:I1:I2:imm10:imm11:'0'),
    // I1 = NOT(J1 XOR S), I2 = NOT(J2 XOR S); target = PC + imm32).
    if (!itLeft && wide && sec.addr + sec.size - a >= 4 && (hw1 & 0xf800) == 0xf000) {
      uint16_t hw2 = read16le(c + (a - sec.addr) + 2);
      if ((hw2 & 0xd000) == 0xd000) {
        uint32_t s = (hw1 >> 10) & 1, j1 = (hw2 >> 13) & 1, j2 = (hw2 >> 11) & 1;
        uint32_t i1 = !(j1 ^ s), i2 = !(j2 ^ s);
        uint32_t imm = s << 24 | i1 << 23 | i2 << 22 | (hw1 & 0x3ffu) << 12 | (hw2 & 0x7ffu) << 1;
        int32_t imm32 = int32_t(imm << 7) >> 7; // sign-extend bit 24
        noteEntry(a + 4 + uint32_t(imm32), {Entry::Branch, a});
        size = 4;
        continue;
      }
    }
    if (!dec.decode(bytes, sec.addr, a, inst, size)) {
      size = 2;
      continue;
    }
    if (itLeft) {
      conditional.push_back(a);
      --itLeft;
    }
    StringRef n = dec.name(inst);
    if (n == "t2IT") {
      unsigned mask = unsigned(dec.immOf(inst, 1)) & 0xf;
      itLeft = mask ? 4 - unsigned(llvm::countr_zero(mask)) : 0;
    } else if (std::optional<uint32_t> t = dec.branchTarget(inst, a, size)) {
      noteEntry(*t, {Entry::Branch, a});
    } else if (n == "t2TBB" || n == "t2TBH") {
      // The table: from a + 4 to the next $t (or the section's end).
      uint32_t tableEnd = sec.addr + sec.size;
      const Marks &m = mapping[sec.index];
      for (auto it = std::upper_bound(m.begin(), m.end(), a,
                                      [](uint32_t x, const Mark &k) { return x < k.first; });
           it != m.end(); ++it)
        if (it->second) {
          tableEnd = std::min(tableEnd, it->first);
          break;
        }
      uint32_t step = n == "t2TBB" ? 1 : 2;
      for (uint32_t e = a + 4; e < tableEnd && tableEnd - e >= step; e += step) {
        uint32_t v = step == 1 ? c[e - sec.addr] : read16le(c + (e - sec.addr));
        noteEntry(a + 4 + 2 * v, {Entry::Table, a + 4});
      }
    } else if (n == "tADR") { // ADR T1: Align(PC, 4) + imm8:'00'
      uint32_t imm8 = read16le(c + (a - sec.addr)) & 0xff;
      noteEntry(((a + 4) & ~3u) + imm8 * 4, {Entry::Address, a});
    } else if (n == "t2ADR") { // ADR T2 (sub) / T3 (add): Align(PC, 4) -/+ i:imm3:imm8
      uint16_t hw1 = read16le(c + (a - sec.addr)), hw2 = read16le(c + (a - sec.addr) + 2);
      uint32_t imm12 = ((hw1 >> 10) & 1) << 11 | ((hw2 >> 12) & 7) << 8 | (hw2 & 0xff);
      uint32_t base = (a + 4) & ~3u;
      noteEntry(((hw1 >> 4) & 0x3f) == 0x2a ? base - imm12 : base + imm12, {Entry::Address, a});
    }
  }
  // (MC's IT state ends with the walk: ThumbDecoder::decode.)
}

std::string Rewriter::Entry::describe() const {
  switch (kind) {
  case Branch:
    return "the branch at " + hex(at);
  case Table:
    return "the branch table at " + hex(at);
  case Address:
    return "the address taken at " + hex(at);
  case Symbol:
    return "the symbol '" + name.str() + "'";
  case Held:
    return "the code address held at " + hex(at);
  }
  return "";
}

bool Rewriter::inFunction(uint32_t a) const {
  auto f = std::upper_bound(functions.begin(), functions.end(), a,
                            [](uint32_t x, const std::pair<uint32_t, uint32_t> &g) {
                              return x < g.first;
                            });
  return f != functions.begin() && a < std::prev(f)->second;
}

void Rewriter::findEntries() {
  if (entriesFound)
    return;
  entriesFound = true;
  for (const OutSymbol &s : elf.symbols)
    if (s.type == STT_FUNC && s.shndx < elf.sections.size() && elf.sections[s.shndx].isExec())
      functions.push_back({s.value & ~1u, (s.value & ~1u) + s.size});
  // One extent per start, the longest.
  llvm::sort(functions);
  auto last = functions.begin();
  for (auto it = functions.begin(); it != functions.end(); ++it)
    if (last->first == it->first)
      last->second = std::max(last->second, it->second);
    else
      *++last = *it;
  if (!functions.empty())
    functions.erase(last + 1, functions.end());

  size_t bits = 0;
  for (const OutSection &sec : elf.sections)
    if (sec.isExec() && sec.hasBits() && sec.size) {
      entryCode.push_back({sec.addr & ~1u, sec.addr + sec.size - (sec.addr & ~1u), bits});
      bits += (entryCode.back().size + 1) / 2;
    }
  llvm::sort(entryCode, [](const CodeBits &a, const CodeBits &b) { return a.addr < b.addr; });
  entryBits.assign((bits + 63) / 64, 0);

  for (const OutSection &sec : elf.sections) {
    if (!sec.isExec() || !sec.hasBits())
      continue;
    const Marks &m = mapping[sec.index];
    if (m.empty()) {
      scanCode(sec, sec.addr, sec.addr + sec.size);
      continue;
    }
    // Each $t range ends at the next mapping symbol.
    for (auto it = m.begin(); it != m.end(); ++it) {
      if (!it->second)
        continue;
      auto next = std::next(it);
      uint32_t end = next == m.end() ? sec.addr + sec.size : next->first;
      scanCode(sec, it->first, std::min(end, sec.addr + sec.size));
    }
  }
  llvm::sort(conditional);
  for (const OutSymbol &s : elf.symbols) {
    if (s.shndx == SHN_UNDEF || s.shndx >= elf.sections.size() ||
        !elf.sections[s.shndx].isExec() || s.type == STT_SECTION || s.type == STT_FILE ||
        s.name.starts_with("$"))
      continue;
    noteEntry(s.value, {Entry::Symbol, 0, s.name});
  }
  for (const OutReloc &r : elf.relocs) {
    if (r.type != R_ARM_ABS32 && r.type != R_ARM_TARGET1 && r.type != R_ARM_REL32)
      continue;
    const OutSection &sec = elf.sections[r.section];
    if (!sec.hasBits() || r.offset < sec.addr || sec.addr + sec.size - r.offset < 4)
      continue;
    if (r.type == R_ARM_REL32 && sec.isExec())
      continue; // a literal: an offset from an add, not an address
    uint32_t v = read32le(code(sec).data() + (r.offset - sec.addr));
    if (r.type == R_ARM_REL32)
      v += r.offset;
    const OutSection *t = elf.sectionAt(v & ~1u);
    if (t && t->isExec())
      noteEntry(v, {Entry::Held, r.offset});
  }
}

// The executable section's bits that hold `a`, if any.
const Rewriter::CodeBits *Rewriter::codeBitsAt(uint32_t a) const {
  auto it = std::upper_bound(entryCode.begin(), entryCode.end(), a,
                             [](uint32_t x, const CodeBits &c) { return x < c.addr; });
  if (it == entryCode.begin() || a - std::prev(it)->addr >= std::prev(it)->size)
    return nullptr;
  return &*std::prev(it);
}

void Rewriter::noteEntry(uint32_t addr, Entry e) {
  addr &= ~1u;
  entries.emplace_back(addr, e);
  // Sequences are code: an entry elsewhere can reach none.
  if (const CodeBits *c = codeBitsAt(addr)) {
    size_t bit = c->bit0 + (addr - c->addr) / 2;
    entryBits[bit / 64] |= uint64_t(1) << (bit % 64);
  }
}

// The lowest address in [lo, hi] an entry reaches (entries are at even
// addresses), in the executable section that holds `lo`.
std::optional<uint32_t> Rewriter::entryIn(uint32_t lo, uint32_t hi) const {
  const CodeBits *bits = codeBitsAt(lo);
  for (uint32_t a = lo; bits && a <= hi && a - bits->addr < bits->size; a += 2) {
    size_t bit = bits->bit0 + (a - bits->addr) / 2;
    if (entryBits[bit / 64] >> (bit % 64) & 1)
      return a;
  }
  return std::nullopt;
}

// Whether `a` is in Thumb code of `sec` by its mapping symbols.
bool Rewriter::inCode(const OutSection &sec, uint32_t a) const {
  const Marks &m = mapping[sec.index];
  if (a < sec.addr || a - sec.addr >= sec.size)
    return false;
  auto it = std::upper_bound(m.begin(), m.end(), a,
                             [](uint32_t x, const Mark &k) { return x < k.first; });
  return it != m.begin() && std::prev(it)->second;
}

// Whether the code before `t` may run on into it.  It cannot when the
// mapping symbols put data (a literal pool) right before it, or when the
// instruction before it -- found by decoding from the start of its code,
// at most `window` bytes back -- is a B, BX or the like outside an IT block.
// Anything else, and code too far back to decode, counts as a way in.
bool Rewriter::fallsInto(const OutSection &sec, uint32_t t) {
  constexpr uint32_t window = 4096;
  const Marks &m = mapping[sec.index];
  auto mark = std::upper_bound(m.begin(), m.end(), t,
                               [](uint32_t x, const Mark &k) { return x < k.first; });
  if (mark == m.begin() || !std::prev(mark)->second)
    return true;
  --mark;
  if (mark->first == t && mark != m.begin() && !std::prev(mark)->second)
    return false;
  // Adjacent $t ranges (one per input section) are one stretch of code.
  auto run = mark;
  while (run != m.begin() && std::prev(run)->second)
    --run;
  if (run->first >= t || t - run->first > window)
    return true;
  MCInst inst;
  uint64_t size = 0;
  uint32_t a = std::max(run->first, sec.addr), last = a;
  for (; a < t; a += uint32_t(size)) {
    if (!dec.decode(code(sec), sec.addr, a, inst, size))
      return true;
    last = a;
  }
  return a != t || !dec.barrier(inst) ||
         std::binary_search(conditional.begin(), conditional.end(), last);
}

bool Rewriter::onlyPath(const OutReloc &r, uint32_t start, uint32_t pa, ArrayRef<Hop> hops) {
  findEntries();
  const OutSection &sec = elf.sections[r.section];
  auto shared = [&](uint32_t at, const Twine &way) {
    fail(r, way + " reaches " + hex(at) + ", inside the sequence from " + hex(start) +
                " to its 'add register, pc' at " + hex(pa) +
                ", so another path shares the add and rewriting it would break that path");
    return false;
  };
  // The path runs [from, to], then jumps from `to` to the next hop's target.
  uint32_t from = start;
  for (size_t i = 0; i <= hops.size(); ++i) {
    uint32_t to = i < hops.size() ? hops[i].branch : pa;
    if (i > 0) {
      // The branch followed enters here; nothing else may.
      for (const auto &[at, e] : entries)
        if (at == from && !(e.kind == Entry::Branch && e.at == hops[i - 1].branch))
          return shared(from, e.describe());
      if (fallsInto(sec, from)) {
        fail(r, "the code before " + hex(from) + " may run on into it, where the branch at " +
                    hex(hops[i - 1].branch) + " that the sequence from " + hex(start) +
                    " follows to its 'add register, pc' at " + hex(pa) +
                    " lands, so another path shares the add and rewriting it would break that "
                    "path");
        return false;
      }
    }
    // The lowest address in (from, to] an entry reaches, then the first
    // entry noted there.
    if (std::optional<uint32_t> a = entryIn((from & ~1u) + 2, to)) {
      auto e = llvm::find_if(
          entries, [&](const std::pair<uint32_t, Entry> &x) { return x.first == *a; });
      return shared(*a, e->second.describe());
    }
    auto c = std::lower_bound(conditional.begin(), conditional.end(), from);
    if (c != conditional.end() && *c <= to) {
      fail(r, "the instruction at " + hex(*c) + " of the sequence from " + hex(start) + " to " +
                  hex(pa) + " is inside an IT block, so not every path runs the whole sequence");
      return false;
    }
    if (i < hops.size())
      from = hops[i].target;
  }
  return true;
}

uint32_t Rewriter::findAddPc(const OutSection &sec, uint32_t from, unsigned rx,
                             std::vector<Hop> &hops) {
  // The code walked over the whole path is bounded as one straight stretch
  // was before branches were followed; the branches, as clang puts at most
  // a few literal pools between two instructions.
  constexpr uint32_t window = 64;
  constexpr size_t maxHops = 4;
  hops.clear();
  uint32_t walked = 0, a = from, end = codeEnd(sec, from);
  MCInst inst;
  uint64_t size;
  while (a < end && walked < window) {
    if (!dec.decode(code(sec), sec.addr, a, inst, size))
      return 0;
    if (dec.name(inst) == "tADDhirr" && dec.reg(inst, 0, rx) && dec.reg(inst, 2, dec.pc))
      return a;
    walked += uint32_t(size);
    StringRef n = dec.name(inst);
    if ((n == "tB" || n == "t2B") && hops.size() < maxHops) {
      std::optional<uint32_t> t = dec.branchTarget(inst, a, size);
      if (t && inCode(sec, *t)) {
        hops.push_back({a, *t});
        a = *t;
        end = codeEnd(sec, a);
        continue;
      }
    }
    if (dec.clobbersOrLeaves(inst, rx))
      return 0;
    a += uint32_t(size);
  }
  return 0;
}

// The target a sequence computes must lie in (or one past the end of) the
// section of the symbol the relocation names.
bool Rewriter::targetOk(const OutReloc &r, uint32_t t) {
  const OutSymbol &sym = elf.symbols[r.sym];
  if (sym.shndx == SHN_UNDEF || sym.shndx >= elf.sections.size()) {
    fail(r, "its target is not defined in a section");
    return false;
  }
  const OutSection &ts = elf.sections[sym.shndx];
  if (ts.seg != Seg::RW || t < ts.addr || t - ts.addr > ts.size) {
    fail(r, "the sequence computes " + hex(t) + ", which is not in " + ts.name);
    return false;
  }
  return true;
}

void Rewriter::patchAdd(const OutSection &sec, uint32_t pa) {
  uint16_t add = read16le(code(sec).data() + (pa - sec.addr));
  std::vector<uint8_t> &b = patched[pa];
  b.resize(2);
  write16le(b.data(), withRm(add, dec.encoding(dec.r9)));
}

void Rewriter::movwMovt(const OutReloc &movw) {
  const OutSection &sec = elf.sections[movw.section];
  MCInst a, b;
  uint64_t sa, sbz;
  if (!dec.decode(code(sec), sec.addr, movw.offset, a, sa) || dec.name(a) != "t2MOVi16")
    return fail(movw, "the relocated instruction is not a Thumb-2 MOVW");
  unsigned rx = dec.regOf(a, 0);
  // Its MOVT: the next MOVT_PREL against the same symbol that sets the same
  // register, with nothing in between writing it.
  // (movts: every MOVT_PREL by section and offset, so this is a short walk
  // from the MOVW, not a search of all relocations for each MOVW.)
  const OutReloc *movt = nullptr;
  auto it = std::upper_bound(movts.begin(), movts.end(), std::make_pair(movw.section, movw.offset),
                             [](std::pair<uint32_t, uint32_t> k, const OutReloc *r) {
                               return k < std::make_pair(r->section, r->offset);
                             });
  for (; it != movts.end() && (*it)->section == movw.section && (*it)->offset - movw.offset <= 64; ++it)
    if ((*it)->sym == movw.sym) {
      movt = *it;
      break;
    }
  if (!movt)
    return fail(movw, "no MOVT_PREL completes it");
  paired.insert(movt->offset); // reported with its MOVW from here on
  if (!dec.decode(code(sec), sec.addr, movt->offset, b, sbz) || dec.name(b) != "t2MOVTi16" ||
      !dec.reg(b, 0, rx))
    return fail(*movt, "its MOVT does not set the MOVW's register");
  // Between the two, nothing may write the register or leave.
  MCInst mid;
  uint64_t ms;
  for (uint32_t x = movw.offset + uint32_t(sa); x < movt->offset; x += uint32_t(ms))
    if (!dec.decode(code(sec), sec.addr, x, mid, ms) || dec.clobbersOrLeaves(mid, rx))
      return fail(movw, "the instruction at " + hex(x) +
                            " between the MOVW and its MOVT writes the register or branches");
  std::vector<Hop> hops;
  uint32_t pa = findAddPc(sec, movt->offset + 4, rx, hops);
  if (!pa)
    return fail(movw, "no 'add register, pc' consumes it in straight-line code");
  if (!onlyPath(movw, movw.offset, pa, hops))
    return;
  const uint8_t *c = code(sec).data();
  uint32_t v = uint32_t(getImm16(c + (movw.offset - sec.addr))) |
               uint32_t(getImm16(c + (movt->offset - sec.addr))) << 16;
  uint32_t t = v + pa + 4; // the address the sequence computes
  if (!targetOk(movw, t))
    return;

  uint32_t w = t - sb;
  std::vector<uint8_t> lo(c + (movw.offset - sec.addr), c + (movw.offset - sec.addr) + 4);
  std::vector<uint8_t> hi(c + (movt->offset - sec.addr), c + (movt->offset - sec.addr) + 4);
  setImm16(lo.data(), uint16_t(w));
  setImm16(hi.data(), uint16_t(w >> 16));
  patched[movw.offset] = lo;
  patched[movt->offset] = hi;
  patchAdd(sec, pa);

  // The decoder must see exactly the r9-relative sequence now.
  MCInst x, y, z;
  uint64_t s1, s2, s3;
  bool ok = dec.decode(lo, movw.offset, movw.offset, x, s1) && dec.name(x) == "t2MOVi16" &&
            dec.reg(x, 0, rx) && dec.immOf(x, 1) == int64_t(w & 0xffff) &&
            dec.decode(hi, movt->offset, movt->offset, y, s2) && dec.name(y) == "t2MOVTi16" &&
            dec.reg(y, 0, rx) && dec.immOf(y, 2) == int64_t(w >> 16) &&
            dec.decode(patched[pa], pa, pa, z, s3) && dec.name(z) == "tADDhirr" &&
            dec.reg(z, 0, rx) && dec.reg(z, 2, dec.r9);
  if (!ok)
    return fail(movw, "the rewritten sequence does not decode as intended (please report)");
  ++result.sequences;
}

void Rewriter::literal(const OutReloc &lit) {
  const OutSection &sec = elf.sections[lit.section];
  if (lit.offset % 4 != 0 || sec.addr + sec.size - lit.offset < 4)
    return fail(lit, "the literal is not an aligned word");
  // The code before the literal: every $t range of the section that starts
  // before it (a function's jump table can sit between a load and its pool)
  // and reaches the code that can load it: LDR (literal) reaches 4095 bytes
  // from Align(PC, 4), PC being the load's address + 4.  (Decoding all the
  // code before each literal made a link quadratic in its code size.)
  const Marks &m = mapping[sec.index];
  if (m.empty())
    return fail(lit, "the section has no mapping symbols to find its code");
  constexpr uint32_t reach = 4095 + 4 + 3;
  uint32_t lo = lit.offset > reach ? lit.offset - reach : 0;
  // A range that starts before the last $d or $a at or below `lo` ends there.
  auto first = m.begin();
  const std::vector<uint32_t> &nc = notCode[sec.index];
  if (auto d = std::upper_bound(nc.begin(), nc.end(), lo); d != nc.begin())
    first = std::lower_bound(m.begin(), m.end(), *std::prev(d),
                             [](const Mark &k, uint32_t x) { return k.first < x; });
  std::vector<std::pair<uint32_t, uint32_t>> ranges;
  for (auto it = first; it != m.end() && it->first <= lit.offset; ++it)
    if (it->second)
      if (uint32_t end = codeEnd(sec, it->first); end > lo)
        ranges.push_back({it->first, end});
  // Every load of this literal, then the add that consumes each.
  MCInst inst;
  uint64_t size;
  uint32_t pa = 0;
  bool seen = false;
  std::vector<Hop> hops;
  for (auto [start, end] : ranges) {
    for (uint32_t a = start; a < end; a += uint32_t(size)) {
      if (!dec.decode(code(sec), sec.addr, a, inst, size))
        return fail(lit, "the code before it does not decode");
      StringRef n = dec.name(inst);
      int64_t off = dec.immOf(inst, 1);
      bool load = (n == "tLDRpci" || n == "t2LDRpci") &&
                  ((a + 4) & ~3u) + uint32_t(off) == lit.offset;
      if (!load)
        continue;
      unsigned rx = dec.regOf(inst, 0);
      uint32_t p = findAddPc(sec, a + uint32_t(size), rx, hops);
      if (!p || (seen && p != pa))
        return fail(lit, "no single 'add register, pc' consumes the loaded literal");
      if (!onlyPath(lit, a, p, hops))
        return;
      pa = p;
      seen = true;
    }
  }
  if (!seen)
    return fail(lit, "no PC-relative load of the literal was found");
  const uint8_t *c = code(sec).data();
  uint32_t t = read32le(c + (lit.offset - sec.addr)) + pa + 4;
  if (!targetOk(lit, t))
    return;
  std::vector<uint8_t> w(4);
  write32le(w.data(), t - sb);
  patched[lit.offset] = w;
  patchAdd(sec, pa);
  MCInst z;
  uint64_t s;
  if (!dec.decode(patched[pa], pa, pa, z, s) || dec.name(z) != "tADDhirr" ||
      !dec.reg(z, 2, dec.r9))
    return fail(lit, "the rewritten add does not decode as intended (please report)");
  ++result.sequences;
}

void Rewriter::run(ArrayRef<OutReloc> refs) {
  for (const OutReloc &r : refs)
    if (r.type == R_ARM_THM_MOVT_PREL)
      movts.push_back(&r);
  std::stable_sort(movts.begin(), movts.end(), [](const OutReloc *a, const OutReloc *b) {
    return std::make_pair(a->section, a->offset) < std::make_pair(b->section, b->offset);
  });
  for (const OutReloc &r : refs) {
    switch (r.type) {
    case R_ARM_THM_MOVW_PREL_NC:
      movwMovt(r);
      break;
    case R_ARM_THM_MOVT_PREL:
      break; // with its MOVW
    case R_ARM_REL32:
      literal(r);
      break;
    default:
      fail(r, "rrld knows no r9-relative form of this relocation");
    }
  }
  // Every MOVT must have been consumed by its MOVW.
  for (const OutReloc &r : refs)
    if (r.type == R_ARM_THM_MOVT_PREL && !paired.count(r.offset))
      fail(r, "no MOVW_PREL_NC precedes it");
  for (auto &[addr, bytes] : patched)
    result.patches.push_back({addr, bytes});
}

} // namespace

RewriteResult rewriteToStaticBase(const LinkedElf &elf, const ImageLayout &layout,
                                  ArrayRef<OutReloc> refs) {
  if (refs.empty())
    return {};
  Expected<std::unique_ptr<ThumbDecoder>> dec = ThumbDecoder::create();
  if (!dec) {
    RewriteResult r;
    for (const OutReloc &ref : refs)
      r.problems.push_back({ref.offset, ref.type, ref.section,
                            elf.symbolDesc(elf.symbols[ref.sym]),
                            "is a PC-relative reference from RO code to RW that could not be "
                            "rewritten: " + toString(dec.takeError()),
                            "report this as a bug"});
    return r;
  }
  Rewriter rw(elf, layout, **dec);
  rw.run(refs);
  return std::move(rw.result);
}

} // namespace rrld
