//===- Tools.cpp - inspect, verify, place, tbf ----------------------------===//
//
// These read an image (the ELF rrld wrote, the flat image, or a TBF holding
// one, read by the kernel's rules in Tbf.cpp), check it with
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
#include "Tbf.h"

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
  std::optional<TbfInfo> tbf; // when the file is a TBF
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
  if (!li.elf && looksLikeTbf(li.bytes)) {
    Expected<TbfInfo> tbf = parseTbf(li.bytes);
    if (!tbf) {
      ctx.diag.error(path + ": TBF: " + toString(tbf.takeError()));
      return std::nullopt;
    }
    Expected<std::vector<uint8_t>> img = tbfImage(li.bytes, *tbf);
    if (!img) {
      ctx.diag.error(path + ": TBF: " + toString(img.takeError()));
      return std::nullopt;
    }
    li.bytes = std::move(*img);
    li.tbf = std::move(*tbf);
  }
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
  if (li.tbf)
    if (Error e = checkTbfAgainstImage(*li.tbf, li.info.h)) {
      ctx.diag.error(path + ": TBF: " + toString(std::move(e)));
      return std::nullopt;
    }
  return li;
}

// Where the image's RO->RO words point, for a TBF: nullopt when there are
// none.  `patched` says whether they were patched since the link, `tbfAddr`
// the TBF address they fit.
namespace {
struct RoPatchState {
  bool patched = false;
  uint32_t tbfAddr = 0;
};
} // namespace
static std::optional<RoPatchState> roPatchState(const rrld_header &h, uint32_t imageOffset) {
  if (!h.ro_ro_table_size)
    return std::nullopt;
  return RoPatchState{h.ro_patched_addr != h.ro_link_addr, h.ro_patched_addr - imageOffset};
}

int verifyMain(Ctx &ctx, const std::string &path) {
  std::optional<LoadedImage> li = load(ctx, path);
  if (!li)
    return 1;
  const rrld_header &h = li->info.h;
  if (const std::optional<TbfInfo> &t = li->tbf) {
    if (!(t->flags & TBF_FLAG_ENABLED))
      ctx.diag.warn(path + ": the TBF's enabled flag is clear: the kernel will not run it");
    std::optional<RoPatchState> ro = roPatchState(h, t->protectedSize());
    if (ro && !ro->patched)
      ctx.diag.warn(path + ": the image has " + Twine(li->info.roRo.size()) +
                    " RO->RO words not yet patched for a flash address: Tock's flash is "
                    "read-only, so it runs only once patched at install (rrld tbf --flash-addr)");
    else if (ro && ro->tbfAddr % t->totalSize)
      ctx.diag.warn(path + ": the image's RO->RO words are patched for an image at " +
                    hex(h.ro_patched_addr) + ", which puts the TBF at " + hex(ro->tbfAddr) +
                    ", not a multiple of its size " + Twine(t->totalSize) +
                    ": re-lay it with rrld tbf --flash-addr");
    llvm::outs() << path << ": ok (TBF " << t->totalSize << " bytes, image at offset "
                 << t->protectedSize() << ": " << h.image_size << " bytes, crc32 "
                 << format("0x%08x", h.crc32) << ")\n";
    return 0;
  }
  llvm::outs() << path << ": ok (" << h.image_size << " bytes, crc32 "
               << format("0x%08x", h.crc32) << ")\n";
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

static std::string kernelVersionText(const TbfInfo &t) {
  return t.kernelVersion ? std::to_string(t.kernelVersion->first) + "." +
                               std::to_string(t.kernelVersion->second)
                         : std::string("none");
}

// The TBF's fields, before the image's: every TLV, every footer.
static void tbfJson(json::OStream &j, const TbfInfo &t, const ImageInfo &img) {
  const rrld_header &h = img.h;
  j.attribute("container", "tbf");
  j.attribute("tbf_version", t.version);
  j.attribute("total_size", t.totalSize);
  j.attribute("header_size", t.headerSize);
  j.attribute("flags", t.flags);
  j.attribute("enabled", bool(t.flags & TBF_FLAG_ENABLED));
  j.attribute("checksum", t.checksum);
  j.attribute("protected_trailer_size", t.protectedTrailer);
  j.attribute("protected_size", t.protectedSize());
  j.attribute("image_offset", t.protectedSize());
  j.attribute("binary_end_offset", t.binaryEnd);
  j.attribute("init_fn_offset", t.initFnOffset);
  j.attribute("minimum_ram_size", t.minimumRamSize);
  j.attribute("app_version", t.appVersion);
  j.attribute("package_name", t.packageName ? json::Value(*t.packageName) : json::Value(nullptr));
  j.attribute("kernel_version", kernelVersionText(t));
  j.attributeArray("tlvs", [&] {
    for (const TbfTlv &v : t.tlvs)
      j.object([&] {
        j.attribute("type", v.type);
        j.attribute("name", tbfTlvName(v.type));
        j.attribute("offset", v.offset);
        j.attribute("length", v.length);
      });
  });
  j.attributeArray("footers", [&] {
    for (const TbfFooter &f : t.footers)
      j.object([&] {
        j.attribute("offset", f.offset);
        j.attribute("length", f.length);
        j.attribute("format", tbfCredentialName(f.format));
        j.attribute("checked", f.checked);
      });
  });
  j.attribute("footer_padding", t.footerPadding);
  j.attribute("sha256", toHex(t.sha256, /*LowerCase=*/true));
  j.attribute("ro_ro_table_size", h.ro_ro_table_size);
  j.attribute("ro_ro_words", int64_t(img.roRo.size()));
  // Whether the RO->RO words hold the addresses of some flash placement
  // (and which TBF address that is), or still the link's.
  std::optional<RoPatchState> ro = roPatchState(h, t.protectedSize());
  j.attribute("ro_patched", ro && ro->patched);
  j.attribute("needs_flash_patch", ro && !ro->patched);
  j.attribute("patched_tbf_addr", ro && ro->patched ? json::Value(ro->tbfAddr) : json::Value(nullptr));
}

static void tbfText(raw_ostream &os, StringRef path, const TbfInfo &t, const ImageInfo &img) {
  const rrld_header &h = img.h;
  os << path
     << format(": TBF version %u, %u bytes, header %u bytes, flags 0x%x (%s), checksum 0x%08x\n",
               t.version, t.totalSize, t.headerSize, t.flags,
               (t.flags & TBF_FLAG_ENABLED) ? "enabled" : "disabled", t.checksum);
  for (const TbfTlv &v : t.tlvs) {
    os << format("  TLV @%-4u %-15s (type %u, %u bytes)", v.offset, tbfTlvName(v.type), v.type,
                 v.length);
    if (v.type == TBF_TLV_PROGRAM || v.type == TBF_TLV_MAIN)
      os << format(" init_fn_offset 0x%x, protected_trailer_size %u, minimum_ram_size %u",
                   t.initFnOffset, t.protectedTrailer, t.minimumRamSize);
    if (v.type == TBF_TLV_PROGRAM)
      os << format(", binary_end_offset %u, version %u", t.binaryEnd, t.appVersion);
    if (v.type == TBF_TLV_PACKAGE_NAME && t.packageName)
      os << " \"" << *t.packageName << "\"";
    if (v.type == TBF_TLV_KERNEL_VERSION)
      os << " " << kernelVersionText(t);
    os << "\n";
  }
  os << format("  protected region %u bytes (header + %u-byte trailer); image at offset %u, "
               "binary ends at %u\n",
               t.protectedSize(), t.protectedTrailer, t.protectedSize(), t.binaryEnd);
  for (const TbfFooter &f : t.footers)
    os << format("  footer @%-4u Credentials %-8s (%u bytes)%s\n", f.offset,
                 tbfCredentialName(f.format), f.length,
                 f.checked ? ", matches the binary" : "");
  if (t.footerPadding)
    os << format("  %u bytes of zero padding end the TBF\n", t.footerPadding);
  if (std::optional<RoPatchState> ro = roPatchState(h, t.protectedSize())) {
    if (ro->patched)
      os << format("  RO->RO  %zu words, patched for the TBF at 0x%08x (image at 0x%08x)\n",
                   img.roRo.size(), ro->tbfAddr, h.ro_patched_addr);
    else
      os << format("  RO->RO  %zu words, not patched: needs patching for its flash address "
                   "(rrld tbf --flash-addr)\n",
                   img.roRo.size());
  }
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
      if (li->tbf)
        tbfJson(j, *li->tbf, li->info);
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
  if (li->tbf)
    tbfText(os, path, *li->tbf, li->info);
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

// Writes `image` as a TBF; `stem` names it when the settings do not.
static bool writeTbf(Ctx &ctx, const std::string &inputName, ArrayRef<uint8_t> image,
                     const rrld_header &h, size_t roRoWords, TbfSettings s,
                     const std::string &output) {
  Expected<TbfLayout> lay = tbfLayout(h, s);
  Expected<std::vector<uint8_t>> tbf = lay ? buildTbf(image, s) : lay.takeError();
  if (!tbf) {
    ctx.diag.error(output + ": " + toString(tbf.takeError()));
    return false;
  }
  // Without a flash address, RO->RO words keep what they hold: fine if a
  // re-laid TBF was patched for an address that still fits, else the app
  // runs only once patched at install.
  if (!s.flashAddr)
    if (std::optional<RoPatchState> ro = roPatchState(h, lay->imageOffset))
      if (!ro->patched || ro->tbfAddr % lay->totalSize)
        ctx.diag.warn(output + ": the image of " + inputName + " has " + Twine(roRoWords) +
                      " RO->RO words: the TBF runs only once patched for its flash address "
                      "(rrld tbf --flash-addr ADDR)");
  return writeFile(ctx, output, *tbf);
}

int tbfMain(Ctx &ctx, const TbfArgs &a) {
  std::optional<LoadedImage> li = load(ctx, a.input);
  if (!li)
    return 1;
  TbfSettings s;
  if (li->tbf) {
    // Re-laying keeps what the TBF says unless told otherwise.
    const TbfInfo &t = *li->tbf;
    s.name = t.packageName.value_or("");
    if (t.kernelVersion)
      std::tie(s.kernelMajor, s.kernelMinor) = *t.kernelVersion;
    s.appVersion = t.appVersion;
    if (!a.ramExtra && !a.kernelHeap)
      s.minimumRamSize = t.minimumRamSize;
  } else {
    s.name = sys::path::stem(a.input).str();
  }
  if (a.name)
    s.name = *a.name;
  if (a.kernelVersion)
    std::tie(s.kernelMajor, s.kernelMinor) = *a.kernelVersion;
  if (a.appVersion)
    s.appVersion = *a.appVersion;
  s.sha256 = a.sha256;
  s.flashAddr = a.flashAddr;
  s.ramExtra = a.ramExtra.value_or(0);
  s.kernelHeap = a.kernelHeap.value_or(TBF_KERNEL_HEAP_DEFAULT);
  return writeTbf(ctx, a.input, li->bytes, li->info.h, li->info.roRo.size(), s, a.output) ? 0
                                                                                           : 1;
}

bool writeLinkTbf(Ctx &ctx, ArrayRef<uint8_t> image, StringRef elfPath) {
  Expected<ImageInfo> info = parseImage(image);
  if (!info) {
    ctx.diag.error(elfPath + ": " + toString(info.takeError()));
    return false;
  }
  TbfSettings s;
  s.name = ctx.opts.tbfName.empty() ? sys::path::stem(elfPath).str() : ctx.opts.tbfName;
  s.sha256 = ctx.opts.tbfSha256;
  return writeTbf(ctx, elfPath.str(), image, info->h, info->roRo.size(), s, ctx.opts.tbfPath);
}

} // namespace rrld
