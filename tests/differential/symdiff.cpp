//===- symdiff.cpp - compare two links of the same program by symbol ------===//
//
//   symdiff RRLD.elf FIXED.elf
//
// RRLD.elf is `rrld place` output (it keeps --emit-relocs relocations);
// FIXED.elf is a plain ld.lld link of the same, unchanged inputs at the same
// addresses.  When rrld moved read-only data to RW, the two differ in layout
// and code, so bytes cannot be compared; what must agree is every data
// object: each word an absolute relocation filled in RRLD.elf must point to
// the same symbol + offset in both links, and every other word must hold
// the same value.  Prints one line per mismatch; exit 1 if any, 2 on bad
// input.
//
//===----------------------------------------------------------------------===//
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Object/ELFObjectFile.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

using namespace llvm;
using namespace llvm::object;
using namespace llvm::ELF;

namespace {
struct Sym {
  std::string name;
  uint32_t addr = 0, size = 0;
  uint8_t type = 0;
};

struct Elf {
  OwningBinary<Binary> bin;
  const ELF32LEObjectFile *obj = nullptr;
  std::vector<Sym> syms;
  std::map<std::string, unsigned> byName; // unique names only
  std::set<uint32_t> absWords;            // addresses an ABS32 relocation filled

  // Target of a pointer value: "name+off" inside a symbol (the Thumb bit
  // kept in off); else the C string it points to (string literals have no
  // symbol, and their pool is laid out differently once data moves); else
  // one past the end of a symbol.
  std::optional<std::string> resolve(uint32_t v) const {
    for (const Sym &s : syms)
      if (v >= s.addr && v - s.addr < s.size)
        return s.name + "+" + std::to_string(v - s.addr);
    if (std::optional<std::string> str = cstring(v))
      return "\"" + *str + "\"";
    for (const Sym &s : syms)
      if (s.size && v == s.addr + s.size)
        return s.name + "+" + std::to_string(s.size);
    return std::nullopt;
  }

  // The printable, NUL-terminated string at v, if there is one.
  std::optional<std::string> cstring(uint32_t v) const {
    for (const SectionRef &s : obj->sections()) {
      const auto *sh = obj->getSection(s.getRawDataRefImpl());
      if (!(sh->sh_flags & SHF_ALLOC) || sh->sh_type == SHT_NOBITS || v < sh->sh_addr ||
          v - sh->sh_addr >= sh->sh_size)
        continue;
      Expected<StringRef> c = s.getContents();
      if (!c) {
        consumeError(c.takeError());
        return std::nullopt;
      }
      StringRef rest = c->drop_front(v - sh->sh_addr).take_front(64);
      size_t n = rest.find('\0');
      if (n == 0 || n == StringRef::npos ||
          !llvm::all_of(rest.take_front(n), [](char ch) { return ch >= 0x20 && ch < 0x7f; }))
        return std::nullopt;
      return rest.take_front(n).str();
    }
    return std::nullopt;
  }

  std::map<uint32_t, uint32_t> changed; // words replaced, for the self-check

  std::optional<uint32_t> word(uint32_t addr) const {
    if (auto it = changed.find(addr); it != changed.end())
      return it->second;
    for (const SectionRef &s : obj->sections()) {
      const auto *sh = obj->getSection(s.getRawDataRefImpl());
      if (!(sh->sh_flags & SHF_ALLOC) || addr < sh->sh_addr || addr - sh->sh_addr + 4 > sh->sh_size)
        continue;
      if (sh->sh_type == SHT_NOBITS)
        return 0;
      Expected<StringRef> c = s.getContents();
      if (!c) {
        consumeError(c.takeError());
        return std::nullopt;
      }
      return support::endian::read32le(c->data() + (addr - sh->sh_addr));
    }
    return std::nullopt;
  }
};

bool load(const char *path, Elf &e) {
  Expected<OwningBinary<Binary>> b = createBinary(path);
  if (!b) {
    errs() << "symdiff: " << path << ": " << toString(b.takeError()) << "\n";
    return false;
  }
  e.bin = std::move(*b);
  e.obj = dyn_cast<ELF32LEObjectFile>(e.bin.getBinary());
  if (!e.obj) {
    errs() << "symdiff: " << path << ": not a 32-bit little-endian ELF\n";
    return false;
  }
  std::map<std::string, unsigned> count;
  for (const ELFSymbolRef &s : e.obj->symbols()) {
    Expected<StringRef> name = s.getName();
    Expected<uint64_t> addr = s.getAddress();
    if (!name || !addr) {
      consumeError(name.takeError());
      consumeError(addr.takeError());
      continue;
    }
    uint8_t type = s.getELFType();
    if ((type != STT_OBJECT && type != STT_FUNC) || name->empty() || name->starts_with("$"))
      continue;
    uint32_t a = uint32_t(*addr) & (type == STT_FUNC ? ~1u : ~0u);
    e.syms.push_back({name->str(), a, uint32_t(s.getSize()), type});
    ++count[name->str()];
  }
  for (unsigned i = 0; i < e.syms.size(); ++i)
    if (count[e.syms[i].name] == 1)
      e.byName[e.syms[i].name] = i;
  for (const SectionRef &s : e.obj->sections())
    for (const RelocationRef &r : s.relocations())
      if (r.getType() == R_ARM_ABS32 || r.getType() == R_ARM_TARGET1)
        e.absWords.insert(uint32_t(r.getOffset()));
  return true;
}
} // namespace

int main(int argc, char **argv) {
  if (argc != 3) {
    errs() << "usage: symdiff RRLD.elf FIXED.elf\n";
    return 2;
  }
  Elf a, b;
  if (!load(argv[1], a) || !load(argv[2], b))
    return 2;
  if (a.absWords.empty()) {
    errs() << "symdiff: " << argv[1] << " has no relocations (not rrld output?)\n";
    return 2;
  }
  unsigned objects = 0, words = 0, pointers = 0, bad = 0;
  uint32_t firstPointer = 0;
  auto compare = [&](bool print) {
    objects = words = pointers = bad = 0;
    raw_ostream &outs = print ? llvm::outs() : llvm::nulls();
    for (const Sym &sa : a.syms) {
      if (sa.type != STT_OBJECT || !a.byName.count(sa.name))
        continue;
      auto it = b.byName.find(sa.name);
      if (it == b.byName.end())
        continue;
      const Sym &sb = b.syms[it->second];
      if (sa.size != sb.size) {
        outs << sa.name << ": size " << sa.size << " vs " << sb.size << "\n";
        ++bad;
        continue;
      }
      ++objects;
      if (sa.addr % 4 || sb.addr % 4)
        continue;
      for (uint32_t off = 0; off + 4 <= sa.size; off += 4) {
        std::optional<uint32_t> va = a.word(sa.addr + off), vb = b.word(sb.addr + off);
        if (!va || !vb)
          continue;
        ++words;
        if (a.absWords.count(sa.addr + off)) {
          if (!pointers++)
            firstPointer = sa.addr + off;
          std::optional<std::string> ta = a.resolve(*va), tb = b.resolve(*vb);
          if (ta && tb ? *ta != *tb : *va != *vb) {
            outs << sa.name << "+" << off << ": points to " << (ta ? *ta : "?") << format(" (0x%08x)", *va)
                   << " vs " << (tb ? *tb : "?") << format(" (0x%08x)", *vb) << "\n";
            ++bad;
          }
        } else if (*va != *vb) {
          outs << sa.name << "+" << off << format(": 0x%08x vs 0x%08x\n", *va, *vb);
          ++bad;
        }
      }
    }
  };
  compare(true);
  outs() << "symdiff: " << objects << " objects, " << words << " words (" << pointers
         << " pointers) compared, " << bad << " mismatches\n";
  if (objects == 0 || pointers == 0) {
    errs() << "symdiff: nothing compared\n";
    return 1;
  }
  if (bad)
    return 1;
  // Not vacuous: one pointer changed must be found.
  a.changed[firstPointer] = *a.word(firstPointer) + 4;
  compare(false);
  if (!bad) {
    errs() << "symdiff: a changed pointer went unnoticed; the comparison proves nothing\n";
    return 1;
  }
  return 0;
}
