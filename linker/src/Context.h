//===- Context.h - state shared by rrld's passes ----------------*- C++ -*-===//
//
// One Ctx is created per invocation and passed explicitly to every pass (no
// globals, as in lld's Ctx).  It carries the options rrld itself understands
// and the diagnostics engine: errors are collected, and a pass that writes
// output checks errorCount() first, so nothing is written after an error.
//
//===----------------------------------------------------------------------===//
#ifndef RRLD_CONTEXT_H
#define RRLD_CONTEXT_H

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <optional>
#include <string>

namespace rrld {

// What to do with read-only data that needs relocating (docs/manual.md,
// "Read-only data that holds addresses").
enum class RoRelocPolicy : uint8_t {
  Patch, // RO->RO words go to the RO table (install-time patching); RO data
         // holding RAM addresses or reached through r9 moves to RW
  Ram,   // every relocated read-only data section moves to RW: flash is never written
  Error, // refuse all of them
};

struct Options {
  RoRelocPolicy roRelocs = RoRelocPolicy::Patch;
  uint32_t stackSize = 2048;
  uint32_t heapSize = 1024;
  uint32_t roOrigin = 0x00000000;  // link address of the default layout's RO
  uint32_t rwOrigin = 0x20000000;  // and of its RW
  std::string imagePath;           // also write the flat image here
  std::string tbfPath, tbfName;    // and a TBF holding it (Tbf.h)
  bool tbfSha256 = false;
  bool verbose = false;
  bool explain = false;            // print why sections moved or are patched
  bool allowGap = false;           // no warning for large holes (Gaps.h)
};

class Diag {
public:
  explicit Diag(llvm::raw_ostream &os) : os(os) {}

  void error(const llvm::Twine &msg);
  void warn(const llvm::Twine &msg);
  void note(const llvm::Twine &msg);
  // Reports an llvm::Error as an rrld error; returns true if there was one.
  bool check(llvm::Error e, llvm::StringRef context = "");

  unsigned errorCount() const { return errors; }

private:
  llvm::raw_ostream &os;
  unsigned errors = 0;
  bool limitReported = false;
};

struct Ctx {
  explicit Ctx(llvm::raw_ostream &err) : diag(err) {}
  Options opts;
  Diag diag;
};

// Formats an address or offset the way diagnostics print it: 0x1a2b.
std::string hex(uint64_t v);

// A number of an option: decimal, or hexadecimal after 0x.  A leading 0 is
// refused rather than read as octal (as strtoul would, making 010000 mean
// 0x1000), and so is 0b: neither is what people mean.
std::optional<uint32_t> parseNumber(llvm::StringRef text);

// Whether two output paths name one file: the same spelling (after
// removing ./ and ../), or, when both exist, the same file (links).  "-"
// (standard output) is only itself.
bool sameFile(llvm::StringRef a, llvm::StringRef b);

// The llvm::Error every pass returns for bad input: a message, no code.
llvm::Error makeError(const llvm::Twine &msg);

// Reads `buf.size()` bytes from the open file `fd` into `buf`, retrying
// short reads (LLVM's readNativeFile retries interrupted ones); the number
// read, less than asked at the end of the file or on an error.
size_t readFully(int fd, llvm::MutableArrayRef<char> buf);

} // namespace rrld

#endif
