/*
 * rrld_write and rrld_exit (qemu/include/rrld_app.h) on Tock's system
 * calls (Tock 2.x, TRD 104), for the Tock app runtime: the same API as the
 * test kernel's qemu/runtime/syscalls.c, so one app object links with
 * either library.
 *
 * Writing uses the console driver (0x1): share the buffer read-only
 * (allow-ro 1), start the write (command 1, the length), wait for its
 * completion upcall with Yield-WaitFor (no callback is subscribed: the
 * kernel returns the upcall's arguments to the yield instead), then
 * withdraw the buffer.  Exit is exit-terminate with the code.
 */
#include "rrld_app.h"

/* System call classes: the svc immediate. */
#define TOCK_YIELD 0
#define TOCK_COMMAND 2
#define TOCK_ALLOW_RO 4
#define TOCK_EXIT 6

/* Return variants in r0 (TRD 104). */
#define TOCK_SUCCESS 128u
#define TOCK_SUCCESS_U32_U32 130u

#define TOCK_YIELD_WAIT_FOR 2u
#define TOCK_EXIT_TERMINATE 0u

#define CONSOLE_DRIVER 1u
#define CONSOLE_WRITE_BUFFER 1u /* allow-ro number */
#define CONSOLE_WRITE_DONE 1u   /* upcall number */
#define CONSOLE_WRITE 1u        /* command number */

/* Four-argument calls: r0-r3 in, r0-r3 out.  The kernel preserves every
 * other register, r9 included. */
#define TOCK_STR2(x) #x
#define TOCK_STR(x) TOCK_STR2(x)
#define TOCK_SVC4(cls, a0, a1, a2, a3)                                                   \
  __asm__ volatile("svc #" TOCK_STR(cls) : "+r"(a0), "+r"(a1), "+r"(a2), "+r"(a3) : : "memory")

static uint32_t allow_ro(uint32_t driver, uint32_t num, const void *buf, size_t len) {
  register uint32_t r0 __asm__("r0") = driver;
  register uint32_t r1 __asm__("r1") = num;
  register uint32_t r2 __asm__("r2") = (uint32_t)(uintptr_t)buf;
  register uint32_t r3 __asm__("r3") = (uint32_t)len;
  TOCK_SVC4(TOCK_ALLOW_RO, r0, r1, r2, r3);
  return r0;
}

int rrld_write(const void *buf, size_t len) {
  if (len == 0)
    return 0;
  if (allow_ro(CONSOLE_DRIVER, CONSOLE_WRITE_BUFFER, buf, len) != TOCK_SUCCESS_U32_U32)
    return -1; /* not the app's own memory, or no console */
  register uint32_t r0 __asm__("r0") = CONSOLE_DRIVER;
  register uint32_t r1 __asm__("r1") = CONSOLE_WRITE;
  register uint32_t r2 __asm__("r2") = (uint32_t)len;
  register uint32_t r3 __asm__("r3") = 0;
  TOCK_SVC4(TOCK_COMMAND, r0, r1, r2, r3);
  int written = -1;
  if (r0 == TOCK_SUCCESS) {
    /* The write-done upcall's first argument is the number of bytes written. */
    register uint32_t y0 __asm__("r0") = TOCK_YIELD_WAIT_FOR;
    register uint32_t y1 __asm__("r1") = CONSOLE_DRIVER;
    register uint32_t y2 __asm__("r2") = CONSOLE_WRITE_DONE;
    register uint32_t y3 __asm__("r3") = 0;
    TOCK_SVC4(TOCK_YIELD, y0, y1, y2, y3);
    written = (int)y0;
  }
  allow_ro(CONSOLE_DRIVER, CONSOLE_WRITE_BUFFER, 0, 0);
  return written;
}

void rrld_exit(int code) {
  register uint32_t r0 __asm__("r0") = TOCK_EXIT_TERMINATE;
  register uint32_t r1 __asm__("r1") = (uint32_t)code;
  for (;;)
    __asm__ volatile("svc #" TOCK_STR(TOCK_EXIT) : : "r"(r0), "r"(r1) : "memory");
}
