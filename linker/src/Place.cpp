//===- Place.cpp - rrld place ------------------------------------------===//
//
// Install-time linking with the device's code: patches RO and loads RW
// exactly as a kernel would, into host buffers, for a fixed-address ELF or
// a flat image.
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

#include <memory>

using namespace llvm;

namespace rrld {

int placeMain(Ctx &ctx, const PlaceArgs &a) {
  // With -o, the ELF is read into a private copy that becomes the output.
  std::optional<LoadedImage> li = loadImage(ctx, a.input, /*writableElf=*/!a.output.empty());
  if (!li)
    return 1;
  const rrld_header &h = li->info.h;
  if (!a.output.empty() && !li->elf) {
    ctx.diag.error(a.input + (li->tbf ? " is a TBF" : " is a flat image") +
                   "; a fixed-address ELF needs the ELF rrld linked (or write only the flat "
                   "binary with --bin)");
    return 1;
  }

  // RO: patch the image for its flash address, as an installer would (the
  // bytes read are not needed after this).
  std::vector<uint8_t> placed = std::move(li->bytes);
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
  uint64_t rwEnd = uint64_t(a.rw) + h.rw_init_size + h.rw_zero_size;
  if (rwEnd > UINT32_MAX) {
    ctx.diag.error("RW at " + hex(a.rw) + " (" + Twine(h.rw_init_size + h.rw_zero_size) +
                   " bytes) does not fit below 4 GiB");
    return 1;
  }
  if (rwEnd + h.heap_size > UINT32_MAX) {
    ctx.diag.error("the image's " + Twine(h.heap_size) + "-byte heap after RW at " +
                   hex(a.rw) + " does not fit below 4 GiB");
    return 1;
  }
  // What a fixed-address ELF loads in flash (RO, then RW's initial data)
  // and what the app owns in RAM (stack, RW, heap) must not share a byte: a
  // device's loader refuses RAM over the image it reads.
  uint64_t flashEnd = uint64_t(a.ro) + h.ro_size + h.rw_init_size;
  uint64_t ramStart = a.rw - h.stack_size, ramEnd = ramStart + ramLen;
  if (a.ro < ramEnd && ramStart < flashEnd) {
    ctx.diag.error("RO and RW overlap: flash [" + hex(a.ro) + ", " + hex(flashEnd) +
                   ") (RO and RW's initial data) and RAM [" + hex(ramStart) + ", " +
                   hex(ramEnd) + ") (stack, RW and heap) share bytes");
    return 1;
  }
  // Left uninitialised: rrld_load writes RW (its initial data, then zeros),
  // which is all that is read back; the stack and heap stay untouched.
  std::unique_ptr<uint8_t[]> ram(new uint8_t[ramLen]);
  rrld_load_args la{};
  la.image = placed.data();
  la.image_len = uint32_t(placed.size());
  la.ro_addr = a.ro;
  la.ram = ram.get();
  la.ram_len = uint32_t(ramLen);
  la.ram_addr = a.rw - h.stack_size;
  la.verified = RRLD_VERIFIED; // loadImage ran rrld_verify, the patch above re-checked it
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
  ArrayRef<uint8_t> rwInit(ram.get() + (a.rw - la.ram_addr), h.rw_init_size);

  if (!a.output.empty()) {
    MutableArrayRef<uint8_t> elf = li->elf->writableBytes;
    if (Error e = placeElf(*li->elf, elf, placed, rwInit, a.ro, a.rw)) {
      ctx.diag.check(std::move(e), a.output);
      return 1;
    }
    if (!writeOutput(ctx, a.output, elf))
      return 1;
  }
  // The outputs come as a pair, as a link's: when the second cannot be
  // written, the first goes too.
  if (!a.bin.empty() && !writeOutput(ctx, a.bin, placed)) {
    if (!a.output.empty() && a.output != "-")
      sys::fs::remove(a.output);
    return 1;
  }
  // With an output on standard output, the summary goes to standard error.
  raw_ostream &os = a.output == "-" || a.bin == "-" ? llvm::errs() : llvm::outs();
  os << format("placed: RO at 0x%08x, RW at 0x%08x, entry 0x%08x, r9 0x%08x\n", a.ro,
                         a.rw, res.entry, res.static_base);
  return 0;
}

} // namespace rrld
