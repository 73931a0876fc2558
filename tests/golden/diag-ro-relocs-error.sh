# --rrld-ro-relocs=error refuses RO->RO words; patch (the default) keeps them.
source "$(dirname "$0")/lib.sh"
start
cc app.o - <<'C'
static int f(void) { return 1; }
int (*const tab[])(void) = {f};
int main(void) { return tab[0](); }
C
expect_error "app.o:\(\.rodata\.tab\+0x0\): R_ARM_ABS32 against 'f' puts a flash address into flash, which needs install-time patching .* refused by --rrld-ro-relocs=error" \
  "$RRLD" --rrld-ro-relocs=error start.o app.o -o app.elf
"$RRLD" --rrld-ro-relocs=patch start.o app.o -o app.elf
"$RRLD" inspect --json app.elf > i.json
expect_eq "$(json_field i.json relocs.ro_to_ro)" 1 ro_to_ro
expect_error "rrld: error: .*--rrld-ro-relocs.*" "$RRLD" --rrld-ro-relocs=bogus start.o app.o -o x.elf
