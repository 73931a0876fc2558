//===- Tools.cpp - inspect, verify, place ---------------------------------===//
//
// These read an image (the ELF rrld wrote, or the flat image), check it with
// the host-side parser (Image.cpp, which explains problems in words) and with
// the relocator library itself (the code that runs on the device), then act.
// `place` performs install-time linking with the device's code: it patches
// RO and loads RW exactly as a kernel would, into host buffers.
//
//===----------------------------------------------------------------------===//
#include "Tools.h"

#include "ElfWriter.h"
#include "Image.h"
#include "LinkedElf.h"

#include "rrld/relocator.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"

using namespace llvm;

namespace rrld {

namespace {
struct LoadedImage {
  std::vector<uint8_t> bytes;
  std::optional<LinkedElf> elf;
  ImageInfo info;
};
} // namespace

// Reads and checks an image with both the host parser and the device code.
static std::optional<LoadedImage> load(Ctx &ctx, StringRef path) {
  LoadedImage li;
  Expected<std::vector<uint8_t>> bytes = readImageFile(path, &li.elf);
  if (!bytes) {
    ctx.diag.check(bytes.takeError());
    return std::nullopt;
  }
  li.bytes = std::move(*bytes);
  Expected<ImageInfo> info = parseImage(li.bytes);
  if (!info) {
    ctx.diag.error(path + ": " + toString(info.takeError()));
    return std::nullopt;
  }
  li.info = std::move(*info);
  if (li.bytes.size() > UINT32_MAX) {
    ctx.diag.error(path + ": image larger than 4 GiB");
    return std::nullopt;
  }
  rrld_status st = rrld_verify(li.bytes.data(), uint32_t(li.bytes.size()));
  if (st != RRLD_OK) {
    ctx.diag.error(path + ": the relocator rejects the image: " + rrld_status_name(st));
    return std::nullopt;
  }
  return li;
}

int verifyMain(Ctx &ctx, const std::string &path) {
  std::optional<LoadedImage> li = load(ctx, path);
  if (!li)
    return 1;
  llvm::outs() << path << ": ok (" << li->info.h.image_size << " bytes, crc32 "
               << format("0x%08x", li->info.h.crc32) << ")\n";
  return 0;
}

namespace {
// A read-only section the link moved to RW (the .rrld.moved note, Move.h).
struct Moved {
  uint32_t bytes = 0;
  std::string reason, section;
};
} // namespace

static std::vector<Moved> movedSections(const std::optional<LinkedElf> &elf) {
  std::vector<Moved> out;
  const OutSection *s = elf ? elf->findSection(".rrld.moved") : nullptr;
  if (!s)
    return out;
  StringRef text = toStringRef(elf->contents(*s));
  SmallVector<StringRef, 0> lines;
  text.split(lines, '\n', -1, /*KeepEmpty=*/false);
  for (StringRef line : lines) {
    auto [size, rest] = line.split(' ');
    auto [reason, section] = rest.split(' ');
    Moved m;
    if (size.getAsInteger(10, m.bytes) || section.empty())
      continue;
    m.reason = reason.str();
    m.section = section.str();
    out.push_back(std::move(m));
  }
  return out;
}

int inspectMain(Ctx &ctx, const std::string &path, bool json) {
  std::optional<LoadedImage> li = load(ctx, path);
  if (!li)
    return 1;
  std::vector<Moved> moved = movedSections(li->elf);
  uint64_t movedBytes = 0;
  for (const Moved &m : moved)
    movedBytes += m.bytes;
  const rrld_header &h = li->info.h;
  size_t rwRo = li->info.rwRo.size(), rwRw = li->info.rwRw.size(), roRo = li->info.roRo.size();
  size_t relocs = rwRo + rwRw + roRo;
  uint32_t tableBytes = h.rw_ro_table_size + h.rw_rw_table_size + h.ro_ro_table_size;
  double perReloc = relocs ? double(tableBytes) / relocs : 0.0;

  raw_ostream &os = llvm::outs();
  if (json) {
    json::OStream j(os, 2);
    j.object([&] {
      j.attribute("format_version", h.version);
      j.attribute("image_size", h.image_size);
      j.attribute("crc32", h.crc32);
      j.attribute("ro_size", h.ro_size);
      j.attribute("rw_init_size", h.rw_init_size);
      j.attribute("rw_zero_size", h.rw_zero_size);
      j.attribute("entry", h.entry);
      j.attribute("stack_size", h.stack_size);
      j.attribute("heap_size", h.heap_size);
      j.attribute("ro_align", uint32_t(1) << h.ro_align_log2);
      j.attribute("rw_align", uint32_t(1) << h.rw_align_log2);
      j.attribute("ro_link_addr", h.ro_link_addr);
      j.attribute("rw_link_addr", h.rw_link_addr);
      j.attribute("ro_patched_addr", h.ro_patched_addr);
      j.attributeObject("relocs", [&] {
        j.attribute("rw_to_ro", int64_t(rwRo));
        j.attribute("rw_to_rw", int64_t(rwRw));
        j.attribute("ro_to_ro", int64_t(roRo));
        j.attribute("total", int64_t(relocs));
      });
      j.attribute("table_bytes", tableBytes);
      j.attributeObject("tables", [&] {
        j.attribute("rw_to_ro", h.rw_ro_table_size);
        j.attribute("rw_to_rw", h.rw_rw_table_size);
        j.attribute("ro_to_ro", h.ro_ro_table_size);
      });
      j.attribute("bytes_per_reloc", perReloc);
      // Read-only sections moved to RW; known from an ELF, not a flat image.
      if (li->elf)
        j.attributeObject("moved", [&] {
          j.attribute("sections", int64_t(moved.size()));
          j.attribute("bytes", int64_t(movedBytes));
          j.attributeArray("list", [&] {
            for (const Moved &m : moved)
              j.object([&] {
                j.attribute("section", m.section);
                j.attribute("bytes", m.bytes);
                j.attribute("reason", m.reason);
              });
          });
        });
    });
    os << "\n";
    return 0;
  }
  os << path << ": rrld image, format " << h.version << ", " << h.image_size
     << " bytes, crc32 " << format("0x%08x", h.crc32) << "\n"
     << format("  RO      %8u bytes (header %u), align %u, linked at 0x%08x, patched for 0x%08x\n",
               h.ro_size, RRLD_HEADER_SIZE, 1u << h.ro_align_log2, h.ro_link_addr,
               h.ro_patched_addr)
     << format("  RW      %8u bytes initialised + %u zeroed, align %u, linked at 0x%08x\n",
               h.rw_init_size, h.rw_zero_size, 1u << h.rw_align_log2, h.rw_link_addr)
     << format("  entry   RO+0x%x; r9 = RW start; stack %u bytes, heap >= %u bytes\n",
               h.entry, h.stack_size, h.heap_size)
     << format("  relocs  RW->RO %zu, RW->RW %zu, RO->RO %zu (total %zu)\n", rwRo, rwRw, roRo,
               relocs)
     << format("  tables  %u bytes: RW->RO %u, RW->RW %u, RO->RO %u", tableBytes,
               h.rw_ro_table_size, h.rw_rw_table_size, h.ro_ro_table_size);
  if (relocs)
    os << format(" (%.3f bytes/relocation)", perReloc);
  os << "\n";
  if (!moved.empty()) {
    os << format("  moved   %zu read-only sections to RW: %llu bytes of RAM (their bytes in "
                 "flash moved from RO to RW's initial data)\n",
                 moved.size(), (unsigned long long)movedBytes);
    for (const Moved &m : moved)
      os << format("    %8u  %-14s %s\n", m.bytes, m.reason.c_str(), m.section.c_str());
  }
  return 0;
}

static bool writeFile(Ctx &ctx, StringRef path, ArrayRef<uint8_t> bytes) {
  return !ctx.diag.check(rrld::writeFile(path, bytes));
}

int placeMain(Ctx &ctx, const PlaceArgs &a) {
  std::optional<LoadedImage> li = load(ctx, a.input);
  if (!li)
    return 1;
  const rrld_header &h = li->info.h;
  if (!a.output.empty() && !li->elf) {
    ctx.diag.error(a.input + " is a flat image; a fixed-address ELF needs the ELF rrld "
                             "linked (or write only the flat binary with --bin)");
    return 1;
  }

  // RO: patch a copy for its flash address, as an installer would.
  std::vector<uint8_t> placed = li->bytes;
  rrld_status st = rrld_patch_ro_in_place(placed.data(), uint32_t(placed.size()), a.ro);
  if (st != RRLD_OK) {
    ctx.diag.error("cannot place RO at " + hex(a.ro) + ": " + rrld_status_name(st));
    return 1;
  }

  // RW: the loader puts RW after the stack in the RAM region; choose the
  // region so that RW lands exactly at the requested address.
  uint32_t align = std::max<uint32_t>(8, uint32_t(1) << h.rw_align_log2);
  if (a.rw % align != 0 || a.rw < h.stack_size) {
    ctx.diag.error("--rw " + hex(a.rw) + " must be a multiple of " + Twine(align) +
                   " and leave room for the " + Twine(h.stack_size) + "-byte stack below it");
    return 1;
  }
  // The stack, then RW at the stack's top (--rw is aligned for it), then the
  // heap from the app break, RW's end: no padding anywhere.
  uint64_t ramLen = uint64_t(h.stack_size) + h.rw_init_size + h.rw_zero_size + h.heap_size;
  if (ramLen > UINT32_MAX || a.rw - h.stack_size > UINT32_MAX - ramLen) {
    ctx.diag.error("RW at " + hex(a.rw) + " does not fit below 4 GiB");
    return 1;
  }
  std::vector<uint8_t> ram(ramLen, 0);
  rrld_load_args la{};
  la.image = placed.data();
  la.image_len = uint32_t(placed.size());
  la.ro_addr = a.ro;
  la.ram = ram.data();
  la.ram_len = uint32_t(ramLen);
  la.ram_addr = a.rw - h.stack_size;
  rrld_load_result res{};
  st = rrld_load(&la, &res);
  if (st != RRLD_OK) {
    ctx.diag.error("cannot place RW at " + hex(a.rw) + ": " + rrld_status_name(st));
    return 1;
  }
  if (res.static_base != a.rw) {
    ctx.diag.error("the relocator put RW at " + hex(res.static_base) + ", not " + hex(a.rw));
    return 1;
  }
  ArrayRef<uint8_t> rwInit = ArrayRef<uint8_t>(ram).slice(a.rw - la.ram_addr, h.rw_init_size);

  if (!a.output.empty()) {
    Expected<std::vector<uint8_t>> elf = writePlacedElf(*li->elf, placed, rwInit, a.ro, a.rw);
    if (!elf) {
      ctx.diag.check(elf.takeError(), a.output);
      return 1;
    }
    if (!writeFile(ctx, a.output, *elf))
      return 1;
  }
  if (!a.bin.empty() && !writeFile(ctx, a.bin, placed))
    return 1;
  llvm::outs() << format("placed: RO at 0x%08x, RW at 0x%08x, entry 0x%08x, r9 0x%08x\n", a.ro,
                         a.rw, res.entry, res.static_base);
  return 0;
}

} // namespace rrld
