#!/usr/bin/env python3
"""Minimal PNG reader (standard library only) for the browser check: decodes 8-bit
RGB/RGBA/greyscale non-interlaced PNGs, reports pixel variety, and can crop."""
import struct
import sys
import zlib


def read(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    assert depth == 8 and interlace == 0 and color in (0, 2, 4, 6), "unsupported PNG"
    channels = {0: 1, 2: 3, 4: 2, 6: 4}[color]
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = previous[i]
            c = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def write(path, width, height, channels, rows):
    color = {1: 0, 2: 4, 3: 2, 4: 6}[channels]
    raw = b"".join(b"\x00" + row for row in rows)

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, color, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def variety(path):
    """Distinct colours in a sample of pixels, and the share of non-white pixels."""
    width, height, channels, rows = read(path)
    colours, ink, total = set(), 0, 0
    for y in range(0, height, 4):
        row = rows[y]
        for x in range(0, width, 4):
            pixel = row[x * channels:(x + 1) * channels][:3]
            colours.add(pixel)
            total += 1
            if min(pixel) < 200:
                ink += 1
    return len(colours), ink / max(total, 1)


if __name__ == "__main__":
    if sys.argv[1] == "variety":
        colours, ink = variety(sys.argv[2])
        print(f"{colours} {ink:.4f}")
    elif sys.argv[1] == "crop":  # crop IN OUT X Y W H
        width, height, channels, rows = read(sys.argv[2])
        x, y, w, h = map(int, sys.argv[4:8])
        h = min(h, height - y)
        w = min(w, width - x)
        write(sys.argv[3], w, h, channels, [row[x * channels:(x + w) * channels] for row in rows[y:y + h]])
