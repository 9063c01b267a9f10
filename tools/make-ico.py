#!/usr/bin/env python3
"""Packs the icon PNGs into assets/icons/stepwise.ico for the Windows .exe.

ICO files may hold PNG data directly (Windows Vista and later), so this is
a header, a directory and the PNG bytes unchanged: byte-for-byte
reproducible from the PNGs. Python 3 standard library only.

    python3 tools/make-ico.py [OUT.ico]
"""
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = [32, 48, 64, 128, 256]


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "assets/icons/stepwise.ico"
    images = [(size, (ROOT / f"assets/icons/stepwise-{size}.png").read_bytes()) for size in SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    directory = b""
    for size, png in images:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    out.write_bytes(header + directory + b"".join(png for _, png in images))
    print(out)


if __name__ == "__main__":
    main()
