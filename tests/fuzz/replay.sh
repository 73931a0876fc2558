#!/usr/bin/env bash
# Links every input in tests/fuzz/corpus/ (what the linker fuzzer found:
# mutated objects and archives) with the normal rrld: each must link or be
# refused with an error (exit 1), never crash, nor crash lld (which rrld
# reports as an error); an image that links must verify.  Each file is
# linked alone, as the fuzzer links it.
source "$(dirname "$0")/../golden/lib.sh"
n=0
for f in "$SRC"/tests/fuzz/corpus/*; do
  [[ -f $f ]] || continue
  n=$((n + 1))
  args=("$f")
  [[ $(head -c 7 "$f" | tr -d '\0') == '!<arch>' ]] && args=(--whole-archive "$f")
  rc=0
  "$RRLD" "${args[@]}" -o out.elf --rrld-image=out.img > out.txt 2>&1 || rc=$?
  if ((rc == 0)); then
    "$RRLD" verify out.img > /dev/null || fail "$(basename "$f"): the image does not verify"
  elif ((rc != 1)); then
    cat out.txt
    fail "$(basename "$f"): exit $rc"
  else
    grep -q "error:" out.txt || { cat out.txt; fail "$(basename "$f"): exit 1 without an error"; }
    # rrld-link turns a crash inside lld into exit 1; here it is a finding.
    ! grep -q "error: lld crashed" out.txt || { cat out.txt; fail "$(basename "$f"): lld crashed"; }
  fi
  rm -f out.elf out.img
done
((n > 0)) || fail "no inputs in tests/fuzz/corpus"
echo "replay: $n inputs ok"
