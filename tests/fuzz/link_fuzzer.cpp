// libFuzzer target over a whole rrld link, run in-process: each input is
// one object or archive (the seeds: the test programs, start-up included,
// compiled and merged with `ld.lld -r` at test time; tests/fuzz/corpus/:
// inputs the fuzzer found), linked as `rrld IN -o out.elf
// --rrld-image=out.img` in a private directory with TMPDIR pointing into it.
// Properties, each a crash (__builtin_trap) when broken, besides ASan's
// and libFuzzer's own (crash, leak, timeout, memory growth):
//  - the link returns 0 or 1 (never lld's exit through a fatal error);
//  - after a failed link, no output is left; after a good one, the image
//    verifies (rrld_verify) and the ELF holds the same image;
//  - the image's tables agree with an independent decode: the linker's
//    stream decoder (linker/src/Relr.cpp) names exactly the RW words that the
//    device's relocator changes when it loads the image at two placements,
//    each by the RO or the RW displacement as its table says, and the
//    RO->RO words that rrld_patch_ro changes;
//  - nothing is written outside the directory: rrld's temporary files are
//    gone after the link, and only the two outputs are left.
#include "Context.h"
#include "Driver.h"
#include "Image.h"
#include "Relr.h"

#include "rrld/format.h"
#include "rrld/relocator.h"

#include "lld/Common/CommonLinkerContext.h"

#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <set>
#include <string>
#include <vector>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace llvm;

namespace {

std::string g_dir, g_tmp;

void require(bool ok) {
  if (!ok)
    __builtin_trap();
}

uint32_t rd32(const uint8_t *p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

std::vector<std::string> listDir(const std::string &dir) {
  std::vector<std::string> names;
  std::error_code ec;
  for (sys::fs::directory_iterator it(dir, ec), end; it != end && !ec; it.increment(ec))
    names.push_back(sys::path::filename(it->path()).str());
  return names;
}

std::vector<uint8_t> readAll(const std::string &path) {
  auto buf = MemoryBuffer::getFile(path, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!buf)
    return {};
  return std::vector<uint8_t>((*buf)->getBufferStart(), (*buf)->getBufferEnd());
}

// The words a stream names, decoded by the linker's decoder (the relocator
// checked the same stream before: a stream it accepts must decode).
std::set<uint32_t> decoded(const std::vector<uint8_t> &img, uint32_t off, uint32_t size,
                           uint32_t start, uint32_t segSize) {
  Expected<std::vector<uint32_t>> words =
      rrld::decodeStream(llvm::ArrayRef<uint8_t>(img).slice(off, size), start, segSize);
  require(bool(words));
  return std::set<uint32_t>(words->begin(), words->end());
}

// Loads the image with RO at `ro` and RW at the start of a RAM region at
// `ram` (after the stack) into `rw`; false if it asks for too much RAM.
bool loadAt(const std::vector<uint8_t> &img, const rrld_header &h, uint32_t ro, uint32_t ram,
            uint32_t &staticBase, std::vector<uint8_t> &rw) {
  uint64_t len = uint64_t(h.stack_size) + (1u << h.rw_align_log2) + h.rw_init_size +
                 h.rw_zero_size + h.heap_size;
  if (len > (64u << 20))
    return false;
  // Installed at `ro` first: its RO->RO words patched for it.
  std::vector<uint8_t> placed = img;
  require(rrld_patch_ro_in_place(placed.data(), uint32_t(placed.size()), ro) == RRLD_OK);
  std::vector<uint8_t> mem(len);
  rrld_load_args a{};
  a.image = placed.data();
  a.image_len = uint32_t(placed.size());
  a.ro_addr = ro;
  a.ram = mem.data();
  a.ram_len = uint32_t(len);
  a.ram_addr = ram;
  a.verified = RRLD_VERIFIED; // checkImage ran rrld_verify
  rrld_load_result r{};
  rrld_status st = rrld_load(&a, &r);
  require(st == RRLD_OK);
  staticBase = r.static_base;
  uint32_t at = r.static_base - ram;
  rw.assign(mem.begin() + at, mem.begin() + at + h.rw_init_size);
  return true;
}

void checkImage(const std::vector<uint8_t> &img) {
  require(img.size() >= RRLD_HEADER_SIZE);
  require(rrld_verify(img.data(), uint32_t(img.size())) == RRLD_OK);
  rrld_header h = rrld::readHeader(img);
  require(h.ro_patched_addr == h.ro_link_addr);
  uint32_t tables = h.ro_size + h.rw_init_size;
  std::set<uint32_t> rwRo = decoded(img, tables, h.rw_ro_table_size, 0, h.rw_init_size);
  std::set<uint32_t> rwRw =
      decoded(img, tables + h.rw_ro_table_size, h.rw_rw_table_size, 0, h.rw_init_size);
  std::set<uint32_t> roRo =
      decoded(img, tables + h.rw_ro_table_size + h.rw_rw_table_size, h.ro_ro_table_size,
              RRLD_HEADER_SIZE, h.ro_size);
  for (uint32_t w : rwRo)
    require(!rwRw.count(w));

  // Two placements whose RO and RW displacements differ from each other
  // (images asking for alignments above 64 KiB are only verified).
  uint32_t align = std::max<uint32_t>(1u << h.ro_align_log2, 1u << h.rw_align_log2);
  align = std::max<uint32_t>(align, 256);
  if (h.ro_align_log2 > 16 || h.rw_align_log2 > 16)
    return;
  uint32_t ro1 = 16 * align, ro2 = ro1 + 16 * align, ram1 = 0x20000000, ram2 = ram1 + 64 * align;
  uint32_t sb1, sb2;
  std::vector<uint8_t> rw1, rw2;
  if (!loadAt(img, h, ro1, ram1, sb1, rw1) || !loadAt(img, h, ro2, ram2, sb2, rw2))
    return;
  uint32_t dRo = ro2 - ro1, dRw = sb2 - sb1;
  require(dRo != dRw && dRo != 0 && dRw != 0);
  const uint8_t *rwLinked = img.data() + h.ro_size;
  for (uint32_t off = 0; off + 4 <= h.rw_init_size; off += 4) {
    uint32_t linked = rd32(rwLinked + off), v1 = rd32(rw1.data() + off);
    uint32_t d = rd32(rw2.data() + off) - v1;
    if (rwRo.count(off)) {
      require(d == dRo && v1 - linked == ro1 - h.ro_link_addr);
    } else if (rwRw.count(off)) {
      require(d == dRw && v1 - linked == sb1 - h.rw_link_addr);
    } else {
      require(d == 0 && v1 == linked);
    }
  }

  // RO->RO: the words rrld_patch_ro changes, each by the RO displacement.
  std::vector<uint8_t> patched = img;
  rrld_status st = rrld_patch_ro_in_place(patched.data(), uint32_t(patched.size()),
                                          h.ro_link_addr + dRo);
  require(st == RRLD_OK);
  for (uint32_t off = RRLD_HEADER_SIZE; off + 4 <= h.ro_size; off += 4) {
    uint32_t d = rd32(patched.data() + off) - rd32(img.data() + off);
    require(d == (roRo.count(off) ? dRo : 0));
  }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  SmallString<128> dir;
  if (sys::fs::createUniqueDirectory("rrld-link-fuzz", dir))
    std::abort();
  g_dir = dir.str().str();
  g_tmp = g_dir + "/tmp";
  if (sys::fs::create_directory(g_tmp))
    std::abort();
  // rrld's temporary files (the default layout, copies of inputs) go here,
  // where the harness can see that they are removed.
  setenv("TMPDIR", g_tmp.c_str(), 1);
  // lld's fatal errors return to lldMain instead of ending the process
  // (lldMain then reports that lld cannot run again; the harness destroys
  // its context, below).  Only that: crashes are libFuzzer's to report, so
  // the signal handlers go back to the defaults, which libFuzzer replaces
  // with its own after this function.
  CrashRecoveryContext::Enable();
  for (int sig : {SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGSEGV, SIGTRAP})
    std::signal(sig, SIG_DFL);
  return 0;
}

namespace {

void linkOne(const uint8_t *data, size_t size) {
  bool archive = size >= 8 && std::memcmp(data, "!<arch>\n", 8) == 0;
  std::string in = g_dir + (archive ? "/in.a" : "/in.o");
  std::string elf = g_dir + "/out.elf", img = g_dir + "/out.img";
  {
    std::error_code ec;
    raw_fd_ostream os(in, ec);
    require(!ec);
    os.write(reinterpret_cast<const char *>(data), size);
  }
  std::vector<std::string> args;
  if (archive)
    args.push_back("--whole-archive");
  // One thread: lld reports a malformed input from its parallel passes too,
  // and a fatal error on a worker thread, which has no CrashRecoveryContext,
  // ends the process (right for the command line, where it is an error
  // message and exit code 1; here it would end the fuzzer).
  args.insert(args.end(), {in, "-o", elf, "--rrld-image=" + img, "--threads=1"});

  std::string diags;
  raw_string_ostream err(diags);
  rrld::Ctx ctx(err);
  int rc = rrld::linkMain(ctx, args);
  // After a fatal error lld leaves its context for the caller to destroy.
  lld::CommonLinkerContext::destroy();
  require(rc == 0 || rc == 1);

  // Nothing left behind in the temporary directory.
  require(listDir(g_tmp).empty());
  std::set<std::string> left;
  for (const std::string &n : listDir(g_dir))
    left.insert(n);
  left.erase("tmp");
  left.erase(sys::path::filename(in).str());
  if (rc != 0) {
    require(left.empty());
  } else {
    require(left == std::set<std::string>{"out.elf", "out.img"});
    std::vector<uint8_t> image = readAll(img);
    checkImage(image);
    // The ELF carries the same header.
    std::vector<uint8_t> e = readAll(elf);
    require(std::search(e.begin(), e.end(), image.begin(), image.begin() + RRLD_HEADER_SIZE) !=
            e.end());
  }
  sys::fs::remove(elf);
  sys::fs::remove(img);
  sys::fs::remove(in);
}

// The links run on one thread that lives until the process ends and is
// never joined.  lld allocates input sections from thread-local pools
// (lld/Common/Memory.h, makeThreadLocal) and frees them only when the
// thread ends; a fatal error inside a section's constructor leaves a
// half-built object in the pool, whose destructor would then free garbage.
// The command-line rrld runs one link and ends through _exit, so it never
// destroys those pools; ending libFuzzer with exit() on the thread that
// linked would.
// Never destroyed either: glibc's pthread_cond_destroy waits for the
// linker thread, which waits on it forever.
struct Handoff {
  std::mutex mutex;
  std::condition_variable wake;
  const uint8_t *data = nullptr;
  size_t size = 0;
  bool pending = false;
};
Handoff &handoff = *new Handoff;

[[noreturn]] void linker() {
  std::unique_lock<std::mutex> lock(handoff.mutex);
  for (;;) {
    handoff.wake.wait(lock, [] { return handoff.pending; });
    lock.unlock();
    linkOne(handoff.data, handoff.size);
    lock.lock();
    handoff.pending = false;
    handoff.wake.notify_all();
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static std::thread *thread = new std::thread(linker);
  (void)thread;
  std::unique_lock<std::mutex> lock(handoff.mutex);
  handoff.data = data;
  handoff.size = size;
  handoff.pending = true;
  handoff.wake.notify_all();
  handoff.wake.wait(lock, [] { return !handoff.pending; });
  return 0;
}
