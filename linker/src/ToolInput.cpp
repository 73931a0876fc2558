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

// Checks, before reading it, that `path` is a file an image can be: a
// regular file (a device such as /dev/zero would be read until memory runs
// out), with a size it reports (files under /proc say 0 and are not), and,
// unless it is an ELF (debug information has no bound), no larger than the
// format allows: a flat image is below 2^28 bytes (RRLD_SIZE_LIMIT, as all
// its sizes), a TBF holding one at most the 2 GiB rrld tbf writes.
static Error checkInputFile(StringRef path) {
  sys::fs::file_status st;
  if (std::error_code ec = sys::fs::status(path, st))
    return Error::success(); // the read says why it cannot open it
  if (st.type() == sys::fs::file_type::directory_file)
    return makeError(path + ": is a directory, not an image");
  if (st.type() != sys::fs::file_type::regular_file)
    return makeError(path + ": not a regular file (a device, pipe or socket); an image is read "
                            "from a file");
  // A file of a size any image can have needs no look inside (the usual
  // case: this check costs one stat, not a second open and read).
  if (st.getSize() != 0 && st.getSize() < RRLD_SIZE_LIMIT)
    return Error::success();
  Expected<sys::fs::file_t> fd = sys::fs::openNativeFileForRead(path);
  if (!fd) {
    consumeError(fd.takeError());
    return Error::success();
  }
  uint8_t head[8] = {};
  Expected<size_t> got = sys::fs::readNativeFile(
      *fd, MutableArrayRef<char>(reinterpret_cast<char *>(head), sizeof(head)));
  sys::fs::closeFile(*fd);
  if (!got) {
    consumeError(got.takeError());
    return Error::success();
  }
  if (st.getSize() == 0 && *got != 0)
    return makeError(path + ": the file says it holds 0 bytes but does not (a file such as "
                            "those under /proc); copy it to a regular file first");
  ArrayRef<uint8_t> start(head, *got);
  if (isElf(start))
    return Error::success();
  bool tbf = looksLikeTbf(start);
  uint64_t limit = tbf ? uint64_t(1) << 31 : RRLD_SIZE_LIMIT;
  if (st.getSize() >= limit + (tbf ? 1 : 0))
    return makeError(path + ": " + Twine(st.getSize()) + " bytes, larger than any " +
                     (tbf ? "TBF rrld writes (at most 2 GiB)"
                          : "rrld image (image_size is below 2^28)"));
  return Error::success();
}

// Reads and checks an image with both the host parser and the device code.
std::optional<LoadedImage> loadImage(Ctx &ctx, StringRef path, bool writableElf) {
  LoadedImage li;
  if (Error e = checkInputFile(path)) {
    ctx.diag.check(std::move(e));
    return std::nullopt;
  }
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
  // The device reads image_size bytes from a flash slot that may be larger,
  // but a file holds one image: bytes after it would be copied into a TBF
  // or a placed binary as if they were the image's (a TBF's are refused by
  // parseTbf alike).
  if (!li.elf && !li.tbf && li.bytes.size() > li.info.h.image_size) {
    ctx.diag.error(path + ": the file holds " + Twine(li.bytes.size() - li.info.h.image_size) +
                   " bytes after image_size " + Twine(li.info.h.image_size) +
                   " (one image per file)");
    return std::nullopt;
  }
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
