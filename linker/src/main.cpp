//===- main.cpp - the rrld command ----------------------------------------===//
//
//   rrld [ld.lld options] [--rrld-* options]   link (also: rrld link ...)
//   rrld inspect [--json] IMAGE
//   rrld verify IMAGE
//   rrld place --ro ADDR --rw ADDR IMAGE [-o ELF] [--bin FILE]
//   rrld tbf IN -o OUT.tbf [options]                 Tock Binary Format
//   rrld cargo-config [--core C|--target T] [--board B] [--tock]
//
// A subcommand is recognised only as the first argument, so that compiler
// drivers and cargo, which call rrld exactly like ld.lld, always link.
//
// This file is built twice, into two static executables.  `rrld-link`
// (RRLD_WITH_LINKER) has lld and LLVM and does everything.  `rrld`, the
// command users call, has only the image subcommands and the few LLVM
// archives they need, and starts in a few milliseconds; for a link (or
// --help) it replaces itself with the `rrld-link` beside it, so a link costs
// one extra exec.
//
//===----------------------------------------------------------------------===//
#include "Context.h"
#include "Tools.h"
#if RRLD_WITH_LINKER
#include "Driver.h"
#include "RunLld.h"
#else
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <cerrno>
#include <cstring>
#include <unistd.h>
#endif

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

using namespace rrld;

#ifndef RRLD_VERSION_STRING
#define RRLD_VERSION_STRING "unknown"
#endif

// What --version prints: as lld would, so that build systems probing for
// "LLD" or "compatible with GNU linkers" accept rrld.
static const char versionLine[] =
    "rrld " RRLD_VERSION_STRING " (LLD " LLVM_VERSION_STRING " (compatible with GNU linkers))\n";

static const char usage[] = R"(rrld: link Cortex-M programs into images whose flash (RO) and RAM (RW)
parts the loader places independently.

Usage:
  rrld [ld.lld options] [rrld options] FILES...   link (as ld.lld would)
  rrld link [ld.lld options] [rrld options] FILES...
  rrld inspect [--json] IMAGE      show segments, sizes and relocation tables
  rrld verify IMAGE                check every format invariant
  rrld place --ro ADDR --rw ADDR IMAGE [-o ELF] [--bin FILE]
                                   install-time linking at fixed addresses:
                                   a fixed-address ELF and the flat binary
                                   (ELF.bin unless --bin names it)
  rrld tbf IN -o OUT.tbf [--name NAME] [--kernel-version MAJOR.MINOR] [--sha256]
           [--flash-addr ADDR] [--ram-extra BYTES] [--kernel-heap BYTES]
           [--app-version N]
                                   write the image as a Tock Binary Format app
                                   (IN: the ELF, the flat image, or a TBF to
                                   re-lay); see rrld tbf --help, docs/tock.md
  rrld cargo-config [--core CORE | --target TRIPLE] [--board BOARD] [--tock]
                   [--rustc RUSTC] [-o FILE]
                                   print the .cargo/config.toml that builds a
                                   Rust app with rrld and, with --board, makes
                                   `cargo run` run it relocated in QEMU
                                   (rrld-run; --tock: on Tock with tock-run);
                                   see docs/install.md
  rrld --help | --version

Linking takes ld.lld's GNU command line (what clang -fuse-ld=, rustc and
CMake pass, including a leading '-flavor gnu' and @response files) and runs
lld in-process with --emit-relocs.  Compile with clang -fropi -frwpi (C),
-fropi -frwpi -fallow-unsupported (C++), or rustc -C relocation-model=ropi-rwpi.
Without -T, rrld uses its default layout (see --rrld-print-default-script).
IMAGE is the ELF rrld wrote, the flat image (--rrld-image), or a TBF holding
the image (inspect and verify then show and check the TBF too), one image
per regular file.  Numbers are decimal, or hexadecimal after 0x (a leading 0
is not octal).  An output FILE '-' is standard output (one output at most).

rrld options (all others are ld.lld's; 'ld.lld-19 --help' lists those):
)";

// Like ld.lld, a link or a subcommand leaves without running global
// destructors or freeing what it allocated (CLI11's app and options among
// it): its outputs are closed by then.  CLI11 prints help through
// std::cout, hence the fflush.
[[noreturn]] static void leave(int rc) {
  llvm::outs().flush();
  llvm::errs().flush();
  std::fflush(nullptr);
  llvm::sys::Process::Exit(rc, /*NoCleanup=*/true);
}

// Parses argv[1...] with `app`, which has the subcommand's options; false
// (with *rc set) when the command ends here: --help, or a usage error.
static bool parse(Ctx &ctx, CLI::App &app, int argc, char **argv, int *rc) {
  try {
    app.parse(argc - 1, argv + 1);
    return true;
  } catch (const CLI::ParseError &e) {
    if (e.get_exit_code() == 0) {
      *rc = app.exit(e);
      return false;
    }
    ctx.diag.error(std::string(e.what()) + " (see rrld " + argv[1] + " --help)");
    *rc = 2;
    return false;
  }
}

static const char numberForms[] = "decimal, or hexadecimal after 0x; a leading 0 is not octal";

static int subcommand(Ctx &ctx, int argc, char **argv) {
  // CLI11 parses the subcommand's arguments as a program of its own, whose
  // name, "rrld place", heads its help.  Only that subcommand's options are
  // declared: declaring one costs CLI11 some ten thousand instructions, and
  // a second app (a top-level one, with the subcommand in it) twenty
  // thousand more, a good part of what a `rrld place` of a small app costs
  // beyond start-up.
  llvm::StringRef first = argv[1];
  CLI::App app{"", std::string(argv[0]) + " " + argv[1]};
  int rc = 0;

  if (first == "inspect") {
    std::string input;
    bool json = false;
    app.description("Show an image's segments and tables");
    app.add_flag("--json", json, "Machine-readable output");
    app.add_option("IMAGE", input, "The ELF rrld wrote, or a flat image")->required();
    if (!parse(ctx, app, argc, argv, &rc))
      return rc;
    leave(inspectMain(ctx, input, json));
  }

  if (first == "verify") {
    std::string input;
    app.description("Check every format invariant of an image");
    app.add_option("IMAGE", input, "The ELF rrld wrote, or a flat image")->required();
    if (!parse(ctx, app, argc, argv, &rc))
      return rc;
    leave(verifyMain(ctx, input));
  }

  if (first == "tbf") {
    TbfArgs ta;
    std::string name, kernelVersion, flashAddr, ramExtra, kernelHeap, appVersion;
    app.description(
        "Write the image as a Tock Binary Format (TBF v2) app; docs/tock.md has the layout");
    app.add_option("IN", ta.input,
                   "The ELF rrld wrote, a flat image, or a TBF written by rrld tbf (re-laid: its "
                   "name, kernel version, app version and minimum RAM size are kept unless "
                   "given again)")
        ->required();
    app.add_option("-o", ta.output, "The TBF to write ('-': standard output)")->required();
    app.add_option("--name", name, "PackageName TLV (default: IN's file stem)");
    app.add_option("--kernel-version", kernelVersion,
                   "KernelVersion TLV: the kernel major version the app needs, and at least "
                   "this minor (default 2.0)");
    app.add_flag("--sha256", ta.sha256,
                 "Add a SHA-256 credentials footer over the integrity region (header, "
                 "protected trailer and image)");
    app.add_option("--flash-addr", flashAddr,
                   "Flash address the TBF will be installed at, a multiple of its total size: "
                   "the image's RO->RO words are patched for it");
    app.add_option("--ram-extra", ramExtra, "Bytes of RAM added to minimum_ram_size (default 0)");
    app.add_option("--kernel-heap", kernelHeap,
                   "Bytes of minimum_ram_size for the kernel's grants, as elf2tab's "
                   "--kernel-heap (default 1024)");
    app.add_option("--app-version", appVersion, "The Program TLV's binary version (default 0)");
    if (!parse(ctx, app, argc, argv, &rc))
      return rc;
    auto number = [&](const char *opt, const std::string &text,
                      std::optional<uint32_t> &out) -> bool {
      if (text.empty())
        return true;
      out = parseNumber(text);
      if (!out)
        ctx.diag.error(std::string("tbf: ") + opt + " '" + text + "' is not a 32-bit number (" +
                       numberForms + ")");
      return out.has_value();
    };
    if (!number("--flash-addr", flashAddr, ta.flashAddr) ||
        !number("--ram-extra", ramExtra, ta.ramExtra) ||
        !number("--kernel-heap", kernelHeap, ta.kernelHeap) ||
        !number("--app-version", appVersion, ta.appVersion))
      return 2;
    if (app.count("--name"))
      ta.name = name;
    if (!kernelVersion.empty()) {
      auto [major, minor] = llvm::StringRef(kernelVersion).split('.');
      uint16_t ma, mi;
      if (major.getAsInteger(10, ma) || minor.getAsInteger(10, mi)) {
        ctx.diag.error("tbf: --kernel-version '" + kernelVersion +
                       "' is not MAJOR.MINOR (16-bit numbers)");
        return 2;
      }
      ta.kernelVersion = {ma, mi};
    }
    leave(tbfMain(ctx, ta));
  }

  if (first == "cargo-config") {
    CargoConfigArgs ca;
    app.description(
        "Print the .cargo/config.toml for Rust apps linked by rrld (docs/install.md)");
    app.add_option("--core", ca.core,
                   "thumbv6m, thumbv7m, thumbv7em, thumbv8m.base or thumbv8m.main (-none-eabi), "
                   "or thumbv7em_hf for hard-float thumbv7em-none-eabihf");
    app.add_option("--target", ca.target,
                   "The Rust target triple (instead of --core), e.g. thumbv7em-none-eabihf");
    app.add_option("--board", ca.board,
                   "A board of targets/boards (or a .board file): `cargo run` runs the app "
                   "relocated on it with rrld-run; its core is the default target");
    app.add_flag("--tock", ca.tock,
                 "`cargo run` runs the app on the Tock kernel with tock-run (rrld-rt's tock "
                 "feature); needs --board mps2-an386");
    app.add_option("--rustc", ca.rustc, "The rustc to build with (default: the first on PATH that has the standard library's sources)");
    app.add_option("-o", ca.output, "Write the configuration to FILE instead of standard output");
    if (!parse(ctx, app, argc, argv, &rc))
      return rc;
    if (ca.tock && ca.board != "mps2-an386") {
      ctx.diag.error("cargo-config: --tock runs apps on the Tock kernel's board: give --board mps2-an386");
      return 2;
    }
    leave(cargoConfigMain(ctx, ca, argv[0]));
  }

  // place (main() calls this for the five subcommands only).
  PlaceArgs pa;
  std::string ro, rw;
  app.description("Place an image at fixed addresses with the on-device relocator's code");
  app.add_option("--ro", ro, "Address RO executes from (the flash slot); decimal or 0x hex")
      ->required();
  app.add_option("--rw", rw, "Address of RW in RAM; decimal or 0x hex")->required();
  app.add_option("-o", pa.output,
                 "Write a fixed-address ELF (needs the ELF image); '-': standard output");
  app.add_option("--bin", pa.bin,
                 "Write the flat image patched for --ro (what goes into flash); "
                 "default with -o: ELF.bin; '-': standard output");
  app.add_option("IMAGE", pa.input, "The ELF rrld wrote, or a flat image")->required();
  if (!parse(ctx, app, argc, argv, &rc))
    return rc;
  for (auto [opt, text, value] :
       {std::tuple{"--ro", &ro, &pa.ro}, std::tuple{"--rw", &rw, &pa.rw}}) {
    std::optional<uint32_t> v = parseNumber(*text);
    if (!v) {
      ctx.diag.error(std::string("place: ") + opt + " '" + *text + "' is not a 32-bit address (" +
                     numberForms + ")");
      return 2;
    }
    *value = *v;
  }
  if (pa.output.empty() && pa.bin.empty()) {
    ctx.diag.error("place: nothing to write; give -o ELF and/or --bin FILE");
    return 2;
  }
  // The fixed-address ELF comes with the flat binary a flasher wants; "-"
  // (standard output) has no name to add .bin to.
  if (pa.bin.empty() && pa.output == "-") {
    ctx.diag.error("place: -o - writes the ELF to standard output; name the flat binary with "
                   "--bin FILE");
    return 2;
  }
  if (pa.bin.empty())
    pa.bin = pa.output + ".bin";
  if (!pa.output.empty() && sameFile(pa.output, pa.bin)) {
    ctx.diag.error(pa.output == "-"
                       ? std::string("place: -o and --bin both write to standard output")
                       : "place: -o and --bin name the same file, " + pa.bin);
    return 2;
  }
  leave(placeMain(ctx, pa));
}

#if !RRLD_WITH_LINKER
// The link (and the help, which lists the link options) is rrld-link's:
// run it with the same arguments, from the directory this program is in.
static int execLinker(char **argv) {
  std::string self = llvm::sys::fs::getMainExecutable(argv[0], (void *)&execLinker);
  llvm::SmallString<256> linker(llvm::sys::path::parent_path(self));
  llvm::sys::path::append(linker, "rrld-link");
  argv[0] = linker.data();
  execv(linker.c_str(), argv);
  llvm::errs() << "rrld: error: cannot run the linker " << linker << ": "
               << std::strerror(errno) << "\n";
  return 1;
}
#endif

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  Ctx ctx(llvm::errs());
  llvm::StringRef first = argc > 1 ? argv[1] : "";

#if RRLD_WITH_LINKER
  if (first == "--help" || first == "-h" || first == "-help") {
    llvm::outs() << usage << linkOptionsHelp();
    return 0;
  }
#endif
  if ((first == "--version" || first == "-v" || first == "-version" || first == "-V") &&
      argc == 2) {
    // Build systems probe linkers with --version; answer as lld would, so
    // that tools looking for "LLD" or "compatible with GNU linkers" accept us.
    // With inputs after it, -v means "print the version and link", which lld
    // does.
    llvm::outs() << versionLine;
    return 0;
  }
  if (first == "inspect" || first == "verify" || first == "place" || first == "tbf" ||
      first == "cargo-config")
    return subcommand(ctx, argc, argv);

  if (argc < 2) {
    llvm::errs() << "rrld: error: no input files (see rrld --help)\n";
    return 1;
  }
#if !RRLD_WITH_LINKER
  return execLinker(argv);
#else
  std::vector<std::string> args(argv + 1, argv + argc);
  if (first == "link")
    args.erase(args.begin());
  // --help and --version among a link's arguments are rrld's, as first:
  // lld would print its own and rrld would then look for an output.
  for (llvm::StringRef a : args) {
    if (a == "--help" || a == "-help") {
      llvm::outs() << usage << linkOptionsHelp();
      return 0;
    }
    if (a == "--version" || a == "-version") {
      llvm::outs() << versionLine;
      return 0;
    }
  }
  oneLinkProcess();
  // Exit is a measurable share of a small link.
  leave(linkMain(ctx, std::move(args)));
#endif
}
