#!/usr/bin/env bash
# tock.layout: scripts/tock-run's layout on the real kernel, with tiny apps
# made here (tests/tock/app.S linked by rrld, made TBFs by rrld tbf): at
# three seeds, every app lies at a multiple of its TBF size from the app
# flash start on, the padding apps and apps tile the flash up to the last
# app, the kernel finds each app where tock-run put it (a padding header it
# could not skip would hide the apps behind it), runs them and reports
# their ends: exit codes; faults (a store into the app's own flash, one
# into the RAM below the app's, another app's or the kernel's); two
# copies of an app whose flash pointer is right only once rrld tbf patched
# it for its address; refusals (an image with a flipped byte; that app
# placed as-is, unpatched); and the seed changes the order, the flash and
# the RAM addresses.  A wrong expectation must fail.
# Needs BUILD, SRC, CLANG, RRLD in the environment.
set -euo pipefail
: "${BUILD:?}" "${SRC:?}" "${CLANG:?}" "${RRLD:?}"
w=$(mktemp -d)
trap 'rm -rf "$w"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

app() { # NAME CODE FAULT PAD PTR
  "$CLANG" --target=thumbv7em-none-eabi -c "$SRC/tests/tock/app.S" -o "$w/$1.o" \
    -DCODE="$2" -DFAULT="$3" -DPAD="$4" -DPTR="$5"
  "$RRLD" "$w/$1.o" -o "$w/$1.elf" > /dev/null
}
app zero 0 0 0 0
app seven 7 0 0 0
app big 0 0 1500 0    # a 2 KiB TBF
app wild 0 1 0 0      # writes its own flash
app wild2 0 2 0 0     # writes below its RAM
app ptr 0 0 0 1
# broken: zero's TBF with one byte of its image flipped (its code, past
# the 96-byte rrld header): the integrity check must fail.
"$RRLD" tbf "$w/zero.elf" -o "$w/broken.tbf" --name broken
"$RRLD" inspect --json "$w/broken.tbf" > "$w/broken.json"
off=$(( $(sed -n 's/.*"image_offset": *\([0-9]*\).*/\1/p' "$w/broken.json" | head -n 1) + 96 ))
printf '\x5a' | dd of="$w/broken.tbf" bs=1 seek="$off" conv=notrunc status=none
# unpatched: ptr's TBF placed as-is, its RO->RO word not patched for it.
"$RRLD" tbf "$w/ptr.elf" -o "$w/unpatched.tbf" --name unpatched 2> /dev/null

apps=("$w/zero.elf" "$w/seven.elf:expect=7" "$w/big.elf" "$w/wild.elf:expect=fault"
      "$w/ptr.elf" "$w/ptr.elf" "$w/broken.tbf:expect=refused"
      "$w/unpatched.tbf:as-is:expect=refused" "$w/wild2.elf:expect=fault")
names=(zero seven big wild ptr ptr broken unpatched wild2)
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
  while read -r kind addr size i; do
    ((addr == cur)) || fail "seed $seed: $kind at $(printf 0x%x "$addr"), expected $(printf 0x%x "$cur")"
    if [[ $kind == app ]]; then
      name=${names[i]}
      ((size >= 512 && (size & (size - 1)) == 0)) || fail "seed $seed: $name: size $size"
      ((addr % size == 0)) || fail "seed $seed: $name at $(printf 0x%x "$addr") is not aligned to its size $size"
      flash_of[$seed.$i]=$addr order=$order$i,
    else
      ((size >= 16)) || fail "seed $seed: a padding app of $size bytes"
    fi
    cur=$((addr + size))
  done < <(sed -n -e 's/^tock-run: app \([0-9]*\) [a-z0-9]*: flash \(0x[0-9a-f]*\)+\(0x[0-9a-f]*\),.*/app \2 \3 \1/p' \
                  -e 's/^tock-run: padding \(0x[0-9a-f]*\)+\(0x[0-9a-f]*\)$/pad \1 \2 -/p' "$out" |
           while read -r k a s nm; do echo "$k $((a)) $((s)) $nm"; done)
  (( $(tr -cd , <<< "$order" | wc -c) == ${#names[@]} )) || fail "seed $seed: layout lines missing ($order)"
  order_of[$seed]=$order
  # The kernel's own view: every app found at its address.
  for i in "${!names[@]}"; do
    grep -q "rrld-tock: app '${names[i]}' at $(printf 0x%08x "${flash_of[$seed.$i]}"): " "$out" ||
      fail "seed $seed: the kernel did not report ${names[i]} at its address"
  done
  grep -q "rrld-tock: app 'broken' at .*: refused: RRLD_E_CRC" "$out" || fail "seed $seed: broken not refused for its CRC"
  grep -q "rrld-tock: app 'unpatched' at .*: refused: RRLD_E_RO_NOT_PATCHED" "$out" ||
    fail "seed $seed: unpatched not refused for its RO->RO words"
  [[ ${flash_of[$seed.4]} != "${flash_of[$seed.5]}" ]] || fail "seed $seed: the two ptr copies share an address"
  for i in 1 4; do
    ram_of[$seed.$i]=$(sed -n "s/^tock-run: app $i [a-z0-9]*: flash [^,]*, ram \(0x[0-9a-f]*\):.*/\1/p" "$out")
  done
  [[ ${ram_of[$seed.4]} != none && ${ram_of[$seed.1]} != none ]] || fail "seed $seed: no RAM reported"
done
[[ ${order_of[1]} != "${order_of[2]}" || ${order_of[2]} != "${order_of[3]}" ]] ||
  fail "the seed did not change the order"
for i in "${!names[@]}"; do
  [[ ${flash_of[1.$i]} != "${flash_of[2.$i]}" || ${flash_of[2.$i]} != "${flash_of[3.$i]}" ]] ||
    fail "${names[i]} (app $i) sat at the same address at every seed"
done
for i in 1 4; do
  [[ ${ram_of[1.$i]} != "${ram_of[2.$i]}" || ${ram_of[2.$i]} != "${ram_of[3.$i]}" ]] ||
    fail "${names[i]} got the same RAM at every seed (${ram_of[1.$i]})"
done

# A wrong expectation is reported as such.
set +e
"$SRC/scripts/tock-run" --build "$BUILD" --seed 1 --quiet "$w/seven.elf" > "$w/wrong.log" 2>&1
status=$?
set -e
cat "$w/wrong.log"
((status == 1)) || fail "seven expected to exit 0: tock-run exited with $status, not 1"
grep -q "exit 7 (expected exit 0): FAILED" "$w/wrong.log" || fail "no FAILED verdict for seven"
echo "PASS: layout, padding, kernel reports and seed variation"
