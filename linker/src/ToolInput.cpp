//===- ToolInput.cpp ------------------------------------------------------===//
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

// Reads and checks an image with both the host parser and the device code.
std::optional<LoadedImage> loadImage(Ctx &ctx, StringRef path, bool writableElf) {
  LoadedImage li;
  Expected<std::vector<uint8_t>> bytes = readImageFile(path, &li.elf, writableElf);
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
  // The device code runs first: when it accepts the image, its integrity
  // check is done and the host parser does not compute the same CRC-32 again
  // (hundreds of kilobytes for a large app).  Its messages come first all
  // the same: the host parser explains in words what the device only names.
  bool fits = li.bytes.size() <= UINT32_MAX;
  rrld_status st = fits ? rrld_verify(li.bytes.data(), uint32_t(li.bytes.size())) : RRLD_OK;
  Expected<ImageInfo> info = parseImage(li.bytes, /*crcChecked=*/fits && st == RRLD_OK);
  if (!info) {
    ctx.diag.error(path + ": " + toString(info.takeError()));
    return std::nullopt;
  }
  li.info = std::move(*info);
  if (!fits) {
    ctx.diag.error(path + ": image larger than 4 GiB");
    return std::nullopt;
  }
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

std::optional<RoPatchState> roPatchState(const rrld_header &h, uint32_t imageOffset) {
  if (!h.ro_ro_table_size)
    return std::nullopt;
  return RoPatchState{h.ro_patched_addr != h.ro_link_addr, h.ro_patched_addr - imageOffset};
}

bool writeOutput(Ctx &ctx, StringRef path, ArrayRef<uint8_t> bytes) {
  return !ctx.diag.check(rrld::writeFile(path, bytes));
}

} // namespace rrld
