// Relocation classification (linker/src/Classify.cpp) on a synthetic linked
// ELF model: every kind of relocation against every kind of target.
#include "Classify.h"
#include "model.h"

#include "llvm/BinaryFormat/ELF.h"

#include <catch2/catch.hpp>

using namespace rrld;
using namespace llvm::ELF;

namespace {
// Sections: header, .text, .rodata in RO at 0; .data, .bss in RW at 0x20000000.
struct Model {
  LinkedElf elf;
  ImageLayout layout;
  enum Sym : uint32_t { Null, Func, Table, Var, BssData, Abs, WeakUndef };

  Model() {
    addSection(elf, "", SHT_NULL, 0, 0, 0);
    addSection(elf, ".rrld_header", SHT_PROGBITS, SHF_ALLOC, 0, 96);
    addSection(elf, ".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, 0x60, 0x40);
    addSection(elf, ".rodata", SHT_PROGBITS, SHF_ALLOC, 0xa0, 0x40);
    addSection(elf, ".data", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, 0x20000000, 0x40);
    addSection(elf, ".bss", SHT_NOBITS, SHF_ALLOC | SHF_WRITE, 0x20000040, 0x40);
    auto sym = [&](const char *name, uint32_t shndx, uint32_t value, uint8_t binding = STB_GLOBAL) {
      OutSymbol s;
      s.name = name;
      s.shndx = shndx;
      s.value = value;
      s.binding = binding;
      elf.symbols.push_back(s);
    };
    sym("", SHN_UNDEF, 0);
    sym("func", 2, 0x61);
    sym("table", 3, 0xa0);
    sym("var", 4, 0x20000000);
    sym("zeroed", 5, 0x20000040);
    sym("fixed", SHN_ABS, 0x1234);
    sym("maybe", SHN_UNDEF, 0, STB_WEAK);
    elf.ro = {0, 0xe0};
    elf.rw = {0x20000000, 0x20000080};
    layout.roLink = 0;
    layout.rwLink = 0x20000000;
  }
  void rel(uint32_t section, uint32_t offset, uint32_t type, uint32_t sym) {
    elf.relocs.push_back({offset, type, sym, section});
  }
  Classified run(RoRelocPolicy p = RoRelocPolicy::Patch) {
    ClassifyOptions o;
    o.roRelocs = p;
    return classify(elf, layout, o);
  }
};
} // namespace

TEST_CASE("absolute words go to the table of their two segments", "[classify]") {
  Model m;
  m.rel(3, 0xa0, R_ARM_ABS32, Model::Func);       // RO -> RO
  m.rel(3, 0xa4, R_ARM_ABS32, Model::Table);      // RO -> RO
  m.rel(4, 0x20000000, R_ARM_ABS32, Model::Func); // RW -> RO
  m.rel(4, 0x20000004, R_ARM_TARGET1, Model::Table); // .init_array style
  m.rel(4, 0x20000008, R_ARM_ABS32, Model::Var);  // RW -> RW
  m.rel(4, 0x2000000c, R_ARM_ABS32, Model::BssData); // RW -> RW (.bss)
  m.rel(4, 0x20000010, R_ARM_ABS32, Model::Abs);  // fixed value
  m.rel(4, 0x20000014, R_ARM_ABS32, Model::WeakUndef); // stays null
  Classified c = m.run();
  REQUIRE(c.problems.empty());
  CHECK(c.roRo == std::vector<uint32_t>{0xa0, 0xa4});
  CHECK(c.rwRo == std::vector<uint32_t>{0x0, 0x4});
  CHECK(c.rwRw == std::vector<uint32_t>{0x8, 0xc});
  CHECK(c.fixedValue == 2);
}

TEST_CASE("classification uses the target's section, not its value", "[classify]") {
  Model m;
  // A symbol whose value lies in RAM but whose section is .rodata (e.g. an
  // address computed past the end): still RO -> RO.
  m.elf.symbols[Model::Table].value = 0x20000000;
  m.rel(4, 0x20000000, R_ARM_ABS32, Model::Table);
  // One past the end of .bss: value outside RW, section .bss.
  m.elf.symbols[Model::BssData].value = 0x20000080;
  m.rel(4, 0x20000004, R_ARM_ABS32, Model::BssData);
  Classified c = m.run();
  REQUIRE(c.problems.empty());
  CHECK(c.rwRo == std::vector<uint32_t>{0x0});
  CHECK(c.rwRw == std::vector<uint32_t>{0x4});
}

TEST_CASE("position-independent references need nothing", "[classify]") {
  Model m;
  m.rel(2, 0x60, R_ARM_THM_MOVW_PREL_NC, Model::Table);
  m.rel(2, 0x64, R_ARM_THM_MOVT_PREL, Model::Table);
  m.rel(2, 0x68, R_ARM_THM_MOVW_BREL_NC, Model::Var);
  m.rel(2, 0x6c, R_ARM_THM_MOVT_BREL, Model::BssData);
  m.rel(2, 0x70, R_ARM_THM_CALL, Model::Func);
  m.rel(2, 0x74, R_ARM_THM_CALL, Model::WeakUndef); // lld makes it a no-op branch
  m.rel(3, 0xa8, R_ARM_REL32, Model::Func);
  m.rel(3, 0xac, R_ARM_PREL31, Model::Func);
  m.rel(4, 0x20000018, R_ARM_SBREL32, Model::Var);
  m.rel(2, 0x78, R_ARM_NONE, Model::Null);
  Classified c = m.run();
  REQUIRE(c.problems.empty());
  CHECK(c.pcRelative == 6);
  CHECK(c.sbRelative == 3);
  CHECK(c.ignored == 1);
  CHECK(c.roRo.empty());
  CHECK(c.rwRo.empty());
  CHECK(c.rwRw.empty());
}

static bool hasProblem(const Classified &c, uint32_t offset, const char *text) {
  for (const Problem &p : c.problems)
    if (p.offset == offset && p.why.find(text) != std::string::npos)
      return true;
  return false;
}

TEST_CASE("what cannot be placed independently is a problem", "[classify]") {
  Model m;
  m.rel(3, 0xa0, R_ARM_ABS32, Model::Var);                 // RO -> RW
  m.rel(2, 0x60, R_ARM_ABS32, Model::Func);                // literal pool
  m.rel(2, 0x64, R_ARM_THM_MOVW_ABS_NC, Model::Var);       // absolute in code
  m.rel(2, 0x68, R_ARM_THM_MOVW_BREL_NC, Model::Table);    // rust#95871
  m.rel(2, 0x6c, R_ARM_THM_MOVW_PREL_NC, Model::Var);      // code -> RW: for Rewrite.cpp
  m.rel(3, 0xa4, R_ARM_REL32, Model::Var);                 // RO data -> RW, PC-relative
  m.rel(2, 0x70, R_ARM_THM_MOVW_PREL_NC, Model::WeakUndef); // weak "null"
  m.rel(2, 0x74, R_ARM_THM_CALL, Model::Abs);              // branch to fixed address
  m.rel(4, 0x20000001, R_ARM_ABS32, Model::Func);          // misaligned
  m.rel(2, 0x78, R_ARM_GOT_BREL, Model::Var);
  m.rel(2, 0x7c, R_ARM_TLS_LE32, Model::Var);
  m.rel(2, 0x84, 200, Model::Var);                         // unknown type
  m.rel(2, 0xa8, R_ARM_ABS32, Model::Func);                // outside .text
  Classified c = m.run();
  CHECK(hasProblem(c, 0xa0, "puts a RAM address into flash"));
  CHECK(hasProblem(c, 0x60, "into code (a literal pool)"));
  CHECK(hasProblem(c, 0x64, "into an instruction"));
  CHECK(hasProblem(c, 0x68, "SB-relative (r9) reference to read-only data"));
  CHECK(hasProblem(c, 0xa4, "PC-relative reference from RO to RW"));
  REQUIRE(c.crossPcRel.size() == 1);
  CHECK(c.crossPcRel[0].offset == 0x6c);
  CHECK(hasProblem(c, 0x70, "undefined weak"));
  CHECK(hasProblem(c, 0x74, "absolute symbol"));
  CHECK(hasProblem(c, 0x20000001, "not word aligned"));
  CHECK(hasProblem(c, 0x78, "GOT"));
  CHECK(hasProblem(c, 0x7c, "thread-local"));
  CHECK(hasProblem(c, 0x84, "not supported by rrld"));
  CHECK(hasProblem(c, 0xa8, "lies outside its section"));
  CHECK(c.problems.size() == 12);
  CHECK(c.roRo.empty());
}

TEST_CASE("--rrld-ro-relocs=error refuses RO->RO words", "[classify]") {
  Model m;
  m.rel(3, 0xa0, R_ARM_ABS32, Model::Func);
  m.rel(4, 0x20000000, R_ARM_ABS32, Model::Func);
  Classified c = m.run(RoRelocPolicy::Error);
  REQUIRE(c.problems.size() == 1);
  CHECK(hasProblem(c, 0xa0, "refused by --rrld-ro-relocs=error"));
  CHECK(c.rwRo == std::vector<uint32_t>{0});
}

TEST_CASE("a word relocated twice is a problem", "[classify]") {
  Model m;
  m.rel(4, 0x20000000, R_ARM_ABS32, Model::Func);
  m.rel(4, 0x20000000, R_ARM_ABS32, Model::Var);
  Classified c = m.run();
  CHECK(hasProblem(c, 0x20000000, "against both RO and RW"));
}

TEST_CASE("R_ARM_TARGET1 and R_ARM_TARGET2 follow lld's options", "[classify]") {
  Model m;
  m.rel(4, 0x20000000, R_ARM_TARGET1, Model::Func);
  m.rel(3, 0xa0, R_ARM_TARGET2, Model::Table);
  ClassifyOptions o;
  o.arm.target1Rel = true; // TARGET1 = REL32: RW -> RO PC-relative is a problem
  o.arm.target2 = Target2Policy::Rel;
  Classified c = classify(m.elf, m.layout, o);
  CHECK(hasProblem(c, 0x20000000, "PC-relative reference from RW to RO"));
  CHECK(c.pcRelative == 1); // TARGET2 as REL32 within RO
  o.arm.target1Rel = false;
  o.arm.target2 = Target2Policy::Abs;
  c = classify(m.elf, m.layout, o);
  CHECK(c.problems.empty());
  CHECK(c.rwRo == std::vector<uint32_t>{0});
  CHECK(c.roRo == std::vector<uint32_t>{0xa0});
  o.arm.target2 = Target2Policy::GotRel;
  c = classify(m.elf, m.layout, o);
  CHECK(hasProblem(c, 0xa0, "GOT"));
}
