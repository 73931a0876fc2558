//===- Image.cpp ----------------------------------------------------------===//
#include "Image.h"

#include "Context.h"
#include "Relr.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CRC.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/MemoryBuffer.h"

#include <algorithm>
#include <cstring>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace llvm;
using llvm::support::endian::read32le;
using llvm::support::endian::write32le;

namespace rrld {

Expected<Tables> encodeTables(const Classified &c, const ImageLayout &l) {
  Tables t;
  for (auto [out, offsets, start, size, what] :
       {std::tuple{&t.rwRo, &c.rwRo, 0u, l.rwInitSize, "RW->RO"},
        std::tuple{&t.rwRw, &c.rwRw, 0u, l.rwInitSize, "RW->RW"},
        std::tuple{&t.roRo, &c.roRo, uint32_t(RRLD_HEADER_SIZE), l.roSize, "RO->RO"}}) {
    Expected<std::vector<uint8_t>> s = encodeStream(*offsets, start, size);
    if (!s)
      return createStringError(inconvertibleErrorCode(), Twine("the ") + what + " table: " +
                                                             toString(s.takeError()));
    *out = std::move(*s);
  }
  return t;
}

rrld_header readHeader(ArrayRef<uint8_t> img) {
  assert(img.size() >= RRLD_HEADER_SIZE);
  const uint8_t *p = img.data();
  rrld_header h{};
  h.magic = read32le(p + RRLD_OFF_MAGIC);
  h.crc32 = read32le(p + RRLD_OFF_CRC32);
  h.version = read32le(p + RRLD_OFF_VERSION);
  h.flags = read32le(p + RRLD_OFF_FLAGS);
  h.image_size = read32le(p + RRLD_OFF_IMAGE_SIZE);
  h.ro_align_log2 = p[RRLD_OFF_RO_ALIGN_LOG2];
  h.ro_align_pad = p[RRLD_OFF_RO_ALIGN_LOG2 + 1];
  h.rw_align_log2 = p[RRLD_OFF_RW_ALIGN_LOG2];
  h.rw_align_pad = p[RRLD_OFF_RW_ALIGN_LOG2 + 1];
  h.ro_size = read32le(p + RRLD_OFF_RO_SIZE);
  h.rw_init_size = read32le(p + RRLD_OFF_RW_INIT_SIZE);
  h.rw_ro_table_size = read32le(p + RRLD_OFF_RW_RO_TABLE_SIZE);
  h.rw_rw_table_size = read32le(p + RRLD_OFF_RW_RW_TABLE_SIZE);
  h.ro_ro_table_size = read32le(p + RRLD_OFF_RO_RO_TABLE_SIZE);
  h.rw_zero_size = read32le(p + RRLD_OFF_RW_ZERO_SIZE);
  h.entry = read32le(p + RRLD_OFF_ENTRY);
  h.stack_size = read32le(p + RRLD_OFF_STACK_SIZE);
  h.heap_size = read32le(p + RRLD_OFF_HEAP_SIZE);
  h.ro_link_addr = read32le(p + RRLD_OFF_RO_LINK_ADDR);
  h.rw_link_addr = read32le(p + RRLD_OFF_RW_LINK_ADDR);
  h.ro_patched_addr = read32le(p + RRLD_OFF_RO_PATCHED_ADDR);
  std::memcpy(h.reserved, p + RRLD_OFF_RESERVED, sizeof(h.reserved));
  return h;
}

void writeHeader(MutableArrayRef<uint8_t> img, const rrld_header &h) {
  assert(img.size() >= RRLD_HEADER_SIZE);
  uint8_t *p = img.data();
  write32le(p + RRLD_OFF_MAGIC, h.magic);
  write32le(p + RRLD_OFF_CRC32, h.crc32);
  write32le(p + RRLD_OFF_VERSION, h.version);
  write32le(p + RRLD_OFF_FLAGS, h.flags);
  write32le(p + RRLD_OFF_IMAGE_SIZE, h.image_size);
  p[RRLD_OFF_RO_ALIGN_LOG2] = h.ro_align_log2;
  p[RRLD_OFF_RO_ALIGN_LOG2 + 1] = h.ro_align_pad;
  p[RRLD_OFF_RW_ALIGN_LOG2] = h.rw_align_log2;
  p[RRLD_OFF_RW_ALIGN_LOG2 + 1] = h.rw_align_pad;
  write32le(p + RRLD_OFF_RO_SIZE, h.ro_size);
  write32le(p + RRLD_OFF_RW_INIT_SIZE, h.rw_init_size);
  write32le(p + RRLD_OFF_RW_RO_TABLE_SIZE, h.rw_ro_table_size);
  write32le(p + RRLD_OFF_RW_RW_TABLE_SIZE, h.rw_rw_table_size);
  write32le(p + RRLD_OFF_RO_RO_TABLE_SIZE, h.ro_ro_table_size);
  write32le(p + RRLD_OFF_RW_ZERO_SIZE, h.rw_zero_size);
  write32le(p + RRLD_OFF_ENTRY, h.entry);
  write32le(p + RRLD_OFF_STACK_SIZE, h.stack_size);
  write32le(p + RRLD_OFF_HEAP_SIZE, h.heap_size);
  write32le(p + RRLD_OFF_RO_LINK_ADDR, h.ro_link_addr);
  write32le(p + RRLD_OFF_RW_LINK_ADDR, h.rw_link_addr);
  write32le(p + RRLD_OFF_RO_PATCHED_ADDR, h.ro_patched_addr);
  std::memcpy(p + RRLD_OFF_RESERVED, h.reserved, sizeof(h.reserved));
}

bool partsTileImage(const rrld_header &h) {
  uint64_t sum = uint64_t(h.ro_size) + h.rw_init_size + h.rw_ro_table_size +
                 h.rw_rw_table_size + h.ro_ro_table_size;
  return ((sum + 3) & ~uint64_t(3)) == h.image_size;
}

uint32_t computeCrc(ArrayRef<uint8_t> img) {
  rrld_header h = readHeader(img);
  assert(h.image_size >= RRLD_CRC_START && h.image_size <= img.size());
  return llvm::crc32(img.slice(RRLD_CRC_START, h.image_size - RRLD_CRC_START));
}

std::vector<uint8_t> buildImage(const LinkedElf &elf, const ImageLayout &l, const Tables &t,
                                const Options &opts, ArrayRef<CodePatch> code) {
  // computeLayout already padded the RW initial data and rounded the zeros;
  // the tables were encoded against that size.
  assert(l.rwInitSize % RRLD_RW_INIT_ALIGN == 0 && "RW initial data is not padded");
  assert(l.rwZeroSize % RRLD_RAM_ALIGN == 0 && "RW's zeroed part is not rounded");
  rrld_header h{};
  h.magic = RRLD_MAGIC;
  h.version = RRLD_VERSION;
  h.flags = 0;
  h.ro_align_log2 = l.roAlignLog2;
  h.rw_align_log2 = l.rwAlignLog2;
  h.ro_size = l.roSize;
  h.rw_init_size = l.rwInitSize;
  h.rw_ro_table_size = t.rwRo.size();
  h.rw_rw_table_size = t.rwRw.size();
  h.ro_ro_table_size = t.roRo.size();
  h.rw_zero_size = l.rwZeroSize;
  h.entry = l.entry;
  h.stack_size = opts.stackSize;
  h.heap_size = opts.heapSize;
  h.ro_link_addr = l.roLink;
  h.rw_link_addr = l.rwLink;
  h.ro_patched_addr = l.roLink; // RO->RO words hold link-time values
  h.image_size = tablesOffset(h) + t.bytes();
  // computeLayout and the options checked the sizes against the format's
  // limit; a stream is never larger than the segment it lists words of.
  assert(std::max({h.ro_size, h.rw_init_size, h.rw_ro_table_size, h.rw_rw_table_size,
                   h.ro_ro_table_size, h.rw_zero_size, h.stack_size}) < RRLD_SIZE_LIMIT &&
         "a size is over the format's limit");

  // Zero-filled: the bytes no section covers (gaps, the padding of the RW
  // initial data up to a multiple of 16, and the tables' to a word) stay
  // zero.
  std::vector<uint8_t> img(h.image_size, 0);
  for (const OutSection &s : elf.sections) {
    if (s.seg == Seg::None || !s.hasBits() || s.name == ".rrld_header")
      continue;
    uint32_t at =
        s.seg == Seg::RO ? s.addr - l.roLink : rwInitOffset(h) + (s.addr - l.rwLink);
    ArrayRef<uint8_t> c = elf.contents(s);
    std::copy(c.begin(), c.end(), img.begin() + at);
  }
  for (const CodePatch &c : code)
    std::copy(c.bytes.begin(), c.bytes.end(), img.begin() + (c.addr - l.roLink));
  uint8_t *p = img.data() + tablesOffset(h);
  for (const std::vector<uint8_t> *v : {&t.rwRo, &t.rwRw, &t.roRo})
    p = std::copy(v->begin(), v->end(), p);
  writeHeader(img, h);
  h.crc32 = computeCrc(img);
  writeHeader(img, h);
  return img;
}

// Decodes one stream, `size` bytes at image offset `off`, naming words of a
// segment whose relocatable part is [start, segSize).  decodeStream checks
// every rule.
static Expected<std::vector<uint32_t>> decodeImageStream(ArrayRef<uint8_t> img, uint32_t off,
                                                         uint32_t size, uint32_t start,
                                                         uint32_t segSize, const char *what) {
  Expected<std::vector<uint32_t>> words = decodeStream(img.slice(off, size), start, segSize);
  if (!words)
    return makeError(Twine(what) + " table: " + toString(words.takeError()));
  return words;
}

// A check value as 0x and eight hex digits, leading zeros included.
static std::string hex8(uint32_t v) {
  std::string s = "0x" + utohexstr(v, /*LowerCase=*/true);
  s.insert(2, 10 - s.size(), '0');
  return s;
}

Expected<ImageInfo> parseImage(ArrayRef<uint8_t> img, bool crcChecked) {
  if (img.size() < RRLD_HEADER_SIZE)
    return makeError("truncated: " + Twine(img.size()) + " bytes is shorter than the header");
  ImageInfo info;
  rrld_header &h = info.h;
  h = readHeader(img);
  if (h.magic != RRLD_MAGIC)
    return makeError("bad magic: not an rrld image");
  if (h.version != RRLD_VERSION)
    return makeError("unsupported format version " + Twine(h.version) + " (rrld reads version " +
                     Twine(RRLD_VERSION) + ")");
  if (h.flags & ~RRLD_FLAGS_KNOWN)
    return makeError("unknown flags 0x" + Twine::utohexstr(h.flags));
  if (h.image_size > img.size())
    return makeError("truncated: header says " + Twine(h.image_size) + " bytes, have " +
                     Twine(img.size()));
  // The rest in the device's order (docs/format.md, "Invariants a loader
  // checks"), so that the first problem named here is the one whose code
  // rrld_verify returns.  First the alignment bytes and the zero byte after
  // each (RRLD_E_ALIGN).
  // (unsigned, not uint8_t: Twine would print a uint8_t as a character)
  for (auto [what, log2, pad] :
       {std::tuple{"ro_align_log2", unsigned(h.ro_align_log2), unsigned(h.ro_align_pad)},
        std::tuple{"rw_align_log2", unsigned(h.rw_align_log2), unsigned(h.rw_align_pad)}}) {
    if (log2 < RRLD_MIN_ALIGN_LOG2 || log2 > RRLD_MAX_ALIGN_LOG2)
      return makeError(Twine(what) + " is " + Twine(log2) + ", outside [" +
                       Twine(RRLD_MIN_ALIGN_LOG2) + ", " + Twine(RRLD_MAX_ALIGN_LOG2) + "]");
    if (pad)
      return makeError("the byte after " + Twine(what) + " is 0x" + Twine::utohexstr(pad) +
                       ", not zero");
  }
  // The sizes: first their multiples (RRLD_E_ALIGN): RO and RW's initial
  // data lie back to back in words, RW's initial data is copied 16 bytes at
  // a time, and the stack and .bss keep RAM 8-aligned (the streams are
  // bytes); then every size below 256 MiB (RRLD_E_LAYOUT), so that no sum
  // passes 2^32.
  const std::tuple<const char *, uint32_t, uint32_t> sizes[] = {
      {"ro_size", h.ro_size, 4u},
      {"rw_init_size", h.rw_init_size, RRLD_RW_INIT_ALIGN},
      {"rw_ro_table_size", h.rw_ro_table_size, 1u},
      {"rw_rw_table_size", h.rw_rw_table_size, 1u},
      {"ro_ro_table_size", h.ro_ro_table_size, 1u},
      {"image_size", h.image_size, 4u},
      {"rw_zero_size", h.rw_zero_size, RRLD_RAM_ALIGN},
      {"stack_size", h.stack_size, RRLD_RAM_ALIGN}};
  for (auto [what, size, multiple] : sizes)
    if (size % multiple)
      return makeError(Twine(what) + " " + Twine(size) + " is not a multiple of " +
                       Twine(multiple));
  for (auto [what, size, multiple] : sizes)
    if (size >= RRLD_SIZE_LIMIT)
      return makeError(Twine(what) + " 0x" + Twine::utohexstr(size) +
                       " is not below the format's size limit 0x" +
                       Twine::utohexstr(RRLD_SIZE_LIMIT) + " (256 MiB)");
  // The parts lie back to back and end the image (RRLD_E_LAYOUT).
  if (!partsTileImage(h))
    return makeError("the parts do not add up to the image: ro_size " + Twine(h.ro_size) +
                     " + rw_init_size " + Twine(h.rw_init_size) + " + table sizes " +
                     Twine(h.rw_ro_table_size) + " + " + Twine(h.rw_rw_table_size) + " + " +
                     Twine(h.ro_ro_table_size) + " = " +
                     Twine(uint64_t(h.ro_size) + h.rw_init_size + h.rw_ro_table_size +
                           h.rw_rw_table_size + h.ro_ro_table_size) +
                     ", rounded up to a multiple of 4, is not image_size " +
                     Twine(h.image_size));
  // The entry point (RRLD_E_ENTRY), which also makes RO hold the header.
  if (h.ro_size < RRLD_HEADER_SIZE)
    return makeError("ro_size " + Twine(h.ro_size) + " is smaller than the " +
                     Twine(RRLD_HEADER_SIZE) + "-byte header it holds");
  if (!(h.entry & 1) || h.entry - 1 < RRLD_HEADER_SIZE || h.entry - 1 >= h.ro_size)
    return makeError("entry point 0x" + Twine::utohexstr(h.entry) +
                     " is not Thumb code in RO past the header");

  // Then the integrity check, and only then the streams, so that a corrupt
  // image is reported as such.
  uint32_t crc = crcChecked ? h.crc32 : computeCrc(img);
  if (crc != h.crc32)
    return makeError("integrity check failed: CRC-32 is " + hex8(crc) + ", header says " +
                     hex8(h.crc32));

  // The RW streams name words of RW's initial data (.bss holds zeros, never
  // addresses); RO->RO never the header.
  uint32_t t = tablesOffset(h);
  auto rwRo = decodeImageStream(img, t, h.rw_ro_table_size, 0, h.rw_init_size, "RW->RO");
  if (!rwRo)
    return rwRo.takeError();
  t += h.rw_ro_table_size;
  auto rwRw = decodeImageStream(img, t, h.rw_rw_table_size, 0, h.rw_init_size, "RW->RW");
  if (!rwRw)
    return rwRw.takeError();
  t += h.rw_rw_table_size;
  auto roRo = decodeImageStream(img, t, h.ro_ro_table_size, RRLD_HEADER_SIZE, h.ro_size, "RO->RO");
  if (!roRo)
    return roRo.takeError();
  info.rwRo = std::move(*rwRo);
  info.rwRw = std::move(*rwRw);
  info.roRo = std::move(*roRo);
  // The streams' padding up to a word: rrld writes zeros (the integrity
  // check covers them; loaders ignore them).
  for (uint32_t i = t + h.ro_ro_table_size; i < h.image_size; ++i)
    if (img[i])
      return makeError("the tables' padding byte at image offset " + Twine(i) + " is 0x" +
                       Twine::utohexstr(img[i]) + ", not zero");

  // Loaders ignore the reserved bytes, but rrld writes them as zero: other
  // bytes there come from another writer, or a later format this tool does
  // not know.
  for (unsigned i = 0; i < sizeof(h.reserved); ++i)
    if (h.reserved[i])
      return makeError("reserved header byte " + Twine(RRLD_OFF_RESERVED + i) + " is 0x" +
                       Twine::utohexstr(h.reserved[i]) +
                       ", not zero (rrld writes bytes " + Twine(RRLD_OFF_RESERVED) + ".." +
                       Twine(RRLD_HEADER_SIZE - 1) + " as zero; loaders ignore them)");
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
  if (h.ro_size < RRLD_HEADER_SIZE || !partsTileImage(h) ||
      h.image_size > elf.bytes.size() + uint64_t(elf.ro.size()))
    return makeError("the ELF's image header is inconsistent: its sizes do not add up to "
                     "image_size, or are larger than the ELF");
  // Where each section's bytes go in the image; the gaps between them are
  // zeros.
  struct Piece {
    uint32_t at;
    ArrayRef<uint8_t> bytes;
  };
  std::vector<Piece> pieces;
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
      at += rwInitOffset(h);
    pieces.push_back({at, c});
  }
  // The streams and their padding end the image.
  const OutSection *tables = elf.findSection(".rrld.tables");
  uint32_t tableBytes = h.image_size - tablesOffset(h);
  if (!tables || tables->size != tableBytes)
    return makeError("the ELF's .rrld.tables section is missing or does not match the header");
  pieces.push_back({tablesOffset(h), elf.contents(*tables)});

  // Written in image order, each byte once, when the pieces do not overlap
  // (lld's output); else zeros, then each piece over them in section order.
  std::vector<uint8_t> img;
  std::vector<Piece> sorted = pieces;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const Piece &a, const Piece &b) { return a.at < b.at; });
  img.reserve(h.image_size);
  bool inOrder = true;
  for (const Piece &p : sorted) {
    if (p.at < img.size()) {
      inOrder = false;
      break;
    }
    img.resize(p.at, 0);
    img.insert(img.end(), p.bytes.begin(), p.bytes.end());
  }
  if (!inOrder || img.size() != h.image_size) {
    img.assign(h.image_size, 0);
    for (const Piece &p : pieces)
      std::copy(p.bytes.begin(), p.bytes.end(), img.begin() + p.at);
  }
  return img;
}

namespace {
// A file read into anonymous memory backed by a transparent huge page where
// the kernel offers them (madvise mode, Linux's default).  `rrld place`
// changes pages all over the ELF it reads (contents, symbols, relocations):
// in a private file mapping each is a copy-on-write fault, some 200 for a
// 1 MB ELF, which cost 14 us each on some virtual machines; here it is one
// fault, and read() copies the file.
class HugePageFileBuffer final : public WritableMemoryBuffer {
  void *map;
  size_t mapLen;
  std::string name;

public:
  HugePageFileBuffer(void *map, size_t mapLen, uint8_t *start, size_t size, StringRef name)
      : map(map), mapLen(mapLen), name(name) {
    init(reinterpret_cast<char *>(start), reinterpret_cast<char *>(start) + size,
         /*RequiresNullTerminator=*/false);
  }
  ~HugePageFileBuffer() override { munmap(map, mapLen); }
  StringRef getBufferIdentifier() const override { return name; }
  BufferKind getBufferKind() const override { return MemoryBuffer_Malloc; }

  // Null when the file is small (a few faults cost less than clearing a
  // 2 MiB page) or anything fails: the caller then maps the file.
  static std::unique_ptr<WritableMemoryBuffer> read(StringRef path) {
    constexpr size_t huge = size_t(2) << 20, minSize = size_t(256) << 10;
    SmallString<256> p(path);
    int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
      return nullptr;
    struct stat st;
    std::unique_ptr<WritableMemoryBuffer> out;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && size_t(st.st_size) >= minSize) {
      size_t size = st.st_size;
      size_t len = ((size + huge - 1) & ~(huge - 1)) + huge; // room to align
      void *map = mmap(nullptr, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (map != MAP_FAILED) {
        auto *start = reinterpret_cast<uint8_t *>(
            (reinterpret_cast<uintptr_t>(map) + huge - 1) & ~uintptr_t(huge - 1));
        // A hint (without it, 4 KiB pages), over whole huge pages: the
        // kernel backs only those that lie entirely in the advised range.
        madvise(start, (size + huge - 1) & ~(huge - 1), MADV_HUGEPAGE);
        if (readFully(fd, MutableArrayRef<char>(reinterpret_cast<char *>(start), size)) == size)
          out = std::make_unique<HugePageFileBuffer>(map, len, start, size, path);
        else
          munmap(map, len);
      }
    }
    ::close(fd);
    return out;
  }
};
} // namespace

Expected<std::vector<uint8_t>> readImageFile(StringRef path, std::optional<LinkedElf> *elfOut,
                                             bool writable) {
  // A writable buffer is a private copy: for a large file, in a huge page
  // (HugePageFileBuffer), else a private mapping, where the kernel copies the
  // pages the caller changes.
  MutableArrayRef<uint8_t> mutableData;
  ErrorOr<std::unique_ptr<MemoryBuffer>> mb = std::make_error_code(std::errc::invalid_argument);
  if (writable) {
    ErrorOr<std::unique_ptr<WritableMemoryBuffer>> w = HugePageFileBuffer::read(path);
    if (!*w)
      w = WritableMemoryBuffer::getFile(path);
    if (w) {
      mutableData = MutableArrayRef<uint8_t>(
          reinterpret_cast<uint8_t *>((*w)->getBufferStart()), (*w)->getBufferSize());
      mb = std::unique_ptr<MemoryBuffer>(std::move(*w));
    } else {
      mb = w.getError();
    }
  } else {
    mb = MemoryBuffer::getFile(path, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  }
  if (!mb)
    return makeError("cannot open " + path + ": " + mb.getError().message());
  ArrayRef<uint8_t> data = arrayRefFromStringRef((*mb)->getBuffer());
  if (!isElf(data))
    return std::vector<uint8_t>(data.begin(), data.end());
  // The image is built from the sections alone.
  Expected<LinkedElf> elf = LinkedElf::read(std::move(*mb), LinkedElf::Parts::Sections);
  if (!elf)
    return elf.takeError();
  elf->writableBytes = mutableData;
  Expected<std::vector<uint8_t>> img = extractImage(*elf);
  if (!img)
    return makeError(path + ": " + toString(img.takeError()));
  if (elfOut)
    *elfOut = std::move(*elf);
  return img;
}

} // namespace rrld
