// The link's planning stage (linker/src/Plan.cpp): which files lld will
// read, how the moved sections are written into the default layout.  The
// decisions themselves need real objects: tests/golden/link-once.sh and
// tests/golden/move-rodata.sh compile them.
#include "Driver.h"
#include "Plan.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"

#include <algorithm>

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
