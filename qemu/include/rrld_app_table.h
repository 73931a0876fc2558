/*
 * The app table: what scripts/rrld-run writes at the board's APP_TABLE
 * address and the QEMU test kernel reads at boot.  Little-endian words.
 * docs/qemu.md describes it; the runner writes the same layout.
 */
#ifndef RRLD_APP_TABLE_H
#define RRLD_APP_TABLE_H

#include <stdint.h>

#define RRK_TABLE_MAGIC 0x50415252u /* "RRAP" in file byte order */
#define RRK_TABLE_MAX_APPS 64u

/* How the kernel starts an app. */
#define RRK_MODE_KERNEL 0u /* the kernel calls rrld_load, then enters at the image's entry */
#define RRK_MODE_SELF 1u   /* Tock style: r0 = flash, r1 = RAM, r2 = RAM length, r3 = app break */
#define RRK_MODE_TOCK 2u   /* Tock's start and a few of Tock's system calls, for the Tock runtime */

struct rrk_app_entry {
  uint32_t flash_addr; /* the image (its RO segment executes here) */
  uint32_t flash_size; /* the flash slot the app may read and execute */
  uint32_t ram_addr;   /* the RAM slot the app may read and write */
  uint32_t ram_size;
  uint32_t mode;       /* RRK_MODE_* */
  uint32_t reserved[3];
};

struct rrk_app_table {
  uint32_t magic;  /* RRK_TABLE_MAGIC */
  uint32_t count;  /* entries that follow */
  uint32_t seed;   /* the runner's placement seed, printed by the kernel */
  uint32_t reserved;
  struct rrk_app_entry apps[];
};

#endif /* RRLD_APP_TABLE_H */
