"""Draw the demo's placeholder "photo" as a PNG, in pure Python (zlib and struct only).

Run from the repository: `python resources/demo/draw_placeholder.py`. The picture is a
drawing, never a photograph: mountains, a building with a red cross, and a band that says
so. The output is the same bytes every time, so the shipped file can be checked against it.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

WIDTH, HEIGHT = 320, 200
OUTPUT = Path(__file__).resolve().parent / "evidence" / "hospital-placeholder.png"

# A 5x7 bitmap font with just the letters the band needs.
GLYPHS = {
    " ": ["00000"] * 7,
    "A": ["01110", "10001", "10001", "11111", "10001", "10001", "10001"],
    "C": ["01110", "10001", "10000", "10000", "10000", "10001", "01110"],
    "D": ["11110", "10001", "10001", "10001", "10001", "10001", "11110"],
    "E": ["11111", "10000", "10000", "11110", "10000", "10000", "11111"],
    "H": ["10001", "10001", "10001", "11111", "10001", "10001", "10001"],
    "L": ["10000", "10000", "10000", "10000", "10000", "10000", "11111"],
    "M": ["10001", "11011", "10101", "10101", "10001", "10001", "10001"],
    "N": ["10001", "11001", "10101", "10011", "10001", "10001", "10001"],
    "O": ["01110", "10001", "10001", "10001", "10001", "10001", "01110"],
    "P": ["11110", "10001", "10001", "11110", "10000", "10000", "10000"],
    "R": ["11110", "10001", "10001", "11110", "10100", "10010", "10001"],
    "T": ["11111", "00100", "00100", "00100", "00100", "00100", "00100"],
}
LINES = ("DEMO PLACEHOLDER", "NOT A REAL PHOTO")
SCALE = 2
BAND_TOP, BAND_BOTTOM = 140, 186

Pixel = tuple[int, int, int]


def draw() -> bytes:
    """The PNG file's bytes."""
    text = _text_pixels()
    rows = bytearray()
    for y in range(HEIGHT):
        rows.append(0)  # filter type: none
        for x in range(WIDTH):
            rows.extend((255, 255, 255) if (x, y) in text else _scene(x, y))
    header = struct.pack(">IIBBBBB", WIDTH, HEIGHT, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + _chunk(b"IEND", b"")
    )


def _scene(x: int, y: int) -> Pixel:
    if BAND_TOP <= y < BAND_BOTTOM:
        return (40, 44, 52)
    building = 170 <= x < 290 and 70 <= y < 160
    if building:
        if 218 <= x < 242 and 78 <= y < 102 and (226 <= x < 234 or 86 <= y < 94):
            return (200, 30, 40)  # the red cross
        window = (x - 178) % 22 < 12 and (y - 110) % 18 < 10 and x >= 178 and y >= 110
        return (90, 120, 150) if window else (225, 222, 210)
    ridge = min(abs(x - 70) * 0.9 + 40, abs(x - 190) * 0.8 + 55, abs(x - 300) + 60)
    if y >= 150:
        return (96, 120, 70)  # grass
    if y >= ridge:
        snow = y < ridge + 12 and ridge < 70
        return (240, 244, 248) if snow else (110, 120, 140)
    shade = y * 100 // HEIGHT
    return (120 + shade // 2, 170 + shade // 3, 230)


def _text_pixels() -> set[tuple[int, int]]:
    pixels = set()
    line_height = 7 * SCALE + 6
    for number, line in enumerate(LINES):
        width = len(line) * 6 * SCALE
        left = (WIDTH - width) // 2
        top = BAND_TOP + 4 + number * line_height
        for index, letter in enumerate(line):
            for row, bits in enumerate(GLYPHS[letter]):
                for column, bit in enumerate(bits):
                    if bit == "1":
                        x = left + (index * 6 + column) * SCALE
                        y = top + row * SCALE
                        pixels.update(
                            (x + dx, y + dy) for dx in range(SCALE) for dy in range(SCALE)
                        )
    return pixels


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


if __name__ == "__main__":
    OUTPUT.parent.mkdir(exist_ok=True)
    OUTPUT.write_bytes(draw())
    print(f"wrote {OUTPUT} ({OUTPUT.stat().st_size:,} bytes)")
