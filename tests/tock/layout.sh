#!/usr/bin/env bash
# tock.layout: scripts/tock-run's layout on the real kernel, with apps made
# here (tests/tock/app.S linked by rrld, wrapped by tests/tock/wrap-tbf.py,
# placed as-is): at three seeds, every app lies at a multiple of its TBF
# size from the app flash start on, the padding apps and apps tile the
# flash up to the last app, the kernel finds each app where tock-run put
# it (a padding header it could not skip would hide the apps behind it),
# runs them and reports their ends (exit codes, a fault: a store into the
# app's own flash, a refusal: an image with a flipped byte), and the seed
# changes the order and the addresses.  A wrong expectation must fail.
# Needs BUILD, SRC, CLANG, RRLD in the environment.
set -euo pipefail
: "${BUILD:?}" "${SRC:?}" "${CLANG:?}" "${RRLD:?}"
w=$(mktemp -d)
trap 'rm -rf "$w"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

app() { # NAME CODE FAULT PAD
  "$CLANG" --target=thumbv7em-none-eabi -c "$SRC/tests/tock/app.S" -o "$w/$1.o" \
    -DCODE="$2" -DFAULT="$3" -DPAD="$4"
  "$RRLD" "$w/$1.o" -o "$w/$1.elf" --rrld-image="$w/$1.img" > /dev/null
  python3 "$SRC/tests/tock/wrap-tbf.py" "$w/$1.img" "$1" "$w/$1.tbf"
}
app zero 0 0 0
app seven 7 0 0
app big 0 0 1500      # a 2 KiB TBF
app wild 0 1 0
app broken 0 0 0
# One byte of broken's image flipped (its code, past the 96-byte header):
# the integrity check must fail.
# (wrap-tbf.py puts the image at the header size rounded up to 8.)
off=$(( ($(od -An -tu2 -j 2 -N2 "$w/broken.tbf") + 7) / 8 * 8 + 96 ))
printf '\x5a' | dd of="$w/broken.tbf" bs=1 seek="$off" conv=notrunc status=none

apps=("$w/zero.tbf:as-is" "$w/seven.tbf:as-is:expect=7" "$w/big.tbf:as-is"
      "$w/wild.tbf:as-is:expect=fault" "$w/broken.tbf:as-is:expect=refused")
declare -A flash_of ram_of order_of
for seed in 1 2 3; do
  out=$w/run$seed.log
  set +e
  "$SRC/scripts/tock-run" --build "$BUILD" --seed "$seed" --timeout 30 "${apps[@]}" > "$out" 2>&1
  status=$?
  set -e
  cat "$out"
  ((status == 0)) || fail "seed $seed: tock-run exited with $status"
  # Layout lines: "tock-run: app I NAME: flash ADDR+SIZE, ..." and
  # "tock-run: padding ADDR+SIZE", in flash order.
  cur=$((0x40000)) order=
  while read -r kind addr size name; do
    ((addr == cur)) || fail "seed $seed: $kind at $(printf 0x%x "$addr"), expected $(printf 0x%x "$cur")"
    if [[ $kind == app ]]; then
      ((size >= 512 && (size & (size - 1)) == 0)) || fail "seed $seed: $name: size $size"
      ((addr % size == 0)) || fail "seed $seed: $name at $(printf 0x%x "$addr") is not aligned to its size $size"
      flash_of[$seed.$name]=$addr order=$order$name,
    else
      ((size >= 16)) || fail "seed $seed: a padding app of $size bytes"
    fi
    cur=$((addr + size))
  done < <(sed -n -e 's/^tock-run: app [0-9]* \([a-z]*\): flash \(0x[0-9a-f]*\)+\(0x[0-9a-f]*\),.*/app \2 \3 \1/p' \
                  -e 's/^tock-run: padding \(0x[0-9a-f]*\)+\(0x[0-9a-f]*\)$/pad \1 \2 -/p' "$out" |
           while read -r k a s nm; do echo "$k $((a)) $((s)) $nm"; done)
  [[ $order == *zero* && $order == *broken* ]] || fail "seed $seed: the layout lines are missing"
  order_of[$seed]=$order
  # The kernel's own view: every app found at its address.
  for name in zero seven big wild broken; do
    grep -q "rrld-tock: app '$name' at $(printf 0x%08x "${flash_of[$seed.$name]}"): " "$out" ||
      fail "seed $seed: the kernel did not report $name at its address"
  done
  grep -q "rrld-tock: app 'broken' at .*: refused: RRLD_E_CRC" "$out" || fail "seed $seed: broken not refused for its CRC"
  ram_of[$seed]=$(sed -n "s/^tock-run: app [0-9]* seven: flash [^,]*, ram \(0x[0-9a-f]*\):.*/\1/p" "$out")
done
[[ ${order_of[1]} != "${order_of[2]}" || ${order_of[2]} != "${order_of[3]}" ]] ||
  fail "the seed did not change the order"
for name in zero seven big wild broken; do
  [[ ${flash_of[1.$name]} != "${flash_of[2.$name]}" || ${flash_of[2.$name]} != "${flash_of[3.$name]}" ]] ||
    fail "$name sat at the same address at every seed"
done
[[ ${ram_of[1]} != "${ram_of[2]}" || ${ram_of[2]} != "${ram_of[3]}" ]] ||
  fail "seven got the same RAM at every seed (${ram_of[1]})"

# A wrong expectation is reported as such.
set +e
"$SRC/scripts/tock-run" --build "$BUILD" --seed 1 --quiet "$w/seven.tbf:as-is" > "$w/wrong.log" 2>&1
status=$?
set -e
cat "$w/wrong.log"
((status == 1)) || fail "seven expected to exit 0: tock-run exited with $status, not 1"
grep -q "exit 7 (expected exit 0): FAILED" "$w/wrong.log" || fail "no FAILED verdict for seven"
echo "PASS: layout, padding, kernel reports and seed variation"
