/*
 * libtock-c's start-up relocation, reimplemented for the relocator benchmark
 * (scripts/bench.sh, section "Relocator speed").  The same steps and data
 * structures as libtock-c's crt0.c: copy .data from flash, zero .bss, then
 * walk an Elf32_Rel list (r_offset, r_info pairs; r_offset from the start
 * of the app's RAM) and fix each word by guessing from its value which base
 * it needs: top bit clear is a RAM address (RAM linked at 0), top bit set a
 * flash address (flash linked at 0x80000000).
 *
 * The GOT loop of libtock-c (one pass over every GOT word, same guess) is
 * left out: clang -fropi -frwpi images have no GOT, so every word the rrld
 * image relocates is in the Elf32_Rel list here.  Compiled with
 * arm-none-eabi-gcc -Os, as libtock-c compiles it.  The copy and zeroing
 * call the benchmark's own word loops, the same code as its "copy" baseline,
 * so that the relocation loop is the only difference.
 */
#include <stdint.h>

/* The part of libtock-c's crt0 header the data set-up uses; offsets from
 * the header (libtock-c: from the app's flash start) and from RAM start. */
struct lt_hdr {
  uint32_t data_sym_start; /* .data's initial contents, from the header */
  uint32_t data_start;     /* .data in RAM, from RAM start */
  uint32_t data_size;
  uint32_t bss_start; /* .bss in RAM, from RAM start */
  uint32_t bss_size;
  uint32_t reldata_start; /* struct lt_reldata, from the header */
};

struct lt_reldata {
  uint32_t len;    /* bytes of data[] */
  uint32_t data[]; /* Elf32_Rel: r_offset, r_info */
};

void bench_copy(void *dst, const void *src, uint32_t bytes);
void bench_zero(void *dst, uint32_t bytes);
void lt_crt0(const struct lt_hdr *hdr, uint32_t app_start, uint32_t mem_start);

void lt_crt0(const struct lt_hdr *hdr, uint32_t app_start, uint32_t mem_start) {
  bench_copy((void *)(mem_start + hdr->data_start),
             (const void *)((uint32_t)hdr + hdr->data_sym_start), hdr->data_size);
  bench_zero((void *)(mem_start + hdr->bss_start), hdr->bss_size);

  const struct lt_reldata *rd = (const struct lt_reldata *)((uint32_t)hdr + hdr->reldata_start);
  for (uint32_t i = 0; i < rd->len / (int)sizeof(uint32_t); i += 2) {
    uint32_t *word = (uint32_t *)(rd->data[i] + mem_start);
    if ((*word & 0x80000000u) == 0)
      *word += mem_start; /* a RAM address, RAM linked at 0 */
    else
      *word = (*word ^ 0x80000000u) + app_start; /* a flash address */
  }
}
