//===- Image.h - build, read and check rrld images on the host --*- C++ -*-===//
//
// The encode half: lay out the flat image (header, RO, RW initial data,
// tables) from a classified link, and compute its integrity check.  Also the
// host-side reader used by inspect, verify and place, which accepts either
// the ELF rrld writes or the flat image.
//
//===----------------------------------------------------------------------===//
#ifndef RRLD_IMAGE_H
#define RRLD_IMAGE_H

#include "Classify.h"
#include "Layout.h"
#include "LinkedElf.h"
#include "Rewrite.h"

#include "rrld/format.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace rrld {

struct Tables {
  std::vector<uint8_t> rwRo, rwRw, roRo; // the streams' bytes (docs/format.md)
  // The three streams back to back, without the zeros that pad them to a
  // word in the image.
  uint32_t streamBytes() const { return uint32_t(rwRo.size() + rwRw.size() + roRo.size()); }
  // With those zeros: what the tables take in the image.
  uint32_t bytes() const { return (streamBytes() + 3) & ~3u; }
};

// Encodes the three streams of a classified link.  Each is encoded against
// its segment's relocatable part as the header will describe it
// (layout.rwInitSize, already padded, for the RW streams; layout.roSize for
// RO->RO), the size the words it names must lie below.  Relocated words 128 MiB or
// more apart, more than the encoding can skip, or outside the part, are an
// error (segments that large are far beyond any microcontroller).
llvm::Expected<Tables> encodeTables(const Classified &c, const ImageLayout &layout);

// Lays out the flat image, with the code patches applied, and fills in its
// header and CRC.
std::vector<uint8_t> buildImage(const LinkedElf &elf, const ImageLayout &layout,
                                const Tables &tables, const Options &opts,
                                llvm::ArrayRef<CodePatch> code = {});

// Header fields in host order (read from / written to little-endian bytes).
rrld_header readHeader(llvm::ArrayRef<uint8_t> image);
void writeHeader(llvm::MutableArrayRef<uint8_t> image, const rrld_header &h);

// The image's parts lie back to back, so the header stores no offsets: RW
// initial data at ro_size, then the three streams, then zeros up to a
// multiple of 4, which end the image.
inline uint32_t rwInitOffset(const rrld_header &h) { return h.ro_size; }
inline uint32_t tablesOffset(const rrld_header &h) { return h.ro_size + h.rw_init_size; }
// Whether ro_size + rw_init_size + the three table sizes, rounded up to a
// multiple of 4, is image_size, summed without wrapping around 2^32; the
// offsets above are only meaningful if so.
bool partsTileImage(const rrld_header &h);

// The integrity check of docs/format.md: the CRC-32 (IEEE, as zlib) of the
// bytes [RRLD_CRC_START, image_size), everything after the magic and the
// crc32 field (image_size must already have been validated).
uint32_t computeCrc(llvm::ArrayRef<uint8_t> image);

// A parsed, fully checked image: the host's mirror of the device checks,
// with messages instead of codes.  `crcChecked`: the caller has already
// compared the CRC-32 with the header's (rrld_verify accepted these bytes),
// so that the integrity check is not computed twice.
struct ImageInfo {
  rrld_header h{};
  std::vector<uint32_t> rwRo, rwRw, roRo; // decoded word offsets
};
llvm::Expected<ImageInfo> parseImage(llvm::ArrayRef<uint8_t> image, bool crcChecked = false);

// Reads a file that holds an image: the flat image, or the ELF rrld wrote
// (the image is rebuilt from its sections).  `elf` receives the parsed ELF
// when the file is one: its sections only (LinkedElf::Parts::Sections), and
// with `writable`, in a private copy of the file (LinkedElf::writableBytes)
// that the caller may edit, as `rrld place` does into its output.
llvm::Expected<std::vector<uint8_t>> readImageFile(llvm::StringRef path,
                                                   std::optional<LinkedElf> *elf = nullptr,
                                                   bool writable = false);
llvm::Expected<std::vector<uint8_t>> extractImage(const LinkedElf &elf);

} // namespace rrld

#endif
