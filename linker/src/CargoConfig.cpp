//===- CargoConfig.cpp - rrld cargo-config -------------------------------===//
//
// Prints the .cargo/config.toml a Rust app needs to be built by cargo with
// rrld as its linker and run relocated by `cargo run` (docs/install.md):
// the target, the linker, the relocation model, build-std, the standard
// library's vendored sources (offline builds), where rrld-rt finds the
// relocator, and rrld-run (or tock-run) as the runner.
//
// Paths come from where this rrld is: an installed tree (PREFIX/bin/rrld
// beside PREFIX/share/rrld) or the build tree (build/linker/rrld, the
// sources at RRLD_SOURCE_DIR).
//
//===----------------------------------------------------------------------===//
#include "Tools.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>
#include <vector>

using namespace llvm;

namespace rrld {

namespace {
struct Tree {
  std::string bin;       // rrld's directory
  std::string relocLib;  // holds librrld_relocator_<core>.a
  std::string crates;    // holds rrld-rt/
  std::string rrldRun;   // command prefix of the runner
  std::string tockRun;
  std::string boards;    // holds BOARD.board
  std::string build;     // a build tree: its directory (the runners' --build)
};

std::string parent(StringRef p) { return sys::path::parent_path(p).str(); }
std::string join(StringRef a, StringRef b) {
  SmallString<256> s(a);
  sys::path::append(s, b);
  return std::string(s);
}

// A TOML basic string.
std::string toml(StringRef s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\')
      out += '\\';
    out += c;
  }
  return out + "\"";
}

std::optional<Tree> findTree(Ctx &ctx, const char *argv0) {
  std::string self = sys::fs::getMainExecutable(argv0, (void *)&findTree);
  Tree t;
  t.bin = parent(self);
  std::string prefix = parent(t.bin);
  if (sys::fs::is_directory(join(prefix, "share/rrld/boards"))) {
    t.relocLib = join(prefix, "lib/rrld");
    t.crates = join(prefix, "share/rrld/rust");
    t.rrldRun = join(t.bin, "rrld-run");
    t.tockRun = join(t.bin, "tock-run");
    t.boards = join(prefix, "share/rrld/boards");
    return t;
  }
#ifdef RRLD_SOURCE_DIR
  // The build tree: BUILD/linker/rrld.
  std::string build = prefix;
  if (sys::fs::is_directory(join(build, "relocator")) &&
      sys::fs::is_directory(RRLD_SOURCE_DIR "/scripts")) {
    t.relocLib = join(build, "relocator");
    t.crates = RRLD_SOURCE_DIR "/rust";
    t.rrldRun = join(RRLD_SOURCE_DIR, "scripts/rrld-run");
    t.tockRun = join(RRLD_SOURCE_DIR, "scripts/tock-run");
    t.boards = RRLD_SOURCE_DIR "/targets/boards";
    t.build = build;
    return t;
  }
#endif
  ctx.diag.error("cargo-config: cannot find rrld's files beside " + self +
                 " (neither an installed tree, PREFIX/share/rrld, nor a build tree)");
  return std::nullopt;
}

// The board file's TRIPLE= line.
std::optional<std::string> boardTriple(Ctx &ctx, const std::string &file) {
  auto mb = MemoryBuffer::getFile(file);
  if (!mb) {
    ctx.diag.error("cargo-config: no board " + file);
    return std::nullopt;
  }
  SmallVector<StringRef> lines;
  (*mb)->getBuffer().split(lines, '\n');
  for (StringRef l : lines)
    if (l.consume_front("TRIPLE="))
      return l.trim().str();
  ctx.diag.error("cargo-config: " + file + " has no TRIPLE= line");
  return std::nullopt;
}
} // namespace

int cargoConfigMain(Ctx &ctx, const CargoConfigArgs &a, const char *argv0) {
  std::optional<Tree> tree = findTree(ctx, argv0);
  if (!tree)
    return 1;

  // The target: from --target, else --core, else the board's.
  std::string triple = a.target;
  std::string boardFile;
  if (!a.board.empty()) {
    boardFile = a.board.ends_with(".board") ? a.board : join(tree->boards, a.board + ".board");
    std::optional<std::string> bt = boardTriple(ctx, boardFile);
    if (!bt)
      return 1;
    if (triple.empty() && a.core.empty())
      triple = *bt;
  }
  // The core names the archives: <arch> for <arch>-none-eabi, <arch>_hf for
  // the hard-float <arch>-none-eabihf (floats in VFP registers; rrld links
  // it only with hard-float archives).
  if (!a.core.empty()) {
    StringRef c(a.core);
    std::string fromCore = c.consume_back("_hf") ? c.str() + "-none-eabihf" : c.str() + "-none-eabi";
    if (!a.target.empty() && a.target != fromCore) {
      ctx.diag.error("cargo-config: --core " + a.core + " (" + fromCore + ") and --target " +
                     a.target + " name different targets; give one");
      return 2;
    }
    triple = fromCore;
  }
  static const char *known[] = {"thumbv6m-none-eabi",      "thumbv7m-none-eabi",
                                "thumbv7em-none-eabi",     "thumbv7em-none-eabihf",
                                "thumbv8m.base-none-eabi", "thumbv8m.main-none-eabi"};
  if (triple.empty()) {
    ctx.diag.error("cargo-config: give --core, --target or --board");
    return 2;
  }
  if (!is_contained(known, StringRef(triple))) {
    ctx.diag.error("cargo-config: unknown target '" + triple +
                   "' (thumbv6m, thumbv7m, thumbv7em, thumbv8m.base or thumbv8m.main, "
                   "-none-eabi; thumbv7em-none-eabihf, hard-float: --core thumbv7em_hf)");
    return 2;
  }
  bool hardFloat = StringRef(triple).ends_with("-eabihf");
  if (hardFloat && a.tock) {
    ctx.diag.error("cargo-config: --tock and " + triple +
                   ": the Tock kernel leaves the FPU off for processes; build Tock apps "
                   "soft-float (thumbv7em-none-eabi)");
    return 2;
  }
  std::string core = StringRef(triple).split('-').first.str() + (hardFloat ? "_hf" : "");
  if (!sys::fs::exists(join(tree->relocLib, "librrld_relocator_" + core + ".a"))) {
    ctx.diag.error("cargo-config: no relocator library for " + core + " in " + tree->relocLib +
                   " (rrld-rt's self-relocating start-up needs it)");
    return 1;
  }

  // A rustc with the standard library's sources and their vendored
  // dependencies: --rustc, else the first on PATH that has them.
  auto sysrootOf = [](StringRef rustc) -> std::string {
    SmallString<128> out;
    if (sys::fs::createTemporaryFile("rrld-sysroot", "txt", out))
      return "";
    std::optional<StringRef> redirects[] = {std::nullopt, StringRef(out), StringRef("")};
    StringRef args[] = {rustc, "--print", "sysroot"};
    int rc = sys::ExecuteAndWait(rustc, args, std::nullopt, redirects);
    auto mb = MemoryBuffer::getFile(out);
    sys::fs::remove(out);
    return rc == 0 && mb ? (*mb)->getBuffer().trim().str() : "";
  };
  auto vendorOf = [](StringRef sysroot) {
    return join(sysroot, "lib/rustlib/src/rust/library/vendor");
  };
  std::string rustc, vendor;
  std::vector<std::string> candidates;
  if (!a.rustc.empty()) {
    auto p = sys::findProgramByName(a.rustc);
    candidates.push_back(p ? *p : a.rustc);
  } else if (const char *path = getenv("PATH")) {
    SmallVector<StringRef> dirs;
    StringRef(path).split(dirs, ':', -1, false);
    for (StringRef d : dirs)
      if (sys::fs::can_execute(join(d, "rustc")))
        candidates.push_back(join(d, "rustc"));
  }
  for (const std::string &c : candidates) {
    std::string sysroot = sysrootOf(c);
    if (!sysroot.empty() && sys::fs::is_directory(vendorOf(sysroot))) {
      rustc = c;
      vendor = vendorOf(sysroot);
      break;
    }
  }
  if (rustc.empty()) {
    ctx.diag.error(candidates.empty()
                       ? std::string("cargo-config: no rustc on PATH (give --rustc)")
                       : "cargo-config: " + join(candidates.front(), "") +
                             " has no standard library sources (lib/rustlib/src/rust/library/"
                             "vendor; Debian: apt-get install rust-web-src; rustup: rustup "
                             "component add rust-src)");
    return 1;
  }

  std::string out;
  raw_string_ostream os(out);
  os << "# Written by `rrld cargo-config`: cargo builds the app for " << triple
     << " with rrld as\n# the linker";
  if (!a.board.empty())
    os << " and `cargo run` runs it relocated in QEMU (" << (a.tock ? "Tock on mps2-an386" : a.board)
       << ")";
  os << ".\n# build-std is unstable: run cargo with RUSTC_BOOTSTRAP=1 on a stable "
        "toolchain.\n# The app depends on rrld's runtime crate:\n#   [dependencies]\n"
        "#   rrld-rt = { path = "
     << toml(join(tree->crates, "rrld-rt")) << (a.tock ? ", features = [\"tock\"]" : "")
     << " }\n# and builds with panic = \"abort\" (docs/rust.md).\n\n";
  os << "[build]\ntarget = " << toml(triple) << "\n# The rustc whose standard library sources build-std uses.\nrustc = "
     << toml(rustc) << "\n\n";
  os << "[target." << triple << "]\nlinker = " << toml(join(tree->bin, "rrld")) << "\n";
  os << "rustflags = [\"-C\", \"relocation-model=ropi-rwpi\"]\n";
  if (!a.board.empty()) {
    os << "runner = [";
    os << toml(a.tock ? tree->tockRun : tree->rrldRun);
    if (!tree->build.empty())
      os << ", \"--build\", " << toml(tree->build);
    if (!a.tock)
      os << ", \"--board\", " << toml(boardFile) << ", \"--app-status\"";
    os << "]\n";
  }
  os << "\n[unstable]\nbuild-std = [\"core\", \"compiler_builtins\", \"alloc\"]\n"
        "build-std-features = [\"compiler-builtins-mem\"]\n\n";
  os << "[env]\n# rrld-rt links the relocator library for its self-relocating "
        "start-up.\nRRLD_RELOCATOR_LIB_DIR = "
     << toml(tree->relocLib) << "\n\n";
  os << "# -Zbuild-std resolves the standard library's own dependencies from crates.io;\n"
        "# these are their sources as shipped with the toolchain (offline builds).\n"
        "[source.crates-io]\nreplace-with = \"rust-std-vendor\"\n\n"
        "[source.rust-std-vendor]\ndirectory = "
     << toml(vendor) << "\n";
  os.flush();

  if (a.output.empty()) {
    outs() << out;
    return 0;
  }
  std::error_code ec;
  raw_fd_ostream f(a.output, ec);
  if (ec) {
    ctx.diag.error("cargo-config: cannot write " + a.output + ": " + ec.message());
    return 1;
  }
  f << out;
  return 0;
}

} // namespace rrld
