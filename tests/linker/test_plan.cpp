// The link's planning stage: which files lld will read, how the moved
// sections are written into the default layout (Plan.cpp), and the
// decisions made from the scanned inputs (Scan.h) -- what moves, the data
// order (Group.cpp), the build attributes of the A32 check (InputCheck.cpp)
// -- on scan records built here.  tests/golden/link-once.sh,
// move-rodata.sh, data-order.sh and diag-a32.sh check the same on compiled
// objects.
#include "Driver.h"
#include "Group.h"
#include "InputCheck.h"
#include "Plan.h"
#include "Scan.h"

#include "llvm/BinaryFormat/ELF.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"

#include <algorithm>
#include <fstream>

#include <catch2/catch.hpp>

using namespace rrld;

TEST_CASE("inputPaths: positional files and -l libraries as lld finds them", "[plan]") {
  llvm::SmallString<128> dir;
  REQUIRE(!llvm::sys::fs::createUniqueDirectory("rrld-plan-test", dir));
  auto touch = [&](const char *name) {
    llvm::SmallString<128> p(dir);
    llvm::sys::path::append(p, name);
    int fd;
    REQUIRE(!llvm::sys::fs::openFileForWrite(p, fd));
    llvm::sys::Process::SafelyCloseFileDescriptor(fd);
    return std::string(p);
  };
  std::string a = touch("libfoo.a"), so = touch("libbar.so"), bara = touch("libbar.a"),
              named = touch("exact.a");
  std::string d = std::string(dir);
  std::vector<std::string> got =
      inputPaths({"app.o", "-lfoo", "-L", d, "-lbar", "-l:exact.a", "app.o", "-lmissing"});
  // -L applies wherever it stands; a shared library found first is skipped.
  CHECK(got == std::vector<std::string>{"app.o", a, named});
  got = inputPaths({"-Bstatic", "--library=bar", "--library-path=" + d});
  CHECK(got == std::vector<std::string>{bara});
  llvm::sys::fs::remove_directories(dir);
}

TEST_CASE("withMovedSections: .data restated in OVERWRITE_SECTIONS, moved sections first",
          "[plan]") {
  std::string script = defaultScript(0, 0x20000000);
  CHECK(withMovedSections(script, "") == script);
  PlannedMove m;
  m.file = "lib dir/libx.a";
  m.member = "m.o";
  m.name = ".rodata.tab";
  std::string lines, why;
  REQUIRE(scriptLines(m, lines, why));
  CHECK(lines == "    \"lib dir/libx.a:m.o\"(\".rodata.tab\")\n");
  std::string out = withMovedSections(script, lines);
  REQUIRE(out.size() > script.size());
  CHECK(out.compare(0, script.size(), script) == 0);
  std::string tail = out.substr(script.size());
  size_t ow = tail.find("OVERWRITE_SECTIONS"), data = tail.find(".data : {"),
         moved = tail.find(lines), rest = tail.find("*(.data .data.*");
  REQUIRE(ow != std::string::npos);
  CHECK(ow < data);
  CHECK(data < moved);
  CHECK(moved < rest);
  CHECK(rest != std::string::npos);
  // The braces balance: the restated .data is whole.
  CHECK(std::count(tail.begin(), tail.end(), '{') == std::count(tail.begin(), tail.end(), '}'));

  m.file = "odd\"name.o";
  m.member.clear();
  lines.clear();
  CHECK(!scriptLines(m, lines, why));
  CHECK(why.find("cannot name") != std::string::npos);
}

namespace {
using namespace llvm::ELF;

constexpr uint32_t roData = SHF_ALLOC, rwData = SHF_ALLOC | SHF_WRITE;

// A scan record of one object, built by hand: sections, symbols, and the
// relocations of each section.
struct ObjectBuilder {
  // What the record's views point into (the scan's one allocation).
  struct Arrays {
    std::vector<rrld::ScanSection> sections;
    std::vector<rrld::ScanSymbol> symbols;
    std::vector<rrld::ScanReloc> relocs;
  };
  std::shared_ptr<Arrays> a = std::make_shared<Arrays>();
  rrld::ScanObject o; // the rest of the record
  explicit ObjectBuilder(const char *file) {
    o.file = file;
    a->sections.push_back({}); // index 0
    a->symbols.push_back({});
  }
  uint32_t section(const char *name, uint32_t flags, uint32_t size = 4) {
    rrld::ScanSection s;
    s.name = name;
    s.type = SHT_PROGBITS;
    s.flags = flags;
    s.size = size;
    a->sections.push_back(s);
    return a->sections.size() - 1;
  }
  uint32_t symbol(const char *name, uint32_t shndx, uint8_t binding = STB_GLOBAL,
                  uint8_t type = STT_OBJECT) {
    a->symbols.push_back({name, shndx, 0, binding, type});
    if (shndx && shndx < a->sections.size() && type != STT_SECTION &&
        a->sections[shndx].orderName.empty()) {
      a->sections[shndx].orderName = name;
      a->sections[shndx].orderNameGlobal = binding != STB_LOCAL;
    }
    return a->symbols.size() - 1;
  }
  void word(uint32_t section, uint32_t offset, uint32_t sym, uint32_t type = R_ARM_ABS32) {
    a->relocs.push_back({offset, type, sym, section});
  }
  rrld::ScanObject build() const {
    rrld::ScanObject out = o;
    out.sections = a->sections;
    out.symbols = a->symbols;
    out.relocs = a->relocs;
    out.storage = a;
    return out;
  }
};

// Each object an input file the scan read whole.
rrld::InputScan scanOf(std::vector<ObjectBuilder> objects) {
  rrld::InputScan scan;
  for (ObjectBuilder &b : objects) {
    rrld::ScanInput &in = scan.inputs.emplace_back();
    in.objects.push_back(b.build());
    in.magic = llvm::file_magic::elf_relocatable;
    in.read = true;
  }
  scan.index();
  return scan;
}

std::vector<std::string> moved(const rrld::MovePlan &plan) {
  std::vector<std::string> out;
  for (const rrld::PlannedMove &m : plan.moves)
    out.push_back(m.desc());
  return out;
}
} // namespace

TEST_CASE("planMoves: RAM addresses in flash move, and what points at moved data", "[plan]") {
  // a.o: ptr = &counter (defined in b.o's .bss); pp = &ptr; tab = &fn.
  ObjectBuilder a("a.o");
  uint32_t ptr = a.section(".rodata.ptr", roData), pp = a.section(".rodata.pp", roData),
           tab = a.section(".rodata.tab", roData), text = a.section(".text.fn", SHF_ALLOC | SHF_EXECINSTR);
  uint32_t counter = a.symbol("counter", SHN_UNDEF);
  uint32_t ptrSym = a.symbol(".rodata.ptr", ptr, STB_LOCAL, STT_SECTION);
  uint32_t fn = a.symbol("fn", text, STB_GLOBAL, STT_FUNC);
  a.symbol("ptr", ptr);
  a.symbol("pp", pp);
  a.symbol("tab", tab);
  a.word(ptr, 0, counter);
  a.word(pp, 0, ptrSym);
  a.word(tab, 0, fn);
  ObjectBuilder b("b.o");
  b.o.member = "m.o";
  uint32_t bss = b.section(".bss.counter", rwData);
  b.symbol("counter", bss);
  rrld::InputScan scan = scanOf({std::move(a), std::move(b)});

  rrld::MovePlan plan = rrld::planMoves(scan, {});
  CHECK(plan.inputs == 2);
  CHECK(moved(plan) == std::vector<std::string>{"a.o:(.rodata.ptr)", "a.o:(.rodata.pp)"});
  REQUIRE(plan.moves.size() == 2);
  CHECK(plan.moves[0].reason == rrld::MoveReason::RamPointer);
  // Why, as --rrld-explain prints it: the text is made from the scan's
  // records only when asked for.
  REQUIRE(plan.moves[0].because.size() == 1);
  CHECK(plan.moves[0].because[0].text() ==
        "a.o:(.rodata.ptr+0x0): R_ARM_ABS32 against 'counter' puts a RAM address into flash, "
        "but the RAM base changes at each load");
  REQUIRE(plan.moves[1].because.size() == 1);
  CHECK(plan.moves[1].because[0].text() ==
        "a.o:(.rodata.pp+0x0): R_ARM_ABS32 against section .rodata.ptr puts a RAM address into "
        "flash: its target moves to RW");
  CHECK(plan.moves[1].because[0].sameText(plan.moves[1].because[0]));
  CHECK(!plan.moves[1].because[0].sameText(plan.moves[0].because[0]));
  // --rrld-ro-relocs=ram: flash addresses move too; =error: nothing moves.
  plan = rrld::planMoves(scan, {rrld::RoRelocPolicy::Ram, {}});
  CHECK(moved(plan) ==
        std::vector<std::string>{"a.o:(.rodata.ptr)", "a.o:(.rodata.pp)", "a.o:(.rodata.tab)"});
  CHECK(rrld::planMoves(scan, {rrld::RoRelocPolicy::Error, {}}).moves.empty());
}

TEST_CASE("planMoves: read-only data named as a moving section of its object moves along",
          "[plan]") {
  // a.o has two .rodata sections (-fno-unique-section-names) and code of
  // that name; b.o points at the second one.  A script naming "a.o"(.rodata)
  // takes both data sections, so both move, and so does b.o's pointer.
  ObjectBuilder a("a.o");
  uint32_t ptr = a.section(".rodata", roData), tab = a.section(".rodata", roData, 16);
  a.section(".rodata", SHF_ALLOC | SHF_EXECINSTR);
  a.word(ptr, 0, a.symbol("counter", SHN_UNDEF));
  a.symbol("tab", tab);
  ObjectBuilder b("b.o");
  b.word(b.section(".rodata.tp", roData), 0, b.symbol("tab", SHN_UNDEF));
  ObjectBuilder c("c.o");
  c.symbol("counter", c.section(".bss.counter", rwData));
  rrld::InputScan scan = scanOf({std::move(a), std::move(b), std::move(c)});
  rrld::MovePlan plan = rrld::planMoves(scan, {}); // its causes point into the scan
  REQUIRE(plan.moves.size() == 3);
  CHECK(plan.moves[0].index == ptr);
  CHECK(plan.moves[0].reason == rrld::MoveReason::RamPointer);
  CHECK(plan.moves[0].because.size() == 1); // not also "same name" back from tab
  CHECK(plan.moves[1].index == tab);
  CHECK(plan.moves[1].size == 16);
  CHECK(plan.moves[1].reason == rrld::MoveReason::SameName);
  REQUIRE(plan.moves[1].because.size() == 1);
  CHECK(plan.moves[1].because[0].text() ==
        "a.o:(.rodata), section 1, moves to RW, and a linker script cannot place one of the "
        "object's sections of that name without the others");
  CHECK(!plan.moves[1].because[0].sameText(plan.moves[0].because[0]));
  CHECK(plan.moves[2].desc() == "b.o:(.rodata.tp)");
  CHECK(plan.moves[2].reason == rrld::MoveReason::RamPointer);
  // Nothing of a.o moves when nothing forces it.
  ObjectBuilder d("d.o");
  d.section(".rodata", roData);
  d.word(d.section(".rodata", roData), 0, d.symbol("f", d.section(".text", SHF_ALLOC | SHF_EXECINSTR)));
  CHECK(rrld::planMoves(scanOf({std::move(d)}), {}).moves.empty());
}

TEST_CASE("InputScan::index: archive members load as lld's lazy symbols do", "[plan]") {
  // app.o refers to `used` (strongly), `maybe` (weakly) and defines `w`
  // weakly; lib members define them all, and `x` (a root) and `chain`.
  auto member = [](const char *name) {
    ObjectBuilder b("lib.a");
    b.o.member = name;
    return b;
  };
  ObjectBuilder app("app.o");
  app.symbol("used", SHN_UNDEF);
  app.symbol("maybe", SHN_UNDEF, STB_WEAK);
  app.symbol("w", app.section(".data.w", rwData), STB_WEAK);
  ObjectBuilder usedM = member("used.o");
  usedM.symbol("used", usedM.section(".rodata.used", roData));
  usedM.symbol("chain", SHN_UNDEF);
  ObjectBuilder maybeM = member("maybe.o");
  maybeM.symbol("maybe", maybeM.section(".rodata.maybe", roData));
  ObjectBuilder wM = member("w.o"); // strong, but `w` is defined already
  wM.symbol("w", wM.section(".rodata.w", roData));
  ObjectBuilder chainM = member("chain.o");
  chainM.symbol("chain", chainM.section(".rodata.chain", roData));
  ObjectBuilder chain2 = member("chain2.o"); // a second definition: the first member wins
  chain2.symbol("chain", chain2.section(".rodata.chain", roData));
  ObjectBuilder rootM = member("root.o");
  rootM.symbol("x", rootM.section(".text.x", SHF_ALLOC | SHF_EXECINSTR), STB_GLOBAL, STT_FUNC);
  rrld::InputScan scan = scanOf({std::move(app), std::move(usedM), std::move(maybeM),
                                 std::move(wM), std::move(chainM), std::move(chain2),
                                 std::move(rootM)});
  scan.index({"x", "nowhere"});
  CHECK(scan.loaded == std::vector<bool>{true, true, false, false, true, false, true});
  REQUIRE(scan.find("w"));
  CHECK(scan.find("w")->obj == 0); // app.o's weak one: w.o is not loaded
  CHECK(scan.find("maybe") == nullptr);
  REQUIRE(scan.find("chain"));
  CHECK(scan.find("chain")->obj == 4);
  // Without the root, root.o stays out; with every member forced in
  // (--whole-archive), w.o's strong `w` wins.
  scan.index();
  CHECK(!scan.loaded[6]);
  for (rrld::ScanInput &in : scan.inputs)
    in.wholeArchive = true;
  scan.index();
  CHECK(scan.loaded == std::vector<bool>(7, true));
  CHECK(scan.find("w")->obj == 3);
  // An input the scan cannot see into (bitcode, say) may pull any member.
  for (rrld::ScanInput &in : scan.inputs)
    in.wholeArchive = false;
  scan.inputs.emplace_back().read = false;
  scan.index({});
  CHECK(scan.loaded == std::vector<bool>(7, true));
}

TEST_CASE("planMoves: an archive member nothing pulls in moves nothing", "[plan]") {
  // A weak RAM variable in app.o; lib.a's unused member defines it strongly
  // in flash and holds a const pointer to RAM.  lld loads no member here:
  // `p` points at RAM and moves, and the member's pointer is not in the link.
  ObjectBuilder app("app.o");
  app.symbol("x", app.section(".data.x", rwData), STB_WEAK);
  ObjectBuilder p("p.o");
  p.word(p.section(".rodata.p", roData), 0, p.symbol("x", SHN_UNDEF));
  ObjectBuilder m("lib.a");
  m.o.member = "m.o";
  m.symbol("x", m.section(".rodata.x", roData));
  m.word(m.section(".rodata.q", roData), 0, m.symbol("counter", SHN_UNDEF));
  ObjectBuilder c("c.o");
  c.symbol("counter", c.section(".bss.counter", rwData));
  rrld::InputScan scan = scanOf({std::move(app), std::move(p), std::move(m), std::move(c)});
  CHECK(moved(rrld::planMoves(scan, {})) == std::vector<std::string>{"p.o:(.rodata.p)"});
}

TEST_CASE("rootSymbols: the entry, -u, --require-defined, -init, --defsym and script names",
          "[plan]") {
  llvm::SmallString<64> dir;
  REQUIRE(!llvm::sys::fs::createUniqueDirectory("rrld-roots", dir));
  std::string script = (dir + "/s.ld").str();
  {
    std::ofstream os(script);
    os << "ENTRY(Reset) SECTIONS { .text : { KEEP(*(.vectors)) } } PROVIDE(a = b1);\n";
  }
  std::vector<std::string> r = rrld::rootSymbols(
      {"-e", "ent", "-uu1", "--undefined=u2", "--undefined", "u3", "--require-defined=rd",
       "-init", "in", "--defsym=alias=target+4", "-T", script, "a.o", "-o", "out"});
  for (const char *want : {"_start", "ent", "u1", "u2", "u3", "rd", "in", "alias", "target",
                           "Reset", "KEEP", ".vectors", "a", "b1"})
    CHECK(llvm::is_contained(r, want));
  CHECK(!llvm::is_contained(r, "a.o"));
  CHECK(!llvm::is_contained(r, "out"));
  llvm::sys::fs::remove_directories(dir);
}

TEST_CASE("planMoves: a strong definition wins over an earlier weak one", "[plan]") {
  ObjectBuilder a("a.o");
  uint32_t p = a.section(".rodata.p", roData);
  a.word(p, 0, a.symbol("x", SHN_UNDEF));
  ObjectBuilder weak("weak.o");
  weak.symbol("x", weak.section(".rodata.x", roData), STB_WEAK);
  ObjectBuilder strong("strong.o");
  strong.symbol("x", strong.section(".data.x", rwData));
  rrld::InputScan scan = scanOf({std::move(a), std::move(weak), std::move(strong)});
  REQUIRE(scan.find("x"));
  CHECK(scan.find("x")->obj == 2);
  CHECK(moved(rrld::planMoves(scan, {})) == std::vector<std::string>{"a.o:(.rodata.p)"});
  CHECK(scan.find("nowhere") == nullptr);
}

TEST_CASE("planMoves: data reached through r9 moves; objects for A-profile cores are refused",
          "[plan]") {
  ObjectBuilder a("a.o");
  uint32_t lut = a.section(".rodata.lut", roData), text = a.section(".text", SHF_ALLOC | SHF_EXECINSTR);
  uint32_t sym = a.symbol("lut", lut);
  a.word(text, 0, sym, R_ARM_SBREL32);
  a.o.notM = "built for the 'A' profile";
  rrld::MovePlan plan = rrld::planMoves(scanOf({std::move(a)}), {});
  CHECK(moved(plan) == std::vector<std::string>{"a.o:(.rodata.lut)"});
  REQUIRE(plan.moves.size() == 1);
  CHECK(plan.moves[0].reason == rrld::MoveReason::StaticBase);
  CHECK(plan.badInputs == std::vector<std::string>{"a.o: built for the 'A' profile"});
}

TEST_CASE("groupPointerData: flash pointers, mixed, RAM pointers; read-only first", "[plan]") {
  ObjectBuilder a("a.o");
  uint32_t ro = a.section(".rodata.t", roData), toRo = a.section(".data.r", rwData),
           mixed = a.section(".data.m", rwData), toRw = a.section(".data.w", rwData),
           plain = a.section(".data.n", rwData), text = a.section(".text", SHF_ALLOC | SHF_EXECINSTR);
  uint32_t fn = a.symbol("fn", text, STB_GLOBAL, STT_FUNC);
  a.symbol("t", ro);
  a.symbol("r", toRo);
  a.symbol("m", mixed);
  uint32_t w = a.symbol("w", toRw);
  a.symbol("n", plain);
  uint32_t ext = a.symbol("ext", SHN_UNDEF);
  a.word(toRw, 0, w);
  a.word(mixed, 0, fn);
  a.word(mixed, 4, ext); // b.o's RAM
  a.word(toRo, 0, fn);
  a.word(ro, 0, fn);
  ObjectBuilder b("b.o");
  b.symbol("ext", b.section(".bss.ext", rwData));
  rrld::GroupOrder order = rrld::groupPointerData(scanOf({std::move(a), std::move(b)}), true);
  CHECK(order.inputs == 2);
  CHECK(order.sections == 4);
  CHECK(order.text == "t\nr\nm\nw\n");
}

TEST_CASE("MProfileCheck: Tag_CPU_arch_profile from .ARM.attributes", "[plan]") {
  // 'A', then one "aeabi" subsection holding one file-scope sub-subsection:
  // Tag_CPU_name "x\7A" (which reads as Tag_CPU_arch_profile 'A' if taken
  // for a number), Tag_CPU_arch 10, Tag_CPU_arch_profile P, Tag_compatibility
  // 1 "gnu" (a number, then a string), Tag_ABI_PCS_R9_use 1.
  auto attributes = [](uint8_t profile) {
    return std::vector<uint8_t>{'A',
                                32, 0, 0, 0, 'a', 'e', 'a', 'b', 'i', 0,   // subsection
                                1, 22, 0, 0, 0,                           // file scope
                                5, 'x', 7, 'A', 0, 6, 10, 7, profile,
                                32, 1, 'g', 'n', 'u', 0, 14, 1};
  };
  rrld::MProfileCheck check;
  check.attributes(attributes('M'));
  CHECK(!check.result());
  check.attributes(attributes(0));
  CHECK(!check.result());
  std::vector<uint8_t> a = attributes('A');
  // Cut short anywhere: no verdict from a malformed section.
  for (size_t n = 0; n < a.size(); ++n) {
    check.attributes(llvm::ArrayRef<uint8_t>(a).take_front(n));
    CHECK(!check.result());
  }
  check.attributes(a);
  REQUIRE(check.result());
  CHECK(check.result()->find("built for the 'A' profile") == 0);
  // The $a mapping symbol and A32-only relocations, after the attributes.
  rrld::MProfileCheck code;
  code.symbol("$t", ".text", 0);
  code.reloc(R_ARM_THM_CALL, ".text", 4);
  CHECK(!code.result());
  code.reloc(R_ARM_CALL, ".text", 8);
  code.symbol("$a.1", ".text.arm", 0x10);
  REQUIRE(code.result());
  CHECK(*code.result() ==
        "holds ARM-state (A32) code: the mapping symbol $a marks .text.arm+0x10");
}

TEST_CASE("defaultLayoutLines: names no unmoved section shares in one description", "[plan]") {
  // a.o's .rodata.p and .rodata.shared move; b.o has a .rodata.shared that
  // stays, so a.o's is named with its file.
  ObjectBuilder a("a.o");
  uint32_t p = a.section(".rodata.p", roData), shared = a.section(".rodata.shared", roData),
           q = a.section(".rodata.q", roData);
  uint32_t counter = a.symbol("counter", SHN_UNDEF);
  a.word(p, 0, counter);
  a.word(shared, 0, counter);
  a.word(q, 0, counter);
  a.symbol("counter", a.section(".bss", rwData));
  ObjectBuilder b("b.o");
  b.section(".rodata.shared", roData);
  rrld::InputScan scan = scanOf({std::move(a), std::move(b)});
  rrld::MovePlan plan = rrld::planMoves(scan, {});
  REQUIRE(moved(plan) ==
          std::vector<std::string>{"a.o:(.rodata.p)", "a.o:(.rodata.shared)", "a.o:(.rodata.q)"});
  std::string lines;
  std::map<std::string, std::string> refused;
  auto placed = rrld::defaultLayoutLines(scan, plan.moves, {{"a.o", "copy.o"}}, lines, refused);
  CHECK(placed.size() == 3);
  CHECK(refused.empty());
  CHECK(lines == "    *(\".rodata.p\"\n      \".rodata.q\")\n    \"copy.o\"(\".rodata.shared\")\n");
}

TEST_CASE("defaultLayoutLines: a move the scan does not show is placed by file", "[plan]") {
  // The plan names each moved section by object and index
  // (PlannedMove::object); a move made by hand, or one section moved twice,
  // cannot be told from an unmoved section of the same name, so it gets a
  // line of its own and its name is kept out of the patterns.
  ObjectBuilder a("a.o");
  uint32_t counter = a.symbol("counter", a.section(".bss", rwData));
  for (const char *n : {".rodata.t1", ".rodata.t2", ".rodata.u1", ".rodata.u2"})
    a.word(a.section(n, roData), 0, counter);
  a.section(".rodata.v", roData); // stays
  rrld::InputScan scan = scanOf({std::move(a)});
  rrld::MovePlan plan = rrld::planMoves(scan, {});
  REQUIRE(plan.moves.size() == 4);
  std::string lines;
  std::map<std::string, std::string> refused;
  rrld::defaultLayoutLines(scan, plan.moves, {}, lines, refused);
  CHECK(lines == "    *(\".rodata.t*\"\n      \".rodata.u*\")\n");

  std::vector<rrld::PlannedMove> moves = plan.moves;
  rrld::PlannedMove extra;
  extra.file = "b.o";
  extra.name = ".rodata.t3";
  moves.push_back(extra);           // not from the scan
  moves.push_back(plan.moves[2]);   // a.o's .rodata.u1 again
  lines.clear();
  auto placed = rrld::defaultLayoutLines(scan, moves, {}, lines, refused);
  CHECK(placed.size() == 6);
  CHECK(refused.empty());
  CHECK(lines == "    *(\".rodata.t1\"\n      \".rodata.t2\"\n      \".rodata.u2\")\n"
                 "    \"a.o\"(\".rodata.u1\")\n"
                 "    \"b.o\"(\".rodata.t3\")\n"
                 "    \"a.o\"(\".rodata.u1\")\n");
}

namespace {
// Whether lld's section matcher (LLVM's GlobPattern, as lld builds it for a
// section pattern) matches `name` with any of `patterns`.
bool globMatches(const std::vector<std::string> &patterns, llvm::StringRef name) {
  for (const std::string &p : patterns) {
    llvm::Expected<llvm::GlobPattern> g = llvm::GlobPattern::create(p);
    REQUIRE(static_cast<bool>(g));
    if (g->match(name))
      return true;
  }
  return false;
}

// The patterns match every moved name and no other.
void checkExact(const std::vector<std::string> &patterns, const std::vector<std::string> &moved,
                const std::vector<std::string> &others) {
  for (const std::string &n : moved) {
    INFO("moved: " << n);
    CHECK(globMatches(patterns, n));
  }
  for (const std::string &n : others) {
    INFO("not moved: " << n);
    CHECK(!globMatches(patterns, n));
  }
}

std::vector<llvm::StringRef> refs(const std::vector<std::string> &v) {
  return {v.begin(), v.end()};
}
} // namespace

TEST_CASE("namePatterns: one pattern per subtree of moved names, nothing else matched",
          "[plan]") {
  // The generated program's shape: a thousand tables, next to their code.
  std::vector<std::string> moved, others{".rodata.str1.1", ".text.unit0", ".rodata.r", ".data"};
  for (int i = 0; i < 1000; ++i) {
    moved.push_back(".rodata.ro_tab" + std::to_string(i));
    others.push_back(".text.ro_tab" + std::to_string(i));
  }
  std::vector<std::string> got = namePatterns(refs(moved), refs(others));
  CHECK(got == std::vector<std::string>{".rodata.ro_tab*"});
  checkExact(got, moved, others);

  // A moved name that begins an unmoved one, names an unmoved one begins,
  // glob metacharacters in names, a prefix shared with one unmoved name.
  moved = {".rodata.a",   ".rodata.a0",    ".rodata.a1",  ".rodata.b*c", ".rodata.[x]",
           ".rodata.x\\", ".rodata.t.1",   ".rodata.t.2", ".rodata.t",   ".c1",
           ".c2",         ".rodata.{a,b}", ".rodata.?",  ".rodata.g.1", ".rodata.g.2"};
  others = {".rodata.ab", ".rodata.bXc", ".rodata.x", ".rodata.t.3", ".comment", ".rodata.a",
            ".rodata.!",  ".rodata.(" };
  others.erase(std::find(others.begin(), others.end(), ".rodata.a")); // moved only
  got = namePatterns(refs(moved), refs(others));
  checkExact(got, moved, others);
  CHECK(std::find(got.begin(), got.end(), ".rodata.b\\*c") != got.end());
  CHECK(std::find(got.begin(), got.end(), ".rodata.a*") == got.end()); // would take .rodata.ab
  CHECK(std::find(got.begin(), got.end(), ".rodata.g.*") != got.end());
  CHECK(got.size() == moved.size() - 1);
}

TEST_CASE("namePatterns: random names over a small alphabet", "[plan]") {
  // Short names over few letters (metacharacters among them) share many
  // prefixes: every split into moved and unmoved must come out exact.
  const std::string alphabet = "ab.*?[\\";
  uint32_t seed = 12345;
  auto next = [&] { return (seed = seed * 1103515245u + 12345u) >> 16; };
  for (int round = 0; round < 200; ++round) {
    std::vector<std::string> names;
    for (int i = 0; i < 40; ++i) {
      std::string n;
      for (uint32_t len = 1 + next() % 5; len; --len)
        n += alphabet[next() % alphabet.size()];
      if (std::find(names.begin(), names.end(), n) == names.end())
        names.push_back(n);
    }
    std::vector<std::string> moved, others;
    for (const std::string &n : names)
      (next() % 3 ? moved : others).push_back(n);
    std::vector<std::string> got = namePatterns(refs(moved), refs(others));
    INFO("round " << round);
    checkExact(got, moved, others);
    CHECK(got.size() <= moved.size());
  }
}

TEST_CASE("defaultLayoutLines: a name any other input section has is placed by file",
          "[plan]") {
  // Every name is checked against all input sections, not only read-only
  // data: b.o's writable .rodata.w and its code .rodata.u3, and lld's own
  // .comment (which .co* would take).
  ObjectBuilder a("a.o");
  uint32_t counter = a.symbol("counter", a.section(".bss", rwData));
  const char *names[] = {".rodata.t1", ".rodata.t2", ".rodata.u1", ".rodata.u2",
                         ".co1",       ".co2",       ".rodata.w",  ".rodata.x*"};
  for (const char *n : names)
    a.word(a.section(n, roData), 0, counter);
  ObjectBuilder b("b.o");
  b.section(".rodata.w", rwData);
  b.section(".rodata.u3", SHF_ALLOC | SHF_EXECINSTR);
  b.section(".rodata.xy", roData);
  rrld::InputScan scan = scanOf({std::move(a), std::move(b)});
  rrld::MovePlan plan = rrld::planMoves(scan, {});
  REQUIRE(plan.moves.size() == 8);
  std::string lines;
  std::map<std::string, std::string> refused;
  auto placed = rrld::defaultLayoutLines(scan, plan.moves, {}, lines, refused);
  CHECK(placed.size() == 8);
  CHECK(refused.empty());
  CHECK(lines == "    *(\".co1\"\n      \".co2\"\n      \".rodata.t*\"\n      \".rodata.u1\"\n"
                 "      \".rodata.u2\"\n      \".rodata.x\\*\")\n"
                 "    \"a.o\"(\".rodata.w\")\n");

  // An input the scan cannot see into (a linker script naming more
  // inputs): each name written out, as none can be ruled out.
  scan.inputs.emplace_back();
  scan.inputs.back().buffer = llvm::MemoryBuffer::getMemBuffer("INPUT(c.o)", "more.ld");
  scan.inputs.back().magic = llvm::identify_magic(scan.inputs.back().buffer->getBuffer());
  scan.inputs.back().read = true;
  scan.index(); // what the scan saw is found there
  lines.clear();
  placed = rrld::defaultLayoutLines(scan, plan.moves, {}, lines, refused);
  CHECK(placed.size() == 8);
  CHECK(lines == "    *(\".rodata.t1\"\n      \".rodata.t2\"\n      \".rodata.u1\"\n"
                 "      \".rodata.u2\"\n      \".co1\"\n      \".co2\"\n      \".rodata.x\\*\")\n"
                 "    \"a.o\"(\".rodata.w\")\n");
}
