//===- Tbf.cpp - rrld images in Tock Binary Format ------------------------===//
//
// The writer follows elf2tab's choices for Cortex-M where the kernel leaves
// a choice (a power-of-two total size of at least 512 bytes, padding as
// reserved credentials footers, the kernel-heap share of minimum_ram_size);
// the reader follows tock-tbf's parse.rs rule by rule, and adds the checks
// that make a TBF one rrld wrote (an image right after the protected
// region, an entry that is the image's).
//
//===----------------------------------------------------------------------===//
#include "Tbf.h"

#include "Context.h"
#include "Image.h"

#include "rrld/relocator.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/SHA256.h"

#include <algorithm>

using namespace llvm;
using llvm::support::endian::read16le;
using llvm::support::endian::read32le;
using llvm::support::endian::write16le;
using llvm::support::endian::write32le;

namespace rrld {

// TLV value lengths the kernel insists on.
constexpr uint16_t PROGRAM_LEN = 20, MAIN_LEN = 12, KERNEL_VERSION_LEN = 4,
                   FIXED_ADDRESSES_LEN = 8, SHORT_ID_LEN = 4, WFR_ENTRY_LEN = 8;

uint64_t tbfImageRam(const rrld_header &h) {
  // The loader puts RW at align_up(stack_top, rw_align) with stack_top
  // 8-aligned (docs/format.md, "Placement rules"): at most rw_align - 8
  // bytes of padding, whatever the RAM start.
  uint64_t rwAlign = uint64_t(1) << h.rw_align_log2;
  uint64_t pad = rwAlign > RRLD_RAM_ALIGN ? rwAlign - RRLD_RAM_ALIGN : 0;
  // The sizes but heap_size are below 2^28 in a verified image; heap_size
  // is any 32-bit number, so the sum may pass 2^32.
  return uint64_t(h.stack_size) + pad + h.rw_init_size + h.rw_zero_size + h.heap_size;
}

Expected<uint32_t> tbfMinimumRamSize(const rrld_header &h, uint32_t kernelHeap,
                                     uint32_t ramExtra) {
  // In 64 bits: a kernel heap of 0xfffffffd rounds up past 2^32.
  uint64_t ram = tbfImageRam(h) + alignTo(uint64_t(kernelHeap), 4) + ramExtra;
  ram = alignTo(ram, RRLD_RAM_ALIGN);
  if (ram > UINT32_MAX)
    return makeError("minimum_ram_size " + Twine(ram) + " (the image's stack, RW and heap: " +
                     Twine(tbfImageRam(h)) + ", the kernel heap: " + Twine(kernelHeap) +
                     ", the extra: " + Twine(ramExtra) + ") does not fit in 32 bits");
  return uint32_t(ram);
}

static uint32_t tlvSize(uint32_t valueLen) { return 4 + uint32_t(alignTo(valueLen, 4)); }

Expected<TbfLayout> tbfLayout(const rrld_header &h, const TbfSettings &s) {
  if (s.name.size() > TBF_NAME_MAX)
    return makeError("package name of " + Twine(s.name.size()) + " bytes; at most " +
                     Twine(TBF_NAME_MAX) + " are allowed");
  TbfLayout l;
  uint32_t header = TBF_BASE_SIZE + tlvSize(PROGRAM_LEN) + tlvSize(MAIN_LEN) +
                    tlvSize(KERNEL_VERSION_LEN);
  if (!s.name.empty())
    header += tlvSize(uint32_t(s.name.size()));
  l.headerSize = header;
  // The image must start aligned for its RO; the TBF start is aligned to
  // total_size, which is made at least as large as that alignment.
  uint32_t roAlign = uint32_t(1) << h.ro_align_log2;
  l.imageOffset = uint32_t(alignTo(header, roAlign));
  l.protectedTrailer = l.imageOffset - header;
  uint64_t end = uint64_t(l.imageOffset) + h.image_size;
  uint64_t content = end + (s.sha256 ? TBF_SHA256_FOOTER : 0);
  uint64_t total = std::max<uint64_t>({PowerOf2Ceil(content), TBF_MIN_TOTAL, roAlign});
  if (total > (uint64_t(1) << 31))
    return makeError("the TBF would be " + Twine(total) + " bytes; at most 2 GiB fit");
  l.binaryEnd = uint32_t(end);
  l.totalSize = uint32_t(total);
  // The kernel jumps to flash start + header_size + init_fn_offset (and sets
  // the Thumb bit itself); elf2tab stores the ELF entry with its bit set.
  l.initFnOffset = l.protectedTrailer + h.entry;
  if (s.minimumRamSize) {
    if (*s.minimumRamSize < tbfImageRam(h))
      return makeError("minimum_ram_size " + Twine(*s.minimumRamSize) +
                       " is less than the image's stack, RW and heap need (" +
                       Twine(tbfImageRam(h)) + ")");
    l.minimumRamSize = *s.minimumRamSize;
  } else {
    Expected<uint32_t> ram = tbfMinimumRamSize(h, s.kernelHeap, s.ramExtra);
    if (!ram)
      return ram.takeError();
    l.minimumRamSize = *ram;
  }
  return l;
}

uint32_t tbfChecksum(ArrayRef<uint8_t> header) {
  uint32_t sum = 0;
  for (size_t i = 0; i + 4 <= header.size(); i += 4)
    if (i != 12)
      sum ^= read32le(header.data() + i);
  return sum;
}

namespace {
// Appends TLVs to a byte vector, each padded to 4 bytes.
struct TlvWriter {
  std::vector<uint8_t> &out;
  void tlv(uint16_t type, ArrayRef<uint8_t> value) {
    size_t at = out.size();
    out.resize(at + tlvSize(uint32_t(value.size())), 0);
    write16le(&out[at], type);
    write16le(&out[at + 2], uint16_t(value.size()));
    std::copy(value.begin(), value.end(), out.begin() + at + 4);
  }
  void words(uint16_t type, std::initializer_list<uint32_t> ws) {
    std::vector<uint8_t> v(4 * ws.size());
    size_t i = 0;
    for (uint32_t w : ws)
      write32le(&v[4 * i++], w);
    tlv(type, v);
  }
};
} // namespace

Expected<std::vector<uint8_t>> buildTbf(ArrayRef<uint8_t> imageIn, const TbfSettings &s) {
  if (imageIn.size() < RRLD_HEADER_SIZE)
    return makeError("not an rrld image");
  std::vector<uint8_t> image(imageIn.begin(), imageIn.end());
  rrld_header h = readHeader(image);
  if (!s.name.empty()) {
    const UTF8 *p = reinterpret_cast<const UTF8 *>(s.name.data());
    if (!isLegalUTF8String(&p, p + s.name.size()))
      return makeError("package name '" + s.name + "' is not UTF-8");
  }
  Expected<TbfLayout> lay = tbfLayout(h, s);
  if (!lay)
    return lay.takeError();
  const TbfLayout &l = *lay;

  // RO->RO words are patched before anything covers them (the SHA-256).
  if (s.flashAddr) {
    uint32_t addr = *s.flashAddr;
    if (addr % l.totalSize)
      return makeError("--flash-addr " + hex(addr) + " is not a multiple of the TBF's " +
                       Twine(l.totalSize) +
                       "-byte total size: Tock's Cortex-M MPU needs an app aligned to its "
                       "power-of-two size");
    if (uint64_t(addr) + l.totalSize > (uint64_t(1) << 32))
      return makeError("--flash-addr " + hex(addr) + ": the " + Twine(l.totalSize) +
                       "-byte TBF would pass the end of the address space");
    if (h.ro_ro_table_size) {
      rrld_status st =
          rrld_patch_ro_in_place(image.data(), uint32_t(image.size()), addr + l.imageOffset);
      if (st != RRLD_OK)
        return makeError("cannot patch the image for " + hex(addr + l.imageOffset) + ": " +
                         rrld_status_name(st));
    }
  }

  std::vector<uint8_t> out;
  out.reserve(l.totalSize);
  out.resize(TBF_BASE_SIZE, 0);
  write16le(&out[0], TBF_VERSION);
  write16le(&out[2], uint16_t(l.headerSize));
  write32le(&out[4], l.totalSize);
  write32le(&out[8], TBF_FLAG_ENABLED);
  TlvWriter w{out};
  // Main, then Program, as elf2tab writes them: kernels that know Program
  // use it and ignore Main; older ones skip Program as unknown and use Main.
  w.words(TBF_TLV_MAIN, {l.initFnOffset, l.protectedTrailer, l.minimumRamSize});
  w.words(TBF_TLV_PROGRAM,
          {l.initFnOffset, l.protectedTrailer, l.minimumRamSize, l.binaryEnd, s.appVersion});
  if (!s.name.empty())
    w.tlv(TBF_TLV_PACKAGE_NAME, arrayRefFromStringRef(s.name));
  w.words(TBF_TLV_KERNEL_VERSION, {uint32_t(s.kernelMajor) | uint32_t(s.kernelMinor) << 16});
  assert(out.size() == l.headerSize);
  write32le(&out[12], tbfChecksum(out));

  out.resize(l.imageOffset, 0); // the protected trailer
  out.insert(out.end(), image.begin(), image.end());
  assert(out.size() == l.binaryEnd);

  // Footers: the credential, then the padding up to total_size as reserved
  // credentials (each TLV length fits 16 bits), as elf2tab pads; fewer than
  // 8 bytes cannot hold one and stay zero, which the kernel's footer loop
  // takes as the end of the footers.
  if (s.sha256) {
    std::array<uint8_t, 32> sum = SHA256::hash(ArrayRef<uint8_t>(out).take_front(l.binaryEnd));
    std::vector<uint8_t> v(4);
    write32le(v.data(), TBF_CRED_SHA256);
    v.insert(v.end(), sum.begin(), sum.end());
    w.tlv(TBF_TLV_CREDENTIALS, v);
  }
  uint32_t rem = l.totalSize - uint32_t(out.size());
  while (rem >= 8) {
    uint32_t chunk = std::min<uint32_t>(rem, 0x10000);
    if (rem - chunk != 0 && rem - chunk < 8)
      chunk -= 8;
    std::vector<uint8_t> v(chunk - 4, 0); // format 0 (reserved), then zeros
    w.tlv(TBF_TLV_CREDENTIALS, v);
    rem -= chunk;
  }
  out.resize(l.totalSize, 0);
  return out;
}

const char *tbfTlvName(uint16_t type) {
  switch (type) {
  case TBF_TLV_MAIN: return "Main";
  case TBF_TLV_WRITEABLE_FLASH_REGIONS: return "WriteableFlashRegions";
  case TBF_TLV_PACKAGE_NAME: return "PackageName";
  case TBF_TLV_FIXED_ADDRESSES: return "FixedAddresses";
  case TBF_TLV_PERMISSIONS: return "Permissions";
  case TBF_TLV_STORAGE_PERMISSIONS: return "StoragePermissions";
  case TBF_TLV_KERNEL_VERSION: return "KernelVersion";
  case TBF_TLV_PROGRAM: return "Program";
  case TBF_TLV_SHORT_ID: return "ShortId";
  case TBF_TLV_CREDENTIALS: return "Credentials";
  default: return "unknown";
  }
}

const char *tbfCredentialName(uint32_t format) {
  switch (format) {
  case TBF_CRED_RESERVED: return "Reserved";
  case TBF_CRED_RSA3072: return "Rsa3072Key";
  case TBF_CRED_RSA4096: return "Rsa4096Key";
  case TBF_CRED_SHA256: return "SHA256";
  case TBF_CRED_SHA384: return "SHA384";
  case TBF_CRED_SHA512: return "SHA512";
  case TBF_CRED_ECDSA_P256: return "EcdsaNistP256";
  default: return "unknown";
  }
}

// Data bytes each credentials format carries (TbfFooterV2Credentials).
static std::optional<uint32_t> credentialDataLen(uint32_t format) {
  switch (format) {
  case TBF_CRED_RESERVED: return 0;
  case TBF_CRED_RSA3072: return 768;
  case TBF_CRED_RSA4096: return 1024;
  case TBF_CRED_SHA256: return 32;
  case TBF_CRED_SHA384: return 48;
  case TBF_CRED_SHA512: return 64;
  case TBF_CRED_ECDSA_P256: return 64;
  default: return std::nullopt;
  }
}

bool looksLikeTbf(ArrayRef<uint8_t> file) {
  // TBF versions are small numbers (1 and 2 exist); an rrld image starts
  // "RR" and an ELF 0x7f 'E'.  Other versions are reported as such.
  if (file.size() < 2)
    return false;
  uint16_t version = read16le(file.data());
  return version != 0 && version < 16;
}

static std::string hexBytes(ArrayRef<uint8_t> bytes) { return toHex(bytes, /*LowerCase=*/true); }

Expected<TbfInfo> parseTbf(ArrayRef<uint8_t> f) {
  TbfInfo t;
  // parse_tbf_header_lengths: the first 8 bytes.
  if (f.size() < 8)
    return makeError("truncated: " + Twine(f.size()) +
                     " bytes, fewer than a TBF header's first 8");
  t.version = read16le(f.data());
  if (t.version != TBF_VERSION)
    return makeError("version " + Twine(t.version) + ", not 2 (the only TBF version Tock reads)");
  t.headerSize = read16le(f.data() + 2);
  t.totalSize = read32le(f.data() + 4);
  if (t.headerSize < TBF_BASE_SIZE)
    return makeError("header_size " + Twine(t.headerSize) + " is less than the 16-byte base header");
  if (t.headerSize > t.totalSize)
    return makeError("header_size " + Twine(t.headerSize) + " is larger than total_size " +
                     Twine(t.totalSize));
  if (f.size() < t.totalSize)
    return makeError("truncated: total_size is " + Twine(t.totalSize) + " but the file holds " +
                     Twine(f.size()) + " bytes");
  if (f.size() > t.totalSize)
    return makeError("the file holds " + Twine(f.size() - t.totalSize) +
                     " bytes after total_size " + Twine(t.totalSize) +
                     " (one TBF per file)");
  if (t.headerSize % 4)
    return makeError("header_size " + Twine(t.headerSize) +
                     " is not a multiple of 4 (TLVs are padded to 4 bytes)");

  // parse_tbf_header: the checksum, then the TLVs.
  ArrayRef<uint8_t> header = f.take_front(t.headerSize);
  t.flags = read32le(f.data() + 8);
  t.checksum = read32le(f.data() + 12);
  uint32_t sum = tbfChecksum(header);
  if (sum != t.checksum)
    return makeError("header checksum is 0x" + utohexstr(t.checksum) +
                     ", but the header's words XOR to 0x" + utohexstr(sum));
  uint32_t at = TBF_BASE_SIZE;
  bool sawProgram = false, sawMain = false;
  while (at < t.headerSize) {
    if (t.headerSize - at < 4)
      return makeError("TLV at offset " + Twine(at) + ": header_size " + Twine(t.headerSize) +
                       " ends inside its type and length");
    TbfTlv tlv{read16le(f.data() + at), read16le(f.data() + at + 2), at};
    uint32_t value = at + 4;
    uint32_t padded = uint32_t(alignTo(tlv.length, 4));
    std::string what = std::string("TLV ") + tbfTlvName(tlv.type) + " (type " +
                       std::to_string(tlv.type) + ") at offset " + std::to_string(at);
    if (padded > t.headerSize - value)
      return makeError(what + ": length " + Twine(tlv.length) +
                       (padded != tlv.length ? " (padded to " + Twine(padded) + ")" : Twine()) +
                       " runs past the header (header_size " + Twine(t.headerSize) + ")");
    auto exact = [&](uint16_t len) -> Error {
      if (tlv.length != len)
        return makeError(what + ": length " + Twine(tlv.length) + ", the kernel requires " +
                         Twine(len));
      return Error::success();
    };
    const uint8_t *v = f.data() + value;
    switch (tlv.type) {
    case TBF_TLV_PROGRAM:
      // The kernel keeps the first Program TLV and ignores the others.
      if (!sawProgram) {
        if (Error e = exact(PROGRAM_LEN))
          return e;
        sawProgram = true;
        t.hasProgram = true;
        t.initFnOffset = read32le(v);
        t.protectedTrailer = read32le(v + 4);
        t.minimumRamSize = read32le(v + 8);
        t.binaryEnd = read32le(v + 12);
        t.appVersion = read32le(v + 16);
      }
      break;
    case TBF_TLV_MAIN:
      if (!sawMain) {
        if (Error e = exact(MAIN_LEN))
          return e;
        sawMain = true;
        t.hasMain = true;
        if (!sawProgram) {
          t.initFnOffset = read32le(v);
          t.protectedTrailer = read32le(v + 4);
          t.minimumRamSize = read32le(v + 8);
        }
      }
      break;
    case TBF_TLV_WRITEABLE_FLASH_REGIONS:
      if (tlv.length % WFR_ENTRY_LEN)
        return makeError(what + ": length " + Twine(tlv.length) + " is not a multiple of " +
                         Twine(WFR_ENTRY_LEN));
      break;
    case TBF_TLV_PACKAGE_NAME: {
      const UTF8 *p = v;
      if (!isLegalUTF8String(&p, v + tlv.length))
        return makeError(what + ": the package name is not UTF-8");
      t.packageName = std::string(reinterpret_cast<const char *>(v), tlv.length);
      break;
    }
    case TBF_TLV_FIXED_ADDRESSES:
      if (Error e = exact(FIXED_ADDRESSES_LEN))
        return e;
      t.fixedAddresses = true;
      break;
    case TBF_TLV_KERNEL_VERSION:
      if (Error e = exact(KERNEL_VERSION_LEN))
        return e;
      t.kernelVersion = {read16le(v), read16le(v + 2)};
      break;
    case TBF_TLV_SHORT_ID:
      if (Error e = exact(SHORT_ID_LEN))
        return e;
      break;
    default:
      break; // the kernel skips what it does not know
    }
    t.tlvs.push_back(tlv);
    at = value + padded;
  }
  // A Program TLV ends the binary at binary_end_offset, a Main TLV at
  // total_size (get_binary_end).
  if (!sawProgram && !sawMain)
    return makeError("no Program or Main TLV: the kernel takes this TBF for padding, not an app");
  if (!sawProgram)
    t.binaryEnd = t.totalSize;
  if (!t.kernelVersion)
    return makeError("no KernelVersion TLV: kernels that require one refuse the app");

  // ProcessBinary::create and the process start.
  if (t.binaryEnd > t.totalSize)
    return makeError("binary_end_offset " + Twine(t.binaryEnd) + " is past total_size " +
                     Twine(t.totalSize));
  if (uint64_t(t.headerSize) + t.protectedTrailer > t.binaryEnd)
    return makeError("protected region (header_size " + Twine(t.headerSize) +
                     " + protected_trailer_size " + Twine(t.protectedTrailer) +
                     ") ends past binary_end_offset " + Twine(t.binaryEnd));
  uint64_t init = uint64_t(t.headerSize) + t.initFnOffset;
  if (init < t.protectedSize() || init >= t.binaryEnd)
    return makeError("init_fn_offset " + hex(t.initFnOffset) + " puts the entry at TBF offset " +
                     hex(init) + ", outside the binary [" + hex(t.protectedSize()) + ", " +
                     hex(t.binaryEnd) + ")");

  // Footers, as the kernel's credentials checker walks them: a TLV, then the
  // next one right after its length (no padding).
  t.sha256 = SHA256::hash(f.take_front(t.binaryEnd));
  at = t.binaryEnd;
  while (at < t.totalSize) {
    uint32_t left = t.totalSize - at;
    if (left < 8 && llvm::all_of(f.slice(at, left), [](uint8_t b) { return b == 0; })) {
      t.footerPadding = left;
      break;
    }
    if (left < 4)
      return makeError("footer at offset " + Twine(at) + ": total_size " + Twine(t.totalSize) +
                       " ends inside its type and length");
    TbfFooter ft{at, read16le(f.data() + at + 2), 0, false};
    uint16_t type = read16le(f.data() + at);
    std::string what = "footer at offset " + std::to_string(at);
    if (type != TBF_TLV_CREDENTIALS)
      return makeError(what + ": type " + Twine(type) + ", not a credentials footer (128)");
    if (ft.length > left - 4)
      return makeError(what + ": length " + Twine(ft.length) + " runs past total_size " +
                       Twine(t.totalSize));
    if (ft.length < 4)
      return makeError(what + ": length " + Twine(ft.length) +
                       " cannot hold the credentials format");
    ft.format = read32le(f.data() + at + 4);
    std::optional<uint32_t> dataLen = credentialDataLen(ft.format);
    if (!dataLen)
      return makeError(what + ": unknown credentials format " + Twine(ft.format));
    if (*dataLen > uint32_t(ft.length) - 4)
      return makeError(what + ": length " + Twine(ft.length) + " cannot hold the " +
                       tbfCredentialName(ft.format) + " credential's " + Twine(*dataLen) +
                       " bytes");
    if (ft.format == TBF_CRED_SHA256) {
      ArrayRef<uint8_t> stored = f.slice(at + 8, 32);
      if (!llvm::equal(stored, t.sha256))
        return makeError(what + ": SHA-256 credential " + hexBytes(stored) +
                         " does not match the integrity region [0, binary_end_offset " +
                         Twine(t.binaryEnd) + "), which hashes to " + hexBytes(t.sha256));
      ft.checked = true;
    }
    t.footers.push_back(ft);
    at += 4 + ft.length;
  }
  return t;
}

Expected<std::vector<uint8_t>> tbfImage(ArrayRef<uint8_t> f, const TbfInfo &t) {
  uint32_t start = t.protectedSize();
  uint32_t avail = t.binaryEnd - start;
  if (avail < RRLD_HEADER_SIZE || read32le(f.data() + start) != RRLD_MAGIC)
    return makeError("no rrld image at the end of the protected region (offset " +
                     Twine(start) + ")");
  uint32_t size = read32le(f.data() + start + RRLD_OFF_IMAGE_SIZE);
  if (size != avail)
    return makeError("the rrld image at offset " + Twine(start) + " is " + Twine(size) +
                     " bytes, but binary_end_offset " + Twine(t.binaryEnd) + " leaves " +
                     Twine(avail) + " for it");
  uint8_t roAlignLog2 = f[start + RRLD_OFF_RO_ALIGN_LOG2];
  if (roAlignLog2 < 32 && start % (uint32_t(1) << roAlignLog2))
    return makeError("the rrld image at offset " + Twine(start) +
                     " is not aligned to its RO alignment " + Twine(uint32_t(1) << roAlignLog2));
  ArrayRef<uint8_t> img = f.slice(start, size);
  return std::vector<uint8_t>(img.begin(), img.end());
}

Error checkTbfAgainstImage(const TbfInfo &t, const rrld_header &h) {
  uint64_t want = uint64_t(t.protectedSize()) + h.entry - t.headerSize;
  if (t.initFnOffset != want)
    return makeError("init_fn_offset " + hex(t.initFnOffset) +
                     " is not the image's entry point (should be " + hex(want) + ")");
  if (tbfImageRam(h) > UINT32_MAX)
    return makeError("the image's stack, RW and heap need " + Twine(tbfImageRam(h)) +
                     " bytes, more than a 32-bit minimum_ram_size can give");
  if (t.minimumRamSize < tbfImageRam(h))
    return makeError("minimum_ram_size " + Twine(t.minimumRamSize) +
                     " is less than the image's stack, RW and heap need (" +
                     Twine(tbfImageRam(h)) + ")");
  if (t.fixedAddresses)
    return makeError("a FixedAddresses TLV: an rrld app is relocatable and must not carry one");
  if (!isPowerOf2_32(t.totalSize))
    return makeError("total_size " + Twine(t.totalSize) +
                     " is not a power of two, as Tock's Cortex-M MPU needs");
  return Error::success();
}

} // namespace rrld
