//===- Image.cpp ----------------------------------------------------------===//
#include "Image.h"

#include "Relr.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CRC.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/MemoryBuffer.h"

#include <cstring>

using namespace llvm;
using llvm::support::endian::read16le;
using llvm::support::endian::read32le;
using llvm::support::endian::write16le;
using llvm::support::endian::write32le;

namespace rrld {

Tables encodeTables(const Classified &c) {
  return {encodeRelr(c.rwRo), encodeRelr(c.rwRw), encodeRelr(c.roRo)};
}

rrld_header readHeader(ArrayRef<uint8_t> img) {
  assert(img.size() >= RRLD_HEADER_SIZE);
  const uint8_t *p = img.data();
  rrld_header h{};
  h.magic = read32le(p + RRLD_OFF_MAGIC);
  h.version = read16le(p + RRLD_OFF_VERSION);
  h.header_size = read16le(p + RRLD_OFF_HEADER_SIZE);
  h.flags = read32le(p + RRLD_OFF_FLAGS);
  h.image_size = read32le(p + RRLD_OFF_IMAGE_SIZE);
  h.crc32 = read32le(p + RRLD_OFF_CRC32);
  h.ro_size = read32le(p + RRLD_OFF_RO_SIZE);
  h.rw_init_offset = read32le(p + RRLD_OFF_RW_INIT_OFFSET);
  h.rw_init_size = read32le(p + RRLD_OFF_RW_INIT_SIZE);
  h.rw_zero_size = read32le(p + RRLD_OFF_RW_ZERO_SIZE);
  h.ro_align_log2 = p[RRLD_OFF_RO_ALIGN_LOG2];
  h.rw_align_log2 = p[RRLD_OFF_RW_ALIGN_LOG2];
  h.reserved0 = read16le(p + RRLD_OFF_RESERVED0);
  h.entry = read32le(p + RRLD_OFF_ENTRY);
  h.sb_offset = read32le(p + RRLD_OFF_SB_OFFSET);
  h.stack_size = read32le(p + RRLD_OFF_STACK_SIZE);
  h.heap_size = read32le(p + RRLD_OFF_HEAP_SIZE);
  h.ro_link_addr = read32le(p + RRLD_OFF_RO_LINK_ADDR);
  h.rw_link_addr = read32le(p + RRLD_OFF_RW_LINK_ADDR);
  h.ro_patched_addr = read32le(p + RRLD_OFF_RO_PATCHED_ADDR);
  h.tables_offset = read32le(p + RRLD_OFF_TABLES_OFFSET);
  h.rw_ro_table_size = read32le(p + RRLD_OFF_RW_RO_TABLE_SIZE);
  h.rw_rw_table_size = read32le(p + RRLD_OFF_RW_RW_TABLE_SIZE);
  h.ro_ro_table_size = read32le(p + RRLD_OFF_RO_RO_TABLE_SIZE);
  for (unsigned i = 0; i < 3; ++i)
    h.reserved1[i] = read32le(p + RRLD_OFF_RESERVED1 + 4 * i);
  return h;
}

void writeHeader(MutableArrayRef<uint8_t> img, const rrld_header &h) {
  assert(img.size() >= RRLD_HEADER_SIZE);
  uint8_t *p = img.data();
  write32le(p + RRLD_OFF_MAGIC, h.magic);
  write16le(p + RRLD_OFF_VERSION, h.version);
  write16le(p + RRLD_OFF_HEADER_SIZE, h.header_size);
  write32le(p + RRLD_OFF_FLAGS, h.flags);
  write32le(p + RRLD_OFF_IMAGE_SIZE, h.image_size);
  write32le(p + RRLD_OFF_CRC32, h.crc32);
  write32le(p + RRLD_OFF_RO_SIZE, h.ro_size);
  write32le(p + RRLD_OFF_RW_INIT_OFFSET, h.rw_init_offset);
  write32le(p + RRLD_OFF_RW_INIT_SIZE, h.rw_init_size);
  write32le(p + RRLD_OFF_RW_ZERO_SIZE, h.rw_zero_size);
  p[RRLD_OFF_RO_ALIGN_LOG2] = h.ro_align_log2;
  p[RRLD_OFF_RW_ALIGN_LOG2] = h.rw_align_log2;
  write16le(p + RRLD_OFF_RESERVED0, h.reserved0);
  write32le(p + RRLD_OFF_ENTRY, h.entry);
  write32le(p + RRLD_OFF_SB_OFFSET, h.sb_offset);
  write32le(p + RRLD_OFF_STACK_SIZE, h.stack_size);
  write32le(p + RRLD_OFF_HEAP_SIZE, h.heap_size);
  write32le(p + RRLD_OFF_RO_LINK_ADDR, h.ro_link_addr);
  write32le(p + RRLD_OFF_RW_LINK_ADDR, h.rw_link_addr);
  write32le(p + RRLD_OFF_RO_PATCHED_ADDR, h.ro_patched_addr);
  write32le(p + RRLD_OFF_TABLES_OFFSET, h.tables_offset);
  write32le(p + RRLD_OFF_RW_RO_TABLE_SIZE, h.rw_ro_table_size);
  write32le(p + RRLD_OFF_RW_RW_TABLE_SIZE, h.rw_rw_table_size);
  write32le(p + RRLD_OFF_RO_RO_TABLE_SIZE, h.ro_ro_table_size);
  for (unsigned i = 0; i < 3; ++i)
    write32le(p + RRLD_OFF_RESERVED1 + 4 * i, h.reserved1[i]);
}

uint32_t computeCrc(ArrayRef<uint8_t> img) {
  rrld_header h = readHeader(img);
  uint8_t head[RRLD_HEADER_SIZE];
  std::memcpy(head, img.data(), RRLD_HEADER_SIZE);
  write32le(head + RRLD_OFF_CRC32, 0);
  uint32_t crc = llvm::crc32(0, ArrayRef<uint8_t>(head, RRLD_HEADER_SIZE));
  return llvm::crc32(crc, img.slice(RRLD_HEADER_SIZE, h.image_size - RRLD_HEADER_SIZE));
}

std::vector<uint8_t> buildImage(const LinkedElf &elf, const ImageLayout &l, const Tables &t,
                                const Options &opts, ArrayRef<CodePatch> code) {
  rrld_header h{};
  h.magic = RRLD_MAGIC;
  h.version = RRLD_VERSION;
  h.header_size = RRLD_HEADER_SIZE;
  h.flags = 0;
  h.ro_size = l.roSize;
  h.rw_init_offset = l.roSize;
  h.rw_init_size = l.rwInitSize;
  h.rw_zero_size = l.rwZeroSize;
  h.ro_align_log2 = l.roAlignLog2;
  h.rw_align_log2 = l.rwAlignLog2;
  h.entry = l.entry;
  h.sb_offset = l.sbOffset;
  h.stack_size = opts.stackSize;
  h.heap_size = opts.heapSize;
  h.ro_link_addr = l.roLink;
  h.rw_link_addr = l.rwLink;
  h.ro_patched_addr = l.roLink; // RO->RO words hold link-time values
  h.tables_offset = h.rw_init_offset + h.rw_init_size;
  h.rw_ro_table_size = 4 * t.rwRo.size();
  h.rw_rw_table_size = 4 * t.rwRw.size();
  h.ro_ro_table_size = 4 * t.roRo.size();
  h.image_size = h.tables_offset + t.bytes();

  std::vector<uint8_t> img(h.image_size, 0);
  for (const OutSection &s : elf.sections) {
    if (s.seg == Seg::None || !s.hasBits() || s.name == ".rrld_header")
      continue;
    uint32_t at = s.seg == Seg::RO ? s.addr - l.roLink : h.rw_init_offset + (s.addr - l.rwLink);
    ArrayRef<uint8_t> c = elf.contents(s);
    std::copy(c.begin(), c.end(), img.begin() + at);
  }
  for (const CodePatch &c : code)
    std::copy(c.bytes.begin(), c.bytes.end(), img.begin() + (c.addr - l.roLink));
  uint8_t *p = img.data() + h.tables_offset;
  for (const std::vector<uint32_t> *v : {&t.rwRo, &t.rwRw, &t.roRo})
    for (uint32_t e : *v) {
      write32le(p, e);
      p += 4;
    }
  writeHeader(img, h);
  h.crc32 = computeCrc(img);
  writeHeader(img, h);
  return img;
}

// Decodes one stream and checks each word lies in [lo, hi - 4].
static Expected<std::vector<uint32_t>> decodeStream(ArrayRef<uint8_t> img, uint32_t off,
                                                    uint32_t size, uint32_t lo, uint32_t hi,
                                                    const char *what) {
  std::vector<uint32_t> entries(size / 4);
  for (uint32_t i = 0; i < entries.size(); ++i)
    entries[i] = read32le(img.data() + off + 4 * i);
  Expected<std::vector<uint32_t>> words = decodeRelr(entries, lo);
  if (!words)
    return makeError(Twine(what) + " table: " + toString(words.takeError()));
  for (uint32_t w : *words)
    if (w < lo || hi < 4 || w > hi - 4)
      return makeError(Twine(what) + " table: word at offset 0x" + Twine::utohexstr(w) +
                  " lies outside its segment's relocatable range [0x" + Twine::utohexstr(lo) +
                  ", 0x" + Twine::utohexstr(hi) + ")");
  return words;
}

Expected<ImageInfo> parseImage(ArrayRef<uint8_t> img) {
  if (img.size() < RRLD_HEADER_SIZE)
    return makeError("truncated: " + Twine(img.size()) + " bytes is shorter than the header");
  ImageInfo info;
  rrld_header &h = info.h;
  h = readHeader(img);
  if (h.magic != RRLD_MAGIC)
    return makeError("bad magic: not an rrld image");
  if (h.version != RRLD_VERSION)
    return makeError("unsupported format version " + Twine(h.version));
  if (h.header_size != RRLD_HEADER_SIZE)
    return makeError("header_size is " + Twine(h.header_size) + ", expected " +
                Twine(RRLD_HEADER_SIZE));
  if (h.flags & ~RRLD_FLAGS_KNOWN)
    return makeError("unknown flags 0x" + Twine::utohexstr(h.flags));
  if (h.reserved0 || h.reserved1[0] || h.reserved1[1] || h.reserved1[2])
    return makeError("reserved header fields are not zero");
  if (h.image_size > img.size())
    return makeError("truncated: header says " + Twine(h.image_size) + " bytes, have " +
                Twine(img.size()));
  if (h.ro_align_log2 < RRLD_MIN_ALIGN_LOG2 || h.ro_align_log2 > RRLD_MAX_ALIGN_LOG2 ||
      h.rw_align_log2 < RRLD_MIN_ALIGN_LOG2 || h.rw_align_log2 > RRLD_MAX_ALIGN_LOG2)
    return makeError("alignment out of range");
  if (h.stack_size % 8 || h.ro_size % 4 || h.rw_init_offset % 4 || h.rw_init_size % 4 ||
      h.tables_offset % 4 || h.rw_ro_table_size % 4 || h.rw_rw_table_size % 4 ||
      h.ro_ro_table_size % 4)
    return makeError("a size or offset is not a multiple of 4 (stack_size: 8)");
  // Overflow-safe: every comparison subtracts from a bound already checked.
  uint32_t size = h.image_size;
  if (h.ro_size < RRLD_HEADER_SIZE || h.ro_size > size || h.rw_init_offset < h.ro_size ||
      h.rw_init_offset > size || h.rw_init_size > size - h.rw_init_offset ||
      h.tables_offset < h.rw_init_offset + h.rw_init_size || h.tables_offset > size ||
      h.rw_ro_table_size > size - h.tables_offset ||
      h.rw_rw_table_size > size - h.tables_offset - h.rw_ro_table_size ||
      h.ro_ro_table_size != size - h.tables_offset - h.rw_ro_table_size - h.rw_rw_table_size)
    return makeError("segments and tables do not tile the image");
  if (!(h.entry & 1) || h.entry - 1 < RRLD_HEADER_SIZE || h.entry - 1 >= h.ro_size)
    return makeError("entry point 0x" + Twine::utohexstr(h.entry) + " is not Thumb code in RO");

  uint32_t t = h.tables_offset;
  auto rwRo = decodeStream(img, t, h.rw_ro_table_size, 0, h.rw_init_size, "RW->RO");
  if (!rwRo)
    return rwRo.takeError();
  t += h.rw_ro_table_size;
  auto rwRw = decodeStream(img, t, h.rw_rw_table_size, 0, h.rw_init_size, "RW->RW");
  if (!rwRw)
    return rwRw.takeError();
  t += h.rw_rw_table_size;
  auto roRo = decodeStream(img, t, h.ro_ro_table_size, RRLD_HEADER_SIZE, h.ro_size, "RO->RO");
  if (!roRo)
    return roRo.takeError();
  info.rwRo = std::move(*rwRo);
  info.rwRw = std::move(*rwRw);
  info.roRo = std::move(*roRo);

  uint32_t crc = computeCrc(img);
  if (crc != h.crc32)
    return makeError("integrity check failed: CRC-32 is 0x" + Twine::utohexstr(crc) +
                ", header says 0x" + Twine::utohexstr(h.crc32));
  return info;
}

Expected<std::vector<uint8_t>> extractImage(const LinkedElf &elf) {
  const OutSection *hdr = elf.findSection(".rrld_header");
  if (!hdr || elf.contents(*hdr).size() < RRLD_HEADER_SIZE)
    return makeError("the ELF has no image header (.rrld_header); was it linked by rrld?");
  rrld_header h = readHeader(elf.contents(*hdr));
  if (h.magic != RRLD_MAGIC)
    return makeError("the ELF's .rrld_header holds no rrld image header; was it linked by rrld?");
  if (hdr->addr != h.ro_link_addr || (!elf.rw.empty() && elf.rw.lo != h.rw_link_addr))
    return makeError("this ELF was placed at fixed addresses by 'rrld place' (RO at 0x" +
                Twine::utohexstr(hdr->addr) +
                "); it is no longer a relocatable image: use the image 'rrld' linked, or "
                "the flat binary 'rrld place' wrote");
  // Sizes are bounded by the ELF itself before anything is allocated.
  if (h.ro_size < RRLD_HEADER_SIZE || h.rw_init_offset < h.ro_size ||
      h.rw_init_offset > h.image_size || h.rw_init_size > h.image_size - h.rw_init_offset ||
      h.tables_offset < h.rw_init_offset + h.rw_init_size || h.tables_offset > h.image_size ||
      h.image_size > elf.bytes.size() + uint64_t(elf.ro.size()))
    return makeError("the ELF's image header is inconsistent");
  std::vector<uint8_t> img(h.image_size, 0);
  for (const OutSection &s : elf.sections) {
    // Empty sections hold nothing (an image without RW data still has an
    // empty .data, at an address no non-empty RW section defines).
    if (s.seg == Seg::None || !s.hasBits() || s.size == 0)
      continue;
    ArrayRef<uint8_t> c = elf.contents(s);
    uint32_t base = s.seg == Seg::RO ? hdr->addr : elf.rw.lo;
    uint32_t limit = s.seg == Seg::RO ? h.ro_size : h.rw_init_size;
    uint32_t at = s.addr - base;
    if (at > limit || c.size() > limit - at)
      return makeError("section " + s.name + " lies outside the segment the header describes");
    if (s.seg == Seg::RW)
      at += h.rw_init_offset;
    std::copy(c.begin(), c.end(), img.begin() + at);
  }
  const OutSection *tables = elf.findSection(".rrld.tables");
  uint32_t tableBytes = h.image_size - h.tables_offset;
  if (!tables || tables->size != tableBytes)
    return makeError("the ELF's .rrld.tables section is missing or does not match the header");
  ArrayRef<uint8_t> c = elf.contents(*tables);
  std::copy(c.begin(), c.end(), img.begin() + h.tables_offset);
  return img;
}

Expected<std::vector<uint8_t>> readImageFile(StringRef path, std::optional<LinkedElf> *elfOut) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> mb = MemoryBuffer::getFile(path, /*IsText=*/false,
                                                                   /*RequiresNullTerminator=*/false);
  if (!mb)
    return makeError("cannot open " + path + ": " + mb.getError().message());
  ArrayRef<uint8_t> data = arrayRefFromStringRef((*mb)->getBuffer());
  if (!isElf(data))
    return std::vector<uint8_t>(data.begin(), data.end());
  Expected<LinkedElf> elf = LinkedElf::read(std::move(*mb));
  if (!elf)
    return elf.takeError();
  Expected<std::vector<uint8_t>> img = extractImage(*elf);
  if (!img)
    return makeError(path + ": " + toString(img.takeError()));
  if (elfOut)
    *elfOut = std::move(*elf);
  return img;
}

} // namespace rrld
