/*
 * The C half of the Hubris task start-up (start.S): .data and .bss set up
 * without one absolute address, so the code runs wherever `rrld place`
 * put the task.  Built with -fropi -frwpi: task-link.x's symbols inside
 * RW output sections (__sdata, __edata, __sbss, __ebss) are reached
 * r9-relative, __erodata (the end of .rodata, in RO) PC-relative.
 *
 * .data's initial contents lie in flash at its load address,
 * LOADADDR(.data), which task-link.x calls __sidata.  That symbol is
 * absolute (a script assignment outside any section), and a PC-relative
 * reference to an absolute symbol breaks when the task moves, so this uses
 * __erodata instead: task-link.x aligns .rodata's end to 4 so that .data's
 * load address follows it directly, and an rrld image keeps RW's initial
 * data right after RO.  `rrld place` refuses an image where the link put
 * it elsewhere (a .data aligned to more than 4).
 */
#include <stdint.h>

extern const uint32_t __erodata[];
extern uint32_t __sdata[], __edata[], __sbss[], __ebss[];

void rrld_hubris_init(void);

void rrld_hubris_init(void) {
  /* Volatile, so that the compiler cannot make the loops calls to memcpy
   * and memset, which need not exist yet. */
  const volatile uint32_t *from = __erodata;
  for (volatile uint32_t *to = __sdata; to < __edata;)
    *to++ = *from++;
  for (volatile uint32_t *to = __sbss; to < __ebss;)
    *to++ = 0;
}
