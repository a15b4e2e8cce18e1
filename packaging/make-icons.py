#!/usr/bin/env python3
"""Renders resources/icons/lineup.svg (rounded rectangles only) to the Windows .ico and the
macOS .icns the installers need, with no image library: each size is rasterised with 4x4
supersampling and stored as PNG inside the icon container (both formats accept PNG entries).
Run after changing the icon: packaging/make-icons.py"""
import os
import re
import struct
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SVG = os.path.join(ROOT, "resources", "icons", "lineup.svg")


def read_rects(path):
    text = open(path, encoding="utf-8").read()
    view = [float(v) for v in re.search(r'viewBox="([^"]+)"', text).group(1).split()]
    rects = []
    for attrs in re.findall(r"<rect([^>]*)/>", text):
        get = dict(re.findall(r'(\w+)="([^"]*)"', attrs))
        colour = get["fill"].lstrip("#")
        rects.append((float(get["x"]), float(get["y"]), float(get["width"]),
                      float(get["height"]), float(get.get("rx", 0)),
                      tuple(int(colour[i:i + 2], 16) for i in (0, 2, 4))))
    return view[2], rects


def inside(px, py, rect):
    x, y, w, h, r, _ = rect
    if px < x or py < y or px > x + w or py > y + h:
        return False
    cx = min(max(px, x + r), x + w - r)
    cy = min(max(py, y + r), y + h - r)
    return (px - cx) ** 2 + (py - cy) ** 2 <= r * r


def render(size, view, rects, samples=4):
    rows = []
    scale = view / size
    for row in range(size):
        line = bytearray([0])  # PNG filter type: none
        for col in range(size):
            acc = [0.0, 0.0, 0.0, 0.0]
            for sy in range(samples):
                for sx in range(samples):
                    px = (col + (sx + 0.5) / samples) * scale
                    py = (row + (sy + 0.5) / samples) * scale
                    colour = None
                    for rect in rects:  # later shapes paint over earlier ones
                        if inside(px, py, rect):
                            colour = rect[5]
                    if colour:
                        acc[0] += colour[0]
                        acc[1] += colour[1]
                        acc[2] += colour[2]
                        acc[3] += 1
            n = samples * samples
            alpha = acc[3] / n
            if acc[3]:
                line += bytes([round(acc[0] / acc[3]), round(acc[1] / acc[3]),
                               round(acc[2] / acc[3]), round(alpha * 255)])
            else:
                line += bytes(4)
        rows.append(bytes(line))
    return png(size, b"".join(rows))


def png(size, raw):
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data +
                struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def write_ico(path, images):
    entries, data = b"", b""
    offset = 6 + 16 * len(images)
    for size, blob in images:
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset + len(data))
        data += blob
    with open(path, "wb") as f:
        f.write(struct.pack("<HHH", 0, 1, len(images)) + entries + data)


def write_icns(path, images):
    kinds = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09",
             1024: b"ic10"}
    body = b"".join(kinds[s] + struct.pack(">I", len(b) + 8) + b for s, b in images)
    with open(path, "wb") as f:
        f.write(b"icns" + struct.pack(">I", len(body) + 8) + body)


def main():
    view, rects = read_rects(SVG)
    cache = {}

    def image(size):
        if size not in cache:
            cache[size] = render(size, view, rects, samples=4 if size <= 256 else 2)
        return cache[size]

    write_ico(os.path.join(ROOT, "packaging", "windows", "lineup.ico"),
              [(s, image(s)) for s in (16, 24, 32, 48, 64, 256)])
    write_icns(os.path.join(ROOT, "packaging", "macos", "lineup.icns"),
               [(s, image(s)) for s in (16, 32, 64, 128, 256, 512)])


if __name__ == "__main__":
    main()
