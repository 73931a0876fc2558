//===- Context.cpp --------------------------------------------------------===//
#include "Context.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/Path.h"

namespace rrld {

// Like lld's --error-limit: past this many, the rest say nothing new.
static constexpr unsigned errorLimit = 50;

void Diag::error(const llvm::Twine &msg) {
  ++errors;
  if (errors > errorLimit) {
    if (!limitReported)
      os << "rrld: error: too many errors emitted, stopping now\n";
    limitReported = true;
    return;
  }
  os << "rrld: error: " << msg << "\n";
}

void Diag::warn(const llvm::Twine &msg) { os << "rrld: warning: " << msg << "\n"; }

void Diag::note(const llvm::Twine &msg) { os << "rrld: " << msg << "\n"; }

bool Diag::check(llvm::Error e, llvm::StringRef context) {
  if (!e)
    return false;
  std::string text = llvm::toString(std::move(e));
  if (context.empty())
    error(text);
  else
    error(context + ": " + text);
  return true;
}

llvm::Error makeError(const llvm::Twine &msg) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), msg);
}

std::string hex(uint64_t v) {
  std::string s;
  llvm::raw_string_ostream os(s);
  os << llvm::format("0x%llx", static_cast<unsigned long long>(v));
  return os.str();
}

size_t readFully(int fd, llvm::MutableArrayRef<char> buf) {
  size_t done = 0;
  while (done < buf.size()) {
    llvm::Expected<size_t> n =
        llvm::sys::fs::readNativeFile(llvm::sys::fs::convertFDToNativeFile(fd), buf.drop_front(done));
    if (!n) {
      llvm::consumeError(n.takeError());
      break;
    }
    if (*n == 0)
      break;
    done += *n;
  }
  return done;
}

std::optional<uint32_t> parseNumber(llvm::StringRef text) {
  uint64_t v;
  llvm::StringRef digits = text;
  unsigned radix = 10;
  if (digits.consume_front_insensitive("0x"))
    radix = 16;
  else if (digits.size() > 1 && digits[0] == '0')
    return std::nullopt;
  auto digit = [&](char c) { return radix == 16 ? llvm::isHexDigit(c) : llvm::isDigit(c); };
  if (digits.empty() || !llvm::all_of(digits, digit))
    return std::nullopt;
  if (digits.getAsInteger(radix, v) || v > UINT32_MAX)
    return std::nullopt;
  return uint32_t(v);
}

bool sameFile(llvm::StringRef a, llvm::StringRef b) {
  auto norm = [](llvm::StringRef p) {
    llvm::SmallString<256> s(p);
    llvm::sys::fs::make_absolute(s);
    llvm::sys::path::remove_dots(s, /*remove_dot_dot=*/true);
    return std::string(s);
  };
  if (a == "-" || b == "-")
    return a == b;
  bool same = false;
  return norm(a) == norm(b) || (!llvm::sys::fs::equivalent(a, b, same) && same);
}

} // namespace rrld
