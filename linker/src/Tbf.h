//===- Tbf.h - rrld images in Tock Binary Format ----------------*- C++ -*-===//
//
// A TBF (Tock Binary Format, version 2) is what a Tock kernel finds in its
// app flash: a header of TLVs, the app's binary, then footers (credentials).
// rrld puts its image in the binary part, right after the protected region,
// so the kernel's app start (its r0 at the entry) is the image start.  This
// file writes such TBFs and reads TBFs back by the kernel's own parser rules
// (third_party/tock/libraries/tock-tbf), with a message naming the field
// for every rule broken.  docs/tock.md, "TBF layout", is the byte mapping.
//
//===----------------------------------------------------------------------===//
#ifndef RRLD_TBF_H
#define RRLD_TBF_H

#include "rrld/format.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rrld {

// TLV types, as tock-tbf's TbfHeaderTypes numbers them.
enum TbfTlvType : uint16_t {
  TBF_TLV_MAIN = 1,
  TBF_TLV_WRITEABLE_FLASH_REGIONS = 2,
  TBF_TLV_PACKAGE_NAME = 3,
  TBF_TLV_FIXED_ADDRESSES = 5,
  TBF_TLV_PERMISSIONS = 6,
  TBF_TLV_STORAGE_PERMISSIONS = 7,
  TBF_TLV_KERNEL_VERSION = 8,
  TBF_TLV_PROGRAM = 9,
  TBF_TLV_SHORT_ID = 10,
  TBF_TLV_CREDENTIALS = 128, // footers only
};

// Credentials formats (TbfFooterV2CredentialsType).
enum TbfCredentialFormat : uint32_t {
  TBF_CRED_RESERVED = 0, // reserved space: padding
  TBF_CRED_RSA3072 = 1,
  TBF_CRED_RSA4096 = 2,
  TBF_CRED_SHA256 = 3,
  TBF_CRED_SHA384 = 4,
  TBF_CRED_SHA512 = 5,
  TBF_CRED_ECDSA_P256 = 6,
};

constexpr uint16_t TBF_VERSION = 2;
constexpr uint32_t TBF_BASE_SIZE = 16;     // version, header_size, total_size, flags, checksum
constexpr uint32_t TBF_FLAG_ENABLED = 1;   // bit 0; bit 1 is "sticky"
constexpr uint32_t TBF_MIN_TOTAL = 512;    // elf2tab's smallest Cortex-M TBF
constexpr uint32_t TBF_KERNEL_HEAP_DEFAULT = 1024; // elf2tab's --kernel-heap default
constexpr uint32_t TBF_SHA256_FOOTER = 4 + 4 + 32; // TLV, format, hash
constexpr uint32_t TBF_NAME_MAX = 1024;

// What `rrld tbf` writes: everything the TBF adds to the image.
struct TbfSettings {
  std::string name;                  // PackageName; none written if empty
  uint16_t kernelMajor = 2, kernelMinor = 0;
  uint32_t appVersion = 0;           // the Program TLV's version
  bool sha256 = false;               // add a SHA-256 credentials footer
  std::optional<uint32_t> flashAddr; // patch RO->RO for this TBF address
  uint32_t kernelHeap = TBF_KERNEL_HEAP_DEFAULT;
  uint32_t ramExtra = 0;
  // When set, minimum_ram_size is this value (a re-laid TBF keeps its own)
  // instead of being computed from the image.
  std::optional<uint32_t> minimumRamSize;
};

// Where everything goes; offsets from the TBF start.
struct TbfLayout {
  uint32_t headerSize = 0;       // base header + TLVs
  uint32_t protectedTrailer = 0; // zeros after the header, up to the image
  uint32_t imageOffset = 0;      // header_size + protected_trailer_size
  uint32_t binaryEnd = 0;        // image end: the integrity region is [0, binaryEnd)
  uint32_t totalSize = 0;        // a power of two, at least 512
  uint32_t initFnOffset = 0;     // from the end of the header, Thumb bit set
  uint32_t minimumRamSize = 0;
};

// RAM the image needs in its Tock process: stack, RW (with the worst-case
// padding to RW's alignment above the 8-aligned stack top), heap; without
// the kernel's share.  In 64 bits: heap_size is not bounded as the other
// sizes are, and the sum may not fit a 32-bit minimum_ram_size.
uint64_t tbfImageRam(const rrld_header &h);
// minimum_ram_size: the image's RAM, the kernel's grant share (elf2tab's
// --kernel-heap) and the extra, rounded up to 8.
llvm::Expected<uint32_t> tbfMinimumRamSize(const rrld_header &h, uint32_t kernelHeap,
                                           uint32_t ramExtra);
llvm::Expected<TbfLayout> tbfLayout(const rrld_header &h, const TbfSettings &s);

// Writes the TBF holding `image` (an image that rrld_verify accepts); with
// flashAddr set, patches a non-empty RO->RO stream for the image's address
// first.
llvm::Expected<std::vector<uint8_t>> buildTbf(llvm::ArrayRef<uint8_t> image,
                                              const TbfSettings &s);

// The TBF header checksum: XOR of the header's 32-bit words but the fourth.
uint32_t tbfChecksum(llvm::ArrayRef<uint8_t> header);

struct TbfTlv {
  uint16_t type = 0, length = 0;
  uint32_t offset = 0; // of the TL; the value follows it
};

struct TbfFooter {
  uint32_t offset = 0; // of the TL
  uint16_t length = 0;
  uint32_t format = 0;
  bool checked = false; // a SHA-256 credential, compared with the binary
};

// A TBF read by the kernel's rules.
struct TbfInfo {
  uint16_t version = 0, headerSize = 0;
  uint32_t totalSize = 0, flags = 0, checksum = 0;
  std::vector<TbfTlv> tlvs;
  bool hasProgram = false, hasMain = false, fixedAddresses = false;
  // From the Program TLV, or else the Main TLV (binaryEnd = total_size).
  uint32_t initFnOffset = 0, protectedTrailer = 0, minimumRamSize = 0, binaryEnd = 0;
  uint32_t appVersion = 0;
  std::optional<std::string> packageName;
  std::optional<std::pair<uint16_t, uint16_t>> kernelVersion;
  std::vector<TbfFooter> footers;
  uint32_t footerPadding = 0; // zero bytes after the last footer
  std::array<uint8_t, 32> sha256{}; // of [0, binaryEnd)
  uint32_t protectedSize() const { return uint32_t(headerSize) + protectedTrailer; }
};

// Whether a file starts like a TBF rather than an rrld image or an ELF.
bool looksLikeTbf(llvm::ArrayRef<uint8_t> file);
// Parses and checks a whole TBF file (exactly total_size bytes).
llvm::Expected<TbfInfo> parseTbf(llvm::ArrayRef<uint8_t> file);
// The rrld image inside a parsed TBF: it must start at the protected
// region's end, aligned for its RO, and end at binary_end_offset.
llvm::Expected<std::vector<uint8_t>> tbfImage(llvm::ArrayRef<uint8_t> file, const TbfInfo &info);
// Checks that the TBF fields that depend on the image agree with it
// (init_fn_offset, minimum_ram_size).
llvm::Error checkTbfAgainstImage(const TbfInfo &info, const rrld_header &h);

const char *tbfTlvName(uint16_t type);
const char *tbfCredentialName(uint32_t format);

} // namespace rrld

#endif
