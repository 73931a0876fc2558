//===- RunLld.cpp - the link's lld run ------------------------------------===//
//
// lld runs once per link, in-process: with the default layout (and the
// moved sections' fragment, Plan.h) when no linker script is given, and the
// anchor object that keeps .data writable.
//
//===----------------------------------------------------------------------===//
#include "RunLld.h"
#include "Driver.h"

#include "lld/Common/Driver.h"

#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/ManagedStatic.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/raw_ostream.h"

#include <atomic>
#include <cstddef>
#include <cstring>
#include <mutex>
#include <vector>

#include <unistd.h>

LLD_HAS_DRIVER(elf)

using namespace llvm;

namespace rrld {

static const char defaultScriptTemplate[] =
#include "DefaultScript.inc"
    ;

std::string defaultScript(uint32_t roOrigin, uint32_t rwOrigin) {
  std::string s = defaultScriptTemplate;
  auto subst = [&](StringRef key, uint32_t v) {
    for (size_t pos; (pos = s.find(key.str())) != std::string::npos;)
      s.replace(pos, key.size(), hex(v));
  };
  subst("@RRLD_RO_ORIGIN@", roOrigin);
  subst("@RRLD_RW_ORIGIN@", rwOrigin);
  return s;
}

// The default layout with the planned read-only input sections placed at
// the start of .data.  lld assigns each input section to the first output
// section description that matches it, in script order, and .rodata comes
// first; OVERWRITE_SECTIONS descriptions are matched before all others, so
// the fragment restates .data there with the moved sections first.  lld 19
// does not define PROVIDE/PROVIDE_HIDDEN symbols of an OVERWRITE_SECTIONS
// description in the section (a reference to __init_array_end then fails
// with "SBREL relocation ... without static base"), so the restated .data
// defines them outright, still hidden.
std::string withMovedSections(const std::string &script, StringRef lines) {
  if (lines.empty())
    return script;
  size_t start = script.find("\n  .data : {");
  size_t open = script.find('{', start);
  size_t end = open;
  for (int depth = 0; end < script.size(); ++end) {
    depth += script[end] == '{' ? 1 : script[end] == '}' ? -1 : 0;
    if (depth == 0)
      break;
  }
  if (start == std::string::npos || end >= script.size())
    return script; // not the default layout's shape: nothing moves (the link reports it)
  std::string body = script.substr(open + 1, end - open - 1);
  for (size_t pos; (pos = body.find("PROVIDE_HIDDEN(")) != std::string::npos;)
    body.replace(pos, strlen("PROVIDE_HIDDEN("), "HIDDEN(");
  return script + "\n/* Read-only input sections rrld moves to RW (rrld --rrld-explain says why). */\n"
                  "OVERWRITE_SECTIONS\n{\n  .data : {\n" +
         lines.str() + body + "}\n}\n";
}

namespace {
// Passes lld's messages on line by line, as they come (lld may end the
// process on a fatal error), with the names of rrld's temporary files
// (changed copies of inputs, the default layout) replaced by what the user
// knows them as.
class RenamingStream : public raw_ostream {
public:
  RenamingStream(raw_ostream &os, ArrayRef<std::pair<std::string, std::string>> rename,
                 GcRemoved *gc = nullptr,
                 const std::map<std::string, std::string> *sbrelAt = nullptr)
      : os(os), rename(rename), gc(gc), sbrelAt(sbrelAt) {
    SetUnbuffered();
  }
  ~RenamingStream() override {
    if (!pending.empty())
      emit(pending);
  }

private:
  void write_impl(const char *p, size_t n) override {
    written += n;
    pending.append(p, n);
    for (size_t nl; (nl = pending.find('\n')) != std::string::npos;) {
      emit(pending.substr(0, nl + 1));
      pending.erase(0, nl + 1);
    }
  }
  uint64_t current_pos() const override { return written; }
  void emit(std::string line) {
    for (const auto &[from, to] : rename)
      for (size_t pos = 0; (pos = line.find(from, pos)) != std::string::npos; pos += to.size())
        line.replace(pos, from.size(), to);
    if (gc) {
      StringRef l(line);
      if (l.consume_front("removing unused section ")) {
        gc->sections.push_back(l.rtrim("\r\n").str());
        if (!gc->show)
          return;
      }
    }
    os << line;
    if (sbrelAt) {
      static constexpr char head[] = "SBREL relocation to ", tail[] = " without static base";
      size_t at = line.find(head), end = line.rfind(tail);
      if (at != std::string::npos && end != std::string::npos && end > at) {
        std::string sym = line.substr(at + strlen(head), end - at - strlen(head));
        auto it = sbrelAt->find(sym);
        os << ">>> referenced by " << (it != sbrelAt->end() ? it->second : "an input")
           << ": -frwpi code reaches '" << sym << "' through r9, as RW data, but it is an "
           << "absolute symbol or an undefined weak one, which has no static base\n"
           << ">>> fix: define '" << sym << "' inside an RW output section (or give a weak "
           << "declaration a definition)\n";
      }
    }
    os.flush();
  }

  raw_ostream &os;
  ArrayRef<std::pair<std::string, std::string>> rename;
  GcRemoved *gc;
  const std::map<std::string, std::string> *sbrelAt;
  std::string pending;
  uint64_t written = 0;
};
} // namespace

namespace {
// Every temporary file and directory of this process.  lld ends the process
// on a fatal error that it reports from a thread with no
// CrashRecoveryContext (its parallel passes run on worker threads): it calls
// llvm_shutdown() and then _exit(), so no destructor of rrld's runs, but
// the ManagedStatic objects are destroyed.  This one removes what is left.
struct TempPaths {
  std::mutex mutex;
  std::vector<std::pair<std::string, bool>> paths; // path, is a directory
  ~TempPaths() {
    for (const auto &[path, dir] : paths) {
      if (dir)
        sys::fs::remove_directories(path);
      else
        sys::fs::remove(path);
    }
  }
};
ManagedStatic<TempPaths> tempPaths;
} // namespace

void removeOnFatalExit(StringRef path, bool directory) {
  TempPaths &t = *tempPaths;
  std::lock_guard<std::mutex> lock(t.mutex);
  t.paths.emplace_back(path.str(), directory);
}

namespace {
// Whether lld is running (oneLinkProcess).
std::atomic<bool> inLld{false};

// Runs in LLVM's signal handler, after it has printed the stack: only
// async-signal-safe calls (write, unlink, _exit).
void onCrash(void *) {
  if (!inLld.load())
    return; // rrld's own code: a crash, as it is
  // The temporary files (the list exists once there is one), unless
  // another thread holds the list.
  if (tempPaths.isConstructed() && tempPaths->mutex.try_lock()) {
    for (const auto &[path, dir] : tempPaths->paths)
      if (!dir)
        ::unlink(path.c_str());
    tempPaths->mutex.unlock();
  }
  static constexpr char message[] =
      "rrld: error: lld crashed on these inputs (the stack is above): an input is malformed "
      "in a way lld 19 does not check, or lld has a bug\n"
      ">>> fix: rebuild the inputs, or find the one that crashes it (link subsets; before "
      "lld reads them, rrld checks the objects and archives on its command line for the "
      "malformations it knows lld 19 misses, not those a linker script's INPUT or GROUP "
      "names)\n";
  ssize_t written = ::write(2, message, sizeof(message) - 1);
  (void)written;
  ::_exit(1);
}

// Whether the process ends after its one link (oneLinkProcess).
bool oneLink = false;
} // namespace

void oneLinkProcess() {
  oneLink = true;
  sys::AddSignalHandler(onCrash, nullptr);
}

int runLld(ArrayRef<std::string> args, ArrayRef<std::pair<std::string, std::string>> rename,
           GcRemoved *gc, const std::map<std::string, std::string> *sbrelAt) {
  std::vector<const char *> argv{"ld.lld"};
  for (const std::string &a : args)
    argv.push_back(a.c_str());
  RenamingStream out(llvm::outs(), rename, gc), err(llvm::errs(), rename, nullptr, sbrelAt);
  inLld = true;
  int rc;
  if (oneLink) {
    // lld's memory is left to the process's exit, as ld.lld leaves it:
    // lldMain would free every allocation of the link
    // (CommonLinkerContext::destroy), 0.75 M instructions for a thousand
    // objects.  (rrld's options already took out a leading -flavor.)
    rc = lld::elf::link(argv, out, err, /*exitEarly=*/false, /*disableOutput=*/false) ? 0 : 1;
  } else {
    rc = lld::lldMain(argv, out, err, {{lld::Gnu, &lld::elf::link}}).retCode;
  }
  inLld = false;
  return rc;
}

// Writes `text` to a new temporary file; removed when the returned object dies.
Expected<std::unique_ptr<FileRemover>> writeTemp(StringRef prefix, StringRef suffix,
                                                         StringRef text, SmallString<128> &path) {
  int fd;
  if (std::error_code ec = sys::fs::createTemporaryFile(prefix, suffix, fd, path))
    return createStringError(ec, "cannot create a temporary file: " + ec.message());
  auto remover = std::make_unique<FileRemover>(path);
  removeOnFatalExit(path, /*directory=*/false);
  raw_fd_ostream os(fd, /*shouldClose=*/true);
  os << text;
  os.close();
  if (os.has_error())
    return createStringError(os.error(), "cannot write " + path + ": " + os.error().message());
  return remover;
}

// A relocatable ARM object with one empty writable section, .data.rrld_anchor,
// that the default layout keeps in .data.  Without it, a program with no
// initialised data leaves .data empty; lld then keeps it only for the symbols
// the script defines there (__init_array_start ...), gives it the flags of the
// section before it (read-only), and resolves SB-relative references to those
// symbols against the RO segment.  An empty input section is enough to make
// the output section writable.
std::string anchorObject(uint32_t dataBytes, uint32_t bssBytes) {
  // Sections: 1 .data.rrld_anchor, [2 .bss.rrld_anchor], then .shstrtab.
  // Sized anchors are SHF_GNU_RETAIN, so that --gc-sections keeps them
  // under any script; the default layout KEEPs its empty one.
  static constexpr char names[] = "\0.data.rrld_anchor\0.shstrtab\0.bss.rrld_anchor\0";
  constexpr uint32_t dataName = 1, strtabName = 19, bssName = 29;
  bool bss = bssBytes != 0;
  uint32_t nsec = bss ? 4 : 3;
  constexpr uint32_t ehsize = sizeof(ELF::Elf32_Ehdr), shsize = sizeof(ELF::Elf32_Shdr);
  constexpr uint32_t namesOff = ehsize;
  uint32_t dataOff = (namesOff + sizeof(names) + 3) & ~3u;
  uint32_t shoff = (dataOff + dataBytes + 3) & ~3u;
  std::string obj(shoff + nsec * shsize, '\0');
  auto w16 = [&](size_t off, uint16_t v) { support::endian::write16le(&obj[off], v); };
  auto w32 = [&](size_t off, uint32_t v) { support::endian::write32le(&obj[off], v); };
  std::memcpy(&obj[0], ELF::ElfMagic, 4);
  obj[ELF::EI_CLASS] = ELF::ELFCLASS32;
  obj[ELF::EI_DATA] = ELF::ELFDATA2LSB;
  obj[ELF::EI_VERSION] = ELF::EV_CURRENT;
  w16(offsetof(ELF::Elf32_Ehdr, e_type), ELF::ET_REL);
  w16(offsetof(ELF::Elf32_Ehdr, e_machine), ELF::EM_ARM);
  w32(offsetof(ELF::Elf32_Ehdr, e_version), ELF::EV_CURRENT);
  w32(offsetof(ELF::Elf32_Ehdr, e_flags), ELF::EF_ARM_EABI_VER5);
  w32(offsetof(ELF::Elf32_Ehdr, e_shoff), shoff);
  w16(offsetof(ELF::Elf32_Ehdr, e_ehsize), ehsize);
  w16(offsetof(ELF::Elf32_Ehdr, e_shentsize), shsize);
  w16(offsetof(ELF::Elf32_Ehdr, e_shnum), nsec);
  w16(offsetof(ELF::Elf32_Ehdr, e_shstrndx), 2);
  std::memcpy(&obj[namesOff], names, sizeof(names));
  auto section = [&](uint32_t index, uint32_t name, uint32_t type, uint32_t flags,
                     uint32_t offset, uint32_t size, uint32_t align) {
    size_t h = shoff + index * shsize;
    w32(h + offsetof(ELF::Elf32_Shdr, sh_name), name);
    w32(h + offsetof(ELF::Elf32_Shdr, sh_type), type);
    w32(h + offsetof(ELF::Elf32_Shdr, sh_flags), flags);
    w32(h + offsetof(ELF::Elf32_Shdr, sh_offset), offset);
    w32(h + offsetof(ELF::Elf32_Shdr, sh_size), size);
    w32(h + offsetof(ELF::Elf32_Shdr, sh_addralign), align);
  };
  uint32_t rw = ELF::SHF_ALLOC | ELF::SHF_WRITE;
  section(1, dataName, ELF::SHT_PROGBITS, dataBytes ? rw | ELF::SHF_GNU_RETAIN : rw, dataOff,
          dataBytes, 4);
  section(2, strtabName, ELF::SHT_STRTAB, 0, namesOff, sizeof(names), 1);
  if (bss)
    section(3, bssName, ELF::SHT_NOBITS, rw | ELF::SHF_GNU_RETAIN, shoff, bssBytes, 4);
  return obj;
}

} // namespace rrld
