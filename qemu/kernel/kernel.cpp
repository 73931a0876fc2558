// The rrld QEMU test kernel: a Tock-like kernel, just enough to run
// relocatable apps the way a real one would.
//
// At boot it reads the app table the runner wrote (qemu/include/rrld_app_table.h),
// then for each app: checks its flash and RAM slots lie in the board's app
// regions, applies the image's RO->RO relocations for its flash address
// (rrld_patch_ro through a flash-write callback, as at install time), then
// either loads it (rrld_load: RW copied and relocated into the app's RAM
// slot) and enters it with r9 = static base, or starts it Tock style and
// lets its startup relocate itself.  Apps run unprivileged on their own
// stack; where the core has an MPU, each sees only its flash slot (read,
// execute) and its RAM slot (read, write).  Output goes through semihosting;
// the exit status says whether every app exited with 0.
//
// Board facts come from targets/boards/<board>.board as -D definitions:
// RRK_BOARD, RRK_APP_TABLE, RRK_APP_FLASH(_SIZE), RRK_APP_RAM(_SIZE),
// RRK_MPU_PMSAV7 / RRK_MPU_PMSAV8.

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "rrld/relocator.h"
#include "rrld_app_table.h"

extern "C" {
void rrk_enter_user(uint32_t psp, uint32_t sb);
uint32_t rrk_syscall(uint32_t *frame);
void rrk_app_fault(uint32_t *frame);
[[noreturn]] void rrk_kernel_fault(uint32_t *frame, uint32_t exc_return);
[[noreturn]] void rrk_reset(void);
void *memcpy(void *, const void *, size_t);
void *memset(void *, int, size_t);
}

namespace {

// ---------------------------------------------------------------- output

// ARM semihosting: `bkpt 0xab` with the operation in r0, its argument in r1.
uint32_t semihost(uint32_t op, const void *arg) {
  register uint32_t r0 __asm__("r0") = op;
  register const void *r1 __asm__("r1") = arg;
  __asm__ volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
  return r0;
}

constexpr uint32_t SYS_WRITE0 = 0x04;
constexpr uint32_t SYS_EXIT = 0x18;
constexpr uint32_t ADP_STOPPED_APPLICATION_EXIT = 0x20026;
constexpr uint32_t ADP_STOPPED_RUNTIME_ERROR = 0x20023;

// Console output is buffered by line and written with SYS_WRITE0 (one trap
// per line, not per byte).
char out_buf[128];
uint32_t out_len;

void flush() {
  if (out_len == 0)
    return;
  out_buf[out_len] = '\0';
  semihost(SYS_WRITE0, out_buf);
  out_len = 0;
}

void put(char c) {
  if (c == '\0')
    return; // SYS_WRITE0 could not carry it
  out_buf[out_len++] = c;
  if (c == '\n' || out_len == sizeof out_buf - 1)
    flush();
}

void put_str(const char *s) {
  while (*s)
    put(*s++);
}

void put_hex(uint32_t v, int width) {
  char digits[8];
  int n = 0;
  do {
    digits[n++] = "0123456789abcdef"[v & 15];
    v >>= 4;
  } while (v != 0 && n < 8);
  for (int i = n; i < width; ++i)
    put('0');
  while (n > 0)
    put(digits[--n]);
}

void put_dec(int32_t sv) {
  uint32_t v = static_cast<uint32_t>(sv);
  if (sv < 0) {
    put('-');
    v = 0u - v;
  }
  char digits[10];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0);
  while (n > 0)
    put(digits[--n]);
}

// %s %d %u (decimal), %x and %08x (hex): all the kernel needs.
void print(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  for (; *fmt; ++fmt) {
    if (*fmt != '%') {
      put(*fmt);
      continue;
    }
    int width = 0;
    ++fmt;
    if (*fmt == '0') {
      width = fmt[1] - '0';
      fmt += 2;
    }
    switch (*fmt) {
    case 's': put_str(va_arg(ap, const char *)); break;
    case 'd': put_dec(va_arg(ap, int32_t)); break;
    case 'u': put_dec(static_cast<int32_t>(va_arg(ap, uint32_t))); break;
    case 'x': put_hex(va_arg(ap, uint32_t), width); break;
    default: put('%'); put(*fmt); break;
    }
  }
  va_end(ap);
}

[[noreturn]] void shutdown(bool success) {
  flush();
  // On AArch32 the argument is the reason itself; QEMU exits with 0 for
  // "application exit" and 1 for anything else.
  semihost(SYS_EXIT, reinterpret_cast<const void *>(static_cast<uintptr_t>(
                         success ? ADP_STOPPED_APPLICATION_EXIT : ADP_STOPPED_RUNTIME_ERROR)));
  for (;;) {
  }
}

// ---------------------------------------------------------------- registers

[[maybe_unused]] volatile uint32_t &reg(uint32_t addr) { return *reinterpret_cast<volatile uint32_t *>(addr); }

[[maybe_unused]] constexpr uint32_t SCB_SHCSR = 0xE000ED24;
[[maybe_unused]] constexpr uint32_t SCB_CFSR = 0xE000ED28;
[[maybe_unused]] constexpr uint32_t SCB_HFSR = 0xE000ED2C;
[[maybe_unused]] constexpr uint32_t SCB_MMFAR = 0xE000ED34;
[[maybe_unused]] constexpr uint32_t SCB_BFAR = 0xE000ED38;
[[maybe_unused]] constexpr uint32_t MPU_CTRL = 0xE000ED94;
[[maybe_unused]] constexpr uint32_t MPU_RNR = 0xE000ED98;
[[maybe_unused]] constexpr uint32_t MPU_RBAR = 0xE000ED9C;
[[maybe_unused]] constexpr uint32_t MPU_RASR = 0xE000EDA0; // RLAR on PMSAv8
[[maybe_unused]] constexpr uint32_t MPU_MAIR0 = 0xE000EDC0;

[[maybe_unused]] void barrier() { __asm__ volatile("dsb\n\tisb" ::: "memory"); }

// ---------------------------------------------------------------- the app being run

struct app_state {
  uint32_t index;
  const rrk_app_entry *entry;
  bool done;      // the app exited or faulted
  bool faulted;
  int32_t code;   // exit code when !faulted
  uint32_t fault_exc;   // exception number of the fault
  uint32_t fault_pc;    // stacked pc, 0 when the stack was unreadable
  uint32_t fault_cfsr;
  uint32_t fault_addr;  // MMFAR or BFAR when valid, else 0
  // RRK_MODE_TOCK: the app break, the console's read-only allow, and the
  // write-done upcall a Yield-WaitFor collects.
  uint32_t brk;
  uint32_t allow_addr, allow_len;
  uint32_t upcall_fn, upcall_data;
  bool write_done;
  uint32_t written;
};

app_state current;

// RRK_MODE_TOCK: the break an app starts with, above its RAM start (Tock's
// initial break leaves a little room for the first stack frame).
constexpr uint32_t RRK_TOCK_INITIAL_BREAK = 64;

// Overflow-safe "[addr, addr + len) lies in [base, base + size)".
bool inside(uint32_t addr, uint32_t len, uint32_t base, uint32_t size) {
  return addr >= base && addr - base <= size && len <= size - (addr - base);
}

bool app_may_read(uint32_t addr, uint32_t len) {
  const rrk_app_entry &e = *current.entry;
  return inside(addr, len, e.flash_addr, e.flash_size) ||
         inside(addr, len, e.ram_addr, e.ram_size);
}

// ---------------------------------------------------------------- memory protection

#if defined(RRK_MPU_PMSAV7)
// PMSAv7 regions are a power of two in size and aligned to it: the runner
// places slots that way, and the kernel refuses others.
bool is_pow2_slot(uint32_t base, uint32_t size) {
  return size >= 32 && (size & (size - 1)) == 0 && (base & (size - 1)) == 0;
}

uint32_t log2_of(uint32_t v) {
  uint32_t n = 0;
  while (v > 1) {
    v >>= 1;
    ++n;
  }
  return n;
}

void mpu_region(uint32_t n, uint32_t base, uint32_t size, uint32_t ap, bool xn) {
  reg(MPU_RNR) = n;
  reg(MPU_RBAR) = base;
  reg(MPU_RASR) = (xn ? 1u << 28 : 0u) | ap << 24 | 1u << 17 /* C: normal memory */ |
                  (log2_of(size) - 1) << 1 | 1u /* ENABLE */;
}

bool mpu_check(const rrk_app_entry &e) {
  return is_pow2_slot(e.flash_addr, e.flash_size) && is_pow2_slot(e.ram_addr, e.ram_size);
}

void mpu_enable_for(const rrk_app_entry &e) {
  reg(MPU_CTRL) = 0;
  barrier();
  mpu_region(0, e.flash_addr, e.flash_size, 0b110 /* read-only for all */, false);
  mpu_region(1, e.ram_addr, e.ram_size, 0b011 /* read-write for all */, true);
  reg(MPU_CTRL) = 1u << 2 /* PRIVDEFENA: the kernel keeps the default map */ | 1u;
  barrier();
}
#elif defined(RRK_MPU_PMSAV8)
// PMSAv8 regions are [base, limit] with a 32-byte granule.
bool mpu_check(const rrk_app_entry &e) {
  return (e.flash_addr & 31) == 0 && (e.flash_size & 31) == 0 && e.flash_size != 0 &&
         (e.ram_addr & 31) == 0 && (e.ram_size & 31) == 0 && e.ram_size != 0;
}

void mpu_region(uint32_t n, uint32_t base, uint32_t size, uint32_t ap, bool xn) {
  reg(MPU_RNR) = n;
  reg(MPU_RBAR) = base | ap << 1 | (xn ? 1u : 0u);
  reg(MPU_RASR) = (base + size - 32) | 0u << 1 /* AttrIndx 0 */ | 1u;
}

void mpu_enable_for(const rrk_app_entry &e) {
  reg(MPU_CTRL) = 0;
  barrier();
  reg(MPU_MAIR0) = 0x44; // attribute 0: normal memory, non-cacheable
  mpu_region(0, e.flash_addr, e.flash_size, 0b11 /* read-only, any privilege */, false);
  mpu_region(1, e.ram_addr, e.ram_size, 0b01 /* read-write, any privilege */, true);
  reg(MPU_CTRL) = 1u << 2 | 1u;
  barrier();
}
#else
// No MPU (ARMv6-M micro:bit): apps are trusted to stay in their slots.
bool mpu_check(const rrk_app_entry &) { return true; }
void mpu_enable_for(const rrk_app_entry &) {}
#endif

void mpu_disable() {
#if defined(RRK_MPU_PMSAV7) || defined(RRK_MPU_PMSAV8)
  reg(MPU_CTRL) = 0;
  barrier();
#endif
}

// ---------------------------------------------------------------- installing and starting apps

// The RO write callback: "programs flash".  On the boards that use it the
// app flash is RAM-backed in QEMU, so a store is the flash driver; a real
// kernel would program the flash controller here.
int flash_write(void *ctx, uint32_t offset, const uint8_t *bytes, uint32_t len) {
  uint8_t *image = static_cast<uint8_t *>(ctx);
  for (uint32_t i = 0; i < len; ++i)
    image[offset + i] = bytes[i];
  return 0;
}

uint32_t read32(const uint8_t *p) {
  return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
}

// Builds the initial exception frame {r0-r3, r12, lr, pc, xpsr} under `top`
// and returns the process stack pointer to enter with.
uint32_t initial_frame(uint32_t top, uint32_t pc, uint32_t r0, uint32_t r1, uint32_t r2,
                       uint32_t r3) {
  uint32_t *frame = reinterpret_cast<uint32_t *>(static_cast<uintptr_t>((top & ~7u) - 32));
  frame[0] = r0;
  frame[1] = r1;
  frame[2] = r2;
  frame[3] = r3;
  frame[4] = 0;
  frame[5] = 0xFFFFFFFFu; // lr: returning from the entry point faults
  frame[6] = pc & ~1u;
  frame[7] = 1u << 24; // xPSR: Thumb
  return reinterpret_cast<uintptr_t>(frame);
}

const char *exception_name(uint32_t n) {
  switch (n) {
  case 2: return "NMI";
  case 3: return "HardFault";
  case 4: return "MemManage";
  case 5: return "BusFault";
  case 6: return "UsageFault";
  case 7: return "SecureFault";
  default: return "exception";
  }
}

// Runs app `i`; returns true when it exited with 0.
bool run_app(uint32_t i, const rrk_app_entry &e) {
  const char *mode = e.mode == RRK_MODE_TOCK   ? "Tock"
                     : e.mode == RRK_MODE_SELF ? "self-relocating"
                                               : "kernel-loaded";
  print("rrk: app %u: flash 0x%08x+0x%x ram 0x%08x+0x%x %s\n", i, e.flash_addr, e.flash_size,
        e.ram_addr, e.ram_size, mode);

  // The kernel protects itself: slots outside the board's app regions, or
  // that the MPU cannot describe, are refused.
  if (!inside(e.flash_addr, e.flash_size, RRK_APP_FLASH, RRK_APP_FLASH_SIZE) ||
      !inside(e.ram_addr, e.ram_size, RRK_APP_RAM, RRK_APP_RAM_SIZE) || !mpu_check(e) ||
      e.mode > RRK_MODE_TOCK) {
    print("rrk: app %u: error: bad slot in the app table\n", i);
    return false;
  }

  uint8_t *image = reinterpret_cast<uint8_t *>(static_cast<uintptr_t>(e.flash_addr));
  // Install: make the RO->RO words hold this flash address.  Already done
  // (by us on an earlier boot, or by the flashing tool) when ro_patched_addr
  // says so; rrld_patch_ro verifies the whole image first either way.
  rrld_status st = RRLD_OK;
  if (read32(image + RRLD_OFF_MAGIC) == RRLD_MAGIC &&
      read32(image + RRLD_OFF_RO_RO_TABLE_SIZE) != 0 &&
      read32(image + RRLD_OFF_RO_PATCHED_ADDR) != e.flash_addr) {
    st = rrld_patch_ro(image, e.flash_size, e.flash_addr, flash_write, image);
    if (st == RRLD_OK)
      print("rrk: app %u: RO->RO relocations applied for 0x%08x\n", i, e.flash_addr);
  } else {
    st = rrld_verify(image, e.flash_size);
  }
  if (st != RRLD_OK) {
    print("rrk: app %u: error: image refused: %s\n", i, rrld_status_name(st));
    return false;
  }

  uint32_t psp, sb, brk = 0;
  if (e.mode == RRK_MODE_KERNEL) {
    // Verified just above (rrld_verify or rrld_patch_ro), as a kernel does at
    // install time: the load skips only the CRC, every other check stays.
    rrld_load_args args{};
    args.verified = RRLD_VERIFIED;
    args.image = image;
    args.image_len = e.flash_size;
    args.ro_addr = e.flash_addr;
    args.ram = reinterpret_cast<uint8_t *>(static_cast<uintptr_t>(e.ram_addr));
    args.ram_len = e.ram_size;
    args.ram_addr = e.ram_addr;
    rrld_load_result r;
    st = rrld_load(&args, &r);
    if (st != RRLD_OK) {
      print("rrk: app %u: error: rrld_load: %s\n", i, rrld_status_name(st));
      return false;
    }
    print("rrk: app %u: loaded: entry 0x%08x sb 0x%08x sp 0x%08x break 0x%08x\n", i, r.entry,
          r.static_base, r.stack_top, r.app_break);
    // r1, r2: where the app's heap may grow, from its break to the end of
    // its slot (qemu/runtime/crt0.S).
    psp = initial_frame(r.stack_top, r.entry, 0, r.app_break, e.ram_addr + e.ram_size, 0);
    sb = r.static_base;
  } else if (e.mode == RRK_MODE_SELF) {
    // Tock's process start: the kernel knows only the entry point and the
    // slots; the app's startup relocates itself with rrld_self_relocate.
    uint32_t top = e.ram_addr + e.ram_size;
    psp = initial_frame(top, e.flash_addr + read32(image + RRLD_OFF_ENTRY), e.flash_addr,
                        e.ram_addr, e.ram_size, top);
    sb = 0;
  } else {
    // Tock's process start as Tock does it: a small initial break (r3) the
    // app must grow with memop brk, the stack frame right below it, and
    // Tock's system calls (rrk_tock_syscall).
    brk = e.ram_addr + RRK_TOCK_INITIAL_BREAK;
    psp = initial_frame(brk, e.flash_addr + read32(image + RRLD_OFF_ENTRY), e.flash_addr,
                        e.ram_addr, e.ram_size, brk);
    sb = 0;
  }

  current = app_state{};
  current.brk = brk;
  current.index = i;
  current.entry = &e;
  flush();
  mpu_enable_for(e);
  rrk_enter_user(psp, sb);
  mpu_disable();
  flush();

  if (current.faulted) {
    print("rrk: app %u: fault: %s", i, exception_name(current.fault_exc));
    if (current.fault_pc != 0)
      print(" at pc 0x%08x", current.fault_pc);
    if (current.fault_cfsr != 0) // ARMv6-M has no fault status registers
      print(" (CFSR 0x%08x", current.fault_cfsr);
    if (current.fault_addr != 0)
      print(", address 0x%08x", current.fault_addr);
    print(current.fault_cfsr != 0 ? ")\n" : "\n");
    return false;
  }
  print("rrk: app %u: exit %d\n", i, current.code);
  return current.code == 0;
}

} // namespace

// ---------------------------------------------------------------- Tock's system calls

// RRK_MODE_TOCK: the part of Tock 2.x's system-call ABI (TRD 104) the Tock
// runtime uses (tock/runtime/, rrld-rt's `tock` feature), with Tock's
// return variants in r0: memop brk (0) and the stack/heap hints (10, 11),
// the console's read-only allow (driver 1, buffer 1), write command
// (command 1) and write-done upcall (subscribe 1), delivered to a
// Yield-Wait by running the subscribed function on the app's stack with lr
// = the yield's return address (as Tock does), or to a Yield-WaitFor as its
// return values (no function runs), and exit-terminate.  Anything else
// fails with NOSUPPORT, or ends the app.
// The MPU still covers the whole RAM slot: the break is bookkeeping only.
enum : uint32_t {
  TOCK_FAILURE = 0,
  TOCK_FAILURE_U32_U32 = 2,
  TOCK_SUCCESS = 128,
  TOCK_SUCCESS_U32_U32 = 130,
  TOCK_E_FAIL = 1,
  TOCK_E_RESERVE = 3,
  TOCK_E_INVAL = 7,
  TOCK_E_NOMEM = 9,
  TOCK_E_NOSUPPORT = 10,
  TOCK_E_NODEVICE = 11,
};

// Returns 1 when the app is done.
static uint32_t rrk_tock_syscall(uint32_t *frame, uint32_t number) {
  const rrk_app_entry &e = *current.entry;
  switch (number) {
  case 0: // yield: only for the console's write-done upcall
    if (frame[0] == 2 && frame[1] == 1 && frame[2] == 1 && current.write_done) {
      current.write_done = false; // Yield-WaitFor
      frame[0] = current.written;
      frame[1] = 0;
      frame[2] = 0;
      return 0;
    }
    if (frame[0] == 1 && current.write_done && current.upcall_fn != 0) {
      current.write_done = false; // Yield-Wait: the upcall runs, then returns after the svc
      frame[0] = current.written;
      frame[1] = 0;
      frame[2] = 0;
      frame[3] = current.upcall_data;
      frame[5] = frame[6] | 1u;
      frame[6] = current.upcall_fn & ~1u;
      return 0;
    }
    print("rrk: app %u: error: yield %u for (%u, %u) would wait forever\n", current.index,
          frame[0], frame[1], frame[2]);
    current.code = -1;
    current.done = true;
    return 1;
  case 1: { // subscribe
    if (frame[0] != 1 || frame[1] != 1) {
      frame[1] = TOCK_E_NODEVICE;
      frame[0] = TOCK_FAILURE_U32_U32;
      return 0;
    }
    uint32_t old_fn = current.upcall_fn, old_data = current.upcall_data;
    current.upcall_fn = frame[2];
    current.upcall_data = frame[3];
    frame[0] = TOCK_SUCCESS_U32_U32;
    frame[1] = old_fn;
    frame[2] = old_data;
    return 0;
  }
  case 2: // command
    if (frame[0] == 1 && frame[1] == 1) {
      if (current.allow_len == 0) {
        frame[0] = TOCK_FAILURE;
        frame[1] = TOCK_E_RESERVE;
        return 0;
      }
      uint32_t n = frame[2] < current.allow_len ? frame[2] : current.allow_len;
      const char *p = reinterpret_cast<const char *>(static_cast<uintptr_t>(current.allow_addr));
      for (uint32_t k = 0; k < n; ++k)
        put(p[k]);
      current.written = n;
      current.write_done = true;
      frame[0] = TOCK_SUCCESS;
      return 0;
    }
    frame[1] = frame[0] == 1 ? TOCK_E_NOSUPPORT : TOCK_E_NODEVICE;
    frame[0] = TOCK_FAILURE;
    return 0;
  case 4: { // read-only allow
    uint32_t addr = frame[2], len = frame[3];
    bool ok = frame[0] == 1 && frame[1] == 1 && (len == 0 || app_may_read(addr, len));
    uint32_t old_addr = current.allow_addr, old_len = current.allow_len;
    if (!ok) {
      frame[1] = frame[0] == 1 ? TOCK_E_INVAL : TOCK_E_NODEVICE;
      frame[0] = TOCK_FAILURE_U32_U32;
      return 0;
    }
    current.allow_addr = addr;
    current.allow_len = len;
    frame[0] = TOCK_SUCCESS_U32_U32;
    frame[1] = old_addr;
    frame[2] = old_len;
    return 0;
  }
  case 5: // memop
    if (frame[0] == 0) { // brk: inside the RAM slot, as Tock's bounds check
      if (frame[1] < e.ram_addr || frame[1] - e.ram_addr >= e.ram_size) {
        print("rrk: app %u: brk 0x%08x refused\n", current.index, frame[1]);
        frame[0] = TOCK_FAILURE;
        frame[1] = TOCK_E_NOMEM;
        return 0;
      }
      current.brk = frame[1];
      print("rrk: app %u: brk 0x%08x\n", current.index, current.brk);
      frame[0] = TOCK_SUCCESS;
      return 0;
    }
    if (frame[0] == 10 || frame[0] == 11) {
      frame[0] = TOCK_SUCCESS;
      return 0;
    }
    frame[0] = TOCK_FAILURE;
    frame[1] = TOCK_E_NOSUPPORT;
    return 0;
  case 6: // exit: terminate with r1; restart is not supported
    current.code = static_cast<int32_t>(frame[0] == 0 ? frame[1] : 0xFFFFFFFFu);
    current.done = true;
    return 1;
  default:
    frame[0] = TOCK_FAILURE;
    frame[1] = TOCK_E_NOSUPPORT;
    return 0;
  }
}

// ---------------------------------------------------------------- entry points from entry.S

// System calls: the svc immediate is the call number.
//   svc 1: write(r0 = buffer, r1 = length) -> r0 = bytes written, or -1
//   svc 2: exit(r0 = code), does not return
extern "C" uint32_t rrk_syscall(uint32_t *frame) {
  uint32_t pc = frame[6];
  if (!app_may_read(pc - 2, 2)) {
    current.faulted = true;
    current.fault_exc = 11;
    return 1;
  }
  uint32_t number = *reinterpret_cast<const uint16_t *>(static_cast<uintptr_t>(pc - 2)) & 0xFF;
  if (current.entry->mode == RRK_MODE_TOCK)
    return rrk_tock_syscall(frame, number);
  switch (number) {
  case 1: {
    uint32_t addr = frame[0], len = frame[1];
    if (!app_may_read(addr, len)) {
      frame[0] = 0xFFFFFFFFu;
      return 0;
    }
    const char *p = reinterpret_cast<const char *>(static_cast<uintptr_t>(addr));
    for (uint32_t k = 0; k < len; ++k)
      put(p[k]);
    frame[0] = len;
    return 0;
  }
  case 2:
    current.code = static_cast<int32_t>(frame[0]);
    current.done = true;
    return 1;
  default:
    frame[0] = 0xFFFFFFFFu; // unknown call
    return 0;
  }
}

extern "C" void rrk_app_fault(uint32_t *frame) {
  uint32_t ipsr;
  __asm__ volatile("mrs %0, ipsr" : "=r"(ipsr));
  current.faulted = true;
  current.done = true;
  current.fault_exc = ipsr & 0x1FF;
  uint32_t sp = reinterpret_cast<uintptr_t>(frame);
  // A fault while stacking leaves no frame: read it only when it lies in
  // the app's RAM (the kernel may read anything mapped, but a wild PSP
  // could point at nothing).
  const rrk_app_entry &e = *current.entry;
  if (inside(sp, 32, e.ram_addr, e.ram_size))
    current.fault_pc = frame[6];
#if defined(RRK_MPU_PMSAV7) || defined(RRK_MPU_PMSAV8)
  uint32_t cfsr = reg(SCB_CFSR);
  current.fault_cfsr = cfsr;
  if (cfsr & (1u << 7)) // MMARVALID
    current.fault_addr = reg(SCB_MMFAR);
  else if (cfsr & (1u << 15)) // BFARVALID
    current.fault_addr = reg(SCB_BFAR);
  reg(SCB_CFSR) = cfsr; // write-one-to-clear
  reg(SCB_HFSR) = reg(SCB_HFSR);
#endif
}

extern "C" [[noreturn]] void rrk_kernel_fault(uint32_t *frame, uint32_t exc_return) {
  uint32_t ipsr;
  __asm__ volatile("mrs %0, ipsr" : "=r"(ipsr));
  out_len = 0;
  print("rrk: kernel fault: exception %u (EXC_RETURN 0x%08x) pc 0x%08x\n", ipsr & 0x1FF,
        exc_return, frame[6]);
  shutdown(false);
}

extern "C" char __data_load[], __data_start[], __data_end[], __bss_start[], __bss_end[];

extern "C" [[noreturn]] void rrk_reset(void) {
  memcpy(__data_start, __data_load, static_cast<size_t>(__data_end - __data_start));
  memset(__bss_start, 0, static_cast<size_t>(__bss_end - __bss_start));
#if defined(RRK_MPU_PMSAV7) || defined(RRK_MPU_PMSAV8)
  // Separate MemManage, BusFault and UsageFault handlers (all go to
  // rrk_fault_entry, which tells them apart by IPSR).
  reg(SCB_SHCSR) = reg(SCB_SHCSR) | 7u << 16;
#endif
#if defined(__ARM_ARCH_7EM__) || defined(__ARM_ARCH_8M_MAIN__)
  // The FPU, for hard-float apps (thumbv7em_hf, docs/rust.md): CP10 and
  // CP11 full access, where they exist (RAZ/WI without an FPU).  Lazy
  // stacking off, so that an app's floating-point registers are saved on
  // its own stack at each exception, never later into a stack the next
  // app's MPU regions no longer cover; the kernel itself is soft-float.
  constexpr uint32_t CPACR = 0xE000ED88u, FPCCR = 0xE000EF34u;
  reg(CPACR) = reg(CPACR) | 0xFu << 20;
  if ((reg(CPACR) & 0xFu << 20) == 0xFu << 20)
    reg(FPCCR) = (reg(FPCCR) | 1u << 31) & ~(1u << 30); // ASPEN on, LSPEN off
#endif

  const rrk_app_table *table =
      reinterpret_cast<const rrk_app_table *>(static_cast<uintptr_t>(RRK_APP_TABLE));
  if (table->magic != RRK_TABLE_MAGIC || table->count > RRK_TABLE_MAX_APPS) {
    print("rrk: %s: no app table at 0x%08x\n", RRK_BOARD, RRK_APP_TABLE);
    shutdown(false);
  }
  print("rrk: %s: %u apps (placement seed %u)\n", RRK_BOARD, table->count, table->seed);
  uint32_t passed = 0;
  for (uint32_t i = 0; i < table->count; ++i)
    if (run_app(i, table->apps[i]))
      ++passed;
  print("rrk: done: %u of %u apps exited with 0\n", passed, table->count);
  shutdown(passed == table->count);
}
