# rrld takes what compiler drivers, CMake and rustc pass to ld.lld.
source "$(dirname "$0")/lib.sh"
start
cc a.o - <<'C'
int helper(int);
int main(void) { return helper(2); }
C
cc b.o - <<'C'
int helper(int x) { return x * 21; }
int unused_function(void) { return 7; }
C
mkdir lib
"$LLVM_AR" rcs lib/libhelp.a b.o
# -flavor gnu first, a response file, -L/-l, groups, -e, --gc-sections, -Map,
# -Bstatic/--as-needed/-z options as rustc passes them.
cat > args.rsp <<'R'
start.o a.o --start-group -Llib -lhelp --end-group
R
"$RRLD" -flavor gnu @args.rsp -Bstatic --as-needed -z noexecstack --eh-frame-hdr \
  --gc-sections -e _start -Map=app.map -o app.elf --rrld-image app.img
"$RRLD" verify app.elf
"$RRLD" verify app.img
grep -q "libhelp.a(b.o):(.text.helper)" app.map || fail "map file"
"$READELF" -s app.elf | contains " helper$" || fail "archive member not linked"
! "$READELF" -s app.elf | contains " unused_function$" || fail "--gc-sections ignored"
# `rrld link` is the same as plain rrld.
"$RRLD" link start.o a.o lib/libhelp.a -o app2.elf
"$RRLD" verify app2.elf
# Another flavor is refused.
expect_error "-flavor darwin is not supported" "$RRLD" -flavor darwin start.o a.o -o x.elf
# lld's own errors come through with its exit status.
expect_error "undefined symbol: helper" "$RRLD" start.o a.o -o x.elf

# A repeated rrld option: the last one wins, as with GNU ld's own options
# (cargo's build scripts and rustflags may both pass one).
"$RRLD" --rrld-stack-size=1024 start.o a.o lib/libhelp.a -o twice.elf --rrld-stack-size 4096
"$RRLD" inspect --json twice.elf > twice.json
expect_eq "$(json_field twice.json stack_size)" 4096 "repeated --rrld-stack-size"
