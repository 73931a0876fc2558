//===- Inspect.cpp - rrld inspect --------------------------------------===//
//
// Prints an image's segments, sizes, tables and moved sections, as text
// or JSON.
//
//===----------------------------------------------------------------------===//
#include "Tools.h"
#include "ToolInput.h"

#include "ElfWriter.h"
#include "Image.h"
#include "LinkedElf.h"
#include "Tbf.h"

#include "rrld/relocator.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"

using namespace llvm;

namespace rrld {

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

// A package name as a quoted string a terminal shows as it is: control
// characters (C0, DEL and, as UTF-8, C1, which terminals act on) are
// escaped, as are the quote and the backslash; other UTF-8 stays.
static std::string quotedName(StringRef name) {
  std::string out = "\"";
  for (size_t i = 0; i < name.size(); ++i) {
    uint8_t c = uint8_t(name[i]);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += char(c);
    } else if (c < 0x20 || c == 0x7f) {
      out += "\\x" + utohexstr(c, /*LowerCase=*/true, /*Width=*/2);
    } else if (c == 0xc2 && i + 1 < name.size() && uint8_t(name[i + 1]) >= 0x80 &&
               uint8_t(name[i + 1]) <= 0x9f) {
      out += "\\u00" + utohexstr(uint8_t(name[++i]), /*LowerCase=*/true, /*Width=*/2);
    } else {
      out += char(c);
    }
  }
  return out + "\"";
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
      os << " " << quotedName(*t.packageName);
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
  std::optional<LoadedImage> li = loadImage(ctx, path);
  if (!li)
    return 1;
  std::vector<Moved> moved = movedSections(li->elf);
  uint64_t movedBytes = 0;
  for (const Moved &m : moved)
    movedBytes += m.bytes;
  const rrld_header &h = li->info.h;
  size_t rwRo = li->info.rwRo.size(), rwRw = li->info.rwRw.size(), roRo = li->info.roRo.size();
  size_t relocs = rwRo + rwRw + roRo;
  // What the tables take in the image: the three streams and the zeros
  // that pad them to a word.
  uint32_t tableBytes = h.image_size - tablesOffset(h);
  double perReloc = relocs ? double(tableBytes) / relocs : 0.0;
  // Below 2^28 each (format.md), so the sums fit.
  uint32_t flashSize = h.ro_size + h.rw_init_size;
  uint32_t ramSize = h.stack_size + h.rw_init_size + h.rw_zero_size;

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
      // What a build system allocates for a placed image (rrld place): flash
      // for RO and RW's initial data (the tables are not needed once placed),
      // RAM for the stack and RW.
      j.attribute("flash_size", flashSize);
      j.attribute("ram_size", ramSize);
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
     << format("  placed  needs %u bytes of flash (RO + RW's initial data), %u of RAM "
               "(stack + RW)\n",
               flashSize, ramSize)
     << format("  relocs  RW->RO %zu, RW->RW %zu, RO->RO %zu (total %zu)\n", rwRo, rwRw, roRo,
               relocs)
     << format("  tables  %u bytes: RW->RO %u, RW->RW %u, RO->RO %u, padding %u", tableBytes,
               h.rw_ro_table_size, h.rw_rw_table_size, h.ro_ro_table_size,
               tableBytes - (h.rw_ro_table_size + h.rw_rw_table_size + h.ro_ro_table_size));
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

} // namespace rrld
