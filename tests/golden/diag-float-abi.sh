#!/usr/bin/env bash
# Hard-float and soft-float objects in one link: lld links them without a
# word (calls between them then pass floats in the wrong registers); rrld
# refuses, naming one object of each kind, from their build attributes
# (Tag_ABI_VFP_args where Tag_ABI_FP_number_model says the object uses
# floating point).  Objects that take no side link with either: assembly
# without float attributes, and Tag_ABI_VFP_args "compatible".
source "$(dirname "$0")/lib.sh"
HARD=(--target=thumbv7em-none-eabihf -mfloat-abi=hard -mfpu=fpv4-sp-d16)
SOFT=(--target=thumbv7em-none-eabi -mfloat-abi=soft)
start
# Floats passed and returned, no arithmetic (no soft-float helpers needed).
echo 'float scale(float x) { return x; }' > f.c
echo 'float scale(float); int main(void) { union { float f; int i; } u = {scale(2.0f)}; return u.i; }' > m.c
cc f_hard.o f.c "${HARD[@]}"
cc m_hard.o m.c "${HARD[@]}"
cc f_soft.o f.c "${SOFT[@]}"
cc m_soft.o m.c "${SOFT[@]}"
cc start_hard.o "$SRC/tests/programs/start.c" "${HARD[@]}"
# (start.o: soft-float, the default CFLAGS.)

# Each kind alone links.
"$RRLD" start_hard.o m_hard.o f_hard.o -o hard.elf
"$RRLD" start.o m_soft.o f_soft.o -o soft.elf
# What lld does with the mix: links it.
"$LD_LLD" -r m_hard.o f_soft.o -o mixed-by-lld.o

# The mix, both ways round, and through an archive member.
expect_error "start_hard.o passes floats in VFP registers \(hard-float: Tag_ABI_VFP_args in .ARM.attributes\), .*f_soft.o in core registers \(soft-float\)" \
  "$RRLD" start_hard.o m_hard.o f_soft.o -o x.elf
grep -q ">>> fix: build every object with the same float ABI" out.txt || fail "no fix line"
[[ ! -e x.elf ]] || fail "an output was written"
expect_error "f_hard.o passes floats in VFP registers .*start.o in core registers" \
  "$RRLD" start.o m_soft.o f_hard.o -o x.elf
"$LLVM_AR" rcs libsoft.a f_soft.o
expect_error "start_hard.o passes floats .*libsoft.a\(f_soft.o\) in core registers" \
  "$RRLD" start_hard.o m_hard.o libsoft.a -o x.elf

# No side taken: plain assembly (no Tag_ABI_FP_number_model), and an object
# whose float arguments are compatible with both conventions.
as neutral.o <<'S'
        .syntax unified
        .thumb
        .section .text.twice, "ax", %progbits
        .global twice
        .thumb_func
twice:  adds r0, r0, r0
        bx lr
S
as compatible.o <<'S'
        .syntax unified
        .thumb
        .eabi_attribute Tag_ABI_FP_number_model, 3
        .eabi_attribute Tag_ABI_VFP_args, 3
        .section .text.thrice, "ax", %progbits
        .global thrice
        .thumb_func
thrice: adds r1, r0, r0
        adds r0, r0, r1
        bx lr
S
"$RRLD" start_hard.o m_hard.o f_hard.o neutral.o compatible.o -u twice -u thrice -o hard2.elf
"$RRLD" start.o m_soft.o f_soft.o neutral.o compatible.o -u twice -u thrice -o soft2.elf
"$READELF" -sW hard2.elf | contains ' thrice$' || fail "compatible.o was not linked"
echo "PASS"
