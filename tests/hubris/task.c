/*
 * A Hubris-style task in C for tests/hubris/task.sh: started by
 * hubris/runtime/start.S, with a task-slot-table entry (as userlib's
 * task_slot! makes: the address of a u16 in .data, which Hubris's packager
 * patches in flash with the peer's task index, and the slot's name), .data
 * holding pointers into flash and RAM, .bss and .uninit.  It reports over
 * Arm semihosting what it computed and where it runs, then exits.
 */
#include <stdint.h>

/* The slot: 0xffff until the packager writes the peer's index. */
__attribute__((section(".data.task_slot"))) volatile uint16_t peer_slot = 0xffff;
struct task_slot_entry {
  const volatile uint16_t *taskidx_address;
  uint32_t slot_name_len;
  uint8_t slot_name[4];
};
__attribute__((used, section(".task_slot_table")))
static const struct task_slot_entry peer_entry = {&peer_slot, 4, {'p', 'e', 'e', 'r'}};

static const uint32_t primes[] = {2, 3, 5, 7, 11, 13};
static uint32_t square(uint32_t x) { return x * x; }

uint32_t counter = 40;
uint32_t *counter_ptr = &counter;       /* RW -> RW */
const uint32_t *primes_ptr = primes;    /* RW -> RO */
uint32_t (*op)(uint32_t) = square;      /* RW -> RO, a Thumb function */
uint32_t zeros[32];                     /* .bss */
__attribute__((section(".uninit"))) uint32_t scratch[8];

/* Arm semihosting: SYS_WRITE0 and SYS_EXIT. */
static uint32_t semihost(uint32_t op, const void *arg) {
  register uint32_t r0 __asm__("r0") = op;
  register const void *r1 __asm__("r1") = arg;
  __asm__ volatile("bkpt #0xab" : "+r"(r0) : "r"(r1) : "memory");
  return r0;
}
static void puts_(const char *s) { semihost(0x04, s); }
static void put_hex(const char *label, uint32_t v) {
  char buf[16] = " x=0x00000000\n";
  buf[1] = label[0];
  for (int i = 0; i < 8; ++i)
    buf[5 + i] = "0123456789abcdef"[(v >> (28 - 4 * i)) & 15];
  puts_(buf);
}

int main(void) {
  uint32_t bad = 0;
  for (int i = 0; i < 32; ++i)
    bad |= zeros[i];                    /* the start-up zeroed .bss */
  for (int i = 0; i < 8; ++i)
    scratch[i] = (uint32_t)i;
  *counter_ptr += 2;                    /* 42 */
  uint32_t sum = 0;
  for (int i = 0; i < 6; ++i)
    sum += op(primes_ptr[i]);           /* 4+9+25+49+121+169 = 377 */
  if (bad || counter != 42 || sum != 377) {
    puts_("task: FAIL\n");
    semihost(0x18, (const void *)0x20024); /* ADP_Stopped_InternalError */
  }
  puts_("task: counter 42, sum 377, .bss zero\n");
  put_hex("m", (uint32_t)&main);          /* where it runs */
  put_hex("c", (uint32_t)&counter);
  put_hex("p", peer_slot);                /* the index the packager wrote */
  semihost(0x18, (const void *)0x20026);  /* ADP_Stopped_ApplicationExit */
  for (;;) {
  }
}
