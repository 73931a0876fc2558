#!/usr/bin/env python3
"""Test helper for the Tock tests (tests/tock): wraps a flat rrld image in
a minimal TBF (version 2: base header, Program, PackageName and
KernelVersion TLVs (the kernel loads no app without the last), the
image right after the protected region, total size a power of two), for
testing scripts/tock-run's layout and the kernel's checks with TBFs made
here, independently of `rrld tbf` (the TBF writer rrld ships).  The
fields follow third_party/tock/libraries/tock-tbf.

  wrap-tbf.py IMAGE NAME OUT.tbf
"""
import struct
import sys

image_path, name, out = sys.argv[1:4]
image = open(image_path, "rb").read()
magic, = struct.unpack_from("<I", image, 0)
if magic != 0x444C5252:
    sys.exit(f"wrap-tbf: {image_path}: not an rrld image")
image_size, = struct.unpack_from("<I", image, 16)
entry, = struct.unpack_from("<I", image, 48)
image = image[:image_size]

name_b = name.encode()
name_tlv = struct.pack("<HH", 3, len(name_b)) + name_b + b"\0" * (-len(name_b) % 4)
kernel_version = struct.pack("<HHHH", 8, 4, 2, 0)   # Tock 2.0 or later 2.x
header_size = 16 + 4 + 20 + len(name_tlv) + len(kernel_version)
image_off = (header_size + 7) // 8 * 8          # the image 8-aligned
binary_end = image_off + len(image)
total = 512
while total < binary_end:
    total *= 2
init_fn = (image_off - header_size) + entry     # from the header's end; Thumb bit kept
program = struct.pack("<HHIIIII", 9, 20, init_fn, image_off - header_size, 4096, binary_end, 0)
base = struct.pack("<HHIII", 2, header_size, total, 1, 0)
header = bytearray(base + program + name_tlv + kernel_version)
checksum = 0
for (w,) in struct.iter_unpack("<I", header):
    checksum ^= w
struct.pack_into("<I", header, 12, checksum)
tbf = bytes(header) + b"\0" * (image_off - header_size) + image
tbf += b"\0" * (total - len(tbf))
open(out, "wb").write(tbf)
